//===- LogitRoundingGpuTest.cpp - rounded logits on the GPU kernels -------===//
//
// logit_rounding = F16 / BF16 (attnrt_types.h: each logit rounded step by
// step in T, as HF eager attention computes it in f16/bf16) on the gpu
// backend's kernels that compute it (sm90-wgmma, decode; rounding in the
// Q/K/V type), against the reference backend (f64, the rounding done
// exactly) row by row, on fresh random inputs, with device pointers (what a
// model's tensors are) and the output poisoned with NaN before each run:
// bf16 and f16; no mask, additive f32 / f16 / bf16 masks, boolean masks with
// -inf and finite fills; HF's finfo(T).min padding with fully padded rows
// (in f16, s + finfo.min rounds to -65504, -65472, ... or -inf: whether such
// a row averages V or picks the keys with the largest rounded logit is the
// rounding's decision); row masks, full masks, causal both ways (Sq > Sk
// included), GQA, head dims 64 to 256, Dv != D, decode.
//
// Q and K are multiples of 1/2 (q_d = 1 + {-2..2}/2, k_d = c + {-1, 0, 1}/2,
// c = 4, or 16 for f16 at scale 1, where q.k near 256 would be exact in f16),
// so every dot product is exact in f32 (the kernels' accumulator) and the
// kernels' rounded logits are the reference's bit for bit (ties included:
// q.k is a multiple of 1/4, often halfway between two T values); the
// outputs then differ only by the softmax's rounding: P rounded to T before
// P V and the output rounded to T, at most two units of T's roundoff for
// outputs of magnitude <= 1 (bf16 1e-2, f16 1.5e-3 per element). The keys
// share a large component, so q.k is near 256 c/4 D/64 with a spread of a
// few units per key: one rounding step of q.k moves it by up to 1 in bf16
// (1/2 in f16 at c = 16), and the twin test shows that the same inputs with
// logit_rounding = none differ from the rounded reference beyond the
// tolerance on most rows, so a kernel that skipped a rounding step would
// fail here. With scale 1/16 in f16 (scaled logits near 16), HF's
// finfo(f16).min padding rounds a fully padded row's logits to -65504 or
// -65472 (the tie at 16 goes to -65472), so such a row averages V over the
// keys whose scaled logit reached 16, where f32 logits give softmax(t).
//
// Each case runs with the default dispatch (which must pick the kernel the
// case names, per attnrt_select_backend) and with every kernel of the table
// forced (ATTNRT_BACKEND-style "gpu:<kernel>" through attnrt_run_on): the
// kernel it names must compute it, and every other kernel must compute it
// too or decline with a reason (a kernel that does not round logits must
// name logit_rounding).
//
//===----------------------------------------------------------------------===//

#include "KernelReport.h"
#include "TestUtil.h"

#include <cuda_runtime.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace attnrt_test;

