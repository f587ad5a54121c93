//===- BackendTest.cpp - every backend against the reference --------------===//
//
// The reference backend is first checked against an independent naive f64
// formula written here; every other backend is then compared with the
// reference on fresh random inputs over shapes, dtypes, masks, causal modes
// and layouts.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <sstream>

using namespace attnrt_test;

namespace {

constexpr uint32_t kBaseSeed = 20261125;

enum class MaskKind {
  None,
  AddFull,    // f32 additive [B, Hq, Sq, Sk]
  AddSqSk,    // additive [1, 1, Sq, Sk] (broadcast over batch and heads)
  AddB11Sk,   // additive [B, 1, 1, Sk] (padding-mask shape)
  AddF16Full, // f16 additive [B, Hq, Sq, Sk]
  BoolFull,   // boolean [B, Hq, Sq, Sk]
  BoolSqSk,   // boolean [1, 1, Sq, Sk]
};

struct Case {
  const char *name;
  int64_t B, Hq, Hkv, Sq, Sk, D, Dv;
  attnrt_dtype in = ATTNRT_DTYPE_F32;
  attnrt_dtype out = ATTNRT_DTYPE_F32;
  attnrt_causal causal = ATTNRT_CAUSAL_NONE;
  MaskKind mask = MaskKind::None;
  Layout layout = Layout::BHSD;
  /// Mask every key of some query rows (only for masks with a query dim).
  bool maskSomeRows = false;
};

/// Inputs, mask and output of one case, filled from `seed`.
struct Instance {
  HostTensor q, k, v, o, mask;
  bool hasMask = false;
  float scale = 0.0f;
  attnrt_causal causal = ATTNRT_CAUSAL_NONE;

  Instance(const Case &c, uint32_t seed) {
    std::mt19937 rng(seed);
    q = HostTensor(c.in, {c.B, c.Hq, c.Sq, c.D}, c.layout);
    k = HostTensor(c.in, {c.B, c.Hkv, c.Sk, c.D}, c.layout);
    v = HostTensor(c.in, {c.B, c.Hkv, c.Sk, c.Dv}, c.layout);
    o = HostTensor(c.out, {c.B, c.Hq, c.Sq, c.Dv}, c.layout);
    q.fillRandom(rng);
    k.fillRandom(rng);
    v.fillRandom(rng);
    // A scale above 1/sqrt(D) makes the softmax peaky, which stresses the
    // running-max rescaling more than a flat distribution.
    scale = 2.0f / std::sqrt(static_cast<float>(c.D));
    causal = c.causal;
    std::vector<int64_t> shape;
    attnrt_dtype mt = ATTNRT_DTYPE_F32;
    switch (c.mask) {
    case MaskKind::None:
      return;
    case MaskKind::AddFull:
      shape = {c.B, c.Hq, c.Sq, c.Sk};
      break;
    case MaskKind::AddSqSk:
      shape = {1, 1, c.Sq, c.Sk};
      break;
    case MaskKind::AddB11Sk:
      shape = {c.B, 1, 1, c.Sk};
      break;
    case MaskKind::AddF16Full:
      shape = {c.B, c.Hq, c.Sq, c.Sk};
      mt = ATTNRT_DTYPE_F16;
      break;
    case MaskKind::BoolFull:
      shape = {c.B, c.Hq, c.Sq, c.Sk};
      mt = ATTNRT_DTYPE_BOOL;
      break;
    case MaskKind::BoolSqSk:
      shape = {1, 1, c.Sq, c.Sk};
      mt = ATTNRT_DTYPE_BOOL;
      break;
    }
    hasMask = true;
    mask = HostTensor(mt, shape);
    std::uniform_real_distribution<double> dist(-2.0, 2.0);
    std::uniform_int_distribution<int> pct(0, 99);
    const double negInf = -std::numeric_limits<double>::infinity();
    mask.forEach([&](int64_t a, int64_t b, int64_t i, int64_t j) {
      bool drop = pct(rng) < 20; // About one key in five masked out.
      if (c.maskSomeRows && i % 5 == 2)
        drop = true;
      if (mt == ATTNRT_DTYPE_BOOL)
        mask.set(a, b, i, j, drop ? 0.0 : 1.0);
      else
        mask.set(a, b, i, j, drop ? negInf : dist(rng));
    });
  }

