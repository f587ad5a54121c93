//===- decode_nv.cu - split-KV decode for NVIDIA (sm_80+, tuned on H200) --===//
//
// Few query rows (Sq <= 16), many keys: a memory-bound stream over K and V.
// Grid (key split x row block, KV head, batch); one block of 4, 8 or 10
// warps per (batch, KV head, 16 or 80 packed query rows, key split). The packed rows are
// the (query head of the KV group, query position) pairs, so the query heads
// that share a KV head read its K and V once (GQA/MQA). Per block:
//  - K/V tiles of 16 keys per key warp stream through a STAGES-deep ring of
//    shared-memory buffers, STAGES - 1 tiles in flight per block while one
//    is computed (bandwidth x latency on the H200, 4.6 TB/s x ~1.5-2 us, is
//    7-9 MB in flight, 55-70 KB per multiprocessor; 2 tiles x 64 KB = 128 KB
//    at D 128). Head dims: max(D, Dv) up to 64 runs the D 64 kernels, 65 to
//    128 the D 128 kernels (columns past D and Dv read as zeros and are not
//    written; "D 128" below means these), D == Dv == 256 the D 256 kernels
//    (and D == Dv of 136-248 on d256_ok's shapes). The ring
//    (enum Ring): D == Dv (D 128) takes the TMA ring with
//    8 warps (one thread issues four 64-column x 128-key boxes per tile,
//    128-byte swizzle, no L2 promotion, each stage completing on its
//    mbarrier; ldmatrix addresses apply the swizzle); D == Dv == 256
//    without logit rounding the TMA ring with 4 warps and 64-key
//    tiles (the same 64 KB per stage; Q's fragments reloaded per k-step,
//    the O accumulators holding 128 registers); other D 128 problems
//    (Dv != D, strides a tensor map cannot take) the block ring (4 warps,
//    16-byte cp.async from all threads, rows padded by 16 bytes); D == Dv
//    (D 64) without logit rounding the TMA ring with 8 warps and
//    128-key tiles (one 64-column box each for K and V, 6 stages); other D
//    64 the per-warp rings (4 warps, each copies and waits for its own 16 keys);
//    groups of more than 32 packed rows without a mask (MQA: Falcon's 71
//    query heads on one KV head) take the wide-group blocks: 10 warps, 5
//    m-tiles (80 rows) x 2 key warps sharing each 32-key tile (D 64 block
//    ring, D == Dv (D 128) TMA ring), so those rows read K and V once, not once
//    per 16 rows (+4-20% on the MQA shapes, decode run 12);
//  - each warp takes 16 keys of the tile: S = Q K^T and O += P V on mma.sync
//    (m16n8k16, f32 accumulators), its own online softmax in natural-log
//    units (p = exp2((s - m) * log2 e)), so finite fills (finfo.min included)
//    and additive masks are exact; a mask's values are read from each lane's
//    two row addresses (read_mask_tile), before the S GEMM;
//  - at the end the warps' (m, l, O) are merged through shared memory; one
//    split writes O and the log-sum-exp directly, several write normalized
//    partials with (m, l); on the 16-row kernels with at most
//    kFuseMaxTiles key tiles per block the last block of each unit to
//    finish merges them (counting arrivals in a per-stream counter buffer,
//    stream_arrivals), elsewhere (longer blocks, the wide-group kernels, no
//    counters, stream-K) a combine kernel after the grid (this file's
//    decode_nv_combine_kernel after the 16-row kernels: merge_row, one L2
//    round trip a row; the caller's decode_combine_kernel after the others);
//  - the merge_row combine lets the stream's next kernel launch once the split
//    grid is done, and the TMA-ring blocks ask L2 for their first tiles before
//    their dependency wait, so the next call's first K/V tiles leave DRAM
//    while this call's merge runs (ATTN_DECODE_NV_PREF).
// A stream-K schedule (ATTN_DECODE_NV_SK, not the default: it measured 0-6%
// slower on the D 128 rows, 17% on the MQA row, decode run 11) runs one wave
// of blocks over the (unit, key tile) sequence instead, a block writing one
// partial per unit it touches.
// Semantics as attnrt_types.h / fa_core.h: hidden positions (causal, boolean
// mask) take the fill, keys past Sk are no keys, all -inf rows are empty
// (zeros or NaN), key tiles past the causal diagonal are skipped only with a
// -inf fill; the scalar rules are attn/softmax_rules.h's. LR variants
// (logit_rounding in the operand type) round each logit step by step
// (attn/rounded_logits.h); only such problems run them.
//===----------------------------------------------------------------------===//
#include "attn/fa_launch.h"
#include "attn/rounded_logits.h"
#include "attn/softmax_rules.h"
#include "attn/tma_map.h"
#include "decode_nv.h"

#include <cuda.h>
#include <cudaTypedefs.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <utility>
#include <type_traits>

