//===- DecodeTestSupport.h - shared setup of the decode kernel tests -*- C++ -*-===//
//
// What DecodeLseTest.cpp and DecodeChainTest.cpp both need to call the
// decode entry points of attn_kernels.h directly: the device check, 16-bit
// operand bits, the attnk_problem of a dense decode problem, the workspace
// and the multiprocessor count, and the f64 reference of one row
// (softmax(z) V from the row's logits).
//===----------------------------------------------------------------------===//
#ifndef ATTN_UNITTESTS_GPU_DECODETESTSUPPORT_H
#define ATTN_UNITTESTS_GPU_DECODETESTSUPPORT_H

#include "attn_kernels.h"
#include "Half.h"

#include <cuda_runtime.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <vector>

namespace attn_decode_test {

inline bool haveGpu() {
  int n = 0;
  if (cudaGetDeviceCount(&n) != cudaSuccess || n == 0) {
    cudaGetLastError();
    return false;
  }
  return true;
}

#define DECODE_GPU_OR_SKIP()                                                                       \
  do {                                                                                             \
    if (!::attn_decode_test::haveGpu()) GTEST_SKIP() << "no CUDA device";                          \
  } while (0)

inline uint16_t toBits(attnrt_dtype dt, float f) {
  return dt == ATTNRT_DTYPE_F16 ? attnrt::floatToHalf(f) : attnrt::floatToBf16(f);
}
inline float fromBits(attnrt_dtype dt, uint16_t h) {
  return dt == ATTNRT_DTYPE_F16 ? attnrt::halfToFloat(h) : attnrt::bf16ToFloat(h);
}

// n fresh N(0, sigma^2) values as dt bits.
inline std::vector<uint16_t> randomBits(size_t n, attnrt_dtype dt, std::mt19937 &rng,
                                        float sigma = 1.f) {
  std::normal_distribution<float> nd(0.f, 1.f);
  std::vector<uint16_t> x(n);
  for (auto &e : x) e = toBits(dt, sigma * nd(rng));
  return x;
}

// A [B, H, S, ld]-strided tensor (ld >= the head dim: padded rows).
inline attnk_tensor bhsd(const void *data, int64_t H, int64_t S, int64_t ld) {
  return {data, {H * S * ld, S * ld, ld, 1}};
}

// The problem's sizes and defaults: no causal mode, no mask, scale
// 1/sqrt(D), fill -inf, empty rows zero, output in `out` (pointers unset).
inline attnk_problem decodeProblem(attnrt_dtype dt, attnrt_dtype out, int B, int Hq, int Hkv,
                                   int Sq, int Sk, int D) {
  attnk_problem p;
  std::memset(&p, 0, sizeof(p));
  p.dtype = dt;
  p.out_dtype = out;
  p.causal = ATTNRT_CAUSAL_NONE;
  p.batch = B;
  p.heads_q = Hq;
  p.heads_kv = Hkv;
  p.seq_q = Sq;
  p.seq_k = Sk;
  p.head_dim = p.head_dim_v = D;
  p.scale = 1.f / std::sqrt((float)D);
  p.mask_fill = -INFINITY;
  p.empty_rows = ATTNRT_EMPTY_ROWS_ZERO;
  return p;
}

// Multiprocessors of device 0 (the split-count heuristic's input).
inline int multiprocessors() {
  int sms = 0;
  EXPECT_EQ(cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, 0), cudaSuccess);
  return sms;
}

// forced > 0, or the kernel's own pick.
inline int splitsFor(const attnk_problem &p, int forced) {
  return forced > 0 ? forced : attnk_decode_num_splits(&p, multiprocessors());
}

// One row's reference: z holds the logits (max m, finite), v(j, d) the
// value of key j; out[d] = sum_j exp(z_j - m) v(j, d) / l. Returns
// l = sum_j exp(z_j - m); z is overwritten with exp(z_j - m).
template <class V>
double softmaxRow(std::vector<double> &z, double m, int D, V v, std::vector<double> &out) {
  double l = 0;
  for (double &x : z) l += (x = std::exp(x - m));
  out.assign(D, 0.0);
  for (int d = 0; d < D; ++d) {
    double acc = 0;
    for (size_t j = 0; j < z.size(); ++j) acc += z[j] * v((int64_t)j, d);
    out[d] = acc / l;
  }
  return l;
}

} // namespace attn_decode_test

#endif // ATTN_UNITTESTS_GPU_DECODETESTSUPPORT_H
