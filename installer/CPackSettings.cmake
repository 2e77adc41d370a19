# CPack: a Debian package and a tarball from the install tree. `cpack --config
# <build>/CPackConfig.cmake` (or `cmake --build <build> --target package`) writes both.

set(EMW_PACKAGE_MAINTAINER "Exhibitor Migration Wizard maintainers <emw-maintainers@example.org>"
    CACHE STRING "Maintainer field of the Debian package: set the real address for a release")
set(EMW_PACKAGE_HOMEPAGE "" CACHE STRING "Homepage field of the Debian package (optional)")

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME exhibitor-migration-wizard)
set(CPACK_PACKAGE_VENDOR "Exhibitor Migration Wizard developers")
set(CPACK_PACKAGE_CONTACT "${EMW_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "DC/OS Exhibitor migration to the static backend without downtime")
set(CPACK_PACKAGE_DESCRIPTION [=[
The Exhibitor Migration Wizard takes a DC/OS cluster, step by step and without
downtime, from an Exhibitor whose configuration lives in a separate ZooKeeper
ensemble (or S3, Azure, a shared filesystem) to the static backend on the
masters.

exhibitor-wizard imports config.yaml, connects to every master over SSH,
discovers each ZooKeeper server's current ID, shows the plan and runs each
phase behind a confirmation page, with live logs and one-click rollback.
exhibitor-migrate is the same engine for scripted runs.

English, German and Japanese translations are compiled into both programs.]=])
# Debug info stays in the build tree; the packages ship stripped binaries (Debian policy 10.1),
# which also keeps packaging fast.
set(CPACK_STRIP_FILES ON)
# The tarball unpacks into one directory holding bin/ and share/, ready for /usr/local or /opt.
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)

# --- Debian ---------------------------------------------------------------------------------
# No CPACK_PACKAGING_INSTALL_PREFIX: the DEB generator's default is /usr, and leaving it unset
# keeps the tarball's tree relative (bin/, share/) instead of usr/bin, usr/share.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EMW_PACKAGE_MAINTAINER}")
if(EMW_PACKAGE_HOMEPAGE)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${EMW_PACKAGE_HOMEPAGE}")
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Declared by hand (Debian 12 names), not by dpkg-shlibdeps at packaging time, so that the list
# is reviewed and the same on every build machine. TestPackage runs dpkg-shlibdeps on the
# packaged binaries and fails when a library they link is missing here or needs a newer version.
# Some libraries are listed before the binaries link them: with the toolchain's --as-needed a
# library appears in the binary only once code calling it is reachable from main(), and the
# engine's SSH, probe and keychain layers are its reason to exist.
set(emw_depends
    "libc6 (>= 2.34)"
    "libgcc-s1 (>= 3.0)"
    "libstdc++6 (>= 12)"
    "libqt6core6 (>= 6.4.0)"
    "libqt6gui6 (>= 6.4.0)"        # also holds the xcb (X11) platform plugin
    "libqt6widgets6 (>= 6.4.0)"
    "libqt6network6 (>= 6.4.0)"    # Exhibitor REST probe
    "libqt6dbus6 (>= 6.4.0)"       # session bus check before the keychain is used
    "libqt6svg6 (>= 6.4.0)"        # SVG icon engine plugin: the window icon is SVG
    "libqt6keychain1 (>= 0.13.2)"  # Secret Service / KWallet; Recommends a keyring itself
    "libssh-4 (>= 0.10.0)"         # 0.10 turns ProxyJump into "ssh -W"
    "libzookeeper-mt2"
    "libyaml-cpp0.7 (>= 0.7.0)")
list(JOIN emw_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Wayland without XWayland; Qt's own German and Japanese strings (QWizard's buttons); ssh for the ProxyJump
# bastions libssh reaches through "ssh -W".
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, openssh-client")

include(CPack)
