# Every third-party dependency is found here, once, so that a missing one fails at configure time
# with the Debian package that provides it.

function(emw_require found what package)
    if(NOT ${found})
        message(FATAL_ERROR "${what} was not found. On Debian 12 install it with:\n"
                            "    apt-get install ${package}\n"
                            "(scripts/test and scripts/demo install every package the project needs.)")
    endif()
endfunction()

find_package(Qt6 6.4 QUIET COMPONENTS Core Widgets Network Test LinguistTools)
emw_require(Qt6_FOUND "Qt 6 (Core, Widgets, Network, Test)" "qt6-base-dev")
emw_require(Qt6LinguistTools_FOUND "Qt 6 Linguist tools (lupdate, lrelease)" "qt6-tools-dev qt6-l10n-tools")

find_package(Qt6Keychain QUIET)
emw_require(Qt6Keychain_FOUND "QtKeychain for Qt 6" "qtkeychain-qt6-dev")

find_package(libssh QUIET CONFIG)
emw_require(libssh_FOUND "libssh" "libssh-dev")

find_package(yaml-cpp QUIET CONFIG)
emw_require(yaml-cpp_FOUND "yaml-cpp" "libyaml-cpp-dev")

find_package(ZooKeeper QUIET)
emw_require(ZooKeeper_FOUND "the ZooKeeper C client (zookeeper_mt)" "libzookeeper-mt-dev")

qt_standard_project_setup()
