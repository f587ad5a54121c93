//===- CpuLogitRoundingTest.cpp - rounded logits on the cpu fast path -----===//
//
// logit_rounding = F16 / BF16 on the cpu backend's vectorized, multithreaded
// path, on every kernel table this machine can run (ATTNRT_CPU_ISA), against
// the reference backend row by row on fresh random inputs: no mask, boolean
// and additive masks (f16, bf16, f32; HF's finfo(T).min padding, broadcast
// shapes), both causal modes (Sq > Sk and Sq < Sk), -inf and finite fills,
// empty rows as zeros and NaN, GQA, BSHD strides, split-K decode, the lse
// output, f32 / f16 / bf16 outputs, and f32 inputs.
//
// The cpu backend forms each rounded logit bit for bit as the reference
// does, so the outputs differ only by the softmax's f32 rounding (f32
// outputs: 2e-5) or the output's own rounding. The inputs make the rounding
// visible: logits of magnitude 10 to 1000, where one f16 ulp moves a weight
// by 1 % or more, and grid inputs whose dot products and scaled logits fall
// exactly halfway between two T values (ties, to even). Twins: the same
// problems without logit_rounding differ from the reference beyond the
// tolerance, on most rows. Every problem also checks (ATTNRT_LOG) that no
// row left the fast path for the exact f64 one.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <sstream>

using namespace attnrt_test;

