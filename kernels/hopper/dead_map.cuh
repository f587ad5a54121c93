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
// A second plane marks the tiles whose mask adds nothing (every value +0 or
// -0, or true; rows past Sq and keys past Sk, which no stored logit reads,
// count as such): the producer loads no mask for a tile clear for every
// warpgroup, and the consumers compute it as the mask-free GEN kernels do
// (the same logits: s * scale + 0 is s * scale). Live tiles of causal +
// padding masks are mostly such tiles, and their mask (32 KiB a tile at
// D 64, as much as K and V) is half of what they load.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_DEAD_MAP_CUH
#define ATTN_HOPPER_DEAD_MAP_CUH

#include "kernel_traits.cuh"
#include "mainloop.cuh"

#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>
#include <cstdlib>

namespace attn_hopper {

// Rows of a dead map block: one consumer warpgroup's.
constexpr int kDeadMapRows = 64;

// Whether a 16-bit mask value (raw bits; dt: the attnrt_dtype, as
// KParams::mask_dtype: 1 f16, 2 bf16) is dead as the checkers count it
// (mainloop.cuh dead_check_loop).
__device__ __forceinline__ bool dead_mask_value(uint32_t u, int dt) {
  const float f = dt == 2 ? __uint_as_float(u << 16) : __half2float(__ushort_as_half(static_cast<unsigned short>(u)));
  return f <= kDeadMask;  // false for NaN
}

// The first n (< 16) bytes of the 16-byte chunk at p, zeros after: the last
// chunk of a row, whose keys end at Sk and may end the allocation. Built in
// registers (the byte indices are constants once unrolled): writing the
// bytes through a pointer into a uint4 put build_dead_map's chunks in local
// memory, 128 bytes a thread.
__device__ __forceinline__ uint4 load_chunk_head(const uint8_t *p, int n) {
  uint32_t w[4] = {0u, 0u, 0u, 0u};
#pragma unroll
  for (int e = 0; e < 16; ++e)
    if (e < n) w[e >> 2] |= static_cast<uint32_t>(p[e]) << (8 * (e & 3));
  return make_uint4(w[0], w[1], w[2], w[3]);
}

// Folds one 16-byte chunk of mask values into a lane's dead / clear
// verdicts: `valid` of its elements inside Sq x Sk; for the dead plane the
// others read as zeros (TMA's fill, as the checkers see it), for the clear
// plane they pass.
__device__ __forceinline__ void absorb_chunk(uint4 v, int valid, int esz, int dt, bool &dead, bool &clear) {
  const uint32_t w[4] = {v.x, v.y, v.z, v.w};
#pragma unroll
  for (int e = 0; e < 4; ++e) {
    if (esz == 1) {
#pragma unroll
      for (int k = 0; k < 4; ++k) {
        const uint32_t x = (w[e] >> (8 * k)) & 0xffu;
        dead = dead && x == 0u;
        clear = clear && (x != 0u || 4 * e + k >= valid);
      }
    } else {
#pragma unroll
      for (int k = 0; k < 2; ++k) {
        const uint32_t x = k ? w[e] >> 16 : w[e] & 0xffffu;
        dead = dead && dead_mask_value(x, dt);
        clear = clear && ((x & 0x7fffu) == 0u || 2 * e + k >= valid);
      }
    }
  }
}

// One warp a (key tile, 64-row block, mask head, mask batch), grid-stride:
// the tile's values in 16-byte chunks (rows 16-byte aligned, keys
// contiguous: mask_tile_ok); a dead tile sets its bit in the first plane, a
// clear one in the second (words [0, words) and [words, 2 words) of the
// block's row; the map zeroed before). With `first_look`, one chunk a lane
// first (the tile's first two rows at bf16): a tile of a mask without
// structure (T5's bias) is decided there, from 512 of its 16384 bytes.
// Then 8 chunks a lane at once, the warp stopping at the first batch that
// decides neither plane.
__global__ void build_dead_map(const uint8_t *__restrict__ mask, int64_t s0, int64_t s1, int64_t s2,
                               int esz, int dt, int sq, int sk, int bn, int tiles, int words, int blocks,
                               int heads, int64_t units, int first_look, uint32_t *__restrict__ map) {
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
    // Chunk c of the tile and how many of its elements lie inside Sq x Sk.
    auto load = [&](int c, int &valid) {
      const int row = rb * kDeadMapRows + c / cpr, key = n * bn + (c % cpr) * per;
      valid = row < sq && key < sk ? min(per, sk - key) : 0;
      const uint8_t *at = base + (row * s2 + key) * esz;
      return valid == per ? __ldg(reinterpret_cast<const uint4 *>(at))
             : valid > 0  ? load_chunk_head(at, valid * esz)
                          : make_uint4(0, 0, 0, 0);
    };
    bool dead = true, clear = true;
    if (first_look) {
      int valid;
      const uint4 v = load(lane, valid);
      absorb_chunk(v, valid, esz, dt, dead, clear);
      dead = __all_sync(0xffffffffu, dead);
      clear = __all_sync(0xffffffffu, clear);
    }
    // (chunks is a multiple of 8 x 32: 64 rows of 128-byte panels.)
    for (int c0 = 0; c0 < chunks && (dead || clear); c0 += 8 * 32) {
      uint4 v[8];
      int valid[8];
#pragma unroll
      for (int i = 0; i < 8; ++i) {
        // The first look's chunks again: they decided nothing, so they
        // change nothing.
        v[i] = load(c0 + i * 32 + lane, valid[i]);
      }
#pragma unroll
      for (int i = 0; i < 8; ++i) absorb_chunk(v[i], valid[i], esz, dt, dead, clear);
      dead = __all_sync(0xffffffffu, dead);
      clear = __all_sync(0xffffffffu, clear);
    }
    uint32_t *const row = map + ((static_cast<int64_t>(mb) * heads + mh) * blocks + rb) * 2 * words + (n >> 5);
    if (lane == 0 && dead) atomicOr(row, 1u << (n & 31));
    if (lane == 0 && clear) atomicOr(row + words, 1u << (n & 31));
  }
}

