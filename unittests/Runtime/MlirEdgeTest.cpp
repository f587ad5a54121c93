//===- MlirEdgeTest.cpp - the MLIR entry points follow the program ---------===//
//
// A fused program must run wherever the unfused one runs (issue 10): the
// _mlir_ciface_ entry points accept zero-size dimensions and NaN / infinite
// scales and compute what the program's loops compute. Each expectation is
// computed here independently: closed forms (zeros, mean of V) and the
// literal max / exp / sum / div formula in IEEE f32, row by row, on fresh
// random inputs.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>

using namespace attnrt_test;

namespace {

constexpr uint32_t kSeed = 20261201;

attnrt_memref4d memref(HostTensor &t) {
  attnrt_memref4d m;
  m.allocated = t.bytes.data();
  m.aligned = t.bytes.data();
  m.offset = 0;
  for (int i = 0; i < 4; ++i) {
    m.sizes[i] = t.sizes[i];
    m.strides[i] = t.strides[i];
  }
  return m;
}

/// A tensor with a zero size still needs strides; HostTensor computes them
/// (and allocates nothing, or the extent of the nonzero dims).
struct Problem {
  int64_t B, Hq, Hkv, Sq, Sk, D, Dv;
  HostTensor q, k, v, o, mask;
  bool hasMask = false;

  Problem(int64_t b, int64_t hq, int64_t hkv, int64_t sq, int64_t sk,
          int64_t d, int64_t dv, uint32_t seed)
      : B(b), Hq(hq), Hkv(hkv), Sq(sq), Sk(sk), D(d), Dv(dv) {
    std::mt19937 rng(seed);
    q = HostTensor(ATTNRT_DTYPE_F32, {B, Hq, Sq, D});
    k = HostTensor(ATTNRT_DTYPE_F32, {B, Hkv, Sk, D});
    v = HostTensor(ATTNRT_DTYPE_F32, {B, Hkv, Sk, Dv});
    o = HostTensor(ATTNRT_DTYPE_F32, {B, Hq, Sq, Dv});
    // Never empty buffers: a zero-size tensor still has a valid pointer.
    for (HostTensor *t : {&q, &k, &v, &o})
      if (t->bytes.empty())
        t->bytes.assign(16, 0xab);
    q.fillRandom(rng);
    k.fillRandom(rng);
    v.fillRandom(rng);
    std::fill(o.bytes.begin(), o.bytes.end(), 0x7f);
  }

  void addMask(attnrt_dtype dt, std::mt19937 &rng,
               double (*value)(int64_t i, int64_t j, std::mt19937 &)) {
    hasMask = true;
    mask = HostTensor(dt, {B, Hq, Sq, Sk});
    if (mask.bytes.empty())
      mask.bytes.assign(16, 0xab);
    mask.forEach([&](int64_t a, int64_t b, int64_t i, int64_t j) {
      mask.set(a, b, i, j, value(i, j, rng));
    });
  }

  int32_t run(float scale, attnrt_causal causal = ATTNRT_CAUSAL_NONE,
              float fill = -INFINITY,
              attnrt_empty_rows rule = ATTNRT_EMPTY_ROWS_ZERO) {
    attnrt_memref4d mq = memref(q), mk = memref(k), mv = memref(v),
                    mo = memref(o);
    if (!hasMask)
      return _mlir_ciface_attnrt_mlir_flash_attention_f32_f32(
          &mq, &mk, &mv, &mo, scale, causal, fill, rule, ATTNRT_LOGIT_ROUNDING_NONE);
    attnrt_memref4d mm = memref(mask);
    if (mask.dtype == ATTNRT_DTYPE_BOOL)
      return _mlir_ciface_attnrt_mlir_flash_attention_f32_f32_mask_i1(
          &mq, &mk, &mv, &mm, &mo, scale, causal, fill, rule, ATTNRT_LOGIT_ROUNDING_NONE);
    return _mlir_ciface_attnrt_mlir_flash_attention_f32_f32_mask_f32(
        &mq, &mk, &mv, &mm, &mo, scale, causal, fill, rule, ATTNRT_LOGIT_ROUNDING_NONE);
  }

  bool hidden(attnrt_causal causal, int64_t b, int64_t h, int64_t i,
              int64_t j) const {
    if (causal == ATTNRT_CAUSAL_TOP_LEFT && j > i)
      return true;
    if (causal == ATTNRT_CAUSAL_BOTTOM_RIGHT && j > i + Sk - Sq)
      return true;
    return hasMask && mask.dtype == ATTNRT_DTYPE_BOOL &&
           mask.get(b, h, i, j) == 0.0;
  }

