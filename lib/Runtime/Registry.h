//===- Registry.h - attnrt backend registry and dispatch --------*- C++ -*-===//
//
// Internal: shared by the C API (Registry.cpp) and the MLIR entry points.
//
//===----------------------------------------------------------------------===//

#ifndef ATTNRT_LIB_RUNTIME_REGISTRY_H
#define ATTNRT_LIB_RUNTIME_REGISTRY_H

#include "Backend.h"

#include <vector>

namespace attnrt {

/// Backends in registration order (reference, cpu, gpu if built and present).
/// Initialized once, thread-safely, on first use.
const std::vector<const Backend *> &registeredBackends();

/// Validates `p` and runs it on the backend `forced` names (when non-null and
/// non-empty: "backend" or "backend:kernel") or on the highest-priority
/// backend that supports it. Records
/// the message for attnrt_last_error() on failure. `caller` tags the
/// ATTNRT_LOG line. Never throws.
attnrt_status dispatch(const attnrt_problem *p, const char *forced,
                       const char *caller,
                       const ValidateOptions &options = ValidateOptions());

/// Sets this thread's attnrt_last_error() message (truncated, never throws).
void setLastError(const char *message);

} // namespace attnrt

#endif // ATTNRT_LIB_RUNTIME_REGISTRY_H