namespace attn {
namespace {

constexpr int kKW = 16;              // keys per warp per tile (one k-step of P V)
constexpr int kRows = 16;            // packed query rows per block (one m-tile)
constexpr int kMaxSplits = 64;       // the combine's limit
constexpr int kMaxDevices = 64;      // per-device caches

// How a block brings its K/V tiles into shared memory.
enum Ring {
  kWarpRing = 0,  // each warp cp.asyncs its own 16 keys, waits for them alone
  kBlockRing = 1, // all threads cp.async the whole tile, a __syncthreads per tile
  kTmaRing = 2,   // one thread issues 2-D TMA boxes (64 x 64, 128-byte swizzle)
                  // that complete on a per-stage mbarrier; D == Dv only (tma_shape_ok)
};

struct DnArgs {
  CUtensorMap tmk, tmv; // kTmaRing: K and V over (D, Sk, Hkv, B), boxes of 64 x kBC
  FaArgs a;
  float *lse;
  int64_t ls[3];
  int qblocks; // row blocks (16 x MT rows) per (batch, KV head)
  int direct;  // one split: write O and lse here
  // Several splits on the grid schedule: where non-null, per-unit arrival
  // counters (zero at launch, left zero) and the unit's last block to
  // arrive merges the unit's partials into O and lse itself
  // (combine_unit); null: the combine kernel does it after the grid.
  int *arrivals;
  // With arrivals: 0 triggers the dependent launch after the key loop, as
  // with the combine kernel; 1 does not trigger (the stream's next kernel is
  // released as the blocks exit, after the merge).
  int late_trigger;
  // Stream-K (sk_tiles > 0; a 1-D grid): the units (batch, KV head, row
  // block) of sk_n key tiles each, sk_tiles = units x sk_n in all, spread
  // evenly over the blocks; sk_pieces partial slots per row.
  int64_t sk_tiles;
  int sk_n, sk_pieces;
  int kv_order;    // kTmaRing: a tile's K boxes, then its V boxes (else K, V per 64 columns)
  int evict_first; // kTmaRing: K/V loads with an L2 evict-first policy (read once)
  // kTmaRing, grid schedule: thread 0 asks L2 for the block's first STAGES - 1
  // tiles before the dependency wait (prefetch_first_tiles), so that a block
  // made resident early (the combine triggers the next launch) fetches while
  // the stream's previous kernels finish.
  int prefetch_l2;
  // Q's 16-byte chunks all loaded at once (q_vec_ok: Q's head dim contiguous,
  // its rows 16-byte aligned, D % 8 == 0) instead of one 2-byte element per
  // thread per pass, each pass's global load and shared store in turn: at D
  // 256, 16 rows of 256 over 128 threads are 32 passes, up to 2 g of them
  // DRAM round trips (g query heads per KV head) before the block's first
  // tile is computed (decode_nv_vector_q).
  int q_vec;
  // ATTN_DECODE_NV_TIMELINE (measurement only; the PROBE kernels): where
  // non-null, thread 0 of each block writes its DnTimeline record at
  // timeline[kTlStride x block].
  unsigned long long *timeline;
};

// The timeline's record per block (ATTN_DECODE_NV_TIMELINE): the split
// kernel's blocks at [kTlStride x block id], the combine kernel's after
// them. Global timer (ns) at entry, after the dependency wait, after the key
// loop and at exit; the multiprocessor id; the key tiles the block
// streamed; the multiprocessor's clock64 after the wait and after the key
// loop (a block's own duration in cycles).
enum DnTimeline {
  kTlEntry = 0, kTlWait = 1, kTlLoop = 2, kTlExit = 3, kTlSm = 4, kTlTiles = 5, kTlClkWait = 6, kTlClkLoop = 7,
  kTlStride = 8
};

// MT m-tiles of 16 packed rows per block (MT > 1: the query heads of a wide
// GQA/MQA group share each K/V tile in shared memory instead of each row
// block reading it again); WARPS = MT x key warps, warp w on m-tile w / (WARPS
// / MT) and on the 16 keys (w % (WARPS / MT)) of each tile.
template <int DP, int STAGES, int WARPS, int RING, int MT = 1> struct DnShape {
  static constexpr int kWarps = WARPS;
  static constexpr int kThreads = WARPS * 32;
  static constexpr int kMT = MT;
  static constexpr int kKeyWarps = WARPS / MT;
  static constexpr int kBlockRows = MT * kRows; // packed query rows per block
  static constexpr int kBC = kKeyWarps * kKW;   // keys per tile
  // K/V rows: padded by 16 bytes (ldmatrix without bank conflicts), or, for
  // TMA, DP / 64 swizzled sub-tiles of [kBC][64] (128-byte rows).
  static constexpr int LD = RING == kTmaRing ? DP : DP + 8;
  static constexpr int QLD = DP + 8;         // Q rows (padded)
  static constexpr int TILE = kBC * LD;      // one K or V tile
  static constexpr int STAGE = 2 * TILE;     // K then V
  static constexpr int Q_OFF = STAGES * STAGE;
  static constexpr int BAR_BYTE = ((Q_OFF + kBlockRows * QLD) * 2 + 7) / 8 * 8; // kTmaRing: mbarriers
  static constexpr int ALIGN = RING == kTmaRing ? 1024 : 0; // the swizzle atom: base rounded up
  static constexpr int SMEM_BYTES = BAR_BYTE + (RING == kTmaRing ? 8 * STAGES : 0) + ALIGN;
  static constexpr int OLD = DP + 8;         // merge buffer row (floats): 8 banks apart
  static constexpr int MERGE_BYTES = (kWarps * kRows * OLD + kWarps * kRows * 2) * 4;
  static_assert(MERGE_BYTES <= STAGES * STAGE * 2, "merge buffer aliases the K/V ring");
  static_assert(STAGES >= 2, "at least double buffering");
  static_assert(MT >= 1 && WARPS % MT == 0, "whole key warps per m-tile");
  static_assert(MT == 1 || RING != kWarpRing, "the warps of one key slice share its copies: block or TMA ring");
};

// ---- TMA and mbarrier PTX (kTmaRing; sm_90 and up: on older targets the
// bodies trap, and the host never picks the TMA ring there)
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ < 900
#define ATTN_DN_PTX(...) __trap()
#else
#define ATTN_DN_PTX(...) asm volatile(__VA_ARGS__)
#endif
[[maybe_unused]] ATTN_DEV uint32_t smem_u32(const void *p) { return (uint32_t)__cvta_generic_to_shared(p); }
ATTN_DEV void mbar_init(uint64_t *bar, uint32_t count) {
  ATTN_DN_PTX("mbarrier.init.shared::cta.b64 [%0], %1;\n" ::"r"(smem_u32(bar)), "r"(count));
}
ATTN_DEV void mbar_fence_init() { ATTN_DN_PTX("fence.mbarrier_init.release.cluster;\n" ::: "memory"); }
ATTN_DEV void mbar_expect_tx(uint64_t *bar, uint32_t bytes) {
  ATTN_DN_PTX("mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;\n" ::"r"(smem_u32(bar)), "r"(bytes)
              : "memory");
}
ATTN_DEV void mbar_wait(uint64_t *bar, uint32_t parity) {
  ATTN_DN_PTX("{\n"
              ".reg .pred P1;\n"
              "WAIT_%=:\n"
              "mbarrier.try_wait.parity.shared::cta.b64 P1, [%0], %1;\n"
              "@!P1 bra WAIT_%=;\n"
              "}\n" ::"r"(smem_u32(bar)),
              "r"(parity)
              : "memory");
}
// With `hint`, the load carries the L2 cache policy `policy`.
ATTN_DEV void tma_load_4d(void *dst, const CUtensorMap *map, int c0, int c1, int c2, int c3, uint64_t *bar,
                          uint64_t policy, bool hint) {
  if (hint)
    ATTN_DN_PTX("cp.async.bulk.tensor.4d.shared::cluster.global.tile.mbarrier::complete_tx::bytes.L2::cache_hint"
                " [%0], [%1, {%2, %3, %4, %5}], [%6], %7;\n" ::"r"(smem_u32(dst)),
                "l"(reinterpret_cast<uint64_t>(map)), "r"(c0), "r"(c1), "r"(c2), "r"(c3), "r"(smem_u32(bar)),
                "l"(policy)
                : "memory");
  else
    ATTN_DN_PTX("cp.async.bulk.tensor.4d.shared::cluster.global.tile.mbarrier::complete_tx::bytes"
                " [%0], [%1, {%2, %3, %4, %5}], [%6];\n" ::"r"(smem_u32(dst)),
                "l"(reinterpret_cast<uint64_t>(map)), "r"(c0), "r"(c1), "r"(c2), "r"(c3), "r"(smem_u32(bar))
                : "memory");
}
// Asks L2 for one box of the map (no shared memory, no mbarrier; a hint: it
// reads nothing the kernel sees, and L2 is where every later load of the
// same bytes is served, coherently with the writes of earlier kernels).
ATTN_DEV void tma_prefetch_4d(const CUtensorMap *map, int c0, int c1, int c2, int c3) {
  ATTN_DN_PTX("cp.async.bulk.prefetch.tensor.4d.L2.global.tile [%0, {%1, %2, %3, %4}];\n" ::"l"(
                  reinterpret_cast<uint64_t>(map)),
              "r"(c0), "r"(c1), "r"(c2), "r"(c3)
              : "memory");
}
// One mask element of dtype DT at byte address p as the kernel applies it:
// an additive value, or a boolean as 1 / 0.
template <int DT> ATTN_DEV float mask_elem(const char *p) {
  if constexpr (DT == ATTNRT_DTYPE_F32) return *(const float *)p;
  else if constexpr (DT == ATTNRT_DTYPE_F16) return Cvt<f16_t>::to_f32(*(const uint16_t *)p);
  else if constexpr (DT == ATTNRT_DTYPE_BF16) return Cvt<bf16_t>::to_f32(*(const uint16_t *)p);
  else return *(const uint8_t *)p ? 1.f : 0.f;
}
// A lane's mask values of one key tile, mv[t][l] for the logit sc[t].x[l]
// (rows: the lane's two slots, mrow[s] the byte address of a row's key 0,
// null for a dead row; keys j0 + 8 t and the next one). Where the keys are
// contiguous and the row's start aligned (pair[s]) the two adjacent keys are
// one load; keys past Sk read nothing, a dead row reads the neutral value
// (0, or a boolean's true).
template <int DT>
ATTN_DEV void read_mask_tile(float (&mv)[2][4], const char *const (&mrow)[2], const bool (&pair)[2], int j0, int sk,
                             int64_t s3) {
  constexpr int E = dtype_bytes(DT);
#pragma unroll
  for (int t = 0; t < 2; ++t)
#pragma unroll
    for (int s = 0; s < 2; ++s) {
      const int j = j0 + 8 * t;
      float x0 = DT == ATTNRT_DTYPE_BOOL ? 1.f : 0.f, x1 = x0;
      if (mrow[s]) {
        const char *r = mrow[s];
        if (pair[s] && j + 1 < sk) {
          if constexpr (E == 4) {
            const float2 v = *(const float2 *)(r + (int64_t)j * 4);
            x0 = v.x;
            x1 = v.y;
          } else if constexpr (E == 2) {
            const uint32_t v = *(const uint32_t *)(r + (int64_t)j * 2);
            using CT = typename std::conditional<DT == ATTNRT_DTYPE_F16, f16_t, bf16_t>::type;
            x0 = Cvt<CT>::to_f32((uint16_t)(v & 0xffffu));
            x1 = Cvt<CT>::to_f32((uint16_t)(v >> 16));
          } else {
            const uint16_t v = *(const uint16_t *)(r + j);
            x0 = (v & 0xffu) ? 1.f : 0.f;
            x1 = (v >> 8) ? 1.f : 0.f;
          }
        } else {
          if (j < sk) x0 = mask_elem<DT>(r + (int64_t)j * s3 * E);
          if (j + 1 < sk) x1 = mask_elem<DT>(r + (int64_t)(j + 1) * s3 * E);
        }
      }
      mv[t][2 * s] = x0;
      mv[t][2 * s + 1] = x1;
    }
}
// An L2 policy that evicts these lines first (data read once).
ATTN_DEV uint64_t policy_evict_first() {
  uint64_t p = 0;
  ATTN_DN_PTX("createpolicy.fractional.L2::evict_first.b64 %0, 1.0;\n" : "=l"(p));
  return p;
}
// Orders this thread's generic shared-memory writes before later async-proxy
// (copy engine) accesses of the same memory.
ATTN_DEV void fence_proxy_async() { ATTN_DN_PTX("fence.proxy.async.shared::cta;\n" ::: "memory"); }
#undef ATTN_DN_PTX
// ATTN_DECODE_NV_TIMELINE: entry `e` of this block's record (thread 0; none
// where `tl` is null): the global timer, clock64, the multiprocessor id, or
// `count`.
ATTN_DEV void timeline_mark(unsigned long long *tl, int64_t block, int e, int count = 0) {
#if defined(__CUDA_ARCH__)
  if (!tl || threadIdx.x != 0) return;
  unsigned long long v = (unsigned)count;
  if (e == kTlClkWait || e == kTlClkLoop) {
    v = (unsigned long long)clock64();
  } else if (e == kTlSm) {
    unsigned int sm = 0;
    asm volatile("mov.u32 %0, %%smid;\n" : "=r"(sm));
    v = sm;
  } else if (e != kTlTiles) {
    asm volatile("mov.u64 %0, %%globaltimer;\n" : "=l"(v));
  }
  tl[block * kTlStride + e] = v;
#else
  (void)tl, (void)block, (void)e, (void)count;
#endif
}
// The block's index over the whole grid (its timeline record).
ATTN_DEV int64_t linear_block() {
  return blockIdx.x + (int64_t)gridDim.x * (blockIdx.y + (int64_t)gridDim.y * blockIdx.z);
}
// Element offset of (row r, column c) in a [kBC][DP] tile stored as DP / 64
// sub-tiles of [kBC][64] with the 128-byte swizzle (16-byte chunk c / 8 of
// a 128-byte row lands at chunk (c / 8) ^ (r % 8)); c a multiple of 8.
template <int BC> ATTN_DEV int swz(int r, int c) {
  return (c >> 6) * (BC * 64) + r * 64 + ((((c >> 3) & 7) ^ (r & 7)) << 3);
}

// atom.add.acq_rel.gpu: the block's arrival at its unit's counter (release:
// the partials before it; acquire: the other blocks' partials after it).
ATTN_DEV int atomic_add_acq_rel(int *p, int v) {
  int old = 0;
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 700
  asm volatile("atom.add.acq_rel.gpu.s32 %0, [%1], %2;\n" : "=r"(old) : "l"(p), "r"(v) : "memory");
#else
  old = atomicAdd(p, v);
#endif
  return old;
}

// The combine of one unit (packed rows [r0, r1) of a (batch, KV head)) done
// by its last block: the arithmetic of decode_combine_kernel
// (flash_attention_decode.hip) in the same order, so O and lse are bit for
// bit what that kernel writes (merge_row, the combine kernel after the
// 16-row kernels, sums in another order: the same up to rounding; it was
// not measured faster in this place, decode run 17): one warp per row, lane q holding
// splits q and q + 32, the weights through `wsh` (shared, 64 floats per
// warp), 4 dims per lane per pass of 128. Partials are read from L2
// (ld.global.cg: other blocks wrote them).
// Not inlined: its registers stay out of the key loop's allocation (inlined,
// the D 128 kernels went from 167 to 214 registers and the wide-group
// kernels spilled).
template <int WARPS>
__device__ __noinline__ void combine_unit(const FaArgs &a, const DnArgs &d, int b, int kvh, int r0, int r1,
                                          float *wsh, int warp, int q) {
  const int ns = a.num_splits;
  float *const wr = wsh + warp * kMaxSplits;
  const int64_t sstride = a.rows_all * a.Dv;
  for (int gr = r0 + warp; gr < r1; gr += WARPS) {
    const int g = gr / a.Sq, i = gr - g * a.Sq, h = kvh * a.group + g;
    const int64_t row = ((int64_t)b * a.Hq + h) * a.Sq + i;
    float m0 = neg_inf(), l0 = 0.f, m1 = neg_inf(), l1 = 0.f;
    if (q < ns) {
      m0 = __ldcg(a.part_ml + 2 * (q * a.rows_all + row));
      l0 = __ldcg(a.part_ml + 2 * (q * a.rows_all + row) + 1);
    }
    if (q + 32 < ns) {
      m1 = __ldcg(a.part_ml + 2 * ((q + 32) * a.rows_all + row));
      l1 = __ldcg(a.part_ml + 2 * ((q + 32) * a.rows_all + row) + 1);
    }
    float mx = fmax_(m0, m1);
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) mx = fmax_(mx, __shfl_xor_sync(0xffffffffu, mx, o));
    wr[q] = merge_weight(m0, l0, mx, kLog2e);
    wr[q + 32] = merge_weight(m1, l1, mx, kLog2e);
    __syncwarp();
    float sum = 0.f;
    for (int s = 0; s < ns; ++s) sum += wr[s];
    if (d.lse && q == 0) d.lse[b * d.ls[0] + h * d.ls[1] + (int64_t)i * d.ls[2]] = log_sum_exp(mx, sum);
    const float inv = row_inv_sum(sum, empty_row_value(a.empty_nan));
    const int64_t orow = b * a.p.o.strides[0] + h * a.p.o.strides[1] + (int64_t)i * a.p.o.strides[2];
    void *const og = const_cast<void *>(a.p.o.data);
    for (int dd = 4 * q; dd < a.Dv; dd += 128) {
      const float *po = a.part_o + row * a.Dv + dd;
      float acc[4] = {0.f, 0.f, 0.f, 0.f};
      for (int s0 = 0; s0 < ns; s0 += 8) { // up to 8 x 16 bytes in flight
        float4 x[8];
#pragma unroll
        for (int u = 0; u < 8; ++u)
          if (s0 + u < ns) x[u] = __ldcg((const float4 *)(po + (s0 + u) * sstride));
#pragma unroll
        for (int u = 0; u < 8; ++u) {
          if (s0 + u >= ns) break;
          const float w = wr[s0 + u];
          if (w == 0.f) continue;
          acc[0] += w * x[u].x;
          acc[1] += w * x[u].y;
          acc[2] += w * x[u].z;
          acc[3] += w * x[u].w;
        }
      }
#pragma unroll
      for (int e = 0; e < 4; ++e)
        store_from_f32(og, orow + (dd + e) * a.p.o.strides[3], a.p.out_dtype, sum > 0.f ? acc[e] * inv : inv);
    }
    __syncwarp(); // every lane's reads of wr before the next row's weights
  }
}

// Splits per batch of partial loads in merge_row (16 float4 registers a
// lane): rows of up to 16 splits and Dv <= 128 take one batch.
constexpr int kMergeBatch = 16;

// Where merge_row writes one merged row.
struct MergeOut {
  void *o;        // O's data, element type out_dtype
  int64_t orow;   // the row's first element
  int64_t ostride; // O's head-dim stride (elements)
  float *lse;     // the row's lse (natural units), or null
  int out_dtype;
  bool empty_nan;
};

// Merges the `ns` split partials of packed row `row` (of rows_all) into O
// and lse with one warp (lane q: splits q and q + 32's (m, l), dims 4q..4q+3
// of each 128-dim pass). The arithmetic of decode_combine_kernel
// (weights w_s = l_s exp(m_s - max m), O = sum w_s O_s / sum w_s, a zero
// weight skipped), but latency-shaped: every (m, l) load and the first
// kMergeBatch splits' partial loads are issued before any is used, so a
// row with ns <= kMergeBatch and Dv <= 128 costs one L2 round trip, not
// three (the (m, l) loads, a block barrier and a serial max, then the
// partials 8 splits at a time); the max and the sum are butterfly
// reductions (every lane ends with the same value), the weights reach the
// lanes by shuffles. The sum's order differs from the combine kernel's
// (a serial sum over s): the results agree up to rounding, not bit for bit.
// Partials are read from L2 (ld.global.cg: other blocks, or the grid before,
// wrote them).
ATTN_DEV void merge_row(const float *part_o, const float *part_ml, int64_t rows_all, int ns, int Dv,
                        int64_t row, const MergeOut &out, int q) {
  const int64_t sstride = rows_all * Dv;
  float2 ml0 = make_float2(neg_inf(), 0.f), ml1 = make_float2(neg_inf(), 0.f);
  if (q < ns) ml0 = __ldcg((const float2 *)(part_ml + 2 * (q * rows_all + row)));
  if (q + 32 < ns) ml1 = __ldcg((const float2 *)(part_ml + 2 * ((q + 32) * rows_all + row)));
  const float *const po = part_o + row * Dv + 4 * q;
  float4 x[kMergeBatch];
  const bool dims0 = 4 * q < Dv;
#pragma unroll
  for (int u = 0; u < kMergeBatch; ++u)
    if (u < ns && dims0) x[u] = __ldcg((const float4 *)(po + u * sstride));
  float mx = fmax_(ml0.x, ml1.x);
#pragma unroll
  for (int o = 16; o > 0; o >>= 1) mx = fmax_(mx, __shfl_xor_sync(0xffffffffu, mx, o));
  const float w0 = merge_weight(ml0.x, ml0.y, mx, kLog2e), w1 = merge_weight(ml1.x, ml1.y, mx, kLog2e);
  float sum = w0 + w1;
#pragma unroll
  for (int o = 16; o > 0; o >>= 1) sum += __shfl_xor_sync(0xffffffffu, sum, o);
  if (out.lse && q == 0) *out.lse = log_sum_exp(mx, sum);
  const float inv = row_inv_sum(sum, empty_row_value(out.empty_nan));
  for (int dd = 4 * q, pass = 0; dd - 4 * q < Dv; dd += 128, ++pass) { // warp-uniform bound
    const bool mine = dd < Dv;
    float acc[4] = {0.f, 0.f, 0.f, 0.f};
    for (int s0 = 0; s0 < ns; s0 += kMergeBatch) {
      if (pass > 0 || s0 > 0) {
#pragma unroll
        for (int u = 0; u < kMergeBatch; ++u)
          if (s0 + u < ns && mine) x[u] = __ldcg((const float4 *)(po + (dd - 4 * q) + (s0 + u) * sstride));
      }
#pragma unroll
      for (int u = 0; u < kMergeBatch; ++u) {
        const int s = s0 + u; // warp-uniform
        if (s >= ns) break;
        const float wa = __shfl_sync(0xffffffffu, w0, s & 31), wb = __shfl_sync(0xffffffffu, w1, s & 31);
        const float w = s < 32 ? wa : wb;
        if (w == 0.f || !mine) continue; // exactly 0: as the combine kernel, the partial is not read in
        acc[0] += w * x[u].x;
        acc[1] += w * x[u].y;
        acc[2] += w * x[u].z;
        acc[3] += w * x[u].w;
      }
    }
    if (mine)
#pragma unroll
      for (int e = 0; e < 4; ++e)
        store_from_f32(out.o, out.orow + (dd + e) * out.ostride, out.out_dtype, sum > 0.f ? acc[e] * inv : inv);
  }
}

// The combine kernel of ATTN_DECODE_NV_COMB (the caller's decode_combine_kernel
// otherwise): one warp per row, 4 rows a block, merge_row. Launched
// programmatically after the split kernel: the row's indices and output
// addresses are computed before griddepcontrol.wait, while the split grid
// drains; every load after it.
struct DnCombine {
  const float *part_o, *part_ml;
  void *o;
  int64_t os[4];
  float *lse;
  int64_t ls[3];
  int64_t rows_all;
  int num_splits, Sq, Hq, Dv, out_dtype, empty_nan;
  // Trigger the stream's next kernel once the split grid is done (after
  // griddepcontrol.wait): the next call's split blocks are made resident on
  // the multiprocessors the split grid left, while this merge runs.
  int trigger;
  unsigned long long *timeline; // DnArgs::timeline: this grid's records (PROBE), or null
};
// PROBE: the twin that records c.timeline (ATTN_DECODE_NV_TIMELINE), so
// that the default kernel's code stays as it was.
template <bool PROBE>
__global__ void __launch_bounds__(128) decode_nv_combine_kernel(const __grid_constant__ DnCombine c) {
#if ATTN_ARCH == ATTN_ARCH_NV_MMA
  unsigned long long *const tl = PROBE ? c.timeline : nullptr;
  timeline_mark(tl, blockIdx.x, kTlEntry);
  const int warp = threadIdx.x >> 5, q = threadIdx.x & 31;
  const int64_t g = (int64_t)blockIdx.x * 4 + warp;
  const int i = (int)(g % c.Sq);
  const int64_t bh = g / c.Sq;
  const int h = (int)(bh % c.Hq), b = (int)(bh / c.Hq);
  MergeOut out;
  out.o = c.o;
  out.orow = b * c.os[0] + h * c.os[1] + (int64_t)i * c.os[2];
  out.ostride = c.os[3];
  out.lse = c.lse ? c.lse + b * c.ls[0] + h * c.ls[1] + (int64_t)i * c.ls[2] : nullptr;
  out.out_dtype = c.out_dtype;
  out.empty_nan = c.empty_nan != 0;
  grid_dependency_wait(); // the split kernel's partials are written
  if (c.trigger) grid_dependency_launch(); // every split block has exited: the next grid lands on free SMs
  timeline_mark(tl, blockIdx.x, kTlWait);
  timeline_mark(tl, blockIdx.x, kTlSm);
  if (PROBE) {
    if (g < c.rows_all) merge_row(c.part_o, c.part_ml, c.rows_all, c.num_splits, c.Dv, g, out, q);
    if (tl) {
      __syncthreads(); // every warp's row merged
      timeline_mark(tl, blockIdx.x, kTlExit);
    }
    return;
  }
  if (g >= c.rows_all) return; // whole warps: no shuffle partner leaves early
  merge_row(c.part_o, c.part_ml, c.rows_all, c.num_splits, c.Dv, g, out, q);
#endif
}

// The grid schedule's first STAGES - 1 key tiles of this block (those its
// prologue loads), asked of L2 by one thread before the dependency wait
// (DnArgs::prefetch_l2). K and V are read only; where an earlier kernel of
// the stream writes them, its writes go to L2, which serves this block's
// loads after the wait: the prefetch changes only when bytes leave DRAM.
template <int DP, int STAGES, int BC> ATTN_DEV void prefetch_first_tiles(const DnArgs &d) {
  const FaArgs &a = d.a;
  const int nkb = (a.Sk + BC - 1) / BC;
  const int kb0 = (int)(blockIdx.x / d.qblocks) * a.split_blocks; // as the segment loop's kb_begin
  int kb1 = imin(nkb, kb0 + a.split_blocks);
  if (a.p.causal != ATTNRT_CAUSAL_NONE && !a.fill_finite) { // as the segment loop clips
    const int last = a.Sq - 1 + a.causal_off;
    kb1 = imin(kb1, last < 0 ? 0 : last / BC + 1);
  }
  for (int s = 0; s < STAGES - 1 && kb0 + s < kb1; ++s)
#pragma unroll
    for (int c = 0; c < DP / 64; ++c) {
      tma_prefetch_4d(&d.tmk, c * 64, (kb0 + s) * BC, blockIdx.y, blockIdx.z);
      tma_prefetch_4d(&d.tmv, c * 64, (kb0 + s) * BC, blockIdx.y, blockIdx.z);
    }
}

// PROBE: the twin that records DnArgs::timeline (ATTN_DECODE_NV_TIMELINE),
// so that the default kernels' code stays as it was.
template <class T, int DP, int STAGES, bool MASK, int RING, int WARPS, int MT, bool LR, bool PROBE = false>
__global__ void __launch_bounds__(WARPS * 32) decode_nv_kernel(const __grid_constant__ DnArgs d) {
#if ATTN_ARCH == ATTN_ARCH_NV_MMA
  unsigned long long *const tl = PROBE ? d.timeline : nullptr;
  timeline_mark(tl, linear_block(), kTlEntry);
  if constexpr (RING == kTmaRing)
    if (d.prefetch_l2 && !d.sk_tiles && threadIdx.x == 0) prefetch_first_tiles<DP, STAGES, WARPS / MT * kKW>(d);
  grid_dependency_wait(); // launched programmatically: the stream's previous kernel is done
  timeline_mark(tl, linear_block(), kTlWait);
  timeline_mark(tl, linear_block(), kTlClkWait);
  timeline_mark(tl, linear_block(), kTlSm);
  using M = Mma<ATTN_ARCH_NV_MMA, T>;
  using A = typename M::A;
  using B = typename M::B;
  using C = typename M::C;
  using Sh = DnShape<DP, STAGES, WARPS, RING, MT>;
  constexpr int kThreads = Sh::kThreads, kBC = Sh::kBC;
  constexpr int KWN = Sh::kKeyWarps, kBlockRows = Sh::kBlockRows;
  constexpr int LD = Sh::LD, QLD = Sh::QLD;
  constexpr bool BLOCK_RING = RING == kBlockRing, TMA = RING == kTmaRing;
  static_assert(!TMA || DP % 64 == 0, "TMA boxes of 64 columns");
  constexpr int KTD = DP / 16; // k-steps over the head dim
  constexpr int NTO = DP / 8;  // n-tiles of O
  extern __shared__ u32x4 dn_smem[];
  // The base rounded up to ALIGN in the shared window, as an offset from
  // dn_smem: the compiler then knows every access through sm is to shared
  // memory (LDS/STS; an integer round trip made the merge and Q's stores
  // generic LD/ST).
  uint16_t *sm = (uint16_t *)((char *)dn_smem + (Sh::ALIGN ? (0u - smem_u32(dn_smem)) & (Sh::ALIGN - 1) : 0u));
  const FaArgs &a = d.a;
  const int tid = threadIdx.x, warp = tid >> 5, lane = tid & 31;
  // This warp's m-tile and key slice (MT = 1: written out, so that the
  // one-m-tile kernels compile as before).
  const int wm = MT == 1 ? 0 : warp / KWN, wk = MT == 1 ? warp : warp % KWN;
  const int rows_total = a.group * a.Sq;
  const int nkb = (a.Sk + kBC - 1) / kBC;
  const bool causal = a.p.causal != ATTNRT_CAUSAL_NONE;

  // ---- K/V tile copies. Per-warp ring: warp w copies the 16 keys it
  // computes on (rows w * kKW ..), lane copies 16-byte column chunk
  // lane % CH of rows lane / CH + RPP * u, so a warp waits for its own
  // copies only (__syncwarp) and the warps stream independently. Block ring:
  // all threads copy the whole tile, a __syncthreads per tile. Columns past D
  // (Dv) and rows past Sk are zeros. TMA ring: thread 0 issues DP / 64 boxes
  // of K and of V per tile (rows past Sk are filled with zeros by the copy
  // engine), completing on the stage's mbarrier.
  constexpr int CH = DP / 8;
  constexpr int RPP = (BLOCK_RING ? kThreads : 32) / CH; // rows per pass
  constexpr int PASSES = ((BLOCK_RING ? kBC : kKW) + RPP - 1) / RPP;
  constexpr bool PART_PASS = PASSES * RPP != (BLOCK_RING ? kBC : kKW); // the last pass: rows < kBC only
  static_assert(!PART_PASS || BLOCK_RING, "whole passes per warp tile");
  const int ccol = ((BLOCK_RING ? tid : lane) % CH) * 8;
  const int crow = BLOCK_RING ? tid / CH : warp * kKW + lane / CH;
  const bool kcol = ccol < a.D, vcol = ccol < a.Dv;
  const uint16_t *const kg = (const uint16_t *)a.p.k.data;
  const uint16_t *const vg = (const uint16_t *)a.p.v.data;
  uint64_t *bars = (uint64_t *)((char *)sm + Sh::BAR_BYTE);
  uint64_t policy = 0; // kTmaRing with d.evict_first: L2 evict-first for K/V, read once
  if (TMA) {
    if (tid == 0) {
#pragma unroll
      for (int s = 0; s < STAGES; ++s) mbar_init(&bars[s], 1);
      mbar_fence_init();
      if (d.evict_first) policy = policy_evict_first();
    }
    __syncthreads();
  }

  // ---- this block's work: one segment, (split, row block, KV head, batch)
  // from the grid; or, stream-K (d.sk_tiles > 0, a 1-D grid of G blocks),
  // the key tiles [c T / G, (c + 1) T / G) of the units (batch, KV head, row
  // block) laid end to end, d.sk_n tiles each: one segment per unit the range
  // touches, written as partial `piece` = c - (the first block of the unit).
  // The block that ends a unit also writes the unit's unused partial slots
  // (up to d.sk_pieces) as empty, so the combine reads every slot.
  const int64_t G = gridDim.x;
  int64_t t_pos = 0, t_end = 0;
  if (d.sk_tiles) {
    t_pos = (int64_t)blockIdx.x * d.sk_tiles / G;
    t_end = ((int64_t)blockIdx.x + 1) * d.sk_tiles / G;
  }
  int it = 0; // tiles consumed by this block: ring stage and mbarrier parity
  int comb_b = -1, comb_kvh = 0, comb_qb = 0; // d.arrivals: the unit this block combines
  for (bool first = true;; first = false) {
    int qb, piece, kvh, b, kb_begin, kb_end;
    bool unit_done = false, last_seg = true;
    if (d.sk_tiles) {
      if (t_pos >= t_end) break;
      const int64_t u = t_pos / d.sk_n, u0 = u * d.sk_n, u1 = u0 + d.sk_n;
      const int64_t seg_end = t_end < u1 ? t_end : u1;
      kb_begin = (int)(t_pos - u0);
      kb_end = (int)(seg_end - u0);
      piece = (int)((int64_t)blockIdx.x - ((u0 + 1) * G - 1) / d.sk_tiles); // block of tile u0
      unit_done = seg_end == u1;
      qb = (int)(u % d.qblocks);
      const int64_t bh = u / d.qblocks;
      kvh = (int)(bh % a.Hkv);
      b = (int)(bh / a.Hkv);
      t_pos = seg_end;
      last_seg = t_pos >= t_end;
    } else {
      if (!first) break;
      qb = blockIdx.x % d.qblocks;
      piece = blockIdx.x / d.qblocks;
      kvh = blockIdx.y;
      b = blockIdx.z;
      kb_begin = piece * a.split_blocks;
      kb_end = imin(nkb, kb_begin + a.split_blocks);
    }
    if (causal && !a.fill_finite) { // hidden tiles add exp(fill - m) > 0 otherwise
      const int last = a.Sq - 1 + a.causal_off; // last key any row of the block sees
      kb_end = imin(kb_end, last < 0 ? 0 : last / kBC + 1);
    }
    const int row0 = qb * kBlockRows + wm * kRows; // this warp's m-tile
    const bool live = row0 < rows_total;           // else padding rows only: no compute
    const uint16_t *kp = kg + b * a.p.k.strides[0] + kvh * a.p.k.strides[1] + ccol;
    const uint16_t *vp = vg + b * a.p.v.strides[0] + kvh * a.p.v.strides[1] + ccol;
    auto issue = [&](int kb, int stage) {
      if (TMA) { // thread 0 only
        uint16_t *Ks = sm + stage * Sh::STAGE;
        mbar_expect_tx(&bars[stage], Sh::STAGE * 2);
        if (d.kv_order) { // K's boxes, then V's: each 32 KB run of K or V requested back to back
#pragma unroll
          for (int c = 0; c < DP / 64; ++c)
            tma_load_4d(Ks + c * kBC * 64, &d.tmk, c * 64, kb * kBC, kvh, b, &bars[stage], policy, d.evict_first);
#pragma unroll
          for (int c = 0; c < DP / 64; ++c)
            tma_load_4d(Ks + Sh::TILE + c * kBC * 64, &d.tmv, c * 64, kb * kBC, kvh, b, &bars[stage], policy,
                        d.evict_first);
        } else {
#pragma unroll
          for (int c = 0; c < DP / 64; ++c) {
            tma_load_4d(Ks + c * kBC * 64, &d.tmk, c * 64, kb * kBC, kvh, b, &bars[stage], policy, d.evict_first);
            tma_load_4d(Ks + Sh::TILE + c * kBC * 64, &d.tmv, c * 64, kb * kBC, kvh, b, &bars[stage], policy,
                        d.evict_first);
          }
        }
        return;
      }
      uint16_t *Ks = sm + stage * Sh::STAGE + crow * LD + ccol;
      uint16_t *Vs = Ks + Sh::TILE;
      const int j0 = kb * kBC + crow;
#pragma unroll
      for (int u = 0; u < PASSES; ++u) {
        if (PART_PASS && crow + u * RPP >= kBC) break;
        const int j = j0 + u * RPP;
        const bool in = j < a.Sk;
        copy16_async(Ks + u * RPP * LD, in && kcol ? kp + (int64_t)j * a.p.k.strides[2] : kg, in && kcol);
        copy16_async(Vs + u * RPP * LD, in && vcol ? vp + (int64_t)j * a.p.v.strides[2] : vg, in && vcol);
      }
    };

    // ---- prologue: start the first STAGES - 1 tiles, then Q (plain loads)
#pragma unroll
    for (int s = 0; s < STAGES - 1; ++s) {
      if (kb_begin + s < kb_end && (!TMA || tid == 0)) issue(kb_begin + s, (it + s) % STAGES);
      async_commit();
    }
    uint16_t *Qs = sm + Sh::Q_OFF;
    if (d.q_vec) { // every chunk's load issued before any store: one round trip
      constexpr int QC = DP / 8, QCH = kBlockRows * QC, QPT = (QCH + kThreads - 1) / kThreads;
      u32x4 qv[QPT];
#pragma unroll
      for (int u = 0; u < QPT; ++u) {
        const int c = tid + u * kThreads, r = c / QC, dd = (c % QC) * 8, gr = qb * kBlockRows + r;
        qv[u] = u32x4{0u, 0u, 0u, 0u};
        if (c < QCH && gr < rows_total && dd < a.D) {
          const int g = gr / a.Sq, i = gr - g * a.Sq;
          qv[u] = *(const u32x4 *)((const uint16_t *)a.p.q.data + b * a.p.q.strides[0] +
                                   (int64_t)(kvh * a.group + g) * a.p.q.strides[1] +
                                   (int64_t)i * a.p.q.strides[2] + dd);
        }
      }
#pragma unroll
      for (int u = 0; u < QPT; ++u) {
        const int c = tid + u * kThreads;
        if (c < QCH) *(u32x4 *)(Qs + (c / QC) * QLD + (c % QC) * 8) = qv[u];
      }
    } else { // one element per thread per pass (any strides)
      for (int c = tid; c < kBlockRows * DP; c += kThreads) {
        const int r = c / DP, dd = c % DP, gr = qb * kBlockRows + r;
        uint16_t v = 0;
        if (gr < rows_total && dd < a.D) {
          const int g = gr / a.Sq, i = gr - g * a.Sq;
          v = ((const uint16_t *)a.p.q.data)[b * a.p.q.strides[0] +
                                             (int64_t)(kvh * a.group + g) * a.p.q.strides[1] +
                                             (int64_t)i * a.p.q.strides[2] + (int64_t)dd * a.p.q.strides[3]];
        }
        Qs[r * QLD + dd] = v;
      }
    }
    __syncthreads();
    // Q's fragments stay in registers up to D 128; at D 256 (128 registers
    // of O accumulators already) each k-step reloads its fragment from
    // shared memory instead (one ldmatrix per k-step, no spills).
    constexpr bool QREG = KTD <= 8;
    const uint16_t *const Qw = Qs + wm * kRows * QLD;
    A qf[QREG ? KTD : 1];
    if constexpr (QREG) {
#pragma unroll
      for (int kt = 0; kt < KTD; ++kt) M::load_A(qf[kt], Qw + kt * 16, QLD);
    }
    (void)qf;

    // This lane's two rows (slots): packed row -> (head, query position).
    int slot_i[2], slot_h[2];
    bool slot_ok[2];
#pragma unroll
    for (int s = 0; s < 2; ++s) {
      const int r = row0 + M::slot_row(s);
      slot_ok[s] = r < rows_total;
      const int g = r / a.Sq;
      slot_h[s] = kvh * a.group + g;
      slot_i[s] = r - g * a.Sq;
    }

    // This lane's two mask rows, once a segment (the byte address of key 0,
    // null for a dead row): a tile adds only its keys' offsets, and where
    // the keys are contiguous and a row's start aligned (mpair) reads a
    // lane's two adjacent keys in one load. Per element, the index
    // arithmetic, the dtype switch and the position tests had cost 15% of
    // the unmasked bandwidth (B 64 x 32/8 x 2k; bench/RESULTS.md "Masked
    // decode").
    const char *mrow[2] = {nullptr, nullptr};
    bool mpair[2] = {false, false};
    const int mdt = a.p.mask_dtype;
    if constexpr (MASK) {
      const int esz = dtype_bytes(mdt);
#pragma unroll
      for (int s = 0; s < 2; ++s)
        if (slot_ok[s]) {
          mrow[s] = (const char *)a.p.mask.data + (b * a.p.mask.strides[0] + slot_h[s] * a.p.mask.strides[1] +
                                                   (int64_t)slot_i[s] * a.p.mask.strides[2]) * esz;
          mpair[s] = a.p.mask.strides[3] == 1 && reinterpret_cast<uintptr_t>(mrow[s]) % (2 * esz) == 0;
        }
    }

    C o[NTO];
#pragma unroll
    for (int t = 0; t < NTO; ++t)
#pragma unroll
      for (int l = 0; l < 4; ++l) o[t].x[l] = 0.f;
    float m_run[2] = {neg_inf(), neg_inf()}, l_run[2] = {0.f, 0.f};
    const float fill = a.p.mask_fill;

    for (int kb = kb_begin; kb < kb_end; ++kb, ++it) {
      if (TMA)
        mbar_wait(&bars[it % STAGES], (it / STAGES) & 1); // tile `it` has landed
      else
        async_wait<STAGES - 2>(); // this thread's copies of tile `it` have landed
      if (BLOCK_RING || TMA)
        __syncthreads(); // everyone's have; everyone is done with tile it - 1
      else
        __syncwarp(); // the warp's have; its lanes are done with tile it - 1
      {
        const int nk = kb + STAGES - 1;
        if (nk < kb_end && (!TMA || tid == 0)) issue(nk, (it + STAGES - 1) % STAGES); // tile it - 1's buffer
        async_commit();
      }
      const uint16_t *Kt = sm + (it % STAGES) * Sh::STAGE; // this tile's K, then V
      if (MT > 1 && !live) continue; // a padding m-tile: only the copies and barriers
      const uint16_t *Kw = Kt + wk * kKW * LD;
      const uint16_t *Vw = Kw + Sh::TILE;
      // This tile's mask values, read before the S GEMM so that it hides
      // part of their latency (the dtype branch is uniform).
      float mv[2][4];
      if constexpr (MASK) {
        const int j0 = kb * kBC + wk * kKW + M::c_col(0);
        const int64_t s3 = a.p.mask.strides[3];
        switch (mdt) {
        case ATTNRT_DTYPE_BF16: read_mask_tile<ATTNRT_DTYPE_BF16>(mv, mrow, mpair, j0, a.Sk, s3); break;
        case ATTNRT_DTYPE_F16: read_mask_tile<ATTNRT_DTYPE_F16>(mv, mrow, mpair, j0, a.Sk, s3); break;
        case ATTNRT_DTYPE_F32: read_mask_tile<ATTNRT_DTYPE_F32>(mv, mrow, mpair, j0, a.Sk, s3); break;
        default: read_mask_tile<ATTNRT_DTYPE_BOOL>(mv, mrow, mpair, j0, a.Sk, s3); break;
        }
      }
      (void)mv;

      // ---- S = Q K^T over this warp's 16 keys
      C sc[2];
#pragma unroll
      for (int t = 0; t < 2; ++t)
#pragma unroll
        for (int l = 0; l < 4; ++l) sc[t].x[l] = 0.f;
#pragma unroll
      for (int kt = 0; kt < KTD; ++kt) {
        B b0, b1;
        if (TMA) { // load_B_nk2's lane addresses, swizzled
          uint32_t r[4];
          M::ldm_x4(r, Kt + swz<kBC>(wk * kKW + (lane & 7) + 8 * (lane >> 4), kt * 16 + 8 * ((lane >> 3) & 1)));
          b0.x[0] = r[0]; b0.x[1] = r[1]; b1.x[0] = r[2]; b1.x[1] = r[3];
        } else {
          M::load_B_nk2(b0, b1, Kw + kt * 16, LD);
        }
        if constexpr (QREG) {
          M::mma(sc[0], qf[kt], b0);
          M::mma(sc[1], qf[kt], b1);
        } else {
          A qa;
          M::load_A(qa, Qw + kt * 16, QLD);
          M::mma(sc[0], qa, b0);
          M::mma(sc[1], qa, b1);
        }
      }
      // ---- logits in natural units, masks, online softmax
      const int jw = kb * kBC + wk * kKW;
      constexpr bool BF = std::is_same<T, bf16_t>::value;
      if constexpr (LR) { // rnd_T(rnd_T(q.k) * scale), two elements of a row at once
        const uint32_t sc2 = scale_pair<BF>(a.p.scale);
  #pragma unroll
        for (int t = 0; t < 2; ++t) {
          rounded_logits<BF>(sc[t].x[0], sc[t].x[1], sc2);
          rounded_logits<BF>(sc[t].x[2], sc[t].x[3], sc2);
        }
      } else {
  #pragma unroll
        for (int t = 0; t < 2; ++t)
  #pragma unroll
          for (int l = 0; l < 4; ++l) sc[t].x[l] *= a.p.scale;
      }
      const bool edge = jw + kKW > a.Sk || (causal && jw + kKW - 1 > a.causal_off);
      if (MASK && !edge) { // every key of the warp's 16 is visible: the mask alone
  #pragma unroll
        for (int t = 0; t < 2; ++t)
  #pragma unroll
          for (int l = 0; l < 4; ++l) {
            if (mdt == ATTNRT_DTYPE_BOOL)
              sc[t].x[l] = bool_mask_logit(mv[t][l] != 0.f, sc[t].x[l], fill);
            else if constexpr (LR)
              sc[t].x[l] = rounded_sum<BF>(sc[t].x[l], mv[t][l]);
            else
              sc[t].x[l] = additive_mask_logit(sc[t].x[l], mv[t][l]);
          }
      } else if (MASK || edge) {
  #pragma unroll
        for (int t = 0; t < 2; ++t)
  #pragma unroll
          for (int l = 0; l < 4; ++l) {
            const int s = M::c_slot(l);
            const int j = jw + t * 8 + M::c_col(l);
            // position_logit's order, the mask read only for a visible key
            float v = sc[t].x[l];
            if (j >= a.Sk) {
              v = no_key_logit();
            } else if (causal && causal_hides(j, slot_i[s], a.causal_off)) {
              v = fill;
            } else if (MASK && slot_ok[s]) {
              if (mdt == ATTNRT_DTYPE_BOOL)
                v = bool_mask_logit(mv[t][l] != 0.f, v, fill);
              else if constexpr (LR)
                v = rounded_sum<BF>(v, mv[t][l]);
              else
                v = additive_mask_logit(v, mv[t][l]);
            }
            sc[t].x[l] = v;
          }
      }
      float alpha[2], mu[2];
      bool moved = false;
  #pragma unroll
      for (int s = 0; s < 2; ++s) {
        float mx = fmax_(fmax_(sc[0].x[2 * s], sc[0].x[2 * s + 1]),
                         fmax_(sc[1].x[2 * s], sc[1].x[2 * s + 1]));
        const SoftmaxStep st = softmax_step<true>(m_run[s], M::row_max(mx));
        mu[s] = st.pivot; // an all -inf row so far: p = 0, no NaN
        alpha[s] = st.alpha;
        moved |= alpha[s] != 1.f;
        m_run[s] = st.m;
        l_run[s] *= alpha[s];
      }
  #pragma unroll
      for (int t = 0; t < 2; ++t)
  #pragma unroll
        for (int l = 0; l < 4; ++l) {
          const int s = M::c_slot(l);
          const float p = softmax_exp<true>(sc[t].x[l], mu[s]);
          sc[t].x[l] = p;
          l_run[s] += p;
        }
      if (__any_sync(0xffffffffu, moved)) {
  #pragma unroll
        for (int t = 0; t < NTO; ++t)
  #pragma unroll
          for (int l = 0; l < 4; ++l) o[t].x[l] *= alpha[M::c_slot(l)];
      }
  
      // ---- O += P V over the same 16 keys
      A pa;
      M::c_to_a(pa, sc[0], sc[1]);
  #pragma unroll
      for (int t = 0; t < NTO; t += 2) {
        B b0, b1;
        if (TMA) { // load_B_kn2's lane addresses, swizzled
          uint32_t r[4];
          M::ldm_x4_t(r, Kt + Sh::TILE + swz<kBC>(wk * kKW + (lane & 7) + 8 * ((lane >> 3) & 1), t * 8 + 8 * (lane >> 4)));
          b0.x[0] = r[0]; b0.x[1] = r[1]; b1.x[0] = r[2]; b1.x[1] = r[3];
        } else {
          M::load_B_kn2(b0, b1, Vw + t * 8, LD);
        }
        M::mma(o[t], pa, b0);
        M::mma(o[t + 1], pa, b1);
      }
    }
    timeline_mark(tl, linear_block(), kTlLoop);
    timeline_mark(tl, linear_block(), kTlClkLoop);
    timeline_mark(tl, linear_block(), kTlTiles, it);
    // The dependent launch (the combine, or the stream's next kernel) may be
    // scheduled now; it waits for this whole grid before it reads anything.
    if (last_seg && !(d.arrivals && d.late_trigger)) grid_dependency_launch();
    async_wait<0>();
    __syncthreads(); // the K/V ring becomes the merge buffer

    // ---- merge the warps: O = sum_w e^(m_w - M) o_w / sum_w e^(m_w - M) l_w
    // Only the m-tile's live rows (row0 + r < rows_total: 4 of 16 at GQA
    // group 4, one query) go through shared memory: each warp writes (m, l)
    // and O of those rows, the readers read those rows. OLD = DP + 8 floats
    // puts rows 0-3 of a half-warp's 8-byte stores in distinct banks, and
    // the TPR threads of a row read 4 consecutive dims each, 16 x TPR
    // contiguous bytes per load (no bank conflicts).
    float *ob = (float *)sm;                    // [warp][row][OLD]
    float *mlb = ob + Sh::kWarps * kRows * Sh::OLD; // [warp][row][m, l]
    const int live_rows = rows_total - row0;    // of this warp's m-tile (<= 0: padding; may be > 16)
#pragma unroll
    for (int s = 0; s < 2; ++s) {
      const float ls = M::row_sum(l_run[s]);
      if ((lane & 3) == 0 && M::slot_row(s) < live_rows) {
        mlb[(warp * kRows + M::slot_row(s)) * 2] = m_run[s];
        mlb[(warp * kRows + M::slot_row(s)) * 2 + 1] = ls;
      }
    }
    {
      const bool lo = M::c_row(0) < live_rows, hi = M::c_row(2) < live_rows;
      const bool hi_tile = live_rows > 8; // warp-uniform: rows 8-15 hold a live row
#pragma unroll
      for (int t = 0; t < NTO; ++t)
#pragma unroll
        for (int l = 0; l < 4; l += 2) {
          if (l == 0 ? !lo : !(hi_tile && hi)) continue;
          f32x2 w;
          w.x = o[t].x[l];
          w.y = o[t].x[l + 1];
          *(f32x2 *)(ob + (warp * kRows + M::c_row(l)) * Sh::OLD + t * 8 + M::c_col(l)) = w;
        }
    }
    __syncthreads();
    // TPR threads per row, thread tr on dims 4 tr + 4 TPR c (c < DPT / 4):
    // a warp per row on the one-m-tile kernels (DP / 4 threads at D 64), 8
    // threads a row on the wide-group kernels (80 rows, one pass of 40).
    constexpr int TPR = MT == 1 ? (DP / 4 < 32 ? DP / 4 : 32) : 8;
    constexpr int DPT = DP / TPR; // dims per thread, a multiple of 4
    constexpr int RPP = kThreads / TPR; // rows per pass
    static_assert(DPT % 4 == 0 && kThreads % TPR == 0, "whole quads and rows per pass");
    const int tr = tid % TPR;
    for (int r = tid / TPR; r < kBlockRows; r += RPP) {
      const int gr = qb * kBlockRows + r;
      const int w0 = MT == 1 ? 0 : (r / kRows) * KWN, rr = MT == 1 ? r : r % kRows;
      if (gr >= rows_total) break; // so are the rows after it
      float mw[KWN], fw[KWN], mx = neg_inf();
#pragma unroll
      for (int w = 0; w < KWN; ++w) {
        mw[w] = mlb[((w0 + w) * kRows + rr) * 2];
        mx = fmax_(mx, mw[w]);
      }
      float L = 0.f;
#pragma unroll
      for (int w = 0; w < KWN; ++w) {
        fw[w] = merge_scale(mw[w], mx, kLog2e);
        L += fw[w] * mlb[((w0 + w) * kRows + rr) * 2 + 1];
      }
      float acc[DPT]; // acc[4 c + k]: dim 4 tr + 4 TPR c + k
#pragma unroll
      for (int e = 0; e < DPT; ++e) acc[e] = 0.f;
#pragma unroll
      for (int w = 0; w < KWN; ++w)
#pragma unroll
        for (int e = 0; e < DPT; e += 4) {
          const u32x4 x = *(const u32x4 *)(ob + ((w0 + w) * kRows + rr) * Sh::OLD + 4 * tr + TPR * e);
          acc[e] += fw[w] * __uint_as_float(x.x);
          acc[e + 1] += fw[w] * __uint_as_float(x.y);
          acc[e + 2] += fw[w] * __uint_as_float(x.z);
          acc[e + 3] += fw[w] * __uint_as_float(x.w);
        }
      const int g = gr / a.Sq, i = gr - g * a.Sq, h = kvh * a.group + g;
      if (d.direct) {
        const float inv = row_inv_sum(L, empty_row_value(a.empty_nan));
        const int64_t orow = b * a.p.o.strides[0] + h * a.p.o.strides[1] + (int64_t)i * a.p.o.strides[2];
        void *const og = const_cast<void *>(a.p.o.data);
#pragma unroll
        for (int e = 0; e < DPT; e += 2) {
          const int dd = 4 * tr + TPR * (e & ~3) + (e & 3); // increasing in e
          if (dd >= a.Dv) break;
          const float v0 = acc[e] * inv, v1 = acc[e + 1] * inv; // Dv % 8 == 0: pairs stay inside
          if (a.vec_o) {
            if (a.p.out_dtype == ATTNRT_DTYPE_F32) {
              f32x2 w;
              w.x = v0;
              w.y = v1;
              *(f32x2 *)((float *)og + orow + dd) = w;
            } else {
              *(uint32_t *)((uint16_t *)og + orow + dd) =
                  a.p.out_dtype == ATTNRT_DTYPE_F16 ? Cvt<f16_t>::pack2(v0, v1) : Cvt<bf16_t>::pack2(v0, v1);
            }
          } else {
            store_from_f32(og, orow + dd * a.p.o.strides[3], a.p.out_dtype, v0);
            store_from_f32(og, orow + (dd + 1) * a.p.o.strides[3], a.p.out_dtype, v1);
          }
        }
        if (d.lse && tr == 0)
          d.lse[b * d.ls[0] + h * d.ls[1] + (int64_t)i * d.ls[2]] = log_sum_exp<LseLog::Libm>(mx, L);
      } else {
        const int64_t row = ((int64_t)b * a.Hq + h) * a.Sq + i;
        const float inv = row_inv_sum(L, 0.f); // an empty row's partial: zeros
        // This piece, then (stream-K, the unit's last piece) the unused slots
        // after it as empty pieces: O = 0, m = -inf, l = 0.
        const int slots_end = unit_done ? d.sk_pieces : piece + 1;
        for (int sl = piece; sl < slots_end; ++sl) {
          const bool mine = sl == piece;
          const int64_t prow = (int64_t)sl * a.rows_all + row;
          float *po = a.part_o + prow * a.Dv;
#pragma unroll
          for (int e = 0; e < DPT; e += 4) {
            const int dd = 4 * tr + TPR * e; // increasing in e
            if (dd >= a.Dv) break; // Dv % 8 == 0: quads stay inside
            u32x4 w;
            w.x = __float_as_uint(mine ? acc[e] * inv : 0.f);
            w.y = __float_as_uint(mine ? acc[e + 1] * inv : 0.f);
            w.z = __float_as_uint(mine ? acc[e + 2] * inv : 0.f);
            w.w = __float_as_uint(mine ? acc[e + 3] * inv : 0.f);
            *(u32x4 *)(po + dd) = w;
          }
          if (tr == 0) {
            a.part_ml[2 * prow] = mine ? mx : neg_inf();
            a.part_ml[2 * prow + 1] = mine ? L : 0.f;
          }
        }
      }
    }
    if (d.arrivals) { // grid schedule, several splits: the unit's last block combines
      // Every thread's partial stores are ordered (device scope) before
      // the block's arrival; the arrival that completes the count is the
      // last, and its block then reads every piece of the unit.
      __threadfence();
      __syncthreads();
      int last = 0;
      if (tid == 0) {
        int *const ctr = d.arrivals + ((int64_t)b * a.Hkv + kvh) * d.qblocks + qb;
        last = atomic_add_acq_rel(ctr, 1) == a.num_splits - 1;
        if (last) *ctr = 0; // every block of the unit has arrived: zero for the stream's next call
      }
      if (__syncthreads_or(last)) { // after the segment loop (the grid schedule has one segment)
        comb_b = b;
        comb_kvh = kvh;
        comb_qb = qb;
      }
    }
    if (!last_seg) {
      if (TMA) fence_proxy_async(); // this thread's merge-buffer writes before the next tiles' copies
      __syncthreads(); // every merge read done: the ring takes the next segment's tiles
    }
  }
  if (comb_b >= 0) { // this block arrived last at its unit: merge the unit's partials
    __threadfence();
    combine_unit<WARPS>(a, d, comb_b, comb_kvh, comb_qb * kBlockRows,
                        imin(rows_total, (comb_qb + 1) * kBlockRows), (float *)sm, warp, lane);
  }
  if (PROBE && tl) {
    __syncthreads(); // every thread's stores issued
    timeline_mark(tl, linear_block(), kTlExit);
  }
#endif
}

// Whether Q's rows can be read in 16-byte chunks (DnArgs::q_vec): the head
// dim contiguous and a multiple of 8, every row start 16-byte aligned.
bool q_vec_ok(const attnk_problem *p) { return aligned16_rows(p->q) && p->head_dim % 8 == 0; }

// The head-dim bucket whose kernels run `p`: max(D, Dv) padded to 64, 128
// or 256; buckets 32 and 96 run the 64 and 128 kernels, which read columns
// past D (Dv) as zeros (cp.async: predicated off; TMA: outside the map), so
// a D 96 stream reads 96 columns, not 128 (Phi-3's D 96 decode on B 1 x
// 64k keys went to sm90-wgmma at 0.37x cuDNN); bucket 192 runs the D 256
// kernels where d256_ok takes it.
int dp_of(const attnk_problem *p) {
  const int b = dp_bucket(p->head_dim > p->head_dim_v ? p->head_dim : p->head_dim_v);
  return b == 32 ? 64 : b == 96 ? 128 : b == 192 ? 256 : b;
}

int env_int(const char *name) {
  const char *e = std::getenv(name);
  return e ? std::atoi(e) : 0;
}

// Experiment knobs (bench/gpu/decode_variants.py): ATTN_DECODE_NV_SPLITS
// (a fixed split count), ATTN_DECODE_NV_RING=0|1|2 (per-warp, block or TMA
// ring), ATTN_DECODE_NV_STAGES, ATTN_DECODE_NV_WARPS=8 (8-warp blocks of
// 128-key tiles), ATTN_DECODE_NV_PDL=0 (plain launches), ATTN_DECODE_NV_SK=1
// (stream-K: one wave of blocks, each a contiguous run of key tiles over the
// units; SK=N > 1: at most N blocks, which tests use to get blocks that span
// several units), and for the TMA ring ATTN_DECODE_NV_EVICT=0|1 (L2 evict-first K/V loads
// off / on; default: decode_nv_evict_first),
// ATTN_DECODE_NV_ORDER=1 (K's boxes of a tile, then V's), ATTN_DECODE_NV_L2P=0-3
// (the tensor maps' L2 promotion: none, 64, 128, 256 bytes), and
// ATTN_DECODE_NV_D256=0 (read once: D 256 problems go to the kernels they
// went to before this kernel took them), ATTN_DECODE_NV_MT=1 (16-row blocks for every group, no wide-group kernel;
// the ring, warps and stages knobs pick among the 16-row kernels); a combination
// that has no instantiation runs the default. ATTN_DECODE_NV_FUSE=0: the
// combine kernel after the grid merges the splits; FUSE=1: on the 16-row
// kernels, the last block of each unit does, where stream_arrivals gives
// counters, whatever the key tiles per block (default: up to kFuseMaxTiles); ATTN_DECODE_NV_TRIG=1: with the in-kernel merge, the split
// kernel does not trigger the stream's next kernel after its key loop (it is
// released as the blocks exit). ATTN_DECODE_NV_COMB=1: merge_row (all loads
// of a row in flight at once) in the combine kernel after any grid; COMB=0:
// the caller's decode_combine_kernel after every grid (default: merge_row
// after the 16-row kernels only). ATTN_DECODE_NV_TIMELINE=ADDR
// (measurement): ADDR, the device address of kTlStride 8-byte entries per
// block of the split grid and then of the combine grid, receives their
// DnTimeline records (bench/gpu/decode_timeline.py); twins of the 8-warp D
// 128 TMA ring without a mask and of the merge_row combine kernel record
// them, other kernels run as they are. ATTN_DECODE_NV_PREF=0|1|2: 0 as
// before (the combine kernel never triggers, no L2 prefetch), 1 the merge_row
// combine triggers the stream's next kernel after its dependency wait, 2 that
// and every TMA-ring grid's blocks ask L2 for their first tiles before their
// own wait (default: 2). ATTN_DECODE_NV_QVEC=0|1: Q's 16-byte chunks loaded
// all at once where Q's layout allows (DnArgs::q_vec) off / on (default:
// decode_nv_vector_q). Read once, or at every call
// while ATTN_DECODE_NV_TUNING is set (so one process can time several
// settings).
struct Knobs {
  int splits, warps, ring, stages; // ring -1, stages 0: the default
  bool pdl;
  int sk; // 0 off, 1 one wave, N > 1 at most N blocks
  int evict; // L2 evict-first K/V loads: 1 on, 0 off, -1 the default (decode_nv_evict_first)
  bool order;
  int l2p; // CUtensorMapL2promotion
  int mt;  // 1: never the wide-group kernels; else where a group has > 32 rows
  int fuse; // the unit's last block combines: 1 always, 0 never (the combine kernel), -1 the default
  bool late_trigger; // with the in-kernel merge: no trigger after the key loop
  int comb; // the combine kernel: 1 merge_row after any grid, 0 the caller's, -1 the default (decode_nv_launch)
  int pref; // 0 neither, 1 the combine's early trigger, 2 that and the L2 prefetch of the first tiles
  int qvec; // Q's chunks at once (DnArgs::q_vec): 1 on, 0 off, -1 the default (decode_nv_vector_q)
  unsigned long long *timeline; // DnArgs::timeline (a device address), or null
};
Knobs read_knobs() {
  const char *pdl = std::getenv("ATTN_DECODE_NV_PDL");
  const char *ring = std::getenv("ATTN_DECODE_NV_RING");
  const char *fuse = std::getenv("ATTN_DECODE_NV_FUSE");
  const char *comb = std::getenv("ATTN_DECODE_NV_COMB");
  const char *evict = std::getenv("ATTN_DECODE_NV_EVICT");
  const char *tl = std::getenv("ATTN_DECODE_NV_TIMELINE");
  // No L2 promotion by default: each 64-column box reads its own 128-byte
  // half rows; the 256-byte promotion (the shared map's default) gave 4-5%
  // less on every D 128 decode row (bench/RESULTS.md, decode run 11).
  const char *l2p = std::getenv("ATTN_DECODE_NV_L2P");
  const int l2 = l2p ? std::atoi(l2p) : (int)CU_TENSOR_MAP_L2_PROMOTION_NONE;
  const char *pref = std::getenv("ATTN_DECODE_NV_PREF");
  const char *qvec = std::getenv("ATTN_DECODE_NV_QVEC");
  return {env_int("ATTN_DECODE_NV_SPLITS"),
          env_int("ATTN_DECODE_NV_WARPS"),
          ring ? std::atoi(ring) : -1,
          env_int("ATTN_DECODE_NV_STAGES"),
          !(pdl && pdl[0] == '0'),
          env_int("ATTN_DECODE_NV_SK"),
          evict ? (std::atoi(evict) != 0 ? 1 : 0) : -1,
          env_int("ATTN_DECODE_NV_ORDER") != 0,
          l2 >= 0 && l2 <= 3 ? l2 : (int)CU_TENSOR_MAP_L2_PROMOTION_NONE,
          env_int("ATTN_DECODE_NV_MT"),
          fuse ? (fuse[0] == '0' ? 0 : 1) : -1,
          env_int("ATTN_DECODE_NV_TRIG") == 1,
          comb ? (comb[0] == '0' ? 0 : 1) : -1,
          pref ? std::atoi(pref) : 2,
          qvec ? (std::atoi(qvec) != 0 ? 1 : 0) : -1,
          tl ? (unsigned long long *)(uintptr_t)std::strtoull(tl, nullptr, 0) : nullptr};
}
Knobs knobs() {
  static const bool live = std::getenv("ATTN_DECODE_NV_TUNING") != nullptr;
  static const Knobs fixed = read_knobs();
  return live ? read_knobs() : fixed;
}

// The instantiations. Defaults (bench/RESULTS.md, issue 12 decode run 10):
// D == Dv == 128: TMA ring of 8 warps and 128-key tiles, 3 stages (197 KB,
// 1 block per multiprocessor); other D 128: block ring (all 128 threads
// cp.async each 64-key tile, a __syncthreads per tile), 3 stages (104 KB, 2
// blocks); D 64: per-warp rings, 4 stages (74 KB, 3 blocks). Each with and
// without a mask, f16 and bf16, and the 4-warp TMA ring (3 stages, 101 KB,
// 2 blocks). For comparison runs
// (bf16, no mask): the other cp.async ring at each head dim, an 8-warp block
// ring of 128-key tiles at D 128 (208 KB, 1 block), a TMA ring of 6 stages
// (1 block).
// The wide-group kernels: m-tiles per block, and ring stages at D 64 (block
// ring, 32-key tiles of 9 KB: 7 in flight) and D 128 (TMA ring, 16 KB: 5 in
// flight), so that one block per multiprocessor (320 threads of ~128-171
// registers) keeps ~64-80 KB of K/V in flight, as the default kernels do.
constexpr int kWideMT = 5;
constexpr int kWideStages64 = 8;
constexpr int kWideStages128 = 6;
// D == Dv == 256 (Gemma): the TMA ring of 4 warps, 64-key tiles of 64 KB
// (K + V), 3 stages (202 KB with Q, 1 block per multiprocessor): the bytes
// per stage and in flight of the D 128 default (8 warps x 16 keys x 256 B).
constexpr int kStages256 = 3;

struct Variant {
  int dtype, dp, stages;
  bool mask;
  int ring, warps, mt;
  const void *kern;
  int smem;
  bool lr; // logit_rounding in the operand type (only such problems run it)
  bool probe; // records ATTN_DECODE_NV_TIMELINE (probe_variant)
  int bc() const { return warps / mt * kKW; }
  int threads() const { return warps * 32; }
  int block_rows() const { return mt * kRows; }
};

template <class T, int DP, int S, bool MASK, int RING, int W = 4, int MT = 1, bool LR = false, bool PROBE = false>
Variant make_variant() {
  return {std::is_same<T, f16_t>::value ? ATTNRT_DTYPE_F16 : ATTNRT_DTYPE_BF16, DP, S, MASK, RING, W, MT,
          (const void *)decode_nv_kernel<T, DP, S, MASK, RING, W, MT, LR, PROBE>,
          DnShape<DP, S, W, RING, MT>::SMEM_BYTES, LR, PROBE};
}

template <class T, bool MASK> void add_defaults(Variant *v, int &n) {
  v[n++] = make_variant<T, 128, 3, MASK, kBlockRing>();
  v[n++] = make_variant<T, 64, 4, MASK, kWarpRing>();
  v[n++] = make_variant<T, 128, 3, MASK, kTmaRing>();
  v[n++] = make_variant<T, 128, 3, MASK, kTmaRing, 8>();
}
// Wide groups (more than 32 packed rows, no mask): 5 m-tiles x 2 key warps
// per block, so the 80 rows of up to 5 row blocks share each K/V tile.
template <class T> void add_wide(Variant *v, int &n) {
  v[n++] = make_variant<T, 64, kWideStages64, false, kBlockRing, 2 * kWideMT, kWideMT>();
  v[n++] = make_variant<T, 128, kWideStages128, false, kTmaRing, 2 * kWideMT, kWideMT>();
}
// D == Dv == 256 without logit rounding, with and without a mask
// (decode_nv_eligible).
// A ring of 2 warps on 32-key tiles, 3 stages (105 KB: two blocks per SM,
// one block's ramp under the other's stream) measured even with it once Q's
// chunks load at once (+0.3, 0.0, -0.05% on 64 x 64/8 x 1510, 64 x 64/8 x
// 4096, 32 x 16/8 x 3000; bench/gpu/DECODE_NOTES.md "D 256 GQA decode at
// parity: the Q loop"): not kept.
template <class T> void add_d256(Variant *v, int &n) {
  v[n++] = make_variant<T, 256, kStages256, false, kTmaRing>();
  v[n++] = make_variant<T, 256, kStages256, true, kTmaRing>();
}
// logit_rounding (HF eager decode in f16/bf16): the default rings
// (default_variant, cp_async_variant), the logits rounded in the operand type.
template <class T, bool MASK> void add_rounded(Variant *v, int &n) {
  v[n++] = make_variant<T, 128, 3, MASK, kBlockRing, 4, 1, true>();
  v[n++] = make_variant<T, 64, 4, MASK, kWarpRing, 4, 1, true>();
  v[n++] = make_variant<T, 128, 3, MASK, kTmaRing, 8, 1, true>();
}

// D == Dv == 64 on a TMA ring (tma64_ok): 8 warps, 128-key tiles of one
// 64-column box each for K and V (32 KB a stage), 6 stages (1 block per SM;
// the default, kStagesTma64) or 3 (2 blocks: the short-key default,
// decode_nv_short_key_ring; ATTN_DECODE_NV_RING=2 WARPS=8 STAGES=3): the
// bytes in flight per SM of the D 128 default, where the D 64
// per-warp cp.async rings stream at ~3.6-3.8 TB/s (B 2, 16/16 heads, 54.5k keys);
// with and without a mask.
template <class T, bool MASK> void add_tma64(Variant *v, int &n) {
  v[n++] = make_variant<T, 64, 6, MASK, kTmaRing, 8>();
  v[n++] = make_variant<T, 64, 3, MASK, kTmaRing, 8>();
}

// The timeline's twin of the default D 128 TMA ring (no mask).
template <class T> void add_probe(Variant *v, int &n) {
  v[n++] = make_variant<T, 128, 3, false, kTmaRing, 8, 1, false, true>();
}

constexpr int kNumVariants = 4 * 4 + 4 + 2 * 2 + 4 * 3 + 2 * 2 + 2 + 2 * 2 + 2 * 2;
const Variant *variants() {
  static const struct Table {
    Variant v[kNumVariants];
    Table() {
      int n = 0;
      add_defaults<f16_t, false>(v, n);
      add_defaults<f16_t, true>(v, n);
      add_defaults<bf16_t, false>(v, n);
      add_defaults<bf16_t, true>(v, n);
      v[n++] = make_variant<bf16_t, 128, 3, false, kWarpRing>();
      v[n++] = make_variant<bf16_t, 64, 4, false, kBlockRing>();
      v[n++] = make_variant<bf16_t, 128, 3, false, kBlockRing, 8>();
      v[n++] = make_variant<bf16_t, 128, 6, false, kTmaRing>();
      add_wide<f16_t>(v, n);
      add_wide<bf16_t>(v, n);
      add_rounded<f16_t, false>(v, n);
      add_rounded<f16_t, true>(v, n);
      add_rounded<bf16_t, false>(v, n);
      add_rounded<bf16_t, true>(v, n);
      add_d256<f16_t>(v, n);
      add_d256<bf16_t>(v, n);
      add_probe<f16_t>(v, n);
      add_probe<bf16_t>(v, n);
      add_tma64<f16_t, false>(v, n);
      add_tma64<bf16_t, false>(v, n);
      add_tma64<f16_t, true>(v, n);
      add_tma64<bf16_t, true>(v, n);
    }
  } table;
  return table.v;
}

// Whether D == Dv == 128 runs the TMA ring by default (else the block ring),
// and its warps per block: 4 warps / 64-key tiles gave +1.3-3.4% TB/s over
// the block ring on the D 128 decode rows of the real-model sweep, 8 warps /
// 128-key tiles another +0-4% (bench/RESULTS.md, issue 12 decode run 10).
constexpr bool kTmaDefault = true;
constexpr int kTmaWarps = 8;
// D == Dv == 64 (tma64_ok): the 6-stage TMA ring of add_tma64 (bench/gpu/DECODE_NOTES.md,
// "D 64 MHA decode on a TMA ring": +10-13% over the per-warp rings on MHA rows).
constexpr int kStagesTma64 = 6;
// Short keys (issue 12: seed 5's R4, 128 x 28/4 x 1105 keys, D 64; models row 38, 64 x 32/8 x
// 1k, D 128): a call of many short blocks (one split, 8-16 key tiles each, 2-4 waves) pays each
// block's first-tile latency and drain on an SM that holds one block; rings of two blocks per
// SM overlap one block's ramp with the other's stream. Where that ring would be split (few
// units: the cost model splits to fill its slots) it loses to the 1-block ring (the partials
// and the combine): 32 x 28/4 x 4k D 64 -3 to -5%, 48 x 32/8 x 1k D 128 -5 to -8%. H200, same
// process, TB/s against the 1-block ring, per process (bench/gpu/DECODE_NOTES.md "Short-key
// decode: two blocks per SM", call 2; bf16 x 2, f16): D 64 R4 +31%, 64 x 32/8 x 2k +10%; D 128
// 64 x 32/8 x 1k (row 38) -0.2 to +1.5%, 128 x 32/8 x 1k +6.6 to +7.5%, 128 x 20/20 x 677
// +6.6 to +6.9%. Not taken: 8 x 32/8 x 8k D 64 (split either way) +0.3 to +0.8%.
// D 128 past 1024 keys (call 3, bf16 x 2, f16 x 2, 4-warp against 8-warp ring, one split):
// 64 x 20/20 x 1059 +7.0 to +7.3%, 32 x 32/32 x 2k +1.8 to +2.2%, 64 x 32/8 x 2k -0.3 to
// +1.1%; from 4k not every row gains: 30 x 32/8 x 4k -0.8 to +1.3%, row 31 (8k) -0.4 to
// -0.7%, 60 x 32/8 x 8k -1.0 to -2.6% (128 x 40/8 x 5281 +1.7 to +2.0%, rows 30 and
// 32 x 32/32 x 4k even or ahead, 16k -0.4 to 0%).
// Which of the two rings (decode_nv_short_key_ring): the one with the lower modelled time at its
// best split count, each on its own tiles and slots (a split two-block ring can still win: 20 x
// 32/8 x 1800 D 128 on the model's 3 splits +12%; 40 x 28/4 x 2k +2-4%), and a masked D 64 problem
// at any length, whose mask reads one block per SM leaves exposed (16 x 20/20 x 1500 +33%, 48 x
// 12/12 x 2k +39%, 8 x 16/16 x 16k +11%, 2 x 16/16 x 54.5k +11%). H200, same process, bf16 and f16
// (bench/gpu/DECODE_NOTES.md "The two-block rings by the split model", calls T3, T4): unmasked D 64
// at 1500-2048 keys +3 to +6%; the rows the 1-block ring keeps measured ahead on it: 48 x 32/8 x
// 1536 D 128 +4-7%, 24 x 32/8 x 2k +3%, masked 16 x 32/8 x 4k D 128 +8%.
constexpr int64_t kTma64ThreeStageMaxKeys = 2048;
constexpr int64_t kTma128FourWarpMaxKeys = 2048;
// Whether head-dim bucket dp's 2-block ring may take the shape at all (the
// cost model decides, decode_nv_short_key_ring): one query row, at most the
// ring's key bound, or a masked D 64 problem at any length.
bool two_block_shape(int dp, int64_t seq_q, int64_t seq_k, bool masked) {
  const int64_t bound = dp == 64 ? kTma64ThreeStageMaxKeys : dp == 128 ? kTma128FourWarpMaxKeys : 0;
  return seq_q == 1 && (seq_k <= bound || (masked && dp == 64));
}

int find_variant(const attnk_problem *p, int ring, int stages, int warps = 4, int mt = 1) {
  const int dp = dp_of(p);
  const bool mask = p->mask.data != nullptr;
  const bool lr = rounds_logits(p);
  const Variant *v = variants();
  for (int i = 0; i < kNumVariants; ++i)
    if (v[i].dtype == p->dtype && v[i].dp == dp && v[i].mask == mask && v[i].ring == ring &&
        v[i].warps == warps && v[i].stages == stages && v[i].mt == mt && v[i].lr == lr && !v[i].probe)
      return i;
  return -1;
}
// The timeline's twin of variant `vi` (-1: none).
int probe_variant(int vi) {
  if (vi < 0) return -1;
  const Variant *v = variants();
  for (int i = 0; i < kNumVariants; ++i)
    if (v[i].probe && v[i].dtype == v[vi].dtype && v[i].dp == v[vi].dp && v[i].mask == v[vi].mask &&
        v[i].ring == v[vi].ring && v[i].warps == v[vi].warps && v[i].stages == v[vi].stages &&
        v[i].mt == v[vi].mt && v[i].lr == v[vi].lr)
      return i;
  return -1;
}
// The cp.async kernel for `p` (also where no tensor map can be made).
int cp_async_variant(const attnk_problem *p) {
  if (dp_of(p) == 256) return -1; // the TMA ring only
  return dp_of(p) == 128 ? find_variant(p, kBlockRing, 3) : find_variant(p, kWarpRing, 4);
}
// Whether the current device has compute capability 9.0 or more (TMA,
// programmatic dependent launch); once per device.
bool device_sm90() {
  static std::atomic<int> cc[kMaxDevices]; // major version
  int dev = 0, major = 0;
  if (cudaGetDevice(&dev) != cudaSuccess || dev < 0 || dev >= kMaxDevices) {
    cudaGetLastError();
    return false;
  }
  if (!(major = cc[dev].load(std::memory_order_relaxed))) {
    if (cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, dev) != cudaSuccess) {
      cudaGetLastError();
      return false;
    }
    cc[dev].store(major, std::memory_order_relaxed);
  }
  return major >= 9;
}
// The current device's multiprocessors (0 where it cannot be read); once
// per device.
int device_sms() {
  static std::atomic<int> sms[kMaxDevices];
  int dev = 0, n = 0;
  if (cudaGetDevice(&dev) != cudaSuccess || dev < 0 || dev >= kMaxDevices) {
    cudaGetLastError();
    return 0;
  }
  if (!(n = sms[dev].load(std::memory_order_relaxed))) {
    if (cudaDeviceGetAttribute(&n, cudaDevAttrMultiProcessorCount, dev) != cudaSuccess || n < 1) {
      cudaGetLastError();
      return 0;
    }
    sms[dev].store(n, std::memory_order_relaxed);
  }
  return n;
}
// Whether K's and V's rows start at 32-byte steps (key strides multiples of
// 16 elements), so that a TMA ring's row boxes start on DRAM sectors: rows
// of 80 bytes (D 40) streamed 30% slower on the D 64 TMA ring than on the
// per-warp rings, of 112 bytes (D 56) 6%; 64, 96, 160, 192 and 224 bytes
// (D 32, 48, 80, 96, 112) 2-72% faster (H200, same process, bf16 and f16;
// bench/gpu/DECODE_NOTES.md "Padded head dims on the decode kernel").
bool rows_at_sectors(const attnk_problem *p) {
  return p->k.strides[2] % 16 == 0 && p->v.strides[2] % 16 == 0;
}
// The TMA ring: D == Dv in 65..128 (the 128 kernels; the boxes' columns
// past D are outside the map, zeros), rows at sector steps, on a device of
// compute capability 9.0+.
bool tma_ok(const attnk_problem *p) {
  return dp_of(p) == 128 && p->head_dim == p->head_dim_v && rows_at_sectors(p) && device_sm90();
}
// The D 256 kernel (a TMA ring only): D == Dv == 256, no logit rounding,
// compute capability 9.0+; off with ATTN_DECODE_NV_D256=0 (the problem then
// goes to the kernels it went to before). D == Dv of 136-248 (bucket 192
// and the D 256 bucket's narrower dims) only where the kernel table has no
// better kernel: one query head per KV head (groups go to sm90-packgqa,
// which splits its keys) on fewer (batch, head) pairs than half the
// multiprocessors, where sm90-wgmma's one-row tiles leave most of them idle
// (1 x 16/16 x 32k D 192: 1.0 -> 3.75 TB/s). On more pairs its tiles fill
// the device and stream faster than this kernel, which computes 256
// columns whatever D is (8 x 16/16 x 8k D 160: 4.22 against 3.56 TB/s).
bool d256_ok(const attnk_problem *p) {
  static const bool off = [] {
    const char *e = std::getenv("ATTN_DECODE_NV_D256");
    return e && e[0] == '0';
  }();
  if (off || dp_of(p) != 256 || p->head_dim != p->head_dim_v || rounds_logits(p) || !device_sm90()) return false;
  if (p->head_dim == 256) return true;
  return p->heads_q == p->heads_kv && rows_at_sectors(p) && 2 * p->batch * p->heads_q < device_sms();
}
// The D 64 TMA ring (add_tma64, the D 64 default): D == Dv <= 64 (columns
// past D zeros, as tma_ok), rows at sector steps, with or without a mask,
// no logit rounding, compute capability 9.0+.
bool tma64_ok(const attnk_problem *p) {
  return dp_of(p) == 64 && p->head_dim == p->head_dim_v && rows_at_sectors(p) && !rounds_logits(p) &&
         device_sm90();
}
// Whether a TMA ring variant of head-dim bucket `dp` takes `p`.
bool tma_shape_ok(const attnk_problem *p, int dp) {
  return dp == 256 ? d256_ok(p) : dp == 64 ? tma64_ok(p) : tma_ok(p);
}
// The query rows a (batch, KV head) block packs: its group's query heads
// times Sq (K/V read once per KV head).
int64_t packed_rows(const attnk_problem *p) { return p->heads_q / p->heads_kv * p->seq_q; }

