//===- ValidationTest.cpp - every malformed problem is rejected cleanly ---===//
//
// One test per kind of bad input: the call returns the right status, the
// message names the operand, and no buffer is written (the output is
// poisoned first and compared byte for byte afterwards).
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>

using namespace attnrt_test;

namespace {

class Validation : public ::testing::Test {
protected:
  static constexpr int64_t B = 2, Hq = 4, Hkv = 2, Sq = 5, Sk = 7, D = 8,
                           Dv = 6;
  HostTensor q{ATTNRT_DTYPE_F32, {B, Hq, Sq, D}};
  HostTensor k{ATTNRT_DTYPE_F32, {B, Hkv, Sk, D}};
  HostTensor v{ATTNRT_DTYPE_F32, {B, Hkv, Sk, Dv}};
  HostTensor o{ATTNRT_DTYPE_F32, {B, Hq, Sq, Dv}};
  HostTensor mask{ATTNRT_DTYPE_F32, {B, Hq, Sq, Sk}};
  attnrt_problem p;
  std::vector<unsigned char> qBytes, kBytes, vBytes, maskBytes;

  void SetUp() override {
    // ATTNRT_BACKEND would change which errors are reported.
    unsetenv("ATTNRT_BACKEND");
    std::mt19937 rng(7);
    q.fillRandom(rng);
    k.fillRandom(rng);
    v.fillRandom(rng);
    mask.fillRandom(rng);
    std::fill(o.bytes.begin(), o.bytes.end(), 0xAB); // Poison.
    qBytes = q.bytes;
    kBytes = k.bytes;
    vBytes = v.bytes;
    maskBytes = mask.bytes;
    attnrt_problem_init(&p);
    p.q = q.view();
    p.k = k.view();
    p.v = v.view();
    p.o = o.view();
    p.scale = 0.25f;
  }

  bool outputUntouched() const {
    for (unsigned char c : o.bytes)
      if (c != 0xAB)
        return false;
    return true;
  }

  /// Runs `p` through attnrt_run, attnrt_run_on (every backend) and
  /// attnrt_select_backend; each must fail with `status` and a message
  /// containing `needle`, and leave all buffers as they were.
  void expectRejected(attnrt_status status, const std::string &needle,
                      const attnrt_problem *pp = nullptr) {
    const attnrt_problem *prob = pp ? pp : &p;
    std::vector<std::string> how = {"attnrt_run", "select"};
    for (int i = 0; i < attnrt_backend_count(); ++i)
      how.push_back(attnrt_backend_name(i));
    for (const std::string &h : how) {
      SCOPED_TRACE(h);
      attnrt_status s;
      const char *chosen = "sentinel";
      char report[512];
      if (h == "attnrt_run")
        s = attnrt_run(prob);
      else if (h == "select")
        s = attnrt_select_backend(prob, &chosen, report, sizeof(report));
      else
        s = attnrt_run_on(prob, h.c_str());
      EXPECT_EQ(s, status) << attnrt_status_string(s) << ": "
                           << attnrt_last_error();
      std::string msg = attnrt_last_error();
      EXPECT_NE(msg.find(needle), std::string::npos)
          << "message '" << msg << "' does not mention '" << needle << "'";
      if (h == "select")
        EXPECT_EQ(chosen, nullptr);
      EXPECT_TRUE(outputUntouched());
      EXPECT_EQ(q.bytes, qBytes);
      EXPECT_EQ(k.bytes, kBytes);
      EXPECT_EQ(v.bytes, vBytes);
      EXPECT_EQ(mask.bytes, maskBytes);
    }
  }
};

TEST_F(Validation, ValidProblemRuns) {
  // The baseline the other tests mutate is itself valid: they fail for the
  // reason they name.
  p.mask = mask.view();
  ASSERT_EQ(attnrt_run(&p), ATTNRT_SUCCESS) << attnrt_last_error();
  EXPECT_FALSE(outputUntouched());
}

TEST_F(Validation, NullProblem) {
  attnrt_status s = attnrt_run(nullptr);
  EXPECT_EQ(s, ATTNRT_ERROR_INVALID_ARGUMENT);
  EXPECT_NE(std::string(attnrt_last_error()).find("problem"),
            std::string::npos);
  EXPECT_EQ(attnrt_run_on(nullptr, "cpu"), ATTNRT_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(attnrt_select_backend(nullptr, nullptr, nullptr, 0),
            ATTNRT_ERROR_INVALID_ARGUMENT);
}

TEST_F(Validation, StructSizeMismatch) {
  p.struct_size = sizeof(attnrt_problem) - 4;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "struct_size");
  p.struct_size = sizeof(attnrt_problem) + 8;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "struct_size");
  p.struct_size = 0;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "struct_size");
}

