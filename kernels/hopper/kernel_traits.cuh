//===- kernel_traits.cuh - tile shapes and parameters of the Hopper kernel -===//
//
// Cfg: one compiled variant's tile shape, pipeline depth, warp roles and
// register split; KParams: what the kernel reads besides the three TMA
// descriptors, derived from the attnk_problem on the host (launch.cuh).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_KERNEL_TRAITS_CUH
#define ATTN_HOPPER_KERNEL_TRAITS_CUH

#include <cstdint>

#include "attn/fast_div.h"

namespace attn_hopper {

// 208-key tiles (issue 12, short sequences): BN need not be a multiple of
// 64 (wgmma N may be any multiple of 8 up to 256; P V's k-steps need 16; a
// 208-row panel keeps the 1024-byte alignment): ViT's 197 keys fit one
// 208-key tile (1.06x key padding, no online rescale) instead of two
// 128-key tiles (1.30x). The kernel runs any Sk (more key tiles); the
// heuristics pick it where it pads the keys less (short_keys_variant).
constexpr bool wide_key_tile_bn(int bn) { return bn == 208; }

// The keys of one mask-tile panel (Cfg::MTILE): 128 bytes a row, the
// 128-byte swizzle's span: 64 16-bit values, or 128 booleans (mask dtype 3).
__host__ __device__ constexpr int mask_tile_panel_keys(int mask_dtype) {
  return mask_dtype == 3 ? 128 : 64;
}

// GEN: the general kernel: mask operand (raw bits loaded into registers one
// key tile ahead, converted at use), finite mask fills (hidden key tiles past
// the diagonal skipped, with an exact tail: hidden_tail), logits in natural
// units (p = exp2((z - m) * log2 e), exact for any finite mask or fill value,
// finfo.min included). Without GEN: no mask, hidden positions -inf in the
// tiles, a finite fill's hidden keys added after the last tile where they
// weigh anything (plain_fill_tail; default_variant routes masked problems
// and scales <= 0 to GEN). GMASK (GEN only): with the mask operand; false =
// mask-free GEN kernels (scale <= 0 without a mask; no mask registers:
// plain tile sizes).
// MSM (GEN only): the mask operand comes into shared memory by TMA with
// each K tile (completing on k_full) and is read from there at use: no mask
// registers, so the plain tile sizes. MSM 1 (MROW): a row mask (the same
// values for every query row: [B|1, H|1, 1, Sk], padding masks), one
// BN-element row per stage. MSM 2 (MTILE): a 16-bit additive or boolean
// mask with rows ([B|1, H|1, Sq, Sk]: T5's relative bias, Hugging Face's
// causal + padding masks), a BM x BN tile per stage as panels of 128-byte
// rows with the 128-byte swizzle (conflict-free reads).
// Without a mask operand an MSM kernel computes what a mask-free GEN does.
// DP: the padded head dim the Q and K tiles hold (64, 128, 192 or 256); the
// problem's head dim D <= DP is a run-time value (KParams::D): TMA fills the
// columns from D to DP with zeros, which add nothing to QK^T.
// DV_ (0: DP): the padded width of the V tiles and of O (PV's N); the
// problem's Dv <= DV is a run-time value (KParams::Dv): V's columns from Dv
// to DV are TMA's zero fill and give zero output columns, never stored.
// QST_: Q buffers (1 to 3). With 2 the producer
// loads the next output tile's Q, and so its K/V, while this tile's S GEMM
// and softmax still read the other buffer; with 1 it waits for this tile's
// q_empty first, so a tile of few key tiles starts on a load latency.
// With the dynamic grid (HANDOFF) each buffer has its own tile slot: the
// producer claims tile t+1 and publishes it in the other buffer's slot
// while the consumers read tile t's (d64_bm192_ovl_pp_q2_dyn,
// d128_bm128_ovl_pp_q2_dyn). With 3 the loads run a tile further ahead
// (d64_bm128_ovl_pp_q3_static: one key tile an output tile, 124..128 keys).
// LR_ (GEN only): logit_rounding in the operand type (attn/rounded_logits.h):
// each logit rounded step by step to bf16 (BF16) or f16, as HF eager
// attention computes it in that type; only problems with that
// logit_rounding run these kernels, and no other kernel runs them.
// KVR_: K/V resident across the m-blocks of a head (static grid, plain,
// OVERLAP, one Q buffer): where the launch finds that every key tile of the
// problem fits the ring (non-causal, Sk <= STAGES * BN: KParams::kv_hold), a
// CTA computes all m-blocks of one (batch, query head) in turn and loads its
// K and V once, for the first; the later m-blocks read them where they stay
// (tile_scheduler.cuh: unit_first_tile, unit_next_tile). SD 1.5's D 160 at
// 256 tokens: 2 m-blocks x 2 key tiles of 128, so the ring holds the head.
// HPT_: query heads per output tile, 1 or NWG (plain kernels without K/V
// residency or split-KV). With NWG, consumer warpgroup w computes query head
// h0 + w (its rows are that head's positions 0..63: Sq <= 64, the launch's
// check), and each Q, K and V load brings NWG consecutive heads in one TMA
// box (rows past Sq or Sk read as zeros): a K/V stage holds NWG heads'
// BN-key tiles, and warpgroup w reads its own KV head's. Short problems (Sq,
// Sk <= 64: video models' attention over frames, short prompts) then fill
// NWG x 64 rows of a tile instead of Sq. Each warpgroup's GEMMs read only
// its own head's K and V rows, so a NaN or infinity in one head never
// reaches another head's output.
template <int DP_, int NWG_, int BN_, int STAGES_, bool BF16_, bool OVERLAP_, bool PINGPONG_,
          int PREGS_ = (NWG_ == 2 ? 40 : 32), bool GEN_ = false, bool GMASK_ = true,
          int MSM_ = 0, int DK_ = 0, int DV_ = 0, int QST_ = 1, bool LR_ = false,
          bool KVR_ = false, bool OTMA_ = false, int HPT_ = 1>
struct Cfg {
  static constexpr int DP = DP_, NWG = NWG_, BM = 64 * NWG_, BN = BN_, STAGES = STAGES_;
  static constexpr bool BF16 = BF16_, OVERLAP = OVERLAP_, PINGPONG = PINGPONG_, GEN = GEN_;
  static constexpr bool LR = GEN_ && LR_;  // logits rounded in the operand type
  static_assert(GEN_ || !LR_, "logit rounding runs on the GEN kernels");
  static constexpr bool GMASK = GEN_ && GMASK_ && MSM_ == 0;  // mask values in registers
  static constexpr bool MROW = GEN_ && MSM_ == 1;              // row mask in shared memory
  // SPLITKV: split-KV (KParams::splits) compiled in; only the SplitCfg
  // instantiation below has it, so the kernels launched unsplit keep the key
  // loop they had without split-KV (the run-time split test in tile_coord
  // took the dynamic-grid key loops off the uniform datapath: 81 -> 8
  // uniform instructions, 40 R2UR in d128_bm128_ovl_dyn's).
  static constexpr bool SPLITKV = false;
  // SPLITKV_OK: a SplitCfg of this config is compiled and launched for
  // split requests; not for the GMASK kernels, where the key offset and the
  // partial epilogue cost spills (ptxas, nvcc 13.0: D 256 40/36 -> 108/204
  // B, D 64 BN 128 84/100 -> 184/332 B; the others unchanged). The host
  // runs those unsplit (launch.cuh).
  static constexpr bool SPLITKV_OK = !(GEN_ && GMASK_ && MSM_ == 0) && HPT_ == 1;
  static constexpr bool MTILE = GEN_ && MSM_ == 2;             // mask tiles in shared memory
  // A mask tile is whole panels of 128-byte rows (mask_tile_panel_keys).
  static_assert(!MTILE || BN_ % 128 == 0, "mask tiles: 128-key tiles");
  static constexpr bool MSM = MROW || MTILE;
  static constexpr int PANELS = DP / 64;
  // DK: the head-dim columns S = Q K^T runs over (0: DP). Variants with
  // DK < DP serve D <= DK only: the columns from DK to DP are TMA's zero
  // fill, whose k-steps would add nothing (D 80 in 128-column tiles: 5 of 8
  // k-steps; PV still produces DV columns).
  static constexpr int DK = DK_ ? DK_ : DP;
  static_assert(DK % 16 == 0 && DK <= DP && DK > DP - 64, "DK");
  // V and O are DV columns wide.
  static constexpr int DV = DV_ ? DV_ : DP;
  // V tiles are stored in panels of VPC columns: 64 (the 128-byte swizzle,
  // as Q and K) where DV is a multiple of 64, else 32 or 16 (the 64- or
  // 32-byte swizzle: DV 160 and 96, and 80, so PV runs over Stable
  // Diffusion's head dims and D 96 instead of the next multiple of 64).
  static_assert((DV % 64 == 0 && DV >= 64 && DV <= 256) || DV == 80 || DV == 96 || DV == 160,
                "padded value head dim");
  static constexpr int VPC = DV % 64 == 0 ? 64 : DV % 32 == 0 ? 32 : 16;
  static constexpr int V_ROW_BYTES = VPC * 2;
  static constexpr int V_PANELS = DV / VPC;
  static constexpr int QST = QST_;
  static_assert(QST >= 1 && QST <= 3, "Q buffers");  // tile slots: SMEM's 16 bytes
  static constexpr bool KVR = KVR_;
  static_assert(!KVR_ || (!GEN_ && OVERLAP_ && QST_ == 1), "K/V resident: plain, OVERLAP, one Q buffer");
  static constexpr int HPT = HPT_;
  static_assert(HPT_ == 1 || (HPT_ == NWG_ && !GEN_ && !KVR_), "heads per tile: 1, or NWG (plain)");
  // Rows of one stage's K and V tiles: BN keys of each of the HPT heads.
  static constexpr int KROWS = BN * HPT;
  static constexpr int Q_BYTES = BM * DP * 2;     // one Q buffer
  static constexpr int K_BYTES = KROWS * DP * 2;  // one stage's K tile
  static constexpr int V_BYTES = KROWS * DV * 2;  // one stage's V tile
  static constexpr int Q_OFF = 0;
  static constexpr int K_OFF = Q_OFF + QST * Q_BYTES;
  static constexpr int V_OFF = K_OFF + STAGES * K_BYTES;
  static constexpr int M_OFF = V_OFF + STAGES * V_BYTES;
  // One stage's mask: a row (f32 at most) or a BM x BN tile (16-bit at most).
  static constexpr int M_SLOT = MROW ? BN * 4 : MTILE ? BM * BN * 2 : 0;
  // OTMA (plain kernels, DV a multiple of 64): O goes out through a
  // shared-memory tile (stmatrix, 128-byte swizzle, 64-column panels) and
  // a TMA store per warpgroup and panel, where the host finds O's rows
  // 16-byte aligned (kSchedTmaO; else the register stores). The tile's
  // epilogue then costs 8 stmatrix a warp instead of the 16-byte stores'
  // lane transposes (bench/hopper/NOTES.md "divide").
  static constexpr bool OTMA = OTMA_;
  static_assert(!OTMA_ || (!GEN_ && DV % 64 == 0), "O by TMA: plain kernels, 64-column panels");
  static constexpr int O_OFF = M_OFF + STAGES * M_SLOT;
  static constexpr int O_BYTES = OTMA_ ? BM * DV * 2 : 0;
  static constexpr int BAR_OFF = O_OFF + O_BYTES;
  // MTILE: one more mbarrier per stage (chk: the dead-tile checkers'
  // verdict on the stage's mask tile, kSchedDeadTiles).
  static constexpr int NUM_BARS = 2 * QST + 4 * STAGES + (MTILE ? STAGES : 0);
  // One tile slot (int) per Q buffer (the dynamic scheduler's handoff);
  // MTILE: then the checkers' verdicts (a byte per stage and consumer
  // warpgroup), stop flags (a byte per stage) and the K tiles' largest
  // squared key norms (f32 bits per stage and consumer warpgroup, at KN_OFF),
  // then each consumer warpgroup's armed round (an int at ARM_OFF: the Q
  // round in which all its rows were armed, for the producer's dead map).
  static constexpr int DEAD_OFF = BAR_OFF + 8 * NUM_BARS + 16;
  static constexpr int KN_OFF = DEAD_OFF + (STAGES * NWG + STAGES + 3) / 4 * 4;
  static constexpr int ARM_OFF = KN_OFF + 4 * STAGES * NWG;
  static constexpr int DEAD_BYTES = MTILE ? (ARM_OFF - DEAD_OFF + 4 * NWG + 15) / 16 * 16 : 0;
  static constexpr int SMEM = DEAD_OFF + DEAD_BYTES + 1024;  // alignment slack
  static constexpr int THREADS = 128 * (NWG + 1);
  // VOTE (plain kernels): after each key tile's softmax a warp vote decides
  // whether O is rescaled (a factor other than 1), and the wait for P V
  // sits on both arms of that branch, so ptxas cannot hoist it above the
  // exponentials (attn_hopper.cu, softmax.cuh). The D 256 kernels, and the
  // D 128 kernels without pingpong with QK^T over all 128 columns: there
  // ptxas put the wait before the softmax too, so a warpgroup's softmax
  // overlapped no GEMM of its own (bench/RESULTS.md, "D 128 causal: P V
  // under the softmax": 1-6% on the D 128 causal rows; with pingpong the
  // same change measured nothing, the partner's GEMMs already cover it).
  // Also the D 96 twins of those (DK 96: d128_k96_*), which replace them
  // on D 88..96 and would otherwise lose the vote (the k80 kernels, never
  // measured with it, keep the hoisted wait).
  static constexpr bool VOTE =
      !GEN_ && (DV == 256 || (DP == 128 && (DK == 128 || DK == 96) && DV >= 96 && !PINGPONG_));
  // setmaxnreg split: 128 * PRODUCER_REGS + 128 * NWG * CONSUMER_REGS <= 65536.
  static constexpr int PRODUCER_REGS = PREGS_;
  static constexpr int CONSUMER_REGS = NWG == 2 ? (PREGS_ <= 24 ? 240 : 232) : 160;
  static_assert(DP % 64 == 0 && DP >= 64 && DP <= 256, "padded head dim");
  // BN: a multiple of 16 (P's k-steps in PV) whose 64-column panels keep
  // the 1024-byte alignment of the 128-byte swizzle (BN * 128 % 1024 == 0).
  static_assert(BN == 64 || BN == 80 || BN == 96 || BN == 112 || BN == 128 || wide_key_tile_bn(BN), "BN");
  static_assert(BN % 16 == 0 && BN * 128 % 1024 == 0, "BN: P V k-steps, swizzle alignment");
  static_assert(SMEM <= 227 * 1024, "shared memory");
};

// C with split-KV compiled in (launch.cuh launches it for split requests
// where C::SPLITKV_OK): its own kernel instantiation.
template <class C>
struct SplitCfg : C {
  static_assert(C::SPLITKV_OK, "split-KV is not compiled into this config");
  static constexpr bool SPLITKV = true;
};

struct KParams {
  void *o;
  int64_t o_sb, o_sh, o_ss;
  float *lse;  // f32 [b, h, i] (element strides), or null
  int64_t lse_sb, lse_sh, lse_ss;
  int D;       // head dim of Q and K (<= Cfg::DP, a multiple of 8)
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
  // MSM only: bytes of one key tile's mask in shared memory (0: no mask
  // operand), and whether the mask has a head / batch dim (else the
  // coordinate is 0).
  int msm_bytes, msm_h, msm_b;
  int Dv;  // head dim of V and O (<= Cfg::DV, a multiple of 8)
  int sched;  // kSched* bits (tile_scheduler.cuh)
  // kSchedDeadTiles, tests only (attn_hopper_set_dead_tile_counts): where
  // not null, [0] counts the (warpgroup, key tile) pairs skipped on their
  // mask values alone, [1] those skipped under the norm bound
  // (mainloop.cuh kDeadBound2).
  // [2]: the key tiles whose loads the producer left out (dead map).
  unsigned *dead_counts;
  // kSchedDeadTiles with a dead map (dead_map.cuh; null: none): key tile n
  // is dead for 64-row block rb of mask batch mb, head mh where bit n & 31
  // of dmap[mb * dmap_sb + mh * dmap_sh + rb * 2 * dmap_words + (n >> 5)]
  // is set, its mask adds nothing where that of the word dmap_words after
  // is (dmap_sb, dmap_sh 0 where the mask broadcasts).
  const uint32_t *dmap;
  int64_t dmap_sb, dmap_sh;
  int dmap_words, dmap_blocks;
  // With dmap: the map's pass's "any bit" word, 0 where no tile of the map
  // is dead or clear (dead_map.cuh; T5's bias): the kernel then runs as
  // without kSchedDeadTiles (mainloop.cuh dead_tiles_run).
  const int *dmap_any;
  // An f16 mask's map, whose dead plane holds -65504 (dead only under the
  // norm bound, mainloop.cuh kDeadBound2): the largest squared row norm
  // (f32 bits, key_norms.cuh) of K per (batch, KV head), dmap_kn[b * Hq /
  // group + h / group]. Null: the f16 map's dead plane is not used.
  const uint32_t *dmap_kn;
  // Cfg::KVR only: 1 where the launch holds K/V across a head's m-blocks
  // (non-causal, Sk <= STAGES * BN; tiles ordered head by head: chunk 1),
  // else 0 (the usual round-robin static grid).
  int kv_hold;
  // Split-KV (attn_hopper_fwd_split; non-causal problems only): the key
  // tiles of each output tile are cut into `splits` ranges of `split_tiles`
  // tiles, one output tile per (tile, split) pair (tile_coord), and each
  // writes, instead of O and lse, its normalized f32 partial output to
  // part_o [split][row][Dv] and its row max and sum (natural units) to
  // part_ml [split][row][2], row = (b * Hq + h) * Sq + i of part_rows: the
  // decode combine's layout (attnk_decode_combine). splits <= 1: off.
  int splits, split_tiles;
  float *part_o, *part_ml;
  int64_t part_rows;
  // The divisors of tile_coord and the producer's KV head, as multipliers
  // (attn/fast_div.h; set_divisors in launch.cuh, after every field above
  // is final): Hq, group, chunk, the last chunk's width, chunk x
  // num_m_blocks, splits.
  attn::FastDiv div_hq, div_group, div_chunk, div_last_width, div_per_chunk, div_splits;
};

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_KERNEL_TRAITS_CUH
