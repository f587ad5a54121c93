//===- MlirEntryPoints.cpp - _mlir_ciface_attnrt_* entry points -----------===//
//
// What `attn-opt --attn-lower-to-llvm` calls: one symbol per (q/k/v type,
// output type, mask type), taking MLIR's rank-4 memref descriptors. Each
// builds an attnrt_problem over host memory and goes through the same
// validation and dispatch as attnrt_run (so ATTNRT_BACKEND and ATTNRT_LOG
// apply). The lowered program cannot show an error message, so a failure
// is printed to stderr here before its status is returned.
//
// The fused program must run wherever the unfused one does, so these entry
// points follow the program where the C API is stricter: zero-size
// dimensions compute what the loops compute (an empty output is not
// written; Sk == 0 gives zeros; D == 0 gives logits of scale * 0 plus the
// mask), and a NaN or infinite scale computes the IEEE result of the
// max/exp/sum/div formula (on the backends that implement it: the
// reference).
//
//===----------------------------------------------------------------------===//

#include "Registry.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace attnrt;

namespace {

// Element types by their MLIR spelling in the symbol names. MLIR's LLVM
// lowering stores i1 memref elements as one byte each, which is exactly
// ATTNRT_DTYPE_BOOL.
constexpr attnrt_dtype dtype_f32 = ATTNRT_DTYPE_F32;
constexpr attnrt_dtype dtype_f16 = ATTNRT_DTYPE_F16;
constexpr attnrt_dtype dtype_bf16 = ATTNRT_DTYPE_BF16;
constexpr attnrt_dtype dtype_i1 = ATTNRT_DTYPE_BOOL;

/// Fills `t` from a memref descriptor; false (with `error`) when the
/// descriptor itself is unusable.
bool fromMemref(const char *name, const attnrt_memref4d *m, attnrt_dtype dt,
                attnrt_tensor &t, char *error, size_t errorSize) {
  if (!m) {
    std::snprintf(error, errorSize, "%s: memref descriptor pointer is null",
                  name);
    return false;
  }
  if (m->offset < 0) {
    std::snprintf(error, errorSize, "%s: memref offset %lld is negative", name,
                  static_cast<long long>(m->offset));
    return false;
  }
  int64_t bytes;
  uintptr_t data = 0;
  if (m->aligned &&
      (__builtin_mul_overflow(m->offset, static_cast<int64_t>(dtypeSize(dt)),
                              &bytes) ||
       __builtin_add_overflow(reinterpret_cast<uintptr_t>(m->aligned),
                              static_cast<uintptr_t>(bytes), &data))) {
    std::snprintf(error, errorSize, "%s: memref offset %lld overflows", name,
                  static_cast<long long>(m->offset));
    return false;
  }
  // A null aligned pointer stays null so that validation reports it.
  t.data = reinterpret_cast<void *>(data);
  t.dtype = dt;
  for (int i = 0; i < 4; ++i) {
    t.sizes[i] = m->sizes[i];
    t.strides[i] = m->strides[i];
  }
  return true;
}

bool hasEmptyOutput(const attnrt_tensor &o) {
  for (int i = 0; i < 4; ++i)
    if (o.sizes[i] == 0)
      return true;
  return false;
}

/// One element of every dtype, all bits zero (0.0 in f32, f16 and bf16).
const uint64_t kZeroElement = 0;

/// `t` as a view of the zero element broadcast to `t`'s sizes, with the
/// size of `dim` (if >= 0) set to 1.
void makeZeroBroadcast(attnrt_tensor &t, int dim) {
  t.data = const_cast<uint64_t *>(&kZeroElement);
  if (dim >= 0)
    t.sizes[dim] = 1;
  for (int i = 0; i < 4; ++i)
    t.strides[i] = 0;
}

/// Zero-size reduction dims, rewritten into problems every backend runs
/// and whose result is what the program's loops compute:
///  - Sk == 0: every sum over keys is empty, so O = sum_j P_ij V_j = 0
///    whatever the inputs, mask, causal mode, fill or empty-row rule: one
///    unmasked key with q, k and V all 0 gives exactly those zeros.
///  - D == 0: every q.k is an empty sum, 0, so the logits are scale * 0
///    (NaN for a non-finite scale) plus the mask: q and k of head dim 1
///    holding 0 give exactly those logits.
/// Other sizes are left to validation (which rejects sizes below 1).
void rewriteZeroSizeReductions(attnrt_problem &p, bool &hasMask) {
  if (p.k.sizes[2] == 0 && p.v.sizes[2] == 0) {
    makeZeroBroadcast(p.q, -1); // q may hold inf or NaN; unread by the program.
    makeZeroBroadcast(p.k, 2);
    makeZeroBroadcast(p.v, 2);
    p.mask.data = nullptr;
    hasMask = false;
    p.causal = ATTNRT_CAUSAL_NONE;
    p.scale = 1.0f;
  }
  if (p.q.sizes[3] == 0 && p.k.sizes[3] == 0) {
    makeZeroBroadcast(p.q, 3);
    makeZeroBroadcast(p.k, 3);
  }
}

int32_t entry(const char *symbol, attnrt_dtype qkvType, attnrt_dtype oType,
              bool hasMask, attnrt_dtype maskType, attnrt_memref4d *q,
              attnrt_memref4d *k, attnrt_memref4d *v, attnrt_memref4d *mask,
              attnrt_memref4d *o, float scale, int32_t causal, float maskFill,
              int32_t emptyRows, int32_t logitRounding) {
  attnrt_problem p;
  attnrt_problem_init(&p);
  char error[256];
  if (!fromMemref("q", q, qkvType, p.q, error, sizeof(error)) ||
      !fromMemref("k", k, qkvType, p.k, error, sizeof(error)) ||
      !fromMemref("v", v, qkvType, p.v, error, sizeof(error)) ||
      (hasMask &&
       !fromMemref("mask", mask, maskType, p.mask, error, sizeof(error))) ||
      !fromMemref("o", o, oType, p.o, error, sizeof(error))) {
    setLastError(error);
    std::fprintf(stderr, "attnrt: %s: %s\n", symbol, error);
    return ATTNRT_ERROR_INVALID_ARGUMENT;
  }
  p.scale = scale;
  // Stored as raw int: validation rejects values outside the enum.
  std::memcpy(&p.causal, &causal, sizeof(causal));
  p.mask_fill = maskFill;
  std::memcpy(&p.empty_rows, &emptyRows, sizeof(emptyRows));
  std::memcpy(&p.logit_rounding, &logitRounding, sizeof(logitRounding));
  p.memory = ATTNRT_MEMORY_HOST;
  if (hasEmptyOutput(p.o))
    return ATTNRT_SUCCESS; // B, Hq, Sq or Dv is 0: nothing to write.
  rewriteZeroSizeReductions(p, hasMask);
  if (hasMask && !p.mask.data) {
    // Without this, a null mask would silently mean "no mask".
    setLastError("mask: data pointer is null");
    std::fprintf(stderr, "attnrt: %s: mask: data pointer is null\n", symbol);
    return ATTNRT_ERROR_INVALID_ARGUMENT;
  }
  ValidateOptions options;
  options.allowNonFiniteScale = true;
  attnrt_status s =
      dispatch(&p, std::getenv("ATTNRT_BACKEND"), symbol, options);
  if (s != ATTNRT_SUCCESS)
    std::fprintf(stderr, "attnrt: %s: %s\n", symbol, attnrt_last_error());
  return static_cast<int32_t>(s);
}

} // namespace

