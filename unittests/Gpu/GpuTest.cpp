//===- GpuTest.cpp - the gpu backend against the reference backend --------===//
//
// Every case draws fresh random Q/K/V (and mask) values, runs
// attnrt_run_on(p, "gpu") on device pointers (or host pointers, staged by
// the backend) with the output poisoned (all bits set: NaN in f32/f16/bf16),
// and compares with attnrt_run_on(p, "reference") (f64 accumulation) on host
// copies of the same values:
//   relative L2 error ||o - ref|| / ||ref|| <= 1e-2, NaN never passes.
// Why 1e-2 for 16-bit operands: P is rounded to the operand type before the
// P V product, as in FlashAttention, and the output is rounded to its type;
// bf16's unit roundoff is 2^-8 = 3.9e-3, so each rounding alone contributes
// a relative error of up to 3.9e-3 per element (about 2.3e-3 RMS); f16 is 8x
// finer. 1e-2 is about 2.5 units of bf16 roundoff; an indexing or masking bug
// gives errors of order 1.
// Rows whose keys are all masked must be exactly zero.
// Without a GPU every test is skipped with a message saying so.
//===----------------------------------------------------------------------===//

#include "attnrt/attnrt.h"
#include "Half.h"
#include "KernelReport.h"

#include <cuda_runtime.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

// ------------------------------------------------------------ host values
// f16 / bf16 conversions: the runtime's one header (Half.h, checked
// exhaustively against the compiler's _Float16 by AttnrtHalfTests).
using attnrt::bf16ToFloat;
using attnrt::floatToBf16;
using attnrt::floatToHalf;
using attnrt::halfToFloat;

/// The backend every case runs on: "gpu", or "gpu:<kernel>" from
/// ATTN_GPU_TEST_BACKEND (scripts/gpu-test.sh runs the suite once per
/// kernel; cases the forced kernel declines are skipped and counted).
const char *gpuBackendSpec() {
  const char *e = std::getenv("ATTN_GPU_TEST_BACKEND");
  return e && *e ? e : "gpu";
}
bool kernelForced() { return std::strchr(gpuBackendSpec(), ':') != nullptr; }
int declinedByForcedKernel = 0;
int lseDeclinedByForcedKernel = 0; // declined naming the lse output

struct ForcedKernelReport : ::testing::Environment {
  void TearDown() override {
    if (kernelForced())
      std::printf("%s: %d cases declined by the forced kernel (skipped), %d of them lse cases "
                  "declined because the kernel does not write lse\n",
                  gpuBackendSpec(), declinedByForcedKernel + lseDeclinedByForcedKernel,
                  lseDeclinedByForcedKernel);
  }
};
const auto *const forcedKernelReport =
    ::testing::AddGlobalTestEnvironment(new ForcedKernelReport);

size_t elemSize(attnrt_dtype t) {
  return t == ATTNRT_DTYPE_F32 ? 4 : t == ATTNRT_DTYPE_BOOL ? 1 : 2;
}
const char *dtName(attnrt_dtype t) {
  switch (t) {
  case ATTNRT_DTYPE_F32: return "f32";
  case ATTNRT_DTYPE_F16: return "f16";
  case ATTNRT_DTYPE_BF16: return "bf16";
  case ATTNRT_DTYPE_BOOL: return "bool";
  }
  return "?";
}

enum class Layout {
  BHSD,   // contiguous
  BSHD,   // [B, S, H, D] storage (PyTorch's transposed view)
  Padded, // BHSD rows padded to D + 8, heads by 24 more: still 16-byte rows
  Odd,    // rows padded to D + 3 (misaligned: the kernels' scalar path)
  Pad2,   // rows padded to D + 2, heads by 2 more: 4-byte, not 16-byte rows
  DMajor, // [B, H, D, S] storage: the head dim is strided (scalar path)
};
const char *layoutName(Layout l) {
  switch (l) {
  case Layout::BHSD: return "BHSD";
  case Layout::BSHD: return "BSHD";
  case Layout::Padded: return "Padded";
  case Layout::Odd: return "Odd";
  case Layout::Pad2: return "Pad2";
  case Layout::DMajor: return "DMajor";
  }
  return "?";
}

struct Tensor {
  attnrt_dtype dtype = ATTNRT_DTYPE_F32;
  int64_t sizes[4] = {1, 1, 1, 1};
  int64_t strides[4] = {0, 0, 0, 0};
  std::vector<unsigned char> bytes; // the whole extent
  Tensor() = default;
  Tensor(attnrt_dtype dt, int64_t B, int64_t H, int64_t S, int64_t D, Layout l) : dtype(dt) {
    sizes[0] = B; sizes[1] = H; sizes[2] = S; sizes[3] = D;
    int64_t total = 0;
    switch (l) {
    case Layout::BHSD:
      strides[3] = 1; strides[2] = D; strides[1] = S * D; strides[0] = H * S * D;
      total = B * H * S * D;
      break;
    case Layout::BSHD:
      strides[3] = 1; strides[1] = D; strides[2] = H * D; strides[0] = S * H * D;
      total = B * S * H * D;
      break;
    case Layout::Padded:
      strides[3] = 1; strides[2] = D + 8; strides[1] = S * (D + 8) + 24; strides[0] = H * strides[1];
      total = B * strides[0];
      break;
    case Layout::Odd:
      strides[3] = 1; strides[2] = D + 3; strides[1] = S * (D + 3) + 5; strides[0] = H * strides[1];
      total = B * strides[0];
      break;
    case Layout::Pad2:
      strides[3] = 1; strides[2] = D + 2; strides[1] = S * (D + 2) + 2; strides[0] = H * strides[1];
      total = B * strides[0];
      break;
    case Layout::DMajor:
      strides[2] = 1; strides[3] = S; strides[1] = S * D; strides[0] = H * S * D;
      total = B * H * S * D;
      break;
    }
    bytes.assign((size_t)total * elemSize(dt), 0);
  }
  // Broadcast mask shapes: size 1 dims get stride 0, the rest are dense.
  static Tensor mask(attnrt_dtype dt, const int64_t full[4], const bool bcast[4]) {
    Tensor t;
    t.dtype = dt;
    int64_t s = 1;
    for (int d = 3; d >= 0; --d) {
      t.sizes[d] = bcast[d] ? 1 : full[d];
      t.strides[d] = bcast[d] ? 0 : s;
      s *= t.sizes[d];
    }
    t.bytes.assign((size_t)s * elemSize(dt), 0);
    return t;
  }
  int64_t off(int64_t a, int64_t b, int64_t c, int64_t d) const {
    return a * strides[0] + b * strides[1] + c * strides[2] + d * strides[3];
  }
  double get(int64_t a, int64_t b, int64_t c, int64_t d) const {
    const unsigned char *p = bytes.data() + off(a, b, c, d) * elemSize(dtype);
    uint16_t h;
    switch (dtype) {
    case ATTNRT_DTYPE_F32: { float f; std::memcpy(&f, p, 4); return f; }
    case ATTNRT_DTYPE_F16: std::memcpy(&h, p, 2); return halfToFloat(h);
    case ATTNRT_DTYPE_BF16: std::memcpy(&h, p, 2); return bf16ToFloat(h);
    case ATTNRT_DTYPE_BOOL: return *p ? 1.0 : 0.0;
    }
    return 0;
  }
  void set(int64_t a, int64_t b, int64_t c, int64_t d, double v) {
    unsigned char *p = bytes.data() + off(a, b, c, d) * elemSize(dtype);
    uint16_t h;
    switch (dtype) {
    case ATTNRT_DTYPE_F32: { float f = (float)v; std::memcpy(p, &f, 4); break; }
    case ATTNRT_DTYPE_F16: h = floatToHalf((float)v); std::memcpy(p, &h, 2); break;
    case ATTNRT_DTYPE_BF16: h = floatToBf16((float)v); std::memcpy(p, &h, 2); break;
    case ATTNRT_DTYPE_BOOL: *p = v != 0.0; break;
    }
  }
  template <class F> void each(F f) const {
    for (int64_t a = 0; a < sizes[0]; ++a)
      for (int64_t b = 0; b < sizes[1]; ++b)
        for (int64_t c = 0; c < sizes[2]; ++c)
          for (int64_t d = 0; d < sizes[3]; ++d) f(a, b, c, d);
  }
  void fillRandom(std::mt19937 &rng, double lo = -1.0, double hi = 1.0) {
    std::uniform_real_distribution<double> dist(lo, hi);
    each([&](int64_t a, int64_t b, int64_t c, int64_t d) {
      do set(a, b, c, d, dist(rng)); while (get(a, b, c, d) == 0.0);
    });
  }
  attnrt_tensor view(void *data) const {
    attnrt_tensor t;
    t.data = data;
    t.dtype = dtype;
    for (int i = 0; i < 4; ++i) { t.sizes[i] = sizes[i]; t.strides[i] = strides[i]; }
    return t;
  }
};

// ------------------------------------------------------------ device memory
bool gpuPresent(std::string *why) {
  int n = 0;
  cudaError_t e = cudaGetDeviceCount(&n);
  if (e != cudaSuccess) {
    cudaGetLastError();
    *why = std::string("no usable CUDA device: ") + cudaGetErrorString(e);
    return false;
  }
  if (n == 0) {
    *why = "no CUDA device present";
    return false;
  }
  return true;
}

#define GPU_OR_SKIP()                                                          \
  do {                                                                         \
    std::string why_;                                                          \
    if (!gpuPresent(&why_)) GTEST_SKIP() << "GPU tests skipped: " << why_;     \
  } while (0)

struct DeviceBuffer {
  void *ptr = nullptr;
  size_t bytes = 0;
  DeviceBuffer() = default;
  explicit DeviceBuffer(size_t n) : bytes(n) {
    EXPECT_EQ(cudaMalloc(&ptr, n ? n : 1), cudaSuccess);
  }
  DeviceBuffer(const DeviceBuffer &) = delete;
  DeviceBuffer &operator=(const DeviceBuffer &) = delete;
  DeviceBuffer(DeviceBuffer &&o) noexcept : ptr(o.ptr), bytes(o.bytes) { o.ptr = nullptr; }
  DeviceBuffer &operator=(DeviceBuffer &&o) noexcept {
    std::swap(ptr, o.ptr);
    std::swap(bytes, o.bytes);
    return *this;
  }
  ~DeviceBuffer() {
    if (ptr) cudaFree(ptr);
  }
  static DeviceBuffer upload(const Tensor &t) {
    DeviceBuffer b(t.bytes.size());
    EXPECT_EQ(cudaMemcpy(b.ptr, t.bytes.data(), t.bytes.size(), cudaMemcpyHostToDevice), cudaSuccess);
    return b;
  }
};

// ------------------------------------------------------------ cases
enum class MaskKind {
  None,
  AddF32Full,  // f32 additive [B, Hq, Sq, Sk]
  AddF16Heads, // f16 additive [B, 1, Sq, Sk]
  AddBf16SqSk, // bf16 additive [1, 1, Sq, Sk]
  BoolKeyPad,  // bool [B, 1, 1, Sk] (key padding)
  BoolFull,    // bool [B, Hq, Sq, Sk], some rows with every key masked
  AddNegInfRows, // f32 additive [B, Hq, Sq, Sk] with -inf on some whole rows
  AddBelowFill,  // f32 additive [B, Hq, Sq, Sk]: every third key and every
                 // sixth row at twice the (finite) fill: logits below the fill
  // Row masks (the same values for every query row), BoolKeyPad's lengths:
  AddKeyPadBf16,    // bf16 additive [B, 1, 1, Sk], bf16's lowest finite value
                    // on the padding keys (BERT's extended attention mask)
  AddKeyPadF16,     // f16 additive [B, 1, 1, Sk], -65504 on the padding keys
  AddKeyPadF32Heads, // f32 additive [B, Hq, 1, Sk], random values, -inf padding
  AddBf16BiasHeads,  // bf16 additive [1, Hq, Sq, Sk] (T5's relative-position bias)
  BoolKeyPadDead,    // bool [B, 1, 1, Sk], BoolKeyPad's lengths, except that
                     // batch entries b % 3 == 1 keep no key (empty rows)
  BoolHeads,         // bool [B, 1, Sq, Sk] (Hugging Face SDPA's mask), BoolFull's dead rows
  // Hugging Face's causal + padding masks [B, 1, Sq, Sk] (key j hidden from
  // row i past the bottom-right diagonal, j > i + Sk - Sq, and on padding
  // keys: even batch entries the last (37 b) mod ceil(Sk / 2) keys, odd ones
  // the first 40 b + 100, whose first rows then see no visible key): the
  // mask-tile kernels' dead tiles (kSchedDeadTiles). Visible keys: random
  // values in [-3, 3] (boolean: true).
  CausalPadBf16,     // bf16, bf16's lowest finite value on hidden keys
  CausalPadF16,      // f16, -65504 on hidden keys
  CausalPadBool      // bool, false on hidden keys (rows with none visible: empty)
};
const char *maskName(MaskKind m) {
  switch (m) {
  case MaskKind::None: return "none";
  case MaskKind::AddF32Full: return "add_f32_full";
  case MaskKind::AddF16Heads: return "add_f16_[B,1,Sq,Sk]";
  case MaskKind::AddBf16SqSk: return "add_bf16_[1,1,Sq,Sk]";
  case MaskKind::BoolKeyPad: return "bool_[B,1,1,Sk]";
  case MaskKind::BoolFull: return "bool_full_dead_rows";
  case MaskKind::AddNegInfRows: return "add_f32_-inf_rows";
  case MaskKind::AddBelowFill: return "add_f32_below_fill";
  case MaskKind::AddKeyPadBf16: return "add_bf16_keypad_[B,1,1,Sk]";
  case MaskKind::AddKeyPadF16: return "add_f16_keypad_[B,1,1,Sk]";
  case MaskKind::AddKeyPadF32Heads: return "add_f32_keypad_[B,Hq,1,Sk]";
  case MaskKind::AddBf16BiasHeads: return "add_bf16_bias_[1,Hq,Sq,Sk]";
  case MaskKind::BoolKeyPadDead: return "bool_[B,1,1,Sk]_dead_batches";
  case MaskKind::BoolHeads: return "bool_[B,1,Sq,Sk]_dead_rows";
  case MaskKind::CausalPadBf16: return "add_bf16_causal_pad_[B,1,Sq,Sk]";
  case MaskKind::CausalPadF16: return "add_f16_causal_pad_[B,1,Sq,Sk]";
  case MaskKind::CausalPadBool: return "bool_causal_pad_[B,1,Sq,Sk]";
  }
  return "?";
}

struct Inputs;

struct Case {
  int64_t B, Hq, Hkv, Sq, Sk, D, Dv;
  attnrt_dtype in = ATTNRT_DTYPE_BF16;
  attnrt_dtype out = ATTNRT_DTYPE_BF16;
  attnrt_causal causal = ATTNRT_CAUSAL_NONE;
  MaskKind mask = MaskKind::None;
  Layout layout = Layout::BHSD;
  Layout outLayout = Layout::BHSD;
  bool hostMemory = false;
  bool ownStream = false;
  int repeats = 1; // > 1: rerun on the same inputs, outputs must be bitwise equal
  // Every output row within 1e-2 of the reference backend's row (relative to
  // the larger of its norm and the RMS row norm: utils/attncheck's
  // criterion), on top of the whole-tensor relative L2 bound.
  bool perRow = false;
  // On an sm_90 device with the Hopper path built (the report of
  // attnrt_select_backend): the default dispatch must choose this kernel,
  // and sm90-wgmma must decline the problem with this reason.
  const char *expectKernel = nullptr;
  const char *hopperDeclines = nullptr;
  // The backend spec this case runs on ("gpu:<kernel>"), in place of
  // gpuBackendSpec(); a forced kernel that declines it is a failure.
  const char *backend = nullptr;
  const char *spec() const { return backend ? backend : gpuBackendSpec(); }
  bool mayDecline() const { return !backend && kernelForced(); }
  // attnrt_types.h semantics: the logit of hidden positions and what empty
  // rows give. Cases that set either (or AddBelowFill) are checked row by row
  // against the f64 oracle below (semanticsCheck) instead of the reference
  // backend, which ignores both so far.
  float fill = -INFINITY;
  attnrt_empty_rows empty = ATTNRT_EMPTY_ROWS_ZERO;
  // The softmax scale is 1.5 / sqrt(D) times this (larger: logits spread
  // over a wider range, so rows of one tile differ in how far their max
  // lies above a finite fill).
  float scaleMul = 1.f;
  // Rewrites the random operands after they are drawn (hand-made logits).
  void (*tweak)(Inputs &) = nullptr;
  bool semantics() const {
    return fill != -INFINITY || empty != ATTNRT_EMPTY_ROWS_ZERO || mask == MaskKind::AddBelowFill;
  }

  std::string str() const {
    std::ostringstream s;
    s << "B" << B << " Hq" << Hq << " Hkv" << Hkv << " Sq" << Sq << " Sk" << Sk << " D" << D
      << " Dv" << Dv << " " << dtName(in) << "->" << dtName(out) << " causal" << (int)causal
      << " mask=" << maskName(mask) << " " << layoutName(layout) << "/" << layoutName(outLayout)
      << (hostMemory ? " host" : " device") << (ownStream ? " stream" : "") << " fill=" << fill
      << (empty == ATTNRT_EMPTY_ROWS_NAN ? " empty=nan" : "")
      << (scaleMul != 1.f ? " scale x" + std::to_string(scaleMul) : std::string())
      << (tweak ? " operands: hand-made" : "");
    return s.str();
  }
};

uint32_t g_seed = 0x5eed0000;

// Row (b, h, i)'s logits z[0, Sk) under attnrt_types.h in f64 from the
// operands' stored values: s_ij = scale * q_i.k_j + additive mask; a position
// hidden by the causal mode or a false boolean mask has the logit c.fill.
// Returns their max (-inf for an empty row).
double rowLogits(const Case &c, const Tensor &q, const Tensor &k, const Tensor *mask, float scale,
                 int64_t b, int64_t h, int64_t i, std::vector<double> &z) {
  const int64_t kh = h / (c.Hq / c.Hkv);
  const int64_t off = c.causal == ATTNRT_CAUSAL_BOTTOM_RIGHT ? c.Sk - c.Sq : 0;
  z.assign((size_t)c.Sk, 0.0);
  double mx = -INFINITY;
  for (int64_t j = 0; j < c.Sk; ++j) {
    bool hidden = c.causal != ATTNRT_CAUSAL_NONE && j > i + off;
    double add = 0;
    if (mask) {
      const int64_t mb = mask->sizes[0] == 1 ? 0 : b, mh = mask->sizes[1] == 1 ? 0 : h,
                    mi = mask->sizes[2] == 1 ? 0 : i;
      const double m = mask->get(mb, mh, mi, j);
      if (mask->dtype == ATTNRT_DTYPE_BOOL) hidden = hidden || m == 0.0;
      else add = m;
    }
    double dot = 0;
    for (int64_t d = 0; d < c.D; ++d) dot += q.get(b, h, i, d) * k.get(b, kh, j, d);
    // The kernels add the mask in f32: round the logit like they must.
    z[j] = hidden ? (double)c.fill : (double)(float)((double)scale * dot + add);
    mx = std::max(mx, z[j]);
  }
  return mx;
}

// The log-sum-exp of logits z with max mx: -inf for an empty row.
double logSumExp(const std::vector<double> &z, double mx) {
  if (mx == -INFINITY) return -INFINITY;
  double l = 0;
  for (double x : z) l += std::exp(x - mx);
  return mx + std::log(l);
}

// The semantics of attnrt_types.h in f64, row by row, from the operands'
// stored values: s_ij = scale * q_i.k_j + additive mask; a position hidden by
// the causal mode or a false boolean mask has the logit `fill`; a row whose
// logits are all -inf yields zeros or NaN (c.empty); Sk == 0 yields zeros.
// Every output row must be NaN exactly where the oracle's is, and otherwise
// within 2e-2 relative L2 of it (+1e-3 absolute per row: rows that are the
// mean of V are small); a single wrong row fails.
void semanticsCheck(const Case &c, const Tensor &q, const Tensor &k, const Tensor &v,
                    const Tensor *mask, float scale, const Tensor &out) {
  const int64_t group = c.Hq / c.Hkv;
  size_t badRows = 0, nanMismatch = 0, shown = 0;
  std::vector<double> z((size_t)c.Sk), ref((size_t)c.Dv);
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t h = 0; h < c.Hq; ++h)
      for (int64_t i = 0; i < c.Sq; ++i) {
        const int64_t kh = h / group;
        const double mx = rowLogits(c, q, k, mask, scale, b, h, i, z);
        bool emptyRow = c.Sk > 0 && mx == -INFINITY;
        std::fill(ref.begin(), ref.end(), 0.0);
        if (c.Sk > 0 && !emptyRow) {
          double l = 0;
          for (int64_t j = 0; j < c.Sk; ++j) {
            const double p = std::exp(z[j] - mx);
            l += p;
            if (p != 0)
              for (int64_t d = 0; d < c.Dv; ++d) ref[d] += p * v.get(b, kh, j, d);
          }
          for (double &r : ref) r /= l;
        }
        const bool wantNan = emptyRow && c.empty == ATTNRT_EMPTY_ROWS_NAN;
        double num = 0, den = 0;
        bool anyNan = false, allNan = true;
        for (int64_t d = 0; d < c.Dv; ++d) {
          const double x = out.get(b, h, i, d);
          anyNan |= std::isnan(x);
          allNan &= std::isnan(x);
          num += (x - ref[d]) * (x - ref[d]);
          den += ref[d] * ref[d];
        }
        bool ok;
        if (wantNan) {
          ok = allNan;
          if (!ok) ++nanMismatch;
        } else {
          ok = !anyNan && std::sqrt(num) <= 2e-2 * std::sqrt(den) + 1e-3;
          if (anyNan) ++nanMismatch;
        }
        if (!ok) {
          ++badRows;
          if (shown++ < 5)
            ADD_FAILURE() << "row b" << b << " h" << h << " i" << i << ": "
                          << (wantNan ? "want NaN" : emptyRow ? "empty, want zeros" : "")
                          << " err " << std::sqrt(num) << " ref norm " << std::sqrt(den)
                          << " out[0] " << out.get(b, h, i, 0) << " ref[0] " << ref[0];
        }
      }
  EXPECT_EQ(badRows, 0u) << "rows differing from the f64 oracle (" << nanMismatch
                         << " with NaN where there should be none or vice versa)";
}

