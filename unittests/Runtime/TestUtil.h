//===- TestUtil.h - helpers for the attnrt unit tests -----------*- C++ -*-===//
//
// Host tensors with arbitrary layouts, random fills and error metrics.
// f16/bf16 elements are converted with Half.h, the one conversion header of
// the runtime, its tests and attn-bench; HalfTest checks Half.h itself
// against independent oracles (the compiler's _Float16, a nearest-candidate
// search for bf16).
//
//===----------------------------------------------------------------------===//

#ifndef ATTNRT_UNITTESTS_RUNTIME_TESTUTIL_H
#define ATTNRT_UNITTESTS_RUNTIME_TESTUTIL_H

#include "Half.h"
#include "attnrt/attnrt.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace attnrt_test {

inline size_t elemSize(attnrt_dtype t) {
  return t == ATTNRT_DTYPE_F32 ? 4 : t == ATTNRT_DTYPE_BOOL ? 1 : 2;
}

inline const char *name(attnrt_dtype t) {
  switch (t) {
  case ATTNRT_DTYPE_F32:
    return "f32";
  case ATTNRT_DTYPE_F16:
    return "f16";
  case ATTNRT_DTYPE_BF16:
    return "bf16";
  case ATTNRT_DTYPE_BOOL:
    return "bool";
  }
  return "?";
}

/// Storage orders for a logical [B, H, S, D] tensor.
enum class Layout {
  BHSD,   // Contiguous, the canonical layout.
  BSHD,   // Heads inside sequence (PyTorch's [B, S, H, D] transposed view).
  Padded, // BHSD with every row padded to D + 3 and each head by 7 more.
};

/// An owned host tensor viewed as 4-D [B, H, S, D] with some layout.
struct HostTensor {
  attnrt_dtype dtype = ATTNRT_DTYPE_F32;
  int64_t sizes[4] = {1, 1, 1, 1};
  int64_t strides[4] = {0, 0, 0, 0};
  std::vector<unsigned char> bytes;

  HostTensor() = default;
  HostTensor(attnrt_dtype dt, std::vector<int64_t> shape,
             Layout layout = Layout::BHSD)
      : dtype(dt) {
    for (int i = 0; i < 4; ++i)
      sizes[i] = shape[i];
    int64_t B = sizes[0], H = sizes[1], S = sizes[2], D = sizes[3];
    int64_t total = 0;
    switch (layout) {
    case Layout::BHSD:
      strides[3] = 1;
      strides[2] = D;
      strides[1] = S * D;
      strides[0] = H * S * D;
      total = B * H * S * D;
      break;
    case Layout::BSHD:
      strides[3] = 1;
      strides[1] = D;
      strides[2] = H * D;
      strides[0] = S * H * D;
      total = B * S * H * D;
      break;
    case Layout::Padded:
      strides[3] = 1;
      strides[2] = D + 3;
      strides[1] = S * (D + 3) + 7;
      strides[0] = H * strides[1];
      total = B * strides[0];
      break;
    }
    bytes.assign(static_cast<size_t>(total) * elemSize(dt), 0);
  }

  int64_t offset(int64_t a, int64_t b, int64_t c, int64_t d) const {
    return a * strides[0] + b * strides[1] + c * strides[2] + d * strides[3];
  }
  unsigned char *ptr(int64_t a, int64_t b, int64_t c, int64_t d) {
    return bytes.data() + offset(a, b, c, d) * elemSize(dtype);
  }
  const unsigned char *ptr(int64_t a, int64_t b, int64_t c, int64_t d) const {
    return bytes.data() + offset(a, b, c, d) * elemSize(dtype);
  }

  double get(int64_t a, int64_t b, int64_t c, int64_t d) const {
    const unsigned char *p = ptr(a, b, c, d);
    switch (dtype) {
    case ATTNRT_DTYPE_F32: {
      float f;
      std::memcpy(&f, p, 4);
      return f;
    }
    case ATTNRT_DTYPE_F16: {
      uint16_t h;
      std::memcpy(&h, p, 2);
      return attnrt::halfToFloat(h);
    }
    case ATTNRT_DTYPE_BF16: {
      uint16_t h;
      std::memcpy(&h, p, 2);
      return attnrt::bf16ToFloat(h);
    }
    case ATTNRT_DTYPE_BOOL:
      return *p ? 1.0 : 0.0;
    }
    return 0.0;
  }

