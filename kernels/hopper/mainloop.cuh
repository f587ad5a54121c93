//===- mainloop.cuh - TMA producer and wgmma issue of the Hopper kernel --===//
//
// Shared memory: the Q block (one or two buffers: Cfg QST) and a STAGES-deep
// ring of K and V tiles, each stored as 64-column panels of 128-byte rows
// with the 128-byte swizzle (TMA's SWIZZLE_128B = the wgmma B128 layout), and
// the mbarriers:
// q_full/q_empty per Q buffer (and the tile handoff), k_full/k_empty and
// v_full/v_empty per stage. The producer (one elected thread of warpgroup 0)
// loads Q once per tile and K, V per key tile, each completing on its
// mbarrier (expect_tx), and with K the key tile's mask (MSM: a row mask's
// BN elements or a BM x BN tile per stage after the V ring); consumers
// release slots with one arrival per warp.
// The consumers' GEMMs: S = Q K^T (wgmma m64nBNk16, A and B from shared
// memory, both K-major) and O += P V (m64nDVk16, P from registers in the S
// accumulator layout, V MN-major through the transpose bit; V tiles are
// Cfg::DV columns wide, K tiles Cfg::DP).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_MAINLOOP_CUH
#define ATTN_HOPPER_MAINLOOP_CUH

#include "arch.cuh"
#include "kernel_traits.cuh"
#include "tile_scheduler.cuh"

