# The installed package, end to end (issue 16, item 5), run by ctest as
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -DVERSION=... -P run.cmake
# 1. `cmake --install` of the build into a fresh prefix: headers (public
#    ones only), libraries, the package config, the binary, the dictionaries;
# 2. the binary from there prints the version and finds its dictionaries
#    beside itself (<prefix>/share/entente), run from a folder without any;
# 3. tests/package/consumer, another project, is configured against the
#    prefix (find_package(entente CONFIG)), built and run on the shipped
#    relations.
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                  WORKING_DIRECTORY ${WORK_DIR})
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

function(expect what text regex)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "${what}: expected '${regex}', got:\n${text}")
  endif()
  message(STATUS "ok: ${what}")
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

foreach(f bin/entente include/entente/pipeline/flow.hpp include/entente/core/version.hpp
          share/entente/dictionaries lib/cmake/entente/ententeConfig.cmake
          lib/cmake/entente/ententeConfigVersion.cmake lib/libentente_core.a)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
# Private headers and the CLI's are not installed.
foreach(f include/entente/render/png.hpp include/entente/pipeline/run_jobs.hpp
          include/entente/cli)
  if(EXISTS ${prefix}/${f})
    message(FATAL_ERROR "installed but private: ${f}")
  endif()
endforeach()
message(STATUS "ok: installed files")

run("entente --version" ${prefix}/bin/entente --version)
expect("entente --version" "${out}" "^entente ${VERSION}\n$")
# From a folder without datasets/ and with no ENTENTE_DICTIONARIES: the
# dictionaries must come from <prefix>/share/entente.
file(WRITE ${WORK_DIR}/article.txt
     "MOSCOW, May 9, 2020 -- Russia condemned the United States on Saturday.\n")
run("installed entente extract" ${CMAKE_COMMAND} -E env --unset=ENTENTE_DICTIONARIES
    ${prefix}/bin/entente extract article.txt -o relations.jsonl)
file(READ ${WORK_DIR}/relations.jsonl relations)
expect("installed extract finds its dictionaries" "${relations}" "\"RUS\".*\"USA\"")

# The Python module, when built: imported from the prefix alone (not the
# build tree), it codes a sentence with the installed dictionaries.
if(PYTHON_DIR)
  # (A file, not -c: CMake would split the code at its semicolons.)
  file(WRITE ${WORK_DIR}/use_module.py
       "import sys\n"
       "import entente\n"
       "assert entente.__file__.startswith(sys.argv[1]), entente.__file__\n"
       "r = entente.code_text(open('article.txt').read())\n"
       "print(sorted(set(r.source) | set(r.target)))\n")
  run("installed Python module" ${CMAKE_COMMAND} -E env --unset=ENTENTE_DICTIONARIES
      PYTHONPATH=${prefix}/${PYTHON_DIR} ${PYTHON} use_module.py ${prefix})
  expect("installed Python module codes with its dictionaries" "${out}" "'RUS'.*'USA'")
endif()

set(launcher)
find_program(CCACHE ccache)
if(CCACHE)
  set(launcher -DCMAKE_CXX_COMPILER_LAUNCHER=${CCACHE})
endif()
run("consumer configure" ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/package/consumer
    -B ${WORK_DIR}/consumer -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix}
    ${launcher})
run("consumer build" ${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
# The consumer's compile line carries none of entente's own flags.
file(READ ${WORK_DIR}/consumer/build.ninja ninja)
foreach(flag -Werror -fsanitize -Wpedantic)
  if(ninja MATCHES "${flag}")
    message(FATAL_ERROR "the consumer was given entente's build flag ${flag}")
  endif()
endforeach()
file(GLOB relations_files ${SOURCE_DIR}/datasets/relations/*.jsonl)
run("consumer run" ${WORK_DIR}/consumer/consumer ${relations_files})
expect("consumer output" "${out}"
       "^entente ${VERSION}: read [0-9]+ relations from [0-9]+ files?[^;]*; used [1-9][0-9]* .* [1-9][0-9]* dyads; [0-9]+ negative dyads\nsecond half: [0-9]+ dyads added, [0-9]+ removed\n$")
