//===- RewritePlan.cpp - decide what the rewrite builds -------------------===//
//
// The last step of the match: plans every view the rewrite builds and checks
// that the op it would build verifies, so that the rewrite cannot fail. Each
// failure names what could not be planned.
//
//===----------------------------------------------------------------------===//

#include "Match/AttentionMatch.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Diagnostics.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

/// The type of the op's one mask: each mask's view, or the op combining
/// them (the sum of the additive masks in their common float type, f32 when
/// they differ; the and of keep-masks), broadcast to the largest of their
/// shapes.
static RankedTensorType combinedMaskType(const AttentionMatch &m,
                                         ArrayRef<LayoutPlan> views,
                                         bool combine) {
  if (!combine)
    return views.front().resultType;
  MLIRContext *ctx = m.anchor->getContext();
  Type et = IntegerType::get(ctx, 1);
  if (!m.maskIsBool) {
    et = Type();
    for (auto [v, mk] : llvm::zip(views, m.masks)) {
      if (mk.isBool)
        continue;
      Type t = v.resultType.getElementType();
      et = !et || et == t ? t : Float32Type::get(ctx);
    }
  }
  SmallVector<int64_t> shape(4, 1);
  for (int64_t d = 0; d < 4; ++d)
    for (const LayoutPlan &v : views)
      if (v.resultType.getDimSize(d) != 1) {
        shape[d] = v.resultType.getDimSize(d);
        break;
      }
  return RankedTensorType::get(shape, et);
}

FailureOr<RewritePlan>
mlir::attn::fuse::planRewrite(const AttentionMatch &m, const AtomTable &atoms,
                              std::string &reason) {
  auto fail = [&](const std::string &why) {
    reason = why;
    return failure();
  };
  auto typeOf = [](Value v) { return cast<RankedTensorType>(v.getType()); };
  RewritePlan plan;
  Labels qT = {m.bGroup, m.hGroup, m.query, m.headDim};
  Labels kT = {m.bGroup, m.kvHGroup, m.key, m.headDim};
  Labels vT = {m.bGroup, m.kvHGroup, m.key, m.valueDim};
  Labels oT = {m.bGroup, m.hGroup, m.query, m.valueDim};
  FailureOr<LayoutPlan> q =
      planLayout(typeOf(m.q.value), m.q.labels, qT, atoms, false);
  if (failed(q))
    return fail("cannot lay out Q as [B, H, Sq, D]");
  FailureOr<LayoutPlan> k =
      planLayout(typeOf(m.k.value), m.k.labels, kT, atoms, false);
  if (failed(k))
    return fail("cannot lay out K as [B, Hkv, Sk, D]");
  FailureOr<LayoutPlan> v =
      planLayout(typeOf(m.v.value), m.v.labels, vT, atoms, false);
  if (failed(v))
    return fail("cannot lay out V as [B, Hkv, Sk, Dv]");
  plan.q = *q;
  plan.k = *k;
  plan.v = *v;

  if (!m.masks.empty()) {
    Labels mT = {m.bGroup, m.hGroup, m.query, m.key};
    for (const AttentionMatch::Mask &mk : m.masks) {
      RankedTensorType t = typeOf(mk.view.value);
      if (mk.condPred != CmpPred::Unknown) // the i1 keep condition
        t = RankedTensorType::get(t.getShape(),
                                  IntegerType::get(t.getContext(), 1));
      FailureOr<LayoutPlan> view =
          planLayout(t, mk.view.labels, mT, atoms, true);
      if (failed(view))
        return fail("cannot lay out the mask as [B|1, H|1, Sq|1, Sk|1]");
      plan.masks.push_back(*view);
    }
    bool negate = llvm::any_of(m.masks, [](auto &x) { return x.negate; }) ||
                  (!m.maskIsBool &&
                   llvm::any_of(m.masks, [](auto &x) { return x.isBool; }));
    bool scaled = llvm::any_of(m.masks, [](auto &x) {
      return x.coef != 1.0 || !x.runtime.empty();
    });
    plan.combineMasks = plan.masks.size() != 1 || negate || scaled;
    plan.maskType = combinedMaskType(m, plan.masks, plan.combineMasks);
  }

  RankedTensorType qType = plan.q.resultType, vType = plan.v.resultType;
  plan.resultType = RankedTensorType::get(
      {qType.getDimSize(0), qType.getDimSize(1), qType.getDimSize(2),
       vType.getDimSize(3)},
      m.outElemType);
  {
    // Verify quietly: a failure is reported as the candidate's remark.
    Location loc = m.softmaxOp ? m.softmaxOp->getLoc() : m.anchor->getLoc();
    std::string msg;
    ScopedDiagnosticHandler quiet(loc.getContext(), [&](Diagnostic &d) {
      if (msg.empty())
        msg = d.str();
      return success();
    });
    std::optional<double> scale, maskFill;
    if (m.runtimeScale.empty())
      scale = static_cast<float>(m.scale);
    if (m.maskFill)
      maskFill = static_cast<float>(*m.maskFill);
    auto emitOpError = [&]() {
      InFlightDiagnostic d = mlir::emitError(loc);
      d << "'" << FlashAttentionOp::getOperationName() << "' op ";
      return d;
    };
    if (failed(verifyFlashAttention(emitOpError, qType, plan.k.resultType,
                                    vType, plan.maskType, plan.resultType,
                                    plan.resultType, scale,
                                    !m.runtimeScale.empty(), maskFill,
                                    m.logitRounding)))
      return fail("the fused op would not verify (" + msg + ")");
  }

  FailureOr<LayoutPlan> out =
      planLayout(plan.resultType, oT, m.outLabels, atoms, false);
  if (failed(out))
    return fail("cannot lay the result out as the second contraction's");
  plan.out = *out;
  Type replacedType = m.replaced.getType();
  if (plan.out.resultType != replacedType) {
    if (!tensor::CastOp::areCastCompatible(plan.out.resultType, replacedType))
      return fail("the fused result type does not match");
    plan.castResult = true;
  }
  return plan;
}
