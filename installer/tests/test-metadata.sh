#!/usr/bin/env bash
# TestInstallerMetadata: the desktop file, the AppStream metainfo and the man pages as they are in
# git, checked with the tools distributions use (desktop-file-validate, appstreamcli, man) and
# against what the built executables say under --help, so the man pages cannot drift from the
# options. Every problem is reported, then the test fails.
set -uo pipefail

while [ $# -gt 0 ]; do
    case $1 in
        --source-dir) src=$2 ;; --man-dir) man_dir=$2 ;; --migrate) migrate=$2 ;;
        --wizard) wizard=$2 ;; --version) version=$2 ;; --appstream-id) appstream_id=$2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# English help texts, whatever the machine's locale; the GUI's parser needs a platform.
run() { LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen "$@"; }

desktop=$src/exhibitor-wizard.desktop
metainfo=$src/$appstream_id.metainfo.xml

# Hints are allowed (desktop-file-validate exits 0 on them); errors and warnings are not.
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
if grep -qE ': (error|warning):' <<<"$out"; then fail "desktop-file-validate: $out"; fi

# appstreamcli fails on errors and warnings; info and pedantic notes are printed only.
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"

# Releases are listed newest first; the newest is the version being built.
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "$metainfo: newest release is \"$newest\", the project is $version"

for page in exhibitor-migrate.1 exhibitor-wizard.1; do
    # lintian's check: groff warnings (bad macros, unbreakable lines) are printed on stderr.
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$man_dir/$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$page: $warnings"
    grep -q "^\.TH .*\"Exhibitor Migration Wizard $version\"" "$man_dir/$page" ||
        fail "$page: .TH does not carry version $version"
done

# Long options as the man page writes them (\-\-name), within one .SS subsection.
man_options() { # page section
    awk -v s="$2" '/^\.S[SH] /{on = ($0 == ".SS " s || $0 == ".SH " s)} on' "$1" |
        grep -oE '\\-\\-[a-z]([a-z]|\\-)*' | sed 's/\\-/-/g' | sort -u
}
# Only the option list's lines ("  -c, --config <FILE>  ..."), not options named in the prose.
help_options() { # command...
    run "$@" --help | sed -nE 's/^ +(-[a-zA-Z], )?(--[a-z][a-z-]*).*/\2/p' |
        grep -vx -- '--help-all' | sort -u
}
check_options() { # page section what command...
    local page=$1 section=$2 what=$3; shift 3
    local documented built
    documented=$(man_options "$page" "$section")
    built=$(help_options "$@")
    # A command's own --help is described once, under "Common options".
    if [ "$section" != "Common options" ] && [ "$section" != OPTIONS ]; then
        built=$(grep -vxE -- '--(help|version)' <<<"$built")
    fi
    for option in $built; do
        grep -qx -- "$option" <<<"$documented" || fail "$(basename "$page"): $what $option is not documented"
    done
    for option in $documented; do
        grep -qx -- "$option" <<<"$built" || fail "$(basename "$page"): $what $option is documented but unknown"
    done
}

migrate_page=$man_dir/exhibitor-migrate.1
check_options "$migrate_page" "Common options" "exhibitor-migrate" "$migrate"
# "Commands:" lists one "  <name>  <summary>" per line up to the blank line.
commands=$(run "$migrate" --help | awk '/^Commands:/{on=1; next} on && /^$/{exit} on{print $1}')
[ -n "$commands" ] || fail "exhibitor-migrate --help lists no commands"
for command in $commands; do
    grep -q "^\.SS $command\$" "$migrate_page" || { fail "exhibitor-migrate.1: no OPTIONS subsection for $command"; continue; }
    check_options "$migrate_page" "$command" "exhibitor-migrate $command" "$migrate" "$command"
done
# A command documented ahead of its implementation is a note, not a failure: the man page is
# written with the design, and the check above takes over once the command is built.
for documented in $(awk '/^\.SH OPTIONS/{on=1; next} /^\.SH /{on=0} on && /^\.SS /{print $2}' "$migrate_page"); do
    [ "$documented" = Common ] && continue
    grep -qx "$documented" <<<"$commands" ||
        echo "note: exhibitor-migrate.1 documents \"$documented\", which this build does not have yet"
done
check_options "$man_dir/exhibitor-wizard.1" OPTIONS "exhibitor-wizard" "$wizard"

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s)" >&2
    exit 1
fi
echo "desktop file, metainfo and man pages are valid and match the built commands"
