//===- AttnToRuntime.h - attn.flash_attention -> libattnrt calls -*- C++ -*-===//
//
// For embedders: add the pattern to your own pass (it must run on tensors,
// before One-Shot Bufferize), or run `convert-attn-to-runtime`.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_CONVERSION_ATTNTORUNTIME_H
#define ATTN_CONVERSION_ATTNTORUNTIME_H

#include "mlir/IR/PatternMatch.h"
#include <string>

namespace mlir {
class Type;
namespace attn {
class FlashAttentionOp;

/// The runtime symbol (without the `_mlir_ciface_` prefix) that serves `op`:
/// "attnrt_mlir_flash_attention_<T>_<O>[_mask_<M>]".
std::string getAttnRuntimeSymbol(FlashAttentionOp op);

/// Rewrites every attn.flash_attention into a func.call of its runtime entry
/// point (declared on demand in the enclosing module), with
/// bufferization.to_buffer / to_tensor around it and a cf.assert on the
/// returned status. See `convert-attn-to-runtime` in Passes.td.
void populateAttnToRuntimeConversionPatterns(RewritePatternSet &patterns);

} // namespace attn
} // namespace mlir

#endif // ATTN_CONVERSION_ATTNTORUNTIME_H
