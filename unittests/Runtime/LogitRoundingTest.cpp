//===- LogitRoundingTest.cpp - f16 / bf16 logits, row by row --------------===//
//
// logit_rounding = F16 / BF16 (attnrt_types.h) checked row by row on fresh
// random inputs against an emulation written here with the compiler's own
// _Float16 / __bf16 arithmetic, one cast per step (so no excess precision
// survives a step), the dot product accumulated in f32 as the programs do,
// and the softmax in long double with each weight 1 / sum_k exp(s_k - s_j).
// Inputs lie on a grid on which every dot product is exact in f32, so the
// emulation and the backends' f64 dot products round the same value.
// Fully masked rows are in every problem: with f16, s + finfo.min rounds to
// -65504, to the next values up, or overflows to -inf depending on s, which
// is what these tests look at (and the f32 formula does not reproduce).
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <limits>

using namespace attnrt_test;

namespace {

constexpr uint32_t kSeed = 20261130;

/// `x` rounded to bfloat16 (8 significand bits, f32's exponent range),
/// nearest even, by scaling to an integer count of ulps (nearbyint rounds
/// to even in the default mode). Written here, not taken from Half.h.
double roundBf16(double x) {
  if (std::isnan(x) || std::isinf(x) || x == 0.0)
    return x;
  // Past the largest bf16 plus half an ulp: infinity.
  if (std::fabs(x) >= std::ldexp(2.0 - std::ldexp(1.0, -8), 127))
    return std::copysign(INFINITY, x);
  int e;
  std::frexp(x, &e);                      // |x| in [2^(e-1), 2^e)
  int ulpExp = std::max(e - 1, -126) - 7; // subnormals: fixed ulp 2^-133
  return std::ldexp(std::nearbyint(std::ldexp(x, -ulpExp)), ulpExp);
}

/// The emulation's rounding of one step: f16 through the compiler's
/// _Float16, bf16 as above.
double roundTo(attnrt_logit_rounding r, double x) {
  if (r == ATTNRT_LOGIT_ROUNDING_F16)
    return static_cast<double>(static_cast<_Float16>(x));
  return roundBf16(x);
}

attnrt_dtype dtypeOf(attnrt_logit_rounding r) {
  return r == ATTNRT_LOGIT_ROUNDING_F16 ? ATTNRT_DTYPE_F16 : ATTNRT_DTYPE_BF16;
}

/// finfo(T).min: the mask value HF adds.
double lowest(attnrt_logit_rounding r) {
  return r == ATTNRT_LOGIT_ROUNDING_F16 ? -65504.0 : -3.3895313892515355e38;
}

struct Case {
  attnrt_logit_rounding rounding = ATTNRT_LOGIT_ROUNDING_F16;
  int64_t B = 2, Hq = 4, Hkv = 2, Sq = 6, Sk = 37, D = 16, Dv = 8;
  float scale = 0.25f;
  attnrt_dtype maskType = ATTNRT_DTYPE_F16; // additive, [B, 1, Sq, Sk]
  bool hasMask = true;
  attnrt_empty_rows emptyRows = ATTNRT_EMPTY_ROWS_NAN;
};

struct Instance {
  Case c;
  HostTensor q, k, v, o, mask;

  Instance(const Case &cs, uint32_t seed) : c(cs) {
    std::mt19937 rng(seed);
    attnrt_dtype t = dtypeOf(c.rounding);
    q = HostTensor(t, {c.B, c.Hq, c.Sq, c.D});
    k = HostTensor(t, {c.B, c.Hkv, c.Sk, c.D});
    v = HostTensor(t, {c.B, c.Hkv, c.Sk, c.Dv});
    o = HostTensor(ATTNRT_DTYPE_F32, {c.B, c.Hq, c.Sq, c.Dv});
    // Multiples of 1/2 up to 8 in magnitude: products are multiples of 1/4
    // and every dot product (|.| <= 64 D) is exact in f32 and in f64.
    std::uniform_int_distribution<int> grid(-16, 16);
    for (HostTensor *x : {&q, &k})
      x->forEach([&](int64_t a, int64_t b, int64_t i, int64_t d) {
        x->set(a, b, i, d, 0.5 * grid(rng));
      });
    v.fillRandom(rng);
    mask = HostTensor(c.maskType, {c.B, 1, c.Sq, c.Sk});
    std::uniform_real_distribution<double> small(-3.0, 3.0);
    std::bernoulli_distribution coin(0.5);
    mask.forEach([&](int64_t b, int64_t, int64_t i, int64_t j) {
      // Row 0 fully masked, row 1 fully visible, the others mixed; an f32
      // mask also carries values that are not T values (rounded to T first).
      bool hide = i == 0 || (i > 1 && coin(rng));
      double value = hide ? lowest(c.rounding) : 0.0;
      if (c.maskType == ATTNRT_DTYPE_F32 && !hide && i > 1)
        value = small(rng);
      mask.set(b, 0, i, j, value);
    });
  }