  /// The program's row, literally, in IEEE f32: s = scale * dot (+ mask),
  /// hidden -> fill, m = max (NaN propagates, as arith.maximumf), e =
  /// exp(s - m), o = sum e * v / sum e; then the empty-row rule for rows
  /// whose every logit is -inf.
  std::vector<float> literalRow(float scale, attnrt_causal causal, float fill,
                                attnrt_empty_rows rule, int64_t b, int64_t h,
                                int64_t i) const {
    int64_t hk = h / (Hq / Hkv);
    std::vector<float> s(static_cast<size_t>(Sk));
    float m = -INFINITY;
    bool empty = true;
    for (int64_t j = 0; j < Sk; ++j) {
      float dot = 0.0f;
      for (int64_t d = 0; d < D; ++d)
        dot += static_cast<float>(q.get(b, h, i, d)) *
               static_cast<float>(k.get(b, hk, j, d));
      float x = scale * dot;
      if (hasMask && mask.dtype != ATTNRT_DTYPE_BOOL)
        x += static_cast<float>(mask.get(b, h, i, j));
      if (hidden(causal, b, h, i, j))
        x = fill;
      s[j] = x;
      m = (std::isnan(x) || std::isnan(m)) ? NAN : std::max(m, x);
      empty = empty && x == -INFINITY;
    }
    std::vector<float> out(static_cast<size_t>(Dv), 0.0f);
    if (empty && Sk > 0) {
      std::fill(out.begin(), out.end(),
                rule == ATTNRT_EMPTY_ROWS_NAN ? NAN : 0.0f);
      return out;
    }
    float sum = 0.0f;
    for (int64_t j = 0; j < Sk; ++j) {
      s[j] = std::exp(s[j] - m);
      sum += s[j];
    }
    for (int64_t j = 0; j < Sk; ++j)
      for (int64_t d = 0; d < Dv; ++d)
        out[d] += s[j] / sum * static_cast<float>(v.get(b, hk, j, d));
    return out;
  }

