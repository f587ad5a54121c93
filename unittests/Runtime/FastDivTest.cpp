//===- FastDivTest.cpp - attn::FastDiv against the hardware's divide ------===//
//
// The Hopper kernels turn tile indices into coordinates with attn::FastDiv
// (kernels/include/attn/fast_div.h); the same header's host path is checked
// here against `/` and `%` over every dividend class that matters: around
// multiples of d, around 2^31, and random, for divisors near every power of
// two and random ones.
//
//===----------------------------------------------------------------------===//

#include "attn/fast_div.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

namespace {

void checkDivisor(int64_t d, std::mt19937 &rng) {
  const attn::FastDiv f = attn::FastDiv::of(d);
  ASSERT_EQ(f.d, d);
  std::vector<int64_t> ns = {0, 1, 2, d - 1, d, d + 1, 2 * d - 1, 2 * d, 0x7fffffff, 0x7ffffffe,
                             0x40000000, 0x3fffffff};
  const int64_t top = 0x7fffffff / d;  // the largest quotient
  for (int64_t q : {int64_t{3}, int64_t{1000}, top - 1, top})
    for (int64_t e : {int64_t{-1}, int64_t{0}, int64_t{1}}) ns.push_back(q * d + e);
  std::uniform_int_distribution<int64_t> any(0, 0x7fffffff);
  for (int i = 0; i < 64; ++i) ns.push_back(any(rng));
  for (int64_t n : ns) {
    if (n < 0 || n > 0x7fffffff) continue;
    const int32_t n32 = static_cast<int32_t>(n);
    ASSERT_EQ(f.div(n32), n / d) << "n " << n << " d " << d;
    ASSERT_EQ(f.mod(n32), n % d) << "n " << n << " d " << d;
  }
}

TEST(FastDiv, MatchesDivideAndModulo) {
  std::mt19937 rng(std::random_device{}());
  for (int64_t d = 1; d <= 4096; ++d) checkDivisor(d, rng);
  for (int k = 12; k <= 31; ++k)
    for (int64_t e = -3; e <= 3; ++e) {
      const int64_t d = (int64_t{1} << k) + e;
      if (d >= 1 && d <= 0x7fffffff) checkDivisor(d, rng);
    }
  std::uniform_int_distribution<int64_t> any(1, 0x7fffffff);
  for (int i = 0; i < 2000; ++i) checkDivisor(any(rng), rng);
}

// Divisors the kernels never pass (a launch has at least one head, chunk,
// split) give the identity, not a trap or garbage.
TEST(FastDiv, OutOfRangeDivisorIsIdentity) {
  for (int64_t d : {int64_t{0}, int64_t{-5}, int64_t{1} << 31}) {
    const attn::FastDiv f = attn::FastDiv::of(d);
    EXPECT_EQ(f.d, 1);
    EXPECT_EQ(f.div(12345), 12345);
    EXPECT_EQ(f.mod(12345), 0);
  }
}

} // namespace
