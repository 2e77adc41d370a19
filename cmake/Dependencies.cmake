# Every third-party dependency is found here, once, so that a missing one fails at configure time
# with the Debian package that provides it.

function(emw_require found what package)
    if(NOT ${found})
        message(FATAL_ERROR "${what} was not found. On Debian 12 install it with:\n"
                            "    apt-get install ${package}\n"
                            "(scripts/test and scripts/demo install every package the project needs.)")
    endif()
endfunction()

# LinguistTools apart: asked for together, its absence would fail the base components too and
# send the operator to qt6-base-dev, which is already installed.
find_package(Qt6 6.4 QUIET COMPONENTS Core Widgets Network Test)
emw_require(Qt6_FOUND "Qt 6 (Core, Widgets, Network, Test)" "qt6-base-dev")
# qt6-tools-dev's CMake files import lupdate, lrelease and lconvert from qt6-l10n-tools, which it
# does not depend on; without them find_package stops with Qt's own message, naming no package.
foreach(_tool IN ITEMS lupdate lrelease lconvert)
    if(NOT EXISTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}/${_tool}${CMAKE_EXECUTABLE_SUFFIX}")
        emw_require(FALSE "Qt 6 Linguist tool ${_tool}" "qt6-l10n-tools")
    endif()
endforeach()
find_package(Qt6 6.4 QUIET COMPONENTS LinguistTools)
emw_require(Qt6LinguistTools_FOUND "Qt 6 Linguist tools (CMake support)" "qt6-tools-dev")

find_package(Qt6Keychain QUIET)
emw_require(Qt6Keychain_FOUND "QtKeychain for Qt 6" "qtkeychain-qt6-dev")

find_package(libssh QUIET CONFIG)
emw_require(libssh_FOUND "libssh" "libssh-dev")

find_package(yaml-cpp QUIET CONFIG)
emw_require(yaml-cpp_FOUND "yaml-cpp" "libyaml-cpp-dev")

find_package(ZooKeeper QUIET)
emw_require(ZooKeeper_FOUND "the ZooKeeper C client (zookeeper_mt)" "libzookeeper-mt-dev")

qt_standard_project_setup()
