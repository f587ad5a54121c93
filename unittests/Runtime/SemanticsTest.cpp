//===- SemanticsTest.cpp - mask_fill, empty rows, lse: row by row ----------===//
//
// The semantics of attnrt_types.h checked row by row on fresh random inputs
// against an independent formula written here: every logit in long double,
// each softmax weight as 1 / sum_k exp(s_k - s_j) (no running maximum, a
// different formulation from every backend), fully hidden rows against
// their closed forms (mean of V, zeros, NaN). Then every backend, and the
// registry's own choice, must give the same rows or decline with a reason.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>
#include <sstream>

using namespace attnrt_test;

namespace {

constexpr uint32_t kSeed = 20261130;
const double kNegInf = -std::numeric_limits<double>::infinity();

enum class Mask { None, Bool, Add };

struct Config {
  int64_t B = 2, Hq = 4, Hkv = 2, Sq = 7, Sk = 11, D = 8, Dv = 5;
  attnrt_causal causal = ATTNRT_CAUSAL_NONE;
  Mask mask = Mask::None;
  float fill = -INFINITY;
  attnrt_empty_rows emptyRows = ATTNRT_EMPTY_ROWS_ZERO;
  float scale = 0.7f;
  Layout layout = Layout::BHSD;
  bool lse = false;
};

/// Inputs of one problem. `maskValue(b, h, i, j, rng)` gives each mask
/// element (keep flag for a boolean mask, the additive value otherwise).
struct Instance {
  Config s;
  HostTensor q, k, v, o, mask, lse;

  Instance(const Config &config, uint32_t seed,
           const std::function<double(int64_t, int64_t, int64_t, int64_t,
                                      std::mt19937 &)> &maskValue = nullptr)
      : s(config) {
    std::mt19937 rng(seed);
    q = HostTensor(ATTNRT_DTYPE_F32, {s.B, s.Hq, s.Sq, s.D}, s.layout);
    k = HostTensor(ATTNRT_DTYPE_F32, {s.B, s.Hkv, s.Sk, s.D}, s.layout);
    v = HostTensor(ATTNRT_DTYPE_F32, {s.B, s.Hkv, s.Sk, s.Dv}, s.layout);
    o = HostTensor(ATTNRT_DTYPE_F32, {s.B, s.Hq, s.Sq, s.Dv}, s.layout);
    q.fillRandom(rng);
    k.fillRandom(rng);
    v.fillRandom(rng);
    if (s.lse)
      lse = HostTensor(ATTNRT_DTYPE_F32, {s.B, s.Hq, s.Sq, 1}, s.layout);
    poison();
    if (s.mask != Mask::None) {
      mask = HostTensor(s.mask == Mask::Bool ? ATTNRT_DTYPE_BOOL
                                             : ATTNRT_DTYPE_F32,
                        {s.B, s.Hq, s.Sq, s.Sk});
      mask.forEach([&](int64_t b, int64_t h, int64_t i, int64_t j) {
        mask.set(b, h, i, j, maskValue(b, h, i, j, rng));
      });
    }
  }

  /// Fills the outputs with a value no backend computes.
  void poison() {
    o.forEach([&](int64_t b, int64_t h, int64_t i, int64_t d) {
      o.set(b, h, i, d, 12345.0);
    });
    if (s.lse)
      lse.forEach([&](int64_t b, int64_t h, int64_t i, int64_t d) {
        lse.set(b, h, i, d, 12345.0);
      });
  }

  attnrt_problem problem() {
    attnrt_problem p;
    attnrt_problem_init(&p);
    p.q = q.view();
    p.k = k.view();
    p.v = v.view();
    p.o = o.view();
    if (s.mask != Mask::None)
      p.mask = mask.view();
    if (s.lse)
      p.lse = lse.view();
    p.scale = s.scale;
    p.causal = s.causal;
    p.mask_fill = s.fill;
    p.empty_rows = s.emptyRows;
    return p;
  }

  bool hidden(int64_t b, int64_t h, int64_t i, int64_t j) const {
    if (s.causal == ATTNRT_CAUSAL_TOP_LEFT && j > i)
      return true;
    if (s.causal == ATTNRT_CAUSAL_BOTTOM_RIGHT && j > i + s.Sk - s.Sq)
      return true;
    return s.mask == Mask::Bool && mask.get(b, h, i, j) == 0.0;
  }

