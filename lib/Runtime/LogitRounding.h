//===- LogitRounding.h - logits computed in f16 / bf16 ----------*- C++ -*-===//
//
// The logit of a visible key under logit_rounding = T (attnrt_types.h):
//
//   s = rnd_T( rnd_T( rnd_T(q.k) * scale ) + rnd_T(mask) )
//
// each rnd_T the correctly rounded (nearest, ties to even) T value, +-inf
// past T's range. Every operand is a T value there, so the exact product
// and sum are formed in f64 (a T * T product is exact in f64; a T + T sum is
// rounded once to f64's 53 bits, which is at least 2p + 2 bits for T's p
// and so rounds to T exactly as the exact sum does) and rounded to T with
// Half.h's f64 -> T conversions. This is what the program computes with
// T arithmetic (f32 arithmetic rounded to T agrees for the same reason).
// Header-only so that the unit tests can check their own emulation against
// the backends, not against this file.
//
//===----------------------------------------------------------------------===//

#ifndef ATTNRT_LIB_RUNTIME_LOGITROUNDING_H
#define ATTNRT_LIB_RUNTIME_LOGITROUNDING_H

#include "Half.h"

#include "attnrt/attnrt_types.h"

namespace attnrt {

/// `x` rounded to the type of `r` (unchanged for NONE), as f64.
inline double roundToLogitType(attnrt_logit_rounding r, double x) {
  switch (r) {
  case ATTNRT_LOGIT_ROUNDING_F16:
    return halfToFloat(doubleToHalf(x));
  case ATTNRT_LOGIT_ROUNDING_BF16:
    return bf16ToFloat(doubleToBf16(x));
  case ATTNRT_LOGIT_ROUNDING_NONE:
    break;
  }
  return x;
}

/// Whether `x` is exactly a value of the type of `r` (always for NONE).
inline bool isExactInLogitType(attnrt_logit_rounding r, double x) {
  double y = roundToLogitType(r, x);
  return y == x || (x != x && y != y);
}

/// The logit of a visible key whose dot product q.k is `dot` (f64) under
/// rounding `r` != NONE; `mask` is the additive mask value (ignored
/// without one).
inline double roundedLogit(attnrt_logit_rounding r, double dot, float scale,
                           bool hasAdditiveMask, double mask) {
  double s = roundToLogitType(r, dot);
  s = roundToLogitType(r, s * static_cast<double>(scale));
  if (hasAdditiveMask)
    s = roundToLogitType(r, s + roundToLogitType(r, mask));
  return s;
}

} // namespace attnrt

#endif // ATTNRT_LIB_RUNTIME_LOGITROUNDING_H
