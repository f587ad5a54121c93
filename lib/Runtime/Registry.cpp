//===- Registry.cpp - attnrt backend registry and C API -------------------===//
//
// An explicit list of backends (no static-initializer registration: the
// order is visible here and does not depend on link order). Selection picks
// the highest priority whose supports() holds; ATTNRT_BACKEND=name or
// attnrt_run_on forces one and never falls back. A backend with a kernel
// table (gpu) takes "name:kernel" to force one of its kernels.
//
//===----------------------------------------------------------------------===//

#include "Registry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <stdexcept>
#include <string>

using namespace attnrt;

namespace {

struct RegistryState {
  std::vector<const Backend *> backends;   // Registration order.
  std::vector<const Backend *> byPriority; // Highest priority first.
  std::string unavailable; // "gpu: <reason>" lines for absent backends.
};

const RegistryState &registry() {
  // A function-local static: initialization is thread-safe (C++11 magic
  // statics) and happens on the first call, never at load time.
  static const RegistryState state = [] {
    RegistryState s;
    s.backends.push_back(getReferenceBackend());
    s.backends.push_back(getCpuBackend());
#ifdef ATTNRT_HAVE_GPU
    if (const Backend *gpu = getGpuBackend())
      s.backends.push_back(gpu);
    else
      s.unavailable +=
          std::string("gpu: unavailable: ") +
          (gpuUnavailableReason() ? gpuUnavailableReason() : "unknown reason");
#endif
    // Insertion sort: stable (ties keep registration order) and avoids
    // libstdc++'s deprecated temporary buffer in std::stable_sort.
    for (const Backend *b : s.backends) {
      auto it = s.byPriority.begin();
      while (it != s.byPriority.end() && (*it)->priority >= b->priority)
        ++it;
      s.byPriority.insert(it, b);
    }
    return s;
  }();
  return state;
}

// attnrt_last_error() storage: a fixed buffer so that reporting an error,
// including out-of-memory, never allocates.
thread_local char lastError[1024] = "";

const Backend *findBackend(const std::string &name) {
  for (const Backend *b : registry().backends)
    if (name == b->name || (b->alias && name == b->alias))
      return b;
  return nullptr;
}

/// "backend" or "backend:kernel" (ATTNRT_BACKEND, attnrt_run_on).
struct BackendSpec {
  std::string backend, kernel;
  explicit BackendSpec(const char *spec) {
    std::string s = spec ? spec : "";
    size_t colon = s.find(':');
    backend = s.substr(0, colon);
    if (colon != std::string::npos)
      kernel = s.substr(colon + 1);
  }
};

/// Kernel report lines folded into one for ATTNRT_LOG.
std::string oneLine(std::string lines) {
  std::string out;
  size_t start = 0;
  while (start < lines.size()) {
    size_t end = lines.find('\n', start);
    if (end == std::string::npos)
      end = lines.size();
    std::string line = lines.substr(start, end - start);
    while (!line.empty() && line[0] == ' ')
      line.erase(0, 1);
    if (!line.empty())
      out += (out.empty() ? "" : "; ") + line;
    start = end + 1;
  }
  return out;
}

std::string availableList() {
  std::string s;
  for (const Backend *b : registry().backends) {
    if (!s.empty())
      s += ", ";
    s += b->name;
  }
  return s;
}

const char *causalName(attnrt_causal c) {
  switch (c) {
  case ATTNRT_CAUSAL_NONE:
    return "none";
  case ATTNRT_CAUSAL_TOP_LEFT:
    return "top-left";
  case ATTNRT_CAUSAL_BOTTOM_RIGHT:
    return "bottom-right";
  }
  return "invalid";
}

bool logEnabled() {
  const char *v = std::getenv("ATTNRT_LOG");
  return v && *v && std::strcmp(v, "0") != 0;
}

void logCall(const char *caller, const Backend *backend, const Problem &p) {
  std::string kernel;
  if (backend->explainKernels) {
    std::string lines;
    const char *k = backend->explainKernels(p, &lines);
    kernel = std::string(" kernel ") + (k ? k : "none") + " [" +
             oneLine(lines) + "]";
  }
  std::fprintf(
      stderr,
      "attnrt: %s -> %s%s: B=%lld Hq=%lld Hkv=%lld Sq=%lld Sk=%lld D=%lld "
      "Dv=%lld qkv=%s o=%s mask=%s causal=%s scale=%g mask_fill=%g "
      "empty_rows=%s lse=%s logit_rounding=%s memory=%s\n",
      caller, backend->name, kernel.c_str(), (long long)p.B, (long long)p.Hq,
      (long long)p.Hkv, (long long)p.Sq, (long long)p.Sk, (long long)p.D,
      (long long)p.Dv, dtypeName(p.q.dtype), dtypeName(p.o.dtype),
      p.hasMask ? dtypeName(p.mask.dtype) : "none", causalName(p.causal),
      (double)p.scale, (double)p.maskFill,
      p.emptyRows == ATTNRT_EMPTY_ROWS_NAN ? "nan" : "zero",
      p.hasLse ? "yes" : "no", logitRoundingName(p.logitRounding),
      p.memory == ATTNRT_MEMORY_HOST ? "host" : "device");
}

/// Appends the kernel lines of a backend with a kernel table.
void reportKernels(const Backend *b, const Problem &p, std::string *report) {
  if (report && b->explainKernels)
    b->explainKernels(p, report);
}

/// Picks the backend for a validated problem, forced by `forced`
/// ("backend" or "backend:kernel") when non-empty; stores a forced kernel in
/// p.kernel. Returns null and sets `error` (with UNSUPPORTED in `status`)
/// when none can run it.
const Backend *choose(Problem &p, const char *forced, attnrt_status &status,
                      std::string &error, std::string *report) {
  const RegistryState &r = registry();
  if (forced && *forced) {
    BackendSpec spec(forced);
    const Backend *b = findBackend(spec.backend);
    if (!b) {
      status = ATTNRT_ERROR_UNSUPPORTED;
      error = std::string("no backend named '") + spec.backend +
              "' (available: " + availableList() + ")";
      if (!r.unavailable.empty())
        error += "; " + r.unavailable;
      return nullptr;
    }
    if (!spec.kernel.empty() && !b->explainKernels) {
      status = ATTNRT_ERROR_UNSUPPORTED;
      error = std::string("backend '") + b->name +
              "' has no kernel table (asked for kernel '" + spec.kernel +
              "' in '" + forced + "')";
      return nullptr;
    }
    if (std::string(forced).find(':') != std::string::npos &&
        spec.kernel.empty()) {
      status = ATTNRT_ERROR_UNSUPPORTED;
      error = std::string("'") + forced + "': empty kernel name";
      return nullptr;
    }
    p.kernel = spec.kernel;
    std::string why;
    if (!b->supports(p, &why)) {
      status = ATTNRT_ERROR_UNSUPPORTED;
      error = std::string("backend '") + forced +
              "' cannot run this problem: " + why;
      if (report)
        *report += error + "\n";
      return nullptr;
    }
    if (report) {
      *report += std::string(b->name) + ": forced (" + forced + "), chosen\n";
      reportKernels(b, p, report);
    }
    return b;
  }
  const Backend *chosen = nullptr;
  std::string reasons;
  for (const Backend *b : r.byPriority) {
    // A run needs no line about the backends after the chosen one.
    if (chosen && !report)
      break;
    std::string why;
    bool ok = b->supports(p, &why);
    if (ok && !chosen)
      chosen = b;
    std::string line = std::string(b->name) + " (priority " +
                       std::to_string(b->priority) + "): " +
                       (ok ? (chosen == b ? "supported, chosen" : "supported")
                           : "not supported: " + why);
    if (report) {
      *report += line + "\n";
      if (ok)
        reportKernels(b, p, report);
    }
    if (!ok)
      reasons += (reasons.empty() ? "" : "; ") + line;
  }
  if (report && !r.unavailable.empty())
    *report += r.unavailable + "\n";
  if (!chosen) {
    status = ATTNRT_ERROR_UNSUPPORTED;
    error = "no backend can run this problem: " + reasons;
    if (!r.unavailable.empty())
      error += "; " + r.unavailable;
  }
  return chosen;
}

const char *envBackend() { return std::getenv("ATTNRT_BACKEND"); }

} // namespace

