/*===- attnrt.h - attn-opt runtime C API ----------------------------------===*\
|*                                                                            *|
|* The runtime behind attn.flash_attention. Two audiences:                    *|
|*  - embedders (ML compilers, frameworks) call attnrt_run() with a problem   *|
|*    description and pointers;                                               *|
|*  - code lowered by `attn-opt --attn-lower-to-llvm` calls the               *|
|*    _mlir_ciface_attnrt_mlir_* entry points with memref descriptors.        *|
|*                                                                            *|
|* Semantics, for every batch b and query head h (kv head h / (Hq / Hkv)):    *|
|*   O = softmax(scale * Q K^T + mask) V, softmax over the key axis,          *|
|* accumulated in at least f32. Masked positions and empty rows: see        *|
|* attnrt_types.h (mask_fill, empty_rows).                                    *|
|*                                                                            *|
|* Every call validates its arguments and returns a status; on failure        *|
|* attnrt_last_error() (thread-local) says why. A call rejected before a      *|
|* backend starts (invalid argument, unsupported, out of memory for host      *|
|* backends) touches no memory; after ATTNRT_ERROR_BACKEND (e.g. a GPU        *|
|* fault mid-run) the output's contents are unspecified.                      *|
|* Nothing in the library aborts the host process.                            *|
\*===----------------------------------------------------------------------===*/

#ifndef ATTNRT_ATTNRT_H
#define ATTNRT_ATTNRT_H

#include <stddef.h>
#include <stdint.h>

#include "attnrt/attnrt_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
/* dllexport only while building the library; consumers import. */
#if defined(ATTNRT_BUILDING_LIBRARY)
#define ATTNRT_EXPORT __declspec(dllexport)
#else
#define ATTNRT_EXPORT __declspec(dllimport)
#endif
#else
#define ATTNRT_EXPORT __attribute__((visibility("default")))
#endif

/* Bumped on any incompatible change of the structs or functions below. */
#define ATTNRT_API_VERSION 3

typedef enum attnrt_status {
  ATTNRT_SUCCESS = 0,
  ATTNRT_ERROR_INVALID_ARGUMENT = 1, /* the problem is malformed */
  ATTNRT_ERROR_UNSUPPORTED = 2,      /* valid, but no (or the forced) backend can run it */
  ATTNRT_ERROR_OUT_OF_MEMORY = 3,
  ATTNRT_ERROR_BACKEND = 4,          /* a backend failed while running (e.g. a GPU error) */
} attnrt_status;

typedef struct attnrt_problem {
  /* sizeof(attnrt_problem) as the caller compiled it (versioning). */
  uint32_t struct_size;
  attnrt_tensor q; /* [B, Hq, Sq, D]  f32 | f16 | bf16 */
  attnrt_tensor k; /* [B, Hkv, Sk, D] same dtype as q; Hq % Hkv == 0 */
  attnrt_tensor v; /* [B, Hkv, Sk, Dv] same dtype as q */
  attnrt_tensor o; /* [B, Hq, Sq, Dv] f32 | f16 | bf16; must not overlap q, k, v, mask */
  /* Optional: mask.data == NULL means none. Additive (f32/f16/bf16) or
   * boolean (ATTNRT_DTYPE_BOOL). Each size is 1 (broadcast) or the full size
   * of [B, Hq, Sq, Sk]. */
  attnrt_tensor mask;
  attnrt_causal causal;
  /* Any finite value (the result is the exact softmax even where f32 logits
   * would overflow, e.g. +-3.4e38); NaN and +-inf are rejected.
   * B*Hq*Sq*Sk*(D+Dv) must fit in int64 (else ATTNRT_ERROR_UNSUPPORTED):
   * stride-0 views can describe far more work than memory. */
  float scale;
  attnrt_memory memory;
  int32_t device; /* GPU ordinal when memory == ATTNRT_MEMORY_DEVICE */
  void *stream;   /* hipStream_t / cudaStream_t, or NULL for the default stream */
  /* Fields below were added in API 2; a caller built against API 1 passes
   * the smaller struct_size and gets their defaults. */
  /* The logit of a position hidden by the boolean mask or the causal mode:
   * -INFINITY (the default) or a finite value (e.g. -1e4, finfo.min), which
   * then enters the softmax like any other logit. See attnrt_types.h. */
  float mask_fill;
  attnrt_empty_rows empty_rows; /* default ATTNRT_EMPTY_ROWS_ZERO */
  /* Optional output: lse.data == NULL means none. f32, sizes exactly
   * [B, Hq, Sq, 1], any non-negative strides that keep rows apart: the
   * natural log of each row's softmax denominator, log(sum_j exp(s_ij)),
   * -INFINITY for an empty row (every s_ij == -inf). Partial attentions
   * over disjoint key sets merge exactly with it (split-KV, context
   * parallelism): L = log(exp(l1) + exp(l2)), o = exp(l1 - L) o1 +
   * exp(l2 - L) o2 (use empty_rows = ZERO so that an empty part is 0).
   * Must not overlap any other tensor. Written by the reference backend;
   * a backend that cannot write it declines the problem (see
   * attnrt_select_backend's report). */
  attnrt_tensor lse;
  /* Added in API 3 (API-1 and API-2 callers, passing their smaller
   * struct_size, get NONE). The type the program computes its logits in:
   * NONE (f32 or wider), or F16 / BF16, each step of
   * rnd_T(rnd_T(rnd_T(q.k) * scale) + rnd_T(mask)) rounded to T (see
   * attnrt_types.h); scale must then be exactly representable in T.
   * Backends that cannot compute it exactly decline the problem. */
  attnrt_logit_rounding logit_rounding;
} attnrt_problem;