namespace {

constexpr uint32_t kSeed = 20261201;

enum class Inputs {
  Large, // Normal(0, 3) q and k: logits of magnitude 10-1000.
  Ties,  // Multiples of 1/2 in [-8, 8]: dot products on T midpoints, and
         // (scale 3 * 2^-6) scaled logits on midpoints too.
};
enum class MaskKind { None, Bool, AddT, AddF32, AddOther };
enum class MaskShape { Full, B1SqSk, B11Sk };

struct RCase {
  const char *name;
  attnrt_logit_rounding rounding;
  int64_t B, Hq, Hkv, Sq, Sk, D, Dv;
  attnrt_causal causal;
  MaskKind mask;
  MaskShape shape;
  float fill;
  attnrt_empty_rows emptyRows;
  attnrt_dtype out;
  Layout layout;
  Inputs inputs;
  float scale; // Rounded to T when the problem is built.
};

constexpr attnrt_logit_rounding kF16 = ATTNRT_LOGIT_ROUNDING_F16;
constexpr attnrt_logit_rounding kBf16 = ATTNRT_LOGIT_ROUNDING_BF16;
constexpr attnrt_causal kNone = ATTNRT_CAUSAL_NONE;
constexpr attnrt_causal kTL = ATTNRT_CAUSAL_TOP_LEFT;
constexpr attnrt_causal kBR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
constexpr attnrt_empty_rows kZero = ATTNRT_EMPTY_ROWS_ZERO;
constexpr attnrt_empty_rows kNan = ATTNRT_EMPTY_ROWS_NAN;
constexpr attnrt_dtype kF32Out = ATTNRT_DTYPE_F32;
const float kNegInf = -INFINITY;

const RCase kCases[] = {
    // name, rounding, B, Hq, Hkv, Sq, Sk, D, Dv, causal, mask, shape, fill,
    // empty rows, output, layout, inputs, scale
    {"f16_plain", kF16, 2, 4, 4, 37, 300, 64, 64, kNone, MaskKind::None,
     MaskShape::Full, kNegInf, kZero, kF32Out, Layout::BHSD, Inputs::Large,
     0.125f},
    {"f16_whole_tiles_gqa", kF16, 1, 8, 2, 100, 512, 64, 64, kNone,
     MaskKind::None, MaskShape::Full, kNegInf, kZero, kF32Out, Layout::BSHD,
     Inputs::Large, 0.17677669f},
    {"f16_hf_padding_causal", kF16, 2, 4, 2, 130, 130, 64, 64, kTL,
     MaskKind::AddT, MaskShape::B11Sk, kNegInf, kNan, kF32Out, Layout::BHSD,
     Inputs::Large, 0.125f},
    {"f16_hf_full_mask_nan", kF16, 2, 4, 2, 33, 260, 32, 32, kNone,
     MaskKind::AddT, MaskShape::Full, kNegInf, kNan, kF32Out, Layout::BHSD,
     Inputs::Large, 0.17677669f},
    {"f16_f32_mask_b1sqsk", kF16, 2, 4, 4, 65, 200, 32, 48, kBR,
     MaskKind::AddF32, MaskShape::B1SqSk, -1e4f, kZero, kF32Out,
     Layout::BSHD, Inputs::Large, 0.17677669f},
    {"f16_bf16_mask", kF16, 1, 4, 2, 40, 150, 64, 64, kNone,
     MaskKind::AddOther, MaskShape::Full, kNegInf, kZero, kF32Out,
     Layout::BHSD, Inputs::Large, 0.125f},
    {"f16_bool_fill_1e4", kF16, 2, 4, 2, 33, 300, 32, 32, kNone,
     MaskKind::Bool, MaskShape::Full, -1e4f, kNan, kF32Out, Layout::BHSD,
     Inputs::Large, 0.25f},
    {"f16_bool_neginf_nan", kF16, 2, 4, 2, 33, 100, 32, 32, kTL,
     MaskKind::Bool, MaskShape::B1SqSk, kNegInf, kNan, kF32Out, Layout::BHSD,
     Inputs::Large, 0.25f},
    {"f16_causal_br_sq_gt_sk", kF16, 1, 4, 2, 90, 70, 32, 32, kBR,
     MaskKind::None, MaskShape::Full, kNegInf, kNan, kF32Out, Layout::BHSD,
     Inputs::Large, 0.17677669f},
    {"f16_causal_tl_fill_lowest", kF16, 1, 2, 1, 300, 300, 64, 64, kTL,
     MaskKind::None, MaskShape::Full, -65504.0f, kZero, kF32Out,
     Layout::BHSD, Inputs::Large, 0.125f},
    {"f16_ties", kF16, 2, 4, 2, 40, 200, 64, 64, kNone, MaskKind::AddT,
     MaskShape::B11Sk, kNegInf, kZero, kF32Out, Layout::BHSD, Inputs::Ties,
     0.046875f},
    {"f16_ties_no_mask", kF16, 1, 4, 4, 40, 300, 64, 64, kNone,
     MaskKind::None, MaskShape::Full, kNegInf, kZero, kF32Out, Layout::BHSD,
     Inputs::Ties, 0.17677669f},
    {"f16_out_f16", kF16, 1, 8, 8, 70, 260, 64, 64, kTL, MaskKind::AddT,
     MaskShape::B11Sk, kNegInf, kZero, ATTNRT_DTYPE_F16, Layout::BHSD,
     Inputs::Large, 0.125f},
    {"bf16_plain", kBf16, 2, 4, 4, 37, 300, 64, 64, kNone, MaskKind::None,
     MaskShape::Full, kNegInf, kZero, kF32Out, Layout::BHSD, Inputs::Large,
     0.125f},
    {"bf16_hf_padding_causal", kBf16, 2, 4, 1, 130, 130, 64, 64, kTL,
     MaskKind::AddT, MaskShape::B11Sk, kNegInf, kNan, kF32Out, Layout::BSHD,
     Inputs::Large, 0.17677669f},
    {"bf16_f32_mask", kBf16, 1, 4, 2, 40, 200, 32, 32, kNone,
     MaskKind::AddF32, MaskShape::Full, kNegInf, kZero, kF32Out,
     Layout::BHSD, Inputs::Large, 0.125f},
    {"bf16_f16_mask_causal_br", kBf16, 1, 4, 2, 50, 120, 32, 32, kBR,
     MaskKind::AddOther, MaskShape::B1SqSk, -1e4f, kZero, kF32Out,
     Layout::BHSD, Inputs::Large, 0.125f},
    {"bf16_bool", kBf16, 2, 4, 2, 33, 200, 32, 32, kNone, MaskKind::Bool,
     MaskShape::Full, kNegInf, kZero, kF32Out, Layout::BHSD, Inputs::Large,
     0.25f},
    {"bf16_ties", kBf16, 2, 4, 2, 40, 200, 64, 64, kNone, MaskKind::AddT,
     MaskShape::B11Sk, kNegInf, kZero, kF32Out, Layout::BHSD, Inputs::Ties,
     0.046875f},
    {"bf16_out_bf16", kBf16, 1, 8, 8, 70, 260, 64, 64, kTL, MaskKind::AddT,
     MaskShape::B11Sk, kNegInf, kZero, ATTNRT_DTYPE_BF16, Layout::BHSD,
     Inputs::Large, 0.125f},
    // Decode: one row block, keys split and merged by the lse.
    {"f16_decode_split_k", kF16, 1, 8, 2, 1, 3000, 64, 64, kNone,
     MaskKind::AddT, MaskShape::B11Sk, kNegInf, kZero, kF32Out, Layout::BHSD,
     Inputs::Large, 0.125f},
    {"bf16_decode_split_k", kBf16, 2, 4, 4, 1, 2000, 128, 128, kNone,
     MaskKind::None, MaskShape::Full, kNegInf, kZero, kF32Out, Layout::BHSD,
     Inputs::Large, 0.08837890625f},
};

attnrt_dtype typeOf(attnrt_logit_rounding r) {
  return r == kF16 ? ATTNRT_DTYPE_F16 : ATTNRT_DTYPE_BF16;
}

/// finfo(T).min, what HF adds at masked positions.
double lowest(attnrt_logit_rounding r) {
  return r == kF16 ? -65504.0 : -3.3895313892515355e38;
}

/// x rounded to T (through the test's own tensor conversion).
double roundTo(attnrt_logit_rounding r, double x) {
  HostTensor t(typeOf(r), {1, 1, 1, 1});
  t.set(0, 0, 0, 0, x);
  return t.get(0, 0, 0, 0);
}

std::vector<int64_t> maskDims(const RCase &c) {
  switch (c.shape) {
  case MaskShape::Full:
    return {c.B, c.Hq, c.Sq, c.Sk};
  case MaskShape::B1SqSk:
    return {c.B, 1, c.Sq, c.Sk};
  case MaskShape::B11Sk:
    return {c.B, 1, 1, c.Sk};
  }
  return {};
}

struct Problem {
  RCase c;
  HostTensor q, k, v, o, mask, lse;
  float scale;

