"""Checks content files against hubsite's JSON Schemas with an independent validator.

Usage: front_matter_schema.py SCHEMA_DIR FILE...  (files under .../hubs/ use hub.json, under
.../activities/ activity.json, the others opportunity.json, and a translation, NAME.LANGUAGE.md, hub-translation.json or
opportunity-translation.json; write hub=FILE or opportunity=FILE to say which). Prints a JSON list
with one object per file: {"file", "parsed", "valid", "errors"}. YAML is read as an editor
with YAML 1.2 support reads it (the core schema: `true` is a boolean, `yes`, `14:00` and
`2026-12-03` are text), which is what the schemas describe.
"""
import json
import re
import sys

import jsonschema
import yaml


class Core12Loader(yaml.SafeLoader):
    """PyYAML reads YAML 1.1; this reads plain values by the YAML 1.2 core schema."""


Core12Loader.yaml_implicit_resolvers = {}
Core12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Core12Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
Core12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."),
)
Core12Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
# Decimal integers, as YAML 1.2 reads them (PyYAML would read a leading 0 as octal).
Core12Loader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(loader.construct_scalar(node), 10))


def front_matter(text):
    """The YAML between the first two '---' lines, or None."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() == "---":
            return "\n".join(lines[1:index])
    return None


def main():
    folder = sys.argv[1]
    results = []
    schemas = {name: json.load(open(f"{folder}/{name}.json", encoding="utf-8"))
               for name in ("hub", "opportunity", "activity", "hub-translation", "opportunity-translation", "activity-translation")}
    for path in sys.argv[2:]:
        kind = "hub" if "/hubs/" in path else "activity" if "/activities/" in path else "opportunity"
        # A translation (name.cy.md) has its own schema: its words only.
        if path.count(".") >= 2 and path.endswith(".md") and len(path.rsplit("/", 1)[-1].split(".")) == 3:
            kind += "-translation"
        if "=" in path:
            kind, path = path.split("=", 1)
        result = {"file": path, "parsed": False, "valid": False, "errors": []}
        yaml_text = front_matter(open(path, encoding="utf-8").read())
        try:
            document = yaml.load(yaml_text, Loader=Core12Loader) if yaml_text is not None else None
            result["parsed"] = yaml_text is not None
        except yaml.YAMLError as error:
            result["errors"].append(str(error).splitlines()[0])
            document = None
        if result["parsed"]:
            validator = jsonschema.Draft202012Validator(schemas[kind], format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
            errors = sorted(validator.iter_errors(document if document is not None else {}), key=lambda e: list(e.path))
            result["errors"] = [f"{'.'.join(map(str, error.path))}: {error.message}" for error in errors]
            result["valid"] = not errors
        results.append(result)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
