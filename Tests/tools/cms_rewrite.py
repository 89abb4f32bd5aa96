"""Rewrites a project's front matter as a git-based CMS saves it, for the round-trip tests.

    cms_rewrite.py ruamel|pyyaml SOURCE TARGET [--seed N] [--zone Europe/London]

Copies SOURCE to TARGET and rewrites every content/**/*.md file's front matter the way
Decap, Sveltia, Pages CMS and Front Matter CMS do (TECH-NOTES "Third round"): parsed and dumped
again by a YAML library with its default dumper, so that every comment is gone; the keys of
every mapping shuffled with a fixed seed; dates written as UTC instants (a date as midnight
UTC, `2027-03-10T00:00:00.000Z`; a local date and time as the instant it names in the site's
zone, `2027-06-10T09:00:00.000Z` for 10:00 in London in summer); fields a form leaves blank
written empty (`''` or null); with ruamel.yaml (YAML 1.2, as the CMSs' JavaScript libraries),
quotes dropped wherever YAML 1.2 allows (`start: 14:00`, `title: Yes`) and long texts folded
(`>-`); with PyYAML (YAML 1.1), long texts wrapped over lines at its default width. The
Markdown below the front matter is kept as it is. Prints one line per rewritten file.
"""

import datetime
import random
import re
import shutil
import sys
import zoneinfo
from io import StringIO
from pathlib import Path

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$")

# Optional fields a form shows, and writes blank when left empty: hub and opportunity (an
# activity's top-level texts are all required).
BLANK_HUB = ["region", "terms_of_reference", "toolkit"]
BLANK_OPPORTUNITY = ["cost", "organiser", "deadline", "image", "image_alt", "category"]
BLANK = {"hubs": BLANK_HUB, "opportunities": BLANK_OPPORTUNITY, "activities": []}


def instant(value, zone):
    """A date or a local date and time as the UTC instant a CMS's date picker saves."""
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat() + "T00:00:00.000Z"
    if isinstance(value, str):
        if DATE.match(value):
            return value + "T00:00:00.000Z"
        match = DATETIME.match(value)
        if match:
            local = datetime.datetime.fromisoformat(f"{match[1]}T{match[2]}:{match[3]}").replace(tzinfo=zone)
            return local.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return value


def rewrite(value, rng, zone):
    """The value as a CMS writes it back: dates as instants, keys shuffled, blanks added."""
    if isinstance(value, dict):
        items = [(key, rewrite(item, rng, zone)) for key, item in value.items()]
        rng.shuffle(items)
        return dict(items)
    if isinstance(value, list):
        return [rewrite(item, rng, zone) for item in value]
    return instant(value, zone)


def split(text):
    """(front matter, the rest from the closing line on), or None for a file without any."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]) + "\n", "\n".join(lines[index:])
    return None


def dump_ruamel(data):
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import FoldedScalarString

    def fold(value):
        if isinstance(value, dict):
            return {key: fold(item) for key, item in value.items()}
        if isinstance(value, list):
            return [fold(item) for item in value]
        if isinstance(value, str) and len(value) > 60 and "\n" not in value:
            return FoldedScalarString(value)
        return value

    yaml = YAML()
    yaml.default_flow_style = False
    out = StringIO()
    yaml.dump(fold(data), out)
    # ruamel quotes an instant it would read back as a timestamp; the CMSs write it plain.
    return re.sub(r"'(\d{4}-\d{2}-\d{2}T[0-9:.]+Z)'", r"\1", out.getvalue())


def load_ruamel(text):
    from ruamel.yaml import YAML
    return YAML(typ="safe", pure=True).load(text)


def dump_pyyaml(data):
    import yaml
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)


def load_pyyaml(text):
    import yaml
    # YAML 1.1 would read a quoted "14:00" as text but an unquoted one as 840: the source
    # files quote their times, as hubsite's annotated files do.
    return yaml.safe_load(text)


def main():
    args = sys.argv[1:]
    seed, zone_name = 2026, "Europe/London"
    if "--seed" in args:
        at = args.index("--seed")
        seed = int(args[at + 1])
        del args[at:at + 2]
    if "--zone" in args:
        at = args.index("--zone")
        zone_name = args[at + 1]
        del args[at:at + 2]
    library, source, target = args
    load, dump = {"ruamel": (load_ruamel, dump_ruamel), "pyyaml": (load_pyyaml, dump_pyyaml)}[library]
    zone = zoneinfo.ZoneInfo(zone_name)
    rng = random.Random(seed)
    source, target = Path(source), Path(target)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("site", ".hubsite"))
    for path in sorted((target / "content").rglob("*.md")):
        if path.name == "README.md":
            continue
        text = path.read_text(encoding="utf-8")
        parts = split(text)
        if parts is None:
            continue
        front, rest = parts
        data = load(front)
        if not isinstance(data, dict):
            continue
        data = rewrite(data, rng, zone)
        translation = path.name.count(".") > 1
        if not translation:
            blanks = BLANK.get(path.parent.name, [])
            for name in blanks:
                if name not in data:
                    data[name] = "" if library == "ruamel" else None
        path.write_text("---\n" + dump(data) + rest, encoding="utf-8")
        print(path.relative_to(target))


if __name__ == "__main__":
    main()