// The work units of blocks of `block_rows` packed rows: (batch, KV head,
// row block) triples, which the split-KV choices divide among the SMs.
int64_t work_units(const attnk_problem *p, int64_t block_rows) {
  return p->batch * p->heads_kv * ((packed_rows(p) + block_rows - 1) / block_rows);
}

// The wide-group kernel for `p` (-1: none): more than 32 packed rows per
// (batch, KV head), i.e. at least 3 row blocks of 16 that would each read
// the K/V tiles again (MQA: Falcon's 71 query heads on one KV head), no
// mask; D 64, or D = Dv = 128 where the TMA ring runs. Rows 17-32 keep the
// 16-row blocks (not measured).
int wide_variant(const attnk_problem *p) {
  if (p->heads_kv < 1 || p->mask.data) return -1;
  if (packed_rows(p) <= 2 * kRows) return -1;
  if (dp_of(p) == 64) return find_variant(p, kBlockRing, kWideStages64, 2 * kWideMT, kWideMT);
  if (tma_ok(p)) return find_variant(p, kTmaRing, kWideStages128, 2 * kWideMT, kWideMT);
  return -1;
}
int blocks_per_sm(int vi);
int default_variant(const attnk_problem *p) {
  if (dp_of(p) == 256) return d256_ok(p) ? find_variant(p, kTmaRing, kStages256) : -1;
  if (knobs().mt != 1) {
    const int w = wide_variant(p);
    if (w >= 0) return w;
  }
  // The ring of two blocks per multiprocessor where decode_nv_short_key_ring
  // takes it over the 1-block ring (no 4-warp TMA ring rounds logits: those
  // keep 8 warps); the cheap tests first (every call's host path comes here).
  const bool short_keys = two_block_shape(dp_of(p), p->seq_q, p->seq_k, p->mask.data != nullptr);
  auto two_blocks = [&](int two, int one) {
    if (two < 0 || one < 0 || p->heads_kv < 1) return false;
    const int64_t sms = device_sms() > 0 ? device_sms() : 1;
    const int per2 = blocks_per_sm(two), per1 = blocks_per_sm(one);
    if (per2 < 1 || per1 < 1) return false;
    return decode_nv_short_key_ring(dp_of(p), p->seq_q, p->seq_k, p->mask.data != nullptr, work_units(p, kRows),
                                    {variants()[two].bc(), sms * per2}, {variants()[one].bc(), sms * per1});
  };
  if (kTmaDefault && tma_ok(p)) {
    const int w8 = find_variant(p, kTmaRing, 3, kTmaWarps);
    const int w4 = short_keys ? find_variant(p, kTmaRing, 3, 4) : -1;
    return short_keys && two_blocks(w4, w8) ? w4 : w8;
  }
  if (kTmaDefault && tma64_ok(p)) {
    const int t6 = find_variant(p, kTmaRing, kStagesTma64, kTmaWarps);
    const int t3 = short_keys ? find_variant(p, kTmaRing, 3, kTmaWarps) : -1;
    return short_keys && two_blocks(t3, t6) ? t3 : t6;
  }
  return cp_async_variant(p);
}

