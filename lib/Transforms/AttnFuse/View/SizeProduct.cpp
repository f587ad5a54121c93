//===- SizeProduct.cpp - sizes as products of extents ---------------------===//

#include "View/SizeProduct.h"
#include "View/SizeCondition.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/Matchers.h"

#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::attn::fuse;

namespace {
/// Deep enough for torch-mlir's view(-1) size formulas.
constexpr unsigned kMaxDepth = 32;
} // namespace

SizeProduct mlir::attn::fuse::constantProduct(int64_t c) {
  SizeProduct p;
  p.coef = c;
  return p;
}

SizeProduct mlir::attn::fuse::termProduct(const ExtentTerm &t) {
  if (t.isConstant())
    return constantProduct(t.cst);
  SizeProduct p;
  p.terms.push_back(t);
  return p;
}

std::optional<SizeProduct>
mlir::attn::fuse::multiply(const SizeProduct &a, const SizeProduct &b) {
  SizeProduct r;
  if (llvm::MulOverflow(a.coef, b.coef, r.coef))
    return std::nullopt;
  r.terms = a.terms;
  llvm::append_range(r.terms, b.terms);
  return r;
}

/// Indices into `of` matching each term of `terms` one to one (equal, or
/// made equal by a cf.assert dominating `at`); none if some term is left.
static std::optional<SmallVector<size_t>>
matchTerms(ArrayRef<ExtentTerm> terms, ArrayRef<ExtentTerm> of, Operation *at) {
  SmallVector<bool> used(of.size(), false);
  SmallVector<size_t> picked;
  for (const ExtentTerm &t : terms) {
    // Identical terms first, so an assert does not pair away a term another
    // needs as is.
    std::optional<size_t> found;
    for (size_t i = 0; i < of.size() && !found; ++i)
      if (!used[i] && of[i] == t)
        found = i;
    for (size_t i = 0; i < of.size() && !found; ++i)
      if (!used[i] && provablySameExtent(t, of[i], at))
        found = i;
    if (!found)
      return std::nullopt;
    used[*found] = true;
    picked.push_back(*found);
  }
  return picked;
}

bool mlir::attn::fuse::sameProduct(const SizeProduct &a, const SizeProduct &b,
                                   Operation *at) {
  // Zero times anything is zero.
  if (a.coef == 0 && b.coef == 0)
    return true;
  if (a.coef != b.coef || a.terms.size() != b.terms.size())
    return false;
  return matchTerms(a.terms, b.terms, at).has_value();
}

std::optional<SizeProduct>
mlir::attn::fuse::divideExact(const SizeProduct &a, const SizeProduct &b,
                              Operation *at) {
  if (b.coef == 0 || a.coef % b.coef != 0)
    return std::nullopt;
  std::optional<SmallVector<size_t>> picked = matchTerms(b.terms, a.terms, at);
  if (!picked)
    return std::nullopt;
  SizeProduct q;
  q.coef = a.coef / b.coef;
  for (auto [i, t] : llvm::enumerate(a.terms))
    if (!llvm::is_contained(*picked, i))
      q.terms.push_back(t);
  return q;
}

std::optional<bool> ProductReader::condition(Value cond, unsigned depth) {
  return SizeCondition::evaluate(cond, [&](arith::CmpIOp cmp) {
    SizeProduct a = ofSize(cmp.getLhs(), depth + 1);
    SizeProduct b = ofSize(cmp.getRhs(), depth + 1);
    auto constant = [](const SizeProduct &p) -> std::optional<int64_t> {
      if (p.isConstant())
        return p.coef;
      return std::nullopt;
    };
    return std::optional<SizeCondition>(
        SizeCondition(cmp.getPredicate(), sameProduct(a, b, at),
                      a.nonNegative(), constant(a), constant(b)));
  });
}

SizeProduct ProductReader::ofSize(Value v, unsigned depth) {
  ExtentTerm c = canonicalSize(v);
  if (c.isConstant() || c.dim >= 0 || depth > kMaxDepth)
    return termProduct(c);
  // An opaque integer: read the arithmetic that computes it.
  Value w = c.base;
  Operation *def = w.getDefiningOp();
  SizeProduct opaque = termProduct(c);
  if (!def)
    return opaque;
  if (auto m = dyn_cast<arith::MulIOp>(def)) {
    std::optional<SizeProduct> r =
        multiply(ofSize(m.getLhs(), depth + 1), ofSize(m.getRhs(), depth + 1));
    return r ? *r : opaque;
  }
  if (isa<arith::DivSIOp, arith::DivUIOp>(def)) {
    SizeProduct a = ofSize(def->getOperand(0), depth + 1);
    SizeProduct b = ofSize(def->getOperand(1), depth + 1);
    // Unsigned division reads the bits unsigned: equal to the exact quotient
    // only for non-negative operands.
    if (isa<arith::DivUIOp>(def) && (!a.nonNegative() || !b.nonNegative()))
      return opaque;
    std::optional<SizeProduct> q = divideExact(a, b, at);
    return q ? *q : opaque;
  }
  if (auto sel = dyn_cast<arith::SelectOp>(def)) {
    if (std::optional<bool> cond = condition(sel.getCondition(), depth))
      return ofSize(*cond ? sel.getTrueValue() : sel.getFalseValue(),
                    depth + 1);
    SizeProduct t = ofSize(sel.getTrueValue(), depth + 1);
    if (sameProduct(t, ofSize(sel.getFalseValue(), depth + 1), at))
      return t;
    return opaque;
  }
  return opaque;
}

SizeProduct ProductReader::ofExtent(Value t, unsigned dim) {
  ExtentTerm e = canonicalExtent(t, dim);
  if (e.isConstant() || e.dim >= 0)
    return termProduct(e);
  // The extent is an integer value (a tensor.empty size operand): read it.
  return ofSize(e.base);
}

bool ProductReader::provablyEqual(const SizeProduct &a,
                                  const SizeProduct &b) {
  if (sameProduct(a, b, at))
    return true;
  // Asserted before `at` in its block and in the blocks of its ancestors
  // (within the function): they dominate `at`.
  for (Operation *op = at; op && !op->hasTrait<OpTrait::IsIsolatedFromAbove>();
       op = op->getParentOp()) {
    for (Operation *prev = op->getPrevNode(); prev;
         prev = prev->getPrevNode()) {
      auto as = dyn_cast<cf::AssertOp>(prev);
      auto cmp = as ? as.getArg().getDefiningOp<arith::CmpIOp>() : nullptr;
      if (!cmp || cmp.getPredicate() != arith::CmpIPredicate::eq)
        continue;
      SizeProduct x = ofSize(cmp.getLhs()), y = ofSize(cmp.getRhs());
      if ((sameProduct(a, x, at) && sameProduct(y, b, at)) ||
          (sameProduct(a, y, at) && sameProduct(x, b, at)))
        return true;
    }
  }
  return false;
}

std::string SizeProduct::describe() const {
  std::string s;
  if (coef != 1 || terms.empty())
    s = std::to_string(coef);
  for (const ExtentTerm &t : terms)
    s += (s.empty() ? "" : " * ") + ("(" + t.describe() + ")");
  return s;
}
