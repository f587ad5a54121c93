//===- LoopParts.h - floordiv / mod reads as parts of a loop ----*- C++ -*-===//
//
// An indexing map may read a tensor dim as `d floordiv G` (the outer part of
// loop d split as [size/G, G]: a GQA expansion, query head h reads kv head
// h / G) or `d mod M` (the inner part of [size/M, M]: a tile, head h reads
// h mod M). That is a part of the loop only when the dim has exactly the
// part's extent: else the read covers a prefix of the dim (floordiv) or
// wraps inside it (mod). With static sizes that is arithmetic; a dynamic
// extent is proven on the sizes' product forms (SizeProduct.h: tensor.dim,
// tensor.empty sizes, muli, dominating cf.asserts): `d floordiv G` of a
// dynamic loop is a part when the loop's extent is G times the dim's (the
// dim then has size/G entries and G divides the size); a dynamic dim read by
// a part of a static loop must equal the part's size. `d mod M` of a
// dynamic loop is not read as a part (its outer part has no tensor to read
// its size from). Used by the elementwise view (LinalgInterp.cpp) and by
// the contractions' operand labels (GQA written in a contraction's map).
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
  NotAPart, // not `d floordiv c` / `d mod c` of a loop with a known size
  Mismatch, // a part read of a dim whose extent is not (proven) the part's
  Part      // `part` holds the atoms of the part
};

/// Classifies `e`, read as dim `dim` of `operand` by the op `at`, over loops
/// labelled `loopLab`; sets `partSize` (kDynamic when the part's size is not
/// static) for Mismatch and Part, and `part` for Part (refining the loop's
/// atoms).
PartRead readLoopPart(AtomTable &atoms, AffineExpr e,
                      llvm::ArrayRef<std::optional<DimLabel>> loopLab,
                      Value operand, unsigned dim, Operation *at,
                      DimLabel &part, int64_t &partSize);

/// The labels of the ranked tensor `operand` read by the op `at` through
/// `map` over loops labelled `loopLab`: dims, and floordiv / mod parts proven
/// by readLoopPart. On failure `why` names the read that is not proven.
FailureOr<Labels> labelsOfRead(AtomTable &atoms, AffineMap map,
                               llvm::ArrayRef<DimLabel> loopLab, Value operand,
                               Operation *at, std::string &why);

/// For remarks: "dim 1 of <operandName> (size ?) with 'd1 floordiv 2', which
/// takes 2 values: ..." (for a dynamic part: "... whose loop's extent is not
/// proven to be its extent times the divisor: ...").
std::string describePartMismatch(AffineExpr e, RankedTensorType t,
                                 unsigned dim, int64_t partSize,
                                 llvm::StringRef operandName);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_LOOPPARTS_H
