//===- NarrowLogits.cpp - mask adds in f16 / bf16 and logit_rounding ------===//
//
// A mask added to the scores in a type narrower than f32 rounds with them:
// the add is exact only for masks of 0 and -inf (checkNarrowMaskAdds);
// otherwise the logits are fused only when they are exactly the op's
// logit_rounding = T sequence (matchRoundedLogits, isRoundedLogitsMatch).
// Used by MaskMatch.cpp.
//
//===----------------------------------------------------------------------===//

#include "Match/NarrowLogits.h"
#include "Match/MatchSupport.h"

#include "mlir/IR/TypeUtilities.h"

#include <cmath>
#include <functional>
#include <limits>

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

namespace {
/// The float type node `e` is computed in (none for non-float values).
FloatType computedIn(const Expr *e) {
  Type t = e->type ? e->type
           : e->tensor ? e->tensor.getType()
           : e->value  ? e->value.getType()
                       : Type();
  return t ? dyn_cast<FloatType>(getElementTypeOrSelf(t)) : FloatType();
}

/// Every value of `e` is 0 or `inf` (signed) on every element: added to a
/// logit in any float type, such a term changes nothing or gives that
/// infinity, exactly.
bool provablyZeroOr(const Expr *e, double inf, unsigned depth = 0) {
  if (!e || depth > 64)
    return false;
  switch (e->kind) {
  case EK::Const:
    return e->cst == 0 || e->cst == inf;
  case EK::Cast:
    // extf / truncf keep 0 and infinities (a float source only).
    return isa<FloatType>(getElementTypeOrSelf(e->srcType)) &&
           provablyZeroOr(e->ops[0], inf, depth + 1);
  case EK::Neg:
    return provablyZeroOr(e->ops[0], -inf, depth + 1);
  case EK::Select:
    return provablyZeroOr(e->ops[1], inf, depth + 1) &&
           provablyZeroOr(e->ops[2], inf, depth + 1);
  case EK::Add:
    return provablyZeroOr(e->ops[0], inf, depth + 1) &&
           provablyZeroOr(e->ops[1], inf, depth + 1);
  case EK::Sub:
    return provablyZeroOr(e->ops[0], inf, depth + 1) &&
           provablyZeroOr(e->ops[1], -inf, depth + 1);
  case EK::Mul:
    // Times a positive finite constant (0 * inf would be NaN).
    for (int side = 0; side < 2; ++side) {
      const Expr *k = stripCasts(static_cast<const Expr *>(e->ops[side]));
      if (k->kind == EK::Const && k->cst > 0 && std::isfinite(k->cst))
        return provablyZeroOr(e->ops[1 - side], inf, depth + 1);
    }
    return false;
  default:
    return false;
  }
}
} // namespace

/// The mask joins the scores at an add; in a float type narrower than f32
/// (the add itself, or a later rounding of the sum), s + v rounds with the
/// magnitude of v: a finite mask value such as finfo(f16).min swallows the
/// scores (a fully masked row becomes a uniform average over the keys whose
/// sum did not overflow), which the op, adding in f32, does not do. Only
/// masks of 0 and -inf add exactly in any type. Returns the failed check, or
/// "" when every such add is exact.
std::string mlir::attn::fuse::checkNarrowMaskAdds(const Expr *e, FloatType roundedTo,
                    const std::function<bool(const Expr *)> &readsScores,
                    unsigned depth) {
  if (!e || depth > 64)
    return "";
  FloatType t = computedIn(e);
  FloatType here = t && t.getWidth() < 32 ? t : FloatType();
  FloatType narrow = here ? here : roundedTo;
  auto narrowName = [](FloatType f) { return typeStr(f); };
  switch (e->kind) {
  case EK::Add:
  case EK::Sub: {
    bool r0 = readsScores(e->ops[0]), r1 = readsScores(e->ops[1]);
    if (narrow && r0 != r1) {
      int maskSide = r0 ? 1 : 0;
      double inf = (e->kind == EK::Sub && maskSide == 1)
                       ? std::numeric_limits<double>::infinity()
                       : -std::numeric_limits<double>::infinity();
      if (!provablyZeroOr(e->ops[maskSide], inf)) {
        std::string where =
            here ? "the mask is added to the scores in " + narrowName(here)
                 : "the scores plus the mask are rounded to " +
                       narrowName(narrow);
        return where + ": finite mask values round with the scores (a fully "
                       "masked row would differ); fused only for masks of 0 "
                       "and -inf, when the add is in f32, or when the logits "
                       "are exactly logit_rounding's steps (f32 scores "
                       "truncated once, times a constant, plus one mask, all "
                       "in that type)";
      }
    }
    for (const Expr *o : e->ops)
      if (readsScores(o))
        if (std::string err = checkNarrowMaskAdds(o, narrow, readsScores,
                                                  depth + 1);
            !err.empty())
          return err;
    return "";
  }
  case EK::Cast:
  case EK::Neg:
  case EK::Mul:
  case EK::Div:
  case EK::Select: {
    // A cast to f32 does not undo an earlier rounding, but a rounding only
    // matters below it for adds computed under it: pass the narrow type on.
    size_t first = e->kind == EK::Select ? 1 : 0;
    for (size_t i = first; i < e->ops.size(); ++i)
      if (readsScores(e->ops[i]))
        if (std::string err = checkNarrowMaskAdds(e->ops[i], narrow,
                                                  readsScores, depth + 1);
            !err.empty())
          return err;
    return "";
  }
  default:
    return "";
  }
}