// Tests only (decode_nv_force_variant): the variant every launch of this
// thread runs, -1 none; and the variant the last launch of this thread ran.
thread_local int g_forced_variant = -1;
thread_local int g_last_variant = -1;

// Whether variant `vi` computes `p`: its dtype, head-dim bucket, mask and
// logit rounding, and for the TMA rings the shapes they take (tma_ok,
// d256_ok).
bool variant_runs(const attnk_problem *p, int vi) {
  if (vi < 0 || vi >= kNumVariants) return false;
  const Variant &v = variants()[vi];
  return v.dtype == p->dtype && v.dp == dp_of(p) && v.mask == (p->mask.data != nullptr) &&
         v.lr == rounds_logits(p) && (v.ring != kTmaRing || tma_shape_ok(p, v.dp));
}

// The variant that runs `p`: the default for its head-dim bucket, or the one
// the knobs ask for where it exists. The TMA ring needs D == Dv
// (tma_shape_ok).
int pick(const attnk_problem *p) {
  if (g_forced_variant >= 0) return variant_runs(p, g_forced_variant) ? g_forced_variant : -1;
  const Knobs kn = knobs();
  const int dflt = default_variant(p);
  if (dflt < 0 || (kn.ring < 0 && kn.warps <= 0 && kn.stages <= 0)) return dflt;
  const Variant *v = variants();
  const int ring = kn.ring >= 0 ? kn.ring : v[dflt].ring;
  const int warps = kn.warps > 0 ? kn.warps : 4;
  if (ring == kTmaRing && !tma_shape_ok(p, v[dflt].dp)) return dflt;
  for (int i = 0; i < kNumVariants; ++i)
    if (v[i].dtype == v[dflt].dtype && v[i].dp == v[dflt].dp && v[i].mask == v[dflt].mask &&
        v[i].lr == v[dflt].lr && v[i].ring == ring && v[i].warps == warps && v[i].mt == 1 && !v[i].probe &&
        (kn.stages <= 0 || v[i].stages == kn.stages))
      return i;
  return dflt;
}

