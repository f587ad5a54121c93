// read_ceiling.cu - the achievable device-memory read rate on this GPU (the
// ceiling for the decode kernel, which reads K and V once and writes ~0).
// Reads a 4 GiB buffer of random words with 16-byte loads and reports TB/s
// (bytes read / time), for two access patterns:
//  - interleaved: grid-stride, consecutive threads on consecutive 16 bytes;
//  - chunked: block i streams its own contiguous 1/G of the buffer (as a
//    decode block streams its K/V range), G = blocks in one wave;
// and a device-to-device cudaMemcpy (bytes read + written). Median of 20
// timed runs after 3 warm-ups, CUDA events.
//   nvcc -O3 -arch=sm_90 -o read_ceiling bench/gpu/read_ceiling.cu && ./read_ceiling
#include <cuda_runtime.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

#define CK(x)                                                                                      \
  do {                                                                                             \
    cudaError_t e_ = (x);                                                                          \
    if (e_ != cudaSuccess) {                                                                       \
      std::printf("CUDA error %s at %s:%d\n", cudaGetErrorString(e_), __FILE__, __LINE__);         \
      return 1;                                                                                    \
    }                                                                                              \
  } while (0)

__global__ void fill(uint4 *p, size_t n) {
  for (size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x) {
    uint32_t h = (uint32_t)i * 2654435761u;
    p[i] = make_uint4(h, h ^ 0x9e3779b9u, h * 3u, ~h);
  }
}

__device__ __forceinline__ uint4 ld_stream(const uint4 *p) {
  uint4 v;
  asm volatile("ld.global.nc.L1::no_allocate.v4.u32 {%0, %1, %2, %3}, [%4];"
               : "=r"(v.x), "=r"(v.y), "=r"(v.z), "=r"(v.w)
               : "l"(p));
  return v;
}

// Grid-stride, 4 independent 16-byte loads per thread per step.
__global__ void read_interleaved(const uint4 *p, size_t n, uint32_t *sink) {
  uint32_t acc = 0;
  const size_t stride = (size_t)gridDim.x * blockDim.x;
  size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x;
  for (; i + 3 * stride < n; i += 4 * stride) {
    uint4 a = ld_stream(p + i), b = ld_stream(p + i + stride), c = ld_stream(p + i + 2 * stride),
          d = ld_stream(p + i + 3 * stride);
    acc ^= a.x ^ a.y ^ a.z ^ a.w ^ b.x ^ b.y ^ b.z ^ b.w ^ c.x ^ c.y ^ c.z ^ c.w ^ d.x ^ d.y ^ d.z ^ d.w;
  }
  for (; i < n; i += stride) {
    uint4 a = ld_stream(p + i);
    acc ^= a.x ^ a.y ^ a.z ^ a.w;
  }
  if (acc == 0x12345678u) sink[0] = acc; // keeps the loads
}

// Block b reads [b n / G, (b + 1) n / G) front to back, 4 loads per thread in flight.
__global__ void read_chunked(const uint4 *p, size_t n, uint32_t *sink) {
  const size_t G = gridDim.x, lo = blockIdx.x * n / G, hi = (blockIdx.x + 1) * n / G;
  uint32_t acc = 0;
  size_t i = lo + threadIdx.x;
  const size_t s = blockDim.x;
  for (; i + 3 * s < hi; i += 4 * s) {
    uint4 a = ld_stream(p + i), b = ld_stream(p + i + s), c = ld_stream(p + i + 2 * s), d = ld_stream(p + i + 3 * s);
    acc ^= a.x ^ a.y ^ a.z ^ a.w ^ b.x ^ b.y ^ b.z ^ b.w ^ c.x ^ c.y ^ c.z ^ c.w ^ d.x ^ d.y ^ d.z ^ d.w;
  }
  for (; i < hi; i += s) {
    uint4 a = ld_stream(p + i);
    acc ^= a.x ^ a.y ^ a.z ^ a.w;
  }
  if (acc == 0x12345678u) sink[0] = acc;
}

template <class F> float median_ms(F f) {
  cudaEvent_t a, b;
  cudaEventCreate(&a);
  cudaEventCreate(&b);
  for (int i = 0; i < 3; ++i) f();
  std::vector<float> t;
  for (int i = 0; i < 20; ++i) {
    cudaEventRecord(a);
    f();
    cudaEventRecord(b);
    cudaEventSynchronize(b);
    float ms = 0;
    cudaEventElapsedTime(&ms, a, b);
    t.push_back(ms);
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

int main() {
  const size_t bytes = 4ull << 30, n = bytes / 16;
  uint4 *p = nullptr, *q = nullptr;
  uint32_t *sink = nullptr;
  CK(cudaMalloc(&p, bytes));
  CK(cudaMalloc(&q, bytes / 2));
  CK(cudaMalloc(&sink, 4));
  int sms = 0;
  CK(cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, 0));
  fill<<<sms * 8, 512>>>(p, n);
  CK(cudaGetLastError());
  CK(cudaDeviceSynchronize());
  cudaDeviceProp prop;
  CK(cudaGetDeviceProperties(&prop, 0));
  std::printf("read ceiling: %s, %d SMs, L2 %d MB, 4 GiB of random words\n", prop.name, sms, prop.l2CacheSize >> 20);
  const int cfg[][2] = {{1, 1024}, {2, 512}, {4, 256}, {8, 256}, {16, 128}};
  for (auto &c : cfg) {
    const int grid = sms * c[0];
    float ti = median_ms([&] { read_interleaved<<<grid, c[1]>>>(p, n, sink); });
    CK(cudaGetLastError());
    float tc = median_ms([&] { read_chunked<<<grid, c[1]>>>(p, n, sink); });
    CK(cudaGetLastError());
    std::printf("  %3d blocks/SM x %4d threads: interleaved %.3f TB/s, chunked %.3f TB/s\n", c[0], c[1],
                bytes / (ti * 1e-3) / 1e12, bytes / (tc * 1e-3) / 1e12);
  }
  float tm = median_ms([&] { cudaMemcpyAsync(q, p, bytes / 2, cudaMemcpyDeviceToDevice); });
  CK(cudaGetLastError());
  std::printf("  cudaMemcpy D2D 2 GiB: %.3f TB/s (read + write)\n", bytes / (tm * 1e-3) / 1e12);
  CK(cudaDeviceSynchronize());
  return 0;
}
