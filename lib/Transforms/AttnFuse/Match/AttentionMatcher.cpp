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

#include "Match/CausalMatch.h"
#include "Match/MatchSteps.h"
#include "Match/MatchSupport.h"
#include "View/ExtractCopy.h"
#include "View/LoopParts.h"

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

MatchResult mlir::attn::fuse::matchAttention(Operation *anchor,
                                             AtomTable &atoms,
                                             ExprBuilder &eb) {
  MatchResult res;
  // The anchor as O = sum_key(P * V) (AnchorMatch.cpp); a candidate without
  // that form is refused with the part it lacks.
  std::string anchorWhy;
  std::optional<AnchorView> anchorView = getAnchorView(anchor, anchorWhy);
  if (!anchorView) {
    if (!anchorWhy.empty()) {
      res.status = MatchStatus::Rejected;
      res.reason = "second contraction: " + anchorWhy;
      res.where = anchor;
    }
    return res;
  }
  AnchorView av = *anchorView;

  res.where = anchor;
  res.attentionLike = llvm::any_of(
      av.pVals, [](Value p) { return feedsFromNormalizedExp(p); });
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
  // Loops by the operands they index (P as lhs, V as rhs): batch, query
  // (P and O), key (P and V: the one reduced loop), value dim (V and O).
  ContractionDims dims(av.numLoops, av.pMaps, vMap, oMap);
  if (!dims.other().empty())
    return reject("second contraction: loop " +
                  std::to_string(dims.other().front()) +
                  " is not a batch, query, key or value-dim loop");
  SmallVector<unsigned> batchL(dims.batch()), queryL(dims.m()),
      keyL(dims.k()), vdimL(dims.n());
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

  // P and O are read whole; V may be read with `h floordiv G` / `h mod M`
  // (GQA in the contraction's map), proven against V's extent.
  if (!oMap.isProjectedPermutation() ||
      !llvm::all_of(av.pMaps,
                    [](AffineMap m) { return m.isProjectedPermutation(true); }))
    return reject("second contraction: the probabilities or the result are "
                  "read through a floordiv / mod");
  Labels oLabels = labelsFromMap(oMap, loopLab);
  Labels vLabels;
  {
    std::string why;
    FailureOr<Labels> vl =
        labelsOfRead(atoms, vMap, loopLab, vVal, anchor, why);
    if (failed(vl))
      return reject("second contraction: " + why);
    vLabels = *vl;
  }

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
  FailureOr<LogitsMatch> lm = matchLogits(eb, sm->logits, sm->base,
                                           sm->provenMax, !sm->shifted, why);
  if (failed(lm))
    return reject(why);

  // First contraction: S = Q * K^T (ScoresMatch.cpp).
  Expr *scores = lm->scores;
  FailureOr<ScoresMatch> sc = matchScores(atoms, scores, queryLab, keyLab, why);
  if (failed(sc))
    return reject(why);
  Operation *c1op = sc->op;
  DimLabel headLab = sc->headLab;
  DimLabel keyLv = atoms.leaves(keyLab), queryLv = atoms.leaves(queryLab);
  Value qOperand = sc->qOperand, kOperand = sc->kOperand;
  Labels qLabels = sc->qLabels, kLabels = sc->kLabels;

  // Other users of anything between the two contractions.
  llvm::SetVector<Operation *> between;
  between.insert(c1op);
  for (bool changed = true; changed;) {
    changed = false;
    for (Operation *op : eb.visited) {
      if (between.contains(op))
        continue;
      if (llvm::any_of(tensorsReadBy(op), [&](Value o) {
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
      // The read in the body of an extract copy that is part of the match.
      Operation *copy = op->getBlock()->findAncestorOpInBlock(*user);
      if (copy && between.contains(copy) &&
          llvm::is_contained(op->getResults(), extractCopySource(copy)))
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
  // Candidate groupings of the batch atoms into the op's B, Hq and Hkv
  // (GroupingMatch.cpp); the first one the mask can be broadcast to is
  // taken (checked below).
  SmallVector<HeadGrouping> groupings;
  if (failed(matchGroupings(atoms, batchLv, qTop, kTop, vTop, qOp, kOp, vOp,
                            groupings, why)))
    return reject(why);
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

  // Masks and causality (MaskMatch.cpp).
  {
    std::string why;
    if (failed(matchMasks(atoms, eb, *lm, *sm, scores->value, queryLab,
                          keyLab, m, why)))
      return reject(why);
  }
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
    for (const HeadGrouping &g : groupings) {
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

  // What the rewrite builds (RewritePlan.cpp): planned here so that the
  // rewrite cannot fail. Its failures name what could not be planned.
  FailureOr<RewritePlan> plan = planRewrite(m, atoms, why);
  if (failed(plan)) {
    res.status = MatchStatus::Rejected;
    res.reason = why;
    res.where = m.softmaxOp ? m.softmaxOp : anchor;
    res.attentionLike = true;
    return res;
  }
  m.plan = std::move(*plan);
  res.status = MatchStatus::Matched;
  return res;
}
