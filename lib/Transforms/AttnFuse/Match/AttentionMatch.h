//===- AttentionMatch.h - matcher and rewrite interfaces --------*- C++ -*-===//

#ifndef ATTN_LIB_TRANSFORMS_ATTENTIONMATCH_H
#define ATTN_LIB_TRANSFORMS_ATTENTIONMATCH_H

#include "Rewrite/RewritePlan.h"
#include "View/SemanticView.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "mlir/IR/PatternMatch.h"

#include <string>

namespace mlir {
namespace attn {
namespace fuse {

//===----------------------------------------------------------------------===//
// Softmax (SoftmaxMatch.cpp) and logits (LogitsMatch.cpp)
//===----------------------------------------------------------------------===//

struct SoftmaxMatch {
  Operation *softmaxOp = nullptr; // where remarks go
  Expr *logits = nullptr;         // X in softmax(X)
  double base = 1.0;              // 1 for exp, ln 2 for exp2
  /// What a row whose logits are all -inf yields: NaN for a plain softmax,
  /// zeros behind a recognized safe-softmax select.
  EmptyRows emptyRows = EmptyRows::NaN;
  /// The row max M proven to be max_key(X) in exp(c * (X - M)), c > 0 (the
  /// logits then include the shift -c M, which softmax ignores).
  const Expr *provenMax = nullptr;
  /// Whether the exponent is already shifted by the row max (linalg.softmax,
  /// exp(X - max X), exp(c * (X - max X))). Otherwise the logits must carry
  /// the stabilizing max themselves (matchLogits' `needsRowMax`): an
  /// unshifted exp(X) overflows to inf where the op's softmax does not.
  bool shifted = false;
};

/// `p` is the probabilities operand of the second contraction; `key` the
/// atoms of the axis that contraction reduces.
FailureOr<SoftmaxMatch> matchSoftmax(ExprBuilder &eb, Expr *p,
                                     const DimLabel &key, std::string &reason,
                                     Operation *&where);

/// A select that keeps the logits where `cond` is `keepWhenTrue` and puts
/// `fill` (in logit units, after every later scaling) elsewhere.
struct SelectMask {
  Expr *cond = nullptr;
  bool keepWhenTrue = true;
  double fill = 0;
  /// A select between two constants that is *added* to the logits (hidden
  /// positions get logit + fill), rather than one that replaces the logits
  /// (hidden positions get exactly `fill`).
  bool additive = false;
  /// The replacing selects (indices into LogitsMatch::selects) this one is
  /// read inside of.
  SmallVector<int> enclosedBy;
  /// For select(cond, 0, fill) computed as a whole tensor: that tensor (a
  /// leaf) and its coefficient, usable as an additive mask when `cond` is not
  /// a recognized causal compare.
  Expr *whole = nullptr;
  double coef = 1.0;
};

struct RuntimeFactor {
  Value value;
  bool divide = false;
};

/// X = coef * prod(runtime) * scores + sum(additive) (+ selects).
struct LogitsMatch {
  Expr *scores = nullptr;
  SmallVector<int> scoresEnclosedBy;
  double coef = 1.0;
  SmallVector<RuntimeFactor> runtime;
  /// Additive terms with their coefficient (already times the base).
  SmallVector<std::pair<Expr *, double>> additive;
  /// Runtime factors of each additive term (a mask added before a runtime
  /// scale), parallel to `additive`.
  SmallVector<SmallVector<RuntimeFactor>> additiveRuntime;
  /// The replacing selects each additive term is read inside of (a term
  /// added inside select(keep, S + m, c) is overridden where the select
  /// hides; one added outside is added to the fill too).
  SmallVector<SmallVector<int>> additiveEnclosedBy;
  SmallVector<SelectMask> selects;
};

/// `provenMax`: a row max the softmax proved (SoftmaxMatch::provenMax), a
/// per-row shift of the logits that needs no further proof. `needsRowMax`:
/// the softmax did not shift its exponent (SoftmaxMatch::shifted), so the
/// logits must include the stabilizing max of the scores.
FailureOr<LogitsMatch> matchLogits(ExprBuilder &eb, Expr *x, double base,
                                   const Expr *provenMax, bool needsRowMax,
                                   std::string &reason);

//===----------------------------------------------------------------------===//
// Attention (AttentionMatcher.cpp)
//===----------------------------------------------------------------------===//

struct SourceView {
  Value value;
  Labels labels;
};

struct AttentionMatch {
  Operation *anchor = nullptr;    // second contraction
  Operation *softmaxOp = nullptr; // remark location
  Operation *scoresOp = nullptr;  // first contraction
  Value replaced;                 // value whose uses take the result
  Labels outLabels;               // labels of `replaced`
  Type outElemType;
  SourceView q, k, v;
  /// Masks, all additive or all boolean (i1, true = keep after `negate`);
  /// several are combined (added / and-ed) into the op's one mask.
  struct Mask {
    SourceView view;
    bool isBool = false;
    bool negate = false; // i1 mask where false means keep
    double coef = 1.0;   // additive mask multiplied by this (mask added
                         // before a constant scale)
    SmallVector<RuntimeFactor> runtime; // ... and by these (runtime scale)
    /// A keep-condition to compute from `view` elementwise (a compare of
    /// the mask tensor with a constant, fused into the logits op).
    CmpPred condPred = CmpPred::Unknown;
    /// A float compare that is true on NaN (ueq, une, ult, ...).
    bool condUnordered = false;
    double condConst = 0;
    bool condTensorOnLeft = true;
  };
  SmallVector<Mask> masks;
  /// All masks are boolean (else booleans become 0 / -inf additive masks).
  bool maskIsBool = false;
  double scale = 1.0;
  SmallVector<RuntimeFactor> runtimeScale;
  CausalMode causal = CausalMode::None;
  /// The logit a position hidden by a boolean mask or the causal mode takes
  /// (none: -inf), and what a row whose logits are all -inf yields.
  std::optional<double> maskFill;
  EmptyRows emptyRows = EmptyRows::NaN;
  /// The type (f16 / bf16) the program computes its logits in, one
  /// rounding per step, as the op's logit_rounding defines; null: f32.
  FloatType logitRounding;
  /// Leaf atoms of the op's B and Hq dims, of K/V's Hkv dim, and of the
  /// sequence and head dims.
  DimLabel bGroup, hGroup, kvHGroup;
  DimLabel query, key, headDim, valueDim;
  /// Ops the rewrite makes dead (between the two contractions).
  SmallVector<Operation *> intermediates;
  /// What the rewrite builds (planRewrite).
  RewritePlan plan;
};

enum class MatchStatus { NotCandidate, Rejected, Matched };

struct MatchResult {
  MatchStatus status = MatchStatus::NotCandidate;
  std::string reason;
  Operation *where = nullptr;
  AttentionMatch match;
  /// False when no probability operand of the anchor is normalized
  /// exponentials (feedsFromNormalizedExp): a product such as SwiGLU's
  /// silu(gate) * up that only looks like a candidate. Its rejection is not
  /// reported.
  bool attentionLike = true;
};

/// Anchors on `anchor` (a contraction) as the second contraction P*V.
MatchResult matchAttention(Operation *anchor, AtomTable &atoms,
                           ExprBuilder &eb);

//===----------------------------------------------------------------------===//
// Rewrite (RewritePlan.cpp, AttentionRewrite.cpp)
//===----------------------------------------------------------------------===//

/// The last step of the match: plans the views, the mask and the op's types
/// (checked against the op's verifier) so that the rewrite cannot fail; on
/// failure `reason` names what could not be planned.
FailureOr<RewritePlan> planRewrite(const AttentionMatch &m,
                                   const AtomTable &atoms,
                                   std::string &reason);

/// Emits attn.flash_attention for `m` (a finished match, its plan included)
/// before the anchor and replaces the uses of `m.replaced`.
FlashAttentionOp rewriteAttention(RewriterBase &rewriter,
                                  const AttentionMatch &m,
                                  const AtomTable &atoms);

/// The scalar a runtime factor holds: `x` itself, or the one element of an
/// all-unit tensor (AttentionRewrite.cpp).
Value buildRuntimeScalar(OpBuilder &b, Location loc, Value x);

/// The op's one mask (MaskBuild.cpp), or null without masks.
Value buildMask(OpBuilder &b, Location loc, const AttentionMatch &m,
                const AtomTable &atoms);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_ATTENTIONMATCH_H