  long double logit(int64_t b, int64_t h, int64_t i, int64_t j) const {
    if (hidden(b, h, i, j))
      return s.fill;
    long double dot = 0;
    int64_t hk = h / (s.Hq / s.Hkv);
    for (int64_t d = 0; d < s.D; ++d)
      dot += static_cast<long double>(q.get(b, h, i, d)) * k.get(b, hk, j, d);
    long double x = static_cast<long double>(s.scale) * dot;
    if (s.mask == Mask::Add)
      x += mask.get(b, h, i, j);
    return x;
  }
};

/// One output row by the independent formula, and its log-sum-exp.
struct Row {
  std::vector<long double> out;
  long double lse;
};

Row naiveRow(const Instance &in, int64_t b, int64_t h, int64_t i) {
  const Config &s = in.s;
  int64_t hk = h / (s.Hq / s.Hkv);
  std::vector<long double> x(static_cast<size_t>(s.Sk));
  bool empty = true;
  for (int64_t j = 0; j < s.Sk; ++j) {
    x[j] = in.logit(b, h, i, j);
    empty = empty && std::isinf(x[j]) && x[j] < 0;
  }
  Row r;
  if (empty) {
    long double fill = s.emptyRows == ATTNRT_EMPTY_ROWS_NAN ? NAN : 0.0L;
    r.out.assign(static_cast<size_t>(s.Dv), fill);
    r.lse = -INFINITY;
    return r;
  }
  r.out.assign(static_cast<size_t>(s.Dv), 0.0L);
  long double lse = -INFINITY;
  for (int64_t j = 0; j < s.Sk; ++j) {
    if (std::isinf(x[j]) && x[j] < 0)
      continue;
    long double denom = 0; // sum_k exp(x_k - x_j) >= 1
    for (int64_t k = 0; k < s.Sk; ++k)
      denom += std::exp(x[k] - x[j]);
    long double p = 1.0L / denom;
    // lse = x_j - log(p_j) for any j with p_j > 0: take the largest p.
    if (p > 0 && (lse == -INFINITY || x[j] - std::log(p) > lse))
      lse = x[j] - std::log(p);
    for (int64_t d = 0; d < s.Dv; ++d)
      r.out[d] += p * in.v.get(b, hk, j, d);
  }
  r.lse = lse;
  return r;
}

/// Rows of `in` whose every position is hidden (for checking that a test
/// really has them).
int64_t countFullyHiddenRows(const Instance &in) {
  int64_t n = 0;
  for (int64_t b = 0; b < in.s.B; ++b)
    for (int64_t h = 0; h < in.s.Hq; ++h)
      for (int64_t i = 0; i < in.s.Sq; ++i) {
        bool all = true;
        for (int64_t j = 0; j < in.s.Sk && all; ++j)
          all = in.hidden(b, h, i, j);
        n += all;
      }
  return n;
}

/// Compares every output row (and lse) of `in` with the naive formula:
/// NaN exactly where the formula gives NaN, else within f32 rounding.
void expectRowsMatchNaive(const Instance &in, const char *what) {
  SCOPED_TRACE(what);
  const Config &s = in.s;
  for (int64_t b = 0; b < s.B; ++b)
    for (int64_t h = 0; h < s.Hq; ++h)
      for (int64_t i = 0; i < s.Sq; ++i) {
        Row want = naiveRow(in, b, h, i);
        for (int64_t d = 0; d < s.Dv; ++d) {
          double got = in.o.get(b, h, i, d);
          double w = static_cast<double>(want.out[d]);
          if (std::isnan(w)) {
            ASSERT_TRUE(std::isnan(got))
                << "row " << b << "," << h << "," << i << " d " << d;
            continue;
          }
          ASSERT_NEAR(got, w, 2e-6 * (1 + std::fabs(w)))
              << "row " << b << "," << h << "," << i << " d " << d;
        }
        if (s.lse) {
          double got = in.lse.get(b, h, i, 0);
          double w = static_cast<double>(want.lse);
          if (std::isinf(w)) {
            ASSERT_EQ(got, w) << "lse row " << b << "," << h << "," << i;
          } else {
            ASSERT_NEAR(got, w, 2e-6 * (1 + std::fabs(w)))
                << "lse row " << b << "," << h << "," << i;
          }
        }
      }
}

/// Runs `in` on the reference backend and checks it against the formula;
/// then every other backend and the registry's default choice must agree
/// row by row, or decline with a reason.
void checkAllBackends(const Config &config, uint32_t seed,
                      const std::function<double(int64_t, int64_t, int64_t,
                                                 int64_t, std::mt19937 &)>
                          &maskValue = nullptr) {
  {
    Instance in(config, seed, maskValue);
    attnrt_problem p = in.problem();
    ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
        << attnrt_last_error();
    expectRowsMatchNaive(in, "reference");
  }
  for (int bi = 0; bi < attnrt_backend_count(); ++bi) {
    const char *name = attnrt_backend_name(bi);
    Instance in(config, seed, maskValue);
    attnrt_problem p = in.problem();
    attnrt_status st = attnrt_run_on(&p, name);
    if (st == ATTNRT_ERROR_UNSUPPORTED) {
      EXPECT_NE(std::string(attnrt_last_error()).find("cannot run"),
                std::string::npos)
          << name << ": " << attnrt_last_error();
      continue;
    }
    ASSERT_EQ(st, ATTNRT_SUCCESS) << name << ": " << attnrt_last_error();
    expectRowsMatchNaive(in, name);
  }
  Instance in(config, seed, maskValue);
  attnrt_problem p = in.problem();
  const char *chosen = nullptr;
  ASSERT_EQ(attnrt_select_backend(&p, &chosen, nullptr, 0), ATTNRT_SUCCESS);
  ASSERT_EQ(attnrt_run(&p), ATTNRT_SUCCESS) << attnrt_last_error();
  expectRowsMatchNaive(in, (std::string("attnrt_run -> ") + chosen).c_str());
}

/// A boolean mask hiding every key of rows i % 3 == 1 and a random fifth of
/// the others.
double boolMaskWithHiddenRows(int64_t, int64_t, int64_t i, int64_t,
                              std::mt19937 &rng) {
  if (i % 3 == 1)
    return 0.0;
  return std::uniform_int_distribution<int>(0, 4)(rng) == 0 ? 0.0 : 1.0;
}

TEST(Semantics, NegInfFillHiddenRowsAreZeroOrNaN) {
  for (attnrt_empty_rows rule :
       {ATTNRT_EMPTY_ROWS_ZERO, ATTNRT_EMPTY_ROWS_NAN}) {
    SCOPED_TRACE(rule == ATTNRT_EMPTY_ROWS_NAN ? "nan" : "zero");
    Config s;
    s.mask = Mask::Bool;
    s.emptyRows = rule;
    uint32_t seed = kSeed + 1 + rule;
    Instance in(s, seed, boolMaskWithHiddenRows);
    ASSERT_GT(countFullyHiddenRows(in), 0);
    attnrt_problem p = in.problem();
    ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS);
    // Closed form for hidden rows: exactly +0 or NaN.
    for (int64_t b = 0; b < s.B; ++b)
      for (int64_t h = 0; h < s.Hq; ++h)
        for (int64_t i = 1; i < s.Sq; i += 3)
          for (int64_t d = 0; d < s.Dv; ++d) {
            double x = in.o.get(b, h, i, d);
            if (rule == ATTNRT_EMPTY_ROWS_NAN)
              ASSERT_TRUE(std::isnan(x));
            else
              ASSERT_TRUE(x == 0.0 && !std::signbit(x));
          }
    checkAllBackends(s, seed, boolMaskWithHiddenRows);
  }
}