  void set(int64_t a, int64_t b, int64_t c, int64_t d, double v) {
    unsigned char *p = ptr(a, b, c, d);
    switch (dtype) {
    case ATTNRT_DTYPE_F32: {
      float f = static_cast<float>(v);
      std::memcpy(p, &f, 4);
      break;
    }
    case ATTNRT_DTYPE_F16: {
      uint16_t h = attnrt::doubleToHalf(v);
      std::memcpy(p, &h, 2);
      break;
    }
    case ATTNRT_DTYPE_BF16: {
      uint16_t h = attnrt::doubleToBf16(v);
      std::memcpy(p, &h, 2);
      break;
    }
    case ATTNRT_DTYPE_BOOL:
      *p = v != 0.0;
      break;
    }
  }

  template <typename F> void forEach(F f) const {
    for (int64_t a = 0; a < sizes[0]; ++a)
      for (int64_t b = 0; b < sizes[1]; ++b)
        for (int64_t c = 0; c < sizes[2]; ++c)
          for (int64_t d = 0; d < sizes[3]; ++d)
            f(a, b, c, d);
  }

  /// Uniform values in [-1, 1], never zero (a zero could hide a missing
  /// term), exactly representable in the dtype.
  void fillRandom(std::mt19937 &rng) {
    std::uniform_real_distribution<double> dist(-1.0, 1.0);
    forEach([&](int64_t a, int64_t b, int64_t c, int64_t d) {
      double v;
      do {
        set(a, b, c, d, dist(rng));
        v = get(a, b, c, d);
      } while (v == 0.0);
    });
  }

  attnrt_tensor view() {
    attnrt_tensor t;
    t.data = bytes.data();
    t.dtype = dtype;
    for (int i = 0; i < 4; ++i) {
      t.sizes[i] = sizes[i];
      t.strides[i] = strides[i];
    }
    return t;
  }

  /// Every logical element as double, in [B, H, S, D] order.
  std::vector<double> values() const {
    std::vector<double> out;
    forEach([&](int64_t a, int64_t b, int64_t c, int64_t d) {
      out.push_back(get(a, b, c, d));
    });
    return out;
  }
};

/// ||x - ref|| / ||ref|| (L2). Infinite when either holds a NaN.
inline double relL2(const std::vector<double> &x,
                    const std::vector<double> &ref) {
  double num = 0.0, den = 0.0;
  for (size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i]) || std::isnan(ref[i]))
      return INFINITY;
    num += (x[i] - ref[i]) * (x[i] - ref[i]);
    den += ref[i] * ref[i];
  }
  return den == 0.0 ? (num == 0.0 ? 0.0 : INFINITY) : std::sqrt(num / den);
}

/// The kernel paths to test: those the running CPU has (x86), and the
/// portable one everywhere.
inline std::vector<std::string> isasToTest() {
  std::vector<std::string> isas = {"portable"};
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
    isas.push_back("avx2");
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq")) {
    isas.push_back("avx512");
    if (__builtin_cpu_supports("avx512bf16")) {
      isas.push_back("avx512-bf16");
      if (__builtin_cpu_supports("amx-tile") &&
          __builtin_cpu_supports("amx-bf16"))
        isas.push_back("amx");
    }
  }
#endif
  return isas;
}

/// Sets an environment variable (ATTNRT_CPU_ISA, ATTNRT_NUM_THREADS, ...)
/// for the scope.
struct ScopedEnv {
  std::string name;
  ScopedEnv(const char *n, const std::string &value) : name(n) {
    setenv(n, value.c_str(), 1);
  }
  ~ScopedEnv() { unsetenv(name.c_str()); }
};

} // namespace attnrt_test

#endif // ATTNRT_UNITTESTS_RUNTIME_TESTUTIL_H
