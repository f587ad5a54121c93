//===- launch.cuh - host side of the Hopper kernel: one problem -> one launch ===//
//
// From the attnk_problem to a launch, in one place: the TMA descriptors of
// Q, K and V (4-D maps over (D, S, H, B) with 64-column boxes: columns past
// D read as zeros), the kernel parameters (make_launch), the persistent
// grid and the dynamic scheduler's counter (launch).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_LAUNCH_CUH
#define ATTN_HOPPER_LAUNCH_CUH

#include "attn_kernels.h"
#include "attn/tma_map.h"
#include "attn/workspace_pool.h"
#include "dead_map.cuh"
#include "kernel_traits.cuh"
#include "key_norms.cuh"
#include "tile_scheduler.cuh"

#include <cuda.h>
#include <cudaTypedefs.h>
#include <cuda_runtime.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace attn_hopper {

template <class C, bool HANDOFF>
__global__ void __launch_bounds__(C::THREADS, 1)
    fa_fwd_kernel(const __grid_constant__ CUtensorMap tmQ, const __grid_constant__ CUtensorMap tmK,
                  const __grid_constant__ CUtensorMap tmV, const __grid_constant__ CUtensorMap tmM,
                  const __grid_constant__ CUtensorMap tmO, const KParams p);

using attn::tma::EncodeFn;
using attn::tma::encode_fn;

// A row mask's element size in bytes (f32 4, f16/bf16 2, bool 1).
static int mask_elem_size(const attnk_problem *p) {
  return attn::dtype_bytes(p->mask_dtype);
}

// The mask's head and batch extents in memory (H', B'): the problem's where
// the mask has that dim (a nonzero stride), 1 where it broadcasts.
struct MaskDims {
  int64_t h, b;
};
static MaskDims mask_dims(const attnk_problem *p) {
  const int64_t *ms = p->mask.strides;
  return {p->heads_q > 1 && ms[1] != 0 ? p->heads_q : 1, p->batch > 1 && ms[0] != 0 ? p->batch : 1};
}

// Whether the mask operand is a row mask the MROW kernels can load with TMA:
// the same values for every query row (Sq == 1 or a zero row stride),
// contiguous keys, a 16-byte aligned base, and head / batch strides that
// are multiples of 16 bytes (TMA's global strides) where those dims exist.
static bool mask_row_ok(const attnk_problem *p) {
  if (!p->mask.data) return false;
  const int64_t esz = mask_elem_size(p);
  const int64_t *ms = p->mask.strides;
  if (p->seq_q > 1 && ms[2] != 0) return false;
  if (p->seq_k > 1 && ms[3] != 1) return false;
  if (reinterpret_cast<uintptr_t>(p->mask.data) % 16 != 0) return false;
  auto stride_ok16 = [&](int64_t size, int64_t st) {
    return size == 1 || st == 0 || (st > 0 && (st * esz) % 16 == 0 && st * esz < (int64_t(1) << 40));
  };
  if (!stride_ok16(p->heads_q, ms[1]) || !stride_ok16(p->batch, ms[0])) return false;
  // The map's strides must grow with the dims (make_mask_map).
  const int64_t row = (p->seq_k * esz + 15) / 16 * 16;
  const MaskDims md = mask_dims(p);
  const bool hd = md.h > 1, bd = md.b > 1;
  const int64_t sh = hd ? ms[1] * esz : row;
  if (sh < row) return false;
  if (bd && ms[0] * esz < sh * (hd ? p->heads_q : 1)) return false;
  return true;
}

// Whether the mask operand can be loaded in BM x BN tiles by TMA (MTILE):
// 16-bit additive values or a boolean, contiguous keys, a 16-byte aligned
// base, row, head and batch strides that are multiples of 16 bytes and grow
// with the dims (T5's [1, H, Sq, Sk] bias, [B, 1, Sq, Sk] masks).
static bool mask_tile_ok(const attnk_problem *p) {
  if (!p->mask.data) return false;
  if (p->mask_dtype != ATTNRT_DTYPE_F16 && p->mask_dtype != ATTNRT_DTYPE_BF16 &&
      p->mask_dtype != ATTNRT_DTYPE_BOOL)
    return false;
  const int64_t esz = mask_elem_size(p);
  const int64_t *ms = p->mask.strides;
  if (p->seq_k > 1 && ms[3] != 1) return false;
  if (p->seq_q < 2 || ms[2] == 0) return false;  // a row mask (mask_row_ok)
  if (reinterpret_cast<uintptr_t>(p->mask.data) % 16 != 0) return false;
  const int64_t lim = int64_t(1) << 39;
  if (ms[2] < p->seq_k || (ms[2] * esz) % 16 != 0 || ms[2] >= lim) return false;
  const MaskDims md = mask_dims(p);
  const bool hd = md.h > 1, bd = md.b > 1;
  const int64_t sh = hd ? ms[1] : ms[2] * p->seq_q;
  if (hd && (ms[1] < ms[2] * p->seq_q || (ms[1] * esz) % 16 != 0 || ms[1] >= lim)) return false;
  if (bd && (ms[0] < sh * (hd ? p->heads_q : 1) || (ms[0] * esz) % 16 != 0 || ms[0] >= lim))
    return false;
  return true;
}