  attnrt_problem problem() {
    attnrt_problem p;
    attnrt_problem_init(&p);
    p.q = q.view();
    p.k = k.view();
    p.v = v.view();
    p.o = o.view();
    if (hasMask)
      p.mask = mask.view();
    p.scale = scale;
    p.causal = causal;
    return p;
  }
};

std::string describe(const Case &c, uint32_t seed) {
  std::ostringstream os;
  os << c.name << " B=" << c.B << " Hq=" << c.Hq << " Hkv=" << c.Hkv
     << " Sq=" << c.Sq << " Sk=" << c.Sk << " D=" << c.D << " Dv=" << c.Dv
     << " in=" << name(c.in) << " out=" << name(c.out) << " causal=" << c.causal
     << " mask=" << static_cast<int>(c.mask)
     << " layout=" << static_cast<int>(c.layout) << " seed=" << seed;
  return os.str();
}

/// Relative L2 tolerance for comparing a backend with the reference. Both
/// read the same input bits, so input rounding cancels; what remains is the
/// backend's f32 arithmetic (about 1e-6 relative here, vs f64) and one
/// rounding of each result to the output type. Two independent roundings
/// differ by at most 2u per element, so ||out - ref|| / ||ref|| <= 2u + 1e-6:
/// f16 (11-bit significand, u = 2^-11 = 4.9e-4): 2u ~ 9.8e-4 -> 2e-3;
/// bf16 (8 bits, u = 2^-8 = 3.9e-3): 2u ~ 7.8e-3 -> 1e-2;
/// f32: the f32 accumulation error alone -> 1e-5.
double tolerance(attnrt_dtype out) {
  switch (out) {
  case ATTNRT_DTYPE_F16:
    return 2e-3;
  case ATTNRT_DTYPE_BF16:
    return 1e-2;
  default:
    return 1e-5;
  }
}

/// Rows of `c` that have no visible key (causal and/or mask): must be 0.
std::vector<bool> fullyMaskedRows(const Case &c, const Instance &in, int64_t b,
                                  int64_t h) {
  std::vector<bool> rows(static_cast<size_t>(c.Sq));
  for (int64_t i = 0; i < c.Sq; ++i) {
    bool any = false;
    for (int64_t j = 0; j < c.Sk && !any; ++j) {
      bool vis = c.causal == ATTNRT_CAUSAL_NONE       ? true
                 : c.causal == ATTNRT_CAUSAL_TOP_LEFT ? j <= i
                                                      : j <= i + c.Sk - c.Sq;
      if (vis && in.hasMask) {
        const HostTensor &m = in.mask;
        double mv = m.get(m.sizes[0] == 1 ? 0 : b, m.sizes[1] == 1 ? 0 : h,
                          m.sizes[2] == 1 ? 0 : i, j);
        vis = m.dtype == ATTNRT_DTYPE_BOOL ? mv != 0.0 : !std::isinf(mv);
      }
      any = vis;
    }
    rows[i] = !any;
  }
  return rows;
}

const Case kCases[] = {
    {"square", 2, 4, 4, 64, 64, 64, 64},
    {"odd", 2, 3, 3, 33, 57, 40, 40},
    {"sq_gt_sk_multiblock", 1, 2, 2, 150, 70, 32, 48},
    {"large_threads", 1, 4, 4, 200, 300, 64, 64},
    {"gqa", 2, 8, 2, 33, 57, 40, 40},
    {"mqa", 1, 8, 1, 65, 129, 64, 64},
    {"dv_ne_d", 1, 2, 1, 17, 31, 24, 80},
    {"single", 1, 1, 1, 1, 1, 1, 1},
    {"decode", 2, 8, 2, 1, 300, 128, 128},
    {"head256", 1, 1, 1, 9, 70, 256, 256},
    {"causal_tl_sq_lt_sk", 1, 2, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_TOP_LEFT},
    {"causal_tl_sq_gt_sk", 1, 2, 2, 97, 57, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_TOP_LEFT},
    {"causal_br_sq_lt_sk", 1, 2, 2, 33, 157, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_BOTTOM_RIGHT},
    {"causal_br_sq_gt_sk", 1, 2, 2, 157, 33, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_BOTTOM_RIGHT},
    {"causal_square_blocks", 1, 2, 2, 130, 130, 64, 64, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_TOP_LEFT},
    {"mask_add_full", 2, 2, 1, 33, 57, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_NONE, MaskKind::AddFull},
    {"mask_add_sqsk", 2, 2, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_NONE, MaskKind::AddSqSk},
    {"mask_add_b11sk", 3, 2, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_NONE, MaskKind::AddB11Sk},
    {"mask_add_f16", 1, 2, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_NONE, MaskKind::AddF16Full},
    {"mask_bool_full", 2, 2, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_NONE, MaskKind::BoolFull},
    {"mask_bool_sqsk_causal", 1, 4, 2, 70, 90, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_BOTTOM_RIGHT, MaskKind::BoolSqSk},
    {"masked_rows_add", 2, 2, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_NONE, MaskKind::AddFull, Layout::BHSD,
     true},
    {"masked_rows_bool", 1, 2, 2, 33, 130, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_TOP_LEFT, MaskKind::BoolSqSk, Layout::BHSD,
     true},
    {"bshd", 2, 4, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F32, ATTNRT_DTYPE_F32,
     ATTNRT_CAUSAL_NONE, MaskKind::None, Layout::BSHD},
    {"padded_causal_mask", 2, 4, 2, 70, 57, 40, 24, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_BOTTOM_RIGHT, MaskKind::AddB11Sk,
     Layout::Padded},
    {"f16", 2, 4, 4, 33, 57, 64, 64, ATTNRT_DTYPE_F16, ATTNRT_DTYPE_F16},
    {"f16_in_f32_out", 1, 4, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F16,
     ATTNRT_DTYPE_F32},
    {"bf16", 2, 4, 4, 33, 57, 64, 64, ATTNRT_DTYPE_BF16, ATTNRT_DTYPE_BF16},
    {"bf16_causal_bshd", 1, 4, 1, 80, 80, 64, 64, ATTNRT_DTYPE_BF16,
     ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT, MaskKind::BoolFull,
     Layout::BSHD},
    {"f32_in_bf16_out", 1, 2, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F32,
     ATTNRT_DTYPE_BF16},
    {"f16_in_bf16_out_mask", 1, 2, 2, 33, 57, 40, 40, ATTNRT_DTYPE_F16,
     ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_NONE, MaskKind::AddF16Full},
};

class BackendVsReference : public ::testing::TestWithParam<size_t> {};

TEST_P(BackendVsReference, Matches) {
  const Case &c = kCases[GetParam()];
  const uint32_t seed = kBaseSeed + static_cast<uint32_t>(GetParam());
  SCOPED_TRACE(describe(c, seed));

  Instance ref(c, seed);
  attnrt_problem rp = ref.problem();
  ASSERT_EQ(attnrt_run_on(&rp, "reference"), ATTNRT_SUCCESS)
      << attnrt_last_error();
  std::vector<double> expected = ref.o.values();
  for (double x : expected)
    ASSERT_FALSE(std::isnan(x)) << "reference produced NaN";

  int tested = 0;
  for (int bi = 0; bi < attnrt_backend_count(); ++bi) {
    const char *backend = attnrt_backend_name(bi);
    if (std::string(backend) == "reference")
      continue;
    SCOPED_TRACE(std::string("backend ") + backend);
    Instance in(c, seed); // Fresh buffers: nothing shared with the reference.
    // Poison the output so stale values cannot pass.
    std::fill(in.o.bytes.begin(), in.o.bytes.end(), 0x7f);
    attnrt_problem p = in.problem();
    attnrt_status s = attnrt_run_on(&p, backend);
    if (s == ATTNRT_ERROR_UNSUPPORTED) {
      // Only acceptable for backends with real restrictions (hip): cpu and
      // reference must run everything on host memory.
      ASSERT_STRNE(backend, "cpu") << attnrt_last_error();
      continue;
    }
    ASSERT_EQ(s, ATTNRT_SUCCESS) << attnrt_last_error();
    ++tested;
    std::vector<double> got = in.o.values();
    double err = relL2(got, expected);
    EXPECT_LE(err, tolerance(c.out));

    // Rows with no visible key are exactly zero, never NaN.
    for (int64_t b = 0; b < c.B; ++b)
      for (int64_t h = 0; h < c.Hq; ++h) {
        std::vector<bool> masked = fullyMaskedRows(c, in, b, h);
        for (int64_t i = 0; i < c.Sq; ++i)
          for (int64_t d = 0; d < c.Dv; ++d) {
            double x = in.o.get(b, h, i, d);
            ASSERT_FALSE(std::isnan(x))
                << "NaN at " << b << "," << h << "," << i << "," << d;
            if (masked[i])
              ASSERT_EQ(x, 0.0) << "fully masked row " << i;
          }
      }
  }
  EXPECT_GE(tested, 1) << "no backend besides the reference was tested";
}

INSTANTIATE_TEST_SUITE_P(Cases, BackendVsReference,
                         ::testing::Range<size_t>(0, std::size(kCases)),
                         [](const ::testing::TestParamInfo<size_t> &info) {
                           return std::string(kCases[info.param].name);
                         });

// Cases that really have fully masked rows, so the zero-row check above
// cannot pass vacuously.
TEST(BackendVsReference, MaskedRowCasesHaveMaskedRows) {
  for (const Case &c : kCases) {
    if (!c.maskSomeRows &&
        !(c.causal == ATTNRT_CAUSAL_BOTTOM_RIGHT && c.Sq > c.Sk))
      continue;
    Instance in(c, kBaseSeed);
    std::vector<bool> rows = fullyMaskedRows(c, in, 0, 0);
    EXPECT_TRUE(std::find(rows.begin(), rows.end(), true) != rows.end())
        << c.name;
  }
}

// Nonfinite inputs: a masked-out key whose V is Inf contributes nothing (the
// masked key is not part of the softmax at all), and a NaN in a query row
// makes exactly that row NaN, on every backend.
TEST(BackendVsReference, NonFiniteInputs) {
  Case c = {"nonfinite",
            1,
            2,
            1,
            70,
            90,
            16,
            16,
            ATTNRT_DTYPE_F32,
            ATTNRT_DTYPE_F32,
            ATTNRT_CAUSAL_NONE,
            MaskKind::BoolSqSk};
  for (int bi = 0; bi < attnrt_backend_count(); ++bi) {
    const char *backend = attnrt_backend_name(bi);
    SCOPED_TRACE(backend);
    Instance in(c, kBaseSeed + 77);
    const int64_t hiddenKey = 3, nanRow = 2;
    for (int64_t i = 0; i < c.Sq; ++i)
      in.mask.set(0, 0, i, hiddenKey, 0.0);
    for (int64_t d = 0; d < c.Dv; ++d)
      in.v.set(0, 0, hiddenKey, d, INFINITY);
    in.q.set(0, 1, nanRow, 0, NAN);
    Instance ref(c, kBaseSeed + 77);
    ref.q = in.q;
    ref.v = in.v;
    ref.mask = in.mask;
    attnrt_problem rp = ref.problem(), p = in.problem();
    ASSERT_EQ(attnrt_run_on(&rp, "reference"), ATTNRT_SUCCESS);
    ASSERT_EQ(attnrt_run_on(&p, backend), ATTNRT_SUCCESS)
        << attnrt_last_error();
    std::vector<double> got, want;
    for (int64_t h = 0; h < c.Hq; ++h)
      for (int64_t i = 0; i < c.Sq; ++i)
        for (int64_t d = 0; d < c.Dv; ++d) {
          double x = in.o.get(0, h, i, d), r = ref.o.get(0, h, i, d);
          if (h == 1 && i == nanRow) {
            EXPECT_TRUE(std::isnan(x)) << "row with a NaN query";
            EXPECT_TRUE(std::isnan(r)) << "reference, row with a NaN query";
            continue;
          }
          ASSERT_TRUE(std::isfinite(x)) << h << "," << i << "," << d;
          got.push_back(x);
          want.push_back(r);
        }
    EXPECT_LE(relL2(got, want), 1e-5);
  }
}

//===----------------------------------------------------------------------===//
// The oracle's oracle: the reference backend against a naive formula.
//===----------------------------------------------------------------------===//

/// softmax(scale * q k^T + mask) v written out with explicit double loops,
/// from first principles: no code shared with the library.
std::vector<double> naiveAttention(const Instance &in, const Case &c) {
  std::vector<double> out;
  const int64_t group = c.Hq / c.Hkv;
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t h = 0; h < c.Hq; ++h)
      for (int64_t i = 0; i < c.Sq; ++i) {
        std::vector<double> w(static_cast<size_t>(c.Sk), 0.0);
        std::vector<bool> keep(static_cast<size_t>(c.Sk), true);
        for (int64_t j = 0; j < c.Sk; ++j) {
          if (c.causal == ATTNRT_CAUSAL_TOP_LEFT && j > i)
            keep[j] = false;
          if (c.causal == ATTNRT_CAUSAL_BOTTOM_RIGHT && j > i + c.Sk - c.Sq)
            keep[j] = false;
          double s = 0.0;
          for (int64_t d = 0; d < c.D; ++d)
            s += in.q.get(b, h, i, d) * in.k.get(b, h / group, j, d);
          s *= in.scale;
          if (in.hasMask) {
            const HostTensor &m = in.mask;
            double mv = m.get(m.sizes[0] == 1 ? 0 : b, m.sizes[1] == 1 ? 0 : h,
                              m.sizes[2] == 1 ? 0 : i, j);
            if (m.dtype == ATTNRT_DTYPE_BOOL)
              keep[j] = keep[j] && mv != 0.0;
            else
              s += mv;
          }
          if (std::isinf(s) && s < 0)
            keep[j] = false;
          w[j] = s;
        }
        double mx = -INFINITY;
        for (int64_t j = 0; j < c.Sk; ++j)
          if (keep[j])
            mx = std::max(mx, w[j]);
        double z = 0.0;
        for (int64_t j = 0; j < c.Sk; ++j) {
          w[j] = keep[j] ? std::exp(w[j] - mx) : 0.0;
          z += w[j];
        }
        for (int64_t d = 0; d < c.Dv; ++d) {
          double acc = 0.0;
          for (int64_t j = 0; j < c.Sk; ++j)
            acc += w[j] * in.v.get(b, h / group, j, d);
          out.push_back(z == 0.0 ? 0.0 : acc / z);
        }
      }
  return out;
}

