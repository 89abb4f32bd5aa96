#!/usr/bin/env bash
# make test-dist: the release packages tested as a user meets them.
#  1. Their contents (dpkg-deb --info/--contents, the tarball's listing) and lintian.
#  2. scripts/install.sh against a release folder served from 127.0.0.1: the tarball installed
#     into a prefix and run; a changed package refused; a version that is not there refused.
#  3. In a fresh minimal Debian root (debootstrap, from Debian's packages) with no Swift and no
#     cmark-gfm: the .deb installed with apt-get (which pulls the runtime libraries itself),
#     then hubsite --version, new site, check and build of the bundled content, compared byte
#     for byte with this machine's build. The root is made once and kept as a tarball in
#     .build-dist/ for later runs on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(.build-dist/release/hubsite --version)
deb="dist/hubsite_${version}_amd64.deb"
tarball="dist/hubsite-${version}-linux-x86_64.tar.gz"
fail() { echo "test-dist: FAIL: $*" >&2; exit 1; }
pass() { echo "test-dist: ok: $*"; }

# 1. Contents.
info=$(dpkg-deb --info "$deb")
for dep in libc6 libcurl4 'libcmark-gfm0.29.0.gfm.6' 'libcmark-gfm-extensions0.29.0.gfm.6'; do
  grep -q "Depends:.*$dep" <<<"$info" || fail "the .deb does not depend on $dep: $info"
done
contents=$(dpkg-deb --contents "$deb")
for file in ./usr/bin/hubsite ./usr/share/man/man1/hubsite.1.gz ./usr/share/bash-completion/completions/hubsite \
            ./usr/share/zsh/vendor-completions/_hubsite ./usr/share/fish/vendor_completions.d/hubsite.fish \
            ./usr/share/doc/hubsite/copyright ./usr/share/doc/hubsite/changelog.gz; do
  grep -q " $file\$" <<<"$contents" || fail "the .deb lacks $file"
done
# The licences of everything linked in, in both packages, and named in the copyright file.
licences="hubsite Swift ICU libyaml Yams FlyingFox swift-argument-parser"
copyright=$(dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/doc/hubsite/copyright)
for licence in $licences; do
  grep -q " ./usr/share/doc/hubsite/licences/$licence.txt\$" <<<"$contents" || fail "the .deb lacks the licence of $licence"
  grep -q "licences/$licence.txt" <<<"$copyright" || fail "the copyright file does not name $licence"
done
listing=$(tar -tzf "$tarball")
for file in bin/hubsite share/man/man1/hubsite.1.gz share/doc/hubsite/README share/zsh/site-functions/_hubsite \
            $(for licence in $licences; do echo "share/doc/hubsite/licences/$licence.txt"; done); do
  grep -q "^hubsite-$version/$file\$" <<<"$listing" || fail "the tarball lacks $file"
done
# Each licence text is the one it names (a licence file mixed up with another would pass the
# listing above).
# hubsite's own: the Apache License 2.0, the LICENSE at the root, in both packages, and so
# stated in the copyright file and the tarball's README.
cmp -s LICENSE <(tar -xzOf "$tarball" "hubsite-$version/share/doc/hubsite/licences/hubsite.txt") || fail "the tarball's hubsite.txt is not LICENSE"
cmp -s LICENSE <(dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/doc/hubsite/licences/hubsite.txt) || fail "the .deb's hubsite.txt is not LICENSE"
grep -q "Version 2.0, January 2004" LICENSE && grep -q "^ *Apache License$" LICENSE || fail "LICENSE is not the Apache License 2.0"
awk '/^Files: \*$/ { files = 1; next } files && /^License:/ { print; exit }' <<<"$copyright" | grep -qx "License: Apache-2.0" \
  || fail "the copyright file does not give hubsite's files the licence Apache-2.0"