// The dead map's geometry for a launch of bn-key tiles (KParams::dmap_*):
// key tiles, words per 64-row block, blocks per mask head, mask heads and
// batches (1 where the mask broadcasts).
struct DeadMapDims {
  int tiles, words, blocks, heads, batches;
  size_t bytes() const { return size_t(8) * words * blocks * heads * batches; }  // two planes
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
// and row, keys contiguous; esz bytes an element; dt the attnrt_dtype, 3
// for bool) into `map` (d.bytes()) on `stream`, with at most 16 blocks of
// 8 warps on each of `sms` multiprocessors (grid-stride).
static cudaError_t launch_dead_map(const void *mask, int64_t s0, int64_t s1, int64_t s2, int esz, int dt,
                                   int sq, int sk, int bn, const DeadMapDims &d, int sms, uint32_t *map,
                                   cudaStream_t stream) {
  cudaError_t e = cudaMemsetAsync(map, 0, d.bytes(), stream);
  if (e != cudaSuccess) return e;
  const int64_t units = int64_t(d.tiles) * d.blocks * d.heads * d.batches;
  const int64_t want = (units + 7) / 8, cap = int64_t(sms > 0 ? sms : 1) * 16;
  const int grid = static_cast<int>(want < cap ? want : cap);
  // ATTN_HOPPER_DEAD_MAP_FIRST=0: no first look (tuning only).
  static const int first_look = [] {
    const char *e = getenv("ATTN_HOPPER_DEAD_MAP_FIRST");
    return e ? atoi(e) : 1;
  }();
  build_dead_map<<<grid, 256, 0, stream>>>(static_cast<const uint8_t *>(mask), d.batches > 1 ? s0 : 0,
                                           d.heads > 1 ? s1 : 0, s2, esz, dt, sq, sk, bn, d.tiles, d.words,
                                           d.blocks, d.heads, units, first_look, map);
  return cudaGetLastError();
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_DEAD_MAP_CUH
