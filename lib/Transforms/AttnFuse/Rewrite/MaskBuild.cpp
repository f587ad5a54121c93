//===- MaskBuild.cpp - the op's one mask from the matched masks -----------===//
//
// Builds what RewritePlan decided for the masks: each mask's keep condition
// (a compare of the mask tensor with a constant) where the match found one,
// its [B|1, Hq|1, Sq|1, Sk|1] view, and the elementwise op combining several
// masks (the sum of the additive ones, scaled where the logits scale them;
// the and of the keep-masks; keep-masks among additive ones as 0 / -inf).
//
//===----------------------------------------------------------------------===//

#include "Match/AttentionMatch.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

/// The i1 tensor `src <pred> c` (or `c <pred> src`) of `mk`.
static Value buildKeepCondition(OpBuilder &b, Location loc, Value src,
                                const AttentionMatch::Mask &mk) {
  auto t = cast<RankedTensorType>(src.getType());
  Type et = t.getElementType();
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, src);
  Value init = tensor::EmptyOp::create(b, loc, sizes, b.getI1Type());
  AffineMap id = b.getMultiDimIdentityMap(t.getRank());
  CmpPred pred = mk.condPred;
  double k = mk.condConst;
  bool left = mk.condTensorOnLeft;
  auto g = linalg::GenericOp::create(
      b, loc, TypeRange{init.getType()}, ValueRange{src}, ValueRange{init},
      ArrayRef<AffineMap>{id, id},
      SmallVector<utils::IteratorType>(t.getRank(),
                                       utils::IteratorType::parallel),
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value c;
        if (isa<FloatType>(et))
          c = arith::ConstantOp::create(nb, nl, FloatAttr::get(et, k));
        else
          c = arith::ConstantOp::create(
              nb, nl, IntegerAttr::get(et, static_cast<int64_t>(k)));
        Value lhs = left ? args[0] : c, rhs = left ? c : args[0];
        Value r;
        if (isa<FloatType>(et)) {
          // Ordered or unordered as the program's compare (its negation
          // when the program keeps where its compare fails).
          using P = arith::CmpFPredicate;
          bool u = mk.condUnordered;
          P p = u ? P::UEQ : P::OEQ;
          switch (pred) {
          case CmpPred::EQ: p = u ? P::UEQ : P::OEQ; break;
          case CmpPred::NE: p = u ? P::UNE : P::ONE; break;
          case CmpPred::LT: p = u ? P::ULT : P::OLT; break;
          case CmpPred::LE: p = u ? P::ULE : P::OLE; break;
          case CmpPred::GT: p = u ? P::UGT : P::OGT; break;
          case CmpPred::GE: p = u ? P::UGE : P::OGE; break;
          default: break;
          }
          r = arith::CmpFOp::create(nb, nl, p, lhs, rhs);
        } else {
          r = arith::CmpIOp::create(nb, nl,
                                    pred == CmpPred::EQ
                                        ? arith::CmpIPredicate::eq
                                        : arith::CmpIPredicate::ne,
                                    lhs, rhs);
        }
        linalg::YieldOp::create(nb, nl, r);
      });
  return g->getResult(0);
}

