#!/usr/bin/env python3
"""Renders Mustache cases with independent implementations, for the compiled-template tests.

    mustache_render.py CASES.json   ->   {"chevron": [...], "pystache": [...]}

Each case is {"template", "partials", "data"}. Both escape as hubsite does (the five
replacements of Escaping.html), so that only the template semantics are compared."""
import json
import sys

import chevron
import chevron.renderer
import pystache


def escape(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


chevron.renderer._html_escape = escape
cases = json.load(open(sys.argv[1]))
results = {"chevron": [], "pystache": []}
for case in cases:
    results["chevron"].append(chevron.render(case["template"], case["data"], partials_dict=case["partials"]))
    renderer = pystache.Renderer(partials=case["partials"], escape=escape, missing_tags="ignore")
    results["pystache"].append(renderer.render(case["template"], case["data"]))
json.dump(results, sys.stdout)
