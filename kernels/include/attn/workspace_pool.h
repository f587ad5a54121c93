//===- workspace_pool.h - scratch memory kept across synchronizes (NVIDIA) -===//
//
// The kernels' scratch (decode partials, mask copies into 16-byte rows, the
// dead map of a mask) is allocated stream-ordered from a memory pool of the
// library's own, one per device. The device's default pool (release
// threshold 0) returns its memory to the OS at every stream or event
// synchronize, and the next call waits on fresh mappings while the GPU
// idles: 5-6 us of a 65-210 us decode call (bench/gpu/DECODE_NOTES.md), and
// far more for a mask copy of hundreds of MB. This pool keeps, across
// synchronizes, 64 MiB or the largest single request it has served, if
// larger (its release threshold follows that high-water mark, as a caching
// allocator keeps its blocks); ATTN_WORKSPACE_KEEP_MB caps what it keeps.
// Allocation stays stream-ordered (cudaMallocFromPoolAsync / cudaFreeAsync),
// so reuse across streams is as safe as with the default pool.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_WORKSPACE_POOL_H
#define ATTN_WORKSPACE_POOL_H

#include <cuda_runtime.h>

#include <cstdlib>
#include <mutex>

namespace attn {

struct WorkspacePools {
  static constexpr int kMaxDevices = 64;
  static constexpr unsigned long long kMinKeepBytes = 64ull << 20;
  std::mutex mu;
  cudaMemPool_t pool[kMaxDevices] = {};
  bool tried[kMaxDevices] = {};
  unsigned long long keep[kMaxDevices] = {};
};

// One set for the whole library (an inline function's static: shared by
// every translation unit that allocates scratch).
inline WorkspacePools &workspace_pools() {
  static WorkspacePools pools;
  return pools;
}

// The cap on what a pool keeps (ATTN_WORKSPACE_KEEP_MB, read once; no cap
// by default).
inline unsigned long long workspace_keep_cap() {
  static const unsigned long long cap = [] {
    const char *e = std::getenv("ATTN_WORKSPACE_KEEP_MB");
    return e ? std::strtoull(e, nullptr, 10) << 20 : ~0ull;
  }();
  return cap;
}

// `bytes` from device dev's pool on `stream`; where no pool can be made,
// from the device's default pool.
inline cudaError_t workspace_alloc(void **ptr, size_t bytes, cudaStream_t stream) {
  int dev = -1;
  if (bytes == 0) bytes = 1;
  cudaMemPool_t pool = nullptr;
  if (cudaGetDevice(&dev) == cudaSuccess && dev >= 0 && dev < WorkspacePools::kMaxDevices) {
    WorkspacePools &ps = workspace_pools();
    std::lock_guard<std::mutex> lock(ps.mu);
    if (!ps.tried[dev]) {
      ps.tried[dev] = true;
      cudaMemPoolProps props = {};
      props.allocType = cudaMemAllocationTypePinned;
      props.location.type = cudaMemLocationTypeDevice;
      props.location.id = dev;
      if (cudaMemPoolCreate(&ps.pool[dev], &props) != cudaSuccess) ps.pool[dev] = nullptr;
    }
    pool = ps.pool[dev];
    unsigned long long want = bytes > WorkspacePools::kMinKeepBytes ? bytes : WorkspacePools::kMinKeepBytes;
    if (want > workspace_keep_cap()) want = workspace_keep_cap();
    if (pool && want > ps.keep[dev] &&
        cudaMemPoolSetAttribute(pool, cudaMemPoolAttrReleaseThreshold, &want) == cudaSuccess)
      ps.keep[dev] = want;
  }
  (void)cudaGetLastError();  // a failed pool setup is not the caller's error
  return pool ? cudaMallocFromPoolAsync(ptr, bytes, pool, stream) : cudaMallocAsync(ptr, bytes, stream);
}

}  // namespace attn

#endif  // ATTN_WORKSPACE_POOL_H
