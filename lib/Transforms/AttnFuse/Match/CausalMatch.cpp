//===- CausalMatch.cpp - causal masks from index compares and constants ---===//

#include "Match/CausalMatch.h"
#include "View/IndexExactness.h"
#include "Match/MatchSupport.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

#include <cmath>

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

namespace {
/// Integer linear form over the query/key indices (i, j) and the query/key
/// lengths (Sq, Sk): ci*i + cj*j + c0 + cSq*Sq + cSk*Sk.
struct IntLin {
  double cq = 0, ck = 0, c0 = 0, cSq = 0, cSk = 0;
};


/// An index value computed outside a linalg body (constants, tensor.dim of
/// tensors whose dims carry the query/key atoms, add/sub/mul by constants).
bool symbolicIndex(IndexCtx &ctx, Value v, IntLin &out, double sign,
                   unsigned depth = 0) {
  if (depth > 16 || !v)
    return false;
  APInt c;
  if (matchPattern(v, m_ConstantInt(&c))) {
    out.c0 += sign * static_cast<double>(c.getSExtValue());
    return true;
  }
  Operation *def = v.getDefiningOp();
  if (!def)
    return false;
  if (isa<arith::IndexCastOp, arith::IndexCastUIOp>(def))
    return symbolicIndex(ctx, def->getOperand(0), out, sign, depth + 1);
  if (auto a = dyn_cast<arith::AddIOp>(def))
    return symbolicIndex(ctx, a.getLhs(), out, sign, depth + 1) &&
           symbolicIndex(ctx, a.getRhs(), out, sign, depth + 1);
  if (auto sb = dyn_cast<arith::SubIOp>(def))
    return symbolicIndex(ctx, sb.getLhs(), out, sign, depth + 1) &&
           symbolicIndex(ctx, sb.getRhs(), out, -sign, depth + 1);
  if (auto m = dyn_cast<arith::MulIOp>(def)) {
    APInt f;
    if (matchPattern(m.getRhs(), m_ConstantInt(&f)))
      return symbolicIndex(ctx, m.getLhs(), out,
                           sign * static_cast<double>(f.getSExtValue()),
                           depth + 1);
    if (matchPattern(m.getLhs(), m_ConstantInt(&f)))
      return symbolicIndex(ctx, m.getRhs(), out,
                           sign * static_cast<double>(f.getSExtValue()),
                           depth + 1);
    return false;
  }
  if (auto d = dyn_cast<tensor::DimOp>(def)) {
    std::optional<int64_t> idx = d.getConstantIndex();
    auto t = dyn_cast<RankedTensorType>(d.getSource().getType());
    if (!idx || !t || *idx < 0 || *idx >= t.getRank())
      return false;
    auto it = ctx.seen.find(d.getSource());
    if (it != ctx.seen.end() &&
        static_cast<size_t>(*idx) < it->second.size()) {
      DimLabel l = ctx.atoms.leaves(it->second[*idx]);
      if (!l.empty() && l == ctx.k) {
        out.cSk += sign;
        return true;
      }
      if (!l.empty() && l == ctx.q) {
        out.cSq += sign;
        return true;
      }
    }
    if (!t.isDynamicDim(*idx)) {
      out.c0 += sign * static_cast<double>(t.getDimSize(*idx));
      return true;
    }
    return false;
  }
  return false;
}

bool linearIndex(IndexCtx &ctx, Expr *e, IntLin &out, double sign,
                 unsigned depth = 0) {
  if (depth > 16)
    return false;
  switch (e->kind) {
  case EK::Cast:
    return linearIndex(ctx, e->ops[0], out, sign, depth + 1);
  case EK::Index: {
    DimLabel l = ctx.atoms.leaves(e->label);
    if (l == ctx.q && !ctx.q.empty())
      out.cq += sign;
    else if (l == ctx.k && !ctx.k.empty())
      out.ck += sign;
    else if (l.empty())
      return true; // the index of a unit axis is 0
    else
      return false;
    return true;
  }
  case EK::Const:
    out.c0 += sign * e->cst;
    return true;
  case EK::Scalar:
    return symbolicIndex(ctx, e->value, out, sign);
  case EK::Add:
    return linearIndex(ctx, e->ops[0], out, sign, depth + 1) &&
           linearIndex(ctx, e->ops[1], out, sign, depth + 1);
  case EK::Sub:
    return linearIndex(ctx, e->ops[0], out, sign, depth + 1) &&
           linearIndex(ctx, e->ops[1], out, -sign, depth + 1);
  case EK::Mul: {
    Expr *a = e->ops[0], *b = e->ops[1];
    if (b->kind == EK::Const)
      return linearIndex(ctx, a, out, sign * b->cst, depth + 1);
    if (a->kind == EK::Const)
      return linearIndex(ctx, b, out, sign * a->cst, depth + 1);
    return false;
  }
  default:
    return false;
  }
}
/// Causal mode for "key j visible iff j - i <= c".
std::optional<CausalMode> causalFromOffset(int64_t c, int64_t sq, int64_t sk,
                                           std::string &reason) {
  if (c == 0)
    return CausalMode::TopLeft;
  // With Sq > Sk the first Sq - Sk rows see no key: they take what the
  // op's mask_fill and empty_rows say, as in the program.
  if (!ShapedType::isDynamic(sq) && !ShapedType::isDynamic(sk) &&
      c == sk - sq)
    return CausalMode::BottomRight;
  reason = "causal offset " + std::to_string(c) +
           " is neither 0 (top-left) nor Sk - Sq (bottom-right)";
  return std::nullopt;
}

} // namespace