TEST(ReferenceOracle, MatchesNaiveFormula) {
  const Case cases[] = {
      {"tiny", 1, 2, 1, 3, 5, 4, 3, ATTNRT_DTYPE_F32, ATTNRT_DTYPE_F32,
       ATTNRT_CAUSAL_NONE, MaskKind::AddFull},
      {"tiny_causal_br", 2, 2, 2, 5, 3, 4, 4, ATTNRT_DTYPE_F32,
       ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_BOTTOM_RIGHT, MaskKind::BoolFull},
      {"tiny_causal_tl_bshd", 1, 4, 2, 4, 6, 3, 5, ATTNRT_DTYPE_F32,
       ATTNRT_DTYPE_F32, ATTNRT_CAUSAL_TOP_LEFT, MaskKind::AddB11Sk,
       Layout::BSHD, true},
  };
  for (const Case &c : cases) {
    uint32_t seed = kBaseSeed + 1000;
    SCOPED_TRACE(describe(c, seed));
    Instance in(c, seed);
    attnrt_problem p = in.problem();
    ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
        << attnrt_last_error();
    std::vector<double> expected = naiveAttention(in, c);
    std::vector<double> got = in.o.values();
    ASSERT_EQ(got.size(), expected.size());
    // The reference rounds an f64 result to f32 once: 2^-24 relative.
    EXPECT_LE(relL2(got, expected), 1e-7);
    for (size_t i = 0; i < got.size(); ++i)
      EXPECT_NEAR(got[i], expected[i], 1e-6 * (1 + std::fabs(expected[i])))
          << "element " << i;
  }
}