  Problem(const RCase &cs, uint32_t seed) : c(cs) {
    std::mt19937 rng(seed);
    const attnrt_dtype t = typeOf(c.rounding);
    q = HostTensor(t, {c.B, c.Hq, c.Sq, c.D}, c.layout);
    k = HostTensor(t, {c.B, c.Hkv, c.Sk, c.D}, c.layout);
    v = HostTensor(t, {c.B, c.Hkv, c.Sk, c.Dv}, c.layout);
    o = HostTensor(c.out, {c.B, c.Hq, c.Sq, c.Dv}, c.layout);
    lse = HostTensor(ATTNRT_DTYPE_F32, {c.B, c.Hq, c.Sq, 1});
    scale = static_cast<float>(roundTo(c.rounding, c.scale));
    std::normal_distribution<double> normal(0.0, 3.0);
    std::uniform_int_distribution<int> grid(-16, 16);
    for (HostTensor *x : {&q, &k})
      x->forEach([&](int64_t a, int64_t b, int64_t i, int64_t d) {
        x->set(a, b, i, d,
               c.inputs == Inputs::Large ? normal(rng) : 0.5 * grid(rng));
      });
    v.fillRandom(rng);
    if (c.mask == MaskKind::None)
      return;
    attnrt_dtype mt = c.mask == MaskKind::Bool     ? ATTNRT_DTYPE_BOOL
                      : c.mask == MaskKind::AddF32 ? ATTNRT_DTYPE_F32
                      : c.mask == MaskKind::AddT   ? t
                      : t == ATTNRT_DTYPE_F16      ? ATTNRT_DTYPE_BF16
                                                   : ATTNRT_DTYPE_F16;
    mask = HostTensor(mt, maskDims(c));
    std::uniform_int_distribution<int> pct(0, 99);
    std::uniform_real_distribution<double> small(-3.0, 3.0);
    // A padding length per batch for the [B, 1, 1, Sk] masks.
    std::vector<int64_t> pad(static_cast<size_t>(c.B));
    for (int64_t &x : pad)
      x = std::uniform_int_distribution<int64_t>(0, c.Sk / 3)(rng);
    mask.forEach([&](int64_t b, int64_t h, int64_t i, int64_t j) {
      bool hide;
      if (c.shape == MaskShape::B11Sk)
        hide = j >= c.Sk - pad[b];
      else // A quarter hidden, and every row with i % 5 == 1 fully.
        hide = pct(rng) < 25 || i % 5 == 1;
      double value;
      if (c.mask == MaskKind::Bool)
        value = hide ? 0.0 : 1.0;
      else if (c.mask == MaskKind::AddF32)
        // Hidden: T's lowest (HF); visible: values that are not T values.
        value = hide ? lowest(c.rounding) : small(rng);
      else // f16 / bf16 masks hold the mask type's lowest (HF's finfo).
        value = hide ? (mt == ATTNRT_DTYPE_F16 ? -65504.0
                                               : -3.3895313892515355e38)
                     : 0.0;
      mask.set(b, h, i, j, value);
    });
  }