// Fresh random operands for case c: Q, K, V (nonzero values in [-1, 1]),
// the mask c.mask asks for, the scale, and the rows every key of which is
// masked (deadRow, by [b][h][i]).
struct Inputs {
  Tensor q, k, v, mask;
  bool hasMask = false;
  float scale = 0;
  std::vector<char> deadRow;
};

Inputs makeInputs(const Case &c) {
  std::mt19937 rng(++g_seed);
  Inputs in;
  Tensor &q = in.q, &k = in.k, &v = in.v, &mask = in.mask;
  q = Tensor(c.in, c.B, c.Hq, c.Sq, c.D, c.layout);
  k = Tensor(c.in, c.B, c.Hkv, c.Sk, c.D, c.layout);
  v = Tensor(c.in, c.B, c.Hkv, c.Sk, c.Dv, c.layout);
  q.fillRandom(rng);
  k.fillRandom(rng);
  v.fillRandom(rng);
  in.scale = 1.0f / std::sqrt((float)c.D) * 1.5f * c.scaleMul; // sharper than usual softmax

  const int64_t full[4] = {c.B, c.Hq, c.Sq, c.Sk};
  const bool hasMask = in.hasMask = c.mask != MaskKind::None;
  std::vector<char> &deadRow = in.deadRow;
  deadRow.assign((size_t)(c.B * c.Hq * c.Sq), 0);
  if (hasMask) {
    bool bc[4] = {false, false, false, false};
    attnrt_dtype mdt = ATTNRT_DTYPE_F32;
    switch (c.mask) {
    case MaskKind::AddF32Full: break;
    case MaskKind::AddF16Heads: mdt = ATTNRT_DTYPE_F16; bc[1] = true; break;
    case MaskKind::AddBf16SqSk: mdt = ATTNRT_DTYPE_BF16; bc[0] = bc[1] = true; break;
    case MaskKind::BoolKeyPad: mdt = ATTNRT_DTYPE_BOOL; bc[1] = bc[2] = true; break;
    case MaskKind::BoolKeyPadDead: mdt = ATTNRT_DTYPE_BOOL; bc[1] = bc[2] = true; break;
    case MaskKind::BoolFull: mdt = ATTNRT_DTYPE_BOOL; break;
    case MaskKind::BoolHeads: mdt = ATTNRT_DTYPE_BOOL; bc[1] = true; break;
    case MaskKind::AddNegInfRows: break;
    case MaskKind::AddBelowFill: break;
    case MaskKind::AddKeyPadBf16: mdt = ATTNRT_DTYPE_BF16; bc[1] = bc[2] = true; break;
    case MaskKind::AddKeyPadF16: mdt = ATTNRT_DTYPE_F16; bc[1] = bc[2] = true; break;
    case MaskKind::AddKeyPadF32Heads: bc[2] = true; break;
    case MaskKind::AddBf16BiasHeads: mdt = ATTNRT_DTYPE_BF16; bc[0] = true; break;
    case MaskKind::CausalPadBf16: mdt = ATTNRT_DTYPE_BF16; bc[1] = true; break;
    case MaskKind::CausalPadF16: mdt = ATTNRT_DTYPE_F16; bc[1] = true; break;
    case MaskKind::CausalPadBool: mdt = ATTNRT_DTYPE_BOOL; bc[1] = true; break;
    default: break;
    }
    mask = Tensor::mask(mdt, full, bc);
    std::uniform_real_distribution<double> add(-3.0, 3.0);
    std::bernoulli_distribution keep(0.7);
    const bool causalPad = c.mask == MaskKind::CausalPadBf16 || c.mask == MaskKind::CausalPadF16 ||
                           c.mask == MaskKind::CausalPadBool;
    // CausalPad*: whether key j is hidden from row i of batch entry a.
    auto causalPadHidden = [&](int64_t a, int64_t i, int64_t j) {
      const bool pad = a % 2 == 0 ? j > (c.Sk - 1) - (a * 37) % ((c.Sk + 1) / 2) : j < 40 * a + 100;
      return pad || j > i + c.Sk - c.Sq;
    };
    mask.each([&](int64_t a, int64_t b, int64_t i, int64_t j) {
      if (causalPad) {
        const bool hid = causalPadHidden(a, i, j);
        const double val = c.mask == MaskKind::CausalPadBool ? (hid ? 0.0 : 1.0)
                           : hid ? (c.mask == MaskKind::CausalPadF16 ? -65504.0 : -3.3895313892515355e38)
                                 : add(rng);
        mask.set(a, b, i, j, val);
      } else if (mdt == ATTNRT_DTYPE_BOOL) {
        bool kp = keep(rng);
        if (c.mask == MaskKind::BoolKeyPad || c.mask == MaskKind::BoolKeyPadDead)
          kp = j <= (c.Sk - 1) - (a * 37) % ((c.Sk + 1) / 2);
        if (c.mask == MaskKind::BoolKeyPadDead && a % 3 == 1) kp = false;
        if ((c.mask == MaskKind::BoolFull || c.mask == MaskKind::BoolHeads) && (i % 5 == 2))
          kp = false; // dead rows
        mask.set(a, b, i, j, kp ? 1.0 : 0.0);
      } else {
        double val = add(rng);
        if (c.mask == MaskKind::AddNegInfRows && (i % 4 == 1)) val = -INFINITY;
        else if (c.mask == MaskKind::AddNegInfRows && j % 3 == 0) val = -INFINITY;
        if (c.mask == MaskKind::AddBelowFill && (j % 3 == 0 || i % 6 == 1))
          val = std::max(2.0 * (double)c.fill, -3.0e38) + add(rng);
        const bool pad = j > (c.Sk - 1) - (a * 37) % ((c.Sk + 1) / 2);
        if (c.mask == MaskKind::AddKeyPadBf16) val = pad ? -3.3895313892515355e38 : 0.0;
        if (c.mask == MaskKind::AddKeyPadF16) val = pad ? -65504.0 : 0.0;
        if (c.mask == MaskKind::AddKeyPadF32Heads && pad) val = -INFINITY;
        mask.set(a, b, i, j, val);
      }
    });
    if (c.mask == MaskKind::CausalPadBool)
      for (int64_t a = 0; a < c.B; ++a)
        for (int64_t h = 0; h < c.Hq; ++h)
          for (int64_t i = 0; i < c.Sq; ++i) {
            bool none = true;
            for (int64_t j = 0; j < c.Sk && none; ++j) none = causalPadHidden(a, i, j);
            deadRow[(a * c.Hq + h) * c.Sq + i] = none;
          }
    if (c.mask == MaskKind::BoolFull || c.mask == MaskKind::BoolHeads ||
        c.mask == MaskKind::AddNegInfRows || c.mask == MaskKind::BoolKeyPadDead) {
      for (int64_t a = 0; a < c.B; ++a)
        for (int64_t h = 0; h < c.Hq; ++h)
          for (int64_t i = 0; i < c.Sq; ++i)
            deadRow[(a * c.Hq + h) * c.Sq + i] =
                ((c.mask == MaskKind::BoolFull || c.mask == MaskKind::BoolHeads) && i % 5 == 2) ||
                (c.mask == MaskKind::AddNegInfRows && i % 4 == 1) ||
                (c.mask == MaskKind::BoolKeyPadDead && a % 3 == 1);
    }
  }
  // Causal rows with no visible key (bottom-right with Sq > Sk).
  if (c.causal == ATTNRT_CAUSAL_BOTTOM_RIGHT)
    for (int64_t a = 0; a < c.B; ++a)
      for (int64_t h = 0; h < c.Hq; ++h)
        for (int64_t i = 0; i < c.Sq; ++i)
          if (i + c.Sk - c.Sq < 0) deadRow[(a * c.Hq + h) * c.Sq + i] = 1;

  return in;
}

void runCase(const Case &c) {
  SCOPED_TRACE(c.str());
  std::string chosenKernel; // the device path's choice (its report)
  Inputs in = makeInputs(c);
  if (c.tweak) c.tweak(in);
  Tensor &q = in.q, &k = in.k, &v = in.v, &mask = in.mask;
  const bool hasMask = in.hasMask;
  const float scale = in.scale;
  const std::vector<char> &deadRow = in.deadRow;

  // Reference: f32 output, host memory.
  Tensor ref(ATTNRT_DTYPE_F32, c.B, c.Hq, c.Sq, c.Dv, Layout::BHSD);
  attnrt_problem rp;
  attnrt_problem_init(&rp);
  rp.q = q.view(q.bytes.data());
  rp.k = k.view(k.bytes.data());
  rp.v = v.view(v.bytes.data());
  rp.o = ref.view(ref.bytes.data());
  if (hasMask) rp.mask = mask.view(mask.bytes.data());
  rp.causal = c.causal;
  rp.scale = scale;
  rp.memory = ATTNRT_MEMORY_HOST;
  rp.mask_fill = c.fill;
  rp.empty_rows = c.empty;
  if (!c.semantics())
    ASSERT_EQ(attnrt_run_on(&rp, "reference"), ATTNRT_SUCCESS) << attnrt_last_error();

  // hip: poisoned output.
  Tensor out(c.out, c.B, c.Hq, c.Sq, c.Dv, c.outLayout);
  std::memset(out.bytes.data(), 0xff, out.bytes.size());
  attnrt_problem gp = rp;
  gp.causal = c.causal;
  gp.mask_fill = c.fill;
  gp.empty_rows = c.empty;
  cudaStream_t stream = nullptr;
  if (c.ownStream) ASSERT_EQ(cudaStreamCreateWithFlags(&stream, cudaStreamNonBlocking), cudaSuccess);
  gp.stream = stream;
  DeviceBuffer dq, dk, dv, dm, dout;
  if (c.hostMemory) {
    gp.o = out.view(out.bytes.data());
    gp.memory = ATTNRT_MEMORY_HOST;
    attnrt_status st = attnrt_run_on(&gp, c.spec());
    if (st == ATTNRT_ERROR_UNSUPPORTED && c.mayDecline()) {
      ++declinedByForcedKernel;
      return;
    }
    ASSERT_EQ(st, ATTNRT_SUCCESS) << attnrt_last_error();
  } else {
    dq = DeviceBuffer::upload(q);
    dk = DeviceBuffer::upload(k);
    dv = DeviceBuffer::upload(v);
    if (hasMask) dm = DeviceBuffer::upload(mask);
    dout = DeviceBuffer::upload(out); // poison
    gp.q = q.view(dq.ptr);
    gp.k = k.view(dk.ptr);
    gp.v = v.view(dv.ptr);
    gp.o = out.view(dout.ptr);
    if (hasMask) gp.mask = mask.view(dm.ptr);
    gp.memory = ATTNRT_MEMORY_DEVICE;
    int dev = 0;
    ASSERT_EQ(cudaGetDevice(&dev), cudaSuccess);
    gp.device = dev;
    const char *chosen = nullptr;
    char report[2048];
    ASSERT_EQ(attnrt_select_backend(&gp, &chosen, report, sizeof(report)), ATTNRT_SUCCESS)
        << attnrt_last_error();
    EXPECT_STREQ(chosen, "gpu") << report;
    EXPECT_NE(std::strstr(report, "supported, chosen\n"), nullptr) << report;
    chosenKernel = attn_gpu_test::chosenKernelIn(report);
    if (c.expectKernel || c.hopperDeclines) {
      const std::string line = "  kernel sm90-wgmma: ";
      const char *at = std::strstr(report, line.c_str());
      if (at && std::strncmp(at + line.size(), "not supported: the device is not sm_90", 38) != 0) {
        if (c.expectKernel)
          EXPECT_NE(std::strstr(report, (std::string("  kernel ") + c.expectKernel +
                                         ": supported, chosen\n").c_str()),
                    nullptr)
              << report;
        if (c.hopperDeclines)
          EXPECT_NE(std::strstr(report, (line + "not supported: " + c.hopperDeclines + "\n").c_str()),
                    nullptr)
              << report;
      }
    }
    attnrt_status st = attnrt_run_on(&gp, c.spec());
    if (st == ATTNRT_ERROR_UNSUPPORTED && c.mayDecline()) {
      ++declinedByForcedKernel;
      if (stream) cudaStreamDestroy(stream);
      return;
    }
    ASSERT_EQ(st, ATTNRT_SUCCESS) << attnrt_last_error();
    ASSERT_EQ(cudaStreamSynchronize(stream), cudaSuccess);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    ASSERT_EQ(cudaMemcpy(out.bytes.data(), dout.ptr, out.bytes.size(), cudaMemcpyDeviceToHost),
              cudaSuccess);
    // A race or a read of unwritten memory shows as a difference between
    // runs on identical inputs (the kernels use no atomics: results are
    // deterministic).
    for (int rep = 1; rep < c.repeats; ++rep) {
      std::vector<unsigned char> again(out.bytes.size(), 0xff);
      ASSERT_EQ(cudaMemcpy(dout.ptr, again.data(), again.size(), cudaMemcpyHostToDevice), cudaSuccess);
      ASSERT_EQ(attnrt_run_on(&gp, c.spec()), ATTNRT_SUCCESS) << attnrt_last_error();
      ASSERT_EQ(cudaStreamSynchronize(stream), cudaSuccess);
      ASSERT_EQ(cudaMemcpy(again.data(), dout.ptr, again.size(), cudaMemcpyDeviceToHost), cudaSuccess);
      EXPECT_EQ(std::memcmp(again.data(), out.bytes.data(), again.size()), 0)
          << "run " << rep << " differs from run 0 on identical inputs";
    }
  }
  if (stream) cudaStreamDestroy(stream);
  // The kernel that ran, in the trace of every check below.
  SCOPED_TRACE("kernel: " + (chosenKernel.empty() ? std::string("(not reported on this path)") : chosenKernel));

  // Padding between output elements must be untouched (still 0xff).
  {
    std::vector<char> isElem(out.bytes.size(), 0);
    out.each([&](int64_t a, int64_t b, int64_t i, int64_t d) {
      size_t o = (size_t)out.off(a, b, i, d) * elemSize(out.dtype);
      for (size_t e = 0; e < elemSize(out.dtype); ++e) isElem[o + e] = 1;
    });
    size_t clobbered = 0;
    for (size_t i = 0; i < out.bytes.size(); ++i)
      if (!isElem[i] && out.bytes[i] != 0xff) ++clobbered;
    EXPECT_EQ(clobbered, 0u) << "bytes between output elements were written";
  }

  if (c.semantics()) {
    semanticsCheck(c, q, k, v, hasMask ? &mask : nullptr, scale, out);
    return;
  }
  double num = 0, den = 0;
  size_t nonFinite = 0, deadNonZero = 0;
  out.each([&](int64_t a, int64_t h, int64_t i, int64_t d) {
    double x = out.get(a, h, i, d), r = ref.get(a, h, i, d);
    if (!std::isfinite(x)) ++nonFinite;
    if (deadRow[(a * c.Hq + h) * c.Sq + i] && x != 0.0) ++deadNonZero;
    num += (x - r) * (x - r);
    den += r * r;
  });
  EXPECT_EQ(nonFinite, 0u) << "non-finite (or unwritten, poisoned) outputs";
  EXPECT_EQ(deadNonZero, 0u) << "fully masked rows must be zero";
  double rel = den > 0 ? std::sqrt(num / den) : std::sqrt(num);
  EXPECT_LE(rel, 1e-2) << "relative L2 error";
  if (c.perRow) {
    const double typical = std::sqrt(den / (double)(c.B * c.Hq * c.Sq));
    size_t badRows = 0, shown = 0;
    for (int64_t a = 0; a < c.B; ++a)
      for (int64_t h = 0; h < c.Hq; ++h)
        for (int64_t i = 0; i < c.Sq; ++i) {
          double e = 0, n = 0;
          for (int64_t d = 0; d < c.Dv; ++d) {
            const double x = out.get(a, h, i, d), r = ref.get(a, h, i, d);
            e += (x - r) * (x - r);
            n += r * r;
          }
          // utils/attncheck/compare.py's rel-l2-typical: where every row of
          // the reference is zero (all rows fully masked), exact or not.
          const double denom = std::max(std::sqrt(n), typical);
          const double err = denom > 0 ? std::sqrt(e) / denom : e == 0 ? 0.0 : INFINITY;
          if (!(err <= 1e-2)) {
            ++badRows;
            if (shown++ < 5)
              ADD_FAILURE() << "row b" << a << " h" << h << " i" << i << ": error " << err
                            << " against the reference backend's row";
          }
        }
    EXPECT_EQ(badRows, 0u) << "rows differing from the reference backend by more than 1e-2";
  }
  if (std::getenv("ATTN_GPU_TEST_VERBOSE"))
    std::printf("  %-110s relL2 %.2e\n", c.str().c_str(), rel);
}

Case mk(int64_t B, int64_t Hq, int64_t Hkv, int64_t Sq, int64_t Sk, int64_t D,
        attnrt_dtype in = ATTNRT_DTYPE_BF16, attnrt_causal causal = ATTNRT_CAUSAL_NONE) {
  Case c{B, Hq, Hkv, Sq, Sk, D, D};
  c.in = in;
  c.out = in;
  c.causal = causal;
  return c;
}

const attnrt_dtype k16[2] = {ATTNRT_DTYPE_F16, ATTNRT_DTYPE_BF16};
const attnrt_causal kCausal[3] = {ATTNRT_CAUSAL_NONE, ATTNRT_CAUSAL_TOP_LEFT,
                                  ATTNRT_CAUSAL_BOTTOM_RIGHT};

// ------------------------------------------------------------ tests
TEST(HipBackend, Registered) {
  GPU_OR_SKIP();
  bool found = false;
  for (int i = 0; i < attnrt_backend_count(); ++i)
    if (std::string(attnrt_backend_name(i)) == "gpu") found = true;
  EXPECT_TRUE(found) << "a GPU is present but the gpu backend is not registered";
}

