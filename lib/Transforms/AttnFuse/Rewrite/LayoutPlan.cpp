//===- LayoutPlan.cpp - plan a view of a tensor in another layout ---------===//

#include "Rewrite/LayoutPlan.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include "llvm/ADT/STLExtras.h"

#include <optional>

using namespace mlir;
using namespace mlir::attn::fuse;

namespace {
struct Run {
  DimLabel leaves;
  int group = -1; // target dim, -1 for a unit dim
  int pos = 0;    // position of the first leaf in the target order
};

/// Static product of `leaves`' sizes, or kDynamic.
int64_t staticProduct(ArrayRef<int> leaves, const AtomTable &atoms) {
  int64_t stat = 1;
  for (int a : leaves) {
    int64_t s = atoms.size(a);
    if (ShapedType::isDynamic(s))
      return ShapedType::kDynamic;
    stat *= s;
  }
  return stat;
}


/// Adds an expand_shape step from `inType`; the sizes decide the result's
/// static shape. Fails when an atom size cannot be read.
LogicalResult addExpand(LayoutPlan &plan, RankedTensorType inType,
                        SmallVector<ReassociationIndices> re,
                        SmallVector<PlannedSize> sizes,
                        const AtomTable &atoms) {
  SmallVector<int64_t> shape;
  for (const PlannedSize &s : sizes) {
    switch (s.kind) {
    case PlannedSize::Kind::Unit:
      shape.push_back(1);
      break;
    case PlannedSize::Kind::SourceDim:
      shape.push_back(inType.getDimSize(s.dim));
      break;
    case PlannedSize::Kind::Atoms:
      if (!hasSizeSources(s.leaves, atoms))
        return failure();
      shape.push_back(staticProduct(s.leaves, atoms));
      break;
    }
  }
  ViewStep step;
  step.kind = ViewStep::Kind::Expand;
  step.reassociation = std::move(re);
  step.sizes = std::move(sizes);
  step.resultType = RankedTensorType::get(shape, inType.getElementType());
  plan.resultType = step.resultType;
  plan.steps.push_back(std::move(step));
  return success();
}

void addCollapse(LayoutPlan &plan, RankedTensorType inType,
                 SmallVector<ReassociationIndices> re) {
  ViewStep step;
  step.kind = ViewStep::Kind::Collapse;
  step.resultType = tensor::CollapseShapeOp::inferCollapsedType(inType, re);
  step.reassociation = std::move(re);
  plan.resultType = step.resultType;
  plan.steps.push_back(std::move(step));
}

/// Groups `many` dims (each with its leaves) into the dims of `few`.
std::optional<SmallVector<ReassociationIndices>>
groupDims(ArrayRef<DimLabel> many, ArrayRef<DimLabel> few,
          ArrayRef<int64_t> manyShape) {
  SmallVector<ReassociationIndices> re;
  size_t i = 0;
  for (const DimLabel &need : few) {
    ReassociationIndices g;
    DimLabel got;
    if (need.empty()) {
      if (i >= many.size() || !many[i].empty() || manyShape[i] != 1)
        return std::nullopt;
      g.push_back(i++);
    } else {
      while (got != need) {
        if (i >= many.size())
          return std::nullopt;
        if (many[i].empty() && manyShape[i] != 1)
          return std::nullopt;
        got.append(many[i].begin(), many[i].end());
        if (got.size() > need.size() ||
            !std::equal(got.begin(), got.end(), need.begin()))
          return std::nullopt;
        g.push_back(i++);
      }
    }
    re.push_back(g);
  }
  for (; i < many.size(); ++i) {
    if (!many[i].empty() || manyShape[i] != 1 || re.empty())
      return std::nullopt;
    re.back().push_back(i);
  }
  return re;
}
} // namespace

bool mlir::attn::fuse::hasSizeSources(ArrayRef<int> leaves,
                                      const AtomTable &atoms) {
  return llvm::all_of(leaves, [&](int a) {
    const Atom &atom = atoms.get(a);
    return !ShapedType::isDynamic(atom.size) ||
           (atom.sizeSource && atom.sizeDim >= 0);
  });
}