grep -q "Apache License 2.0 (SPDX: Apache-2.0)" <(tar -xzOf "$tarball" "hubsite-$version/share/doc/hubsite/README") || fail "the tarball's README does not state the licence"
grep -q "^// SPDX-License-Identifier: Apache-2.0" Package.swift || fail "Package.swift does not carry the SPDX identifier"
grep -q "Runtime Library Exception" <(tar -xzOf "$tarball" "hubsite-$version/share/doc/hubsite/licences/Swift.txt") || fail "Swift.txt is not Swift's licence"
grep -q "JP Simard" <(tar -xzOf "$tarball" "hubsite-$version/share/doc/hubsite/licences/Yams.txt") || fail "Yams.txt is not Yams' licence"
grep -q "Simon Whitty" <(tar -xzOf "$tarball" "hubsite-$version/share/doc/hubsite/licences/FlyingFox.txt") || fail "FlyingFox.txt is not FlyingFox's licence"
grep -q "UNICODE, INC. LICENSE" <(tar -xzOf "$tarball" "hubsite-$version/share/doc/hubsite/licences/ICU.txt") || fail "ICU.txt is not ICU's licence"
(cd dist && sha256sum -c --status SHA256SUMS) || fail "SHA256SUMS does not match the packages"
pass "contents of the .deb and the tarball, SHA256SUMS"
# lintian, for what a Debian maintainer would look at. What it still reports, and why:
#   E embedded-library libyaml: Yams compiles its own copy of libyaml into the binary (it
#     cannot use Debian's); its licence is in licences/libyaml.txt and the copyright file, as
#     are those of the other code linked in statically (the Swift runtime, Foundation, ICU's
#     data and the Swift packages), which lintian does not look for.
#   W syntax-error-in-debian-changelog: changelog.gz is CHANGELOG.md, the project's own, not a
#     Debian changelog (the package is built outside Debian, with no Debian revision).
#   W groff-message, if any remain: from swift-argument-parser's manual generator.
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
command -v lintian >/dev/null || $sudo apt-get install -y -qq --no-install-recommends lintian >/dev/null || true
if command -v lintian >/dev/null; then
  lintian --tag-display-limit 0 "$deb" 2>&1 | sed 's/^/  lintian: /' || true
fi