TEST(HipBackend, DeclinesF32WithReason) {
  GPU_OR_SKIP();
  Tensor q(ATTNRT_DTYPE_F32, 1, 1, 4, 64, Layout::BHSD), o = q;
  attnrt_problem p;
  attnrt_problem_init(&p);
  p.q = p.k = p.v = q.view(q.bytes.data());
  p.o = o.view(o.bytes.data());
  p.scale = 0.125f;
  EXPECT_EQ(attnrt_run_on(&p, "gpu"), ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_NE(std::string(attnrt_last_error()).find("f32"), std::string::npos) << attnrt_last_error();
}

TEST(HipBackend, FastPaths) { // nocausal / causal kernels, D 64 and 128
  GPU_OR_SKIP();
  for (attnrt_dtype t : k16)
    for (int64_t D : {64, 128})
      for (attnrt_causal cm : kCausal) runCase(mk(2, 4, 4, 300, 300, D, t, cm));
}

TEST(HipBackend, SqNotSk) {
  GPU_OR_SKIP();
  for (attnrt_causal cm : kCausal) {
    runCase(mk(1, 2, 2, 100, 333, 128, ATTNRT_DTYPE_F16, cm));
    runCase(mk(1, 2, 2, 333, 100, 64, ATTNRT_DTYPE_BF16, cm)); // BR: dead rows
  }
}

TEST(HipBackend, HeadDims) { // every padded bucket, multiples of 8 that are not of 16
  GPU_OR_SKIP();
  for (int64_t D : {8, 16, 24, 32, 40, 48, 56, 72, 80, 96, 104, 112, 120, 136, 160, 192, 200, 248, 256})
    runCase(mk(1, 2, 1, 77, 130, D, D % 16 ? ATTNRT_DTYPE_F16 : ATTNRT_DTYPE_BF16,
               D % 3 ? ATTNRT_CAUSAL_NONE : ATTNRT_CAUSAL_TOP_LEFT));
  Case c = mk(1, 2, 2, 70, 90, 64);
  c.Dv = 128;
  runCase(c);
  c = mk(1, 2, 2, 70, 90, 128, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT);
  c.Dv = 40;
  runCase(c);
}

TEST(HipBackend, GroupedQueryAttention) { // GQA 1, 4, 8 and MQA
  GPU_OR_SKIP();
  runCase(mk(2, 8, 8, 129, 200, 128, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT));
  runCase(mk(2, 8, 2, 129, 200, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_NONE));
  runCase(mk(1, 16, 2, 64, 96, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_TOP_LEFT));
  runCase(mk(2, 8, 1, 65, 150, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT));
}

TEST(HipBackend, Masks) {
  GPU_OR_SKIP();
  const MaskKind kinds[] = {MaskKind::AddF32Full, MaskKind::AddF16Heads, MaskKind::AddBf16SqSk,
                            MaskKind::BoolKeyPad, MaskKind::BoolFull, MaskKind::AddNegInfRows};
  int n = 0;
  for (MaskKind m : kinds) {
    Case c = mk(2, 4, 2, 70, 150, n % 2 ? 128 : 64, k16[n % 2], kCausal[n % 3]);
    c.mask = m;
    runCase(c);
    ++n;
  }
  Case c = mk(1, 2, 2, 33, 57, 96, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_NONE); // generic dim + mask
  c.mask = MaskKind::BoolFull;
  runCase(c);
  // Odd Sk (197, ViT): mask rows not pair-aligned -> the Hopper kernel's
  // element-wise mask loads; every mask dtype.
  n = 0;
  for (MaskKind m : kinds) {
    c = mk(2, 4, 4, 197, 197, n % 2 ? 64 : 128, k16[(n + 1) % 2], kCausal[(n + 1) % 3]);
    c.mask = m;
    runCase(c);
    ++n;
  }
}

TEST(HipBackend, OddSizes) {
  GPU_OR_SKIP();
  runCase(mk(1, 3, 3, 33, 57, 64, ATTNRT_DTYPE_BF16));
  runCase(mk(1, 3, 1, 57, 33, 128, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT));
  runCase(mk(3, 1, 1, 1, 1, 64, ATTNRT_DTYPE_BF16));
  runCase(mk(1, 2, 2, 130, 1, 128, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_TOP_LEFT));
  runCase(mk(1, 2, 2, 17, 65, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_TOP_LEFT));
}

TEST(HipBackend, Decode) { // split-KV kernel: few query rows, many keys
  GPU_OR_SKIP();
  runCase(mk(2, 8, 2, 1, 4096, 128, ATTNRT_DTYPE_BF16));
  runCase(mk(1, 32, 8, 1, 32768, 128, ATTNRT_DTYPE_BF16));
  runCase(mk(2, 8, 8, 2, 1000, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT));
  runCase(mk(1, 8, 1, 3, 5000, 128, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_TOP_LEFT));
  runCase(mk(2, 4, 4, 4, 2049, 64, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_BOTTOM_RIGHT));
  Case c = mk(2, 8, 2, 1, 3000, 128, ATTNRT_DTYPE_BF16);
  c.mask = MaskKind::BoolKeyPad;
  runCase(c);
  c = mk(1, 4, 1, 4, 1500, 64, ATTNRT_DTYPE_F16);
  c.mask = MaskKind::AddF32Full;
  runCase(c);
  c = mk(1, 16, 2, 16, 700, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_BOTTOM_RIGHT);
  runCase(c);
  // D = Dv = 256 (Gemma): the NVIDIA decode kernel's D 256 ring on sm_90
  // (one split, and several through the combine's two passes), BSHD rows.
  c = mk(2, 4, 4, 1, 3000, 256, ATTNRT_DTYPE_BF16);
  c.perRow = true;
  runCase(c);
  c = mk(1, 8, 2, 3, 1537, 256, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT);
  c.perRow = true;
  c.layout = Layout::BSHD;
  runCase(c);
}

TEST(HipBackend, StridedLayouts) {
  GPU_OR_SKIP();
  const Layout ls[] = {Layout::BSHD, Layout::Padded, Layout::Odd, Layout::DMajor};
  int n = 0;
  for (Layout l : ls) {
    Case c = mk(2, 4, 2, 90, 140, n % 2 ? 64 : 128, k16[n % 2], kCausal[n % 3]);
    c.layout = l;
    c.outLayout = ls[(n + 1) % 4];
    runCase(c);
    c = mk(1, 4, 4, 2, 1100, 128, k16[n % 2]); // decode kernel, strided
    c.layout = l;
    c.outLayout = l;
    runCase(c);
    ++n;
  }
}

TEST(HipBackend, OutputTypes) {
  GPU_OR_SKIP();
  for (attnrt_dtype in : k16)
    for (attnrt_dtype out : {ATTNRT_DTYPE_F32, ATTNRT_DTYPE_F16, ATTNRT_DTYPE_BF16}) {
      Case c = mk(1, 2, 2, 80, 80, 64, in, ATTNRT_CAUSAL_TOP_LEFT);
      c.out = out;
      runCase(c);
    }
}

TEST(HipBackend, HostPointers) { // staged by the backend
  GPU_OR_SKIP();
  Case c = mk(2, 4, 2, 100, 120, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_BOTTOM_RIGHT);
  c.hostMemory = true;
  runCase(c);
  c.layout = Layout::BSHD;
  c.outLayout = Layout::Odd; // gaps between output elements must survive
  c.mask = MaskKind::AddF16Heads;
  runCase(c);
  c = mk(1, 8, 2, 1, 3000, 64, ATTNRT_DTYPE_F16);
  c.hostMemory = true;
  c.outLayout = Layout::Padded;
  runCase(c);
}

TEST(HipBackend, Streams) {
  GPU_OR_SKIP();
  Case c = mk(2, 4, 4, 200, 200, 128, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_TOP_LEFT);
  c.ownStream = true;
  runCase(c);
  c.hostMemory = true;
  runCase(c);
  c = mk(1, 8, 2, 1, 4000, 128, ATTNRT_DTYPE_BF16);
  c.ownStream = true;
  runCase(c);
}

TEST(HipBackend, Longer) { // many key blocks through the cp.async pipeline
  GPU_OR_SKIP();
  runCase(mk(1, 2, 2, 1024, 1024, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT));
  runCase(mk(1, 2, 1, 512, 2048, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_NONE));
}

TEST(HipBackend, RepeatedRunsAgree) { // a race shows as run-to-run differences
  GPU_OR_SKIP();
  Case c = mk(2, 4, 2, 257, 513, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_BOTTOM_RIGHT);
  c.repeats = 5;
  runCase(c);
  c = mk(2, 8, 2, 300, 300, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_NONE);
  c.repeats = 5;
  runCase(c);
  c = mk(1, 8, 2, 2, 5000, 128, ATTNRT_DTYPE_BF16); // split-KV decode + combine
  c.repeats = 5;
  runCase(c);
  c = mk(1, 4, 4, 100, 200, 96, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_TOP_LEFT);
  c.mask = MaskKind::AddF16Heads;
  c.repeats = 5;
  runCase(c);
}

// issue 10 item 3: mask_fill and empty_rows in every kernel family. Shapes
// pick the family: D 64/128 with 16-byte rows -> the Hopper kernel on sm_90
// (else the portable fast paths), Layout::Odd -> the portable kernels' scalar
// loads (Hopper declines unaligned rows), D 96 -> the general kernel, Sq <= 16
// with Sk >= 512 -> split-KV decode + combine. Run the suite again with
// ATTNRT_HIP_KERNELS=portable to put every shape on the portable kernels.
struct SemanticsCase {
  Case c;
  const char *family;
};
std::vector<SemanticsCase> semanticsCases(float fill, attnrt_empty_rows empty) {
  std::vector<SemanticsCase> v;
  auto add = [&](Case c, MaskKind m, Layout l, const char *fam) {
    c.mask = m;
    c.layout = l;
    c.fill = fill;
    c.empty = empty;
    v.push_back({c, fam});
  };
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  // Fully masked rows (boolean), every family.
  add(mk(2, 4, 2, 150, 200, 64, ATTNRT_DTYPE_BF16), MaskKind::BoolFull, Layout::BHSD, "hopper/general d64");
  add(mk(1, 4, 4, 130, 260, 128, ATTNRT_DTYPE_F16, TL), MaskKind::BoolFull, Layout::BHSD, "hopper/general d128");
  add(mk(1, 2, 2, 70, 90, 64, ATTNRT_DTYPE_F16, BR), MaskKind::BoolFull, Layout::Odd, "general scalar");
  add(mk(1, 2, 1, 77, 130, 96, ATTNRT_DTYPE_BF16), MaskKind::BoolFull, Layout::BHSD, "general d96");
  add(mk(1, 8, 2, 3, 1500, 128, ATTNRT_DTYPE_BF16), MaskKind::BoolFull, Layout::BHSD, "decode mask");
  add(mk(1, 4, 4, 2, 1100, 64, ATTNRT_DTYPE_F16), MaskKind::BoolKeyPad, Layout::BHSD, "decode keypad");
  // Additive -inf rows.
  add(mk(2, 4, 2, 90, 140, 128, ATTNRT_DTYPE_BF16), MaskKind::AddNegInfRows, Layout::BHSD, "hopper/general add");
  add(mk(1, 4, 1, 4, 1500, 64, ATTNRT_DTYPE_F16), MaskKind::AddNegInfRows, Layout::BHSD, "decode add");
  // Logits below the fill (finite fills), with causal hidden positions.
  if (fill != -INFINITY) {
    add(mk(1, 4, 2, 100, 180, 64, ATTNRT_DTYPE_BF16, TL), MaskKind::AddBelowFill, Layout::BHSD, "hopper/general below");
    add(mk(1, 2, 2, 60, 100, 96, ATTNRT_DTYPE_F16, BR), MaskKind::AddBelowFill, Layout::BHSD, "general below d96");
    add(mk(1, 8, 2, 2, 1200, 128, ATTNRT_DTYPE_BF16, BR), MaskKind::AddBelowFill, Layout::BHSD, "decode below");
  }
  // Causal without a mask: bottom-right with Sq > Sk has rows with no visible key.
  add(mk(1, 4, 2, 333, 100, 64, ATTNRT_DTYPE_BF16, BR), MaskKind::None, Layout::BHSD, "hopper/causal d64");
  add(mk(1, 2, 2, 300, 129, 128, ATTNRT_DTYPE_F16, BR), MaskKind::None, Layout::BHSD, "hopper/causal d128");
  add(mk(1, 2, 2, 200, 64, 64, ATTNRT_DTYPE_F16, BR), MaskKind::None, Layout::Odd, "causal scalar");
  add(mk(1, 3, 3, 150, 150, 128, ATTNRT_DTYPE_BF16, TL), MaskKind::None, Layout::BHSD, "causal top-left");
  add(mk(1, 2, 1, 90, 50, 80, ATTNRT_DTYPE_BF16, BR), MaskKind::None, Layout::BHSD, "general causal d80");
  add(mk(1, 8, 8, 4, 700, 64, ATTNRT_DTYPE_BF16, TL), MaskKind::None, Layout::BHSD, "decode top-left");
  add(mk(1, 4, 4, 1, 600, 128, ATTNRT_DTYPE_F16, BR), MaskKind::None, Layout::BHSD, "decode br");
  add(mk(1, 2, 2, 40, 64, 64, ATTNRT_DTYPE_F16), MaskKind::None, Layout::BHSD, "nocausal");
  return v;
}
void runSemantics(float fill, attnrt_empty_rows empty) {
  for (const SemanticsCase &sc : semanticsCases(fill, empty)) {
    SCOPED_TRACE(sc.family);
    runCase(sc.c);
  }
}

TEST(HipBackend, EmptyRowsZeroNegInfFill) {
  GPU_OR_SKIP();
  runSemantics(-INFINITY, ATTNRT_EMPTY_ROWS_ZERO);
}
TEST(HipBackend, EmptyRowsNanNegInfFill) {
  GPU_OR_SKIP();
  runSemantics(-INFINITY, ATTNRT_EMPTY_ROWS_NAN);
}
TEST(HipBackend, FiniteFillMinus1e4) {
  GPU_OR_SKIP();
  runSemantics(-1e4f, ATTNRT_EMPTY_ROWS_NAN); // NaN mode: no row may be empty
}
TEST(HipBackend, FiniteFillFinfoMin) {
  GPU_OR_SKIP();
  runSemantics(-3.4e38f, ATTNRT_EMPTY_ROWS_ZERO);
}
TEST(HipBackend, SemanticsSanitizerSubset) { // small: memcheck
  GPU_OR_SKIP();
  for (float fill : {-INFINITY, -3.4e38f}) {
    Case c = mk(1, 2, 2, 33, 57, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT);
    c.mask = MaskKind::BoolFull;
    c.fill = fill;
    c.empty = ATTNRT_EMPTY_ROWS_NAN;
    runCase(c);
    c = mk(1, 4, 2, 2, 700, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT);
    c.fill = fill;
    c.empty = ATTNRT_EMPTY_ROWS_NAN;
    runCase(c);
    c = mk(1, 2, 2, 140, 57, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_BOTTOM_RIGHT);
    c.fill = fill;
    c.empty = ATTNRT_EMPTY_ROWS_NAN;
    runCase(c);
  }
}

TEST(HipBackend, SanitizerSubset) { // small: run under compute-sanitizer
  GPU_OR_SKIP();
  runCase(mk(1, 2, 2, 40, 70, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_NONE));
  runCase(mk(1, 2, 1, 40, 70, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT));
  Case c = mk(1, 2, 2, 33, 57, 80, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT);
  c.mask = MaskKind::BoolFull;
  c.layout = Layout::Odd;
  runCase(c);
  runCase(mk(1, 4, 1, 2, 700, 128, ATTNRT_DTYPE_BF16));
  c = mk(1, 2, 2, 20, 30, 64, ATTNRT_DTYPE_BF16);
  c.hostMemory = true;
  runCase(c);
}

// ------------------------------------------------------------ lse output
// The optional log-sum-exp output (attnrt.h: f32 [B, Hq, Sq, 1], natural
// log of each row's softmax denominator, -inf for an empty row). Checked row
// by row against the f64 oracle (rowLogits, logSumExp) on fresh random
// inputs: |lse - ref| <= 1e-3 + 1e-5 |ref| (the kernels' logits are f32 dot
// products, their row sums f32: a few 1e-6 relative; a missing ln 2, a
// missing log(l), a wrong row or a stale value is off by far more), -inf
// exactly where the row is empty, never NaN. The lse tensor has a gap after
// every element (row stride 2): the gaps must stay poisoned.

/// f32 [B, Hq, Sq, 1] with a one-element gap after each row, poisoned.
Tensor lseTensor(int64_t B, int64_t Hq, int64_t Sq) {
  Tensor t(ATTNRT_DTYPE_F32, B, Hq, Sq, 1, Layout::BHSD);
  t.strides[2] = 2;
  t.strides[1] = 2 * Sq;
  t.strides[0] = 2 * Sq * Hq;
  t.strides[3] = 1;
  t.bytes.assign((size_t)(2 * B * Hq * Sq) * 4, 0xff);
  return t;
}

size_t lseGapsWritten(const Tensor &lse) {
  size_t n = 0;
  for (size_t e = 0; e < lse.bytes.size() / 8; ++e)
    for (size_t b = 4; b < 8; ++b) n += lse.bytes[8 * e + b] != 0xff;
  return n;
}

/// Every row's lse against the oracle for case c (c.fill, c.causal, mask).
void lseCheck(const Case &c, const Inputs &in, const Tensor &lse) {
  std::vector<double> z;
  size_t bad = 0, shown = 0;
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t h = 0; h < c.Hq; ++h)
      for (int64_t i = 0; i < c.Sq; ++i) {
        const double mx = rowLogits(c, in.q, in.k, in.hasMask ? &in.mask : nullptr, in.scale, b,
                                    h, i, z);
        const double ref = logSumExp(z, mx);
        const double got = lse.get(b, h, i, 0);
        const bool ok = ref == -INFINITY
                            ? got == -INFINITY
                            : std::isfinite(got) && std::fabs(got - ref) <= 1e-3 + 1e-5 * std::fabs(ref);
        if (!ok) {
          ++bad;
          if (shown++ < 5)
            ADD_FAILURE() << "lse row b" << b << " h" << h << " i" << i << ": got " << got
                          << ", f64 reference " << ref;
        }
      }
  EXPECT_EQ(bad, 0u) << "lse rows differing from the f64 oracle";
  EXPECT_EQ(lseGapsWritten(lse), 0u) << "bytes between lse elements were written";
}

/// Runs p (views into q, k, v, mask, o, lse's host bytes) on the backend
/// under test: with host pointers, or (device) on device copies of those
/// tensors with every view rebased; o and lse are copied back. A forced
/// kernel that declines must say why (counted; returns false).
bool runOnGpu(attnrt_problem p, bool device, Inputs &in, Tensor &o, Tensor &lse,
              const char *backend = nullptr) {
  const char *spec = backend ? backend : gpuBackendSpec();
  attnrt_status st;
  if (!device) {
    p.memory = ATTNRT_MEMORY_HOST;
    st = attnrt_run_on(&p, spec);
  } else {
    DeviceBuffer dq = DeviceBuffer::upload(in.q), dk = DeviceBuffer::upload(in.k),
                 dv = DeviceBuffer::upload(in.v), dout = DeviceBuffer::upload(o),
                 dlse = DeviceBuffer::upload(lse), dm;
    if (p.mask.data) dm = DeviceBuffer::upload(in.mask);
    auto rebase = [](attnrt_tensor &t, const Tensor &h, const DeviceBuffer &d) {
      t.data = static_cast<unsigned char *>(d.ptr) +
               (static_cast<const unsigned char *>(t.data) - h.bytes.data());
    };
    rebase(p.q, in.q, dq);
    rebase(p.k, in.k, dk);
    rebase(p.v, in.v, dv);
    rebase(p.o, o, dout);
    rebase(p.lse, lse, dlse);
    if (p.mask.data) rebase(p.mask, in.mask, dm);
    p.memory = ATTNRT_MEMORY_DEVICE;
    int dev = 0;
    EXPECT_EQ(cudaGetDevice(&dev), cudaSuccess);
    p.device = dev;
    st = attnrt_run_on(&p, spec);
    if (st == ATTNRT_SUCCESS) {
      EXPECT_EQ(cudaDeviceSynchronize(), cudaSuccess);
      EXPECT_EQ(cudaMemcpy(o.bytes.data(), dout.ptr, o.bytes.size(), cudaMemcpyDeviceToHost),
                cudaSuccess);
      EXPECT_EQ(cudaMemcpy(lse.bytes.data(), dlse.ptr, lse.bytes.size(), cudaMemcpyDeviceToHost),
                cudaSuccess);
    }
  }
  if (st == ATTNRT_ERROR_UNSUPPORTED && !backend && kernelForced()) {
    const std::string why = attnrt_last_error();
    EXPECT_NE(why.find("cannot run this problem: "), std::string::npos) << why;
    if (why.find("lse") != std::string::npos) ++lseDeclinedByForcedKernel;
    else ++declinedByForcedKernel;
    return false;
  }
  EXPECT_EQ(st, ATTNRT_SUCCESS) << attnrt_last_error();
  return st == ATTNRT_SUCCESS;
}

/// The problem for case c over all keys, host views of `in`, o and lse.
attnrt_problem lseProblem(const Case &c, Inputs &in, Tensor &o, Tensor &lse) {
  attnrt_problem p;
  attnrt_problem_init(&p);
  p.q = in.q.view(in.q.bytes.data());
  p.k = in.k.view(in.k.bytes.data());
  p.v = in.v.view(in.v.bytes.data());
  if (in.hasMask) p.mask = in.mask.view(in.mask.bytes.data());
  p.o = o.view(o.bytes.data());
  p.lse = lse.view(lse.bytes.data());
  p.causal = c.causal;
  p.scale = in.scale;
  p.mask_fill = c.fill;
  p.empty_rows = c.empty;
  return p;
}

void runLseCase(const Case &c) {
  SCOPED_TRACE(c.str() + " (lse)");
  Inputs in = makeInputs(c);
  Tensor out(c.out, c.B, c.Hq, c.Sq, c.Dv, c.outLayout);
  std::memset(out.bytes.data(), 0xff, out.bytes.size());
  Tensor lse = lseTensor(c.B, c.Hq, c.Sq);
  if (!runOnGpu(lseProblem(c, in, out, lse), !c.hostMemory, in, out, lse, c.backend)) return;
  semanticsCheck(c, in.q, in.k, in.v, in.hasMask ? &in.mask : nullptr, in.scale, out);
  lseCheck(c, in, lse);
}

Case withMask(Case c, MaskKind m) {
  c.mask = m;
  return c;
}
Case withFill(Case c, float fill, attnrt_empty_rows empty = ATTNRT_EMPTY_ROWS_ZERO) {
  c.fill = fill;
  c.empty = empty;
  return c;
}
// Each output row checked on its own (Case::perRow).
Case perRow(Case c) {
  c.perRow = true;
  return c;
}
// `repeats` runs on the same inputs: the outputs must agree bit for bit.
Case repeated(Case c, int repeats) {
  c.repeats = repeats;
  return c;
}
void runCases(std::initializer_list<Case> cases) {
  for (const Case &c : cases) runCase(c);
}

TEST(HipBackend, LseOutput) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype F16 = ATTNRT_DTYPE_F16, BF16 = ATTNRT_DTYPE_BF16;
  std::vector<Case> cases = {
      // No mask, no causal: GQA, odd Sq / Sk, both fast head dims.
      mk(2, 4, 2, 77, 130, 64, BF16),
      mk(1, 3, 1, 33, 57, 128, F16),
      // Causal, both corners; bottom-right with Sq > Sk has empty rows.
      mk(1, 4, 2, 150, 200, 64, F16, TL),
      mk(1, 2, 2, 300, 129, 128, BF16, BR),
      mk(2, 2, 1, 65, 300, 64, BF16, BR),
      // Masks: fully masked rows (bool and additive -inf), broadcast shapes.
      withMask(mk(2, 4, 2, 70, 150, 64, BF16), MaskKind::BoolFull),
      withMask(mk(1, 4, 4, 90, 140, 128, F16, TL), MaskKind::AddNegInfRows),
      withMask(mk(2, 4, 2, 60, 97, 128, BF16, BR), MaskKind::AddF16Heads),
      withMask(mk(2, 2, 2, 50, 120, 64, F16), MaskKind::BoolKeyPad),
      // Finite fills: a fully hidden row is fill + log(Sk); logits below it.
      withFill(mk(1, 2, 2, 200, 64, 64, F16, BR), -1e4f, ATTNRT_EMPTY_ROWS_NAN),
      withFill(mk(1, 2, 2, 140, 57, 128, BF16, BR), -3.4e38f),
      withFill(withMask(mk(1, 4, 2, 100, 180, 64, BF16, TL), MaskKind::AddBelowFill), -1e4f),
      withFill(withMask(mk(1, 2, 2, 70, 90, 64, F16, BR), MaskKind::BoolFull), -3.4e38f),
      // Empty rows as NaN: o NaN, lse still -inf.
      withFill(withMask(mk(1, 2, 2, 33, 57, 64, F16, BR), MaskKind::BoolFull), -INFINITY,
               ATTNRT_EMPTY_ROWS_NAN),
      // Head dims of the general kernel, Dv != D.
      mk(1, 2, 1, 77, 130, 96, BF16, TL),
      mk(1, 2, 2, 40, 50, 40, F16),
      // A decode shape (few rows, many keys).
      mk(1, 8, 2, 2, 1100, 128, BF16),
  };
  Case c = mk(1, 2, 2, 70, 90, 64);
  c.Dv = 128;
  cases.push_back(c);
  c = mk(1, 2, 2, 90, 140, 64, F16, BR); // scalar loads, strided output
  c.layout = Layout::Odd;
  c.outLayout = Layout::Padded;
  c.out = ATTNRT_DTYPE_F32;
  cases.push_back(c);
  c = mk(2, 4, 2, 100, 120, 128, BF16, TL); // host memory: staged lse with gaps
  c.hostMemory = true;
  c.mask = MaskKind::BoolFull;
  cases.push_back(c);
  for (const Case &lc : cases) runLseCase(lc);
}

