//===- run_shape.cpp - times one attention shape through the cpu backend --===//
//
// Calls attnrt_run_on(..., "cpu") on one of compare_torch.py's shapes with
// random inputs and prints the minimum and median wall and thread CPU time
// over N calls: a profiling target (perf record) without Python.
// Build: bench/cpu/build_kernel_bench.sh (writes build/run_shape).
// Run:   ATTNRT_NUM_THREADS=1 build/run_shape f32|bf16 B Hq Hkv Sq Sk D
//        causal(0|1) [calls]
//
//===----------------------------------------------------------------------===//

#include "attnrt/attnrt.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <vector>

static uint16_t toBf16(float x) {
  uint32_t u;
  std::memcpy(&u, &x, 4);
  return static_cast<uint16_t>((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}

static double cpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  if (argc < 9) {
    std::fprintf(stderr,
                 "usage: run_shape f32|bf16 B Hq Hkv Sq Sk D causal [calls]\n");
    return 2;
  }
  const bool bf16 = std::strcmp(argv[1], "bf16") == 0;
  const int64_t B = std::atoll(argv[2]), Hq = std::atoll(argv[3]),
                Hkv = std::atoll(argv[4]), Sq = std::atoll(argv[5]),
                Sk = std::atoll(argv[6]), D = std::atoll(argv[7]);
  const int causal = std::atoi(argv[8]);
  const int calls = argc > 9 ? std::atoi(argv[9]) : 10;
  const size_t es = bf16 ? 2 : 4;
  std::mt19937 rng(1);
  std::normal_distribution<float> nd;
  auto make = [&](int64_t n) {
    std::vector<char> buf(n * es);
    for (int64_t i = 0; i < n; ++i) {
      float x = nd(rng);
      if (bf16) {
        uint16_t h = toBf16(x);
        std::memcpy(buf.data() + i * 2, &h, 2);
      } else {
        std::memcpy(buf.data() + i * 4, &x, 4);
      }
    }
    return buf;
  };
  std::vector<char> q = make(B * Hq * Sq * D), k = make(B * Hkv * Sk * D),
                    v = make(B * Hkv * Sk * D), o(B * Hq * Sq * D * es);
  auto view = [&](std::vector<char> &t, int64_t H, int64_t S) {
    attnrt_tensor x;
    std::memset(&x, 0, sizeof(x));
    x.data = t.data();
    x.dtype = bf16 ? ATTNRT_DTYPE_BF16 : ATTNRT_DTYPE_F32;
    int64_t sizes[4] = {B, H, S, D};
    int64_t strides[4] = {H * S * D, S * D, D, 1};
    for (int i = 0; i < 4; ++i) {
      x.sizes[i] = sizes[i];
      x.strides[i] = strides[i];
    }
    return x;
  };
  attnrt_problem p;
  attnrt_problem_init(&p);
  p.q = view(q, Hq, Sq);
  p.k = view(k, Hkv, Sk);
  p.v = view(v, Hkv, Sk);
  p.o = view(o, Hq, Sq);
  p.causal = causal ? ATTNRT_CAUSAL_TOP_LEFT : ATTNRT_CAUSAL_NONE;
  p.scale = 1.0f / std::sqrt(float(D));
  std::vector<double> wall, cpu;
  for (int c = 0; c < calls; ++c) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpuSeconds();
    if (attnrt_run_on(&p, "cpu") != ATTNRT_SUCCESS) {
      std::fprintf(stderr, "attnrt: %s\n", attnrt_last_error());
      return 1;
    }
    cpu.push_back(cpuSeconds() - c0);
    wall.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
            .count());
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  std::printf("wall min %.2f ms median %.2f ms; cpu min %.2f ms median %.2f "
              "ms (%d calls)\n",
              wall[0] * 1e3, wall[wall.size() / 2] * 1e3, cpu[0] * 1e3,
              cpu[cpu.size() / 2] * 1e3, calls);
}
