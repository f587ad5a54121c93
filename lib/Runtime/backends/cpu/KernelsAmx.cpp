//===- KernelsAmx.cpp - bf16 micro-kernels on AMX tiles -------------------===//
//
// For bf16 inputs on CPUs with AMX-BF16 (Sapphire Rapids and later): Q.K^T
// and P.V as TDPBF16PS tile products (16 x 16 f32 results from 16 x 32 bf16
// operands, accumulated in f32). The online softmax is GenericKernels.inc's
// on 16-wide AVX-512 vectors; it rounds the probabilities to bf16 and packs
// them into the first half of each score row, where the P.V product reads
// its A tiles (the denominator sums the f32 probabilities, as PyTorch does:
// the two differ by bf16 rounding).
//
// Layouts (pairs of bf16 in one 32-bit word, low half first):
//  - Q: [kBlockQ][Dp] pairs, D padded with zeros to a multiple of 32 so each
//    A tile (16 rows x 32 values) is whole;
//  - K: [Dp][kBlockK] pairs (the VNNI layout of K^T): a B tile is 16 pairs
//    of d by 16 keys;
//  - V: [kBlockK / 2][Dv] pairs along the keys: a B tile is 16 key pairs by
//    16 output columns. Output columns past a multiple of 16 are summed
//    with scalar code.
//
// Linux grants a process the AMX register state only on request
// (arch_prctl(ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA)); requestAmx() does
// that once, and the driver uses these kernels only when it succeeded.
// Compiled with AMX and AVX-512 flags (lib/Runtime/CMakeLists.txt).
//
//===----------------------------------------------------------------------===//

#include "CpuKernels.h"

#if defined(__x86_64__) && defined(__linux__) && defined(__AMX_TILE__) &&    \
    defined(__AMX_BF16__) && defined(__AVX512BF16__)
