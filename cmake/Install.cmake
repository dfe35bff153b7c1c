# The installed package, included from src/CMakeLists.txt once every stage
# is defined: the stage libraries and entente::entente as an export set,
# their public headers (installed by entente_stage), the dictionaries the
# coder finds beside the binary (<prefix>/share/entente/dictionaries), and a
# config so that another project gets them with
#   find_package(entente CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE entente::entente)
include(CMakePackageConfigHelpers)

set(ENTENTE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/entente)
install(TARGETS ${ENTENTE_STAGES} entente EXPORT ententeTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT ententeTargets NAMESPACE entente:: DESTINATION ${ENTENTE_CMAKE_DIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/datasets/dictionaries
        DESTINATION ${CMAKE_INSTALL_DATADIR}/entente)

# The config recreates the pkg-config targets the libraries link (the same
# modules as the build found), and Link Grammar only if this build used it.
if(LINK_GRAMMAR_FOUND)
  set(ENTENTE_WITH_LINK_GRAMMAR ON)
else()
  set(ENTENTE_WITH_LINK_GRAMMAR OFF)
endif()
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/ententeConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/ententeConfig.cmake
                              INSTALL_DESTINATION ${ENTENTE_CMAKE_DIR})
# 0.x: a minor version may break the API, so only the same minor matches.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/ententeConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/ententeConfig.cmake
              ${PROJECT_BINARY_DIR}/ententeConfigVersion.cmake
        DESTINATION ${ENTENTE_CMAKE_DIR})
