//===- MatchSteps.h - the steps of the attention proof ----------*- C++ -*-===//
//
// Declarations shared by the files of the match (AttentionMatcher.cpp runs
// the steps in order): the anchor (AnchorMatch.cpp), the sources of Q, K, V
// (SourceMatch.cpp), masks and causality (MaskMatch.cpp, CausalMatch.h),
// softmax and logits
// (SoftmaxMatch.cpp, LogitsMatch.cpp, AttentionMatch.h).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_MATCHSTEPS_H
#define ATTN_LIB_TRANSFORMS_MATCHSTEPS_H

#include "Match/AttentionMatch.h"

#include "mlir/IR/TypeUtilities.h"

#include <optional>

namespace mlir {
namespace attn {
namespace fuse {

/// The anchor seen as O = sum_key(P * V).
struct AnchorView {
  SmallVector<Value> pVals;
  SmallVector<AffineMap> pMaps;
  Value vVal;
  AffineMap vMap, oMap;
  unsigned numLoops = 0;
  bool zeroInit = false;
  bool fused = false;
};

/// A linalg op with one reduction loop whose body is acc + X * v, with v a
/// block argument (possibly extended) of an input that does not come from
/// a softmax, and X computed from the other inputs. Otherwise `why` (when
/// given) names the first part of that form the op lacks.
std::optional<AnchorView> getFusedPV(Operation *op,
                                     std::string *why = nullptr);

/// The anchor `op` seen as O = sum_key(P * V): a contraction (P the operand
/// made of normalized exponentials, else of exponentials), or a fused P V
/// (getFusedPV). None when `op` is no such view; `why` is then set when `op`
/// is still a candidate (a linalg op reading normalized exponentials) and
/// names the part of the form it lacks.
std::optional<AnchorView> getAnchorView(Operation *op, std::string &why);

/// The only user of `v` when it is an elementwise float truncation of it
/// with the same shape (arith.truncf, tosa.cast, a linalg op whose body is a
/// truncf of its input with identity maps); null otherwise.
Value truncationOf(Value v);

/// Walks a source operand up to where it comes from: through plumbing (the
/// builder is transparent to it), exact casts (extension to f32) and, when
/// `foldScale`, multiplications/divisions by a splat constant (returned in
/// `factor`). Returns the topmost tensor, or the operand itself.
SourceView findSource(ExprBuilder &eb, Value operand, const Labels &labels,
                      bool foldScale, double &factor);

/// The first contraction, S = Q K^T, with Q's and K's operands and labels.
struct ScoresMatch {
  Operation *op = nullptr;
  DimLabel headLab; // the reduced head-dim atom
  Value qOperand, kOperand;
  Labels qLabels, kLabels;
};

/// Proves that `scores` (a leaf, the contraction's result with its labels)
/// is Q K^T over the query atom `queryLab` and key atom `keyLab`; on failure
/// `reason` names the failed check.
FailureOr<ScoresMatch> matchScores(AtomTable &atoms, Expr *scores,
                                   const DimLabel &queryLab,
                                   const DimLabel &keyLab,
                                   std::string &reason);

/// One way to group the batch atoms into the op's B, Hq and Hkv dims.
struct HeadGrouping {
  DimLabel b, h, kvh;
};

/// The candidate groupings of the batch atoms `batchLv` (preferred first);
/// falls back from the topmost sources (`qTop`, ...) to the contractions'
/// operands (`qOp`, ...) where the tops are broadcast differently. On
/// failure `reason` names the failed check.
LogicalResult matchGroupings(AtomTable &atoms, const DimLabel &batchLv,
                             SourceView &qTop, SourceView &kTop,
                             SourceView &vTop, const SourceView &qOp,
                             const SourceView &kOp, const SourceView &vOp,
                             SmallVectorImpl<HeadGrouping> &groupings,
                             std::string &reason);

/// Reads the masks, causality, fill and empty-row rule of the logits `lm`
/// (softmax `sm`, scores `scoresVal`) into `m`; on failure `reason` names the
/// failed check.
LogicalResult matchMasks(AtomTable &atoms, ExprBuilder &eb,
                         const LogitsMatch &lm, const SoftmaxMatch &sm,
                         Value scoresVal, const DimLabel &queryLab,
                         const DimLabel &keyLab, AttentionMatch &m,
                         std::string &reason);

inline Type elemType(const SourceView &s) {
  return getElementTypeOrSelf(s.value.getType());
}

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_MATCHSTEPS_H
