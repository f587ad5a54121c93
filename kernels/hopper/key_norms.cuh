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

// The vector pass (rows 16-byte aligned, D a multiple of 8): block i reads
// rows [chunk x R, chunk x R + R) of (batch, KV head) pair i / chunks, R =
// key_norm_block_rows(D), as R x D / 8 consecutive 16-byte chunks, each
// thread kKeyNormChunks of them at once (coalesced: a row's chunks lie on
// consecutive threads); each row's sum of squares goes into its shared
// sum, and the largest row sum into the pair's entry by atomicMax
// on the f32 bits (non-negative floats order as their bits; NaN's bits,
// either sign, and inf's order above every finite value's).
template <bool BF16>
__global__ void __launch_bounds__(kKeyNormThreads)
    key_norms_vec_kernel(const uint16_t *__restrict__ k, int64_t sb, int64_t sh, int64_t ss, int H, int S, int D,
                         int chunks, const int *__restrict__ gate, uint32_t *__restrict__ out) {
  extern __shared__ float row_sum[];
  const int64_t pair = blockIdx.x / chunks;
  const int chunk = static_cast<int>(blockIdx.x - pair * chunks);
  if (gate && *gate == 0) {
    if (chunk == 0 && threadIdx.x == 0) out[pair] = 0xffffffffu;
    return;
  }
  const int cpr = D / 8, R = kKeyNormThreads * kKeyNormChunks / cpr;
  const int r0 = chunk * R, rows = min(R, S - r0);
  for (int i = threadIdx.x; i < rows; i += kKeyNormThreads) row_sum[i] = 0.f;
  __syncthreads();
  const int b = static_cast<int>(pair / H), h = static_cast<int>(pair - int64_t(b) * H);
  const uint16_t *base = k + b * sb + h * sh + r0 * ss;
  uint4 v[kKeyNormChunks];
#pragma unroll
  for (int j = 0; j < kKeyNormChunks; ++j) {
    const int c = j * kKeyNormThreads + static_cast<int>(threadIdx.x), r = c / cpr;
    v[j] = r < rows ? __ldg(reinterpret_cast<const uint4 *>(base + r * ss + (c - r * cpr) * 8))
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
  if ((threadIdx.x & 31) == 0 && m) atomicMax(out + pair, m);
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
// the pass; gate (device, or null): read
// nothing where *gate is 0 (dead_map_any: a mask without dead tiles, such
// as T5's bias, whose K can outweigh the mask many times).
// cudaErrorInvalidValue where the grid would not fit one dimension (the
// caller then runs without it).
inline cudaError_t launch_key_norms(const attnk_problem *p, uint32_t *out, cudaStream_t st,
                                    const int *gate = nullptr, bool zeroed = false) {
  const int64_t D = p->head_dim, S = p->seq_k;
  const attnk_tensor &t = p->k;
  // 16-byte loads where every row starts 16-byte aligned.
  const bool vec = D % 8 == 0 && D >= 8 && D <= 8 * kKeyNormThreads && reinterpret_cast<uintptr_t>(t.data) % 16 == 0 &&
                   t.strides[0] % 8 == 0 && t.strides[1] % 8 == 0 && t.strides[2] % 8 == 0;
  const int64_t rows = vec ? key_norm_block_rows(static_cast<int>(D)) : kKeyNormRows;
  const int64_t chunks = (S + rows - 1) / rows;
  const int64_t grid = p->batch * p->heads_kv * chunks;
  if (grid <= 0 || grid > 0x7fffffff || S > 0x7fffffff) return cudaErrorInvalidValue;
  if (!zeroed) {
    const cudaError_t e = cudaMemsetAsync(out, 0, key_norms_entries(p) * sizeof(uint32_t), st);
    if (e != cudaSuccess) return e;
  }
  const uint16_t *k = static_cast<const uint16_t *>(t.data);
  const bool bf16 = p->dtype == ATTNRT_DTYPE_BF16;
  auto launch = [&](auto kernel, size_t smem) {
    kernel<<<static_cast<unsigned>(grid), kKeyNormThreads, smem, st>>>(
        k, t.strides[0], t.strides[1], t.strides[2], static_cast<int>(p->heads_kv), static_cast<int>(S),
        static_cast<int>(D), static_cast<int>(chunks), gate, out);
  };
  if (vec) {
    const size_t smem = rows * sizeof(float);
    if (bf16) launch(key_norms_vec_kernel<true>, smem);
    else launch(key_norms_vec_kernel<false>, smem);
  } else {
    if (bf16) launch(key_norms_kernel<true>, 0);
    else launch(key_norms_kernel<false>, 0);
  }
  return cudaGetLastError();
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_KEY_NORMS_CUH
