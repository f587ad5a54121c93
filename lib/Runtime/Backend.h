//===- Backend.h - attnrt internal backend interface ------------*- C++ -*-===//
//
// The contract between the registry and the backends (reference, cpu, gpu).
// A backend only ever sees a Problem that validate() accepted, so it may rely
// on every invariant documented below and never re-checks user input.
//
//===----------------------------------------------------------------------===//

#ifndef ATTNRT_LIB_RUNTIME_BACKEND_H
#define ATTNRT_LIB_RUNTIME_BACKEND_H

#include "attnrt/attnrt.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

namespace attnrt {

/// Bytes per element of `t` (BOOL is one byte per element).
inline size_t dtypeSize(attnrt_dtype t) {
  switch (t) {
  case ATTNRT_DTYPE_F32:
    return 4;
  case ATTNRT_DTYPE_F16:
  case ATTNRT_DTYPE_BF16:
    return 2;
  case ATTNRT_DTYPE_BOOL:
    return 1;
  }
  return 0;
}

/// "f32", "f16", "bf16", "bool" or "invalid".
const char *dtypeName(attnrt_dtype t);

/// "none", "f16", "bf16" or "invalid".
const char *logitRoundingName(attnrt_logit_rounding r);

/// A validated 4-D strided view. Sizes and strides are in elements; every
/// size is >= 1, every stride >= 0, and every element address fits in the
/// address range of the buffer (no int64 overflow when computing
/// sum(idx[i] * strides[i]) * elementSize).
struct View {
  void *data = nullptr;
  attnrt_dtype dtype = ATTNRT_DTYPE_F32;
  int64_t sizes[4] = {0, 0, 0, 0};
  int64_t strides[4] = {0, 0, 0, 0};

  /// Element offset of index (i0, i1, i2, i3).
  int64_t offset(int64_t i0, int64_t i1, int64_t i2, int64_t i3) const {
    return i0 * strides[0] + i1 * strides[1] + i2 * strides[2] +
           i3 * strides[3];
  }
  /// Address of element (i0, i1, i2, i3).
  void *at(int64_t i0, int64_t i1, int64_t i2, int64_t i3) const {
    return static_cast<char *>(data) +
           offset(i0, i1, i2, i3) * static_cast<int64_t>(dtypeSize(dtype));
  }
};

/// The C++ view of a validated attnrt_problem. Invariants:
///  - q is [B, Hq, Sq, D], k is [B, Hkv, Sk, D], v is [B, Hkv, Sk, Dv], o is
///    [B, Hq, Sq, Dv]; all sizes >= 1; Hq % Hkv == 0.
///  - q, k, v share one dtype in {F32, F16, BF16}; o is F32, F16 or BF16.
///  - o does not overlap q, k, v or mask, and no two elements of o alias.
///  - When hasMask, mask.sizes are exactly {B, Hq, Sq, Sk} and every
///    broadcast dimension (size 1 in the caller's view) has stride 0, so a
///    backend indexes the mask like a full [B, Hq, Sq, Sk] tensor.
///    maskIsBool means dtype BOOL (nonzero byte = keep); otherwise additive.
///  - scale is finite, except from the MLIR entry points
///    (ValidateOptions::allowNonFiniteScale): backends that do not compute
///    the IEEE result for a NaN or infinite scale decline it.
///  - maskFill is -inf or finite; emptyRows and logitRounding are valid.
///  - Query head h reads kv head h / (Hq / Hkv).
struct Problem {
  int64_t B = 0, Hq = 0, Hkv = 0, Sq = 0, Sk = 0, D = 0, Dv = 0;
  View q, k, v, o, mask;
  bool hasMask = false;
  /// Optional log-sum-exp output (see attnrt.h), when hasLse: f32, sizes
  /// exactly {B, Hq, Sq, 1}, distinct rows at distinct addresses, no byte
  /// shared with q, k, v, mask or o. Row value: log(sum_j exp(s_ij)) in the
  /// natural log, -inf for an empty row. Backends that cannot write it
  /// decline problems with hasLse.
  View lse;
  bool hasLse = false;
  bool maskIsBool = false;
  attnrt_causal causal = ATTNRT_CAUSAL_NONE;
  float scale = 1.0f;
  /// Logit of a hidden position (bool mask false or causal): -inf or finite.
  float maskFill = -INFINITY;
  /// What a row with every logit -inf yields (see attnrt_types.h).
  attnrt_empty_rows emptyRows = ATTNRT_EMPTY_ROWS_ZERO;
  /// The type the logits are computed in, step by step (attnrt_types.h):
  /// NONE (f32 or wider), F16 or BF16. When not NONE, scale is exactly
  /// representable in that type. Backends that do not round each step
  /// decline it.
  attnrt_logit_rounding logitRounding = ATTNRT_LOGIT_ROUNDING_NONE;
  attnrt_memory memory = ATTNRT_MEMORY_HOST;
  int32_t device = 0;
  void *stream = nullptr;
  /// The kernel a backend with a kernel table must run
  /// (ATTNRT_BACKEND=<backend>:<kernel>, or the same spelling passed to
  /// attnrt_run_on); empty: the backend's own choice. Set by the registry.
  std::string kernel;

