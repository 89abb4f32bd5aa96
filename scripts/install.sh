#!/bin/sh
# Installs a released hubsite: downloads the package for this machine from a release's files,
# checks it against the release's SHA256SUMS, and installs it: the .deb with apt-get on
# Debian and Ubuntu, else the tarball into a prefix. No Swift is needed.
#
#   sh install.sh --version 0.2.0 --base-url https://github.com/ORG/hubsite/releases/download/v0.2.0
#   sh install.sh --version 0.2.0 --base-url URL --prefix "$HOME/.local"   # the tarball, anywhere
#
# The base URL is the folder holding hubsite_<version>_amd64.deb,
# hubsite-<version>-linux-x86_64.tar.gz and SHA256SUMS. Exit status: 0 installed, 1 failed
# (with a message saying why), 2 usage error.
set -eu

version="" base="" prefix="" method=""
usage() { echo "usage: install.sh --version VERSION --base-url URL [--prefix DIR] [--tarball]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --version) [ $# -ge 2 ] || usage; version=$2; shift 2 ;;
    --base-url) [ $# -ge 2 ] || usage; base=${2%/}; shift 2 ;;
    --prefix) [ $# -ge 2 ] || usage; prefix=$2; method=tarball; shift 2 ;;
    --tarball) method=tarball; shift ;;
    *) usage ;;
  esac
done
[ -n "$version" ] && [ -n "$base" ] || usage
fail() { echo "hubsite install: $*" >&2; exit 1; }

case "$(uname -m)" in
  x86_64|amd64) ;;
  *) fail "hubsite is released for x86_64 Linux only; this machine is $(uname -m). Build it from source (see README.md)." ;;
esac
if [ -z "$method" ]; then
  if command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1; then method=deb; else method=tarball; fi
fi
[ -n "$prefix" ] || prefix=/usr/local

deb="hubsite_${version}_amd64.deb"
tarball="hubsite-${version}-linux-x86_64.tar.gz"
asset=$deb
[ "$method" = deb ] || asset=$tarball

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
fetch() {
  if command -v curl >/dev/null 2>&1; then curl -fsSL --retry 2 -o "$work/$1" "$base/$1"
  elif command -v wget >/dev/null 2>&1; then wget -q -O "$work/$1" "$base/$1"
  else fail "needs curl or wget to download the release."; fi
}
fetch SHA256SUMS || fail "no SHA256SUMS at $base: is version $version released there?"
grep -q "  $asset\$" "$work/SHA256SUMS" || fail "the release at $base has no $asset (is the version right?)."
fetch "$asset" || fail "could not download $base/$asset."
(cd "$work" && grep "  $asset\$" SHA256SUMS | sha256sum -c --status) \
  || fail "$asset does not match its checksum in SHA256SUMS: the download is damaged or was changed. Nothing was installed."

# Root is needed for apt-get, and for a prefix this user cannot write to.
sudo=""
needs_root=no
if [ "$method" = deb ]; then needs_root=yes
elif [ -e "$prefix" ] && [ ! -w "$prefix" ]; then needs_root=yes
elif [ ! -e "$prefix" ] && [ ! -w "$(dirname "$prefix")" ]; then needs_root=yes
fi
if [ "$needs_root" = yes ] && [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if [ "$method" = deb ]; then
  $sudo apt-get install -y "$work/$asset" >/dev/null || fail "apt-get could not install $asset."
  echo "Installed hubsite $version ($(command -v hubsite))."
else
  mkdir -p "$work/unpacked"
  tar -xzf "$work/$asset" -C "$work/unpacked"
  root="$work/unpacked/hubsite-$version"
  [ -x "$root/bin/hubsite" ] || fail "$asset does not hold bin/hubsite."
  $sudo mkdir -p "$prefix"
  $sudo cp -R "$root/bin" "$root/share" "$prefix/"
  echo "Installed hubsite $version into $prefix (it needs libcmark-gfm and libcurl: see $prefix/share/doc/hubsite/README)."
fi