  attnrt_problem view(attnrt_logit_rounding rounding) {
    attnrt_problem p;
    attnrt_problem_init(&p);
    p.q = q.view();
    p.k = k.view();
    p.v = v.view();
    p.o = o.view();
    p.lse = lse.view();
    if (c.mask != MaskKind::None)
      p.mask = mask.view();
    p.scale = scale;
    p.causal = c.causal;
    p.mask_fill = c.fill;
    p.empty_rows = c.emptyRows;
    p.logit_rounding = rounding;
    return p;
  }
};

/// Output tolerance: the softmax's f32 rounding for f32 outputs; one ulp of
/// an output of magnitude up to 1 for f16 / bf16 (where the two backends'
/// f32 and f64 values round to neighbours).
double outTol(attnrt_dtype out) {
  return out == ATTNRT_DTYPE_F16    ? 1e-3
         : out == ATTNRT_DTYPE_BF16 ? 8e-3
                                    : 2e-5;
}

struct Result {
  std::vector<double> o, lse;
};

Result resultOf(const Problem &p) {
  return {p.o.values(), p.lse.values()};
}

/// Rows (b, h, i) of `got` that differ from `ref`: NaN in one only, an
/// output beyond `tol`, or an lse beyond 1e-5 relative (the same infinity
/// for empty rows). Reports the first few when `report`.
int differingRows(const RCase &c, const Result &got, const Result &ref,
                  double tol, bool report, const std::string &what) {
  int bad = 0;
  for (int64_t row = 0; row < c.B * c.Hq * c.Sq; ++row) {
    double err = 0.0;
    bool nanMismatch = false;
    for (int64_t d = 0; d < c.Dv; ++d) {
      double x = got.o[row * c.Dv + d], r = ref.o[row * c.Dv + d];
      if (std::isnan(x) || std::isnan(r))
        nanMismatch |= std::isnan(x) != std::isnan(r);
      else
        err = std::max(err, std::fabs(x - r));
    }
    const double gl = got.lse[row], rl = ref.lse[row];
    bool lseBad = std::isfinite(rl)
                      ? !(std::fabs(gl - rl) <= 1e-5 * std::max(1.0, std::fabs(rl)))
                      : !(gl == rl || (std::isnan(gl) && std::isnan(rl)));
    if (nanMismatch || err > tol || lseBad) {
      if (report && bad < 4)
        ADD_FAILURE() << what << ": row " << row << " (b h i in [B, Hq, Sq])"
                      << " max abs err " << err << " (tol " << tol << ")"
                      << (nanMismatch ? " NaN mismatch" : "") << " lse "
                      << gl << " vs " << rl;
      ++bad;
    }
  }
  return bad;
}

/// Runs the problem on the cpu backend with ATTNRT_LOG on and returns how
/// many row passes it reported recomputing on the exact path (-1 if the
/// line is missing).
int64_t runCpuCountingExactRows(attnrt_problem &p, attnrt_status &status) {
  ScopedEnv log("ATTNRT_LOG", "1");
  ::testing::internal::CaptureStderr();
  status = attnrt_run_on(&p, "cpu");
  const std::string err = ::testing::internal::GetCapturedStderr();
  const std::string key = "row passes recomputed in f64";
  size_t at = err.find(key);
  if (at == std::string::npos)
    return -1;
  size_t start = err.rfind("cpu: ", at);
  if (start == std::string::npos)
    return -1;
  return std::atoll(err.c_str() + start + 5);
}

/// How many dot products of the problem lie exactly halfway between two
/// neighbouring T values (the inputs' products and sums are exact in f64).
int64_t tiesInDotProducts(const Problem &p) {
  const RCase &c = p.c;
  int64_t ties = 0;
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t h = 0; h < c.Hq; ++h)
      for (int64_t i = 0; i < c.Sq; ++i)
        for (int64_t j = 0; j < c.Sk; ++j) {
          double dot = 0.0;
          for (int64_t d = 0; d < c.D; ++d)
            dot += p.q.get(b, h, i, d) * p.k.get(b, h / (c.Hq / c.Hkv), j, d);
          double r = roundTo(c.rounding, dot);
          if (r == dot)
            continue;
          // The other neighbour: the reflection of r through dot.
          double other = 2.0 * dot - r;
          ties += roundTo(c.rounding, other) == other;
        }
  return ties;
}