  attnrt_problem problem() {
    attnrt_problem p;
    attnrt_problem_init(&p);
    p.q = q.view();
    p.k = k.view();
    p.v = v.view();
    p.o = o.view();
    if (c.hasMask)
      p.mask = mask.view();
    p.scale = c.scale;
    p.mask_fill = -INFINITY;
    p.empty_rows = c.emptyRows;
    p.logit_rounding = c.rounding;
    return p;
  }

  /// The program's logit, step by step in T.
  double logit(int64_t b, int64_t h, int64_t i, int64_t j) const {
    int64_t hk = h / (c.Hq / c.Hkv);
    float dot = 0.0f;
    for (int64_t d = 0; d < c.D; ++d)
      dot += static_cast<float>(q.get(b, h, i, d)) *
             static_cast<float>(k.get(b, hk, j, d));
    attnrt_logit_rounding r = c.rounding;
    double s = roundTo(r, dot);
    s = roundTo(r, s * static_cast<double>(roundTo(r, c.scale)));
    if (!c.hasMask)
      return s;
    return roundTo(r, s + roundTo(r, mask.get(b, 0, i, j)));
  }

  /// Row (b, h, i) of the program: an f32 softmax of the rounded logits.
  /// NaN where the program gives NaN.
  std::vector<double> expectedRow(int64_t b, int64_t h, int64_t i) const {
    int64_t hk = h / (c.Hq / c.Hkv);
    std::vector<long double> s(static_cast<size_t>(c.Sk));
    bool allNegInf = true;
    for (int64_t j = 0; j < c.Sk; ++j) {
      s[j] = logit(b, h, i, j);
      allNegInf &= std::isinf(s[j]) && s[j] < 0;
    }
    std::vector<double> out(static_cast<size_t>(c.Dv), 0.0);
    if (allNegInf) {
      double fill = c.emptyRows == ATTNRT_EMPTY_ROWS_NAN
                        ? std::numeric_limits<double>::quiet_NaN()
                        : 0.0;
      std::fill(out.begin(), out.end(), fill);
      return out;
    }
    for (int64_t j = 0; j < c.Sk; ++j) {
      if (std::isinf(s[j]))
        continue; // weight 0
      long double denom = 0;
      for (int64_t kk = 0; kk < c.Sk; ++kk)
        if (!std::isinf(s[kk]))
          denom += std::exp(s[kk] - s[j]);
      long double w = 1.0L / denom;
      for (int64_t d = 0; d < c.Dv; ++d)
        out[d] += static_cast<double>(w * v.get(b, hk, j, d));
    }
    return out;
  }
};

/// Every row of `inst.o` equals the emulation: NaN where and only where it
/// is NaN, else within 1e-5 (absolute, plus relative). Returns the number
/// of fully masked rows seen whose result differs from the mean of V (the
/// rounding showing).
int expectRowsEqual(const Instance &inst, const std::string &who) {
  const Case &c = inst.c;
  int shown = 0;
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t h = 0; h < c.Hq; ++h)
      for (int64_t i = 0; i < c.Sq; ++i) {
        std::vector<double> want = inst.expectedRow(b, h, i);
        for (int64_t d = 0; d < c.Dv; ++d) {
          double got = inst.o.get(b, h, i, d), w = want[d];
          SCOPED_TRACE(who + " row b=" + std::to_string(b) +
                       " h=" + std::to_string(h) + " i=" + std::to_string(i) +
                       " d=" + std::to_string(d));
          if (std::isnan(w)) {
            EXPECT_TRUE(std::isnan(got)) << got;
            continue;
          }
          EXPECT_NEAR(got, w, 1e-5 * (1.0 + std::fabs(w)));
        }
        if (i == 0) {
          int64_t hk = h / (c.Hq / c.Hkv);
          double mean = 0.0;
          for (int64_t j = 0; j < c.Sk; ++j)
            mean += inst.v.get(b, hk, j, 0);
          mean /= static_cast<double>(c.Sk);
          if (!(std::fabs(want[0] - mean) <= 1e-6))
            ++shown;
        }
      }
  return shown;
}

