//===- KeyNormsTest.cu - the key norm pass against a host reference -------===//
//
// launch_key_norms (kernels/hopper/key_norms.cuh), which the f16 dead-tile
// bound reads, on random K: each (batch, KV head) entry the largest
// squared row norm, against an f64 host sum of the same 16-bit values
// (relative 2e-5: f32 sums over at most 256 columns). Layouts [B, S, H, D]
// (16-byte rows: rows of 4 to 32 chunks, 5 and 12 among them) and rows 2
// bytes off 16 (the scalar loads), several blocks a head, a head of zero
// rows; a NaN and an inf in one row each make their head's entry fail the
// bound (NaN or inf), nobody else's. The 16-byte pass alone, beside the
// dead map's direct pass in its launch, and inside the cooperative pass
// (launch_dead_map's norms; there gated by the map's own dead tiles: an
// f16 mask of -65504 computes them, a mask without a dead tile leaves
// every entry failing the bound). Gated by the dead map's word: 1 the same
// entries, 0 every entry failing the bound.
//
//===----------------------------------------------------------------------===//

#include "HopperTestSupport.h"
#include "dead_map.cuh"
#include "key_norms.cuh"
#include "mainloop.cuh"

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
  int B, H, S, D;
  int skew;  // elements the data starts past a 16-byte boundary (1: scalar loads)
};

