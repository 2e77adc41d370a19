# Shared by scripts/demo and scripts/test. Sourced, not run.
set -euo pipefail

EMW_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Everything a fresh Debian 12 machine needs to build, run and test the project.
EMW_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libssh-dev libzookeeper-mt-dev libyaml-cpp-dev libgl-dev
    librsvg2-bin  # rsvg-convert renders the PNG icons (installer/)
)
# The parts the simulated cluster and the tests run for real.
EMW_RUNTIME_PACKAGES=(
    openssh-server openssh-client sudo zookeeper default-jre-headless
    python3 python3-yaml python3-kazoo procps psmisc iproute2 util-linux netcat-openbsd
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth
    libqt6svg6  # the SVG icon engine: the window icon is SVG (a Depends of the .deb)
    # installer tests: dpkg-shlibdeps, file, appstreamcli, desktop-file-validate, man --warnings
    dpkg-dev file appstream desktop-file-utils man-db
    # ZooKeeper 3.4 (emw_provide_zookeeper34) runs on these jars of Debian 12's
    liblog4j1.2-java libslf4j-java
)

# The cluster sim's default ZooKeeper is 3.4, as DC/OS ships it (3.4.8 to 3.4.14; Debian 12 has
# only 3.8). Debian 11's libzookeeper-java 3.4.13 runs on Debian 12's Java 17 with log4j-1.2.jar,
# slf4j-api.jar and slf4j-log4j12.jar. It is unpacked, never installed, under EMW_SIM_CACHE,
# where tests/cluster-sim finds it (lib/zookeeper.py): zookeeper-3.4/usr/share/java/zookeeper.jar.
EMW_SIM_CACHE=${EMW_SIM_CACHE:-/var/cache/emw-sim}
EMW_ZK34_PACKAGE=libzookeeper-java
EMW_ZK34_VERSION=3.4.13
EMW_ZK34_SUITE=bullseye

# The Debian archive the machine's own sources use for its release (apt's own view of them).
emw_debian_archive_uri() {
    local codename
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    apt-get indextargets --no-release-info --format '$(REPO_URI) $(RELEASE) $(COMPONENT)' 2>/dev/null |
        awk -v c="$codename" '$2 == c && $3 == "main" { print $1; exit }'
}

# Fetches the bullseye .deb by package name with apt-get download, through a private sources
# list, lists dir and cache: the machine's apt setup stays untouched. Prints the .deb's path.
emw_download_zookeeper34() {
    local dir=$1 uri apt_opts
    uri=$(emw_debian_archive_uri)
    [ -n "$uri" ] || { emw_log "No Debian archive in the machine's apt sources."; return 1; }
    mkdir -p "$dir/apt/lists/partial" "$dir/apt/cache/archives/partial" "$dir/debs"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $EMW_ZK34_SUITE main" \
        > "$dir/apt/sources.list"
    # apt downloads as _apt: it must be able to write there.
    if id _apt >/dev/null 2>&1; then
        chown -R _apt "$dir/apt/lists" "$dir/apt/cache/archives/partial" "$dir/debs"
    fi
    apt_opts=(-q -o "Dir::Etc::SourceList=$dir/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o "Dir::State::Lists=$dir/apt/lists" -o "Dir::Cache=$dir/apt/cache"
        -o Dir::State::status=/dev/null -o Debug::NoLocking=1)
    emw_log "Fetching $EMW_ZK34_PACKAGE ($EMW_ZK34_SUITE) with apt-get download"
    apt-get "${apt_opts[@]}" update >&2 || return 1
    (cd "$dir/debs" && apt-get "${apt_opts[@]}" download "$EMW_ZK34_PACKAGE" >&2) || return 1
    ls "$dir/debs/${EMW_ZK34_PACKAGE}_${EMW_ZK34_VERSION}-"*_all.deb 2>/dev/null | tail -1 | grep .
}

