//===- SizeProduct.cpp - sizes as products of extents ---------------------===//

#include "View/SizeProduct.h"
#include "View/AssertedEqualityIndex.h"
#include "View/SizeCondition.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"

#include "llvm/ADT/STLFunctionalExtras.h"
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

using SameExtent =
    llvm::function_ref<bool(const ExtentTerm &, const ExtentTerm &)>;

/// Indices into `of` matching each term of `terms` one to one (equal, or
/// made equal by `sameExtent`: cf.asserts dominating the point of use);
/// none if some term is left.
static std::optional<SmallVector<size_t>> matchTerms(ArrayRef<ExtentTerm> terms,
                                                     ArrayRef<ExtentTerm> of,
                                                     SameExtent sameExtent) {
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
      if (!used[i] && sameExtent(t, of[i]))
        found = i;
    if (!found)
      return std::nullopt;
    used[*found] = true;
    picked.push_back(*found);
  }
  return picked;
}

static bool sameProductWith(const SizeProduct &a, const SizeProduct &b,
                            SameExtent sameExtent) {
  // Zero times anything is zero.
  if (a.coef == 0 && b.coef == 0)
    return true;
  if (a.coef != b.coef || a.terms.size() != b.terms.size())
    return false;
  return matchTerms(a.terms, b.terms, sameExtent).has_value();
}

static std::optional<SizeProduct> divideExactWith(const SizeProduct &a,
                                                  const SizeProduct &b,
                                                  SameExtent sameExtent) {
  if (b.coef == 0 || a.coef % b.coef != 0)
    return std::nullopt;
  std::optional<SmallVector<size_t>> picked =
      matchTerms(b.terms, a.terms, sameExtent);
  if (!picked)
    return std::nullopt;
  SizeProduct q;
  q.coef = a.coef / b.coef;
  for (auto [i, t] : llvm::enumerate(a.terms))
    if (!llvm::is_contained(*picked, i))
      q.terms.push_back(t);
  return q;
}

bool mlir::attn::fuse::sameProduct(const SizeProduct &a, const SizeProduct &b,
                                   Operation *at) {
  return sameProductWith(a, b, [&](const ExtentTerm &x, const ExtentTerm &y) {
    return provablySameExtent(x, y, at);
  });
}

std::optional<SizeProduct> mlir::attn::fuse::divideExact(const SizeProduct &a,
                                                         const SizeProduct &b,
                                                         Operation *at) {
  return divideExactWith(a, b, [&](const ExtentTerm &x, const ExtentTerm &y) {
    return provablySameExtent(x, y, at);
  });
}

ArrayRef<AssertedEquality> ProductReader::assertedTerms() {
  if (!asserted)
    asserted = dominatingEqualities(at);
  return *asserted;
}

bool ProductReader::sameExtent(const ExtentTerm &a, const ExtentTerm &b) {
  if (a == b)
    return true;
  if (a.isConstant() && b.isConstant())
    return false;
  if (AssertedEqualityIndex::active())
    return provablySameExtent(a, b, at);
  return provablySameExtent(a, b, assertedTerms());
}

bool ProductReader::same(const SizeProduct &a, const SizeProduct &b) {
  return sameProductWith(a, b, [&](const ExtentTerm &x, const ExtentTerm &y) {
    return sameExtent(x, y);
  });
}

std::optional<SizeProduct> ProductReader::divide(const SizeProduct &a,
                                                 const SizeProduct &b) {
  return divideExactWith(a, b, [&](const ExtentTerm &x, const ExtentTerm &y) {
    return sameExtent(x, y);
  });
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
        SizeCondition(cmp.getPredicate(), same(a, b), a.nonNegative(),
                      constant(a), constant(b)));
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
    std::optional<SizeProduct> q = divide(a, b);
    return q ? *q : opaque;
  }
  if (auto sel = dyn_cast<arith::SelectOp>(def)) {
    if (std::optional<bool> cond = condition(sel.getCondition(), depth))
      return ofSize(*cond ? sel.getTrueValue() : sel.getFalseValue(),
                    depth + 1);
    SizeProduct t = ofSize(sel.getTrueValue(), depth + 1);
    if (same(t, ofSize(sel.getFalseValue(), depth + 1)))
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
  if (same(a, b))
    return true;
  auto holds = [&](const SizeProduct &x, const SizeProduct &y) {
    return (same(a, x) && same(y, b)) || (same(a, y) && same(x, b));
  };
  // With an index, only the facts that can match: one of a's terms (b's) is
  // matched to a term of the fact's side, in that term's class, unless a's
  // constant (b's) is zero or it has no term.
  AssertedEqualityIndex *index = AssertedEqualityIndex::active();
  const SizeProduct *pivot = nullptr;
  for (const SizeProduct *p : {&a, &b})
    if (!pivot && p->coef != 0 && !p->terms.empty())
      pivot = p;
  if (index && pivot) {
    for (const AssertedEquality &e :
         index->withAnyTerm(provableClass(pivot->terms.front(), at), at))
      if (holds(ofSize(e.lhs), ofSize(e.rhs)))
        return true;
    return false;
  }
  if (!assertedProducts) {
    // Read once per reader: `at` and the IR stay as they are while it lives.
    SmallVector<std::pair<SizeProduct, SizeProduct>> forms;
    for (const AssertedEquality &e : assertedTerms())
      forms.push_back({ofSize(e.lhs), ofSize(e.rhs)});
    assertedProducts = std::move(forms);
  }
  for (auto &[x, y] : *assertedProducts)
    if (holds(x, y))
      return true;
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
