#!/usr/bin/env bash
# TestPackage: builds the .deb and the .tar.gz from the build tree with cpack, checks the control
# fields and the file list, unpacks the .deb with dpkg -x into a temporary root (nothing is
# installed system-wide), runs both programs from there, validates the desktop integration files
# as installed, and checks Depends: every package exists in apt, apt could install the .deb on an
# empty system, and every library the binaries link (dpkg -S, dpkg-shlibdeps) is covered, at the
# version needed.
# Every problem is reported, then the test fails.
set -uo pipefail

while [ $# -gt 0 ]; do
    case $1 in
        --build-dir) build=$2 ;; --package) package=$2 ;; --version) version=$2 ;;
        --appstream-id) appstream_id=$2 ;; --icon) icon=$2 ;; --source-dir) src=$2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
started=$(date +%s.%N)
# Elapsed seconds on each step: the test has a 2 minute budget on 2 cores.
step() { echo "== $* ($(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s)"; }

step "cpack (DEB, TGZ)"
if ! cpack -G "DEB;TGZ" -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
fi
deb=$(ls "$work"/out/*.deb)
tgz=$(ls "$work"/out/*.tar.gz)
echo "$(basename "$deb") $(du -k "$deb" | cut -f1) KiB; $(basename "$tgz") $(du -k "$tgz" | cut -f1) KiB"

step "control fields"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$package" ] || fail "Package is \"$(field Package)\", expected $package"
[ "$(field Version)" = "$version" ] || fail "Version is \"$(field Version)\", expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is \"$(field Architecture)\""
[ "$(field Section)" = admin ] || fail "Section is \"$(field Section)\", expected admin"
field Maintainer | grep -qE '^[^<]+ <[^@>]+@[^>]+>$' || fail "Maintainer \"$(field Maintainer)\" is not \"Name <address>\""
[ -n "$(field Description)" ] || fail "no Description"

step "file list"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
expected=(
    /usr/bin/exhibitor-wizard
    /usr/bin/exhibitor-migrate
    /usr/share/applications/exhibitor-wizard.desktop
    "/usr/share/metainfo/$appstream_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$icon.svg"
    "/usr/share/icons/hicolor/48x48/apps/$icon.png"
    "/usr/share/icons/hicolor/128x128/apps/$icon.png"
    "/usr/share/icons/hicolor/256x256/apps/$icon.png"
    /usr/share/man/man1/exhibitor-migrate.1.gz
    /usr/share/man/man1/exhibitor-wizard.1.gz
)
for path in "${expected[@]}"; do
    grep -qx -- "$path" "$work/files" || fail "the .deb lacks $path"
done
# Nothing from the build tree or the developer's side (headers, static libraries, tests).
stray=$(grep -vE '^/usr/(bin|share/(applications|metainfo|icons|man))(/|$)|^/(usr/(share/?)?)?$' "$work/files")
[ -z "$stray" ] || fail "unexpected files in the .deb: $stray"

step "tarball"
tar -tzf "$tgz" >"$work/tar-files"
for path in bin/exhibitor-wizard bin/exhibitor-migrate share/applications/exhibitor-wizard.desktop \
            "share/icons/hicolor/256x256/apps/$icon.png" share/man/man1/exhibitor-migrate.1.gz; do
    grep -qE "^[^/]+/$path\$" "$work/tar-files" || fail "the tarball lacks <top>/$path"
done

# dpkg-shlibdeps wants the binaries where a package build would have them: debian/<package>/.
root=$work/src/debian/$package
step "dpkg -x into a temporary root"
mkdir -p "$root"
dpkg -x "$deb" "$root" || { echo "FAIL: dpkg -x" >&2; exit 1; }
for bin in exhibitor-wizard exhibitor-migrate; do
    description=$(file -b "$root/usr/bin/$bin")
    grep -q ', stripped' <<<"$description" || fail "$bin is not stripped: $description"
    # The build tree's RUNPATH must not survive installation: the system's Qt is the one to use.
    if readelf -d "$root/usr/bin/$bin" | grep -qE 'RPATH|RUNPATH'; then
        fail "$bin keeps an RPATH/RUNPATH: $(readelf -d "$root/usr/bin/$bin" | grep -E 'RPATH|RUNPATH')"
    fi
done
for size in 48 128 256; do
    description=$(file -b "$root/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png")
    grep -q "PNG image data, $size x $size" <<<"$description" || fail "${size}px icon is \"$description\""
done
zcat "$root/usr/share/man/man1/exhibitor-migrate.1.gz" | grep -q "^\.TH EXHIBITOR-MIGRATE 1 .*$version" ||
    fail "exhibitor-migrate.1.gz is not the page for $version"

step "running the packaged programs"
# English output, a throwaway home (QSettings), no display.
export LC_ALL=C.UTF-8 LANGUAGE= HOME=$work/home XDG_CONFIG_HOME=$work/home/.config QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
out=$("$root/usr/bin/exhibitor-migrate" --version)
[ "$out" = "exhibitor-migrate $version" ] || fail "exhibitor-migrate --version said \"$out\""
out=$("$root/usr/bin/exhibitor-migrate" plan --format json \
      --config "$src/resources/demo/config.yaml" --ids "$src/resources/demo/ids.txt" 2>&1) ||
    fail "exhibitor-migrate plan on the demo cluster failed: $out"
grep -q '"phase_b_ensemble"' <<<"$out" || fail "exhibitor-migrate plan printed no plan: $out"
out=$("$root/usr/bin/exhibitor-wizard" --version)
[ "$out" = "exhibitor-wizard $version" ] || fail "exhibitor-wizard --version said \"$out\""
# Still running after 3 s on the demo cluster means it got past loading Qt's plugins, the
# translations and the first page; timeout's 124 is the expected end.
timeout 3 "$root/usr/bin/exhibitor-wizard" --demo >"$work/wizard.log" 2>&1
status=$?
[ $status -eq 124 ] || fail "exhibitor-wizard --demo ended by itself with $status: $(cat "$work/wizard.log")"
if grep -qiE 'could not (load|find)|cannot load|failed to load' "$work/wizard.log"; then
    fail "exhibitor-wizard --demo: $(cat "$work/wizard.log")"
fi

step "desktop integration as installed"
out=$(desktop-file-validate "$root/usr/share/applications/exhibitor-wizard.desktop" 2>&1) ||
    fail "desktop-file-validate: $out"
# validate-tree also checks the metainfo against its neighbours: the launchable's desktop file.
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"

step "Depends against apt"
depends=$(field Depends)
echo "Depends: $depends"
# "a (>= 1), b | c" -> one package name per line
names() { tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | grep -v '^$'; }
# One apt-cache call for all (each call loads apt's whole cache): a block per known package,
# "name:" then "  Candidate: <version or (none)>".
apt-cache policy $(names <<<"$depends") 2>/dev/null |
    awk '/^[^ ].*:$/ {name = substr($0, 1, length($0) - 1)} $1 == "Candidate:" && $2 != "(none)" {print name}' |
    sed 's/:.*//' | sort -u >"$work/installable"
for name in $(names <<<"$depends"); do
    grep -qx -- "$name" "$work/installable" ||
        fail "Depends names $name, which apt cannot install (unknown, or no candidate; apt-get update?)"
done
# What "apt install ./package.deb" would do, resolved by apt without doing it, on a machine with
# nothing installed at all (an empty dpkg status): stricter than a fresh Debian 12, as every
# package down to libc6 must come from the archive. Without apt lists (no apt-get update) only
# this machine's installed packages are known, so it is simulated here instead.
simulate=(apt-get install --simulate -o Debug::NoLocking=1)
if ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
    : >"$work/empty-status"
    if out=$("${simulate[@]}" -o Dir::State::status="$work/empty-status" "$deb" 2>&1); then
        echo "on an empty system apt would install $(grep -c '^Inst ' <<<"$out") packages"
    else
        fail "apt-get could not install the .deb on an empty system: $(grep -E '^ |^E:' <<<"$out")"
    fi
else
    echo "note: no apt lists (apt-get update), so the install is simulated on this machine only"
    out=$("${simulate[@]}" "$deb" 2>&1) || fail "apt-get could not install the .deb: $out"
fi

step "libraries the binaries link, against Depends"
binaries=("$root/usr/bin/exhibitor-wizard" "$root/usr/bin/exhibitor-migrate")
declared=$(names <<<"$depends" | sort -u)
# Each NEEDED library, as the loader resolves it, and the installed package that owns it.
# "libfoo.so.1 => /path (0x...)", or for the loader itself "/lib64/ld-linux-....so.2 (0x...)"
resolve() { # binary library
    ldd "$1" | awk -v lib="$2" '$1 == lib && $2 == "=>" {print $3} $1 ~ "/" lib "$" {print $1}' | head -n1
}
for bin in "${binaries[@]}"; do
    for lib in $(readelf -d "$bin" | sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p'); do
        path=$(resolve "$bin" "$lib")
        if [ -z "$path" ]; then
            fail "$(basename "$bin") needs $lib, which the loader does not find"
        else
            echo "$(basename "$bin") $lib $path"
        fi
    done
done >"$work/needed"
# One dpkg -S for all paths (each call reads dpkg's whole database). usrmerge: ldd may say
# /lib/... where dpkg registered /usr/lib/..., or the other way round, so both are asked.
paths=$(awk '{print $3; print ($3 ~ /^\/usr\//) ? substr($3, 5) : "/usr" $3}' "$work/needed" | sort -u)
# "pkg:arch: /path" -> "/path pkg"; diversions and other lines have no ": /".
dpkg -S $paths 2>/dev/null | sed -nE 's|^([^:,]+)(:[^:]+)?: (/.*)$|\3 \1|p' >"$work/owners"
while read -r bin lib path; do
    other=$([[ $path == /usr/* ]] && echo "${path#/usr}" || echo "/usr$path")
    pkg=$(awk -v a="$path" -v b="$other" '$1 == a || $1 == b {print $2; exit}' "$work/owners")
    if [ -z "$pkg" ]; then
        fail "$bin needs $lib ($path), which no installed package provides"
    elif ! grep -qx -- "$pkg" <<<"$declared"; then
        fail "$bin needs $lib from $pkg, which Depends lacks"
    fi
done <"$work/needed"
# dpkg-shlibdeps adds the minimum versions (from the libraries' symbols files).
mkdir -p "$work/src/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$package" "$package" >"$work/src/debian/control"
if ! shlibdeps=$(cd "$work/src" && dpkg-shlibdeps -O "${binaries[@]/#/-e}" 2>&1); then
    fail "dpkg-shlibdeps: $shlibdeps"
fi
needed=$(sed -n 's/^shlibs:Depends=//p' <<<"$shlibdeps")
echo "dpkg-shlibdeps: $needed"
# Our declared entry for a package: "name (>= v)" or "name".
declared_version() {
    tr ',' '\n' <<<"$depends" | awk -v name="$1" '$1 == name && $2 == "(>=" {sub(/\)$/, "", $3); print $3}'
}
while IFS= read -r entry; do
    entry=$(sed -E "s/^ +//" <<<"$entry")
    [ -n "$entry" ] || continue
    name=$(sed -E 's/^ *([^ (]+).*/\1/' <<<"$entry")
    minimum=$(sed -nE 's/.*\(>= *([^)]*)\).*/\1/p' <<<"$entry")
    if ! grep -qx -- "$name" <<<"$declared"; then
        fail "dpkg-shlibdeps needs $entry; Depends lacks $name"
    elif [ -n "$minimum" ]; then
        ours=$(declared_version "$name")
        if [ -z "$ours" ] || dpkg --compare-versions "$ours" lt "$minimum"; then
            fail "dpkg-shlibdeps needs $name (>= $minimum); Depends says ${ours:+>= }${ours:-any version}"
        fi
    fi
done < <(tr ',' '\n' <<<"$needed")
# Declared but not linked is allowed (plugins, libraries the engine links once reachable);
# listed so a stale entry is noticed.
linked=$(tr ',' '\n' <<<"$needed" | sed -E 's/^ *([^ (]+).*/\1/' | sort -u)
unlinked=$(comm -23 <(echo "$declared") <(echo "$linked") | tr '\n' ' ')
[ -z "$unlinked" ] || echo "note: declared, not linked by the binaries today: $unlinked"

step "done"
if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s)" >&2
    exit 1
fi
echo "the package is complete, runs from a temporary root, and its Depends cover what it links"
