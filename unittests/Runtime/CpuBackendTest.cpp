//===- CpuBackendTest.cpp - the cpu backend's semantics, row by row -------===//
//
// Every kernel path of the cpu backend that this machine can run (forced
// with ATTNRT_CPU_ISA) against an independent f64 oracle written here from
// attnrt_types.h's rules, compared row by row on fresh random inputs: the
// mask fill (finite or -inf, including logits below a finite fill), empty
// rows (zeros or NaN), both causal modes with Sq > Sk, GQA, strided layouts,
// masks of every broadcast shape, scales of +-3.4e38, inputs whose dot
// products overflow f32, split-K (decode with more threads than rows), and
// the log-sum-exp output, including merging two halves of the keys.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <sstream>
#include <string>

using namespace attnrt_test;

namespace {

constexpr uint32_t kSeed = 20261130;
const double kNegInf = -std::numeric_limits<double>::infinity();

/// One problem: tensors plus the semantics fields.
struct Instance {
  int64_t B, Hq, Hkv, Sq, Sk, D, Dv;
  HostTensor q, k, v, o, mask, lse;
  bool hasMask = false, hasLse = false;
  float scale = 1.0f;
  attnrt_causal causal = ATTNRT_CAUSAL_NONE;
  float fill = -INFINITY;
  attnrt_empty_rows emptyRows = ATTNRT_EMPTY_ROWS_ZERO;

  Instance(int64_t B, int64_t Hq, int64_t Hkv, int64_t Sq, int64_t Sk,
           int64_t D, int64_t Dv, attnrt_dtype dt, Layout layout,
           std::mt19937 &rng)
      : B(B), Hq(Hq), Hkv(Hkv), Sq(Sq), Sk(Sk), D(D), Dv(Dv),
        q(dt, {B, Hq, Sq, D}, layout), k(dt, {B, Hkv, Sk, D}, layout),
        v(dt, {B, Hkv, Sk, Dv}, layout), o(dt, {B, Hq, Sq, Dv}, layout),
        lse(ATTNRT_DTYPE_F32, {B, Hq, Sq, 1}) {
    q.fillRandom(rng);
    k.fillRandom(rng);
    v.fillRandom(rng);
    scale = 2.0f / std::sqrt(static_cast<float>(D));
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
    if (hasLse)
      p.lse = lse.view();
    p.scale = scale;
    p.causal = causal;
    p.mask_fill = fill;
    p.empty_rows = emptyRows;
    return p;
  }

  int64_t visible(int64_t i) const {
    int64_t last = causal == ATTNRT_CAUSAL_TOP_LEFT       ? i
                   : causal == ATTNRT_CAUSAL_BOTTOM_RIGHT ? i + Sk - Sq
                                                          : Sk - 1;
    return std::min(Sk, std::max<int64_t>(0, last + 1));
  }
  double maskAt(int64_t b, int64_t h, int64_t i, int64_t j) const {
    auto idx = [&](int d, int64_t x) { return mask.sizes[d] == 1 ? 0 : x; };
    return mask.get(idx(0, b), idx(1, h), idx(2, i), idx(3, j));
  }

