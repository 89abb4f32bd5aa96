#!/usr/bin/env python3
"""Web servers on 127.0.0.1 for the link-check tests, and nothing else: one plain HTTP server
with a path for each case, a second one (another host, for "hosts in parallel"), an HTTPS
server with a self-signed certificate, a closed port, and a silent port (it accepts connections
and never says a word: a TLS handshake that stalls, a host that does not answer). The paths
under "Servers that make a client wait" misbehave on purpose, each in one way a real host
can. Prints the ports as one JSON line, then serves until stdin closes. GET /stats gives the requests each path received and the most
requests that were in flight at once; GET /reset clears them.
"""
import http.server
import json
import os
import socket
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

# Filled in by main(): where /to-silent redirects.
silent_port = 0

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
        # Servers that make a client wait: each answers HEAD so that a GET is asked too.
        if path == "/slow-headers":
            # The status line, then the headers one byte every half second for a minute.
            return self.dribble(b"HTTP/1.1 200 OK\r\n", b"X-Slow: " + b"x" * 120, raw=True)
        if path in ("/trickle", "/trickle-404"):
            # The headers at once, then the body one byte every half second for a minute.
            if self.command == "HEAD":
                return self.reply(405, [("Allow", "GET")])
            return self.dribble(200 if path == "/trickle" else 404, b"x" * 120)
        if path in ("/endless", "/endless-redirect"):
            # The headers at once, then a body as fast as it goes, never ending.
            if self.command == "HEAD":
                return self.reply(405, [("Allow", "GET")])
            return self.endless(200 if path == "/endless" else 302)
        if path == "/to-silent":
            return self.reply(302, [("Location", "http://127.0.0.1:%d/page" % silent_port)])
        if path.startswith("/slow-redirect/"):
            # Each step answers within the time a request may take, the chain does not.
            step = int(path.rsplit("/", 1)[1])
            time.sleep(0.8)
            return self.reply(302, [("Location", "/slow-redirect/%d" % (step + 1) if step < 4 else "/ok")])
        if path == "/slow-head-refused":
            time.sleep(1.2)
            return self.reply(405 if self.command == "HEAD" else 200, [("Allow", "GET")])
        if path.startswith("/slow/"):
            with lock:
                in_flight += 1
                most_in_flight = max(most_in_flight, in_flight)
            time.sleep(0.4)
            with lock:
                in_flight -= 1
            return self.reply(200)
        return self.reply(404)

    def dribble(self, head, body, raw=False):
        """`head` (a status, or raw bytes), then `body` one byte every half second; stops
        when the client hangs up."""
        try:
            if raw:
                self.wfile.write(head)
            else:
                self.send_response(head)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
            self.wfile.flush()
            for byte in body:
                time.sleep(0.5)
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True

    def endless(self, status):
        """A body with no length and no end, as fast as the client reads it."""
        try:
            self.send_response(status)
            if status == 302:
                self.send_header("Location", "/ok")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"x" * 65536
            while True:
                self.wfile.write(chunk)
        except OSError:
            pass
        self.close_connection = True

    do_GET = handle_any
    do_HEAD = handle_any


def start(server):
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def main():
    # A backlog for the link check's 32 requests at once (the default, 5, drops connections,
    # which the client then retries a second later).
    http.server.ThreadingHTTPServer.request_queue_size = 128
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
    global silent_port
    silent = socket.create_server(("127.0.0.1", 0))
    silent_port = silent.getsockname()[1]
    held = []  # the silent port's connections, kept open and never answered

    def hold():
        while True:
            held.append(silent.accept()[0])

    threading.Thread(target=hold, daemon=True).start()
    ports = {"http": start(plain), "other": start(other), "https": start(secure), "closed": closed_port, "silent": silent_port}
    print(json.dumps(ports), flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