// The TMA map of a mask in tiles (mask_tile_ok): 4-D over (Sk, Sq, H', B')
// with H' and B' 1 where the mask broadcasts; a box of one panel's keys x
// `rows` rows with the 128-byte swizzle. Keys past Sk and rows past Sq read
// as zeros (never used).
static bool make_mask_tile_map(CUtensorMap *m, const attnk_problem *p, int rows) {
  EncodeFn enc = encode_fn();
  if (!enc) return false;
  const int64_t esz = mask_elem_size(p);
  const int64_t *ms = p->mask.strides;
  const MaskDims md = mask_dims(p);
  const int64_t H = md.h, B = md.b;
  const int64_t ss = ms[2] * esz;
  const int64_t sh = H > 1 ? ms[1] * esz : ss * p->seq_q;
  const int64_t sb = B > 1 ? ms[0] * esz : sh * H;
  cuuint64_t dims[4] = {(cuuint64_t)p->seq_k, (cuuint64_t)p->seq_q, (cuuint64_t)H, (cuuint64_t)B};
  cuuint64_t strides[3] = {(cuuint64_t)ss, (cuuint64_t)sh, (cuuint64_t)sb};
  cuuint32_t box[4] = {(cuuint32_t)mask_tile_panel_keys(p->mask_dtype), (cuuint32_t)rows, 1, 1};
  cuuint32_t estr[4] = {1, 1, 1, 1};
  CUresult r = enc(m, esz == 1 ? CU_TENSOR_MAP_DATA_TYPE_UINT8 : CU_TENSOR_MAP_DATA_TYPE_UINT16, 4,
                   const_cast<void *>(p->mask.data), dims, strides, box, estr,
                   CU_TENSOR_MAP_INTERLEAVE_NONE, CU_TENSOR_MAP_SWIZZLE_128B,
                   CU_TENSOR_MAP_L2_PROMOTION_L2_256B, CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE);
  return r == CUDA_SUCCESS;
}

// The TMA map of a row mask (mask_row_ok): 4-D over (Sk, 1, H', B') with H'
// and B' 1 where the mask broadcasts; a box of `cols` keys, no swizzle.
// Keys past Sk read as zeros (those columns are -inf in the kernel anyway).
static bool make_mask_map(CUtensorMap *m, const attnk_problem *p, int cols) {
  EncodeFn enc = encode_fn();
  if (!enc) return false;
  const int64_t esz = mask_elem_size(p);
  const int64_t *ms = p->mask.strides;
  const MaskDims md = mask_dims(p);
  const int64_t H = md.h, B = md.b;
  const int64_t sk = p->seq_k;
  // Strides of size-1 dims are never used; give them a legal value.
  const int64_t row = (sk * esz + 15) / 16 * 16;
  const int64_t sh = H > 1 ? ms[1] * esz : row;
  const int64_t sb = B > 1 ? ms[0] * esz : sh * H;
  cuuint64_t dims[4] = {(cuuint64_t)sk, 1, (cuuint64_t)H, (cuuint64_t)B};
  cuuint64_t strides[3] = {(cuuint64_t)row, (cuuint64_t)sh, (cuuint64_t)sb};
  cuuint32_t box[4] = {(cuuint32_t)cols, 1, 1, 1};
  cuuint32_t estr[4] = {1, 1, 1, 1};
  CUtensorMapDataType dt = p->mask_dtype == ATTNRT_DTYPE_F32    ? CU_TENSOR_MAP_DATA_TYPE_FLOAT32
                           : p->mask_dtype == ATTNRT_DTYPE_F16  ? CU_TENSOR_MAP_DATA_TYPE_FLOAT16
                           : p->mask_dtype == ATTNRT_DTYPE_BF16 ? CU_TENSOR_MAP_DATA_TYPE_BFLOAT16
                                                                : CU_TENSOR_MAP_DATA_TYPE_UINT8;
  CUresult r = enc(m, dt, 4, const_cast<void *>(p->mask.data), dims, strides, box, estr,
                   CU_TENSOR_MAP_INTERLEAVE_NONE, CU_TENSOR_MAP_SWIZZLE_NONE,
                   CU_TENSOR_MAP_L2_PROMOTION_L2_128B, CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE);
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

// Tile counters for the dynamic scheduler: per device, a ring of slots,
// zeroed once when allocated; each launch takes the next slot and leaves it
// zero (the launch's last claim resets it, tile_scheduler.cuh next_tile), so
// no memset precedes a launch on its stream, and two launches only share a
// counter if 1024 launches are in flight at once.
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
    if (*err == cudaSuccess) *err = cudaMemset(bufs[dev], 0, kCounterSlots * sizeof(int));
    if (*err != cudaSuccess) {
      if (bufs[dev]) cudaFree(bufs[dev]);
      bufs[dev] = nullptr;
      return nullptr;
    }
  }
  return bufs[dev] + (next[dev]++ % kCounterSlots);
}

