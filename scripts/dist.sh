#!/usr/bin/env bash
# make dist: the release packages in dist/, for people who install hubsite rather than build it.
#   hubsite_<version>_amd64.deb              Debian/Ubuntu: apt-get install ./hubsite_…deb
#   hubsite-<version>-linux-x86_64.tar.gz    other Linux systems: bin/, share/ and a README
#   SHA256SUMS                               over both
# The binary is built in release mode with the Swift standard library and Foundation linked
# statically, so no Swift is needed where it runs; what it still needs are Debian packages,
# found by dpkg-shlibdeps from the libraries the binary names (readelf NEEDED):
#   libcmark-gfm0.29.0.gfm.6, libcmark-gfm-extensions0.29.0.gfm.6  Markdown (cmark-gfm)
#   libcurl4        the link check's transport (hubsite check --links)
#   libxml2         linked in by static Foundation
#   libstdc++6, libgcc-s1, libc6                                   the C and C++ runtimes
set -euo pipefail
cd "$(dirname "$0")/.."

# What packaging needs, from Debian's packages: libcurl's development files (HubLinkCheck
# links -lcurl), dpkg-dev (dpkg-shlibdeps).
need=()
[ -e /usr/lib/x86_64-linux-gnu/libcurl.so ] || need+=(libcurl4-openssl-dev)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v fakeroot >/dev/null || need+=(fakeroot)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

scratch=.build-dist
swift build -c release --product hubsite --static-swift-stdlib --scratch-path "$scratch"
bin="$scratch/release/hubsite"
if ldd "$bin" | grep -q libswift; then echo "dist: the binary links the Swift runtime dynamically; delete $scratch and run again" >&2; exit 1; fi
version=$("$bin" --version)
# The man page, by swift-argument-parser's manual generator run on the binary itself (its
# package plugin would build the package again, without the static runtime).
swift build --product generate-manual --scratch-path "$scratch" >/dev/null
mkdir -p "$scratch/manual"
"$scratch/debug/generate-manual" "$bin" --date "$(git log -1 --format=%cs 2>/dev/null || date +%F)" --output-directory "$scratch/manual"

rm -rf dist && mkdir -p dist
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# The files both packages hold, under a prefix.
fill() { # prefix, completions layout (deb|tar)
  local root=$1
  install -D -m 0755 "$bin" "$root/bin/hubsite"
  strip --strip-unneeded "$root/bin/hubsite"
  install -d "$root/share/man/man1" "$root/share/bash-completion/completions" "$root/share/fish/vendor_completions.d"
  # The generator leaves empty lines, which groff warns about.
  sed '/^$/d' "$scratch/manual/hubsite.1" | gzip -9n > "$root/share/man/man1/hubsite.1.gz"
  # bash-completion sources the script: no #! line.
  "$bin" --generate-completion-script bash | sed '1{/^#!/d}' > "$root/share/bash-completion/completions/hubsite"
  "$bin" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/hubsite.fish"
  local zsh="$root/share/zsh/site-functions"; [ "$2" = deb ] && zsh="$root/share/zsh/vendor-completions"
  install -d "$zsh" && "$bin" --generate-completion-script zsh > "$zsh/_hubsite"
  install -d "$root/share/doc/hubsite"
}

# The .deb.
deb="$stage/deb"
fill "$deb/usr" deb
gzip -9n < CHANGELOG.md > "$deb/usr/share/doc/hubsite/changelog.gz"
# The licences of what the binary holds besides hubsite: the Swift runtime, Foundation and
# Dispatch (linked statically), ICU's data and code in Foundation, and the Swift packages
# (scripts/licences/README.md says where each text comes from).
toolchain_licence="$(dirname "$(readlink -f "$(command -v swift)")")/../share/swift/LICENSE.txt"
[ -f "$toolchain_licence" ] || { echo "dist: the Swift toolchain's LICENSE.txt is not at $toolchain_licence" >&2; exit 1; }
licences() { # folder
  install -d "$1"
  install -m 0644 LICENSE "$1/hubsite.txt"
  install -m 0644 "$toolchain_licence" "$1/Swift.txt"
  install -m 0644 scripts/licences/ICU.txt scripts/licences/libyaml.txt "$1/"
  for package in Yams FlyingFox swift-argument-parser; do
    local text; text=$(ls "$scratch/checkouts/$package"/LICENSE* | head -1)
    [ -f "$text" ] || { echo "dist: no licence file in $scratch/checkouts/$package" >&2; exit 1; }
    install -m 0644 "$text" "$1/$package.txt"
  done
}
licences "$deb/usr/share/doc/hubsite/licences"
see() { echo " The full text is in /usr/share/doc/hubsite/licences/$1."; }
cat > "$deb/usr/share/doc/hubsite/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: hubsite
Upstream-Contact: hubsite developers <hubsite@users.noreply.github.com>
Comment: hubsite is released under the Apache License 2.0. The binary also holds,
 linked statically, the code listed below under the licences given.

