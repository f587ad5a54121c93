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
// value false) or, for an f16 mask, kTileDeadIfBounded (every value at or
// below kDeadBoundMask: -65504 or -inf), rows past Sq and keys past Sk
// read as TMA's zero fill, 0. The producer then leaves out the loads of a
// tile dead for every warpgroup of its output tile once each warpgroup
// published that all its rows are armed (mainloop.cuh, producer_loop), and
// for an f16 mask only where each also published that its rows are within
// the norm bound against the KV head's keys (key_norms.cuh): exactly tiles
// the consumers would skip after loading them.
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
#include "key_norms.cuh"
#include "mainloop.cuh"

#include <cooperative_groups.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <algorithm>
#include <cstdint>

namespace attn_hopper {

// Rows of a dead map block: one consumer warpgroup's.
constexpr int kDeadMapRows = 64;

// Whether a 16-bit mask value (raw bits; dt: the attnrt_dtype, as
// KParams::mask_dtype: 1 f16, 2 bf16) is dead in the map: bf16 at or below
// kDeadMask, as the checkers count it (mainloop.cuh dead_check_loop); f16
// at or below kDeadBoundMask (-65504 or -inf), dead only under the norm
// bound, which the consumers check before the producer leaves a tile out
// (KParams::dmap_kn: key_norms.cuh).
__device__ __forceinline__ bool dead_mask_value(uint32_t u, int dt) {
  if (dt == 2) return __uint_as_float(u << 16) <= kDeadMask;  // false for NaN
  return __half2float(__ushort_as_half(static_cast<unsigned short>(u))) <= kDeadBoundMask;
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

// Threads of a build_dead_map block; map words a block samples at once.
constexpr int kDeadMapThreads = 256;
constexpr int kDeadMapWarps = kDeadMapThreads / 32;

// The pass for masks beyond the direct pass's size (build_dead_map_direct,
// below), one cooperative launch of as many blocks as the GPU holds at
// once, in two phases around a grid barrier:
//  1. Each tile is sampled by one thread: the first 16-byte chunk of its
//     first row, which decides a tile of a mask without structure (T5's
//     bias: a value neither hidden nor zero) at 32 bytes of traffic. A warp
//     samples the 32 tiles of one map word and writes both planes' words
//     (the sample's verdicts: the map needs no clearing before); a block
//     lists the tiles it left open (dead or clear so far) in its own region
//     of open_list (per_block slots) and counts them in open_count.
//  2. Every warp of the grid takes its share of all the open tiles (the
//     blocks' lists one after another) and reads each whole, 8 chunks a
//     lane at once, stopping at the first batch that decides neither
//     plane; a tile that fails a plane has its bit cleared there.
// A mask without structure costs one round trip and no second phase; masks
// with structure (causal + padding: every tile open) get the whole GPU for
// the reads, however few map words they have. (Reading the open words'
// rows as 4 KiB segments instead, every chunk clearing its tile's bit,
// took 2-3x as long on such masks: bench/RESULTS.md, lead call K1.)
// norms (norms.out not null: an f16 mask's K, key_norm_args): the key norm
// pass in the same launch, its entries zeroed in phase 1 and, where a dead
// bit can stand (the "any dead bit" word's rule), the pass's blocks run by
// the grid after phase 2; else every entry fails the bound (NaN bits), as
// the gated separate pass (key_norms_vec_kernel) leaves them.
static __global__ void __launch_bounds__(kDeadMapThreads, 3)
    build_dead_map(const uint8_t *__restrict__ mask, int64_t s0, int64_t s1, int64_t s2, int esz, int dt, int sq,
                   int sk, int bn, int tiles, int words, int blocks, int heads, int64_t map_words,
                   uint32_t *__restrict__ map, uint32_t *__restrict__ open_list, int *__restrict__ open_count,
                   int64_t per_block, int *__restrict__ block_dead, int *__restrict__ any_dead,
                   int *__restrict__ any_bit, KeyNormArgs norms) {
  // gridDim.x + 1 prefix sums of open_count; after phase 2 the norm pass's
  // row sums (norms.smem bytes).
  extern __shared__ int64_t open_start[];
  __shared__ int block_open, block_has_dead;
  // The attention kernel after this pass (launched programmatically:
  // launch.cuh) may be scheduled now; it waits for this grid's end before
  // it reads the map.
  attn::grid_dependency_launch();
  const int tid = threadIdx.x, warp = tid >> 5, lane = tid & 31;
  const int per = 16 / esz;  // elements a chunk
  // (Map words number under 2^27: launch_dead_map.)
  struct Word {
    const uint8_t *base;  // the mask of its batch and head
    int row0, key0;       // its first row and key
    uint32_t *dead;       // its dead-plane word (the clear plane's: words after)
  };
  auto word_at = [&](uint32_t word) {
    const uint32_t r = word / static_cast<uint32_t>(words), w = word - r * words;
    const uint32_t bh = r / static_cast<uint32_t>(blocks), rb = r - bh * blocks;
    const uint32_t mb = bh / static_cast<uint32_t>(heads), mh = bh - mb * heads;
    Word x;
    x.base = mask + (mb * s0 + mh * s1) * esz;
    x.row0 = static_cast<int>(rb) * kDeadMapRows;
    x.key0 = static_cast<int>(w) * 32 * bn;
    x.dead = map + size_t(r) * 2 * words + w;
    return x;
  };
  // The chunk at (row, key) and how many of its elements lie inside Sq x Sk.
  auto load = [&](const uint8_t *base, int row, int key, int &valid) {
    valid = row < sq && key < sk ? min(per, sk - key) : 0;
    const uint8_t *at = base + (row * s2 + key) * esz;
    return valid == per ? __ldg(reinterpret_cast<const uint4 *>(at))
           : valid > 0  ? load_chunk_head(at, valid * esz)
                        : make_uint4(0, 0, 0, 0);
  };

  // 1. The samples (and the norms' entries zeroed).
  const int64_t norm_entries = norms.out ? norms.grid / norms.chunks : 0;
  for (int64_t i = int64_t(blockIdx.x) * kDeadMapThreads + tid; i < norm_entries;
       i += int64_t(gridDim.x) * kDeadMapThreads)
    norms.out[i] = 0u;
  if (tid == 0) block_open = block_has_dead = 0;
  __syncthreads();
  uint32_t *const my_open = open_list + blockIdx.x * per_block;
  for (int64_t word0 = int64_t(blockIdx.x) * kDeadMapWarps; word0 < map_words;
       word0 += int64_t(gridDim.x) * kDeadMapWarps) {
    const int64_t word = word0 + warp;
    bool dead = false, clear = false;
    Word x;
    if (word < map_words) {
      x = word_at(static_cast<uint32_t>(word));
      if (x.key0 + lane * bn < sk) {  // a tile of the word
        int valid;
        const uint4 v = load(x.base, x.row0, x.key0 + lane * bn, valid);
        dead = clear = true;
        absorb_chunk(v, valid, esz, dt, dead, clear);
      }
    }
    const uint32_t dead_w = __ballot_sync(0xffffffffu, dead), clear_w = __ballot_sync(0xffffffffu, clear);
    const uint32_t open_w = dead_w | clear_w;
    int at = 0;
    if (lane == 0 && open_w) at = atomicAdd(&block_open, __popc(open_w));
    at = __shfl_sync(0xffffffffu, at, 0);
    if (open_w >> lane & 1u)
      my_open[at + __popc(open_w & ((1u << lane) - 1u))] = static_cast<uint32_t>(word * 32 + lane);
    if (lane == 0 && word < map_words) {
      x.dead[0] = dead_w;
      x.dead[words] = clear_w;
      if (dead_w) block_has_dead = 1;
    }
  }
  __syncthreads();
  if (tid == 0) {
    open_count[blockIdx.x] = block_open;
    block_dead[blockIdx.x] = block_has_dead;
  }
  cooperative_groups::this_grid().sync();
  // Whether any dead bit can stand (phase 2 only clears bits): gates the
  // norm pass of an f16 mask (key_norms.cuh); whether any bit can (a tile
  // left open): the attention kernel's checkers (mainloop.cuh
  // dead_tiles_run).
  if (blockIdx.x == 0) {
    int any = 0, open = 0;
    for (int i = tid; i < static_cast<int>(gridDim.x); i += kDeadMapThreads) {
      any |= block_dead[i];
      open |= open_count[i] != 0;
    }
    any = __syncthreads_or(any);
    open = __syncthreads_or(open);
    if (tid == 0) {
      *any_dead = any;
      *any_bit = open;
    }
  }

  // 2. The whole rows. open_start: the prefix sums of the blocks' counts
  // (each thread sums a run of them; a block scan of the runs).
  {
    const int runs = (gridDim.x + kDeadMapThreads - 1) / kDeadMapThreads;
    const int first = tid * runs, last = min(first + runs, static_cast<int>(gridDim.x));
    int64_t sum = 0;
    for (int i = first; i < last; ++i) sum += open_count[i];
    int64_t incl = sum;
#pragma unroll
    for (int o = 1; o < 32; o <<= 1) {
      const int64_t y = __shfl_up_sync(0xffffffffu, incl, o);
      if (lane >= o) incl += y;
    }
    __shared__ int64_t warp_sum[kDeadMapWarps];
    if (lane == 31) warp_sum[warp] = incl;
    __syncthreads();
    int64_t before = incl - sum;
    for (int w = 0; w < warp; ++w) before += warp_sum[w];
    for (int i = first; i < last; ++i) {
      open_start[i] = before;
      before += open_count[i];
    }
    if (tid == kDeadMapThreads - 1) open_start[gridDim.x] = before;
    __syncthreads();
  }
  const int cpr = bn / per;               // chunks a tile row
  const int chunks = kDeadMapRows * cpr;  // chunks a tile
  const int64_t total = open_start[gridDim.x];
  for (int64_t f = int64_t(blockIdx.x) * kDeadMapWarps + warp; f < total; f += int64_t(gridDim.x) * kDeadMapWarps) {
    int lo = 0, hi = gridDim.x;  // the block j with open_start[j] <= f < open_start[j + 1]
    while (hi - lo > 1) {
      const int mid = (lo + hi) / 2;
      if (open_start[mid] <= f) lo = mid;
      else hi = mid;
    }
    const uint32_t slot = open_list[lo * per_block + (f - open_start[lo])];
    const Word x = word_at(slot >> 5);
    const int key0 = x.key0 + static_cast<int>(slot & 31u) * bn;
    bool dead = true, clear = true;
    // (chunks is a multiple of 8 x 32: 64 rows of 128-byte panels; the
    // sampled chunk again, which changes nothing.)
    for (int c0 = 0; c0 < chunks && (dead || clear); c0 += 8 * 32) {
      uint4 v[8];
      int valid[8];
#pragma unroll
      for (int i = 0; i < 8; ++i) {
        const int c = c0 + i * 32 + lane;
        v[i] = load(x.base, x.row0 + c / cpr, key0 + (c % cpr) * per, valid[i]);
      }
#pragma unroll
      for (int i = 0; i < 8; ++i) absorb_chunk(v[i], valid[i], esz, dt, dead, clear);
      dead = __all_sync(0xffffffffu, dead);
      clear = __all_sync(0xffffffffu, clear);
    }
    // The sample's verdicts stand where the whole tile agrees.
    const uint32_t bit = 1u << (slot & 31u);
    if (lane == 0 && !dead) atomicAnd(x.dead, ~bit);
    if (lane == 0 && !clear) atomicAnd(x.dead + words, ~bit);
  }

  // 3. The key norms (norms.out), gated as the "any dead bit" word: each
  // block reads the blocks' phase-1 flags itself.
  if (!norm_entries) return;
  int any = 0;
  for (int i = tid; i < static_cast<int>(gridDim.x); i += kDeadMapThreads) any |= block_dead[i];
  any = __syncthreads_or(any);  // (also: every thread is past phase 2's reads of open_start)
  if (!any) {
    for (int64_t i = int64_t(blockIdx.x) * kDeadMapThreads + tid; i < norm_entries;
         i += int64_t(gridDim.x) * kDeadMapThreads)
      norms.out[i] = 0xffffffffu;
    return;
  }
  float *const row_sum = reinterpret_cast<float *>(open_start);
  for (int64_t blk = blockIdx.x; blk < norms.grid; blk += gridDim.x) {
    if (norms.bf16) key_norms_vec_block<true>(norms, blk, row_sum);
    else key_norms_vec_block<false>(norms, blk, row_sum);
    __syncthreads();  // the block's reads of row_sum before the next block's zeroing
  }
}

// Map words up to which the direct pass may be chosen: its last block
// writes every word of the map (dead_map_pass).
constexpr int64_t kDeadMapDirectWords = 1 << 14;
// Mask bytes (over the map's tiles) up to which the launch chooses the
// direct pass for a mask shared by every head (launch.cuh). It reads every
// byte where the cooperative pass samples first: masks with structure
// (Hugging Face's causal + padding [B, 1, S, S]) save the cooperative
// pass's serial round trips, a mask without (a per-head bias such as
// T5's) pays the whole read (bench/RESULTS.md "The dead map's direct pass",
// lead call N4: [16, 1, 512, 512] 15.7 -> 9.0 us, [8, 1, 1030, 1030] 17.6
// -> 17.1; T5's [1, 8, 1024, 1024] 4.8 -> 16.8).
constexpr int64_t kDeadMapDirectBytes = int64_t(16) << 20;
// K's bytes, over the mask's, up to which the direct pass's launch runs an
// f16 mask's key norm pass beside the map (launch.cuh).
constexpr int64_t kKeyNormsBesideMap = 2;
// Chunks of a tile one warp of the direct pass reads: 8 a lane, all in
// flight at once (4 KiB; a 128-key bf16 tile is four parts).
constexpr int kDeadMapPartChunks = 8 * 32;

// The direct pass, for a small mask (kDeadMapDirectBytes): one plain
// launch, one warp a (tile, part) reading its part whole in one batch of
// loads, where the cooperative pass takes a sample, a grid barrier, two
// dependent reads of its lists and up to four batches a tile. A part that
// fails a plane sets the tile's bit in that plane's fail word (scratch,
// zeroed before: launch_dead_map); the last block to finish (a counter
// after a fence: every other block's fail bits are then visible) writes
// each map word as the complement of its fail word over the word's tiles,
// and the "any dead bit" word. NORMS (1 f16, 2 bf16): blocks from map_grid
// on run the key norm pass of an f16 mask's K (key_norms.cuh) beside the
// map's blocks, ungated (its output zeroed with the scratch), where a
// separate pass would wait for the map's "any dead bit" word.
template <int NORMS>
__global__ void __launch_bounds__(kDeadMapThreads)
    build_dead_map_direct(const uint8_t *__restrict__ mask, int64_t s0, int64_t s1, int64_t s2, int esz, int dt,
                          int sq, int sk, int bn, int tiles, int words, int blocks, int heads, int64_t items,
                          int parts, int64_t map_words, uint32_t *__restrict__ map, uint32_t *fail,
                          unsigned *done, int *any_dead, int map_grid, KeyNormArgs norms) {
  static_assert(kDeadMapThreads == kKeyNormThreads, "one block size for both");
  attn::grid_dependency_launch();  // as build_dead_map's
  if constexpr (NORMS != 0) {
    extern __shared__ float row_sum[];
    if (static_cast<int>(blockIdx.x) >= map_grid) {
      key_norms_vec_block<NORMS == 2>(norms, blockIdx.x - map_grid, row_sum);
      return;
    }
  }
  __shared__ bool last;
  const int tid = threadIdx.x, lane = tid & 31;
  const int per = 16 / esz;  // elements a chunk
  const int cpr = bn / per;  // chunks a tile row
  for (int64_t f = int64_t(blockIdx.x) * kDeadMapWarps + (tid >> 5); f < items;
       f += int64_t(map_grid) * kDeadMapWarps) {
    const int64_t u = f / parts;
    const int part = static_cast<int>(f - u * parts);
    const int n = static_cast<int>(u % tiles);
    const int64_t r = u / tiles;  // the tile's (batch, head, 64-row block) row of the map
    const int rb = static_cast<int>(r % blocks);
    const int64_t bh = r / blocks;
    const int mh = static_cast<int>(bh % heads);
    const int64_t mb = bh / heads;
    const uint8_t *base = mask + (mb * s0 + mh * s1) * esz;
    uint4 v[8];
    int valid[8];
#pragma unroll
    for (int i = 0; i < 8; ++i) {
      const int c = part * kDeadMapPartChunks + i * 32 + lane;
      const int row = rb * kDeadMapRows + c / cpr, key = n * bn + (c % cpr) * per;
      valid[i] = row < sq && key < sk ? min(per, sk - key) : 0;
      const uint8_t *at = base + (row * s2 + key) * esz;
      v[i] = valid[i] == per ? __ldg(reinterpret_cast<const uint4 *>(at))
             : valid[i] > 0  ? load_chunk_head(at, valid[i] * esz)
                             : make_uint4(0, 0, 0, 0);
    }
    bool dead = true, clear = true;
#pragma unroll
    for (int i = 0; i < 8; ++i) absorb_chunk(v[i], valid[i], esz, dt, dead, clear);
    dead = __all_sync(0xffffffffu, dead);
    clear = __all_sync(0xffffffffu, clear);
    uint32_t *const w = fail + r * 2 * words + (n >> 5);
    if (lane == 0 && !dead) atomicOr(w, 1u << (n & 31));
    if (lane == 0 && !clear) atomicOr(w + words, 1u << (n & 31));
  }
  __threadfence();
  __syncthreads();
  if (tid == 0) last = atomicAdd(done, 1u) == static_cast<unsigned>(map_grid) - 1;
  __syncthreads();
  if (!last) return;
  __threadfence();
  int any = 0, bits = 0;
  for (int64_t i = tid; i < map_words; i += kDeadMapThreads) {
    const int wi = static_cast<int>(i % words);
    const int64_t at = (i / words) * 2 * words + wi;
    const int n = min(32, tiles - wi * 32);  // tiles of the word
    const uint32_t in = n == 32 ? ~0u : (1u << n) - 1u;
    const uint32_t dead = ~__ldcg(fail + at) & in, clear = ~__ldcg(fail + at + words) & in;
    map[at] = dead;
    map[at + words] = clear;
    any |= dead != 0u;
    bits |= (dead | clear) != 0u;
  }
  any = __syncthreads_or(any);
  bits = __syncthreads_or(bits);
  if (tid == 0) {
    *any_dead = any;
    any_dead[1] = bits;  // the "any bit" word (dead_map_any_bit)
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

// The pass's grid (build_dead_map: all its blocks at once) on `sms`
// multiprocessors (at most max_grid blocks: tests), and the bytes of scratch it needs beside the map: each
// block's list of open tiles and the counts.
constexpr int kDeadMapMaxGrid = 2048;  // the prefix sums: (grid + 1) x 8 bytes of shared memory

struct DeadMapPass {
  int grid;
  int64_t per_block;  // open-list slots (tiles) a block
  // build_dead_map_direct (per_block 0) rather than the cooperative pass:
  // its (tile, part) items, parts a tile, and the map's words.
  bool direct = false;
  int64_t items = 0, map_words = 0;
  int parts = 0;
  // Cooperative: open_list, open_count, block_dead, any_dead, any_bit;
  // direct: the fail planes (the map's size), the block counter, any_dead,
  // any_bit.
  size_t scratch_bytes() const {
    return direct ? size_t(map_words) * 8 + 12 : size_t(grid) * per_block * 4 + size_t(grid) * 8 + 8;
  }
};

// direct_bytes: the mask bytes over the map's tiles up to which the direct
// pass is chosen (kDeadMapDirectBytes; 0: never; tests force either pass);
// tile_bytes: a tile's (64 x bn values).
static DeadMapPass dead_map_pass(const DeadMapDims &d, int sms, int max_grid = kDeadMapMaxGrid - 1,
                                 int64_t tile_bytes = 0, int64_t direct_bytes = kDeadMapDirectBytes) {
  static const int per_sm = [] {
    int n = 0;
    if (cudaOccupancyMaxActiveBlocksPerMultiprocessor(&n, build_dead_map, kDeadMapThreads,
                                                      kDeadMapMaxGrid * sizeof(int64_t)) != cudaSuccess ||
        n < 1) {
      (void)cudaGetLastError();
      n = 1;
    }
    return n;
  }();
  // At most one warp a tile: a small mask's barrier and second phase
  // span no more blocks than its tiles need.
  const int64_t map_words = int64_t(d.words) * d.blocks * d.heads * d.batches;
  const int64_t units = int64_t(d.tiles) * d.blocks * d.heads * d.batches;
  const int64_t want = std::min<int64_t>((units + kDeadMapWarps - 1) / kDeadMapWarps, kDeadMapMaxGrid - 1);
  DeadMapPass pass;
  pass.grid = static_cast<int>(std::max<int64_t>(1, std::min<int64_t>({int64_t(sms > 0 ? sms : 1) * per_sm, max_grid, want})));
  const int64_t rounds = (map_words + int64_t(pass.grid) * kDeadMapWarps - 1) / (int64_t(pass.grid) * kDeadMapWarps);
  pass.per_block = rounds * kDeadMapThreads;
  if (tile_bytes > 0 && tile_bytes % (kDeadMapPartChunks * 16) == 0 && map_words <= kDeadMapDirectWords &&
      units * tile_bytes <= direct_bytes) {
    pass.direct = true;
    pass.per_block = 0;
    pass.parts = static_cast<int>(tile_bytes / (kDeadMapPartChunks * 16));
    pass.items = units * pass.parts;
    pass.map_words = map_words;
    // One warp an item (items <= 2^14 x 32 x parts: the grid fits), at
    // most max_grid blocks (tests: several items a warp).
    pass.grid = static_cast<int>(std::max<int64_t>(
        1, std::min<int64_t>((pass.items + kDeadMapWarps - 1) / kDeadMapWarps, max_grid)));
  }
  return pass;
}

// Builds the dead map of a mask (element strides s0, s1, s2 of batch, head
// and row, keys contiguous; esz bytes an element; dt the attnrt_dtype, 3
// for bool) into `map` (d.bytes()) on `stream`, with `scratch`
// (pass.scratch_bytes(); dead_map_any(pass, scratch) ends nonzero where
// some dead bit may be set, 0 where none is; dead_map_any_bit likewise for
// a dead or clear bit). bn: a multiple of 128
// (Cfg::MTILE's: whole batches of 8 x 32 chunks). The direct pass
// (pass.direct) zeroes its scratch, and the caller's buffer after it up to
// zero_bytes from the scratch's start (one memset), and runs one plain
// launch, with the key norm pass `norms` (key_norm_args; its output inside
// zero_bytes) beside the map where given; the other is a cooperative
// launch, with the norm pass inside it where given (zeroed there, gated
// by the "any dead bit" rule: build_dead_map): an error (one the GPU
// cannot hold at once, under MPS limits) leaves the map unbuilt, and the
// caller runs without it.
static cudaError_t launch_dead_map(const void *mask, int64_t s0, int64_t s1, int64_t s2, int esz, int dt,
                                   int sq, int sk, int bn, const DeadMapDims &d, const DeadMapPass &pass,
                                   uint32_t *map, void *scratch, cudaStream_t stream, size_t zero_bytes = 0,
                                   const KeyNormArgs *norms = nullptr) {
  const int64_t map_words = int64_t(d.words) * d.blocks * d.heads * d.batches;
  if (bn % 128 || map_words >= (INT64_C(1) << 27)) return cudaErrorInvalidValue;  // 32-bit slots
  const uint8_t *m = static_cast<const uint8_t *>(mask);
  int64_t b0 = d.batches > 1 ? s0 : 0, h1 = d.heads > 1 ? s1 : 0;
  int words = d.words, blocks = d.blocks, heads = d.heads, tiles = d.tiles;
  uint32_t *open_list = static_cast<uint32_t *>(scratch);
  int *count = reinterpret_cast<int *>(open_list + size_t(pass.grid) * pass.per_block);
  int *block_dead = count + pass.grid, *any_dead = block_dead + pass.grid;
  if (pass.direct) {
    unsigned *done = reinterpret_cast<unsigned *>(open_list + 2 * map_words);
    const cudaError_t e = cudaMemsetAsync(scratch, 0, std::max(zero_bytes, pass.scratch_bytes()), stream);
    if (e != cudaSuccess) return e;
    const KeyNormArgs none{};
    auto launch = [&](auto kernel, const KeyNormArgs &a, int64_t extra) {
      kernel<<<static_cast<unsigned>(pass.grid + extra), kDeadMapThreads, extra ? a.smem : 0, stream>>>(
          m, b0, h1, s2, esz, dt, sq, sk, bn, tiles, words, blocks, heads, pass.items, pass.parts, map_words, map,
          open_list, done, reinterpret_cast<int *>(done + 1), pass.grid, a);
    };
    if (!norms) launch(build_dead_map_direct<0>, none, 0);
    else if (pass.grid + norms->grid > 0x7fffffff) return cudaErrorInvalidValue;
    else if (norms->bf16) launch(build_dead_map_direct<2>, *norms, norms->grid);
    else launch(build_dead_map_direct<1>, *norms, norms->grid);
    return cudaGetLastError();
  }
  int64_t per_block = pass.per_block;
  int *any_bit = any_dead + 1;
  KeyNormArgs inside{};
  if (norms) inside = *norms;
  void *args[] = {&m, &b0, &h1, &s2, &esz, &dt, &sq, &sk, &bn, &tiles, &words, &blocks, &heads,
                  const_cast<int64_t *>(&map_words), &map, &open_list, &count, &per_block, &block_dead, &any_dead,
                  &any_bit, &inside};
  // (At most kDeadMapMaxGrid x 8 bytes, for which dead_map_pass sized the
  // grid; the norm pass's row sums take at most 8 KiB.)
  const size_t smem = std::max((pass.grid + 1) * sizeof(int64_t), norms ? norms->smem : size_t(0));
  return cudaLaunchCooperativeKernel(reinterpret_cast<const void *>(build_dead_map), dim3(pass.grid),
                                     dim3(kDeadMapThreads), args, smem, stream);
}

// The pass's "any dead bit" word in its scratch (launch_dead_map).
inline const int *dead_map_any(const DeadMapPass &pass, const void *scratch) {
  const uint32_t *s = static_cast<const uint32_t *>(scratch);
  if (pass.direct) return reinterpret_cast<const int *>(s + 2 * pass.map_words + 1);
  return reinterpret_cast<const int *>(s + size_t(pass.grid) * pass.per_block) + 2 * size_t(pass.grid);
}

// The pass's "any bit" word, after the "any dead bit" word: 0 where no
// tile of the map is dead or clear (the cooperative pass: none left open
// by its samples), else nonzero.
inline const int *dead_map_any_bit(const DeadMapPass &pass, const void *scratch) {
  return dead_map_any(pass, scratch) + 1;
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_DEAD_MAP_CUH