namespace attn_hopper {

// The mbarriers, 8 bytes each from `base`: q_full, q_empty (QST each: one
// per Q buffer), then k_full, k_empty, v_full, v_empty (STAGES each).
template <class C>
struct Barriers {
  uint32_t base;
  static constexpr int KB = 2 * C::QST;  // first K/V barrier
  __device__ __forceinline__ uint32_t q_full(int q = 0) const { return base + 8u * q; }
  __device__ __forceinline__ uint32_t q_empty(int q = 0) const { return base + 8u * (C::QST + q); }
  __device__ __forceinline__ uint32_t k_full(int s) const { return base + 8u * (KB + s); }
  __device__ __forceinline__ uint32_t k_empty(int s) const { return base + 8u * (KB + C::STAGES + s); }
  __device__ __forceinline__ uint32_t v_full(int s) const { return base + 8u * (KB + 2 * C::STAGES + s); }
  __device__ __forceinline__ uint32_t v_empty(int s) const { return base + 8u * (KB + 3 * C::STAGES + s); }
  // MTILE: the dead-tile checkers posted their verdicts on stage s (kSchedDeadTiles).
  __device__ __forceinline__ uint32_t chk(int s) const { return base + 8u * (KB + 4 * C::STAGES + s); }
  // One thread, before the CTA-wide barrier.
  __device__ __forceinline__ void init() const {
    for (int q = 0; q < C::QST; ++q) {
      mbar_init(q_full(q), 1);
      mbar_init(q_empty(q), 4 * C::NWG);
    }
    for (int s = 0; s < C::STAGES; ++s) {
      mbar_init(k_full(s), 1);
      mbar_init(v_full(s), 1);
      mbar_init(k_empty(s), 4 * C::NWG);
      mbar_init(v_empty(s), 4 * C::NWG);
      if constexpr (C::MTILE) mbar_init(chk(s), C::NWG);
    }
    asm volatile("fence.mbarrier_init.release.cluster;\n" ::: "memory");
  }
};

// kSchedDeadTiles (Cfg::MTILE): where a warpgroup's rows each have a logit
// of kDeadArm or more (m >= kDeadArm), a key whose logit is z = s + v with
// an additive mask value v weighs exp(z - m), and it flushes to 0 in f32
// (the kernels' ex2.approx.ftz: any exponent below -87.3 in natural units,
// below 2^-126) exactly as when the tile is computed, in two cases:
//  - v <= kDeadMask (bf16's lowest finite value, Hugging Face's finfo.min
//    fill in bf16, or -inf): z - m <= -32,752 for every logit s short of
//    3.3895e38 - 32,840 (f32's overflow edge);
//  - v <= kDeadBoundMask (f16's lowest, -65504: the f16 finfo.min fill;
//    f16 has nothing else between it and -inf) where also |scale| x
//    max_r |q_r| x max_j |k_j| <= kDeadBound (32,000; r: the warpgroup's 64
//    query rows, j: the tile's keys), so s <= 32,000 and z - m <= 32,000 -
//    65,504 + 32,752 = -752. The margin to -87.3 is 664, 2% of the bound,
//    against the f32 rounding: the squared norms summed in f32 over at
//    most 128 columns (relative error <= 128 x 2^-24 each), the product of
//    the three squares (3 roundings), and the S GEMM's f32 accumulation
//    of exact products (|s| <= |scale| |q| |k| (1 + 128 x 2^-23)): 1e-4 at
//    most. Without the norms it is not exact: s - 65504 outweighs a row max
//    near kDeadArm once s reaches 32,664 (activations of a few hundred at
//    D 64: HopperPath.DeadMaskTilesLargeHiddenLogits).
// The norms are compared squared (kDeadBound2 = 32,000^2, exact in f32); a
// NaN or inf in Q or K (or a product that overflows) fails the comparison:
// not dead. A boolean mask's false and a causal-hidden position take the
// fill itself as their logit (no s): dead where the fill is at or below
// kDeadFill (f16's lowest: exp(-65504 - m) <= exp(-32752)); -inf is always
// exact.
constexpr float kDeadMask = -0x1.fep127f;
constexpr float kDeadBoundMask = -65504.f;
constexpr float kDeadBound2 = 32000.f * 32000.f;
constexpr float kDeadFill = -65504.f;
constexpr float kDeadArm = -32752.f;

// Whether |scale|^2 |q|^2 |k|^2 <= kDeadBound2 for the largest squared
// norms qn2, kn2 (f32 bits): the bound under which f16's lowest hides a
// key; NaN or an overflow fails it.
__device__ __forceinline__ bool within_dead_bound(float scale, uint32_t qn2, uint32_t kn2) {
  return scale * scale * __uint_as_float(qn2) * __uint_as_float(kn2) <= kDeadBound2;
}
// The checkers' verdicts on a stage (dead[]), weakest first (a warp's is
// the least of its lanes'): live, dead if the norms fit (kDeadBound2; the
// key tile's largest squared norm: the max of the NWG parts in knorm[]),
// dead on the mask values alone.
constexpr uint8_t kTileLive = 0, kTileDeadIfBounded = 1, kTileDead = 2;
// The producer's verdict on a stage it loaded without its mask (the dead
// map's clear plane): live, its logits those of the mask-free GEN kernels.
constexpr uint8_t kTileMaskFree = 3;
// A stage's stop flag (the checkers'): check its mask tile, end the loop,
// or skip it (the producer posted kTileDead from the dead map; no loads).
constexpr uint8_t kStopNone = 0, kStopEnd = 1, kStopPreset = 2;

// Whether kernel C's checkers sum the key norms of a tile for their
// kTileDeadIfBounded verdicts: D 128 (f16 causal + padding mask, 4 x 16 x
// 4096: 1.411x cuDNN with them), not D 64, whose tiles are too short to
// hide the sums (R35, 6 x 12 x 5100, f16: 0.919x with them against 1.009x
// without; bench/RESULTS.md "Dead tiles for f16's lowest: the checkers'
// halves", call F16E). The D 64 checkers post bounded verdicts only with
// an f16 mask's dead map, on the KV head's largest key norm, which the
// producer posts from the norm pass (KParams::dmap_kn, key_norms.cuh).
template <class C>
constexpr bool kBoundedDeadTiles = C::DP >= 128;

// Whether this launch skips dead tiles (kSchedDeadTiles): the MTILE kernels
// with a mask operand and a fill at or below kDeadFill.
template <class C>
__device__ __forceinline__ bool dead_tiles_on(const KParams &p) {
  if constexpr (!C::MTILE || C::LR) {
    return false;
  } else {
    return (p.sched & kSchedDeadTiles) && p.msm_bytes && p.fill <= kDeadFill;
  }
}

// Whether this launch's checkers run (dead_tiles_on), decided with its dead
// map's pass done (grid_dependency_wait first: the kernel is launched
// programmatically after the pass): not where the map has no dead or clear
// tile at all (*dmap_any 0: a bias such as T5's, whose tiles the checkers
// would read to find nothing). Computing every tile is the same result as
// skipping a dead one; the producer, the checkers and the consumers read
// the same word, so they agree on the stage protocol.
template <class C>
__device__ __forceinline__ bool dead_tiles_run(const KParams &p) {
  if (!dead_tiles_on<C>(p)) return false;
  return p.dmap == nullptr || *static_cast<const volatile int *>(p.dmap_any) != 0;
}

// The producer: one thread issues every TMA load of this CTA's tiles.
// Returns the key tiles (stages) it loaded.
template <class C, bool HANDOFF>
__device__ __forceinline__ int producer_loop(const CUtensorMap &tmQ, const CUtensorMap &tmK,
                                             const CUtensorMap &tmV, const CUtensorMap &tmM,
                                             const KParams &p, const Barriers<C> &bar,
                                             uint32_t sQ, uint32_t sK, uint32_t sV, uint32_t sM,
                                             volatile int *tile_slot) {
  constexpr int BM = C::BM, BN = C::BN, STAGES = C::STAGES;
  // The dead map (MTILE, dead_map.cuh): the loads of a key tile dead for
  // every warpgroup of the output tile are left out once every warpgroup
  // published (armed[]) that all its rows are armed in this Q round; the
  // producer then posts the checkers' verdict itself (kTileDead, stop flag
  // kStopPreset) and completes the stage's k_full and v_full without bytes.
  // The consumers skip such a tile as one they loaded (is_dead: dead and
  // armed), and armed rows stay armed for the rest of the round. (armed[]
  // is read and written by atomics: the consumers publish at any time.)
  // A tile whose mask the map's clear plane shows adding nothing to every
  // warpgroup's rows comes without its mask: verdict kTileMaskFree.
  // (Set at each tile, after grid_dependency_wait: dead_tiles_run.)
  bool dmap = false;
  (void)dmap;
  // The verdicts, stop flags and armed rounds (Cfg::DEAD_OFF, ARM_OFF),
  // addressed from the Q buffers' shared address when used: no pointer
  // held across the loop.
  auto shared_at = [&](int off) {
    return static_cast<uint8_t *>(__cvta_shared_to_generic(static_cast<size_t>(sQ + (off - C::Q_OFF))));
  };
  (void)shared_at;
  prefetch_tmap(&tmQ);
  prefetch_tmap(&tmK);
  prefetch_tmap(&tmV);
  // MSM: the key tile's mask (row or tile) comes with K (same stage, same
  // barrier).
  const int mbytes = C::MSM ? p.msm_bytes : 0;
  if (mbytes) prefetch_tmap(&tmM);
  (void)sM;
  // qr: Q rounds so far; round r uses Q buffer r % QST (and its tile slot)
  // in phase (r / QST) & 1.
  int kv = 0, qr = 0;
  // K/V resident (Cfg::KVR): the pairs' m-blocks in turn, K/V loaded for
  // the first (m-block 0) only.
  const bool hold = C::KVR && p.kv_hold;
  int t = hold ? unit_first_tile(p) : static_cast<int>(blockIdx.x);
  while (true) {
    const int qs = qr % C::QST;
    if constexpr (HANDOFF) {
      mbar_wait(bar.q_empty(qs), ((qr / C::QST) & 1) ^ 1);
      ++qr;
      if (t >= p.num_tiles) {
        tile_slot[qs] = -1;
        mbar_arrive(bar.q_full(qs));
        break;
      }
    } else {
      if (t >= p.num_tiles) break;
    }
    const TileCoord tc = tile_coord<C>(p, t);
    const int m0 = tc.m0, h = tc.h, b = tc.b, n_tiles = tc.n_tiles,
              nf = C::SPLITKV ? tc.n_first : 0;
    if constexpr (HANDOFF) tile_slot[qs] = t;
    const int t_next = hold ? unit_next_tile(p, t) : next_tile(p, t);
    if (n_tiles == 0) {
      if constexpr (HANDOFF) mbar_arrive(bar.q_full(qs));
      t = t_next;
      continue;
    }
    if constexpr (!HANDOFF) {
      mbar_wait(bar.q_empty(qs), ((qr / C::QST) & 1) ^ 1);
      ++qr;
    }
    const int hk = p.div_group.div(h);
    const uint32_t sQb = sQ + qs * C::Q_BYTES;
    mbar_expect_tx(bar.q_full(qs), C::Q_BYTES);
    // Not unrolled: the producer runs on 24-40 registers (setmaxnreg).
#pragma unroll 1
    for (int pn = 0; pn < C::PANELS; ++pn)
      tma_load_4d(sQb + pn * BM * 128, &tmQ, pn * 64, m0, h, b, bar.q_full(qs));
    // hold: the m-blocks after the first read the K/V tiles m-block 0 loaded.
    const int n_load = hold && m0 > 0 ? 0 : n_tiles;
    // dmap: the key tiles (n >> 5) * 32 .. + 31 dead (dw) and clear (cw) for
    // every warpgroup of this output tile (a 64-row block past Sq: none
    // dead, all clear). Few registers: the producer runs on 24-40.
    uint32_t dw = 0, cw = 0;
    (void)dw;
    (void)cw;
    // An f16 mask's dead plane (-65504) counts only with the key norms
    // (dmap_kn), against which each consumer warpgroup checks the bound
    // for its rows before it publishes them armed (attn_hopper.cu).
    // kn_head: the KV head's largest squared key norm (f32 bits), which the
    // checkers of kernels without their own key norms (kBoundedDeadTiles)
    // post with a bounded verdict.
    bool dead_ok = true;
    uint32_t kn_head = 0xffffffffu;
    (void)dead_ok;
    (void)kn_head;
    if constexpr (C::MTILE) {
      // The map's pass may still run (the kernel launched programmatically
      // after it: launch.cuh): its end before the map's reads (a no-op
      // after the first tile's; no flag kept across the loop: the
      // producer's registers). Q's load above reads inputs the pass's own
      // launch waited for.
      attn::grid_dependency_wait();
      dmap = dead_tiles_run<C>(p) && p.dmap != nullptr;
      if (dmap && p.mask_dtype == 1) {
        dead_ok = p.dmap_kn != nullptr;
        if (dead_ok) kn_head = __ldg(p.dmap_kn + (b * p.Hq + h) / p.group);
      }
    }
    for (int it = 0; it < n_load; ++it, ++kv) {
      const int s = kv % STAGES;
      const uint32_t ph = (kv / STAGES) & 1;
      mbar_wait(bar.k_empty(s), ph ^ 1);
      int tile_mbytes = mbytes;  // this tile's mask bytes (0: none, or not loaded)
      if constexpr (C::MTILE) {
        if (dmap) {
          const int n = nf + it;
          if (it == 0 || (n & 31) == 0) {
            dw = cw = ~0u;
            const uint32_t *w = p.dmap + (p.msm_b ? b : 0) * p.dmap_sb + (p.msm_h ? h : 0) * p.dmap_sh +
                                static_cast<int64_t>(m0 / 64) * 2 * p.dmap_words + (n >> 5);
#pragma unroll 1
            for (int c = 0; c < C::NWG; ++c, w += 2 * p.dmap_words) {
              if (m0 / 64 + c >= p.dmap_blocks) {
                dw = 0;  // (no stored row: its mask adds nothing)
                break;
              }
              dw &= __ldg(w);
              cw &= __ldg(w + p.dmap_words);
            }
            if (!dead_ok) dw = 0;
          }
          volatile uint8_t *dead = shared_at(C::DEAD_OFF);
          volatile uint8_t *stop = dead + C::STAGES * C::NWG;
          bool skip = (dw >> (n & 31)) & 1u;
#pragma unroll 1
          for (int c = 0; c < C::NWG && skip; ++c)
            skip = atomicAdd(reinterpret_cast<int *>(shared_at(C::ARM_OFF)) + c, 0) == qr;
          if (skip) {
#pragma unroll
            for (int c = 0; c < C::NWG; ++c) dead[s * C::NWG + c] = kTileDead;
            stop[s] = kStopPreset;
            if (p.dead_counts) atomicAdd(p.dead_counts + 2, 1u);
            mbar_arrive(bar.k_full(s));
            mbar_wait(bar.v_empty(s), ph ^ 1);
            mbar_arrive(bar.v_full(s));
            continue;
          }
          const bool clear = (cw >> (n & 31)) & 1u;
          if (clear) {
#pragma unroll
            for (int c = 0; c < C::NWG; ++c) dead[s * C::NWG + c] = kTileMaskFree;
            if (p.dead_counts) atomicAdd(p.dead_counts + 3, 1u);
          }
          stop[s] = clear ? kStopPreset : kStopNone;
          tile_mbytes = clear ? 0 : mbytes;
          if constexpr (!kBoundedDeadTiles<C>) {
            // The checkers' bounded verdicts on this stage (an f16 mask,
            // dmap_kn) take the head's key norm from here.
            if (p.dmap_kn && !clear) {
              volatile uint32_t *knorm = reinterpret_cast<volatile uint32_t *>(shared_at(C::KN_OFF));
#pragma unroll
              for (int c = 0; c < C::NWG; ++c) knorm[s * C::NWG + c] = kn_head;
            }
          }
        }
      }
      mbar_expect_tx(bar.k_full(s), C::K_BYTES + tile_mbytes);
#pragma unroll 1
      for (int pn = 0; pn < C::PANELS; ++pn)
        tma_load_4d(sK + s * C::K_BYTES + pn * C::KROWS * 128, &tmK, pn * 64, (nf + it) * BN, hk, b,
                    bar.k_full(s));
      if (tile_mbytes) {
        const int mh = p.msm_h ? h : 0, mb = p.msm_b ? b : 0;
        if constexpr (C::MROW) {
          tma_load_4d(sM + s * C::M_SLOT, &tmM, (nf + it) * BN, 0, mh, mb, bar.k_full(s));
        } else {
          const int pk = mask_tile_panel_keys(p.mask_dtype);
#pragma unroll 1
          for (int pn = 0; pn * pk < BN; ++pn)
            tma_load_4d(sM + s * C::M_SLOT + pn * BM * 128, &tmM, (nf + it) * BN + pn * pk, m0, mh, mb,
                        bar.k_full(s));
        }
      }
      mbar_wait(bar.v_empty(s), ph ^ 1);
      mbar_expect_tx(bar.v_full(s), C::V_BYTES);
#pragma unroll 1
      for (int pn = 0; pn < C::V_PANELS; ++pn)
        tma_load_4d(sV + s * C::V_BYTES + pn * C::KROWS * C::V_ROW_BYTES, &tmV, pn * C::VPC, (nf + it) * BN,
                    hk, b, bar.v_full(s));
    }
    t = t_next;
  }
  return kv;
}

// The two 16-bit values (bf16 or f16) packed in w, in f32: a the low, b the
// high.
template <bool BF16>
__device__ __forceinline__ void unpack_pair(uint32_t w, float &a, float &b) {
  if constexpr (BF16) {
    a = __uint_as_float(w << 16);
    b = __uint_as_float(w & 0xffff0000u);
  } else {
    const float2 f = __half22float2(*reinterpret_cast<const __half2 *>(&w));
    a = f.x;
    b = f.y;
  }
}

// acc + the squares of the eight 16-bit values in x (bf16 or f16), in f32.
template <bool BF16>
__device__ __forceinline__ float sum_squares8(const uint4 &x, float acc) {
  const uint32_t w[4] = {x.x, x.y, x.z, x.w};
#pragma unroll
  for (int e = 0; e < 4; ++e) {
    float a, b;
    unpack_pair<BF16>(w[e], a, b);
    acc = fmaf(a, a, acc);
    acc = fmaf(b, b, acc);
  }
  return acc;
}

// acc0 + the squares of the even, acc1 of the odd 16-bit values in x (two
// independent FMA chains).
template <bool BF16>
__device__ __forceinline__ void sum_squares8x2(const uint4 &x, float &acc0, float &acc1) {
  const uint32_t w[4] = {x.x, x.y, x.z, x.w};
#pragma unroll
  for (int e = 0; e < 4; ++e) {
    float a, b;
    unpack_pair<BF16>(w[e], a, b);
    acc0 = fmaf(a, a, acc0);
    acc1 = fmaf(b, b, acc1);
  }
}

// The largest squared norm of keys part * BN / NWG .. (part + 1) * BN / NWG
// - 1 of one stage's K tile (kt: C::BN rows of C::PANELS 64-column panels,
// 128 bytes a row), over the warp, as f32 bits: a non-negative float orders
// as its bits, and a NaN (any sign) above +inf. Checker c sums part c, and
// a consumer takes the max of the NWG parts (mainloop: a part not summed is
// posted as NaN, so the tile is not dead). Lane l sums rows l, l + 32, ...
// of the part, all at once (two independent chains a row); a row's 8
// 16-byte chunks in the order (c + l) & 7, so the 8 lanes of a quarter-warp
// read 8 distinct chunk positions (no bank conflict; the 128-byte swizzle
// only permutes a row's chunks, and the sum does not care). Padding
// columns (past D) are TMA's zero fill: they add nothing.
template <class C>
__device__ __forceinline__ uint32_t key_norm2_max(const uint8_t *kt, int part, int lane) {
  static_assert(C::DK == C::DP && C::HPT == 1, "mask tiles: QK^T over every column, one head a tile");
  constexpr int ROWS = C::BN / C::NWG, RPL = ROWS / 32;  // rows of the part, a lane's
  static_assert(ROWS % 32 == 0, "a part: whole rows a lane");
  const uint8_t *rows = kt + (part * ROWS + lane) * 128;
  float ss[RPL][2];
#pragma unroll
  for (int i = 0; i < RPL; ++i) ss[i][0] = ss[i][1] = 0.f;
#pragma unroll 1
  for (int pn = 0; pn < C::PANELS; ++pn) {
#pragma unroll 2
    for (int c = 0; c < 8; ++c) {
#pragma unroll
      for (int i = 0; i < RPL; ++i)
        sum_squares8x2<C::BF16>(
            *reinterpret_cast<const uint4 *>(rows + pn * C::KROWS * 128 + i * 32 * 128 + (((c + lane) & 7) << 4)),
            ss[i][0], ss[i][1]);
    }
  }
  uint32_t mx = 0;
#pragma unroll
  for (int i = 0; i < RPL; ++i) mx = max(mx, __float_as_uint(ss[i][0] + ss[i][1]));
  return __reduce_max_sync(0xffffffffu, mx);
}

// The largest squared norm of a warp's 16 query rows (qt: this warpgroup's
// first row of the Q buffer's first panel; panels C::BM rows apart), as
// key_norm2_max, over the warp: two lanes a row, each half of its chunks
// (lanes 2i, 2i + 1 of a quarter-warp take chunks {0..3}, {4..7} rotated
// by i: distinct positions).
template <class C>
__device__ __forceinline__ uint32_t query_norm2_max(const uint8_t *qt, int warp, int lane) {
  const int r = warp * 16 + (lane >> 1), half = (lane & 1) * 4;
  float ss = 0.f;
#pragma unroll
  for (int pn = 0; pn < C::PANELS; ++pn) {
    const uint8_t *row = qt + pn * C::BM * 128 + r * 128;
#pragma unroll
    for (int c = 0; c < 4; ++c)
      ss = sum_squares8<C::BF16>(*reinterpret_cast<const uint4 *>(row + ((half + ((c + r) & 3)) << 4)), ss);
  }
  ss += __shfl_xor_sync(0xffffffffu, ss, 1);
  return __reduce_max_sync(0xffffffffu, __float_as_uint(ss));
}

// The dead-tile checkers (kSchedDeadTiles): warp c + 1 of the producer
// warpgroup reads consumer warpgroup c's 64 rows of every stage's mask tile
// as it lands (k_full) and posts its verdict in dead[s * NWG + c]
// (16-bit: kTileDead where every value is at or below kDeadMask and none
// NaN; kTileDeadIfBounded where they are at or below kDeadBoundMask, with
// the largest squared norm of the K tile's keys part c (key_norm2_max) in
// knorm[s * NWG + c], else NaN there; boolean:
// kTileDead where every value is false), then arrives on chk(s); the
// consumers wait for chk(s) before they read the verdict or free the stage
// (so the K tile, landed with the same k_full, stays until the checker read
// it). Rows and keys past Sq / Sk read TMA's zero fill: never dead. The
// producer ends the loop by setting the next stage's stop flag and arriving
// on its k_full (attn_hopper.cu); lane 0 alone reads the flag (its chk
// arrival orders the read before that write) and broadcasts it.
template <class C>
__device__ __forceinline__ void dead_check_loop(const KParams &p, const Barriers<C> &bar,
                                                const uint8_t *msm, const uint8_t *ksm,
                                                volatile uint8_t *dead, volatile uint32_t *knorm,
                                                volatile uint8_t *stop, int c, int lane) {
  constexpr int BM = C::BM, STAGES = C::STAGES, PANEL = BM * 128;
  const int dt = p.mask_dtype;
  for (int kv = 0;; ++kv) {
    const int s = kv % STAGES;
    mbar_wait(bar.k_full(s), (kv / STAGES) & 1);
    unsigned flag = 0;
    if (lane == 0) flag = stop[s];
    flag = __reduce_or_sync(0xffffffffu, flag);
    if (flag == kStopEnd) break;
    if (flag == kStopPreset) {
      if (lane == 0) mbar_arrive(bar.chk(s));
      continue;
    }
    // This warpgroup's 64 rows of each panel: 8 KiB, 16 chunks of 16 bytes a lane.
    const uint8_t *rg = msm + s * C::M_SLOT + c * 64 * 128 + lane * 16;
    unsigned d;
    if (dt == 3) {
      uint32_t acc = 0;
#pragma unroll 4
      for (int j = 0; j < 16; ++j) {
        const uint4 v = *reinterpret_cast<const uint4 *>(rg + j * 512);
        acc |= v.x | v.y | v.z | v.w;
      }
      d = acc == 0 ? kTileDead : kTileLive;
    } else {
      // The largest value (NaN if any), two panels of 64 keys (C::BN 128),
      // in four running maxima (one a 4-byte word of the chunks: chains of
      // 32 dependent max instructions instead of 128, so the verdict the
      // consumers wait for comes sooner), then their max.
      auto hmax = [&](uint32_t a, uint32_t b) {
        if (dt == 2) {
          const __nv_bfloat162 r = __hmax2_nan(*reinterpret_cast<const __nv_bfloat162 *>(&a),
                                               *reinterpret_cast<const __nv_bfloat162 *>(&b));
          return *reinterpret_cast<const uint32_t *>(&r);
        }
        const __half2 r =
            __hmax2_nan(*reinterpret_cast<const __half2 *>(&a), *reinterpret_cast<const __half2 *>(&b));
        return *reinterpret_cast<const uint32_t *>(&r);
      };
      // f16 -inf pair (bf16: a NaN-free low value too); bf16 -inf pair.
      const uint32_t low = dt == 2 ? 0xff80ff80u : 0xfc00fc00u;
      uint32_t m4[4] = {low, low, low, low};
#pragma unroll 1
      for (int pn = 0; pn < C::BN / 64; ++pn) {
#pragma unroll 4
        for (int j = 0; j < 16; ++j) {
          const uint4 v = *reinterpret_cast<const uint4 *>(rg + pn * PANEL + j * 512);
          m4[0] = hmax(m4[0], v.x);
          m4[1] = hmax(m4[1], v.y);
          m4[2] = hmax(m4[2], v.z);
          m4[3] = hmax(m4[3], v.w);
        }
      }
      const uint32_t acc = hmax(hmax(m4[0], m4[1]), hmax(m4[2], m4[3]));
      float lo, hi;
      if (dt == 2) {
        lo = __uint_as_float(acc << 16);
        hi = __uint_as_float(acc & 0xffff0000u);
      } else {
        const __half2 h = *reinterpret_cast<const __half2 *>(&acc);
        lo = __low2float(h);
        hi = __high2float(h);
      }
      // (A NaN fails every comparison: live.) Bounded verdicts where this
      // kernel sums the key norms, or where the producer posts the head's
      // (an f16 mask's dead map: dmap_kn).
      d = lo <= kDeadMask && hi <= kDeadMask ? kTileDead
          : (kBoundedDeadTiles<C> || p.dmap_kn) && lo <= kDeadBoundMask && hi <= kDeadBoundMask
              ? kTileDeadIfBounded
              : kTileLive;
    }
    // The warp's verdict: the least of its lanes'.
    d = __reduce_min_sync(0xffffffffu, d);
    // The K tile's part c of the norms only where the mask alone does not
    // decide; else a NaN (a consumer taking it fails the bound). Kernels
    // without their own sums keep the producer's value.
    uint32_t kn = 0xffffffffu;
    if constexpr (kBoundedDeadTiles<C>) {
      if (d == kTileDeadIfBounded) kn = key_norm2_max<C>(ksm + s * C::K_BYTES, c, lane);
    }
    if (lane == 0) {
      dead[s * C::NWG + c] = static_cast<uint8_t>(d);
      if constexpr (kBoundedDeadTiles<C>) knorm[s * C::NWG + c] = kn;
      mbar_arrive(bar.chk(s));
    }
    (void)kn;
  }
}

// S = Q K^T for this warpgroup's 64 rows (Q at qa) and the K tile of stage s
// (sK: the warpgroup's own head's rows of the ring, Cfg::HPT).
template <class C>
__device__ __forceinline__ void issue_s(float (&sc)[C::BN / 2], uint32_t qa, uint32_t sK, int s) {
  constexpr int BM = C::BM, BN = C::BN;
  const uint64_t da0 = make_desc(qa, 16), db0 = make_desc(sK + s * C::K_BYTES, 16);
  wgmma_fence();
#pragma unroll
  for (int kk = 0; kk < C::DK / 16; ++kk) {  // columns past DK: zeros (Cfg::DK)
    const uint64_t da = desc_advance(da0, (kk >> 2) * BM * 128 + (kk & 3) * 32);
    const uint64_t db = desc_advance(db0, (kk >> 2) * C::KROWS * 128 + (kk & 3) * 32);
    mma_ss<C::BF16, BN>(sc, da, db, kk > 0 ? 1 : 0);
  }
  wgmma_commit();
}

// O += P V with P (16-bit, A-fragment layout) from registers and the V tile
// of stage s (sV as sK above).
template <class C>
__device__ __forceinline__ void issue_pv(float (&o)[C::DV / 2], const uint32_t (&pa)[C::BN / 16][4],
                                         uint32_t sV, int s) {
  constexpr int BN = C::BN;
  const uint64_t db0 = make_desc_mn<C::VPC>(sV + s * C::V_BYTES, C::KROWS * C::V_ROW_BYTES);
  wgmma_fence();
#pragma unroll
  for (int kk = 0; kk < BN / 16; ++kk) {
    const uint64_t db = desc_advance(db0, kk * 16 * C::V_ROW_BYTES);
    mma_rs<C::BF16, C::DV>(o, pa[kk], db, 1);
  }
  wgmma_commit();
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_MAINLOOP_CUH
