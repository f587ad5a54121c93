//===- flash_attention_causal.hip - causal attention, no mask ---------------===//
//
// Top-left (PyTorch is_causal) or bottom-right (FlashAttention) causal
// attention without a mask operand. Key blocks wholly above the diagonal are
// never loaded; only blocks crossing it are masked element by element; the
// query blocks with the most keys are scheduled first. Head dims padded to
// 64 or 128; others go to flash_attention.hip.
//===----------------------------------------------------------------------===//
#include "attn/fa_launch.h"

using namespace attn;

extern "C" int attnk_flash_attention_causal(const attnk_problem *p, void *stream) {
  if (unsupported_reason(p) || rounds_logits(p) || p->causal == ATTNRT_CAUSAL_NONE || has_mask(p))
    return ATTNK_E_UNSUPPORTED;
  const int dp = dp_bucket(p->head_dim > p->head_dim_v ? p->head_dim : p->head_dim_v);
  const FaArgs a = make_args(p);
  hipStream_t s = (hipStream_t)stream;
  if (p->dtype == ATTNRT_DTYPE_F16) {
    if (dp == 64) return launch_fa<f16_t, 64, KIND_CAUSAL>(a, p->batch, s);
    if (dp == 128) return launch_fa<f16_t, 128, KIND_CAUSAL>(a, p->batch, s);
  } else {
    if (dp == 64) return launch_fa<bf16_t, 64, KIND_CAUSAL>(a, p->batch, s);
    if (dp == 128) return launch_fa<bf16_t, 128, KIND_CAUSAL>(a, p->batch, s);
  }
  return ATTNK_E_UNSUPPORTED;
}
