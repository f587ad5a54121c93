//===- host_path.cu - the host time of one decode call, and its CUDA steps ===//
//
// Issue 12 (bench/gpu/DECODE_NOTES.md, "The host path of a decode call"):
// host microseconds of whole runtime calls through one or more builds of
// libattnrt.so loaded side by side in this process (dlopen RTLD_LOCAL: each
// keeps its own state; libraries interleaved round by round), and of the
// CUDA steps such a call takes, each timed alone. Every timing enqueues its
// calls behind a spinning kernel, so no call waits for the GPU.
//
//   host_path B,Hq,Hkv,Sk,D lib.so [lib.so ...]   (bf16, one query row, dense
//   BHSD)
//
// Per library: attnrt_run_on(p, "gpu") (bench_sdpa.py's call), "gpu:decode"
// (the kernel forced: no kernel-table walk), attnrt_run(p) (the default
// selection over every backend), and the sweep's view: 10 calls between two
// events recorded from an idle GPU (bench_sdpa.time_ms), whose first call's
// host path is inside the window.
// Build: bash bench/gpu/build_host_path.sh (nvcc; links cudart only).
//===----------------------------------------------------------------------===//

#include "attn/tma_map.h"
#include "attnrt/attnrt.h"

#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

__global__ void spin(long long cycles) {
  const long long t0 = clock64();
  while (clock64() - t0 < cycles) {
  }
}

namespace {

cudaStream_t g_stream;

// Median over 7 windows of the mean host us of `n` calls, each window
// enqueued behind a spinning kernel (~22 ms at 1.8 GHz).
double hostUs(const std::function<void()> &fn, int n = 100) {
  for (int i = 0; i < 3; ++i)
    fn(); // warm
  cudaStreamSynchronize(g_stream);
  std::vector<double> w;
  for (int r = 0; r < 7; ++r) {
    spin<<<1, 1, 0, g_stream>>>(40LL * 1000 * 1000);
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i)
      fn();
    const auto t1 = std::chrono::steady_clock::now();
    w.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count() / n);
    cudaStreamSynchronize(g_stream);
  }
  std::sort(w.begin(), w.end());
  return w[w.size() / 2];
}

