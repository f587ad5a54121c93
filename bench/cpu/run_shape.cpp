//===- run_shape.cpp - times one attention shape through the cpu backend --===//
//
// Calls attnrt_run_on(..., "cpu") on one of compare_torch.py's shapes with
// random inputs and prints the minimum and median wall and process CPU time
// (every thread's) over N calls: a profiling target (perf record) without
// Python, and a CPU-time-fair timer on a shared machine.
// Build: bench/cpu/build_kernel_bench.sh (writes build/run_shape).
// Run:   ATTNRT_NUM_THREADS=1 build/run_shape f32|f16|bf16 B Hq Hkv Sq Sk D
//        causal(0|1) [calls] [options]
// Options: round  logit_rounding = the input type (f16 / bf16; the scale
//                 1/sqrt(D) rounded to it), as HF eager attention computes
//          pad    an additive padding mask [B, 1, 1, Sk] of the input type:
//                 0, and finfo.min on the last Sk / 8 keys of odd batches
//                 (HF's extended attention mask)
// Linking against another build's libattnrt (LD_LIBRARY_PATH) times that
// build on the same inputs.
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
#include <string>
#include <vector>

static uint16_t toBf16(float x) {
  uint32_t u;
  std::memcpy(&u, &x, 4);
  return static_cast<uint16_t>((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}

static float fromBf16(uint16_t h) {
  uint32_t u = uint32_t(h) << 16;
  float x;
  std::memcpy(&x, &u, 4);
  return x;
}

static double cpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  if (argc < 9) {
    std::fprintf(stderr, "usage: run_shape f32|f16|bf16 B Hq Hkv Sq Sk D "
                         "causal [calls] [round] [pad]\n");
    return 2;
  }
  const std::string type = argv[1];
  const attnrt_dtype dtype = type == "bf16"  ? ATTNRT_DTYPE_BF16
                             : type == "f16" ? ATTNRT_DTYPE_F16
                                             : ATTNRT_DTYPE_F32;
  const int64_t B = std::atoll(argv[2]), Hq = std::atoll(argv[3]),
                Hkv = std::atoll(argv[4]), Sq = std::atoll(argv[5]),
                Sk = std::atoll(argv[6]), D = std::atoll(argv[7]);
  const int causal = std::atoi(argv[8]);
  const int calls = argc > 9 ? std::atoi(argv[9]) : 10;
  bool round = false, pad = false;
  for (int a = 10; a < argc; ++a) {
    round |= std::strcmp(argv[a], "round") == 0;
    pad |= std::strcmp(argv[a], "pad") == 0;
  }
  if (round && dtype == ATTNRT_DTYPE_F32) {
    std::fprintf(stderr, "round: needs f16 or bf16 inputs\n");
    return 2;
  }
  const size_t es = dtype == ATTNRT_DTYPE_F32 ? 4 : 2;
  // f32 -> the input type (nearest even); f16 through the compiler's type.
  auto narrow = [&](float x, void *dst) {
    if (dtype == ATTNRT_DTYPE_BF16) {
      uint16_t h = toBf16(x);
      std::memcpy(dst, &h, 2);
    } else if (dtype == ATTNRT_DTYPE_F16) {
      _Float16 h = static_cast<_Float16>(x);
      std::memcpy(dst, &h, 2);
    } else {
      std::memcpy(dst, &x, 4);
    }
  };
  std::mt19937 rng(1);
  std::normal_distribution<float> nd;
  auto make = [&](int64_t n) {
    std::vector<char> buf(n * es);
    for (int64_t i = 0; i < n; ++i)
      narrow(nd(rng), buf.data() + i * es);
    return buf;
  };
  std::vector<char> q = make(B * Hq * Sq * D), k = make(B * Hkv * Sk * D),
                    v = make(B * Hkv * Sk * D), o(B * Hq * Sq * D * es);
  auto view = [&](std::vector<char> &t, int64_t H, int64_t S) {
    attnrt_tensor x;
    std::memset(&x, 0, sizeof(x));
    x.data = t.data();
    x.dtype = dtype;
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
  if (round) {
    p.logit_rounding = dtype == ATTNRT_DTYPE_F16 ? ATTNRT_LOGIT_ROUNDING_F16
                                                 : ATTNRT_LOGIT_ROUNDING_BF16;
    p.scale = dtype == ATTNRT_DTYPE_F16
                  ? static_cast<float>(static_cast<_Float16>(p.scale))
                  : fromBf16(toBf16(p.scale));
  }
  std::vector<char> mask;
  if (pad) {
    const float lowest = dtype == ATTNRT_DTYPE_F16    ? -65504.0f
                         : dtype == ATTNRT_DTYPE_BF16 ? -3.3895314e38f
                                                      : -3.4028235e38f;
    mask.resize(B * Sk * es);
    for (int64_t b = 0; b < B; ++b)
      for (int64_t j = 0; j < Sk; ++j)
        narrow(b % 2 == 1 && j >= Sk - Sk / 8 ? lowest : 0.0f,
               mask.data() + (b * Sk + j) * es);
    p.mask.data = mask.data();
    p.mask.dtype = dtype;
    const int64_t sizes[4] = {B, 1, 1, Sk}, strides[4] = {Sk, 0, 0, 1};
    for (int i = 0; i < 4; ++i) {
      p.mask.sizes[i] = sizes[i];
      p.mask.strides[i] = strides[i];
    }
  }
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