// KParams::div_*: the divisors of tile_coord and the producer's KV head, once
// the launch has fixed chunk, splits and the rest (hpt: Cfg::HPT, div_hq
// then divides by a batch's groups of hpt heads).
static void set_divisors(KParams &kp, int hpt) {
  kp.div_hq = attn::FastDiv::of((kp.Hq + hpt - 1) / hpt);
  kp.div_group = attn::FastDiv::of(kp.group);
  const int chunk = kp.chunk > 0 ? kp.chunk : 1;  // 0 only without (batch, head) pairs
  kp.div_chunk = attn::FastDiv::of(chunk);
  kp.div_last_width = attn::FastDiv::of(kp.num_bh - (kp.num_bh - 1) / chunk * chunk);
  kp.div_per_chunk = attn::FastDiv::of(static_cast<int64_t>(chunk) * kp.num_m_blocks);
  kp.div_splits = attn::FastDiv::of(kp.splits > 1 ? kp.splits : 1);
}

enum class Grid { PerTile, Static, Dynamic };

static bool has_mask(const attnk_problem *p) { return p->mask.data != nullptr; }
// Logits rounded step by step (attnk_problem::logit_rounding): only the
// GEN kernels compiled with Cfg::LR compute them (heuristics.cuh: lr_ok).
static bool rounds_logits(const attnk_problem *p) {
  return p->logit_rounding != ATTNRT_LOGIT_ROUNDING_NONE;
}
// Problems only the GEN kernels compute exactly: a mask operand, a scale
// that is not positive (the plain kernels take the row max of the raw
// scores q.k, which is the max of the logits only for scale > 0), or
// rounded logits. Hidden causal positions with a finite fill run on either
// (the plain kernels add the hidden keys after the last tile where they
// weigh anything: mask.cuh, plain_fill_tail).
static bool needs_gen(const attnk_problem *p) {
  return has_mask(p) || !(p->scale > 0.f) || rounds_logits(p);
}

// The padded head dim of the tiles: 64, 128, 192 or 256 (0: none).
static int padded_head_dim(int64_t d) {
  if (d % 8 != 0 || d < 8 || d > 256) return 0;
  return static_cast<int>((d + 63) / 64 * 64);
}

// The head dim that picks a problem's
// variant list: max(D, Dv). Every kernel of the list for padded dim P runs
// any D, Dv <= P (Q, K, V maps with their own column counts, TMA's zero
// fill past them); kernels compiled for narrower V tiles (Cfg::DV < DP)
// serve Dv <= DV only (heuristics.cuh: dk_ok).
static int64_t list_head_dim(const attnk_problem *p) {
  return p->head_dim > p->head_dim_v ? p->head_dim : p->head_dim_v;
}

// The (batch, query head) pairs each value of the mask serves.
static int64_t dead_map_reuse(const attnk_problem *p) {
  const MaskDims md = mask_dims(p);
  return p->batch * p->heads_q / (md.b * md.h);
}
constexpr int64_t kDeadMapMinReuse = 4;
// Where a mask-tile launch computes every tile (neither kSchedDeadTiles
// nor kSchedDeadMap, dead_tiles_pay): over short key ranges the skip costs
// more than the tiles it saves, the more so the fewer (batch, query head)
// pairs each mask value serves (dead_map_reuse) and for f16 masks, whose
// skip needs the key norms and their bound. Where the cost goes is not
// located (not the first tile's verdict: RESULTS, call Q2). H200, same
// process (bench/RESULTS.md "Short keys: every mask tile computed", lead
// calls Q1-Q2), every tile computed against the skip with its map: bf16
// and boolean masks at 1024 keys or fewer, a value serving 4-16 pairs
// (Hugging Face's [B, 1, S, S] at 8-16 heads, T5's bias at batch 4-16)
// -1..+18%, serving 32 pairs (32 heads) -9..+4% (the skip kept there); f16
// masks +7-28% up to 1792 keys, -11..+1% at 2048. The 32 pairs count for
// masks shared by the query heads only (padding and causal masks, whose
// tiles are often dead): a per-head mask, a bias such as T5's whose tiles
// seldom are, pays for the skip and gains nothing (T5's at batch 128, 128
// pairs a value: every tile computed +5%, call P3).
constexpr int64_t kDeadTilesMaxShortKeys = 1024;
constexpr int64_t kDeadTilesShortKeysMinReuse = 32;
constexpr int64_t kDeadTilesMinKeysF16 = 2048;
static bool dead_tiles_pay(const attnk_problem *p) {
  if (p->mask_dtype == ATTNRT_DTYPE_F16) return p->seq_k >= kDeadTilesMinKeysF16;
  return p->seq_k > kDeadTilesMaxShortKeys ||
         (mask_dims(p).h == 1 && dead_map_reuse(p) >= kDeadTilesShortKeysMinReuse);
}

