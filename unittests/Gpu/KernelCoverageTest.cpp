//===- KernelCoverageTest.cpp - every compiled kernel, once, on a tiny problem ===//
//
// What scripts/gpu-test.sh runs under compute-sanitizer (memcheck, racecheck,
// synccheck): each kernel instantiation of the build launched at least once
// on a small problem it accepts, through the entry points below the runtime
// (attn_kernels.h, hopper/attn_hopper.h, decode/decode_nv.h), on fresh random
// inputs with the outputs poisoned (NaN), and every output row (and the
// log-sum-exp) compared with an f64 oracle of attnrt_types.h's semantics:
//  - Hopper: every variant of every head-dim list (kernels/hopper/
//    heuristics.cuh), bf16 and f16, unsplit and, where compiled, split-KV
//    (attn_hopper_fwd_split_variant, merged by attnk_decode_combine); a
//    problem per kind (plain, GEN with mask values in registers, mask-free
//    GEN, row masks and mask tiles by TMA, logit rounding). Two m-blocks of
//    two heads, 3 or more key tiles (the rings wrap), persistent grids capped
//    at 2 CTAs (attn_hopper_set_grid_cap: each CTA takes 2 output tiles).
//  - Decode: every entry of decode_nv.cu's variants table, one split (O
//    written by the split kernel), 3 splits (the unit's last block merges,
//    or after the wide-group kernels the portable combine kernel), 3 splits
//    with ATTN_DECODE_NV_FUSE=0 (the merge_row combine kernel; its timeline
//    twin after the timeline twins, which record into a buffer here).
//  - Portable (fa_core.h, kernels/*.hip): each head-dim bucket and dtype of
//    the general, causal, non-causal and decode (plain and mask / lse
//    kinds) entry points, and their combine kernel.
// The test asserts that the number of kernels it ran equals the number the
// tables compiled (attn_hopper_variant_kernel_count, decode_nv_variant_count), so
// that a kernel added later cannot go unsanitized silently. The portable
// instantiations are switch statements, not a table: the list below names
// them (kPortable), counted by the test itself.
//
// Tolerances: per row, relative L2 error <= 2e-2 of the oracle's row norm
// + 1e-3 (GpuTest.cpp's semanticsCheck: P and O rounded to 16 bits); NaN
// exactly where the oracle's row is empty under EMPTY_ROWS_NAN; lse within
// 1e-4 (1 + |ref|) (DecodeLseTest.cpp: f32 sums of f32 logits), 5e-2 with
// logit rounding (the kernels round the f32 q.k, the oracle the exact one: a
// tie broken the other way moves a logit by one unit of T).
// ATTN_COVERAGE_SHARD=k/n runs a share of the kernels (scripts/gpu-test.sh
// runs n sanitizer processes at once). Without a GPU (or without sm_90 for
// the Hopper and TMA kernels) the tests are skipped, except the tables'.
//===----------------------------------------------------------------------===//

#include "DecodeTestSupport.h"
#include "decode/decode_nv.h"
#include "hopper/attn_hopper.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace {

using namespace attn_decode_test;

/// The decode kernel reads its knobs (ATTN_DECODE_NV_FUSE,
/// ATTN_DECODE_NV_TIMELINE) at every call while ATTN_DECODE_NV_TUNING is set,
/// which must happen before its first call: here, before main.
const bool kKnobsLive = setenv("ATTN_DECODE_NV_TUNING", "1", 0) == 0;

/// ATTN_COVERAGE_SHARD=k/n (scripts/gpu-test.sh runs the sanitizers in n
/// processes at once): each test runs its units (a Hopper variant in one
/// dtype, a decode variant, a portable instantiation in one dtype) u with
/// u % n == k only, and checks that it ran every kernel of those; the
/// unsharded run (the default) checks the count against the whole table.
struct Shard {
  int k = 0, n = 1;
  Shard() {
    const char *e = std::getenv("ATTN_COVERAGE_SHARD");
    if (e && std::sscanf(e, "%d/%d", &k, &n) == 2 && n >= 1 && k >= 0 && k < n) return;
    k = 0;
    n = 1;
  }
  bool mine(int unit) const {
    static const bool verbose = std::getenv("ATTN_COVERAGE_VERBOSE") != nullptr;
    const bool m = unit % n == k;
    if (m && verbose) { // where a timeout stopped
      std::printf("  unit %d\n", unit);
      std::fflush(stdout);
    }
    return m;
  }
  bool whole() const { return n == 1; }
  std::string str() const { return whole() ? "" : " (shard " + std::to_string(k) + "/" + std::to_string(n) + ")"; }
};

bool deviceIsSm90() {
  int major = 0, minor = 0;
  return cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0) == cudaSuccess &&
         cudaDeviceGetAttribute(&minor, cudaDevAttrComputeCapabilityMinor, 0) == cudaSuccess &&
         major == 9 && minor == 0;
}

struct DevBuf {
  void *p = nullptr;
  DevBuf() = default;
  explicit DevBuf(size_t n, int fill = -1) { alloc(n, fill); }
  void alloc(size_t n, int fill = -1) {
    EXPECT_EQ(cudaMalloc(&p, n ? n : 16), cudaSuccess);
    if (fill >= 0) {
      EXPECT_EQ(cudaMemset(p, fill, n ? n : 16), cudaSuccess);
    }
  }
  DevBuf(const DevBuf &) = delete;
  DevBuf &operator=(const DevBuf &) = delete;
  ~DevBuf() {
    if (p) cudaFree(p);
  }
  template <class T> T *as() const { return static_cast<T *>(p); }
};

template <class T> void upload(DevBuf &d, const std::vector<T> &h) {
  EXPECT_EQ(cudaMemcpy(d.p, h.data(), h.size() * sizeof(T), cudaMemcpyHostToDevice), cudaSuccess);
}

enum class Mask {
  None,
  F32Full,  // f32 additive [B, Hq, Sq, Sk], -inf on some keys and on every key of rows i % 5 == 2
  BoolFull, // bool [B, 1, Sq, Sk], rows i % 5 == 2 keep no key
  RowBool,  // bool [B, 1, 1, Sk], the last third of the keys padding (a row mask)
  RowF32,   // f32 additive [B, 1, 1, Sk], -inf on the last third (a row mask)
  Tile16,   // additive [1, Hq, Sq, Sk] in the operand type (T5's bias: mask tiles)
  // Hugging Face's causal + padding mask [B, 1, Sq, Sk] in the operand type:
  // its finfo.min (f16 -65504, bf16 -3.39e38) on the keys past the diagonal
  // and, in odd batch entries, on the first Sk / 5 keys (left padding: those
  // entries' first rows see no key); 0 elsewhere.
  CausalPad16,
};
const char *maskName(Mask m) {
  switch (m) {
  case Mask::None: return "none";
  case Mask::F32Full: return "f32_full";
  case Mask::BoolFull: return "bool_[B,1,Sq,Sk]";
  case Mask::RowBool: return "bool_[B,1,1,Sk]";
  case Mask::RowF32: return "f32_[B,1,1,Sk]";
  case Mask::Tile16: return "t16_[1,Hq,Sq,Sk]";
  case Mask::CausalPad16: return "causal_pad_[B,1,Sq,Sk]";
  }
  return "?";
}