/// A select condition built from linalg.index compares: causal or nothing.
std::optional<CausalMode> mlir::attn::fuse::causalFromCompare(
    IndexCtx &ctx, Expr *cond,
                                            bool keepWhenTrue, int64_t sq,
                                            int64_t sk, std::string &reason) {
  cond = stripCasts(cond);
  if (cond->kind != EK::Cmp || cond->pred == CmpPred::Unknown) {
    reason = "unsupported mask condition";
    return std::nullopt;
  }
  IntLin lin;
  if (!linearIndex(ctx, cond->ops[0], lin, 1.0) ||
      !linearIndex(ctx, cond->ops[1], lin, -1.0)) {
    reason = "mask condition is not a compare of the query and key indices";
    return std::nullopt;
  }
  // The linear form is what the compare means only when every step is
  // exact in its type (no wrap, no rounding, no negative unsigned).
  if (failed(proveExactIndexCompare(ctx.atoms, cond, reason)))
    return std::nullopt;
  // A unit query (decode) or key axis has index 0: its coefficient is free.
  if (ctx.q.empty() && lin.cq == 0)
    lin.cq = -lin.ck;
  if (ctx.k.empty() && lin.ck == 0)
    lin.ck = -lin.cq;
  // keep iff (ck*j + cq*i + rest) PRED 0
  CmpPred p = keepWhenTrue ? cond->pred : negate(cond->pred);
  if (lin.ck == -1 && lin.cq == 1) {
    lin.ck = 1;
    lin.cq = -1;
    lin.c0 = -lin.c0;
    lin.cSq = -lin.cSq;
    lin.cSk = -lin.cSk;
    switch (p) {
    case CmpPred::GE:
      p = CmpPred::LE;
      break;
    case CmpPred::GT:
      p = CmpPred::LT;
      break;
    case CmpPred::LE:
      p = CmpPred::GE;
      break;
    case CmpPred::LT:
      p = CmpPred::GT;
      break;
    default:
      break;
    }
  }
  if (lin.ck == 0 && lin.cq == 0 && ctx.q.empty() && ctx.k.empty()) {
    // One query and one key (1x1 scores): the condition is a constant.
    double v = lin.c0 +
               (ShapedType::isDynamic(sq) ? 0 : lin.cSq * double(sq)) +
               (ShapedType::isDynamic(sk) ? 0 : lin.cSk * double(sk));
    if ((lin.cSq != 0 && ShapedType::isDynamic(sq)) ||
        (lin.cSk != 0 && ShapedType::isDynamic(sk))) {
      reason = "mask condition is not a causal (lower-triangular) compare";
      return std::nullopt;
    }
    bool keep = (p == CmpPred::LE && v <= 0) || (p == CmpPred::LT && v < 0) ||
                (p == CmpPred::GE && v >= 0) || (p == CmpPred::GT && v > 0) ||
                (p == CmpPred::EQ && v == 0) || (p == CmpPred::NE && v != 0);
    if (keep)
      return CausalMode::None; // keeps the only key
    reason = "the mask hides every key";
    return std::nullopt;
  }
  if (lin.ck != 1 || lin.cq != -1 || (p != CmpPred::LE && p != CmpPred::LT)) {
    reason = "mask condition is not a causal (lower-triangular) compare";
    return std::nullopt;
  }
  // j - i + rest <= 0  <=>  j - i <= -rest ; (< 0 <=> <= -rest - 1)
  double c0 = p == CmpPred::LE ? -lin.c0 : -lin.c0 - 1;
  double cSq = -lin.cSq, cSk = -lin.cSk;
  if (c0 != std::floor(c0)) {
    reason = "non-integral causal offset";
    return std::nullopt;
  }
  // Substitute the lengths known statically, then compare with 0
  // (top-left) and Sk - Sq (bottom-right) in the same form.
  double b0 = 0, bSq = -1, bSk = 1; // Sk - Sq
  if (!ShapedType::isDynamic(sq)) {
    c0 += cSq * static_cast<double>(sq);
    cSq = 0;
    b0 -= static_cast<double>(sq);
    bSq = 0;
  }
  if (!ShapedType::isDynamic(sk)) {
    c0 += cSk * static_cast<double>(sk);
    cSk = 0;
    b0 += static_cast<double>(sk);
    bSk = 0;
  }
  if (cSq == 0 && cSk == 0 && bSq == 0 && bSk == 0)
    return causalFromOffset(static_cast<int64_t>(c0), sq, sk, reason);
  if (cSq == 0 && cSk == 0 && c0 == 0)
    return CausalMode::TopLeft;
  if (cSq == bSq && cSk == bSk && c0 == b0)
    return CausalMode::BottomRight;
  reason = "causal offset is neither 0 (top-left) nor Sk - Sq (bottom-right)";
  return std::nullopt;
}

