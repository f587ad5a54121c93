//===- tile_scheduler.cuh - which output tile a CTA computes next --------===//
//
// One CTA loops over output tiles (BM query rows of one batch and query
// head): first t = blockIdx.x, then either t + gridDim.x (static) or
// gridDim.x + atomicAdd(counter) (dynamic). With a grid of one CTA per tile
// the loop runs once (K/V-resident kernels, Cfg::KVR with kv_hold: the
// m-blocks of one (batch, head) pair in turn, unit_first_tile /
// unit_next_tile below). The producer picks the tile and hands its index to
// the consumers through shared memory, published by the q_full barrier
// (each consumer warp reads it warp-uniformly, attn_hopper.cu); -1 ends the
// loop (mainloop.cuh).
// Tile order: (batch, head) pairs in chunks of p.chunk pairs (chosen so a
// chunk's K and V fit in L2); inside a chunk the m-block is the slow index
// (longest first for causal problems), so CTAs running together share K/V.
// Causal tiles: the CTA visits the key tiles some row of the tile can see
// (TileCoord::n_tiles); with kSchedWgRange each consumer warpgroup computes
// only those its own 64 rows can see (wg_key_tiles) and passes through the
// rest (their barriers, its pingpong turns) without GEMMs; so does, in any
// problem, a warpgroup whose rows all lie past Sq (the last query tile).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_TILE_SCHEDULER_CUH
#define ATTN_HOPPER_TILE_SCHEDULER_CUH

#include "kernel_traits.cuh"

