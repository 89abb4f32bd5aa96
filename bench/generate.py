#!/usr/bin/env python3
"""Writes a deterministic synthetic hub network (fixed seed) for the benchmark.

    generate.py HUBS OPPORTUNITIES DIR

DIR gets a hubsite project (hubsite.yml, content/hubs, content/opportunities, content/logos)
and, beside it, DIR-hugo: the same Markdown files under a Hugo site with a minimal theme that
renders comparable pages. Every hub has every field filled and a ~400-word introduction with a
table and lists; every opportunity a ~200-word description. Dates are around 2026-11-25, the
--today the benchmark passes, so the content validates cleanly.
"""
import os
import random
import shutil
import struct
import sys
import zlib

WORDS = ("service children armed forces families schools colleges universities local authority charity "
         "practitioners progression transition support wellbeing toolkit thriving lives hub members meeting "
         "partners network region learning voice evidence practice outreach guidance careers mobility "
         "deployment resilience belonging community education training opportunity pupils students").split()
REGIONS = ["South West", "South East", "London", "East of England", "West Midlands", "East Midlands",
           "Yorkshire", "North West", "North East", "Wales", "Scotland", "Northern Ireland"]
AUDIENCES = ["service-children", "young-people", "parents-carers", "practitioners"]
TYPES = ["higher-education", "further-education", "school", "local-authority", "charity", "armed-forces"]


def png():
    raw = b"".join(b"\x00" + b"\x1d\x4f\x91" * 8 for _ in range(8))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, words):
    out, total = [], 0
    while total < words:
        n = rng.randint(10, 22)
        out.append(sentence(rng, n))
        total += n
    return " ".join(out)


def hub_file(rng, index):
    slug = "hub-%04d" % index
    title = "%s Hub %d" % (rng.choice(REGIONS), index)
    meetings = []
    for month, day in ((10, rng.randint(1, 28)), (2, rng.randint(1, 28)), (6, rng.randint(1, 28))):
        year = 2026 if month >= 9 else 2027
        meetings.append((year, month, day))
    lines = [
        "---",
        "title: %s" % title,
        "region: %s" % rng.choice(REGIONS),
        "updated: 2026-11-%02d" % rng.randint(1, 24),
        "organisations:",
        "  - name: Organisation %d" % index,
        "    logo: logos/logo.png",
        "    logo_alt: Organisation %d logo" % index,
        "    url: https://www.org-%d.example/" % index,
        "leads:",
        "  - name: Lead %d" % index,
        "    role: Hub Lead",
        "    job_title: Outreach Manager",
        "    organisation: Organisation %d" % index,
        "    email: lead%d@org-%d.example" % (index, index),
        "  - name: Co-Lead %d" % index,
        "    role: \"Co-Lead: Communications\"",
        "    organisation: Partner %d" % index,
        "contact:",
        "  email: hub%d@org-%d.example" % (index, index),
        "  phone: 01632 960 %03d" % (index % 1000),
        "members:",
    ]
    for kind in TYPES:
        lines += ["  - name: %s member of hub %d" % (kind, index), "    type: %s" % kind]
    lines.append("meetings:")
    for year, month, day in meetings:
        lines += ["  - date: %04d-%02d-%02d" % (year, month, day), "    start: \"14:00\"", "    end: \"16:00\"",
                  "    title: Termly meeting", "    location: Meeting room %d" % rng.randint(1, 40)]
        if (year, month) < (2026, 11) or (year, month, day) <= (2026, 11, 25):
            lines += ["    minutes_url: https://www.org-%d.example/minutes-%02d" % (index, month), "    attendance: %d" % rng.randint(8, 30)]
    lines += ["action_plan:", "  reviewed: 2026-10-%02d" % rng.randint(1, 28), "  actions:"]
    for a in range(3):
        lines += ["    - action: %s" % sentence(rng, 8), "      aim: %s" % rng.choice(["Student voice", "FE tracking", "Stakeholder engagement"]),
                  "      lead: Lead %d" % index, "      due: 2027-%02d-15" % rng.randint(1, 8), "      status: %s" % rng.choice(["planned", "in-progress"])]
    lines += ["distribution_list: %d" % rng.randint(20, 90), "---"]
    body = [paragraph(rng, 120), "", "## What we do", "", paragraph(rng, 100), "",
            "- " + sentence(rng, 9), "- " + sentence(rng, 9), "- " + sentence(rng, 9), "",
            "| Term | Focus |", "|------|-------|", "| Autumn | %s |" % sentence(rng, 4), "| Spring | %s |" % sentence(rng, 4), "",
            paragraph(rng, 120), ""]
    return slug, "\n".join(lines + body) + "\n"


def opportunity_file(rng, index, hubs):
    month = rng.choice([12, 1, 2, 3, 4, 5, 6])
    year = 2026 if month == 12 else 2027
    day = rng.randint(1, 28)
    hour = rng.randint(9, 17)
    lines = [
        "---",
        "title: %s" % sentence(rng, 5)[:-1],
        "start: %04d-%02d-%02d %02d:00" % (year, month, day, hour),
        "end: %04d-%02d-%02d %02d:30" % (year, month, day, hour + 1),
        "hubs: [hub-%04d]" % rng.randrange(hubs),
        "audience: [%s]" % rng.choice(AUDIENCES),
        "category: %s" % rng.choice(["Training", "Event", "Taster day", "Webinar"]),
        "location: Venue %d" % rng.randint(1, 500),
        "booking_url: https://book.example/%d" % index,
        "cost: Free",
        "---",
    ]
    body = [paragraph(rng, 90), "", "- " + sentence(rng, 8), "- " + sentence(rng, 8), "", paragraph(rng, 90), ""]
    return "opp-%05d" % index, "\n".join(lines + body) + "\n"


HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Benchmark hubs"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
[markup.goldmark.extensions]
table = true
strikethrough = true
linkify = true
taskList = true
"""


def main():
    hubs, opportunities, target = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(20261125)
    hugo = target.rstrip("/") + "-hugo"
    for folder in (target, hugo):
        shutil.rmtree(folder, ignore_errors=True)
    for sub in ("content/hubs", "content/opportunities", "content/logos"):
        os.makedirs(os.path.join(target, sub))
    for sub in ("content/hubs", "content/opportunities", "content/calendar", "static/logos"):
        os.makedirs(os.path.join(hugo, sub))
    with open(os.path.join(target, "hubsite.yml"), "w") as f:
        f.write("title: Benchmark hubs\nbase_url: https://example.org/\nrules: { membership: off }\n")
    for path in (os.path.join(target, "content/logos/logo.png"), os.path.join(hugo, "static/logos/logo.png")):
        with open(path, "wb") as f:
            f.write(png())
    for index in range(hubs):
        slug, text = hub_file(rng, index)
        for root in (target, hugo):
            with open(os.path.join(root, "content/hubs", slug + ".md"), "w") as f:
                f.write(text)
    for index in range(opportunities):
        slug, text = opportunity_file(rng, index, hubs)
        for root in (target, hugo):
            with open(os.path.join(root, "content/opportunities", slug + ".md"), "w") as f:
                f.write(text)
    with open(os.path.join(hugo, "hugo.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    with open(os.path.join(hugo, "content/calendar/_index.md"), "w") as f:
        f.write("---\ntitle: Calendar of opportunities\n---\n")
    theme = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-theme")
    shutil.copytree(os.path.join(theme, "layouts"), os.path.join(hugo, "layouts"))


if __name__ == "__main__":
    main()
