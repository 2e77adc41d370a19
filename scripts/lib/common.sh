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
    python3 python3-yaml procps psmisc iproute2 util-linux netcat-openbsd
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth
    libqt6svg6  # the SVG icon engine: the window icon is SVG (a Depends of the .deb)
    # installer tests: dpkg-shlibdeps, file, appstreamcli, desktop-file-validate, man --warnings
    dpkg-dev file appstream desktop-file-utils man-db
)

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