class CpuLogitRounding : public ::testing::TestWithParam<int> {};

TEST_P(CpuLogitRounding, MatchesReferenceRowByRow) {
  const RCase &c = kCases[GetParam()];
  const uint32_t seed = kSeed + 31 * static_cast<uint32_t>(GetParam());
  Problem prob(c, seed);
  attnrt_problem p = prob.view(c.rounding);
  ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
      << attnrt_last_error();
  const Result ref = resultOf(prob);
  const double tol = outTol(c.out);
  ScopedEnv threads("ATTNRT_NUM_THREADS", "3");
  for (const std::string &isa : isasToTest()) {
    ScopedEnv env("ATTNRT_CPU_ISA", isa);
    std::fill(prob.o.bytes.begin(), prob.o.bytes.end(), 0);
    attnrt_status st;
    int64_t exactRows = runCpuCountingExactRows(p, st);
    ASSERT_EQ(st, ATTNRT_SUCCESS) << isa << ": " << attnrt_last_error();
    std::ostringstream what;
    what << c.name << " isa=" << isa << " seed=" << seed;
    EXPECT_EQ(differingRows(c, resultOf(prob), ref, tol, true, what.str()), 0)
        << what.str();
    // The fast path computed every row (no +inf or NaN logit here).
    EXPECT_EQ(exactRows, 0) << what.str();
  }
}

/// The twin: the same inputs without logit_rounding (f32 logits) differ
/// from the rounded reference beyond the tolerance on most rows, so the
/// comparison above would catch a path that skipped the rounding.
TEST_P(CpuLogitRounding, WithoutRoundingDiffers) {
  const RCase &c = kCases[GetParam()];
  const uint32_t seed = kSeed + 31 * static_cast<uint32_t>(GetParam());
  Problem prob(c, seed);
  attnrt_problem p = prob.view(c.rounding);
  ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
      << attnrt_last_error();
  const Result ref = resultOf(prob);
  attnrt_problem none = prob.view(ATTNRT_LOGIT_ROUNDING_NONE);
  ASSERT_EQ(attnrt_run_on(&none, "cpu"), ATTNRT_SUCCESS)
      << attnrt_last_error();
  const int rows = static_cast<int>(c.B * c.Hq * c.Sq);
  const int differing =
      differingRows(c, resultOf(prob), ref, outTol(c.out), false, "");
  EXPECT_GT(differing, rows / 2) << c.name << ": " << differing << " of "
                                 << rows << " rows";
}

