//===- DeadMapTest.cu - the dead map pass against its rule ----------------===//
//
// build_dead_map (kernels/hopper/dead_map.cuh) on masks built to hit each
// clause of its rule, bit by bit against a host reference of the rule: a
// tile is dead where every value of its 64 x bn block is at or below
// bf16's lowest (f16: at or below -65504, dead under the norm bound; bool:
// false), values outside Sq x Sk reading as 0; clear where every value
// inside is +-0 (bool: true). Each tile is drawn as random values (T5's
// bias: neither), dead, clear, or a near miss of one (a single value at a
// random place: NaN or the value just above the dead ones, -1e38 in bf16
// and -65472 in f16, in a dead tile; 1e-7, the lowest value or 1 in a
// clear one; bool: the other value). Partial tiles at Sq and Sk, rows padded
// past Sk, rows broadcast (stride 0), heads and batches, several map words
// a row, 128- and 256-key tiles; the cooperative and the direct pass, each
// on the whole GPU and on grids of 1 and 5 blocks.
//
//===----------------------------------------------------------------------===//

#include "HopperTestSupport.h"
#include "dead_map.cuh"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

using namespace attn_hopper;
using namespace attn_hopper_test;

namespace {

struct Case {
  int B, H, Sq, Sk, rowElems;  // mask [B, H, Sq, Sk]; rows rowElems apart (0: broadcast rows)
  int dt;                      // 1 f16, 2 bf16, 3 bool
  int bn;
};

struct Mask {
  Case c;
  int esz;
  std::vector<uint8_t> bytes;  // [B][H][rows][rowElems or Sk]
  size_t at(int b, int h, int r, int k) const {
    const size_t rows = c.rowElems ? c.Sq : 1, stride = c.rowElems ? c.rowElems : c.Sk;
    return ((size_t(b) * c.H + h) * rows + (c.rowElems ? r : 0)) * stride + k;
  }
  uint32_t get(size_t i) const { return esz == 1 ? bytes[i] : bytes[2 * i] | bytes[2 * i + 1] << 8; }
  void set(size_t i, uint32_t v) {
    if (esz == 1) {
      bytes[i] = static_cast<uint8_t>(v);
    } else {
      bytes[2 * i] = v & 0xffu;
      bytes[2 * i + 1] = static_cast<uint8_t>(v >> 8);
    }
  }
};

// Each 64 x bn tile drawn as random values, dead, clear or one of their
// near misses (a single value changed at a random place).
Mask makeMask(const Case &c, std::mt19937 &rng) {
  Mask m{c, c.dt == 3 ? 1 : 2, {}};
  const size_t rows = c.rowElems ? c.Sq : 1, stride = c.rowElems ? c.rowElems : c.Sk;
  m.bytes.assign(size_t(c.B) * c.H * rows * stride * m.esz, 0);
  const uint32_t lowest = c.dt == 3 ? 0u : c.dt == 1 ? 0xfbffu /* -65504 */ : 0xff7fu;
  const uint32_t ninf = c.dt == 1 ? 0xfc00u : 0xff80u;
  std::uniform_real_distribution<float> val(-4.f, 4.f);
  for (int b = 0; b < c.B; ++b)
    for (int h = 0; h < c.H; ++h)
      for (int r0 = 0; r0 < int(rows); r0 += 64)
        for (int k0 = 0; k0 < c.Sk; k0 += c.bn) {
          const int kind = rng() % 8;
          const int r1 = std::min<int>(r0 + 64, rows), k1 = std::min(k0 + c.bn, c.Sk);
          for (int r = r0; r < r1; ++r)
            for (int k = k0; k < k1; ++k) {
              uint32_t v;
              if (c.dt == 3)
                v = kind == 0 ? rng() & 1u : kind <= 3 ? 0u : 1u;
              else if (kind == 0)
                v = f32ToBits(val(rng) + 4.5f, c.dt);  // T5-like: nonzero, never hidden
              else if (kind <= 3)
                v = kind == 1 ? ninf : lowest;
              else
                v = kind == 4 ? 0x8000u /* -0 */ : 0u;
              m.set(m.at(b, h, r, k), v);
            }
          // Near misses: one value off the tile's kind.
          if (kind == 2 || kind == 5 || kind == 6 || kind == 7) {
            const int r = r0 + int(rng() % (r1 - r0)), k = k0 + int(rng() % (k1 - k0));
            uint32_t v;
            if (c.dt == 3) v = kind == 2 ? 1u : 0u;
            else if (kind == 2) v = rng() & 1u ? (c.dt == 1 ? 0x7e00u : 0x7fc0u) /* NaN */ : f32ToBits(-1e38f, 2);
            else v = kind == 5 ? f32ToBits(1e-7f, c.dt) | (rng() & 1u ? 0x8000u : 0u) : kind == 6 ? lowest : 0x3c00u;
            if (c.dt == 1 && kind == 2 && v == f32ToBits(-1e38f, 2)) v = 0xfbfeu;  // -65472
            m.set(m.at(b, h, r, k), v);
          }
        }
  return m;
}

std::vector<uint32_t> reference(const Mask &m, const DeadMapDims &d) {
  const Case &c = m.c;
  std::vector<uint32_t> out(d.bytes() / 4, 0u);
  for (int b = 0; b < d.batches; ++b)
    for (int h = 0; h < d.heads; ++h)
      for (int rb = 0; rb < d.blocks; ++rb)
        for (int n = 0; n < d.tiles; ++n) {
          bool dead = true, clear = true;
          for (int r = rb * 64; r < rb * 64 + 64; ++r)
            for (int k = n * c.bn; k < (n + 1) * c.bn; ++k) {
              const bool in = r < c.Sq && k < c.Sk;
              const uint32_t x = in ? m.get(m.at(b, h, r, k)) : 0u;
              if (c.dt == 3) {
                dead = dead && x == 0u;
                clear = clear && (!in || x != 0u);
              } else {
                dead = dead && bitsToF32(x, c.dt) <= (c.dt == 1 ? -65504.f : -0x1.fep127f);  // false for NaN
                clear = clear && (!in || (x & 0x7fffu) == 0u);
              }
            }
          const size_t row = ((size_t(b) * d.heads + h) * d.blocks + rb) * 2 * d.words;
          if (dead) out[row + n / 32] |= 1u << (n % 32);
          if (clear) out[row + d.words + n / 32] |= 1u << (n % 32);
        }
  return out;
}

TEST(HopperDeadMap, MatchesItsRule) {
  if (!haveSm90()) GTEST_SKIP() << "build_dead_map is sm_90a code";
  int sms = 0;
  ASSERT_EQ(cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, 0), cudaSuccess);
  std::mt19937 rng(20261203);
  const Case cases[] = {
      {1, 3, 300, 1000, 1000, 2, 128},   // bf16, partial tiles at Sq and Sk
      {2, 2, 130, 4500, 4504, 2, 128},   // two map words a row, rows padded
      {2, 1, 200, 760, 760, 1, 128},     // f16: -65504 and -inf dead (under the norm bound)
      {1, 2, 129, 5000, 5008, 3, 128},   // bool
      {3, 1, 257, 600, 0, 2, 128},       // Hugging Face padding [B, 1, 1, Sk]: rows broadcast
      {1, 1, 64, 9000, 9008, 2, 256},    // 256-key tiles
      {1, 1, 1, 129, 136, 2, 128},       // one row
  };
  for (const Case &c : cases) {
    SCOPED_TRACE(::testing::Message() << "mask [" << c.B << ", " << c.H << ", " << c.Sq << ", " << c.Sk
                                      << "] rows " << c.rowElems << " dtype " << c.dt << " bn " << c.bn);
    const Mask m = makeMask(c, rng);
    const DeadMapDims d = dead_map_dims(c.Sq, c.Sk, c.bn, c.H, c.B);
    const std::vector<uint32_t> want = reference(m, d);
    size_t dead = 0, clear = 0;
    for (size_t i = 0; i < want.size(); ++i) (i / d.words % 2 ? clear : dead) += __builtin_popcount(want[i]);
    // (16-bit masks: a block of rows past Sq reads zeros there, never dead.)
    if (c.dt == 3 || c.Sq >= 64) EXPECT_GT(dead, 0u) << "no dead tile to find";
    EXPECT_GT(clear, 0u) << "no clear tile to find";
    uint8_t *dm = nullptr;
    uint32_t *map = nullptr;
    ASSERT_EQ(cudaMalloc(&dm, m.bytes.size()), cudaSuccess);
    ASSERT_EQ(cudaMalloc(&map, d.bytes()), cudaSuccess);
    ASSERT_EQ(cudaMemcpy(dm, m.bytes.data(), m.bytes.size(), cudaMemcpyHostToDevice), cudaSuccess);
    const int64_t s2 = c.rowElems, s1 = c.rowElems ? int64_t(c.Sq) * c.rowElems : c.Sk, s0 = c.H * s1;
    // Both passes (the direct one forced at any size), each on the whole
    // GPU and on grids of 1 and 5 blocks (several sampling rounds or items
    // a block; blocks that list nothing).
    const int64_t tileBytes = int64_t(kDeadMapRows) * c.bn * m.esz;
    for (int run = 0; run < 6; ++run) {
      const int maxGrid = run % 3 == 0 ? kDeadMapMaxGrid : run % 3 == 1 ? 1 : 5;
      const bool direct = run >= 3;
      const DeadMapPass pass = dead_map_pass(d, sms, maxGrid, direct ? tileBytes : 0, INT64_MAX);
      ASSERT_EQ(pass.direct, direct);
      void *scratch = nullptr;
      ASSERT_EQ(cudaMalloc(&scratch, pass.scratch_bytes()), cudaSuccess);
      ASSERT_EQ(cudaMemset(map, 0xa5, d.bytes()), cudaSuccess);  // the pass writes every word
      ASSERT_EQ(cudaMemset(scratch, 0xa5, pass.scratch_bytes()), cudaSuccess);
      ASSERT_EQ(launch_dead_map(dm, s0, s1, s2, m.esz, c.dt, c.Sq, c.Sk, c.bn, d, pass, map, scratch, nullptr),
                cudaSuccess);
      ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
      // The "any dead bit" word (the f16 norm pass's gate): 0 only where
      // no dead bit is set.
      int any = -1;
      ASSERT_EQ(cudaMemcpy(&any, dead_map_any(pass, scratch), sizeof any, cudaMemcpyDeviceToHost), cudaSuccess);
      if (dead > 0) EXPECT_NE(any, 0) << pass.grid << " blocks: a dead tile, and the pass says none";
      if (direct) EXPECT_EQ(any != 0, dead > 0) << pass.grid << " blocks (direct: exact)";
      // The "any bit" word (the attention kernel's checkers): nonzero where
      // a tile is dead or clear (every case has clear tiles).
      int anyBit = -1;
      ASSERT_EQ(cudaMemcpy(&anyBit, dead_map_any_bit(pass, scratch), sizeof anyBit, cudaMemcpyDeviceToHost),
                cudaSuccess);
      EXPECT_NE(anyBit, 0) << pass.grid << " blocks: clear tiles, and the pass says no bit";
      cudaFree(scratch);
      std::vector<uint32_t> got(want.size());
      ASSERT_EQ(cudaMemcpy(got.data(), map, d.bytes(), cudaMemcpyDeviceToHost), cudaSuccess);
      int bad = 0;
      for (size_t i = 0; i < want.size(); ++i)
        if (got[i] != want[i] && bad++ < 4)
          ADD_FAILURE() << (direct ? "direct, " : "") << pass.grid << " blocks: word " << i << " (block row "
                        << i / (2 * d.words) << ", " << (i / d.words % 2 ? "clear" : "dead") << " plane) is "
                        << std::hex << got[i] << ", the rule gives " << want[i];
      EXPECT_EQ(bad, 0) << (direct ? "direct, " : "") << pass.grid << " blocks";
    }
    // Both passes on a variant of m: its "any dead bit" and "any bit"
    // words and its map.
    struct Words {
      int any = -1, anyBit = -1;
      std::vector<uint32_t> map;
    };
    auto passWords = [&](const Mask &mm, bool direct, Words &w) {
      ASSERT_EQ(cudaMemcpy(dm, mm.bytes.data(), mm.bytes.size(), cudaMemcpyHostToDevice), cudaSuccess);
      const DeadMapPass pass = dead_map_pass(d, sms, kDeadMapMaxGrid, direct ? tileBytes : 0, INT64_MAX);
      void *scratch = nullptr;
      ASSERT_EQ(cudaMalloc(&scratch, pass.scratch_bytes()), cudaSuccess);
      ASSERT_EQ(cudaMemset(scratch, 0xa5, pass.scratch_bytes()), cudaSuccess);
      ASSERT_EQ(launch_dead_map(dm, s0, s1, s2, m.esz, c.dt, c.Sq, c.Sk, c.bn, d, pass, map, scratch, nullptr),
                cudaSuccess);
      ASSERT_EQ(cudaMemcpy(&w.any, dead_map_any(pass, scratch), sizeof w.any, cudaMemcpyDeviceToHost), cudaSuccess);
      ASSERT_EQ(cudaMemcpy(&w.anyBit, dead_map_any_bit(pass, scratch), sizeof w.anyBit, cudaMemcpyDeviceToHost),
                cudaSuccess);
      w.map.resize(want.size());
      ASSERT_EQ(cudaMemcpy(w.map.data(), map, d.bytes(), cudaMemcpyDeviceToHost), cudaSuccess);
      cudaFree(scratch);
    };
    // A mask without a dead value (a copy of m with every dead candidate
    // raised to 1): the "any dead bit" word ends 0.
    Mask live = m;
    for (size_t i = 0; i < live.bytes.size() / live.esz; ++i) {
      const uint32_t x = live.get(i);
      if (c.dt == 3 ? x == 0u : bitsToF32(x, c.dt) <= -65504.f) live.set(i, c.dt == 3 ? 1u : f32ToBits(1.f, c.dt));
    }
    // A mask with neither dead nor clear tiles (T5's bias: 16-bit values
    // 1; booleans alternating within each chunk): the "any bit" word ends 0
    // on both passes, so the kernel's checkers stand down.
    Mask bias = m;
    for (size_t i = 0; i < bias.bytes.size() / bias.esz; ++i)
      bias.set(i, c.dt == 3 ? uint32_t(i & 1) : f32ToBits(1.f, c.dt));
    const std::vector<uint32_t> none = reference(bias, d);
    ASSERT_TRUE(std::all_of(none.begin(), none.end(), [](uint32_t w) { return w == 0u; }))
        << "the rule finds a dead or clear tile in the case's bias";
    for (bool direct : {false, true}) {
      SCOPED_TRACE(direct ? "direct" : "cooperative");
      Words w;
      passWords(live, direct, w);
      EXPECT_EQ(w.any, 0) << "no dead value, and the pass says some";
      passWords(bias, direct, w);
      EXPECT_EQ(w.anyBit, 0) << "no dead or clear tile, and the pass says some";
      for (size_t i = 0; i < w.map.size(); ++i)
        if (w.map[i] != 0u) {
          ADD_FAILURE() << "word " << i << " is " << std::hex << w.map[i] << " on a mask without dead or clear tiles";
          break;
        }
    }
    // Key tiles that are not whole batches of 128 keys are refused.
    const DeadMapDims odd = dead_map_dims(c.Sq, c.Sk, 192, c.H, c.B);
    EXPECT_EQ(launch_dead_map(dm, s0, s1, s2, m.esz, c.dt, c.Sq, c.Sk, 192, odd, dead_map_pass(odd, sms), map,
                              nullptr, nullptr),
              cudaErrorInvalidValue);
    cudaFree(dm);
    cudaFree(map);
  }
}

}  // namespace