  /// Every row of o against literalRow: NaN exactly where it is NaN.
  void expectLiteral(float scale, attnrt_causal causal, float fill,
                     attnrt_empty_rows rule, int *nanRows = nullptr) {
    for (int64_t b = 0; b < B; ++b)
      for (int64_t h = 0; h < Hq; ++h)
        for (int64_t i = 0; i < Sq; ++i) {
          std::vector<float> want =
              literalRow(scale, causal, fill, rule, b, h, i);
          if (nanRows && std::isnan(want[0]))
            ++*nanRows;
          for (int64_t d = 0; d < Dv; ++d) {
            double got = o.get(b, h, i, d);
            if (std::isnan(want[d])) {
              ASSERT_TRUE(std::isnan(got)) << b << "," << h << "," << i;
              continue;
            }
            ASSERT_NEAR(got, want[d], 1e-5 * (1 + std::fabs(want[d])))
                << b << "," << h << "," << i << " d " << d;
          }
        }
  }
};

TEST(MlirEdges, EmptyOutputWritesNothing) {
  // B, Hq, Sq or Dv == 0: the program has nothing to compute.
  const int64_t shapes[][7] = {
      {0, 2, 2, 3, 4, 5, 6}, {2, 0, 0, 3, 4, 5, 6}, {2, 2, 1, 0, 4, 5, 6},
      {2, 2, 2, 3, 4, 5, 0}, {0, 0, 0, 0, 0, 0, 0}, {1, 2, 1, 0, 0, 0, 3}};
  for (const auto &s : shapes) {
    Problem p(s[0], s[1], s[2], s[3], s[4], s[5], s[6], kSeed);
    std::vector<unsigned char> before = p.o.bytes;
    EXPECT_EQ(p.run(NAN), 0) << attnrt_last_error();
    EXPECT_EQ(p.o.bytes, before);
    std::mt19937 rng(kSeed);
    p.addMask(ATTNRT_DTYPE_BOOL, rng,
              [](int64_t, int64_t, std::mt19937 &) { return 1.0; });
    EXPECT_EQ(p.run(0.5f, ATTNRT_CAUSAL_BOTTOM_RIGHT), 0);
    EXPECT_EQ(p.o.bytes, before);
  }
}

TEST(MlirEdges, ZeroKeysGiveZeros) {
  // Sk == 0: O = sum over no key = 0, whatever the rest.
  for (int variant = 0; variant < 4; ++variant) {
    SCOPED_TRACE(variant);
    Problem p(2, 4, 2, 5, 0, 8, 6, kSeed + variant);
    std::mt19937 rng(kSeed + variant);
    if (variant == 1)
      p.addMask(ATTNRT_DTYPE_BOOL, rng,
                [](int64_t, int64_t, std::mt19937 &) { return 0.0; });
    if (variant == 2)
      p.addMask(ATTNRT_DTYPE_F32, rng,
                [](int64_t, int64_t, std::mt19937 &) { return 1.0; });
    if (variant == 3)
      p.q.set(1, 2, 3, 4, INFINITY);
    float scale = variant == 3 ? NAN : 0.5f;
    ASSERT_EQ(p.run(scale, ATTNRT_CAUSAL_BOTTOM_RIGHT, -1e4f,
                    ATTNRT_EMPTY_ROWS_NAN),
              0)
        << attnrt_last_error();
    p.o.forEach([&](int64_t b, int64_t h, int64_t i, int64_t d) {
      double x = p.o.get(b, h, i, d);
      ASSERT_TRUE(x == 0.0 && !std::signbit(x)) << b << h << i << d << " " << x;
    });
  }
}

TEST(MlirEdges, ZeroHeadDimLogitsAreTheMask) {
  // D == 0: q.k == 0, so without a mask every row is the mean of V.
  {
    Problem p(2, 4, 2, 5, 7, 0, 6, kSeed + 10);
    ASSERT_EQ(p.run(0.125f), 0) << attnrt_last_error();
    p.o.forEach([&](int64_t b, int64_t h, int64_t i, int64_t d) {
      double mean = 0;
      for (int64_t j = 0; j < p.Sk; ++j)
        mean += p.v.get(b, h / 2, j, d);
      ASSERT_NEAR(p.o.get(b, h, i, d), mean / p.Sk, 1e-6) << b << h << i;
    });
  }
  // With an additive mask: softmax(mask) V; with a boolean mask and a -inf
  // fill: hidden rows follow the empty-row rule; a NaN scale: NaN rows.
  for (int variant = 0; variant < 3; ++variant) {
    SCOPED_TRACE(variant);
    Problem p(2, 4, 2, 6, 7, 0, 5, kSeed + 11 + variant);
    std::mt19937 rng(kSeed + 11 + variant);
    if (variant == 0)
      p.addMask(ATTNRT_DTYPE_F32, rng, [](int64_t, int64_t, std::mt19937 &r) {
        return std::uniform_real_distribution<double>(-3, 3)(r);
      });
    else
      p.addMask(ATTNRT_DTYPE_BOOL, rng,
                [](int64_t i, int64_t j, std::mt19937 &) {
                  return i % 2 == 0 || j == 3 ? 0.0 : 1.0;
                });
    float scale = variant == 2 ? NAN : 0.3f;
    ASSERT_EQ(p.run(scale, ATTNRT_CAUSAL_NONE, -INFINITY,
                    ATTNRT_EMPTY_ROWS_NAN),
              0)
        << attnrt_last_error();
    int nanRows = 0;
    p.expectLiteral(scale, ATTNRT_CAUSAL_NONE, -INFINITY,
                    ATTNRT_EMPTY_ROWS_NAN, &nanRows);
    EXPECT_EQ(nanRows, variant == 0 ? 0 : variant == 1 ? 24 : 48);
  }
}

TEST(MlirEdges, NonFiniteScaleComputesTheFormula) {
  // Bool mask: even rows hide every key (finite fill: mean of V, even with
  // a NaN scale), odd rows hide key 0.
  for (float scale : {NAN, INFINITY, -INFINITY}) {
    for (float fill : {-INFINITY, -5.0f}) {
      SCOPED_TRACE(testing::Message() << "scale " << scale << " fill " << fill);
      Problem p(1, 2, 1, 16, 3, 4, 3, kSeed + 20);
      std::mt19937 rng(kSeed + 20);
      p.addMask(ATTNRT_DTYPE_BOOL, rng,
                [](int64_t i, int64_t j, std::mt19937 &) {
                  return i % 2 == 0 || j == 0 ? 0.0 : 1.0;
                });
      ASSERT_EQ(p.run(scale, ATTNRT_CAUSAL_NONE, fill, ATTNRT_EMPTY_ROWS_ZERO),
                0)
          << attnrt_last_error();
      int nanRows = 0;
      p.expectLiteral(scale, ATTNRT_CAUSAL_NONE, fill, ATTNRT_EMPTY_ROWS_ZERO,
                      &nanRows);
      // Not every row NaN: hidden rows (and, for +-inf, rows whose visible
      // dots are all of the sign that makes them -inf) are finite.
      EXPECT_GT(nanRows, 0);
      EXPECT_LT(nanRows, 32);
    }
  }
}

TEST(MlirEdges, NonFiniteScaleOnAForcedBackendFailsLoudly) {
  const char *old = std::getenv("ATTNRT_BACKEND");
  std::string saved = old ? old : "";
  setenv("ATTNRT_BACKEND", "cpu", 1);
  Problem p(1, 1, 1, 2, 3, 4, 3, kSeed + 30);
  int32_t rc = p.run(NAN);
  std::string error = attnrt_last_error();
  if (old)
    setenv("ATTNRT_BACKEND", saved.c_str(), 1);
  else
    unsetenv("ATTNRT_BACKEND");
  if (rc == 0) {
    // The cpu backend computes the formula: then it must be the formula.
    p.expectLiteral(NAN, ATTNRT_CAUSAL_NONE, -INFINITY, ATTNRT_EMPTY_ROWS_ZERO);
    return;
  }
  EXPECT_EQ(rc, ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_NE(error.find("cpu"), std::string::npos) << error;
}

TEST(MlirEdges, CApiStillRejectsANonFiniteScale) {
  Problem p(1, 1, 1, 2, 3, 4, 3, kSeed + 31);
  attnrt_problem cp;
  attnrt_problem_init(&cp);
  cp.q = p.q.view();
  cp.k = p.k.view();
  cp.v = p.v.view();
  cp.o = p.o.view();
  for (float scale : {NAN, INFINITY}) {
    cp.scale = scale;
    EXPECT_EQ(attnrt_run(&cp), ATTNRT_ERROR_INVALID_ARGUMENT);
  }
}

} // namespace
