#!/usr/bin/env bash
# What `make bench` compares against: Hugo and the cmark-gfm command (Debian packages).
set -euo pipefail
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
command -v cmark-gfm >/dev/null 2>&1 || missing+=(cmark-gfm)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
