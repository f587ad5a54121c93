//===- LayoutPlan.h - a view of a tensor in another layout ------*- C++ -*-===//
//
// How a tensor whose dims carry some labels (Labels.h) is viewed with other
// dims: expand_shape (split a dim into atoms) -> linalg.transpose (atoms in
// target order) -> collapse_shape (merge atoms of a target dim) ->
// expand_shape (insert unit dims), each skipped when it is the identity. A
// broadcast source (a mask) that lacks only some of the atoms merged into one
// target dim (the query rows [q, group] of JAX's GQA) is first materialized
// along those atoms (linalg.broadcast, LayoutBroadcast.cpp): no view puts a
// broadcast inside a merged dim. The plan is decided from types and labels
// alone (planLayout, during the match); building it (buildLayout, during the
// rewrite) cannot fail.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_LAYOUTPLAN_H
#define ATTN_LIB_TRANSFORMS_LAYOUTPLAN_H

#include "View/Labels.h"

#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"
#include "mlir/IR/Builders.h"

#include <optional>

namespace mlir {
namespace attn {
namespace fuse {

/// The size of one dim an expand_shape creates.
struct PlannedSize {
  enum class Kind {
    Unit,      // 1
    SourceDim, // the size of dim `dim` of the step's input
    Atoms,     // the product of the sizes of `leaves`
  };
  Kind kind = Kind::Unit;
  int64_t dim = 0;
  DimLabel leaves;
};

/// One step of a view.
struct ViewStep {
  enum class Kind { Collapse, Expand, Transpose, Broadcast };
  Kind kind = Kind::Collapse;
  /// Collapse, Expand.
  SmallVector<ReassociationIndices> reassociation;
  /// Expand: the result sizes; none when only unit dims are inserted (the
  /// sizes are then inferred from the input). Broadcast: the sizes of the
  /// dims appended after the input's (each a product of atom sizes).
  SmallVector<PlannedSize> sizes;
  /// Transpose.
  SmallVector<int64_t> permutation;
  RankedTensorType resultType;
};

struct LayoutPlan {
  /// Empty when the tensor already has the target layout.
  SmallVector<ViewStep> steps;
  /// The type of the view.
  RankedTensorType resultType;
};

/// Plans the view of a tensor of type `srcType` (dims labelled `srcLabels`)
/// with dims `target`. Target atoms missing from the source are allowed when
/// `allowBroadcast` (they become unit dims) or when they are static unit
/// atoms. Fails when no such view exists or a dynamic size it needs has no
/// tensor to read it from.
FailureOr<LayoutPlan> planLayout(RankedTensorType srcType,
                                 const Labels &srcLabels, const Labels &target,
                                 const AtomTable &atoms, bool allowBroadcast);

/// The broadcast step of a source that lacks part of the atoms of a target
/// dim it has other atoms of (LayoutBroadcast.cpp): appends one dim per
/// missing atom (in target order) to `srcType` / `srcLabels`; none when no
/// target dim is partly present. Fails when a missing atom's dynamic size has
/// no tensor to read it from.
FailureOr<std::optional<ViewStep>>
planPartialBroadcast(RankedTensorType &srcType, Labels &srcLabels,
                     const Labels &target, const AtomTable &atoms);

/// Builds a broadcast step (the input's dims first, then the appended ones).
Value buildBroadcast(OpBuilder &b, Location loc, Value src,
                     const ViewStep &step, const AtomTable &atoms);

/// The product of the sizes of `leaves`, read where the atoms are defined
/// (planLayout checked that every dynamic one has a size source).
OpFoldResult buildAtomsSize(OpBuilder &b, Location loc, ArrayRef<int> leaves,
                            const AtomTable &atoms);

/// True when the size of every dynamic atom of `leaves` can be read from a
/// tensor.
bool hasSizeSources(ArrayRef<int> leaves, const AtomTable &atoms);

/// Builds the view `plan` of `src` (a tensor of the type it was planned for).
Value buildLayout(OpBuilder &b, Location loc, Value src,
                  const LayoutPlan &plan, const AtomTable &atoms);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_LAYOUTPLAN_H