// A 4-D map over K or V as (D, Sk, Hkv, B) with boxes of 64 columns x `rows`
// keys, 128-byte swizzle; keys past Sk read as zeros. False where the copy
// engine cannot address the tensor (strides not multiples of 16 bytes).
// A map is a pure function of its arguments (the global address among
// them), so the last kTileMaps maps each thread made are kept, keyed by all
// of them: a call reuses its operands' maps where an earlier call (or its
// own eligibility check: d256_launchable) made them, instead of another
// cuTensorMapEncodeTiled. A new address, shape, stride, box or promotion
// is a new key; no entry outlives its thread.
struct TileMapKey {
  const void *data;
  int64_t strides[3], D, S, H, B;
  int rows, l2p, bf16;
};
struct TileMapSlot {
  TileMapKey key;
  bool used, ok;
  CUtensorMap map;
};
constexpr int kTileMaps = 8;
bool make_tile_map(CUtensorMap *m, const attnk_tensor &t, const attnk_problem *p, int rows, int l2p) {
  if (!aligned16_rows(t)) return false;
  TileMapKey key;
  std::memset(&key, 0, sizeof(key)); // padding too: keys compare as bytes
  key.data = t.data;
  for (int i = 0; i < 3; ++i) key.strides[i] = t.strides[i];
  key.D = p->head_dim;
  key.S = p->seq_k;
  key.H = p->heads_kv;
  key.B = p->batch;
  key.rows = rows;
  key.l2p = l2p;
  key.bf16 = p->dtype == ATTNRT_DTYPE_BF16;
  thread_local TileMapSlot slots[kTileMaps];
  thread_local int next = 0;
  for (TileMapSlot &s : slots)
    if (s.used && std::memcmp(&s.key, &key, sizeof(key)) == 0) {
      if (s.ok) *m = s.map;
      return s.ok;
    }
  TileMapSlot &s = slots[next];
  next = (next + 1) % kTileMaps;
  s.ok = tma::make_bshd_map(&s.map, t.data, key.bf16, p->head_dim, p->seq_k, p->heads_kv, p->batch,
                            t.strides, rows, (CUtensorMapL2promotion)l2p);
  s.key = key;
  s.used = true;
  if (s.ok) *m = s.map;
  return s.ok;
}