// The KParams::sched bits of a launch
// (tile_scheduler.cuh). Default: kSchedWgRange and kSchedWideO (cleared
// below where O is not 16-byte aligned) always, the variant's own bits
// (`extra`: heuristics.cuh, variant_sched_bits; kSchedWideONarrow cleared
// as kSchedWideO); kSchedEarlyQ for Sk
// <= 4096 (same-process A/B on the H200, bench/RESULTS.md "Causal prefill
// on the Hopper path": +4-9% at 2k causal, +2-4% at 4k, ViT +12%, Whisper
// +5%; at Sk 8192 +0.2-0.5% causal and -2.6/-3.4% on the chunked-prefill
// rows, unexplained, so not there; the 256-column kernels free Q early
// whatever the bit: attn_hopper.cu). ATTN_HOPPER_SCHED=<bits> (tests and
// tuning; 0 is the code path before these bits) or attn_hopper_set_sched
// (the same-process A/B, bench/hopper/ab_same_process.py) override it.
static int g_sched_override = -1;
static int sched_flags(const attnk_problem *p, int extra) {
  if (g_sched_override >= 0) return g_sched_override;
  static const int env = [] {
    const char *e = getenv("ATTN_HOPPER_SCHED");
    return e ? atoi(e) : -1;
  }();
  if (env >= 0) return env;
  // kSchedDeadTiles (the variant's, mask-tile kernels) where the fill hides
  // a key exactly (mainloop.cuh, kDeadFill: -65504 or lower).
  if (p->mask_fill > kDeadFill) extra &= ~(kSchedDeadTiles | kSchedDeadMap);
  // kSchedDeadMap where each mask tile serves at least kDeadMapMinReuse
  // (batch, query head) pairs: the map's pass reads the mask once more,
  // and what it saves (the loads of dead tiles, the mask of clear ones)
  // comes once per pair. H200, same process (bench/RESULTS.md "The dead
  // map in one cooperative pass", lead call K2): T5's bias [1, 16, S, S] at
  // B 2 (2 pairs a tile), with and without the causal part, lost 2-11%
  // with the map on every dtype and head dim; Hugging Face's [B, 1, S, S]
  // masks (12-16 pairs a tile) gain 22-38% in bf16.
  if (dead_map_reuse(p) < kDeadMapMinReuse) extra &= ~kSchedDeadMap;
  // Neither over short key ranges (dead_tiles_pay).
  if (!dead_tiles_pay(p)) extra &= ~(kSchedDeadTiles | kSchedDeadMap);
  return kSchedWgRange | kSchedWideO | extra | (p->seq_k <= 4096 ? kSchedEarlyQ : 0);
}

// KParams::dead_counts of later launches (attn_hopper_set_dead_tile_counts: tests).
static unsigned *g_dead_counts = nullptr;

// The L2 promotion of the Q, K and V maps (the copy engine's L2 fill size
// on a miss). Default: 128 bytes for an operand whose rows start off the
// 32-byte sectors (row stride 16 mod 32 bytes: dense D 40, 56, 72, 88,
// 104, ...), else 256. H200, same process (bench/RESULTS.md "Misaligned
// rows: the L2 promotion", calls X1 and X2) against 256 bytes: D 72 / D 88
// (SigLIP, S 384 GQA, S 512-4096) +4.5-9% bf16, +3.5-8.5% f16, most of
// what rows 192 bytes apart gain; D 104 / 136 +4.5 / +5%; D 40 / 56 (one
// panel a row) +-0.4%. Rows 192 bytes apart -2..+5%, aligned rows not
// resolved from noise: left at 256. ATTN_HOPPER_L2P=QKV (tests, tuning) or
// attn_hopper_set_l2p (the same-process A/B) override it: three digits,
// each 0 none, 1 64 B, 2 128 B, 3 256 B.
static int g_l2p_override = -1;
static CUtensorMapL2promotion l2_promotion(int operand /* 0 Q, 1 K, 2 V */, int64_t seq,
                                           int64_t row_stride /* elements */) {
  static const int env = [] {
    const char *e = getenv("ATTN_HOPPER_L2P");
    return e ? atoi(e) : -1;
  }();
  const int code = g_l2p_override >= 0 ? g_l2p_override : env;
  if (code < 0)
    return seq > 1 && row_stride * 2 % 32 != 0 ? CU_TENSOR_MAP_L2_PROMOTION_L2_128B
                                                : CU_TENSOR_MAP_L2_PROMOTION_L2_256B;
  const int digit = code / (operand == 0 ? 100 : operand == 1 ? 10 : 1) % 10;
  return digit == 0   ? CU_TENSOR_MAP_L2_PROMOTION_NONE
         : digit == 1 ? CU_TENSOR_MAP_L2_PROMOTION_L2_64B
         : digit == 2 ? CU_TENSOR_MAP_L2_PROMOTION_L2_128B
                      : CU_TENSOR_MAP_L2_PROMOTION_L2_256B;
}

