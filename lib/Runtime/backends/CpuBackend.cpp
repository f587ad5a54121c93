//===- CpuBackend.cpp - tiled online-softmax attention on the CPU ---------===//
//
// FlashAttention's algorithm on the CPU: for each block of kBlockQ query
// rows (of one batch and one GQA group), stream over blocks of kBlockK keys,
// keeping a running row maximum m, a running sum l and an unnormalized f32
// accumulator, so the Sq x Sk score matrix is never materialized. Scores
// live in the log2 domain (Q is pre-scaled by scale * log2(e)) so
// exponentials are exp2.
//
// Each K/V block is converted once to contiguous f32 (K transposed), which
// makes the two inner products unit-stride over contiguous f32 arrays
// without reductions, written with 8-wide GNU vectors (two SSE ops each at
// the x86-64 baseline). The hot function is cloned for x86-64-v3 (AVX2 +
// FMA) and the clone picked at load time, so no -march flag is needed and
// the library runs anywhere.
//
// Work items (b, kv head, block of query rows) are independent and are handed
// out to a per-call set of threads through an atomic counter; the result of an
// item does not depend on which thread computes it, so output is deterministic.
//
//===----------------------------------------------------------------------===//

#include "../Backend.h"
#include "../Half.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#if defined(__x86_64__) && defined(__ELF__) && !defined(ATTNRT_NO_CLONES)
#define ATTNRT_HOT __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define ATTNRT_HOT
#endif

#define ATTNRT_INLINE inline __attribute__((always_inline))

namespace attnrt {
namespace {

constexpr int64_t kBlockQ = 64;
constexpr int64_t kBlockK = 64;
constexpr float kLog2e = 1.44269504088896340736f;
// Below this many multiply-adds a call runs on the calling thread only:
// starting threads costs tens of microseconds.
constexpr int64_t kMinWorkPerThread = int64_t(1) << 20;

/// 2^x for x <= 0 (also -inf -> 0, NaN -> NaN), branch-free so loops over it
/// vectorize. Cephes' exp2f polynomial on [-0.5, 0.5], relative error about
/// 2e-7; inputs below -126 (results under FLT_MIN) flush to 0, which is
/// below f32 resolution relative to the row maximum's weight of 1.
ATTNRT_INLINE float exp2NonPositive(float x) {
  float xc = x > -126.0f ? x : -126.0f; // NaN -> -126, fixed below.
  xc = xc < 0.0f ? xc : 0.0f;
  int n = static_cast<int>(xc - 0.5f);  // Truncation == round for xc <= 0.
  float f = xc - static_cast<float>(n); // In [-0.5, 0.5].
  float poly = 1.535336188319500e-4f;
  poly = poly * f + 1.339887440266574e-3f;
  poly = poly * f + 9.618437357674640e-3f;
  poly = poly * f + 5.550332471162809e-2f;
  poly = poly * f + 2.402264791363012e-1f;
  poly = poly * f + 6.931472028550421e-1f;
  float r = (poly * f + 1.0f) *
            __builtin_bit_cast(float, static_cast<uint32_t>(n + 127) << 23);
  r = x < -126.0f ? 0.0f : r;
  return x != x ? x : r;
}

/// Loads n elements (element stride `stride`) of a q/k/v view to f32.
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

/// Per-thread tiles, allocated before any thread starts (an allocation
/// failure then surfaces as std::bad_alloc on the calling thread).
struct Scratch {
  std::vector<float> q;   // [kBlockQ][D], pre-scaled by scale * log2(e).
  std::vector<float> kt;  // [D][kBlockK], K transposed, zero padded.
  std::vector<float> v;   // [kBlockK][Dv], zero padded.
  std::vector<float> row; // Staging for one K row.
  std::vector<float> s;   // [kBlockQ][kBlockK] scores, then probabilities.
  std::vector<float> acc; // [kBlockQ][Dv], unnormalized output.
  std::vector<float> m, l;