namespace {

constexpr uint32_t kSeed = 20261130;

enum class MaskKind { None, Bool, AddT, AddF32, AddOther };
enum class MaskShape { Full, B1SqSk, B11Sk };

struct GCase {
  const char *name;
  attnrt_logit_rounding rounding;
  int64_t B, Hq, Hkv, Sq, Sk, D, Dv;
  attnrt_causal causal;
  MaskKind mask;
  MaskShape shape;
  float fill;
  attnrt_empty_rows emptyRows;
  int padded; // row masks: this many trailing batches fully padded
  float scale; // exactly representable in T
  const char *kernel; // the kernel the default dispatch must pick
};

constexpr attnrt_logit_rounding kF16 = ATTNRT_LOGIT_ROUNDING_F16;
constexpr attnrt_logit_rounding kBf16 = ATTNRT_LOGIT_ROUNDING_BF16;
constexpr attnrt_causal kNone = ATTNRT_CAUSAL_NONE;
constexpr attnrt_causal kTL = ATTNRT_CAUSAL_TOP_LEFT;
constexpr attnrt_causal kBR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
constexpr attnrt_empty_rows kZero = ATTNRT_EMPTY_ROWS_ZERO;
constexpr attnrt_empty_rows kNan = ATTNRT_EMPTY_ROWS_NAN;
const float kNegInf = -INFINITY;
const char *const kWg = "sm90-wgmma";
const char *const kDec = "decode";

const GCase kCases[] = {
    // name, rounding, B, Hq, Hkv, Sq, Sk, D, Dv, causal, mask, shape, fill,
    // empty rows, fully padded batches, scale, kernel
    {"bf16_nomask_d64", kBf16, 2, 4, 4, 200, 333, 64, 64, kNone, MaskKind::None, MaskShape::Full,
     kNegInf, kZero, 0, 1.0f, kWg},
    {"f16_nomask_d128_gqa", kF16, 1, 8, 2, 130, 257, 128, 128, kNone, MaskKind::None,
     MaskShape::Full, kNegInf, kZero, 0, 1.0f, kWg},
    {"bf16_row_f32_mask", kBf16, 3, 4, 4, 300, 300, 64, 64, kNone, MaskKind::AddF32,
     MaskShape::B11Sk, kNegInf, kZero, 1, 1.0f, kWg},
    {"f16_row_finfo_padding", kF16, 3, 4, 2, 200, 200, 64, 64, kNone, MaskKind::AddT,
     MaskShape::B11Sk, kNegInf, kZero, 2, 0.0625f, kWg},
    {"bf16_row_bf16_mask", kBf16, 2, 4, 4, 256, 256, 64, 64, kNone, MaskKind::AddT,
     MaskShape::B11Sk, kNegInf, kZero, 0, 1.0f, kWg},
    {"f16_full_bf16_mask", kF16, 1, 4, 2, 150, 190, 64, 64, kNone, MaskKind::AddOther,
     MaskShape::Full, kNegInf, kZero, 0, 1.0f, kWg},
    {"f16_full_finfo_hidden_rows_d128", kF16, 2, 4, 2, 90, 300, 128, 128, kNone,
     MaskKind::AddT, MaskShape::B1SqSk, kNegInf, kZero, 0, 1.0f, kWg},
    {"bf16_bool_fill_1e4", kBf16, 2, 4, 2, 100, 260, 64, 64, kNone, MaskKind::Bool,
     MaskShape::B1SqSk, -1e4f, kNan, 0, 1.0f, kWg},
    {"f16_bool_row_neginf_nan", kF16, 3, 4, 4, 70, 200, 64, 64, kNone, MaskKind::Bool,
     MaskShape::B11Sk, kNegInf, kNan, 1, 1.0f, kWg},
    {"bf16_causal_tl_d128", kBf16, 1, 4, 2, 300, 300, 128, 128, kTL, MaskKind::None,
     MaskShape::Full, kNegInf, kZero, 0, 1.0f, kWg},
    {"f16_causal_br_sq_gt_sk_fill", kF16, 1, 4, 2, 300, 200, 64, 64, kBR, MaskKind::None,
     MaskShape::Full, -1e4f, kNan, 0, 1.0f, kWg},
    {"bf16_causal_row_f32_mask", kBf16, 2, 4, 1, 260, 260, 64, 64, kTL, MaskKind::AddF32,
     MaskShape::B11Sk, kNegInf, kZero, 0, 1.0f, kWg},
    {"bf16_d256_bf16_mask", kBf16, 1, 2, 1, 100, 150, 256, 256, kNone, MaskKind::AddT,
     MaskShape::B1SqSk, kNegInf, kZero, 0, 1.0f, kWg},
    {"f16_d160_dv128", kF16, 1, 4, 2, 80, 170, 160, 128, kBR, MaskKind::None, MaskShape::Full,
     kNegInf, kZero, 0, 1.0f, kWg},
    // Decode: few query rows, keys split and merged by the log-sum-exp.
    {"bf16_decode_d128_gqa", kBf16, 2, 32, 8, 1, 2048, 128, 128, kNone, MaskKind::None,
     MaskShape::Full, kNegInf, kZero, 0, 1.0f, kDec},
    {"f16_decode_d64_finfo_padding", kF16, 4, 8, 8, 1, 1500, 64, 64, kNone, MaskKind::AddT,
     MaskShape::B11Sk, kNegInf, kZero, 3, 0.0625f, kDec},
    {"bf16_decode_d128_bool_causal_br", kBf16, 1, 8, 2, 4, 1000, 128, 128, kBR, MaskKind::Bool,
     MaskShape::Full, -1e4f, kZero, 0, 1.0f, kDec},
    {"f16_decode_d128_dv64_f32_mask", kF16, 2, 4, 4, 2, 900, 128, 64, kNone, MaskKind::AddF32,
     MaskShape::B1SqSk, kNegInf, kZero, 0, 1.0f, kDec},
    // D 96 on the decode kernel's D 128 TMA ring (columns past D zeros).
    {"bf16_decode_d96_mha", kBf16, 2, 8, 8, 1, 3000, 96, 96, kNone, MaskKind::None,
     MaskShape::Full, kNegInf, kZero, 0, 1.0f, kDec},
};

attnrt_dtype typeOf(attnrt_logit_rounding r) {
  return r == kF16 ? ATTNRT_DTYPE_F16 : ATTNRT_DTYPE_BF16;
}

std::vector<int64_t> maskDims(const GCase &c) {
  switch (c.shape) {
  case MaskShape::Full: return {c.B, c.Hq, c.Sq, c.Sk};
  case MaskShape::B1SqSk: return {c.B, 1, c.Sq, c.Sk};
  case MaskShape::B11Sk: return {c.B, 1, 1, c.Sk};
  }
  return {};
}

bool haveDevice() {
  int n = 0;
  return cudaGetDeviceCount(&n) == cudaSuccess && n > 0;
}

/// A device copy of a host tensor (the same strides over the same extent).
struct DeviceCopy {
  void *ptr = nullptr;
  size_t bytes = 0;
  explicit DeviceCopy(const HostTensor &t) : bytes(t.bytes.size()) {
    EXPECT_EQ(cudaMalloc(&ptr, bytes ? bytes : 1), cudaSuccess);
    if (bytes)
      EXPECT_EQ(cudaMemcpy(ptr, t.bytes.data(), bytes, cudaMemcpyHostToDevice), cudaSuccess);
  }
  ~DeviceCopy() { cudaFree(ptr); }
  void toHost(HostTensor &t) const {
    EXPECT_EQ(cudaMemcpy(t.bytes.data(), ptr, bytes, cudaMemcpyDeviceToHost), cudaSuccess);
  }
  DeviceCopy(const DeviceCopy &) = delete;
  DeviceCopy &operator=(const DeviceCopy &) = delete;
};

struct Problem {
  GCase c;
  HostTensor q, k, v, o, mask, lse;

