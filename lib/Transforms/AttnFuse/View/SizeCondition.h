//===- SizeCondition.h - an integer compare of sizes, decided ---*- C++ -*-===//
//
// Frontends guard size arithmetic with compares that do not depend on the
// sizes: torch's view(-1) inference `select(x < 0, numel / known, x)` takes
// `x` for every size x, since a size is never negative. A SizeCondition is
// such a compare, `lhs pred rhs`, with what a proof knows about its sides:
// that they are one value, that the left one is non-negative (a size, or a
// non-negative constant), the value of each side that is a constant. Both
// ways of reading sizes use it: ExtentEquality.cpp (canonical terms) and
// ComputedReshape.cpp (products of terms, equal through cf.asserts).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_SIZECONDITION_H
#define ATTN_LIB_TRANSFORMS_SIZECONDITION_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>

namespace mlir {
namespace attn {
namespace fuse {

class SizeCondition {
public:
  SizeCondition(arith::CmpIPredicate pred, bool sameSides, bool lhsNonNegative,
                std::optional<int64_t> lhsConstant,
                std::optional<int64_t> rhsConstant)
      : pred(pred), sameSides(sameSides), lhsNonNegative(lhsNonNegative),
        lhsConstant(lhsConstant), rhsConstant(rhsConstant) {}

  /// True or false when the compare has that value whatever the sizes are;
  /// none when it depends on them.
  std::optional<bool> value() const;

  /// The value of the i1 `cond` whatever the sizes are: a constant, or an
  /// `arith.cmpi` whose sides `describe` reads (none: nothing is known).
  static std::optional<bool>
  evaluate(Value cond,
           llvm::function_ref<std::optional<SizeCondition>(arith::CmpIOp)>
               describe);

private:
  arith::CmpIPredicate pred;
  bool sameSides;
  bool lhsNonNegative;
  std::optional<int64_t> lhsConstant, rhsConstant;
};

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_SIZECONDITION_H