/* Initializes `p` to an empty problem of this header's version: no tensors,
 * no mask, causal none, host memory, and scale NaN, so that a caller who
 * forgets to set the scale gets ATTNRT_ERROR_INVALID_ARGUMENT rather than a
 * silently wrong softmax (the usual value is 1/sqrt(D)). */
ATTNRT_EXPORT void attnrt_problem_init(attnrt_problem *p);

/* Runs the problem on the backend the registry selects, or on the backend
 * named by the environment variable ATTNRT_BACKEND when it is set (then a
 * backend that cannot run the problem is an error, never a fallback).
 * ATTNRT_BACKEND=gpu:<kernel> also forces one kernel of the gpu backend's
 * kernel table (sm90-wgmma, decode, fa2-causal, fa2-nocausal, fa2-general
 * as built); a kernel that cannot run the problem is an error too. */
ATTNRT_EXPORT attnrt_status attnrt_run(const attnrt_problem *p);

/* Runs on the named backend ("name" or "name:kernel", as ATTNRT_BACKEND);
 * ATTNRT_ERROR_UNSUPPORTED if it cannot. "hip" is accepted for "gpu". */
ATTNRT_EXPORT attnrt_status attnrt_run_on(const attnrt_problem *p,
                                          const char *backend);

/* The message of the last failed call on this thread ("" if none). */
ATTNRT_EXPORT const char *attnrt_last_error(void);

ATTNRT_EXPORT const char *attnrt_status_string(attnrt_status s);

/* Backends in registration order (reference, cpu, gpu as built and present). */
ATTNRT_EXPORT int attnrt_backend_count(void);
ATTNRT_EXPORT const char *attnrt_backend_name(int index);

/* Which backend attnrt_run would use for `p`, and why each other one would
 * not: a human-readable report is written (NUL-terminated, truncated to
 * report_size) when report != NULL, one line per backend and, under a
 * backend with a kernel table (gpu) that can run `p`, one line per kernel
 * ("  kernel <name>: supported, chosen" or "not supported: <why>").
 * *chosen receives the backend's name (static storage). */
ATTNRT_EXPORT attnrt_status attnrt_select_backend(const attnrt_problem *p,
                                                  const char **chosen,
                                                  char *report,
                                                  size_t report_size);

ATTNRT_EXPORT int attnrt_api_version(void);