  Problem(const GCase &cs, uint32_t seed) : c(cs) {
    std::mt19937 rng(seed);
    const attnrt_dtype t = typeOf(c.rounding);
    q = HostTensor(t, {c.B, c.Hq, c.Sq, c.D});
    k = HostTensor(t, {c.B, c.Hkv, c.Sk, c.D});
    v = HostTensor(t, {c.B, c.Hkv, c.Sk, c.Dv});
    o = HostTensor(t, {c.B, c.Hq, c.Sq, c.Dv});
    lse = HostTensor(ATTNRT_DTYPE_F32, {c.B, c.Hq, c.Sq, 1});
    std::uniform_int_distribution<int> small(-2, 2), tiny(-1, 1);
    // The keys' shared component: 4, or 16 for f16 at scale 1, where q.k
    // near 256 (a multiple of 1/4) would be an f16 value already.
    const double shift = t == ATTNRT_DTYPE_F16 && c.scale == 1.0f ? 16.0 : 4.0;
    q.forEach([&](int64_t a, int64_t b, int64_t i, int64_t d) { q.set(a, b, i, d, 1.0 + 0.5 * small(rng)); });
    k.forEach([&](int64_t a, int64_t b, int64_t i, int64_t d) { k.set(a, b, i, d, shift + 0.5 * tiny(rng)); });
    v.fillRandom(rng);
    if (c.mask == MaskKind::None)
      return;
    const attnrt_dtype mt = c.mask == MaskKind::Bool     ? ATTNRT_DTYPE_BOOL
                            : c.mask == MaskKind::AddF32 ? ATTNRT_DTYPE_F32
                            : c.mask == MaskKind::AddT   ? t
                            : t == ATTNRT_DTYPE_F16      ? ATTNRT_DTYPE_BF16
                                                         : ATTNRT_DTYPE_F16;
    mask = HostTensor(mt, maskDims(c));
    std::uniform_int_distribution<int> pct(0, 99);
    std::uniform_real_distribution<double> vals(-3.0, 3.0);
    // Padding per batch for the row masks; the last c.padded batches fully padded.
    std::vector<int64_t> pad(static_cast<size_t>(c.B));
    for (int64_t b = 0; b < c.B; ++b)
      pad[b] = b >= c.B - c.padded ? c.Sk : std::uniform_int_distribution<int64_t>(0, c.Sk / 3)(rng);
    const double lowest = mt == ATTNRT_DTYPE_F16 ? -65504.0 : -3.3895313892515355e38;
    mask.forEach([&](int64_t b, int64_t h, int64_t i, int64_t j) {
      // Row masks: padding; others: a quarter hidden and rows i % 5 == 1 fully.
      const bool hide = c.shape == MaskShape::B11Sk ? j >= c.Sk - pad[b] : pct(rng) < 25 || i % 5 == 1;
      double value;
      if (c.mask == MaskKind::Bool)
        value = hide ? 0.0 : 1.0;
      else if (c.mask == MaskKind::AddF32) // visible: values that are not T values
        value = hide ? (t == ATTNRT_DTYPE_F16 ? -65504.0 : -3.3895313892515355e38) : vals(rng);
      else // HF: where(keep, 0, finfo(mask type).min)
        value = hide ? lowest : 0.0;
      mask.set(b, h, i, j, value);
    });
  }

