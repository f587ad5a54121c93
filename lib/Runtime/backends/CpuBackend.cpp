//===- CpuBackend.cpp - blocked online-softmax attention on the CPU -------===//
//
// FlashAttention's algorithm on the CPU: for each block of up to kBlockQ
// query rows (of one batch and one GQA group), stream over tiles of kBlockK
// keys, keeping a running row maximum m, a running sum l and an unnormalized
// f32 accumulator, so the Sq x Sk score matrix is never materialized.
//
// This file is the driver: it converts tiles from the user's dtype and
// strides to f32, applies the problem's semantics (causal mode, boolean or
// additive mask, mask_fill, empty rows, log-sum-exp), splits the work over
// threads and merges split-K partials. The arithmetic on tiles is done by a
// table of ISA micro-kernels (cpu/CpuKernels.h) chosen at run time from the
// CPU's features, or forced with ATTNRT_CPU_ISA=amx|avx512-bf16|avx512|avx2|
// portable (amx and avx512-bf16 change the bf16 kernels, used for bf16
// inputs with a bf16 output; everything else runs the f32 kernels: avx512
// there).
//
// Exactness: logits are computed in f32 as (q.k) * scale (+ mask). Where
// that leaves the f32 range although the inputs are finite (a scale near
// 3.4e38, huge inputs) or a dot product is not finite, the row is
// recomputed in f64 with the reference's two-pass formula over the same
// keys, so every finite input gives what the reference gives, up to
// rounding; a NaN or infinite scale (MLIR entry points) sends every row
// there, which computes the IEEE result of the formula as the reference
// does. The f32 running sums are folded into f64 every 512 keys, so
// their rounding does not grow with Sk. Logits rounded to f16 / bf16
// (logit_rounding) are formed by the f32 tables' roundedScores and
// roundedAddMask kernels bit for bit as the reference forms them (f64 dot
// products in the reference's order, each step rounded as LogitRounding.h
// does); the softmax over them is the ordinary one with a scale of 1, and
// +inf or NaN logits send the row to the exact path. Keys that are all the
// same (K, V
// and the mask broadcast along Sk) are summed as two classes (visible,
// hidden) in O(D) per row, however many there are.
//
// Work items (b, kv head, block of query rows, key split) are independent
// and handed out to a per-call set of threads through an atomic counter;
// an item's result does not depend on the thread, so output is
// deterministic. When there are few row blocks (decode), the keys are split
// (by the shape alone, so results do not depend on the thread count either)
// and the partial results merged by their log-sum-exp.
//
//===----------------------------------------------------------------------===//