// Large enough that the reference spreads its rows over 8 threads
// (rowThreads: one per ~4M multiply-adds): the threaded oracle against the
// naive formula, and bit for bit against itself on one thread.
TEST(ReferenceOracle, ThreadedRowsMatchNaiveFormula) {
  const Case c = {"threads_causal_br_bshd", 2, 4, 2, 129, 300, 64, 48,
                  ATTNRT_DTYPE_F32, ATTNRT_DTYPE_F32,
                  ATTNRT_CAUSAL_BOTTOM_RIGHT, MaskKind::BoolFull,
                  Layout::BSHD, true};
  const uint32_t seed = kBaseSeed + 1001;
  SCOPED_TRACE(describe(c, seed));
  Instance in(c, seed);
  attnrt_problem p = in.problem();
  std::vector<double> threaded, single;
  {
    ScopedEnv env("ATTNRT_NUM_THREADS", "8");
    ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
        << attnrt_last_error();
    threaded = in.o.values();
  }
  {
    ScopedEnv env("ATTNRT_NUM_THREADS", "1");
    in.o.forEach([&](int64_t a, int64_t b, int64_t i, int64_t d) {
      in.o.set(a, b, i, d, std::numeric_limits<double>::quiet_NaN());
    });
    ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
        << attnrt_last_error();
    single = in.o.values();
  }
  std::vector<double> expected = naiveAttention(in, c);
  ASSERT_EQ(threaded.size(), expected.size());
  EXPECT_LE(relL2(threaded, expected), 1e-7);
  size_t bad = 0, differ = 0;
  for (size_t i = 0; i < threaded.size(); ++i) {
    bad += !(std::fabs(threaded[i] - expected[i]) <=
             1e-6 * (1 + std::fabs(expected[i])));
    differ += std::memcmp(&threaded[i], &single[i], sizeof(double)) != 0;
  }
  EXPECT_EQ(bad, 0u) << "elements off the naive formula";
  EXPECT_EQ(differ, 0u) << "elements differing between 8 threads and 1";
}

