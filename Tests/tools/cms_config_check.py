"""Reads CMS configurations as a YAML 1.1 reader (PyYAML) and as JSON, for CMSConfigTests.

    cms_config_check.py FILE...

Prints a JSON object: for each file, the values under `name`, `label`, `widget`, `type` and
`format` keys that are not text once read (a YAML 1.1 reader takes `on` for true and `14:00`
for 840), and how many fields it holds.
"""

import json
import sys

import yaml


def walk(value, found, counts):
    if isinstance(value, dict):
        if "name" in value:
            counts[0] += 1
        for key, item in value.items():
            if key in ("name", "label", "title", "widget", "type", "format", "dateFormat") and not isinstance(item, str):
                found.append(f"{key}: {item!r}")
            walk(item, found, counts)
    elif isinstance(value, list):
        for item in value:
            walk(item, found, counts)


result = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle) if path.endswith(".json") else yaml.safe_load(handle)
    found, counts = [], [0]
    walk(data, found, counts)
    result[path] = {"not_text": found, "named": counts[0]}
print(json.dumps(result))