// Attention over the keys split in two, each half with its lse, merged by
// the lse (attnrt.h: L = log(exp(l1) + exp(l2)), o = exp(l1 - L) o1 +
// exp(l2 - L) o2; empty_rows ZERO so that an empty half is 0) equals
// attention over all keys, row by row against the f64 oracle of the whole
// problem. The halves are views into the same tensors (K, V, and the mask
// along its key dimension). Causal problems split where a causal mode of
// each half means the same visibility: top-left stays top-left on the first
// half and (Sq == Sk) is bottom-right on the second; bottom-right with the
// first half inside the prefix every row sees (split <= Sk - Sq) is no
// causal mode there and bottom-right on the second (chunked prefill over a
// cache).
struct MergeCase {
  Case c;
  int64_t split;
  attnrt_causal first, second;
};

void runMergeCase(const MergeCase &mc) {
  const Case &c = mc.c;
  SCOPED_TRACE(c.str() + " (lse merge at key " + std::to_string(mc.split) + ")");
  Inputs in = makeInputs(c);
  Tensor lse[2] = {lseTensor(c.B, c.Hq, c.Sq), lseTensor(c.B, c.Hq, c.Sq)};
  Tensor out[2] = {Tensor(ATTNRT_DTYPE_F32, c.B, c.Hq, c.Sq, c.Dv, Layout::BHSD),
                   Tensor(ATTNRT_DTYPE_F32, c.B, c.Hq, c.Sq, c.Dv, Layout::BHSD)};
  for (int half = 0; half < 2; ++half) {
    const int64_t j0 = half ? mc.split : 0, n = half ? c.Sk - mc.split : mc.split;
    std::memset(out[half].bytes.data(), 0xff, out[half].bytes.size());
    attnrt_problem p = lseProblem(c, in, out[half], lse[half]);
    auto keys = [&](attnrt_tensor &t, const Tensor &h, int dim) {
      t.data = const_cast<unsigned char *>(h.bytes.data()) + j0 * h.strides[dim] * elemSize(h.dtype);
      t.sizes[dim] = n;
    };
    keys(p.k, in.k, 2);
    keys(p.v, in.v, 2);
    if (in.hasMask) keys(p.mask, in.mask, 3);
    p.causal = half ? mc.second : mc.first;
    p.empty_rows = ATTNRT_EMPTY_ROWS_ZERO;
    if (!runOnGpu(p, !c.hostMemory, in, out[half], lse[half])) return;
  }
  Tensor merged(ATTNRT_DTYPE_F32, c.B, c.Hq, c.Sq, c.Dv, Layout::BHSD);
  Tensor mergedLse = lseTensor(c.B, c.Hq, c.Sq);
  for (int64_t b = 0; b < c.B; ++b)
    for (int64_t h = 0; h < c.Hq; ++h)
      for (int64_t i = 0; i < c.Sq; ++i) {
        const double l1 = lse[0].get(b, h, i, 0), l2 = lse[1].get(b, h, i, 0);
        const double m = std::max(l1, l2);
        const double L = m == -INFINITY ? -INFINITY : m + std::log(std::exp(l1 - m) + std::exp(l2 - m));
        const double w1 = L == -INFINITY ? 0 : std::exp(l1 - L), w2 = L == -INFINITY ? 0 : std::exp(l2 - L);
        for (int64_t d = 0; d < c.Dv; ++d)
          merged.set(b, h, i, d, w1 * out[0].get(b, h, i, d) + w2 * out[1].get(b, h, i, d));
        mergedLse.set(b, h, i, 0, L);
      }
  semanticsCheck(c, in.q, in.k, in.v, in.hasMask ? &in.mask : nullptr, in.scale, merged);
  lseCheck(c, in, mergedLse);
}

TEST(HipBackend, LseMergesSplitKeys) {
  GPU_OR_SKIP();
  const attnrt_causal NO = ATTNRT_CAUSAL_NONE, TL = ATTNRT_CAUSAL_TOP_LEFT,
                      BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype F16 = ATTNRT_DTYPE_F16, BF16 = ATTNRT_DTYPE_BF16;
  std::vector<MergeCase> cases = {
      {mk(2, 4, 2, 77, 300, 64, BF16), 131, NO, NO},
      {withMask(mk(1, 4, 2, 60, 257, 128, F16), MaskKind::BoolFull), 100, NO, NO},
      {withMask(mk(1, 2, 2, 50, 190, 80, BF16), MaskKind::AddF32Full), 64, NO, NO},
      {mk(1, 4, 4, 200, 200, 128, BF16, TL), 90, TL, BR},
      {mk(1, 4, 1, 64, 500, 64, F16, BR), 436, NO, BR},
      {mk(1, 2, 2, 100, 333, 128, BF16, BR), 150, NO, BR},
      {withFill(withMask(mk(2, 2, 2, 120, 120, 64, F16, TL), MaskKind::BoolKeyPad), -1e4f), 57, TL, BR},
      {mk(1, 8, 2, 1, 4096, 128, BF16), 2048, NO, NO},
  };
  MergeCase hc = {mk(1, 2, 2, 64, 160, 64, F16), 80, NO, NO};
  hc.c.hostMemory = true;
  cases.push_back(hc);
  for (const MergeCase &mc : cases) runMergeCase(mc);
}

// Every kernel of the table, forced on a problem of its own class (which it
// runs without an lse output): with the lse output it either writes it
// correctly or declines, naming the lse output as the reason. Never a
// silently missing output.
TEST(HipBackend, LseWrittenOrDeclinedWithReasonPerKernel) {
  GPU_OR_SKIP();
  if (kernelForced()) GTEST_SKIP() << "forces its own kernels";
  struct KernelCase {
    const char *kernel;
    Case c;
  };
  Case gen = withMask(mk(1, 2, 2, 100, 130, 64, ATTNRT_DTYPE_F16), MaskKind::BoolFull);
  gen.out = ATTNRT_DTYPE_F32;
  Case nc = mk(1, 2, 2, 100, 130, 128, ATTNRT_DTYPE_BF16);
  nc.out = ATTNRT_DTYPE_F32;
  const KernelCase cases[] = {
      {"sm90-wgmma", mk(1, 2, 2, 200, 200, 64, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT)},
      {"decode", mk(1, 8, 2, 1, 2048, 128, ATTNRT_DTYPE_BF16)},
      {"sm90-packgqa", mk(2, 40, 1, 1, 1024, 64, ATTNRT_DTYPE_BF16)},
      {"fa2-causal", mk(1, 2, 2, 100, 130, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT)},
      {"fa2-nocausal", nc},
      {"fa2-general", gen},
  };
  int written = 0, declined = 0;
  for (const KernelCase &kc : cases) {
    const Case &c = kc.c;
    SCOPED_TRACE(std::string(kc.kernel) + ": " + c.str());
    const std::string spec = std::string("gpu:") + kc.kernel;
    Inputs in = makeInputs(c);
    Tensor out(c.out, c.B, c.Hq, c.Sq, c.Dv, c.outLayout);
    Tensor lse = lseTensor(c.B, c.Hq, c.Sq);
    attnrt_problem p = lseProblem(c, in, out, lse);
    p.memory = ATTNRT_MEMORY_HOST;
    attnrt_problem plain = p;
    plain.lse.data = nullptr;
    attnrt_status st = attnrt_run_on(&plain, spec.c_str());
    if (st == ATTNRT_ERROR_UNSUPPORTED &&
        std::string(attnrt_last_error()).find("no gpu kernel named") != std::string::npos) {
      std::printf("  %s: not in this build's kernel table\n", kc.kernel);
      continue;
    }
    ASSERT_EQ(st, ATTNRT_SUCCESS) << "the case is not of " << kc.kernel << "'s class: "
                                  << attnrt_last_error();
    st = attnrt_run_on(&p, spec.c_str());
    if (st == ATTNRT_SUCCESS) {
      ++written;
      std::printf("  %s: writes lse\n", kc.kernel);
      semanticsCheck(c, in.q, in.k, in.v, in.hasMask ? &in.mask : nullptr, in.scale, out);
      lseCheck(c, in, lse);
    } else {
      ++declined;
      EXPECT_EQ(st, ATTNRT_ERROR_UNSUPPORTED);
      const std::string why = attnrt_last_error();
      std::printf("  %s: declines lse: %s\n", kc.kernel, why.c_str());
      EXPECT_NE(why.find(std::string("gpu kernel '") + kc.kernel +
                         "' cannot run this problem: does not write the lse output"),
                std::string::npos)
          << why;
      EXPECT_EQ(lseGapsWritten(lse), 0u);
    }
  }
  EXPECT_GE(written, 3) << "the fa2 kernels write lse";
  // In default dispatch an lse problem goes to a kernel that writes it.
  Case c = mk(1, 8, 2, 1, 2048, 128, ATTNRT_DTYPE_BF16);
  Inputs in = makeInputs(c);
  Tensor out(c.out, c.B, c.Hq, c.Sq, c.Dv, c.outLayout);
  Tensor lse = lseTensor(c.B, c.Hq, c.Sq);
  attnrt_problem p = lseProblem(c, in, out, lse);
  const char *chosen = nullptr;
  char report[4096];
  ASSERT_EQ(attnrt_select_backend(&p, &chosen, report, sizeof(report)), ATTNRT_SUCCESS);
  EXPECT_STREQ(chosen, "gpu") << report;
  ASSERT_EQ(attnrt_run_on(&p, "gpu"), ATTNRT_SUCCESS) << attnrt_last_error();
  lseCheck(c, in, lse);
}

TEST(HipBackend, LseSanitizerSubset) { // small: memcheck
  GPU_OR_SKIP();
  runLseCase(withMask(mk(1, 2, 2, 33, 57, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT),
                      MaskKind::BoolFull));
  runLseCase(mk(1, 2, 1, 40, 70, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT));
  runLseCase(mk(1, 2, 2, 40, 70, 64, ATTNRT_DTYPE_BF16));
  Case c = mk(1, 2, 2, 20, 30, 96, ATTNRT_DTYPE_F16);
  c.hostMemory = true;
  runLseCase(c);
  runMergeCase({mk(1, 2, 2, 30, 90, 64, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT), 60,
                ATTNRT_CAUSAL_NONE, ATTNRT_CAUSAL_BOTTOM_RIGHT});
}

// The kernel table: each kernel forced with ATTNRT_BACKEND-style specs
// ("gpu:<kernel>" through attnrt_run_on) either runs a case correctly or
// declines it naming the kernel and the reason; unknown kernels and
// backends without a table fail loudly; the alias "hip" still works; the
// selection report lists every kernel.
TEST(HipBackend, KernelTable) {
  GPU_OR_SKIP();
  Tensor q(ATTNRT_DTYPE_F16, 1, 2, 64, 64, Layout::BHSD), o = q;
  attnrt_problem p;
  attnrt_problem_init(&p);
  p.q = p.k = p.v = q.view(q.bytes.data());
  p.o = o.view(o.bytes.data());
  p.scale = 0.125f;
  p.causal = ATTNRT_CAUSAL_TOP_LEFT;
  const char *chosen = nullptr;
  char report[4096];
  ASSERT_EQ(attnrt_select_backend(&p, &chosen, report, sizeof(report)), ATTNRT_SUCCESS);
  for (const char *k : {"decode", "fa2-causal", "fa2-nocausal", "fa2-general"})
    EXPECT_NE(std::strstr(report, (std::string("kernel ") + k + ":").c_str()), nullptr)
        << k << "\n" << report;
  EXPECT_EQ(attnrt_run_on(&p, "gpu:fa2-causal"), ATTNRT_SUCCESS) << attnrt_last_error();
  EXPECT_EQ(attnrt_run_on(&p, "gpu:fa2-general"), ATTNRT_SUCCESS) << attnrt_last_error();
  EXPECT_EQ(attnrt_run_on(&p, "hip:fa2-general"), ATTNRT_SUCCESS) << attnrt_last_error();
  EXPECT_EQ(attnrt_run_on(&p, "gpu:fa2-nocausal"), ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_NE(std::string(attnrt_last_error()).find("fa2-nocausal' cannot run this problem: causal"),
            std::string::npos)
      << attnrt_last_error();
  EXPECT_EQ(attnrt_run_on(&p, "gpu:decode"), ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_EQ(attnrt_run_on(&p, "gpu:nope"), ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_NE(std::string(attnrt_last_error()).find("fa2-general"), std::string::npos)
      << attnrt_last_error();
  EXPECT_EQ(attnrt_run_on(&p, "cpu:fa2-general"), ATTNRT_ERROR_UNSUPPORTED);
  EXPECT_NE(std::string(attnrt_last_error()).find("no kernel table"), std::string::npos)
      << attnrt_last_error();
}

// The Hopper path's head dims beyond 64 and 128 (kernels/hopper): D a
// multiple of 8 up to 256 runs in 64-, 128-, 192- or 256-column tiles whose
// columns past D are TMA's zero fill (40: Stable Diffusion; 80, 96, 160;
// 24 and 200: small and large padding), and D = 256 (Gemma). Each in both causal corners, GQA/MQA,
// odd Sq and Sk over several query blocks and key tiles, Sq > Sk
// bottom-right (rows with no key), masks, a finite fill, empty rows as NaN,
// strided layouts. On an sm_90 device the default dispatch runs these on
// sm90-wgmma; ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma must decline none of them.
TEST(HopperPath, HeadDims) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  int n = 0;
  for (int64_t D : {40, 80, 96, 256, 24, 160, 200}) {
    const attnrt_dtype t = k16[n % 2], u = k16[(n + 1) % 2];
    runCase(mk(2, 4, 4, 333, 517, D, t));
    runCase(mk(1, 8, 2, 300, 700, D, u, TL));
    runCase(mk(1, 4, 1, 517, 200, D, t, BR));
    Case c = mk(2, 4, 2, 197, 197, D, u, kCausal[n % 3]);
    c.mask = n % 2 ? MaskKind::BoolFull : MaskKind::AddF16Heads;
    runCase(c);
    c = mk(1, 4, 2, 150, 260, D, t, BR);
    c.mask = MaskKind::AddNegInfRows;
    c.empty = ATTNRT_EMPTY_ROWS_NAN;
    runCase(c);
    c = mk(1, 2, 2, 300, 140, D, u, BR);
    c.fill = -1e4f;
    c.empty = ATTNRT_EMPTY_ROWS_NAN;
    runCase(c);
    ++n;
  }
  Case c = mk(2, 8, 2, 257, 300, 96, ATTNRT_DTYPE_BF16, TL);
  c.layout = Layout::BSHD;
  runCase(c);
  c = mk(1, 4, 4, 130, 200, 256, ATTNRT_DTYPE_F16, BR);
  c.layout = Layout::Padded;
  c.repeats = 2;
  runCase(c);
  c = mk(1, 4, 2, 140, 333, 40, ATTNRT_DTYPE_BF16);
  c.layout = Layout::Padded;
  c.repeats = 2;
  runCase(c);
}

// Row masks (padding masks [B|1, H|1, 1, Sk]) on the Hopper path: where the
// mask rows are 16-byte aligned (Sk x element size a multiple of 16) the
// MROW kernels bring each key tile's row into shared memory by TMA with K
// (kernels/hopper/mask.cuh); other row masks are first copied into 16-byte
// rows (kernels/hopper/mask_pack.cuh). Both are checked here against the
// same references: every mask dtype, BERT's lowest-finite padding (bf16 and
// f16), -inf padding with a head dim in the mask, both causal corners, a
// finite fill with NaN empty rows, partial last key tiles, and the
// unaligned twins (Sk 150, 197).
TEST(HopperPath, RowMasks) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  const attnrt_empty_rows NaN = ATTNRT_EMPTY_ROWS_NAN;
  runCases({
      withMask(mk(3, 4, 2, 300, 512, 64, BF), MaskKind::AddKeyPadBf16),
      withMask(mk(3, 4, 4, 200, 256, 64, F), MaskKind::AddKeyPadF16),
      withMask(mk(2, 4, 4, 197, 256, 128, F, TL), MaskKind::BoolKeyPad),
      withMask(mk(2, 4, 2, 130, 200, 64, BF, BR), MaskKind::AddKeyPadF32Heads),
      withMask(mk(2, 8, 2, 600, 1040, 128, BF), MaskKind::AddKeyPadBf16),
      withFill(withMask(mk(3, 2, 2, 256, 160, 64, BF, TL), MaskKind::BoolKeyPad), -1e4f, NaN),
      repeated(withFill(withMask(mk(2, 2, 1, 300, 144, 64, F, BR), MaskKind::BoolKeyPad),
                        -INFINITY, NaN),
               2),
      // Unaligned rows (Sk x 2 bytes not a multiple of 16): run on a copy.
      withMask(mk(2, 4, 2, 150, 150, 64, BF), MaskKind::AddKeyPadBf16),
      withMask(mk(2, 4, 4, 197, 197, 128, F, TL), MaskKind::AddKeyPadF16),
  });
}

Case dvCase(int64_t B, int64_t Hq, int64_t Hkv, int64_t Sq, int64_t Sk, int64_t D, int64_t Dv,
            attnrt_dtype t, attnrt_causal causal);

// 16-bit and boolean masks with rows ([B|1, H|1, Sq, Sk], T5's bias) on the
// Hopper path: where the rows are 16-byte aligned (Sk a multiple of 8, of 16
// for booleans) the MTILE kernels (D <= 64 and D 65..128) bring BM x BN tiles
// into shared memory by TMA with K; others take the register path (the
// twins: 16-bit Sk 150, boolean Sk 200, an f32 mask, D 160).
TEST(HopperPath, TileMasks) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  const attnrt_empty_rows NaN = ATTNRT_EMPTY_ROWS_NAN;
  runCases({
      withMask(mk(2, 4, 2, 300, 256, 64, BF), MaskKind::AddBf16SqSk),
      withMask(mk(2, 4, 4, 197, 200, 64, F, TL), MaskKind::AddF16Heads),
      withMask(mk(2, 6, 2, 260, 520, 64, BF), MaskKind::AddBf16BiasHeads),
      withMask(mk(1, 4, 2, 130, 264, 40, BF, BR), MaskKind::AddF16Heads),
      repeated(withFill(withMask(mk(2, 2, 2, 200, 136, 64, F, BR), MaskKind::AddBf16BiasHeads),
                        -1e4f, NaN),
               2),
      withMask(mk(1, 4, 4, 1104, 1104, 64, F, TL), MaskKind::AddBf16BiasHeads),
      // D 65..128: Hugging Face's [B, 1, S, S] causal + padding mask at S 120
      // (one key tile), T5's bias, both causal corners, Dv != D, GQA / MQA,
      // a finite fill with NaN empty rows, many key tiles (the dynamic grid).
      withMask(mk(2, 8, 2, 120, 120, 96, BF), MaskKind::AddF16Heads),
      withMask(mk(2, 4, 4, 128, 128, 128, F), MaskKind::AddBf16SqSk),
      withMask(mk(1, 4, 2, 200, 256, 128, BF, TL), MaskKind::AddBf16BiasHeads),
      withMask(mk(1, 4, 1, 130, 264, 112, F, BR), MaskKind::AddF16Heads),
      withMask(dvCase(2, 4, 2, 300, 256, 128, 72, BF, ATTNRT_CAUSAL_NONE), MaskKind::AddBf16BiasHeads),
      withMask(dvCase(1, 4, 2, 77, 80, 80, 128, F, ATTNRT_CAUSAL_NONE), MaskKind::AddF16Heads),
      repeated(withFill(withMask(mk(2, 2, 2, 200, 136, 128, F, BR), MaskKind::AddBf16BiasHeads),
                        -1e4f, NaN),
               2),
      withMask(mk(1, 4, 4, 1104, 1104, 128, BF, TL), MaskKind::AddF16Heads),
      withMask(mk(1, 2, 2, 2000, 2048, 96, F), MaskKind::AddBf16SqSk),
      // Booleans ([B, Hq, Sq, Sk], every fifth row with no key): D 64 and
      // 65..128, both causal corners, a finite fill with NaN empty rows, one
      // and many key tiles.
      withMask(mk(2, 4, 2, 200, 256, 64, BF), MaskKind::BoolFull),
      withMask(mk(1, 4, 4, 130, 128, 128, F, BR), MaskKind::BoolFull),
      repeated(withFill(withMask(mk(2, 2, 2, 120, 144, 96, BF, TL), MaskKind::BoolFull), -1e4f, NaN),
               2),
      withMask(mk(1, 2, 1, 1000, 1024, 128, F, TL), MaskKind::BoolFull),
      withMask(mk(1, 3, 3, 300, 512, 40, F), MaskKind::BoolFull),
      // Twins on the register path: unaligned rows, f32 values, D 160.
      withMask(mk(2, 4, 2, 150, 200, 128, BF), MaskKind::BoolFull),
      withMask(mk(2, 4, 2, 150, 150, 64, BF), MaskKind::AddF16Heads),
      withMask(mk(2, 4, 2, 130, 256, 64, F), MaskKind::AddF32Full),
      withMask(mk(2, 4, 2, 150, 150, 128, BF), MaskKind::AddF16Heads),
      withMask(mk(1, 4, 2, 200, 256, 160, BF, TL), MaskKind::AddBf16BiasHeads),
  });
}

