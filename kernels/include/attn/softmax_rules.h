//===- softmax_rules.h - the scalar rules every attention kernel shares -*- C++ -*-===//
//
// The per-element and per-row rules of attnrt_types.h that every kernel
// family (the portable fa_core.h kinds, the NVIDIA decode kernel, the
// split-KV combine, the Hopper kernel) must compute identically, written
// once as plain inline device functions on scalars so that any fragment
// layout (mma.sync, WMMA, MFMA, wgmma, scalar) can apply them element by
// element or row by row:
//  - units: natural (logits z, p = exp2((z - m) * log2 e)) or log2 (logits
//    pre-multiplied by log2 e, p = exp2(z - m)), or raw scores with the
//    scale folded into one FFMA (p = exp2(s * k - m * k));
//  - the online-softmax step: the new running max, the pivot the exponent
//    subtracts (0 for a row that has seen only -inf, so no -inf - -inf),
//    the rescale factor of the previous sum and accumulator;
//  - the logit of a position: a column past Sk is no key (-inf); a position
//    the causal mode hides takes the fill; a false boolean mask the fill; an
//    additive mask is added;
//  - the end of a row: l == 0 iff every logit is -inf (the row max adds
//    exp(0) = 1 to any other row), then the row is empty: zeros or NaN, and
//    its log-sum-exp is -inf; else O / l and lse = m + ln l;
//  - merging partial rows (the warps of a decode block, the key splits of
//    the combine) by their (m, l): each part scaled by exp(m_part - max m),
//    a part that saw no finite logit by exactly 0.
// Layout-specific work (row reductions across lanes, where the mask values
// come from, which tiles are skipped) stays in the kernels.
//===----------------------------------------------------------------------===//
#ifndef ATTN_SOFTMAX_RULES_H
#define ATTN_SOFTMAX_RULES_H

#include "attn/arch.h"