/// A problem and its host operands (the oracle's input).
struct Prob {
  attnrt_dtype dt = ATTNRT_DTYPE_BF16, out = ATTNRT_DTYPE_BF16;
  int B = 1, Hq = 2, Hkv = 1, Sq = 1, Sk = 1, D = 64, Dv = 64;
  int kvPad = 0; // K/V row stride D + kvPad (3: rows not 16-byte aligned)
  attnrt_causal causal = ATTNRT_CAUSAL_NONE;
  Mask mask = Mask::None;
  float scale = 0; // 0: 1 / sqrt(D)
  float fill = -INFINITY;
  bool emptyNan = false;
  bool rounded = false; // logit_rounding in the operand type
  std::string str() const {
    char b[256];
    std::snprintf(b, sizeof b, "B%d Hq%d/%d Sq%d Sk%d D%d Dv%d %s->%s pad%d causal%d mask=%s scale%g fill%g%s%s",
                  B, Hq, Hkv, Sq, Sk, D, Dv, dt == ATTNRT_DTYPE_F16 ? "f16" : "bf16",
                  out == ATTNRT_DTYPE_F32 ? "f32" : out == ATTNRT_DTYPE_F16 ? "f16" : "bf16", kvPad,
                  (int)causal, maskName(mask), scale, fill, emptyNan ? " empty=nan" : "",
                  rounded ? " rounded" : "");
    return b;
  }
};

/// Device operands of a Prob, its attnk_problem, and the host values the
/// oracle reads.
struct Operands {
  Prob c;
  std::vector<uint16_t> q, k, v; // [B, H, S, ld]
  std::vector<float> add;        // expanded [B, Hq, Sq, Sk] additive values (0 without)
  std::vector<char> hid;         // expanded: hidden by a boolean mask
  DevBuf dq, dk, dv, dm, dout, dlse;
  attnk_problem p;
  size_t outElems;
  Operands(const Prob &pr, std::mt19937 &rng) : c(pr) {
    const int ldk = c.D + c.kvPad, ldv = c.Dv + c.kvPad;
    q = randomBits((size_t)c.B * c.Hq * c.Sq * c.D, c.dt, rng);
    k = randomBits((size_t)c.B * c.Hkv * c.Sk * ldk, c.dt, rng);
    v = randomBits((size_t)c.B * c.Hkv * c.Sk * ldv, c.dt, rng);
    dq.alloc(q.size() * 2);
    dk.alloc(k.size() * 2);
    dv.alloc(v.size() * 2);
    dm.alloc(maskBytes(c));
    outElems = (size_t)c.B * c.Hq * c.Sq * c.Dv;
    dout.alloc(outElems * (c.out == ATTNRT_DTYPE_F32 ? 4 : 2), 0xff); // NaN poison
    dlse.alloc((size_t)c.B * c.Hq * c.Sq * 4, 0xff);
    upload(dq, q);
    upload(dk, k);
    upload(dv, v);
    p = decodeProblem(c.dt, c.out, c.B, c.Hq, c.Hkv, c.Sq, c.Sk, c.D);
    p.head_dim_v = c.Dv;
    if (c.scale != 0) p.scale = c.scale;
    p.causal = c.causal;
    p.mask_fill = c.fill;
    p.empty_rows = c.emptyNan ? ATTNRT_EMPTY_ROWS_NAN : ATTNRT_EMPTY_ROWS_ZERO;
    if (c.rounded)
      p.logit_rounding = c.dt == ATTNRT_DTYPE_F16 ? ATTNRT_LOGIT_ROUNDING_F16 : ATTNRT_LOGIT_ROUNDING_BF16;
    p.q = bhsd(dq.p, c.Hq, c.Sq, c.D);
    p.k = bhsd(dk.p, c.Hkv, c.Sk, ldk);
    p.v = bhsd(dv.p, c.Hkv, c.Sk, ldv);
    p.o = bhsd(dout.p, c.Hq, c.Sq, c.Dv);
    p.lse = {dlse.p, {(int64_t)c.Hq * c.Sq, c.Sq, 1, 0}};
    makeMask(rng);
  }
  static size_t maskBytes(const Prob &c) {
    const size_t full = (size_t)c.B * c.Hq * c.Sq * c.Sk;
    switch (c.mask) {
    case Mask::None: return 0;
    case Mask::F32Full: return full * 4;
    case Mask::BoolFull: return (size_t)c.B * c.Sq * c.Sk;
    case Mask::RowBool: return (size_t)c.B * c.Sk;
    case Mask::RowF32: return (size_t)c.B * c.Sk * 4;
    case Mask::Tile16: return (size_t)c.Hq * c.Sq * c.Sk * 2;
    case Mask::CausalPad16: return (size_t)c.B * c.Sq * c.Sk * 2;
    }
    return 0;
  }
  size_t at(int b, int h, int i, int j) const {
    return (((size_t)b * c.Hq + h) * c.Sq + i) * c.Sk + j;
  }
  void makeMask(std::mt19937 &rng) {
    const size_t full = (size_t)c.B * c.Hq * c.Sq * c.Sk;
    add.assign(full, 0.f);
    hid.assign(full, 0);
    if (c.mask == Mask::None) return;
    std::uniform_real_distribution<float> u(-2.f, 2.f);
    const int keep = c.Sk - c.Sk / 3; // row masks: keys [keep, Sk) are padding
    std::vector<float> f;
    std::vector<uint8_t> bo;
    std::vector<uint16_t> t16;
    switch (c.mask) {
    case Mask::F32Full:
      f.resize(full);
      for (int b = 0; b < c.B; ++b)
        for (int h = 0; h < c.Hq; ++h)
          for (int i = 0; i < c.Sq; ++i)
            for (int j = 0; j < c.Sk; ++j)
              f[at(b, h, i, j)] = add[at(b, h, i, j)] =
                  (i % 5 == 2 || rng() % 7 == 0) ? -INFINITY : u(rng);
      upload(dm, f);
      p.mask_dtype = ATTNRT_DTYPE_F32;
      p.mask = {dm.p, {(int64_t)c.Hq * c.Sq * c.Sk, (int64_t)c.Sq * c.Sk, c.Sk, 1}};
      break;
    case Mask::BoolFull:
      bo.resize((size_t)c.B * c.Sq * c.Sk);
      for (int b = 0; b < c.B; ++b)
        for (int i = 0; i < c.Sq; ++i)
          for (int j = 0; j < c.Sk; ++j) {
            const uint8_t kp = i % 5 != 2 && rng() % 4 != 0;
            bo[((size_t)b * c.Sq + i) * c.Sk + j] = kp;
            for (int h = 0; h < c.Hq; ++h) hid[at(b, h, i, j)] = !kp;
          }
      upload(dm, bo);
      p.mask_dtype = ATTNRT_DTYPE_BOOL;
      p.mask = {dm.p, {(int64_t)c.Sq * c.Sk, 0, c.Sk, 1}};
      break;
    case Mask::RowBool:
    case Mask::RowF32:
      if (c.mask == Mask::RowBool) bo.resize((size_t)c.B * c.Sk);
      else f.resize((size_t)c.B * c.Sk);
      for (int b = 0; b < c.B; ++b)
        for (int j = 0; j < c.Sk; ++j) {
          const bool pad = j >= keep;
          const float val = pad ? -INFINITY : u(rng);
          if (c.mask == Mask::RowBool) bo[(size_t)b * c.Sk + j] = !pad;
          else f[(size_t)b * c.Sk + j] = val;
          for (int h = 0; h < c.Hq; ++h)
            for (int i = 0; i < c.Sq; ++i) {
              if (c.mask == Mask::RowBool) hid[at(b, h, i, j)] = pad;
              else add[at(b, h, i, j)] = val;
            }
        }
      if (c.mask == Mask::RowBool) upload(dm, bo);
      else upload(dm, f);
      p.mask_dtype = c.mask == Mask::RowBool ? ATTNRT_DTYPE_BOOL : ATTNRT_DTYPE_F32;
      p.mask = {dm.p, {c.Sk, 0, 0, 1}};
      break;
    case Mask::Tile16:
      t16.resize((size_t)c.Hq * c.Sq * c.Sk);
      for (size_t e = 0; e < t16.size(); ++e) t16[e] = toBits(c.dt, u(rng));
      for (int b = 0; b < c.B; ++b)
        for (int h = 0; h < c.Hq; ++h)
          for (int i = 0; i < c.Sq; ++i)
            for (int j = 0; j < c.Sk; ++j)
              add[at(b, h, i, j)] = fromBits(c.dt, t16[((size_t)h * c.Sq + i) * c.Sk + j]);
      upload(dm, t16);
      p.mask_dtype = c.dt;
      p.mask = {dm.p, {0, (int64_t)c.Sq * c.Sk, c.Sk, 1}};
      break;
    case Mask::CausalPad16: {
      const uint16_t low = c.dt == ATTNRT_DTYPE_F16 ? 0xfbffu : 0xff7fu; // finfo.min
      t16.resize((size_t)c.B * c.Sq * c.Sk);
      for (int b = 0; b < c.B; ++b)
        for (int i = 0; i < c.Sq; ++i)
          for (int j = 0; j < c.Sk; ++j) {
            const bool hide = j > i || (b % 2 == 1 && j < c.Sk / 5);
            t16[((size_t)b * c.Sq + i) * c.Sk + j] = hide ? low : 0;
            for (int h = 0; h < c.Hq; ++h) add[at(b, h, i, j)] = hide ? fromBits(c.dt, low) : 0.f;
          }
      upload(dm, t16);
      p.mask_dtype = c.dt;
      p.mask = {dm.p, {(int64_t)c.Sq * c.Sk, 0, c.Sk, 1}};
      break;
    }
    case Mask::None: break;
    }
  }

