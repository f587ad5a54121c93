//===- GroupingMatch.cpp - batch atoms into the op's B, Hq and Hkv --------===//
//
// The batch atoms, in Q's order, are grouped into the op's B and Hq. Atoms
// K/V lack (they were broadcast to the query heads) must be the same for K
// and V; candidate groupings: GQA (Hq = [kv head, group...], Hkv = the kv
// head; preferred when a reshape split one head axis into the two), MQA-like
// (B = the atoms K/V have, Hq = those they lack, Hkv = 1), and with no
// broadcast H = the last atom, else more trailing ones.
//
//===----------------------------------------------------------------------===//

#include "Match/MatchSteps.h"
#include "Match/MatchSupport.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

LogicalResult mlir::attn::fuse::matchGroupings(
    AtomTable &atoms, const DimLabel &batchLv, SourceView &qTop,
    SourceView &kTop, SourceView &vTop, const SourceView &qOp,
    const SourceView &kOp, const SourceView &vOp,
    SmallVectorImpl<HeadGrouping> &groupings, std::string &reason) {
  auto reject = [&](const std::string &why) {
    reason = why;
    return failure();
  };
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
  if (mk.empty()) {
    // H = the last atom, else more trailing atoms (for a mask that varies
    // along the leading ones only).
    for (size_t j = order.size(); j-- > 0;) {
      HeadGrouping g;
      g.b.assign(order.begin(), order.begin() + j);
      g.h.assign(order.begin() + j, order.end());
      g.kvh = g.h;
      groupings.push_back(g);
    }
    if (order.empty())
      groupings.push_back(HeadGrouping{});
  } else {
    // GQA: the query heads are [kv head, group], K/V have the kv heads.
    HeadGrouping gqa;
    if (present >= 1) {
      gqa.b.assign(order.begin(), order.begin() + (present - 1));
      gqa.h.assign(order.begin() + (present - 1), order.end());
      gqa.kvh = {order[present - 1]};
    }
    // MQA-like: the atoms K/V have are batch, the heads are those they lack
    // (one kv head).
    HeadGrouping mqa;
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
  return success();
}
