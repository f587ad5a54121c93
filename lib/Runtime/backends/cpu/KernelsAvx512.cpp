//===- KernelsAvx512.cpp - micro-kernels for AVX-512 (f32, bf16) ----------===//
//
// Compiled with -mavx512f -mavx512bw -mavx512vl -mavx512dq -mavx512bf16
// -mfma (x86-64 only; see lib/Runtime/CMakeLists.txt) and called only when
// the CPU and the OS support them.
//  - "avx512": GenericKernels.inc on 16-wide vectors, 6 query rows sharing
//    each K/V load (24 accumulators in zmm registers).
//  - "avx512-bf16": for bf16 inputs, Q.K^T and P.V as VDPBF16PS dot
//    products (pairs of bf16 products accumulated in f32). Q, K and V are
//    exact in bf16; the probabilities are rounded to bf16 (and the softmax
//    denominator sums the rounded values, so the weights stay normalized).
//    K is packed as [D/2][kBlockK] pairs along D, V as [kBlockK/2][Dv]
//    pairs along the keys.
//
//===----------------------------------------------------------------------===//

#include "CpuKernels.h"

static_assert(attnrt::cpu::kBlockK % 64 == 0, "bf16 score passes are 64 keys");

#if defined(__x86_64__) && defined(__AVX512F__) && defined(__AVX512BF16__)
// GCC 12's AVX-512 headers trip its own -Wmaybe-uninitialized through
// _mm512_undefined_ps (GCC PR 105593).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>
#endif