  double rnd(double x) const {
    return c.dt == ATTNRT_DTYPE_F16 ? attnrt::halfToFloat(attnrt::doubleToHalf(x))
                                    : attnrt::bf16ToFloat(attnrt::doubleToBf16(x));
  }

  /// Compares O (and the lse where `withLse`) with the f64 oracle row by
  /// row; ADD_FAILUREs for the first few bad rows. Returns the bad rows.
  int check(bool withLse) {
    std::vector<float> out(outElems), lse((size_t)c.B * c.Hq * c.Sq);
    const bool o32 = c.out == ATTNRT_DTYPE_F32;
    std::vector<uint16_t> o16(o32 ? 0 : outElems);
    EXPECT_EQ(cudaDeviceSynchronize(), cudaSuccess);
    EXPECT_EQ(cudaMemcpy(o32 ? (void *)out.data() : (void *)o16.data(), dout.p, outElems * (o32 ? 4 : 2),
                         cudaMemcpyDeviceToHost),
              cudaSuccess);
    for (size_t e = 0; e < o16.size(); ++e) out[e] = fromBits(c.out, o16[e]);
    EXPECT_EQ(cudaMemcpy(lse.data(), dlse.p, lse.size() * 4, cudaMemcpyDeviceToHost), cudaSuccess);
    const int group = c.Hq / c.Hkv, ldk = (int)p.k.strides[2], ldv = (int)p.v.strides[2];
    const int off = c.causal == ATTNRT_CAUSAL_BOTTOM_RIGHT ? c.Sk - c.Sq : 0;
    const double scale = p.scale;
    int bad = 0;
    std::vector<double> z((size_t)c.Sk), ref;
    for (int b = 0; b < c.B; ++b)
      for (int h = 0; h < c.Hq; ++h)
        for (int i = 0; i < c.Sq; ++i) {
          const int kh = h / group;
          const size_t qrow = (((size_t)b * c.Hq + h) * c.Sq + i) * c.D;
          double mx = -INFINITY;
          for (int j = 0; j < c.Sk; ++j) {
            const bool hidden = (c.causal != ATTNRT_CAUSAL_NONE && j > i + off) || hid[at(b, h, i, j)];
            double dot = 0;
            const size_t krow = (((size_t)b * c.Hkv + kh) * c.Sk + j) * ldk;
            for (int d = 0; d < c.D; ++d) dot += (double)fromBits(c.dt, q[qrow + d]) * fromBits(c.dt, k[krow + d]);
            const double a = add[at(b, h, i, j)];
            double zj;
            if (hidden) zj = c.fill;
            else if (c.rounded) {
              zj = rnd(rnd(dot) * (double)(float)scale);
              if (c.mask == Mask::F32Full || c.mask == Mask::RowF32 || c.mask == Mask::Tile16)
                zj = rnd(zj + rnd(a));
            } else {
              zj = (double)(float)(scale * dot + a);
            }
            z[j] = zj;
            mx = std::max(mx, zj);
          }
          const bool empty = mx == -INFINITY;
          ref.assign(c.Dv, 0.0);
          double refLse = -INFINITY;
          if (!empty) {
            const size_t vbase = ((size_t)b * c.Hkv + kh) * c.Sk * ldv;
            const double l = softmaxRow(z, mx, c.Dv, [&](int64_t j, int d) {
              return (double)fromBits(c.dt, v[vbase + (size_t)j * ldv + d]);
            }, ref);
            refLse = mx + std::log(l);
          }
          const size_t row = ((size_t)b * c.Hq + h) * c.Sq + i;
          double num = 0, den = 0;
          bool anyNan = false, allNan = true;
          for (int d = 0; d < c.Dv; ++d) {
            const double x = out[row * c.Dv + d];
            anyNan |= std::isnan(x);
            allNan &= std::isnan(x);
            num += (x - ref[d]) * (x - ref[d]);
            den += ref[d] * ref[d];
          }
          const bool wantNan = empty && c.emptyNan;
          bool ok = wantNan ? allNan : !anyNan && std::sqrt(num) <= 2e-2 * std::sqrt(den) + 1e-3;
          if (ok && withLse) {
            const double got = lse[row];
            ok = empty ? got == -INFINITY
                       : std::fabs(got - refLse) <= (c.rounded ? 5e-2 : 1e-4) * (1 + std::fabs(refLse));
            if (!ok && bad < 3)
              ADD_FAILURE() << "row b" << b << " h" << h << " i" << i << ": lse " << got << " want " << refLse;
          } else if (!ok && bad < 3) {
            ADD_FAILURE() << "row b" << b << " h" << h << " i" << i << (wantNan ? " (want NaN)" : "")
                          << ": err " << std::sqrt(num) << " ref norm " << std::sqrt(den) << " out[0] "
                          << out[row * c.Dv] << " ref[0] " << ref[0];
          }
          bad += !ok;
        }
    return bad;
  }
};

