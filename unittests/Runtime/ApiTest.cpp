//===- ApiTest.cpp - registry, selection, env vars, MLIR entry points -----===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <dlfcn.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

using namespace attnrt_test;

extern "C" const char *attnrtTestStatusStringOfInt(int value);

namespace {

/// Sets an environment variable for the lifetime of the object.
class ScopedEnv {
public:
  ScopedEnv(const char *name, const char *value) : name(name) {
    if (const char *old = std::getenv(name))
      saved = old, hadValue = true;
    setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (hadValue)
      setenv(name, saved.c_str(), 1);
    else
      unsetenv(name);
  }

private:
  const char *name;
  std::string saved;
  bool hadValue = false;
};

/// A small valid problem with its own buffers.
struct Small {
  HostTensor q, k, v, o, mask;
  attnrt_problem p;
  Small(attnrt_dtype in = ATTNRT_DTYPE_F32, attnrt_dtype out = ATTNRT_DTYPE_F32,
        int64_t Sq = 5, int64_t Sk = 7)
      : q(in, {1, 2, Sq, 8}), k(in, {1, 1, Sk, 8}), v(in, {1, 1, Sk, 8}),
        o(out, {1, 2, Sq, 8}), mask(ATTNRT_DTYPE_BOOL, {1, 1, Sq, Sk}) {
    std::mt19937 rng(99);
    q.fillRandom(rng);
    k.fillRandom(rng);
    v.fillRandom(rng);
    mask.forEach([&](int64_t a, int64_t b, int64_t i, int64_t j) {
      mask.set(a, b, i, j, (i + j) % 3 != 0);
    });
    attnrt_problem_init(&p);
    p.q = q.view();
    p.k = k.view();
    p.v = v.view();
    p.o = o.view();
    p.scale = 0.3f;
  }
};

TEST(Api, VersionAndStatusStrings) {
  EXPECT_EQ(attnrt_api_version(), ATTNRT_API_VERSION);
  EXPECT_STREQ(attnrt_status_string(ATTNRT_SUCCESS), "success");
  EXPECT_STREQ(attnrt_status_string(ATTNRT_ERROR_INVALID_ARGUMENT),
               "invalid argument");
  EXPECT_STREQ(attnrt_status_string(ATTNRT_ERROR_UNSUPPORTED), "unsupported");
  EXPECT_STREQ(attnrt_status_string(ATTNRT_ERROR_OUT_OF_MEMORY),
               "out of memory");
  EXPECT_STREQ(attnrt_status_string(ATTNRT_ERROR_BACKEND), "backend error");
  // Any int a C caller passes (UBSan checks the library side in sanitizer
  // builds; the call itself is made from C, StatusStringFromC.c).
  for (int bogus : {-1, 5, 99, INT32_MIN})
    EXPECT_STREQ(attnrtTestStatusStringOfInt(bogus), "unknown status");
  EXPECT_STREQ(attnrtTestStatusStringOfInt(2), "unsupported");
}

TEST(Api, BackendListing) {
  ASSERT_GE(attnrt_backend_count(), 2);
  EXPECT_STREQ(attnrt_backend_name(0), "reference");
  EXPECT_STREQ(attnrt_backend_name(1), "cpu");
  EXPECT_EQ(attnrt_backend_name(-1), nullptr);
  EXPECT_EQ(attnrt_backend_name(attnrt_backend_count()), nullptr);
}

TEST(Api, SelectPrefersHighestPriority) {
  unsetenv("ATTNRT_BACKEND");
  Small s;
  const char *chosen = nullptr;
  char report[1024];
  ASSERT_EQ(attnrt_select_backend(&s.p, &chosen, report, sizeof(report)),
            ATTNRT_SUCCESS)
      << attnrt_last_error();
  ASSERT_NE(chosen, nullptr);
  bool haveHip = false;
  for (int i = 0; i < attnrt_backend_count(); ++i)
    haveHip |= std::string(attnrt_backend_name(i)) == "gpu";
  EXPECT_STREQ(chosen, haveHip ? "gpu" : "cpu");
  std::string r = report;
  EXPECT_NE(r.find("reference (priority 0): supported"), std::string::npos)
      << r;
  EXPECT_NE(r.find("cpu (priority 10): supported"), std::string::npos) << r;
  EXPECT_NE(r.find("chosen"), std::string::npos) << r;

  // The report is truncated, NUL-terminated, to the buffer.
  char tiny[8];
  std::memset(tiny, 'x', sizeof(tiny));
  ASSERT_EQ(attnrt_select_backend(&s.p, &chosen, tiny, sizeof(tiny)),
            ATTNRT_SUCCESS);
  EXPECT_EQ(std::strlen(tiny), sizeof(tiny) - 1);
  // Null report and chosen are allowed.
  EXPECT_EQ(attnrt_select_backend(&s.p, nullptr, nullptr, 0), ATTNRT_SUCCESS);
}

TEST(Api, SelectExplainsDeviceMemory) {
  unsetenv("ATTNRT_BACKEND");
  Small s;
  s.p.memory = ATTNRT_MEMORY_DEVICE;
  bool haveHip = false;
  for (int i = 0; i < attnrt_backend_count(); ++i)
    haveHip |= std::string(attnrt_backend_name(i)) == "gpu";
  if (haveHip)
    GTEST_SKIP() << "hip present";
  const char *chosen = "x";
  char report[1024];
  EXPECT_EQ(attnrt_select_backend(&s.p, &chosen, report, sizeof(report)),
            ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_EQ(chosen, nullptr);
  std::string r = report;
  EXPECT_NE(r.find("cpu (priority 10): not supported: needs host memory"),
            std::string::npos)
      << r;
}

TEST(Api, HugeBroadcastHeadDimFallsBackToReference) {
  // Stride-0 views let a valid problem claim a head dim far beyond any
  // tile; the cpu backend declines it (select only: running it would take
  // forever on any backend).
  unsetenv("ATTNRT_BACKEND");
  Small s;
  for (attnrt_tensor *t : {&s.p.q, &s.p.k}) {
    t->sizes[3] = int64_t(1) << 20;
    t->strides[3] = 0;
  }
  const char *chosen = nullptr;
  char report[1024];
  ASSERT_EQ(attnrt_select_backend(&s.p, &chosen, report, sizeof(report)),
            ATTNRT_SUCCESS)
      << attnrt_last_error();
  bool haveHip = false;
  for (int i = 0; i < attnrt_backend_count(); ++i)
    haveHip |= std::string(attnrt_backend_name(i)) == "gpu";
  if (!haveHip)
    EXPECT_STREQ(chosen, "reference");
  EXPECT_NE(std::string(report).find("cpu (priority 10): not supported: "
                                     "head dims above 65536"),
            std::string::npos)
      << report;
}

TEST(Api, EnvBackendForcesChoice) {
  Small s;
  {
    ScopedEnv env("ATTNRT_BACKEND", "reference");
    const char *chosen = nullptr;
    ASSERT_EQ(attnrt_select_backend(&s.p, &chosen, nullptr, 0), ATTNRT_SUCCESS);
    EXPECT_STREQ(chosen, "reference");
    ASSERT_EQ(attnrt_run(&s.p), ATTNRT_SUCCESS) << attnrt_last_error();
  }
  std::vector<double> forced = s.o.values();
  ASSERT_EQ(attnrt_run_on(&s.p, "reference"), ATTNRT_SUCCESS);
  EXPECT_EQ(s.o.values(), forced); // Same backend, bitwise.

  ScopedEnv env("ATTNRT_BACKEND", "nope");
  std::fill(s.o.bytes.begin(), s.o.bytes.end(), 0xAB);
  std::vector<unsigned char> before = s.o.bytes;
  EXPECT_EQ(attnrt_run(&s.p), ATTNRT_ERROR_UNSUPPORTED);
  std::string msg = attnrt_last_error();
  EXPECT_NE(msg.find("no backend named 'nope' (available: reference, cpu"),
            std::string::npos)
      << msg;
  EXPECT_EQ(s.o.bytes, before);
}

TEST(Api, ForcedBackendNeverFallsBack) {
  Small s;
  s.p.memory = ATTNRT_MEMORY_DEVICE;
  ScopedEnv env("ATTNRT_BACKEND", "cpu");
  EXPECT_EQ(attnrt_run(&s.p), ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_NE(std::string(attnrt_last_error())
                .find("backend 'cpu' cannot run this problem: needs host "
                      "memory"),
            std::string::npos)
      << attnrt_last_error();
}

TEST(Api, RunOnUnknownOrNullName) {
  Small s;
  EXPECT_EQ(attnrt_run_on(&s.p, "nope"), ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_NE(std::string(attnrt_last_error()).find("no backend named 'nope'"),
            std::string::npos);
  EXPECT_EQ(attnrt_run_on(&s.p, nullptr), ATTNRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(attnrt_run_on(&s.p, ""), ATTNRT_ERROR_INVALID_ARGUMENT);
}

TEST(Api, LastErrorIsPerThread) {
  Small s;
  EXPECT_EQ(attnrt_run_on(&s.p, "nope"), ATTNRT_ERROR_UNSUPPORTED);
  std::string mine = attnrt_last_error();
  std::string theirs;
  std::thread t([&] {
    theirs = attnrt_last_error(); // Nothing failed on this thread yet.
    attnrt_run(nullptr);
  });
  t.join();
  EXPECT_EQ(theirs, "");
  EXPECT_EQ(std::string(attnrt_last_error()), mine);
}

//===----------------------------------------------------------------------===//
// MLIR entry points.
//===----------------------------------------------------------------------===//

using EntryNoMask = int32_t (*)(attnrt_memref4d *, attnrt_memref4d *,
                                attnrt_memref4d *, attnrt_memref4d *, float,
                                int32_t, float, int32_t, int32_t);
using EntryMask = int32_t (*)(attnrt_memref4d *, attnrt_memref4d *,
                              attnrt_memref4d *, attnrt_memref4d *,
                              attnrt_memref4d *, float, int32_t, float,
                              int32_t, int32_t);

/// A descriptor for `t` whose aligned pointer sits `offset` elements before
/// the data, as MLIR produces for subviews.
attnrt_memref4d descriptor(HostTensor &t, int64_t offset) {
  attnrt_memref4d m;
  m.aligned = t.bytes.data() - offset * static_cast<int64_t>(elemSize(t.dtype));
  m.allocated = m.aligned;
  m.offset = offset;
  for (int i = 0; i < 4; ++i) {
    m.sizes[i] = t.sizes[i];
    m.strides[i] = t.strides[i];
  }
  return m;
}

attnrt_dtype fromMlirName(const std::string &n) {
  return n == "f32"    ? ATTNRT_DTYPE_F32
         : n == "f16"  ? ATTNRT_DTYPE_F16
         : n == "bf16" ? ATTNRT_DTYPE_BF16
                       : ATTNRT_DTYPE_BOOL;
}

TEST(MlirEntry, All45SymbolsMatchTheCApi) {
  unsetenv("ATTNRT_BACKEND");
  const char *types[] = {"f32", "f16", "bf16"};
  const char *masks[] = {"", "f32", "f16", "bf16", "i1"};
  int found = 0;
  for (const char *t : types)
    for (const char *o : types)
      for (const char *m : masks) {
        std::string sym =
            std::string("_mlir_ciface_attnrt_mlir_flash_attention_") + t + "_" +
            o + (*m ? std::string("_mask_") + m : std::string());
        SCOPED_TRACE(sym);
        void *fn = dlsym(RTLD_DEFAULT, sym.c_str());
        ASSERT_NE(fn, nullptr);
        ++found;

        Small s(fromMlirName(t), fromMlirName(o));
        HostTensor mask;
        if (*m) {
          mask = HostTensor(fromMlirName(m), {1, 2, 5, 1}); // Broadcast keys.
          mask.forEach([&](int64_t a, int64_t b, int64_t i, int64_t j) {
            mask.set(a, b, i, j,
                     fromMlirName(m) == ATTNRT_DTYPE_BOOL ? (i != 3)
                                                          : 0.25 * (i - b));
          });
          s.p.mask = mask.view();
        }
        s.p.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
        ASSERT_EQ(attnrt_run_on(&s.p, "reference"), ATTNRT_SUCCESS)
            << attnrt_last_error();
        std::vector<double> expected = s.o.values();
        std::fill(s.o.bytes.begin(), s.o.bytes.end(), 0);

        attnrt_memref4d dq = descriptor(s.q, 3), dk = descriptor(s.k, 0),
                        dv = descriptor(s.v, 5), dout = descriptor(s.o, 1);
        int32_t status;
        if (*m) {
          attnrt_memref4d dm = descriptor(mask, 2);
          status = reinterpret_cast<EntryMask>(fn)(&dq, &dk, &dv, &dm, &dout,
                                                   0.3f, 2, -INFINITY, 0, 0);
        } else {
          status =
              reinterpret_cast<EntryNoMask>(fn)(&dq, &dk, &dv, &dout, 0.3f, 2, -INFINITY, 0, 0);
        }
        ASSERT_EQ(status, 0) << attnrt_last_error();
        // The entry point serves through the default backend (cpu here),
        // so compare like a backend: f32 1e-5, f16/bf16 one rounding.
        double tol = fromMlirName(o) == ATTNRT_DTYPE_F32   ? 1e-5
                     : fromMlirName(o) == ATTNRT_DTYPE_F16 ? 2e-3
                                                           : 1e-2;
        EXPECT_LE(relL2(s.o.values(), expected), tol);
      }
  EXPECT_EQ(found, 45);
}

TEST(MlirEntry, ErrorsArePrintedAndReturned) {
  Small s;
  s.k.sizes[3] = 4; // Head dim mismatch (a valid sub-view of k).
  attnrt_memref4d dq = descriptor(s.q, 0), dk = descriptor(s.k, 0),
                  dv = descriptor(s.v, 0), dout = descriptor(s.o, 0);
  std::fill(s.o.bytes.begin(), s.o.bytes.end(), 0xAB);
  std::vector<unsigned char> before = s.o.bytes;
  ::testing::internal::CaptureStderr();
  int32_t status = _mlir_ciface_attnrt_mlir_flash_attention_f32_f32(
      &dq, &dk, &dv, &dout, 0.3f, 0, -INFINITY, 0, 0);
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(status, ATTNRT_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(err.find("attnrt: _mlir_ciface_attnrt_mlir_flash_attention_f32_"
                     "f32: k: size of dim 3 (head dim) is 4, expected 8"),
            std::string::npos)
      << err;
  EXPECT_EQ(s.o.bytes, before);

  // A causal value outside the enum.
  dk = descriptor(s.k, 0);
  dk.sizes[3] = 8;
  ::testing::internal::CaptureStderr();
  status = _mlir_ciface_attnrt_mlir_flash_attention_f32_f32(&dq, &dk, &dv,
                                                            &dout, 0.3f, 9, -INFINITY, 0, 0);
  err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(status, ATTNRT_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(err.find("causal: invalid value 9"), std::string::npos) << err;
  EXPECT_EQ(s.o.bytes, before);
}

TEST(MlirEntry, BadDescriptors) {
  Small s;
  attnrt_memref4d dq = descriptor(s.q, 0), dk = descriptor(s.k, 0),
                  dv = descriptor(s.v, 0), dout = descriptor(s.o, 0);
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(_mlir_ciface_attnrt_mlir_flash_attention_f32_f32(nullptr, &dk, &dv,
                                                             &dout, 0.3f, 0, -INFINITY, 0, 0),
            ATTNRT_ERROR_INVALID_ARGUMENT);
  attnrt_memref4d neg = dv;
  neg.offset = -1;
  EXPECT_EQ(_mlir_ciface_attnrt_mlir_flash_attention_f32_f32(&dq, &dk, &neg,
                                                             &dout, 0.3f, 0, -INFINITY, 0, 0),
            ATTNRT_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(attnrt_last_error()).find("v: memref offset -1"),
            std::string::npos);
  // A masked entry point given a null mask must not silently run unmasked.
  attnrt_memref4d dm = descriptor(s.mask, 0);
  dm.aligned = nullptr;
  EXPECT_EQ(_mlir_ciface_attnrt_mlir_flash_attention_f32_f32_mask_i1(
                &dq, &dk, &dv, &dm, &dout, 0.3f, 0, -INFINITY, 0, 0),
            ATTNRT_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(attnrt_last_error()).find("mask: data pointer is null"),
            std::string::npos);
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("q: memref descriptor pointer is null"), std::string::npos)
      << err;
}

TEST(MlirEntry, LogLineNamesBackendAndShape) {
  unsetenv("ATTNRT_BACKEND");
  Small s;
  attnrt_memref4d dq = descriptor(s.q, 0), dk = descriptor(s.k, 0),
                  dv = descriptor(s.v, 0), dm = descriptor(s.mask, 0),
                  dout = descriptor(s.o, 0);
  std::string err;
  {
    ScopedEnv log("ATTNRT_LOG", "1");
    ScopedEnv backend("ATTNRT_BACKEND", "reference");
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(_mlir_ciface_attnrt_mlir_flash_attention_f32_f32_mask_i1(
                  &dq, &dk, &dv, &dm, &dout, 0.3f, 1, -INFINITY, 0, 0),
              0)
        << attnrt_last_error();
    err = ::testing::internal::GetCapturedStderr();
  }
  EXPECT_NE(err.find("attnrt: _mlir_ciface_attnrt_mlir_flash_attention_f32_"
                     "f32_mask_i1 -> reference: B=1 Hq=2 Hkv=1 Sq=5 Sk=7 D=8 "
                     "Dv=8 qkv=f32 o=f32 mask=bool causal=top-left"),
            std::string::npos)
      << err;
  // Without ATTNRT_LOG, successful calls are silent.
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(_mlir_ciface_attnrt_mlir_flash_attention_f32_f32_mask_i1(
                &dq, &dk, &dv, &dm, &dout, 0.3f, 1, -INFINITY, 0, 0),
            0);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
}

} // namespace
