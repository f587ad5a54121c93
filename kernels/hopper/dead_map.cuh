//===- dead_map.cuh - the dead key tiles of a mask, before the kernel -----===//
//
// The mask-tile kernels (Cfg::MTILE) skip a key tile whose mask values hide
// it from a warpgroup's 64 rows (kSchedDeadTiles: mainloop.cuh), but learn
// it only from the tile's mask in shared memory, so every dead tile still
// costs its K, V and mask loads: Hugging Face's causal + padding masks
// [B, 1, S, S] hide half the tiles, and at D 64 those loads (64 KiB a
// tile, from L2) set the kernel's pace. The dead map says it before the
// loads: one bit per (mask batch, mask head, 64-row block, key tile), set
// where the checkers would post kTileDead on that block's mask values
// (every value at or below kDeadMask and none NaN; a boolean mask: every
// value false; rows past Sq and keys past Sk as TMA's zero fill, 0). The
// producer then leaves out the loads of a tile dead for every warpgroup of
// its output tile once each warpgroup published that all its rows are
// armed (mainloop.cuh, producer_loop): exactly the tiles the consumers
// would skip after loading them.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_DEAD_MAP_CUH
#define ATTN_HOPPER_DEAD_MAP_CUH

#include "kernel_traits.cuh"
#include "mainloop.cuh"

#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>

namespace attn_hopper {

// Rows of a dead map block: one consumer warpgroup's.
constexpr int kDeadMapRows = 64;

// Whether a mask value (raw bits; dt: 1 f16, 2 bf16, 3 bool) is dead as the
// checkers count it (mainloop.cuh dead_check_loop).
__device__ __forceinline__ bool dead_mask_value(uint32_t u, int dt) {
  if (dt == 3) return u == 0;
  const float f = dt == 2 ? __uint_as_float(u << 16) : __half2float(__ushort_as_half(static_cast<unsigned short>(u)));
  return f <= kDeadMask;  // false for NaN
}

// One warp a (key tile, 64-row block, mask head, mask batch), grid-stride:
// the tile's values in 16-byte chunks (rows 16-byte aligned, keys
// contiguous: mask_tile_ok), 8 a lane at once, the warp stopping at the
// first batch with a live value; a dead tile sets its bit (the map zeroed
// before). Chunks past Sk or rows past Sq read as zeros, element by element.
__global__ void build_dead_map(const uint8_t *__restrict__ mask, int64_t s0, int64_t s1, int64_t s2,
                               int esz, int dt, int sq, int sk, int bn, int tiles, int words, int blocks,
                               int heads, int64_t units, uint32_t *__restrict__ map) {
  const int lane = threadIdx.x & 31;
  const int per = 16 / esz;                 // elements a chunk
  const int cpr = bn / per;                 // chunks a row
  const int chunks = kDeadMapRows * cpr;    // chunks a tile
  const int64_t warps = int64_t(gridDim.x) * (blockDim.x / 32);
  for (int64_t u = int64_t(blockIdx.x) * (blockDim.x / 32) + threadIdx.x / 32; u < units; u += warps) {
    const int n = static_cast<int>(u % tiles);
    int64_t rest = u / tiles;
    const int rb = static_cast<int>(rest % blocks);
    rest /= blocks;
    const int mh = static_cast<int>(rest % heads), mb = static_cast<int>(rest / heads);
    const uint8_t *base = mask + (mb * s0 + mh * s1) * esz;
    bool dead = true;
    for (int c0 = 0; c0 < chunks && dead; c0 += 8 * 32) {
      uint4 v[8];
      bool whole[8];
#pragma unroll
      for (int i = 0; i < 8; ++i) {
        const int c = c0 + i * 32 + lane;
        const int row = rb * kDeadMapRows + c / cpr, key = n * bn + (c % cpr) * per;
        whole[i] = c < chunks && row < sq && key + per <= sk;
        v[i] = whole[i] ? __ldg(reinterpret_cast<const uint4 *>(base + (row * s2 + key) * esz)) : make_uint4(0, 0, 0, 0);
        if (!whole[i] && c < chunks && row < sq && key < sk) {
          // The last chunk of a row: its keys up to Sk, zeros after.
          uint8_t *b = reinterpret_cast<uint8_t *>(&v[i]);
          for (int e = 0; e < (sk - key) * esz; ++e) b[e] = base[(row * s2 + key) * esz + e];
        }
      }
#pragma unroll
      for (int i = 0; i < 8; ++i) {
        const uint32_t w[4] = {v[i].x, v[i].y, v[i].z, v[i].w};
#pragma unroll
        for (int e = 0; e < 4; ++e) {
          if (esz == 1) {
            dead = dead && w[e] == 0u;
          } else {
            dead = dead && dead_mask_value(w[e] & 0xffffu, dt) && dead_mask_value(w[e] >> 16, dt);
          }
        }
      }
      dead = __all_sync(0xffffffffu, dead);
    }
    if (dead && lane == 0)
      atomicOr(map + ((static_cast<int64_t>(mb) * heads + mh) * blocks + rb) * words + (n >> 5), 1u << (n & 31));
  }
}

// The dead map's geometry for a launch of bn-key tiles (KParams::dmap_*):
// key tiles, words per 64-row block, blocks per mask head, mask heads and
// batches (1 where the mask broadcasts).
struct DeadMapDims {
  int tiles, words, blocks, heads, batches;
  size_t bytes() const { return size_t(4) * words * blocks * heads * batches; }
};

static DeadMapDims dead_map_dims(int64_t sq, int64_t sk, int bn, int64_t heads, int64_t batches) {
  DeadMapDims d;
  d.tiles = static_cast<int>((sk + bn - 1) / bn);
  d.words = (d.tiles + 31) / 32;
  d.blocks = static_cast<int>((sq + kDeadMapRows - 1) / kDeadMapRows);
  d.heads = static_cast<int>(heads);
  d.batches = static_cast<int>(batches);
  return d;
}

// Builds the dead map of a mask (element strides s0, s1, s2 of batch, head
// and row, keys contiguous; esz bytes an element; dt as dead_mask_value)
// into `map` (d.bytes()) on `stream`.
static cudaError_t launch_dead_map(const void *mask, int64_t s0, int64_t s1, int64_t s2, int esz, int dt,
                                   int sq, int sk, int bn, const DeadMapDims &d, uint32_t *map,
                                   cudaStream_t stream) {
  cudaError_t e = cudaMemsetAsync(map, 0, d.bytes(), stream);
  if (e != cudaSuccess) return e;
  const int64_t units = int64_t(d.tiles) * d.blocks * d.heads * d.batches;
  const int64_t want = (units + 7) / 8;  // 8 warps a block
  const int grid = static_cast<int>(want < 132 * 16 ? want : 132 * 16);
  build_dead_map<<<grid, 256, 0, stream>>>(static_cast<const uint8_t *>(mask), d.batches > 1 ? s0 : 0,
                                           d.heads > 1 ? s1 : 0, s2, esz, dt, sq, sk, bn, d.tiles, d.words,
                                           d.blocks, d.heads, units, map);
  return cudaGetLastError();
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_DEAD_MAP_CUH
