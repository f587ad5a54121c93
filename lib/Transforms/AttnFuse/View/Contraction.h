//===- Contraction.h - ops computing out += lhs * rhs -----------*- C++ -*-===//
//
// ContractionView: an op computing out += lhs * rhs summed over reduced
// loops (linalg.matmul / batch_matmul with or without indexing_maps,
// linalg.contract, linalg.generic einsums, tosa.matmul with its fixed maps),
// with the indexing map of each operand. ContractionDims: its loops by the
// operands they index (as linalg::inferContractionDims does).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_CONTRACTION_H
#define ATTN_LIB_TRANSFORMS_CONTRACTION_H

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace mlir {
namespace attn {
namespace fuse {

struct ContractionView {
  Operation *op = nullptr;
  Value lhs, rhs, result;
  /// Indexing maps of lhs, rhs and result over `numLoops` loops.
  AffineMap lhsMap, rhsMap, outMap;
  unsigned numLoops = 0;
  Value init; // null for tosa.matmul (no accumulator)
};

/// Recognizes a contraction whose accumulator starts at zero. The operands'
/// maps are projected permutations, except in a linalg.generic that reads an
/// operand dim as `d floordiv c` / `d mod c` (GQA in the contraction's map):
/// callers label such reads with labelsOfRead (LoopParts.h), which proves
/// them against the operand's extent. Returns
/// std::nullopt for anything else (including contractions onto a non-zero
/// init: those compute init + A*B).
std::optional<ContractionView> getContraction(Operation *op,
                                              bool requireZeroInit = true);

/// The loops of a contraction out = sum lhs * rhs by the operands they
/// index: batch (lhs, rhs and out), m (lhs and out), n (rhs and out), k (lhs
/// and rhs: reduced), and any other combination, each in loop order. The lhs
/// may be read through several maps (a loop is in lhs when one of them reads
/// it).
class ContractionDims {
public:
  struct Use {
    bool lhs = false, rhs = false, out = false;
  };

  ContractionDims(unsigned numLoops, ArrayRef<AffineMap> lhsMaps,
                  AffineMap rhsMap, AffineMap outMap);
  explicit ContractionDims(const ContractionView &cv);

  unsigned getNumLoops() const { return uses.size(); }
  const Use &use(unsigned loop) const { return uses[loop]; }
  ArrayRef<unsigned> batch() const { return batchLoops; }
  ArrayRef<unsigned> m() const { return mLoops; }
  ArrayRef<unsigned> n() const { return nLoops; }
  ArrayRef<unsigned> k() const { return kLoops; }
  /// Loops of none of the kinds above (e.g. reduced but read by one operand
  /// only).
  ArrayRef<unsigned> other() const { return otherLoops; }

private:
  SmallVector<Use> uses;
  SmallVector<unsigned> batchLoops, mLoops, nLoops, kLoops, otherLoops;
};

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_CONTRACTION_H
