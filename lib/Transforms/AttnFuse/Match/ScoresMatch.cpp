//===- ScoresMatch.cpp - the first contraction, S = Q K^T -----------------===//
//
// The scores must come from a contraction that reduces exactly one loop, in
// both operands (the head-dim atom); the operand indexed by the key atom is
// K, the one indexed by the query atom is Q; the key atom must not index Q,
// the query atom must not index K. Whatever layout Q and K have, the labels
// say which axis is which.
//
//===----------------------------------------------------------------------===//

#include "Match/MatchSteps.h"
#include "Match/MatchSupport.h"
#include "View/LoopParts.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

FailureOr<ScoresMatch>
mlir::attn::fuse::matchScores(AtomTable &atoms, Expr *scores,
                              const DimLabel &queryLab, const DimLabel &keyLab,
                              std::string &reason) {
  auto reject = [&](const std::string &why) -> FailureOr<ScoresMatch> {
    reason = why;
    return failure();
  };
  Operation *c1op = scores->value.getDefiningOp();
  std::optional<ContractionView> c1 = getContraction(c1op);
  if (!c1)
    return reject("the first contraction accumulates into a non-zero init "
                  "or zero point");
  SmallVector<DimLabel> l1(c1->numLoops);
  for (auto [r, e] : llvm::enumerate(c1->outMap.getResults())) {
    unsigned l = cast<AffineDimExpr>(e).getPosition();
    l1[l] = scores->labels[r];
  }
  ContractionDims dims1(*c1);
  int redLoop = -1;
  for (unsigned l = 0; l < c1->numLoops; ++l) {
    if (dims1.use(l).out)
      continue;
    if (!dims1.use(l).lhs || !dims1.use(l).rhs)
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
    if (d < 0)
      return reject("first contraction: the head dim is read through a "
                    "floordiv / mod");
    auto t = cast<RankedTensorType>(c1->lhs.getType());
    l1[redLoop] = {atoms.create(t.getDimSize(d), Role::HeadDim, c1->lhs, d)};
  }
  DimLabel headLab = l1[redLoop];
  DimLabel keyLv = atoms.leaves(keyLab), queryLv = atoms.leaves(queryLab);
  DimLabel lhsLv, rhsLv;
  for (unsigned l = 0; l < c1->numLoops; ++l) {
    DimLabel lv = atoms.leaves(l1[l]);
    if (dims1.use(l).lhs)
      lhsLv.append(lv.begin(), lv.end());
    if (dims1.use(l).rhs)
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
  ScoresMatch out;
  out.op = c1op;
  out.headLab = headLab;
  out.qOperand = lhsIsQ ? c1->lhs : c1->rhs;
  out.kOperand = lhsIsQ ? c1->rhs : c1->lhs;
  // Labels through the maps: a `h floordiv G` / `h mod M` read (GQA in the
  // contraction's map) is the part of h it reads only when the operand's
  // dim has exactly that extent (LoopParts.h).
  std::string why;
  FailureOr<Labels> lhsLabels =
      labelsOfRead(atoms, c1->lhsMap, l1, c1->lhs, c1->op, why);
  if (failed(lhsLabels))
    return reject("first contraction: " + why);
  FailureOr<Labels> rhsLabels =
      labelsOfRead(atoms, c1->rhsMap, l1, c1->rhs, c1->op, why);
  if (failed(rhsLabels))
    return reject("first contraction: " + why);
  out.qLabels = lhsIsQ ? *lhsLabels : *rhsLabels;
  out.kLabels = lhsIsQ ? *rhsLabels : *lhsLabels;
  return out;

}