#include "../Backend.h"
#include "../Half.h"
#include "../LogitRounding.h"
#include "../Threads.h"
#include "cpu/CpuKernels.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace attnrt {
namespace {

using cpu::kBlockK;
using cpu::kBlockQ;
using cpu::kSubQ;
using cpu::MicroKernels;
using cpu::RowState;

// Row blocks below which the keys are split (see run()).
constexpr int64_t kSplitTarget = 16;
// Below this many multiply-adds per thread, fewer threads are started:
// starting one costs tens of microseconds.
constexpr int64_t kMinWorkPerThread = int64_t(1) << 20;

//===----------------------------------------------------------------------===//
// Kernel selection
//===----------------------------------------------------------------------===//

struct CpuFeatures {
  bool avx2 = false, avx512 = false, avx512bf16 = false, amx = false;
};

CpuFeatures detectFeatures() {
  CpuFeatures f;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  __builtin_cpu_init();
  f.avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  f.avx512 = __builtin_cpu_supports("avx512f") &&
             __builtin_cpu_supports("avx512bw") &&
             __builtin_cpu_supports("avx512vl") &&
             __builtin_cpu_supports("avx512dq") && f.avx2;
  f.avx512bf16 = f.avx512 && __builtin_cpu_supports("avx512bf16");
  f.amx = f.avx512bf16 && __builtin_cpu_supports("amx-tile") &&
          __builtin_cpu_supports("amx-bf16") && cpu::getAmxKernels() &&
          cpu::requestAmx();
#endif
  return f;
}

const CpuFeatures &features() {
  static const CpuFeatures f = detectFeatures();
  return f;
}

/// The kernels for f32/f16 inputs and for bf16 inputs.
struct KernelChoice {
  const MicroKernels *f32 = nullptr;
  const MicroKernels *bf16 = nullptr;
};

/// The kernel tables the ISA `name` selects, or false with a reason.
bool chooseKernels(KernelChoice &out, std::string *whyNot) {
  const CpuFeatures &f = features();
  const char *env = std::getenv("ATTNRT_CPU_ISA");
  std::string isa = env && *env ? env : "";
  auto fail = [&](const std::string &msg) {
    if (whyNot)
      *whyNot = msg;
    return false;
  };
  if (isa.empty()) {
    if (f.amx)
      isa = "amx";
    else if (f.avx512bf16 && cpu::getAvx512Bf16Kernels())
      isa = "avx512-bf16";
    else if (f.avx512 && cpu::getAvx512Kernels())
      isa = "avx512";
    else if (f.avx2 && cpu::getAvx2Kernels())
      isa = "avx2";
    else
      isa = "portable";
  }
  if (isa == "portable") {
    out.f32 = out.bf16 = cpu::getPortableKernels();
    return true;
  }
  if (isa == "avx2") {
    if (!f.avx2 || !cpu::getAvx2Kernels())
      return fail("ATTNRT_CPU_ISA=avx2: this CPU or build lacks AVX2+FMA");
    out.f32 = out.bf16 = cpu::getAvx2Kernels();
    return true;
  }
  if (isa == "avx512") {
    if (!f.avx512 || !cpu::getAvx512Kernels())
      return fail("ATTNRT_CPU_ISA=avx512: this CPU or build lacks AVX-512");
    out.f32 = out.bf16 = cpu::getAvx512Kernels();
    return true;
  }
  if (isa == "avx512-bf16") {
    if (!f.avx512bf16 || !cpu::getAvx512Bf16Kernels())
      return fail(
          "ATTNRT_CPU_ISA=avx512-bf16: this CPU or build lacks AVX512-BF16");
    out.f32 = cpu::getAvx512Kernels();
    out.bf16 = cpu::getAvx512Bf16Kernels();
    return true;
  }
  if (isa == "amx") {
    if (!f.amx)
      return fail("ATTNRT_CPU_ISA=amx: this CPU, OS or build lacks AMX-BF16 "
                  "(or Linux refused the tile state)");
    out.f32 = cpu::getAvx512Kernels();
    out.bf16 = cpu::getAmxKernels();
    return true;
  }
  return fail("ATTNRT_CPU_ISA=" + isa +
              ": unknown (expected amx, avx512-bf16, avx512, avx2 or "
              "portable)");
}

//===----------------------------------------------------------------------===//
// Tile loading
//===----------------------------------------------------------------------===//

/// Loads n elements (element stride `stride`) of a view to f32.
inline void loadRow(attnrt_dtype dtype, const void *src, int64_t stride,
                    int64_t n, float *dst) {
  switch (dtype) {
  case ATTNRT_DTYPE_F32: {
    const float *s = static_cast<const float *>(src);
    if (stride == 1) {
      std::memcpy(dst, s, static_cast<size_t>(n) * sizeof(float));
    } else {
      for (int64_t i = 0; i < n; ++i)
        dst[i] = s[i * stride];
    }
    break;
  }
  case ATTNRT_DTYPE_F16: {
    const uint16_t *s = static_cast<const uint16_t *>(src);
    for (int64_t i = 0; i < n; ++i)
      dst[i] = halfToFloat(s[i * stride]);
    break;
  }
  case ATTNRT_DTYPE_BF16: {
    const uint16_t *s = static_cast<const uint16_t *>(src);
    for (int64_t i = 0; i < n; ++i)
      dst[i] = bf16ToFloat(s[i * stride]);
    break;
  }
  case ATTNRT_DTYPE_BOOL:
    for (int64_t i = 0; i < n; ++i)
      dst[i] = static_cast<const uint8_t *>(src)[i * stride] ? 1.0f : 0.0f;
    break;
  }
}

/// One element of a view as double (the exact path).
double loadElem(const View &t, int64_t i0, int64_t i1, int64_t i2,
                int64_t i3) {
  const void *ptr = t.at(i0, i1, i2, i3);
  switch (t.dtype) {
  case ATTNRT_DTYPE_F32:
    return *static_cast<const float *>(ptr);
  case ATTNRT_DTYPE_F16:
    return halfToFloat(*static_cast<const uint16_t *>(ptr));
  case ATTNRT_DTYPE_BF16:
    return bf16ToFloat(*static_cast<const uint16_t *>(ptr));
  case ATTNRT_DTYPE_BOOL:
    return *static_cast<const uint8_t *>(ptr) != 0 ? 1.0 : 0.0;
  }
  return 0.0;
}

void storeRow(const View &o, int64_t b, int64_t h, int64_t i,
              const float *src) {
  char *base = static_cast<char *>(o.at(b, h, i, 0));
  int64_t stride = o.strides[3];
  int64_t n = o.sizes[3];
  switch (o.dtype) {
  case ATTNRT_DTYPE_F32:
    if (stride == 1) {
      std::memcpy(base, src, static_cast<size_t>(n) * sizeof(float));
      return;
    }
    for (int64_t d = 0; d < n; ++d)
      reinterpret_cast<float *>(base)[d * stride] = src[d];
    return;
  case ATTNRT_DTYPE_F16:
    for (int64_t d = 0; d < n; ++d)
      reinterpret_cast<uint16_t *>(base)[d * stride] = floatToHalf(src[d]);
    return;
  case ATTNRT_DTYPE_BF16:
    for (int64_t d = 0; d < n; ++d)
      reinterpret_cast<uint16_t *>(base)[d * stride] = floatToBf16(src[d]);
    return;
  case ATTNRT_DTYPE_BOOL:
    return; // Rejected by validation for the output.
  }
}

//===----------------------------------------------------------------------===//
// Per-thread scratch
//===----------------------------------------------------------------------===//

/// Per-thread tiles in one 64-byte-aligned arena, allocated before any
/// thread starts (an allocation failure then surfaces as std::bad_alloc on
/// the calling thread).
struct Scratch {
  std::vector<float> arena;
  float *qf, *qp, *kf, *kp, *vf, *vp, *s, *acc, *bias, *repl, *orow;
  RowState st[kBlockQ];
  bool exact[kBlockQ];
  bool failed[kBlockQ]; // rowsUpdate's per-row result.
  int64_t exactRows = 0; // Rows of work items recomputed on the exact path.
  std::vector<double> exactOut;
  // The f64 running state that the f32 one is folded into every kFoldTiles
  // key tiles: max, sum and accumulator per row.
  double foldM[kBlockQ], foldL[kBlockQ];
  std::vector<double> foldAcc;
  // Under logit_rounding: the packed K tile (kPackFloats(D) values) and the
  // item's Q rows in f64.
  std::vector<double> kp64, q64;

  /// Rows the per-row buffers hold: a work item's rows (at most kBlockQ,
  /// fewer for decode), rounded up to 16 (the AMX kernels read and write
  /// whole 16-row tiles).
  static int64_t rowCapacity(const Problem &p) {
    const int64_t rows = std::min(kBlockQ, p.groupSize() * p.Sq);
    return std::min(kBlockQ, (rows + 15) / 16 * 16);
  }