TEST_F(Validation, NullData) {
  for (const char *name : {"q", "k", "v", "o"}) {
    SCOPED_TRACE(name);
    attnrt_problem bad = p;
    attnrt_tensor &t = *name == 'q'   ? bad.q
                       : *name == 'k' ? bad.k
                       : *name == 'v' ? bad.v
                                      : bad.o;
    t.data = nullptr;
    expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                   std::string(name) + ": data pointer is null", &bad);
  }
}

TEST_F(Validation, ZeroAndNegativeSizes) {
  for (int64_t bad :
       {int64_t(0), int64_t(-1), std::numeric_limits<int64_t>::min()}) {
    for (int dim = 0; dim < 4; ++dim) {
      SCOPED_TRACE("dim " + std::to_string(dim) + " = " + std::to_string(bad));
      attnrt_problem a = p;
      a.k.sizes[dim] = bad;
      expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                     "k: size of dim " + std::to_string(dim), &a);
      attnrt_problem b = p;
      b.o.sizes[dim] = bad;
      expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                     "o: size of dim " + std::to_string(dim), &b);
    }
  }
}

TEST_F(Validation, NegativeStride) {
  p.v.strides[2] = -Dv;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "v: stride of dim 2 (keys)");
}

TEST_F(Validation, MismatchedBatch) {
  attnrt_problem a = p;
  a.k.sizes[0] = 1;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "k: size of dim 0 (batch) is 1, expected 2 to match q", &a);
  attnrt_problem b = p;
  b.v.sizes[0] = 1;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "v: size of dim 0 (batch)", &b);
  attnrt_problem c = p;
  c.o.sizes[0] = 1;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "o: size of dim 0 (batch)", &c);
}

TEST_F(Validation, MismatchedHeadDim) {
  // k has D = 8 elements per row in memory; claim 4 (a valid sub-view).
  p.k.sizes[3] = 4;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "k: size of dim 3 (head dim) is 4, expected 8 to match q");
}

TEST_F(Validation, MismatchedKeysBetweenKAndV) {
  p.v.sizes[2] = Sk - 1;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "v: size of dim 2 (keys) is 6, expected 7 to match k");
}

TEST_F(Validation, MismatchedKvHeadsBetweenKAndV) {
  p.v.sizes[1] = 1;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "v: size of dim 1 (kv heads) is 1, expected 2 to match k");
}

TEST_F(Validation, MismatchedValueDim) {
  p.o.sizes[3] = Dv - 2;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "o: size of dim 3 (value dim) is 4, expected 6 to match v");
}

TEST_F(Validation, MismatchedOutputHeadsAndQueries) {
  attnrt_problem a = p;
  a.o.sizes[1] = 2;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "o: size of dim 1 (heads) is 2, expected 4 to match q", &a);
  attnrt_problem b = p;
  b.o.sizes[2] = 3;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "o: size of dim 2 (queries) is 3, expected 5 to match q", &b);
}

TEST_F(Validation, KvHeadsMustDivideHeads) {
  // Hq = 4, Hkv = 3 (sub-view of k and v).
  p.k.sizes[1] = 3;
  p.v.sizes[1] = 3;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "k: kv heads (3) must divide q's heads (4)");
}

