#!/usr/bin/env python3
"""Searches a built site with its Pagefind UI in headless Chromium, as a reader would: serves
the folder over HTTP (as any static host), opens search/, types the query and prints the
results it shows as JSON: {"results": [{"title", "url"}], "filters": [...], "error": ...}.
Each FILTER=VALUE after the query ticks that value in the UI's filter panel first (e.g.
Region="South of England"), so the results are those matching all of them.

Usage: search_check.py SITE QUERY [FILTER=VALUE ...]
"""
import json
import sys
import time

from site_checks import browser, serve


def main():
    site, query = sys.argv[1], sys.argv[2]
    wanted = [arg.split("=", 1) for arg in sys.argv[3:]]
    httpd, base = serve(site, "/")
    driver = browser(1280)
    out = {"results": [], "filters": [], "error": None}
    try:
        from selenium.webdriver.common.by import By
        driver.get(base + "search/index.html")
        deadline = time.time() + 20
        field = None
        while time.time() < deadline and field is None:
            found = driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__search-input")
            field = found[0] if found else None
            time.sleep(0.1)
        if field is None:
            out["error"] = "no search field: " + driver.find_element(By.TAG_NAME, "main").text[:300]
        else:
            field.send_keys(query)
            for name, value in wanted:
                if not tick(driver, name, value, deadline):
                    out["error"] = "no filter %s=%s" % (name, value)
            # Results settle after each change: read them once they stop changing.
            time.sleep(1.0)
            while time.time() < deadline and not out["results"]:
                links = driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")
                out["results"] = [{"title": link.text, "url": link.get_attribute("href")} for link in links]
                time.sleep(0.2)
            out["filters"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__filter-name")]
    finally:
        driver.quit()
        httpd.shutdown()
    print(json.dumps(out))


def tick(driver, name, value, deadline):
    """Opens the filter block called NAME and ticks its VALUE; False when there is none."""
    from selenium.webdriver.common.by import By
    while time.time() < deadline:
        for block in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__filter-block"):
            summary = block.find_element(By.CSS_SELECTOR, ".pagefind-ui__filter-name")
            if summary.text.strip().lower() != name.lower():
                continue
            if block.get_attribute("open") is None:
                summary.click()
            for box in block.find_elements(By.CSS_SELECTOR, ".pagefind-ui__filter-checkbox"):
                if box.get_attribute("value") == value:
                    box.click()
                    return True
        time.sleep(0.1)
    return False


if __name__ == "__main__":
    main()
