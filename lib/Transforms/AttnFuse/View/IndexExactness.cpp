//===- IndexExactness.cpp - index arithmetic proven exact -----------------===//

#include "View/IndexExactness.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

#include "llvm/ADT/APFloat.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace mlir::attn::fuse;

namespace {
/// The bound taken for a dynamic dim (see the header).
constexpr double kDynamicDimBound = 281474976710656.0; // 2^48

struct Interval {
  double lo = 0, hi = 0;
};

std::string typeName(Type t) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << t;
  return s;
}

std::string rangeName(Interval r) {
  auto num = [](double x) {
    if (std::fabs(x) >= kDynamicDimBound - 1)
      return std::string(x < 0 ? "-2^48" : "2^48");
    return std::to_string(static_cast<long long>(x));
  };
  return "[" + num(r.lo) + ", " + num(r.hi) + "]";
}

class Prover {
public:
  Prover(const AtomTable &atoms, std::string &reason)
      : atoms(atoms), reason(reason) {}

  /// The range of `e` over every index the shapes allow; fails when a step
  /// is not exact in its type.
  std::optional<Interval> range(const Expr *e, unsigned depth = 0) {
    if (!e || depth > 32)
      return fail("the index expression is too deep");
    switch (e->kind) {
    case EK::Const:
      // Only integers: with them every step of the arithmetic stays integral,
      // so the magnitude checks below make it exact (j + 0.5 in bf16 rounds
      // to even for j >= 128, although 128.5 is below 2^8).
      if (e->cst != std::floor(e->cst))
        return fail("index arithmetic uses the non-integer constant " +
                    std::to_string(e->cst));
      return checked(e->type, {e->cst, e->cst}, "constant");
    case EK::Index: {
      DimLabel l = atoms.leaves(e->label);
      if (l.empty())
        return checked(e->type, {0, 0}, "index");
      int64_t n = atoms.staticSize(l);
      double hi = ShapedType::isDynamic(n) ? kDynamicDimBound - 1
                                           : std::max<double>(0, n - 1);
      return checked(e->type, {0, hi}, "index");
    }
    case EK::Scalar:
      return valueRange(e->value, depth + 1);
    case EK::Cast: {
      std::optional<Interval> r = range(e->ops[0], depth + 1);
      if (!r)
        return std::nullopt;
      return cast(e->srcType, e->type, e->isUnsigned, *r);
    }
    case EK::Add:
    case EK::Sub:
    case EK::Mul: {
      std::optional<Interval> a = range(e->ops[0], depth + 1);
      if (!a)
        return std::nullopt;
      std::optional<Interval> b = range(e->ops[1], depth + 1);
      if (!b)
        return std::nullopt;
      return checked(e->type, arith(e->kind, *a, *b), exprKindName(e->kind));
    }
    default:
      return fail(std::string("index arithmetic uses '") +
                  exprKindName(e->kind) + "'");
    }
  }

  std::optional<Interval> fail(const std::string &why) {
    if (reason.empty())
      reason = why;
    return std::nullopt;
  }

private:
  static Interval arith(EK k, Interval a, Interval b) {
    if (k == EK::Add)
      return {a.lo + b.lo, a.hi + b.hi};
    if (k == EK::Sub)
      return {a.lo - b.hi, a.hi - b.lo};
    double p[] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
    return {*std::min_element(p, p + 4), *std::max_element(p, p + 4)};
  }

  /// Checks that every value of `r` is represented exactly by `t`.
  std::optional<Interval> checked(Type t, Interval r, const char *what) {
    if (!t)
      return r;
    if (t.isIndex() || isa<IntegerType>(t)) {
      unsigned w = t.isIndex() ? 64 : t.getIntOrFloatBitWidth();
      if (w == 1)
        return fail(std::string("index arithmetic in i1 (") + what + ")");
      double lim = std::ldexp(1.0, static_cast<int>(w) - 1);
      if (r.lo < -lim || r.hi > lim - 1)
        return fail("index arithmetic is not exact: a '" + std::string(what) +
                    "' in " + typeName(t) + " takes values in " +
                    rangeName(r) + ", outside the type's range");
      return r;
    }
    if (auto ft = dyn_cast<FloatType>(t)) {
      double lim = std::ldexp(
          1.0, static_cast<int>(
                   llvm::APFloat::semanticsPrecision(ft.getFloatSemantics())));
      if (r.lo < -lim || r.hi > lim)
        return fail("index arithmetic is not exact: a '" + std::string(what) +
                    "' in " + typeName(t) + " takes values in " +
                    rangeName(r) + ", not all exact in that type");
      return r;
    }
    return fail("index arithmetic in " + typeName(t));
  }