# 2. install.sh against a release served from 127.0.0.1.
release=$(mktemp -d); prefix=$(mktemp -d); logs=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$release" "$prefix" "$logs"; }
trap cleanup EXIT
mkdir -p "$release/v$version"
cp dist/* "$release/v$version/"
python3 -m http.server 0 --bind 127.0.0.1 --directory "$release" > "$logs/server" 2>&1 &
server_pid=$!
for _ in $(seq 50); do grep -q "port" "$logs/server" && break; sleep 0.1; done
port=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$logs/server" | head -1)
base="http://127.0.0.1:$port/v$version"
sh scripts/install.sh --version "$version" --base-url "$base" --prefix "$prefix/usr" > "$logs/good" 2>&1 || fail "install.sh: $(cat "$logs/good")"
[ "$("$prefix/usr/bin/hubsite" --version)" = "$version" ] || fail "the installed hubsite does not run"
pass "install.sh installs the tarball into a prefix, and it runs"
cp -R "$release/v$version" "$release/changed"
printf 'x' >> "$release/changed/$(basename "$tarball")"
if sh scripts/install.sh --version "$version" --base-url "http://127.0.0.1:$port/changed" --prefix "$prefix/other" > "$logs/changed" 2>&1; then
  fail "install.sh installed a changed package"
fi
grep -q "does not match its checksum" "$logs/changed" || fail "install.sh said: $(cat "$logs/changed")"
[ ! -e "$prefix/other/bin/hubsite" ] || fail "install.sh left a changed binary behind"
pass "install.sh refuses a package that does not match SHA256SUMS"
if sh scripts/install.sh --version 9.9.9 --base-url "http://127.0.0.1:$port/v9.9.9" --prefix "$prefix/missing" > "$logs/missing" 2>&1; then
  fail "install.sh installed a version that is not released"
fi
grep -q "is version 9.9.9 released there" "$logs/missing" || fail "install.sh said: $(cat "$logs/missing")"
pass "install.sh says so when the version is not there"

# 3. A fresh Debian root.
if [ "${HUBSITE_SKIP_ROOT:-}" = 1 ]; then echo "test-dist: the fresh Debian root was skipped (HUBSITE_SKIP_ROOT=1)"; exit 0; fi
cached=.build-dist/debian-root.tar
root=$(mktemp -d)
second=$(mktemp -d)
cleanup_root() {
  for r in "$root" "$second"; do for m in proc dev; do umount "$r/$m" 2>/dev/null || true; done; rm -rf "$r"; done
}
trap 'cleanup; cleanup_root' EXIT
if [ ! -f "$cached" ]; then
  command -v debootstrap >/dev/null || $sudo apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian > "$logs/debootstrap" 2>&1 \
    || fail "debootstrap: $(tail -5 "$logs/debootstrap")"
  tar -C "$root" -cf "$cached" .
else
  tar -C "$root" -xf "$cached"
fi
[ ! -e "$root/usr/bin/swift" ] && ! ls "$root"/usr/lib/x86_64-linux-gnu/libcmark-gfm* >/dev/null 2>&1 || fail "the root is not fresh"
cp "$deb" "$root/tmp/"
mkdir -p "$root/tmp/project" && cp -R content hubsite.yml "$root/tmp/project/"
[ -d templates ] && cp -R templates "$root/tmp/project/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"; mount --bind /dev "$root/dev"
chroot "$root" /bin/sh -c "apt-get update -qq && apt-get install -y -qq /tmp/$(basename "$deb")" > "$logs/apt" 2>&1 \
  || fail "apt-get install in the fresh root: $(tail -5 "$logs/apt")"
[ "$(chroot "$root" hubsite --version)" = "$version" ] || fail "hubsite --version in the fresh root"
chroot "$root" /bin/sh -c "cd /tmp && hubsite new site newsite >/dev/null && hubsite check --source newsite >/dev/null" || fail "new site and check in the fresh root"
chroot "$root" /bin/sh -c "cd /tmp/project && hubsite check --today 2026-11-25 >/dev/null; SOURCE_DATE_EPOCH=0 hubsite build --today 2026-11-25 --output /tmp/built >/dev/null" \
  || fail "build in the fresh root"
rm -rf "$logs/host" && SOURCE_DATE_EPOCH=0 .build-dist/release/hubsite build --source . --today 2026-11-25 --output "$logs/host" >/dev/null
diff -r "$logs/host" "$root/tmp/built" > "$logs/diff" || fail "the fresh root's build differs from this machine's: $(head -5 "$logs/diff")"
pass "in a fresh Debian root: apt-get install of the .deb, --version, new site, check, and a build byte-identical to this machine's"

# The tarball in a second fresh root: its README names the libraries to install first.
tar -C "$second" -xf "$cached"
libraries=$(tar -xzOf "$tarball" "hubsite-$version/share/doc/hubsite/README" | sed -n '/^  lib/{s/ (>= [^)]*)//g;s/,//g;p;q}')
cp /etc/resolv.conf "$second/etc/resolv.conf"
mount -t proc proc "$second/proc"; mount --bind /dev "$second/dev"
tar -C "$second/usr/local" --strip-components=1 -xzf "$tarball"
mkdir -p "$second/tmp/project" && cp -R content hubsite.yml "$second/tmp/project/"
[ -d templates ] && cp -R templates "$second/tmp/project/"
chroot "$second" /bin/sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $libraries" > "$logs/apt2" 2>&1 \
  || fail "installing the README's libraries ($libraries): $(tail -5 "$logs/apt2")"
chroot "$second" /bin/sh -c "cd /tmp/project && SOURCE_DATE_EPOCH=0 hubsite build --today 2026-11-25 --output /tmp/built >/dev/null" \
  || fail "build from the tarball in a fresh root"
diff -r "$logs/host" "$second/tmp/built" > "$logs/diff2" || fail "the tarball's build differs from this machine's: $(head -5 "$logs/diff2")"
pass "in a second fresh root: the tarball with the libraries its README names builds the same site"
