//===- Threads.h - how many host threads a backend may use ------*- C++ -*-===//
//
// The host backends (cpu, reference) spread independent rows over threads:
// ATTNRT_NUM_THREADS if set (> 0), else the hardware's, at most 1024.
//
//===----------------------------------------------------------------------===//

#ifndef ATTNRT_THREADS_H
#define ATTNRT_THREADS_H

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <thread>

namespace attnrt {

inline int64_t configuredThreads() {
  int64_t n = static_cast<int64_t>(std::thread::hardware_concurrency());
  if (const char *env = std::getenv("ATTNRT_NUM_THREADS")) {
    long v = std::strtol(env, nullptr, 10);
    if (v > 0)
      n = v;
  }
  return std::max<int64_t>(1, std::min<int64_t>(n, 1024));
}

} // namespace attnrt

#endif // ATTNRT_THREADS_H
