//===- MaskMatch.cpp - masks, causality, the fill and the empty-row rule --===//
//
// Reads the mask terms and selects of the logits (SoftmaxMatcher.cpp's linear
// form) into the op's masks (additive or boolean), its causal mode, its
// mask_fill (the one logit every hiding mask gives hidden positions) and its
// empty-row rule (from the softmax). See docs/fusion.md, "Fills and empty
// rows: the contract".
//
//===----------------------------------------------------------------------===//

#include "Match/CausalMatch.h"
#include "Match/MatchSteps.h"
#include "Match/MatchSupport.h"

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
      const Expr *k = e->ops[side];
      while (k->kind == EK::Cast)
        k = k->ops[0];
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
static std::string
checkNarrowMaskAdds(const Expr *e, FloatType roundedTo,
                    const std::function<bool(const Expr *)> &readsScores,
                    unsigned depth = 0) {
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
static bool readsValue(const Expr *e, Value v, unsigned depth = 0) {
  if (!e || depth > 64)
    return true;
  if (e->kind == EK::Leaf)
    return e->value == v;
  return llvm::any_of(
      e->ops, [&](const Expr *o) { return readsValue(o, v, depth + 1); });
}

namespace {
/// The logits in the form attn.flash_attention's logit_rounding = T
/// defines: X = ext(rnd_T(rnd_T(rnd_T(S) * c) + mask)), or the same sum
/// with the softmax computed in T.
struct RoundedLogits {
  FloatType type;             // T: f16 or bf16
  double scale = 1.0;         // c: exactly a T value
  const Expr *mask = nullptr; // the mask term as the add reads it
};
} // namespace

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
static std::optional<RoundedLogits> matchRoundedLogits(const SoftmaxMatch &sm,
                                                       Value scoresVal) {
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
static bool isRoundedLogitsMatch(const RoundedLogits &r, const LogitsMatch &lm,
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
    t = stripExactFloatExtensions(const_cast<Expr *>(t->ops[0]));
  }
  Value v = t->kind == EK::Leaf ? t->value : t->tensor;
  return v && v == mk.view.value;
}

/// Reads the masks, the causal mode, the fill and the empty-row rule of the
/// logits into `m` (every check but the narrow-add one).
static LogicalResult
readMaskTerms(AtomTable &atoms, ExprBuilder &eb, const LogitsMatch &lm,
              const SoftmaxMatch &sm, Value scoresVal, const DimLabel &queryLab,
              const DimLabel &keyLab, AttentionMatch &m, std::string &reason) {
  auto reject = [&](const std::string &why) {
    reason = why;
    return failure();
  };
  DimLabel keyLv = atoms.leaves(keyLab);
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
  std::function<bool(Expr *, unsigned)> readsScores = [&](Expr *e, unsigned d) {
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
  for (auto [i, s] : llvm::enumerate(lm.selects)) {
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
    bool ok = inside(lm.scoresEnclosedBy);
    for (const SmallVector<int> &encl : lm.additiveEnclosedBy)
      ok &= inside(encl);
    for (const SelectMask &s : lm.selects)
      if (s.additive)
        ok &= inside(s.enclosedBy);
    if (!ok)
      return reject("a term is added to the logits outside a select that "
                    "fills hidden logits with " +
                    std::to_string(*replacingFill) +
                    ": hidden positions would get the fill plus that term");
  }
  for (auto [idx, term] : llvm::enumerate(lm.additive)) {
    auto [e, coef] = term;
    const SmallVector<RuntimeFactor> &rt = lm.additiveRuntime[idx];
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
  for (const SelectMask &s : lm.selects) {
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
  m.emptyRows = sm.emptyRows;
  if (causal)
    m.causal = *causal;
  return success();
}

LogicalResult mlir::attn::fuse::matchMasks(
    AtomTable &atoms, ExprBuilder &eb, const LogitsMatch &lm,
    const SoftmaxMatch &sm, Value scoresVal, const DimLabel &queryLab,
    const DimLabel &keyLab, AttentionMatch &m, std::string &reason) {
  // A mask added to the scores in f16 / bf16 rounds with them: fused only
  // when the logits are exactly the op's logit_rounding sequence.
  std::function<bool(const Expr *)> readsScores = [&](const Expr *e) {
    return readsValue(e, scoresVal);
  };
  std::string narrowErr =
      checkNarrowMaskAdds(sm.logits, FloatType(), readsScores);
  std::optional<RoundedLogits> rounded;
  if (!narrowErr.empty()) {
    rounded = matchRoundedLogits(sm, scoresVal);
    if (!rounded) {
      reason = narrowErr;
      return failure();
    }
  }
  if (failed(readMaskTerms(atoms, eb, lm, sm, scoresVal, queryLab, keyLab, m,
                           reason)))
    return failure();
  if (rounded) {
    if (!isRoundedLogitsMatch(*rounded, lm, m)) {
      reason = narrowErr;
      return failure();
    }
    m.logitRounding = rounded->type;
  }
  return success();
}
