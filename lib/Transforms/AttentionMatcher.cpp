//===- AttentionMatcher.cpp - prove matmul -> softmax -> matmul -----------===//
//
// Anchors on a contraction whose operand comes from an exponential or a
// softmax (the second contraction, O = P * V), names its loops with atoms
// (batch/heads..., query, key, value dim), interprets P upward (the
// semantic view carries the atoms through every op), recognizes the softmax
// and the logits, and proves that the first contraction (the scores) reduces
// the head dim of Q and K with the key atom on K only and the query atom on Q
// only. Then it picks the sources of Q, K, V (through plumbing and exact
// casts, splat scales), groups the batch atoms into the op's B, Hq and Hkv
// dims (GQA / MQA when K/V lack head atoms; the first grouping the masks
// fit), reads masks and causality, and checks that nothing between the two
// contractions has another user. The anchor may also be a contraction
// generic whose body computes P (elementwise fusion of the normalization).
//
//===----------------------------------------------------------------------===//

#include "AttentionMatch.h"
#include "IndexExactness.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Matchers.h"

#include "llvm/ADT/STLExtras.h"

#include <cmath>
#include <functional>

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

namespace {
/// Per-loop classification of a contraction.
struct LoopUse {
  bool inL = false, inR = false, inO = false;
};

SmallVector<LoopUse> classifyLoops(const ContractionView &cv) {
  SmallVector<LoopUse> u(cv.numLoops);
  for (unsigned l = 0; l < cv.numLoops; ++l) {
    u[l].inL = cv.lhsMap.isFunctionOfDim(l);
    u[l].inR = cv.rhsMap.isFunctionOfDim(l);
    u[l].inO = cv.outMap.isFunctionOfDim(l);
  }
  return u;
}

/// Tensor dim of `map` that reads loop `l`, or -1.
int64_t dimOfLoop(AffineMap map, unsigned l) {
  for (auto [i, e] : llvm::enumerate(map.getResults()))
    if (auto d = dyn_cast<AffineDimExpr>(e); d && d.getPosition() == l)
      return static_cast<int64_t>(i);
  return -1;
}

Labels labelsFromMap(AffineMap map, ArrayRef<DimLabel> loopLabels) {
  Labels out;
  for (AffineExpr e : map.getResults())
    out.push_back(loopLabels[cast<AffineDimExpr>(e).getPosition()]);
  return out;
}

std::string typeStr(Type t) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << t;
  return s;
}

bool isAttnFloat(Type t) { return t.isF32() || t.isF16() || t.isBF16(); }

Expr *stripCasts(Expr *e) {
  while (e && e->kind == EK::Cast && e->ops.size() == 1)
    e = e->ops[0];
  return e;
}

/// Walks a source operand up to where it comes from: through plumbing (the
/// builder is transparent to it), exact casts (extension to f32) and, when
/// `foldScale`, multiplications/divisions by a splat constant (returned in
/// `factor`). Returns the topmost tensor, or the operand itself.
SourceView findSource(ExprBuilder &eb, Value operand, const Labels &labels,
                      bool foldScale, double &factor) {
  factor = 1.0;
  Expr *e = eb.build(operand, labels);
  double f = 1.0;
  while (true) {
    if (e->kind == EK::Cast && e->ops.size() == 1 && e->srcType &&
        e->type && e->type.getIntOrFloatBitWidth() >
                       e->srcType.getIntOrFloatBitWidth() &&
        isa<FloatType>(e->srcType) && isa<FloatType>(e->type)) {
      e = e->ops[0];
      continue;
    }
    // x + 0 and x * 1 (TOSA broadcasts by adding a zero tensor).
    if ((e->kind == EK::Add || e->kind == EK::Sub || e->kind == EK::Mul) &&
        e->ops.size() == 2) {
      double unit = e->kind == EK::Mul ? 1.0 : 0.0;
      Expr *a = stripCasts(e->ops[0]), *b = stripCasts(e->ops[1]);
      if (b->kind == EK::Const && b->cst == unit) {
        e = e->ops[0];
        continue;
      }
      if (e->kind != EK::Sub && a->kind == EK::Const && a->cst == unit) {
        e = e->ops[1];
        continue;
      }
    }
    if (foldScale && (e->kind == EK::Mul || e->kind == EK::Div)) {
      bool done = false;
      for (int side = e->kind == EK::Div ? 1 : 0; side < 2 && !done; ++side) {
        Expr *c = stripCasts(e->ops[side]);
        if (c->kind == EK::Const && c->cst != 0 && std::isfinite(c->cst)) {
          f = e->kind == EK::Div ? f / c->cst : f * c->cst;
          e = e->ops[1 - side];
          done = true;
        }
      }
      if (done)
        continue;
    }
    break;
  }
  if (e->kind == EK::Leaf && e->value &&
      isa<RankedTensorType>(e->value.getType()) &&
      isAttnFloat(getElementTypeOrSelf(e->value.getType()))) {
    factor = f;
    return {e->value, e->labels};
  }
  return {operand, labels};
}

Type elemType(const SourceView &s) {
  return getElementTypeOrSelf(s.value.getType());
}

bool containsAll(const DimLabel &set, const DimLabel &items) {
  return llvm::all_of(items, [&](int a) { return llvm::is_contained(set, a); });
}
bool containsAny(const DimLabel &set, const DimLabel &items) {
  return llvm::any_of(items, [&](int a) { return llvm::is_contained(set, a); });
}