TEST_F(Validation, BoolOperands) {
  for (const char *name : {"q", "k", "v", "o"}) {
    SCOPED_TRACE(name);
    attnrt_problem bad = p;
    attnrt_tensor &t = *name == 'q'   ? bad.q
                       : *name == 'k' ? bad.k
                       : *name == 'v' ? bad.v
                                      : bad.o;
    t.dtype = ATTNRT_DTYPE_BOOL;
    expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                   std::string(name) + ": dtype bool", &bad);
  }
}

TEST_F(Validation, InvalidDtypeValue) {
  int bogus = 9; // Any int a C caller can store in the enum field.
  std::memcpy(&p.q.dtype, &bogus, sizeof(bogus));
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "q: invalid dtype value 9");
}

TEST_F(Validation, KvDtypeDiffersFromQ) {
  // Same byte size is irrelevant: f16 k with f32 q is rejected by type.
  attnrt_problem a = p;
  a.k.dtype = ATTNRT_DTYPE_F16;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "k: dtype f16 does not match q's dtype f32", &a);
  attnrt_problem b = p;
  b.v.dtype = ATTNRT_DTYPE_BF16;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "v: dtype bf16 does not match q's dtype f32", &b);
}

TEST_F(Validation, MaskSizesMustBeOneOrFull) {
  p.mask = mask.view();
  p.mask.sizes[3] = 3; // Neither 1 nor Sk = 7.
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "mask: size of dim 3 (keys) is 3, expected 1 (broadcast) "
                 "or 7");
  p.mask = mask.view();
  p.mask.sizes[1] = Hkv; // Masks broadcast to Hq, not Hkv.
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "mask: size of dim 1 (heads)");
}

TEST_F(Validation, MaskBadDtypeAndStride) {
  p.mask = mask.view();
  int bogus = -1;
  std::memcpy(&p.mask.dtype, &bogus, sizeof(bogus));
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "mask: invalid dtype");
  p.mask = mask.view();
  p.mask.strides[0] = -5;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "mask: stride of dim 0");
}

TEST_F(Validation, ByteExtentOverflow) {
  // Elements reachable only through an offset beyond 2^63.
  attnrt_problem a = p;
  a.q.strides[0] = int64_t(1) << 62;
  a.q.sizes[0] = 4; // (4 - 1) * 2^62 overflows int64.
  a.k.sizes[0] = a.v.sizes[0] = a.o.sizes[0] = 4;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                 "q: sizes and strides "
                 "overflow",
                 &a);
  // The element offset fits, but times 4 bytes it does not.
  attnrt_problem b = p;
  b.v.strides[2] = int64_t(1) << 60;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "v: byte extent overflows", &b);
}

TEST_F(Validation, OutputOverlapsInput) {
  // o placed over the tail of q, k, v and the mask in turn: partial
  // overlaps, not just equal pointers.
  struct Target {
    const char *name;
    HostTensor *t;
  } targets[] = {{"q", &q}, {"k", &k}, {"v", &v}, {"mask", &mask}};
  for (const Target &target : targets) {
    SCOPED_TRACE(target.name);
    attnrt_problem a = p;
    a.mask = mask.view();
    // One buffer laid out as [o | input], with the input starting on o's
    // last element.
    size_t oBytes = o.bytes.size();
    std::vector<unsigned char> joint(oBytes + target.t->bytes.size());
    a.o.data = joint.data();
    attnrt_tensor &in = target.t == &q   ? a.q
                        : target.t == &k ? a.k
                        : target.t == &v ? a.v
                                         : a.mask;
    in.data = joint.data() + oBytes - 4; // Shares o's last element.
    std::fill(joint.begin(), joint.end(), 0xAB);
    std::vector<unsigned char> before = joint;
    attnrt_status s = attnrt_run(&a);
    EXPECT_EQ(s, ATTNRT_ERROR_INVALID_ARGUMENT);
    std::string msg = attnrt_last_error();
    EXPECT_NE(msg.find(std::string("o: output memory overlaps ") + target.name),
              std::string::npos)
        << msg;
    EXPECT_EQ(joint, before);
    // Moved one element further, the ranges touch but do not overlap.
    in.data = joint.data() + oBytes;
    EXPECT_EQ(attnrt_run(&a), ATTNRT_SUCCESS) << attnrt_last_error();
  }
  // Exactly aliased.
  p.o.data = p.q.data;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "o: output memory overlaps q");
}

