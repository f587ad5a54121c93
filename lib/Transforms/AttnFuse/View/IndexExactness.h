//===- IndexExactness.h - index arithmetic proven exact ---------*- C++ -*-===//
//
// A causal mask written as a compare of loop indices (`j <= i`,
// `j - i <= Sk - Sq`, ...) means what integer arithmetic says only when every
// step is exact in the type it is computed in: an index_cast to i8 wraps
// above 127, a sitofp to bf16 rounds above 256, `(j - i) <u 1` reads a
// negative difference as a huge unsigned value. This file bounds every value
// of such an expression over all the indices the shapes allow and checks
// each step against its type:
//
// - integer steps (casts, add, sub, mul) stay in the signed range of their
//   width (index is 64 bits);
// - an unsigned conversion (index_castui, extui, uitofp) and an unsigned
//   compare see only non-negative values;
// - a conversion to a float type, and float arithmetic, see only integers
//   (every constant in the expression is an integer) of magnitude at most
//   2^p (p: the type's precision: 24 for f32, 11 for f16, 8 for bf16).
//
// A static dim of size N gives an index in [0, N - 1]. A dynamic dim is
// bounded by 2^48 (more elements than any address space holds): that is
// exact in i64 / index, never in i32 or a float type.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_INDEXEXACTNESS_H
#define ATTN_LIB_TRANSFORMS_INDEXEXACTNESS_H

#include "View/SemanticView.h"

#include <string>

namespace mlir {
namespace attn {
namespace fuse {

/// Proves the compare `cmp` (an EK::Cmp of index expressions) exact: every
/// step of both operands is exact in its type, and an unsigned compare sees
/// non-negative operands only. On failure `reason` names the failed check.
LogicalResult proveExactIndexCompare(const AtomTable &atoms, const Expr *cmp,
                                     std::string &reason);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_INDEXEXACTNESS_H