Value mlir::attn::fuse::buildMask(OpBuilder &b, Location loc,
                                  const AttentionMatch &m,
                                  const AtomTable &atoms) {
  if (m.masks.empty())
    return Value();
  const RewritePlan &plan = m.plan;
  SmallVector<Value> views;
  for (auto [mk, viewPlan] : llvm::zip(m.masks, plan.masks)) {
    Value src = mk.view.value;
    if (mk.condPred != CmpPred::Unknown)
      src = buildKeepCondition(b, loc, src, mk);
    views.push_back(buildLayout(b, loc, src, viewPlan, atoms));
  }
  // Runtime factors of the masks, as f32/f16/bf16 scalars usable in the
  // combining op's body.
  SmallVector<SmallVector<std::pair<Value, bool>>> rtScalars;
  for (const AttentionMatch::Mask &mk : m.masks) {
    SmallVector<std::pair<Value, bool>> l;
    for (const RuntimeFactor &f : mk.runtime)
      l.push_back({buildRuntimeScalar(b, loc, f.value), f.divide});
    rtScalars.push_back(l);
  }
  if (!plan.combineMasks)
    return views.front();

  // One elementwise op: the sum of the additive masks, or the and of the
  // keep-masks (negated where false means keep), broadcast to the largest of
  // their shapes.
  Type et = plan.maskType.getElementType();
  SmallVector<OpFoldResult> sizes(4, b.getIndexAttr(1));
  for (int64_t d = 0; d < 4; ++d)
    for (Value v : views)
      if (cast<RankedTensorType>(v.getType()).getDimSize(d) != 1) {
        sizes[d] = tensor::getMixedSize(b, loc, v, d);
        break;
      }
  Value init = tensor::EmptyOp::create(b, loc, sizes, et);
  auto outT = cast<RankedTensorType>(init.getType());
  SmallVector<AffineMap> maps;
  for (Value v : views) {
    auto t = cast<RankedTensorType>(v.getType());
    SmallVector<AffineExpr> exprs;
    for (int64_t d = 0; d < 4; ++d)
      exprs.push_back(t.getDimSize(d) == 1 && outT.getDimSize(d) != 1
                          ? b.getAffineConstantExpr(0)
                          : b.getAffineDimExpr(d));
    maps.push_back(AffineMap::get(4, 0, exprs, b.getContext()));
  }
  maps.push_back(b.getMultiDimIdentityMap(4));
  SmallVector<bool> neg, boolIn;
  SmallVector<double> coefs;
  for (const AttentionMatch::Mask &mk : m.masks) {
    neg.push_back(mk.negate);
    boolIn.push_back(mk.isBool);
    coefs.push_back(mk.coef);
  }
  bool isBool = m.maskIsBool;
  auto g = linalg::GenericOp::create(
      b, loc, TypeRange{outT}, views, ValueRange{init}, maps,
      SmallVector<utils::IteratorType>(4, utils::IteratorType::parallel),
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value acc;
        for (size_t i = 0; i + 1 < args.size(); ++i) {
          Value x = args[i];
          if (boolIn[i] && neg[i]) {
            Value t = arith::ConstantIntOp::create(nb, nl, nb.getI1Type(), 1);
            x = arith::XOrIOp::create(nb, nl, x, t);
          }
          if (!isBool && boolIn[i]) {
            // A keep-mask among additive masks: 0 where kept, -inf
            // elsewhere.
            auto ft = cast<FloatType>(et);
            Value zero =
                arith::ConstantOp::create(nb, nl, FloatAttr::get(et, 0.0));
            Value ninf = arith::ConstantOp::create(
                nb, nl,
                FloatAttr::get(et, APFloat::getInf(ft.getFloatSemantics(),
                                                   /*Negative=*/true)));
            x = arith::SelectOp::create(nb, nl, x, zero, ninf);
          }
          if (isBool) {
            acc = acc ? arith::AndIOp::create(nb, nl, acc, x).getResult() : x;
          } else {
            if (x.getType() != et)
              x = arith::ExtFOp::create(nb, nl, et, x);
            if (coefs[i] != 1.0) {
              Value c = arith::ConstantOp::create(
                  nb, nl, FloatAttr::get(et, coefs[i]));
              x = arith::MulFOp::create(nb, nl, x, c);
            }
            for (auto [r, divide] : rtScalars[i]) {
              if (r.getType() != et) {
                if (!r.getType().isF32())
                  r = arith::ExtFOp::create(nb, nl, nb.getF32Type(), r);
                if (!et.isF32())
                  r = arith::TruncFOp::create(nb, nl, et, r);
              }
              x = divide ? arith::DivFOp::create(nb, nl, x, r).getResult()
                         : arith::MulFOp::create(nb, nl, x, r).getResult();
            }
            acc = acc ? arith::AddFOp::create(nb, nl, acc, x).getResult() : x;
          }
        }
        linalg::YieldOp::create(nb, nl, acc);
      });
  return g->getResult(0);
}
