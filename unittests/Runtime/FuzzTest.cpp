//===- FuzzTest.cpp - random problem descriptions never crash -------------===//
//
// Thousands of randomly mutated problem descriptions (most of them invalid)
// go through attnrt_select_backend, attnrt_run and attnrt_run_on. Every call
// must return a status; definitely-invalid descriptions must be rejected;
// a rejected call must leave every buffer untouched; inputs are never
// written. Runs under ASan + UBSan in scripts/test-runtime-sanitizers.sh.
//
// The library cannot know how large the caller's buffers are, so a
// description that validation accepts is only *run* when the test has
// checked (with its own 128-bit arithmetic) that every view lies inside the
// buffer it points to; otherwise only attnrt_select_backend (which reads no
// tensor memory) is called.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace {

constexpr uint32_t kSeed = 424242;
constexpr int kIterations = 20000;
constexpr size_t kBufferBytes = 16384;

struct Buffer {
  std::vector<unsigned char> bytes = std::vector<unsigned char>(kBufferBytes);
  unsigned char *begin() { return bytes.data(); }
  unsigned char *end() { return bytes.data() + bytes.size(); }
};

int64_t interestingInt(std::mt19937 &rng) {
  static const int64_t values[] = {-1,
                                   0,
                                   1,
                                   2,
                                   3,
                                   4,
                                   5,
                                   7,
                                   8,
                                   16,
                                   33,
                                   64,
                                   100,
                                   1 << 20,
                                   std::numeric_limits<int64_t>::max(),
                                   std::numeric_limits<int64_t>::min(),
                                   int64_t(1) << 62,
                                   (int64_t(1) << 62) + 1,
                                   -(int64_t(1) << 40),
                                   1 << 30};
  std::uniform_int_distribution<size_t> pick(0, std::size(values) - 1);
  if (rng() % 4 == 0)
    return static_cast<int64_t>(rng() % 20) - 2;
  return values[pick(rng)];
}

/// Byte extent [lo, hi) of a view computed with 128-bit integers; false when
/// sizes/strides are not plausibly valid.
bool extent(const attnrt_tensor &t, __int128 &lo, __int128 &hi) {
  int dt;
  std::memcpy(&dt, &t.dtype, sizeof(dt));
  if (dt < 0 || dt > 3 || !t.data)
    return false;
  __int128 maxOff = 0;
  for (int i = 0; i < 4; ++i) {
    if (t.sizes[i] < 1 || t.strides[i] < 0)
      return false;
    maxOff += static_cast<__int128>(t.sizes[i] - 1) * t.strides[i];
  }
  lo = static_cast<__int128>(reinterpret_cast<uintptr_t>(t.data));
  hi = lo + (maxOff + 1) * static_cast<__int128>(attnrt_test::elemSize(
                               static_cast<attnrt_dtype>(dt)));
  return true;
}

bool insideAnyBuffer(const attnrt_tensor &t, Buffer *buffers, int n) {
  __int128 lo, hi;
  if (!extent(t, lo, hi))
    return false;
  for (int i = 0; i < n; ++i) {
    __int128 b = reinterpret_cast<uintptr_t>(buffers[i].begin());
    __int128 e = reinterpret_cast<uintptr_t>(buffers[i].end());
    if (lo >= b && hi <= e)
      return true;
  }
  return false;
}

int rawInt(const void *field) {
  int v;
  std::memcpy(&v, field, sizeof(v));
  return v;
}

/// Simple local-property violations, judged on the final description
/// (a later mutation may repair an earlier one). Shape mismatches and
/// overlaps are left to the library.
bool obviouslyInvalid(const attnrt_problem &p) {
  if (p.struct_size != sizeof(attnrt_problem) || !std::isfinite(p.scale))
    return true;
  if (std::isnan(p.mask_fill) || p.mask_fill == INFINITY)
    return true;
  int emptyRows = rawInt(&p.empty_rows);
  if (emptyRows < 0 || emptyRows > 1)
    return true;
  int causal = rawInt(&p.causal), memory = rawInt(&p.memory);
  if (causal < 0 || causal > 2 || memory < 0 || memory > 1)
    return true;
  const attnrt_tensor *ts[6] = {&p.q, &p.k, &p.v, &p.o, &p.mask, &p.lse};
  for (int i = 0; i < 6; ++i) {
    const attnrt_tensor &t = *ts[i];
    bool isMask = i == 4;
    if (!t.data) {
      if (i >= 4)
        continue; // No mask, no lse.
      return true;
    }
    int dt = rawInt(&t.dtype);
    if (dt < 0 || dt > 3 || (dt == ATTNRT_DTYPE_BOOL && !isMask))
      return true;
    for (int d = 0; d < 4; ++d)
      if (t.sizes[d] < 1 || t.strides[d] < 0)
        return true;
  }
  return false;
}