  attnrt_problem view(attnrt_logit_rounding rounding) {
    attnrt_problem p;
    attnrt_problem_init(&p);
    p.q = q.view();
    p.k = k.view();
    p.v = v.view();
    p.o = o.view();
    p.lse = lse.view();
    if (c.mask != MaskKind::None)
      p.mask = mask.view();
    p.scale = c.scale;
    p.causal = c.causal;
    p.mask_fill = c.fill;
    p.empty_rows = c.emptyRows;
    p.logit_rounding = rounding;
    return p;
  }

  /// Runs on `backend` with device copies of every tensor (the output and
  /// lse poisoned with NaN); the results land in o and lse.
  attnrt_status runOnDevice(const char *backend, attnrt_logit_rounding rounding) {
    std::fill(o.bytes.begin(), o.bytes.end(), 0xff);
    std::fill(lse.bytes.begin(), lse.bytes.end(), 0xff);
    DeviceCopy dq(q), dk(k), dv(v), dout(o), dl(lse);
    std::unique_ptr<DeviceCopy> dm;
    attnrt_problem p = view(rounding);
    p.q.data = dq.ptr;
    p.k.data = dk.ptr;
    p.v.data = dv.ptr;
    p.o.data = dout.ptr;
    p.lse.data = dl.ptr;
    if (c.mask != MaskKind::None) {
      dm = std::make_unique<DeviceCopy>(mask);
      p.mask.data = dm->ptr;
    }
    p.memory = ATTNRT_MEMORY_DEVICE;
    p.device = 0;
    attnrt_status st = attnrt_run_on(&p, backend);
    if (st == ATTNRT_SUCCESS) {
      EXPECT_EQ(cudaDeviceSynchronize(), cudaSuccess);
      dout.toHost(o);
      dl.toHost(lse);
    }
    return st;
  }
};

/// Per element: two units of T's roundoff (P rounded to T before P V, the
/// output rounded to T; outputs have magnitude <= 1).
double outTol(attnrt_logit_rounding r) { return r == kF16 ? 1.5e-3 : 1e-2; }

struct Result {
  std::vector<double> o, lse;
};
Result resultOf(const Problem &p) { return {p.o.values(), p.lse.values()}; }

/// Rows (b, h, i) where `got` differs from `ref`: NaN in one only, an
/// element beyond `tol`, an lse beyond 1e-4 relative (the same infinity for
/// empty rows). Reports the first few when `report`.
int differingRows(const GCase &c, const Result &got, const Result &ref, double tol, bool report,
                  const std::string &what) {
  int bad = 0;
  for (int64_t row = 0; row < c.B * c.Hq * c.Sq; ++row) {
    double err = 0.0;
    bool nanMismatch = false;
    for (int64_t d = 0; d < c.Dv; ++d) {
      const double x = got.o[row * c.Dv + d], r = ref.o[row * c.Dv + d];
      if (std::isnan(x) || std::isnan(r))
        nanMismatch |= std::isnan(x) != std::isnan(r);
      else
        err = std::max(err, std::fabs(x - r));
    }
    const double gl = got.lse[row], rl = ref.lse[row];
    const bool lseBad = std::isfinite(rl)
                            ? !(std::fabs(gl - rl) <= 1e-4 * std::max(1.0, std::fabs(rl)))
                            : !(gl == rl || (std::isnan(gl) && std::isnan(rl)));
    if (nanMismatch || err > tol || lseBad) {
      if (report && bad < 4)
        ADD_FAILURE() << what << ": row " << row << " (of [B, Hq, Sq]) max abs err " << err
                      << " (tol " << tol << ")" << (nanMismatch ? " NaN mismatch" : "")
                      << " lse " << gl << " vs " << rl;
      ++bad;
    }
  }
  return bad;
}

/// The gpu backend's kernels (GpuKernelTable.cpp; CUDA builds with the
/// Hopper path).
std::vector<std::string> kernelNames() {
  return {"sm90-packgqa", "sm90-wgmma", "decode", "fa2-causal", "fa2-nocausal", "fa2-general"};
}

/// The kernel the default dispatch picks for `p` (device memory), from
/// attnrt_select_backend's report ("  kernel <name>: supported, chosen").
std::string chosenKernel(Problem &prob, attnrt_logit_rounding rounding) {
  attnrt_problem p = prob.view(rounding);
  // Device pointers are only looked at, not read: a real allocation each.
  DeviceCopy dq(prob.q), dk(prob.k), dv(prob.v), dout(prob.o), dl(prob.lse);
  std::unique_ptr<DeviceCopy> dm;
  p.q.data = dq.ptr;
  p.k.data = dk.ptr;
  p.v.data = dv.ptr;
  p.o.data = dout.ptr;
  p.lse.data = dl.ptr;
  if (prob.c.mask != MaskKind::None) {
    dm = std::make_unique<DeviceCopy>(prob.mask);
    p.mask.data = dm->ptr;
  }
  p.memory = ATTNRT_MEMORY_DEVICE;
  char report[4096] = {0};
  const char *backend = nullptr;
  if (attnrt_select_backend(&p, &backend, report, sizeof(report)) != ATTNRT_SUCCESS)
    return std::string("none: ") + attnrt_last_error();
  const std::string kernel = attn_gpu_test::chosenKernelIn(report);
  if (!kernel.empty())
    return kernel;
  return std::string("backend ") + (backend ? backend : "?") + ", report:\n" + report;
}

class GpuLogitRounding : public ::testing::TestWithParam<int> {};

TEST_P(GpuLogitRounding, MatchesReferenceRowByRowOnEveryKernel) {
  if (!haveDevice())
    GTEST_SKIP() << "no CUDA device";
  const GCase &c = kCases[GetParam()];
  const uint32_t seed = kSeed + 37 * static_cast<uint32_t>(GetParam());
  Problem prob(c, seed);
  attnrt_problem ref = prob.view(c.rounding);
  ASSERT_EQ(attnrt_run_on(&ref, "reference"), ATTNRT_SUCCESS) << attnrt_last_error();
  const Result want = resultOf(prob);

  EXPECT_EQ(chosenKernel(prob, c.rounding), c.kernel) << c.name;
  std::vector<std::string> specs = {"gpu"};
  for (const std::string &k : kernelNames())
    specs.push_back("gpu:" + k);
  int ran = 0;
  for (const std::string &spec : specs) {
    std::ostringstream what;
    what << c.name << " on " << spec << " seed=" << seed;
    const attnrt_status st = prob.runOnDevice(spec.c_str(), c.rounding);
    const bool expected = spec == "gpu" || spec == std::string("gpu:") + c.kernel;
    if (st == ATTNRT_ERROR_UNSUPPORTED && !expected) {
      // Declined: a kernel that does not round logits must say so.
      const std::string why = attnrt_last_error();
      if (spec.rfind("gpu:fa2", 0) == 0)
        EXPECT_NE(why.find("logit_rounding"), std::string::npos) << what.str() << ": " << why;
      else
        EXPECT_FALSE(why.empty()) << what.str();
      continue;
    }
    ASSERT_EQ(st, ATTNRT_SUCCESS) << what.str() << ": " << attnrt_last_error();
    ++ran;
    EXPECT_EQ(differingRows(c, resultOf(prob), want, outTol(c.rounding), true, what.str()), 0)
        << what.str();
  }
  EXPECT_GE(ran, 2) << c.name; // the default dispatch and the named kernel forced
}

/// The twin: the same inputs with logit_rounding = none (f32 logits, the
/// default kernels) differ from the rounded reference beyond the tolerance
/// on most rows, so the comparison above fails for a kernel that skips
/// the rounding.
TEST_P(GpuLogitRounding, WithoutRoundingDiffers) {
  if (!haveDevice())
    GTEST_SKIP() << "no CUDA device";
  const GCase &c = kCases[GetParam()];
  const uint32_t seed = kSeed + 37 * static_cast<uint32_t>(GetParam());
  Problem prob(c, seed);
  attnrt_problem ref = prob.view(c.rounding);
  ASSERT_EQ(attnrt_run_on(&ref, "reference"), ATTNRT_SUCCESS) << attnrt_last_error();
  const Result want = resultOf(prob);
  ASSERT_EQ(prob.runOnDevice("gpu", ATTNRT_LOGIT_ROUNDING_NONE), ATTNRT_SUCCESS)
      << attnrt_last_error();
  const int rows = static_cast<int>(c.B * c.Hq * c.Sq);
  const int differing = differingRows(c, resultOf(prob), want, outTol(c.rounding), false, "");
  EXPECT_GT(differing, rows / 2) << c.name << ": " << differing << " of " << rows << " rows";
}

INSTANTIATE_TEST_SUITE_P(Cases, GpuLogitRounding, ::testing::Range(0, int(std::size(kCases))),
                         [](const auto &info) { return std::string(kCases[info.param].name); });

/// Rounding to a type other than Q/K/V's: no GPU kernel computes it; the
/// gpu backend declines with each kernel's reason, naming logit_rounding.
TEST(GpuLogitRoundingDecline, OtherTypeThanOperandsNamesTheReason) {
  if (!haveDevice())
    GTEST_SKIP() << "no CUDA device";
  GCase c = kCases[0]; // bf16 operands
  c.rounding = kBf16;
  Problem prob(c, kSeed);
  // f16 rounding of bf16 operands; the scale (1) is an f16 value too.
  const attnrt_status st = [&] {
    DeviceCopy dq(prob.q), dk(prob.k), dv(prob.v), dout(prob.o);
    attnrt_problem p = prob.view(kF16);
    p.q.data = dq.ptr;
    p.k.data = dk.ptr;
    p.v.data = dv.ptr;
    p.o.data = dout.ptr;
    p.lse.data = nullptr;
    p.memory = ATTNRT_MEMORY_DEVICE;
    return attnrt_run_on(&p, "gpu");
  }();
  EXPECT_EQ(st, ATTNRT_ERROR_UNSUPPORTED);
  const std::string why = attnrt_last_error();
  EXPECT_NE(why.find("logit_rounding to a type other than the Q/K/V type"), std::string::npos)
      << why;
}

} // namespace