  Scratch(const Problem &p, const MicroKernels &k)
      : exactOut(p.Dv), foldAcc(rowCapacity(p) * p.Dv),
        kp64(p.logitRounding != ATTNRT_LOGIT_ROUNDING_NONE
                 ? static_cast<size_t>(k.kPackFloats(p.D))
                 : 0),
        q64(p.logitRounding != ATTNRT_LOGIT_ROUNDING_NONE
                ? static_cast<size_t>(rowCapacity(p) * p.D)
                : 0) {
    const int64_t rows = rowCapacity(p);
    const int64_t sizes[] = {rows * p.D,
                             k.qPackFloats(p.D) / kBlockQ * rows,
                             kBlockK * p.D,
                             k.kPackFloats(p.D),
                             kBlockK * p.Dv,
                             k.vPackFloats(p.Dv),
                             std::min(kSubQ, rows) * kBlockK,
                             rows * p.Dv,
                             kBlockK,
                             kBlockK,
                             p.Dv};
    float **slots[] = {&qf, &qp, &kf, &kp, &vf, &vp,
                       &s,  &acc, &bias, &repl, &orow};
    int64_t total = 16;
    for (int64_t n : sizes)
      total += (n + 15) / 16 * 16;
    arena.assign(static_cast<size_t>(total), 0.0f);
    uintptr_t addr = reinterpret_cast<uintptr_t>(arena.data());
    float *base = arena.data() + ((64 - addr % 64) % 64) / sizeof(float);
    int64_t off = 0;
    for (size_t x = 0; x < sizeof(sizes) / sizeof(sizes[0]); ++x) {
      *slots[x] = base + off;
      off += (sizes[x] + 15) / 16 * 16;
    }
  }
};

/// A row's result before it is written: its natural-log denominator and
/// its normalized output (meaningless when lse is -inf or NaN).
struct RowResult {
  double lse;
  const float *o; // Dv floats.
};

//===----------------------------------------------------------------------===//
// The exact path
//===----------------------------------------------------------------------===//

/// The logit of key j for row (b, h, i) in f64 (rounded step by step under
/// logit_rounding), as the reference computes it.
double exactLogit(const Problem &p, int64_t b, int64_t h, int64_t hk,
                  int64_t i, int64_t j) {
  if (j >= p.visibleKeys(i))
    return p.maskFill;
  if (p.hasMask && p.maskIsBool && loadElem(p.mask, b, h, i, j) == 0.0)
    return p.maskFill;
  double dot = 0.0;
  for (int64_t d = 0; d < p.D; ++d)
    dot += loadElem(p.q, b, h, i, d) * loadElem(p.k, b, hk, j, d);
  const bool additive = p.hasMask && !p.maskIsBool;
  if (p.logitRounding != ATTNRT_LOGIT_ROUNDING_NONE)
    return roundedLogit(p.logitRounding, dot, p.scale, additive,
                        additive ? loadElem(p.mask, b, h, i, j) : 0.0);
  double s = static_cast<double>(p.scale) * dot;
  if (additive)
    s += loadElem(p.mask, b, h, i, j);
  return s;
}

/// Row (b, h, i) over keys [k0, k1) in f64 with the reference's two-pass
/// softmax. Writes the normalized output to w.orow and returns the lse
/// (-inf for an empty row, NaN when a logit is NaN).
double exactRow(const Problem &p, Scratch &w, int64_t b, int64_t h,
                int64_t i, int64_t k0, int64_t k1) {
  const int64_t hk = p.kvHead(h);
  const double negInf = -std::numeric_limits<double>::infinity();
  double m = negInf;
  bool sawNaN = false;
  for (int64_t j = k0; j < k1; ++j) {
    double u = exactLogit(p, b, h, hk, i, j);
    if (std::isnan(u))
      sawNaN = true;
    else if (u > m)
      m = u;
  }
  std::vector<double> &o = w.exactOut;
  std::fill(o.begin(), o.end(), 0.0);
  double lse;
  if (sawNaN) {
    std::fill(o.begin(), o.end(), std::numeric_limits<double>::quiet_NaN());
    lse = std::numeric_limits<double>::quiet_NaN();
  } else if (m == negInf) {
    lse = negInf;
  } else {
    double l = 0.0;
    for (int64_t j = k0; j < k1; ++j) {
      double e = std::exp(exactLogit(p, b, h, hk, i, j) - m);
      if (e == 0.0)
        continue; // Also skips V rows of masked keys (may hold inf).
      l += e;
      for (int64_t d = 0; d < p.Dv; ++d)
        o[d] += e * loadElem(p.v, b, hk, j, d);
    }
    for (int64_t d = 0; d < p.Dv; ++d)
      o[d] /= l;
    lse = m + std::log(l);
  }
  for (int64_t d = 0; d < p.Dv; ++d)
    w.orow[d] = static_cast<float>(o[d]);
  return lse;
}

//===----------------------------------------------------------------------===//
// The blocked online softmax
//===----------------------------------------------------------------------===//

/// Writes a finished row to o (and lse): empty rows per p.emptyRows.
void finishRow(const Problem &p, int64_t b, int64_t h, int64_t i,
               double lse, float *o) {
  if (lse == -std::numeric_limits<double>::infinity()) {
    const float fillValue = p.emptyRows == ATTNRT_EMPTY_ROWS_NAN
                                ? std::numeric_limits<float>::quiet_NaN()
                                : 0.0f;
    for (int64_t d = 0; d < p.Dv; ++d)
      o[d] = fillValue;
  }
  storeRow(p.o, b, h, i, o);
  if (p.hasLse)
    *static_cast<float *>(p.lse.at(b, h, i, 0)) = static_cast<float>(lse);
}

// The f32 running sum and accumulator of a row absorb at most this many key
// tiles before they are folded into f64: f32 rounding then grows with the
// keys of one fold (512), not with Sk (2^22 identical keys: 2e-6 relative
// instead of 1e-2).
constexpr int64_t kFoldTiles = kBlockK >= 512 ? 1 : 512 / kBlockK;

/// Folds rows [r0, r0 + n) of the f32 state (m, l, acc) into their f64
/// state and resets the f32 one (MicroKernels::foldRows).
void foldRows(const MicroKernels &mk, Scratch &w, int64_t r0, int64_t n,
              int64_t Dv) {
  mk.foldRows(w.st + r0, w.acc + r0 * Dv, w.foldM + r0, w.foldL + r0,
              w.foldAcc.data() + r0 * Dv, n, Dv);
}

/// Where a work item's rows go: straight to o, or to a split-K partial.
struct PartialRows {
  double *lse; // [kBlockQ]
  float *o;    // [kBlockQ][Dv]
};

/// Computes the rows [row0, row0 + kBlockQ) of batch b that read kv head hk
/// over keys [k0, k1). The rows of (b, hk) are numbered r = i * G + x for
/// query i and query head hk * G + x (G = Hq / Hkv), so a block covers every
/// head of a GQA group: each converted K/V tile serves G times more rows
/// (all of them for decode, Sq = 1), and rows stay ordered by i for causal
/// skipping.
void processBlock(const Problem &p, const MicroKernels &mk, Scratch &w,
                  int64_t b, int64_t hk, int64_t row0, int64_t k0, int64_t k1,
                  const PartialRows *partial) {
  const float negInf = -std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const int64_t D = p.D, Dv = p.Dv;
  const int64_t G = p.groupSize();
  const int64_t nq = std::min(kBlockQ, G * p.Sq - row0);
  int64_t rowH[kBlockQ], rowI[kBlockQ], rowVis[kBlockQ];
  // f32 rows of one head, D floats apart, are read where they are.
  const bool qDirect = p.q.dtype == ATTNRT_DTYPE_F32 && G == 1 &&
                       p.q.strides[3] == 1 && p.q.strides[2] == D;
  const float *qf =
      qDirect ? static_cast<const float *>(p.q.at(b, hk, row0, 0)) : w.qf;
  // bf16 rows with unit stride go straight into the kernels' layout.
  const bool qFromBf16 = mk.packQRowFromBf16 &&
                         p.q.dtype == ATTNRT_DTYPE_BF16 && p.q.strides[3] == 1;
  const int64_t qpStride =
      mk.packQ ? mk.qPackFloats(D) / kBlockQ : D; // Floats per packed row.
  for (int64_t r = 0; r < nq; ++r) {
    rowI[r] = (row0 + r) / G;
    rowH[r] = hk * G + (row0 + r) % G;
    rowVis[r] = p.visibleKeys(rowI[r]);
    if (qFromBf16)
      mk.packQRowFromBf16(
          static_cast<const uint16_t *>(p.q.at(b, rowH[r], rowI[r], 0)), D,
          w.qp + r * qpStride);
    else if (!qDirect)
      loadRow(p.q.dtype, p.q.at(b, rowH[r], rowI[r], 0), p.q.strides[3], D,
              w.qf + r * D);
    w.st[r] = {negInf, 0.0f};
    w.exact[r] = false;
    w.foldM[r] = -std::numeric_limits<double>::infinity();
    w.foldL[r] = 0.0;
  }
  std::fill(w.foldAcc.begin(), w.foldAcc.begin() + nq * Dv, 0.0);
  const float *qp = qf;
  if (qFromBf16) {
    qp = w.qp;
  } else if (mk.packQ) {
    mk.packQ(qf, nq, D, w.qp);
    qp = w.qp;
  }
  std::fill(w.acc, w.acc + nq * Dv, 0.0f);
  const bool rounded = p.logitRounding != ATTNRT_LOGIT_ROUNDING_NONE;
  if (rounded) // The f64 dot products read Q as f64 (the f32 tables do not
               // pack Q: rows D apart).
    for (int64_t x = 0; x < nq * D; ++x)
      w.q64[x] = qf[x];

  // The rows go through the kernels kSubQ at a time (each converted K/V
  // tile serves all nq rows; the scores of kSubQ rows stay in cache). With
  // a -inf fill, keys past a sub-block's last causal limit contribute
  // nothing to its rows (visibleKeys is nondecreasing in i): the sub-block
  // skips those tiles. A finite fill enters the softmax: visit every key.
  const bool fillIsNegInf = p.maskFill == negInf;
  const int64_t nSub = (nq + kSubQ - 1) / kSubQ;
  int64_t subStop[kBlockQ / kSubQ];
  bool subFolded[kBlockQ / kSubQ]; // Whether its f64 state holds anything.
  int64_t kStop = k0;
  for (int64_t sb = 0; sb < nSub; ++sb) {
    const int64_t last = std::min(nq, (sb + 1) * kSubQ) - 1;
    subStop[sb] = fillIsNegInf ? std::min(k1, std::max(k0, rowVis[last])) : k1;
    subFolded[sb] = false;
    kStop = std::max(kStop, subStop[sb]);
  }
  const bool additive = p.hasMask && !p.maskIsBool;
  const bool boolMask = p.hasMask && p.maskIsBool;
  // Under logit_rounding the kernels leave the final rounded logits in the
  // score tile (scale and mask applied), so the softmax step scales by 1.
  const attnrt_logit_rounding rounding = p.logitRounding;
  const float stepScale = rounded ? 1.0f : p.scale;

  int64_t nExact = 0; // Rows that have left for the exact path.
  for (int64_t j0 = k0, tile = 0; j0 < kStop; j0 += kBlockK, ++tile) {
    const int64_t nk = std::min(kBlockK, kStop - j0);
    // Convert this K/V tile once for all nq rows; f32 rows with unit
    // element stride are read where they are.
    const bool kDirect = p.k.dtype == ATTNRT_DTYPE_F32 && p.k.strides[3] == 1;
    const bool kFromBf16 = mk.packKFromBf16 &&
                           p.k.dtype == ATTNRT_DTYPE_BF16 &&
                           p.k.strides[3] == 1 && D % 2 == 0;
    const bool vDirect = p.v.dtype == ATTNRT_DTYPE_F32 &&
                         p.v.strides[3] == 1 && !mk.packV;
    bool vFromBf16 = mk.packVFromBf16 && p.v.dtype == ATTNRT_DTYPE_BF16 &&
                     p.v.strides[3] == 1;
    uint32_t vNonFinite = 0; // Nonzero iff some V value is Inf or NaN.
    // A non-finite V (rare) takes the general path below, which needs the
    // f32 rows.
    if (vFromBf16 &&
        mk.packVFromBf16(static_cast<const uint16_t *>(p.v.at(b, hk, j0, 0)),
                         p.v.strides[2], nk, Dv, w.vp))
      vFromBf16 = false;
    const float *kSrc = w.kf, *vSrc = w.vf;
    int64_t ldk = D, ldv = Dv;
    if (kFromBf16) {
      mk.packKFromBf16(static_cast<const uint16_t *>(p.k.at(b, hk, j0, 0)),
                       p.k.strides[2], nk, D, w.kp);
    } else if (kDirect) {
      kSrc = static_cast<const float *>(p.k.at(b, hk, j0, 0));
      ldk = p.k.strides[2];
    } else {
      for (int64_t j = 0; j < nk; ++j)
        loadRow(p.k.dtype, p.k.at(b, hk, j0 + j, 0), p.k.strides[3], D,
                w.kf + j * D);
    }
    if (!kFromBf16)
      mk.packK(kSrc, ldk, nk, D, w.kp);
    if (rounded) {
      // The f64 dot products read K as f64: converted once for all rows
      // (packed keys from nk rounded up to 64 on are never read).
      const int64_t n = (nk + 63) / 64 * 64 * D;
      for (int64_t x = 0; x < n; ++x)
        w.kp64[x] = w.kp[x];
    }
    const float *vp;
    if (vFromBf16) {
      vp = w.vp; // Packed above.
    } else {
      if (vDirect) {
        vSrc = static_cast<const float *>(p.v.at(b, hk, j0, 0));
        ldv = p.v.strides[2];
      } else {
        for (int64_t j = 0; j < kBlockK; ++j) {
          float *vr = w.vf + j * Dv;
          if (j < nk)
            loadRow(p.v.dtype, p.v.at(b, hk, j0 + j, 0), p.v.strides[3], Dv,
                    vr);
          else
            std::fill(vr, vr + Dv, 0.0f);
        }
      }
      vNonFinite = mk.anyNonFinite(vSrc, ldv, nk, Dv);
      vp = vSrc;
      if (mk.packV) {
        mk.packV(w.vf, Dv, w.vp);
        vp = w.vp;
      }
    }

    for (int64_t sb = 0; sb < nSub; ++sb) {
      if (j0 >= subStop[sb])
        continue; // Every later key is hidden from these rows.
      const int64_t r0 = sb * kSubQ;
      const int64_t ns = std::min(kSubQ, nq - r0);
      // Keys of this tile that the sub-block visits.
      const int64_t nkSub = std::min(nk, subStop[sb] - j0);
      if (tile > 0 && tile % kFoldTiles == 0) {
        foldRows(mk, w, r0, ns, Dv);
        subFolded[sb] = true;
      }
      float *acc = w.acc + r0 * Dv;
      // Products and the softmax cover the keys rounded up to 64; the
      // padding keys are zeros with logit -inf (keys in [nkSub, nk) only
      // feed the product, their weights are 0).
      const int64_t nkPad = (nkSub + 63) / 64 * 64;
      if (rounded)
        mk.roundedScores(w.q64.data() + r0 * D, ns, w.kp64.data(), D, nkPad,
                         rounding, p.scale, w.s);
      else
        mk.scores(qp + r0 * qpStride, ns, w.kp, D, nkPad, w.s);

      // Every row sees every key of the tile as a computed logit (no
      // mask, no causal limit inside the tile; rowVis is nondecreasing in
      // r): all rows in one kernel call. Rows already on the exact path go
      // through it too (their f32 state is never read) and get zero
      // weights.
      const bool wholeTile =
          nkSub == nkPad && !boolMask && !additive && rowVis[r0] >= j0 + nkSub;
      if (wholeTile) {
        if (mk.rowsUpdate(w.s, ns, nkPad, stepScale, w.st + r0, acc, Dv,
                          w.failed) > 0 ||
            nExact > 0)
          for (int64_t x = 0; x < ns; ++x)
            if (w.failed[x] || w.exact[r0 + x]) {
              nExact += !w.exact[r0 + x];
              w.exact[r0 + x] = true;
              std::fill(w.s + x * kBlockK, w.s + (x + 1) * kBlockK, 0.0f);
            }
      }
      for (int64_t x = 0; x < ns && !wholeTile; ++x) {
        const int64_t r = r0 + x;
        float *s = w.s + x * kBlockK;
        if (w.exact[r]) {
          std::fill(s, s + kBlockK, 0.0f);
          continue;
        }
        const int64_t i = rowI[r], h = rowH[r];
        const int64_t visInTile =
            std::max<int64_t>(0, std::min(nkSub, rowVis[r] - j0));
        const bool needRepl = nkSub < nkPad || visInTile < nkSub || boolMask;
        if (needRepl) {
          for (int64_t j = 0; j < kBlockK; ++j)
            w.repl[j] = j >= nkSub ? negInf : j >= visInTile ? p.maskFill : nan;
          if (boolMask && visInTile > 0) {
            const uint8_t *mrow =
                static_cast<const uint8_t *>(p.mask.at(b, h, i, j0));
            const int64_t ms = p.mask.strides[3];
            for (int64_t j = 0; j < visInTile; ++j)
              if (!mrow[j * ms])
                w.repl[j] = p.maskFill;
          }
        }
        bool useBias = additive;
        if (additive) {
          loadRow(p.mask.dtype, p.mask.at(b, h, i, j0), p.mask.strides[3],
                  nkSub, w.bias);
          std::fill(w.bias + nkSub, w.bias + kBlockK, 0.0f);
          // Rounded: the mask joins the logits in s; the bias is left
          // holding only the -inf logits, if any.
          if (rounded)
            useBias = mk.roundedAddMask(s, w.bias, nkPad, rounding);
        }
        if (!mk.rowUpdate(s, nkPad, stepScale, useBias ? w.bias : nullptr,
                          needRepl ? w.repl : nullptr, &w.st[r], acc + x * Dv,
                          Dv)) {
          w.exact[r] = true;
          ++nExact;
          std::fill(s, s + kBlockK, 0.0f);
        }
      }

      if (!vNonFinite) {
        // All V finite: 0 * v == 0, so masked keys need no special case.
        mk.accumulatePV(w.s, ns, vp, ldv, nkSub, Dv, acc);
      } else {
        // Some V is Inf/NaN: keys of weight 0 must still contribute
        // nothing, as in the reference, rather than 0 * Inf = NaN.
        for (int64_t x = 0; x < ns; ++x) {
          float *a = acc + x * Dv;
          for (int64_t j = 0; j < nkSub; ++j) {
            float pj = w.s[x * kBlockK + j];
            if (mk.pPackedBf16) // bf16 numbers in the row's first half.
              pj = bf16ToFloat(
                  reinterpret_cast<const uint16_t *>(w.s + x * kBlockK)[j]);
            if (pj == 0.0f)
              continue;
            const float *vr = vSrc + j * ldv;
            for (int64_t d = 0; d < Dv; ++d)
              a[d] += pj * vr[d];
          }
        }
      }
    }
  }

  const bool needLse = p.hasLse || partial;
  for (int64_t r = 0; r < nq; ++r) {
    double lse;
    float *o;
    if (w.exact[r]) {
      ++w.exactRows;
      lse = exactRow(p, w, b, rowH[r], rowI[r], k0, k1);
      o = w.orow;
    } else if (!subFolded[r / kSubQ]) {
      // Few keys: the f32 state is the whole row.
      o = w.acc + r * Dv;
      const RowState st = w.st[r];
      if (st.m == negInf) {
        lse = -std::numeric_limits<double>::infinity(); // No visible key.
      } else {
        // The lse is only written out (or merged); finishRow needs to
        // know just that the row is not empty.
        lse = needLse ? double(st.m) + std::log(double(st.l)) : double(st.m);
        const float inv = 1.0f / st.l;
        for (int64_t d = 0; d < Dv; ++d)
          o[d] *= inv;
      }
    } else {
      foldRows(mk, w, r, 1, Dv);
      o = w.acc + r * Dv;
      const double M = w.foldM[r], L = w.foldL[r];
      const double *facc = w.foldAcc.data() + r * Dv;
      if (M == -std::numeric_limits<double>::infinity()) {
        lse = M; // No visible key in [k0, k1).
      } else {
        lse = needLse ? M + std::log(L) : M;
        const double inv = 1.0 / L; // Within an f64 rounding of facc / L.
        for (int64_t d = 0; d < Dv; ++d)
          o[d] = static_cast<float>(facc[d] * inv);
      }
    }
    if (partial) {
      partial->lse[r] = lse;
      std::memcpy(partial->o + r * Dv, o, static_cast<size_t>(Dv) * 4);
    } else {
      finishRow(p, b, rowH[r], rowI[r], lse, o);
    }
  }
}

/// Merges the nSplit partials of one row by their log-sum-exp.
double mergeRow(const double *lse, const float *const *o, int64_t nSplit,
                int64_t Dv, float *out) {
  const double negInf = -std::numeric_limits<double>::infinity();
  double M = negInf;
  for (int64_t s = 0; s < nSplit; ++s) {
    if (std::isnan(lse[s])) {
      for (int64_t d = 0; d < Dv; ++d)
        out[d] = std::numeric_limits<float>::quiet_NaN();
      return lse[s];
    }
    M = std::max(M, lse[s]);
  }
  std::fill(out, out + Dv, 0.0f);
  if (M == negInf)
    return negInf;
  double total = 0.0;
  std::vector<double> acc(static_cast<size_t>(Dv), 0.0);
  for (int64_t s = 0; s < nSplit; ++s) {
    double wgt = std::exp(lse[s] - M);
    if (wgt == 0.0)
      continue;
    total += wgt;
    for (int64_t d = 0; d < Dv; ++d)
      acc[d] += wgt * o[s][d];
  }
  for (int64_t d = 0; d < Dv; ++d)
    out[d] = static_cast<float>(acc[d] / total);
  return M + std::log(total);
}

//===----------------------------------------------------------------------===//
// Identical keys
//===----------------------------------------------------------------------===//

/// Whether every key of a row is the same key: K and V broadcast along Sk
/// (stride 0) and the mask, if any, too. The keys then differ only in being
/// visible (one logit u) or hidden by the causal mode (the fill), so a row
/// is two weighted terms, however large Sk is (2^40 stride-0 keys take
/// O(D) per row, not 2^40 steps).
bool keysAreIdentical(const Problem &p) {
  return p.k.strides[2] == 0 && p.v.strides[2] == 0 &&
         (!p.hasMask || p.mask.strides[3] == 0);
}

/// Every row of such a problem, in f64 with the reference's formula over
/// the two key classes (count times weight).
void runIdenticalKeys(const Problem &p, Scratch &w) {
  const double negInf = -std::numeric_limits<double>::infinity();
  for (int64_t b = 0; b < p.B; ++b)
    for (int64_t h = 0; h < p.Hq; ++h)
      for (int64_t i = 0; i < p.Sq; ++i) {
        const int64_t hk = p.kvHead(h);
        int64_t nVis = p.visibleKeys(i);
        if (p.hasMask && p.maskIsBool && loadElem(p.mask, b, h, i, 0) == 0.0)
          nVis = 0;
        const double counts[2] = {double(nVis), double(p.Sk - nVis)};
        const double logits[2] = {
            nVis > 0 ? exactLogit(p, b, h, hk, i, 0) : negInf,
            double(p.maskFill)};
        double m = negInf;
        bool sawNaN = false;
        for (int c = 0; c < 2; ++c) {
          if (counts[c] == 0.0)
            continue;
          sawNaN |= std::isnan(logits[c]);
          m = std::max(m, logits[c]);
        }
        double lse;
        if (sawNaN) {
          lse = std::numeric_limits<double>::quiet_NaN();
          std::fill(w.orow, w.orow + p.Dv,
                    std::numeric_limits<float>::quiet_NaN());
        } else if (m == negInf) {
          lse = negInf;
          std::fill(w.orow, w.orow + p.Dv, 0.0f);
        } else {
          // Every key carries the same V row: the output is that row
          // whenever some weight is nonzero (and l > 0 here).
          double l = 0.0;
          for (int c = 0; c < 2; ++c)
            if (counts[c] > 0.0)
              l += counts[c] * std::exp(logits[c] - m);
          lse = m + std::log(l);
          for (int64_t d = 0; d < p.Dv; ++d)
            w.orow[d] = static_cast<float>(loadElem(p.v, b, hk, 0, d));
        }
        finishRow(p, b, h, i, lse, w.orow);
      }
}

//===----------------------------------------------------------------------===//
// Threads and the backend
//===----------------------------------------------------------------------===//

/// Threads to use: ATTNRT_NUM_THREADS if set (> 0), else the hardware's,
/// capped so that each thread gets a meaningful amount of work.
int64_t threadCount(const Problem &p) {
  const int64_t hw = configuredThreads();
  // Multiply-adds as a double: only a coarse estimate is needed, and it
  // cannot overflow for any validated size.
  double work = double(p.B) * double(p.Hq) * double(p.Sq) * double(p.Sk) *
                double(p.D + p.Dv);
  double byWork = work / double(kMinWorkPerThread);
  if (byWork < double(hw))
    return byWork < 1.0 ? 1 : static_cast<int64_t>(byWork);
  return hw;
}

// Tiles hold kBlockQ/kBlockK rows of D and Dv floats; beyond this the
// tiles would not fit in cache anyway (and their sizes must not overflow).
constexpr int64_t kMaxHeadDim = int64_t(1) << 16;

bool supports(const Problem &p, std::string *whyNot) {
  if (p.memory != ATTNRT_MEMORY_HOST) {
    if (whyNot)
      *whyNot = "needs host memory (memory == ATTNRT_MEMORY_DEVICE)";
    return false;
  }
  if (p.D > kMaxHeadDim || p.Dv > kMaxHeadDim) {
    if (whyNot)
      *whyNot = "head dims above " + std::to_string(kMaxHeadDim) +
                " are not supported";
    return false;
  }
  KernelChoice choice;
  return chooseKernels(choice, whyNot);
}

attnrt_status run(const Problem &p, std::string *error) {
  KernelChoice choice;
  if (!chooseKernels(choice, error))
    return ATTNRT_ERROR_UNSUPPORTED;
  // bf16 products round the probabilities to bf16: only where the output
  // is bf16 too, so that rounding stays within the output's own. Every
  // other combination runs f32 products (bf16 and f16 inputs are exact in
  // f32).
  // Logits rounded to f16 / bf16 (logit_rounding) are computed by the f32
  // tables' roundedScores (f64 dot products, as the reference sums them).
  const bool rounded = p.logitRounding != ATTNRT_LOGIT_ROUNDING_NONE;
  const bool bf16Products = !rounded && p.q.dtype == ATTNRT_DTYPE_BF16 &&
                            p.o.dtype == ATTNRT_DTYPE_BF16;
  const MicroKernels &mk = bf16Products ? *choice.bf16 : *choice.f32;

  if (keysAreIdentical(p)) {
    Scratch w(p, mk);
    runIdenticalKeys(p, w);
    return ATTNRT_SUCCESS;
  }
  if (rounded && (!mk.roundedScores || !mk.roundedAddMask)) {
    // A table without the rounded-logit kernels (none today): every row
    // on the exact path, which rounds each step as LogitRounding.h does.
    Scratch w(p, mk);
    for (int64_t b = 0; b < p.B; ++b)
      for (int64_t h = 0; h < p.Hq; ++h)
        for (int64_t i = 0; i < p.Sq; ++i)
          finishRow(p, b, h, i, exactRow(p, w, b, h, i, 0, p.Sk), w.orow);
    return ATTNRT_SUCCESS;
  }

  // Cannot overflow: B * Hq * Sq is bounded by o's validated extent.
  const int64_t rowBlocks = (p.groupSize() * p.Sq + kBlockQ - 1) / kBlockQ;
  const int64_t blocks = p.B * p.Hkv * rowBlocks;
  const int64_t nThreads = threadCount(p);
  // Split the keys when there are too few row blocks to keep the threads
  // busy (decode): into enough parts for kSplitTarget items, each of at
  // least two key tiles. The split depends on the shape only, never on the
  // thread count, so results do not either. Only then is blocks small, so
  // blocks * nSplit stays small.
  const int64_t keyTiles = p.Sk / kBlockK + (p.Sk % kBlockK != 0);
  int64_t nSplit = 1;
  if (blocks < kSplitTarget)
    nSplit = std::max<int64_t>(
        1, std::min<int64_t>((kSplitTarget + blocks - 1) / blocks,
                             keyTiles / 2));
  const int64_t tilesPerSplit = (keyTiles + nSplit - 1) / nSplit;
  nSplit = (keyTiles + tilesPerSplit - 1) / tilesPerSplit;
  const int64_t items = blocks * nSplit;

  if (logCallsEnabled())
    std::fprintf(stderr,
                 "attnrt: cpu: kernels %s, %lld threads, %lld key splits\n",
                 mk.name, static_cast<long long>(nThreads),
                 static_cast<long long>(nSplit));

  // All allocation happens here, on the calling thread: a std::bad_alloc is
  // turned into ATTNRT_ERROR_OUT_OF_MEMORY by the dispatcher.
  std::vector<Scratch> scratch;
  scratch.reserve(static_cast<size_t>(nThreads));
  for (int64_t t = 0; t < nThreads; ++t)
    scratch.emplace_back(p, mk);
  // Split-K partials: rows per item (a block has at most this many).
  const int64_t partRows = std::min(kBlockQ, p.groupSize() * p.Sq);
  std::vector<double> partLse;
  std::vector<float> partO;
  if (nSplit > 1) {
    partLse.resize(static_cast<size_t>(items * partRows));
    partO.resize(static_cast<size_t>(items * partRows * p.Dv));
  }

  // Items in order of row block, then b and kv head, then split: largest
  // blocks first, so that the last items to finish are small ones. With a
  // causal mode the later row blocks see the most keys; without, all see
  // the same keys and only the last row block can have fewer rows.
  const bool causalOrder = p.causal != ATTNRT_CAUSAL_NONE;
  auto rowBlockOf = [&](int64_t block) {
    const int64_t k = block / (p.B * p.Hkv);
    return causalOrder ? rowBlocks - 1 - k : k;
  };
  std::atomic<int64_t> next{0};
  auto worker = [&](Scratch &w) {
    for (int64_t item = next.fetch_add(1, std::memory_order_relaxed);
         item < items; item = next.fetch_add(1, std::memory_order_relaxed)) {
      const int64_t split = item % nSplit;
      const int64_t block = item / nSplit;
      const int64_t bh = block % (p.B * p.Hkv);
      const int64_t rb = rowBlockOf(block);
      const int64_t k0 = split * tilesPerSplit * kBlockK;
      const int64_t k1 = std::min(p.Sk, k0 + tilesPerSplit * kBlockK);
      PartialRows part;
      if (nSplit > 1) {
        part.lse = partLse.data() + item * partRows;
        part.o = partO.data() + item * partRows * p.Dv;
      }
      processBlock(p, mk, w, bh / p.Hkv, bh % p.Hkv, rb * kBlockQ, k0, k1,
                   nSplit > 1 ? &part : nullptr);
    }
  };

  std::vector<std::thread> threads;
  try {
    threads.reserve(static_cast<size_t>(nThreads - 1));
    for (int64_t t = 1; t < nThreads; ++t)
      threads.emplace_back(worker, std::ref(scratch[t]));
  } catch (const std::system_error &) {
    // Could not start (more) threads: the ones running and this thread
    // still drain the queue, just more slowly.
  } catch (const std::bad_alloc &) {
  }
  worker(scratch[0]);
  for (std::thread &t : threads)
    t.join();
  if (logCallsEnabled()) {
    int64_t exactRows = 0;
    for (const Scratch &w : scratch)
      exactRows += w.exactRows;
    std::fprintf(stderr,
                 "attnrt: cpu: %lld row passes recomputed in f64 (exact "
                 "path)\n",
                 static_cast<long long>(exactRows));
  }

  if (nSplit > 1) {
    const int64_t G = p.groupSize();
    std::vector<double> lse(static_cast<size_t>(nSplit));
    std::vector<const float *> parts(static_cast<size_t>(nSplit));
    float *out = scratch[0].orow;
    for (int64_t block = 0; block < blocks; ++block) {
      const int64_t bh = block % (p.B * p.Hkv);
      const int64_t rb = rowBlockOf(block);
      const int64_t b = bh / p.Hkv, hk = bh % p.Hkv;
      const int64_t nq = std::min(kBlockQ, G * p.Sq - rb * kBlockQ);
      for (int64_t r = 0; r < nq; ++r) {
        for (int64_t s = 0; s < nSplit; ++s) {
          const int64_t item = block * nSplit + s;
          lse[s] = partLse[item * partRows + r];
          parts[s] = partO.data() + (item * partRows + r) * p.Dv;
        }
        const int64_t row = rb * kBlockQ + r;
        double l = mergeRow(lse.data(), parts.data(), nSplit, p.Dv, out);
        finishRow(p, b, hk * G + row % G, row / G, l, out);
      }
    }
  }
  return ATTNRT_SUCCESS;
}

} // namespace

const Backend *getCpuBackend() {
  static const Backend backend = {"cpu", /*priority=*/10, supports, run};
  return &backend;
}

} // namespace attnrt