Files: *
Copyright: 2026 the hubsite developers
License: Apache-2.0
 On Debian systems the full text of the Apache License 2.0 is in
 /usr/share/common-licenses/Apache-2.0, and in /usr/share/doc/hubsite/licences/hubsite.txt.

Files: swift-runtime/*
Comment: The Swift standard library and runtime, Foundation (swift-corelibs-foundation,
 swift-foundation) and Dispatch, from the Swift toolchain.
Copyright: Apple Inc. and the Swift project authors
License: Apache-2.0 with Runtime Library Exception
$(see Swift.txt)

Files: swift-foundation-icu/*
Comment: ICU's data and code, as Foundation carries them.
Copyright: Unicode, Inc. and others
License: Unicode-ICU
$(see ICU.txt)

Files: Yams/*
Copyright: 2016 JP Simard
License: Expat
$(see Yams.txt)

Files: Yams/Sources/CYaml/*
Comment: LibYAML, compiled in by Yams.
Copyright: 2006-2020 Kirill Simonov
License: Expat
$(see libyaml.txt)

Files: swift-argument-parser/*
Copyright: Apple Inc. and the Swift project authors
License: Apache-2.0
$(see swift-argument-parser.txt)

Files: FlyingFox/*
Copyright: 2022 Simon Whitty
License: Expat
$(see FlyingFox.txt)
COPYRIGHT
mkdir -p "$stage/shlibs/debian" && echo "Source: hubsite" > "$stage/shlibs/debian/control"
depends=$(cd "$stage/shlibs" && dpkg-shlibdeps -O "$deb/usr/bin/hubsite" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
size=$(du -sk "$deb/usr" | cut -f1)
mkdir -p "$deb/DEBIAN"
cat > "$deb/DEBIAN/control" <<CONTROL
Package: hubsite
Version: $version
Architecture: amd64
Maintainer: hubsite developers <hubsite@users.noreply.github.com>
Installed-Size: $size
Depends: $depends
Section: web
Priority: optional
Description: static site generator for SCiP Alliance hub webpages
 hubsite turns Markdown files with YAML front matter (one per hub, one per
 opportunity) into a static site, checking every hub page against the SCiP
 Alliance's requirements with diagnostics a non-programmer can act on.
CONTROL
fakeroot dpkg-deb --build --root-owner-group -Zxz "$deb" "dist/hubsite_${version}_amd64.deb" >/dev/null

# The tarball.
name="hubsite-$version"
tar_root="$stage/tar/$name"
fill "$tar_root" tar
cp CHANGELOG.md "$tar_root/share/doc/hubsite/CHANGELOG.md"
licences "$tar_root/share/doc/hubsite/licences"
cat > "$tar_root/share/doc/hubsite/README" <<README
hubsite $version for x86_64 Linux

Copy bin/ and share/ into a prefix (e.g. /usr/local or ~/.local), or run
  sh install.sh --version $version --base-url <release URL> --prefix <prefix>

hubsite needs these libraries at run time (Debian/Ubuntu package names):
  $depends
(cmark-gfm for Markdown, libcurl for 'hubsite check --links', libxml2, and the C/C++
runtimes). It needs no Swift.

hubsite is released under the Apache License 2.0 (SPDX: Apache-2.0), whose text is in
share/doc/hubsite/licences/hubsite.txt. The binary also holds, linked statically, the Swift runtime, Foundation and Dispatch, ICU's data, Yams (with LibYAML),
swift-argument-parser and FlyingFox: their licences are in
share/doc/hubsite/licences/.
README
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" -C "$stage/tar" -czf "dist/$name-linux-x86_64.tar.gz" "$name"

cp scripts/install.sh dist/install.sh
(cd dist && sha256sum "hubsite_${version}_amd64.deb" "$name-linux-x86_64.tar.gz" > SHA256SUMS)
echo "dist/: hubsite_${version}_amd64.deb, $name-linux-x86_64.tar.gz, SHA256SUMS (Depends: $depends)"
