//===- GpuKernels.h - the gpu backend's kernel table ------------*- C++ -*-===//
//
// Inside the gpu backend, kernels are chosen the way the registry chooses
// backends: an explicit list ordered by preference, each entry
// {name, supports(problem, why), launch, prefer(problem, why)}; the first
// whose supports() and prefer() hold runs. ATTNRT_BACKEND=gpu:<name> forces one (an error, never a fallback,
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
  /// Whether the default choice takes a problem that supports() accepts
  /// (a kernel that is exact on more problems than it is the fastest
  /// for); null = always. A forced kernel runs whatever supports() accepts.
  bool (*prefer)(const attnk_problem &k, std::string *whyNot) = nullptr;
};

/// The table, most preferred first.
const std::vector<const GpuKernel *> &gpuKernelTable();

/// The kernel named `name`, or null.
const GpuKernel *findGpuKernel(const std::string &name);

/// "sm90-wgmma, decode, ..." (the names, for messages).
std::string gpuKernelNames();

/// Whether sm90-packgqa (one 128-row tile of packed query heads per KV
/// head, PackedQueryGroups.h) is preferred to the split-KV decode kernel
/// for `k` on a device of `sms` multiprocessors; when not, why.
bool packedQueryGroupsPay(const attnk_problem &k, int sms,
                          std::string *whyNot);

/// Key splits of sm90-packgqa's tiles for `k` on `sms` multiprocessors (1:
/// no split): ATTN_PACKGQA_SPLITS when set (N >= 2 forced, 0/1 off, -1 the
/// rule), else the rule where packedSplitsPay holds (groups of more than 32
/// heads; D 256 groups of 2-15 from 1025 keys, GpuKernelTable.cpp), 1
/// elsewhere.
int packedQueryGroupSplits(const attnk_problem &k, int sms);
/// The rule: enough splits that tiles x splits fill `sms` once.
int packedQueryGroupSplitsRule(const attnk_problem &k, int sms);
/// Whether packed tiles with split keys are preferred to the decode kernel
/// where too few tiles alone are not (packedQueryGroupsPay false).
bool packedSplitsPay(const attnk_problem &k, int sms);

/// The kernel for `k`: `forced` when non-empty (null, with *whyNot set, if
/// it does not exist or cannot run `k`), else the first that supports and
/// prefers it.
/// Appends one line per kernel considered to *report (when non-null).
/// Without a report, kernels are asked with null reasons and the walk stops
/// at the chosen one (no message is made); the reasons are gathered, by a
/// second walk, only when no kernel runs `k` and *whyNot is asked for.
/// supports() and prefer() must answer the same with and without a reason.
const GpuKernel *chooseGpuKernel(const attnk_problem &k,
                                 const std::string &forced,
                                 std::string *whyNot, std::string *report);

} // namespace attnrt

#endif // ATTNRT_LIB_RUNTIME_BACKENDS_GPUKERNELS_H