namespace attn_hopper {

// KParams::sched bits (issue 12, causal prefill; launch.cuh sets them).
// kSchedEarlyQ: a consumer warpgroup frees the Q tile (q_empty) as soon as
// its last S = Q K^T GEMM has completed, not after that tile's softmax, so
// the producer's load of the next tile's Q overlaps the last softmax, the
// last P V GEMM and the epilogue. kSchedWgRange: wg_key_tiles below.
constexpr int kSchedEarlyQ = 1;
constexpr int kSchedWgRange = 2;
// kSchedWideO (not a scheduling bit, but switched the same way): the plain
// D 256 kernels store O in 16-byte accesses (epilogue.cuh: store_rows_wide).
// The host clears it unless every O row is 16-byte aligned (launch.cuh).
constexpr int kSchedWideO = 4;
// kSchedWideONarrow (tuning, off by default): the same 16-byte O stores in
// the plain kernels whose O is narrower than 256 columns (DV 64, 128, 160,
// 192: any multiple of 32); cleared by the host where kSchedWideO is.
constexpr int kSchedWideONarrow = 8;
// kSchedTmaO: the Cfg::OTMA kernels store O by TMA (the host sets it where
// it could build O's tensor map: rows 16-byte aligned).
constexpr int kSchedTmaO = 16;
// kSchedDeadTiles: the mask-tile kernels (Cfg::MTILE) skip the key tiles
// whose mask hides every key from every row of a consumer warpgroup (dead
// tiles: Hugging Face's causal + padding masks above the diagonal), once
// each of those rows has a visible logit (attn_hopper.cu, mainloop.cuh
// dead_tiles_on: where skipping is exact). Default on; 0 in the bits = every
// tile computed, as before.
constexpr int kSchedDeadTiles = 32;
// kSchedDeadMap (with kSchedDeadTiles): the host builds the mask's dead
// map first (dead_map.cuh) and the producer leaves out the loads of the
// tiles it shows dead for every warpgroup once their rows are armed
// (mainloop.cuh producer_loop). Default on with kSchedDeadTiles.
constexpr int kSchedDeadMap = 64;

struct TileCoord {
  int m0;       // first query row
  int h, b;     // query head (Cfg::HPT: the first of the tile's heads), batch
  int n_tiles;  // key tiles to visit (those past the causal diagonal skipped)
  int n_first;  // split-KV (KParams::splits): the first key tile, else 0
  int split;    // split-KV: the split index, else 0
};

template <class C>
__device__ __forceinline__ TileCoord tile_coord(const KParams &p, int t) {
  constexpr int BM = C::BM, BN = C::BN;
  // Split-KV: tile t is split t % splits of output tile t / splits.
  // Divisions by multipliers (KParams::div_*): no divide chain on the way
  // to a tile's first GEMM.
  int sp = 0;
  if (C::SPLITKV && p.splits > 1) {
    const int q = p.div_splits.div(t);
    sp = t - q * p.splits;
    t = q;
  }
  const int ch = p.div_per_chunk.div(t);
  const int r = t - ch * p.div_per_chunk.d;
  // Every chunk holds p.chunk pairs but the last, which holds the rest.
  const attn::FastDiv &wd = p.num_bh - ch * p.chunk < p.chunk ? p.div_last_width : p.div_chunk;
  const int mm = wd.div(r);
  const int bh = ch * p.chunk + (r - mm * wd.d);
  const int mb = p.causal ? p.num_m_blocks - 1 - mm : mm;
  TileCoord c;
  if constexpr (C::LR && C::DP == 256) {
    // The D 256 logit-rounding GEN kernel (the correctness path of rounded
    // logits, mask values in registers) keeps the divide here: with the
    // multiplier ptxas spilled it past its ratchet (scripts/lib/
    // kernel_checks.py; 114 / 132 B against 108 / 116, nvcc 13.0), with
    // the divide 70 / 96 (bench/hopper/NOTES.md "divide", the CI finding).
    c.h = bh % p.Hq;
    c.b = bh / p.Hq;
  } else if constexpr (C::HPT > 1) {
    // Tiles of HPT heads (Cfg::HPT): div_hq divides by the head groups a
    // batch holds, ceil(Hq / HPT); h is the group's first head.
    c.b = p.div_hq.div(bh);
    c.h = (bh - c.b * p.div_hq.d) * C::HPT;
  } else {
    c.b = p.div_hq.div(bh);
    c.h = bh - c.b * p.Hq;
  }
  c.m0 = mb * BM;
  int n_max = p.Sk;
  // Keys from n_max on are hidden from every row of the tile: skipped. With
  // a finite fill the consumers account for them after the last tile
  // (hidden_tail, plain_fill_tail in mask.cuh), exactly.
  if (p.causal) n_max = min(n_max, c.m0 + BM + p.off);
  c.n_tiles = n_max > 0 ? (n_max + BN - 1) / BN : 0;
  c.n_first = 0;
  c.split = sp;
  if (C::SPLITKV && p.splits > 1) {  // non-causal only (the host's rule): no hidden_tail
    c.n_first = sp * p.split_tiles;
    c.n_tiles = max(0, min(p.split_tiles, c.n_tiles - c.n_first));
  }
  return c;
}

// The key tiles consumer warpgroup `cw` (rows m0 + 64 cw .. + 63) computes
// with kSchedWgRange: those up to its own last row's last visible key
// (causal), at least 1 (a warpgroup whose rows see no key, or lie past Sq,
// computes one fully hidden tile, as every warpgroup did before) and at most
// the tile's n_tiles. Key tiles from there on are hidden from every row of
// the warpgroup: skipping them is exact (hidden_tail, plain_fill_tail
// account for them under a finite fill). Causal top-left Sq = Sk 2048: 192 x 128 tiles (D 64)
// compute 1.18x the visible score elements, 1.07x with the skip; 128 x 80
// tiles (D 256) 1.09x -> 1.06x (4096: 1.05x -> 1.03x); 128 x 128 tiles
// (D 128) 1.06x either way (every warpgroup reaches the diagonal tile).
// Non-causal: a warpgroup whose rows all lie past Sq computes 1 (the last
// query tile of S 1024 in 192-row tiles has rows for one warpgroup of three:
// 1152 rows computed for 1024, 1040 with the skip; SDXL S 1024 +1-5%,
// bench/RESULTS.md "Partial query tiles"); the others all n_tiles.
template <class C>
__device__ __forceinline__ int wg_key_tiles(const KParams &p, const TileCoord &c, int cw) {
  if (!(p.sched & kSchedWgRange) || c.n_tiles == 0) return c.n_tiles;
  const int first = c.m0 + (C::HPT > 1 ? 0 : 64 * cw);  // Cfg::HPT: each its own head's rows
  if (first >= p.Sq) return 1;
  if (!p.causal) return c.n_tiles;
  const int last = min(first + 63, p.Sq - 1);
  const int n_max = min(p.Sk, last + 1 + p.off);
  const int n = n_max > 0 ? (n_max + C::BN - 1) / C::BN : 0;
  return max(1, min(n, c.n_tiles));
}

// The tile after `t` for this CTA (the producer asks once per tile). On the
// dynamic grid a launch's claims number exactly num_tiles: claim c gives
// tile gridDim.x + c, and each CTA claims once per tile it computes (the
// first, blockIdx.x, unclaimed) and stops at its first failed claim, so the
// claims return 0 .. num_tiles - 1. The one that returns num_tiles - 1 is
// the last: it resets the counter for the next launch on this slot
// (launch.cuh, next_counter), which stream order starts after this one.
__device__ __forceinline__ int next_tile(const KParams &p, int t) {
  if (!p.counter) return t + static_cast<int>(gridDim.x);
  const int c = atomicAdd(p.counter, 1);
  if (c == p.num_tiles - 1) atomicExch(p.counter, 0);
  return static_cast<int>(gridDim.x) + c;
}

// K/V resident (Cfg::KVR with KParams::kv_hold; the launch sets chunk 1, so
// tile t is m-block t % num_m_blocks of (batch, head) pair t / num_m_blocks,
// and a grid of at most one CTA per pair): CTA c computes the m-blocks of
// pairs c, c + gridDim.x, ... in turn, each pair's K/V loaded once.
__device__ __forceinline__ int unit_first_tile(const KParams &p) {
  return static_cast<int>(blockIdx.x) * p.num_m_blocks;
}
__device__ __forceinline__ int unit_next_tile(const KParams &p, int t) {
  return (t + 1) % p.num_m_blocks != 0 ? t + 1
                                       : t + 1 + (static_cast<int>(gridDim.x) - 1) * p.num_m_blocks;
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_TILE_SCHEDULER_CUH