// Resident blocks per multiprocessor and the dynamic shared-memory
// attribute, both once per device and variant.
int blocks_per_sm(int vi) {
  static std::atomic<int> cache[kMaxDevices][kNumVariants];
  if (vi < 0) return -1;
  const Variant &var = variants()[vi];
  int dev = 0;
  if (cudaGetDevice(&dev) != cudaSuccess || dev < 0 || dev >= kMaxDevices) {
    cudaGetLastError();
    dev = -1;
  }
  std::atomic<int> *slot = dev >= 0 ? &cache[dev][vi] : nullptr;
  if (slot) {
    const int c = slot->load(std::memory_order_relaxed);
    if (c > 0) return c;
  }
  int n = 0;
  if (cudaFuncSetAttribute(var.kern, cudaFuncAttributeMaxDynamicSharedMemorySize, var.smem) !=
          cudaSuccess ||
      cudaOccupancyMaxActiveBlocksPerMultiprocessor(&n, var.kern, var.threads(), var.smem) != cudaSuccess ||
      n < 1) {
    cudaGetLastError();
    return -1;
  }
  if (slot) slot->store(n, std::memory_order_relaxed);
  return n;
}

// The combine kernel (no shared memory) asks for the split kernels' carveout,
// all shared memory, once per device and twin: its blocks share
// multiprocessors with split blocks (its own grid's, launched early, and the
// next call's, which its trigger lets in), and a multiprocessor configured
// for less shared memory would take no split block while a combine block runs.
void prefer_all_shared(const void *kern, bool probe) {
  static std::atomic<bool> done[kMaxDevices][2];
  int dev = 0;
  if (cudaGetDevice(&dev) != cudaSuccess || dev < 0 || dev >= kMaxDevices) {
    cudaGetLastError();
    return;
  }
  std::atomic<bool> &flag = done[dev][probe ? 1 : 0];
  if (flag.load(std::memory_order_relaxed)) return;
  if (cudaFuncSetAttribute(kern, cudaFuncAttributePreferredSharedMemoryCarveout, cudaSharedmemCarveoutMaxShared) !=
      cudaSuccess)
    cudaGetLastError(); // a hint: the launch runs either way
  flag.store(true, std::memory_order_relaxed);
}