INSTANTIATE_TEST_SUITE_P(Cases, CpuLogitRounding,
                         ::testing::Range(0, int(std::size(kCases))),
                         [](const auto &info) {
                           return std::string(kCases[info.param].name);
                         });

/// The tie cases hold dot products exactly halfway between two T values,
/// so their comparison above checks the ties' rounding (to even).
TEST(CpuLogitRoundingInputs, TieCasesHaveTies) {
  for (const RCase &c : kCases) {
    if (c.inputs != Inputs::Ties)
      continue;
    Problem prob(c, 1);
    EXPECT_GT(tiesInDotProducts(prob), 100) << c.name;
  }
}

/// Each step rounds once, from the exact value: a dot product just above a
/// T midpoint (2049 + 2^-24 in f16, 257 + 2^-30 in bf16) rounds up, where
/// rounding it to f32 first (2049, 257: ties, to even) would round down.
/// Key 0 has that dot product (logit 2050 / 258), key 1 the lower
/// neighbour (2048 / 256): key 0 weighs 1 / (1 + e^-2), not 1/2.
TEST(CpuLogitRoundingInputs, RoundsOnceFromTheExactDotProduct) {
  for (attnrt_logit_rounding r : {kF16, kBf16}) {
    const bool f16 = r == kF16;
    RCase c = {"once", r, 1, 1, 1, 1, 2, 16, 16, kNone, MaskKind::None,
               MaskShape::Full, kNegInf, kZero, kF32Out, Layout::BHSD,
               Inputs::Large, 1.0f};
    Problem prob(c, 1);
    for (int64_t d = 0; d < c.D; ++d) {
      prob.q.set(0, 0, 0, d, 0.0);
      prob.k.set(0, 0, 0, d, 0.0);
      prob.k.set(0, 0, 1, d, 0.0);
    }
    // q = (2048, 1, 2^-14) and k0 = (1, 1, 2^-10) in f16; q = (256, 1,
    // 2^-20) and k0 = (1, 1, 2^-10) in bf16; k1 = (1, 0, 0).
    prob.q.set(0, 0, 0, 0, f16 ? 2048.0 : 256.0);
    prob.q.set(0, 0, 0, 1, 1.0);
    prob.q.set(0, 0, 0, 2, std::ldexp(1.0, f16 ? -14 : -20));
    prob.k.set(0, 0, 0, 0, 1.0);
    prob.k.set(0, 0, 0, 1, 1.0);
    prob.k.set(0, 0, 0, 2, std::ldexp(1.0, -10));
    prob.k.set(0, 0, 1, 0, 1.0);
    for (int64_t d = 0; d < c.Dv; ++d) {
      prob.v.set(0, 0, 0, d, 1.0);
      prob.v.set(0, 0, 1, d, 0.0);
    }
    const double want = 1.0 / (1.0 + std::exp(-2.0));
    attnrt_problem p = prob.view(r);
    ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS);
    EXPECT_NEAR(prob.o.get(0, 0, 0, 0), want, 1e-6) << "reference";
    for (const std::string &isa : isasToTest()) {
      ScopedEnv env("ATTNRT_CPU_ISA", isa);
      std::fill(prob.o.bytes.begin(), prob.o.bytes.end(), 0);
      ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS);
      for (int64_t d = 0; d < c.Dv; ++d)
        EXPECT_NEAR(prob.o.get(0, 0, 0, d), want, 1e-6)
            << (f16 ? "f16 " : "bf16 ") << isa;
    }
  }
}

