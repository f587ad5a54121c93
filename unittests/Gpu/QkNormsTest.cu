//===- QkNormsTest.cu - the Q and K norm pass against a host reference ----===//
//
// launch_qk_norms (kernels/hopper/qk_norms.cuh), which the producer's f16
// dead-tile bound reads, on random Q and K: each (batch, head) entry the
// largest squared row norm, against an f64 host sum of the same 16-bit
// values (relative 2e-5: f32 sums over at most 256 columns). Layouts
// [B, S, H, D] (16-byte rows) and rows 2 bytes off 16 (the scalar loads),
// GQA, several blocks a head, a head of zero rows; a NaN and an inf in one
// row each make their head's entry fail the bound (NaN or inf), nobody
// else's. Gated by the dead map's word: 1 the same entries, 0 every entry
// failing the bound.
//
//===----------------------------------------------------------------------===//

#include "HopperTestSupport.h"
#include "mainloop.cuh"
#include "qk_norms.cuh"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>
#include <vector>

using namespace attn_hopper;
using namespace attn_hopper_test;

namespace {

float bitsF32(uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

struct Case {
  bool bf16;
  int B, Hq, Hkv, Sq, Sk, D;
  int skew;  // elements the data starts past a 16-byte boundary (1: scalar loads)
};

TEST(HopperQkNorms, MatchHostNorms) {
  if (!haveSm90()) GTEST_SKIP() << "the pass is built for sm_90a";
  std::mt19937 rng(20261203);
  const Case cases[] = {
      {false, 2, 4, 2, 2100, 1030, 64, 0},  // f16, GQA, three blocks a Q head
      {true, 1, 3, 3, 300, 5000, 128, 0},   // bf16
      {false, 2, 2, 1, 77, 129, 40, 1},     // rows 2 bytes off: scalar loads
      {true, 1, 2, 2, 64, 64, 256, 0},      // D 256
  };
  for (const Case &c : cases) {
    SCOPED_TRACE(::testing::Message() << (c.bf16 ? "bf16" : "f16") << " B " << c.B << " Hq " << c.Hq << " Hkv "
                                      << c.Hkv << " Sq " << c.Sq << " Sk " << c.Sk << " D " << c.D << " skew "
                                      << c.skew);
    // [B, S, H, D] storage: strides (b, h, s) = (S H D, D, H D).
    auto make = [&](int H, int S, std::vector<uint16_t> &v) {
      std::normal_distribution<float> n(0.f, 1.f);
      std::uniform_real_distribution<float> amp(0.1f, 30.f);
      v.assign(size_t(c.skew) + size_t(c.B) * S * H * c.D, 0);
      for (int b = 0; b < c.B; ++b)
        for (int h = 0; h < H; ++h) {
          const float a = amp(rng);  // heads of different norms
          for (int s = 0; s < S; ++s)
            for (int d = 0; d < c.D; ++d)
              v[c.skew + ((size_t(b) * S + s) * H + h) * c.D + d] = f32ToBits(a * n(rng), c.bf16 ? 2 : 1);
        }
    };
    std::vector<uint16_t> q, k;
    make(c.Hq, c.Sq, q);
    make(c.Hkv, c.Sk, k);
    // A head of zero rows (entry 0), a NaN in a Q row, an inf in a K row.
    for (int s = 0; s < c.Sq; ++s)
      for (int d = 0; d < c.D; ++d) q[c.skew + (size_t(s) * c.Hq + c.Hq - 1) * c.D + d] = 0;
    const int nanHead = 0, infHead = c.B * c.Hkv - 1;  // (the zero head: Hq - 1 >= 1)
    auto qAt = [&](int bh, int s, int d) {
      return size_t(c.skew) + ((size_t(bh / c.Hq) * c.Sq + s) * c.Hq + bh % c.Hq) * c.D + d;
    };
    auto kAt = [&](int bh, int s, int d) {
      return size_t(c.skew) + ((size_t(bh / c.Hkv) * c.Sk + s) * c.Hkv + bh % c.Hkv) * c.D + d;
    };
    q[qAt(nanHead, c.Sq - 1, c.D / 2)] = c.bf16 ? 0x7fc0u : 0x7e00u;
    k[kAt(infHead, c.Sk / 2, 0)] = c.bf16 ? 0xff80u : 0xfc00u;  // -inf

    uint16_t *dq = nullptr, *dk = nullptr;
    uint32_t *out = nullptr;
    ASSERT_EQ(cudaMalloc(&dq, q.size() * 2), cudaSuccess);
    ASSERT_EQ(cudaMalloc(&dk, k.size() * 2), cudaSuccess);
    const int64_t entries = int64_t(c.B) * (c.Hq + c.Hkv);
    ASSERT_EQ(cudaMalloc(&out, entries * 4), cudaSuccess);
    ASSERT_EQ(cudaMemcpy(dq, q.data(), q.size() * 2, cudaMemcpyHostToDevice), cudaSuccess);
    ASSERT_EQ(cudaMemcpy(dk, k.data(), k.size() * 2, cudaMemcpyHostToDevice), cudaSuccess);
    ASSERT_EQ(cudaMemset(out, 0xa5, entries * 4), cudaSuccess);  // the launch zeroes it

    attnk_problem p;
    std::memset(&p, 0, sizeof p);
    p.dtype = c.bf16 ? ATTNRT_DTYPE_BF16 : ATTNRT_DTYPE_F16;
    p.batch = c.B;
    p.heads_q = c.Hq;
    p.heads_kv = c.Hkv;
    p.seq_q = c.Sq;
    p.seq_k = c.Sk;
    p.head_dim = p.head_dim_v = c.D;
    p.q = {dq + c.skew, {int64_t(c.Sq) * c.Hq * c.D, c.D, int64_t(c.Hq) * c.D, 1}};
    p.k = {dk + c.skew, {int64_t(c.Sk) * c.Hkv * c.D, c.D, int64_t(c.Hkv) * c.D, 1}};
    ASSERT_EQ(qk_norms_entries(&p), entries);
    ASSERT_EQ(launch_qk_norms(&p, out, nullptr), cudaSuccess);
    ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
    std::vector<uint32_t> got(entries);
    ASSERT_EQ(cudaMemcpy(got.data(), out, entries * 4, cudaMemcpyDeviceToHost), cudaSuccess);

    auto check = [&](int e, int S, bool isq) {
      const int bh = isq ? e : e - c.B * c.Hq;
      double want = 0;
      bool nonFinite = false;
      for (int s = 0; s < S; ++s) {
        double ss = 0;
        for (int d = 0; d < c.D; ++d) {
          const double x = bitsToF32((isq ? q : k)[isq ? qAt(bh, s, d) : kAt(bh, s, d)], c.bf16 ? 2 : 1);
          ss += x * x;
        }
        nonFinite |= !std::isfinite(ss);
        if (std::isfinite(ss)) want = std::max(want, ss);
      }
      const float g = bitsF32(got[e]);
      if (nonFinite) {
        // The bound's comparison fails on it.
        EXPECT_FALSE(g <= kDeadBound2) << (isq ? "Q" : "K") << " entry " << e << " is " << g;
        EXPECT_FALSE(std::isfinite(g)) << (isq ? "Q" : "K") << " entry " << e;
      } else {
        EXPECT_NEAR(g, want, 2e-5 * want) << (isq ? "Q" : "K") << " entry " << e;
      }
      return nonFinite;
    };
    int nonFinite = 0;
    for (int e = 0; e < c.B * c.Hq; ++e) nonFinite += check(e, c.Sq, true);
    for (int e = c.B * c.Hq; e < entries; ++e) nonFinite += check(e, c.Sk, false);
    EXPECT_EQ(nonFinite, 2) << "the NaN and the inf";
    EXPECT_EQ(got[c.Hq - 1], 0u) << "the head of zero rows";
    // Gated: a gate of 1 changes nothing; of 0 (no dead tile in the map)
    // every entry fails the bound.
    int *gate = nullptr;
    ASSERT_EQ(cudaMalloc(&gate, sizeof(int)), cudaSuccess);
    for (int g : {1, 0}) {
      ASSERT_EQ(cudaMemcpy(gate, &g, sizeof g, cudaMemcpyHostToDevice), cudaSuccess);
      ASSERT_EQ(launch_qk_norms(&p, out, nullptr, gate), cudaSuccess);
      ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
      std::vector<uint32_t> gated(entries);
      ASSERT_EQ(cudaMemcpy(gated.data(), out, entries * 4, cudaMemcpyDeviceToHost), cudaSuccess);
      for (int64_t e = 0; e < entries; ++e) {
        if (g) EXPECT_EQ(gated[e], got[e]) << "gate 1, entry " << e;
        else EXPECT_FALSE(bitsF32(gated[e]) <= kDeadBound2) << "gate 0, entry " << e;
      }
    }
    cudaFree(gate);
    cudaFree(dq);
    cudaFree(dk);
    cudaFree(out);
  }
}

}  // namespace