// The stream-K schedule of `p` under variant `vi` on `num_sms`
// multiprocessors: the units (batch, KV head, row block of 16) of n key
// tiles each laid end to end, T = units x n tiles, and G blocks (one wave:
// multiprocessors x resident blocks, at most T so that no block is empty,
// and few enough that no unit spans more than kMaxSplits blocks), block c
// taking tiles [c T / G, (c + 1) T / G). The unit starting at tile t0 has
// its first piece in block ((t0 + 1) G - 1) / T. Returns the partial slots
// per row (the most blocks any unit spans; the combine's split count), or 0
// where stream-K does not apply (no tiles, or every unit in one block).
struct SkPlan {
  int64_t tiles;
  int n, ctas, pieces;
};
SkPlan sk_plan(const attnk_problem *p, int vi, int num_sms, int max_ctas) {
  SkPlan pl = {0, 0, 0, 0};
  if (vi < 0 || num_sms < 1) return pl;
  const Variant &var = variants()[vi];
  const int per_sm = blocks_per_sm(vi);
  if (per_sm < 1) return pl;
  const int64_t bc = var.bc();
  int64_t n = (p->seq_k + bc - 1) / bc;
  if (p->causal != ATTNRT_CAUSAL_NONE && p->mask_fill == -__builtin_huge_valf()) { // as the kernel skips
    const int64_t off = p->causal == ATTNRT_CAUSAL_BOTTOM_RIGHT ? p->seq_k - p->seq_q : 0;
    const int64_t last = p->seq_q - 1 + off;
    const int64_t vis = last < 0 ? 0 : last / bc + 1;
    n = n < vis ? n : vis;
  }
  const int64_t units = work_units(p, var.block_rows());
  if (n < 1 || units < 1 || units > (1 << 20)) return pl;
  const int64_t T = units * n;
  int64_t G = (int64_t)num_sms * per_sm;
  if (max_ctas > 1 && G > max_ctas) G = max_ctas;
  if (G > T) G = T;
  if (G > units * (kMaxSplits - 1)) G = units * (kMaxSplits - 1);
  // Blocks spanned by each unit: at most 2 where units >= G (every block
  // holds >= n tiles); counted otherwise (units < G <= a few hundred).
  int64_t pieces = 0;
  if (units >= G) {
    pieces = 2;
  } else {
    for (int64_t u = 0; u < units; ++u) {
      const int64_t c0 = ((u * n + 1) * G - 1) / T, c1 = (((u + 1) * n) * G - 1) / T;
      if (c1 - c0 + 1 > pieces) pieces = c1 - c0 + 1;
    }
  }
  if (pieces < 2 || pieces > kMaxSplits) return pl;
  pl.tiles = T;
  pl.n = (int)n;
  pl.ctas = (int)G;
  pl.pieces = (int)pieces;
  return pl;
}

// The D 256 kernel has no cp.async variant to fall back to (decode_nv_launch
// does so for D 64/128 when a tensor map cannot be built): it is eligible
// only where K and V have no broadcast dim, their maps can be built and its
// shared memory fits the device, so that the problem otherwise goes to the
// kernels that ran it before instead of failing at launch.
bool d256_launchable(const attnk_problem *p) {
  // A K/V broadcast (stride 0 over a dim of size > 1) is left to the
  // kernels that take it, as sm90-wgmma does.
  const int64_t sizes[3] = {p->batch, p->heads_kv, p->seq_k};
  for (const attnk_tensor *t : {&p->k, &p->v})
    for (int i = 0; i < 3; ++i)
      if (sizes[i] > 1 && t->strides[i] == 0) return false;
  const int vi = pick(p);
  if (vi < 0 || variants()[vi].ring != kTmaRing || blocks_per_sm(vi) < 1) return false;
  CUtensorMap m;
  const int bc = variants()[vi].bc(), l2p = knobs().l2p;
  return make_tile_map(&m, p->k, p, bc, l2p) && make_tile_map(&m, p->v, p, bc, l2p);
}

// Arrival counters for the in-kernel combine (DnArgs::arrivals), one int
// per (batch, KV head, row block) unit. They must read zero when a call's
// kernel starts, and each call leaves them zero (the unit's last block
// resets its counter), so one buffer serves the calls of one stream, which
// run one after the other (a programmatic launch waits for the previous
// kernel before touching them). Hence one buffer per (device, stream id):
// cudaStreamGetId is unique for the process's lifetime (a stream handle may
// be reused after cudaStreamDestroy; the per-thread default streams share
// one handle), zeroed once, stream-ordered, when the stream first needs it.
// Null (the caller runs the combine kernel instead) where the stream is
// being captured (a graph's kernels may run concurrently with the stream's
// later calls), where the problem has more units than a buffer holds, where
// kMaxArrivalStreams buffers already exist (so a process that makes many
// streams holds at most 64 x 16 KB per device), or where anything fails.
constexpr int kArrivalSlots = 4096;
constexpr size_t kMaxArrivalStreams = 64;
int *stream_arrivals(cudaStream_t s, int64_t units) {
  if (units < 1 || units > kArrivalSlots) return nullptr;
  cudaStreamCaptureStatus cs = cudaStreamCaptureStatusNone;
  unsigned long long id = 0;
  int dev = 0;
  if (cudaStreamIsCapturing(s, &cs) != cudaSuccess || cs != cudaStreamCaptureStatusNone ||
      cudaStreamGetId(s, &id) != cudaSuccess || cudaGetDevice(&dev) != cudaSuccess) {
    if (cs == cudaStreamCaptureStatusNone) cudaGetLastError(); // (never clear a capture's error)
    return nullptr;
  }
  static std::mutex mu;
  static std::map<std::pair<int, unsigned long long>, int *> bufs;
  std::lock_guard<std::mutex> lock(mu);
  const auto key = std::make_pair(dev, id);
  const auto it = bufs.find(key);
  if (it != bufs.end()) return it->second;
  if (bufs.size() >= kMaxArrivalStreams) return nullptr;
  int *c = nullptr;
  if (cudaMalloc(&c, kArrivalSlots * sizeof(int)) != cudaSuccess) {
    cudaGetLastError();
    return nullptr;
  }
  if (cudaMemsetAsync(c, 0, kArrivalSlots * sizeof(int), s) != cudaSuccess) {
    cudaGetLastError();
    cudaFree(c);
    return nullptr;
  }
  bufs.emplace(key, c);
  return c;
}

} // namespace

