//===- ComputedReshape.h - tensor.reshape to a computed shape ---*- C++ -*-===//
//
// With a dynamic sequence torch-mlir folds [B, H, S, S] <-> [B*H, S, S] (and
// every other view) with a tensor.reshape whose shape operand is built by
// tensor.from_elements from i64 arithmetic on the dynamic sizes: torch's
// view(-1) inference `select(x < 0, numel / known, x)`, products and exact
// quotients of products. From tm-linalg.nanogpt.eager.f32.dynamic.mlir:
//
//   %62 = arith.muli %0, %c4_i64 : i64     // %0: index_cast (dim %ids, 0)
//   %67 = arith.cmpi slt, %62, %c0_i64 : i64
//   %79 = arith.select %67, %78, %62 : i64
//   %80 = arith.select %41, %78, %1 : i64  // %41 = %1 < 0, %1: sequence
//   %s = tensor.from_elements %79, %80, %c16_i64 : tensor<3xi64>
//   %r = tensor.reshape %66(%s) : (tensor<?x4x?x16xf32>, tensor<3xi64>)
//                                 -> tensor<?x?x16xf32>
//
// A reshape keeps the row-major order of the elements, so it is the
// collapse_shape (or expand_shape) with reassociation R exactly when every
// extent of the side with more dims groups, along R, into consecutive runs
// whose products are the extents of the other side. This file proves that:
//
// - Each extent is put in a product form `c * t1 * ... * tn` (c a constant,
//   ti ExtentTerms, ExtentEquality.h) by rules that keep the value: a
//   constant, a size in canonical form (an extent of some tensor, or an
//   opaque integer), `muli` (product of the forms), `divsi` / `divui` whose
//   divisor's form divides the dividend's (the same terms and a constant
//   that divides: the quotient is then exact), and `select` whose condition
//   is provable: `x < 0` is false and `x >= 0` true for a non-negative form
//   (a non-negative constant times extents). A source extent is its
//   canonical ExtentTerm, or the product form of the integer it stands for
//   (a tensor.empty size operand).
// - Two forms are equal when the constants are equal and the terms match one
//   to one, each pair equal or made equal by a dominating cf.assert
//   (provablySameExtent).
// - A result dim's extent is its static size, or the product form of its
//   shape element (tensor.from_elements, or a constant shape tensor).
//
// Sizes are taken to multiply without wrapping (i64 and index: a size is
// below 2^63 and so is every product of sizes the program computes for a
// tensor that exists). Anything not proven (a permuted or reordered shape,
// an element made from a size of another tensor, a division that is not
// exact, a narrowing cast, a shape operand that is not built here) leaves
// the reshape a leaf, with a remark naming the check.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_COMPUTEDRESHAPE_H
#define ATTN_LIB_TRANSFORMS_COMPUTEDRESHAPE_H

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"

#include <string>

namespace mlir {
namespace attn {
namespace fuse {

/// A tensor.reshape proven to be a collapse_shape (`sourceIsExpanded`: the
/// source has at least as many dims as the result, each result dim a group
/// of source dims) or an expand_shape (each source dim a group of result
/// dims) with `reassociation`.
struct ComputedReshape {
  SmallVector<ReassociationIndices> reassociation;
  bool sourceIsExpanded = true;
};

/// Proves `op` a collapse or an expand as described above. On failure
/// `reason` names the check that failed.
FailureOr<ComputedReshape> proveComputedReshape(tensor::ReshapeOp op,
                                                std::string &reason);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_COMPUTEDRESHAPE_H
