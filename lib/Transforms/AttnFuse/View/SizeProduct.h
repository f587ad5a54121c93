//===- SizeProduct.h - sizes as products of extents -------------*- C++ -*-===//
//
// A size in product form `c * t1 * ... * tn` (c a constant, ti canonical
// ExtentTerms, ExtentEquality.h), read from the integer arithmetic that
// computes it by rules that keep the value: a constant, a size in canonical
// form, `muli` (product of the forms), `divsi` / `divui` whose divisor's
// form divides the dividend's (the same terms and a constant that divides:
// the quotient is then exact), and `select` whose condition is provable
// (SizeCondition.h) or whose branches have one form. Two forms are equal
// when the constants are equal and the terms match one to one, each pair
// equal or made equal by a cf.assert dominating the point of use
// (provablySameExtent). Sizes are taken to multiply without wrapping (i64
// and index: every product of sizes of a tensor that exists is below 2^63).
// Used for reshapes to a computed shape (ComputedReshape.h) and for
// `floordiv` reads of dynamic extents (LoopParts.h).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_SIZEPRODUCT_H
#define ATTN_LIB_TRANSFORMS_SIZEPRODUCT_H

#include "View/ExtentEquality.h"

#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>

namespace mlir {
namespace attn {
namespace fuse {

/// `coef * terms[0] * ... * terms[n-1]`.
struct SizeProduct {
  int64_t coef = 1;
  SmallVector<ExtentTerm, 2> terms;

  /// A non-negative constant times extents (an opaque integer may be
  /// negative).
  bool nonNegative() const {
    return coef >= 0 &&
           llvm::all_of(terms, [](const ExtentTerm &t) { return t.dim >= 0; });
  }
  bool isConstant() const { return terms.empty(); }

  /// For remarks: "2 * (dim 0 of %arg0)".
  std::string describe() const;
};

SizeProduct constantProduct(int64_t c);
SizeProduct termProduct(const ExtentTerm &t);
/// `a * b`; none when the constants overflow.
std::optional<SizeProduct> multiply(const SizeProduct &a, const SizeProduct &b);
/// Equal values whenever `at` executes.
bool sameProduct(const SizeProduct &a, const SizeProduct &b, Operation *at);
/// `a / b` when the division is exact: b's terms are terms of a, and b's
/// constant divides a's.
std::optional<SizeProduct> divideExact(const SizeProduct &a,
                                       const SizeProduct &b, Operation *at);

/// Reads sizes in product form; equalities through cf.asserts are those
/// that dominate `at`. The asserted equalities and their product forms are
/// read once per reader (the IR must not change while it lives): a reader
/// asking many questions at one point costs one walk of the ops before it,
/// not one per question.
class ProductReader {
public:
  explicit ProductReader(Operation *at) : at(at) {}

  /// The form of the integer (index or i64) value `v`.
  SizeProduct ofSize(Value v, unsigned depth = 0);
  /// The form of the extent of dim `dim` of the ranked tensor `t`.
  SizeProduct ofExtent(Value t, unsigned dim);

  /// Equal values whenever `at` executes: sameProduct, or equal through one
  /// dominating `cf.assert(cmpi eq, x, y)` read as products (a == x, y == b
  /// by sameProduct), e.g. Hq == Hkv * 2 asserted between two extents.
  bool provablyEqual(const SizeProduct &a, const SizeProduct &b);

private:
  std::optional<bool> condition(Value cond, unsigned depth);
  /// The equalities asserted before `at` (dominatingEqualities), read once.
  ArrayRef<AssertedEquality> assertedTerms();
  /// provablySameExtent on assertedTerms().
  bool sameExtent(const ExtentTerm &a, const ExtentTerm &b);
  /// sameProduct and divideExact on assertedTerms().
  bool same(const SizeProduct &a, const SizeProduct &b);
  std::optional<SizeProduct> divide(const SizeProduct &a, const SizeProduct &b);

  Operation *at;
  std::optional<SmallVector<AssertedEquality>> asserted;
  std::optional<SmallVector<std::pair<SizeProduct, SizeProduct>>>
      assertedProducts;
};

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_SIZEPRODUCT_H
