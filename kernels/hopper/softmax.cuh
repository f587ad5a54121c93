//===- softmax.cuh - online softmax of the Hopper kernel ------------------===//
//
// Per consumer thread: the running max and (per-thread partial) sum of its
// two query rows (row0, row0 + 8). The plain kernels keep the max of the raw
// scores q.k and fold the scale into one FFMA in log2 units; the GEN kernels
// keep natural-unit logits (scale * q.k + mask, or the fill) and subtract
// before scaling by log2(e), so equal huge values cancel exactly. The
// step and the exponents are the shared rules (attn/softmax_rules.h).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_SOFTMAX_CUH
#define ATTN_HOPPER_SOFTMAX_CUH

#include "arch.cuh"
#include "attn/softmax_rules.h"

namespace attn_hopper {

template <class C>
struct OnlineSoftmax {
  float mrow0, mrow1, l0, l1;

  __device__ __forceinline__ void reset() {
    mrow0 = -INFINITY;
    mrow1 = -INFINITY;
    l0 = 0.f;
    l1 = 0.f;
  }

  // Online softmax on a score tile: updates the running max and (per-thread
  // partial) sums, overwrites sc with the unnormalized probabilities and
  // returns the factors by which O must be rescaled.
  __device__ __forceinline__ void update(float (&sc)[C::BN / 2], float sl2, float &c0, float &c1) {
    constexpr int BN = C::BN;
    float mx0 = -INFINITY, mx1 = -INFINITY;
#pragma unroll
    for (int i = 0; i < BN / 8; ++i) {
      mx0 = fmaxf(mx0, fmaxf(sc[4 * i], sc[4 * i + 1]));
      mx1 = fmaxf(mx1, fmaxf(sc[4 * i + 2], sc[4 * i + 3]));
    }
    mx0 = fmaxf(mx0, __shfl_xor_sync(0xffffffffu, mx0, 1));
    mx0 = fmaxf(mx0, __shfl_xor_sync(0xffffffffu, mx0, 2));
    mx1 = fmaxf(mx1, __shfl_xor_sync(0xffffffffu, mx1, 1));
    mx1 = fmaxf(mx1, __shfl_xor_sync(0xffffffffu, mx1, 2));
    if constexpr (C::GEN) {
      // Natural units (attn/softmax_rules.h): subtract first (equal huge
      // values cancel exactly), then scale to log2 units.
      const attn::SoftmaxStep st0 = attn::softmax_step<true>(mrow0, mx0);
      const attn::SoftmaxStep st1 = attn::softmax_step<true>(mrow1, mx1);
      const float mu0 = st0.pivot, mu1 = st1.pivot;
      c0 = st0.alpha;
      c1 = st1.alpha;
      mrow0 = st0.m;
      mrow1 = st1.m;
      float s0 = 0.f, s1 = 0.f;
#pragma unroll
      for (int i = 0; i < BN / 8; ++i) {
        sc[4 * i + 0] = attn::softmax_exp<true>(sc[4 * i + 0], mu0);
        sc[4 * i + 1] = attn::softmax_exp<true>(sc[4 * i + 1], mu0);
        sc[4 * i + 2] = attn::softmax_exp<true>(sc[4 * i + 2], mu1);
        sc[4 * i + 3] = attn::softmax_exp<true>(sc[4 * i + 3], mu1);
        s0 += sc[4 * i + 0] + sc[4 * i + 1];
        s1 += sc[4 * i + 2] + sc[4 * i + 3];
      }
      l0 = l0 * c0 + s0;
      l1 = l1 * c1 + s1;
      return;
    }
    // Raw scores, the scale folded into one FFMA per element.
    const attn::SoftmaxStep st0 = attn::softmax_step_scaled(mrow0, mx0, sl2);
    const attn::SoftmaxStep st1 = attn::softmax_step_scaled(mrow1, mx1, sl2);
    const float ms0 = st0.pivot, ms1 = st1.pivot;
    c0 = st0.alpha;
    c1 = st1.alpha;
    if constexpr (C::VOTE) {
      // A row whose max did not grow keeps its pivot: its factor is exactly
      // 1 (exp2 of m k - m k, which the FFMA rounds to a residual), for the
      // sum here and for O (attn_hopper.cu skips O's rescale where a warp's
      // factors are all 1).
      if (!(mx0 > mrow0)) c0 = 1.f;
      if (!(mx1 > mrow1)) c1 = 1.f;
    }
    mrow0 = st0.m;
    mrow1 = st1.m;
    float s0 = 0.f, s1 = 0.f;
#pragma unroll
    for (int i = 0; i < BN / 8; ++i) {
      sc[4 * i + 0] = attn::softmax_exp_scaled(sc[4 * i + 0], sl2, ms0);
      sc[4 * i + 1] = attn::softmax_exp_scaled(sc[4 * i + 1], sl2, ms0);
      sc[4 * i + 2] = attn::softmax_exp_scaled(sc[4 * i + 2], sl2, ms1);
      sc[4 * i + 3] = attn::softmax_exp_scaled(sc[4 * i + 3], sl2, ms1);
      s0 += sc[4 * i + 0] + sc[4 * i + 1];
      s1 += sc[4 * i + 2] + sc[4 * i + 3];
    }
    l0 = l0 * c0 + s0;
    l1 = l1 * c1 + s1;
  }

  // The thread's partial sums -> the row sums (the 4 threads of a quad
  // hold a row's columns).
  __device__ __forceinline__ void reduce_sums() {
    l0 += __shfl_xor_sync(0xffffffffu, l0, 1);
    l0 += __shfl_xor_sync(0xffffffffu, l0, 2);
    l1 += __shfl_xor_sync(0xffffffffu, l1, 1);
    l1 += __shfl_xor_sync(0xffffffffu, l1, 2);
  }
};

// O *= the rescale factors of its two rows.
template <class C>
__device__ __forceinline__ void rescale(float (&o)[C::DV / 2], float c0, float c1) {
#pragma unroll
  for (int j = 0; j < C::DV / 8; ++j) {
    o[4 * j + 0] *= c0;
    o[4 * j + 1] *= c0;
    o[4 * j + 2] *= c1;
    o[4 * j + 3] *= c1;
  }
}

// The probabilities (S accumulator layout) -> the A fragments of P V.
template <class C>
__device__ __forceinline__ void convert(const float (&sc)[C::BN / 2], uint32_t (&pa)[C::BN / 16][4]) {
  constexpr int BN = C::BN;
#pragma unroll
  for (int kk = 0; kk < BN / 16; ++kk) {
    pa[kk][0] = pack2<C::BF16>(sc[8 * kk + 0], sc[8 * kk + 1]);
    pa[kk][1] = pack2<C::BF16>(sc[8 * kk + 2], sc[8 * kk + 3]);
    pa[kk][2] = pack2<C::BF16>(sc[8 * kk + 4], sc[8 * kk + 5]);
    pa[kk][3] = pack2<C::BF16>(sc[8 * kk + 6], sc[8 * kk + 7]);
  }
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_SOFTMAX_CUH