TEST_F(Validation, OutputAliasesItself) {
  attnrt_problem a = p;
  a.o.strides[2] = 0; // Every query row writes the same memory.
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "o: strides", &a);
  attnrt_problem b = p;
  b.o.strides[3] = 1;
  b.o.strides[2] = 2; // Rows of 6 elements at distance 2 overlap.
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "o: strides", &b);
}

TEST_F(Validation, NonFiniteScale) {
  for (float s : {std::numeric_limits<float>::quiet_NaN(),
                  std::numeric_limits<float>::infinity(),
                  -std::numeric_limits<float>::infinity()}) {
    SCOPED_TRACE(s);
    p.scale = s;
    expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "scale");
  }
}

TEST_F(Validation, ScaleLeftUnsetByInit) {
  attnrt_problem fresh;
  attnrt_problem_init(&fresh);
  EXPECT_TRUE(std::isnan(fresh.scale));
  p.scale = fresh.scale;
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "scale: nan is not finite");
}

TEST_F(Validation, AnyFiniteScaleIsAccepted) {
  for (float s : {0.0f, -3.0f, 1e-30f, 1e30f}) {
    SCOPED_TRACE(s);
    p.scale = s;
    ASSERT_EQ(attnrt_run(&p), ATTNRT_SUCCESS) << attnrt_last_error();
  }
}

TEST_F(Validation, InvalidCausal) {
  int bogus = 3;
  std::memcpy(&p.causal, &bogus, sizeof(bogus));
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "causal: invalid value 3");
}

TEST_F(Validation, InvalidMemoryKind) {
  int bogus = 7;
  std::memcpy(&p.memory, &bogus, sizeof(bogus));
  expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "memory: invalid value 7");
}

