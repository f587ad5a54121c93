# Precompiled MLIR headers for the compiler libraries whose translation units
# are dominated by parsing them. A unit of lib/Transforms spends about two
# thirds of its compile in the front end on the same MLIR dialect headers
# (Linalg, Tensor, Arith, Tosa: measured 8.9 of 13.6 CPU s for
# AttentionRewrite.cpp at -O3); parsed once into a PCH per target, every
# build of them (presets cpu, opt-asan, ...) compiles them about twice as
# fast. The headers are only pre-included: what a unit includes, the code
# generated and the warnings are the same. ATTN_PRECOMPILED_HEADERS=OFF
# turns it off (e.g. to check that every unit includes what it uses).
option(ATTN_PRECOMPILED_HEADERS "Precompile the MLIR headers of the compiler libraries" ON)

# attn_precompile_mlir_headers(<target>...): one PCH per target.
function(attn_precompile_mlir_headers)
  if(NOT ATTN_PRECOMPILED_HEADERS)
    return()
  endif()
  foreach(tgt ${ARGN})
    if(TARGET ${tgt})
      target_precompile_headers(${tgt} PRIVATE
        <mlir/Dialect/Arith/IR/Arith.h>
        <mlir/Dialect/Linalg/IR/Linalg.h>
        <mlir/Dialect/Math/IR/Math.h>
        <mlir/Dialect/Tensor/IR/Tensor.h>
        <mlir/Dialect/Tosa/IR/TosaOps.h>
        <mlir/IR/Matchers.h>
        <mlir/IR/PatternMatch.h>
        <mlir/Transforms/GreedyPatternRewriteDriver.h>)
    endif()
  endforeach()
endfunction()
