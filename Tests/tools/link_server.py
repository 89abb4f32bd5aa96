#!/usr/bin/env python3
"""Web servers on 127.0.0.1 for the link-check tests, and nothing else: one plain HTTP server
with a path for each case, a second one (another host, for "hosts in parallel"), an HTTPS
server with a self-signed certificate, and a closed port. Prints the ports as one JSON line,
then serves until stdin closes. GET /stats gives the requests each path received and the most
requests that were in flight at once; GET /reset clears them.
"""
import http.server
import json
import os
import ssl
import subprocess
import sys
import tempfile
import threading
import time

# Redirecting paths: status and where to.
REDIRECTS = {
    "/moved": (301, "/ok"),
    "/perm-1": (308, "/perm-2"),
    "/perm-2": (308, "/ok"),
    "/temporary": (302, "/ok"),
    "/loop-a": (302, "/loop-b"),
    "/loop-b": (302, "/loop-a"),
}

lock = threading.Lock()
counts = {}
in_flight = 0
most_in_flight = 0
seen = {}


def note(path, method):
    with lock:
        counts[path] = counts.get(path, 0) + 1
        counts[method + " " + path] = counts.get(method + " " + path, 0) + 1
        return counts[path]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, headers=(), body=b""):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def handle_any(self):
        global in_flight, most_in_flight
        path = self.path.split("?")[0]
        if path == "/stats":
            with lock:
                data = dict(counts, most_in_flight=most_in_flight, agents=sorted(seen))
            return self.reply(200, [("Content-Type", "application/json")], json.dumps(data).encode())
        if path == "/reset":
            with lock:
                counts.clear()
                seen.clear()
                most_in_flight = 0
            return self.reply(200)
        n = note(path, self.command)
        with lock:
            seen[self.headers.get("User-Agent", "")] = True
        if path == "/ok" or path.startswith("/page/"):
            return self.reply(200, [("Content-Type", "text/html")], b"<p>ok</p>")
        if path == "/head-refused":
            return self.reply(405 if self.command == "HEAD" else 200, [("Allow", "GET")])
        if path in REDIRECTS:
            status, location = REDIRECTS[path]
            return self.reply(status, [("Location", location)])
        if path == "/gone-404":
            return self.reply(404)
        if path == "/gone-410":
            return self.reply(410)
        if path == "/login":
            return self.reply(401, [("WWW-Authenticate", "Basic realm=x")])
        if path == "/busy":
            return self.reply(429, [("Retry-After", "1")]) if n == 1 else self.reply(200)
        if path == "/unavailable":
            return self.reply(503) if n == 1 else self.reply(200)
        if path == "/hang":
            time.sleep(30)
            return
        if path.startswith("/slow/"):
            with lock:
                in_flight += 1
                most_in_flight = max(most_in_flight, in_flight)
            time.sleep(0.4)
            with lock:
                in_flight -= 1
            return self.reply(200)
        return self.reply(404)

    do_GET = handle_any
    do_HEAD = handle_any


def start(server):
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def main():
    plain = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    folder = tempfile.mkdtemp()
    key, cert = os.path.join(folder, "key.pem"), os.path.join(folder, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "1", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True)
    secure = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    secure.socket = context.wrap_socket(secure.socket, server_side=True)
    closed = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    closed_port = closed.server_address[1]
    closed.server_close()
    ports = {"http": start(plain), "other": start(other), "https": start(secure), "closed": closed_port}
    print(json.dumps(ports), flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