// ------------------------------------------------------------------ tables

/// No device needed: the tables as the tests below walk them. Every Hopper
/// list's variants are named once, the kernel count is what they list (bf16
/// and f16, plus split-KV where compiled), and the decode table ends where
/// its count says.
TEST(KernelCoverage, TablesAsListed) {
  int kernels = 0, variants = 0;
  for (int dp = 64; dp <= 256; dp += 64) {
    std::vector<std::string> names;
    attn_hopper_variant_info info;
    for (int vi = 0; attn_hopper_describe_variant(dp, vi, &info) == 0; ++vi) {
      EXPECT_EQ(std::count(names.begin(), names.end(), info.name), 0) << info.name;
      EXPECT_EQ(std::strncmp(info.name, ("d" + std::to_string(dp) + "_").c_str(), 2 + (dp > 64)), 0)
          << info.name << " in the list of " << dp;
      names.push_back(info.name);
      kernels += 2 * (info.split ? 2 : 1);
      ++variants;
    }
    EXPECT_GT(names.size(), 0u) << "no variants of padded head dim " << dp;
  }
  EXPECT_EQ(attn_hopper_describe_variant(96, 0, nullptr), -1);
  EXPECT_EQ(kernels, attn_hopper_variant_kernel_count());
  const int n = attn::decode_nv_variant_count();
  attn::DecodeNvVariantInfo d;
  for (int vi = 0; vi < n; ++vi) EXPECT_TRUE(attn::decode_nv_describe_variant(vi, &d)) << vi;
  EXPECT_FALSE(attn::decode_nv_describe_variant(n, &d));
  std::printf("KernelCoverage.TablesAsListed: %d Hopper variants, %d Hopper kernels, %d decode kernels\n",
              variants, kernels, n);
}

// ------------------------------------------------------------------ Hopper

/// A tile dimension from a variant's name ("bm192", "bn64"), else `dflt`
/// (the names carry BM always and BN where it is not 128; only the problem
/// sizes below depend on it, not what is checked).
int nameNumber(const char *name, const char *key, int dflt) {
  const char *at = std::strstr(name, key);
  return at ? std::atoi(at + std::strlen(key)) : dflt;
}

/// The problem variant `vi` of list `dp` runs: its head dims (D <= dk, Dv
/// <= dv), two m-blocks of 2 heads (GQA 2; tiles of several heads: 47
/// queries, two full head groups and one of a single head), 3 key tiles (2 for the K/V
/// resident kernel, whose ring then holds them), and per kind what makes it
/// the kind's problem: plain kernels causal with -inf or a finite fill, GEN
/// an f32 mask with empty rows, mask-free GEN a finite fill or a negative
/// scale, row masks (bool or f32) and 16-bit mask tiles by TMA, logit
/// rounding at a scale exact in T. `split`: non-causal, -inf fill (split-KV
/// runs non-causal problems only).
Prob hopperProblem(int dp, const attn_hopper_variant_info &info, attnrt_dtype dt, bool split) {
  Prob c;
  c.dt = c.out = dt;
  c.D = info.dk ? info.dk : dp;
  c.Dv = info.dv ? info.dv : dp;
  const int bm = nameNumber(info.name, "bm", 128), bn = nameNumber(info.name, "bn", 128);
  const bool kvr = std::strstr(info.name, "kvr") != nullptr;
  c.Sq = bm + 17;
  c.Sk = kvr ? 2 * bn - 16 : (5 * bn / 2 + 15) / 16 * 16;
  if (info.hpt > 1) {
    // Tiles of hpt heads (Sq <= 64): 2 full groups and one of a single
    // head (the others past Hq); MHA in bf16, MQA in f16.
    c.Sq = 47;
    c.Hq = 2 * info.hpt + 1;
    c.Hkv = dt == ATTNRT_DTYPE_F16 ? 1 : c.Hq;
  }
  const bool f16 = dt == ATTNRT_DTYPE_F16;
  if (info.lr) c.scale = 0.125f; // exact in T
  c.causal = f16 ? ATTNRT_CAUSAL_TOP_LEFT : ATTNRT_CAUSAL_BOTTOM_RIGHT;
  switch (info.kind) {
  case 0: // plain
    if (f16) c.fill = -1.f; // hidden keys that weigh (plain_fill_tail)
    break;
  case 1: // GEN: mask values in registers
    c.mask = Mask::F32Full;
    c.emptyNan = f16;
    break;
  case 2: // GEN, no mask
    if (info.lr) break;
    if (f16) c.fill = -1.f;
    else c.scale = -1.f / std::sqrt((float)c.D); // needs_gen
    break;
  case 3: // row masks by TMA
    c.mask = f16 && !info.lr ? Mask::RowF32 : Mask::RowBool;
    break;
  case 4: // mask tiles by TMA: 16-bit values (bf16 kernels), booleans (f16 kernels)
    c.mask = f16 ? Mask::BoolFull : Mask::Tile16;
    break;
  }
  if (split || kvr) {
    c.causal = ATTNRT_CAUSAL_NONE;
    c.fill = -INFINITY;
  }
  c.rounded = info.lr != 0;
  return c;
}