// The promotions of p's Q, K and V maps as the digits QKV of
// l2_promotion (attn_hopper_l2_promotions: tests).
static int l2_promotion_digits(const attnk_problem *p) {
  auto digit = [](CUtensorMapL2promotion x) {
    return x == CU_TENSOR_MAP_L2_PROMOTION_NONE ? 0 : x == CU_TENSOR_MAP_L2_PROMOTION_L2_64B ? 1
           : x == CU_TENSOR_MAP_L2_PROMOTION_L2_128B                                      ? 2 : 3;
  };
  return 100 * digit(l2_promotion(0, p->seq_q, p->q.strides[2])) +
         10 * digit(l2_promotion(1, p->seq_k, p->k.strides[2])) +
         digit(l2_promotion(2, p->seq_k, p->v.strides[2]));
}

// Whether every row of O starts 16 bytes aligned (kSchedWideO's condition):
// the pointer and the strides of the dims that have more than one index.
static bool o_rows_16b(const attnk_problem *p) {
  const int64_t dims[3] = {p->batch, p->heads_q, p->seq_q};
  if (reinterpret_cast<uintptr_t>(p->o.data) % 16 != 0) return false;
  for (int i = 0; i < 3; ++i)
    if (dims[i] > 1 && p->o.strides[i] % 8 != 0) return false;
  return true;
}

// The launch of one problem, built in one place from the attnk_problem: the
// kernel's parameters and the TMA descriptors of Q, K and V for the tile
// shape of the variant (BM query rows, BN key rows).
struct Launch {
  CUtensorMap mq, mk, mv, mm;  // mm: the row mask (MROW kernels), else unused
  CUtensorMap mo;              // O (Cfg::OTMA kernels with kSchedTmaO), else unused
  KParams kp;
};