namespace attnrt {
namespace cpu {

#if defined(__x86_64__) && defined(__AVX512F__) && defined(__AVX512BF16__)
namespace {
#define ATTNRT_KERNEL_WIDTH 16
#define ATTNRT_KERNEL_ROWS 6
#include "GenericKernels.inc"

/// Index vectors for one butterfly stage of a 16 x 16 transpose: rows a and
/// b (s rows apart) become [a block, b block] pairs of s-column blocks.
struct TransposeIndices {
  alignas(64) int32_t lo[4][16], hi[4][16];
  TransposeIndices() {
    for (int st = 0; st < 4; ++st) {
      const int s = 8 >> st;
      for (int t = 0; t < 16; ++t) {
        const int g = t / (2 * s) * 2 * s, o = t % (2 * s);
        const int src = o < s ? 0 : 16, e = o < s ? o : o - s;
        lo[st][t] = src + g + e;
        hi[st][t] = src + g + s + e;
      }
    }
  }
};

/// kt[ktIndex(j, d)] = k[j][d] in 16 x 16 blocks transposed in registers (the
/// generic scalar transpose costs as much as a third of the score product).
void packKF32Avx512(const float *k, int64_t ldk, int64_t nk, int64_t D,
                    float *kt) {
  static const TransposeIndices idx;
  __m512i lo[4], hi[4];
  for (int st = 0; st < 4; ++st) {
    lo[st] = _mm512_load_si512(idx.lo[st]);
    hi[st] = _mm512_load_si512(idx.hi[st]);
  }
  for (int64_t d0 = 0; d0 < D; d0 += 16) {
    const int64_t nd = D - d0 < 16 ? D - d0 : 16;
    const __mmask16 dMask = static_cast<__mmask16>((1u << nd) - 1u);
    // Keys past the tile rounded up to 64 are never read (see scores).
    for (int64_t j0 = 0; j0 < (nk + 63) / 64 * 64; j0 += 16) {
      __m512 r[16];
      for (int i = 0; i < 16; ++i)
        r[i] = j0 + i < nk
                   ? _mm512_maskz_loadu_ps(dMask, k + (j0 + i) * ldk + d0)
                   : _mm512_setzero_ps();
      for (int st = 0; st < 4; ++st) {
        const int s = 8 >> st;
        for (int i = 0; i < 16; ++i) {
          if (i & s)
            continue;
          __m512 a = r[i], b = r[i + s];
          r[i] = _mm512_permutex2var_ps(a, lo[st], b);
          r[i + s] = _mm512_permutex2var_ps(a, hi[st], b);
        }
      }
      for (int64_t t = 0; t < nd; ++t)
        _mm512_storeu_ps(kt + ktIndex(j0, d0 + t, D), r[t]);
    }
  }
}

const MicroKernels kAvx512 = {
    "avx512",        false,          false,        qPackFloatsF32,
    kPackFloatsF32,  vPackFloatsF32, nullptr,      packKF32Avx512,
    nullptr,         nullptr,        nullptr,      nullptr,
    anyNonFiniteF32, scoresF32,      rowUpdateF32, rowsUpdateF32,
    accumulatePVF32, foldRowsGeneric, roundedScoresF64, roundedAddMaskF64};

#include "Bf16Pairs.inc"

int64_t pairs(int64_t n) { return (n + 1) / 2; }
int64_t qPackFloatsBf16(int64_t D) { return kBlockQ * pairs(D); }
int64_t kPackFloatsBf16(int64_t D) { return pairs(D) * kBlockK; }
int64_t vPackFloatsBf16(int64_t Dv) { return (kBlockK / 2) * Dv; }

void packQBf16(const float *q, int64_t nq, int64_t D, float *qpf) {
  uint32_t *qp = reinterpret_cast<uint32_t *>(qpf);
  const int64_t Dp = pairs(D);
  for (int64_t r = 0; r < nq; ++r) {
    const float *row = q + r * D;
    for (int64_t p = 0; p < D / 2; ++p)
      qp[r * Dp + p] = pairBits(row[2 * p], row[2 * p + 1]);
    if (D % 2)
      qp[r * Dp + Dp - 1] = pairBits(row[D - 1], 0.0f);
  }
}

/// kp[p][j] = (k[j][2p], k[j][2p+1]): 16 keys x 16 pairs at a time,
/// converted by VCVTNE2PS2BF16 and transposed through a small buffer.
void packKBf16(const float *k, int64_t ldk, int64_t nk, int64_t D,
               float *kpf) {
  uint32_t *kp = reinterpret_cast<uint32_t *>(kpf);
  const int64_t Dp = pairs(D);
  alignas(64) uint32_t rowPairs[kBlockK][16];
  for (int64_t p0 = 0; p0 < Dp; p0 += 16) {
    const int64_t np = Dp - p0 < 16 ? Dp - p0 : 16;
    for (int64_t j = 0; j < kBlockK; ++j) {
      const float *row = k + j * ldk + 2 * p0;
      if (j >= nk) {
        for (int64_t p = 0; p < 16; ++p)
          rowPairs[j][p] = 0u;
      } else if (2 * p0 + 32 <= D) {
        __m512 a = _mm512_loadu_ps(row), b = _mm512_loadu_ps(row + 16);
        // cvtne2ps(b, a): elements 0-15 from a, 16-31 from b, so the 32-bit
        // lanes hold the pairs (row[2i], row[2i+1]) in order.
        __m512bh h = _mm512_cvtne2ps_pbh(b, a);
        _mm512_store_si512(rowPairs[j], (__m512i)h);
      } else {
        for (int64_t p = 0; p < np; ++p) {
          int64_t d = 2 * (p0 + p);
          rowPairs[j][p] = pairBits(row[2 * p], d + 1 < D ? row[2 * p + 1] : 0.0f);
        }
      }
    }
    for (int64_t p = 0; p < np; ++p)
      for (int64_t j = 0; j < kBlockK; ++j)
        kp[(p0 + p) * kBlockK + j] = rowPairs[j][p];
  }
}

ATTNRT_INLINE __m512bh asBh(__m512i x) { return (__m512bh)x; }

template <int R>
ATTNRT_INLINE void scoreRowsBf16(const uint32_t *__restrict qp, int64_t Dp,
                                 const uint32_t *__restrict kp, int64_t nkPad,
                                 float *__restrict s) {
  for (int64_t c = 0; c < nkPad; c += 64) {
    __m512 acc[R][4];
    for (int r = 0; r < R; ++r)
      for (int x = 0; x < 4; ++x)
        acc[r][x] = _mm512_setzero_ps();
    for (int64_t p = 0; p < Dp; ++p) {
      __m512i kv[4];
      for (int x = 0; x < 4; ++x)
        kv[x] = _mm512_load_si512(kp + p * kBlockK + c + 16 * x);
      for (int r = 0; r < R; ++r) {
        __m512i qb = _mm512_set1_epi32(static_cast<int>(qp[r * Dp + p]));
        for (int x = 0; x < 4; ++x)
          acc[r][x] = _mm512_dpbf16_ps(acc[r][x], asBh(qb), asBh(kv[x]));
      }
    }
    for (int r = 0; r < R; ++r)
      for (int x = 0; x < 4; ++x)
        _mm512_storeu_ps(s + r * kBlockK + c + 16 * x, acc[r][x]);
  }
}

void scoresBf16(const float *qpf, int64_t nq, const float *kpf, int64_t D,
                int64_t nkPad, float *s) {
  const uint32_t *qp = reinterpret_cast<const uint32_t *>(qpf);
  const uint32_t *kp = reinterpret_cast<const uint32_t *>(kpf);
  const int64_t Dp = pairs(D);
  int64_t r = 0;
  for (; r + 6 <= nq; r += 6)
    scoreRowsBf16<6>(qp + r * Dp, Dp, kp, nkPad, s + r * kBlockK);
  for (; r < nq; ++r)
    scoreRowsBf16<1>(qp + r * Dp, Dp, kp, nkPad, s + r * kBlockK);
}

bool rowUpdateBf16(float *s, int64_t nkPad, float scale, const float *bias,
                   const float *repl, RowState *st, float *acc, int64_t Dv) {
  return genericRowUpdate<POut::Bf16AsF32>(s, nkPad, scale, bias, repl, st,
                                           acc, Dv);
}

int64_t rowsUpdateBf16(float *s, int64_t nq, int64_t nkPad, float scale,
                       RowState *st, float *acc, int64_t Dv, bool *failed) {
  return genericRowsUpdate<POut::Bf16AsF32>(s, nq, nkPad, scale, st, acc, Dv,
                                            failed);
}

template <int R, int X>
ATTNRT_INLINE void pvChunkBf16(const uint32_t *__restrict pp,
                               const uint32_t *__restrict vp, int64_t np,
                               int64_t Dv, int64_t d0, float *__restrict a) {
  __m512 acc[R][X];
  for (int r = 0; r < R; ++r)
    for (int x = 0; x < X; ++x)
      acc[r][x] = _mm512_loadu_ps(a + r * Dv + d0 + 16 * x);
  for (int64_t jp = 0; jp < np; ++jp) {
    __m512i vv[X];
    for (int x = 0; x < X; ++x)
      vv[x] = _mm512_loadu_si512(vp + jp * Dv + d0 + 16 * x);
    for (int r = 0; r < R; ++r) {
      __m512i pb = _mm512_set1_epi32(static_cast<int>(pp[r * (kBlockK / 2) + jp]));
      for (int x = 0; x < X; ++x)
        acc[r][x] = _mm512_dpbf16_ps(acc[r][x], asBh(pb), asBh(vv[x]));
    }
  }
  for (int r = 0; r < R; ++r)
    for (int x = 0; x < X; ++x)
      _mm512_storeu_ps(a + r * Dv + d0 + 16 * x, acc[r][x]);
}

template <int R>
ATTNRT_INLINE void pvRowsBf16(const float *__restrict p,
                              const uint32_t *__restrict vp, int64_t nk,
                              int64_t Dv, float *__restrict a) {
  // The probabilities are already bf16 values: their pairs are the high
  // halves of two floats.
  alignas(64) uint32_t pp[R * (kBlockK / 2)];
  const int64_t np = (nk + 1) / 2;
  for (int r = 0; r < R; ++r)
    for (int64_t jp = 0; jp < kBlockK / 2; ++jp) {
      uint32_t lo, hi;
      __builtin_memcpy(&lo, p + r * kBlockK + 2 * jp, 4);
      __builtin_memcpy(&hi, p + r * kBlockK + 2 * jp + 1, 4);
      pp[r * (kBlockK / 2) + jp] = (lo >> 16) | (hi & 0xffff0000u);
    }
  int64_t d0 = 0;
  for (; d0 + 64 <= Dv; d0 += 64)
    pvChunkBf16<R, 4>(pp, vp, np, Dv, d0, a);
  for (; d0 + 16 <= Dv; d0 += 16)
    pvChunkBf16<R, 1>(pp, vp, np, Dv, d0, a);
  for (int r = 0; r < R; ++r)
    for (int64_t j = 0; j < nk; ++j) {
      const float pj = p[r * kBlockK + j];
      for (int64_t d = d0; d < Dv; ++d) {
        uint32_t w = vp[(j / 2) * Dv + d];
        uint32_t bits = (j % 2) ? (w & 0xffff0000u) : (w << 16);
        float vf;
        __builtin_memcpy(&vf, &bits, 4);
        a[r * Dv + d] += pj * vf;
      }
    }
}

void accumulatePVBf16(const float *p, int64_t nq, const float *vpf,
                      int64_t /*ldv*/, int64_t nk, int64_t Dv, float *acc) {
  const uint32_t *vp = reinterpret_cast<const uint32_t *>(vpf);
  int64_t r = 0;
  for (; r + 6 <= nq; r += 6)
    pvRowsBf16<6>(p + r * kBlockK, vp, nk, Dv, acc + r * Dv);
  for (; r < nq; ++r)
    pvRowsBf16<1>(p + r * kBlockK, vp, nk, Dv, acc + r * Dv);
}

const MicroKernels kAvx512Bf16 = {"avx512-bf16",
                                  true,
                                  false,
                                  qPackFloatsBf16,
                                  kPackFloatsBf16,
                                  vPackFloatsBf16,
                                  packQBf16,
                                  packKBf16,
                                  packVPairs,
                                  nullptr,
                                  nullptr,
                                  nullptr,
                                  anyNonFiniteF32,
                                  scoresBf16,
                                  rowUpdateBf16,
                                  rowsUpdateBf16,
                                  accumulatePVBf16,
                                  foldRowsGeneric,
                                  nullptr,
                                  nullptr};
} // namespace

const MicroKernels *getAvx512Kernels() { return &kAvx512; }
const MicroKernels *getAvx512Bf16Kernels() { return &kAvx512Bf16; }
#else
const MicroKernels *getAvx512Kernels() { return nullptr; }
const MicroKernels *getAvx512Bf16Kernels() { return nullptr; }
#endif

} // namespace cpu
} // namespace attnrt