bool decode_nv_eligible(const attnk_problem *p) {
#if defined(ATTN_FORCE_SCALAR)
  (void)p;
  return false;
#else
  const int dp = dp_of(p);
  return (dp == 64 || dp == 128 || (dp == 256 && d256_ok(p))) && aligned16_rows(p->k) &&
         aligned16_rows(p->v) && (p->dtype == ATTNRT_DTYPE_F16 || p->dtype == ATTNRT_DTYPE_BF16) &&
         (dp != 256 || d256_launchable(p));
#endif
}

// L2 evict-first on the K/V loads of the 16-row D 128 TMA ring: each K/V
// line is read once, so the streamed lines may leave L2 before the partials,
// (m, l) and tensor maps (the cause of the gain is not measured). Measured in
// one process (bench/RESULTS.md, "dec2"): +0.7-1.1% on rows 28/32, +0.4-0.8%
// on rows 29-31, bf16 and f16
// (21 of 22 paired timings ahead; run 11: +0.2-1.6% on rows 27-32). The
// wide-group and D 256 TMA kernels were not measured with it: off there.
// The D 64 TMA ring: on (with it 0 to +3% over without on D 64 MHA / GQA
// rows in dec's call 2, bench/gpu/DECODE_NOTES.md).
// Q's chunks at once (DnArgs::q_vec) by default at D 256, where the
// one-element passes cost the most (16 rows of 256 per block, 32 passes on
// 128 threads, 2 g of them DRAM round trips for a group of g query heads).
// H200, one process, bf16, TB/s without -> with (bench/gpu/DECODE_NOTES.md
// "D 256 GQA decode at parity: the Q loop", call Q2): 64 x 64/8 x 1510
// 3.63 -> 4.13 (+13.8%), 64 x 64/8 x 4096 4.14 -> 4.36 (+5.4%), 32 x 16/8 x
// 3000 4.12 -> 4.19 (+1.6%), 64 x 32/4 x 518 1.52 -> 1.53. The D 64 / 128
// kernels keep their Q loop unless ATTN_DECODE_NV_QVEC=1 (row 38, D 128:
// 4.11 -> 4.19 in one timing; rows 26-34 not measured with it).
bool decode_nv_vector_q(int head_dim_bucket) { return head_dim_bucket == 256; }

bool decode_nv_evict_first(int head_dim_bucket, int rows_per_block, bool tma_ring) {
  return tma_ring && (head_dim_bucket == 128 || head_dim_bucket == 64) && rows_per_block == kRows;
}

namespace {
// The split count that minimizes the modelled time (decode_nv_num_splits'
// comment), and that time.
struct ModelSplit {
  int splits;
  double cost;
};
ModelSplit model_split(int64_t units, int64_t tiles, int64_t slots) {
  if (slots < 1) slots = 1;
  const int64_t smax = tiles < kMaxSplits ? (tiles > 0 ? tiles : 1) : kMaxSplits;
  ModelSplit best{1, 0};
  for (int64_t s = 1; s <= smax; ++s) {
    const int64_t waves = (units * s + slots - 1) / slots;
    const int64_t per = (tiles + s - 1) / s;
    const double cost = (double)waves * (double)(per + 2) + (s > 1 ? 2.0 : 0.0);
    if (s == 1 || cost < best.cost) best = {(int)s, cost};
  }
  return best;
}
} // namespace

int decode_nv_model_splits(int64_t units, int64_t tiles, int64_t slots) {
  return model_split(units, tiles, slots).splits;
}

bool decode_nv_short_key_ring(int dp, int64_t seq_q, int64_t seq_k, bool masked, int64_t units,
                              DecodeRingSlots two_block, DecodeRingSlots one_block) {
  if (!two_block_shape(dp, seq_q, seq_k, masked) || two_block.key_tile < 1 || one_block.key_tile < 1)
    return false;
  auto cost = [&](DecodeRingSlots r) {
    return model_split(units, (seq_k + r.key_tile - 1) / r.key_tile, r.slots).cost;
  };
  return cost(two_block) < cost(one_block);
}

// Splits s minimize the modelled time waves(s) * (tiles per split + F) + C
// (s > 1), in units of one tile's stream time per block: F ~ 2 tiles of
// pipeline fill and prologue per block, C ~ 2 for the combine launch. Ties
// go to fewer splits (less partial traffic).
int decode_nv_num_splits(const attnk_problem *p, int num_sms) {
  const Knobs kn = knobs();
  const int env_splits = kn.splits;
  const int vi = pick(p);
  if (kn.sk > 0 && env_splits <= 0) {
    const SkPlan pl = sk_plan(p, vi, num_sms, kn.sk);
    if (pl.pieces) return pl.pieces; // the launch runs stream-K for this split count
  }
  int per_sm = blocks_per_sm(vi);
  if (per_sm < 1) per_sm = 1;
  const int bc = vi >= 0 ? variants()[vi].bc() : 64;
  const int64_t br = vi >= 0 ? variants()[vi].block_rows() : kRows;
  const int64_t slots = (int64_t)(num_sms > 0 ? num_sms : 1) * per_sm;
  // Sq 0: one unit a (batch, KV head), as a row block.
  const int64_t base = p->seq_q > 0 ? work_units(p, br) : p->batch * p->heads_kv;
  const int64_t tiles = (p->seq_k + bc - 1) / bc;
  const int64_t smax = tiles < kMaxSplits ? (tiles > 0 ? tiles : 1) : kMaxSplits;
  if (env_splits > 0) return (int)(env_splits < smax ? env_splits : smax);
  return decode_nv_model_splits(base, tiles, slots);
}

// The in-kernel combine's default limit on a block's key tiles: short calls
// (row 26: 2 tiles a block, the call host bound) gain a launch; longer ones
// lost to the combine kernel in decode run 15 (16 and 64 tiles).
constexpr int kFuseMaxTiles = 4;

bool decode_nv_pdl() { return knobs().pdl && device_sm90(); }

int decode_nv_launch(const attnk_problem *p, int num_splits, float *workspace, void *stream,
                     int *splits_used, bool *combined) {
  if (combined) *combined = false;
  if (!decode_nv_eligible(p) || num_splits < 1 || num_splits > kMaxSplits)
    return ATTNK_E_UNSUPPORTED;
  const Knobs kn = knobs();
  int vi = pick(p);
  if (vi < 0) return ATTNK_E_UNSUPPORTED;
  DnArgs d = {};
  if (variants()[vi].ring == kTmaRing &&
      !(make_tile_map(&d.tmk, p->k, p, variants()[vi].bc(), kn.l2p) &&
        make_tile_map(&d.tmv, p->v, p, variants()[vi].bc(), kn.l2p)))
    vi = cp_async_variant(p); // no tensor map for these strides
  if (vi < 0) return ATTNK_E_UNSUPPORTED;
  if (blocks_per_sm(vi) < 1) return (int)cudaErrorInvalidConfiguration;
  const Variant &var = variants()[vi];
  d.a = make_args(p);
  const int nkb = (int)((p->seq_k + var.bc() - 1) / var.bc());
  const int per = nkb > 0 ? (nkb + num_splits - 1) / num_splits : 1;
  int splits = nkb > 0 ? (nkb + per - 1) / per : 1; // no empty splits
  if (splits > 1 && !workspace) return ATTNK_E_BAD_WORKSPACE;
  d.a.split_blocks = per;
  d.a.num_splits = splits;
  d.a.rows_all = p->batch * p->heads_q * p->seq_q;
  d.a.part_o = workspace;
  d.a.part_ml = workspace ? workspace + (size_t)splits * d.a.rows_all * p->head_dim_v : nullptr;
  d.lse = (float *)p->lse.data;
  for (int i = 0; i < 3; ++i) d.ls[i] = p->lse.strides[i];
  const int64_t rows = packed_rows(p);
  d.qblocks = (int)((rows + var.block_rows() - 1) / var.block_rows());
  d.direct = splits == 1;
  d.kv_order = kn.order;
  d.evict_first = kn.evict >= 0 ? kn.evict
                                : decode_nv_evict_first(var.dp, (int)var.block_rows(), var.ring == kTmaRing);
  d.prefetch_l2 = kn.pref >= 2 && var.ring == kTmaRing;
  d.q_vec = (kn.qvec >= 0 ? kn.qvec == 1 : decode_nv_vector_q(var.dp)) && q_vec_ok(p);
  // Stream-K where the knob asks for it and the caller's split count is the
  // plan's (decode_nv_num_splits returned it; a forced count runs the grid).
  SkPlan pl = {0, 0, 0, 0};
  if (kn.sk > 0 && num_splits >= 2 && workspace) {
    pl = sk_plan(p, vi, device_sms(), kn.sk);
    if (pl.pieces != num_splits) pl.pieces = 0;
  }
  if (pl.pieces) {
    splits = pl.pieces;
    d.a.num_splits = splits;
    d.a.part_ml = workspace + (size_t)splits * d.a.rows_all * p->head_dim_v;
    d.direct = 0;
    d.sk_tiles = pl.tiles;
    d.sk_n = pl.n;
    d.sk_pieces = pl.pieces;
  }
  if (splits_used) *splits_used = splits;
  if (rows == 0 || p->batch == 0) return 0;
  // Several splits on the grid, 16-row blocks of at most kFuseMaxTiles key
  // tiles each (ATTN_DECODE_NV_FUSE=1: any number): the unit's last block
  // combines, where the stream has arrival counters (stream_arrivals); else
  // the caller's combine kernel. Measured in one process (bench/RESULTS.md,
  // decode runs 14 and 15): row 26 (B1 4k, 2 tiles a block, host bound) one
  // launch less, +17-23%; row 27 (B1 32k, 16 tiles) -3.2% and -3.0%; rows
  // 28, 29, 32 (64-128 tiles) +0.4-1.2% in run 14 but -1.6 to -1.9% in run
  // 15, where the merge by the last block added 4.5 us to the split kernel
  // (ncu, row 28: 129.3 us against 124.8 us + a 4.4 us combine kernel that
  // the programmatic launch partly hides); the wide-group blocks (80 rows a
  // unit, one warp per row in turn) +7 us on row 34, so they keep the
  // combine kernel (its 4-row blocks merge every row at once).
  const bool fuse = kn.fuse == 1 || (kn.fuse < 0 && per <= kFuseMaxTiles);
  if (!d.direct && !pl.pieces && fuse && combined && var.mt == 1)
    d.arrivals = stream_arrivals((cudaStream_t)stream, (int64_t)d.qblocks * p->heads_kv * p->batch);
  // The merge code (merge_row, or the old code: the caller's combine kernel
  // and combine_unit). By default merge_row in the combine kernel after a
  // 16-row grid: +0.6-1.9% on rows 27, 28, 32, flat on row 29 (decode run
  // 17); the unit's last block keeps combine_unit (merge_row there was not
  // measured faster: row 26 within its +-8% noise, 0.6-1.0% behind the
  // combine kernel on rows 28/32), the wide-group grids the caller's combine
  // kernel (not measured). ATTN_DECODE_NV_COMB=1: merge_row after every
  // grid; COMB=0: the caller's combine kernel after every grid.
  const bool own_combine =
      !d.direct && !d.arrivals && combined && (kn.comb == 1 || (kn.comb < 0 && var.mt == 1));
  if (combined) *combined = d.arrivals != nullptr || own_combine;
  d.late_trigger = kn.late_trigger;
  // ATTN_DECODE_NV_TIMELINE: the twin that records it, where there is one.
  const void *kern = var.kern;
  const int pv = kn.timeline ? probe_variant(vi) : -1;
  const bool probe = pv >= 0 && blocks_per_sm(pv) >= 1;
  if (probe) {
    kern = variants()[pv].kern;
    d.timeline = kn.timeline;
  }
  cudaLaunchConfig_t cfg = {};
  cfg.gridDim = pl.pieces ? dim3((unsigned)pl.ctas)
                          : dim3((unsigned)(d.qblocks * splits), (unsigned)p->heads_kv, (unsigned)p->batch);
  cfg.blockDim = dim3((unsigned)var.threads());
  cfg.dynamicSmemBytes = (size_t)var.smem;
  cfg.stream = (cudaStream_t)stream;
  // Programmatic dependent launch: the blocks may be scheduled while the
  // stream's previous kernel drains; the kernel waits for it
  // (grid_dependency_wait) before its first global access.
  cudaLaunchAttribute attr[1];
  attr[0].id = cudaLaunchAttributeProgrammaticStreamSerialization;
  attr[0].val.programmaticStreamSerializationAllowed = 1;
  cfg.attrs = attr;
  cfg.numAttrs = decode_nv_pdl() ? 1 : 0;
  void *args[] = {&d};
  g_last_variant = probe ? pv : vi;
  const int rc = (int)cudaLaunchKernelExC(&cfg, kern, args);
  if (rc != 0 || !own_combine) return rc;
  DnCombine c = {};
  c.part_o = d.a.part_o;
  c.part_ml = d.a.part_ml;
  c.o = const_cast<void *>(p->o.data);
  for (int i = 0; i < 4; ++i) c.os[i] = p->o.strides[i];
  c.lse = d.lse;
  for (int i = 0; i < 3; ++i) c.ls[i] = d.ls[i];
  c.rows_all = d.a.rows_all;
  c.num_splits = splits;
  c.Sq = (int)p->seq_q;
  c.Hq = (int)p->heads_q;
  c.Dv = (int)p->head_dim_v;
  c.out_dtype = p->out_dtype;
  c.empty_nan = d.a.empty_nan;
  c.trigger = kn.pref >= 1;
  c.timeline = probe ? kn.timeline + (size_t)cfg.gridDim.x * cfg.gridDim.y * cfg.gridDim.z * kTlStride : nullptr;
  cudaLaunchConfig_t cc = cfg; // the same stream and programmatic attribute
  cc.gridDim = dim3((unsigned)((d.a.rows_all + 3) / 4));
  cc.blockDim = dim3(128);
  cc.dynamicSmemBytes = 0;
  void *cargs[] = {&c};
  const void *ckern =
      probe ? (const void *)decode_nv_combine_kernel<true> : (const void *)decode_nv_combine_kernel<false>;
  prefer_all_shared(ckern, probe);
  return (int)cudaLaunchKernelExC(&cc, ckern, cargs);
}

int decode_nv_variant_count() { return kNumVariants; }

bool decode_nv_describe_variant(int vi, DecodeNvVariantInfo *out) {
  if (vi < 0 || vi >= kNumVariants || !out) return false;
  const Variant &v = variants()[vi];
  *out = {v.dtype, v.dp, v.stages, v.mask, v.ring, v.warps, v.mt, v.lr, v.probe, v.ring == kTmaRing};
  return true;
}

int decode_nv_force_variant(int vi) {
  const int prev = g_forced_variant;
  g_forced_variant = vi >= 0 && vi < kNumVariants ? vi : -1;
  g_last_variant = -1;
  return prev;
}

int decode_nv_last_variant() { return g_last_variant; }

} // namespace attn
