//===- qk_norms.cuh - the largest Q and K row norms of each head ----------===//
//
// f16's lowest value, -65504 (Hugging Face's f16 finfo.min fill), hides a
// key only where its logit is bounded: |scale| |q| |k| <= 32,000
// (mainloop.cuh kDeadBound2). The dead map marks f16 tiles whose values are
// all at or below it (dead_map.cuh); before leaving such a tile out, the
// producer checks the bound for the tile's (batch, query head) on the
// largest squared row norm of that head's Q and of its KV head's K, which
// this pass writes before the kernel: f32 bits, [B x Hq] for Q then
// [B x Hkv] for K. Squared norms are summed in f32 over at most 256 columns
// (relative error <= 256 x 2^-24, inside the bound's 2% margin); a NaN or
// inf in a row makes its head's entry NaN or inf (bits above every finite
// value's), which fails the bound.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_QK_NORMS_CUH
#define ATTN_HOPPER_QK_NORMS_CUH

#include "attn_kernels.h"

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>

namespace attn_hopper {

constexpr int kQkNormThreads = 256;
// Rows of one (batch, head) a block reads: 4 a thread.
constexpr int kQkNormRows = 4 * kQkNormThreads;

// One operand of the pass: [B, H, S, D] with element strides (D contiguous).
struct QkNormOperand {
  const uint16_t *data;
  int64_t sb, sh, ss;
  int H, S, chunks;  // chunks: blocks a (batch, head) pair, kQkNormRows rows each
  int64_t blocks;    // B x H x chunks
};

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

// Block i < q.blocks reads rows of Q, the rest rows of K; each warp's
// largest squared norm goes into its head's entry by atomicMax on the f32
// bits (non-negative floats order as their bits; NaN's bits, either sign,
// and inf's order above every finite value's). Where *gate is 0 (the dead
// map has no dead bit: nothing to bound) the pass reads nothing and marks
// every entry NaN (the bound fails).
template <bool BF16>
__global__ void __launch_bounds__(kQkNormThreads)
    qk_norms_kernel(QkNormOperand q, QkNormOperand k, int D, bool vec, int B, const int *__restrict__ gate,
                    uint32_t *__restrict__ out) {
  int64_t i = blockIdx.x;
  const bool isq = i < q.blocks;
  const QkNormOperand a = isq ? q : k;
  if (!isq) i -= q.blocks;
  const int64_t pair = i / a.chunks;
  const int chunk = static_cast<int>(i - pair * a.chunks);
  if (gate && *gate == 0) {
    if (chunk == 0 && threadIdx.x == 0) out[(isq ? 0 : int64_t(B) * q.H) + pair] = 0xffffffffu;
    return;
  }
  const int b = static_cast<int>(pair / a.H), h = static_cast<int>(pair - int64_t(b) * a.H);
  const uint16_t *base = a.data + b * a.sb + h * a.sh;
  uint32_t m = 0u;
#pragma unroll
  for (int j = 0; j < kQkNormRows / kQkNormThreads; ++j) {
    const int r = chunk * kQkNormRows + j * kQkNormThreads + static_cast<int>(threadIdx.x);
    if (r < a.S) {
      const uint32_t n = __float_as_uint(row_norm2<BF16>(base + r * a.ss, D, vec));
      m = n > m ? n : m;
    }
  }
  m = __reduce_max_sync(0xffffffffu, m);
  if ((threadIdx.x & 31) == 0 && m) atomicMax(out + (isq ? 0 : int64_t(B) * q.H) + pair, m);
}

// Entries of the pass's output for p: B x Hq for Q, then B x Hkv for K.
inline int64_t qk_norms_entries(const attnk_problem *p) { return p->batch * (p->heads_q + p->heads_kv); }

// Writes the squared norms of p's Q and K into out (qk_norms_entries(p)
// words) on stream st: zeros, then the pass; gate (device, or null): read
// nothing where *gate is 0 (dead_map_any: a mask without dead tiles, such
// as T5's bias, whose Q and K can outweigh the mask many times).
// cudaErrorInvalidValue where the grid would not fit one dimension (the
// caller then runs without it).
inline cudaError_t launch_qk_norms(const attnk_problem *p, uint32_t *out, cudaStream_t st,
                                   const int *gate = nullptr) {
  const int64_t D = p->head_dim;
  auto operand = [&](const attnk_tensor &t, int64_t H, int64_t S) {
    QkNormOperand o;
    o.data = static_cast<const uint16_t *>(t.data);
    o.sb = t.strides[0];
    o.sh = t.strides[1];
    o.ss = t.strides[2];
    o.H = static_cast<int>(H);
    o.S = static_cast<int>(S);
    o.chunks = static_cast<int>((S + kQkNormRows - 1) / kQkNormRows);
    o.blocks = p->batch * H * o.chunks;
    return o;
  };
  const QkNormOperand q = operand(p->q, p->heads_q, p->seq_q), k = operand(p->k, p->heads_kv, p->seq_k);
  const int64_t grid = q.blocks + k.blocks;
  if (grid <= 0 || grid > 0x7fffffff || p->seq_q > 0x7fffffff || p->seq_k > 0x7fffffff)
    return cudaErrorInvalidValue;
  // 16-byte loads where every row of both operands starts 16-byte aligned.
  auto rows16 = [&](const attnk_tensor &t) {
    return reinterpret_cast<uintptr_t>(t.data) % 16 == 0 && t.strides[0] % 8 == 0 && t.strides[1] % 8 == 0 &&
           t.strides[2] % 8 == 0;
  };
  const bool vec = D % 8 == 0 && rows16(p->q) && rows16(p->k);
  cudaError_t e = cudaMemsetAsync(out, 0, qk_norms_entries(p) * sizeof(uint32_t), st);
  if (e != cudaSuccess) return e;
  if (p->dtype == ATTNRT_DTYPE_BF16)
    qk_norms_kernel<true><<<static_cast<unsigned>(grid), kQkNormThreads, 0, st>>>(
        q, k, static_cast<int>(D), vec, static_cast<int>(p->batch), gate, out);
  else
    qk_norms_kernel<false><<<static_cast<unsigned>(grid), kQkNormThreads, 0, st>>>(
        q, k, static_cast<int>(D), vec, static_cast<int>(p->batch), gate, out);
  return cudaGetLastError();
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_QK_NORMS_CUH
