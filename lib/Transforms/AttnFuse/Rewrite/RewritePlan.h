//===- RewritePlan.h - what the rewrite of a proven attention builds -*- C++ -*-//
//
// Everything the rewrite needs beyond the proof itself, decided during the
// match (planRewrite, the last step of matchAttention): the views of Q, K, V
// and of each mask, how the masks combine into the op's one mask, the op's
// types (checked against the op's verifier before anything is built) and
// the view of its result. The rewrite (AttentionRewrite.cpp) then only
// builds IR: it cannot fail.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_REWRITEPLAN_H
#define ATTN_LIB_TRANSFORMS_REWRITEPLAN_H

#include "Rewrite/LayoutPlan.h"

namespace mlir {
namespace attn {
namespace fuse {

struct RewritePlan {
  /// Q as [B, Hq, Sq, D], K as [B, Hkv, Sk, D], V as [B, Hkv, Sk, Dv].
  LayoutPlan q, k, v;
  /// One per AttentionMatch::masks: the mask tensor (or the keep condition
  /// computed from it) as [B|1, Hq|1, Sq|1, Sk|1].
  SmallVector<LayoutPlan> masks;
  /// The masks are combined by one elementwise op (several masks, a negated
  /// or scaled one, a keep-mask among additive ones); else the one mask's
  /// view is the op's mask.
  bool combineMasks = false;
  /// The op's mask operand type (null without a mask) and result type.
  RankedTensorType maskType, resultType;
  /// The op's result viewed as the replaced value's dims; a tensor.cast
  /// follows when the view's type differs from the replaced value's (only
  /// in static information).
  LayoutPlan out;
  bool castResult = false;
};

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_REWRITEPLAN_H