/// f32 inputs whose logits the program rounds to T (f32 matmul, truncf):
/// the products are exact in f64 too, so the fast path still equals the
/// reference. Inputs carry f32 precision (a perturbation of 2^-20).
TEST(CpuLogitRoundingInputs, F32InputsMatchReference) {
  for (int ci : {0, 2, 14}) { // 0: Q read in place (f32, G = 1, BHSD)
    const RCase &c = kCases[ci];
    Problem prob(c, kSeed + 77);
    std::mt19937 rng(kSeed + 78);
    std::uniform_int_distribution<int> ulps(-64, 64);
    for (HostTensor *x : {&prob.q, &prob.k, &prob.v}) {
      HostTensor f(ATTNRT_DTYPE_F32,
                   {x->sizes[0], x->sizes[1], x->sizes[2], x->sizes[3]},
                   c.layout);
      f.forEach([&](int64_t a, int64_t b, int64_t i, int64_t d) {
        f.set(a, b, i, d,
              x->get(a, b, i, d) * (1.0 + std::ldexp(ulps(rng), -26)));
      });
      *x = f;
    }
    attnrt_problem p = prob.view(c.rounding);
    ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
        << attnrt_last_error();
    const Result ref = resultOf(prob);
    for (const std::string &isa : isasToTest()) {
      ScopedEnv env("ATTNRT_CPU_ISA", isa);
      std::fill(prob.o.bytes.begin(), prob.o.bytes.end(), 0);
      attnrt_status st;
      int64_t exactRows = runCpuCountingExactRows(p, st);
      ASSERT_EQ(st, ATTNRT_SUCCESS) << attnrt_last_error();
      const std::string what = std::string("f32 inputs ") + c.name + " " + isa;
      EXPECT_EQ(differingRows(c, resultOf(prob), ref, outTol(c.out), true,
                              what),
                0);
      EXPECT_EQ(exactRows, 0) << what;
    }
  }
}

/// The output does not depend on the thread count, bit for bit.
TEST(CpuLogitRoundingInputs, ThreadCountDoesNotChangeResults) {
  for (int ci : {2, 20}) {
    std::vector<unsigned char> first;
    for (const char *threads : {"1", "2", "5"}) {
      ScopedEnv env("ATTNRT_NUM_THREADS", threads);
      Problem prob(kCases[ci], kSeed + 5);
      attnrt_problem p = prob.view(kCases[ci].rounding);
      ASSERT_EQ(attnrt_run_on(&p, "cpu"), ATTNRT_SUCCESS)
          << attnrt_last_error();
      if (first.empty())
        first = prob.o.bytes;
      else
        EXPECT_TRUE(first == prob.o.bytes)
            << kCases[ci].name << " threads=" << threads;
    }
  }
}

/// A +inf logit (f16 overflow of a positive scaled dot product) makes its
/// row NaN, as in the reference: such rows leave the fast path for the
/// exact one, which the log reports.
TEST(CpuLogitRoundingInputs, OverflowingLogitTakesTheExactPath) {
  RCase c = kCases[0];
  c.Sq = 4;
  Problem prob(c, kSeed + 9);
  // Row 0 of every head: q = 64 everywhere, k = 64 on key 3: q.k = 64^3 =
  // 262144 > 65504, +inf in f16 (and after the scale 0.125).
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t h = 0; h < c.Hq; ++h)
      for (int64_t d = 0; d < c.D; ++d) {
        prob.q.set(b, h, 0, d, 64.0);
        prob.k.set(b, h, 3, d, 64.0);
      }
  attnrt_problem p = prob.view(c.rounding);
  ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS);
  const Result ref = resultOf(prob);
  ASSERT_TRUE(std::isnan(ref.o[0])) << "the reference's row 0 is NaN";
  attnrt_status st;
  int64_t exactRows = runCpuCountingExactRows(p, st);
  ASSERT_EQ(st, ATTNRT_SUCCESS) << attnrt_last_error();
  EXPECT_EQ(differingRows(c, resultOf(prob), ref, outTol(c.out), true,
                          "overflow"),
            0);
  EXPECT_EQ(exactRows, c.B * c.Hq) << "one row per head on the exact path";
}

} // namespace
