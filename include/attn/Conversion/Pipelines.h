//===- Pipelines.h - attn pass pipelines ------------------------*- C++ -*-===//

#ifndef ATTN_CONVERSION_PIPELINES_H
#define ATTN_CONVERSION_PIPELINES_H

#include "mlir/Support/LLVM.h"

namespace mlir {
class OpPassManager;
namespace attn {

/// Adds the passes of `attn-lower-to-llvm` to `pm` (a ModuleOp pass
/// manager): TOSA -> linalg/arith/tensor, attn.flash_attention -> runtime
/// calls, linalg aggregated ops decomposed, One-Shot Bufferize, ownership
/// based deallocation, linalg -> loops, and everything -> LLVM dialect.
/// It does not fuse (run `attn-fuse` before it for that). The upstream
/// passes must be registered (mlir::registerAllPasses()) and `pm` anchored
/// on builtin.module. Fails if a pass is not registered.
LogicalResult buildAttnLowerToLLVMPipeline(OpPassManager &pm);

/// The same pipeline as mlir-opt text (inside `builtin.module(...)`).
const char *getAttnLowerToLLVMPipelineText();

/// Registers `attn-lower-to-llvm` (PassPipelineRegistration) and the passes
/// of attn/Conversion.
void registerAttnPipelines();

} // namespace attn
} // namespace mlir

#endif // ATTN_CONVERSION_PIPELINES_H