TEST(KernelCoverage, HopperEveryVariant) {
  DECODE_GPU_OR_SKIP();
  if (!deviceIsSm90()) GTEST_SKIP() << "the Hopper kernels need an sm_90 device";
  std::mt19937 rng(20261201);
  const Shard shard;
  const int prevCap = attn_hopper_set_grid_cap(2);
  int ran = 0, variants = 0, listed = 0, mine = 0, unit = 0;
  for (int dp = 64; dp <= 256; dp += 64) {
    attn_hopper_variant_info info;
    for (int vi = 0; attn_hopper_describe_variant(dp, vi, &info) == 0; ++vi) {
      ++variants;
      for (attnrt_dtype dt : {ATTNRT_DTYPE_BF16, ATTNRT_DTYPE_F16}) {
        listed += info.split ? 2 : 1;
        if (!shard.mine(unit++)) continue;
        mine += info.split ? 2 : 1;
        for (bool split : {false, true}) {
          const Prob c = hopperProblem(dp, info, dt, split);
          SCOPED_TRACE(::testing::Message() << info.name << (split ? " split " : " ") << c.str());
          Operands in(c, rng);
          ASSERT_EQ(attn_hopper_find_variant(&in.p, info.name), vi)
              << "the variant declines its problem: " << (attn_hopper_unsupported_reason(&in.p) ?: "");
          if (!split) {
            ASSERT_EQ(attn_hopper_fwd_variant(&in.p, vi, nullptr), 0) << cudaGetErrorString(cudaGetLastError());
            ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
            EXPECT_EQ(in.check(true), 0);
            ++ran;
            continue;
          }
          // Split-KV: 2 splits of the key tiles; the kernels without a
          // split instantiation run it unsplit (*splits_used 1).
          const size_t rows = (size_t)c.B * c.Hq * c.Sq;
          DevBuf po(2 * rows * c.Dv * 4, 0xff), pml(2 * rows * 2 * 4, 0xff);
          int used = 0;
          ASSERT_EQ(attn_hopper_fwd_split_variant(&in.p, vi, 2, po.as<float>(), pml.as<float>(), &used, nullptr), 0)
              << cudaGetErrorString(cudaGetLastError());
          ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
          if (!info.split) {
            EXPECT_EQ(used, 1) << "a variant without a split-KV kernel split";
            EXPECT_EQ(in.check(true), 0);
            continue;
          }
          ASSERT_EQ(used, 2) << "the split-KV kernel did not split";
          ASSERT_EQ(attnk_decode_combine(&in.p, po.as<float>(), pml.as<float>(), used, nullptr), 0);
          EXPECT_EQ(in.check(true), 0);
          ++ran;
        }
      }
    }
  }
  attn_hopper_set_grid_cap(prevCap);
  std::printf("KernelCoverage.HopperEveryVariant: %d variants, %d Hopper kernels run of %d listed%s\n",
              variants, ran, attn_hopper_variant_kernel_count(), shard.str().c_str());
  EXPECT_EQ(listed, attn_hopper_variant_kernel_count()) << "the variant tables and the kernel count disagree";
  EXPECT_EQ(ran, shard.whole() ? attn_hopper_variant_kernel_count() : mine);
}

// ------------------------------------------------------------------ dead tiles

/// The mask-tile kernels' dead-tile skips (kSchedDeadTiles) of one launch
/// of variant `vi` on `in`, counted by the kernel
/// (attn_hopper_set_dead_tile_counts): [0] on the mask values alone, [1]
/// under the norm bound, [2] the key tiles whose loads the producer left
/// out and [3] those it loaded without their mask (the dead map's planes).
/// sched >= 0: the launch's kSched* bits (attn_hopper_set_sched).
struct DeadCounts {
  unsigned values = 0, bounded = 0, unloaded = 0, maskFree = 0;
};
DeadCounts runCounted(Operands &in, int vi, int sched = -1) {
  DevBuf counts(4 * sizeof(unsigned), 0);
  unsigned *const prev = attn_hopper_set_dead_tile_counts(counts.as<unsigned>());
  const int prevSched = sched >= 0 ? attn_hopper_set_sched(sched) : -2;
  EXPECT_EQ(attn_hopper_fwd_variant(&in.p, vi, nullptr), 0) << cudaGetErrorString(cudaGetLastError());
  EXPECT_EQ(cudaDeviceSynchronize(), cudaSuccess);
  if (prevSched != -2) attn_hopper_set_sched(prevSched);
  attn_hopper_set_dead_tile_counts(prev);
  unsigned h[4] = {0, 0, 0, 0};
  EXPECT_EQ(cudaMemcpy(h, counts.p, sizeof h, cudaMemcpyDeviceToHost), cudaSuccess);
  return {h[0], h[1], h[2], h[3]};
}

/// kSchedDeadTiles and kSchedDeadMap (kernels/hopper/tile_scheduler.cuh):
/// the skip and the dead map.
constexpr int kSchedDeadTilesBit = 32, kSchedDeadMapBit = 64;

/// The (warpgroup, key tile) pairs a Mask::CausalPad16 problem (no causal
/// mode) skips, from the rule (kernels/hopper/mainloop.cuh): tiles after
/// the first of each warpgroup's 64 rows (BM 128: two warpgroups) whose
/// 64 x 128 mask values all hide (rows and keys past Sq / Sk read zeros:
/// never; bothHalves: the other warpgroup's rows of the 128-row block too,
/// as for f16's lowest at D 128, whose other checker sums the other half of
/// the key norms), once every one of the rows has a visible key in an
/// earlier tile (armed), for every query head h of batch b but where
/// fails(b, h, t) (the norm bound fails on tile t).
template <class F>
unsigned expectedSkips(const Operands &in, bool bothHalves, F fails) {
  const Prob &c = in.c;
  auto allHidden = [&](int b, int r0, int t) {
    if (r0 + 64 > c.Sq) return false;
    for (int i = r0; i < r0 + 64; ++i)
      for (int j = 128 * t; j < 128 * (t + 1); ++j)
        if (in.add[in.at(b, 0, i, j)] == 0.f) return false;
    return true;
  };
  unsigned n = 0;
  for (int b = 0; b < c.B; ++b)
    for (int r0 = 0; r0 + 64 <= c.Sq; r0 += 64)
      for (int t = 1; 128 * (t + 1) <= c.Sk; ++t) {
        bool hidden = !bothHalves || allHidden(b, r0 ^ 64, t), armed = true;
        for (int i = r0; i < r0 + 64; ++i) {
          bool seen = false;
          for (int j = 0; j < 128 * (t + 1); ++j) {
            const bool vis = in.add[in.at(b, 0, i, j)] == 0.f;
            if (j < 128 * t) seen |= vis;
            else hidden &= !vis;
          }
          armed &= seen;
        }
        if (hidden && armed)
          for (int h = 0; h < c.Hq; ++h) n += !fails(b, h, t);
      }
  return n;
}