#define ATTNRT_SYMBOL(T, O) _mlir_ciface_attnrt_mlir_flash_attention_##T##_##O
#define ATTNRT_STR2(x) #x
#define ATTNRT_STR(x) ATTNRT_STR2(x)

#define ATTNRT_DEFINE_MASKED(T, O, M)                                          \
  int32_t ATTNRT_SYMBOL(T, O##_mask_##M)(                                      \
      attnrt_memref4d * q, attnrt_memref4d * k, attnrt_memref4d * v,           \
      attnrt_memref4d * mask, attnrt_memref4d * o, float scale,                \
      int32_t causal, float maskFill, int32_t emptyRows,                       \
      int32_t logitRounding) {                                                 \
    return entry(ATTNRT_STR(ATTNRT_SYMBOL(T, O##_mask_##M)), dtype_##T,        \
                 dtype_##O, true, dtype_##M, q, k, v, mask, o, scale, causal,  \
                 maskFill, emptyRows, logitRounding);                          \
  }

#define ATTNRT_DEFINE_ENTRY(T, O)                                              \
  int32_t ATTNRT_SYMBOL(T, O)(attnrt_memref4d * q, attnrt_memref4d * k,        \
                              attnrt_memref4d * v, attnrt_memref4d * o,        \
                              float scale, int32_t causal, float maskFill,     \
                              int32_t emptyRows, int32_t logitRounding) {      \
    return entry(ATTNRT_STR(ATTNRT_SYMBOL(T, O)), dtype_##T, dtype_##O, false, \
                 dtype_f32, q, k, v, nullptr, o, scale, causal, maskFill,      \
                 emptyRows, logitRounding);                                    \
  }                                                                            \
  ATTNRT_DEFINE_MASKED(T, O, f32)                                              \
  ATTNRT_DEFINE_MASKED(T, O, f16)                                              \
  ATTNRT_DEFINE_MASKED(T, O, bf16)                                             \
  ATTNRT_DEFINE_MASKED(T, O, i1)

// Declared (extern "C", exported) in attnrt.h.
extern "C" {
ATTNRT_DEFINE_ENTRY(f32, f32)
ATTNRT_DEFINE_ENTRY(f32, f16)
ATTNRT_DEFINE_ENTRY(f32, bf16)
ATTNRT_DEFINE_ENTRY(f16, f32)
ATTNRT_DEFINE_ENTRY(f16, f16)
ATTNRT_DEFINE_ENTRY(f16, bf16)
ATTNRT_DEFINE_ENTRY(bf16, f32)
ATTNRT_DEFINE_ENTRY(bf16, f16)
ATTNRT_DEFINE_ENTRY(bf16, bf16)
}