/// Integer linear form over the query/key indices (i, j) and the query/key
/// lengths (Sq, Sk): ci*i + cj*j + c0 + cSq*Sq + cSk*Sk.
struct IntLin {
  double cq = 0, ck = 0, c0 = 0, cSq = 0, cSk = 0;
};

struct IndexCtx {
  AtomTable &atoms;
  DimLabel q, k;
  const DenseMap<Value, Labels> &seen;
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

CmpPred negate(CmpPred p) {
  switch (p) {
  case CmpPred::LT:
    return CmpPred::GE;
  case CmpPred::LE:
    return CmpPred::GT;
  case CmpPred::GT:
    return CmpPred::LE;
  case CmpPred::GE:
    return CmpPred::LT;
  case CmpPred::EQ:
    return CmpPred::NE;
  case CmpPred::NE:
    return CmpPred::EQ;
  default:
    return CmpPred::Unknown;
  }
}

/// Causal mode for "key j visible iff j - i <= c".
std::optional<CausalMode> causalFromOffset(int64_t c, int64_t sq, int64_t sk,
                                           std::string &reason) {
  if (c == 0)
    return CausalMode::TopLeft;
  if (!ShapedType::isDynamic(sq) && !ShapedType::isDynamic(sk) &&
      c == sk - sq) {
    if (sq > sk) {
      reason = "bottom-right causal mask with more queries than keys leaves "
               "rows with no visible key";
      return std::nullopt;
    }
    return CausalMode::BottomRight;
  }
  reason = "causal offset " + std::to_string(c) +
           " is neither 0 (top-left) nor Sk - Sq (bottom-right)";
  return std::nullopt;
}

/// A select condition built from linalg.index compares: causal or nothing.
std::optional<CausalMode> causalFromCompare(IndexCtx &ctx, Expr *cond,
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
  if (cSq == bSq && cSk == bSk && c0 == b0) {
    if (!ShapedType::isDynamic(sq) && !ShapedType::isDynamic(sk) && sq > sk) {
      reason = "bottom-right causal mask with more queries than keys leaves "
               "rows with no visible key";
      return std::nullopt;
    }
    return CausalMode::BottomRight;
  }
  reason = "causal offset is neither 0 (top-left) nor Sk - Sq (bottom-right)";
  return std::nullopt;
}

/// A constant mask (i1 keep mask or 0/-inf additive) that is exactly
/// triangular over [Sq, Sk] with every other dim of size 1.
std::optional<CausalMode>
causalFromConstant(AtomTable &atoms, Expr *leafE, bool isBool,
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
/// The only user of `v` when it is an elementwise float truncation of it
/// with the same shape (arith.truncf, tosa.cast, a linalg op whose body is a
/// truncf of its input with identity maps); null otherwise.
Value truncationOf(Value v) {
  if (!v.hasOneUse())
    return Value();
  Operation *user = *v.getUsers().begin();
  if (user->getNumResults() != 1)
    return Value();
  Value r = user->getResult(0);
  auto vt = dyn_cast<RankedTensorType>(v.getType());
  auto rt = dyn_cast<RankedTensorType>(r.getType());
  if (!vt || !rt || vt.getShape() != rt.getShape() ||
      !isa<FloatType>(rt.getElementType()) ||
      rt.getElementType().getIntOrFloatBitWidth() >=
          vt.getElementType().getIntOrFloatBitWidth())
    return Value();
  if (isa<arith::TruncFOp, tosa::CastOp>(user))
    return r;
  auto lop = dyn_cast<linalg::LinalgOp>(user);
  if (!lop || lop.getNumDpsInputs() != 1 || lop.getNumDpsInits() != 1 ||
      lop.getDpsInputOperand(0)->get() != v ||
      lop.getNumLoops() != static_cast<unsigned>(vt.getRank()) ||
      !llvm::all_of(lop.getIndexingMapsArray(),
                    [](AffineMap m) { return m.isIdentity(); }) ||
      lop.getNumReductionLoops() != 0)
    return Value();
  Block &body = user->getRegion(0).front();
  if (body.getOperations().size() != 2)
    return Value();
  auto tr = dyn_cast<arith::TruncFOp>(body.front());
  auto y = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!tr || !y || tr.getIn() != body.getArgument(0) ||
      y.getNumOperands() != 1 || y.getOperand(0) != tr.getResult())
    return Value();
  return r;
}
/// The anchor seen as O = sum_key(P * V).
struct AnchorView {
  SmallVector<Value> pVals;
  SmallVector<AffineMap> pMaps;
  Value vVal;
  AffineMap vMap, oMap;
  unsigned numLoops = 0;
  bool zeroInit = false;
  bool fused = false;
};

/// A linalg op with one reduction loop whose body is acc + X * v, with v a
/// block argument (possibly extended) of an input that does not come from
/// a softmax, and X computed from the other inputs.
std::optional<AnchorView> getFusedPV(Operation *op) {
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  if (!lop || !lop.hasPureTensorSemantics() || lop.getNumDpsInits() != 1 ||
      op->getNumResults() != 1 || lop.getNumReductionLoops() != 1 ||
      lop.getNumDpsInputs() < 2 || op->getNumRegions() != 1 ||
      op->getRegion(0).empty())
    return std::nullopt;
  Block &body = op->getRegion(0).front();
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!yield || yield.getNumOperands() != 1)
    return std::nullopt;
  unsigned numIn = lop.getNumDpsInputs();
  BlockArgument acc = body.getArgument(numIn);
  auto add = yield.getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add)
    return std::nullopt;
  Value other = add.getLhs() == acc   ? add.getRhs()
                : add.getRhs() == acc ? add.getLhs()
                                      : Value();
  auto mul = other ? other.getDefiningOp<arith::MulFOp>() : nullptr;
  if (!mul)
    return std::nullopt;
  auto argOf = [&](Value x) -> int {
    if (auto e = x.getDefiningOp<arith::ExtFOp>())
      x = e.getIn();
    auto ba = dyn_cast<BlockArgument>(x);
    if (!ba || ba.getOwner() != &body || ba.getArgNumber() >= numIn)
      return -1;
    return ba.getArgNumber();
  };
  int vIdx = -1;
  for (Value f : {mul.getRhs(), mul.getLhs()}) {
    int a = argOf(f);
    if (a >= 0 && !feedsFromSoftmaxLike(lop.getDpsInputOperand(a)->get())) {
      vIdx = a;
      break;
    }
  }
  if (vIdx < 0)
    return std::nullopt;
  AnchorView av;
  av.fused = true;
  av.numLoops = lop.getNumLoops();
  bool anySoftmax = false;
  for (unsigned i = 0; i < numIn; ++i) {
    OpOperand *o = lop.getDpsInputOperand(i);
    if (!isa<RankedTensorType>(o->get().getType()))
      return std::nullopt;
    AffineMap m = lop.getMatchingIndexingMap(o);
    if (!m.isProjectedPermutation(/*allowZeroInResults=*/true))
      return std::nullopt;
    if (static_cast<int>(i) == vIdx) {
      if (!m.isProjectedPermutation(false))
        return std::nullopt;
      av.vVal = o->get();
      av.vMap = m;
      continue;
    }
    anySoftmax |= feedsFromSoftmaxLike(o->get());
    av.pVals.push_back(o->get());
    av.pMaps.push_back(m);
  }
  if (!anySoftmax)
    return std::nullopt;
  av.oMap = lop.getMatchingIndexingMap(lop.getDpsInitOperand(0));
  if (!av.oMap.isProjectedPermutation(false))
    return std::nullopt;
  av.zeroInit = isZeroConstant(lop.getDpsInitOperand(0)->get());
  return av;
}
} // namespace