/// The key tiles a Mask::CausalPad16 problem loads without their mask (the
/// dead map's clear plane, kernels/hopper/dead_map.cuh): those whose values
/// are all 0 for both 64-row blocks of a 128-row tile (rows past Sq and
/// keys past Sk pass), for every query head.
unsigned expectedMaskFree(const Operands &in) {
  const Prob &c = in.c;
  auto clear = [&](int b, int r0, int t) {
    for (int i = r0; i < std::min(r0 + 64, c.Sq); ++i)
      for (int j = 128 * t; j < std::min(128 * (t + 1), c.Sk); ++j)
        if (in.add[in.at(b, 0, i, j)] != 0.f) return false;
    return true;
  };
  unsigned n = 0;
  for (int b = 0; b < c.B; ++b)
    for (int m0 = 0; m0 < c.Sq; m0 += 128)
      for (int t = 0; 128 * t < c.Sk; ++t)
        n += clear(b, m0, t) && clear(b, m0 + 64, t) ? c.Hq : 0;
  return n;
}

/// Hugging Face's causal + padding masks [B, 1, S, S] on the mask-tile
/// kernels (D 64 dynamic and static grids, D 128), whose dead-tile skip
/// takes f16's lowest value, -65504, as dead only where |scale| max |q|
/// max |k| is at most 32,000 (mainloop.cuh kDeadBound2): for the
/// producer's dead map over each warp's rows and the KV head's keys
/// (key_norms.cuh), voted by each warpgroup with its armed rows; for the
/// checkers over a warpgroup's rows and, at D 128, the tile's keys (the
/// two warpgroups' halves: kBoundedDeadTiles), at D 64 the KV head's keys
/// (the norm pass's, only with the map); bf16's lowest always. Activations
/// N(0, 1) (the bound holds). Each launch skips exactly the pairs of the
/// rule (the tiles left unloaded skipped by both warpgroups on the
/// producer's verdict, the rest on the checkers'), and every row and its
/// log-sum-exp match the f64 oracle. The twins: the map off (the checkers
/// alone: at D 64 no f16 skip; the same output bitwise); Q and K norms of
/// 2,000 on orthogonal columns (the logits unchanged, the bound fails
/// everywhere: no f16 skip, bf16's unchanged), and in f16 a NaN in one key
/// of a dead tile (the bound fails there at D 128, for the key's heads on
/// the map and at D 64: those tiles are computed, and every row of those
/// heads is NaN as the program's; the other rows bitwise as before).
/// (HopperPath.DeadMaskTilesLargeHiddenLogits is the case a skip past the
/// bound would get wrong.)
TEST(HopperDeadTiles, F16LowestUnderTheNormBound) {
  DECODE_GPU_OR_SKIP();
  if (!deviceIsSm90()) GTEST_SKIP() << "the Hopper kernels need an sm_90 device";
  std::mt19937 rng(20261202);
  const struct {
    const char *name;
    int D;
  } kVariants[] = {{"d64_gentile_bm128_bn128_pp_dyn", 64},
                   {"d64_gentile_bm128_bn128_pp_static", 64},
                   {"d128_gentile_bm128_bn128_pp_dyn", 128}};
  const Shard shard; // ATTN_COVERAGE_SHARD: each (variant, dtype) a unit
  int unit = 0;
  for (const auto &var : kVariants)
    for (attnrt_dtype dt : {ATTNRT_DTYPE_F16, ATTNRT_DTYPE_BF16}) {
      if (!shard.mine(unit++)) continue;
      Prob c;
      c.dt = c.out = dt;
      c.B = 2;
      c.Hq = 4;
      c.Hkv = 2;
      c.Sq = c.Sk = 776; // 7 key tiles, the last partial
      c.D = c.Dv = var.D;
      c.mask = Mask::CausalPad16;
      SCOPED_TRACE(::testing::Message() << var.name << " " << c.str());
      Operands in(c, rng);
      const int vi = attn_hopper_find_variant(&in.p, var.name);
      ASSERT_GE(vi, 0) << "the variant declines its problem";
      const bool f16 = dt == ATTNRT_DTYPE_F16;
      // The D 128 checkers sum their halves of the key norms (mainloop.cuh
      // kBoundedDeadTiles); the D 64 ones take the head's from the map.
      const bool halves = f16 && var.D >= 128;
      const unsigned all = expectedSkips(in, halves, [](int, int, int) { return false; });
      ASSERT_GT(all, 0u);
      // 776 keys, 4 pairs a mask value: the launch computes every tile by
      // default (launch.cuh dead_tiles_pay); the skip and the map forced
      // on, as ATTN_HOPPER_SCHED can.
      const int dflt = attn_hopper_default_sched_bits(&in.p, vi, 132);
      EXPECT_EQ(dflt & (kSchedDeadTilesBit | kSchedDeadMapBit), 0) << "the skip is on at 776 keys";
      const int bits = dflt | kSchedDeadTilesBit | kSchedDeadMapBit;
      const DeadCounts n = runCounted(in, vi, bits);
      EXPECT_EQ(in.check(true), 0);
      std::vector<uint16_t> clean(in.outElems);
      ASSERT_EQ(cudaMemcpy(clean.data(), in.dout.p, clean.size() * 2, cudaMemcpyDeviceToHost), cudaSuccess);

      // The dead map: dead tiles (both warpgroups' rows hidden, all armed;
      // f16: under the norm bound) go unloaded, and both warpgroups skip
      // each as dead on the values (the producer's verdict). Which of them
      // the producer reaches armed depends on timing; where it does not,
      // the checkers' verdicts take the rest (f16 at D 64: none).
      EXPECT_GT(n.unloaded, 0u);
      if (f16) {
        EXPECT_EQ(n.values, 2 * n.unloaded);
        EXPECT_EQ(n.values + n.bounded, all);
      } else {
        EXPECT_EQ(n.values, all);
        EXPECT_EQ(n.bounded, 0u);
        EXPECT_LE(2 * n.unloaded, n.values);
      }
      // Tiles whose mask adds nothing come without it (both dtypes).
      const unsigned clear = expectedMaskFree(in);
      ASSERT_GT(clear, 0u);
      EXPECT_EQ(n.maskFree, clear);
      // Twin: the map off (the launch's bits less kSchedDeadMap): the
      // checkers' skips alone (f16 at D 64: none) and bitwise the same output.
      const DeadCounts nm = runCounted(in, vi, bits & ~kSchedDeadMapBit);
      EXPECT_EQ(nm.values, f16 ? 0u : all);
      EXPECT_EQ(nm.bounded, halves ? all : 0u);
      EXPECT_EQ(nm.unloaded, 0u);
      EXPECT_EQ(nm.maskFree, 0u);
      {
        std::vector<uint16_t> nomap(in.outElems);
        ASSERT_EQ(cudaMemcpy(nomap.data(), in.dout.p, nomap.size() * 2, cudaMemcpyDeviceToHost), cudaSuccess);
        EXPECT_TRUE(nomap == clean) << "the dead map changed the output";
      }

      // Twin: |q| and |k| >= 2,000 on columns D-2 (Q) and D-1 (K), zero in
      // the other operand (q.k unchanged): the bound fails on every tile.
      Operands big(c, rng);
      for (size_t r = 0; r < big.q.size() / c.D; ++r) {
        big.q[r * c.D + c.D - 2] = toBits(dt, 2000.f);
        big.q[r * c.D + c.D - 1] = 0;
      }
      for (size_t r = 0; r < big.k.size() / c.D; ++r) {
        big.k[r * c.D + c.D - 2] = 0;
        big.k[r * c.D + c.D - 1] = toBits(dt, 2000.f);
      }
      upload(big.dq, big.q);
      upload(big.dk, big.k);
      const DeadCounts nb = runCounted(big, vi, bits);
      EXPECT_EQ(big.check(true), 0);
      EXPECT_EQ(nb.values, f16 ? 0u : all);
      EXPECT_EQ(nb.bounded, 0u);
      if (f16) EXPECT_EQ(nb.unloaded, 0u);

      // Twin (f16: bf16's lowest is dead for every finite logit, and a
      // NaN's skip is not exact there): a NaN in key 700 (tile 5: hidden
      // from rows 0..699) of batch 0, KV head 0.
      if (!f16) continue;
      const int group = c.Hq / c.Hkv, nanKey = 700, nanTile = nanKey / 128;
      std::vector<uint16_t> k = in.k;
      in.k[(size_t)nanKey * c.D] = 0x7e00u; // f16 NaN
      upload(in.dk, in.k);
      const DeadCounts nn = runCounted(in, vi, bits);
      in.k = k;
      // The map's bound fails for every head of the NaN's KV head (its K
      // norm is NaN): their tiles are loaded; the D 128 checkers skip all
      // but the NaN's tile there, the D 64 ones (the head's norm) none.
      EXPECT_EQ(nn.values, 2 * nn.unloaded);
      EXPECT_EQ(nn.values + nn.bounded, expectedSkips(in, halves, [&](int b, int h, int t) {
                  return b == 0 && h / group == 0 && (!halves || t == nanTile);
                }));
      std::vector<uint16_t> out(in.outElems);
      ASSERT_EQ(cudaMemcpy(out.data(), in.dout.p, out.size() * 2, cudaMemcpyDeviceToHost), cudaSuccess);
      int badNan = 0, badOther = 0;
      for (int b = 0; b < c.B; ++b)
        for (int h = 0; h < c.Hq; ++h)
          for (int i = 0; i < c.Sq; ++i) {
            const size_t row = ((size_t)b * c.Hq + h) * c.Sq + i;
            bool allNan = true, same = true;
            for (int d = 0; d < c.Dv; ++d) {
              allNan &= std::isnan(fromBits(dt, out[row * c.Dv + d]));
              same &= out[row * c.Dv + d] == clean[row * c.Dv + d];
            }
            if (b == 0 && h / group == 0) badNan += !allNan;
            else badOther += !same;
          }
      EXPECT_EQ(badNan, 0) << "rows of the NaN key's heads not NaN (a skipped tile)";
      EXPECT_EQ(badOther, 0) << "rows of the other heads changed";
    }
}