  explicit Scratch(const Problem &p)
      : q(kBlockQ * p.D), kt(p.D * kBlockK), v(kBlockK * p.Dv), row(p.D),
        s(kBlockQ * kBlockK), acc(kBlockQ * p.Dv), m(kBlockQ), l(kBlockQ) {}
};

// The micro-kernels below are written for the vectorizers: fixed-size local
// accumulator arrays (which SROA keeps in vector registers), unit-stride
// inner loops over contiguous f32, and no floating-point reductions across
// a loop's iterations (those only vectorize with -ffast-math). They are
// force-inlined so that each target_clones version of processBlock gets its
// own copy compiled for its target (AVX2 + FMA or baseline).

/// Eight floats in GNU vector-extension form (GCC and clang). Below AVX the
/// compiler splits each operation into two SSE ones. Explicit vectors keep
/// the accumulators in registers with either compiler (GCC does not promote
/// plain local arrays to registers the way clang's SROA does).
typedef float Vec8 __attribute__((vector_size(32)));

// Vectors are passed by value: these helpers are always inlined, so the
// AVX-vs-SSE argument ABI that GCC's -Wpsabi warns about never applies (and
// by-reference versions defeat GCC's register allocation).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

ATTNRT_INLINE Vec8 loadVec(const float *p) {
  Vec8 v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}

ATTNRT_INLINE void storeVec(float *p, Vec8 v) { std::memcpy(p, &v, sizeof(v)); }

/// Scores of R query rows against the kBlockK keys of kt:
/// s[r][j] = q[r] . kt[:, j]. R rows share each load of kt.
template <int R>
ATTNRT_INLINE void scoreRows(const float *__restrict q, int64_t ldq,
                             const float *__restrict kt, int64_t D,
                             float *__restrict s) {
  constexpr int kVecs = 4; // 32 keys per pass: R * 4 accumulators.
  for (int64_t c = 0; c < kBlockK; c += 8 * kVecs) {
    Vec8 acc[R][kVecs] = {};
    for (int64_t d = 0; d < D; ++d) {
      const float *k = kt + d * kBlockK + c;
      Vec8 kv[kVecs];
      for (int x = 0; x < kVecs; ++x)
        kv[x] = loadVec(k + 8 * x);
      for (int r = 0; r < R; ++r) {
        const float qd = q[r * ldq + d];
        for (int x = 0; x < kVecs; ++x)
          acc[r][x] += qd * kv[x];
      }
    }
    for (int r = 0; r < R; ++r)
      for (int x = 0; x < kVecs; ++x)
        storeVec(s + r * kBlockK + c + 8 * x, acc[r][x]);
  }
}

/// a[r][:] += sum_j p[r][j] * v[j][:] for R rows and keys j < n.
template <int R>
ATTNRT_INLINE void accumulatePV(const float *__restrict p,
                                const float *__restrict v, int64_t n,
                                int64_t Dv, float *__restrict a) {
  constexpr int kVecs = 4; // 32 output columns per pass.
  int64_t d0 = 0;
  for (; d0 + 8 * kVecs <= Dv; d0 += 8 * kVecs) {
    Vec8 acc[R][kVecs];
    for (int r = 0; r < R; ++r)
      for (int x = 0; x < kVecs; ++x)
        acc[r][x] = loadVec(a + r * Dv + d0 + 8 * x);
    for (int64_t j = 0; j < n; ++j) {
      const float *vr = v + j * Dv + d0;
      Vec8 vv[kVecs];
      for (int x = 0; x < kVecs; ++x)
        vv[x] = loadVec(vr + 8 * x);
      for (int r = 0; r < R; ++r) {
        const float pj = p[r * kBlockK + j];
        for (int x = 0; x < kVecs; ++x)
          acc[r][x] += pj * vv[x];
      }
    }
    for (int r = 0; r < R; ++r)
      for (int x = 0; x < kVecs; ++x)
        storeVec(a + r * Dv + d0 + 8 * x, acc[r][x]);
  }
  if (d0 == Dv)
    return;
  for (int r = 0; r < R; ++r)
    for (int64_t j = 0; j < n; ++j) {
      const float pj = p[r * kBlockK + j];
      for (int64_t d = d0; d < Dv; ++d)
        a[r * Dv + d] += pj * v[j * Dv + d];
    }
}

/// NaN-propagating maximum (a NaN score must reach the output, as in the
/// reference; std::max and fmax would drop it).
ATTNRT_INLINE float maxNaN(float x, float m) {
  return (x > m || x != x) ? x : m;
}

/// Maximum of s[0..kBlockK) via 8 independent lanes.
ATTNRT_INLINE float blockMaxOf(const float *__restrict s) {
  float lane[8];
  for (int x = 0; x < 8; ++x)
    lane[x] = s[x];
  for (int64_t j = 8; j < kBlockK; j += 8)
    for (int x = 0; x < 8; ++x)
      lane[x] = maxNaN(s[j + x], lane[x]);
  float m = lane[0];
  for (int x = 1; x < 8; ++x)
    m = maxNaN(lane[x], m);
  return m;
}

/// s[j] = 2^(s[j] - mNew), returning the sum (8 lanes, fixed order).
ATTNRT_INLINE float expAndSum(float *__restrict s, float mNew) {
  for (int64_t j = 0; j < kBlockK; ++j)
    s[j] = exp2NonPositive(s[j] - mNew);
  float lane[8] = {};
  for (int64_t j = 0; j < kBlockK; j += 8)
    for (int x = 0; x < 8; ++x)
      lane[x] += s[j + x];
  return ((lane[0] + lane[1]) + (lane[2] + lane[3])) +
         ((lane[4] + lane[5]) + (lane[6] + lane[7]));
}

/// Applies the mask of row (b, h, i) to scores s[0..n) (log2 domain).
void applyMask(const Problem &p, int64_t b, int64_t h, int64_t i, int64_t j0,
               int64_t n, float *s) {
  const View &mk = p.mask;
  const char *base = static_cast<const char *>(mk.at(b, h, i, j0));
  int64_t stride = mk.strides[3];
  switch (mk.dtype) {
  case ATTNRT_DTYPE_BOOL:
    for (int64_t j = 0; j < n; ++j)
      if (!reinterpret_cast<const uint8_t *>(base)[j * stride])
        s[j] = -std::numeric_limits<float>::infinity();
    return;
  case ATTNRT_DTYPE_F32:
    for (int64_t j = 0; j < n; ++j)
      s[j] += reinterpret_cast<const float *>(base)[j * stride] * kLog2e;
    return;
  case ATTNRT_DTYPE_F16:
    for (int64_t j = 0; j < n; ++j)
      s[j] +=
          halfToFloat(reinterpret_cast<const uint16_t *>(base)[j * stride]) *
          kLog2e;
    return;
  case ATTNRT_DTYPE_BF16:
    for (int64_t j = 0; j < n; ++j)
      s[j] +=
          bf16ToFloat(reinterpret_cast<const uint16_t *>(base)[j * stride]) *
          kLog2e;
    return;
  }
}

void storeRow(const View &o, int64_t b, int64_t h, int64_t i,
              const float *src) {
  char *base = static_cast<char *>(o.at(b, h, i, 0));
  int64_t stride = o.strides[3];
  int64_t n = o.sizes[3];
  switch (o.dtype) {
  case ATTNRT_DTYPE_F32:
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

/// Computes one block of up to kBlockQ output rows of batch b that all read
/// kv head hk. The rows of (b, hk) are numbered r = i * G + x for query i
/// and query head hk * G + x (G = Hq / Hkv), so a block covers every head
/// of a GQA group: each converted K/V tile serves G times more rows (all of
/// them for decode, Sq = 1), and rows stay ordered by i for causal skipping.
ATTNRT_HOT void processBlock(const Problem &p, Scratch &w, int64_t b,
                             int64_t hk, int64_t row0) {
  const float negInf = -std::numeric_limits<float>::infinity();
  const int64_t D = p.D, Dv = p.Dv;
  const int64_t G = p.groupSize();
  const int64_t nq = std::min(kBlockQ, G * p.Sq - row0);
  int64_t rowH[kBlockQ], rowI[kBlockQ];
  for (int64_t r = 0; r < nq; ++r) {
    rowI[r] = (row0 + r) / G;
    rowH[r] = hk * G + (row0 + r) % G;
  }
  const float qScale = p.scale * kLog2e;
  float *const S = w.s.data();
  float *const A = w.acc.data();

  for (int64_t r = 0; r < nq; ++r) {
    float *qr = w.q.data() + r * D;
    loadRow(p.q.dtype, p.q.at(b, rowH[r], rowI[r], 0), p.q.strides[3], D, qr);
    for (int64_t d = 0; d < D; ++d)
      qr[d] *= qScale;
    w.m[r] = negInf;
    w.l[r] = 0.0f;
  }
  // (Raw loops here: clang 22 fails to emit some inline std templates used
  // only from target_clones functions.)
  for (int64_t x = 0; x < nq * Dv; ++x)
    A[x] = 0.0f;

  // Keys past the last row's causal limit are invisible to the whole block
  // (visibleKeys is nondecreasing in i): skip those key blocks entirely.
  const int64_t kEnd = p.visibleKeys(rowI[nq - 1]);
  for (int64_t j0 = 0; j0 < kEnd; j0 += kBlockK) {
    const int64_t nk = std::min(kBlockK, kEnd - j0);
    // Convert this K/V block once for all nq rows; pad to kBlockK with
    // zeros so the score loops have a constant trip count.
    uint32_t vNonFinite = 0; // Nonzero iff some V value is Inf or NaN.
    for (int64_t j = 0; j < kBlockK; ++j) {
      float *vr = w.v.data() + j * Dv;
      if (j < nk) {
        loadRow(p.k.dtype, p.k.at(b, hk, j0 + j, 0), p.k.strides[3], D,
                w.row.data());
        for (int64_t d = 0; d < D; ++d)
          w.kt[d * kBlockK + j] = w.row[d];
        loadRow(p.v.dtype, p.v.at(b, hk, j0 + j, 0), p.v.strides[3], Dv, vr);
        // An integer OR-reduction (vectorizes, unlike a float one).
        for (int64_t d = 0; d < Dv; ++d)
          vNonFinite |= (floatBits(vr[d]) & 0x7f800000u) == 0x7f800000u;
      } else {
        for (int64_t d = 0; d < D; ++d)
          w.kt[d * kBlockK + j] = 0.0f;
        for (int64_t d = 0; d < Dv; ++d)
          vr[d] = 0.0f;
      }
    }

    // Scores, two rows at a time (they share each K load).
    int64_t r = 0;
    for (; r + 2 <= nq; r += 2)
      scoreRows<2>(w.q.data() + r * D, D, w.kt.data(), D, S + r * kBlockK);
    if (r < nq)
      scoreRows<1>(w.q.data() + r * D, D, w.kt.data(), D, S + r * kBlockK);

    // Masking and the online-softmax update, row by row. Afterwards S holds
    // this block's unnormalized probabilities (0 for masked keys).
    for (r = 0; r < nq; ++r) {
      const int64_t i = rowI[r];
      float *s = S + r * kBlockK;
      const int64_t lim =
          std::max<int64_t>(0, std::min(nk, p.visibleKeys(i) - j0));
      for (int64_t j = lim; j < kBlockK; ++j)
        s[j] = negInf;
      if (p.hasMask && lim > 0)
        applyMask(p, b, rowH[r], i, j0, lim, s);
      const float mOld = w.m[r];
      const float mNew = maxNaN(blockMaxOf(s), mOld);
      if (mNew == negInf) {
        // Nothing visible to this row so far: no contribution.
        for (int64_t j = 0; j < kBlockK; ++j)
          s[j] = 0.0f;
        continue;
      }
      const float sum = expAndSum(s, mNew);
      const float corr = exp2NonPositive(mOld - mNew); // 0 if mOld = -inf.
      w.l[r] = w.l[r] * corr + sum;
      w.m[r] = mNew;
      float *__restrict a = A + r * Dv;
      for (int64_t d = 0; d < Dv; ++d)
        a[d] *= corr;
    }

    if (!vNonFinite) {
      // All V finite: 0 * v == 0, so masked keys need no special case and
      // two rows share each V load.
      for (r = 0; r + 2 <= nq; r += 2)
        accumulatePV<2>(S + r * kBlockK, w.v.data(), nk, Dv, A + r * Dv);
      if (r < nq)
        accumulatePV<1>(S + r * kBlockK, w.v.data(), nk, Dv, A + r * Dv);
    } else {
      // Some V is Inf/NaN: masked keys (p == 0) must still contribute
      // nothing, as in the reference, rather than 0 * Inf = NaN.
      for (r = 0; r < nq; ++r) {
        float *__restrict a = A + r * Dv;
        for (int64_t j = 0; j < nk; ++j) {
          const float pj = S[r * kBlockK + j];
          if (pj == 0.0f)
            continue;
          const float *__restrict vr = w.v.data() + j * Dv;
          for (int64_t d = 0; d < Dv; ++d)
            a[d] += pj * vr[d];
        }
      }
    }
  }

  for (int64_t r = 0; r < nq; ++r) {
    float *a = A + r * Dv;
    const float l = w.l[r];
    // l == 0: every key of the row was masked -> zeros (acc is all 0).
    if (l != 0.0f)
      for (int64_t d = 0; d < Dv; ++d)
        a[d] = a[d] / l;
    storeRow(p.o, b, rowH[r], rowI[r], a);
  }
}

/// Threads to use: ATTNRT_NUM_THREADS if set (> 0), else the hardware's,
/// capped so that each thread gets a meaningful amount of work.
int64_t threadCount(const Problem &p, int64_t items) {
  int64_t hw = static_cast<int64_t>(std::thread::hardware_concurrency());
  if (const char *env = std::getenv("ATTNRT_NUM_THREADS")) {
    long v = std::strtol(env, nullptr, 10);
    if (v > 0)
      hw = v;
  }
  if (hw < 1)
    hw = 1;
  // Multiply-adds, saturating: only a coarse size estimate is needed.
  double work = double(p.B) * double(p.Hq) * double(p.Sq) * double(p.Sk) *
                double(p.D + p.Dv);
  double byWork = work / double(kMinWorkPerThread);
  int64_t n = std::min<int64_t>(hw, items);
  if (byWork < double(n))
    n = byWork < 1.0 ? 1 : static_cast<int64_t>(byWork);
  return n;
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
  // Placeholder decline (runtime helper), replaced when this backend implements them.
  if (p.maskFill != -INFINITY || p.emptyRows != ATTNRT_EMPTY_ROWS_ZERO || p.hasLse || !std::isfinite(p.scale)) return whyNot && (*whyNot = "a finite mask_fill, empty_rows = nan, the lse output and non-finite scales are not implemented", true) && false;
  if (p.D > kMaxHeadDim || p.Dv > kMaxHeadDim) {
    if (whyNot)
      *whyNot = "head dims above " + std::to_string(kMaxHeadDim) +
                " are not supported";
    return false;
  }
  return true;
}

attnrt_status run(const Problem &p, std::string *error) {
  // Cannot overflow: B * Hq * Sq is bounded by o's validated extent.
  const int64_t rowBlocks = (p.groupSize() * p.Sq + kBlockQ - 1) / kBlockQ;
  const int64_t items = p.B * p.Hkv * rowBlocks;
  const int64_t nThreads = threadCount(p, items);

  // All allocation happens here, on the calling thread: a std::bad_alloc is
  // turned into ATTNRT_ERROR_OUT_OF_MEMORY by the dispatcher.
  std::vector<Scratch> scratch;
  scratch.reserve(static_cast<size_t>(nThreads));
  for (int64_t t = 0; t < nThreads; ++t)
    scratch.emplace_back(p);

  std::atomic<int64_t> next{0};
  auto worker = [&](Scratch &w) {
    for (int64_t item = next.fetch_add(1, std::memory_order_relaxed);
         item < items; item = next.fetch_add(1, std::memory_order_relaxed)) {
      int64_t rb = item % rowBlocks;
      int64_t bh = item / rowBlocks;
      processBlock(p, w, bh / p.Hkv, bh % p.Hkv, rb * kBlockQ);
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
  (void)error;
  return ATTNRT_SUCCESS;
}

} // namespace

const Backend *getCpuBackend() {
  static const Backend backend = {"cpu", /*priority=*/10, supports, run};
  return &backend;
}

} // namespace attnrt
