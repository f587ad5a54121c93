//===- SizeCondition.cpp - an integer compare of sizes, decided -----------===//

#include "View/SizeCondition.h"

#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::attn::fuse;

std::optional<bool> SizeCondition::value() const {
  using P = arith::CmpIPredicate;
  if (sameSides) {
    switch (pred) {
    case P::eq:
    case P::sle:
    case P::sge:
    case P::ule:
    case P::uge:
      return true;
    default:
      return false;
    }
  }
  // Signed compares of a non-negative size with a constant it cannot cross.
  if (rhsConstant && lhsNonNegative) {
    int64_t c = *rhsConstant;
    if ((pred == P::slt && c <= 0) || (pred == P::sle && c < 0) ||
        (pred == P::eq && c < 0))
      return false;
    if ((pred == P::sge && c <= 0) || (pred == P::sgt && c < 0) ||
        (pred == P::ne && c < 0))
      return true;
  }
  if (lhsConstant && rhsConstant) {
    int64_t a = *lhsConstant, b = *rhsConstant;
    switch (pred) {
    case P::eq:
      return a == b;
    case P::ne:
      return a != b;
    case P::slt:
      return a < b;
    case P::sle:
      return a <= b;
    case P::sgt:
      return a > b;
    case P::sge:
      return a >= b;
    default:
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<bool> SizeCondition::evaluate(
    Value cond,
    llvm::function_ref<std::optional<SizeCondition>(arith::CmpIOp)> describe) {
  if (matchPattern(cond, m_One()))
    return true;
  if (matchPattern(cond, m_Zero()))
    return false;
  auto cmp = cond.getDefiningOp<arith::CmpIOp>();
  if (!cmp)
    return std::nullopt;
  std::optional<SizeCondition> c = describe(cmp);
  return c ? c->value() : std::nullopt;
}
