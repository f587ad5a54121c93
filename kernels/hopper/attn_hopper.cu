//===- attn_hopper.cu - Hopper flash-attention forward (wgmma + TMA) -----===//
//
// Structure (after FlashAttention-3, written from the PTX ISA and the
// CUTLASS descriptor documentation; no code copied):
//
//  * One CTA computes a BM x D block of O for one (batch, query head):
//    BM = 64 * NWG rows, NWG consumer warpgroups of 64 rows each, plus one
//    producer warpgroup (warp specialization). setmaxnreg moves registers
//    from the producer (24-32) to the consumers (160-240).
//  * The producer (one elected thread) issues TMA tensor loads
//    (cp.async.bulk.tensor.4d) of the Q block once and of K and V tiles
//    (BN rows) into a STAGES-deep ring, each completing on an mbarrier
//    (k_full/v_full). Consumers release slots through k_empty/v_empty.
//  * Shared memory tiles are stored as 64-column panels of 128-byte rows
//    with the 128-byte swizzle (TMA's SWIZZLE_128B = the wgmma B128 layout).
//  * S = Q K^T: wgmma m64nBNk16, A (Q) and B (K) from shared memory, both
//    K-major. O += P V: wgmma m64nDk16 with P from registers (the S
//    accumulator layout converts to the A-fragment layout in place) and V
//    from shared memory MN-major (transpose bit).
//  * Online softmax in f32 with exp2 and the scale folded into one FFMA.
//  * OVERLAP (FA3's intra-warpgroup pipelining): the S GEMM of tile j+1 is
//    issued before the PV GEMM of tile j, and softmax of tile j+1 runs
//    while PV(j) is on the tensor cores.
//  * GEN variants (Cfg::GEN): masks (additive / boolean, any broadcast),
//    the mask fill and empty-row semantics of attnrt_types.h; see Cfg.
//
//===----------------------------------------------------------------------===//

#include "attn_hopper.h"

#include <cuda.h>
#include <cudaTypedefs.h>
#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <type_traits>