// Hugging Face's causal + padding masks [B, 1, Sq, Sk] on the mask-tile
// kernels, which skip the key tiles whose mask hides every key from a
// warpgroup's rows (kSchedDeadTiles; kernels/hopper/mainloop.cuh): bf16's
// lowest value and booleans (skipped), f16's -65504 (skipped where |scale|
// |q| |k| <= 32,000: these activations; at D 64 only with the dead map,
// whose norm pass gives the bound's key norms, mainloop.cuh
// kBoundedDeadTiles; KernelCoverageTest.cpp's HopperDeadTiles counts the
// skips, on the static grid too); D 64 and 128; over key ranges where the
// launch skips (kernels/hopper/launch.cuh dead_tiles_pay: past 1024 keys,
// f16 masks from 2048; the twins at 600, 700 and, f16, 1100 keys computing
// every tile, which GpuKernelTable.HopperDeadMaskTileBits pins); Sq < Sk
// (the diagonal off the tile grid); rows with no visible key (odd batch
// entries' first rows: computed, never skipped, additive: the softmax over
// every key; boolean: empty); with is_causal too (the causal range and the
// skip together); a finite fill above -65504 (no skip) and reruns bitwise
// equal. Every row checked.
TEST(HopperPath, DeadMaskTiles) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  runCases({
      perRow(withMask(mk(2, 4, 2, 1040, 1040, 64, BF), MaskKind::CausalPadBf16)),
      perRow(withMask(mk(3, 2, 2, 1100, 1100, 64, F), MaskKind::CausalPadF16)),
      perRow(withMask(mk(2, 2, 1, 1200, 1200, 128, BF), MaskKind::CausalPadBf16)),
      perRow(withMask(mk(2, 2, 2, 1024, 2048, 128, F), MaskKind::CausalPadF16)),
      perRow(withMask(mk(3, 2, 2, 1040, 1040, 64, BF), MaskKind::CausalPadBool)),
      perRow(withMask(mk(2, 2, 2, 1100, 1100, 128, F), MaskKind::CausalPadBool)),
      perRow(withMask(mk(2, 2, 2, 1024, 2048, 64, BF), MaskKind::CausalPadF16)),
      perRow(withMask(mk(1, 2, 2, 2048, 2048, 64, F, TL), MaskKind::CausalPadF16)),
      perRow(withMask(mk(2, 2, 1, 800, 1200, 128, BF, BR), MaskKind::CausalPadBf16)),
      perRow(withFill(withMask(mk(2, 2, 2, 1100, 1100, 64, BF), MaskKind::CausalPadBool), -1e4f)),
      repeated(perRow(withMask(mk(3, 2, 2, 1100, 1100, 64, BF), MaskKind::CausalPadBf16)), 2),
      perRow(withMask(mk(2, 4, 2, 600, 600, 64, BF), MaskKind::CausalPadBf16)),
      perRow(withMask(mk(2, 2, 1, 700, 700, 128, F), MaskKind::CausalPadBool)),
  });
}

// Dead tiles are skipped only where that is exact: a hidden key whose logit
// plus its mask value outweighs the armed row max must count. Q = 1, K =
// -0.5 on the first key tile and 1 on the second, scale 0.1875 x 4096: the
// first tile's logits are -24576 (its rows armed: >= kDeadArm), the
// second's 49152. Under the causal [1, 1, S, S] mask rows 0..127 see the
// first tile only; with f16's -65504 the second tile's keys are at -16352
// and outweigh -24576: the program averages V over them, and a skip of that
// (fully hidden) tile would average the first tile's keys instead. The
// norm bound (|scale| |q| |k| <= 32,000, kDeadBound2) keeps that tile
// computed: at D 128 (scale 0.0884 x 4096: logits -23170 and 46341, the
// hidden ones at -19163) on the checkers' own key norms (46,341); with 4
// heads (each mask value serving 4 pairs) the dead map is built too, and
// its producer and the D 64 checkers check the bound on the head's norms
// (key_norms.cuh, with each consumer warp's Q rows: 46,341 at D 128,
// 49,152 at D 64), leaving the tile loaded and computed; at D 64 with 2
// heads no bounded verdict is taken. bf16's lowest and a boolean mask (fill
// -inf) hide the same keys for good: there the skip is exact. Every row
// checked.
void largeHiddenLogits(Inputs &in) {
  in.q.each([&](int64_t a, int64_t h, int64_t i, int64_t d) { in.q.set(a, h, i, d, 1.0); });
  in.k.each([&](int64_t a, int64_t h, int64_t j, int64_t d) { in.k.set(a, h, j, d, j < 128 ? -0.5 : 1.0); });
}
TEST(HopperPath, DeadMaskTilesLargeHiddenLogits) {
  GPU_OR_SKIP();
  for (int64_t heads : {2, 4})
  for (int64_t d : {64, 128})
    for (MaskKind m : {MaskKind::CausalPadF16, MaskKind::CausalPadBf16, MaskKind::CausalPadBool}) {
      // Key ranges where the launch skips dead tiles (launch.cuh
      // dead_tiles_pay: past 1024 keys, f16 masks from 2048).
      const int64_t S = m == MaskKind::CausalPadF16 ? 2048 : 1152;
      Case c = withMask(mk(1, heads, heads, S, S, d, ATTNRT_DTYPE_F16), m);
      c.scaleMul = 4096.f;
      c.tweak = largeHiddenLogits;
      c.perRow = true;
      runCase(c);
    }
}

// Small: compute-sanitizer on the dead-tile skip (the checker warps, the
// skipped tiles' slots and turns, rows never armed: odd batch entries).
TEST(HopperPath, DeadMaskTilesSmall) {
  GPU_OR_SKIP();
  Case c = mk(2, 2, 2, 1040, 1040, 64, ATTNRT_DTYPE_BF16);
  c.mask = MaskKind::CausalPadBf16;
  runCase(c);
  c = mk(2, 2, 1, 1100, 1100, 128, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_TOP_LEFT);
  c.mask = MaskKind::CausalPadBool;
  runCase(c);
}

// T5's bias [1, Hq, Sq, Sk] at 4 batch entries (each value serving 4 or
// more pairs) past 1024 keys (the launch builds the dead map:
// launch.cuh dead_tiles_pay) has no dead or clear tile:
// the map's pass says so (its "any bit" word) and the kernel runs without
// its checkers (mainloop.cuh dead_tiles_run); launched after the pass
// programmatically (launch.cuh). bf16 and f16, D 64 and 128, causal or
// not, Sq != Sk, GQA. Every row checked.
TEST(HopperPath, BiasWithEmptyDeadMap) {
  GPU_OR_SKIP();
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  runCases({
      perRow(withMask(mk(4, 4, 4, 1040, 1040, 64, BF), MaskKind::AddBf16BiasHeads)),
      perRow(withMask(mk(4, 4, 2, 300, 1100, 64, F), MaskKind::AddBf16BiasHeads)),
      perRow(withMask(mk(5, 2, 2, 1100, 1100, 128, F, ATTNRT_CAUSAL_TOP_LEFT), MaskKind::AddBf16BiasHeads)),
      repeated(perRow(withMask(mk(4, 2, 1, 700, 1200, 128, BF, ATTNRT_CAUSAL_BOTTOM_RIGHT),
                             MaskKind::AddBf16BiasHeads)),
               2),
  });
}

// Masks with rows TMA cannot load (not 16-byte aligned), broadcast over
// heads or batch: the GPU backend copies them into 16-byte rows and runs the
// mask-by-TMA kernels on the copy (kernels/hopper/mask_pack.cuh;
// GpuKernelTable.HopperMaskPack pins that these shapes are copied):
// Hugging Face SDPA's boolean [B, 1, Sq, Sk] with empty rows (Sk 120, 77),
// 16-bit [1, 1, Sq, Sk] and [B, 1, Sq, Sk] (Sk 150, 100, 333), row masks
// [B, 1, 1, Sk] (boolean Sk 77, bf16 197), both causal corners, a finite fill
// with NaN empty rows, reruns bitwise equal, D 40..128, GQA.
TEST(HopperPath, PackedMasks) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  const attnrt_empty_rows NaN = ATTNRT_EMPTY_ROWS_NAN;
  runCases({
      withMask(mk(2, 16, 4, 120, 120, 96, BF), MaskKind::BoolHeads),
      withMask(mk(1, 16, 2, 77, 77, 64, F, TL), MaskKind::BoolHeads),
      repeated(withFill(withMask(mk(2, 16, 16, 100, 120, 128, BF, BR), MaskKind::BoolHeads), -1e4f, NaN),
               2),
      withMask(mk(2, 8, 2, 120, 150, 128, BF), MaskKind::AddBf16SqSk),
      withMask(mk(2, 16, 4, 100, 100, 80, F, TL), MaskKind::AddF16Heads),
      withMask(mk(2, 8, 2, 300, 333, 40, F), MaskKind::AddBf16SqSk),
      withMask(mk(4, 8, 8, 77, 77, 64, F), MaskKind::BoolKeyPad),
      withMask(mk(2, 12, 12, 197, 197, 64, BF), MaskKind::AddKeyPadBf16),
  });
}

// Short keys on the Hopper path (issue 12): a plain non-causal problem with
// D <= 64, Sk <= 1024 and 128-row query tiles runs in 208-key tiles where
// they pad the keys less than 128-key tiles (kernels/hopper/heuristics.cuh,
// short_keys_variant): ViT's 197 tokens in one tile, GQA and MQA, D 40 and
// 24, Sk at the tile width (208), two and three tiles (Sk 400, 520, DeiT's
// 577), the lse output, a finite fill and NaN empty rows (no-ops without
// hidden keys), strided and padded layouts, reruns bitwise equal. The twins
// take the 128-key tiles: Sk just above 208 (209, 256), 512 and past 1024,
// Sk 1 and 128, causal (both corners), masks and many query rows (192-row
// tiles).
TEST(HopperPath, ShortKeys) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F16 = ATTNRT_DTYPE_F16;
  runCase(mk(2, 12, 12, 197, 197, 64, BF));
  runCase(mk(2, 6, 2, 197, 197, 64, F16));
  runCase(mk(1, 8, 1, 100, 208, 40, BF));
  runCase(mk(1, 4, 2, 577, 577, 64, F16));
  runCase(mk(1, 2, 1, 100, 520, 64, BF));
  Case c = mk(2, 4, 2, 250, 400, 64, BF);
  c.layout = Layout::BSHD;
  runCase(c);
  c = mk(1, 4, 4, 197, 150, 24, F16);
  c.layout = Layout::Padded;
  c.repeats = 2;
  runCase(c);
  c = mk(2, 4, 2, 197, 197, 64, BF);
  c.fill = -1e4f;
  c.empty = ATTNRT_EMPTY_ROWS_NAN;
  runCase(c);
  runLseCase(mk(2, 4, 2, 197, 197, 64, BF));
  runLseCase(mk(1, 4, 1, 197, 577, 48, F16));
  // Many output tiles (more than two per CTA of the persistent grid on a
  // 132-SM H100/H200), so each CTA cycles through both Q buffers of the
  // QST 2 kernels (hopper-short): 288 tiles of one 208-key tile (GQA) and
  // of 192 rows (Sk 64); and 288 tiles of the D 40..48 (k48) kernel, whose
  // two-Q-buffer twin was no faster (one Q buffer). Few keys, to keep the
  // reference cheap.
  runCase(mk(12, 24, 4, 100, 150, 64, BF));
  runCase(mk(1, 96, 8, 500, 64, 64, F16));
  runCase(mk(1, 96, 8, 500, 64, 40, BF));
  // Dv != D with D, Dv <= 64 (the D 64 list; dvCase below).
  runCase(dvCase(1, 4, 2, 197, 197, 64, 32, BF, ATTNRT_CAUSAL_NONE));
  runCase(dvCase(1, 4, 1, 150, 400, 40, 64, F16, ATTNRT_CAUSAL_NONE));
  // Twins: the 128-key tiles.
  runCase(mk(1, 4, 4, 197, 209, 64, F16));
  runCase(mk(1, 4, 2, 250, 256, 64, BF));
  runCase(mk(1, 2, 2, 200, 512, 64, F16));
  runCase(mk(1, 2, 2, 130, 1040, 64, BF));
  runCase(mk(1, 4, 4, 197, 1, 64, BF));
  runCase(mk(1, 4, 2, 197, 128, 64, F16));
  runCase(mk(2, 4, 2, 197, 197, 64, BF, TL));
  runCase(mk(1, 4, 4, 300, 197, 64, F16, BR));
  runCase(mk(1, 4, 4, 300, 197, 64, BF));
  c = mk(2, 4, 2, 197, 197, 64, F16);
  c.mask = MaskKind::BoolFull;
  c.empty = ATTNRT_EMPTY_ROWS_NAN;
  runCase(c);
  runLseCase(mk(1, 4, 2, 197, 197, 64, BF, BR));
}

// Dv != D on the Hopper path (issue 12): a problem runs on the kernels of
// padded max(D, Dv), Q/K and V brought in with their own column counts and
// zero filled past them; D 136..192 with Dv <= 128 (DeepSeek-V2/V3 MLA
// prefill, D 192 / Dv 128) has kernels with 128-column V/O tiles. Each case
// is chosen for sm90-wgmma by the default dispatch (on an sm_90 device) and
// compared row by row with the reference backend (or, with a fill, NaN empty
// rows or the lse output, with the f64 oracle): both causal corners, Sq > Sk
// bottom-right (rows with no key), GQA and MQA, masks (register, row-mask
// and mask-tile paths), f16 and bf16, strided layouts, reruns bitwise equal.
Case dvCase(int64_t B, int64_t Hq, int64_t Hkv, int64_t Sq, int64_t Sk, int64_t D, int64_t Dv,
            attnrt_dtype t, attnrt_causal causal = ATTNRT_CAUSAL_NONE) {
  Case c = mk(B, Hq, Hkv, Sq, Sk, D, t, causal);
  c.Dv = Dv;
  c.perRow = true;
  c.expectKernel = "sm90-wgmma";
  return c;
}

// One case on the Hopper path (sm90-wgmma must take it), compared row by row.
void runOnHopper(Case c) {
  c.expectKernel = "sm90-wgmma";
  c.perRow = true;
  runCase(c);
}

TEST(HopperPath, ValueHeadDims) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype F16 = ATTNRT_DTYPE_F16, BF16 = ATTNRT_DTYPE_BF16;
  // DeepSeek MLA prefill (192 / 128): the 128-column V/O kernels, short
  // causal (pingpong) and long causal, non-causal, MQA, dead rows.
  runCase(dvCase(2, 4, 2, 333, 517, 192, 128, BF16));
  runCase(dvCase(1, 8, 1, 300, 700, 192, 128, F16, TL));
  runCase(dvCase(1, 4, 4, 1100, 1100, 192, 128, BF16, TL));
  runCase(dvCase(1, 4, 1, 517, 200, 192, 128, F16, BR));
  runCase(dvCase(1, 2, 2, 130, 1300, 160, 128, BF16, BR));
  // Pairs on the kernels of padded max(D, Dv): Dv < D, Dv > D, odd
  // multiples of 8, the k48/k80/k160 QK^T kernels (non-causal D <= 48, 80,
  // 160), D 256 lists.
  int n = 0;
  const int64_t pairs[][2] = {{128, 64}, {64, 128}, {40, 72}, {72, 40}, {160, 192},
                              {96, 256}, {256, 64}, {48, 64}, {200, 136}};
  for (const auto &pr : pairs) {
    const attnrt_dtype t = k16[n % 2], u = k16[(n + 1) % 2];
    runCase(dvCase(2, 4, 2, 257, 300, pr[0], pr[1], t));
    runCase(dvCase(1, 6, 2, 300, 333, pr[0], pr[1], u, kCausal[1 + n % 2]));
    ++n;
  }
  // Masks: the register path (f16 [B,1,Sq,Sk], bool with dead rows), a row
  // mask by TMA (MROW, D/Dv in 128-column tiles), a mask tile by TMA (MTILE,
  // 64-column tiles).
  Case c = dvCase(2, 4, 2, 197, 197, 192, 128, BF16, TL);
  c.mask = MaskKind::AddF16Heads;
  runCase(c);
  c = dvCase(2, 4, 4, 200, 260, 128, 64, F16);
  c.mask = MaskKind::BoolFull;
  runCase(c);
  c = dvCase(3, 4, 2, 300, 512, 64, 128, BF16);
  c.mask = MaskKind::AddKeyPadBf16;
  runCase(c);
  c = dvCase(2, 4, 2, 260, 520, 40, 64, F16, BR);
  c.mask = MaskKind::AddBf16BiasHeads;
  runCase(c);
  // Layouts (Q/K and V rows of different widths in one BSHD / padded
  // buffer each), reruns bitwise equal.
  c = dvCase(2, 8, 2, 257, 300, 192, 128, BF16, TL);
  c.layout = Layout::BSHD;
  runCase(c);
  c = dvCase(1, 4, 4, 130, 200, 72, 40, F16, BR);
  c.layout = Layout::Padded;
  c.outLayout = Layout::BSHD;
  c.repeats = 2;
  runCase(c);
  // The f64 oracle row by row: finite fill with NaN empty rows (the GEN
  // kernels' hidden tail reads V over Dv columns), -inf rows, and the lse.
  c = dvCase(1, 2, 2, 300, 140, 192, 128, F16, BR);
  c.fill = -1e4f;
  c.empty = ATTNRT_EMPTY_ROWS_NAN;
  runCase(c);
  c = dvCase(1, 4, 2, 150, 260, 64, 128, BF16, BR);
  c.mask = MaskKind::AddNegInfRows;
  c.empty = ATTNRT_EMPTY_ROWS_NAN;
  runCase(c);
  runLseCase(dvCase(2, 4, 2, 200, 333, 192, 128, BF16, TL));
  runLseCase(withFill(dvCase(1, 4, 1, 160, 130, 40, 72, F16, BR), -1e4f));
  runLseCase(withMask(dvCase(2, 2, 2, 130, 256, 128, 64, BF16), MaskKind::BoolKeyPad));
}

// The twins: Dv != D problems sm90-wgmma declines with its reason (row
// strides TMA cannot take, an f32 output) and another kernel runs, checked
// the same way. Value head dims it never runs (not a multiple of 8, above
// 256) are declined by the whole gpu backend before its kernel table; the
// Hopper entry's own reason for them is checked in AttnGpuKernelTableTests
// (GpuKernelTable.HopperDeclinesWhatItCannotRun).
// The plain D 256 kernels store O in 16-byte accesses where every O row is
// 16-byte aligned (kernels/hopper/epilogue.cuh, kSchedWideO), else in 4-byte
// ones: padded rows (16-byte aligned, the padding must stay untouched),
// rows only 4-byte aligned (Pad2: the 4-byte stores) and BSHD, in both
// causal corners, GQA, odd Sq (rows past it unstored) and Dv below the tile
// width (column groups past it unstored), f16 and bf16.
TEST(HopperPath, D256OutputStores) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype F16 = ATTNRT_DTYPE_F16, BF16 = ATTNRT_DTYPE_BF16;
  for (Layout ol : {Layout::Padded, Layout::Pad2, Layout::BSHD}) {
    // Every case row by row into output layout ol; expectHopper: the default
    // dispatch must pick the Hopper path.
    auto run = [ol](Case c, bool expectHopper) {
      c.outLayout = ol;
      c.perRow = true;
      if (expectHopper) c.expectKernel = "sm90-wgmma";
      runCase(c);
    };
    run(mk(2, 4, 2, 333, 333, 256, BF16, TL), true);
    run(mk(1, 4, 4, 200, 451, 256, F16, BR), true);
    run(dvCase(1, 4, 2, 130, 260, 256, 200, BF16, TL), false);
    run(dvCase(1, 2, 1, 77, 300, 136, 256, F16), false);
  }
}

// O through shared memory and TMA stores (Cfg::OTMA), the default of
// non-causal D 97..128 (two Q buffers up to 256 keys), of short and
// top-left causal D 97..128 (pingpong) and of short D 49..64 (two Q
// buffers; GpuKernelTable.HopperShortD128Default and HopperShortD64Default
// pin the choice on these shapes): rows past Sq and columns past Dv clipped by O's tensor map,
// GQA, both dtypes, more output tiles than multiprocessors (a CTA reuses
// its O buffer after its previous store has read it), into output layouts
// with 16-byte rows (TMA) and without (Pad2: the register stores), row by
// row; and the lse beside it.
TEST(HopperPath, OutputByTma) {
  GPU_OR_SKIP();
  const attnrt_dtype F16 = ATTNRT_DTYPE_F16, BF16 = ATTNRT_DTYPE_BF16;
  for (Layout ol : {Layout::BHSD, Layout::Padded, Layout::Pad2, Layout::BSHD}) {
    auto run = [ol](Case c) {
      c.outLayout = ol;
      c.perRow = true;
      c.expectKernel = "sm90-wgmma";
      runCase(c);
    };
    run(mk(2, 4, 2, 333, 197, 128, BF16));                // two Q buffers, partial last tile
    run(mk(1, 4, 1, 200, 700, 128, F16));                 // one Q buffer
    run(dvCase(1, 2, 2, 130, 1500, 128, 104, BF16, ATTNRT_CAUSAL_NONE));  // Dv 104 of 128
    run(dvCase(1, 2, 1, 77, 250, 112, 120, F16, ATTNRT_CAUSAL_NONE));
    run(mk(1, 4, 2, 300, 300, 128, BF16, ATTNRT_CAUSAL_TOP_LEFT));    // pingpong
    run(mk(1, 4, 4, 200, 460, 120, F16, ATTNRT_CAUSAL_BOTTOM_RIGHT));
    run(mk(1, 4, 2, 384, 384, 64, F16, ATTNRT_CAUSAL_TOP_LEFT));      // D 64, static grid
    run(mk(1, 4, 1, 1000, 700, 56, BF16));                            // D 64, dynamic grid
  }
  runCase(mk(3, 16, 4, 384, 256, 128, F16));  // 144 tiles on 132 CTAs
  runCase(mk(3, 16, 4, 384, 600, 128, BF16));
  runLseCase(mk(1, 4, 2, 300, 450, 128, BF16));
  runLseCase(mk(1, 4, 4, 130, 200, 128, F16));
}

// The dynamic grid's tile counters (a ring of 1024 per device) are zeroed
// once and reset by each launch's last claim, not by a memset before every
// launch: 1100 launches of a dynamic-grid problem (160 tiles on 132 CTAs),
// the output poisoned before each, every one bitwise equal to the first and
// the first row by row against the reference; a counter left dirty would
// skip tiles and leave poisoned rows.
TEST(HopperPath, DynamicCounterReuse) {
  GPU_OR_SKIP();
  Case c = mk(2, 16, 4, 600, 300, 128, ATTNRT_DTYPE_BF16);
  c.perRow = true;
  c.expectKernel = "sm90-wgmma";
  c.repeats = 1100;
  runCase(c);
}

