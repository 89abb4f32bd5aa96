#!/usr/bin/env bash
# Installs what hubsite needs to build, when it is missing: the cmark-gfm C libraries (with
# their GFM extensions), libcurl's development files (the link check calls libcurl directly)
# and pkg-config, from Debian's packages. Safe to run again: it does
# nothing when everything is there. Needs the Swift toolchain already installed.
set -euo pipefail

# libcurl's development files: the link check calls libcurl, and Foundation linked statically
# (make site, make dist) links -lcurl.
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libcurl4-openssl-dev pkg-config)

if ! command -v swift >/dev/null 2>&1; then
  echo "hubsite needs the Swift toolchain (swift 6.0 or later) on PATH; install it from swift.org and run this again." >&2
  exit 1
fi

have_libraries() {
  command -v pkg-config >/dev/null 2>&1 \
    && pkg-config --exists libcmark-gfm \
    && [ -f /usr/include/cmark-gfm-core-extensions.h ] \
    && pkg-config --exists libcurl
}

if have_libraries; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "hubsite needs the cmark-gfm C library with its extensions, libcurl's development files and pkg-config; install them with your package manager (Debian/Ubuntu: ${packages[*]}) and run this again." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

echo "Installing ${packages[*]} …"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
have_libraries || { echo "cmark-gfm or libcurl is still missing after installing ${packages[*]}." >&2; exit 1; }
