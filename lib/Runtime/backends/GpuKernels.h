//===- GpuKernels.h - the gpu backend's kernel table ------------*- C++ -*-===//
//
// Inside the gpu backend, kernels are chosen the way the registry chooses
// backends: an explicit list ordered by preference, each entry
// {name, supports(problem, why), launch}; the first whose supports() holds
// runs. ATTNRT_BACKEND=gpu:<name> forces one (an error, never a fallback,
// when it cannot run the problem). ATTNRT_LOG and attnrt_select_backend
// report the choice and why each earlier kernel declined.
//
// Only built with a GPU runtime (not ATTNRT_GPU_NO_RUNTIME).
//
//===----------------------------------------------------------------------===//

#ifndef ATTNRT_LIB_RUNTIME_BACKENDS_GPUKERNELS_H
#define ATTNRT_LIB_RUNTIME_BACKENDS_GPUKERNELS_H

#include "attn_kernels.h"

#include <string>
#include <vector>

namespace attnrt {

/// What a launch needs besides the problem (device pointers in `k`).
struct GpuLaunchContext {
  int device = 0;
  void *stream = nullptr;
  /// Device buffers the launch allocates (e.g. the decode workspace); the
  /// backend frees them, stream-ordered, after the call.
  std::vector<void *> *buffers = nullptr;
};

struct GpuKernel {
  /// Matched by ATTNRT_BACKEND=gpu:<name>; printed by ATTNRT_LOG.
  const char *name;
  /// Whether launch() can run `k` exactly; when not, a one-line reason.
  /// Only called on problems attnk_unsupported_reason() accepts.
  bool (*supports)(const attnk_problem &k, std::string *whyNot);
  /// Enqueues the kernel. Returns 0 or an attnk error code (see
  /// attnk_error_string); `what` names the failing step.
  int (*launch)(const attnk_problem &k, const GpuLaunchContext &ctx,
                const char **what);
};

/// The table, most preferred first.
const std::vector<const GpuKernel *> &gpuKernelTable();

/// The kernel named `name`, or null.
const GpuKernel *findGpuKernel(const std::string &name);

/// "sm90-wgmma, decode, ..." (the names, for messages).
std::string gpuKernelNames();

/// The kernel for `k`: `forced` when non-empty (null, with *whyNot set, if
/// it does not exist or cannot run `k`), else the first that supports it.
/// Appends one line per kernel considered to *report (when non-null).
const GpuKernel *chooseGpuKernel(const attnk_problem &k,
                                 const std::string &forced,
                                 std::string *whyNot, std::string *report);

} // namespace attnrt

#endif // ATTNRT_LIB_RUNTIME_BACKENDS_GPUKERNELS_H
