//===- Half.h - f16 / bf16 conversions --------------------------*- C++ -*-===//
//
// Bit-exact IEEE binary16 and bfloat16 conversions, header-only so that the
// unit tests can use the same helpers. Narrowing rounds to nearest, ties to
// even (what hardware and PyTorch do); widening is exact. NaN stays NaN
// (quietened), infinities and signed zeros are preserved, and values beyond
// the narrow type's range round to infinity.
//
//===----------------------------------------------------------------------===//

#ifndef ATTNRT_LIB_RUNTIME_HALF_H
#define ATTNRT_LIB_RUNTIME_HALF_H

#include <cmath>
#include <cstdint>
#include <cstring>

namespace attnrt {

inline uint32_t floatBits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, sizeof(u));
  return u;
}

inline float bitsToFloat(uint32_t u) {
  float f;
  std::memcpy(&f, &u, sizeof(f));
  return f;
}

/// binary16 -> binary32, exact.
inline float halfToFloat(uint16_t h) {
  uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  uint32_t exp = (h >> 10) & 0x1fu;
  uint32_t mant = h & 0x3ffu;
  if (exp == 0) {
    // Zero or subnormal: mant * 2^-24 is exact in binary32.
    float mag = static_cast<float>(mant) * 5.9604644775390625e-8f;
    return bitsToFloat(floatBits(mag) | sign);
  }
  if (exp == 31) // Inf or NaN (payload kept, quiet bit already in mant).
    return bitsToFloat(sign | 0x7f800000u | (mant << 13));
  return bitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
}

/// binary32 -> binary16, round to nearest even.
inline uint16_t floatToHalf(float f) {
  // After F. Giesen's float_to_half_fast3_rtne: subnormals are rounded by
  // the FPU through a magic addend, normals by integer arithmetic.
  uint32_t x = floatBits(f);
  uint32_t sign = x & 0x80000000u;
  x ^= sign;
  uint16_t o;
  if (x >= (127u + 16u) << 23) {
    // |f| >= 65536, Inf or NaN. (65520 <= |f| < 65536 rounds up to Inf in
    // the normal path below through the mantissa carry.)
    o = x > 0x7f800000u ? 0x7e00u : 0x7c00u;
  } else if (x < (113u << 23)) {
    // |f| < 2^-14: the result is subnormal or zero.
    const uint32_t magic = ((127u - 15u) + (23u - 10u) + 1u) << 23;
    float g = bitsToFloat(x) + bitsToFloat(magic);
    o = static_cast<uint16_t>(floatBits(g) - magic);
  } else {
    uint32_t mantOdd = (x >> 13) & 1u;
    x += (static_cast<uint32_t>(15 - 127) << 23) + 0xfffu;
    x += mantOdd;
    o = static_cast<uint16_t>(x >> 13);
  }
  return static_cast<uint16_t>(o | (sign >> 16));
}

/// bfloat16 -> binary32, exact.
inline float bf16ToFloat(uint16_t h) {
  return bitsToFloat(static_cast<uint32_t>(h) << 16);
}

/// binary32 -> bfloat16, round to nearest even.
inline uint16_t floatToBf16(float f) {
  uint32_t x = floatBits(f);
  if ((x & 0x7fffffffu) > 0x7f800000u) // NaN: keep sign, force quiet.
    return static_cast<uint16_t>((x >> 16) | 0x40u);
  x += 0x7fffu + ((x >> 16) & 1u);
  return static_cast<uint16_t>(x >> 16);
}

/// binary64 -> binary32 rounded to odd: truncate, then set the last bit if
/// inexact. Rounding that result to a format with at least two fewer
/// significand bits (f16, bf16) gives the correctly rounded f64 value,
/// avoiding double rounding in the f64-accumulating reference backend.
inline float doubleToFloatRoundOdd(double d) {
  float f = static_cast<float>(d);
  if (std::isnan(d) || static_cast<double>(f) == d)
    return f;
  // Truncate toward zero.
  if (std::fabs(static_cast<double>(f)) > std::fabs(d))
    f = std::nextafter(f, 0.0f);
  return bitsToFloat(floatBits(f) | 1u);
}

inline uint16_t doubleToHalf(double d) {
  return floatToHalf(doubleToFloatRoundOdd(d));
}

inline uint16_t doubleToBf16(double d) {
  return floatToBf16(doubleToFloatRoundOdd(d));
}

} // namespace attnrt

#endif // ATTNRT_LIB_RUNTIME_HALF_H