/*===----------------------------------------------------------------------===
 * Entry points for code lowered from MLIR.
 *
 * Memref descriptors as MLIR's LLVM lowering lays them out (rank 4).
 * Symbols: _mlir_ciface_attnrt_mlir_flash_attention_<T>_<O>[_mask_<M>]
 *   T (q, k, v) and O (output): f32 | f16 | bf16;  M: f32 | f16 | bf16 | i1
 * Arguments: (q, k, v, [mask,] o, scale, causal, mask_fill, empty_rows,
 * logit_rounding) (logit_rounding: an attnrt_logit_rounding value).
 * The mask memref is rank 4;
 * a dimension of size 1 broadcasts. They return 0 on success, else an
 * attnrt_status, after printing the message to stderr (the lowered program
 * checks the status).
 * They run wherever the unfused program runs: an empty output (B, Hq, Sq or
 * Dv == 0) is not written, Sk == 0 gives zeros, D == 0 gives logits of
 * scale * 0 plus the mask, and a NaN or infinite scale computes the IEEE
 * result of the max/exp/sum/div formula (reference backend; the others
 * decline it).
 *===----------------------------------------------------------------------===*/

typedef struct attnrt_memref4d {
  void *allocated;
  void *aligned;
  int64_t offset;
  int64_t sizes[4];
  int64_t strides[4];
} attnrt_memref4d;

#define ATTNRT_DECLARE_MLIR_ENTRY(T, O)                                        \
  ATTNRT_EXPORT int32_t _mlir_ciface_attnrt_mlir_flash_attention_##T##_##O(    \
      attnrt_memref4d *q, attnrt_memref4d *k, attnrt_memref4d *v,              \
      attnrt_memref4d *o, float scale, int32_t causal, float mask_fill,        \
      int32_t empty_rows, int32_t logit_rounding);                             \
  ATTNRT_EXPORT int32_t                                                        \
      _mlir_ciface_attnrt_mlir_flash_attention_##T##_##O##_mask_f32(           \
          attnrt_memref4d *q, attnrt_memref4d *k, attnrt_memref4d *v,          \
          attnrt_memref4d *mask, attnrt_memref4d *o, float scale,              \
          int32_t causal, float mask_fill, int32_t empty_rows,                 \
          int32_t logit_rounding);                                             \
  ATTNRT_EXPORT int32_t                                                        \
      _mlir_ciface_attnrt_mlir_flash_attention_##T##_##O##_mask_f16(           \
          attnrt_memref4d *q, attnrt_memref4d *k, attnrt_memref4d *v,          \
          attnrt_memref4d *mask, attnrt_memref4d *o, float scale,              \
          int32_t causal, float mask_fill, int32_t empty_rows,                 \
          int32_t logit_rounding);                                             \
  ATTNRT_EXPORT int32_t                                                        \
      _mlir_ciface_attnrt_mlir_flash_attention_##T##_##O##_mask_bf16(          \
          attnrt_memref4d *q, attnrt_memref4d *k, attnrt_memref4d *v,          \
          attnrt_memref4d *mask, attnrt_memref4d *o, float scale,              \
          int32_t causal, float mask_fill, int32_t empty_rows,                 \
          int32_t logit_rounding);                                             \
  ATTNRT_EXPORT int32_t                                                        \
      _mlir_ciface_attnrt_mlir_flash_attention_##T##_##O##_mask_i1(            \
          attnrt_memref4d *q, attnrt_memref4d *k, attnrt_memref4d *v,          \
          attnrt_memref4d *mask, attnrt_memref4d *o, float scale,              \
          int32_t causal, float mask_fill, int32_t empty_rows,                 \
          int32_t logit_rounding);

ATTNRT_DECLARE_MLIR_ENTRY(f32, f32)
ATTNRT_DECLARE_MLIR_ENTRY(f32, f16)
ATTNRT_DECLARE_MLIR_ENTRY(f32, bf16)
ATTNRT_DECLARE_MLIR_ENTRY(f16, f32)
ATTNRT_DECLARE_MLIR_ENTRY(f16, f16)
ATTNRT_DECLARE_MLIR_ENTRY(f16, bf16)
ATTNRT_DECLARE_MLIR_ENTRY(bf16, f32)
ATTNRT_DECLARE_MLIR_ENTRY(bf16, f16)
ATTNRT_DECLARE_MLIR_ENTRY(bf16, bf16)

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ATTNRT_ATTNRT_H */