# Makes $EMW_SIM_CACHE/zookeeper-3.4 hold ZooKeeper 3.4.13 (from the cache, apt-get download, or
# ../shared/third-party/ beside the clone when offline); stops with a message when it cannot.
emw_provide_zookeeper34() {
    local dest=$EMW_SIM_CACHE/zookeeper-3.4 deb="" tmp version
    if [ -f "$dest/usr/share/java/zookeeper.jar" ]; then
        emw_log "ZooKeeper $EMW_ZK34_VERSION is in $dest."
        return 0
    fi
    mkdir -p "$EMW_SIM_CACHE"
    deb=$(ls "$EMW_SIM_CACHE/debs/${EMW_ZK34_PACKAGE}_${EMW_ZK34_VERSION}-"*_all.deb 2>/dev/null | tail -1) || true
    [ -n "$deb" ] || deb=$(emw_download_zookeeper34 "$EMW_SIM_CACHE") || deb=""
    if [ -z "$deb" ]; then
        deb=$(ls "$EMW_ROOT/../shared/third-party/${EMW_ZK34_PACKAGE}_${EMW_ZK34_VERSION}-"*_all.deb \
            2>/dev/null | tail -1) || true
        [ -z "$deb" ] || emw_log "Offline: using $deb"
    fi
    if [ -z "$deb" ]; then
        emw_log "ZooKeeper $EMW_ZK34_VERSION is missing: apt-get download $EMW_ZK34_PACKAGE ($EMW_ZK34_SUITE)"
        emw_log "failed and ../shared/third-party/ has no ${EMW_ZK34_PACKAGE}_${EMW_ZK34_VERSION}-*_all.deb."
        emw_log "The cluster sim runs DC/OS's ZooKeeper 3.4 and will not fall back to 3.8."
        return 1
    fi
    tmp=$(mktemp -d "$EMW_SIM_CACHE/.zookeeper-3.4.XXXXXX")
    dpkg-deb -x "$deb" "$tmp"
    version=$(python3 -c 'import sys, zipfile
print(zipfile.ZipFile(sys.argv[1]).read("META-INF/MANIFEST.MF").decode())' \
        "$tmp/usr/share/java/zookeeper.jar" 2>/dev/null | sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' | tr -d '\r') || true
    if [ "$version" != "$EMW_ZK34_VERSION" ]; then
        rm -rf "$tmp"
        emw_log "$deb holds ZooKeeper '${version:-?}', not $EMW_ZK34_VERSION."
        return 1
    fi
    chmod 755 "$tmp"
    rm -rf "$dest"
    mv "$tmp" "$dest"
    emw_log "ZooKeeper $EMW_ZK34_VERSION unpacked in $dest."
}

# The cluster sim's storage emulators (tests/cluster-sim/lib/emulators.py): s3rver (S3) and
# azurite (Azure blob storage), npm packages run with Debian's nodejs (Debian 12: node 18).
# tests/cluster-sim/emulators/package-lock.json pins every version; `npm ci` installs exactly
# that, once, into $EMW_SIM_CACHE/npm (outside the work tree), and again only when the lock
# file changed. Debian's `npm` package conflicts with a nodejs that bundles npm (NodeSource's),
# so the two Debian packages are installed only when `node` or `npm` is missing.
EMW_SIM_NPM=${EMW_SIM_NPM:-$EMW_SIM_CACHE/npm}
EMW_EMULATOR_PACKAGES=(nodejs npm)

emw_provide_sim_emulators() {
    local src=$EMW_ROOT/tests/cluster-sim/emulators dest=$EMW_SIM_NPM
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        emw_install_packages "${EMW_EMULATOR_PACKAGES[@]}"
    fi
    if [ -f "$dest/node_modules/s3rver/bin/s3rver.js" ] &&
        [ -f "$dest/node_modules/azurite/dist/src/blob/main.js" ] &&
        cmp -s "$src/package-lock.json" "$dest/package-lock.json"; then
        emw_log "s3rver and azurite are in $dest."
        return 0
    fi
    emw_log "Installing s3rver and azurite (npm ci) into $dest"
    emw_as_root mkdir -p "$dest"
    emw_as_root cp "$src/package.json" "$src/package-lock.json" "$dest/"
    # No package of the lock has install scripts; --ignore-scripts keeps it so as root.
    emw_as_root npm ci --prefix "$dest" --ignore-scripts --no-audit --no-fund --loglevel=error \
        || emw_log "npm ci failed: the sim's s3 and azure topologies cannot run (test-sim says so)."
    # Not fatal: the rest of the suite does not need them.
    return 0
}

emw_log() { printf '==> %s\n' "$*" >&2; }

emw_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs what is missing; apt-get update first, and only when something is missing.
emw_install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        emw_log "All ${#@} Debian packages are installed."
        return 0
    fi
    emw_log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    emw_as_root apt-get update
    emw_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# Configures and builds with the given CMake preset.
emw_build() {
    local preset=$1
    cd "$EMW_ROOT"
    emw_log "Configuring (preset $preset)"
    cmake --preset "$preset" -G Ninja
    emw_log "Building"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}