void runAndCheck(const Case &c, uint32_t seed, bool expectShown) {
  for (const char *backend : {"reference", "cpu", ""}) {
    Instance inst(c, seed);
    attnrt_problem p = inst.problem();
    attnrt_status st = *backend ? attnrt_run_on(&p, backend) : attnrt_run(&p);
    ASSERT_EQ(st, ATTNRT_SUCCESS) << backend << ": " << attnrt_last_error();
    int shown = expectRowsEqual(inst, *backend ? backend : "default");
    if (expectShown)
      EXPECT_GT(shown, 0) << "no fully masked row shows the rounding";
  }
}

TEST(LogitRounding, F16RowsEqualTheProgram) {
  for (uint32_t s = 0; s < 4; ++s) {
    Case c;
    c.emptyRows = s % 2 ? ATTNRT_EMPTY_ROWS_ZERO : ATTNRT_EMPTY_ROWS_NAN;
    runAndCheck(c, kSeed + s, /*expectShown=*/true);
  }
}

TEST(LogitRounding, F16ScaleThatRounds) {
  // 1/sqrt(32) rounded to f16: rnd(s * scale) is inexact for most s.
  Case c;
  c.D = 32;
  c.scale = static_cast<float>(static_cast<_Float16>(0.17677669529663687));
  runAndCheck(c, kSeed + 10, /*expectShown=*/true);
}

TEST(LogitRounding, F16WithoutMask) {
  // No add: the scale step is the last rounding (which a missing rounding
  // of the product would change on most rows).
  Case c;
  c.D = 32;
  c.hasMask = false;
  c.scale = static_cast<float>(static_cast<_Float16>(0.17677669529663687));
  runAndCheck(c, kSeed + 15, /*expectShown=*/false);
}

TEST(LogitRounding, F32MaskIsRoundedToTheLogitType) {
  Case c;
  c.maskType = ATTNRT_DTYPE_F32;
  runAndCheck(c, kSeed + 20, /*expectShown=*/true);
}

TEST(LogitRounding, Bf16RowsEqualTheProgram) {
  Case c;
  c.rounding = ATTNRT_LOGIT_ROUNDING_BF16;
  c.scale = static_cast<float>(roundBf16(0.17677669529663687));
  // s + finfo(bf16).min is finfo.min for every score here: fully masked
  // rows are the mean of V, as with f32 logits; the other rows show the
  // bf16 rounding of the scores.
  runAndCheck(c, kSeed + 30, /*expectShown=*/false);
}

TEST(LogitRounding, NoneDiffersOnFullyMaskedRows) {
  // The twin: the same problem without logit_rounding (the f32 formula)
  // gives the mean of V on a fully masked f16 row, which the program does
  // not: the emulation above can tell the two apart.
  Case c;
  Instance inst(c, kSeed + 40);
  attnrt_problem p = inst.problem();
  p.logit_rounding = ATTNRT_LOGIT_ROUNDING_NONE;
  ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
      << attnrt_last_error();
  int differing = 0;
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t h = 0; h < c.Hq; ++h) {
      std::vector<double> want = inst.expectedRow(b, h, 0);
      for (int64_t d = 0; d < c.Dv; ++d)
        if (!(std::fabs(inst.o.get(b, h, 0, d) - want[d]) <= 1e-3))
          ++differing;
    }
  EXPECT_GT(differing, 0);
}