namespace attnrt {

bool logCallsEnabled() { return logEnabled(); }

const std::vector<const Backend *> &registeredBackends() {
  return registry().backends;
}

void setLastError(const char *message) {
  std::snprintf(lastError, sizeof(lastError), "%s", message ? message : "");
}

attnrt_status dispatch(const attnrt_problem *cp, const char *forced,
                       const char *caller, const ValidateOptions &options) {
  try {
    Problem p;
    std::string error;
    attnrt_status status = validate(cp, p, error, options);
    if (status != ATTNRT_SUCCESS) {
      setLastError(error.c_str());
      return status;
    }
    const Backend *b = choose(p, forced, status, error, nullptr);
    if (!b) {
      setLastError(error.c_str());
      return status;
    }
    if (logEnabled())
      logCall(caller, b, p);
    status = b->run(p, &error);
    if (status != ATTNRT_SUCCESS) {
      std::string msg =
          std::string(b->name) + ": " + (error.empty() ? "failed" : error);
      setLastError(msg.c_str());
    }
    return status;
  } catch (const std::bad_alloc &) {
    setLastError("out of memory");
    return ATTNRT_ERROR_OUT_OF_MEMORY;
  } catch (const std::length_error &) {
    // A workspace larger than std::vector can hold (absurd sizes with
    // stride-0 inputs): also out of memory, from the caller's view.
    setLastError("out of memory (workspace size exceeds the address space)");
    return ATTNRT_ERROR_OUT_OF_MEMORY;
  } catch (const std::exception &e) {
    setLastError(e.what());
    return ATTNRT_ERROR_BACKEND;
  } catch (...) {
    setLastError("unknown exception in backend");
    return ATTNRT_ERROR_BACKEND;
  }
}

const char *dtypeName(attnrt_dtype t) {
  switch (t) {
  case ATTNRT_DTYPE_F32:
    return "f32";
  case ATTNRT_DTYPE_F16:
    return "f16";
  case ATTNRT_DTYPE_BF16:
    return "bf16";
  case ATTNRT_DTYPE_BOOL:
    return "bool";
  }
  return "invalid";
}

const char *logitRoundingName(attnrt_logit_rounding r) {
  switch (r) {
  case ATTNRT_LOGIT_ROUNDING_NONE:
    return "none";
  case ATTNRT_LOGIT_ROUNDING_F16:
    return "f16";
  case ATTNRT_LOGIT_ROUNDING_BF16:
    return "bf16";
  }
  return "invalid";
}

} // namespace attnrt