// v_cols: the columns of a V panel (Cfg::VPC: 64, or 32 / 16 for V tiles
// of 96 or 160 / 80 columns).
// extra: the variant's default sched bits (sched_flags).
// hpt: query heads per tile (Cfg::HPT): above 1, boxes of hpt heads of 64
// query rows (Sq <= 64) and of BN keys, and tiles of hpt heads.
static int make_launch(const attnk_problem *p, int BM, int BN, int v_cols, int extra,
                       int hpt, Launch *L) {
  const bool bf16 = p->dtype == ATTNRT_DTYPE_BF16;
  const int64_t D = p->head_dim, Dv = p->head_dim_v;
  if (hpt > 1 && p->seq_q > 64) return cudaErrorInvalidValue;
  const int q_rows = hpt > 1 ? 64 : BM;
  if (!attn::tma::make_bshd_map(&L->mq, p->q.data, bf16, D, p->seq_q, p->heads_q, p->batch, p->q.strides, q_rows,
                                l2_promotion(0, p->seq_q, p->q.strides[2]), 64, hpt) ||
      !attn::tma::make_bshd_map(&L->mk, p->k.data, bf16, D, p->seq_k, p->heads_kv, p->batch, p->k.strides, BN,
                                l2_promotion(1, p->seq_k, p->k.strides[2]), 64, hpt) ||
      !attn::tma::make_bshd_map(&L->mv, p->v.data, bf16, Dv, p->seq_k, p->heads_kv, p->batch, p->v.strides, BN,
                                l2_promotion(2, p->seq_k, p->v.strides[2]), v_cols, hpt))
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
  kp.Dv = static_cast<int>(Dv);
  kp.Sq = static_cast<int>(p->seq_q);
  kp.Sk = static_cast<int>(p->seq_k);
  kp.group = static_cast<int>(p->heads_q / p->heads_kv);
  kp.Hq = static_cast<int>(p->heads_q);
  kp.num_m_blocks = hpt > 1 ? 1 : static_cast<int>((p->seq_q + BM - 1) / BM);
  // (batch, head) pairs, or with hpt > 1 (batch, group of hpt heads) pairs.
  const int64_t head_groups = (p->heads_q + hpt - 1) / hpt;
  const int64_t tiles = static_cast<int64_t>(kp.num_m_blocks) * head_groups * p->batch;
  if (tiles > 0x7fffffff) return cudaErrorInvalidValue;
  kp.num_tiles = static_cast<int>(tiles);
  kp.num_bh = static_cast<int>(head_groups * p->batch);
  {
    // K and V bytes one pair streams (a query head's shared by the heads of
    // a GQA group).
    const int64_t kv_bytes = 2 * p->seq_k * (D + Dv) * hpt / kp.group;
    static const int64_t env_mb = [] {
      const char *e = getenv("ATTN_HOPPER_CHUNK_MB");  // tuning experiments only
      return e ? static_cast<int64_t>(atoi(e)) : -1;
    }();
    // 8 MB, except causal problems on the plain 256-column kernels: 32 MB
    // (FlashAttention-3's section size). Longest-first holds inside a chunk
    // only, so each chunk ends on its longest tiles' stragglers; at D 256 a
    // chunk of 8 MB is 4 (batch, head) pairs, 64 tiles of 128 rows, and the
    // last chunk's 26-key-tile tiles (Gemma 2k) start in the final wave.
    // H200, same process (bench/RESULTS.md, "D 256 causal: the L2 chunk"):
    // Gemma-7B 2k / Gemma-2 4k +4-6% over 8 MB, beyond the control.
    const bool d256_causal = p->causal != ATTNRT_CAUSAL_NONE && !needs_gen(p) &&
                             padded_head_dim(D > Dv ? D : Dv) == 256;
    const int64_t mb = env_mb >= 0 ? env_mb : d256_causal ? 32 : 8;
    const int64_t budget = mb << 20;
    int64_t chunk = budget / (kv_bytes > 0 ? kv_bytes : 1);
    if (chunk < 1) chunk = 1;
    if (chunk > kp.num_bh) chunk = kp.num_bh;
    kp.chunk = static_cast<int>(chunk);
  }
  kp.counter = nullptr;
  kp.dead_counts = g_dead_counts;
  kp.sched = sched_flags(p, extra) & (o_rows_16b(p) ? ~0 : ~(kSchedWideO | kSchedWideONarrow));
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
    const int esz = mask_elem_size(p);
    kp.mask_pair = kp.mask && kp.ms3 == 1 && kp.ms0 % 2 == 0 && kp.ms1 % 2 == 0 &&
                   kp.ms2 % 2 == 0 && reinterpret_cast<uintptr_t>(kp.mask) % (2 * esz) == 0;
  }
  return cudaSuccess;
}

// Split-KV for the next launch on this thread (attn_hopper_fwd_split sets
// it around one call of a variant's launch): splits <= 1 off; `used` returns
// the split count launched (fewer than asked where some would be empty).
struct SplitRequest {
  int splits;
  float *part_o, *part_ml;
  int used;
};
static thread_local SplitRequest g_split = {1, nullptr, nullptr, 1};

// Tests only (attn_hopper_set_grid_cap): the most CTAs of a persistent
// grid; 0 none.
static int g_grid_cap = 0;

// Whether a kernel after the dead map's pass is launched programmatically
// (launch_kernel); off only for the same-process A/B (attn_hopper_set_pdl).
static bool g_pdl = true;