TEST(HopperKeyNorms, MatchHostNorms) {
  if (!haveSm90()) GTEST_SKIP() << "the pass is built for sm_90a";
  int sms = 0;
  ASSERT_EQ(cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, 0), cudaSuccess);
  std::mt19937 rng(20261203);
  const Case cases[] = {
      {false, 2, 3, 2100, 64, 0},  // f16, three blocks a head
      {true, 1, 3, 5000, 128, 0},  // bf16
      {false, 2, 2, 129, 40, 1},   // rows 2 bytes off: scalar loads
      {false, 2, 2, 1000, 40, 0},  // 5 chunks a row: rows across threads unevenly
      {true, 1, 3, 700, 96, 0},    // 12 chunks a row
      {true, 1, 3, 64, 256, 0},    // D 256
  };
  for (const Case &c : cases) {
    SCOPED_TRACE(::testing::Message() << (c.bf16 ? "bf16" : "f16") << " B " << c.B << " H " << c.H << " S " << c.S
                                      << " D " << c.D << " skew " << c.skew);
    // [B, S, H, D] storage: strides (b, h, s) = (S H D, D, H D); heads of
    // different norms.
    std::normal_distribution<float> n(0.f, 1.f);
    std::uniform_real_distribution<float> amp(0.1f, 30.f);
    std::vector<uint16_t> k(size_t(c.skew) + size_t(c.B) * c.S * c.H * c.D, 0);
    auto at = [&](int bh, int s, int d) {
      return size_t(c.skew) + ((size_t(bh / c.H) * c.S + s) * c.H + bh % c.H) * c.D + d;
    };
    for (int bh = 0; bh < c.B * c.H; ++bh) {
      const float a = amp(rng);
      for (int s = 0; s < c.S; ++s)
        for (int d = 0; d < c.D; ++d) k[at(bh, s, d)] = f32ToBits(a * n(rng), c.bf16 ? 2 : 1);
    }
    // A NaN in entry 0, a head of zero rows (entry 1), a -inf in the last.
    const int nanHead = 0, zeroHead = 1, infHead = c.B * c.H - 1;
    for (int s = 0; s < c.S; ++s)
      for (int d = 0; d < c.D; ++d) k[at(zeroHead, s, d)] = 0;
    k[at(nanHead, c.S - 1, c.D / 2)] = c.bf16 ? 0x7fc0u : 0x7e00u;
    k[at(infHead, c.S / 2, 0)] = c.bf16 ? 0xff80u : 0xfc00u;

    uint16_t *dk = nullptr;
    uint32_t *out = nullptr;
    ASSERT_EQ(cudaMalloc(&dk, k.size() * 2), cudaSuccess);
    const int64_t entries = int64_t(c.B) * c.H;
    ASSERT_EQ(cudaMalloc(&out, entries * 4), cudaSuccess);
    ASSERT_EQ(cudaMemcpy(dk, k.data(), k.size() * 2, cudaMemcpyHostToDevice), cudaSuccess);
    ASSERT_EQ(cudaMemset(out, 0xa5, entries * 4), cudaSuccess);  // the launch zeroes it

    attnk_problem p;
    std::memset(&p, 0, sizeof p);
    p.dtype = c.bf16 ? ATTNRT_DTYPE_BF16 : ATTNRT_DTYPE_F16;
    p.batch = c.B;
    p.heads_q = 2 * c.H;  // GQA: the pass reads K alone
    p.heads_kv = c.H;
    p.seq_q = 7;
    p.seq_k = c.S;
    p.head_dim = p.head_dim_v = c.D;
    p.k = {dk + c.skew, {int64_t(c.S) * c.H * c.D, c.D, int64_t(c.H) * c.D, 1}};
    ASSERT_EQ(key_norms_entries(&p), entries);
    // The pass on its own, and (16-byte rows) in a dead map pass's launch
    // (launch_dead_map's norms; f16 masks [B, 1, 64, 128]).
    KeyNormArgs beside;
    ASSERT_EQ(key_norm_args(&p, out, &beside), c.skew == 0);
    // 0 alone, 1 beside the direct pass (a zero mask: clear tiles), 2 inside
    // the cooperative pass (a mask of -65504: dead tiles), 3 inside it on a
    // mask of ones (no dead tile: every entry fails the bound).
    for (int withMap : {0, 1, 2, 3}) {
      if (withMap && c.skew) continue;
      SCOPED_TRACE(withMap == 0   ? "alone"
                   : withMap == 1 ? "beside the direct map pass"
                   : withMap == 2 ? "inside the cooperative map pass"
                                  : "inside the cooperative pass, no dead tile");
      std::vector<uint32_t> got(entries);
      if (!withMap) {
        ASSERT_EQ(launch_key_norms(&p, out, nullptr), cudaSuccess);
      } else {
        const bool direct = withMap == 1;
        const uint16_t value = withMap == 1 ? 0u : withMap == 2 ? 0xfbffu /* -65504 */ : 0x3c00u /* 1 */;
        const DeadMapDims d = dead_map_dims(64, 128, 128, 1, c.B);
        const DeadMapPass pass = dead_map_pass(d, sms, kDeadMapMaxGrid - 1, direct ? 64 * 128 * 2 : 0, INT64_MAX);
        ASSERT_EQ(pass.direct, direct);
        uint16_t *mask = nullptr;
        uint32_t *map = nullptr;
        char *scratch = nullptr;
        const size_t sb = (pass.scratch_bytes() + 255) / 256 * 256;
        const std::vector<uint16_t> values(size_t(c.B) * 64 * 128, value);
        ASSERT_EQ(cudaMalloc(&mask, values.size() * 2), cudaSuccess);
        ASSERT_EQ(cudaMemcpy(mask, values.data(), values.size() * 2, cudaMemcpyHostToDevice), cudaSuccess);
        ASSERT_EQ(cudaMalloc(&map, d.bytes()), cudaSuccess);
        ASSERT_EQ(cudaMalloc(&scratch, sb + entries * 4), cudaSuccess);
        ASSERT_EQ(cudaMemset(scratch, 0xa5, sb + entries * 4), cudaSuccess);
        beside.out = reinterpret_cast<uint32_t *>(scratch + sb);
        ASSERT_EQ(launch_dead_map(mask, 64 * 128, 0, 128, 2, 1, 64, 128, 128, d, pass, map, scratch, nullptr,
                                  sb + entries * 4, &beside),
                  cudaSuccess);
        ASSERT_EQ(cudaMemcpy(out, beside.out, entries * 4, cudaMemcpyDeviceToDevice), cudaSuccess);
        std::vector<uint32_t> words(d.bytes() / 4);
        ASSERT_EQ(cudaMemcpy(words.data(), map, d.bytes(), cudaMemcpyDeviceToHost), cudaSuccess);
        // One tile a row: clear (zeros), dead (-65504) or neither (ones).
        for (size_t i = 0; i < words.size(); ++i)
          EXPECT_EQ(words[i], (withMap == 1 && i % 2) || (withMap == 2 && i % 2 == 0) ? 1u : 0u) << "map word " << i;
        cudaFree(mask);
        cudaFree(map);
        cudaFree(scratch);
        if (withMap == 3) {
          ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
          ASSERT_EQ(cudaMemcpy(got.data(), out, entries * 4, cudaMemcpyDeviceToHost), cudaSuccess);
          for (int64_t e = 0; e < entries; ++e)
            EXPECT_FALSE(bitsF32(got[e]) <= kDeadBound2) << "no dead tile, entry " << e;
          continue;
        }
      }
      ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
      ASSERT_EQ(cudaMemcpy(got.data(), out, entries * 4, cudaMemcpyDeviceToHost), cudaSuccess);

      int nonFinite = 0;
      for (int bh = 0; bh < entries; ++bh) {
        double want = 0;
        bool bad = false;
        for (int s = 0; s < c.S; ++s) {
          double ss = 0;
          for (int d = 0; d < c.D; ++d) {
            const double x = bitsToF32(k[at(bh, s, d)], c.bf16 ? 2 : 1);
            ss += x * x;
          }
          bad |= !std::isfinite(ss);
          if (std::isfinite(ss)) want = std::max(want, ss);
        }
        const float g = bitsF32(got[bh]);
        if (bad) {
          ++nonFinite;
          EXPECT_FALSE(g <= kDeadBound2) << "entry " << bh << " is " << g << ": the bound holds";
          EXPECT_FALSE(std::isfinite(g)) << "entry " << bh;
        } else {
          EXPECT_NEAR(g, want, 2e-5 * want) << "entry " << bh;
        }
      }
      EXPECT_EQ(nonFinite, 2) << "the NaN and the inf";
      EXPECT_EQ(got[zeroHead], 0u) << "the head of zero rows";
      if (withMap) continue;
      // Gated: a gate of 1 changes nothing; of 0 (no dead tile in the map)
      // every entry fails the bound.
      int *gate = nullptr;
      ASSERT_EQ(cudaMalloc(&gate, sizeof(int)), cudaSuccess);
      for (int g : {1, 0}) {
        ASSERT_EQ(cudaMemcpy(gate, &g, sizeof g, cudaMemcpyHostToDevice), cudaSuccess);
        ASSERT_EQ(launch_key_norms(&p, out, nullptr, gate), cudaSuccess);
        ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
        std::vector<uint32_t> gated(entries);
        ASSERT_EQ(cudaMemcpy(gated.data(), out, entries * 4, cudaMemcpyDeviceToHost), cudaSuccess);
        for (int64_t e = 0; e < entries; ++e) {
          if (g) EXPECT_EQ(gated[e], got[e]) << "gate 1, entry " << e;
          else EXPECT_FALSE(bitsF32(gated[e]) <= kDeadBound2) << "gate 0, entry " << e;
        }
      }
      cudaFree(gate);
    }
    cudaFree(dk);
    cudaFree(out);
  }
}

}  // namespace
