//===- Pipelines.cpp - attn-lower-to-llvm ---------------------------------===//
//
// One pipeline from TOSA / linalg / tensor / arith / math / func / attn on
// tensors to the LLVM dialect, for mlir-runner or mlir-translate. It does
// not fuse: `attn-opt --attn-fuse --attn-lower-to-llvm` is the fused program.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/Pipelines.h"
#include "attn/Conversion/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

/// The pipeline as text, so that it reads like the mlir-opt command it is.
/// Anchored on builtin.module.
static const char kAttnLowerToLLVM[] =
    // 1. TOSA -> linalg / arith / tensor (the upstream sequence).
    "func.func(tosa-optional-decompositions, tosa-to-linalg-named,"
    " tosa-to-linalg, tosa-to-arith, tosa-to-tensor,"
    //    arith / math on tensors -> linalg.generic (bufferizable).
    " convert-elementwise-to-linalg),"
    // 2. attn.flash_attention -> runtime calls, at the tensor level, so that
    //    the transposes around it become views when bufferized.
    " convert-attn-to-runtime,"
    // 3. linalg.softmax & co. -> linalg.generic.
    " func.func(attn-decompose-aggregated-ops), canonicalize,"
    // 4. Bufferize the whole module, then free every buffer.
    " one-shot-bufferize{bufferize-function-boundaries},"
    " buffer-deallocation-pipeline, convert-bufferization-to-memref,"
    // 5. Loops, then LLVM.
    " func.func(convert-linalg-to-loops), convert-scf-to-cf,"
    " expand-strided-metadata, lower-affine,"
    " arith-expand{include-bf16=true}, finalize-memref-to-llvm,"
    " convert-math-to-llvm, convert-math-to-libm, convert-arith-to-llvm,"
    " convert-index-to-llvm, convert-func-to-llvm, convert-cf-to-llvm,"
    " convert-ub-to-llvm, reconcile-unrealized-casts, canonicalize";

const char *mlir::attn::getAttnLowerToLLVMPipelineText() {
  return kAttnLowerToLLVM;
}

LogicalResult mlir::attn::buildAttnLowerToLLVMPipeline(OpPassManager &pm) {
  return parsePassPipeline(kAttnLowerToLLVM, pm, llvm::errs());
}

void mlir::attn::registerAttnPipelines() {
  registerAttnConversionPasses();
  PassPipelineRegistration<>(
      "attn-lower-to-llvm",
      "Lower TOSA / linalg / tensor / arith / math / func / attn on tensors "
      "to the LLVM dialect for mlir-runner (attn.flash_attention becomes "
      "calls into libattnrt; does not fuse)",
      [](OpPassManager &pm) {
        if (failed(buildAttnLowerToLLVMPipeline(pm)))
          llvm::report_fatal_error("attn-lower-to-llvm: a pass is not "
                                   "registered (call registerAllPasses)");
      });
}