TEST(HopperPath, ValueHeadDimsDeclined) {
  GPU_OR_SKIP();
  Case c = dvCase(2, 4, 2, 200, 260, 192, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT);
  c.expectKernel = nullptr;
  c.layout = Layout::Odd;
  c.hopperDeclines = "Q, K or V stride not a positive multiple of 8 elements (TMA)";
  runCase(c);
  c = dvCase(1, 4, 4, 150, 300, 128, 64, ATTNRT_DTYPE_F16);
  c.expectKernel = nullptr;
  c.out = ATTNRT_DTYPE_F32;
  c.hopperDeclines = "output dtype differs from Q/K/V's";
  runCase(c);
}

// Stable Diffusion's head dims, non-causal, on the kernels that run QK^T
// over fewer columns (D 80: 80 of 128, D 160: 160 of 192; Cfg::DK): key
// counts that are and are not multiples of the 64/96/128-key tiles, both
// dtypes. Small enough for compute-sanitizer with each D 80 / D 160 variant
// forced (ATTN_HOPPER_VARIANT, bench/hopper/run_sd_dev.sh).
TEST(HopperPath, SdHeadDims) {
  GPU_OR_SKIP();
  runCase(mk(1, 2, 2, 200, 300, 160, ATTNRT_DTYPE_BF16));
  runCase(mk(2, 2, 2, 256, 256, 160, ATTNRT_DTYPE_F16));
  runCase(mk(1, 2, 2, 200, 300, 80, ATTNRT_DTYPE_F16));
  runCase(mk(2, 2, 1, 130, 1030, 80, ATTNRT_DTYPE_BF16));
}

// Head dims 88..96 on the kernels with QK^T over 96 columns (Cfg::DK 96,
// d128_k96_*: the D 128 kernels' twins; with Dv <= 96 V/O tiles 96 columns
// wide, d128_k96_v96_*; which one the default picks per class:
// GpuKernelTable.HopperD96Defaults): non-causal, long and short, and
// bottom-right causal beyond 1024 keys (the dynamic grid, with the rescale
// vote), top-left causal up to 4096 keys and short bottom-right
// (pingpong), top-left beyond 4096 (the dynamic grid). Odd key counts (partial last key tiles), ragged last
// query tiles, GQA and MQA, D 88, D 96 with Dv 64 and with Dv 128 (the
// 128-column V/O kernels, in each grid), f16 and bf16, each row against
// the f64 reference, the last rerun bitwise equal.
TEST(HopperPath, HeadDim96) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  const auto run = runOnHopper;
  for (attnrt_dtype t : {BF, F}) {
    run(mk(1, 2, 1, 130, 2101, 96, t));      // dynamic grid, 17 key tiles, the last partial
    run(mk(1, 4, 2, 200, 901, 96, t));       // short: dynamic grid, one tile per CTA
    run(mk(1, 4, 1, 1100, 1100, 96, t, TL)); // pingpong, diagonal off the tile grid
    run(mk(1, 2, 2, 300, 1501, 96, t, BR));  // dynamic grid, a chunk after 1201 cached keys
    run(mk(1, 2, 2, 517, 333, 96, t, BR));   // pingpong (short), rows with no key
  }
  run(mk(1, 2, 1, 150, 4229, 96, BF, TL));   // top-left beyond 4096 keys: dynamic grid
  run(mk(2, 3, 3, 257, 1031, 88, F));
  run(dvCase(1, 4, 2, 300, 1300, 96, 128, BF));
  run(dvCase(1, 4, 2, 200, 901, 96, 128, F));
  run(dvCase(1, 4, 1, 700, 1100, 96, 120, BF, TL));
  run(dvCase(1, 4, 2, 257, 700, 96, 64, F, TL));
  // 133 output tiles of 17 rows on 132 SMs (dynamic scheduler), MQA.
  run(repeated(mk(7, 19, 1, 17, 1030, 96, F, BR), 2));
}

// K/V resident across a head's m-blocks (Cfg::KVR, the default of short
// non-causal D 136..160 where the grid of (batch, head) pairs fills the SMs
// as a grid of tiles would: GpuKernelTable.HopperKvResidentDefault): a CTA
// computes a pair's m-blocks in turn on K/V loaded once. 264 pairs (two per
// CTA of 132, so a CTA's second pair refills the ring); two key tiles (the
// second partial) and one (the ring's two stages then alternate between
// pairs); two and three m-blocks, the last with rows past Sq; GQA; D 160 and
// 136; Dv != D. With ATTN_HOPPER_VARIANT=d192_k160_v160_bm128_bn128_ovl_pp_kvr_static
// the other D <= 160 cases (causal ones included) run it too.
TEST(HopperPath, KvResident) {
  GPU_OR_SKIP();
  // Every case row by row; expectHopper: the default dispatch must pick the
  // Hopper path (the K/V-resident variant itself: the table test above).
  auto run = [](Case c, bool expectHopper = true) {
    if (expectHopper) c.expectKernel = "sm90-wgmma";
    c.perRow = true;
    runCase(c);
  };
  run(mk(66, 4, 2, 130, 140, 160, ATTNRT_DTYPE_BF16));
  run(mk(33, 8, 8, 260, 64, 136, ATTNRT_DTYPE_F16));
  // Dv != D on the same kernel (D 128 with Dv 160 takes the D 192 list).
  run(dvCase(33, 8, 4, 140, 100, 128, 160, ATTNRT_DTYPE_BF16), false);
  // Several (batch, head) pairs per CTA (660 and 264 pairs: 5 and 2 per CTA
  // on 132 SMs), so the K/V slots are refilled pair after pair: their
  // barrier phases wrap, and the producer waits for the previous pair's last
  // m-block to free them (one key tile per pair, then both stages).
  run(mk(165, 4, 4, 200, 64, 160, ATTNRT_DTYPE_BF16));
  run(mk(66, 4, 2, 256, 256, 144, ATTNRT_DTYPE_F16));
}

// Causal tile ranges on the Hopper path (hopper-causal, issue 12): each
// consumer warpgroup computes only the key tiles its own 64 rows can see
// (kernels/hopper/tile_scheduler.cuh, wg_key_tiles) and frees Q after its
// last S GEMM. Cases whose warpgroups stop at different key tiles: 192-row
// tiles (D 64) against 128-key tiles, 128 x 80 tiles (D 256), and 128 x 128
// tiles (D 128) where the diagonal is not tile-aligned (bottom-right with Sk
// - Sq not a multiple of 128); Sq and Sk one past or short of a tile edge;
// Sq > Sk bottom-right (warpgroups whose rows see no key: empty rows, zeros
// or NaN); the last query tile with rows for one warpgroup only; GQA and
// MQA; pingpong kernels (D 64, D 256, the D 128 GEN kernels) whose skipping
// warpgroups take empty turns; a finite fill (the hidden tail after the
// warpgroup's own last tile) and masks (the GEN register path, row masks by
// TMA); persistent grids with more tiles than SMs, rerun bitwise equal.
TEST(HopperPath, CausalTileRanges) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  const attnrt_empty_rows NaN = ATTNRT_EMPTY_ROWS_NAN;
  runCases({
      // D 64, 192 x 128 tiles: 577 = 3 x 192 + 1 (the last tile has one row).
      mk(2, 8, 2, 577, 577, 64, BF, TL),
      mk(1, 8, 1, 400, 400, 64, F, TL),
      mk(2, 4, 4, 385, 383, 64, BF, BR),
      mk(1, 6, 2, 700, 300, 64, F, BR),  // rows 0..399 see no key
      mk(1, 4, 2, 333, 517, 64, BF, BR),
      repeated(mk(2, 16, 4, 1031, 1031, 64, F, TL), 2),  // 192 tiles > 132 SMs
      // D 128, 128 x 128 tiles, the diagonal off the tile grid.
      mk(2, 8, 2, 300, 200, 128, BF, BR),
      mk(1, 8, 8, 256, 320, 128, F, BR),
      mk(2, 4, 1, 129, 129, 128, BF, TL),
      repeated(mk(4, 32, 8, 639, 703, 128, BF, BR), 2),
      // D 256, 128 x 80 tiles.
      mk(1, 8, 4, 333, 333, 256, F, TL),
      mk(2, 4, 2, 200, 451, 256, BF, BR),
      mk(1, 4, 4, 260, 100, 256, F, BR),
      // Finite fill (mask-free GEN kernels: the hidden tail) with NaN empty rows.
      withFill(mk(1, 4, 2, 300, 200, 128, BF, BR), -1e4f, NaN),
      withFill(mk(1, 6, 3, 500, 400, 64, F, BR), -1e4f, NaN),
      withFill(mk(1, 4, 4, 333, 333, 256, BF, TL), -3.0f, ATTNRT_EMPTY_ROWS_ZERO),
      // Masks: the GEN register path (D 128, 128 x 64 tiles, pingpong) and
      // row masks by TMA (D 64, 128 x 128 tiles).
      withMask(mk(2, 4, 2, 200, 200, 128, BF, TL), MaskKind::BoolFull),
      withMask(mk(1, 4, 4, 300, 240, 128, F, BR), MaskKind::AddF16Heads),
      withMask(mk(2, 4, 2, 333, 512, 64, BF, BR), MaskKind::AddKeyPadBf16),
  });
}

// Causal problems with a finite fill and no mask on the plain Hopper
// kernels (issue 12, GPT-2's finfo.min fill): the tiles give hidden
// positions -inf and skip the key tiles past the diagonal; after the last
// tile a row whose max lies less than 127 / log2(e) above the fill adds its
// hidden keys exactly (weight exp(fill - m) each, V summed from global
// memory: plain_fill_tail), any other row adds nothing (each weight below
// 2^-127). Each row is compared with the f64 oracle (the fill's logit at
// every hidden position, no skipping), the lse too where asked. The fast
// path: finfo.min of bf16 and f16 and -1e4 (no row adds; bottom-right rows
// with no visible key do: the mean of V). The negative twins, where a
// kernel that only skipped would be wrong: fills -1 and -3 among the
// logits (every row adds), a fill of +2 above them (the hidden keys
// dominate), and logits spread by a 40x scale under a fill of -30, so that
// rows of one warpgroup differ (the rows whose max is below ~58 add, the
// others do not; rows near the top see few keys). D 64 (192-row tiles,
// bm128 for short S), D 128 (pingpong and not), D 256; both causal
// corners, Sq > Sk bottom-right, GQA; reruns bitwise equal.
TEST(HopperPath, CausalFiniteFillPlain) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  const float bfMin = -3.3895313892515355e38f, hMin = -65504.f;
  auto spread = [](Case c, float fill) {
    c = withFill(c, fill);
    c.scaleMul = 40.f;
    return c;
  };
  for (const Case &c : {
           withFill(mk(1, 2, 2, 1100, 1100, 64, BF, TL), bfMin),
           withFill(mk(1, 4, 4, 700, 700, 128, F, TL), hMin),
           withFill(mk(1, 4, 2, 300, 200, 128, BF, BR), bfMin),  // rows 0..99 see no key
           withFill(mk(2, 4, 2, 400, 250, 64, F, BR), -1e4f),
           withFill(mk(1, 4, 2, 577, 577, 64, BF, TL), -1.f),
           withFill(mk(1, 4, 1, 260, 260, 64, F, TL), -3.f),     // bm128 tiles
           withFill(mk(1, 2, 1, 1100, 1100, 128, BF, TL), -1.f),
           withFill(mk(1, 2, 2, 333, 517, 128, F, BR), -3.f),
           withFill(mk(1, 4, 2, 300, 300, 64, BF, TL), 2.f),
           withFill(mk(1, 2, 2, 300, 420, 128, F, BR), 2.f),
           spread(mk(1, 4, 2, 577, 577, 64, BF, TL), -30.f),
           spread(mk(1, 4, 4, 700, 700, 128, F, TL), -30.f),
           spread(mk(1, 2, 1, 333, 333, 256, BF, TL), -30.f),
           withFill(mk(1, 2, 2, 333, 333, 256, F, TL), -1.f),
           repeated(withFill(mk(2, 4, 2, 640, 640, 128, BF, TL), -1.f), 2),
       })
    runOnHopper(c);
  runLseCase(withFill(mk(1, 4, 2, 300, 200, 64, BF, BR), -1.f));
  runLseCase(withFill(mk(1, 4, 2, 300, 200, 128, F, BR), bfMin));
  runLseCase(spread(mk(1, 4, 2, 577, 577, 64, BF, TL), -30.f));
}

// Short causal D 64 in 192-row tiles up to 512 keys: the default is the
// two-Q-buffer static kernel (d64_bm192_ovl_pp_q2_static: the producer
// loads the next output tile's Q, then K/V, while this tile runs; issue
// 12, causal D 64 S 512). Top-left and bottom-right (a chunk after cached
// keys), GQA, a finite fill near the logits (the plain kernels' hidden
// tail on this kernel), one m-block, and a persistent grid with more
// output tiles than SMs (144 on 132: each CTA alternates the two Q
// buffers across tiles), rerun bitwise equal; each row against the
// reference (the f64 oracle with the fill).
// Very short keys (Sk <= 128, D, Dv <= 64, and Sk <= 80 at D 97..128;
// heuristics.cuh very_short_keys_variant): the 64-, 80- and 96-key-tile
// kernels (two Q buffers, O by TMA stores) and the 128-key two-buffer kernel, each case taken
// by sm90-wgmma and compared row by row: CLIP's 77 tokens, both causal
// corners, chunks whose rows see no key (Sq > Sk bottom-right), GQA and MQA,
// D 32 / 40 / 56, Dv != D, SD's cross-attention (long Sq, 77 keys: 192-row
// tiles), BSHD and padded layouts, O's rows not 16-byte aligned (the register
// stores), a finite fill (NaN empty-row mode), lse, many output tiles per CTA
// (both Q buffers cycled), and reruns bitwise equal.
TEST(HopperPath, VeryShortKeys) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  runOnHopper(mk(2, 12, 12, 77, 77, 64, BF));
  runOnHopper(mk(2, 8, 2, 77, 77, 64, F, TL));
  runOnHopper(mk(3, 4, 1, 50, 50, 64, BF));
  runOnHopper(mk(1, 8, 2, 64, 64, 32, F, TL));
  runOnHopper(mk(1, 4, 4, 90, 96, 56, BF, BR));
  runOnHopper(mk(1, 4, 2, 120, 70, 64, F, BR));  // rows 0..49 see no key
  runOnHopper(mk(2, 4, 4, 112, 112, 64, BF, TL));
  runOnHopper(mk(1, 4, 2, 128, 100, 40, F));
  runOnHopper(mk(1, 1, 1, 1, 1, 64, BF));
  runOnHopper(mk(2, 10, 10, 1024, 77, 64, F));    // SDXL cross-attention: 192-row tiles
  runOnHopper(mk(1, 8, 8, 600, 77, 40, BF));      // SD 1.5's at D 40
  runOnHopper(dvCase(1, 4, 2, 77, 77, 64, 32, BF));
  runOnHopper(dvCase(1, 4, 2, 90, 90, 48, 64, F, TL));
  Case c = mk(2, 6, 2, 77, 77, 64, BF);
  c.layout = Layout::BSHD;
  runOnHopper(c);
  c = mk(1, 4, 4, 50, 50, 24, F, TL);
  c.layout = Layout::Padded;
  runOnHopper(c);
  c = mk(1, 4, 2, 77, 77, 64, BF);
  c.outLayout = Layout::Pad2;  // O's rows 4-byte aligned: the register stores
  runOnHopper(c);
  runOnHopper(withFill(mk(2, 4, 2, 40, 90, 64, BF, BR), -1e4f, ATTNRT_EMPTY_ROWS_NAN));
  runOnHopper(withFill(mk(1, 4, 2, 77, 77, 64, F, TL), -1.f));
  runLseCase(mk(1, 4, 2, 77, 77, 64, BF, TL));
  runLseCase(mk(1, 4, 1, 96, 96, 64, F));
  runOnHopper(repeated(mk(24, 12, 4, 77, 77, 64, BF), 2));  // 288 tiles on 132 CTAs
  runOnHopper(repeated(mk(16, 12, 12, 128, 128, 64, F, TL), 2));
  // D 97..128, up to 80 keys: the 64- and 80-key-tile D 128 kernels.
  runOnHopper(mk(2, 8, 8, 77, 77, 128, BF));
  runOnHopper(mk(1, 8, 2, 77, 77, 128, F, TL));
  runOnHopper(mk(2, 4, 1, 40, 40, 112, BF));
  runOnHopper(mk(1, 4, 2, 100, 64, 128, F, BR));  // rows 0..35 see no key
  runOnHopper(mk(1, 4, 4, 600, 77, 104, BF));
  runOnHopper(dvCase(1, 4, 2, 70, 70, 128, 104, F));
  runOnHopper(withFill(mk(1, 4, 2, 77, 77, 128, BF, TL), -1.f));
  c = mk(1, 4, 2, 64, 64, 128, F);
  c.outLayout = Layout::Pad2;
  runOnHopper(c);
  runLseCase(mk(1, 4, 2, 77, 77, 128, BF, TL));
  runOnHopper(repeated(mk(24, 12, 4, 77, 77, 128, BF), 2));
}

// Tiles of several heads (Cfg::HPT, issue 12: short problems with many
// heads, e.g. video models' attention over 16-25 frames): up to 64 queries
// and keys, D <= 64 in tiles of three heads (two where Hq is 2), D 97..128
// of two, one head a consumer warpgroup. Each case on sm90-wgmma, row by
// row against the reference: head counts that leave the last tile one or
// two heads short (those warpgroups store nothing), GQA groups that straddle
// a tile's heads (Hq 6 / Hkv 3 in threes), MQA, both causal corners (rows
// that see no key: zeros, NaN), Sq != Sk, a finite fill, Dv != D, BSHD and
// padded layouts, O by register stores (rows 4-byte aligned), lse, several
// key tiles where forced (KernelCoverage.HopperEveryVariant runs 160 keys),
// and reruns bitwise equal.
TEST(HopperPath, HeadsPerTile) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  runOnHopper(mk(4, 20, 20, 21, 21, 64, BF, BR));  // 7 tiles a batch, the last of 2 heads
  runOnHopper(mk(2, 7, 7, 33, 40, 64, F, TL));     // the last tile of 1 head
  runOnHopper(mk(1, 6, 3, 21, 21, 64, F));         // heads 0..2 on KV heads 0, 0, 1
  runOnHopper(mk(2, 12, 4, 16, 16, 64, BF, TL));   // GQA 3
  runOnHopper(mk(2, 8, 1, 40, 40, 64, BF, TL));    // MQA
  runOnHopper(mk(2, 2, 2, 64, 64, 64, F, BR));     // two heads: 128-row tiles
  runOnHopper(mk(2, 6, 6, 10, 60, 64, BF, BR));
  runOnHopper(mk(2, 6, 6, 60, 10, 64, F, BR));     // rows 0..49 see no key
  runOnHopper(withFill(mk(2, 5, 5, 60, 10, 64, BF, BR), -INFINITY, ATTNRT_EMPTY_ROWS_NAN));
  runOnHopper(withFill(mk(2, 5, 5, 30, 30, 64, BF, TL), -1.f));
  runOnHopper(mk(3, 5, 5, 2, 37, 64, BF));
  runOnHopper(mk(2, 9, 9, 24, 24, 32, F, TL));
  runOnHopper(dvCase(1, 6, 2, 20, 20, 64, 32, BF));
  Case c = mk(2, 6, 2, 21, 21, 64, BF);
  c.layout = Layout::BSHD;
  runOnHopper(c);
  c = mk(1, 4, 4, 50, 50, 24, F, TL);
  c.layout = Layout::Padded;
  runOnHopper(c);
  c = mk(1, 5, 5, 21, 21, 64, F);
  c.outLayout = Layout::Pad2;  // the register stores, and a warpgroup past Hq
  runOnHopper(c);
  runLseCase(mk(1, 5, 5, 21, 21, 64, BF, TL));
  runOnHopper(repeated(mk(64, 12, 12, 21, 21, 64, BF), 2));  // 256 tiles on 132 CTAs
  // D 97..128: tiles of two heads.
  runOnHopper(mk(2, 5, 5, 21, 21, 128, BF, BR));
  runOnHopper(mk(1, 6, 2, 40, 64, 112, F, TL));
  runOnHopper(withFill(mk(1, 4, 4, 50, 50, 128, BF, TL), -1.f));
  runOnHopper(dvCase(1, 3, 3, 30, 30, 128, 104, F));
  c = mk(1, 3, 3, 33, 33, 128, F);
  c.outLayout = Layout::Pad2;
  runOnHopper(c);
  runLseCase(mk(1, 3, 1, 21, 21, 128, BF, BR));
  runOnHopper(repeated(mk(48, 11, 11, 16, 16, 128, F, TL), 2));
}

