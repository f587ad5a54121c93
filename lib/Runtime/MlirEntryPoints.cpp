//===- MlirEntryPoints.cpp - _mlir_ciface_attnrt_* entry points -----------===//
//
// What `attn-opt --attn-lower-to-llvm` calls: one symbol per (q/k/v type,
// output type, mask type), taking MLIR's rank-4 memref descriptors. Each
// builds an attnrt_problem over host memory and goes through the same
// validation and dispatch as attnrt_run (so ATTNRT_BACKEND and ATTNRT_LOG
// apply). The lowered program cannot show an error message, so a failure
// is printed to stderr here before its status is returned.
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

int32_t entry(const char *symbol, attnrt_dtype qkvType, attnrt_dtype oType,
              bool hasMask, attnrt_dtype maskType, attnrt_memref4d *q,
              attnrt_memref4d *k, attnrt_memref4d *v, attnrt_memref4d *mask,
              attnrt_memref4d *o, float scale, int32_t causal, float maskFill,
              int32_t emptyRows) {
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
  if (hasMask && !p.mask.data) {
    // Without this, a null mask would silently mean "no mask".
    setLastError("mask: data pointer is null");
    std::fprintf(stderr, "attnrt: %s: mask: data pointer is null\n", symbol);
    return ATTNRT_ERROR_INVALID_ARGUMENT;
  }
  p.scale = scale;
  // Stored as raw int: validation rejects values outside the enum.
  std::memcpy(&p.causal, &causal, sizeof(causal));
  p.mask_fill = maskFill;
  std::memcpy(&p.empty_rows, &emptyRows, sizeof(emptyRows));
  p.memory = ATTNRT_MEMORY_HOST;
  attnrt_status s = dispatch(&p, std::getenv("ATTNRT_BACKEND"), symbol);
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
      int32_t causal, float maskFill, int32_t emptyRows) {                     \
    return entry(ATTNRT_STR(ATTNRT_SYMBOL(T, O##_mask_##M)), dtype_##T,        \
                 dtype_##O, true, dtype_##M, q, k, v, mask, o, scale, causal,  \
                 maskFill, emptyRows);                                         \
  }

#define ATTNRT_DEFINE_ENTRY(T, O)                                              \
  int32_t ATTNRT_SYMBOL(T, O)(attnrt_memref4d * q, attnrt_memref4d * k,        \
                              attnrt_memref4d * v, attnrt_memref4d * o,        \
                              float scale, int32_t causal, float maskFill,     \
                              int32_t emptyRows) {                             \
    return entry(ATTNRT_STR(ATTNRT_SYMBOL(T, O)), dtype_##T, dtype_##O, false, \
                 dtype_f32, q, k, v, nullptr, o, scale, causal, maskFill,      \
                 emptyRows);                                                   \
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
