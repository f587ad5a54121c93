//===- NarrowLogits.h - mask adds in f16 / bf16 and logit_rounding -*- C++ -*-//

#ifndef ATTN_LIB_TRANSFORMS_NARROWLOGITS_H
#define ATTN_LIB_TRANSFORMS_NARROWLOGITS_H

#include "Match/AttentionMatch.h"

#include <functional>
#include <optional>
#include <string>

namespace mlir {
namespace attn {
namespace fuse {

/// The mask joins the scores at an add; in a float type narrower than f32
/// (the add itself, or a later rounding of the sum), s + v rounds with the
/// magnitude of v. Only masks of 0 and -inf add exactly in any type. Returns
/// the failed check, or "" when every such add in `e` is exact.
std::string
checkNarrowMaskAdds(const Expr *e, FloatType roundedTo,
                    const std::function<bool(const Expr *)> &readsScores,
                    unsigned depth = 0);

/// Whether `e` reads the tensor `v` (unknown depth counts as reading it).
bool readsValue(const Expr *e, Value v, unsigned depth = 0);

/// The logits in the form attn.flash_attention's logit_rounding = T
/// defines: X = ext(rnd_T(rnd_T(rnd_T(S) * c) + mask)), or the same sum
/// with the softmax computed in T.
struct RoundedLogits {
  FloatType type;             // T: f16 or bf16
  double scale = 1.0;         // c: exactly a T value
  const Expr *mask = nullptr; // the mask term as the add reads it
};

/// The softmax's logits as logit_rounding = T defines them, or none.
std::optional<RoundedLogits> matchRoundedLogits(const SoftmaxMatch &sm,
                                                Value scoresVal);

/// The masks read into `m` are the one term `r.mask` adds, as the op takes
/// it.
bool isRoundedLogitsMatch(const RoundedLogits &r, const LogitsMatch &lm,
                          const AttentionMatch &m);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_NARROWLOGITS_H
