//===- CausalMatch.h - causal masks from index compares and constants -*- C++ -*-===//
//
// A select condition made of linalg.index compares, normalized to
// j - i <= c (after proving the index arithmetic exact, IndexExactness.h),
// or a constant mask that is exactly triangular, is a causal mode: top-left
// (c = 0) or bottom-right (c = Sk - Sq).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_CAUSALMATCH_H
#define ATTN_LIB_TRANSFORMS_CAUSALMATCH_H

#include "View/SemanticView.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"

#include <optional>
#include <string>

namespace mlir {
namespace attn {
namespace fuse {

struct IndexCtx {
  AtomTable &atoms;
  DimLabel q, k;
  const DenseMap<Value, Labels> &seen;
};

/// A select condition built from linalg.index compares: causal (None when
/// it keeps every key of a 1x1 score matrix) or nothing (`reason` says why).
std::optional<CausalMode> causalFromCompare(IndexCtx &ctx, Expr *cond,
                                            bool keepWhenTrue, int64_t sq,
                                            int64_t sk, std::string &reason);

/// A constant mask (i1 keep mask, or additive with 0 / -inf entries times
/// `coef`) that is exactly triangular over [Sq, Sk], every other dim of size
/// 1.
std::optional<CausalMode>
causalFromConstant(AtomTable &atoms, Expr *leafE, bool isBool,
                   bool keepWhenTrue, double coef, const DimLabel &q,
                   const DimLabel &k, int64_t sq, int64_t sk);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_CAUSALMATCH_H
