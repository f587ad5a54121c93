//===- MaskMatch.cpp - masks, causality, the fill and the empty-row rule --===//
//
// Reads the mask terms and selects of the logits (LogitsMatch.cpp's linear
// form) into the op's masks (additive or boolean), its causal mode, its
// mask_fill (the one logit every hiding mask gives hidden positions) and its
// empty-row rule (from the softmax). See docs/fusion.md, "Fills and empty
// rows: the contract".
//
//===----------------------------------------------------------------------===//

#include "Match/CausalMatch.h"
#include "Match/MatchSteps.h"
#include "Match/MatchSupport.h"
#include "Match/NarrowLogits.h"

#include <cmath>
#include <functional>
#include <limits>

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

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
          // predicate, unordered where the program's is ordered (a NaN mask
          // value fails an ordered compare, so it is kept) and vice versa.
          mk.condPred = s.keepWhenTrue ? cond->pred : negate(cond->pred);
          mk.condUnordered =
              isa<FloatType>(et) && (s.keepWhenTrue ? cond->unordered
                                                    : !cond->unordered);
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