// Partial key tiles (issue 12): 97..112 keys at D, Dv <= 64 take 112-key
// tiles where non-causal (very_short_keys_variant), 113..128 and causal ones
// the 128-key tiles. Each case on sm90-wgmma, row by row against the
// reference: 97..127 keys (last 8-column groups of the tile partly or wholly
// past Sk: 97, 100, 104, 111, 112, 113, 120, 127), both causal corners
// (chunks whose first rows see no key), GQA and MQA, Dv != D, a finite fill
// near the logits (the hidden keys added after the last tile), NaN empty
// rows, lse, and multi-tile rows whose last tile is partial (S 228 D 128
// bottom-right, S 340 D 72 GQA, D 256; non-causal last tiles with 1..15
// columns past Sk), reruns bitwise equal.
// ATTN_HOPPER_VARIANT=d64_bn112_bm128_ovl_pp_q2_static runs every D <= 64
// case on the 112-key kernel (several key tiles from 113 keys).
TEST(HopperPath, PartialKeyTiles) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  runOnHopper(mk(2, 8, 8, 97, 97, 64, BF));
  runOnHopper(mk(1, 8, 2, 100, 100, 64, F));
  runOnHopper(mk(1, 6, 1, 104, 104, 56, BF, TL));
  runOnHopper(mk(2, 4, 2, 111, 111, 64, F, TL));
  runOnHopper(mk(2, 4, 4, 112, 112, 64, BF));
  runOnHopper(mk(1, 4, 2, 90, 112, 32, F, BR));
  runOnHopper(mk(1, 4, 2, 120, 105, 64, BF, BR));  // rows 0..14 see no key
  runOnHopper(mk(1, 8, 4, 113, 113, 64, F));
  runOnHopper(mk(1, 4, 2, 120, 120, 64, BF, TL));
  runOnHopper(mk(1, 4, 1, 127, 127, 48, F));
  runOnHopper(mk(2, 4, 2, 128, 128, 64, BF, TL));
  runOnHopper(dvCase(1, 4, 2, 100, 100, 64, 32, BF));
  runOnHopper(dvCase(1, 4, 2, 110, 123, 40, 64, F, BR));
  runOnHopper(withFill(mk(1, 4, 2, 100, 100, 64, BF, TL), -1.f));
  runOnHopper(withFill(mk(1, 4, 2, 125, 125, 64, F, TL), 2.f));
  runOnHopper(withFill(mk(2, 4, 2, 40, 100, 64, BF, BR), -1e4f, ATTNRT_EMPTY_ROWS_NAN));
  runLseCase(mk(1, 4, 2, 105, 105, 64, BF, TL));
  runLseCase(mk(1, 4, 2, 117, 117, 64, F));
  runOnHopper(repeated(mk(16, 12, 4, 100, 100, 64, BF), 2));  // many tiles per CTA
  runOnHopper(repeated(mk(12, 12, 12, 120, 120, 64, F, TL), 2));
  // Several key tiles, the last one partial (and causal diagonal tiles).
  runOnHopper(mk(2, 4, 4, 228, 228, 128, BF, BR));
  runOnHopper(mk(1, 8, 2, 340, 340, 72, F));
  runOnHopper(mk(1, 4, 2, 300, 700, 128, BF, BR));
  runOnHopper(mk(1, 4, 4, 530, 530, 64, F, TL));
  runOnHopper(mk(1, 2, 1, 200, 333, 256, BF, TL));
  runOnHopper(withFill(mk(1, 4, 2, 228, 228, 128, F, TL), -1.f));
  runLseCase(mk(1, 4, 2, 340, 340, 72, BF, TL));
  // Non-causal last tiles with fewer than 16 columns past Sk (mask_plain
  // tests only the tile's last two 8-column groups there): 240 keys (112 in
  // the second 128-key tile), 250 at D 128, 241 at D 48 with Dv 64.
  runOnHopper(mk(1, 4, 2, 100, 240, 64, F));
  runOnHopper(mk(1, 4, 2, 250, 250, 128, BF));
  runOnHopper(dvCase(1, 4, 2, 130, 241, 48, 64, BF));
}

TEST(HopperPath, ShortCausalD64TwoQBuffers) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  runOnHopper(mk(2, 8, 2, 512, 512, 64, BF, TL));
  runOnHopper(mk(1, 4, 2, 384, 500, 64, F, BR));
  runOnHopper(mk(1, 4, 4, 192, 192, 64, BF, TL));
  runOnHopper(withFill(mk(1, 4, 2, 512, 512, 64, F, TL), -1.f));
  runOnHopper(repeated(mk(4, 12, 3, 512, 512, 64, BF, TL), 2));  // 144 output tiles
}

// The rescale vote on the D 128 kernels without pingpong (Cfg::VOTE,
// kernels/hopper; issue 12, causal128b): after each key tile's softmax a
// warp skips O's rescale where none of its rows' maxima grew (the factor is
// then exactly 1) and waits for P V there, so the wait stays after the
// exponentials. In the default dispatch the dynamic-grid kernel runs D 128
// at Sk > 1024 (bottom-right causal, top-left beyond 4096 keys, or
// non-causal), the static one non-causal Sk <= 1024; the pingpong kernel
// (no vote) runs the top-left causal cases up to 4096 keys, its twin here
// (ATTN_HOPPER_VARIANT=<name> runs one kernel on every case): long key
// ranges (9-17 key tiles, where later tiles often leave a warp's 16 rows'
// maxima unchanged and the skip is taken, and earlier ones grow them),
// top-left causal with the diagonal on and off the tile grid, bottom-right
// chunks, GQA and MQA, ragged last query tiles (a warpgroup without rows),
// and a persistent grid with more output tiles than SMs (the dynamic
// scheduler hands each CTA several), each row compared with the reference
// and the last rerun bitwise equal.
TEST(HopperPath, RescaleVoteD128) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  const auto run = runOnHopper;
  run(mk(1, 4, 1, 1100, 1100, 128, BF, TL));  // 9 key tiles, diagonal off the grid
  run(mk(1, 2, 2, 1152, 1152, 128, F, TL));   // diagonal on the grid
  run(mk(1, 2, 2, 300, 1500, 128, F, BR));    // a chunk after 1200 cached keys
  run(mk(1, 2, 1, 130, 2100, 128, BF));       // non-causal, 17 key tiles, ragged Sq
  run(mk(1, 4, 2, 200, 900, 128, F));         // short keys (Sk <= 1024): the dynamic grid
  run(mk(1, 4, 2, 700, 900, 128, BF, TL));    // the pingpong kernel (top-left causal)
  // 133 output tiles of 17 rows on 132 SMs (dynamic scheduler), MQA.
  run(repeated(mk(7, 19, 1, 17, 1030, 128, BF, BR), 2));
}

// The (batch, head) pairs per L2 chunk of the Hopper tile order for case c,
// as kernels/hopper/launch.cuh (make_launch) computes them: as many query
// heads as fit their K and V, 2 * Sk * (D + Dv) / (Hq / Hkv) bytes each, in
// ATTN_HOPPER_CHUNK_MB (default: 32 MB for causal problems on the plain
// 256-column kernels, the only kind below), at least 1, at most all pairs.
// The test's expectation of the chunks its cases span, not the library's.
int64_t d256CausalChunkPairs(const Case &c) {
  const char *e = std::getenv("ATTN_HOPPER_CHUNK_MB");
  const int64_t mb = e ? std::atoi(e) : 32;
  const int64_t kvBytes = 2 * c.Sk * (c.D + c.Dv) / (c.Hq / c.Hkv);
  return std::min(std::max<int64_t>((mb << 20) / kvBytes, 1), c.B * c.Hq);
}

// The L2 chunks of the D 256 causal tile order (kernels/hopper/launch.cuh,
// tile_scheduler.cuh: tile_coord): the (batch, head) pairs are walked in
// chunks of KParams::chunk pairs (32 MB of K and V for causal problems on
// the plain 256-column kernels), the m-block the slow index inside a chunk,
// longest first; the last chunk is narrower where the pairs do not divide
// evenly. ATTN_HOPPER_CHUNK_MB overrides the 32 MB but is read once per
// process (a static in make_launch), so a test cannot shrink the chunk for
// itself: these problems are long enough (Sk 8192 and 16384) that their
// pairs span 2 or 3 chunks at 32 MB, the last one partial each time: 5
// pairs in chunks of 4 (3 m-blocks), 12 pairs of GQA 2 in chunks of 8 (the
// boundary inside a batch), 3 pairs (across batches) in chunks of 2
// bottom-right, and D 256 with Dv 128, 7 pairs in chunks of 5. Each runs on
// sm90-wgmma (the default D 256 kernel, d256_bm128_bn80_ovl_pp_dyn), into an
// output poisoned with NaN, compared row by row with the reference backend.
// A chunk walk that skipped a tile, or computed one twice (the tile indices
// then cover fewer than all tiles), leaves the poison in the skipped rows;
// one that read another pair's Q, K or V than it stores gives rows far from
// the reference. Top-left causal with few query rows keeps the reference
// cheap (rows see their first keys only); the bottom-right case has 17 rows,
// one m-block, each seeing all 16384 keys (about 0.4 G multiply-adds in the
// f64 reference, the bulk of this test's time).
TEST(HopperPath, D256L2Chunks) {
  GPU_OR_SKIP();
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  for (Case c : {mk(1, 5, 5, 300, 8192, 256, F, TL),              // 5 pairs: 4 + 1
                 mk(2, 6, 3, 140, 8192, 256, BF, TL),             // 12 pairs, GQA 2: 8 + 4
                 repeated(mk(3, 1, 1, 17, 16384, 256, BF, BR), 2), // 3 pairs: 2 + 1
                 dvCase(1, 7, 7, 200, 8192, 256, 128, F, TL)}) {  // Dv 128, 7 pairs: 5 + 2
    const int64_t pairs = c.B * c.Hq, chunk = d256CausalChunkPairs(c);
    SCOPED_TRACE(testing::Message() << pairs << " pairs in chunks of " << chunk);
    // The premise: several chunks, the last one partial.
    ASSERT_GT(pairs, chunk);
    ASSERT_NE(pairs % chunk, 0);
    runOnHopper(c);
  }
}

// Partial query tiles, non-causal (issue 12, row 15): a consumer warpgroup
// whose 64 rows all lie past Sq computes one key tile instead of all of
// them and passes through the rest (kernels/hopper/tile_scheduler.cuh,
// wg_key_tiles), as the causal skip does. Cases whose last query tile leaves
// one or two warpgroups without rows: 192-row tiles (D 64: Sq 1000 = 5 x 192
// + 40, the two-Q-buffer dynamic kernel with more tiles than SMs, the dynamic
// one-buffer kernel at Sk > 1024, the k48 kernel), 128-row tiles (D 64 Sq 400 = 3 x 128 +
// 16; CLIP's D 80 at 257 tokens; D 128, D 160, D 256), GEN kernels (mask
// registers, row masks and mask tiles by TMA, a finite fill with NaN empty
// rows), GQA and MQA, the lse output, reruns bitwise equal. Twins: the last
// tile has rows for every warpgroup (Sq 1100 = 5 x 192 + 140; Sq 200 with
// 128-row tiles).
TEST(HopperPath, PartialQueryTiles) {
  GPU_OR_SKIP();
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F = ATTNRT_DTYPE_F16;
  const attnrt_empty_rows NaN = ATTNRT_EMPTY_ROWS_NAN;
  runCases({
      mk(1, 4, 2, 1000, 300, 64, BF),
      repeated(mk(1, 48, 8, 1000, 160, 64, F), 2),  // 288 tiles > 132 SMs
      mk(1, 4, 4, 1000, 1100, 64, F),
      mk(1, 4, 1, 1000, 200, 40, BF),
      mk(2, 4, 2, 400, 300, 64, F),
      mk(2, 4, 4, 257, 257, 80, BF),
      mk(1, 4, 2, 130, 300, 128, F),
      mk(1, 4, 2, 140, 200, 160, BF),
      mk(1, 4, 2, 150, 200, 256, F),
      withMask(mk(1, 4, 2, 1000, 200, 64, BF), MaskKind::BoolFull),
      withMask(mk(2, 4, 2, 130, 256, 64, F), MaskKind::AddKeyPadF16),
      withMask(mk(1, 4, 2, 130, 256, 64, BF), MaskKind::AddBf16BiasHeads),
      withFill(withMask(mk(1, 4, 2, 1000, 150, 64, F), MaskKind::AddNegInfRows), -1e4f, NaN),
      // Twins: every warpgroup of the last tile has rows.
      mk(1, 4, 2, 1100, 300, 64, BF),
      mk(1, 4, 2, 200, 300, 128, F),
  });
  runLseCase(mk(1, 4, 2, 1000, 300, 64, BF));
  runLseCase(mk(1, 4, 2, 400, 200, 64, F));
}

TEST(HopperPath, SanitizerSubset) { // small: compute-sanitizer on the new head dims
  GPU_OR_SKIP();
  runCase(mk(1, 2, 2, 70, 197, 64, ATTNRT_DTYPE_BF16));  // one 208-key tile (short keys)
  runCase(mk(1, 2, 1, 100, 400, 40, ATTNRT_DTYPE_F16));  // two 208-key tiles
  // 288 one-key-tile output tiles: CTAs of the persistent grid take up to
  // three, reusing a Q buffer of the QST 2 kernels (hopper-short).
  runCase(mk(12, 24, 4, 100, 150, 64, ATTNRT_DTYPE_BF16));
  // 192-row tiles with two Q buffers (D 64, three key tiles) and, as its
  // twin, with one (D 40, the k48 kernel).
  runCase(mk(1, 2, 2, 500, 300, 64, ATTNRT_DTYPE_BF16));
  runCase(mk(1, 2, 1, 500, 140, 40, ATTNRT_DTYPE_F16));
  runCase(mk(1, 2, 1, 70, 90, 40, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT));
  // Non-causal partial query tiles: warpgroups whose rows all lie past Sq
  // pass through all but one key tile (192-row tiles, Sq 1000 = 5 x 192 +
  // 40; 128-row tiles, Sq 400 = 3 x 128 + 16).
  runCase(mk(1, 2, 1, 1000, 140, 64, ATTNRT_DTYPE_F16));
  runCase(mk(1, 2, 2, 400, 140, 64, ATTNRT_DTYPE_BF16));
  Case c = mk(1, 2, 2, 33, 130, 96, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT);
  c.mask = MaskKind::BoolFull;
  runCase(c);
  runCase(mk(1, 2, 2, 140, 70, 256, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_BOTTOM_RIGHT));
  c = mk(1, 2, 1, 65, 100, 256, ATTNRT_DTYPE_F16);
  c.mask = MaskKind::AddF32Full;
  runCase(c);
  c = mk(2, 2, 2, 70, 144, 64, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT);
  c.mask = MaskKind::BoolKeyPad;  // row mask by TMA (MROW)
  runCase(c);
  c = mk(1, 2, 2, 150, 136, 64, ATTNRT_DTYPE_F16);
  c.mask = MaskKind::AddBf16BiasHeads;  // mask tiles by TMA (MTILE)
  runCase(c);
  // Dv != D: the 128-column V/O kernel (192 / 128), a V narrower and one
  // wider than Q/K in padded tiles (with a finite fill: the hidden tail's V
  // reads), each with ragged last tiles.
  runCase(dvCase(1, 2, 1, 140, 150, 192, 128, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT));
  c = dvCase(1, 2, 2, 70, 90, 72, 40, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT);
  c.fill = -1e4f;
  runCase(c);
  runCase(dvCase(1, 2, 2, 65, 100, 40, 136, ATTNRT_DTYPE_BF16));
  // O by TMA stores (D 128 non-causal), 144 tiles: CTAs reuse the O buffer.
  runCase(mk(6, 24, 4, 100, 150, 128, ATTNRT_DTYPE_F16));
  runCase(mk(6, 24, 4, 100, 300, 128, ATTNRT_DTYPE_BF16));
}


// Problems drawn at random over the whole space the gpu backend accepts, so
// that shapes no hand-written case names (head dims, lengths around every tile
// size, GQA groups, Dv != D, masks, fills, layouts, decode) are compared row by
// row with the oracle: ATTN_GPU_TEST_RANDOM cases (default 48) from seed
// ATTN_GPU_TEST_SEED (default: fresh; printed, so a failure can be replayed).
// Each problem is capped at ~1.5e8 multiply-adds so the f64 oracle stays fast.
// Problems whose every row is fully masked (AddNegInfRows hides key 0, and
// each row sees key 0 only): the output is all zeros, as is the reference,
// and the per-row check must take that as exact (lead call R1: six random
// problems of this kind once failed the check itself, 0 / 0). Decode,
// the portable general kernel and the Hopper path.
TEST(HipBackend, EveryRowFullyMasked) {
  GPU_OR_SKIP();
  Case dec = withMask(mk(2, 15, 3, 1, 1458, 64, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT),
                      MaskKind::AddNegInfRows);
  Case gen = withMask(mk(3, 16, 2, 358, 1, 40, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT),
                      MaskKind::AddNegInfRows);
  gen.outLayout = Layout::Odd;
  Case wide = withMask(mk(1, 4, 2, 125, 1, 248, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT),
                       MaskKind::AddNegInfRows);
  wide.Dv = 40;
  wide.layout = Layout::Padded;
  for (Case c : {dec, gen, wide}) {
    c.perRow = true;
    runCase(c);
  }
}

TEST(HipBackend, RandomProblems) {
  GPU_OR_SKIP();
  const char *ns = std::getenv("ATTN_GPU_TEST_RANDOM");
  const char *ss = std::getenv("ATTN_GPU_TEST_SEED");
  const int n = ns && *ns ? std::atoi(ns) : 48;
  const uint32_t seed = ss && *ss ? (uint32_t)std::strtoul(ss, nullptr, 0) : std::random_device{}();
  std::printf("HipBackend.RandomProblems: %d cases, ATTN_GPU_TEST_SEED=%u\n", n, seed);
  std::mt19937 rng(seed);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
  // Lengths at and around the kernels' tile sizes (64, 80, 128, 192, 208, 256).
  const int64_t edges[] = {1, 2, 15, 16, 17, 63, 64, 65, 79, 80, 81, 127, 128, 129, 191, 192,
                           193, 207, 208, 209, 255, 256, 257, 383, 384, 385, 511, 512, 513};
  auto length = [&]() -> int64_t {
    return chance(0.5) ? edges[pick(0, (int)(sizeof(edges) / sizeof(edges[0])) - 1)]
                       : (int64_t)pick(1, 700);
  };
  const MaskKind masks[] = {MaskKind::AddF32Full,    MaskKind::AddF16Heads,
                            MaskKind::AddBf16SqSk,   MaskKind::BoolKeyPad,
                            MaskKind::BoolFull,      MaskKind::AddNegInfRows,
                            MaskKind::AddBelowFill,  MaskKind::AddKeyPadBf16,
                            MaskKind::AddKeyPadF16,  MaskKind::AddKeyPadF32Heads,
                            MaskKind::AddBf16BiasHeads};
  const Layout layouts[] = {Layout::BHSD, Layout::BHSD, Layout::BSHD, Layout::Padded, Layout::Odd};
  const int groups[] = {1, 1, 2, 4, 5, 8};
  for (int i = 0; i < n; ++i) {
    Case c = mk(pick(1, 3), 1, pick(1, 3), length(), length(), 8 * pick(1, 32));
    c.Hq = c.Hkv * groups[pick(0, 5)];
    c.Dv = chance(0.75) ? c.D : 8 * pick(1, 32);
    if (chance(0.2)) { // decode: few query rows, many keys
      c.Sq = pick(1, 16);
      c.Sk = pick(512, 6000);
      c.D = c.Dv = chance(0.4) ? 128 : chance(0.67) ? 64 : 256;
    }
    c.in = k16[pick(0, 1)];
    c.out = chance(0.2) ? ATTNRT_DTYPE_F32 : c.in;
    c.causal = kCausal[pick(0, 2)];
    if (chance(0.5)) c.mask = masks[pick(0, (int)(sizeof(masks) / sizeof(masks[0])) - 1)];
    c.layout = layouts[pick(0, 4)];
    c.outLayout = chance(0.7) ? Layout::BHSD : layouts[pick(0, 4)];
    if (chance(0.25)) c.fill = chance(0.5) ? -1e4f : -3.4028234663852886e38f;
    if (chance(0.25)) c.empty = ATTNRT_EMPTY_ROWS_NAN;
    c.perRow = true;
    while ((double)c.B * c.Hq * c.Sq * c.Sk * (c.D + c.Dv) > 1.5e8) {
      if (c.B > 1) c.B = 1;
      else if (c.Hq > c.Hkv) c.Hq = c.Hkv;
      else if (c.Sq > 16 && c.Sq >= c.Sk / 4) c.Sq = (c.Sq + 1) / 2;
      else if (c.Hkv > 1) c.Hq = c.Hkv = 1;
      else c.Sk = (c.Sk + 1) / 2;
    }
    // The seed and the case in every failure's trace: a failing draw can be
    // run again alone (ATTN_GPU_TEST_SEED, ATTN_GPU_TEST_RANDOM = i + 1).
    SCOPED_TRACE("ATTN_GPU_TEST_SEED=" + std::to_string(seed) + " case " + std::to_string(i) + ": " +
                 c.str());
    runCase(c);
    if (HasFatalFailure()) return;
  }
}

// ------------------------------------------------------------ packed query groups
// sm90-packgqa (lib/Runtime/backends/PackedQueryGroups.h): one-query-row
// problems whose query heads of a KV head run as the query rows of one
// Hopper tile. Forced on every case (group sizes 4 to 160, head dims 64 and
// 128, Dv != D, Sk not a multiple of the 128-key tile, BSHD strides, host
// memory, bottom-right causal, key-padding masks with empty rows, finite
// fills, the lse output), each output row against the reference backend or
// the f64 oracle; then the default dispatch's choice on both sides of the
// rule, and the problems the packing must refuse (the forced kernel and the
// report say why).

/// The runtime reads its experiment knobs (ATTN_PACKGQA_SPLITS, ...) once,
/// or at every call while ATTN_DECODE_NV_TUNING is set, which must happen
/// before its first call: here, before main. Unset knobs keep their
/// defaults, so the other tests run the default dispatch as before.
const bool kKnobsLive = setenv("ATTN_DECODE_NV_TUNING", "1", 0) == 0;

/// Whether this build and device run sm90-packgqa (Hopper path built, sm_90).
bool packedKernelRuns(std::string *why) {
  Case c = mk(1, 32, 1, 1, 1024, 64);
  Inputs in = makeInputs(c);
  Tensor out(c.out, c.B, c.Hq, c.Sq, c.Dv, c.outLayout);
  Tensor lse = lseTensor(c.B, c.Hq, c.Sq);
  attnrt_problem p = lseProblem(c, in, out, lse);
  p.memory = ATTNRT_MEMORY_HOST;
  const char *chosen = nullptr;
  char report[2048];
  if (attnrt_select_backend(&p, &chosen, report, sizeof(report)) != ATTNRT_SUCCESS) {
    *why = attnrt_last_error();
    return false;
  }
  const char *line = std::strstr(report, "  kernel sm90-packgqa: ");
  if (!line) {
    *why = "no sm90-packgqa in this build's kernel table";
    return false;
  }
  if (std::strncmp(line, "  kernel sm90-packgqa: not supported", 36) == 0) {
    *why = std::string(line, std::strcspn(line, "\n"));
    return false;
  }
  return true;
}

