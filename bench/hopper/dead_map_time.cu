// dead_map_time.cu - the dead map pass (kernels/hopper/dead_map.cuh) on
// its own: every map checked bit by bit against a host reference of the
// rule, then timed (CUDA events over 50 back-to-back passes, the stream's
// gaps included) against the previous pass (memset + one warp a tile with
// a first look of one chunk a lane: copied below as build_dead_map_v0):
// the cooperative pass on the whole GPU and on 264 blocks, the direct pass,
// and the one the launch chooses (launch.cuh: direct for small masks of
// one head). Masks: T5's bias [1, H, S, S] (no tile dead or clear),
// Hugging Face's causal + padding [B, 1, S, S] (bf16 lowest; rows padded
// to 16 bytes at S 5100), the bias plus causal, and a boolean causal mask.
//
//   nvcc -O3 -std=c++17 -gencode=arch=compute_90a,code=sm_90a -I include \
//     -I kernels/hopper -I kernels/include -I build-gpu/include \
//     bench/hopper/dead_map_time.cu -o dead_map_time && ./dead_map_time [--check]
#include "dead_map.cuh"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace attn_hopper;

namespace v0 {
// One warp a (key tile, 64-row block, mask head, mask batch), grid-stride:
// the tile's values in 16-byte chunks (rows 16-byte aligned, keys
// contiguous: mask_tile_ok); a dead tile sets its bit in the first plane, a
// clear one in the second (words [0, words) and [words, 2 words) of the
// block's row; the map zeroed before). With `first_look`, one chunk a lane
// first (the tile's first two rows at bf16): a tile of a mask without
// structure (T5's bias) is decided there, from 512 of its 16384 bytes.
// Then 8 chunks a lane at once, the warp stopping at the first batch that
// decides neither plane.
__global__ void build_dead_map_v0(const uint8_t *__restrict__ mask, int64_t s0, int64_t s1, int64_t s2,
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

}  // namespace v0

static uint32_t hash32(uint64_t x) {
  x ^= x >> 33; x *= 0xff51afd7ed558ccdULL; x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53ULL; x ^= x >> 33;
  return static_cast<uint32_t>(x);
}
static uint16_t bf16_bits(float f) { uint32_t u; std::memcpy(&u, &f, 4); return static_cast<uint16_t>(u >> 16); }

struct MaskCase {
  const char *name;
  int B, H, S, rowPad, esz;  // mask [B, H, S, S], rows rowPad elements apart
  int kind;                   // 0 bias, 1 causal + padding, 2 bias + causal, 3 bool causal
};

// Host reference of the rule (dead_map.cuh): dead: every value of the
// tile's 64 x bn block at or below bf16's lowest (bool: false), values
// outside Sq x Sk read as 0; clear: every value inside +-0 (bool: true).
static void reference(const std::vector<uint8_t> &m, const MaskCase &c, int bn, const DeadMapDims &d,
                      std::vector<uint32_t> &out) {
  out.assign(d.bytes() / 4, 0u);
  for (int b = 0; b < d.batches; ++b)
    for (int h = 0; h < d.heads; ++h)
      for (int rb = 0; rb < d.blocks; ++rb)
        for (int n = 0; n < d.tiles; ++n) {
          bool dead = true, clear = true;
          for (int r = rb * 64; r < rb * 64 + 64; ++r)
            for (int k = n * bn; k < n * bn + bn; ++k) {
              const bool in = r < c.S && k < c.S;
              const size_t at = ((size_t(b) * c.H + h) * c.S + (in ? r : 0)) * c.rowPad + (in ? k : 0);
              uint32_t x = 0;
              if (in) x = c.esz == 1 ? m[at] : m[2 * at] | (m[2 * at + 1] << 8);
              if (c.esz == 1) {
                dead = dead && x == 0;
                clear = clear && (!in || x != 0);
              } else {
                uint32_t u = x << 16; float f; std::memcpy(&f, &u, 4);
                dead = dead && f <= kDeadMask;
                clear = clear && (!in || (x & 0x7fff) == 0);
              }
            }
          const size_t row = ((size_t(b) * d.heads + h) * d.blocks + rb) * 2 * d.words;
          if (dead) out[row + n / 32] |= 1u << (n % 32);
          if (clear) out[row + d.words + n / 32] |= 1u << (n % 32);
        }
}

int main(int argc, char **argv) {
  const bool checkOnly = argc > 1 && !std::strcmp(argv[1], "--check");  // under the sanitizers
  int sms = 0;
  cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, 0);
  const MaskCase cases[] = {
      {"T5 bias [1,16,4096,4096] bf16", 1, 16, 4096, 4096, 2, 0},
      {"causal+pad [4,1,4096,4096] bf16", 4, 1, 4096, 4096, 2, 1},
      {"causal+pad [6,1,5100,5100] bf16 (rows 5104)", 6, 1, 5100, 5104, 2, 1},
      {"bias+causal [1,16,4096,4096] bf16", 1, 16, 4096, 4096, 2, 2},
      {"bool causal [2,1,4096,4096]", 2, 1, 4096, 4096, 1, 3},
      {"causal+pad [8,1,1030,1030] bf16 (rows 1032)", 8, 1, 1030, 1032, 2, 1},
      {"causal+pad [16,1,512,512] bf16", 16, 1, 512, 512, 2, 1},
      {"causal+pad [4,1,1024,1024] bf16", 4, 1, 1024, 1024, 2, 1},
      {"T5 bias [1,12,512,512] bf16", 1, 12, 512, 512, 2, 0},
      {"T5 bias [1,8,1024,1024] bf16", 1, 8, 1024, 1024, 2, 0},
  };
  const int bn = 128;
  bool allOk = true;
  for (const MaskCase &c : cases) {
    const size_t elems = size_t(c.B) * c.H * c.S * c.rowPad;
    std::vector<uint8_t> h(elems * c.esz, 0);
    const uint16_t lowest = bf16_bits(-3.3895314e38f);
    for (int b = 0; b < c.B; ++b) {
      const int len = c.S - 97 * b;  // batch b's valid keys
      for (int hh = 0; hh < c.H; ++hh)
        for (int r = 0; r < c.S; ++r)
          for (int k = 0; k < c.S; ++k) {
            const size_t at = ((size_t(b) * c.H + hh) * c.S + r) * c.rowPad + k;
            const float bias = ((hash32(at) >> 8) * (1.f / 16777216.f) - 0.5f) * 16.f + 0.01f;
            uint16_t v;
            switch (c.kind) {
              case 0: v = bf16_bits(bias); break;
              case 1: v = k > r || k >= len ? lowest : 0; break;
              case 2: v = k > r ? lowest : bf16_bits(bias); break;
              default: v = k <= r; break;
            }
            if (c.esz == 1) h[at] = static_cast<uint8_t>(v);
            else { h[2 * at] = v & 0xff; h[2 * at + 1] = v >> 8; }
          }
    }
    const DeadMapDims d = dead_map_dims(c.S, c.S, bn, c.H, c.B);
    std::vector<uint32_t> ref;
    reference(h, c, bn, d, ref);
    size_t nd = 0, nc = 0;
    for (int r = 0; r < d.batches * d.heads * d.blocks; ++r)
      for (int w = 0; w < d.words; ++w) {
        nd += __builtin_popcount(ref[r * 2 * d.words + w]);
        nc += __builtin_popcount(ref[r * 2 * d.words + d.words + w]);
      }
    uint8_t *dm = nullptr;
    uint32_t *map = nullptr;
    cudaMalloc(&dm, h.size());
    cudaMalloc(&map, d.bytes());
    cudaMemcpy(dm, h.data(), h.size(), cudaMemcpyHostToDevice);
    const int64_t s2 = c.rowPad, s1 = int64_t(c.S) * s2, s0 = c.H * s1;
    const int dt = c.esz == 1 ? 3 : 2;
    printf("%s: %d tiles x %d blocks x %d heads x %d batches, dead %zu, clear %zu, %.0f MB\n", c.name, d.tiles,
           d.blocks, d.heads, d.batches, nd, nc, h.size() / 1e6);
    cudaEvent_t e0, e1;
    cudaEventCreate(&e0);
    cudaEventCreate(&e1);
    auto timeIt = [&](const char *label, auto &&pass) {
      cudaMemset(map, 0xa5, d.bytes());  // no stale bits
      pass();
      std::vector<uint32_t> got(d.bytes() / 4);
      cudaError_t err = cudaDeviceSynchronize();
      cudaMemcpy(got.data(), map, d.bytes(), cudaMemcpyDeviceToHost);
      const bool ok = err == cudaSuccess && got == ref;
      allOk &= ok;
      if (checkOnly) {
        printf("  %-24s map %s\n", label, ok ? "equal" : "DIFFERS");
        return;
      }
      for (int i = 0; i < 5; ++i) pass();
      cudaEventRecord(e0);
      for (int i = 0; i < 50; ++i) pass();
      cudaEventRecord(e1);
      cudaEventSynchronize(e1);
      float ms = 0;
      cudaEventElapsedTime(&ms, e0, e1);
      printf("  %-24s %8.2f us a pass  map %s%s\n", label, ms * 1000 / 50, ok ? "equal" : "DIFFERS",
             err == cudaSuccess ? "" : cudaGetErrorString(err));
    };
    timeIt("previous", [&] {
      cudaMemsetAsync(map, 0, d.bytes());
      const int64_t units = int64_t(d.tiles) * d.blocks * d.heads * d.batches;
      const int64_t want = (units + 7) / 8, cap = int64_t(sms) * 16;
      v0::build_dead_map_v0<<<int(want < cap ? want : cap), 256>>>(dm, c.B > 1 ? s0 : 0, c.H > 1 ? s1 : 0, s2,
                                                                 c.esz, dt, c.S, c.S, bn, d.tiles, d.words,
                                                                 d.blocks, d.heads, units, 1, map);
    });
    // The cooperative pass on the whole GPU and on 264 blocks; the direct
    // pass (forced at any size its map allows); the launch's own choice.
    const int64_t tileBytes = int64_t(kDeadMapRows) * bn * c.esz;
    for (int run = 0; run < 4; ++run) {
      const DeadMapPass pass = run == 0   ? dead_map_pass(d, sms, kDeadMapMaxGrid)
                               : run == 1 ? dead_map_pass(d, sms, 264)
                               : run == 2 ? dead_map_pass(d, sms, kDeadMapMaxGrid, tileBytes, INT64_MAX)
                                          : dead_map_pass(d, sms, kDeadMapMaxGrid - 1, tileBytes,
                                                          c.H == 1 ? kDeadMapDirectBytes : 0);
      if (run == 2 && !pass.direct) continue;
      void *scratch = nullptr;
      cudaMalloc(&scratch, pass.scratch_bytes());
      char label[40];
      snprintf(label, sizeof label, "%s%s %d blocks", run == 3 ? "chosen: " : "", pass.direct ? "direct" : "coop",
               pass.grid);
      timeIt(label, [&] { launch_dead_map(dm, s0, s1, s2, c.esz, dt, c.S, c.S, bn, d, pass, map, scratch, nullptr); });
      cudaFree(scratch);
    }
    cudaFree(dm);
    cudaFree(map);
  }
  printf("%s\n", allOk ? "all maps equal the reference" : "SOME MAPS DIFFER");
  return allOk ? 0 : 1;
}
