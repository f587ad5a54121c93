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
