/*===- attn_kernels.h - C interface of the flash-attention kernels --------===*\
|*                                                                            *|
|* Host-callable entry points of the kernels (kernels/ *.hip). Plain C types  *|
|* only, so the runtime (lib/Runtime/backends/GpuBackend.cpp) is compiled by *|
|* the host compiler without CUDA or HIP headers. Streams are opaque         *|
|* (cudaStream_t / hipStream_t passed as void *; NULL = default stream).     *|
|*                                                                            *|
|* Every function returns 0 on success, a positive CUDA/HIP runtime error    *|
|* code, or a negative ATTNK_E_* code; attnk_error_string() describes both.  *|
\*===----------------------------------------------------------------------===*/

#ifndef ATTN_KERNELS_H
#define ATTN_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#include "attnrt/attnrt_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Element types and causal modes: attnrt_dtype and attnrt_causal from
 * attnrt_types.h, the one vocabulary from the C API to the device. */

enum {
  ATTNK_E_UNSUPPORTED = -1,   /* the kernel variant cannot run this problem */
  ATTNK_E_NO_RUNTIME = -2,    /* built without a usable GPU runtime (AMD code-object build) */
  ATTNK_E_BAD_WORKSPACE = -3, /* decode workspace missing or too small */
};

/* A strided 4-D view, strides in elements, [B, H, S, D] order
 * (masks: [B, Hq, Sq, Sk], stride 0 = broadcast). Device pointers. */
typedef struct attnk_tensor {
  const void *data;
  int64_t strides[4];
} attnk_tensor;

typedef struct attnk_problem {
  attnrt_dtype dtype;      /* Q, K, V: F16 | BF16 */
  attnrt_dtype out_dtype;  /* O: F32 | F16 | BF16 */
  attnrt_dtype mask_dtype; /* F32 | F16 | BF16 | BOOL; no mask: mask.data == NULL */
  attnrt_causal causal;
  int64_t batch, heads_q, heads_kv, seq_q, seq_k, head_dim, head_dim_v;
  float scale;
  /* The program's logit rounding (attnrt_types.h): NONE, or each step of
   * the logit rounded to F16 / BF16. The kernels that compute it (the
   * sm_90 kernels of kernels/hopper and the NVIDIA decode kernel, for
   * rounding in the Q/K/V type) run compile-time variants for it; every
   * other entry point returns ATTNK_E_UNSUPPORTED for it. A caller that
   * zero-fills the struct gets NONE. Placed in the padding after `scale`,
   * so the struct's size and every other member's offset (and the kernels
   * that take it by value) are what they were. */
  attnrt_logit_rounding logit_rounding;
  attnk_tensor q, k, v, o, mask;
  /* Semantics of attnrt_types.h: a position hidden by the boolean mask or by
   * the causal mode takes the logit `mask_fill` (-inf or finite: a finite
   * fill enters the softmax like any logit, so a fully hidden row is the mean
   * of V); a row whose logits are all -inf is empty and yields zeros
   * (ATTNRT_EMPTY_ROWS_ZERO) or NaN (ATTNRT_EMPTY_ROWS_NAN); Sk == 0 yields
   * zeros. Key
   * blocks are skipped only where that is exact (docs/kernels.md). A caller
   * that zero-fills the struct must set mask_fill = -INFINITY for the
   * classic behaviour. */
  float mask_fill;
  attnrt_empty_rows empty_rows;
  /* Optional log-sum-exp output, f32 [B, Hq, Sq] (strides[0..2] in
   * elements; strides[3] unused); lse.data == NULL = not wanted. Per row:
   * the natural log of the softmax denominator in logit units,
   * max_j(s_ij) + log(sum_j exp(s_ij - max)); -inf for an empty row (all
   * logits -inf) and for Sk == 0. A kernel that does not write it declines
   * problems that ask for it (see the gpu backend's kernel table). */
  attnk_tensor lse;
} attnk_problem;

/* NULL when `p` is within what the kernels handle (shapes, dtypes, head
 * dims), else a static string saying why not. Independent of the variant. */
const char *attnk_unsupported_reason(const attnk_problem *p);

