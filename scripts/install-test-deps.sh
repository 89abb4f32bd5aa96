#!/usr/bin/env bash
# Installs the independent checkers the test suite runs against hubsite's output, into a venv
# under .build/ (git-ignored): Python's `icalendar` (iCalendar feeds) and `feedparser` (Atom).
# Idempotent: does nothing when they are already there.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/test-venv
if "$venv/bin/python" -c 'import icalendar, feedparser' >/dev/null 2>&1; then
  exit 0
fi
if ! python3 -m venv "$venv" >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv python3-pip >/dev/null
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q --disable-pip-version-check icalendar==7.3.0 feedparser==6.0.14