#define ATTNRT_HAVE_AMX_KERNELS 1
// GCC 12's AVX-512 headers trip its own -Wmaybe-uninitialized through
// _mm512_undefined_ps (GCC PR 105593).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace attnrt {
namespace cpu {

#ifdef ATTNRT_HAVE_AMX_KERNELS
namespace {
#define ATTNRT_KERNEL_WIDTH 16
#define ATTNRT_KERNEL_ROWS 6
#include "GenericKernels.inc"

static_assert(kBlockQ % 16 == 0 && kBlockK % 64 == 0, "whole AMX tiles");

/// Pairs per padded Q/K row: D rounded up to a multiple of 32 values.
int64_t padPairs(int64_t D) { return (D + 31) / 32 * 16; }

#include "Bf16Pairs.inc"

int64_t qPackFloatsAmx(int64_t D) { return kBlockQ * padPairs(D); }
int64_t kPackFloatsAmx(int64_t D) { return padPairs(D) * kBlockK; }
int64_t vPackFloatsAmx(int64_t Dv) { return (kBlockK / 2) * Dv; }

void packQAmx(const float *q, int64_t nq, int64_t D, float *qpf) {
  uint32_t *qp = reinterpret_cast<uint32_t *>(qpf);
  const int64_t Dp = padPairs(D);
  for (int64_t r = 0; r < nq; ++r) {
    const float *row = q + r * D;
    for (int64_t p = 0; p < Dp; ++p) {
      const int64_t d = 2 * p;
      qp[r * Dp + p] = d + 1 < D ? pairBits(row[d], row[d + 1])
                       : d < D   ? pairBits(row[d], 0.0f)
                                 : 0u;
    }
  }
}

/// packQAmx for one bf16 row: its pairs are already adjacent in memory.
void packQRowAmxFromBf16(const uint16_t *q, int64_t D, float *qpf) {
  uint32_t *qp = reinterpret_cast<uint32_t *>(qpf);
  const int64_t Dp = padPairs(D);
  int64_t p = 0;
  for (; 2 * p + 1 < D; ++p)
    qp[p] = uint32_t(q[2 * p]) | (uint32_t(q[2 * p + 1]) << 16);
  if (D % 2)
    qp[p++] = q[D - 1];
  for (; p < Dp; ++p)
    qp[p] = 0u;
}

/// kp[p][j] = (k[j][2p], k[j][2p+1]), 16 pairs x kBlockK keys at a time.
void packKAmx(const float *k, int64_t ldk, int64_t nk, int64_t D,
              float *kpf) {
  uint32_t *kp = reinterpret_cast<uint32_t *>(kpf);
  const int64_t Dp = padPairs(D);
  alignas(64) uint32_t rowPairs[kBlockK][16];
  for (int64_t p0 = 0; p0 < Dp; p0 += 16) {
    for (int64_t j = 0; j < kBlockK; ++j) {
      const float *row = k + j * ldk;
      if (j >= nk) {
        for (int64_t p = 0; p < 16; ++p)
          rowPairs[j][p] = 0u;
      } else if (2 * p0 + 32 <= D) {
        __m512 a = _mm512_loadu_ps(row + 2 * p0);
        __m512 b = _mm512_loadu_ps(row + 2 * p0 + 16);
        _mm512_store_si512(rowPairs[j], (__m512i)_mm512_cvtne2ps_pbh(b, a));
      } else {
        for (int64_t p = 0; p < 16; ++p) {
          const int64_t d = 2 * (p0 + p);
          rowPairs[j][p] = d + 1 < D ? pairBits(row[d], row[d + 1])
                           : d < D   ? pairBits(row[d], 0.0f)
                                     : 0u;
        }
      }
    }
    for (int64_t p = 0; p < 16; ++p)
      for (int64_t j = 0; j < kBlockK; j += 16) {
        // Gather column p of 16 keys: 16 words at stride 64 bytes.
        __m512i idx = _mm512_set_epi32(15 * 16, 14 * 16, 13 * 16, 12 * 16,
                                       11 * 16, 10 * 16, 9 * 16, 8 * 16,
                                       7 * 16, 6 * 16, 5 * 16, 4 * 16, 3 * 16,
                                       2 * 16, 1 * 16, 0);
        __m512i col = _mm512_i32gather_epi32(idx, &rowPairs[j][p], 4);
        _mm512_store_si512(kp + (p0 + p) * kBlockK + j, col);
      }
  }
}

/// Transposes 16 x 16 32-bit words in registers: four butterfly stages in
/// which rows s apart exchange s-column blocks.
ATTNRT_INLINE void transpose16x16(__m512i r[16]) {
  struct Indices {
    alignas(64) int32_t lo[4][16], hi[4][16];
    Indices() {
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
  static const Indices idx;
  for (int st = 0; st < 4; ++st) {
    const int s = 8 >> st;
    const __m512i lo = _mm512_load_si512(idx.lo[st]);
    const __m512i hi = _mm512_load_si512(idx.hi[st]);
    for (int i = 0; i < 16; ++i) {
      if (i & s)
        continue;
      __m512i a = r[i], b = r[i + s];
      r[i] = _mm512_permutex2var_epi32(a, lo, b);
      r[i + s] = _mm512_permutex2var_epi32(a, hi, b);
    }
  }
}

/// packKAmx from bf16 rows (D even): the pairs are already adjacent in
/// memory, so this is a 32-bit transpose of [keys][D / 2] words.
void packKAmxFromBf16(const uint16_t *k, int64_t ldk, int64_t nk, int64_t D,
                      float *kpf) {
  uint32_t *kp = reinterpret_cast<uint32_t *>(kpf);
  const int64_t Dp = padPairs(D), words = D / 2;
  for (int64_t p0 = 0; p0 < Dp; p0 += 16) {
    const int64_t nw = words - p0 <= 0 ? 0 : words - p0 < 16 ? words - p0 : 16;
    const __mmask16 m = static_cast<__mmask16>((1u << nw) - 1u);
    // Keys past the tile rounded up to 64 are never read (see scores).
    for (int64_t j0 = 0; j0 < (nk + 63) / 64 * 64; j0 += 16) {
      __m512i r[16];
      for (int i = 0; i < 16; ++i)
        r[i] = j0 + i < nk && nw > 0
                   ? _mm512_maskz_loadu_epi32(m, k + (j0 + i) * ldk + 2 * p0)
                   : _mm512_setzero_si512();
      transpose16x16(r);
      for (int t = 0; t < 16; ++t)
        _mm512_store_si512(kp + (p0 + t) * kBlockK + j0, r[t]);
    }
  }
}

/// packVPairs from bf16 rows: interleave the 16-bit values of key rows 2jp
/// and 2jp + 1. Returns whether some value is Inf or NaN.
bool packVAmxFromBf16(const uint16_t *v, int64_t ldv, int64_t nk, int64_t Dv,
                      float *vpf) {
  const __m512i expMask = _mm512_set1_epi16(0x7f80);
  __mmask32 nonFinite = 0;
  uint32_t *vp = reinterpret_cast<uint32_t *>(vpf);
  alignas(64) static const struct Idx {
    int16_t lo[32], hi[32];
    Idx() {
      for (int i = 0; i < 16; ++i) {
        lo[2 * i] = static_cast<int16_t>(i);
        lo[2 * i + 1] = static_cast<int16_t>(32 + i);
        hi[2 * i] = static_cast<int16_t>(16 + i);
        hi[2 * i + 1] = static_cast<int16_t>(48 + i);
      }
    }
  } idx;
  const __m512i lo = _mm512_loadu_si512(idx.lo), hi = _mm512_loadu_si512(idx.hi);
  for (int64_t jp = 0; jp < kBlockK / 2; ++jp) {
    const int64_t j = 2 * jp;
    for (int64_t d0 = 0; d0 < Dv; d0 += 32) {
      const int64_t nd = Dv - d0 < 32 ? Dv - d0 : 32;
      const __mmask32 m = nd == 32 ? ~0u : (1u << nd) - 1u;
      __m512i a = j < nk ? _mm512_maskz_loadu_epi16(m, v + j * ldv + d0)
                         : _mm512_setzero_si512();
      __m512i b = j + 1 < nk
                      ? _mm512_maskz_loadu_epi16(m, v + (j + 1) * ldv + d0)
                      : _mm512_setzero_si512();
      nonFinite |= _mm512_cmpeq_epi16_mask(_mm512_and_si512(a, expMask),
                                           expMask) |
                   _mm512_cmpeq_epi16_mask(_mm512_and_si512(b, expMask),
                                           expMask);
      const int64_t n0 = nd < 16 ? nd : 16, n1 = nd - n0;
      _mm512_mask_storeu_epi32(vp + jp * Dv + d0,
                               static_cast<__mmask16>((1u << n0) - 1u),
                               _mm512_permutex2var_epi16(a, lo, b));
      if (n1 > 0)
        _mm512_mask_storeu_epi32(vp + jp * Dv + d0 + 16,
                                 static_cast<__mmask16>((1u << n1) - 1u),
                                 _mm512_permutex2var_epi16(a, hi, b));
    }
  }
  return nonFinite != 0;
}

/// Palette 1, eight tiles of 16 rows x 64 bytes: 0-3 results, 4 the A
/// operand, 5-7 B operands.
struct alignas(64) TileConfig {
  uint8_t palette = 1;
  uint8_t startRow = 0;
  uint8_t reserved[14] = {};
  uint16_t colsb[16] = {64, 64, 64, 64, 64, 64, 64, 64};
  uint8_t rows[16] = {16, 16, 16, 16, 16, 16, 16, 16};
};

ATTNRT_INLINE void configureTiles() {
  static const TileConfig config;
  _tile_loadconfig(&config);
}

void scoresAmx(const float *qpf, int64_t nq, const float *kpf, int64_t D,
               int64_t nkPad, float *s) {
  const char *qp = reinterpret_cast<const char *>(qpf);
  const char *kp = reinterpret_cast<const char *>(kpf);
  const int64_t Dp = padPairs(D);
  const int64_t qStride = Dp * 4, kStride = kBlockK * 4, sStride = kBlockK * 4;
  configureTiles();
  for (int64_t r0 = 0; r0 < nq; r0 += 16) {
    for (int64_t c0 = 0; c0 < nkPad; c0 += 64) {
      _tile_zero(0);
      _tile_zero(1);
      _tile_zero(2);
      _tile_zero(3);
      for (int64_t p0 = 0; p0 < Dp; p0 += 16) {
        const char *b = kp + (p0 * kBlockK + c0) * 4;
        _tile_loadd(4, qp + (r0 * Dp + p0) * 4, qStride);
        _tile_loadd(5, b, kStride);
        _tile_loadd(6, b + 64, kStride);
        _tile_dpbf16ps(0, 4, 5);
        _tile_loadd(7, b + 128, kStride);
        _tile_dpbf16ps(1, 4, 6);
        _tile_loadd(5, b + 192, kStride);
        _tile_dpbf16ps(2, 4, 7);
        _tile_dpbf16ps(3, 4, 5);
      }
      float *out = s + r0 * kBlockK + c0;
      _tile_stored(0, out, sStride);
      _tile_stored(1, out + 16, sStride);
      _tile_stored(2, out + 32, sStride);
      _tile_stored(3, out + 48, sStride);
    }
  }
  _tile_release();
}

bool rowUpdateAmx(float *s, int64_t nkPad, float scale, const float *bias,
                  const float *repl, RowState *st, float *acc, int64_t Dv) {
  return genericRowUpdate<POut::Bf16Packed>(s, nkPad, scale, bias, repl, st,
                                            acc, Dv);
}

int64_t rowsUpdateAmx(float *s, int64_t nq, int64_t nkPad, float scale,
                      RowState *st, float *acc, int64_t Dv, bool *failed) {
  return genericRowsUpdate<POut::Bf16Packed>(s, nq, nkPad, scale, st, acc, Dv,
                                             failed);
}

/// NT result tiles of 16 columns each, starting at output column d0.
template <int NT>
ATTNRT_INLINE void pvTilesAmx(const uint16_t *pb, const char *vp,
                              int64_t keySteps, int64_t Dv, int64_t d0,
                              float *a) {
  const int64_t aStride = Dv * 4, vStride = Dv * 4;
  if (NT > 0) _tile_loadd(0, a + d0, aStride);
  if (NT > 1) _tile_loadd(1, a + d0 + 16, aStride);
  if (NT > 2) _tile_loadd(2, a + d0 + 32, aStride);
  if (NT > 3) _tile_loadd(3, a + d0 + 48, aStride);
  for (int64_t ks = 0; ks < keySteps; ++ks) {
    // 32 keys = 16 key pairs per step.
    const char *b = vp + (ks * 16 * Dv + d0) * 4;
    _tile_loadd(4, pb + ks * 32, kBlockK * 4);
    if (NT > 0) { _tile_loadd(5, b, vStride); _tile_dpbf16ps(0, 4, 5); }
    if (NT > 1) { _tile_loadd(6, b + 64, vStride); _tile_dpbf16ps(1, 4, 6); }
    if (NT > 2) { _tile_loadd(7, b + 128, vStride); _tile_dpbf16ps(2, 4, 7); }
    if (NT > 3) { _tile_loadd(5, b + 192, vStride); _tile_dpbf16ps(3, 4, 5); }
  }
  if (NT > 0) _tile_stored(0, a + d0, aStride);
  if (NT > 1) _tile_stored(1, a + d0 + 16, aStride);
  if (NT > 2) _tile_stored(2, a + d0 + 32, aStride);
  if (NT > 3) _tile_stored(3, a + d0 + 48, aStride);
}

void accumulatePVAmx(const float *p, int64_t nq, const float *vpf,
                     int64_t /*ldv*/, int64_t nk, int64_t Dv, float *acc) {
  // p rows hold bf16 probabilities in their first half (rowUpdateAmx): the
  // A tiles are read from there, row stride kBlockK floats.
  const uint16_t *pb = reinterpret_cast<const uint16_t *>(p);
  const uint32_t *vpw = reinterpret_cast<const uint32_t *>(vpf);
  const char *vp = reinterpret_cast<const char *>(vpf);
  const int64_t keySteps = (nk + 31) / 32;
  const int64_t dFull = Dv / 16 * 16;
  configureTiles();
  for (int64_t r0 = 0; r0 < nq; r0 += 16) {
    // Rows r0 + 16 > nq read and write unused rows of p and acc.
    const uint16_t *pg = pb + r0 * kBlockK * 2;
    float *a = acc + r0 * Dv;
    int64_t d0 = 0;
    for (; d0 + 64 <= dFull; d0 += 64)
      pvTilesAmx<4>(pg, vp, keySteps, Dv, d0, a);
    switch ((dFull - d0) / 16) {
    case 3:
      pvTilesAmx<3>(pg, vp, keySteps, Dv, d0, a);
      break;
    case 2:
      pvTilesAmx<2>(pg, vp, keySteps, Dv, d0, a);
      break;
    case 1:
      pvTilesAmx<1>(pg, vp, keySteps, Dv, d0, a);
      break;
    default:
      break;
    }
    // Output columns past the last whole tile.
    for (int64_t r = r0; r < nq && r < r0 + 16; ++r)
      for (int64_t j = 0; j < nk; ++j) {
        const uint32_t pbits = uint32_t(pb[r * kBlockK * 2 + j]) << 16;
        float pj;
        __builtin_memcpy(&pj, &pbits, 4);
        for (int64_t d = dFull; d < Dv; ++d) {
          uint32_t w = vpw[(j / 2) * Dv + d];
          uint32_t bits = (j % 2) ? (w & 0xffff0000u) : (w << 16);
          float vf;
          __builtin_memcpy(&vf, &bits, 4);
          acc[r * Dv + d] += pj * vf;
        }
      }
  }
  _tile_release();
}

const MicroKernels kAmx = {"amx-bf16",
                           true,
                           true,
                           qPackFloatsAmx,
                           kPackFloatsAmx,
                           vPackFloatsAmx,
                           packQAmx,
                           packKAmx,
                           packVPairs,
                           packKAmxFromBf16,
                           packVAmxFromBf16,
                           packQRowAmxFromBf16,
                           anyNonFiniteF32,
                           scoresAmx,
                           rowUpdateAmx,
                           rowsUpdateAmx,
                           accumulatePVAmx,
                           foldRowsGeneric,
                           nullptr,
                           nullptr};
} // namespace

bool requestAmx() {
  // ARCH_REQ_XCOMP_PERM with XFEATURE_XTILEDATA (Linux 5.16+). Asking again
  // after it was granted succeeds again.
  constexpr long kArchReqXcompPerm = 0x1023, kXfeatureXtiledata = 18;
  static const bool granted =
      syscall(SYS_arch_prctl, kArchReqXcompPerm, kXfeatureXtiledata) == 0;
  return granted;
}

const MicroKernels *getAmxKernels() { return &kAmx; }
#else
bool requestAmx() { return false; }
const MicroKernels *getAmxKernels() { return nullptr; }
#endif

} // namespace cpu
} // namespace attnrt