TEST(Semantics, CausalHiddenRowsFollowTheRule) {
  // Bottom-right with Sq > Sk: the first Sq - Sk rows see no key.
  for (attnrt_empty_rows rule :
       {ATTNRT_EMPTY_ROWS_ZERO, ATTNRT_EMPTY_ROWS_NAN}) {
    Config s;
    s.Sq = 13;
    s.Sk = 6;
    s.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
    s.emptyRows = rule;
    Instance in(s, kSeed + 10 + rule);
    ASSERT_EQ(countFullyHiddenRows(in), s.B * s.Hq * (s.Sq - s.Sk));
    checkAllBackends(s, kSeed + 10 + rule);
  }
}

TEST(Semantics, FiniteFillHiddenRowIsMeanOfV) {
  for (float fill : {-1e4f, -3.4028234663852886e38f, 0.25f}) {
    for (attnrt_empty_rows rule :
         {ATTNRT_EMPTY_ROWS_ZERO, ATTNRT_EMPTY_ROWS_NAN}) {
      SCOPED_TRACE(fill);
      Config s;
      s.mask = Mask::Bool;
      s.fill = fill;
      s.emptyRows = rule; // No row is empty with a finite fill.
      uint32_t seed = kSeed + 20 + rule;
      Instance in(s, seed, boolMaskWithHiddenRows);
      attnrt_problem p = in.problem();
      ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS);
      for (int64_t b = 0; b < s.B; ++b)
        for (int64_t h = 0; h < s.Hq; ++h)
          for (int64_t i = 1; i < s.Sq; i += 3)
            for (int64_t d = 0; d < s.Dv; ++d) {
              double mean = 0;
              for (int64_t j = 0; j < s.Sk; ++j)
                mean += in.v.get(b, h / 2, j, d);
              mean /= static_cast<double>(s.Sk);
              ASSERT_NEAR(in.o.get(b, h, i, d), mean, 1e-6);
            }
      checkAllBackends(s, seed, boolMaskWithHiddenRows);
    }
  }
}