TEST(ReferenceOracle, HandComputedValue) {
  // One query, two keys, D = 1: scores 1*1 and 1*3, scale 0.5 -> 0.5, 1.5.
  // softmax = [1, e] / (1 + e); output = (1 * 10 + e * 20) / (1 + e).
  float q[1] = {1}, k[2] = {1, 3}, v[2] = {10, 20}, o[1] = {0};
  attnrt_problem p;
  attnrt_problem_init(&p);
  auto set = [](attnrt_tensor &t, float *data, int64_t s) {
    t.data = data;
    t.dtype = ATTNRT_DTYPE_F32;
    int64_t sizes[4] = {1, 1, s, 1}, strides[4] = {s, s, 1, 1};
    std::memcpy(t.sizes, sizes, sizeof(sizes));
    std::memcpy(t.strides, strides, sizeof(strides));
  };
  set(p.q, q, 1);
  set(p.k, k, 2);
  set(p.v, v, 2);
  set(p.o, o, 1);
  p.scale = 0.5f;
  const double e = std::exp(1.0);
  for (int bi = 0; bi < attnrt_backend_count(); ++bi) {
    o[0] = 0;
    ASSERT_EQ(attnrt_run_on(&p, attnrt_backend_name(bi)), ATTNRT_SUCCESS)
        << attnrt_last_error();
    EXPECT_NEAR(o[0], (10 + 20 * e) / (1 + e), 1e-5) << attnrt_backend_name(bi);
  }
}