  std::optional<Interval> cast(Type from, Type to, bool isUnsigned,
                               Interval r) {
    if (isUnsigned && r.lo < 0)
      return fail("index arithmetic is not exact: an unsigned conversion "
                  "from " +
                  typeName(from) + " to " + typeName(to) +
                  " sees values in " + rangeName(r) +
                  " (negative ones change value)");
    return checked(to, r, "cast");
  }

  /// A value computed outside the linalg body (tensor.dim, constants,
  /// casts and add/sub/mul of those).
  std::optional<Interval> valueRange(Value v, unsigned depth) {
    if (!v || depth > 32)
      return fail("the index expression is too deep");
    APInt c;
    if (matchPattern(v, m_ConstantInt(&c)))
      return Interval{static_cast<double>(c.getSExtValue()),
                      static_cast<double>(c.getSExtValue())};
    Operation *def = v.getDefiningOp();
    if (!def)
      return fail("an index value is a block argument");
    if (auto d = dyn_cast<tensor::DimOp>(def)) {
      std::optional<int64_t> idx = d.getConstantIndex();
      auto t = dyn_cast<RankedTensorType>(d.getSource().getType());
      if (!idx || !t || *idx < 0 || *idx >= t.getRank())
        return fail("an index value is a 'tensor.dim' of an unknown dim");
      if (!t.isDynamicDim(*idx))
        return checked(v.getType(),
                       {static_cast<double>(t.getDimSize(*idx)),
                        static_cast<double>(t.getDimSize(*idx))},
                       "tensor.dim");
      return checked(v.getType(), {0, kDynamicDimBound}, "tensor.dim");
    }
    if (isa<arith::IndexCastOp, arith::IndexCastUIOp, arith::ExtSIOp,
            arith::ExtUIOp, arith::TruncIOp>(def)) {
      std::optional<Interval> r = valueRange(def->getOperand(0), depth + 1);
      if (!r)
        return std::nullopt;
      return cast(def->getOperand(0).getType(), v.getType(),
                  isa<arith::IndexCastUIOp, arith::ExtUIOp>(def), *r);
    }
    EK k;
    if (isa<arith::AddIOp>(def))
      k = EK::Add;
    else if (isa<arith::SubIOp>(def))
      k = EK::Sub;
    else if (isa<arith::MulIOp>(def))
      k = EK::Mul;
    else
      return fail("an index value comes from '" +
                  def->getName().getStringRef().str() + "'");
    std::optional<Interval> a = valueRange(def->getOperand(0), depth + 1);
    if (!a)
      return std::nullopt;
    std::optional<Interval> b = valueRange(def->getOperand(1), depth + 1);
    if (!b)
      return std::nullopt;
    return checked(v.getType(), arith(k, *a, *b),
                   def->getName().getStringRef().data());
  }

  const AtomTable &atoms;
  std::string &reason;
};
} // namespace

LogicalResult mlir::attn::fuse::proveExactIndexCompare(const AtomTable &atoms,
                                                       const Expr *cmp,
                                                       std::string &reason) {
  std::string why;
  Prover p(atoms, why);
  if (!cmp || cmp->kind != EK::Cmp || cmp->ops.size() != 2) {
    reason = "the mask condition is not a compare";
    return failure();
  }
  std::optional<Interval> a = p.range(cmp->ops[0]);
  std::optional<Interval> b = a ? p.range(cmp->ops[1]) : std::nullopt;
  if (!a || !b) {
    reason = why;
    return failure();
  }
  if (cmp->isUnsigned && (a->lo < 0 || b->lo < 0)) {
    reason = "unsigned compare of index values that can be negative (" +
             rangeName(*a) + " vs " + rangeName(*b) +
             "): it is not the signed compare a causal mask means";
    return failure();
  }
  return success();
}
