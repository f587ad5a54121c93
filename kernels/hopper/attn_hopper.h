/*===- attn_hopper.h - Hopper (sm_90a) flash-attention forward fast path --===*\
|*                                                                            *|
|* A FlashAttention-3-style forward kernel for NVIDIA Hopper: TMA            *|
|* (cp.async.bulk.tensor) loads into 128-byte-swizzled shared memory, one    *|
|* producer warpgroup and two consumer warpgroups (warp specialization with  *|
|* setmaxnreg), wgmma for both QK^T and PV, online softmax in registers.     *|
|*                                                                            *|
|* Computes, for every batch b and query head h (kv head h / (Hq / Hkv)):    *|
|*   O = softmax(scale * Q K^T [+ mask]) V, f32 accumulation and softmax.    *|
|* Masks (additive or boolean, any broadcast), the mask fill and the empty- *|
|* row mode as in attnrt_types.h; see the params below.                      *|
|*                                                                            *|
|* Plain C ABI, no CUDA headers needed by the caller. Pointers are device    *|
|* pointers of the current CUDA device; `stream` is a cudaStream_t (NULL =   *|
|* the legacy default stream). Functions return 0 on success or a            *|
|* cudaError_t value (cudaErrorInvalidValue = 1 for a problem this path      *|
|* does not support: call attn_hopper_supported() first).                    *|
\*===----------------------------------------------------------------------===*/

#ifndef ATTN_HOPPER_H
#define ATTN_HOPPER_H

#include <stdint.h>

#include "attnrt/attnrt_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Element types and causal modes are attnrt_types.h's attnrt_dtype
 * (ATTNRT_DTYPE_F16 or ATTNRT_DTYPE_BF16 here) and attnrt_causal. */

typedef struct attn_hopper_params {
  const void *q; /* [B, Hq, Sq, D] */
  const void *k; /* [B, Hkv, Sk, D] */
  const void *v; /* [B, Hkv, Sk, D] */
  void *o;       /* [B, Hq, Sq, D], same dtype; must not overlap q, k, v */
  attnrt_dtype dtype; /* F16 or BF16: q, k, v and o all of it */
  int64_t B, Hq, Hkv, Sq, Sk, D; /* D in {64, 128}; Hq % Hkv == 0 */
  /* Strides in elements for the (batch, head, seq) dims; the last (D) dim
   * is contiguous. TMA needs every stride of a dim of size > 1 to be a
   * positive multiple of 8 elements (16 bytes) and 16-byte-aligned bases. */
  int64_t q_stride[3], k_stride[3], v_stride[3], o_stride[3];
  float scale; /* usually 1/sqrt(D) */
  attnrt_causal causal;
  /* Optional mask, [B|1, Hq|1, Sq|1, Sk] with element strides (0 =
   * broadcast): additive (mask_dtype F32, F16, BF16: the logit is
   * scale*q.k + mask) or boolean (BOOL, one byte, nonzero = visible); NULL =
   * none. */
  const void *mask;
  attnrt_dtype mask_dtype;
  int64_t mask_stride[4];
  /* attnrt_types.h semantics: a position hidden by the causal mode or the
   * boolean mask takes the logit mask_fill (-inf or finite); a row whose
   * logits are all -inf yields zeros (empty_rows 0) or NaN (1). Callers that
   * zero the struct must set mask_fill = -INFINITY for the classic meaning. */
  float mask_fill;
  int empty_rows;
} attn_hopper_params;

/* 1 if attn_hopper_fwd can run `p` on the current device (an sm_90 GPU,
 * shapes, dtypes, strides and alignment as above), else 0. Cheap: the
 * device query is cached per device. */
int attn_hopper_supported(const attn_hopper_params *p);

/* Enqueues the forward pass on `stream`. 0 or a cudaError_t value. */
int attn_hopper_fwd(const attn_hopper_params *p, void *stream);

/* For benchmarks and tests: run a specific compiled variant (see
 * attn_hopper_variant_name); variant < 0 means the default choice. */
int attn_hopper_fwd_variant(const attn_hopper_params *p, int variant,
                            void *stream);
/* The variant attn_hopper_fwd runs for `p`. */
int attn_hopper_default_variant(const attn_hopper_params *p);
/* Name of variant `i` for problem head dim `d` and dtype, or NULL past the
 * last one. */
const char *attn_hopper_variant_name(int d, attnrt_dtype dtype, int i);

#ifdef __cplusplus
}
#endif

#endif /* ATTN_HOPPER_H */