FailureOr<LayoutPlan>
mlir::attn::fuse::planLayout(RankedTensorType srcType, const Labels &srcLabels,
                             const Labels &target, const AtomTable &atoms,
                             bool allowBroadcast) {
  if (!srcType || srcLabels.size() != static_cast<size_t>(srcType.getRank()))
    return failure();
  if (allowBroadcast) {
    // A source lacking part of a target dim's atoms is materialized along
    // them first; the rest of the plan views the broadcast tensor.
    RankedTensorType bType = srcType;
    Labels bLabels = srcLabels;
    FailureOr<std::optional<ViewStep>> bc =
        planPartialBroadcast(bType, bLabels, target, atoms);
    if (failed(bc))
      return failure();
    if (*bc) {
      FailureOr<LayoutPlan> rest =
          planLayout(bType, bLabels, target, atoms, allowBroadcast);
      if (failed(rest))
        return failure();
      rest->steps.insert(rest->steps.begin(), std::move(**bc));
      return rest;
    }
  }
  LayoutPlan plan;
  plan.resultType = srcType;

  // Target order of the leaves.
  DenseMap<int, std::pair<int, int>> where; // leaf -> (group, pos)
  SmallVector<DimLabel> tgt;
  DimLabel srcAll = atoms.allLeaves(srcLabels);
  int pos = 0;
  for (auto [g, l] : llvm::enumerate(target)) {
    DimLabel kept;
    for (int a : atoms.leaves(l)) {
      if (!llvm::is_contained(srcAll, a)) {
        if (!allowBroadcast)
          return failure();
        continue;
      }
      kept.push_back(a);
      where[a] = {static_cast<int>(g), pos++};
    }
    tgt.push_back(kept);
  }
  for (int a : srcAll)
    if (!where.count(a))
      return failure(); // the source varies along an axis the target lacks
  if (where.size() != srcAll.size())
    return failure(); // an atom repeated in the source

  // Already in the target layout?
  if (target.size() == srcLabels.size()) {
    bool same = true;
    for (auto [i, t] : llvm::enumerate(tgt)) {
      DimLabel lv = atoms.leaves(srcLabels[i]);
      if (lv != t || (lv.empty() && srcType.getDimSize(i) != 1))
        same = false;
    }
    if (same)
      return plan;
  }

  // One reshape suffices when the atoms are already in target order.
  {
    SmallVector<DimLabel> sl;
    for (int64_t i = 0; i < srcType.getRank(); ++i)
      sl.push_back(atoms.leaves(srcLabels[i]));
    SmallVector<int64_t> tgtShape;
    for (const DimLabel &t : tgt)
      tgtShape.push_back(t.empty() ? 1 : atoms.staticSize(t));
    if (srcType.getRank() >= static_cast<int64_t>(tgt.size())) {
      if (auto re = groupDims(sl, tgt, srcType.getShape())) {
        addCollapse(plan, srcType, *re);
        return plan;
      }
    } else if (auto re = groupDims(tgt, sl, tgtShape)) {
      SmallVector<PlannedSize> sizes;
      for (auto [i, g] : llvm::enumerate(*re)) {
        for (int64_t d : g) {
          PlannedSize sz;
          if (tgt[d].empty()) {
            sz.kind = PlannedSize::Kind::Unit;
          } else if (llvm::count_if(g, [&](int64_t x) {
                       return !tgt[x].empty();
                     }) == 1) {
            sz.kind = PlannedSize::Kind::SourceDim;
            sz.dim = i;
          } else {
            sz.kind = PlannedSize::Kind::Atoms;
            sz.leaves = tgt[d];
          }
          sizes.push_back(sz);
        }
      }
      if (failed(addExpand(plan, srcType, *re, sizes, atoms)))
        return failure();
      return plan;
    }
  }

  // Drop unit dims of the source first (they carry no atom): fold each into
  // the next dim with atoms (trailing ones into the previous).
  RankedTensorType curType = srcType;
  Labels labelsNoUnit;
  {
    SmallVector<ReassociationIndices> re;
    ReassociationIndices pending;
    for (int64_t i = 0; i < srcType.getRank(); ++i) {
      DimLabel lv = atoms.leaves(srcLabels[i]);
      if (lv.empty()) {
        if (srcType.getDimSize(i) != 1)
          return failure();
        pending.push_back(i);
        continue;
      }
      pending.push_back(i);
      re.push_back(pending);
      pending.clear();
      labelsNoUnit.push_back(srcLabels[i]);
    }
    if (!pending.empty() && !re.empty())
      re.back().append(pending.begin(), pending.end());
    if (re.size() != static_cast<size_t>(srcType.getRank())) {
      addCollapse(plan, curType, re);
      curType = plan.resultType;
    }
  }

  // Runs: maximal pieces of a source dim that are consecutive in the target.
  SmallVector<Run> runs;
  SmallVector<ReassociationIndices> expandRe;
  bool needExpand = false;
  for (int64_t i = 0; i < curType.getRank(); ++i) {
    DimLabel lv = atoms.leaves(labelsNoUnit[i]);
    ReassociationIndices re;
    if (lv.empty()) {
      if (curType.getDimSize(i) != 1)
        return failure();
      re.push_back(runs.size());
      runs.push_back(Run{});
      expandRe.push_back(re);
      continue;
    }
    Run cur;
    for (int a : lv) {
      auto [g, p] = where[a];
      if (!cur.leaves.empty() && cur.group == g &&
          cur.pos + static_cast<int>(cur.leaves.size()) == p) {
        cur.leaves.push_back(a);
        continue;
      }
      if (!cur.leaves.empty()) {
        re.push_back(runs.size());
        runs.push_back(cur);
      }
      cur = Run{{a}, g, p};
    }
    re.push_back(runs.size());
    runs.push_back(cur);
    if (re.size() > 1)
      needExpand = true;
    expandRe.push_back(re);
  }

  if (needExpand) {
    SmallVector<PlannedSize> sizes;
    for (auto [i, re] : llvm::enumerate(expandRe)) {
      for (int64_t r : re) {
        PlannedSize s;
        if (re.size() == 1) {
          s.kind = PlannedSize::Kind::SourceDim;
          s.dim = i;
        } else {
          s.kind = PlannedSize::Kind::Atoms;
          s.leaves = runs[r].leaves;
        }
        sizes.push_back(s);
      }
    }
    if (failed(addExpand(plan, curType, expandRe, sizes, atoms)))
      return failure();
    curType = plan.resultType;
  }

  // Transpose: runs in target order, unit dims last.
  SmallVector<int64_t> perm(runs.size());
  for (size_t i = 0; i < runs.size(); ++i)
    perm[i] = i;
  llvm::sort(perm, [&](int64_t x, int64_t y) {
    const Run &a = runs[x], &c = runs[y];
    bool ua = a.group < 0, uc = c.group < 0;
    if (ua != uc)
      return uc;
    if (ua || a.pos == c.pos)
      return x < y;
    return a.pos < c.pos;
  });
  bool identity = true;
  for (size_t i = 0; i < perm.size(); ++i)
    identity &= perm[i] == static_cast<int64_t>(i);
  if (!identity) {
    SmallVector<int64_t> shape;
    for (int64_t p : perm)
      shape.push_back(curType.getDimSize(p));
    ViewStep step;
    step.kind = ViewStep::Kind::Transpose;
    step.permutation = perm;
    step.resultType = RankedTensorType::get(shape, curType.getElementType());
    plan.resultType = curType = step.resultType;
    plan.steps.push_back(std::move(step));
  }
  SmallVector<Run> sorted;
  for (int64_t p : perm)
    sorted.push_back(runs[p]);

  // Collapse runs of one target dim; unit dims go with the last group.
  SmallVector<ReassociationIndices> collapseRe;
  SmallVector<int> groupOf; // target group of each collapsed dim
  for (auto [i, r] : llvm::enumerate(sorted)) {
    if (r.group >= 0 && (groupOf.empty() || groupOf.back() != r.group)) {
      collapseRe.push_back({static_cast<int64_t>(i)});
      groupOf.push_back(r.group);
    } else if (!collapseRe.empty()) {
      collapseRe.back().push_back(i);
    } else {
      // Leading unit dims (no group yet): only when nothing has a group.
      collapseRe.push_back({static_cast<int64_t>(i)});
      groupOf.push_back(-1);
    }
  }
  if (!groupOf.empty() && groupOf.front() == -1) {
    // Everything is a unit dim: collapse to rank 0.
    collapseRe.clear();
    groupOf.clear();
  }
  if (collapseRe.size() != sorted.size()) {
    addCollapse(plan, curType, collapseRe);
    curType = plan.resultType;
  }

  // Expand to the target rank, inserting unit dims for empty target dims.
  if (groupOf.size() != target.size()) {
    SmallVector<ReassociationIndices> re(groupOf.size());
    SmallVector<int64_t> shape;
    size_t next = 0;
    for (size_t g = 0; g < target.size(); ++g) {
      if (next < groupOf.size() && groupOf[next] == static_cast<int>(g)) {
        re[next].push_back(g);
        shape.push_back(curType.getDimSize(next));
        ++next;
      } else {
        shape.push_back(1);
        if (!re.empty())
          re[next == 0 ? 0 : next - 1].push_back(g);
      }
    }
    if (next != groupOf.size())
      return failure();
    for (auto &r : re)
      llvm::sort(r);
    ViewStep step;
    step.kind = ViewStep::Kind::Expand;
    step.reassociation = std::move(re);
    step.resultType = RankedTensorType::get(shape, curType.getElementType());
    plan.resultType = step.resultType;
    plan.steps.push_back(std::move(step));
  }
  return plan;
}