namespace attn {

constexpr float kLog2e = 1.4426950408889634f;
constexpr float kLn2 = 0.6931471805599453f;

// ---------------------------------------------------------------- units
// exp(z - pivot) for logits in the kernel's units: natural units subtract
// first (equal huge values, finfo.min fills or masks, cancel exactly) and
// then scale to log2 units; log2 units need no scaling. exp2(-inf) = +0.
template <bool NAT> ATTN_DEV float softmax_exp(float z, float pivot) {
  return fast_exp2(NAT ? (z - pivot) * kLog2e : z - pivot);
}

// Raw scores s with the scale folded in (k = scale * log2 e), pivot in log2
// units (softmax_step_scaled): exp2(s * k - pivot) in one FFMA.
ATTN_DEV float softmax_exp_scaled(float s, float k, float pivot) {
  return fast_exp2(fma_(s, k, -pivot));
}

// ---------------------------------------------------------------- online softmax
// One key tile of a row: m is the new running max, pivot what the tile's
// exponents subtract (m, or 0 while the row has seen only -inf), alpha the
// factor for the previous sum and accumulator (0 when the old max was
// -inf: nothing was accumulated).
struct SoftmaxStep {
  float m, pivot, alpha;
};

// The pivot of a running max m: 0 for a row with no finite logit yet.
ATTN_DEV float softmax_pivot(float m) { return m == neg_inf() ? 0.f : m; }

// m_old: the running max before the tile; tile_max: the tile's row max
// (already reduced across the lanes of the row), both in the kernel's units.
template <bool NAT> ATTN_DEV SoftmaxStep softmax_step(float m_old, float tile_max) {
  SoftmaxStep st;
  st.m = fmax_(m_old, tile_max);
  st.pivot = softmax_pivot(st.m);
  st.alpha = softmax_exp<NAT>(m_old, st.pivot);
  return st;
}

// The same step on raw scores (the maxima of s = q.k, not of logits) with
// the scale folded in: k = scale * log2 e, the pivot is in log2 units
// (m * k), the exponents are softmax_exp_scaled(s, k, pivot).
ATTN_DEV SoftmaxStep softmax_step_scaled(float m_old, float tile_max, float k) {
  SoftmaxStep st;
  st.m = fmax_(m_old, tile_max);
  st.pivot = st.m == neg_inf() ? 0.f : st.m * k;
  st.alpha = fast_exp2(m_old * k - st.pivot);
  return st;
}

// ---------------------------------------------------------------- logits
// Key j is visible to query row i iff j <= i + off (off = 0: top-left,
// PyTorch's is_causal; off = Sk - Sq: bottom-right); causal_last_key is the
// last visible one.
ATTN_DEV int causal_last_key(int i, int off) { return i + off; }
ATTN_DEV bool causal_hides(int j, int i, int off) { return j > causal_last_key(i, off); }

// A boolean mask keeps (nonzero) or hides: a hidden position's logit is the
// fill (-inf or finite; attnk_problem::mask_fill).
ATTN_DEV float bool_mask_logit(bool keep, float z, float fill) { return keep ? z : fill; }
// An additive mask value is added to z = scale * q.k (natural units).
ATTN_DEV float additive_mask_logit(float z, float add) { return z + add; }

// The logit of a position from z (the score with any additive mask): a
// column past Sk is no key and contributes nothing (-inf, whatever the
// fill); a hidden position (causal, false boolean) takes the fill. Kernels
// that read a mask operand test the cases in this order and read the mask
// only for a visible key (fa_core.h, decode_nv.cu: no_key_logit, the fill,
// then bool_mask_logit / additive_mask_logit).
ATTN_DEV float no_key_logit() { return neg_inf(); }
ATTN_DEV float position_logit(float z, bool is_key, bool hidden, float fill) {
  return !is_key ? neg_inf() : hidden ? fill : z; // neg_inf(): no_key_logit
}

// ---------------------------------------------------------------- end of a row
// What an empty row (every logit -inf, Sk > 0) is written as: NaN with
// ATTNRT_EMPTY_ROWS_NAN, else zeros.
ATTN_DEV float empty_row_value(bool nan) { return nan ? __builtin_nanf("") : 0.f; }

// The factor O is multiplied by at the end: 1 / l, or the empty-row value
// where l == 0 (every logit of the row -inf: the row max contributes
// exp(0) = 1 to the sum of any row with a finite logit).
ATTN_DEV float row_inv_sum(float l, float empty) { return l > 0.f ? 1.f / l : empty; }

// ln l for the log-sum-exp: lg2.approx * ln 2 (the portable kernels and the
// combine) or the device libm logf (the Hopper and decode_nv epilogues).
// They differ in the last bits; each kernel keeps the one it had, so its
// output is bit for bit what it was.
enum class LseLog { Fast, Libm };

// The row's log-sum-exp in natural units from its max m (natural units)
// and sum l = sum_j exp(z_j - m): -inf for an empty row (l == 0).
template <LseLog LOG = LseLog::Fast> ATTN_DEV float log_sum_exp(float m, float l) {
#if ATTN_PLATFORM_NVIDIA
  const float ln_l = LOG == LseLog::Fast ? fast_log2(l) * kLn2 : logf(l);
#else
  const float ln_l = LOG == LseLog::Fast ? fast_log2(l) * kLn2 : __builtin_logf(l);
#endif
  return l > 0.f ? m + ln_l : neg_inf();
}
// The same from a max in log2 units.
ATTN_DEV float log_sum_exp_log2(float m, float l) {
  return l > 0.f ? (m + fast_log2(l)) * kLn2 : neg_inf();
}

// ---------------------------------------------------------------- merging parts
// Parts of a row (the warps of a block, the key splits of a decode) each
// carry their max m_part and sum l_part (kept apart, not as one lse, so
// equal huge fills cancel exactly). With m_max the max over the parts:
// merge_scale is what a part's unnormalized sum and accumulator are scaled
// by, exp(m_part - m_max) in the parts' units (units = log2 e for natural
// units, 1 for log2 units), exactly 0 for a part without a finite logit;
// merge_weight is what a part's normalized output O_part = acc / l_part is
// weighted by (l_part * merge_scale). The merged row is
// sum w O_part / sum w, empty (row_inv_sum) when the sum is 0; its lse
// m_max + ln(sum w).
ATTN_DEV float merge_scale(float m_part, float m_max, float units) {
  return m_part == neg_inf() ? 0.f : fast_exp2((m_part - m_max) * units);
}
ATTN_DEV float merge_weight(float m_part, float l_part, float m_max, float units) {
  return m_part == neg_inf() ? 0.f : l_part * fast_exp2((m_part - m_max) * units);
}

} // namespace attn

#endif // ATTN_SOFTMAX_RULES_H
