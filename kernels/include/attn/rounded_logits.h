//===- rounded_logits.h - logits rounded step by step in f16/bf16 -*- C++ -*-===//
//
// attnk_problem::logit_rounding (attnrt_types.h) on NVIDIA, for rounding in
// the Q/K/V type T (f16 or bf16): the logit of a key that is not hidden is
//   z = rnd_T(rnd_T(rnd_T(q.k) * scale) + rnd_T(mask))
// (no last step without an additive mask), each step rounded to nearest
// even in T, overflowing to +-inf, as the program that computes its
// attention logits in T (HF eager attention in f16/bf16) does. The kernels
// that compute it (kernels/hopper mask.cuh, decode/decode_nv.cu) are
// compile-time variants; the default kernels never include this header's
// work.
//
// Exactness, pairwise on packed T values (two elements per instruction):
//  - rnd_T(q.k): cvt.rn.{bf16x2,f16x2}.f32 of the f32 accumulator (q.k is
//    accumulated in f32 and rounded once, as attnrt_types.h allows);
//  - rnd_T(t * scale): fma.rn with a -0 addend computes t * scale + (-0)
//    exactly and rounds once, so it is the correctly rounded product of two
//    T values (scale is exactly representable in T: validated by the C API);
//  - rnd_T(t + m): fma.rn(t, 1, m), the sum rounded once; rnd_T(mask) is
//    one cvt.rn from the mask's f32 value (f16/bf16 masks are exact in f32).
// fma.rn on f16x2/bf16x2 keeps subnormals (no .ftz) and gives +-inf on
// overflow. f16x2 needs sm_53, bf16x2 sm_80; the callers build for sm_90.
//===----------------------------------------------------------------------===//
#ifndef ATTN_ROUNDED_LOGITS_H
#define ATTN_ROUNDED_LOGITS_H

#include "attn/arch.h"

#include <cuda_fp16.h>

#include <cstdint>
#include <type_traits>

namespace attn {

// Two f32 values -> the T pair (a in the low half), each rounded to
// nearest even in T (overflow to +-inf): the arch layer's conversion.
template <bool BF>
__device__ __forceinline__ uint32_t round_pair(float a, float b) {
  return Cvt<std::conditional_t<BF, bf16_t, f16_t>>::pack2(a, b);
}

// The T pair -> two f32 values (exact; also the Hopper mask tiles' reads,
// kernels/hopper/mask.cuh).
template <bool BF>
__device__ __forceinline__ void unpack_pair(uint32_t x, float &a, float &b) {
  if constexpr (BF) {
    a = __uint_as_float(x << 16);
    b = __uint_as_float(x & 0xffff0000u);
  } else {
    const __half2 h = *reinterpret_cast<const __half2 *>(&x);
    a = __low2float(h);
    b = __high2float(h);
  }
}

// d = rnd_T(a * b + c), computed exactly and rounded once, pairwise.
template <bool BF>
__device__ __forceinline__ uint32_t fma_rn_pair(uint32_t a, uint32_t b, uint32_t c) {
  uint32_t d;
  if constexpr (BF)
    asm("fma.rn.bf16x2 %0, %1, %2, %3;" : "=r"(d) : "r"(a), "r"(b), "r"(c));
  else
    asm("fma.rn.f16x2 %0, %1, %2, %3;" : "=r"(d) : "r"(a), "r"(b), "r"(c));
  return d;
}

// The T pair (scale, scale): scale is exactly representable in T.
template <bool BF>
__device__ __forceinline__ uint32_t scale_pair(float scale) {
  return round_pair<BF>(scale, scale);
}

// Two raw scores (f32 q.k) -> rnd_T(rnd_T(s) * scale) as a T pair.
template <bool BF>
__device__ __forceinline__ uint32_t rounded_scaled_pair(float s0, float s1, uint32_t scale2) {
  return fma_rn_pair<BF>(round_pair<BF>(s0, s1), scale2, 0x80008000u);  // + (-0, -0)
}

// A scaled T pair plus an additive mask pair (f32 values, any of f32 /
// f16 / bf16 mask types) -> rnd_T(t + rnd_T(m)) as a T pair.
template <bool BF>
__device__ __forceinline__ uint32_t rounded_add_pair(uint32_t t, float m0, float m1) {
  constexpr uint32_t one2 = BF ? 0x3f803f80u : 0x3c003c00u;  // (1, 1) in T
  return fma_rn_pair<BF>(t, one2, round_pair<BF>(m0, m1));
}

// In place: two raw scores -> their rounded logits without a mask
// (rnd_T(rnd_T(s) * scale)), as f32.
template <bool BF>
__device__ __forceinline__ void rounded_logits(float &s0, float &s1, uint32_t scale2) {
  unpack_pair<BF>(rounded_scaled_pair<BF>(s0, s1, scale2), s0, s1);
}

// In place: two raw scores and their additive mask values -> the rounded
// logits rnd_T(rnd_T(rnd_T(s) * scale) + rnd_T(m)), as f32.
template <bool BF>
__device__ __forceinline__ void rounded_logits_add(float &s0, float &s1, uint32_t scale2, float m0,
                                                   float m1) {
  unpack_pair<BF>(rounded_add_pair<BF>(rounded_scaled_pair<BF>(s0, s1, scale2), m0, m1), s0, s1);
}

// One already rounded, scaled logit t (a T value) plus an additive mask
// value m -> rnd_T(t + rnd_T(m)), as f32 (the kernels that add the mask
// element by element: decode/decode_nv.cu).
template <bool BF>
__device__ __forceinline__ float rounded_sum(float t, float m) {
  float a, b;
  unpack_pair<BF>(rounded_add_pair<BF>(round_pair<BF>(t, t), m, m), a, b);
  return a;
}

}  // namespace attn

#endif  // ATTN_ROUNDED_LOGITS_H