/// A constant mask (i1 keep mask or 0/-inf additive) that is exactly
/// triangular over [Sq, Sk] with every other dim of size 1.
std::optional<CausalMode> mlir::attn::fuse::causalFromConstant(
    AtomTable &atoms, Expr *leafE, bool isBool,
                   bool keepWhenTrue, double coef, const DimLabel &q,
                   const DimLabel &k, int64_t sq, int64_t sk) {
  if (!leafE || leafE->kind != EK::Leaf || !leafE->value)
    return std::nullopt;
  DenseElementsAttr attr;
  if (!matchPattern(leafE->value, m_Constant(&attr)) || attr.isSplat())
    return std::nullopt;
  auto type = dyn_cast<RankedTensorType>(attr.getType());
  if (!type || !type.hasStaticShape() || type.getNumElements() > (1 << 22) ||
      ShapedType::isDynamic(sq) || ShapedType::isDynamic(sk))
    return std::nullopt;
  int64_t qd = -1, kd = -1;
  for (auto [i, l] : llvm::enumerate(leafE->labels)) {
    DimLabel lv = atoms.leaves(l);
    if (lv.empty()) {
      if (type.getDimSize(i) != 1)
        return std::nullopt;
      continue;
    }
    if (lv == q)
      qd = i;
    else if (lv == k)
      kd = i;
    else
      return std::nullopt;
  }
  // A unit query (decode) or key axis has no dim of its own.
  if ((qd < 0 && sq != 1) || (kd < 0 && sk != 1) ||
      (qd >= 0 && type.getDimSize(qd) != sq) ||
      (kd >= 0 && type.getDimSize(kd) != sk))
    return std::nullopt;
  SmallVector<bool> keep;
  keep.reserve(type.getNumElements());
  if (isBool) {
    if (!type.getElementType().isInteger(1))
      return std::nullopt;
    for (bool b : attr.getValues<bool>())
      keep.push_back(b == keepWhenTrue);
  } else {
    if (!isa<FloatType>(type.getElementType()))
      return std::nullopt;
    for (APFloat f : attr.getValues<APFloat>()) {
      double x = f.convertToDouble() * coef;
      // Added to the logits: only -inf hides a key whatever its logit (a
      // finite value is an additive mask, passed as one).
      if (x == 0)
        keep.push_back(true);
      else if (std::isinf(x) && x < 0)
        keep.push_back(false);
      else
        return std::nullopt;
    }
  }
  // Strides of the (row-major) mask for the query and key dims.
  SmallVector<int64_t> strides(type.getRank(), 1);
  for (int64_t d = type.getRank() - 2; d >= 0; --d)
    strides[d] = strides[d + 1] * type.getDimSize(d + 1);
  auto matches = [&](int64_t c) {
    for (int64_t i = 0; i < sq; ++i)
      for (int64_t j = 0; j < sk; ++j)
        if (keep[(qd >= 0 ? i * strides[qd] : 0) +
                 (kd >= 0 ? j * strides[kd] : 0)] != (j - i <= c))
          return false;
    return true;
  };
  if (matches(0))
    return CausalMode::TopLeft;
  if (sq <= sk && matches(sk - sq))
    return CausalMode::BottomRight;
  return std::nullopt;
}
