//===- HalfTest.cpp - f16/bf16 conversions against independent oracles ----===//
//
// Half.h is checked against the compiler's _Float16 (f16) and against the
// nearest-candidate search below (bf16): exhaustively for widening
// and for every 16-bit pattern's neighbourhood, and over a strided sweep of
// all 2^32 float bit patterns for narrowing.
//
//===----------------------------------------------------------------------===//

#include "Half.h"
#include "TestUtil.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

using namespace attnrt;

namespace {

float bf16BitsToFloat(uint16_t h) {
  uint32_t u = static_cast<uint32_t>(h) << 16;
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

/// float -> bfloat16, round to nearest, ties to even, by comparing the
/// distances to the two candidates around x (a different algorithm from
/// the library's bit trick).
uint16_t floatToBf16Nearest(float x) {
  uint32_t u;
  std::memcpy(&u, &x, 4);
  if (std::isnan(x))
    return static_cast<uint16_t>((u >> 16) | 0x40);
  uint16_t lo = static_cast<uint16_t>(u >> 16); // Toward zero.
  if ((u & 0xffff) == 0)
    return lo;
  uint16_t hi = static_cast<uint16_t>(lo + 1); // Away from zero.
  double a = std::fabs(static_cast<double>(bf16BitsToFloat(lo)));
  // The neighbour past the largest finite bf16 is 2^128 for rounding.
  double b = (hi & 0x7fff) == 0x7f80
                 ? std::ldexp(1.0, 128)
                 : std::fabs(static_cast<double>(bf16BitsToFloat(hi)));
  double ax = std::fabs(static_cast<double>(x));
  if (ax - a < b - ax)
    return lo;
  if (ax - a > b - ax)
    return hi;
  return (lo & 1) ? hi : lo;
}

uint16_t compilerHalf(float f) {
  _Float16 h = static_cast<_Float16>(f);
  uint16_t u;
  std::memcpy(&u, &h, 2);
  return u;
}

bool isHalfNan(uint16_t h) { return (h & 0x7c00) == 0x7c00 && (h & 0x3ff); }
bool isBf16Nan(uint16_t h) { return (h & 0x7f80) == 0x7f80 && (h & 0x7f); }

TEST(Half, WideningIsExactForEveryPattern) {
  for (uint32_t u = 0; u < 65536; ++u) {
    uint16_t h = static_cast<uint16_t>(u);
    _Float16 ch;
    std::memcpy(&ch, &h, 2);
    float expected = static_cast<float>(ch);
    float got = halfToFloat(h);
    if (std::isnan(expected)) {
      EXPECT_TRUE(std::isnan(got)) << std::hex << u;
      continue;
    }
    ASSERT_EQ(floatBits(got), floatBits(expected)) << std::hex << u;
    // bf16 widening is a shift by definition; check round trips instead.
    float b = bf16ToFloat(h);
    if (!std::isnan(b))
      ASSERT_EQ(floatToBf16(b), h) << std::hex << u;
  }
}

TEST(Half, NarrowingRoundsToNearestEven) {
  // Every 251st float pattern (prime stride: hits all exponents, signs and
  // mantissa residues), plus the exact midpoints and their neighbours
  // around every f16 and bf16 value, which is where rounding bugs live.
  auto check = [](uint32_t bits) {
    float f = bitsToFloat(bits);
    uint16_t h = floatToHalf(f), ch = compilerHalf(f);
    if (std::isnan(f)) {
      ASSERT_TRUE(isHalfNan(h)) << std::hex << bits;
      ASSERT_TRUE(isBf16Nan(floatToBf16(f))) << std::hex << bits;
      return;
    }
    ASSERT_EQ(h, ch) << "f16 of float bits " << std::hex << bits;
    ASSERT_EQ(floatToBf16(f), floatToBf16Nearest(f))
        << "bf16 of float bits " << std::hex << bits;
  };
  for (uint64_t u = 0; u <= 0xffffffffull; u += 251)
    check(static_cast<uint32_t>(u));
  for (uint32_t u = 0; u < 65536; ++u) {
    // f16 midpoints: halfway between h and h+1 in float.
    float lo = halfToFloat(static_cast<uint16_t>(u));
    float hi = halfToFloat(static_cast<uint16_t>(u + 1));
    if (std::isfinite(lo) && std::isfinite(hi) && (u & 0x7fff) != 0x7bff) {
      float mid = static_cast<float>((static_cast<double>(lo) + hi) / 2);
      for (int d = -1; d <= 1; ++d)
        check(floatBits(mid) + d);
    }
    // bf16 midpoints: the float whose low 16 bits are 0x8000.
    uint32_t midBits = (u << 16) | 0x8000u;
    for (int d = -1; d <= 1; ++d)
      check(midBits + d);
  }
}

TEST(Half, SpecialValues) {
  const float inf = std::numeric_limits<float>::infinity();
  EXPECT_EQ(floatToHalf(65504.0f), 0x7bff);
  EXPECT_EQ(floatToHalf(65519.996f), 0x7bff); // Just below the midpoint.
  EXPECT_EQ(floatToHalf(65520.0f), 0x7c00);   // The midpoint ties to Inf.
  EXPECT_EQ(floatToHalf(inf), 0x7c00);
  EXPECT_EQ(floatToHalf(-inf), 0xfc00);
  EXPECT_EQ(floatToHalf(-0.0f), 0x8000);
  EXPECT_EQ(floatToHalf(5.9604645e-8f), 0x0001); // Smallest subnormal.
  EXPECT_EQ(floatToHalf(2.9802322e-8f), 0x0000); // Half of it: ties to 0.
  EXPECT_EQ(floatToBf16(-0.0f), 0x8000);
  EXPECT_EQ(floatToBf16(inf), 0x7f80);
  EXPECT_EQ(floatToBf16(std::numeric_limits<float>::max()), 0x7f80);
}

TEST(Half, FromDoubleAvoidsDoubleRounding) {
  // 1 + 2^-11 + 2^-40 is just above the f16 midpoint between 1 and
  // 1 + 2^-10. Rounding to f32 first would land exactly on the midpoint and
  // tie to even (down to 1.0); the correct result rounds up.
  double d = 1.0 + std::ldexp(1.0, -11) + std::ldexp(1.0, -40);
  EXPECT_EQ(static_cast<double>(static_cast<float>(d)),
            1.0 + std::ldexp(1.0, -11)); // The trap is real.
  EXPECT_EQ(doubleToHalf(d), 0x3c01);
  // Same for bf16: midpoint between 1 and 1 + 2^-7.
  double e = 1.0 + std::ldexp(1.0, -8) + std::ldexp(1.0, -40);
  EXPECT_EQ(doubleToBf16(e), 0x3f81);
  EXPECT_EQ(doubleToBf16(-e), 0xbf81);
  // Exact values and overflow.
  EXPECT_EQ(doubleToHalf(0.5), 0x3800);
  EXPECT_EQ(doubleToHalf(1e300), 0x7c00);
  EXPECT_EQ(doubleToBf16(1e300), 0x7f80);
  EXPECT_EQ(doubleToHalf(1e-300), 0x0000);
}

} // namespace