namespace attn_hopper {

#include "wgmma_ops.inc"

// ---------------------------------------------------------------------------
// PTX helpers
// ---------------------------------------------------------------------------

__device__ __forceinline__ uint32_t smem_u32(const void *p) {
  return static_cast<uint32_t>(__cvta_generic_to_shared(p));
}

__device__ __forceinline__ void mbar_init(uint32_t bar, uint32_t count) {
  asm volatile("mbarrier.init.shared::cta.b64 [%0], %1;\n" ::"r"(bar), "r"(count));
}

__device__ __forceinline__ void mbar_expect_tx(uint32_t bar, uint32_t bytes) {
  asm volatile("mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;\n" ::"r"(bar), "r"(bytes)
               : "memory");
}

__device__ __forceinline__ void mbar_arrive(uint32_t bar) {
  asm volatile("mbarrier.arrive.shared::cta.b64 _, [%0];\n" ::"r"(bar) : "memory");
}

__device__ __forceinline__ void mbar_wait(uint32_t bar, uint32_t parity) {
  asm volatile(
      "{\n"
      ".reg .pred P1;\n"
      "WAIT_LOOP:\n"
      "mbarrier.try_wait.parity.shared::cta.b64 P1, [%0], %1;\n"
      "@!P1 bra WAIT_LOOP;\n"
      "}\n" ::"r"(bar),
      "r"(parity)
      : "memory");
}

__device__ __forceinline__ void tma_load_4d(uint32_t dst, const CUtensorMap *map, int c0, int c1,
                                            int c2, int c3, uint32_t bar) {
  asm volatile(
      "cp.async.bulk.tensor.4d.shared::cluster.global.mbarrier::complete_tx::bytes"
      " [%0], [%1, {%2, %3, %4, %5}], [%6];\n" ::"r"(dst),
      "l"(reinterpret_cast<uint64_t>(map)), "r"(c0), "r"(c1), "r"(c2), "r"(c3), "r"(bar)
      : "memory");
}

__device__ __forceinline__ void prefetch_tmap(const CUtensorMap *map) {
  asm volatile("prefetch.tensormap [%0];\n" ::"l"(reinterpret_cast<uint64_t>(map)) : "memory");
}

__device__ __forceinline__ void wgmma_fence() {
  asm volatile("wgmma.fence.sync.aligned;\n" ::: "memory");
}
__device__ __forceinline__ void wgmma_commit() {
  asm volatile("wgmma.commit_group.sync.aligned;\n" ::: "memory");
}
template <int N>
__device__ __forceinline__ void wgmma_wait() {
  asm volatile("wgmma.wait_group.sync.aligned %0;\n" ::"n"(N) : "memory");
}

// Keeps the compiler from moving accesses of accumulator registers across
// wgmma issue/wait points.
template <int N>
__device__ __forceinline__ void fence_regs(float (&r)[N]) {
#pragma unroll
  for (int i = 0; i < N; ++i) asm volatile("" : "+f"(r[i])::"memory");
}

template <int R>
__device__ __forceinline__ void setmaxnreg_inc() {
  asm volatile("setmaxnreg.inc.sync.aligned.u32 %0;\n" ::"n"(R));
}
template <int R>
__device__ __forceinline__ void setmaxnreg_dec() {
  asm volatile("setmaxnreg.dec.sync.aligned.u32 %0;\n" ::"n"(R));
}

__device__ __forceinline__ float ex2(float x) {
  float y;
  asm("ex2.approx.ftz.f32 %0, %1;\n" : "=f"(y) : "f"(x));
  return y;
}

// wgmma shared-memory descriptor, 128-byte swizzle.
//   K-major  (A = Q, B = K): LBO unused (1), SBO = 1024 B (8 rows x 128 B).
//   MN-major (B = V):        LBO = byte distance between 64-element column
//                            panels, SBO = 1024 B (8 k-rows x 128 B).
__device__ __forceinline__ uint64_t make_desc(uint32_t saddr, uint32_t lbo_bytes) {
  uint64_t d = 0;
  d |= static_cast<uint64_t>((saddr & 0x3FFFF) >> 4);
  d |= static_cast<uint64_t>((lbo_bytes >> 4) & 0x3FFF) << 16;
  d |= static_cast<uint64_t>(1024 >> 4) << 32;
  d |= static_cast<uint64_t>(1) << 62;  // SWIZZLE_128B
  return d;
}

template <bool BF16>
__device__ __forceinline__ uint32_t pack2(float a, float b) {
  if constexpr (BF16) {
    __nv_bfloat162 h = __floats2bfloat162_rn(a, b);
    return *reinterpret_cast<uint32_t *>(&h);
  } else {
    __half2 h = __floats2half2_rn(a, b);
    return *reinterpret_cast<uint32_t *>(&h);
  }
}

// wgmma wrappers by N (wgmma_ops.inc, generated by gen_wgmma.py): S = Q K^T
// with N = BN (64, 96, 128), O += P V with N = the padded head dim (64,
// 128, 192, 256).
#define ATTN_HOPPER_WGMMA_N(OP, T, N) wgmma_##OP##_##T##_n##N
template <bool BF16, int N>
__device__ __forceinline__ void mma_ss(float (&d)[N / 2], uint64_t da, uint64_t db, int acc) {
  static_assert(N == 64 || N == 96 || N == 128, "N");
#define ATTN_HOPPER_SS(NN)                                                            \
  if constexpr (N == NN) {                                                           \
    if constexpr (BF16) ATTN_HOPPER_WGMMA_N(ss, bf16, NN)(d, da, db, acc);            \
    else ATTN_HOPPER_WGMMA_N(ss, f16, NN)(d, da, db, acc);                            \
  }
  ATTN_HOPPER_SS(64)
  ATTN_HOPPER_SS(96)
  ATTN_HOPPER_SS(128)
#undef ATTN_HOPPER_SS
}

template <bool BF16, int N>
__device__ __forceinline__ void mma_rs(float (&d)[N / 2], const uint32_t (&a)[4], uint64_t db,
                                       int acc) {
  static_assert(N == 64 || N == 128 || N == 192 || N == 256, "N");
#define ATTN_HOPPER_RS(NN)                                                            \
  if constexpr (N == NN) {                                                           \
    if constexpr (BF16) ATTN_HOPPER_WGMMA_N(rs, bf16, NN)(d, a, db, acc);             \
    else ATTN_HOPPER_WGMMA_N(rs, f16, NN)(d, a, db, acc);                             \
  }
  ATTN_HOPPER_RS(64)
  ATTN_HOPPER_RS(128)
  ATTN_HOPPER_RS(192)
  ATTN_HOPPER_RS(256)
#undef ATTN_HOPPER_RS
}
#undef ATTN_HOPPER_WGMMA_N

// ---------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------

// GEN: the general kernel: mask operand (raw bits loaded into registers one
// key tile ahead, converted at use), finite mask fills (hidden key tiles past
// the diagonal skipped, with an exact tail: hidden_tail), logits in natural
// units (p = exp2((z - m) * log2 e), exact for any finite mask or fill value,
// finfo.min included). Without GEN: no mask, and hidden positions are -inf
// (default_variant routes masked problems and causal finite fills to GEN).
// GMASK (GEN only): with the mask operand; false = mask-free GEN kernels for
// causal problems with a finite fill (no mask registers: plain tile sizes).
// DP: the padded head dim the tiles hold (64, 128, 192 or 256); the problem's
// head dim D <= DP is a run-time value (KParams::D): TMA fills the columns
// from D to DP with zeros, which add nothing to QK^T and give zero output
// columns in PV, never stored.
template <int DP_, int NWG_, int BN_, int STAGES_, bool BF16_, bool OVERLAP_, bool PINGPONG_,
          int PREGS_ = (NWG_ == 2 ? 40 : 32), bool GEN_ = false, bool GMASK_ = true>
struct Cfg {
  static constexpr int DP = DP_, NWG = NWG_, BM = 64 * NWG_, BN = BN_, STAGES = STAGES_;
  static constexpr bool BF16 = BF16_, OVERLAP = OVERLAP_, PINGPONG = PINGPONG_, GEN = GEN_;
  static constexpr bool GMASK = GEN_ && GMASK_;
  static constexpr int PANELS = DP / 64;
  static constexpr int Q_BYTES = BM * DP * 2;
  static constexpr int KV_BYTES = BN * DP * 2;
  static constexpr int Q_OFF = 0;
  static constexpr int K_OFF = Q_OFF + Q_BYTES;
  static constexpr int V_OFF = K_OFF + STAGES * KV_BYTES;
  static constexpr int BAR_OFF = V_OFF + STAGES * KV_BYTES;
  static constexpr int NUM_BARS = 2 + 4 * STAGES;
  static constexpr int SMEM = BAR_OFF + 8 * NUM_BARS + 16 + 1024;  // tile slot, alignment slack
  static constexpr int THREADS = 128 * (NWG + 1);
  // setmaxnreg split: 128 * PRODUCER_REGS + 128 * NWG * CONSUMER_REGS <= 65536.
  static constexpr int PRODUCER_REGS = PREGS_;
  static constexpr int CONSUMER_REGS = NWG == 2 ? (PREGS_ <= 24 ? 240 : 232) : 160;
  static_assert(DP % 64 == 0 && DP >= 64 && DP <= 256, "padded head dim");
  // BN: a multiple of 16 (P's k-steps in PV) whose 64-column panels keep
  // the 1024-byte alignment of the 128-byte swizzle (BN * 128 % 1024 == 0).
  static_assert(BN == 64 || BN == 96 || BN == 128, "BN");
  static_assert(SMEM <= 227 * 1024, "shared memory");
};

struct KParams {
  void *o;
  int64_t o_sb, o_sh, o_ss;
  float *lse;  // f32 [b, h, i] (element strides), or null
  int64_t lse_sb, lse_sh, lse_ss;
  int D;       // head dim of Q, K, V and O (<= Cfg::DP, a multiple of 8)
  int Sq, Sk, Hq, group, num_m_blocks, num_tiles;
  int num_bh, chunk;  // (batch, head) pairs; pairs per L2 chunk of the tile order
  int *counter;       // dynamic tile scheduler (persistent grids), or null
  int causal;  // 0 none, else masked with `off`
  int off;     // key j visible to query i iff j <= i + off
  float scale_log2;
  // GEN only (Cfg::GEN): mask [b, h, i, j] element strides, dtype (-1 none,
  // 0 f32, 1 f16, 2 bf16, 3 bool), pairs (j, j+1) loadable as one access.
  const void *mask;
  int64_t ms0, ms1, ms2, ms3;
  int mask_dtype, mask_pair;
  float scale, fill;  // natural units; fill = -inf or finite
  const void *v;      // V rows for hidden_tail: [b, kv head, j] strides
  int64_t v_sb, v_sh, v_ss;
  int empty_nan;      // rows with every logit -inf (Sk > 0) -> NaN
};

// Named barriers 1..NWG order the consumer warpgroups' wgmma issue
// (pingpong): warpgroup w waits on barrier 1+w, which the previous
// warpgroup (w-1 mod NWG) arrives on after issuing its own GEMMs.
__device__ __forceinline__ void named_sync(int id, int n) {
  asm volatile("bar.sync %0, %1;\n" ::"r"(id), "r"(n) : "memory");
}
__device__ __forceinline__ void named_arrive(int id, int n) {
  asm volatile("bar.arrive %0, %1;\n" ::"r"(id), "r"(n) : "memory");
}

// One CTA loops over output tiles: first t = blockIdx.x, then either
// t + gridDim.x (static) or gridDim.x + atomicAdd(counter) (dynamic). With a
// grid of one CTA per tile the loop runs once. The producer picks the tile
// and hands its index to the consumers through shared memory, published by
// the q_full barrier; -1 ends the loop.
// Tile order: (batch, head) pairs in chunks of p.chunk pairs (chosen so a
// chunk's K and V fit in L2); inside a chunk the m-block is the slow index
// (longest first for causal problems), so CTAs running together share K/V.
template <class C, bool HANDOFF>
__global__ void __launch_bounds__(C::THREADS, 1)
    fa_fwd_kernel(const __grid_constant__ CUtensorMap tmQ, const __grid_constant__ CUtensorMap tmK,
                  const __grid_constant__ CUtensorMap tmV, const KParams p) {
  constexpr int DP = C::DP, BM = C::BM, BN = C::BN, STAGES = C::STAGES;
  extern __shared__ uint8_t smem_dyn[];
  const uint32_t sraw = smem_u32(smem_dyn);
  const uint32_t sbase = (sraw + 1023u) & ~1023u;
  const uint32_t sQ = sbase + C::Q_OFF, sK = sbase + C::K_OFF, sV = sbase + C::V_OFF;
  const uint32_t bars = sbase + C::BAR_OFF;
  const uint32_t q_full = bars, q_empty = bars + 8u;
  volatile int *tile_slot = reinterpret_cast<volatile int *>(
      smem_dyn + (sbase - sraw) + C::BAR_OFF + 8 * C::NUM_BARS);
  auto k_full = [&](int s) { return bars + 8u * (2 + s); };
  auto k_empty = [&](int s) { return bars + 8u * (2 + STAGES + s); };
  auto v_full = [&](int s) { return bars + 8u * (2 + 2 * STAGES + s); };
  auto v_empty = [&](int s) { return bars + 8u * (2 + 3 * STAGES + s); };

  auto decode = [&](int t, int &m0, int &h, int &b, int &n_tiles) {
    const int per_chunk = p.chunk * p.num_m_blocks;
    const int ch = t / per_chunk;
    const int r = t - ch * per_chunk;
    const int width = min(p.chunk, p.num_bh - ch * p.chunk);
    const int mm = r / width;
    const int bh = ch * p.chunk + (r - mm * width);
    const int mb = p.causal ? p.num_m_blocks - 1 - mm : mm;
    h = bh % p.Hq;
    b = bh / p.Hq;
    m0 = mb * BM;
    int n_max = p.Sk;
    // Keys from n_max on are hidden from every row of the tile: skipped. With
    // a finite fill the GEN consumers account for them after the last tile
    // (hidden_tail), exactly.
    if (p.causal) n_max = min(n_max, m0 + BM + p.off);
    n_tiles = n_max > 0 ? (n_max + BN - 1) / BN : 0;
  };

  if (threadIdx.x == 0) {
    mbar_init(q_full, 1);
    mbar_init(q_empty, 4 * C::NWG);
    for (int s = 0; s < STAGES; ++s) {
      mbar_init(k_full(s), 1);
      mbar_init(v_full(s), 1);
      mbar_init(k_empty(s), 4 * C::NWG);
      mbar_init(v_empty(s), 4 * C::NWG);
    }
    asm volatile("fence.mbarrier_init.release.cluster;\n" ::: "memory");
  }
  __syncthreads();

  const int wg = threadIdx.x / 128;
  if (wg == 0) {
    // ---------------------------------------------------------------- producer
    setmaxnreg_dec<C::PRODUCER_REGS>();
    if (threadIdx.x == 0) {
      prefetch_tmap(&tmQ);
      prefetch_tmap(&tmK);
      prefetch_tmap(&tmV);
      int kv = 0, qr = 0;
      int t = blockIdx.x;
      while (true) {
        if constexpr (HANDOFF) {
          mbar_wait(q_empty, (qr & 1) ^ 1);
          ++qr;
          if (t >= p.num_tiles) {
            *tile_slot = -1;
            mbar_arrive(q_full);
            break;
          }
        } else {
          if (t >= p.num_tiles) break;
        }
        int m0, h, b, n_tiles;
        decode(t, m0, h, b, n_tiles);
        if constexpr (HANDOFF) *tile_slot = t;
        const int t_next = p.counter ? static_cast<int>(gridDim.x) + atomicAdd(p.counter, 1)
                                     : t + static_cast<int>(gridDim.x);
        if (n_tiles == 0) {
          if constexpr (HANDOFF) mbar_arrive(q_full);
          t = t_next;
          continue;
        }
        if constexpr (!HANDOFF) {
          mbar_wait(q_empty, (qr & 1) ^ 1);
          ++qr;
        }
        const int hk = h / p.group;
        mbar_expect_tx(q_full, C::Q_BYTES);
        // Not unrolled: the producer runs on 24-40 registers (setmaxnreg).
#pragma unroll 1
        for (int pn = 0; pn < C::PANELS; ++pn)
          tma_load_4d(sQ + pn * BM * 128, &tmQ, pn * 64, m0, h, b, q_full);
        for (int it = 0; it < n_tiles; ++it, ++kv) {
          const int s = kv % STAGES;
          const uint32_t ph = (kv / STAGES) & 1;
          mbar_wait(k_empty(s), ph ^ 1);
          mbar_expect_tx(k_full(s), C::KV_BYTES);
#pragma unroll 1
          for (int pn = 0; pn < C::PANELS; ++pn)
            tma_load_4d(sK + s * C::KV_BYTES + pn * BN * 128, &tmK, pn * 64, it * BN, hk, b,
                        k_full(s));
          mbar_wait(v_empty(s), ph ^ 1);
          mbar_expect_tx(v_full(s), C::KV_BYTES);
#pragma unroll 1
          for (int pn = 0; pn < C::PANELS; ++pn)
            tma_load_4d(sV + s * C::KV_BYTES + pn * BN * 128, &tmV, pn * 64, it * BN, hk, b,
                        v_full(s));
        }
        t = t_next;
      }
    }
    return;
  }

  // ------------------------------------------------------------------ consumers
  setmaxnreg_inc<C::CONSUMER_REGS>();
  const int tid = threadIdx.x - 128;
  const int cw = tid >> 7, warp = (tid >> 5) & 3, lane = tid & 31;
  const int rloc = cw * 64 + warp * 16 + (lane >> 2);  // rows m0 + rloc and m0 + rloc + 8
  const int cq = 2 * (lane & 3);
  const float sl2 = p.scale_log2;
  const uint32_t qa = sQ + cw * 64 * 128;
  constexpr int NT = 128 * C::NWG;  // consumer threads

  if constexpr (C::PINGPONG) {
    // The last warpgroup hands the first turn to warpgroup 0.
    if (cw == C::NWG - 1) named_arrive(1, 256);
  }
  auto turn_begin = [&]() {
    if constexpr (C::PINGPONG) named_sync(1 + cw, 256);
  };
  auto turn_end = [&]() {
    if constexpr (C::PINGPONG) named_arrive(1 + (cw + 1) % C::NWG, 256);
  };
  (void)NT;

  float o[DP / 2];
  float mrow0, mrow1, l0, l1;
  int row0 = 0, row1 = 0, m0 = 0;
  int Sk = p.Sk;

  auto issue_s = [&](float(&sc)[BN / 2], int s) {
    wgmma_fence();
#pragma unroll
    for (int kk = 0; kk < DP / 16; ++kk) {
      const uint64_t da = make_desc(qa + (kk >> 2) * BM * 128 + (kk & 3) * 32, 16);
      const uint64_t db = make_desc(sK + s * C::KV_BYTES + (kk >> 2) * BN * 128 + (kk & 3) * 32, 16);
      mma_ss<C::BF16, BN>(sc, da, db, kk > 0 ? 1 : 0);
    }
    wgmma_commit();
  };
  auto issue_pv = [&](const uint32_t(&pa)[BN / 16][4], int s) {
    wgmma_fence();
#pragma unroll
    for (int kk = 0; kk < BN / 16; ++kk) {
      const uint64_t db = make_desc(sV + s * C::KV_BYTES + kk * 16 * 128, BN * 128);
      mma_rs<C::BF16, DP>(o, pa[kk], db, 1);
    }
    wgmma_commit();
  };
  // GEN: the mask values of this thread's score elements (rows row0, row1;
  // columns n0 + 8i + cq + e) as raw bits in mr[4i + 2r + e]: converted only
  // at use (decode_mask), since an instruction that consumed a load right
  // after it would wait for it, and the loads are issued a tile ahead.
  // Interior tiles of a pair-aligned mask (mask_pair) load (e, e+1) with one
  // access from a per-tile base pointer (immediate offsets): 16-bit and
  // boolean pairs stay packed in mr[4i + 2r] until decoded.
  auto load_mask = [&](auto &mr, int n0, int hh, int bb) {
    if constexpr (C::GMASK) {
      if (p.mask_dtype < 0) return;
      const int64_t base = bb * p.ms0 + hh * p.ms1;
      const int64_t r0 = base + static_cast<int64_t>(min(row0, p.Sq - 1)) * p.ms2;
      const int64_t r1 = base + static_cast<int64_t>(min(row1, p.Sq - 1)) * p.ms2;
      const bool interior = p.mask_pair && n0 + BN <= Sk;
      auto body = [&](auto dt) {
        constexpr int DT = decltype(dt)::value;
        using E = typename std::conditional<
            DT == 0, uint32_t, typename std::conditional<DT == 3, uint8_t, uint16_t>::type>::type;
        const E *m = static_cast<const E *>(p.mask);
        if (interior) {
          const E *p0 = m + r0 + n0 + cq, *p1 = m + r1 + n0 + cq;
#pragma unroll
          for (int i = 0; i < BN / 8; ++i) {
            if constexpr (DT == 0) {
              const uint2 v0 = __ldg(reinterpret_cast<const uint2 *>(p0 + 8 * i));
              const uint2 v1 = __ldg(reinterpret_cast<const uint2 *>(p1 + 8 * i));
              mr[4 * i] = v0.x;
              mr[4 * i + 1] = v0.y;
              mr[4 * i + 2] = v1.x;
              mr[4 * i + 3] = v1.y;
            } else if constexpr (DT == 3) {
              mr[4 * i] = __ldg(reinterpret_cast<const unsigned short *>(p0 + 8 * i));
              mr[4 * i + 2] = __ldg(reinterpret_cast<const unsigned short *>(p1 + 8 * i));
            } else {
              mr[4 * i] = __ldg(reinterpret_cast<const unsigned int *>(p0 + 8 * i));
              mr[4 * i + 2] = __ldg(reinterpret_cast<const unsigned int *>(p1 + 8 * i));
            }
          }
        } else {
#pragma unroll
          for (int i = 0; i < BN / 8; ++i) {
#pragma unroll
            for (int e = 0; e < 2; ++e) {
              const int col = n0 + 8 * i + cq + e;
              const bool in = col < Sk;  // columns past Sk become -inf anyway
              mr[4 * i + e] = in ? static_cast<uint32_t>(__ldg(m + r0 + static_cast<int64_t>(col) * p.ms3)) : 0u;
              mr[4 * i + 2 + e] = in ? static_cast<uint32_t>(__ldg(m + r1 + static_cast<int64_t>(col) * p.ms3)) : 0u;
            }
          }
        }
      };
      switch (p.mask_dtype) {
      case 0: body(std::integral_constant<int, 0>()); break;
      case 1: body(std::integral_constant<int, 1>()); break;
      case 2: body(std::integral_constant<int, 2>()); break;
      default: body(std::integral_constant<int, 3>()); break;
      }
    } else {
      (void)mr; (void)n0; (void)hh; (void)bb;
    }
  };
  // In place: raw bits -> f32 bits of the additive value, or for a boolean
  // mask 0 (visible) / NaN (hidden, becomes the fill).
  auto decode_mask = [&](uint32_t(&mr)[BN / 2], int n0) {
    if constexpr (C::GMASK) {
    const uint32_t qnan = 0x7fc00000u;
    const bool interior = p.mask_pair && n0 + BN <= Sk;
    auto body = [&](auto dt) {
      constexpr int DT = decltype(dt)::value;
      auto one = [&](uint32_t x) -> uint32_t {  // a zero-extended element
        if constexpr (DT == 1) return __float_as_uint(__half2float(__ushort_as_half(static_cast<unsigned short>(x))));
        else if constexpr (DT == 2) return x << 16;
        else return x ? 0u : qnan;
      };
      if (interior) {
#pragma unroll
        for (int k = 0; k < BN / 2; k += 2) {
          const uint32_t x = mr[k];
          if constexpr (DT == 1) {
            __half2 h = *reinterpret_cast<const __half2 *>(&x);
            mr[k] = __float_as_uint(__low2float(h));
            mr[k + 1] = __float_as_uint(__high2float(h));
          } else if constexpr (DT == 2) {
            mr[k] = x << 16;
            mr[k + 1] = x & 0xffff0000u;
          } else {
            mr[k] = (x & 0xffu) ? 0u : qnan;
            mr[k + 1] = (x & 0xff00u) ? 0u : qnan;
          }
        }
      } else {
#pragma unroll
        for (int k = 0; k < BN / 2; ++k) mr[k] = one(mr[k]);
      }
    };
    switch (p.mask_dtype) {
    case 1: body(std::integral_constant<int, 1>()); break;
    case 2: body(std::integral_constant<int, 2>()); break;
    case 3: body(std::integral_constant<int, 3>()); break;
    default: break;  // f32: already f32 bits; none: unused
    }
    } else {
      (void)mr;
      (void)n0;
    }
  };
  // GEN: scores -> natural-unit logits z = scale*q.k + mask; hidden
  // positions (causal, boolean false) -> fill; columns past Sk -> -inf.
  auto logits_gen = [&](float(&sc)[BN / 2], int n0, uint32_t(&mk)[BN / 2]) {
    decode_mask(mk, n0);
    // Interior tiles (inside Sk, below the diagonal of every row of the
    // tile) need no per-element index test: one FFMA (additive mask), one
    // FMUL (no mask), or FFMA + select (boolean).
    const bool edge = (n0 + BN > Sk) || (p.causal && n0 + BN - 1 > m0 + p.off);
    if (!edge) {
      const float sc_ = p.scale, fill = p.fill;
      if constexpr (C::GMASK) {
        if (p.mask_dtype < 0) {
#pragma unroll
          for (int i = 0; i < BN / 2; ++i) sc[i] *= sc_;
        } else if (p.mask_dtype == 3) {
#pragma unroll
          for (int i = 0; i < BN / 2; ++i) sc[i] = mk[i] != 0u ? fill : sc[i] * sc_;
        } else {
#pragma unroll
          for (int i = 0; i < BN / 2; ++i) sc[i] = fmaf(sc[i], sc_, __uint_as_float(mk[i]));
        }
      } else {
#pragma unroll
        for (int i = 0; i < BN / 2; ++i) sc[i] *= sc_;
        (void)fill;
        (void)mk;
      }
      return;
    }
    const int lim0 = p.causal ? row0 + p.off : 0x7fffffff;
    const int lim1 = p.causal ? row1 + p.off : 0x7fffffff;
    const float sc_ = p.scale, fill = p.fill;
#pragma unroll
    for (int i = 0; i < BN / 8; ++i) {
#pragma unroll
      for (int e = 0; e < 2; ++e) {
        const int col = n0 + 8 * i + cq + e;
        float a0 = 0.f, a1 = 0.f;
        if constexpr (C::GMASK) {
          const bool has = p.mask_dtype >= 0;
          a0 = has ? __uint_as_float(mk[4 * i + e]) : 0.f;
          a1 = has ? __uint_as_float(mk[4 * i + 2 + e]) : 0.f;
        }
        float z0 = fmaf(sc[4 * i + e], sc_, a0), z1 = fmaf(sc[4 * i + 2 + e], sc_, a1);
        if (col > lim0 || a0 != a0) z0 = fill;
        if (col > lim1 || a1 != a1) z1 = fill;
        if (col >= Sk) z0 = z1 = -INFINITY;
        sc[4 * i + e] = z0;
        sc[4 * i + 2 + e] = z1;
      }
    }
  };
  // GEN, causal, finite fill: the keys past the tile's last visible key were
  // skipped (decode). Each carries exp(fill - m) for a row with max m. When
  // (m - fill) * log2(e) >= 127 that is below 2^-127 (flushed to 0 by the
  // same ex2.approx.ftz the tiles use): nothing to add, the common case. Any
  // other row (no visible key, or logits near the fill) adds the skipped keys
  // exactly: l += n * w, o += w * sum_j V_j, w = exp(fill - m'), from V in
  // global memory (slow, rare).
  auto hidden_tail = [&](int hh, int bb, int n_tiles_) {
    if (!p.causal || p.fill == -INFINITY) return;
    const int j0 = min(Sk, n_tiles_ * BN);
    const int cnt = Sk - j0;
    if (cnt <= 0) return;
    constexpr float L = 1.4426950408889634f;
    const bool need0 = row0 < p.Sq && !(mrow0 != -INFINITY && (mrow0 - p.fill) * L >= 127.f);
    const bool need1 = row1 < p.Sq && !(mrow1 != -INFINITY && (mrow1 - p.fill) * L >= 127.f);
    if (!need0 && !need1) return;
    float vs[DP / 4];
#pragma unroll
    for (int i = 0; i < DP / 4; ++i) vs[i] = 0.f;
    const uint16_t *vb = static_cast<const uint16_t *>(p.v) + bb * p.v_sb + (hh / p.group) * p.v_sh + cq;
    for (int j = j0; j < Sk; ++j) {
      const uint16_t *vr = vb + static_cast<int64_t>(j) * p.v_ss;
#pragma unroll
      for (int jj = 0; jj < DP / 8; ++jj) {
        if (8 * jj >= p.D) break;  // padding columns: zero, never read
        const uint32_t w = *reinterpret_cast<const uint32_t *>(vr + 8 * jj);
        float x, y;
        if constexpr (C::BF16) {
          x = __uint_as_float(w << 16);
          y = __uint_as_float(w & 0xffff0000u);
        } else {
          __half2 hv = *reinterpret_cast<const __half2 *>(&w);
          x = __low2float(hv);
          y = __high2float(hv);
        }
        vs[2 * jj] += x;
        vs[2 * jj + 1] += y;
      }
    }
    auto add = [&](bool need, float &m, float &l, int e) {
      if (!need) return;
      const float mu = fmaxf(m, p.fill);
      const float a = ex2((m - mu) * L), w = ex2((p.fill - mu) * L);
      l = l * a + ((lane & 3) == 0 ? static_cast<float>(cnt) * w : 0.f);
#pragma unroll
      for (int jj = 0; jj < DP / 8; ++jj) {
        o[4 * jj + e] = o[4 * jj + e] * a + w * vs[2 * jj];
        o[4 * jj + e + 1] = o[4 * jj + e + 1] * a + w * vs[2 * jj + 1];
      }
      m = mu;
    };
    add(need0, mrow0, l0, 0);
    add(need1, mrow1, l1, 2);
  };
  auto mask = [&](float(&sc)[BN / 2], int n0) {
    const bool need = (n0 + BN > Sk) || (p.causal && n0 + BN - 1 > m0 + p.off);
    if (!need) return;
    const int lim0 = p.causal ? min(Sk - 1, row0 + p.off) : Sk - 1;
    const int lim1 = p.causal ? min(Sk - 1, row1 + p.off) : Sk - 1;
#pragma unroll
    for (int i = 0; i < BN / 8; ++i) {
#pragma unroll
      for (int e = 0; e < 2; ++e) {
        const int col = n0 + 8 * i + cq + e;
        if (col > lim0) sc[4 * i + e] = -INFINITY;
        if (col > lim1) sc[4 * i + 2 + e] = -INFINITY;
      }
    }
  };
  // Online softmax on a score tile: updates the running max and (per-thread
  // partial) sums, overwrites sc with the unnormalized probabilities and
  // returns the factors by which O must be rescaled.
  auto softmax = [&](float(&sc)[BN / 2], float &c0, float &c1) {
    float mx0 = -INFINITY, mx1 = -INFINITY;
#pragma unroll
    for (int i = 0; i < BN / 8; ++i) {
      mx0 = fmaxf(mx0, fmaxf(sc[4 * i], sc[4 * i + 1]));
      mx1 = fmaxf(mx1, fmaxf(sc[4 * i + 2], sc[4 * i + 3]));
    }
    mx0 = fmaxf(mx0, __shfl_xor_sync(0xffffffffu, mx0, 1));
    mx0 = fmaxf(mx0, __shfl_xor_sync(0xffffffffu, mx0, 2));
    mx1 = fmaxf(mx1, __shfl_xor_sync(0xffffffffu, mx1, 1));
    mx1 = fmaxf(mx1, __shfl_xor_sync(0xffffffffu, mx1, 2));
    const float mn0 = fmaxf(mrow0, mx0), mn1 = fmaxf(mrow1, mx1);
    if constexpr (C::GEN) {
      // Natural units: subtract first (equal huge values cancel exactly),
      // then scale to log2 units; -inf - finite = -inf gives 0.
      constexpr float L = 1.4426950408889634f;
      const float mu0 = mn0 == -INFINITY ? 0.f : mn0, mu1 = mn1 == -INFINITY ? 0.f : mn1;
      c0 = ex2((mrow0 - mu0) * L);
      c1 = ex2((mrow1 - mu1) * L);
      mrow0 = mn0;
      mrow1 = mn1;
      float s0 = 0.f, s1 = 0.f;
#pragma unroll
      for (int i = 0; i < BN / 8; ++i) {
        sc[4 * i + 0] = ex2((sc[4 * i + 0] - mu0) * L);
        sc[4 * i + 1] = ex2((sc[4 * i + 1] - mu0) * L);
        sc[4 * i + 2] = ex2((sc[4 * i + 2] - mu1) * L);
        sc[4 * i + 3] = ex2((sc[4 * i + 3] - mu1) * L);
        s0 += sc[4 * i + 0] + sc[4 * i + 1];
        s1 += sc[4 * i + 2] + sc[4 * i + 3];
      }
      l0 = l0 * c0 + s0;
      l1 = l1 * c1 + s1;
      return;
    }
    const float ms0 = mn0 == -INFINITY ? 0.f : mn0 * sl2;
    const float ms1 = mn1 == -INFINITY ? 0.f : mn1 * sl2;
    c0 = ex2(mrow0 * sl2 - ms0);
    c1 = ex2(mrow1 * sl2 - ms1);
    mrow0 = mn0;
    mrow1 = mn1;
    float s0 = 0.f, s1 = 0.f;
#pragma unroll
    for (int i = 0; i < BN / 8; ++i) {
      sc[4 * i + 0] = ex2(fmaf(sc[4 * i + 0], sl2, -ms0));
      sc[4 * i + 1] = ex2(fmaf(sc[4 * i + 1], sl2, -ms0));
      sc[4 * i + 2] = ex2(fmaf(sc[4 * i + 2], sl2, -ms1));
      sc[4 * i + 3] = ex2(fmaf(sc[4 * i + 3], sl2, -ms1));
      s0 += sc[4 * i + 0] + sc[4 * i + 1];
      s1 += sc[4 * i + 2] + sc[4 * i + 3];
    }
    l0 = l0 * c0 + s0;
    l1 = l1 * c1 + s1;
  };
  auto rescale = [&](float c0, float c1) {
#pragma unroll
    for (int j = 0; j < DP / 8; ++j) {
      o[4 * j + 0] *= c0;
      o[4 * j + 1] *= c0;
      o[4 * j + 2] *= c1;
      o[4 * j + 3] *= c1;
    }
  };
  auto convert = [&](const float(&sc)[BN / 2], uint32_t(&pa)[BN / 16][4]) {
#pragma unroll
    for (int kk = 0; kk < BN / 16; ++kk) {
      pa[kk][0] = pack2<C::BF16>(sc[8 * kk + 0], sc[8 * kk + 1]);
      pa[kk][1] = pack2<C::BF16>(sc[8 * kk + 2], sc[8 * kk + 3]);
      pa[kk][2] = pack2<C::BF16>(sc[8 * kk + 4], sc[8 * kk + 5]);
      pa[kk][3] = pack2<C::BF16>(sc[8 * kk + 6], sc[8 * kk + 7]);
    }
  };

  int kv = 0, qr = 0;
  int t_own = blockIdx.x;
  while (true) {
    int t;
    if constexpr (HANDOFF) {
      mbar_wait(q_full, qr & 1);
      ++qr;
      // Lane 0 alone reads the slot: it is the thread whose q_empty arrival
      // releases the slot to the producer (mbarrier.arrive releases only the
      // arriving thread's own accesses), and it broadcasts the index.
      int slot = 0;
      if (lane == 0) slot = *tile_slot;
      t = __shfl_sync(0xffffffffu, slot, 0);
      if (t < 0) break;
    } else {
      t = t_own;
      if (t >= p.num_tiles) break;
      t_own += gridDim.x;
    }
    int h, b, n_tiles;
    decode(t, m0, h, b, n_tiles);
    row0 = m0 + rloc;
    row1 = row0 + 8;
#pragma unroll
    for (int i = 0; i < DP / 2; ++i) o[i] = 0.f;
    mrow0 = -INFINITY;
    mrow1 = -INFINITY;
    l0 = 0.f;
    l1 = 0.f;

    if (n_tiles == 0) {
      if constexpr (HANDOFF) {
        __syncwarp();
        if (lane == 0) mbar_arrive(q_empty);
      }
    } else {
      if constexpr (!HANDOFF) {
        mbar_wait(q_full, qr & 1);
        ++qr;
      }
      float sc[BN / 2];
      uint32_t pa[BN / 16][4];
      uint32_t mk[C::GEN ? BN / 2 : 1];  // untouched (eliminated) without GMASK
      auto apply = [&](int n0) {
        if constexpr (C::GEN) logits_gen(sc, n0, mk);
        else mask(sc, n0);
      };
      if constexpr (!C::OVERLAP) {
        for (int it = 0; it < n_tiles; ++it) {
          const int s = (kv + it) % STAGES;
          const uint32_t ph = ((kv + it) / STAGES) & 1;
          mbar_wait(k_full(s), ph);
          turn_begin();
          issue_s(sc, s);
          turn_end();
          load_mask(mk, it * BN, h, b);
          wgmma_wait<0>();
          fence_regs(sc);
          if (lane == 0) mbar_arrive(k_empty(s));
          apply(it * BN);
          float c0, c1;
          softmax(sc, c0, c1);
          rescale(c0, c1);
          convert(sc, pa);
          mbar_wait(v_full(s), ph);
          fence_regs(o);
          issue_pv(pa, s);
          wgmma_wait<0>();
          fence_regs(o);
          if (lane == 0) mbar_arrive(v_empty(s));
        }
        if (lane == 0) mbar_arrive(q_empty);
      } else {
        {
          const int s = kv % STAGES;
          load_mask(mk, 0, h, b);  // GEN: in flight while K arrives
          mbar_wait(k_full(s), (kv / STAGES) & 1);
          turn_begin();
          issue_s(sc, s);
          turn_end();
          wgmma_wait<0>();
          fence_regs(sc);
          if (lane == 0) mbar_arrive(k_empty(s));
          apply(0);
          // GEN: the next tile's mask values load during this tile's
          // softmax, PV GEMM and the next S GEMM.
          if (n_tiles > 1) load_mask(mk, BN, h, b);
          float c0, c1;
          softmax(sc, c0, c1);
          convert(sc, pa);
        }
        for (int it = 1; it < n_tiles; ++it) {
          const int s = (kv + it) % STAGES, sp = (kv + it - 1) % STAGES;
          const uint32_t ph = ((kv + it) / STAGES) & 1, php = ((kv + it - 1) / STAGES) & 1;
          mbar_wait(k_full(s), ph);
          mbar_wait(v_full(sp), php);
          turn_begin();
          issue_s(sc, s);
          fence_regs(o);
          issue_pv(pa, sp);
          turn_end();
          wgmma_wait<1>();
          fence_regs(sc);
          if (lane == 0) mbar_arrive(k_empty(s));
          apply(it * BN);
          if (it + 1 < n_tiles) load_mask(mk, (it + 1) * BN, h, b);
          float c0, c1;
          softmax(sc, c0, c1);
          wgmma_wait<0>();
          fence_regs(o);
          if (lane == 0) mbar_arrive(v_empty(sp));
          rescale(c0, c1);
          convert(sc, pa);
        }
        if (lane == 0) mbar_arrive(q_empty);
        const int sl = (kv + n_tiles - 1) % STAGES;
        mbar_wait(v_full(sl), ((kv + n_tiles - 1) / STAGES) & 1);
        turn_begin();
        fence_regs(o);
        issue_pv(pa, sl);
        turn_end();
        wgmma_wait<0>();
        fence_regs(o);
        if (lane == 0) mbar_arrive(v_empty(sl));
      }
      kv += n_tiles;
    }
    if constexpr (C::GEN) hidden_tail(h, b, n_tiles);

    // ---------------------------------------------------------------- epilogue
    l0 += __shfl_xor_sync(0xffffffffu, l0, 1);
    l0 += __shfl_xor_sync(0xffffffffu, l0, 2);
    l1 += __shfl_xor_sync(0xffffffffu, l1, 1);
    l1 += __shfl_xor_sync(0xffffffffu, l1, 2);
    // l == 0 iff every logit of the row is -inf (the row max contributes 1).
    const float empty = p.empty_nan ? __int_as_float(0x7fc00000) : 0.f;
    const float inv0 = l0 > 0.f ? 1.f / l0 : empty;
    const float inv1 = l1 > 0.f ? 1.f / l1 : empty;
    uint16_t *ob = static_cast<uint16_t *>(p.o) + b * p.o_sb + h * p.o_sh;
    if (row0 < p.Sq) {
      uint16_t *orow = ob + static_cast<int64_t>(row0) * p.o_ss + cq;
#pragma unroll
      for (int j = 0; j < DP / 8; ++j)
        if (8 * j < p.D)  // columns past D are padding
          *reinterpret_cast<uint32_t *>(orow + 8 * j) =
              pack2<C::BF16>(o[4 * j] * inv0, o[4 * j + 1] * inv0);
    }
    if (row1 < p.Sq) {
      uint16_t *orow = ob + static_cast<int64_t>(row1) * p.o_ss + cq;
#pragma unroll
      for (int j = 0; j < DP / 8; ++j)
        if (8 * j < p.D)
          *reinterpret_cast<uint32_t *>(orow + 8 * j) =
              pack2<C::BF16>(o[4 * j + 2] * inv1, o[4 * j + 3] * inv1);
    }
    // Log-sum-exp in natural logit units: the row max m and the denominator
    // l (relative to m) give m + log(l). GEN kernels keep m in natural units;
    // the plain ones keep the raw score, whose logit is scale * m. -inf for
    // an empty row (l == 0).
    if (p.lse && (lane & 3) == 0) {
      float *lb = p.lse + b * p.lse_sb + h * p.lse_sh;
      auto lse_of = [&](float m, float l) {
        if (!(l > 0.f)) return -INFINITY;
        return (C::GEN ? m : m * p.scale) + logf(l);
      };
      if (row0 < p.Sq) lb[static_cast<int64_t>(row0) * p.lse_ss] = lse_of(mrow0, l0);
      if (row1 < p.Sq) lb[static_cast<int64_t>(row1) * p.lse_ss] = lse_of(mrow1, l1);
    }
  }
  if constexpr (C::PINGPONG) {
    // Consume the turn the last warpgroup handed on after its final GEMMs.
    if (cw == 0) named_sync(1, 256);
  }
}

// ---------------------------------------------------------------------------
// Host side
// ---------------------------------------------------------------------------

using EncodeFn = PFN_cuTensorMapEncodeTiled_v12000;

static EncodeFn get_encode() {
  static EncodeFn fn = nullptr;
  static std::once_flag once;
  std::call_once(once, [] {
    void *f = nullptr;
    cudaDriverEntryPointQueryResult q;
    if (cudaGetDriverEntryPointByVersion("cuTensorMapEncodeTiled", &f, 12000, cudaEnableDefault,
                                         &q) == cudaSuccess &&
        q == cudaDriverEntryPointSuccess)
      fn = reinterpret_cast<EncodeFn>(f);
  });
  return fn;
}

// 4-D map over (D, S, H, B) with a box of 64 columns x `rows` rows.
static bool make_map(CUtensorMap *m, const void *ptr, bool bf16, int64_t D, int64_t S, int64_t H,
                     int64_t B, const int64_t st[3], int rows) {
  EncodeFn enc = get_encode();
  if (!enc) return false;
  // Strides of size-1 dims are never used; give them a legal value.
  int64_t ss = S > 1 ? st[2] : D;
  int64_t sh = H > 1 ? st[1] : ss * S;
  int64_t sb = B > 1 ? st[0] : sh * H;
  cuuint64_t dims[4] = {(cuuint64_t)D, (cuuint64_t)S, (cuuint64_t)H, (cuuint64_t)B};
  cuuint64_t strides[3] = {(cuuint64_t)(ss * 2), (cuuint64_t)(sh * 2), (cuuint64_t)(sb * 2)};
  cuuint32_t box[4] = {64, (cuuint32_t)rows, 1, 1};
  cuuint32_t estr[4] = {1, 1, 1, 1};
  CUresult r = enc(m, bf16 ? CU_TENSOR_MAP_DATA_TYPE_BFLOAT16 : CU_TENSOR_MAP_DATA_TYPE_FLOAT16, 4,
                   const_cast<void *>(ptr), dims, strides, box, estr,
                   CU_TENSOR_MAP_INTERLEAVE_NONE, CU_TENSOR_MAP_SWIZZLE_128B,
                   CU_TENSOR_MAP_L2_PROMOTION_L2_256B, CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE);
  return r == CUDA_SUCCESS;
}

static int num_sms() {
  int dev = 0, n = 0;
  if (cudaGetDevice(&dev) != cudaSuccess) return 132;
  static int cache[64];
  if (dev >= 0 && dev < 64 && cache[dev]) return cache[dev];
  if (cudaDeviceGetAttribute(&n, cudaDevAttrMultiProcessorCount, dev) != cudaSuccess || n <= 0) n = 132;
  if (dev >= 0 && dev < 64) cache[dev] = n;
  return n;
}

// Tile counters for the dynamic scheduler: per device, a ring of slots; each
// launch takes the next slot and zeroes it on its own stream first, so two
// launches only share a counter if 1024 launches are in flight at once.
static constexpr int kCounterSlots = 1024;
static std::mutex g_counter_mu;

static int *next_counter(int dev, cudaError_t *err) {
  static int *bufs[64];
  static unsigned next[64];
  *err = cudaSuccess;
  if (dev < 0 || dev >= 64) {
    *err = cudaErrorInvalidDevice;
    return nullptr;
  }
  std::lock_guard<std::mutex> lock(g_counter_mu);
  if (!bufs[dev]) {
    *err = cudaMalloc(&bufs[dev], kCounterSlots * sizeof(int));
    if (*err != cudaSuccess) {
      bufs[dev] = nullptr;
      return nullptr;
    }
  }
  return bufs[dev] + (next[dev]++ % kCounterSlots);
}

enum class Grid { PerTile, Static, Dynamic };

static bool has_mask(const attnk_problem *p) { return p->mask.data != nullptr; }
// Problems only the GEN kernels compute exactly: a mask operand, hidden
// causal positions with a finite fill, or a scale that is not positive (the
// plain kernels take the row max of the raw scores q.k, which is the max of
// the logits only for scale > 0).
static bool needs_gen(const attnk_problem *p) {
  return has_mask(p) || (p->causal != ATTNRT_CAUSAL_NONE && p->mask_fill != -INFINITY) ||
         !(p->scale > 0.f);
}

// The padded head dim of the tiles: 64, 128, 192 or 256 (0: none).
static int padded_head_dim(int64_t d) {
  if (d % 8 != 0 || d < 8 || d > 256) return 0;
  return static_cast<int>((d + 63) / 64 * 64);
}

// The launch of one problem, built in one place from the attnk_problem: the
// kernel's parameters and the TMA descriptors of Q, K and V for the tile
// shape of the variant (BM query rows, BN key rows).
struct Launch {
  CUtensorMap mq, mk, mv;
  KParams kp;
};

static int make_launch(const attnk_problem *p, int BM, int BN, Launch *L) {
  const bool bf16 = p->dtype == ATTNRT_DTYPE_BF16;
  const int64_t D = p->head_dim;
  if (!make_map(&L->mq, p->q.data, bf16, D, p->seq_q, p->heads_q, p->batch, p->q.strides, BM) ||
      !make_map(&L->mk, p->k.data, bf16, D, p->seq_k, p->heads_kv, p->batch, p->k.strides, BN) ||
      !make_map(&L->mv, p->v.data, bf16, D, p->seq_k, p->heads_kv, p->batch, p->v.strides, BN))
    return cudaErrorInvalidValue;
  KParams &kp = L->kp;
  std::memset(&kp, 0, sizeof(kp));
  kp.o = const_cast<void *>(p->o.data);
  kp.o_sb = p->o.strides[0];
  kp.o_sh = p->o.strides[1];
  kp.o_ss = p->o.strides[2];
  kp.lse = static_cast<float *>(const_cast<void *>(p->lse.data));
  kp.lse_sb = p->lse.strides[0];
  kp.lse_sh = p->lse.strides[1];
  kp.lse_ss = p->lse.strides[2];
  kp.D = static_cast<int>(D);
  kp.Sq = static_cast<int>(p->seq_q);
  kp.Sk = static_cast<int>(p->seq_k);
  kp.group = static_cast<int>(p->heads_q / p->heads_kv);
  kp.Hq = static_cast<int>(p->heads_q);
  kp.num_m_blocks = static_cast<int>((p->seq_q + BM - 1) / BM);
  const int64_t tiles = static_cast<int64_t>(kp.num_m_blocks) * p->heads_q * p->batch;
  if (tiles > 0x7fffffff) return cudaErrorInvalidValue;
  kp.num_tiles = static_cast<int>(tiles);
  kp.num_bh = static_cast<int>(p->heads_q * p->batch);
  {
    // K and V bytes one query head streams (shared by the heads of a GQA group).
    const int64_t kv_bytes = 4 * p->seq_k * D / kp.group;
    static const int64_t budget = [] {
      const char *e = getenv("ATTN_HOPPER_CHUNK_MB");  // tuning experiments only
      return (e ? static_cast<int64_t>(atoi(e)) : 8) << 20;
    }();
    int64_t chunk = budget / (kv_bytes > 0 ? kv_bytes : 1);
    if (chunk < 1) chunk = 1;
    if (chunk > kp.num_bh) chunk = kp.num_bh;
    kp.chunk = static_cast<int>(chunk);
  }
  kp.counter = nullptr;
  kp.causal = p->causal != ATTNRT_CAUSAL_NONE;
  kp.off = p->causal == ATTNRT_CAUSAL_BOTTOM_RIGHT ? static_cast<int>(p->seq_k - p->seq_q) : 0;
  kp.scale_log2 = p->scale * 1.4426950408889634f;
  kp.scale = p->scale;
  kp.fill = p->mask_fill;
  kp.v = p->v.data;
  kp.v_sb = p->v.strides[0];
  kp.v_sh = p->v.strides[1];
  kp.v_ss = p->v.strides[2];
  kp.empty_nan = p->empty_rows == 1;
  kp.mask = has_mask(p) ? p->mask.data : nullptr;
  kp.mask_dtype = has_mask(p) ? static_cast<int>(p->mask_dtype) : -1;
  kp.ms0 = p->mask.strides[0];
  kp.ms1 = p->mask.strides[1];
  kp.ms2 = p->mask.strides[2];
  kp.ms3 = p->mask.strides[3];
  {
    const int esz = p->mask_dtype == ATTNRT_DTYPE_F32 ? 4 : p->mask_dtype == ATTNRT_DTYPE_BOOL ? 1 : 2;
    kp.mask_pair = kp.mask && kp.ms3 == 1 && kp.ms0 % 2 == 0 && kp.ms1 % 2 == 0 &&
                   kp.ms2 % 2 == 0 && reinterpret_cast<uintptr_t>(kp.mask) % (2 * esz) == 0;
  }
  return cudaSuccess;
}

template <class C, Grid G>
static int launch(const attnk_problem *p, void *stream) {
  int dev = 0;
  cudaError_t e = cudaGetDevice(&dev);
  if (e != cudaSuccess) return e;
  if (dev < 0 || dev >= 64) return cudaErrorInvalidDevice;
  static std::mutex mu;
  static bool attr_done[64];
  {
    std::lock_guard<std::mutex> lock(mu);
    if (!attr_done[dev]) {
      e = cudaFuncSetAttribute(fa_fwd_kernel<C, G == Grid::Dynamic>,
                               cudaFuncAttributeMaxDynamicSharedMemorySize,
                               C::SMEM);
      if (e != cudaSuccess) return e;
      attr_done[dev] = true;
    }
  }
  Launch L;
  const int rc = make_launch(p, C::BM, C::BN, &L);
  if (rc != cudaSuccess) return rc;
  KParams &kp = L.kp;
  cudaLaunchConfig_t cfg;
  std::memset(&cfg, 0, sizeof(cfg));
  const int sms = num_sms();
  const int grid = G == Grid::PerTile ? kp.num_tiles : (kp.num_tiles < sms ? kp.num_tiles : sms);
  if (G == Grid::Dynamic && grid < kp.num_tiles) {
    kp.counter = next_counter(dev, &e);
    if (!kp.counter) return e;
    e = cudaMemsetAsync(kp.counter, 0, sizeof(int), static_cast<cudaStream_t>(stream));
    if (e != cudaSuccess) return e;
  }
  cfg.gridDim = dim3(static_cast<unsigned>(grid));
  cfg.blockDim = dim3(C::THREADS);
  cfg.dynamicSmemBytes = C::SMEM;
  cfg.stream = static_cast<cudaStream_t>(stream);
  return cudaLaunchKernelEx(&cfg, fa_fwd_kernel<C, G == Grid::Dynamic>, L.mq, L.mk, L.mv, kp);
}

enum class Kind { Plain, Gen, GenNoMask };

struct Variant {
  const char *name;
  Kind kind;
  int (*bf16)(const attnk_problem *, void *);
  int (*f16)(const attnk_problem *, void *);
};

#define ATTN_HOPPER_VARIANT(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS)        \
  {NAME, Kind::Plain, &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS>, Grid::GRID>}
#define ATTN_HOPPER_GEN_VARIANT(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS)    \
  {NAME, Kind::Gen, &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, true>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, true>, Grid::GRID>}
#define ATTN_HOPPER_GEN_NOMASK_VARIANT(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS) \
  {NAME, Kind::GenNoMask,                                                      \
   &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, true, false>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, true, false>, Grid::GRID>}

// Measured on an H100 (bench/hopper/NOTES.md) and the H200 (bench/RESULTS.md).
// "dyn": persistent grid with the dynamic tile scheduler; "static":
// persistent, round-robin tiles; no suffix: one CTA per tile. "pp": pingpong
// between consumer warpgroups. Names carry the padded head dim (d64 runs
// D = 8..64, d128 runs D = 72..128).
static const Variant kVariantsD128[] = {
    ATTN_HOPPER_VARIANT("d128_bm128_ovl_dyn", 128, 2, 128, 2, true, false, Dynamic, 40),
    ATTN_HOPPER_VARIANT("d128_bm128_ovl_pp_dyn", 128, 2, 128, 2, true, true, Dynamic, 40),
    ATTN_HOPPER_VARIANT("d128_bm128_ovl", 128, 2, 128, 2, true, false, PerTile, 40),
    ATTN_HOPPER_VARIANT("d128_bm128_ovl_static", 128, 2, 128, 2, true, false, Static, 40),
    // GEN order = preference (run 2, bench/RESULTS.md: pp +4-8% over no pp).
    ATTN_HOPPER_GEN_VARIANT("d128_gen_bm128_bn64_pp_dyn", 128, 2, 64, 2, true, true, Dynamic, 24),
    ATTN_HOPPER_GEN_VARIANT("d128_gen_bm128_bn64_dyn", 128, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_NOMASK_VARIANT("d128_gen_nomask_bm128_bn128_pp_dyn", 128, 2, 128, 2, true, true, Dynamic, 40),
};
static const Variant kVariantsD64[] = {
    ATTN_HOPPER_VARIANT("d64_bm192_ovl_pp_dyn", 64, 3, 128, 3, true, true, Dynamic, 32),
    ATTN_HOPPER_VARIANT("d64_bm192_ovl_dyn", 64, 3, 128, 3, true, false, Dynamic, 32),
    ATTN_HOPPER_VARIANT("d64_bm192_ovl", 64, 3, 128, 3, true, false, PerTile, 32),
    ATTN_HOPPER_VARIANT("d64_bm192_ovl_pp_static", 64, 3, 128, 3, true, true, Static, 32),
    // GEN order = preference (run 2: bm192_bn64 +6-25% over the bm128 ones).
    ATTN_HOPPER_GEN_VARIANT("d64_gen_bm192_bn64_dyn", 64, 3, 64, 3, true, false, Dynamic, 32),
    ATTN_HOPPER_GEN_VARIANT("d64_gen_bm128_bn64_dyn", 64, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_VARIANT("d64_gen_bm128_bn128_dyn", 64, 2, 128, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_NOMASK_VARIANT("d64_gen_nomask_bm192_bn128_pp_dyn", 64, 3, 128, 3, true, true, Dynamic, 32),
};
// D = 256 (Gemma): the O accumulator is 128 registers per thread (64 rows x
// 256 columns per consumer warpgroup), so BN = 64 (S: 32 registers) and 2
// stages (Q 64 KiB + K, V 2 x 2 x 32 KiB = 192 KiB of shared memory).
// Order = preference (run 8, bench/RESULTS.md: pingpong +5% on average over
// S 512-8192; BN 80, FlashAttention-3's tile, was another +2-7% but spills
// 12 B in the consumer at 240 registers and was dropped).
static const Variant kVariantsD256[] = {
    ATTN_HOPPER_VARIANT("d256_bm128_bn64_ovl_pp_dyn", 256, 2, 64, 2, true, true, Dynamic, 24),
    ATTN_HOPPER_VARIANT("d256_bm128_bn64_ovl_dyn", 256, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_VARIANT("d256_gen_bm128_bn64_dyn", 256, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_NOMASK_VARIANT("d256_gen_nomask_bm128_bn64_dyn", 256, 2, 64, 2, true, false, Dynamic, 24),
};
// D = 136..192 (160 among them): O is 96 registers per thread; BN 96 (Q 48
// KiB + K, V 2 x 2 x 36 KiB = 192 KiB) or 64 (144 KiB). Order = preference
// (run 8: BN 96 +9-13% on 3 of 6 shapes of S 512-8192, within 3% on the rest).
static const Variant kVariantsD192[] = {
    ATTN_HOPPER_VARIANT("d192_bm128_bn96_ovl_dyn", 192, 2, 96, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_VARIANT("d192_bm128_bn64_ovl_dyn", 192, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_VARIANT("d192_gen_bm128_bn64_dyn", 192, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_NOMASK_VARIANT("d192_gen_nomask_bm128_bn64_dyn", 192, 2, 64, 2, true, false, Dynamic, 24),
};

static const Variant *variants(int64_t d, int *n) {
  switch (padded_head_dim(d)) {
  case 64: *n = sizeof(kVariantsD64) / sizeof(kVariantsD64[0]); return kVariantsD64;
  case 128: *n = sizeof(kVariantsD128) / sizeof(kVariantsD128[0]); return kVariantsD128;
  case 192: *n = sizeof(kVariantsD192) / sizeof(kVariantsD192[0]); return kVariantsD192;
  case 256: *n = sizeof(kVariantsD256) / sizeof(kVariantsD256[0]); return kVariantsD256;
  default: *n = 0; return nullptr;
  }
}

static int first_of_kind(int64_t d, Kind k) {
  int n = 0;
  const Variant *vs = variants(d, &n);
  for (int i = 0; i < n; ++i)
    if (vs[i].kind == k) return i;
  return -1;
}

// The default, from the measurements in bench/hopper/NOTES.md (issue-6
// shapes, S = 512 / 2048 / 8192; the 1024 threshold lies between measured
// points): long problems -> the dynamic scheduler (D=64 with pingpong);
// short ones (Sk <= 1024, 2-8 key blocks per tile) -> the static persistent
// grid, except causal D=128, where pingpong + dynamic was best.
static int default_variant(const attnk_problem *p) {
  const int64_t d = p->head_dim;
  if (needs_gen(p) && !has_mask(p)) {
    static const bool off = getenv("ATTN_HOPPER_GEN_NOMASK_OFF") != nullptr;  // tuning only
    if (!off) return first_of_kind(d, Kind::GenNoMask);
  }
  if (needs_gen(p)) {
    static const int pick = [] {  // tuning experiments only: GEN variant offset
      const char *e = getenv("ATTN_HOPPER_GEN");
      return e ? atoi(e) : 0;
    }();
    int n = 0;
    const Variant *vs = variants(d, &n);
    const int first = first_of_kind(d, Kind::Gen);
    const int i = first + pick;
    return i < n && vs[i].kind == Kind::Gen ? i : first;
  }
  const bool causal = p->causal != ATTNRT_CAUSAL_NONE;
  const int dp = padded_head_dim(d);
  if (p->seq_k <= 1024 && dp <= 128) {
    if (dp == 128) return causal ? 1 : 3;  // ovl_pp_dyn : ovl_static
    return 3;                              // d64 pp_static
  }
  return 0;
}

static bool device_is_sm90() {
  int dev = 0;
  if (cudaGetDevice(&dev) != cudaSuccess) return false;
  static int cache[64];  // 0 unknown, 1 yes, 2 no
  if (dev < 0 || dev >= 64) return false;
  if (cache[dev] == 0) {
    int major = 0, minor = 0;
    bool ok = cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, dev) == cudaSuccess &&
              cudaDeviceGetAttribute(&minor, cudaDevAttrComputeCapabilityMinor, dev) == cudaSuccess;
    cache[dev] = (ok && major == 9 && minor == 0) ? 1 : 2;
  }
  return cache[dev] == 1;
}

static bool stride_ok(int64_t size, int64_t stride) {
  return size == 1 || (stride > 0 && stride % 8 == 0 && stride * 2 < (int64_t(1) << 40));
}

// Element span [0, extent) touched by a [B, H, S, D] view.
static int64_t extent(int64_t B, int64_t H, int64_t S, int64_t D, const int64_t st[4]) {
  return (B - 1) * st[0] + (H - 1) * st[1] + (S - 1) * st[2] + D;
}

static bool overlaps(const void *a, int64_t na, const void *b, int64_t nb) {
  const char *pa = static_cast<const char *>(a), *pb = static_cast<const char *>(b);
  return pa < pb + nb * 2 && pb < pa + na * 2;
}

static const char *unsupported_reason(const attnk_problem *p) {
  if (!p) return "no problem";
  if (!p->q.data || !p->k.data || !p->v.data || !p->o.data) return "a null Q, K, V or O";
  if (p->dtype != ATTNRT_DTYPE_BF16 && p->dtype != ATTNRT_DTYPE_F16)
    return "Q/K/V dtype is not f16 or bf16";
  if (p->out_dtype != p->dtype) return "output dtype differs from Q/K/V's";
  if (p->head_dim != p->head_dim_v) return "head dims of Q/K and V differ";
  if (!padded_head_dim(p->head_dim))
    return "head dim is not a multiple of 8 up to 256";
  if (p->q.strides[3] != 1 || p->k.strides[3] != 1 || p->v.strides[3] != 1 || p->o.strides[3] != 1)
    return "head dim of Q, K, V or O not contiguous";
  if (p->causal < 0 || p->causal > 2) return "unknown causal mode";
  if (p->mask_fill != p->mask_fill || p->mask_fill == INFINITY) return "mask fill NaN or +inf";
  if (p->empty_rows != 0 && p->empty_rows != 1) return "unknown empty-row mode";
  if (p->scale != p->scale || p->scale == INFINITY || p->scale == -INFINITY) return "scale not finite";
  if (has_mask(p)) {
    if (p->mask_dtype < 0 || p->mask_dtype > 3) return "unknown mask dtype";
    for (int i = 0; i < 4; ++i)
      if (p->mask.strides[i] < 0) return "negative mask stride";
  }
  if (p->batch < 1 || p->heads_q < 1 || p->heads_kv < 1 || p->seq_q < 1 || p->seq_k < 1)
    return "an empty dimension (Sk == 0 included)";
  if (p->heads_q % p->heads_kv != 0) return "query heads not a multiple of KV heads";
  if (p->batch > 65535 || p->heads_q > 65535 || p->seq_q > (1 << 30) || p->seq_k > (1 << 30))
    return "batch, heads or sequence too large";
  const uintptr_t align = reinterpret_cast<uintptr_t>(p->q.data) |
                          reinterpret_cast<uintptr_t>(p->k.data) |
                          reinterpret_cast<uintptr_t>(p->v.data);
  if (align % 16 != 0 || reinterpret_cast<uintptr_t>(p->o.data) % 4 != 0)
    return "Q, K, V not 16-byte aligned or O not 4-byte aligned (TMA)";
  const int64_t dims_q[3] = {p->batch, p->heads_q, p->seq_q};
  const int64_t dims_k[3] = {p->batch, p->heads_kv, p->seq_k};
  for (int i = 0; i < 3; ++i) {
    if (!stride_ok(dims_q[i], p->q.strides[i]) || !stride_ok(dims_k[i], p->k.strides[i]) ||
        !stride_ok(dims_k[i], p->v.strides[i]))
      return "Q, K or V stride not a positive multiple of 8 elements (TMA)";
    if (dims_q[i] > 1 && (p->o.strides[i] <= 0 || p->o.strides[i] % 2 != 0))
      return "O stride not a positive multiple of 2 elements";
  }
  if (p->lse.data) {
    if (reinterpret_cast<uintptr_t>(p->lse.data) % 4 != 0) return "lse not 4-byte aligned";
    for (int i = 0; i < 3; ++i)
      if (p->lse.strides[i] < 0) return "negative lse stride";
  }
  const int64_t D = p->head_dim;
  const int64_t no = extent(p->batch, p->heads_q, p->seq_q, D, p->o.strides);
  if (overlaps(p->o.data, no, p->q.data, extent(p->batch, p->heads_q, p->seq_q, D, p->q.strides)) ||
      overlaps(p->o.data, no, p->k.data, extent(p->batch, p->heads_kv, p->seq_k, D, p->k.strides)) ||
      overlaps(p->o.data, no, p->v.data, extent(p->batch, p->heads_kv, p->seq_k, D, p->v.strides)))
    return "O overlaps Q, K or V";
  if (!get_encode()) return "no cuTensorMapEncodeTiled in the driver";
  if (!device_is_sm90()) return "the device is not sm_90";
  return nullptr;
}

}  // namespace attn_hopper

using namespace attn_hopper;

extern "C" const char *attn_hopper_unsupported_reason(const attnk_problem *p) {
  return unsupported_reason(p);
}

extern "C" int attn_hopper_supported(const attnk_problem *p) {
  return unsupported_reason(p) == nullptr ? 1 : 0;
}

extern "C" int attn_hopper_fwd_variant(const attnk_problem *p, int variant, void *stream) {
  if (unsupported_reason(p)) return cudaErrorInvalidValue;
  int n = 0;
  const Variant *vs = variants(p->head_dim, &n);
  if (variant < 0) variant = default_variant(p);
  if (variant < 0 || variant >= n) return cudaErrorInvalidValue;
  // A plain variant would drop the mask / treat a finite fill as -inf.
  if (needs_gen(p) && vs[variant].kind == Kind::Plain) return cudaErrorInvalidValue;
  if (has_mask(p) && vs[variant].kind != Kind::Gen) return cudaErrorInvalidValue;
  return p->dtype == ATTNRT_DTYPE_BF16 ? vs[variant].bf16(p, stream) : vs[variant].f16(p, stream);
}

extern "C" int attn_hopper_fwd(const attnk_problem *p, void *stream) {
  return attn_hopper_fwd_variant(p, -1, stream);
}

extern "C" int attn_hopper_default_variant(const attnk_problem *p) {
  return p ? default_variant(p) : -1;
}

extern "C" const char *attn_hopper_variant_name(int d, attnrt_dtype dtype, int i) {
  (void)dtype;
  int n = 0;
  const Variant *vs = variants(d, &n);
  return (i >= 0 && i < n) ? vs[i].name : nullptr;
}
