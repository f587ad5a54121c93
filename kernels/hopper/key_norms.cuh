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

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>

namespace attn_hopper {

constexpr int kKeyNormThreads = 256;
// Rows of one (batch, head) a block reads: 4 a thread.
constexpr int kKeyNormRows = 4 * kKeyNormThreads;

// The sum of squares of a row's D 16-bit values (vec: 16-byte loads).
template <bool BF16>
__device__ __forceinline__ float row_norm2(const uint16_t *row, int D, bool vec) {
  float ss = 0.f;
  if (vec) {
#pragma unroll 4
    for (int d = 0; d < D; d += 8) {
      const uint4 v = *reinterpret_cast<const uint4 *>(row + d);
      const uint32_t w[4] = {v.x, v.y, v.z, v.w};
#pragma unroll
      for (int e = 0; e < 4; ++e) {
        float2 f;
        if constexpr (BF16) f = __bfloat1622float2(*reinterpret_cast<const __nv_bfloat162 *>(&w[e]));
        else f = __half22float2(*reinterpret_cast<const __half2 *>(&w[e]));
        ss = fmaf(f.x, f.x, ss);
        ss = fmaf(f.y, f.y, ss);
      }
    }
  } else {
    for (int d = 0; d < D; ++d) {
      float f;
      if constexpr (BF16) f = __uint_as_float(static_cast<uint32_t>(row[d]) << 16);
      else f = __half2float(__ushort_as_half(row[d]));
      ss = fmaf(f, f, ss);
    }
  }
  return ss;
}

// Block i reads rows of (batch, KV head) pair i / chunks; each warp's
// largest squared norm goes into the pair's entry by atomicMax on the f32
// bits (non-negative floats order as their bits; NaN's bits, either sign,
// and inf's order above every finite value's). Where *gate is 0 (the dead
// map has no dead bit: nothing to bound) the pass reads nothing and marks
// every entry NaN (the bound fails).
template <bool BF16>
__global__ void __launch_bounds__(kKeyNormThreads)
    key_norms_kernel(const uint16_t *__restrict__ k, int64_t sb, int64_t sh, int64_t ss, int H, int S, int D,
                     int chunks, bool vec, const int *__restrict__ gate, uint32_t *__restrict__ out) {
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
      const uint32_t n = __float_as_uint(row_norm2<BF16>(base + r * ss, D, vec));
      m = n > m ? n : m;
    }
  }
  m = __reduce_max_sync(0xffffffffu, m);
  if ((threadIdx.x & 31) == 0 && m) atomicMax(out + pair, m);
}

// Entries of the pass's output for p: B x Hkv.
inline int64_t key_norms_entries(const attnk_problem *p) { return p->batch * p->heads_kv; }

// Writes the squared key norms of p's K into out (key_norms_entries(p)
// words) on stream st: zeros, then the pass; gate (device, or null): read
// nothing where *gate is 0 (dead_map_any: a mask without dead tiles, such
// as T5's bias, whose K can outweigh the mask many times).
// cudaErrorInvalidValue where the grid would not fit one dimension (the
// caller then runs without it).
inline cudaError_t launch_key_norms(const attnk_problem *p, uint32_t *out, cudaStream_t st,
                                    const int *gate = nullptr) {
  const int64_t D = p->head_dim, S = p->seq_k;
  const int64_t chunks = (S + kKeyNormRows - 1) / kKeyNormRows;
  const int64_t grid = p->batch * p->heads_kv * chunks;
  if (grid <= 0 || grid > 0x7fffffff || S > 0x7fffffff) return cudaErrorInvalidValue;
  const attnk_tensor &t = p->k;
  // 16-byte loads where every row starts 16-byte aligned.
  const bool vec = D % 8 == 0 && reinterpret_cast<uintptr_t>(t.data) % 16 == 0 && t.strides[0] % 8 == 0 &&
                   t.strides[1] % 8 == 0 && t.strides[2] % 8 == 0;
  cudaError_t e = cudaMemsetAsync(out, 0, key_norms_entries(p) * sizeof(uint32_t), st);
  if (e != cudaSuccess) return e;
  const uint16_t *k = static_cast<const uint16_t *>(t.data);
  auto launch = [&](auto kernel) {
    kernel<<<static_cast<unsigned>(grid), kKeyNormThreads, 0, st>>>(
        k, t.strides[0], t.strides[1], t.strides[2], static_cast<int>(p->heads_kv), static_cast<int>(S),
        static_cast<int>(D), static_cast<int>(chunks), vec, gate, out);
  };
  if (p->dtype == ATTNRT_DTYPE_BF16) launch(key_norms_kernel<true>);
  else launch(key_norms_kernel<false>);
  return cudaGetLastError();
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_KEY_NORMS_CUH
