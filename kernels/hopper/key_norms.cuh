//===- key_norms.cuh - the largest key norm of each KV head ---------------===//
//
// f16's lowest value, -65504 (Hugging Face's f16 finfo.min fill), hides a
// key only where its logit is bounded: |scale| |q| |k| <= 32,000
// (mainloop.cuh kDeadBound2). The dead map marks f16 tiles whose values are
// all at or below it (dead_map.cuh); the consumers check the bound for
// their rows against the largest squared row norm of their KV head's K,
// which this pass writes before the kernel (f32 bits, [B x Hkv]), before
// they let the producer leave such tiles out, and the D 64 checkers post it
// with their bounded verdicts. Squared norms are summed in f32 over at most
// 256 columns (relative error <= 256 x 2^-24, inside the bound's 2%
// margin); a NaN or inf in a row makes its head's entry NaN or inf (bits
// above every finite value's), which fails the bound.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_KEY_NORMS_CUH
#define ATTN_HOPPER_KEY_NORMS_CUH

#include "attn_kernels.h"
#include "mainloop.cuh"

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>

namespace attn_hopper {

constexpr int kKeyNormThreads = 256;
// 16-byte chunks a thread of the vector pass loads at once (all in flight).
constexpr int kKeyNormChunks = 8;
// Rows of one (batch, head) a block of the scalar pass reads: 4 a thread.
constexpr int kKeyNormRows = 4 * kKeyNormThreads;

// Rows of one (batch, head) a block of the vector pass reads: its
// kKeyNormThreads x kKeyNormChunks chunks over rows of D / 8 chunks.
inline int key_norm_block_rows(int D) { return kKeyNormThreads * kKeyNormChunks / (D / 8); }

// The vector pass's arguments for p's K (key_norm_args): the rows'
// strides (elements) of batch, head and row, heads, keys, head dim, blocks
// a (batch, head) pair, the grid, and the shared memory a block needs.
struct KeyNormArgs {
  const uint16_t *k;
  int64_t sb, sh, ss;
  int H, S, D, chunks;
  int64_t grid;
  bool bf16;
  size_t smem;
  uint32_t *out;
};

// Block `block` of the vector pass (rows 16-byte aligned, D a multiple of
// 8): rows [chunk x R, chunk x R + R) of (batch, KV head) pair block /
// chunks, R = key_norm_block_rows(D), as R x D / 8 consecutive 16-byte
// chunks, each thread kKeyNormChunks of them at once (coalesced: a row's
// chunks lie on consecutive threads); each row's sum of squares goes into
// its shared sum (row_sum: R floats), and the largest row sum into the
// pair's entry by atomicMax on the f32 bits (non-negative floats order as
// their bits; NaN's bits, either sign, and inf's order above every finite
// value's).
template <bool BF16>
__device__ __forceinline__ void key_norms_vec_block(const KeyNormArgs &a, int64_t block, float *row_sum) {
  const int64_t pair = block / a.chunks;
  const int chunk = static_cast<int>(block - pair * a.chunks);
  const int cpr = a.D / 8, R = kKeyNormThreads * kKeyNormChunks / cpr;
  const int r0 = chunk * R, rows = min(R, a.S - r0);
  for (int i = threadIdx.x; i < rows; i += kKeyNormThreads) row_sum[i] = 0.f;
  __syncthreads();
  const int b = static_cast<int>(pair / a.H), h = static_cast<int>(pair - int64_t(b) * a.H);
  const uint16_t *base = a.k + b * a.sb + h * a.sh + r0 * a.ss;
  uint4 v[kKeyNormChunks];
#pragma unroll
  for (int j = 0; j < kKeyNormChunks; ++j) {
    const int c = j * kKeyNormThreads + static_cast<int>(threadIdx.x), r = c / cpr;
    v[j] = r < rows ? __ldg(reinterpret_cast<const uint4 *>(base + r * a.ss + (c - r * cpr) * 8))
                    : make_uint4(0, 0, 0, 0);
  }
  // A row's chunks lie on consecutive lanes: each lane sums the chunks of
  // its row from it to the warp's end (a segmented suffix sum), and the
  // row's first lane in the warp adds that to the row (two warps for a row
  // that straddles them: D / 8 not a power of two).
  const int lane = static_cast<int>(threadIdx.x) & 31;
#pragma unroll
  for (int j = 0; j < kKeyNormChunks; ++j) {
    const int c = j * kKeyNormThreads + static_cast<int>(threadIdx.x), r = c / cpr;
    float x = r < rows ? sum_squares8<BF16>(v[j], 0.f) : 0.f;
#pragma unroll
    for (int off = 1; off < 32; off <<= 1) {
      const float y = __shfl_down_sync(0xffffffffu, x, off);
      const int ry = __shfl_down_sync(0xffffffffu, r, off);
      if (lane + off < 32 && ry == r) x += y;
    }
    const int prev = __shfl_up_sync(0xffffffffu, r, 1);
    if (r < rows && (lane == 0 || prev != r)) atomicAdd(row_sum + r, x);
  }
  __syncthreads();
  uint32_t m = 0u;
  for (int i = threadIdx.x; i < rows; i += kKeyNormThreads) m = max(m, __float_as_uint(row_sum[i]));
  m = __reduce_max_sync(0xffffffffu, m);
  if ((threadIdx.x & 31) == 0 && m) atomicMax(a.out + pair, m);
}

// The vector pass, one block a (pair, chunk); where *gate is 0 (the dead
// map has no dead bit: nothing to bound) it reads nothing and marks every
// entry NaN (the bound fails).
template <bool BF16>
__global__ void __launch_bounds__(kKeyNormThreads) key_norms_vec_kernel(KeyNormArgs a, const int *__restrict__ gate) {
  extern __shared__ float row_sum[];
  attn::grid_dependency_launch();  // the attention kernel after it: as build_dead_map's
  if (gate && *gate == 0) {
    if (blockIdx.x % a.chunks == 0 && threadIdx.x == 0) a.out[blockIdx.x / a.chunks] = 0xffffffffu;
    return;
  }
  key_norms_vec_block<BF16>(a, blockIdx.x, row_sum);
}

// The vector pass's arguments for p's K into out (key_norms_entries(p)
// words); false where its rows are not 16-byte aligned (the scalar pass
// then) or the grid would not fit one dimension.
inline bool key_norm_args(const attnk_problem *p, uint32_t *out, KeyNormArgs *a) {
  const int64_t D = p->head_dim, S = p->seq_k;
  const attnk_tensor &t = p->k;
  if (D % 8 || D < 8 || D > 8 * kKeyNormThreads || reinterpret_cast<uintptr_t>(t.data) % 16 ||
      t.strides[0] % 8 || t.strides[1] % 8 || t.strides[2] % 8 || S > 0x7fffffff)
    return false;
  const int rows = key_norm_block_rows(static_cast<int>(D));
  a->k = static_cast<const uint16_t *>(t.data);
  a->sb = t.strides[0];
  a->sh = t.strides[1];
  a->ss = t.strides[2];
  a->H = static_cast<int>(p->heads_kv);
  a->S = static_cast<int>(S);
  a->D = static_cast<int>(D);
  a->chunks = static_cast<int>((S + rows - 1) / rows);
  a->grid = p->batch * p->heads_kv * a->chunks;
  a->bf16 = p->dtype == ATTNRT_DTYPE_BF16;
  a->smem = size_t(rows) * sizeof(float);
  a->out = out;
  return a->grid > 0 && a->grid <= 0x7fffffff;
}

// The scalar pass (rows not 16-byte aligned): block i reads kKeyNormRows
// rows of pair i / chunks, one thread a row, as key_norms_vec_kernel
// otherwise.
template <bool BF16>
__global__ void __launch_bounds__(kKeyNormThreads)
    key_norms_kernel(const uint16_t *__restrict__ k, int64_t sb, int64_t sh, int64_t ss, int H, int S, int D,
                     int chunks, const int *__restrict__ gate, uint32_t *__restrict__ out) {
  const int64_t pair = blockIdx.x / chunks;
  const int chunk = static_cast<int>(blockIdx.x - pair * chunks);
  attn::grid_dependency_launch();  // as key_norms_vec_kernel's
  if (gate && *gate == 0) {
    if (chunk == 0 && threadIdx.x == 0) out[pair] = 0xffffffffu;
    return;
  }
  const int b = static_cast<int>(pair / H), h = static_cast<int>(pair - int64_t(b) * H);
  const uint16_t *base = k + b * sb + h * sh;
  uint32_t m = 0u;
#pragma unroll
  for (int j = 0; j < kKeyNormRows / kKeyNormThreads; ++j) {
    const int r = chunk * kKeyNormRows + j * kKeyNormThreads + static_cast<int>(threadIdx.x);
    if (r < S) {
      const uint16_t *row = base + r * ss;
      float sum = 0.f;
      for (int d = 0; d < D; ++d) {
        float f;
        if constexpr (BF16) f = __uint_as_float(static_cast<uint32_t>(row[d]) << 16);
        else f = __half2float(__ushort_as_half(row[d]));
        sum = fmaf(f, f, sum);
      }
      m = max(m, __float_as_uint(sum));
    }
  }
  m = __reduce_max_sync(0xffffffffu, m);
  if ((threadIdx.x & 31) == 0 && m) atomicMax(out + pair, m);
}

// Entries of the pass's output for p: B x Hkv.
inline int64_t key_norms_entries(const attnk_problem *p) { return p->batch * p->heads_kv; }

// Writes the squared key norms of p's K into out (key_norms_entries(p)
// words) on stream st: zeros (unless the caller zeroed them: zeroed), then
// the pass; gate (device, or null): read nothing where *gate is 0
// (dead_map_any: a mask without dead tiles, such as T5's bias, whose K can
// outweigh the mask many times). cudaErrorInvalidValue where the grid
// would not fit one dimension (the caller then runs without it).
inline cudaError_t launch_key_norms(const attnk_problem *p, uint32_t *out, cudaStream_t st,
                                    const int *gate = nullptr, bool zeroed = false) {
  if (!zeroed) {
    const cudaError_t e = cudaMemsetAsync(out, 0, key_norms_entries(p) * sizeof(uint32_t), st);
    if (e != cudaSuccess) return e;
  }
  KeyNormArgs a;
  if (key_norm_args(p, out, &a)) {
    const unsigned grid = static_cast<unsigned>(a.grid);
    if (a.bf16) key_norms_vec_kernel<true><<<grid, kKeyNormThreads, a.smem, st>>>(a, gate);
    else key_norms_vec_kernel<false><<<grid, kKeyNormThreads, a.smem, st>>>(a, gate);
    return cudaGetLastError();
  }
  const int64_t D = p->head_dim, S = p->seq_k;
  const int64_t chunks = (S + kKeyNormRows - 1) / kKeyNormRows;
  const int64_t grid = p->batch * p->heads_kv * chunks;
  if (grid <= 0 || grid > 0x7fffffff || S > 0x7fffffff) return cudaErrorInvalidValue;
  const attnk_tensor &t = p->k;
  auto launch = [&](auto kernel) {
    kernel<<<static_cast<unsigned>(grid), kKeyNormThreads, 0, st>>>(
        static_cast<const uint16_t *>(t.data), t.strides[0], t.strides[1], t.strides[2],
        static_cast<int>(p->heads_kv), static_cast<int>(S), static_cast<int>(D), static_cast<int>(chunks), gate,
        out);
  };
  if (p->dtype == ATTNRT_DTYPE_BF16) launch(key_norms_kernel<true>);
  else launch(key_norms_kernel<false>);
  return cudaGetLastError();
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_KEY_NORMS_CUH
