//===- tile_scheduler.cuh - which output tile a CTA computes next --------===//
//
// One CTA loops over output tiles (BM query rows of one batch and query
// head): first t = blockIdx.x, then either t + gridDim.x (static) or
// gridDim.x + atomicAdd(counter) (dynamic). With a grid of one CTA per tile
// the loop runs once. The producer picks the tile and hands its index to
// the consumers through shared memory, published by the q_full barrier; -1
// ends the loop (mainloop.cuh).
// Tile order: (batch, head) pairs in chunks of p.chunk pairs (chosen so a
// chunk's K and V fit in L2); inside a chunk the m-block is the slow index
// (longest first for causal problems), so CTAs running together share K/V.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_TILE_SCHEDULER_CUH
#define ATTN_HOPPER_TILE_SCHEDULER_CUH

#include "kernel_traits.cuh"

namespace attn_hopper {

struct TileCoord {
  int m0;       // first query row
  int h, b;     // query head, batch
  int n_tiles;  // key tiles to visit (those past the causal diagonal skipped)
};

template <class C>
__device__ __forceinline__ TileCoord tile_coord(const KParams &p, int t) {
  constexpr int BM = C::BM, BN = C::BN;
  const int per_chunk = p.chunk * p.num_m_blocks;
  const int ch = t / per_chunk;
  const int r = t - ch * per_chunk;
  const int width = min(p.chunk, p.num_bh - ch * p.chunk);
  const int mm = r / width;
  const int bh = ch * p.chunk + (r - mm * width);
  const int mb = p.causal ? p.num_m_blocks - 1 - mm : mm;
  TileCoord c;
  c.h = bh % p.Hq;
  c.b = bh / p.Hq;
  c.m0 = mb * BM;
  int n_max = p.Sk;
  // Keys from n_max on are hidden from every row of the tile: skipped. With
  // a finite fill the GEN consumers account for them after the last tile
  // (hidden_tail in mask.cuh), exactly.
  if (p.causal) n_max = min(n_max, c.m0 + BM + p.off);
  c.n_tiles = n_max > 0 ? (n_max + BN - 1) / BN : 0;
  return c;
}

// The tile after `t` for this CTA (the producer asks once per tile).
__device__ __forceinline__ int next_tile(const KParams &p, int t) {
  return p.counter ? static_cast<int>(gridDim.x) + atomicAdd(p.counter, 1)
                   : t + static_cast<int>(gridDim.x);
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_TILE_SCHEDULER_CUH
