//===- flash_attention.hip - general flash attention -------------------------===//
//
// Any problem the kernels support: additive (f32/f16/bf16) or boolean mask
// with broadcast strides, Sq != Sk, any lengths, no / top-left / bottom-right
// causal, every head dim that is a multiple of 8 up to 256 (padded to 32,
// 64, 96, 128, 192 or 256), GQA/MQA. Also: the problem checks shared by
// all entry points (the choice among them is the gpu backend's kernel table).
//===----------------------------------------------------------------------===//
#include "attn/fa_launch.h"

using namespace attn;

extern "C" const char *attnk_unsupported_reason(const attnk_problem *p) {
  return unsupported_reason(p);
}

template <class T> static int launch_general(const FaArgs &a, int dp, int64_t batch, hipStream_t s) {
  switch (dp) {
  case 32: return launch_fa<T, 32, KIND_GENERAL>(a, batch, s);
  case 64: return launch_fa<T, 64, KIND_GENERAL>(a, batch, s);
  case 96: return launch_fa<T, 96, KIND_GENERAL>(a, batch, s);
  case 128: return launch_fa<T, 128, KIND_GENERAL>(a, batch, s);
  case 192: return launch_fa<T, 192, KIND_GENERAL>(a, batch, s);
  case 256: return launch_fa<T, 256, KIND_GENERAL>(a, batch, s);
  }
  return ATTNK_E_UNSUPPORTED;
}

extern "C" int attnk_flash_attention(const attnk_problem *p, void *stream) {
  if (unsupported_reason(p) || rounds_logits(p)) return ATTNK_E_UNSUPPORTED;
  const int dp = dp_bucket(p->head_dim > p->head_dim_v ? p->head_dim : p->head_dim_v);
  const FaArgs a = make_args(p);
  hipStream_t s = (hipStream_t)stream;
  if (p->dtype == ATTNRT_DTYPE_F16) return launch_general<f16_t>(a, dp, p->batch, s);
  return launch_general<bf16_t>(a, dp, p->batch, s);
}