TEST_F(Validation, DeviceMemoryWithoutGpuBackendIsUnsupported) {
  bool haveGpu = false;
  for (int i = 0; i < attnrt_backend_count(); ++i)
    haveGpu |= std::string(attnrt_backend_name(i)) == "gpu";
  if (haveGpu)
    GTEST_SKIP() << "a GPU backend is present; device memory is supported";
  p.memory = ATTNRT_MEMORY_DEVICE;
  attnrt_status s = attnrt_run(&p);
  EXPECT_EQ(s, ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_NE(std::string(attnrt_last_error()).find("needs host memory"),
            std::string::npos)
      << attnrt_last_error();
  EXPECT_TRUE(outputUntouched());
}

// The iteration space is bounded, not just the memory: stride-0 views give
// huge problems a tiny extent (soundness reproducer
// hang_stride0_huge_keys.c). Work whose multiply-adds overflow int64 is
// rejected before any backend starts, on every path.
TEST_F(Validation, StrideZeroKeysBeyond64BitWorkAreUnsupported) {
  for (attnrt_tensor *t : {&p.k, &p.v}) {
    t->sizes[2] = int64_t(1) << 58; // x B*Hq*Sq = 40 x (D + Dv) = 14
    t->strides[2] = 0;
  }
  expectRejected(ATTNRT_ERROR_UNSUPPORTED, "multiply-adds overflow 64 bits");
  attnrt_problem a = p;
  a.q.sizes[3] = a.k.sizes[3] = INT64_MAX; // D + Dv itself overflows
  for (attnrt_tensor *t : {&a.q, &a.k})
    t->strides[3] = 0;
  for (attnrt_tensor *t : {&a.k, &a.v})
    t->sizes[2] = Sk;
  expectRejected(ATTNRT_ERROR_UNSUPPORTED, "multiply-adds overflow 64 bits",
                 &a);
}

TEST_F(Validation, WorkOverflowing64BitsIsUnsupported) {
  // Every dim within 32 bits, but 2^30 queries x (2^31 - 1) keys x 9 does
  // not fit in int64. o claims 2^30 rows of a small buffer: validation
  // reads no memory and rejects before anything is written.
  attnrt_problem a = p;
  a.q.sizes[0] = a.k.sizes[0] = a.v.sizes[0] = a.o.sizes[0] = 1;
  a.q.sizes[1] = a.o.sizes[1] = a.k.sizes[1] = a.v.sizes[1] = 1;
  a.q.sizes[2] = a.o.sizes[2] = int64_t(1) << 30;
  a.q.sizes[3] = a.k.sizes[3] = 8;
  a.v.sizes[3] = a.o.sizes[3] = 1;
  for (attnrt_tensor *t : {&a.q, &a.k, &a.v})
    for (int d = 0; d < 4; ++d)
      t->strides[d] = 0;
  a.k.sizes[2] = a.v.sizes[2] = INT32_MAX;
  a.o.strides[0] = a.o.strides[1] = a.o.strides[2] = 1;
  a.o.strides[3] = 1;
  expectRejected(ATTNRT_ERROR_UNSUPPORTED, "multiply-adds overflow 64 bits",
                 &a);
}

TEST_F(Validation, LseMustBeF32RowsOfOne) {
  HostTensor lse(ATTNRT_DTYPE_F32, {B, Hq, Sq, 1});
  std::fill(lse.bytes.begin(), lse.bytes.end(), 0xAB);
  p.lse = lse.view();
  ASSERT_EQ(attnrt_run_on(&p, "reference"), ATTNRT_SUCCESS)
      << attnrt_last_error();
  std::fill(o.bytes.begin(), o.bytes.end(), 0xAB);
  {
    attnrt_problem a = p;
    a.lse.dtype = ATTNRT_DTYPE_F16;
    expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "lse: dtype f16, expected f32",
                   &a);
  }
  {
    attnrt_problem a = p;
    a.lse.dtype = ATTNRT_DTYPE_BOOL;
    expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "lse: dtype bool", &a);
  }
  const int64_t wrong[4] = {B + 1, Hq - 1, Sq + 2, 2};
  for (int d = 0; d < 4; ++d) {
    SCOPED_TRACE(d);
    attnrt_problem a = p;
    a.lse.sizes[d] = wrong[d];
    expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                   "lse: size of dim " + std::to_string(d), &a);
  }
  {
    attnrt_problem a = p;
    a.lse.strides[2] = 0; // Every query row writes the same float.
    expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "lse: strides", &a);
  }
  {
    attnrt_problem a = p;
    a.lse.strides[1] = -1;
    expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT, "lse: stride of dim 1", &a);
  }
}

TEST_F(Validation, LseMustNotOverlapAnyTensor) {
  HostTensor lse(ATTNRT_DTYPE_F32, {B, Hq, Sq, 1});
  p.lse = lse.view();
  p.mask = mask.view();
  struct Target {
    const char *name;
    void *data;
  } targets[] = {{"q", q.bytes.data()},
                 {"k", k.bytes.data()},
                 {"v", v.bytes.data()},
                 {"mask", mask.bytes.data()},
                 {"o", o.bytes.data() + 4}};
  for (const Target &t : targets) {
    SCOPED_TRACE(t.name);
    attnrt_problem a = p;
    a.lse.data = t.data;
    // The o case also overlaps o with nothing else: the lse check names o.
    expectRejected(ATTNRT_ERROR_INVALID_ARGUMENT,
                   std::string("lse: memory overlaps ") + t.name, &a);
  }
}

TEST_F(Validation, LseIgnoredForApi1Callers) {
  // An API-1 caller's struct ends before mask_fill: lse is not read even
  // when the bytes there are garbage.
  HostTensor lse(ATTNRT_DTYPE_F32, {B, Hq, Sq, 1});
  p.lse = lse.view();
  p.lse.dtype = static_cast<attnrt_dtype>(0); // Valid, so only size decides.
  p.lse.data = q.bytes.data();                // Would overlap q if read.
  p.struct_size = offsetof(attnrt_problem, mask_fill);
  ASSERT_EQ(attnrt_run(&p), ATTNRT_SUCCESS) << attnrt_last_error();
}

} // namespace