  /// Query heads per kv head.
  int64_t groupSize() const { return Hq / Hkv; }
  /// The kv head that query head h reads.
  int64_t kvHead(int64_t h) const { return h / groupSize(); }
  /// Number of keys visible to query row i under the causal mode (ignoring
  /// the mask): keys [0, result) are visible. May be 0 (fully masked row).
  int64_t visibleKeys(int64_t i) const {
    int64_t last; // Last visible key index.
    switch (causal) {
    case ATTNRT_CAUSAL_NONE:
      return Sk;
    case ATTNRT_CAUSAL_TOP_LEFT:
      last = i;
      break;
    case ATTNRT_CAUSAL_BOTTOM_RIGHT:
      last = i + Sk - Sq;
      break;
    default:
      return Sk;
    }
    if (last < 0)
      return 0;
    return last + 1 < Sk ? last + 1 : Sk;
  }
};

/// One entry of the registry. All callbacks must be thread-safe: attnrt_run
/// may be called concurrently from many threads.
struct Backend {
  /// Short lower-case name, matched by ATTNRT_BACKEND and attnrt_run_on.
  const char *name;
  /// Selection picks the highest priority whose supports() holds.
  int priority;
  /// Whether run() can execute `p`; when not, writes a one-line reason to
  /// *whyNot (if non-null). Must not touch the tensors' memory.
  bool (*supports)(const Problem &p, std::string *whyNot);
  /// Computes p.o. Only called after supports(p) returned true. On failure
  /// returns a non-success status and writes a message to *error.
  attnrt_status (*run)(const Problem &p, std::string *error);
  /// Backends with a kernel table (gpu): the kernel run(p) would launch
  /// (null if none), appending one line per kernel, chosen or why not, to
  /// *report when non-null. Null for backends without kernels.
  const char *(*explainKernels)(const Problem &p, std::string *report) =
      nullptr;
  /// A second name ATTNRT_BACKEND and attnrt_run_on accept (or null).
  const char *alias = nullptr;
};

/// What a caller of validate() accepts beyond the C API's contract.
struct ValidateOptions {
  /// A NaN or infinite scale computes the IEEE result of the formula (the
  /// MLIR entry points: a scale computed at run time by the program). The C
  /// API rejects it: there a NaN scale is a forgotten attnrt_problem_init
  /// default.
  bool allowNonFiniteScale = false;
};

/// Validates `p` and builds the Problem. On failure returns
/// ATTNRT_ERROR_INVALID_ARGUMENT and a message naming the operand; touches
/// no tensor memory either way.
attnrt_status validate(const attnrt_problem *p, Problem &out,
                       std::string &error,
                       const ValidateOptions &options = ValidateOptions());

/// Whether ATTNRT_LOG asks for one stderr line per call (backends may add
/// which kernel ran).
bool logCallsEnabled();

/// Backends defined in backends/*.cpp.
const Backend *getReferenceBackend();
const Backend *getCpuBackend();
/// Defined in backends/GpuBackend.cpp, built and registered only when
/// ATTNRT_HAVE_GPU is defined. Returns nullptr when no usable device is
/// present; gpuUnavailableReason() then says why.
const Backend *getGpuBackend();
const char *gpuUnavailableReason();

} // namespace attnrt

#endif // ATTNRT_LIB_RUNTIME_BACKEND_H