// ------------------------------------------------------------------ decode

/// Runs attnk_flash_attention_decode on `in` with `splits` splits.
void runDecode(Operands &in, int splits) {
  const size_t ws = attnk_decode_workspace_bytes(&in.p, splits);
  DevBuf w(ws, 0xff);
  ASSERT_EQ(attnk_flash_attention_decode(&in.p, splits, w.p, ws, nullptr), 0)
      << attnk_error_string(cudaGetLastError());
  ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
}

/// Sets an environment knob for its lifetime (read at every call: kKnobsLive).
struct Knob {
  const char *name;
  Knob(const char *n, const std::string &v) : name(n) { setenv(n, v.c_str(), 1); }
  ~Knob() { unsetenv(name); }
};

TEST(KernelCoverage, DecodeEveryVariant) {
  DECODE_GPU_OR_SKIP();
  ASSERT_TRUE(kKnobsLive);
  {
    // K and V need contiguous rows (decode_nv_eligible: aligned16_rows), or
    // every build reads as the scalar one and the test skips.
    attnk_problem p = decodeProblem(ATTNRT_DTYPE_BF16, ATTNRT_DTYPE_BF16, 1, 4, 1, 1, 1000, 64);
    p.k = p.v = bhsd(nullptr, 1, 1000, 64);
    if (!attn::decode_nv_eligible(&p)) GTEST_SKIP() << "no NVIDIA decode kernel in this build (scalar)";
  }
  const bool sm90 = deviceIsSm90();
  std::mt19937 rng(20261202);
  DevBuf timeline(1 << 20, 0);
  const Shard shard;
  const int n = attn::decode_nv_variant_count();
  int ran = 0, mine = 0;
  for (int vi = 0; vi < n; ++vi) {
    attn::DecodeNvVariantInfo info;
    ASSERT_TRUE(attn::decode_nv_describe_variant(vi, &info));
    if (!shard.mine(vi)) continue;
    ++mine;
    if (info.tma && !sm90) continue;
    Prob c;
    c.dt = (attnrt_dtype)info.dtype;
    c.out = vi % 2 ? ATTNRT_DTYPE_F32 : c.dt;
    c.D = c.Dv = info.dp;
    const int bc = info.warps / info.mt * 16;
    // More key tiles than ring stages: the ring wraps in the one-split run.
    c.Sk = (info.stages + 3) * bc - 5;
    if (info.mt > 1) { // a wide group: more than 32 rows per KV head
      c.Hq = 40;
      c.Sq = 1;
    } else {
      c.Hq = 4;
      c.Sq = 2;
      c.causal = vi % 3 == 0 ? ATTNRT_CAUSAL_BOTTOM_RIGHT : ATTNRT_CAUSAL_NONE;
    }
    c.Hkv = info.mt > 1 ? 1 : 2;
    c.B = 2;
    if (info.mask) {
      c.mask = vi % 2 ? Mask::BoolFull : Mask::F32Full;
      c.emptyNan = vi % 4 == 1;
      if (vi % 4 == 3) c.fill = -1e4f;
    }
    if (info.lr) {
      c.rounded = true;
      c.scale = 0.125f;
    }
    const int prevForced = attn::decode_nv_force_variant(vi);
    for (int run = 0; run < 3; ++run) {
      const int splits = run == 0 ? 1 : 3;
      SCOPED_TRACE(::testing::Message() << "decode variant " << vi << " dp" << info.dp << " ring" << info.ring
                                        << " warps" << info.warps << " mt" << info.mt << " stages" << info.stages
                                        << (info.probe ? " probe" : "") << " splits " << splits
                                        << (run == 2 ? " FUSE=0" : "") << " " << c.str());
      Operands in(c, rng);
      std::unique_ptr<Knob> fuse, tl;
      if (run == 2) fuse.reset(new Knob("ATTN_DECODE_NV_FUSE", "0"));
      if (info.probe) tl.reset(new Knob("ATTN_DECODE_NV_TIMELINE", std::to_string((uintptr_t)timeline.p)));
      attn::decode_nv_force_variant(vi);
      runDecode(in, splits);
      EXPECT_EQ(attn::decode_nv_last_variant(), vi) << "another kernel ran";
      EXPECT_EQ(in.check(true), 0);
    }
    attn::decode_nv_force_variant(prevForced);
    ++ran;
  }
  EXPECT_FALSE(attn::decode_nv_describe_variant(n, nullptr));
  std::printf("KernelCoverage.DecodeEveryVariant: %d decode kernels run of %d compiled%s\n", ran, n,
              shard.str().c_str());
  if (sm90) {
    EXPECT_EQ(ran, shard.whole() ? n : mine);
  }
}