#define PACKED_OR_SKIP()                                                       \
  do {                                                                         \
    GPU_OR_SKIP();                                                             \
    std::string why_;                                                          \
    if (!packedKernelRuns(&why_)) GTEST_SKIP() << why_;                        \
  } while (0)

Case packed(Case c) {
  c.backend = "gpu:sm90-packgqa";
  c.perRow = true;
  return c;
}

TEST(HipBackend, PackedQueryGroups) {
  PACKED_OR_SKIP();
  const attnrt_dtype F16 = ATTNRT_DTYPE_F16, BF16 = ATTNRT_DTYPE_BF16;
  const attnrt_causal BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  // Group sizes 71/1 (Falcon MQA), 48/1, 32/4, 8/2, 160/1 (two row tiles).
  runCase(packed(mk(3, 71, 1, 1, 2000, 64, BF16)));
  runCase(packed(mk(2, 48, 1, 1, 1100, 128, F16)));
  runCase(packed(mk(2, 32, 4, 1, 777, 64, BF16)));
  runCase(packed(mk(2, 8, 2, 1, 600, 128, F16)));
  runCase(packed(mk(1, 160, 1, 1, 700, 64, BF16)));
  Case c = packed(mk(2, 16, 2, 1, 3001, 128, BF16)); // BSHD strides
  c.layout = c.outLayout = Layout::BSHD;
  runCase(c);
  runCase(packed(mk(2, 64, 2, 1, 1500, 64, F16, BR))); // hides nothing at Sq 1
  c = packed(mk(2, 32, 1, 1, 1000, 64, BF16)); // Dv != D
  c.Dv = 128;
  runCase(c);
  c = packed(mk(2, 20, 2, 1, 600, 64, F16)); // staged by the backend
  c.hostMemory = true;
  runCase(c);
  // Masks with head stride 0: key padding with empty rows, bf16's lowest.
  runCase(packed(withMask(mk(4, 40, 2, 1, 1300, 64, BF16), MaskKind::BoolKeyPadDead)));
  runCase(packed(withMask(mk(2, 24, 1, 1, 900, 128, BF16), MaskKind::AddKeyPadBf16)));
  runCase(packed(repeated(mk(2, 71, 1, 1, 1030, 64, BF16), 3)));
  // The lse output, fills and empty rows, row by row against the f64 oracle.
  runLseCase(packed(mk(2, 71, 1, 1, 1030, 64, BF16)));
  runLseCase(packed(mk(1, 48, 1, 1, 2100, 128, F16, BR)));
  runLseCase(packed(withFill(withMask(mk(3, 32, 1, 1, 800, 128, F16, BR), MaskKind::BoolKeyPadDead),
                             -1e4f)));
  runLseCase(packed(withFill(withMask(mk(3, 32, 2, 1, 700, 64, BF16), MaskKind::BoolKeyPadDead),
                             -INFINITY, ATTNRT_EMPTY_ROWS_NAN)));
}

TEST(HipBackend, PackedQueryGroupsSanitizerSubset) { // small: memcheck, racecheck
  PACKED_OR_SKIP();
  runCase(packed(mk(2, 71, 1, 1, 700, 64, ATTNRT_DTYPE_BF16)));
  runCase(packed(mk(1, 48, 1, 1, 530, 128, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT)));
  runLseCase(packed(withMask(mk(3, 32, 2, 1, 650, 64, ATTNRT_DTYPE_BF16), MaskKind::BoolKeyPadDead)));
}

// ---- split keys (ATTN_PACKGQA_SPLITS; attn_hopper_fwd_split, then
// attnk_decode_combine): each split's CTA writes an f32 partial and (m, l),
// the combine merges them. Cases: key counts not a multiple of the split
// nor of the 128-key tile, more splits asked than key tiles (fewer run),
// one key tile (no split: the kernel writes O itself), splits whose keys are
// all masked (key padding hides the tail splits; batch entries with no key
// at all: zero and NaN empty rows), finite fills (every split sees the fill
// on its masked keys: the merge must weigh them by their counts), the lse,
// bottom-right causal, D 64/128/256, Dv != D, BSHD strides, two row tiles.

/// Sets ATTN_PACKGQA_SPLITS for its lifetime (read at every call: the test
/// binary sets ATTN_DECODE_NV_TUNING before main, kKnobsLive below).
struct PackSplits {
  explicit PackSplits(int n) { setenv("ATTN_PACKGQA_SPLITS", std::to_string(n).c_str(), 1); }
  ~PackSplits() { unsetenv("ATTN_PACKGQA_SPLITS"); }
};

TEST(HipBackend, PackedQueryGroupsSplit) {
  PACKED_OR_SKIP();
  ASSERT_TRUE(kKnobsLive);
  const attnrt_dtype F16 = ATTNRT_DTYPE_F16, BF16 = ATTNRT_DTYPE_BF16;
  const attnrt_causal BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  {
    PackSplits s(3); // 16 key tiles: 6, 6, 4 (the last one 80 keys)
    runCase(packed(mk(3, 71, 1, 1, 2000, 64, BF16)));
    runLseCase(packed(mk(2, 71, 1, 1, 2000, 64, BF16)));
    runCase(packed(mk(2, 48, 1, 1, 1300, 128, F16, BR)));
    runCase(packed(mk(1, 32, 1, 1, 1500, 256, BF16)));
    Case c = packed(mk(2, 32, 1, 1, 1000, 64, BF16)); // Dv != D
    c.Dv = 128;
    runCase(c);
    c = packed(mk(2, 16, 2, 1, 3001, 128, BF16)); // BSHD strides
    c.layout = c.outLayout = Layout::BSHD;
    runLseCase(c);
    runCase(packed(mk(1, 160, 1, 1, 900, 64, F16))); // two row tiles
    runCase(packed(repeated(mk(2, 71, 1, 1, 1030, 64, BF16), 3)));
  }
  {
    PackSplits s(16); // more splits than key tiles (6): 6 run
    runLseCase(packed(mk(2, 64, 1, 1, 700, 64, F16)));
    runCase(packed(mk(2, 71, 1, 1, 100, 64, BF16))); // one key tile: no split
    // Key padding (BoolKeyPad's lengths: batch entry b keeps all but the
    // last 37 b mod ceil(Sk / 2) keys, so with B 8 entries 4-7 have 1-2 tail
    // splits of one 128-key tile with no visible key); entries b % 3 == 1
    // see no key at all. Mask rows of a multiple of 16 bytes (the row-mask
    // kernels, which split) ...
    runLseCase(packed(withMask(mk(8, 40, 2, 1, 1296, 64, BF16), MaskKind::BoolKeyPadDead)));
    runLseCase(packed(withFill(withMask(mk(8, 32, 1, 1, 800, 128, F16, BR), MaskKind::BoolKeyPadDead),
                               -1e4f)));
    runLseCase(packed(withFill(withMask(mk(3, 32, 2, 1, 1712, 64, BF16), MaskKind::BoolKeyPadDead),
                               -INFINITY, ATTNRT_EMPTY_ROWS_NAN)));
    runCase(packed(withMask(mk(2, 24, 1, 1, 904, 128, BF16), MaskKind::AddKeyPadBf16)));
    // ... and the masks the kernels with mask values in registers take
    // (rows not 16-byte multiples, D 256), which run unsplit (Cfg::SPLITKV).
    runLseCase(packed(withFill(withMask(mk(3, 40, 1, 1, 1300, 64, BF16), MaskKind::BoolKeyPadDead),
                               -1e4f)));
    runLseCase(packed(withFill(withMask(mk(3, 48, 1, 1, 2100, 256, BF16), MaskKind::BoolKeyPadDead),
                               -30.f)));
  }
  {
    PackSplits s(64); // 71 key tiles: 36 splits of 2
    runLseCase(packed(mk(1, 71, 1, 1, 9000, 64, BF16)));
    runLseCase(packed(withMask(mk(2, 64, 1, 1, 9008, 128, F16), MaskKind::BoolKeyPadDead)));
  }
  {
    PackSplits s(-1); // the rule (packedQueryGroupSplitsRule)
    runLseCase(packed(mk(2, 71, 1, 1, 4000, 64, BF16)));
  }
}

TEST(HipBackend, PackedQueryGroupsSplitSanitizerSubset) { // small: memcheck, racecheck
  PACKED_OR_SKIP();
  ASSERT_TRUE(kKnobsLive);
  PackSplits s(4);
  runCase(packed(mk(2, 71, 1, 1, 700, 64, ATTNRT_DTYPE_BF16)));
  runLseCase(packed(withMask(mk(3, 32, 2, 1, 656, 128, ATTNRT_DTYPE_F16), MaskKind::BoolKeyPadDead)));
}

// ---- the Hopper variant the packed tiles run (ATTN_PACKGQA_VARIANT, the
// same-process A/B's knob): two variants other than the default (two Q
// buffers; O by register stores), against the reference: groups of 4 and 8
// (row 38's class), key counts off the tile (1000, 77: one partial tile),
// several tiles a CTA (B 40 x 8 KV heads = 320 tiles on <= 132 CTAs), the
// lse, BSHD strides, repeated calls, split keys; a name that cannot run the
// problem (D 64 against D 128 variants) falls back to the default.

/// Sets ATTN_PACKGQA_VARIANT for its lifetime (read at every call).
struct PackVariant {
  explicit PackVariant(const char *name) { setenv("ATTN_PACKGQA_VARIANT", name, 1); }
  ~PackVariant() { unsetenv("ATTN_PACKGQA_VARIANT"); }
};

TEST(HipBackend, PackedQueryGroupsVariants) {
  PACKED_OR_SKIP();
  ASSERT_TRUE(kKnobsLive);
  const attnrt_dtype F16 = ATTNRT_DTYPE_F16, BF16 = ATTNRT_DTYPE_BF16;
  for (const char *name : {"d128_bm128_ovl_q2_otma_dyn", "d128_bm128_ovl_dyn"}) {
    SCOPED_TRACE(name);
    PackVariant v(name);
    runCase(packed(mk(40, 32, 8, 1, 1024, 128, BF16)));
    runCase(packed(mk(40, 32, 8, 1, 1024, 128, F16)));
    runLseCase(packed(mk(6, 64, 8, 1, 1000, 128, BF16)));
    runLseCase(packed(mk(3, 32, 8, 1, 77, 128, F16)));
    Case c = packed(mk(4, 28, 4, 1, 1500, 128, BF16)); // BSHD strides
    c.layout = c.outLayout = Layout::BSHD;
    runLseCase(c);
    runCase(packed(repeated(mk(5, 32, 8, 1, 1024, 128, F16), 3)));
    {
      PackSplits s(3); // split keys on the same kernel
      runLseCase(packed(mk(2, 32, 8, 1, 1000, 128, BF16)));
    }
    runCase(packed(mk(2, 71, 1, 1, 700, 64, BF16))); // D 64: not in its list, the default
  }
}

// The default dispatch: packed where the rule of GpuKernelTable.cpp
// (packedQueryGroupsPay) says so, the decode kernel elsewhere.
TEST(HipBackend, PackedQueryGroupsDefaultChoice) {
  PACKED_OR_SKIP();
  if (kernelForced()) GTEST_SKIP() << "checks the default dispatch";
  int sms = 0, dev = 0;
  ASSERT_EQ(cudaGetDevice(&dev), cudaSuccess);
  ASSERT_EQ(cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, dev), cudaSuccess);
  Case c = mk(sms, 71, 1, 1, 600, 64, ATTNRT_DTYPE_BF16); // one tile per SM
  c.expectKernel = "sm90-packgqa";
  c.perRow = true;
  runCase(c);
  // Two tiles of a wide group: packed with the keys split
  // (packedQueryGroupSplits), not the decode kernel ...
  c = mk(2, 71, 1, 1, 2000, 64, ATTNRT_DTYPE_BF16);
  c.expectKernel = "sm90-packgqa";
  runCase(c);
  runLseCase(c);
  {
    // ... which it is again without the split (its twin).
    PackSplits off(0);
    c.expectKernel = "decode";
    runCase(c);
  }
  // A group of 32 on few tiles: the decode kernel (not split by default).
  c = mk(2, 32, 1, 1, 2000, 128, ATTNRT_DTYPE_BF16);
  c.expectKernel = "decode";
  runCase(c);
  c = mk(sms, 8, 2, 1, 1100, 128, ATTNRT_DTYPE_BF16); // small groups (longer keys)
  c.expectKernel = "decode";
  runCase(c);
  // ... except at short keys (groups of 4-8, D 128, <= 1024 keys, 64-255
  // tiles): packed; its twins (a key more, a group of 2, D 64, 56 tiles, 256
  // tiles) the decode kernel.
  c = mk(9, 32, 8, 1, 1000, 128, ATTNRT_DTYPE_BF16); // 72 tiles
  c.expectKernel = "sm90-packgqa";
  c.perRow = true;
  runCase(c);
  c = mk(9, 64, 8, 1, 777, 128, ATTNRT_DTYPE_F16);
  c.expectKernel = "sm90-packgqa";
  runCase(c);
  runLseCase(c);
  for (const Case &t : {mk(9, 32, 8, 1, 1025, 128, ATTNRT_DTYPE_BF16), mk(9, 16, 8, 1, 1000, 128, ATTNRT_DTYPE_BF16),
                        mk(9, 32, 8, 1, 1000, 64, ATTNRT_DTYPE_BF16), mk(7, 32, 8, 1, 1000, 128, ATTNRT_DTYPE_BF16),
                        mk(32, 32, 8, 1, 1000, 128, ATTNRT_DTYPE_F16)}) {
    c = t;
    c.expectKernel = "decode";
    c.perRow = true;
    runCase(c);
  }
  // D 256 at short keys (groups of 2-15, <= 2048 keys; <= 8192 keys on at
  // most one tile per 2 multiprocessors): packed, the keys split from 1025
  // keys on few tiles; its twins (a key more, a tile more, one head per KV
  // head) the decode kernel.
  c = mk(5, 32, 4, 1, 518, 256, ATTNRT_DTYPE_BF16);
  c.expectKernel = "sm90-packgqa";
  c.perRow = true;
  runCase(c);
  runLseCase(c);
  c = mk(2, 16, 8, 1, 1500, 256, ATTNRT_DTYPE_F16); // 16 tiles, split keys
  c.expectKernel = "sm90-packgqa";
  c.perRow = true;
  runCase(c);
  runLseCase(c);
  c = mk(1, 24, 2, 1, 2048, 256, ATTNRT_DTYPE_BF16); // a group of 12
  c.expectKernel = "sm90-packgqa";
  c.perRow = true;
  runCase(c);
  c = mk(sms / 16, 16, 8, 1, 3000, 256, ATTNRT_DTYPE_BF16); // a tile per 2 SMs
  c.expectKernel = "sm90-packgqa";
  c.perRow = true;
  runCase(c);
  runLseCase(c);
  // What HipBackend.RandomProblems draws of this rule: padded and BSHD
  // strides, groups of 5 and 8 on 1-9 tiles (up to 31 key splits).
  c = mk(3, 24, 3, 1, 900, 256, ATTNRT_DTYPE_BF16);
  c.layout = Layout::Padded;
  c.outLayout = Layout::BSHD;
  c.expectKernel = "sm90-packgqa";
  c.perRow = true;
  runCase(c);
  c = mk(1, 5, 1, 1, 4000, 256, ATTNRT_DTYPE_F16);
  c.layout = Layout::BSHD;
  c.expectKernel = "sm90-packgqa";
  c.perRow = true;
  runCase(c);
  runLseCase(c);
  // The packed tiles store the input type only: an f32 output (which
  // RandomProblems also draws) goes to the decode kernel.
  c.out = ATTNRT_DTYPE_F32;
  c.expectKernel = "decode";
  runCase(c);
  for (const Case &t : {mk(sms / 16 + 1, 16, 8, 1, 2049, 256, ATTNRT_DTYPE_BF16),
                        mk(2, 16, 8, 1, 8193, 256, ATTNRT_DTYPE_BF16), mk(2, 8, 8, 1, 700, 256, ATTNRT_DTYPE_BF16)}) {
    c = t;
    c.expectKernel = "decode";
    runCase(c);
  }
  // Groups at head dims the decode kernel does not take (bucket 192 runs
  // there with one query head per KV head only): packed, not one query row
  // a sm90-wgmma tile, whatever the tile count.
  c = mk(2, 16, 2, 1, 700, 160, ATTNRT_DTYPE_F16);
  c.expectKernel = "sm90-packgqa";
  runCase(c);
  c = mk(1, 8, 1, 1, 300, 192, ATTNRT_DTYPE_BF16);
  c.expectKernel = "sm90-packgqa";
  runCase(c);
  // Its twin: a mask that varies across the heads is not packed.
  c = withMask(mk(1, 8, 1, 1, 300, 192, ATTNRT_DTYPE_BF16), MaskKind::AddKeyPadF32Heads);
  c.expectKernel = "sm90-wgmma";
  runCase(c);
  // D 80 and 96 run on the decode kernel's D 128 kernels: groups below
  // 16 stay there (packedQueryGroupsPay's D 128 short-key rule is for D 128).
  c = mk(2, 16, 2, 1, 700, 96, ATTNRT_DTYPE_F16);
  c.expectKernel = "decode";
  runCase(c);
  c = withMask(mk(1, 8, 1, 1, 600, 80, ATTNRT_DTYPE_BF16), MaskKind::AddKeyPadF32Heads);
  c.expectKernel = "decode";
  c.perRow = true;
  runCase(c);
}

// D = Dv of bucket 192 (and 200-248) with one query head per KV head: the
// decode kernel's D 256 kernels on fewer (batch, head) pairs than half the
// multiprocessors (sm90-wgmma's one-row tiles would leave most idle), checked
// row by row; its twins: as many pairs as half the multiprocessors, and a
// group of 2, stay on sm90-wgmma and sm90-packgqa. Then D 40 (rows of 80
// bytes, the per-warp rings) and D 48 (the TMA ring) on the decode kernel.
TEST(HipBackend, DecodeHeadDimBuckets) {
  PACKED_OR_SKIP();
  if (kernelForced()) GTEST_SKIP() << "checks the default dispatch";
  int sms = 0, dev = 0;
  ASSERT_EQ(cudaGetDevice(&dev), cudaSuccess);
  ASSERT_EQ(cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, dev), cudaSuccess);
  const int64_t few = (sms - 1) / 2; // pairs: 2 x pairs < sms
  Case c = mk(1, few, few, 1, 3000, 192, ATTNRT_DTYPE_BF16);
  c.expectKernel = "decode";
  c.perRow = true;
  runCase(c);
  runLseCase(c);
  c = withMask(mk(2, 4, 4, 3, 2100, 160, ATTNRT_DTYPE_F16, ATTNRT_CAUSAL_BOTTOM_RIGHT), MaskKind::AddKeyPadF32Heads);
  c.expectKernel = "decode";
  c.perRow = true;
  runCase(c);
  c = mk(1, 4, 4, 1, 5000, 232, ATTNRT_DTYPE_BF16);
  c.layout = Layout::BSHD;
  c.expectKernel = "decode";
  c.perRow = true;
  runCase(c);
  c = mk(1, (sms + 1) / 2, (sms + 1) / 2, 1, 3000, 192, ATTNRT_DTYPE_BF16);
  c.expectKernel = "sm90-wgmma";
  runCase(c);
  c = mk(1, 8, 4, 1, 3000, 192, ATTNRT_DTYPE_BF16);
  c.expectKernel = "sm90-packgqa";
  runCase(c);
  for (int64_t d : {40, 48}) {
    c = mk(2, 8, 2, 1, 4000, d, ATTNRT_DTYPE_F16);
    c.expectKernel = "decode";
    c.perRow = true;
    runCase(c);
  }
}

// What the packing refuses, each with its reason from the forced kernel and
// in the report.
TEST(HipBackend, PackedQueryGroupsDeclines) {
  PACKED_OR_SKIP();
  struct Twin {
    Case c;
    const char *why;
  };
  const Twin twins[] = {
      {mk(1, 32, 1, 2, 600, 64), "not one query row"},
      {mk(1, 32, 1, 1, 600, 64, ATTNRT_DTYPE_BF16, ATTNRT_CAUSAL_TOP_LEFT),
       "top-left causal with one query row sees key 0 only"},
      {mk(1, 8, 8, 1, 600, 64), "one query head per KV head"},
      {withMask(mk(1, 32, 1, 1, 600, 64), MaskKind::AddKeyPadF32Heads),
       "the mask varies across query heads"},
  };
  for (const Twin &t : twins) {
    SCOPED_TRACE(t.c.str());
    Inputs in = makeInputs(t.c);
    Tensor out(t.c.out, t.c.B, t.c.Hq, t.c.Sq, t.c.Dv, t.c.outLayout);
    Tensor lse = lseTensor(t.c.B, t.c.Hq, t.c.Sq);
    attnrt_problem p = lseProblem(t.c, in, out, lse);
    p.memory = ATTNRT_MEMORY_HOST;
    EXPECT_EQ(attnrt_run_on(&p, "gpu:sm90-packgqa"), ATTNRT_ERROR_UNSUPPORTED);
    const std::string err = attnrt_last_error();
    EXPECT_NE(err.find(std::string("cannot run this problem: ") + t.why), std::string::npos) << err;
    const char *chosen = nullptr;
    char report[2048];
    ASSERT_EQ(attnrt_select_backend(&p, &chosen, report, sizeof(report)), ATTNRT_SUCCESS);
    EXPECT_NE(std::strstr(report,
                          (std::string("  kernel sm90-packgqa: not supported: ") + t.why).c_str()),
              nullptr)
        << report;
  }
}

} // namespace
