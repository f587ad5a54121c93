/*===- attnrt_types.h - the attention problem vocabulary ------------------===*\
|*                                                                            *|
|* One plain-C vocabulary from the C API down to the device: element types,   *|
|* causal modes, what a masked position and an empty row compute, the         *|
|* 4-D strided view. Included by attnrt.h, by the runtime, and by the         *|
|* kernels' ABI header; every other layer uses these enums, never its own     *|
|* copy (MLIR enums meet them through static_asserts).                        *|
|*                                                                            *|
|* Semantics, for every batch b, query head h (kv head h / (Hq / Hkv)),       *|
|* query row i and key j:                                                     *|
|*   s_ij = scale * q_i . k_j  (+ mask_ij when the mask is additive)          *|
|*   s_ij = mask_fill          when j is hidden: the boolean mask is false    *|
|*                             there or the causal mode hides j from i        *|
|*   o_i  = sum_j softmax_j(s_i.) v_j                                         *|
|* A row is empty when every s_ij is -inf (e.g. every key hidden with a       *|
|* -inf fill, or an additive mask of -inf everywhere): plain softmax gives    *|
|* NaN there; programs that guard it (PyTorch's safe softmax, the ONNX        *|
|* exporters' select(P != P, 0, P)) give zeros. empty_rows says which.        *|
|* With a finite fill no row is empty: a row whose keys are all hidden is     *|
|* the mean of V. Sk == 0 gives zeros (MLIR entry points; attnrt_run needs   *|
|* every size >= 1).                                                          *|
|*                                                                            *|
|* logit_rounding = F16 or BF16 (type T; NONE, the default, is the formula    *|
|* above in f32 or wider) is the program that computes its logits in T, as    *|
|* HF eager attention does in f16/bf16: for a key j that is not hidden,       *|
|*   s_ij = rnd_T( rnd_T( rnd_T(q_i . k_j) * scale ) + rnd_T(mask_ij) )       *|
|* where rnd_T rounds to nearest even in T (overflow gives +-inf), q.k is     *|
|* accumulated in at least f32 and rounded once, scale must be exactly        *|
|* representable in T, and the last step is absent without an additive        *|
|* mask. Hidden keys still take mask_fill, and the softmax over s_i. is the   *|
|* one above (in f32 or wider), so a row whose rounded logits are all -inf    *|
|* (s + finfo(T).min overflowing) is empty. This decides what a row whose     *|
|* keys are all masked by finfo(T).min yields.                                *|
\*===----------------------------------------------------------------------===*/

#ifndef ATTNRT_ATTNRT_TYPES_H
#define ATTNRT_ATTNRT_TYPES_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum attnrt_dtype {
  ATTNRT_DTYPE_F32 = 0,
  ATTNRT_DTYPE_F16 = 1,
  ATTNRT_DTYPE_BF16 = 2,
  ATTNRT_DTYPE_BOOL = 3, /* masks only: one byte per element, nonzero = keep */
} attnrt_dtype;

typedef enum attnrt_causal {
  ATTNRT_CAUSAL_NONE = 0,
  ATTNRT_CAUSAL_TOP_LEFT = 1,     /* key j visible to query i iff j <= i (PyTorch is_causal) */
  ATTNRT_CAUSAL_BOTTOM_RIGHT = 2, /* j <= i + Sk - Sq (FlashAttention) */
} attnrt_causal;

/* What a row with no finite logit (every s_ij == -inf) yields. */
typedef enum attnrt_empty_rows {
  ATTNRT_EMPTY_ROWS_ZERO = 0, /* zeros (safe softmax); the default */
  ATTNRT_EMPTY_ROWS_NAN = 1,  /* NaN (plain softmax over -inf logits) */
} attnrt_empty_rows;

/* In which type the logits are computed (see the semantics above). The
 * numbering matches attnrt_dtype's. */
typedef enum attnrt_logit_rounding {
  ATTNRT_LOGIT_ROUNDING_NONE = 0, /* f32 or wider: the default */
  ATTNRT_LOGIT_ROUNDING_F16 = 1,  /* each step rounded to f16 */
  ATTNRT_LOGIT_ROUNDING_BF16 = 2, /* each step rounded to bf16 */
} attnrt_logit_rounding;

typedef enum attnrt_memory {
  ATTNRT_MEMORY_HOST = 0,   /* pointers are host memory; GPU backends stage them */
  ATTNRT_MEMORY_DEVICE = 1, /* pointers are device memory of `device`; used in place */
} attnrt_memory;

/* A 4-D strided view. Sizes and strides are in elements, in [B, H, S, D]
 * order (for masks [B, H, Sq, Sk]). Strides may be any non-negative values
 * (BSHD, BHSD, transposed views); a stride of 0 broadcasts (inputs only: no
 * two elements of the output may share memory). */
typedef struct attnrt_tensor {
  void *data;
  attnrt_dtype dtype;
  int64_t sizes[4];
  int64_t strides[4];
} attnrt_tensor;

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ATTNRT_ATTNRT_TYPES_H */