TEST(Semantics, LogitsBelowAFiniteFillStayInTheSoftmax) {
  // Top-left causal with Sk = Sq + 1, fill -1e4; the additive mask puts
  // every visible logit near -1e6, far below the fill: row i is then the
  // mean of V over its hidden keys j > i (every row has one), since the
  // visible ones weigh exp(-1e6 + 1e4) == 0. Exact in any precision: a
  // backend that dropped logits below the fill, or took the fill for
  // "masked", gets these rows wrong.
  Config s;
  s.Sq = 9;
  s.Sk = 10;
  s.causal = ATTNRT_CAUSAL_TOP_LEFT;
  s.mask = Mask::Add;
  s.fill = -1e4f;
  auto low = [](int64_t, int64_t, int64_t, int64_t, std::mt19937 &rng) {
    return -1e6 + std::uniform_real_distribution<double>(-2, 2)(rng);
  };
  uint32_t seed = kSeed + 30;
  Instance in(s, seed, low);
  attnrt_problem p = in.problem();
  ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS);
  for (int64_t b = 0; b < s.B; ++b)
    for (int64_t h = 0; h < s.Hq; ++h)
      for (int64_t i = 0; i < s.Sq; ++i)
        for (int64_t d = 0; d < s.Dv; ++d) {
          double mean = 0;
          for (int64_t j = i + 1; j < s.Sk; ++j)
            mean += in.v.get(b, h / 2, j, d);
          mean /= static_cast<double>(s.Sk - i - 1);
          ASSERT_NEAR(in.o.get(b, h, i, d), mean, 1e-6) << i;
        }
  checkAllBackends(s, seed, low);
}

TEST(Semantics, AdditiveNegInfRowsAreEmptyWhateverTheFill) {
  // Additive -inf on every key of rows i % 3 == 1: empty rows even with a
  // finite fill (the fill only replaces hidden positions).
  auto rows = [](int64_t, int64_t, int64_t i, int64_t, std::mt19937 &rng) {
    if (i % 3 == 1)
      return kNegInf;
    return std::uniform_real_distribution<double>(-2, 2)(rng);
  };
  for (float fill : {-INFINITY, -1e4f}) {
    for (attnrt_empty_rows rule :
         {ATTNRT_EMPTY_ROWS_ZERO, ATTNRT_EMPTY_ROWS_NAN}) {
      SCOPED_TRACE(fill);
      Config s;
      s.mask = Mask::Add;
      s.fill = fill;
      s.emptyRows = rule;
      s.layout = Layout::BSHD;
      uint32_t seed = kSeed + 40 + rule;
      Instance in(s, seed, rows);
      attnrt_problem p = in.problem();
      ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS);
      for (int64_t d = 0; d < s.Dv; ++d) {
        double x = in.o.get(1, 3, 4, d);
        EXPECT_TRUE(rule == ATTNRT_EMPTY_ROWS_NAN ? std::isnan(x) : x == 0.0);
      }
      checkAllBackends(s, seed, rows);
    }
  }
}

//===----------------------------------------------------------------------===//
// Log-sum-exp output.
//===----------------------------------------------------------------------===//

