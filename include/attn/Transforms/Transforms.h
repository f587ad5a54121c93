//===- Transforms.h - attn transformations for embedders --------*- C++ -*-===//

#ifndef ATTN_TRANSFORMS_TRANSFORMS_H
#define ATTN_TRANSFORMS_TRANSFORMS_H

#include "mlir/IR/PatternMatch.h"
#include "mlir/Support/LLVM.h"

namespace mlir {
namespace attn {

/// Adds a pattern that fuses matmul -> softmax -> matmul chains anchored on
/// their second contraction into attn.flash_attention. Candidates that are not
/// proven equal are left alone (no remarks; use `fuseAttention` with
/// `report` for those).
void populateAttnFusePatterns(RewritePatternSet &patterns);

/// Fuses every proven attention under `root`. With `report`, emits a remark
/// at each candidate's softmax: "attn-fuse: fused" or "attn-fuse: not fused:
/// <first failed check>". Returns the number of fused candidates.
unsigned fuseAttention(Operation *root, bool report);

} // namespace attn
} // namespace mlir

#endif // ATTN_TRANSFORMS_TRANSFORMS_H