//===----------------------------------------------------------------------===//
// The soundness reproducer semantics.c as tests: backends agree on rows
// with no visible key and at the extremes of the finite scales.
//===----------------------------------------------------------------------===//

/// One [1, 1, Sq, D] problem of the reproducer's size, fresh random inputs.
struct TinyProblem {
  static constexpr int64_t Sq = 3, Sk = 4, D = 4;
  HostTensor q{ATTNRT_DTYPE_F32, {1, 1, Sq, D}};
  HostTensor k{ATTNRT_DTYPE_F32, {1, 1, Sk, D}};
  HostTensor v{ATTNRT_DTYPE_F32, {1, 1, Sk, D}};
  HostTensor o{ATTNRT_DTYPE_F32, {1, 1, Sq, D}};
  HostTensor mask;

  explicit TinyProblem(uint32_t seed) {
    std::mt19937 rng(seed);
    q.fillRandom(rng);
    k.fillRandom(rng);
    v.fillRandom(rng);
    std::fill(o.bytes.begin(), o.bytes.end(), 0x7f);
  }
  attnrt_problem problem(float scale) {
    attnrt_problem p;
    attnrt_problem_init(&p);
    p.q = q.view();
    p.k = k.view();
    p.v = v.view();
    p.o = o.view();
    if (!mask.bytes.empty())
      p.mask = mask.view();
    p.scale = scale;
    return p;
  }
};