// One kernel instantiation's launch: C a Cfg (unsplit) or a SplitCfg.
template <class C, Grid G>
static int launch_kernel(const attnk_problem *p, void *stream, int extra) {
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
  const int rc = make_launch(p, C::BM, C::BN, C::VPC, extra, C::HPT, &L);
  if (rc != cudaSuccess) return rc;
  KParams &kp = L.kp;
  if constexpr (C::KVR) {
    static_assert(G == Grid::Static, "K/V resident: the static grid only");
    // Every key tile of a head fits the ring (non-causal: each m-block
    // visits all of them): hold K/V across the head's m-blocks, the tiles
    // ordered head by head (tile_coord with chunk 1) and one CTA per
    // (batch, head) pair at most. Else the usual static grid.
    if (!kp.causal && kp.Sk <= C::STAGES * C::BN && kp.num_tiles < (1 << 30)) {
      kp.kv_hold = 1;
      kp.chunk = 1;
    }
  }
  g_split.used = 1;
  // Kernels without split-KV (Cfg::SPLITKV: launch below picks the SplitCfg
  // for split requests where Cfg::SPLITKV_OK) run the problem unsplit: O and
  // lse written, *splits_used 1.
  if (C::SPLITKV && g_split.splits > 1) {
    // Key tiles of BN keys cut into ranges of `per` tiles, none empty; the
    // causal diagonal would vary the ranges per m-block (and hidden_tail
    // assumes one range): refused.
    if (kp.causal || !g_split.part_o || !g_split.part_ml) return cudaErrorInvalidValue;
    const int nkt = (kp.Sk + C::BN - 1) / C::BN;
    const int per = nkt > 0 ? (nkt + g_split.splits - 1) / g_split.splits : 1;
    const int used = nkt > 0 ? (nkt + per - 1) / per : 1;
    if (used > 1) {
      const int64_t tiles = static_cast<int64_t>(kp.num_tiles) * used;
      if (tiles > 0x7fffffff) return cudaErrorInvalidValue;
      kp.num_tiles = static_cast<int>(tiles);
      kp.kv_hold = 0;  // one CTA per (tile, split): nothing to hold
      kp.splits = used;
      kp.split_tiles = per;
      kp.part_o = g_split.part_o;
      kp.part_ml = g_split.part_ml;
      kp.part_rows = p->batch * p->heads_q * p->seq_q;
      g_split.used = used;
    }
  }
  std::memset(&L.mm, 0, sizeof(L.mm));
  if constexpr (C::MSM) {
    if (has_mask(p)) {
      if constexpr (C::MROW) {
        if (!mask_row_ok(p) || !make_mask_map(&L.mm, p, C::BN)) return cudaErrorInvalidValue;
        kp.msm_bytes = C::BN * mask_elem_size(p);
      } else {
        if (!mask_tile_ok(p) || !make_mask_tile_map(&L.mm, p, C::BM)) return cudaErrorInvalidValue;
        kp.msm_bytes = C::BM * C::BN * mask_elem_size(p);
      }
      kp.msm_h = mask_dims(p).h > 1;
      kp.msm_b = mask_dims(p).b > 1;
    }
  }
  // The dead map (dead_map.cuh) of a launch that skips dead mask tiles,
  // built on the stream before the kernel and freed after it. Without
  // memory for it, or where its launch fails (the cooperative pass's can be
  // refused), the kernel loads every tile, as without the map (the same
  // results).
  cudaStream_t st = static_cast<cudaStream_t>(stream);
  uint32_t *dmap = nullptr;
  if constexpr (C::MTILE) {
    const int want = kSchedDeadTiles | kSchedDeadMap;
    const MaskDims md = mask_dims(p);
    const DeadMapDims d = dead_map_dims(p->seq_q, p->seq_k, C::BN, md.h, md.b);
    if (kp.msm_bytes && (kp.sched & want) == want && kp.fill <= kDeadFill && d.bytes() > 0) {
      // The direct pass for small masks shared by every head (padding,
      // causal: mostly dead or clear tiles); per-head masks (biases, whose
      // tiles the cooperative pass's sample decides) keep the other.
      const DeadMapPass pass = dead_map_pass(d, num_sms(), kDeadMapMaxGrid - 1,
                                             int64_t(kDeadMapRows) * C::BN * mask_elem_size(p),
                                             md.h == 1 ? kDeadMapDirectBytes : 0);
      const size_t map_bytes = (d.bytes() + 255) / 256 * 256;
      const size_t scratch_bytes = (pass.scratch_bytes() + 255) / 256 * 256;
      // An f16 mask's dead plane needs K's norms (key_norms.cuh).
      const bool f16 = p->mask_dtype == ATTNRT_DTYPE_F16;
      const size_t norm_bytes = f16 ? key_norms_entries(p) * sizeof(uint32_t) : 0;
      if (attn::workspace_alloc(reinterpret_cast<void **>(&dmap), map_bytes + scratch_bytes + norm_bytes, st) ==
          cudaSuccess) {
        const int64_t *ms = p->mask.strides;
        uint32_t *norms = reinterpret_cast<uint32_t *>(reinterpret_cast<char *>(dmap) + map_bytes + scratch_bytes);
        // The direct pass's memset zeroes the norms too, and its launch runs
        // the norm pass beside the map where K is at most kKeyNormsBesideMap
        // times the mask's bytes (ungated: a mask without a dead tile then
        // pays that read, where the separate pass waits for the map's word);
        // the cooperative pass runs it inside its launch, gated as the
        // separate one (no memset, no launches of their own).
        KeyNormArgs norm_args;
        const int64_t key_bytes = p->batch * p->heads_kv * p->seq_k * p->head_dim * 2;
        const int64_t mask_bytes = pass.items * kDeadMapPartChunks * 16;  // over the map's tiles
        const bool fused = f16 && (!pass.direct || key_bytes <= kKeyNormsBesideMap * mask_bytes) &&
                           key_norm_args(p, norms, &norm_args);
        if (launch_dead_map(p->mask.data, ms[0], ms[1], ms[2], mask_elem_size(p), static_cast<int>(p->mask_dtype),
                            static_cast<int>(p->seq_q), static_cast<int>(p->seq_k), C::BN, d, pass, dmap,
                            reinterpret_cast<char *>(dmap) + map_bytes, st, scratch_bytes + norm_bytes,
                            fused ? &norm_args : nullptr) == cudaSuccess) {
          kp.dmap = dmap;
          kp.dmap_words = d.words;
          kp.dmap_blocks = d.blocks;
          kp.dmap_sh = d.heads > 1 ? int64_t(d.blocks) * 2 * d.words : 0;
          kp.dmap_sb = d.batches > 1 ? int64_t(d.heads) * d.blocks * 2 * d.words : 0;
          kp.dmap_any = dead_map_any_bit(pass, reinterpret_cast<char *>(dmap) + map_bytes);
          // Without the norms the map's clear plane still serves.
          if (fused || (f16 && launch_key_norms(p, norms, st,
                                                 dead_map_any(pass, reinterpret_cast<char *>(dmap) + map_bytes),
                                                 pass.direct) == cudaSuccess)) {
            kp.dmap_kn = norms;
          } else {
            (void)cudaGetLastError();
          }
        } else {
          (void)cudaGetLastError();  // not this call's error: it runs without the map
          cudaFreeAsync(dmap, st);
          dmap = nullptr;
        }
      } else {
        dmap = nullptr;
        (void)cudaGetLastError();
      }
    }
  }
  // O by TMA where its rows are 16-byte aligned (the map's strides), in
  // boxes of one warpgroup's 64 rows x 64 columns.
  std::memset(&L.mo, 0, sizeof(L.mo));
  kp.sched &= ~kSchedTmaO;
  if constexpr (C::OTMA) {
    if (o_rows_16b(p) && attn::tma::make_bshd_map(&L.mo, p->o.data, C::BF16, p->head_dim_v, p->seq_q,
                                                  p->heads_q, p->batch, p->o.strides, 64))
      kp.sched |= kSchedTmaO;
  }
  set_divisors(kp, C::HPT);
  cudaLaunchConfig_t cfg;
  std::memset(&cfg, 0, sizeof(cfg));
  const int sms = num_sms();
  const int units = kp.kv_hold ? kp.num_bh : kp.num_tiles;  // work items of the persistent grid
  int grid = G == Grid::PerTile ? kp.num_tiles : (units < sms ? units : sms);
  if (G != Grid::PerTile && g_grid_cap > 0 && grid > g_grid_cap) grid = g_grid_cap;  // tests only
  if (G == Grid::Dynamic && grid < kp.num_tiles) {
    kp.counter = next_counter(dev, &e);
    if (!kp.counter) {
      if (dmap) cudaFreeAsync(dmap, st);
      return e;
    }
  }
  cfg.gridDim = dim3(static_cast<unsigned>(grid));
  cfg.blockDim = dim3(C::THREADS);
  cfg.dynamicSmemBytes = C::SMEM;
  cfg.stream = st;
  // After the dead map's pass (and the key norms'), a programmatic launch:
  // the kernel's CTAs are scheduled as the pass's blocks leave and load
  // their first Q before they wait for its end (grid_dependency_wait, the
  // producer's first map read and the consumers' start); the pass's own
  // launch waited for everything before it, so Q, K, V and the mask are
  // ready. Where the launch with the attribute is refused, the plain one.
  cudaLaunchAttribute attr[1];
  if (dmap && g_pdl) {
    attr[0].id = cudaLaunchAttributeProgrammaticStreamSerialization;
    attr[0].val.programmaticStreamSerializationAllowed = 1;
    cfg.attrs = attr;
    cfg.numAttrs = 1;
  }
  e = cudaLaunchKernelEx(&cfg, fa_fwd_kernel<C, G == Grid::Dynamic>, L.mq, L.mk, L.mv, L.mm, L.mo, kp);
  if (e != cudaSuccess && cfg.numAttrs) {
    (void)cudaGetLastError();
    cfg.numAttrs = 0;
    e = cudaLaunchKernelEx(&cfg, fa_fwd_kernel<C, G == Grid::Dynamic>, L.mq, L.mk, L.mv, L.mm, L.mo, kp);
  }
  if (dmap) {
    const cudaError_t f = cudaFreeAsync(dmap, st);
    if (e == cudaSuccess) e = f;
  }
  return e;
}

// A variant's launch. extra: its own default sched bits (sched_flags).
// Split requests (g_split) run the SplitCfg instantiation, compiled for the
// configs that allow it (Cfg::SPLITKV_OK); everything else the Cfg itself,
// whose kernel has no split-KV code.
template <class C, Grid G>
static int launch(const attnk_problem *p, void *stream, int extra) {
  if constexpr (C::SPLITKV_OK) {
    if (g_split.splits > 1) return launch_kernel<SplitCfg<C>, G>(p, stream, extra);
  }
  return launch_kernel<C, G>(p, stream, extra);
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_LAUNCH_CUH