TEST(Fuzz, RandomProblemsReturnAStatus) {
  std::mt19937 rng(kSeed);
  SCOPED_TRACE("seed " + std::to_string(kSeed));
  unsetenv("ATTNRT_BACKEND");
  // Buffers: 0..3 inputs (q, k, v, mask), 4 output, 5 lse.
  Buffer buffers[6];
  int counts[4] = {0, 0, 0, 0}; // Statuses seen, for the sanity check.
  int ran = 0;

  for (int it = 0; it < kIterations; ++it) {
    SCOPED_TRACE("iteration " + std::to_string(it));
    // A valid base problem: B=1, Hq=2, Hkv=1, Sq=3, Sk=5, D=4, Dv=4, f32.
    attnrt_problem p;
    attnrt_problem_init(&p);
    p.scale = 0.5f;
    auto setView = [&](attnrt_tensor &t, int buf, int64_t H, int64_t S,
                       int64_t D) {
      t.data = buffers[buf].begin();
      t.dtype = ATTNRT_DTYPE_F32;
      int64_t sizes[4] = {1, H, S, D}, strides[4] = {H * S * D, S * D, D, 1};
      std::memcpy(t.sizes, sizes, sizeof(sizes));
      std::memcpy(t.strides, strides, sizeof(strides));
    };
    setView(p.q, 0, 2, 3, 4);
    setView(p.k, 1, 1, 5, 4);
    setView(p.v, 2, 1, 5, 4);
    setView(p.o, 4, 2, 3, 4);
    if (rng() % 2)
      setView(p.mask, 3, 2, 3, 5);
    if (rng() % 2)
      setView(p.lse, 5, 2, 3, 1);

    int mutations = 1 + static_cast<int>(rng() % 4);
    for (int m = 0; m < mutations; ++m) {
      attnrt_tensor *ts[6] = {&p.q, &p.k, &p.v, &p.o, &p.mask, &p.lse};
      attnrt_tensor &t = *ts[rng() % 6];
      switch (rng() % 14) {
      case 0: {
        int64_t v = interestingInt(rng);
        t.sizes[rng() % 4] = v;
        break;
      }
      case 1: {
        int64_t v = interestingInt(rng);
        t.strides[rng() % 4] = v;
        break;
      }
      case 2: {
        int v = static_cast<int>(rng() % 7) - 2; // -2 .. 4
        std::memcpy(&t.dtype, &v, sizeof(v));
        break;
      }
      case 3:
        // Point into some buffer, possibly another operand's (aliasing).
        t.data = buffers[rng() % 6].begin() + (rng() % 64) * 4;
        break;
      case 4:
        t.data = nullptr;
        break;
      case 5: {
        int v = static_cast<int>(rng() % 6) - 1;
        std::memcpy(&p.causal, &v, sizeof(v));
        break;
      }
      case 6: {
        const float values[] = {std::numeric_limits<float>::quiet_NaN(),
                                std::numeric_limits<float>::infinity(),
                                -std::numeric_limits<float>::infinity(),
                                0.0f,
                                -2.0f,
                                1e30f,
                                1e-40f};
        p.scale = values[rng() % std::size(values)];
        break;
      }
      case 7: {
        int v = static_cast<int>(rng() % 4) - 1;
        std::memcpy(&p.memory, &v, sizeof(v));
        break;
      }
      case 8:
        p.struct_size = static_cast<uint32_t>(rng() % 2 ? 0 : rng());
        break;
      case 9:
        p.device = static_cast<int32_t>(rng());
        break;
      case 10: {
        const float fills[] = {std::numeric_limits<float>::quiet_NaN(),
                               std::numeric_limits<float>::infinity(),
                               -std::numeric_limits<float>::infinity(),
                               -1e4f, -3.4e38f, 0.0f};
        p.mask_fill = fills[rng() % std::size(fills)];
        break;
      }
      case 11: {
        int v = static_cast<int>(rng() % 5) - 1;
        std::memcpy(&p.empty_rows, &v, sizeof(v));
        break;
      }
      default: {
        // Resize one logical dim consistently on one operand only.
        int64_t v = 1 + static_cast<int64_t>(rng() % 9);
        t.sizes[rng() % 4] = v;
        break;
      }
      }
    }

    bool definitelyInvalid = obviouslyInvalid(p);

    for (Buffer &b : buffers)
      std::fill(b.bytes.begin(), b.bytes.end(), 0x3f); // ~0.75f as floats.
    std::vector<unsigned char> before[6];
    for (int i = 0; i < 6; ++i)
      before[i] = buffers[i].bytes;

    // Run only when every view lies inside a buffer (the caller's side of
    // the contract) and the work is small.
    bool runnable =
        rawInt(&p.memory) == ATTNRT_MEMORY_HOST &&
        insideAnyBuffer(p.q, buffers, 6) && insideAnyBuffer(p.k, buffers, 6) &&
        insideAnyBuffer(p.v, buffers, 6) && insideAnyBuffer(p.o, buffers, 6) &&
        (!p.mask.data || insideAnyBuffer(p.mask, buffers, 6)) &&
        (!p.lse.data || insideAnyBuffer(p.lse, buffers, 6));
    // Stride-0 views can describe huge problems in a small buffer: cap the
    // work (multiply-adds) before running.
    // (In double: these sizes can be anything up to 2^63.)
    double work = double(p.q.sizes[0]) * double(p.q.sizes[1]) *
                  double(p.q.sizes[2]) * double(p.k.sizes[2]) *
                  (double(p.q.sizes[3]) + double(p.v.sizes[3]));
    runnable = runnable && work < 1e6;
    attnrt_status s;
    const char *chosen = nullptr;
    char report[256];
    s = attnrt_select_backend(&p, &chosen, report, sizeof(report));
    if (s != ATTNRT_SUCCESS)
      ASSERT_EQ(chosen, nullptr);
    if (runnable && s == ATTNRT_SUCCESS) {
      switch (it % 3) {
      case 0:
        s = attnrt_run(&p);
        break;
      case 1:
        s = attnrt_run_on(&p, "reference");
        break;
      default:
        s = attnrt_run_on(&p, "cpu");
        break;
      }
      ++ran;
    }
    ASSERT_GE(static_cast<int>(s), 0);
    ASSERT_LE(static_cast<int>(s), static_cast<int>(ATTNRT_ERROR_BACKEND));
    ++counts[s == ATTNRT_SUCCESS                  ? 0
             : s == ATTNRT_ERROR_INVALID_ARGUMENT ? 1
             : s == ATTNRT_ERROR_UNSUPPORTED      ? 2
                                                  : 3];
    if (definitelyInvalid)
      ASSERT_EQ(s, ATTNRT_ERROR_INVALID_ARGUMENT) << attnrt_last_error();
    if (s != ATTNRT_SUCCESS) {
      ASSERT_STRNE(attnrt_last_error(), "");
      for (int i = 0; i < 6; ++i)
        ASSERT_EQ(buffers[i].bytes, before[i]) << "buffer " << i;
    } else if (runnable) {
      // Inputs are read-only, wherever they point (o and lse never overlap
      // them).
      for (int i = 0; i < 6; ++i) {
        unsigned char *ob = static_cast<unsigned char *>(p.o.data);
        unsigned char *lb = static_cast<unsigned char *>(p.lse.data);
        if (ob >= buffers[i].begin() && ob < buffers[i].end())
          continue; // The output's buffer.
        if (lb && lb >= buffers[i].begin() && lb < buffers[i].end())
          continue; // The lse's buffer.
        ASSERT_EQ(buffers[i].bytes, before[i]) << "buffer " << i;
      }
    }
  }
  std::printf("statuses: ok %d invalid %d unsupported %d other %d; ran %d\n",
              counts[0], counts[1], counts[2], counts[3], ran);
  // The mix is useful only if it covers both outcomes substantially.
  EXPECT_GT(counts[0], kIterations / 20) << "too few valid problems";
  EXPECT_GT(counts[1], kIterations / 4) << "too few invalid problems";
  EXPECT_GT(ran, kIterations / 20) << "too few problems actually run";
}

} // namespace