/// Runs `setup`'s problem on every backend and the reference; each backend
/// must match the reference elementwise (`tol`, relative to 1 + |x|), NaN
/// nowhere.
void expectBackendsAgree(
    const std::function<attnrt_problem(TinyProblem &)> &setup, uint32_t seed,
    double tol = 1e-5) {
  TinyProblem ref(seed);
  attnrt_problem rp = setup(ref);
  ASSERT_EQ(attnrt_run_on(&rp, "reference"), ATTNRT_SUCCESS)
      << attnrt_last_error();
  std::vector<double> want = ref.o.values();
  for (double x : want)
    ASSERT_TRUE(std::isfinite(x)) << "reference";
  for (int bi = 0; bi < attnrt_backend_count(); ++bi) {
    const char *backend = attnrt_backend_name(bi);
    SCOPED_TRACE(backend);
    TinyProblem in(seed);
    attnrt_problem p = setup(in);
    attnrt_status st = attnrt_run_on(&p, backend);
    if (st == ATTNRT_ERROR_UNSUPPORTED && std::string(backend) != "cpu")
      continue;
    ASSERT_EQ(st, ATTNRT_SUCCESS) << attnrt_last_error();
    std::vector<double> got = in.o.values();
    for (size_t i = 0; i < got.size(); ++i)
      ASSERT_NEAR(got[i], want[i], tol * (1 + std::fabs(want[i])))
          << "element " << i;
  }
}

TEST(BackendsAgree, RowsWithoutAVisibleKey) {
  const double negInf = -std::numeric_limits<double>::infinity();
  // Row 0 hides every key: by a boolean mask, by an additive -inf row, by
  // bottom-right causal with Sq > Sk; and an additive -1e4 row (finite:
  // a softmax over equal-ish logits).
  for (int kind = 0; kind < 4; ++kind) {
    SCOPED_TRACE(kind);
    expectBackendsAgree(
        [&](TinyProblem &t) {
          if (kind == 0) {
            t.mask = HostTensor(ATTNRT_DTYPE_BOOL, {1, 1, t.Sq, t.Sk});
            t.mask.forEach([&](int64_t, int64_t, int64_t i, int64_t j) {
              t.mask.set(0, 0, i, j, i == 0 ? 0.0 : 1.0);
            });
          } else if (kind == 1 || kind == 2) {
            t.mask = HostTensor(ATTNRT_DTYPE_F32, {1, 1, t.Sq, t.Sk});
            t.mask.forEach([&](int64_t, int64_t, int64_t i, int64_t j) {
              t.mask.set(0, 0, i, j, i != 0 ? 0.0 : kind == 1 ? negInf : -1e4);
            });
          }
          attnrt_problem p = t.problem(0.5f);
          if (kind == 3) {
            p.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
            p.k.sizes[2] = p.v.sizes[2] = 2;
          }
          return p;
        },
        kBaseSeed + 300 + kind,
        // Logits near -1e4 hold 2^-10 absolute in f32 (as in the program):
        // each softmax weight moves by up to ~1e-3 relative; outputs are
        // convex combinations of |v| <= 1.
        kind == 2 ? 2e-3 : 1e-5);
  }
}

TEST(BackendsAgree, ExtremeFiniteScales) {
  // Every finite scale is a valid input: scale * q.k overflows f32 at
  // +-3.4e38, but the exact softmax is finite (its largest logit wins), and
  // every backend must give it (the cpu backend gave NaN).
  for (float scale : {3.4e38f, -3.4e38f, 1e30f, 1e-45f}) {
    SCOPED_TRACE(scale);
    expectBackendsAgree([&](TinyProblem &t) { return t.problem(scale); },
                        kBaseSeed + 400);
  }
}

} // namespace