TEST(LogitRounding, OverflowedRowIsEmpty) {
  // Every scaled score is -32 and the mask finfo(f16).min: -32 - 65504
  // overflows to -inf in f16, so the row is empty (NaN or zeros), where
  // f32 logits would average V.
  for (attnrt_empty_rows rule :
       {ATTNRT_EMPTY_ROWS_NAN, ATTNRT_EMPTY_ROWS_ZERO}) {
    Case c;
    c.Sq = 1;
    c.scale = 1.0f;
    c.emptyRows = rule;
    Instance inst(c, kSeed + 50);
    inst.q.forEach([&](int64_t a, int64_t b, int64_t i, int64_t d) {
      inst.q.set(a, b, i, d, -1.0);
    });
    inst.k.forEach([&](int64_t a, int64_t b, int64_t i, int64_t d) {
      inst.k.set(a, b, i, d, 2.0);
    });
    for (const char *backend : {"reference", "cpu"}) {
      attnrt_problem p = inst.problem();
      ASSERT_EQ(attnrt_run_on(&p, backend), ATTNRT_SUCCESS)
          << attnrt_last_error();
      for (int64_t b = 0; b < c.B; ++b)
        for (int64_t h = 0; h < c.Hq; ++h)
          for (int64_t d = 0; d < c.Dv; ++d) {
            double got = inst.o.get(b, h, 0, d);
            if (rule == ATTNRT_EMPTY_ROWS_NAN)
              EXPECT_TRUE(std::isnan(got)) << backend << " " << got;
            else
              EXPECT_EQ(got, 0.0) << backend;
          }
      expectRowsEqual(inst, backend);
    }
  }
}

TEST(LogitRounding, MlirEntryPointTakesTheMode) {
  Case c;
  Instance inst(c, kSeed + 60);
  auto desc = [](HostTensor &t) {
    attnrt_memref4d m;
    m.allocated = m.aligned = t.bytes.data();
    m.offset = 0;
    for (int i = 0; i < 4; ++i) {
      m.sizes[i] = t.sizes[i];
      m.strides[i] = t.strides[i];
    }
    return m;
  };
  attnrt_memref4d dq = desc(inst.q), dk = desc(inst.k), dv = desc(inst.v),
                  dm = desc(inst.mask), dout = desc(inst.o);
  ASSERT_EQ(_mlir_ciface_attnrt_mlir_flash_attention_f16_f32_mask_f16(
                &dq, &dk, &dv, &dm, &dout, c.scale, ATTNRT_CAUSAL_NONE,
                -INFINITY, c.emptyRows, ATTNRT_LOGIT_ROUNDING_F16),
            0)
      << attnrt_last_error();
  EXPECT_GT(expectRowsEqual(inst, "mlir entry"), 0);
}

TEST(LogitRounding, Validation) {
  Case c;
  Instance inst(c, kSeed + 70);
  attnrt_problem p = inst.problem();
  p.logit_rounding = static_cast<attnrt_logit_rounding>(3);
  EXPECT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(attnrt_last_error()).find("logit_rounding: invalid"),
            std::string::npos)
      << attnrt_last_error();
  // A scale that is no f16 value: the program multiplies by an f16.
  p = inst.problem();
  p.scale = 0.1f;
  EXPECT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(attnrt_last_error())
                .find("scale: 0.100000001 is not a finite f16 value"),
            std::string::npos)
      << attnrt_last_error();
  // Nor a bf16 value.
  p.logit_rounding = ATTNRT_LOGIT_ROUNDING_BF16;
  EXPECT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_ERROR_INVALID_ARGUMENT);
  // Without logit_rounding the same scale is valid.
  p.logit_rounding = ATTNRT_LOGIT_ROUNDING_NONE;
  EXPECT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
      << attnrt_last_error();
}

TEST(LogitRounding, Api2CallersGetNone) {
  // An API-2 caller's struct ends before logit_rounding: whatever lies
  // there is not read, and the logits are f32 (the result equals NONE's).
  Case c;
  Instance inst(c, kSeed + 80);
  attnrt_problem p = inst.problem();
  p.logit_rounding = ATTNRT_LOGIT_ROUNDING_NONE;
  ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS);
  std::vector<double> none = inst.o.values();
  std::fill(inst.o.bytes.begin(), inst.o.bytes.end(), 0);
  p.logit_rounding = static_cast<attnrt_logit_rounding>(77);
  p.struct_size = offsetof(attnrt_problem, logit_rounding);
  ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
      << attnrt_last_error();
  std::vector<double> got = inst.o.values();
  ASSERT_EQ(got.size(), none.size());
  for (size_t x = 0; x < got.size(); ++x)
    EXPECT_TRUE(got[x] == none[x] ||
                (std::isnan(got[x]) && std::isnan(none[x])));
}

} // namespace