TEST(Lse, MatchesTheFormulaOnEveryRow) {
  // Hidden rows with a -inf fill (lse -inf), with a finite fill (lse =
  // fill + log(Sk)), and causal rows without keys.
  for (float fill : {-INFINITY, -1e4f}) {
    Config s;
    s.mask = Mask::Bool;
    s.fill = fill;
    s.lse = true;
    uint32_t seed = kSeed + 50;
    checkAllBackends(s, seed, boolMaskWithHiddenRows);
    Instance in(s, seed, boolMaskWithHiddenRows);
    attnrt_problem p = in.problem();
    ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS);
    double want = fill == -INFINITY
                      ? -INFINITY
                      : static_cast<double>(fill) + std::log(double(s.Sk));
    if (fill == -INFINITY)
      EXPECT_EQ(in.lse.get(1, 2, 4, 0), want); // Row 4 hides every key.
    else
      EXPECT_NEAR(in.lse.get(1, 2, 4, 0), want, 1e-6 * std::fabs(want));
  }
  Config c;
  c.Sq = 13;
  c.Sk = 6;
  c.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  c.lse = true;
  c.layout = Layout::Padded;
  checkAllBackends(c, kSeed + 51);
}

/// Attention over keys [0, Sk) computed as two attentions over [0, m) and
/// [m, Sk) merged by their log-sum-exps, row by row:
///   L = log(exp(l1) + exp(l2)),  o = exp(l1 - L) o1 + exp(l2 - L) o2.
TEST(Lse, SplitKeysMergeToTheWhole) {
  Config s;
  s.Sk = 23;
  s.mask = Mask::Bool;
  s.lse = true;
  const int64_t m = 9;
  // Rows i % 3 == 1 hide every key; rows i % 4 == 0 hide the first part.
  auto keep = [](int64_t, int64_t, int64_t i, int64_t j, std::mt19937 &rng) {
    if (i % 3 == 1 || (i % 4 == 0 && j < 9))
      return 0.0;
    return std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? 0.0 : 1.0;
  };
  for (int bi = 0; bi < attnrt_backend_count(); ++bi) {
    const char *name = attnrt_backend_name(bi);
    SCOPED_TRACE(name);
    Instance whole(s, kSeed + 60, keep), part(s, kSeed + 60, keep);
    attnrt_problem pw = whole.problem();
    attnrt_status st = attnrt_run_on(&pw, name);
    if (st == ATTNRT_ERROR_UNSUPPORTED)
      continue; // Declined with a reason (checked in MatchesTheFormula).
    ASSERT_EQ(st, ATTNRT_SUCCESS) << attnrt_last_error();

    HostTensor o2 = part.o, lse2 = part.lse;
    attnrt_problem p1 = part.problem(), p2 = part.problem();
    p1.k.sizes[2] = p1.v.sizes[2] = p1.mask.sizes[3] = m;
    for (attnrt_tensor *t : {&p2.k, &p2.v}) {
      t->sizes[2] = s.Sk - m;
      t->data = static_cast<float *>(t->data) + m * t->strides[2];
    }
    p2.mask.sizes[3] = s.Sk - m;
    p2.mask.data =
        static_cast<unsigned char *>(p2.mask.data) + m * p2.mask.strides[3];
    p2.o = o2.view();
    p2.lse = lse2.view();
    ASSERT_EQ(attnrt_run_on(&p1, name), ATTNRT_SUCCESS) << attnrt_last_error();
    ASSERT_EQ(attnrt_run_on(&p2, name), ATTNRT_SUCCESS) << attnrt_last_error();

    int bothParts = 0;
    for (int64_t b = 0; b < s.B; ++b)
      for (int64_t h = 0; h < s.Hq; ++h)
        for (int64_t i = 0; i < s.Sq; ++i) {
          double l1 = part.lse.get(b, h, i, 0), l2 = lse2.get(b, h, i, 0);
          double lw = whole.lse.get(b, h, i, 0);
          double hi = std::max(l1, l2);
          double L = hi == -INFINITY
                         ? -INFINITY
                         : hi + std::log(std::exp(l1 - hi) + std::exp(l2 - hi));
          if (L == -INFINITY) {
            ASSERT_EQ(lw, -INFINITY) << i;
          } else {
            ASSERT_NEAR(lw, L, 1e-5 * (1 + std::fabs(L))) << i;
          }
          bothParts += l1 != -INFINITY && l2 != -INFINITY;
          double w1 = L == -INFINITY ? 0 : std::exp(l1 - L);
          double w2 = L == -INFINITY ? 0 : std::exp(l2 - L);
          for (int64_t d = 0; d < s.Dv; ++d) {
            double merged =
                w1 * part.o.get(b, h, i, d) + w2 * o2.get(b, h, i, d);
            ASSERT_NEAR(whole.o.get(b, h, i, d), merged, 1e-5)
                << b << "," << h << "," << i << " d " << d;
          }
        }
    EXPECT_GT(bothParts, 0);
  }
}

} // namespace