extern "C" {

ATTNRT_EXPORT void attnrt_problem_init(attnrt_problem *p) {
  if (!p)
    return;
  std::memset(p, 0, sizeof(*p));
  p->struct_size = sizeof(attnrt_problem);
  // NaN, so that forgetting to set the scale is an error rather than a
  // silently wrong softmax temperature.
  p->scale = NAN;
  p->causal = ATTNRT_CAUSAL_NONE;
  p->memory = ATTNRT_MEMORY_HOST;
  p->mask_fill = -INFINITY;
  p->empty_rows = ATTNRT_EMPTY_ROWS_ZERO;
  p->logit_rounding = ATTNRT_LOGIT_ROUNDING_NONE;
}

ATTNRT_EXPORT attnrt_status attnrt_run(const attnrt_problem *p) {
  return dispatch(p, envBackend(), "attnrt_run");
}

ATTNRT_EXPORT attnrt_status attnrt_run_on(const attnrt_problem *p,
                                          const char *backend) {
  if (!backend || !*backend) {
    setLastError("attnrt_run_on: backend name is null or empty");
    return ATTNRT_ERROR_INVALID_ARGUMENT;
  }
  return dispatch(p, backend, "attnrt_run_on");
}

ATTNRT_EXPORT const char *attnrt_last_error(void) { return lastError; }

ATTNRT_EXPORT const char *attnrt_status_string(attnrt_status s) {
  // A C caller may pass any int: switch on the raw value, never on an
  // out-of-range enum (undefined behavior in C++, flagged by UBSan).
  int value;
  static_assert(sizeof(value) == sizeof(s), "C enums are int-sized");
  std::memcpy(&value, &s, sizeof(value));
  switch (value) {
  case ATTNRT_SUCCESS:
    return "success";
  case ATTNRT_ERROR_INVALID_ARGUMENT:
    return "invalid argument";
  case ATTNRT_ERROR_UNSUPPORTED:
    return "unsupported";
  case ATTNRT_ERROR_OUT_OF_MEMORY:
    return "out of memory";
  case ATTNRT_ERROR_BACKEND:
    return "backend error";
  }
  return "unknown status";
}

ATTNRT_EXPORT int attnrt_backend_count(void) {
  try {
    return static_cast<int>(registry().backends.size());
  } catch (...) {
    return 0;
  }
}

ATTNRT_EXPORT const char *attnrt_backend_name(int index) {
  try {
    const auto &b = registry().backends;
    if (index < 0 || static_cast<size_t>(index) >= b.size())
      return nullptr;
    return b[index]->name;
  } catch (...) {
    return nullptr;
  }
}

ATTNRT_EXPORT attnrt_status attnrt_select_backend(const attnrt_problem *cp,
                                                  const char **chosen,
                                                  char *report,
                                                  size_t report_size) {
  try {
    if (chosen)
      *chosen = nullptr;
    if (report && report_size)
      report[0] = '\0';
    Problem p;
    std::string error, text;
    attnrt_status status = validate(cp, p, error);
    if (status == ATTNRT_SUCCESS) {
      const Backend *b = choose(p, envBackend(), status, error, &text);
      if (b && chosen)
        *chosen = b->name;
    }
    if (status != ATTNRT_SUCCESS) {
      setLastError(error.c_str());
      if (text.empty())
        text = error + "\n";
    }
    if (report && report_size)
      std::snprintf(report, report_size, "%s", text.c_str());
    return status;
  } catch (const std::bad_alloc &) {
    setLastError("out of memory");
    return ATTNRT_ERROR_OUT_OF_MEMORY;
  } catch (...) {
    setLastError("unknown exception");
    return ATTNRT_ERROR_BACKEND;
  }
}

ATTNRT_EXPORT int attnrt_api_version(void) { return ATTNRT_API_VERSION; }

} // extern "C"
