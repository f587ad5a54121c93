//===- LayoutBroadcast.cpp - materialize a broadcast inside a merged dim --===//
//
// A view can leave out a whole target dim (a unit dim the op broadcasts) but
// not part of one: the query rows of JAX's GQA are [q, group] merged into
// one dim, and a mask that varies along q only (a causal or length mask
// built over [Sq, Sk]) would be collapsed to Sq rows where the op has
// Sq * group. Such a source is broadcast along the missing atoms first
// (linalg.broadcast: each new element is the source's element at the same
// position of the atoms it has, which is what the program reads there), and
// the broadcast tensor is then viewed like any other. Only broadcast views
// (masks) take this step; Q, K and V never lack an atom.
//
//===----------------------------------------------------------------------===//

#include "Rewrite/LayoutPlan.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::attn::fuse;

FailureOr<std::optional<ViewStep>>
mlir::attn::fuse::planPartialBroadcast(RankedTensorType &srcType,
                                       Labels &srcLabels, const Labels &target,
                                       const AtomTable &atoms) {
  DimLabel srcAll = atoms.allLeaves(srcLabels);
  DimLabel missing;
  for (const DimLabel &t : target) {
    DimLabel lv = atoms.leaves(t);
    bool any = llvm::any_of(
        lv, [&](int a) { return llvm::is_contained(srcAll, a); });
    if (!any)
      continue; // the whole dim is broadcast: a unit dim of the view
    for (int a : lv)
      if (!llvm::is_contained(srcAll, a))
        missing.push_back(a);
  }
  if (missing.empty())
    return std::optional<ViewStep>();
  if (!hasSizeSources(missing, atoms))
    return failure();
  ViewStep step;
  step.kind = ViewStep::Kind::Broadcast;
  SmallVector<int64_t> shape(srcType.getShape());
  for (int a : missing) {
    PlannedSize s;
    s.kind = PlannedSize::Kind::Atoms;
    s.leaves = {a};
    step.sizes.push_back(s);
    shape.push_back(atoms.size(a));
    srcLabels.push_back({a});
  }
  step.resultType = RankedTensorType::get(shape, srcType.getElementType());
  srcType = step.resultType;
  return std::optional<ViewStep>(std::move(step));
}

Value mlir::attn::fuse::buildBroadcast(OpBuilder &b, Location loc, Value src,
                                       const ViewStep &step,
                                       const AtomTable &atoms) {
  auto srcType = cast<RankedTensorType>(src.getType());
  int64_t rank = srcType.getRank();
  SmallVector<OpFoldResult> sizes;
  for (int64_t d = 0; d < rank; ++d)
    sizes.push_back(tensor::getMixedSize(b, loc, src, d));
  SmallVector<int64_t> added;
  for (const PlannedSize &s : step.sizes) {
    added.push_back(static_cast<int64_t>(sizes.size()));
    sizes.push_back(buildAtomsSize(b, loc, s.leaves, atoms));
  }
  // The element type of the value built (the i1 keep condition of a mask
  // may be computed before the view), not necessarily the planned one.
  Value init = tensor::EmptyOp::create(b, loc, sizes, srcType.getElementType());
  return linalg::BroadcastOp::create(b, loc, src, init, added)->getResult(0);
}
