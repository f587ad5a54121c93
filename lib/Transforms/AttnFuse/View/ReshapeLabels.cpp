//===- ReshapeLabels.cpp - labels through reshapes --------------------------===//

#include "View/ReshapeLabels.h"

using namespace mlir;
using namespace mlir::attn::fuse;

FailureOr<Labels> mlir::attn::fuse::labelsThroughReassociation(
    AtomTable &atoms, Value input, ShapedType inType,
                           ShapedType outType, const Labels &outLabels,
                           ArrayRef<ReassociationIndices> reassoc,
                           bool inputIsExpanded) {
  Labels in(inType.getRank());
  if (inputIsExpanded) {
    // One output dim per group of input dims.
    if (reassoc.size() != outLabels.size())
      return failure();
    for (auto [r, group] : llvm::enumerate(reassoc)) {
      if (group.size() == 1) {
        in[group[0]] = outLabels[r];
        continue;
      }
      SmallVector<int64_t> sizes;
      for (int64_t d : group)
        sizes.push_back(inType.getDimSize(d));
      FailureOr<Labels> parts =
          atoms.split(outLabels[r], sizes, input, group.front());
      if (failed(parts))
        return failure();
      for (auto [j, d] : llvm::enumerate(group))
        in[d] = (*parts)[j];
    }
    return in;
  }
  // One input dim per group of output dims.
  if (reassoc.size() != static_cast<size_t>(inType.getRank()))
    return failure();
  for (auto [i, group] : llvm::enumerate(reassoc))
    for (int64_t r : group)
      in[i].append(outLabels[r].begin(), outLabels[r].end());
  return in;
}

FailureOr<Labels> mlir::attn::fuse::labelsThroughReshape(
    AtomTable &atoms, Value input, ShapedType inType, ShapedType outType,
    const Labels &outLabels) {
  if (!inType.hasRank() || !outType.hasRank() ||
      outLabels.size() != static_cast<size_t>(outType.getRank()))
    return failure();
  if (inType.getShape() == outType.getShape())
    return outLabels;
  if (inType.getRank() > outType.getRank()) {
    auto reassoc = getReassociationIndicesForCollapse(inType.getShape(),
                                                      outType.getShape());
    if (!reassoc)
      return failure();
    return labelsThroughReassociation(atoms, input, inType, outType, outLabels,
                                      *reassoc, /*inputIsExpanded=*/true);
  }
  if (inType.getRank() < outType.getRank()) {
    auto reassoc = getReassociationIndicesForCollapse(outType.getShape(),
                                                      inType.getShape());
    if (!reassoc)
      return failure();
    return labelsThroughReassociation(atoms, input, inType, outType, outLabels,
                                      *reassoc, /*inputIsExpanded=*/false);
  }
  return failure();
}
