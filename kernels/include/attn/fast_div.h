//===- fast_div.h - division by a launch-time constant, without a divide -*- C++ -*-===//
//
// The persistent kernels turn a tile index into (m-block, head, batch) at
// the top of every output tile; with run-time divisors each `/` and `%` is
// an I2F / MUFU.RCP / F2I / IMAD chain of ~25 dependent instructions, and
// three of them made ~0.4 us of a short tile's prologue (ncu, D 128 S 512,
// bench/hopper/NOTES.md "divide"). The host computes, once per launch, a
// multiplier and shift for each divisor d (Granlund-Montgomery, the form
// CUTLASS's FastDivmod uses): for 0 <= n < 2^31 and 1 <= d < 2^31,
//   n / d == umulhi(n, mul) >> shr,  mul = ceil(2^(31 + l) / d), shr = l - 1,
// with l = ceil(log2 d) (d == 1: mul 0 marks the identity). Proof: mul d =
// 2^(31+l) + e with 0 <= e < d <= 2^l, so n mul / 2^(31+l) = n / d +
// n e / (d 2^(31+l)), and the second term is below 2^31 2^l / (d 2^(31+l))
// = 1 / d, less than the distance from n / d to the next integer.
// Header-only and free of device intrinsics on the host side, so the unit
// test (unittests/Gpu/KernelTableTest.cpp) checks it against `/` and `%`.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_FAST_DIV_H
#define ATTN_FAST_DIV_H

#include <stdint.h>

#if defined(__CUDACC__) || defined(__HIPCC__)
#define ATTN_FAST_DIV_HD __host__ __device__ __forceinline__
#else
#define ATTN_FAST_DIV_HD inline
#endif

namespace attn {

struct FastDiv {
  int32_t d;     // the divisor, 1 <= d < 2^31
  uint32_t mul;  // 0 for d == 1
  uint32_t shr;

  // Host side: d outside [1, 2^31) gives d == 1 (callers check their
  // divisors are positive; a 0 here would be a bug upstream, not a trap).
  static FastDiv of(int64_t d) {
    FastDiv f{1, 0, 0};
    if (d < 2 || d > 0x7fffffff) return f;
    uint32_t l = 0;
    while ((int64_t{1} << l) < d) ++l;
    f.d = static_cast<int32_t>(d);
    f.mul = static_cast<uint32_t>(((uint64_t{1} << (31 + l)) + static_cast<uint64_t>(d) - 1) /
                                  static_cast<uint64_t>(d));
    f.shr = l - 1;
    return f;
  }

  // n / d for 0 <= n < 2^31.
  ATTN_FAST_DIV_HD int32_t div(int32_t n) const {
    const uint32_t u = static_cast<uint32_t>(n);
#if defined(__CUDA_ARCH__) || defined(__HIP_DEVICE_COMPILE__)
    const uint32_t hi = __umulhi(u, mul);
#else
    const uint32_t hi = static_cast<uint32_t>((static_cast<uint64_t>(u) * mul) >> 32);
#endif
    return mul ? static_cast<int32_t>(hi >> shr) : n;
  }
  // n % d for 0 <= n < 2^31.
  ATTN_FAST_DIV_HD int32_t mod(int32_t n) const { return n - div(n) * d; }
};

}  // namespace attn

#endif  // ATTN_FAST_DIV_H
