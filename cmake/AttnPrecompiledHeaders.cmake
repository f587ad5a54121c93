# Precompiled MLIR headers for the compiler's translation units, which are
# dominated by parsing them. A unit of lib/Transforms spends about two
# thirds of its compile in the front end on the same MLIR dialect headers
# (Linalg, Tensor, Arith, Tosa: measured 8.9 of 13.6 CPU s for
# AttentionRewrite.cpp at -O3), and the single units of the other libraries
# and of attn-opt more (2026-12-02, -O3, CPU s without / with the PCH:
# Pipelines.cpp 11.5 / 3.0, AttnToRuntime.cpp 15.7 / 4.4,
# ExportCInterface.cpp 13.1 / 4.6; the headers of attn/Conversion/Passes.h
# added, the PCH +2 CPU s, AttnToRuntime.cpp 3.6 / 2.2, ExportCInterface.cpp
# 3.5 / 1.8, DecomposeAggregatedOps.cpp 3.2 / 1.1). One PCH (target attn_mlir_pch, compiled
# once per build directory: presets cpu, opt-asan, ...) serves every one of
# them (REUSE_FROM: the same compile flags everywhere, LLVM's and the
# sanitizer's). The headers are only pre-included: what a unit includes, the
# code generated and the warnings are the same. ATTN_PRECOMPILED_HEADERS=OFF
# turns it off (e.g. to check that every unit includes what it uses).
option(ATTN_PRECOMPILED_HEADERS "Precompile the MLIR headers of the compiler libraries" ON)

# attn_precompile_mlir_headers(<target>...): the targets share one PCH.
function(attn_precompile_mlir_headers)
  if(NOT ATTN_PRECOMPILED_HEADERS)
    return()
  endif()
  if(NOT TARGET attn_mlir_pch)
    # An object library of one empty unit: the owner of the PCH, with the
    # flags of an MLIR library (llvm_update_compile_flags, position
    # independent like LLVM's -fPIC), so that every target below may reuse it.
    set(_src ${CMAKE_CURRENT_BINARY_DIR}/attn_mlir_pch.cpp)
    file(CONFIGURE OUTPUT ${_src} CONTENT "// the owner of the MLIR PCH\n")
    add_library(attn_mlir_pch OBJECT ${_src})
    set_target_properties(attn_mlir_pch PROPERTIES POSITION_INDEPENDENT_CODE ON)
    llvm_update_compile_flags(attn_mlir_pch)
    target_precompile_headers(attn_mlir_pch PRIVATE
      <mlir/Dialect/Arith/IR/Arith.h>
      <mlir/Dialect/Bufferization/IR/Bufferization.h>
      <mlir/Dialect/ControlFlow/IR/ControlFlowOps.h>
      <mlir/Dialect/Func/IR/FuncOps.h>
      <mlir/Dialect/Linalg/IR/Linalg.h>
      <mlir/Dialect/Math/IR/Math.h>
      <mlir/Dialect/MemRef/IR/MemRef.h>
      <mlir/Dialect/Tensor/IR/Tensor.h>
      <mlir/Dialect/Tosa/IR/TosaOps.h>
      <mlir/IR/Matchers.h>
      <mlir/IR/PatternMatch.h>
      <mlir/Pass/Pass.h>
      <mlir/Transforms/GreedyPatternRewriteDriver.h>)
  endif()
  foreach(tgt ${ARGN})
    if(TARGET ${tgt})
      target_precompile_headers(${tgt} REUSE_FROM attn_mlir_pch)
    endif()
  endforeach()
endfunction()

# attn_precompile_gtest(<target>...): the runtime's unit tests share one PCH
# of <gtest/gtest.h> (target attn_gtest_pch), in every build that has them
# (presets cpu, cpu-asan, cpu-tsan). Smaller than the MLIR one: a test unit
# is mostly its own code (2026-12-02, ASan+UBSan -O2, CPU s without / with:
# ApiTest.cpp 4.2 / 3.6, ValidationTest.cpp 3.8 / 2.7, CpuBackendTest.cpp
# 5.4 / 4.7; the PCH 1.8).
function(attn_precompile_gtest)
  if(NOT ATTN_PRECOMPILED_HEADERS)
    return()
  endif()
  if(NOT TARGET attn_gtest_pch)
    set(_src ${CMAKE_BINARY_DIR}/attn_gtest_pch.cpp)
    file(CONFIGURE OUTPUT ${_src} CONTENT "// the owner of the gtest PCH\n")
    add_library(attn_gtest_pch OBJECT ${_src})
    target_link_libraries(attn_gtest_pch PRIVATE GTest::gtest)
    target_precompile_headers(attn_gtest_pch PRIVATE <gtest/gtest.h>)
  endif()
  foreach(tgt ${ARGN})
    target_precompile_headers(${tgt} REUSE_FROM attn_gtest_pch)
    # a C unit of a test (StatusStringFromC.c) has no PCH to take
    get_target_property(_srcs ${tgt} SOURCES)
    foreach(_s ${_srcs})
      if(_s MATCHES "\\.c$")
        set_source_files_properties(${_s} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
      endif()
    endforeach()
  endforeach()
endfunction()
