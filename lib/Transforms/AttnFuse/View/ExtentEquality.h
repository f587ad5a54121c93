//===- ExtentEquality.h - two dynamic sizes proven equal --------*- C++ -*-===//
//
// Frontends with dynamic shapes compute one size in several places: torch-mlir
// takes the batch once as `tensor.dim %ids, 0`, then again through an
// index_cast to i64 and back, through a `select(x < 0, inferred, x)` for a
// `view(-1, ...)`, and as the size operand of many tensor.empty ops. A copy
// can only be read as the identity when its source and its result have the
// same extents, so these spellings must be proven to be one value.
//
// An extent is put in a canonical form (ExtentTerm) by rules that each keep
// the value:
//
// - a static size or an integer constant is that constant;
// - `tensor.dim %t, c` is the extent of dim c of %t; the extent of a
//   tensor.empty / expand_shape dim is its size operand, of a destination-
//   style op's result the extent of its init, of a tensor.cast or a
//   collapse_shape group with one non-unit dim the extent of the source dim;
//   anything else (a function argument) is named by (tensor, dim);
// - index_cast between index and i64 is exact both ways (index is 64 bits);
// - `select(c, a, b)` is `b` when `c` is provably false and `a` when it is
//   provably true: `x < 0` (slt) is false and `x >= 0` (sge) true for a
//   non-negative x (an extent, or a non-negative constant).
//
// Two canonical forms that differ are still equal where a `cf.assert` of
// `cmpi eq` between them (canonicalized the same way) dominates the point of
// use: the program stops there otherwise. Equalities from several asserts
// chain. Under the fusion driver the asserts are looked up by term
// (AssertedEqualityIndex.h), not read all on every question.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_EXTENTEQUALITY_H
#define ATTN_LIB_TRANSFORMS_EXTENTEQUALITY_H

#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <string>

namespace mlir {
namespace attn {
namespace fuse {

/// A size in canonical form: a constant (`base` null), the extent of dim
/// `dim` of tensor `base`, or an opaque integer value `base` (`dim` -1).
struct ExtentTerm {
  int64_t cst = 0;
  Value base;
  int64_t dim = -1;

  bool isConstant() const { return !base; }
  bool operator==(const ExtentTerm &o) const {
    return base == o.base && dim == o.dim && (base || cst == o.cst);
  }
  bool operator!=(const ExtentTerm &o) const { return !(*this == o); }
  /// For remarks: "16", "dim 0 of %arg3", "%5".
  std::string describe() const;
};

/// The canonical form of the extent of dim `dim` of the ranked tensor `t`.
ExtentTerm canonicalExtent(Value t, unsigned dim);

/// The canonical form of the integer (index or i64) value `v`.
ExtentTerm canonicalSize(Value v);

/// A `cf.assert(cmpi eq, lhs, rhs)`: its operands and their canonical forms.
struct AssertedEquality {
  Value lhs, rhs;
  ExtentTerm lhsTerm, rhsTerm;
};

/// The equalities asserted before `at` in its block and in the blocks of its
/// ancestors within the function (they dominate `at`), canonical forms read
/// on the IR as it is now. Their number, and the time to find them, grow
/// with the ops before `at`: callers asking several questions at one point
/// read them once (ProductReader does).
SmallVector<AssertedEquality> dominatingEqualities(Operation *at);

/// `a` and the canonical forms a chain of `cf.assert(cmpi eq)` dominating
/// `at` makes equal to it (`a` first). With an AssertedEqualityIndex active,
/// only the facts of its members are read.
SmallVector<ExtentTerm> provableClass(const ExtentTerm &a, Operation *at);

/// True when `a` and `b` hold the same value whenever `at` executes: equal
/// canonical forms, or a chain of dominating `cf.assert(cmpi eq)`
/// (provableClass).
bool provablySameExtent(const ExtentTerm &a, const ExtentTerm &b,
                        Operation *at);

/// The same, with the dominating equalities already read
/// (dominatingEqualities).
bool provablySameExtent(const ExtentTerm &a, const ExtentTerm &b,
                        ArrayRef<AssertedEquality> asserted);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_EXTENTEQUALITY_H
