//===- LoopParts.h - floordiv / mod reads as parts of a loop ----*- C++ -*-===//
//
// An indexing map may read a tensor dim as `d floordiv G` (the outer part of
// loop d split as [size/G, G]: a GQA expansion, query head h reads kv head
// h / G) or `d mod M` (the inner part of [size/M, M]: a tile, head h reads
// h mod M). That is a part of the loop only when the dim has exactly the
// part's extent: else the read covers a prefix of the dim (floordiv) or
// wraps inside it (mod). Used by the elementwise view (LinalgInterp.cpp)
// and by the contractions' operand labels (GQA written in a contraction's
// map).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_LOOPPARTS_H
#define ATTN_LIB_TRANSFORMS_LOOPPARTS_H

#include "View/Labels.h"

#include "mlir/IR/AffineMap.h"

#include <optional>
#include <string>

namespace mlir {
namespace attn {
namespace fuse {

enum class PartRead {
  NotAPart, // not `d floordiv c` / `d mod c` with a static loop size c divides
  Mismatch, // a part read of a dim whose extent is not the part's
  Part      // `part` holds the atoms of the part
};

/// Classifies `e`, read as a tensor dim of extent `dimSize` (kDynamic when
/// dynamic), over loops labelled `loopLab`; sets `partSize` for Mismatch and
/// Part, and `part` for Part (refining the loop's atoms).
PartRead readLoopPart(AtomTable &atoms, AffineExpr e,
                      llvm::ArrayRef<std::optional<DimLabel>> loopLab,
                      int64_t dimSize, DimLabel &part, int64_t &partSize);

/// The labels of a tensor of type `t` read through `map` over loops labelled
/// `loopLab`: dims, and floordiv / mod parts proven by readLoopPart. On
/// failure `why` names the read that is not proven.
FailureOr<Labels> labelsOfRead(AtomTable &atoms, AffineMap map,
                               llvm::ArrayRef<DimLabel> loopLab,
                               RankedTensorType t, std::string &why);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_LOOPPARTS_H
