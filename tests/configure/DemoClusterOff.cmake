# Configures the source tree afresh with EMW_DEMO_CLUSTER=OFF (as the "release" preset packages
# it) and checks the compile command of the wizard's DemoCluster.cpp: no EMW_DEMO_CLUSTER and no
# EMW_SOURCE_DIR, i.e. no path to a simulator compiled in. The default build's command (this build
# tree, EMW_DEMO_CLUSTER on) must have both, so the check cannot pass by looking at the wrong file.
# Arguments: -DSOURCE=<source dir> -DBINARY=<scratch build dir> -DDEFAULT_BINARY=<this build dir>
#            -DGENERATOR=<generator>
execute_process(COMMAND ${CMAKE_COMMAND} --fresh -S ${SOURCE} -B ${BINARY} -G ${GENERATOR}
                        -DEMW_DEMO_CLUSTER=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring with EMW_DEMO_CLUSTER=OFF failed: ${result}")
endif()

function(demo_cluster_command build out)
    file(READ ${build}/compile_commands.json commands)
    string(JSON count LENGTH "${commands}")
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON file GET "${commands}" ${i} file)
        if(file MATCHES "/wizard/DemoCluster\\.cpp$")
            string(JSON command GET "${commands}" ${i} command)
            set(${out} "${command}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    message(FATAL_ERROR "no compile command for wizard/DemoCluster.cpp in ${build}")
endfunction()

demo_cluster_command(${BINARY} off)
if(off MATCHES "EMW_DEMO_CLUSTER|EMW_SOURCE_DIR")
    message(FATAL_ERROR "EMW_DEMO_CLUSTER=OFF still compiles the simulator's path in: ${off}")
endif()
demo_cluster_command(${DEFAULT_BINARY} on)
if(NOT on MATCHES "EMW_DEMO_CLUSTER" OR NOT on MATCHES "EMW_SOURCE_DIR")
    message(FATAL_ERROR "the default build has no demo cluster: ${on}")
endif()
message(STATUS "EMW_DEMO_CLUSTER=OFF: no simulator path in the wizard")
