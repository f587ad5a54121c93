//===- ReshapeLabels.h - labels through reshapes ----------------*- C++ -*-===//
//
// Upward label propagation through reshapes: the labels of a reshape's input
// dims from those of its result, splitting atoms (AtomTable::split) where an
// input dim holds part of a result dim.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_RESHAPELABELS_H
#define ATTN_LIB_TRANSFORMS_RESHAPELABELS_H

#include "View/Labels.h"

#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"

namespace mlir {
namespace attn {
namespace fuse {

/// Through a reshape with the reassociation `reassoc` (input dims grouped
/// per output dim when `inputIsExpanded`, else output dims per input dim):
/// tensor.collapse_shape / expand_shape.
FailureOr<Labels> labelsThroughReassociation(
    AtomTable &atoms, Value input, ShapedType inType, ShapedType outType,
    const Labels &outLabels, ArrayRef<ReassociationIndices> reassoc,
    bool inputIsExpanded);

/// Through a reshape from `inType` to `outType` whose reassociation is
/// inferred from the shapes (tosa.reshape).
FailureOr<Labels> labelsThroughReshape(AtomTable &atoms, Value input,
                                       ShapedType inType, ShapedType outType,
                                       const Labels &outLabels);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_RESHAPELABELS_H