/* Non-causal, no mask: the fast path for full attention. */
int attnk_flash_attention_nocausal(const attnk_problem *p, void *stream);
/* Causal (top-left or bottom-right), no mask: skips fully masked key blocks. */
int attnk_flash_attention_causal(const attnk_problem *p, void *stream);
/* General: optional mask (additive or boolean, broadcast strides), any causal mode. */
int attnk_flash_attention(const attnk_problem *p, void *stream);

/* Split-KV decode for few query rows: grouped query heads share K/V loads;
 * partial results over key splits are combined through their log-sum-exp.
 * Handles masks and causal modes too. num_splits <= 0 picks a count from
 * the device's multiprocessor count. The workspace (device memory) must hold
 * attnk_decode_workspace_bytes(p, num_splits) bytes. */
int attnk_decode_num_splits(const attnk_problem *p, int num_sms);
size_t attnk_decode_workspace_bytes(const attnk_problem *p, int num_splits);
int attnk_flash_attention_decode(const attnk_problem *p, int num_splits,
                                 void *workspace, size_t workspace_bytes,
                                 void *stream);
/* Merges `num_splits` (1..64) split partials laid out as the decode
 * workspace holds them (part_o [split][row][Dv] f32 outputs, each
 * normalized by its own sum; part_ml [split][row][2] row max and sum in
 * natural logit units; row = (b * Hq + h) * Sq + i of `p`) into p's O and
 * lse: weights l_s exp(m_s - max m), a split with m = -inf weighs 0, a row
 * with no finite logit is empty (zeros, or NaN under empty_rows NaN).
 * For kernels that split keys themselves (attn_hopper_fwd_split). */
int attnk_decode_combine(const attnk_problem *p, const float *part_o,
                         const float *part_ml, int num_splits, void *stream);
/* The decode workspace, stream-ordered, from a per-device pool that keeps
 * up to 64 MiB across synchronizes (the default pool returns its memory at
 * every synchronize, and the next call then waits on fresh mappings).
 * Release with attnk_free_async. */
int attnk_decode_workspace_alloc(void **ptr, size_t bytes, void *stream);
/* 1 where attnk_flash_attention_decode takes `p`'s head dim: max(D, Dv)
 * padded to 64 or 128 on every kernel; on the NVIDIA decode kernel only
 * (K/V rows 16-byte aligned) also padded to 32 or 96, D == Dv == 256
 * (sm_90+, no logit rounding), and D == Dv of 136-248 on sm_90+ with one
 * query head per KV head on few (batch, head) pairs (decode/decode_nv.cu,
 * d256_ok). 0 otherwise. */
int attnk_decode_head_dim_supported(const attnk_problem *p);
/* NULL when attnk_flash_attention_decode computes `p`'s logit_rounding
 * (none, or rounding in the Q/K/V type on the NVIDIA decode kernel, which
 * needs 16-byte aligned K/V rows), else why not. */
const char *attnk_decode_logit_rounding_reason(const attnk_problem *p);

/* Which of these to launch is the gpu backend's kernel table
 * (lib/Runtime/backends/GpuKernelTable.cpp). */

/* A thin layer over the GPU runtime so that the backend needs no GPU headers. */
const char *attnk_error_string(int code);
const char *attnk_platform(void); /* "cuda" or "hip" */
int attnk_device_count(int *count);
int attnk_get_device(int *device);
int attnk_set_device(int device);
int attnk_device_name(int device, char *name, size_t name_size);
int attnk_multiprocessor_count(int device, int *count);
int attnk_malloc_async(void **ptr, size_t bytes, void *stream);
int attnk_free_async(void *ptr, void *stream);
int attnk_memcpy_h2d_async(void *dst, const void *src, size_t bytes, void *stream);
int attnk_memcpy_d2h_async(void *dst, const void *src, size_t bytes, void *stream);
int attnk_stream_synchronize(void *stream);
int attnk_get_last_error(void); /* clears it, like cudaGetLastError */
/* Whether `ptr` is device (or managed) memory the device can address. */
int attnk_pointer_is_device(const void *ptr, int *is_device, int *device);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ATTN_KERNELS_H */