  /// The oracle: row (b, h, i) from attnrt_types.h's rules, in f64.
  /// Returns the lse; out gets the row (NaN or zeros for an empty row).
  double oracle(int64_t b, int64_t h, int64_t i,
                std::vector<double> &out) const {
    const int64_t hk = h / (Hq / Hkv);
    std::vector<double> s(static_cast<size_t>(Sk));
    bool maskIsBool = hasMask && mask.dtype == ATTNRT_DTYPE_BOOL;
    for (int64_t j = 0; j < Sk; ++j) {
      bool hidden = j >= visible(i) ||
                    (maskIsBool && maskAt(b, h, i, j) == 0.0);
      if (hidden) {
        s[j] = fill;
        continue;
      }
      double dot = 0.0;
      for (int64_t d = 0; d < D; ++d)
        dot += q.get(b, h, i, d) * k.get(b, hk, j, d);
      s[j] = double(scale) * dot + (hasMask && !maskIsBool ? maskAt(b, h, i, j) : 0.0);
    }
    double m = kNegInf;
    bool nan = false;
    for (double x : s) {
      nan |= std::isnan(x);
      m = std::max(m, x);
    }
    out.assign(static_cast<size_t>(Dv), 0.0);
    if (nan) {
      std::fill(out.begin(), out.end(), NAN);
      return NAN;
    }
    if (m == kNegInf) {
      if (emptyRows == ATTNRT_EMPTY_ROWS_NAN)
        std::fill(out.begin(), out.end(), NAN);
      return kNegInf;
    }
    double sum = 0.0;
    for (int64_t j = 0; j < Sk; ++j) {
      double e = std::exp(s[j] - m);
      if (e == 0.0)
        continue;
      sum += e;
      for (int64_t d = 0; d < Dv; ++d)
        out[d] += e * v.get(b, hk, j, d);
    }
    for (double &x : out)
      x /= sum;
    return m + std::log(sum);
  }
};

/// Whether this build's validation accepts an lse output (the reference
/// side lands separately; until then the lse checks are skipped, loudly).
bool lseAccepted() {
  std::mt19937 rng(1);
  Instance in(1, 1, 1, 1, 1, 4, 4, ATTNRT_DTYPE_F32, Layout::BHSD, rng);
  in.hasLse = true;
  attnrt_problem p = in.problem();
  return attnrt_run_on(&p, "cpu") == ATTNRT_SUCCESS;
}

/// Per-row comparison with the oracle: NaN exactly where the oracle has
/// NaN, else max |o - ref| <= tol (V is in [-1, 1], so outputs are too).
void expectRowsMatch(const Instance &in, double tol, double lseTol,
                     const std::string &what) {
  std::vector<double> ref;
  int bad = 0;
  for (int64_t b = 0; b < in.B; ++b)
    for (int64_t h = 0; h < in.Hq; ++h)
      for (int64_t i = 0; i < in.Sq; ++i) {
        // The lse output is f32: an lse beyond its range is +-inf.
        double refLse = static_cast<float>(in.oracle(b, h, i, ref));
        double err = 0.0;
        bool nanMismatch = false;
        for (int64_t d = 0; d < in.Dv; ++d) {
          double x = in.o.get(b, h, i, d);
          if (std::isnan(ref[d]) || std::isnan(x))
            nanMismatch |= std::isnan(ref[d]) != std::isnan(x);
          else
            err = std::max(err, std::fabs(x - ref[d]));
        }
        bool lseBad = false;
        double got = 0.0;
        if (in.hasLse) {
          got = in.lse.get(b, h, i, 0);
          if (std::isnan(refLse) || std::isinf(refLse))
            lseBad = !(std::isnan(refLse) ? std::isnan(got) : got == refLse);
          else
            lseBad = !(std::fabs(got - refLse) <=
                       lseTol * std::max(1.0, std::fabs(refLse)));
        }
        if ((nanMismatch || err > tol || lseBad) && bad++ < 5)
          ADD_FAILURE() << what << ": row b=" << b << " h=" << h << " i=" << i
                        << " max abs err " << err << " (tol " << tol << ")"
                        << (nanMismatch ? " NaN mismatch" : "")
                        << (lseBad ? " lse " + std::to_string(got) + " vs " +
                                         std::to_string(refLse)
                                   : "");
      }
  EXPECT_EQ(bad, 0) << what;
}

double outTol(attnrt_dtype dt, const std::string &isa) {
  if (dt == ATTNRT_DTYPE_BF16)
    return 1.2e-2; // Output rounding 2^-9 plus bf16 probabilities.
  if (dt == ATTNRT_DTYPE_F16)
    return 2e-3;
  (void)isa;
  return 2e-5;
}

double lseTol(attnrt_dtype dt) {
  return dt == ATTNRT_DTYPE_BF16 ? 1e-2 : 1e-5;
}

enum class MaskShape { None, Full, SqSk, B11Sk, BH11, B1Sq1 };

struct SemCase {
  const char *name;
  int64_t B, Hq, Hkv, Sq, Sk, D, Dv;
  attnrt_causal causal;
  MaskShape mask;
  bool boolMask;
  float fill;
  attnrt_empty_rows emptyRows;
  Layout layout;
};

std::vector<int64_t> maskDims(const SemCase &c) {
  switch (c.mask) {
  case MaskShape::None:
  case MaskShape::Full:
    return {c.B, c.Hq, c.Sq, c.Sk};
  case MaskShape::SqSk:
    return {1, 1, c.Sq, c.Sk};
  case MaskShape::B11Sk:
    return {c.B, 1, 1, c.Sk};
  case MaskShape::BH11:
    return {c.B, c.Hq, 1, 1};
  case MaskShape::B1Sq1:
    return {c.B, 1, c.Sq, 1};
  }
  return {};
}

Instance makeInstance(const SemCase &c, attnrt_dtype dt, uint32_t seed) {
  std::mt19937 rng(seed);
  Instance in(c.B, c.Hq, c.Hkv, c.Sq, c.Sk, c.D, c.Dv, dt, c.layout, rng);
  in.causal = c.causal;
  in.fill = c.fill;
  in.emptyRows = c.emptyRows;
  if (c.mask == MaskShape::None)
    return in;
  in.hasMask = true;
  // A broadcast dim gets stride 0 from the view below (size 1).
  in.mask = HostTensor(c.boolMask ? ATTNRT_DTYPE_BOOL : ATTNRT_DTYPE_F32,
                       maskDims(c));
  std::uniform_int_distribution<int> pct(0, 99);
  std::uniform_real_distribution<double> add(-3.0, 3.0);
  in.mask.forEach([&](int64_t a, int64_t b, int64_t i, int64_t j) {
    // About one position in four hidden; every row with i % 4 == 1 fully.
    bool hide = pct(rng) < 25 || (in.mask.sizes[2] > 1 && i % 4 == 1);
    if (c.boolMask)
      in.mask.set(a, b, i, j, hide ? 0.0 : 1.0);
    else
      in.mask.set(a, b, i, j, hide ? -INFINITY : add(rng));
  });
  return in;
}

const SemCase kCases[] = {
    // name, B, Hq, Hkv, Sq, Sk, D, Dv, causal, mask, bool, fill, empty, layout
    {"plain", 2, 4, 4, 37, 70, 16, 16, ATTNRT_CAUSAL_NONE, MaskShape::None,
     false, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"gqa_bshd", 1, 8, 2, 50, 130, 64, 64, ATTNRT_CAUSAL_NONE, MaskShape::None,
     false, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO, Layout::BSHD},
    {"odd_dims_padded", 2, 3, 1, 19, 67, 13, 21, ATTNRT_CAUSAL_NONE,
     MaskShape::None, false, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO, Layout::Padded},
    {"causal_tl_sq_gt_sk", 1, 4, 2, 90, 40, 32, 32, ATTNRT_CAUSAL_TOP_LEFT,
     MaskShape::None, false, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"causal_br_sq_gt_sk_zero", 1, 4, 2, 90, 40, 32, 32,
     ATTNRT_CAUSAL_BOTTOM_RIGHT, MaskShape::None, false, -INFINITY,
     ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"causal_br_sq_gt_sk_nan", 1, 4, 2, 90, 40, 32, 32,
     ATTNRT_CAUSAL_BOTTOM_RIGHT, MaskShape::None, false, -INFINITY,
     ATTNRT_EMPTY_ROWS_NAN, Layout::BHSD},
    {"causal_br_finite_fill", 1, 4, 2, 90, 70, 32, 32,
     ATTNRT_CAUSAL_BOTTOM_RIGHT, MaskShape::None, false, -1e4f,
     ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"causal_tl_fill_lowest", 1, 2, 1, 130, 130, 16, 16,
     ATTNRT_CAUSAL_TOP_LEFT, MaskShape::None, false, -3.4028235e38f,
     ATTNRT_EMPTY_ROWS_NAN, Layout::BHSD},
    // A fill above most logits: logits below the fill still count.
    {"causal_fill_above_logits", 1, 2, 2, 70, 70, 16, 16,
     ATTNRT_CAUSAL_TOP_LEFT, MaskShape::None, false, 0.5f,
     ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"bool_full_neginf_zero", 2, 4, 2, 33, 100, 32, 32, ATTNRT_CAUSAL_NONE,
     MaskShape::Full, true, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"bool_full_neginf_nan", 2, 4, 2, 33, 100, 32, 32, ATTNRT_CAUSAL_NONE,
     MaskShape::Full, true, -INFINITY, ATTNRT_EMPTY_ROWS_NAN, Layout::BHSD},
    {"bool_full_fill_1e4", 2, 4, 2, 33, 100, 32, 32, ATTNRT_CAUSAL_NONE,
     MaskShape::Full, true, -1e4f, ATTNRT_EMPTY_ROWS_NAN, Layout::BSHD},
    {"bool_sqsk_fill_above", 1, 4, 4, 33, 100, 32, 32, ATTNRT_CAUSAL_NONE,
     MaskShape::SqSk, true, 1.0f, ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"bool_b11sk_causal_br", 2, 4, 1, 20, 90, 32, 32,
     ATTNRT_CAUSAL_BOTTOM_RIGHT, MaskShape::B11Sk, true, -1e4f,
     ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"bool_bh11", 2, 4, 2, 20, 90, 32, 32, ATTNRT_CAUSAL_NONE,
     MaskShape::BH11, true, -INFINITY, ATTNRT_EMPTY_ROWS_NAN, Layout::BHSD},
    {"bool_b1sq1", 2, 4, 2, 20, 90, 32, 32, ATTNRT_CAUSAL_TOP_LEFT,
     MaskShape::B1Sq1, true, -2.0f, ATTNRT_EMPTY_ROWS_NAN, Layout::BHSD},
    {"add_full_nan_rows", 2, 4, 2, 33, 100, 32, 32, ATTNRT_CAUSAL_NONE,
     MaskShape::Full, false, -INFINITY, ATTNRT_EMPTY_ROWS_NAN, Layout::BHSD},
    {"add_sqsk_causal_fill", 1, 4, 2, 65, 65, 32, 48, ATTNRT_CAUSAL_TOP_LEFT,
     MaskShape::SqSk, false, -1e4f, ATTNRT_EMPTY_ROWS_ZERO, Layout::BSHD},
    {"add_b11sk", 3, 2, 1, 17, 129, 64, 64, ATTNRT_CAUSAL_NONE,
     MaskShape::B11Sk, false, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"add_bh11", 2, 4, 4, 17, 129, 64, 64, ATTNRT_CAUSAL_NONE,
     MaskShape::BH11, false, -INFINITY, ATTNRT_EMPTY_ROWS_NAN, Layout::BHSD},
    {"decode_gqa", 2, 8, 2, 1, 300, 64, 64, ATTNRT_CAUSAL_BOTTOM_RIGHT,
     MaskShape::None, false, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    // Whole key tiles (multiples of 64 keys, every key visible): the
    // kernels' all-rows softmax step, also for the later row blocks of a
    // causal problem, whose first tiles are whole.
    {"whole_tiles", 1, 4, 2, 40, 576, 64, 64, ATTNRT_CAUSAL_NONE,
     MaskShape::None, false, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD},
    {"whole_tiles_causal", 1, 2, 1, 600, 600, 32, 32, ATTNRT_CAUSAL_TOP_LEFT,
     MaskShape::None, false, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO, Layout::BSHD},
};

class CpuSemantics
    : public ::testing::TestWithParam<std::tuple<int, attnrt_dtype>> {};

TEST_P(CpuSemantics, MatchesOracleRowByRow) {
  const SemCase &c = kCases[std::get<0>(GetParam())];
  const attnrt_dtype dt = std::get<1>(GetParam());
  const bool withLse = lseAccepted();
  uint32_t seed = kSeed + 97 * std::get<0>(GetParam()) + dt;
  for (const std::string &isa : isasToTest()) {
    ScopedEnv env("ATTNRT_CPU_ISA", isa);
    Instance in = makeInstance(c, dt, seed++);
    in.hasLse = withLse;
    attnrt_problem p = in.problem();
    ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
        << isa << ": " << attnrt_last_error();
    std::ostringstream what;
    what << c.name << " " << name(dt) << " isa=" << isa << " seed=" << seed - 1;
    expectRowsMatch(in, outTol(dt, isa), lseTol(dt), what.str());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CpuSemantics,
    ::testing::Combine(::testing::Range(0, int(std::size(kCases))),
                       ::testing::Values(ATTNRT_DTYPE_F32, ATTNRT_DTYPE_F16,
                                         ATTNRT_DTYPE_BF16)),
    [](const auto &info) {
      return std::string(kCases[std::get<0>(info.param)].name) + "_" +
             name(std::get<1>(info.param));
    });

/// Every path against the reference backend, row by row, on the cases
/// whose semantics the reference has always had (-inf fill, empty rows
/// zero) and on every case once the reference implements mask_fill and
/// empty_rows (checked on a probe case first, so this never compares two
/// different definitions).
TEST(CpuSemantics, MatchesReferenceBackendRowByRow) {
  auto referenceKnowsFill = [] {
    std::mt19937 rng(3);
    Instance in(1, 1, 1, 1, 3, 4, 4, ATTNRT_DTYPE_F32, Layout::BHSD, rng);
    in.causal = ATTNRT_CAUSAL_TOP_LEFT; // Keys 1 and 2 hidden from row 0.
    in.fill = 0.5f;
    attnrt_problem p = in.problem();
    if (attnrt_run_on(&p, "reference") != ATTNRT_SUCCESS)
      return false;
    std::vector<double> ref;
    in.oracle(0, 0, 0, ref);
    return std::fabs(in.o.get(0, 0, 0, 0) - ref[0]) < 1e-6;
  }();
  int compared = 0;
  for (size_t ci = 0; ci < std::size(kCases); ++ci) {
    const SemCase &c = kCases[ci];
    const bool classic = c.fill == -INFINITY &&
                         c.emptyRows == ATTNRT_EMPTY_ROWS_ZERO;
    if (!classic && !referenceKnowsFill)
      continue;
    for (attnrt_dtype dt : {ATTNRT_DTYPE_F32, ATTNRT_DTYPE_BF16}) {
      for (const std::string &isa : isasToTest()) {
        ScopedEnv env("ATTNRT_CPU_ISA", isa);
        Instance in = makeInstance(c, dt, kSeed + 500 + uint32_t(ci));
        attnrt_problem p = in.problem();
        ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
            << attnrt_last_error();
        HostTensor cpuOut = in.o;
        ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
            << attnrt_last_error();
        const double tol = outTol(dt, isa);
        int bad = 0;
        for (int64_t b = 0; b < in.B; ++b)
          for (int64_t h = 0; h < in.Hq; ++h)
            for (int64_t i = 0; i < in.Sq; ++i)
              for (int64_t d = 0; d < in.Dv; ++d) {
                double x = cpuOut.get(b, h, i, d), r = in.o.get(b, h, i, d);
                bool ok = std::isnan(r) ? std::isnan(x)
                                        : !std::isnan(x) && std::fabs(x - r) <= tol;
                if (!ok && bad++ < 3)
                  ADD_FAILURE() << c.name << " " << name(dt) << " " << isa
                                << " b=" << b << " h=" << h << " i=" << i
                                << " d=" << d << ": cpu " << x << " ref " << r;
              }
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 0);
}

/// Every row of a masked case must hit what it claims (fully hidden rows
/// exist), so the fill / empty-row checks cannot pass vacuously.
TEST(CpuSemantics, CasesHaveFullyHiddenRows) {
  for (int ci : {4, 9, 16}) {
    Instance in = makeInstance(kCases[ci], ATTNRT_DTYPE_F32, 1);
    std::vector<double> out;
    bool sawEmpty = false;
    for (int64_t i = 0; i < in.Sq; ++i)
      sawEmpty |= in.oracle(0, 0, i, out) == kNegInf;
    EXPECT_TRUE(sawEmpty) << kCases[ci].name;
  }
}

/// Scales of +-3.4e38 (finite): the logits overflow f32 but not f64; the
/// backend must give what the f64 definition gives (no NaN).
/// (8e37: finite logits more than 3.4e38 apart; 40: logits hundreds apart,
/// weights far below f32's normal range, which the softmax step flushes to
/// zero.)
TEST(CpuSemantics, HugeFiniteScale) {
  for (float scale : {3.4e38f, -3.4e38f, 8e37f, 1e30f, 40.0f}) {
    for (attnrt_dtype dt : {ATTNRT_DTYPE_F32, ATTNRT_DTYPE_BF16}) {
      for (const std::string &isa : isasToTest()) {
        ScopedEnv env("ATTNRT_CPU_ISA", isa);
        std::mt19937 rng(kSeed + 5);
        // 75 keys: the per-row path; 128: whole tiles, all rows at once.
        for (int64_t Sk : {75, 128}) {
          Instance in(1, 2, 1, 70, Sk, 16, 16, dt, Layout::BHSD, rng);
          in.scale = scale;
          in.hasLse = lseAccepted();
          attnrt_problem p = in.problem();
          ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
              << attnrt_last_error();
          // The overflowing scales collapse each row to its maximum (lse
          // exact); at 40 the lse sums bf16 weights.
          const double lseTolerance = scale == 40.0f ? lseTol(dt) : 1e-6;
          expectRowsMatch(in, outTol(dt, isa), lseTolerance,
                          "scale " + std::to_string(scale) + " " + name(dt) +
                              " " + isa + " Sk " + std::to_string(Sk));
        }
      }
    }
  }
}

/// Inputs whose f32 dot products overflow (|q|, |k| ~ 1e20): f64 is exact.
TEST(CpuSemantics, DotProductsBeyondF32) {
  for (attnrt_dtype dt : {ATTNRT_DTYPE_F32, ATTNRT_DTYPE_BF16})
  for (const std::string &isa : isasToTest()) {
    ScopedEnv env("ATTNRT_CPU_ISA", isa);
    // 70 keys: the per-row path; 192: whole tiles, all rows at once.
    for (int64_t Sk : {70, 192}) {
      std::mt19937 rng(kSeed + 6);
      Instance in(1, 1, 1, 9, Sk, 8, 8, dt, Layout::BHSD, rng);
      in.q.forEach([&](int64_t a, int64_t b, int64_t c, int64_t d) {
        in.q.set(a, b, c, d, in.q.get(a, b, c, d) * 1e20);
      });
      in.k.forEach([&](int64_t a, int64_t b, int64_t c, int64_t d) {
        in.k.set(a, b, c, d, in.k.get(a, b, c, d) * 1e20);
      });
      in.scale = 1e-38f;
      attnrt_problem p = in.problem();
      ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
          << attnrt_last_error();
      expectRowsMatch(in, dt == ATTNRT_DTYPE_F32 ? 2e-5 : outTol(dt, isa),
                      dt == ATTNRT_DTYPE_F32 ? 1e-6 : lseTol(dt),
                      std::string("huge inputs ") + name(dt) + " " + isa +
                          " Sk " + std::to_string(Sk));
    }
  }
}

/// Dot products all negative, some beyond -3.4e38 (f32 -inf) and the rest
/// just inside: with scale 1e-38 every logit is between -5 and -2, so an
/// overflowed key still has a weight the f64 definition counts.
TEST(CpuSemantics, NegativeDotProductsBeyondF32) {
  for (attnrt_dtype dt : {ATTNRT_DTYPE_F32, ATTNRT_DTYPE_BF16}) {
    for (const std::string &isa : isasToTest()) {
      ScopedEnv env("ATTNRT_CPU_ISA", isa);
      // 70 keys: the per-row path; 192: whole tiles, all rows at once.
      for (int64_t Sk : {70, 192}) {
        std::mt19937 rng(kSeed + 11);
        Instance in(1, 1, 1, 9, Sk, 8, 8, dt, Layout::BHSD, rng);
        // q in [1e19, 1.1e19], k in -[3e18, 6e18]: dot products in
        // [-5.3e38, -2.4e38].
        in.q.forEach([&](int64_t a, int64_t b, int64_t c, int64_t d) {
          in.q.set(a, b, c, d, 1.05e19 + 0.05e19 * in.q.get(a, b, c, d));
        });
        in.k.forEach([&](int64_t a, int64_t b, int64_t c, int64_t d) {
          in.k.set(a, b, c, d, -4.5e18 - 1.5e18 * in.k.get(a, b, c, d));
        });
        in.scale = 1e-38f;
        attnrt_problem p = in.problem();
        ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
            << attnrt_last_error();
        expectRowsMatch(in, outTol(dt, isa), lseTol(dt),
                        std::string("negative huge dot products ") +
                            name(dt) + " " + isa + " Sk " +
                            std::to_string(Sk));
      }
    }
  }
}

/// Inf and NaN in V at keys the boolean mask hides from every row weigh
/// nothing (no 0 * Inf); an Inf at a visible key reaches the output.
TEST(CpuSemantics, NonFiniteValuesAtHiddenKeys) {
  for (attnrt_dtype dt : {ATTNRT_DTYPE_F32, ATTNRT_DTYPE_BF16}) {
    for (const std::string &isa : isasToTest()) {
      ScopedEnv env("ATTNRT_CPU_ISA", isa);
      SemCase c = {"nonfinite_v", 1, 2, 1, 9, 300, 32, 32,
                   ATTNRT_CAUSAL_NONE, MaskShape::B11Sk, true, -INFINITY,
                   ATTNRT_EMPTY_ROWS_ZERO, Layout::BHSD};
      Instance in = makeInstance(c, dt, kSeed + 9);
      for (int64_t j : {3, 150, 299}) {
        in.mask.set(0, 0, 0, j, 0.0);
        in.v.set(0, 0, j, 5, j == 150 ? NAN : INFINITY);
      }
      attnrt_problem p = in.problem();
      ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
          << attnrt_last_error();
      expectRowsMatch(in, outTol(dt, isa), lseTol(dt),
                      std::string("hidden non-finite V ") + name(dt) + " " +
                          isa);
      // A visible Inf: column 5 is +-Inf or NaN in every row, as the
      // oracle says.
      in.mask.set(0, 0, 0, 3, 1.0);
      p = in.problem();
      ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
          << attnrt_last_error();
      expectRowsMatch(in, outTol(dt, isa), lseTol(dt),
                      std::string("visible Inf V ") + name(dt) + " " + isa);
    }
  }
}

/// Decode (one row block): the keys are split and the partials merged by
/// their log-sum-exp.
TEST(CpuSemantics, SplitKDecode) {
  ScopedEnv threads("ATTNRT_NUM_THREADS", "8");
  for (attnrt_dtype dt : {ATTNRT_DTYPE_F32, ATTNRT_DTYPE_BF16}) {
    for (const std::string &isa : isasToTest()) {
      ScopedEnv env("ATTNRT_CPU_ISA", isa);
      for (float fill : {-INFINITY, -1e4f}) {
        SemCase c = {"splitk", 1, 4, 1, 1, 2000, 64, 64,
                     ATTNRT_CAUSAL_NONE, MaskShape::B11Sk, true, fill,
                     ATTNRT_EMPTY_ROWS_NAN, Layout::BHSD};
        Instance in = makeInstance(c, dt, kSeed + 7);
        in.hasLse = lseAccepted();
        attnrt_problem p = in.problem();
        ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
            << attnrt_last_error();
        expectRowsMatch(in, outTol(dt, isa), lseTol(dt),
                        std::string("split-K ") + name(dt) + " " + isa);
      }
    }
  }
}

/// The output does not depend on the thread count, bit for bit (split-K
/// decode and a prefill shape).
TEST(CpuSemantics, ThreadCountDoesNotChangeResults) {
  for (attnrt_dtype dt : {ATTNRT_DTYPE_F32, ATTNRT_DTYPE_BF16}) {
    for (int64_t Sq : {1, 300}) {
      std::vector<unsigned char> first;
      for (const char *threads : {"1", "3", "8"}) {
        ScopedEnv env("ATTNRT_NUM_THREADS", threads);
        std::mt19937 rng(kSeed + 10);
        Instance in(1, 8, 2, Sq, 3000, 64, 64, dt, Layout::BHSD, rng);
        attnrt_problem p = in.problem();
        ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
            << attnrt_last_error();
        if (first.empty())
          first = in.o.bytes;
        else
          EXPECT_TRUE(first == in.o.bytes)
              << name(dt) << " Sq=" << Sq << " threads=" << threads;
      }
    }
  }
}

/// Stride-0 K and V (every key the same) with causal modes, finite and
/// -inf fills and a mask broadcast along the keys, row by row against the
/// oracle.
TEST(CpuSemantics, StrideZeroKeysMatchOracle) {
  for (attnrt_causal causal :
       {ATTNRT_CAUSAL_NONE, ATTNRT_CAUSAL_BOTTOM_RIGHT, ATTNRT_CAUSAL_TOP_LEFT}) {
    for (bool boolMask : {false, true}) {
      SemCase c = {"stride0", 2, 4, 2, 40, 30, 16, 16, causal,
                   MaskShape::B1Sq1, boolMask, boolMask ? -5.0f : -INFINITY,
                   ATTNRT_EMPTY_ROWS_NAN, Layout::BHSD};
      Instance in = makeInstance(c, ATTNRT_DTYPE_F32, kSeed + 11);
      in.k.strides[2] = in.v.strides[2] = 0;
      in.hasLse = lseAccepted();
      attnrt_problem p = in.problem();
      ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
          << attnrt_last_error();
      expectRowsMatch(in, 2e-5, 1e-5,
                      "stride-0 keys causal=" + std::to_string(causal) +
                          " bool=" + std::to_string(boolMask));
    }
  }
}

/// 2^40 stride-0 keys (the C API repro that used to run forever): every
/// key is the same, so the row is that V row, at once.
TEST(CpuSemantics, StrideZeroHugeKeyCount) {
  const int64_t Sk = int64_t(1) << 40, D = 4;
  std::vector<float> q = {0.5f, -1.0f, 0.25f, 2.0f}, k = {1.0f, 0.5f, -2.0f, 0.75f},
                     v = {0.1f, -0.2f, 0.3f, -0.4f}, o(4, 0.0f), lse(1, 0.0f);
  attnrt_problem p;
  attnrt_problem_init(&p);
  auto view = [&](float *data, int64_t S, int64_t sS, int64_t Dd) {
    attnrt_tensor t;
    t.data = data;
    t.dtype = ATTNRT_DTYPE_F32;
    int64_t sizes[4] = {1, 1, S, Dd}, strides[4] = {0, 0, sS, 1};
    std::copy(sizes, sizes + 4, t.sizes);
    std::copy(strides, strides + 4, t.strides);
    return t;
  };
  p.q = view(q.data(), 1, D, D);
  p.k = view(k.data(), Sk, 0, D);
  p.v = view(v.data(), Sk, 0, D);
  p.o = view(o.data(), 1, D, D);
  p.scale = 0.5f;
  if (lseAccepted())
    p.lse = view(lse.data(), 1, 1, 1);
  ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS) << attnrt_last_error();
  for (int d = 0; d < 4; ++d)
    EXPECT_EQ(o[d], v[d]) << d;
  if (p.lse.data) {
    double dot = 0.0;
    for (int d = 0; d < 4; ++d)
      dot += double(q[d]) * k[d];
    EXPECT_NEAR(lse[0], 0.5 * dot + std::log(double(Sk)), 1e-5);
  }
}

/// Attention over keys [0, s) and [s, Sk) merged by their lse equals
/// attention over all keys (what embedders do for split-KV).
TEST(CpuSemantics, LseSplitAndMerge) {
  if (!lseAccepted())
    GTEST_SKIP() << "validation rejects an lse output in this build";
  for (const std::string &isa : isasToTest()) {
    ScopedEnv env("ATTNRT_CPU_ISA", isa);
    std::mt19937 rng(kSeed + 8);
    const int64_t Sq = 21, Sk = 150, split = 61, D = 32;
    Instance full(1, 2, 1, Sq, Sk, D, D, ATTNRT_DTYPE_F32, Layout::BHSD, rng);
    full.hasLse = true;
    attnrt_problem p = full.problem();
    ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS) << attnrt_last_error();
    // The halves view K/V rows [0, split) and [split, Sk) of the same data.
    HostTensor o1 = full.o, o2 = full.o, l1 = full.lse, l2 = full.lse;
    attnrt_problem p1 = p, p2 = p;
    p1.k.sizes[2] = p1.v.sizes[2] = split;
    p2.k.sizes[2] = p2.v.sizes[2] = Sk - split;
    p2.k.data = full.k.ptr(0, 0, split, 0);
    p2.v.data = full.v.ptr(0, 0, split, 0);
    p1.o = o1.view();
    p1.lse = l1.view();
    p2.o = o2.view();
    p2.lse = l2.view();
    ASSERT_EQ(attnrt_run_on(&p1, "cpu"), ATTNRT_SUCCESS) << attnrt_last_error();
    ASSERT_EQ(attnrt_run_on(&p2, "cpu"), ATTNRT_SUCCESS) << attnrt_last_error();
    for (int64_t h = 0; h < 2; ++h)
      for (int64_t i = 0; i < Sq; ++i) {
        double a = l1.get(0, h, i, 0), b = l2.get(0, h, i, 0);
        double m = std::max(a, b);
        double wa = std::exp(a - m), wb = std::exp(b - m);
        EXPECT_NEAR(m + std::log(wa + wb), full.lse.get(0, h, i, 0), 1e-5);
        for (int64_t d = 0; d < D; ++d)
          EXPECT_NEAR((wa * o1.get(0, h, i, d) + wb * o2.get(0, h, i, d)) /
                          (wa + wb),
                      full.o.get(0, h, i, d), 2e-6)
              << isa << " h=" << h << " i=" << i << " d=" << d;
      }
  }
}

/// A forced ISA the CPU cannot run, or an unknown name, is an error that
/// names the variable, never a silent fallback.
TEST(CpuSemantics, ForcedIsaErrors) {
  std::mt19937 rng(1);
  Instance in(1, 1, 1, 2, 2, 4, 4, ATTNRT_DTYPE_F32, Layout::BHSD, rng);
  attnrt_problem p = in.problem();
  ScopedEnv env("ATTNRT_CPU_ISA", "sse9");
  EXPECT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_NE(std::string(attnrt_last_error()).find("ATTNRT_CPU_ISA"),
            std::string::npos)
      << attnrt_last_error();
}

} // namespace
