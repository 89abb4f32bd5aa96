#!/usr/bin/env python3
"""Parses an Atom feed with feedparser (an independent implementation) and prints what it saw."""
import json
import sys

import feedparser

feed = feedparser.parse(open(sys.argv[1], "rb").read())
json.dump({
    "bozo": bool(feed.bozo),
    "bozo_exception": str(feed.get("bozo_exception", "")),
    "version": feed.version,
    "title": feed.feed.get("title", ""),
    "id": feed.feed.get("id", ""),
    "entries": [{"title": e.get("title", ""), "id": e.get("id", ""), "link": e.get("link", ""), "updated": e.get("updated", "")} for e in feed.entries],
}, sys.stdout)
