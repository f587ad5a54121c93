# Install rules and the CMake package (find_package(AttnOpt)).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# Every library target defined under `dir` and its subdirectories.
function(attn_collect_targets dir out)
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(sub ${subdirs})
    attn_collect_targets(${sub} sub_targets)
    list(APPEND targets ${sub_targets})
  endforeach()
  set(${out} ${targets} PARENT_SCOPE)
endfunction()

set(ATTN_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/AttnOpt)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/attnrt
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS attnrt attnrt_sanitize EXPORT AttnOptRuntimeTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT AttnOptRuntimeTargets NAMESPACE AttnOpt::
        DESTINATION ${ATTN_PACKAGE_DIR})
if(TARGET attn-bench)
  install(TARGETS attn-bench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(ATTN_BUILD_COMPILER)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/attn
          DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
          FILES_MATCHING PATTERN "*.h" PATTERN "*.td")
  install(DIRECTORY ${PROJECT_BINARY_DIR}/include/attn
          DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
          FILES_MATCHING PATTERN "*.inc")
  attn_collect_targets(${PROJECT_SOURCE_DIR}/lib attn_lib_targets)
  set(attn_mlir_libs)
  foreach(t ${attn_lib_targets})
    get_target_property(type ${t} TYPE)
    if(t MATCHES "^MLIRAttn" AND type MATCHES "LIBRARY$" AND
       NOT type STREQUAL "INTERFACE_LIBRARY" AND NOT t MATCHES "^obj\\.")
      list(APPEND attn_mlir_libs ${t})
    endif()
  endforeach()
  install(TARGETS ${attn_mlir_libs} EXPORT AttnOptTargets
          LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
          ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
          INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
  install(EXPORT AttnOptTargets NAMESPACE AttnOpt::
          DESTINATION ${ATTN_PACKAGE_DIR})
  install(TARGETS attn-opt RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/AttnOptConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/AttnOptConfig.cmake
  INSTALL_DESTINATION ${ATTN_PACKAGE_DIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_BINDIR)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/cmake/AttnOptConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/AttnOptConfig.cmake
              ${PROJECT_BINARY_DIR}/cmake/AttnOptConfigVersion.cmake
        DESTINATION ${ATTN_PACKAGE_DIR})