// ---------------------------------------------------------------- portable

/// The portable instantiations (fa_core.h's fa_fwd_kernel<Arch, T, DP,
/// KIND>, one per head-dim bucket and dtype of each entry point's switch):
/// kernels/flash_attention.hip 6 buckets, _causal.hip and _nocausal.hip 2,
/// flash_attention_decode.hip 2 per kind (KIND_DECODE, KIND_DECODE_MASK),
/// each bf16 and f16; plus decode_combine_kernel.
enum class Entry { General, Causal, NoCausal, Decode, DecodeNat };
struct PortableKernel {
  Entry entry;
  int dp;
};
const PortableKernel kPortable[] = {
    {Entry::General, 32},  {Entry::General, 64},  {Entry::General, 96},  {Entry::General, 128},
    {Entry::General, 192}, {Entry::General, 256}, {Entry::Causal, 64},   {Entry::Causal, 128},
    {Entry::NoCausal, 64}, {Entry::NoCausal, 128}, {Entry::Decode, 64},  {Entry::Decode, 128},
    {Entry::DecodeNat, 64}, {Entry::DecodeNat, 128},
};

TEST(KernelCoverage, PortableEveryInstantiation) {
  DECODE_GPU_OR_SKIP();
  std::mt19937 rng(20261203);
  const Shard shard;
  int ran = 0, i = 0, mine = 0;
  for (const PortableKernel &k : kPortable)
    for (attnrt_dtype dt : {ATTNRT_DTYPE_BF16, ATTNRT_DTYPE_F16}) {
      if (!shard.mine(i++)) continue;
      ++mine;
      Prob c;
      c.dt = c.out = dt;
      c.D = c.Dv = k.dp;
      c.Hq = 4;
      c.Hkv = 2;
      switch (k.entry) {
      case Entry::General:
        c.Sq = 70;
        c.Sk = 150;
        c.mask = i % 2 ? Mask::F32Full : Mask::BoolFull;
        c.causal = i % 3 == 0 ? ATTNRT_CAUSAL_BOTTOM_RIGHT : ATTNRT_CAUSAL_TOP_LEFT;
        c.emptyNan = i % 4 == 1;
        if (i % 4 == 3) c.fill = -1e4f;
        c.D = k.dp == 32 ? 24 : k.dp; // a bucket's head dims below its width
        c.Dv = c.D;
        break;
      case Entry::Causal:
        c.Sq = 90;
        c.Sk = 150;
        c.causal = i % 2 ? ATTNRT_CAUSAL_BOTTOM_RIGHT : ATTNRT_CAUSAL_TOP_LEFT;
        break;
      case Entry::NoCausal:
        c.Sq = 90;
        c.Sk = 150;
        break;
      case Entry::Decode:
      case Entry::DecodeNat:
        c.Sq = 2;
        c.Sk = 700;
        c.kvPad = 3; // rows not 16-byte aligned: the portable kernel, not decode_nv
        c.out = ATTNRT_DTYPE_F32;
        if (k.entry == Entry::DecodeNat) c.mask = Mask::BoolFull;
        break;
      }
      SCOPED_TRACE(::testing::Message() << "portable entry " << (int)k.entry << " dp" << k.dp << " " << c.str());
      Operands in(c, rng);
      const bool decode = k.entry == Entry::Decode || k.entry == Entry::DecodeNat;
      // The plain decode kind writes no lse (asking for it takes the
      // natural-units kind): without it here.
      if (k.entry == Entry::Decode) in.p.lse.data = nullptr;
      int rc = 0;
      switch (k.entry) {
      case Entry::General: rc = attnk_flash_attention(&in.p, nullptr); break;
      case Entry::Causal: rc = attnk_flash_attention_causal(&in.p, nullptr); break;
      case Entry::NoCausal: rc = attnk_flash_attention_nocausal(&in.p, nullptr); break;
      default: break;
      }
      if (decode) {
        runDecode(in, 3);
        if (HasFatalFailure()) return;
      }
      ASSERT_EQ(rc, 0) << attnk_error_string(rc);
      ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
      EXPECT_EQ(in.check(k.entry != Entry::Decode), 0);
      ++ran;
    }
  const int compiled = 2 * (int)(sizeof(kPortable) / sizeof(kPortable[0]));
  std::printf("KernelCoverage.PortableEveryInstantiation: %d portable kernels run of %d (+ the combine)%s\n", ran,
              compiled, shard.str().c_str());
  EXPECT_EQ(ran, shard.whole() ? compiled : mine);
}

} // namespace