MatchResult mlir::attn::fuse::matchAttention(Operation *anchor,
                                             AtomTable &atoms,
                                             ExprBuilder &eb) {
  MatchResult res;
  // The anchor: a contraction P * V, or a contraction generic whose body
  // multiplies V by a P computed in the body (elementwise fusion puts the
  // softmax's normalization there: sum_j (E[j] * (1 / sum)) * V[j]).
  AnchorView av;
  if (std::optional<ContractionView> c2 =
          getContraction(anchor, /*requireZeroInit=*/false)) {
    int pIdx = -1;
    if (feedsFromSoftmaxLike(c2->lhs))
      pIdx = 0;
    else if (feedsFromSoftmaxLike(c2->rhs))
      pIdx = 1;
    if (pIdx < 0)
      return res;
    av.pVals = {pIdx == 0 ? c2->lhs : c2->rhs};
    av.pMaps = {pIdx == 0 ? c2->lhsMap : c2->rhsMap};
    av.vVal = pIdx == 0 ? c2->rhs : c2->lhs;
    av.vMap = pIdx == 0 ? c2->rhsMap : c2->lhsMap;
    av.oMap = c2->outMap;
    av.numLoops = c2->numLoops;
    av.zeroInit = static_cast<bool>(getContraction(anchor));
  } else if (std::optional<AnchorView> f = getFusedPV(anchor)) {
    av = *f;
  } else {
    return res;
  }

  res.where = anchor;
  auto reject = [&](const std::string &why) {
    res.status = MatchStatus::Rejected;
    res.reason = why;
    // Proofs that failed while interpreting the graph (an op read as an
    // opaque tensor because of them) explain many rejections.
    for (const std::string &n : eb.notes)
      res.reason += " [" + n + "]";
    return res;
  };

  // Second contraction: O = P * V.
  Value pVal = av.pVals.front();
  Value vVal = av.vVal;
  AffineMap vMap = av.vMap;
  AffineMap oMap = av.oMap;
  auto inP = [&](unsigned l) {
    return llvm::any_of(av.pMaps,
                        [&](AffineMap m) { return m.isFunctionOfDim(l); });
  };
  SmallVector<unsigned> batchL, queryL, keyL, vdimL;
  for (unsigned l = 0; l < av.numLoops; ++l) {
    bool p = inP(l), inV = vMap.isFunctionOfDim(l), inO = oMap.isFunctionOfDim(l);
    if (p && inV && inO)
      batchL.push_back(l);
    else if (p && inO && !inV)
      queryL.push_back(l);
    else if (p && inV && !inO)
      keyL.push_back(l);
    else if (inV && inO && !p)
      vdimL.push_back(l);
    else
      return reject("second contraction: loop " + std::to_string(l) +
                    " is not a batch, query, key or value-dim loop");
  }
  if (keyL.size() != 1)
    return reject("second contraction reduces " +
                  std::to_string(keyL.size()) +
                  " dims of the probabilities (expected one key axis)");
  if (queryL.empty())
    return reject("second contraction has no query axis");
  if (vdimL.size() != 1)
    return reject("second contraction has " + std::to_string(vdimL.size()) +
                  " value head dims (expected one)");
  // Several loops on P and O but not V: the innermost (in O) is the query
  // axis, the others are heads V is broadcast over (GQA written as an
  // einsum).
  unsigned queryLoop = queryL.back();
  {
    int64_t best = -1;
    for (unsigned l : queryL)
      if (dimOfLoop(oMap, l) > best) {
        best = dimOfLoop(oMap, l);
        queryLoop = l;
      }
  }
  for (unsigned l : queryL)
    if (l != queryLoop)
      batchL.push_back(l);
  llvm::sort(batchL);
  SmallVector<DimLabel> loopLab(av.numLoops);
  auto mkAtom = [&](unsigned l, Role role, bool fromV) {
    Value src = vVal;
    AffineMap m = vMap;
    if (!fromV) {
      for (auto [pv, pm] : llvm::zip(av.pVals, av.pMaps))
        if (pm.isFunctionOfDim(l)) {
          src = pv;
          m = pm;
          break;
        }
    }
    auto t = cast<RankedTensorType>(src.getType());
    int64_t d = dimOfLoop(m, l);
    int64_t size = d >= 0 ? t.getDimSize(d) : ShapedType::kDynamic;
    loopLab[l] = {atoms.create(size, role, src, d)};
  };
  for (unsigned l : batchL)
    mkAtom(l, Role::Batch, false);
  mkAtom(queryLoop, Role::Query, false);
  mkAtom(keyL[0], Role::Key, false);
  mkAtom(vdimL[0], Role::ValueDim, true);
  DimLabel keyLab = loopLab[keyL[0]], queryLab = loopLab[queryLoop];
  DimLabel vdimLab = loopLab[vdimL[0]];
  eb.reductionLabel = keyLab;

  Labels vLabels = labelsFromMap(vMap, loopLab);
  Labels oLabels = labelsFromMap(oMap, loopLab);

  // Softmax and logits.
  Expr *pe = nullptr;
  if (!av.fused) {
    pe = eb.build(pVal, labelsFromMap(av.pMaps.front(), loopLab));
  } else {
    // Interpret the whole anchor: sum_key(P * V); P is the factor that is
    // not V.
    Expr *whole = eb.build(anchor->getResult(0), oLabels);
    Expr *prod = whole->kind == EK::Reduce && whole->red == RedKind::Sum
                     ? stripCasts(whole->ops[0])
                     : nullptr;
    if (prod && prod->kind == EK::Mul) {
      for (int side = 0; side < 2 && !pe; ++side) {
        Expr *f = stripCasts(prod->ops[side]);
        if (f->kind == EK::Leaf && f->value == vVal)
          pe = prod->ops[1 - side];
      }
    }
    if (!pe)
      return reject("second contraction: the body is not a sum of P * V");
  }
  std::string why;
  Operation *where = anchor;
  FailureOr<SoftmaxMatch> sm = matchSoftmax(eb, pe, keyLab, why, where);
  res.where = where ? where : anchor;
  if (failed(sm))
    return reject(why);
  if (!av.zeroInit)
    return reject("the second contraction accumulates into a non-zero "
                  "init or zero point");
  FailureOr<LogitsMatch> lm = matchLogits(eb, sm->logits, sm->base, why);
  if (failed(lm))
    return reject(why);

  // First contraction: S = Q * K^T.
  Expr *scores = lm->scores;
  Operation *c1op = scores->value.getDefiningOp();
  std::optional<ContractionView> c1 = getContraction(c1op);
  if (!c1)
    return reject("the first contraction accumulates into a non-zero init "
                  "or zero point");
  SmallVector<DimLabel> l1(c1->numLoops);
  SmallVector<bool> have(c1->numLoops, false);
  for (auto [r, e] : llvm::enumerate(c1->outMap.getResults())) {
    unsigned l = cast<AffineDimExpr>(e).getPosition();
    l1[l] = scores->labels[r];
    have[l] = true;
  }
  SmallVector<LoopUse> use1 = classifyLoops(*c1);
  int redLoop = -1;
  for (unsigned l = 0; l < c1->numLoops; ++l) {
    if (use1[l].inO)
      continue;
    if (!use1[l].inL || !use1[l].inR)
      return reject("first contraction: loop " + std::to_string(l) +
                    " is reduced but does not index both operands");
    if (redLoop >= 0)
      return reject("first contraction reduces more than one dim (expected "
                    "the head dim)");
    redLoop = l;
  }
  if (redLoop < 0)
    return reject("first contraction reduces nothing");
  {
    int64_t d = dimOfLoop(c1->lhsMap, redLoop);
    auto t = cast<RankedTensorType>(c1->lhs.getType());
    l1[redLoop] = {atoms.create(t.getDimSize(d), Role::HeadDim, c1->lhs, d)};
  }
  DimLabel headLab = l1[redLoop];
  DimLabel keyLv = atoms.leaves(keyLab), queryLv = atoms.leaves(queryLab);
  DimLabel lhsLv, rhsLv;
  for (unsigned l = 0; l < c1->numLoops; ++l) {
    DimLabel lv = atoms.leaves(l1[l]);
    if (use1[l].inL)
      lhsLv.append(lv.begin(), lv.end());
    if (use1[l].inR)
      rhsLv.append(lv.begin(), lv.end());
  }
  // Which operand is Q: the one indexed by the query atom; K: by the key atom.
  bool lhsIsQ = true;
  if (!keyLv.empty()) {
    bool kl = containsAny(lhsLv, keyLv), kr = containsAny(rhsLv, keyLv);
    if (kl && kr)
      return reject("first contraction: the key axis indexes both operands");
    if (!kl && !kr)
      return reject("first contraction: the key axis of the softmax is not "
                    "an axis of Q*K^T");
    lhsIsQ = kr;
  } else if (!queryLv.empty()) {
    bool ql = containsAny(lhsLv, queryLv), qr = containsAny(rhsLv, queryLv);
    if (ql == qr)
      return reject("first contraction: cannot tell Q from K");
    lhsIsQ = ql;
  }
  const DimLabel &qLv = lhsIsQ ? lhsLv : rhsLv;
  const DimLabel &kLv = lhsIsQ ? rhsLv : lhsLv;
  if (containsAny(kLv, queryLv))
    return reject("first contraction: the query axis also indexes K");
  if (!containsAll(kLv, keyLv) || containsAny(qLv, keyLv))
    return reject("first contraction: the key axis does not index K only");
  Value qOperand = lhsIsQ ? c1->lhs : c1->rhs;
  Value kOperand = lhsIsQ ? c1->rhs : c1->lhs;
  Labels qLabels = labelsFromMap(lhsIsQ ? c1->lhsMap : c1->rhsMap, l1);
  Labels kLabels = labelsFromMap(lhsIsQ ? c1->rhsMap : c1->lhsMap, l1);

  // Other users of anything between the two contractions.
  llvm::SetVector<Operation *> between;
  between.insert(c1op);
  for (bool changed = true; changed;) {
    changed = false;
    for (Operation *op : eb.visited) {
      if (between.contains(op))
        continue;
      if (llvm::any_of(op->getOperands(), [&](Value o) {
            Operation *d = o.getDefiningOp();
            return d && between.contains(d);
          })) {
        between.insert(op);
        changed = true;
      }
    }
  }
  Operation *pDef = pVal.getDefiningOp();
  for (Operation *op : between) {
    if (op == anchor)
      continue;
    for (Operation *user : op->getUsers()) {
      if (user == anchor || between.contains(user))
        continue;
      std::string u = "'" + user->getName().getStringRef().str() + "'";
      if (op == c1op)
        return reject("the scores have another user (" + u + ")");
      if (op == pDef)
        return reject("the probabilities have another user (" + u + ")");
      return reject("softmax intermediate '" +
                    op->getName().getStringRef().str() +
                    "' has another user (" + u + ")");
    }
  }

  // Scale.
  AttentionMatch &m = res.match;
  m.anchor = anchor;
  m.softmaxOp = sm->softmaxOp;
  m.scoresOp = c1op;
  m.scale = lm->coef;
  m.runtimeScale = lm->runtime;
  for (const RuntimeFactor &f : m.runtimeScale) {
    Type t = getElementTypeOrSelf(f.value.getType());
    if (!t.isF32() && !t.isF16() && !t.isBF16())
      return reject("runtime scale is not an f32, f16 or bf16 scalar");
  }

  // Sources.
  double qf = 1.0, kf = 1.0, vf = 1.0;
  SourceView qTop = findSource(eb, qOperand, qLabels, true, qf);
  SourceView kTop = findSource(eb, kOperand, kLabels, true, kf);
  SourceView vTop = findSource(eb, vVal, vLabels, false, vf);
  SourceView qOp{qOperand, qLabels}, kOp{kOperand, kLabels},
      vOp{vVal, vLabels};
  if (!(elemType(qTop) == elemType(kTop) && elemType(kTop) == elemType(vTop) &&
        isAttnFloat(elemType(qTop)))) {
    qTop = qOp;
    kTop = kOp;
    vTop = vOp;
    qf = kf = 1.0;
  }
  if (!(elemType(qTop) == elemType(kTop) && elemType(kTop) == elemType(vTop)))
    return reject("Q, K and V have different element types (" +
                  typeStr(elemType(qTop)) + ", " + typeStr(elemType(kTop)) +
                  ", " + typeStr(elemType(vTop)) + ")");
  if (!isAttnFloat(elemType(qTop)))
    return reject("element type " + typeStr(elemType(qTop)) +
                  " is not f32, f16 or bf16");
  m.scale *= qf * kf;
  if (!std::isfinite(m.scale) || !std::isfinite((float)m.scale))
    return reject("scale is not finite in f32");

  // Batch atoms and their grouping into B and H (GQA when K/V lack trailing
  // head atoms).
  DimLabel batchLv;
  for (unsigned l : batchL) {
    DimLabel lv = atoms.leaves(loopLab[l]);
    batchLv.append(lv.begin(), lv.end());
  }
  auto isBatch = [&](int a) { return llvm::is_contained(batchLv, a); };
  auto batchOrder = [&](const SourceView &s) {
    DimLabel out;
    for (int a : atoms.allLeaves(s.labels))
      if (isBatch(a))
        out.push_back(a);
    return out;
  };
  DimLabel ba = batchOrder(qTop);
  if (ba.size() != batchLv.size()) {
    qTop = qOp;
    ba = batchOrder(qTop);
    if (ba.size() != batchLv.size())
      return reject("Q is broadcast along a batch or head axis");
  }
  auto missing = [&](const SourceView &s) {
    DimLabel have = atoms.allLeaves(s.labels), out;
    for (int a : ba)
      if (!llvm::is_contained(have, a))
        out.push_back(a);
    return out;
  };
  DimLabel mk = missing(kTop), mv = missing(vTop);
  if (mk != mv) {
    kTop = kOp;
    vTop = vOp;
    if (elemType(kTop) != elemType(qTop) || elemType(vTop) != elemType(qTop))
      return reject("K and V are broadcast over different head axes");
    mk = missing(kTop);
    mv = missing(vTop);
    if (mk != mv)
      return reject("K and V are broadcast over different head axes");
  }
  DimLabel order;
  for (int a : ba)
    if (!llvm::is_contained(mk, a))
      order.push_back(a);
  size_t present = order.size();
  order.append(mk.begin(), mk.end());
  // Candidate groupings of the batch atoms into the op's B, Hq and Hkv; the
  // first one the mask can be broadcast to is taken (checked below).
  struct Grouping {
    DimLabel b, h, kvh;
  };
  SmallVector<Grouping> groupings;
  if (mk.empty()) {
    // H = the last atom, else more trailing atoms (for a mask that varies
    // along the leading ones only).
    for (size_t j = order.size(); j-- > 0;) {
      Grouping g;
      g.b.assign(order.begin(), order.begin() + j);
      g.h.assign(order.begin() + j, order.end());
      g.kvh = g.h;
      groupings.push_back(g);
    }
    if (order.empty())
      groupings.push_back(Grouping{});
  } else {
    // GQA: the query heads are [kv head, group], K/V have the kv heads.
    Grouping gqa;
    if (present >= 1) {
      gqa.b.assign(order.begin(), order.begin() + (present - 1));
      gqa.h.assign(order.begin() + (present - 1), order.end());
      gqa.kvh = {order[present - 1]};
    }
    // MQA-like: the atoms K/V have are batch, the heads are those they lack
    // (one kv head).
    Grouping mqa;
    mqa.b.assign(order.begin(), order.begin() + present);
    mqa.h.assign(order.begin() + present, order.end());
    // Prefer GQA when a reshape split one head axis into [kv head, group].
    bool split = present >= 1 && atoms.siblings(order[present - 1], mk.front());
    if (split && present >= 1)
      groupings.push_back(gqa);
    groupings.push_back(mqa);
    if (!split && present >= 1)
      groupings.push_back(gqa);
  }
  m.bGroup = groupings.front().b;
  m.hGroup = groupings.front().h;
  m.kvHGroup = groupings.front().kvh;
  m.query = queryLab;
  m.key = keyLab;
  m.headDim = headLab;
  m.valueDim = vdimLab;
  m.q = qTop;
  m.k = kTop;
  m.v = vTop;

  // Masks and causality.
  int64_t sq = atoms.staticSize(queryLab), sk = atoms.staticSize(keyLab);
  std::optional<CausalMode> causal;
  auto setCausal = [&](CausalMode c) -> bool {
    if (causal && *causal != c)
      return false;
    causal = c;
    return true;
  };
  auto setMask = [&](Expr *e, bool isBool, bool negate) -> std::string {
    if (e->kind != EK::Leaf || !e->value ||
        !isa<RankedTensorType>(e->value.getType()))
      return "mask is not a tensor";
    Type et = getElementTypeOrSelf(e->value.getType());
    if (isBool ? !et.isInteger(1) : !isAttnFloat(et))
      return "mask element type " + typeStr(et) + " is not supported";
    AttentionMatch::Mask mk;
    mk.view = SourceView{e->value, e->labels};
    mk.isBool = isBool;
    mk.negate = negate;
    m.masks.push_back(mk);
    m.maskIsBool = llvm::all_of(m.masks, [](auto &x) { return x.isBool; });
    return "";
  };
  // Does `e` read the scores (then it is no mask of its own)?
  Value scoresVal = scores->value;
  std::function<bool(Expr *, unsigned)> readsScores = [&](Expr *e,
                                                          unsigned d) {
    if (!e || d > 64)
      return true;
    if (e->kind == EK::Leaf)
      return e->value == scoresVal;
    return llvm::any_of(e->ops, [&](Expr *o) { return readsScores(o, d + 1); });
  };
  // The fill of the replacing selects (select(keep, X, c): hidden logits
  // become exactly c): one value. With a finite fill, every additive term
  // (and the scores) must be read inside every replacing select, where the
  // select overrides it, as the op adds its mask before hiding.
  std::optional<double> replacingFill;
  SmallVector<int> replacingIdx;
  for (auto [i, s] : llvm::enumerate(lm->selects)) {
    if (s.additive)
      continue;
    replacingIdx.push_back(static_cast<int>(i));
    if (replacingFill && *replacingFill != s.fill)
      return reject("masks fill hidden logits with different values (" +
                    std::to_string(*replacingFill) + " and " +
                    std::to_string(s.fill) + ")");
    replacingFill = s.fill;
  }
  bool finiteFill = replacingFill && std::isfinite(*replacingFill);
  if (finiteFill) {
    auto inside = [&](const SmallVector<int> &encl) {
      return llvm::all_of(replacingIdx, [&](int r) {
        return llvm::is_contained(encl, r);
      });
    };
    bool ok = inside(lm->scoresEnclosedBy);
    for (const SmallVector<int> &encl : lm->additiveEnclosedBy)
      ok &= inside(encl);
    for (const SelectMask &s : lm->selects)
      if (s.additive)
        ok &= inside(s.enclosedBy);
    if (!ok)
      return reject("a term is added to the logits outside a select that "
                    "fills hidden logits with " +
                    std::to_string(*replacingFill) +
                    ": hidden positions would get the fill plus that term");
  }
  for (auto [idx, term] : llvm::enumerate(lm->additive)) {
    auto [e, coef] = term;
    const SmallVector<RuntimeFactor> &rt = lm->additiveRuntime[idx];
    if (!rt.empty()) {
      // A mask added before a runtime scale: the rewrite passes
      // coef * r... * mask (whatever the sign of r: it is what the graph
      // adds to the scaled scores).
      for (const RuntimeFactor &f : rt) {
        Type t = getElementTypeOrSelf(f.value.getType());
        if (!t.isF32() && !t.isF16() && !t.isBF16())
          return reject("a mask is scaled by a runtime value that is not an "
                        "f32, f16 or bf16 scalar");
      }
      if (coef == 0 || !std::isfinite(coef))
        return reject("the additive mask enters the logits with coefficient " +
                      std::to_string(coef));
      std::string err = setMask(e, false, false);
      if (!err.empty())
        return reject(err);
      m.masks.back().coef = coef;
      m.masks.back().runtime = rt;
      continue;
    }
    // (With a finite fill, an additive -inf triangle stays an additive mask:
    // the op's causal mode would hide with the fill.)
    if (auto c = finiteFill ? std::nullopt
                            : causalFromConstant(atoms, e, false, true, coef,
                                    atoms.leaves(queryLab), keyLv, sq, sk)) {
      if (!setCausal(*c))
        return reject("two different causal masks");
      continue;
    }
    // A mask added before a constant scale is scaled with the scores; the
    // op adds its mask after the scale, so the rewrite passes coef * mask.
    // A negative coefficient (a subtracted mask) would turn -inf into +inf.
    if (!(coef > 0) || !std::isfinite(coef))
      return reject("the additive mask enters the logits with coefficient " +
                    std::to_string(coef) + " (only a positive one can be "
                    "folded into the mask)");
    std::string err = setMask(e, false, false);
    if (!err.empty())
      return reject(err);
    if (std::fabs(coef - 1.0) > 1e-6)
      m.masks.back().coef = coef;
  }
  // The logit hidden positions take (the fill of the replacing selects;
  // -inf for additive -inf selects): one value for every hiding mask.
  std::optional<double> fill;
  auto useFill = [&](double f) -> std::string {
    if (std::isnan(f) || (std::isinf(f) && f > 0))
      return "masked logits are filled with " + std::to_string(f);
    if (!std::isinf(f) && !std::isfinite(static_cast<float>(f)))
      return "masked logits are filled with " + std::to_string(f) +
             ", not finite in f32";
    if (!fill) {
      fill = f;
      return "";
    }
    if (*fill == f)
      return "";
    return "masks fill hidden logits with different values (" +
           std::to_string(*fill) + " and " + std::to_string(f) + ")";
  };
  for (const SelectMask &s : lm->selects) {
    // A select(cond, 0, c) tensor that is not a causal mask is an ordinary
    // additive mask.
    auto asAdditive = [&]() -> std::string {
      if (!(s.coef > 0) || !std::isfinite(s.coef))
        return "the additive mask enters the logits with coefficient " +
               std::to_string(s.coef);
      std::string err = setMask(s.whole, false, false);
      if (err.empty() && std::fabs(s.coef - 1.0) > 1e-6)
        m.masks.back().coef = s.coef;
      return err;
    };
    bool minusInf = std::isinf(s.fill) && s.fill < 0;
    if (s.additive && (!minusInf || finiteFill)) {
      // logit + c with c finite, or -inf under a finite fill (the op's
      // causal and boolean masks hide with the fill): an additive mask.
      // logit + c with c finite: an additive mask, never a hidden position.
      if (s.whole) {
        std::string err = asAdditive();
        if (!err.empty())
          return reject(err);
        continue;
      }
      return reject("a select adds " + std::to_string(s.fill) +
                    " to the logits inside the logits op (an additive "
                    "mask that is not a tensor of its own)");
    }
    Expr *cond = stripCasts(s.cond);
    if (cond->kind == EK::Const) {
      // A constant condition keeps every key, or masks every key.
      if ((cond->cst != 0) == s.keepWhenTrue)
        continue;
      return reject("the mask hides every key");
    }
    auto hide = [&]() -> std::string { return useFill(s.fill); };
    if (cond->kind == EK::Leaf) {
      if (auto c = causalFromConstant(atoms, cond, true, s.keepWhenTrue, 1.0,
                                      atoms.leaves(queryLab), keyLv, sq, sk)) {
        if (!setCausal(*c))
          return reject("two different causal masks");
        if (std::string err = hide(); !err.empty())
          return reject(err);
        continue;
      }
      std::string err = setMask(cond, true, !s.keepWhenTrue);
      if (err.empty())
        err = hide();
      if (!err.empty())
        return reject(err);
      continue;
    }
    std::string err;
    IndexCtx ictx{atoms, atoms.leaves(queryLab), keyLv, eb.seen};
    auto c = causalFromCompare(ictx, cond, s.keepWhenTrue, sq, sk, err);
    if (!c) {
      // Not causal: a whole select tensor is an additive mask; a whole i1
      // condition tensor (computed by its own op) is a boolean mask.
      if (s.whole) {
        std::string e2 = asAdditive();
        if (!e2.empty())
          return reject(e2);
        continue;
      }
      if (cond->tensor && !readsScores(cond, 0) &&
          getElementTypeOrSelf(cond->tensor.getType()).isInteger(1)) {
        std::string e2 = setMask(eb.leaf(cond->tensor, cond->tensorLabels),
                                 true, !s.keepWhenTrue);
        if (e2.empty())
          e2 = hide();
        if (!e2.empty())
          return reject(e2);
        continue;
      }
      // A compare of one mask tensor with a constant, computed in the
      // logits op itself (e.g. masked_fill(mask == 0, -inf)): the rewrite
      // computes the i1 tensor.
      if (cond->kind == EK::Cmp && cond->pred != CmpPred::Unknown) {
        for (int side = 0; side < 2; ++side) {
          Expr *t = stripCasts(cond->ops[side]);
          Expr *k = stripCasts(cond->ops[1 - side]);
          if (t->kind != EK::Leaf || k->kind != EK::Const || !t->value ||
              t->value == scoresVal || cond->ops[side]->kind == EK::Cast)
            continue;
          Type et = getElementTypeOrSelf(t->value.getType());
          bool isInt = isa<IntegerType>(et);
          if (!(isa<FloatType>(et) ||
                (isInt && (cond->pred == CmpPred::EQ ||
                           cond->pred == CmpPred::NE))))
            continue;
          AttentionMatch::Mask mk;
          mk.view = SourceView{t->value, t->labels};
          mk.isBool = true;
          // Keep where the compare fails: compare with the opposite
          // predicate (the same but for NaN mask values).
          mk.condPred = s.keepWhenTrue ? cond->pred : negate(cond->pred);
          mk.condConst = k->cst;
          mk.condTensorOnLeft = side == 0;
          m.masks.push_back(mk);
          m.maskIsBool =
              llvm::all_of(m.masks, [](auto &x) { return x.isBool; });
          err = hide();
          if (!err.empty())
            return reject(err);
          break;
        }
        if (err.empty())
          continue;
      }
      return reject(err);
    }
    if (*c == CausalMode::None)
      continue;
    if (!setCausal(*c))
      return reject("two different causal masks");
    if (std::string e2 = hide(); !e2.empty())
      return reject(e2);
  }
  // A finite fill replaces hidden logits; an additive mask adds to every
  // logit: the op takes one mask, either boolean (with the fill) or
  // additive (booleans become 0 / -inf terms, exact only for a -inf fill).
  if (fill && !std::isinf(*fill)) {
    if (llvm::any_of(m.masks, [](auto &x) { return !x.isBool; }) &&
        llvm::any_of(m.masks, [](auto &x) { return x.isBool; }))
      return reject("a boolean mask with the finite fill " +
                    std::to_string(*fill) +
                    " and an additive mask: the op takes one mask, boolean "
                    "or additive (booleans become -inf terms, exact only "
                    "for a -inf fill)");
    m.maskFill = *fill;
  }
  m.emptyRows = sm->emptyRows;
  if (causal)
    m.causal = *causal;
  auto hasRepeat = [&](const SourceView &sv) {
    DimLabel l = atoms.allLeaves(sv.labels);
    llvm::SmallDenseSet<int> seen;
    for (int a : l)
      if (!seen.insert(a).second)
        return true;
    return false;
  };
  if (hasRepeat(m.q) || hasRepeat(m.k) || hasRepeat(m.v))
    return reject("Q, K or V is read along a diagonal (one axis indexes two "
                  "of its dims)");
  for (const AttentionMatch::Mask &mk : m.masks)
    if (hasRepeat(mk.view))
      return reject("mask broadcast does not match the op's [B|1, Hq|1, "
                    "Sq|1, Sk|1]: it is read along a diagonal");
  if (!m.masks.empty()) {
    DimLabel ml;
    for (const AttentionMatch::Mask &mk : m.masks) {
      DimLabel l = atoms.allLeaves(mk.view.labels);
      ml.append(l.begin(), l.end());
    }
    DimLabel allowed = batchLv;
    allowed.append(queryLv.begin(), queryLv.end());
    allowed.append(keyLv.begin(), keyLv.end());
    if (!containsAll(allowed, ml))
      return reject("the mask varies along an axis that is not batch, head, "
                    "query or key");
    auto partial = [&](const DimLabel &g) {
      return containsAny(ml, g) && !containsAll(ml, g);
    };
    bool found = false;
    for (const Grouping &g : groupings) {
      if (partial(g.b) || partial(g.h))
        continue;
      m.bGroup = g.b;
      m.hGroup = g.h;
      m.kvHGroup = g.kvh;
      found = true;
      break;
    }
    if (!found)
      return reject("mask broadcast does not match the op's [B|1, Hq|1, "
                    "Sq|1, Sk|1]: it varies along part of the batch/head "
                    "axes");
  }

  // Result: the second contraction's, or the truncation that follows it
  // (the op then produces the narrow type directly).
  m.replaced = anchor->getResult(0);
  m.outLabels = oLabels;
  if (Value t = truncationOf(m.replaced)) {
    m.replaced = t;
    m.intermediates.push_back(anchor);
  }
  m.outElemType = getElementTypeOrSelf(m.replaced.getType());
  if (!isAttnFloat(m.outElemType))
    return reject("result element type " + typeStr(m.outElemType) +
                  " is not f32, f16 or bf16");
  for (Operation *op : between)
    m.intermediates.push_back(op);
  res.status = MatchStatus::Matched;
  return res;
}