struct Lib {
  std::string path;
  void (*init)(attnrt_problem *);
  attnrt_status (*runOn)(const attnrt_problem *, const char *);
  attnrt_status (*run)(const attnrt_problem *);
  const char *(*lastError)();
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2]
                      : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char **argv) {
  long long B, Hq, Hkv, Sk, D;
  if (argc < 3 || std::sscanf(argv[1], "%lld,%lld,%lld,%lld,%lld", &B, &Hq,
                              &Hkv, &Sk, &D) != 5) {
    std::fprintf(stderr, "usage: host_path B,Hq,Hkv,Sk,D libattnrt.so [...]\n");
    return 2;
  }
  cudaStreamCreateWithFlags(&g_stream, cudaStreamNonBlocking);
  const size_t qn = B * Hq * D, kn = B * Hkv * Sk * D;
  void *q, *k, *v, *o;
  cudaMalloc(&q, qn * 2);
  cudaMalloc(&k, kn * 2);
  cudaMalloc(&v, kn * 2);
  cudaMalloc(&o, qn * 2);
  cudaMemset(q, 0, qn * 2);
  cudaMemset(k, 0, kn * 2);
  cudaMemset(v, 0, kn * 2);
  cudaDeviceSynchronize();
  std::printf("problem B %lld Hq %lld Hkv %lld Sq 1 Sk %lld D %lld bf16, "
              "device pointers\n",
              B, Hq, Hkv, Sk, D);

  std::vector<Lib> libs;
  for (int i = 2; i < argc; ++i) {
    void *h = dlopen(argv[i], RTLD_NOW | RTLD_LOCAL);
    if (!h) {
      std::printf("dlopen %s: %s\n", argv[i], dlerror());
      return 1;
    }
    libs.push_back(
        {argv[i], (void (*)(attnrt_problem *))dlsym(h, "attnrt_problem_init"),
         (attnrt_status(*)(const attnrt_problem *, const char *))dlsym(
             h, "attnrt_run_on"),
         (attnrt_status(*)(const attnrt_problem *))dlsym(h, "attnrt_run"),
         (const char *(*)())dlsym(h, "attnrt_last_error")});
  }
  auto setup = [&](const Lib &l, attnrt_problem &p) {
    l.init(&p);
    auto view = [&](attnrt_tensor &t, void *d, long long H, long long S) {
      t.data = d;
      t.dtype = ATTNRT_DTYPE_BF16;
      const long long sz[4] = {B, H, S, D};
      for (int j = 0; j < 4; ++j)
        t.sizes[j] = sz[j];
      t.strides[3] = 1;
      t.strides[2] = D;
      t.strides[1] = S * D;
      t.strides[0] = H * S * D;
    };
    view(p.q, q, Hq, 1);
    view(p.k, k, Hkv, Sk);
    view(p.v, v, Hkv, Sk);
    view(p.o, o, Hq, 1);
    p.scale = 1.0f / std::sqrt((float)D);
    p.memory = ATTNRT_MEMORY_DEVICE;
    p.device = 0;
    p.stream = g_stream;
  };

  // Whole calls, libraries interleaved round by round.
  const char *modes[3] = {"run_on \"gpu\"", "run_on \"gpu:decode\"",
                          "run (default)"};
  std::vector<std::vector<std::vector<double>>> full(
      libs.size(), std::vector<std::vector<double>>(3));
  for (int round = 0; round < 3; ++round)
    for (size_t i = 0; i < libs.size(); ++i)
      for (int m = 0; m < 3; ++m) {
        attnrt_problem p;
        setup(libs[i], p);
        int bad = 0;
        full[i][m].push_back(hostUs([&] {
          bad |= m == 0   ? libs[i].runOn(&p, "gpu")
                 : m == 1 ? libs[i].runOn(&p, "gpu:decode")
                          : libs[i].run(&p);
        }));
        if (bad) {
          std::printf("%s %s failed: %s\n", libs[i].path.c_str(), modes[m],
                      libs[i].lastError());
          return 1;
        }
      }
  for (size_t i = 0; i < libs.size(); ++i)
    for (int m = 0; m < 3; ++m) {
      std::printf("host us a call, %-22s %s: rounds", modes[m],
                  libs[i].path.c_str());
      for (double x : full[i][m])
        std::printf(" %.2f", x);
      std::printf(" (median %.2f)\n", median(full[i][m]));
    }

  // The sweep's view: 10 calls between two events from an idle GPU.
  std::vector<std::vector<double>> sweep(libs.size());
  cudaEvent_t e0, e1;
  cudaEventCreate(&e0);
  cudaEventCreate(&e1);
  for (int w = 0; w < 21; ++w)
    for (size_t i = 0; i < libs.size(); ++i) {
      attnrt_problem p;
      setup(libs[i], p);
      cudaStreamSynchronize(g_stream);
      cudaEventRecord(e0, g_stream);
      for (int c = 0; c < 10; ++c)
        libs[i].runOn(&p, "gpu");
      cudaEventRecord(e1, g_stream);
      cudaEventSynchronize(e1);
      float ms = 0;
      cudaEventElapsedTime(&ms, e0, e1);
      if (w > 0)                        // the first window warms
        sweep[i].push_back(ms * 100.0); // us a call
    }
  const double bytes = 2.0 * (2.0 * qn + 2.0 * kn);
  for (size_t i = 0; i < libs.size(); ++i) {
    const double med = median(sweep[i]);
    std::printf("10-call windows from idle, %s: min %.2f median %.2f max %.2f "
                "us a call (%.3f "
                "TB/s at the median)\n",
                libs[i].path.c_str(),
                *std::min_element(sweep[i].begin(), sweep[i].end()), med,
                *std::max_element(sweep[i].begin(), sweep[i].end()),
                bytes / med / 1e6);
  }

  // The CUDA steps of a call, each alone.
  std::printf("step (alone)                                   host us\n");
  auto row = [](const char *name, double us) {
    std::printf("%-46s %7.2f\n", name, us);
  };
  row("cudaGetDevice", hostUs([&] {
        int dev = 0;
        cudaGetDevice(&dev);
      }));
  row("cudaPointerGetAttributes (one tensor)", hostUs([&] {
        cudaPointerAttributes a;
        cudaPointerGetAttributes(&a, k);
      }));
  cudaMemPoolProps props = {};
  props.allocType = cudaMemAllocationTypePinned;
  props.location.type = cudaMemLocationTypeDevice;
  props.location.id = 0;
  cudaMemPool_t pool = nullptr;
  cudaMemPoolCreate(&pool, &props);
  unsigned long long keep = 1ull << 30;
  cudaMemPoolSetAttribute(pool, cudaMemPoolAttrReleaseThreshold, &keep);
  row("cudaMallocFromPoolAsync + cudaFreeAsync (4 MB)", hostUs([&] {
        void *w = nullptr;
        cudaMallocFromPoolAsync(&w, 4 << 20, pool, g_stream);
        cudaFreeAsync(w, g_stream);
      }));
  const long long st[3] = {Hkv * Sk * D, Sk * D, D};
  row("cuTensorMapEncodeTiled (one K map)", hostUs([&] {
        CUtensorMap m;
        attn::tma::make_bshd_map(&m, k, true, D, Sk, Hkv, B,
                                 (const int64_t *)st, 128,
                                 CU_TENSOR_MAP_L2_PROMOTION_NONE);
      }));
  cudaLaunchAttribute attr[1];
  attr[0].id = cudaLaunchAttributeProgrammaticStreamSerialization;
  attr[0].val.programmaticStreamSerializationAllowed = 1;
  long long zero = 0;
  void *args[] = {&zero};
  row("cudaLaunchKernelExC, programmatic (1 block)", hostUs([&] {
        cudaLaunchConfig_t cfg = {};
        cfg.gridDim = dim3(1);
        cfg.blockDim = dim3(1);
        cfg.stream = g_stream;
        cfg.attrs = attr;
        cfg.numAttrs = 1;
        cudaLaunchKernelExC(&cfg, (const void *)spin, args);
      }));
  row("getenv (one unset name)", hostUs([&] {
        volatile const char *e = std::getenv("ATTN_HOST_PATH_UNSET");
        (void)e;
      }));
  cudaDeviceSynchronize();
  const cudaError_t e = cudaGetLastError();
  if (e != cudaSuccess) {
    std::printf("CUDA error: %s\n", cudaGetErrorString(e));
    return 1;
  }
  return 0;
}