/// Whether `e` reads the tensor `v` (unknown depth counts as reading it).
bool mlir::attn::fuse::readsValue(const Expr *e, Value v, unsigned depth) {
  if (!e || depth > 64)
    return true;
  if (e->kind == EK::Leaf)
    return e->value == v;
  return llvm::any_of(
      e->ops, [&](const Expr *o) { return readsValue(o, v, depth + 1); });
}


/// `e` as a constant exactly representable in `t` (through float casts).
static std::optional<double> exactConstant(const Expr *e, FloatType t) {
  while (e && e->kind == EK::Cast) {
    if (!isa<FloatType>(getElementTypeOrSelf(e->srcType)))
      return std::nullopt;
    e = e->ops[0];
  }
  if (!e || e->kind != EK::Const || !std::isfinite(e->cst))
    return std::nullopt;
  APFloat v(e->cst);
  bool losesInfo = false;
  v.convert(t.getFloatSemantics(), APFloat::rmNearestTiesToEven, &losesInfo);
  if (losesInfo)
    return std::nullopt;
  return e->cst;
}

/// Proves that the softmax's logits are computed exactly as
/// logit_rounding = T defines (see AttnOps.td): the scores (an f32
/// contraction) truncated to T, multiplied in T by a constant c that is a T
/// value (or divided by a power of two p, which is the product with 1/p
/// exactly), the mask added in T, then extended exactly to the softmax's
/// type (or the softmax in T). Anything else: none.
std::optional<RoundedLogits>
mlir::attn::fuse::matchRoundedLogits(const SoftmaxMatch &sm, Value scoresVal) {
  if (sm.base != 1.0 || !sm.logits)
    return std::nullopt;
  auto isNarrow = [](FloatType t) { return t && (t.isF16() || t.isBF16()); };
  const Expr *sum = stripExactFloatExtensions(sm.logits);
  RoundedLogits r;
  r.type = computedIn(sum);
  if (!isNarrow(r.type) || sum->kind != EK::Add || sum->ops.size() != 2)
    return std::nullopt;
  bool s0 = readsValue(sum->ops[0], scoresVal),
       s1 = readsValue(sum->ops[1], scoresVal);
  if (s0 == s1)
    return std::nullopt;
  const Expr *scaled = sum->ops[s0 ? 0 : 1];
  r.mask = sum->ops[s0 ? 1 : 0];
  if (computedIn(r.mask) != r.type)
    return std::nullopt;
  // rnd_T(S * c): a product (or a division by a power of two) in T.
  const Expr *truncated = scaled;
  if ((scaled->kind == EK::Mul || scaled->kind == EK::Div) &&
      scaled->ops.size() == 2) {
    if (computedIn(scaled) != r.type)
      return std::nullopt;
    int side = readsValue(scaled->ops[0], scoresVal) ? 0 : 1;
    if (scaled->kind == EK::Div && side != 0)
      return std::nullopt; // c / S
    std::optional<double> c = exactConstant(scaled->ops[1 - side], r.type);
    if (!c || *c == 0)
      return std::nullopt;
    if (scaled->kind == EK::Div) {
      int exp;
      if (std::frexp(std::fabs(*c), &exp) != 0.5)
        return std::nullopt; // x / c is x * (1 / c) only for a power of two
      APFloat v(1.0 / *c);
      bool losesInfo = false;
      v.convert(r.type.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                &losesInfo);
      if (losesInfo)
        return std::nullopt;
      r.scale = 1.0 / *c;
    } else {
      r.scale = *c;
    }
    truncated = scaled->ops[side];
  }
  // rnd_T(S): the f32 scores truncated to T once.
  if (truncated->kind != EK::Cast || truncated->ops.size() != 1 ||
      computedIn(truncated) != r.type ||
      !getElementTypeOrSelf(truncated->srcType).isF32())
    return std::nullopt;
  const Expr *scores = truncated->ops[0];
  if (scores->kind != EK::Leaf || scores->value != scoresVal ||
      !getElementTypeOrSelf(scoresVal.getType()).isF32())
    return std::nullopt;
  return r;
}

/// The masks read into `m` are the one term `r.mask` adds, as the op takes
/// it: one additive mask of coefficient 1 (rounded to T by the op, as the
/// program's truncation does), no causal mode, no boolean mask or fill, no
/// runtime or source scale.
bool mlir::attn::fuse::isRoundedLogitsMatch(const RoundedLogits &r,
                                            const LogitsMatch &lm,
                                            const AttentionMatch &m) {
  if (m.causal != CausalMode::None || m.maskFill || m.masks.size() != 1 ||
      !m.runtimeScale.empty() || !lm.runtime.empty() ||
      lm.additive.size() + lm.selects.size() != 1 || lm.coef != r.scale ||
      m.scale != r.scale)
    return false;
  const AttentionMatch::Mask &mk = m.masks.front();
  if (mk.isBool || mk.negate || mk.coef != 1.0 || !mk.runtime.empty() ||
      mk.condPred != CmpPred::Unknown)
    return false;
  // The term the add reads, through at most one float cast to T (the
  // op rounds its mask to T) and exact extensions below it.
  const Expr *t = r.mask;
  if (t->kind == EK::Cast) {
    if (!isa<FloatType>(getElementTypeOrSelf(t->srcType)))
      return false;
    t = stripExactFloatExtensions(static_cast<const Expr *>(t->ops[0]));
  }
  Value v = t->kind == EK::Leaf ? t->value : t->tensor;
  return v && v == mk.view.value;
}

