//===- DecodeLseTest.cpp - the decode kernel's O and log-sum-exp outputs --===//
//
// Calls the decode entry points of attn_kernels.h directly (below the
// runtime, so the lse output is tested before every layer above passes it
// on) on fresh random inputs, and compares with an f64 host reference row
// by row:
//   O: relative L2 error <= 1e-2 over the non-empty rows (16-bit operands,
//      see GpuTest.cpp); empty rows exactly zero, or NaN with EMPTY_ROWS_NAN;
//   lse: |lse - ref| <= 1e-4 * (1 + |ref|) (f32 sums of exact f32 logits);
//      -inf exactly where the row is empty.
// Each problem runs with the split count the kernel picks, with one split
// (the NVIDIA kernel then writes O and lse itself) and with 13 splits (the
// combine writes them); unaligned K/V rows take the portable kernel.
// Without a GPU every test is skipped.
//===----------------------------------------------------------------------===//

#include "DecodeTestSupport.h"
#include "decode/decode_nv.h"

#include <cstdlib>
#include <string>

namespace {

using namespace attn_decode_test;

/// The decode kernel reads its experiment knobs (ATTN_DECODE_NV_TIMELINE,
/// ...) once, or at every call while ATTN_DECODE_NV_TUNING is set, which
/// must happen before its first call: here, before main. Unset knobs keep
/// their defaults.
const bool kKnobsLive = setenv("ATTN_DECODE_NV_TUNING", "1", 0) == 0;

struct DCase {
  attnrt_dtype dt = ATTNRT_DTYPE_BF16;
  int B = 1, Hq = 8, Hkv = 2, Sq = 1, Sk = 3000, D = 128;
  attnrt_causal causal = ATTNRT_CAUSAL_NONE;
  float fill = -INFINITY;
  int emptyNan = 0;
  int mask = 0;     // 0 none, 1 bool [B,1,Sq,Sk] with a dead row 0, 2 f32 additive [B,Hq,Sq,Sk] with -inf,
                    // 3 additive in the operand dtype [B,1,1,Sk] (a padding mask: finfo.min on each
                    // batch's first keys, small values elsewhere)
  int maskKeyStride = 1; // mask 3: the key dimension's element stride
  int maskOffset = 0;    // mask 3: the mask this many elements into its allocation
  int rowPad = 0;   // K/V row stride D + rowPad (3: unaligned, the portable kernel)
  int kvOffset = 0; // K and V this many elements into their allocations
  uint32_t seed = 1;
};

template <class T> T *upload(const std::vector<T> &h, int64_t offset = 0) {
  T *d = nullptr;
  EXPECT_EQ(cudaMalloc(&d, (h.size() + offset) * sizeof(T) + 16), cudaSuccess);
  EXPECT_EQ(cudaMemcpy(d + offset, h.data(), h.size() * sizeof(T),
                       cudaMemcpyHostToDevice),
            cudaSuccess);
  return d;
}

/// A one-query-row problem whose pointers are placeholders (16 aligned
/// bytes, never read): for the checks that decline it before any launch.
/// K/V rows of `kvLd` elements (0: D).
attnk_problem placeholderProblem(int B, int Hq, int Hkv, int Sk, int D, int kvLd = 0) {
  alignas(16) static char fake[16];
  attnk_problem p = decodeProblem(ATTNRT_DTYPE_BF16, ATTNRT_DTYPE_F32, B, Hq, Hkv, 1, Sk, D);
  p.q = bhsd(fake, Hq, 1, D);
  p.k = bhsd(fake, Hkv, Sk, kvLd ? kvLd : D);
  p.v = bhsd(fake, Hkv, Sk, kvLd ? kvLd : D);
  p.o = bhsd(fake, Hq, 1, D);
  return p;
}

void runDecode(const DCase &c, int forcedSplits) {
  SCOPED_TRACE(::testing::Message()
               << "B" << c.B << " Hq" << c.Hq << "/" << c.Hkv << " Sq" << c.Sq << " Sk" << c.Sk
               << " D" << c.D << " causal" << c.causal << " fill" << c.fill << " mask" << c.mask
               << " pad" << c.rowPad << " splits" << forcedSplits);
  std::mt19937 rng(c.seed * 7919u + (uint32_t)forcedSplits);
  std::normal_distribution<float> nd(0.f, 1.f);
  const int ld = c.D + c.rowPad;
  const int64_t nq = (int64_t)c.B * c.Hq * c.Sq * c.D;
  const int64_t nkv = (int64_t)c.B * c.Hkv * c.Sk * ld;
  const std::vector<uint16_t> q = randomBits(nq, c.dt, rng), k = randomBits(nkv, c.dt, rng),
                              v = randomBits(nkv, c.dt, rng);
  const int64_t nm = (int64_t)c.B * c.Hq * c.Sq * c.Sk;
  std::vector<uint8_t> mb;
  std::vector<float> mf;
  std::vector<uint16_t> mh; // mask 3, [B, Sk] at the key stride
  if (c.mask == 1) { // [B, 1, Sq, Sk]: query row 0 of batch 0 sees nothing
    mb.resize((size_t)c.B * c.Sq * c.Sk);
    for (int64_t t = 0; t < (int64_t)mb.size(); ++t) mb[t] = (rng() % 4) != 0;
    for (int j = 0; j < c.Sk; ++j) mb[j] = 0;
  } else if (c.mask == 2) {
    mf.resize(nm);
    for (int64_t t = 0; t < nm; ++t) mf[t] = (rng() % 5) == 0 ? -INFINITY : nd(rng);
    for (int j = 0; j < c.Sk; ++j) mf[j] = -INFINITY; // (b 0, h 0, i 0) empty
  } else if (c.mask == 3) {
    const float lowest = c.dt == ATTNRT_DTYPE_F16 ? -65504.f : -3.3895314e38f;
    mh.assign((size_t)c.B * c.Sk * c.maskKeyStride, toBits(c.dt, 0.f));
    for (int b = 0; b < c.B; ++b) {
      const int pad = (int)((b * 397u + 11u) % (uint32_t)(c.Sk / 2 + 1)); // left padding, < Sk
      for (int j = 0; j < c.Sk; ++j)
        mh[((int64_t)b * c.Sk + j) * c.maskKeyStride] = toBits(c.dt, j < pad ? lowest : 0.5f * nd(rng));
    }
  }
  attnk_problem p = decodeProblem(c.dt, ATTNRT_DTYPE_F32, c.B, c.Hq, c.Hkv, c.Sq, c.Sk, c.D);
  const float scale = p.scale;
  p.causal = c.causal;
  p.mask_fill = c.fill;
  p.empty_rows = c.emptyNan ? ATTNRT_EMPTY_ROWS_NAN : ATTNRT_EMPTY_ROWS_ZERO;
  uint16_t *dq = upload(q), *dk = upload(k, c.kvOffset),
           *dv = upload(v, c.kvOffset);
  float *dout = nullptr, *dlse = nullptr;
  const int64_t rows = (int64_t)c.B * c.Hq * c.Sq;
  ASSERT_EQ(cudaMalloc(&dout, nq * 4), cudaSuccess);
  ASSERT_EQ(cudaMalloc(&dlse, rows * 4), cudaSuccess);
  ASSERT_EQ(cudaMemset(dout, 0xff, nq * 4), cudaSuccess); // NaN poison
  ASSERT_EQ(cudaMemset(dlse, 0xff, rows * 4), cudaSuccess);
  p.q = bhsd(dq, c.Hq, c.Sq, c.D);
  p.k = bhsd(dk + c.kvOffset, c.Hkv, c.Sk, ld);
  p.v = bhsd(dv + c.kvOffset, c.Hkv, c.Sk, ld);
  p.o = bhsd(dout, c.Hq, c.Sq, c.D);
  p.lse = {dlse, {(int64_t)c.Hq * c.Sq, c.Sq, 1, 0}};
  void *dmask = nullptr;
  if (c.mask == 1) {
    dmask = upload(mb);
    p.mask_dtype = ATTNRT_DTYPE_BOOL;
    p.mask = {dmask, {(int64_t)c.Sq * c.Sk, 0, c.Sk, 1}};
  } else if (c.mask == 2) {
    dmask = upload(mf);
    p.mask_dtype = ATTNRT_DTYPE_F32;
    p.mask = {dmask, {(int64_t)c.Hq * c.Sq * c.Sk, (int64_t)c.Sq * c.Sk, c.Sk, 1}};
  } else if (c.mask == 3) {
    dmask = upload(mh, c.maskOffset);
    p.mask_dtype = c.dt;
    p.mask = {(uint16_t *)dmask + c.maskOffset, {(int64_t)c.Sk * c.maskKeyStride, 0, 0, c.maskKeyStride}};
  }
  ASSERT_EQ(attnk_unsupported_reason(&p), nullptr);
  const int splits = splitsFor(p, forcedSplits);
  const size_t wsBytes = attnk_decode_workspace_bytes(&p, splits);
  void *ws = nullptr;
  ASSERT_EQ(cudaMalloc(&ws, wsBytes ? wsBytes : 1), cudaSuccess);
  ASSERT_EQ(attnk_flash_attention_decode(&p, splits, ws, wsBytes, nullptr), 0)
      << attnk_error_string(cudaGetLastError());
  ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
  std::vector<float> out(nq), lse(rows);
  ASSERT_EQ(cudaMemcpy(out.data(), dout, nq * 4, cudaMemcpyDeviceToHost), cudaSuccess);
  ASSERT_EQ(cudaMemcpy(lse.data(), dlse, rows * 4, cudaMemcpyDeviceToHost), cudaSuccess);
  for (void *ptr : {(void *)dq, (void *)dk, (void *)dv, (void *)dout, (void *)dlse, ws, dmask})
    if (ptr) cudaFree(ptr);

  // ---- f64 reference, row by row
  const int group = c.Hq / c.Hkv;
  const int off = c.causal == ATTNRT_CAUSAL_BOTTOM_RIGHT ? c.Sk - c.Sq : 0;
  double err2 = 0, ref2 = 0;
  int lseBad = 0, emptyBad = 0, emptyRows = 0;
  std::vector<double> s(c.Sk), ref;
  for (int b = 0; b < c.B; ++b)
    for (int h = 0; h < c.Hq; ++h)
      for (int i = 0; i < c.Sq; ++i) {
        const int kh = h / group;
        const uint16_t *qr = &q[(((int64_t)b * c.Hq + h) * c.Sq + i) * c.D];
        double m = -INFINITY;
        for (int j = 0; j < c.Sk; ++j) {
          const uint16_t *kr = &k[(((int64_t)b * c.Hkv + kh) * c.Sk + j) * ld];
          double dot = 0;
          for (int d = 0; d < c.D; ++d) dot += (double)fromBits(c.dt, qr[d]) * fromBits(c.dt, kr[d]);
          double x = (double)scale * dot;
          const bool hidden =
              (c.causal != ATTNRT_CAUSAL_NONE && j > i + off) ||
              (c.mask == 1 && !mb[((int64_t)b * c.Sq + i) * c.Sk + j]);
          if (hidden) x = c.fill;
          else if (c.mask == 2) x += mf[(((int64_t)b * c.Hq + h) * c.Sq + i) * c.Sk + j];
          else if (c.mask == 3) x += fromBits(c.dt, mh[((int64_t)b * c.Sk + j) * c.maskKeyStride]);
          s[j] = x;
          m = std::max(m, x);
        }
        const int64_t row = ((int64_t)b * c.Hq + h) * c.Sq + i;
        const float *orow = &out[row * c.D];
        if (m == -INFINITY) { // empty row
          ++emptyRows;
          for (int d = 0; d < c.D; ++d)
            if (c.emptyNan ? !std::isnan(orow[d]) : orow[d] != 0.f) ++emptyBad;
          if (!(lse[row] == -INFINITY)) ++lseBad;
          continue;
        }
        const double l = softmaxRow(s, m, c.D, [&](int64_t j, int d) {
          return fromBits(c.dt, v[(((int64_t)b * c.Hkv + kh) * c.Sk + j) * ld + d]);
        }, ref);
        for (int d = 0; d < c.D; ++d) {
          const double r = ref[d];
          err2 += (orow[d] - r) * (orow[d] - r);
          ref2 += r * r;
          if (std::isnan(orow[d])) err2 = INFINITY;
        }
        const double rl = m + std::log(l);
        if (!(std::fabs(lse[row] - rl) <= 1e-4 * (1 + std::fabs(rl)))) {
          if (lseBad < 5)
            ADD_FAILURE() << "lse row " << row << ": " << lse[row] << " vs " << rl;
          ++lseBad;
        }
      }
  const double rel = std::sqrt(err2 / (ref2 > 0 ? ref2 : 1));
  EXPECT_LE(rel, 1e-2) << "relative L2 error of O";
  EXPECT_EQ(emptyBad, 0) << "empty rows not " << (c.emptyNan ? "NaN" : "zero");
  EXPECT_EQ(lseBad, 0) << "lse mismatches";
  if ((c.mask == 1 || c.mask == 2) && c.fill == -INFINITY) // a finite fill makes the dead row the mean of V
    EXPECT_GT(emptyRows, 0) << "the case meant to have an empty row has none";
}

void runSplits(const DCase &c) {
  for (int splits : {0, 1, 13}) runDecode(c, splits);
}

TEST(DecodeLse, GqaNoMask) {
  DECODE_GPU_OR_SKIP();
  DCase c;
  runSplits(c); // B1 32/8-style group of 4, 3000 keys, bf16, D128
  c = DCase{};
  c.dt = ATTNRT_DTYPE_F16;
  c.B = 2; c.Hq = 4; c.Hkv = 4; c.Sq = 3; c.Sk = 1501; c.D = 64; c.seed = 2;
  c.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  runSplits(c);
  c.causal = ATTNRT_CAUSAL_TOP_LEFT; // row i sees keys 0..i: most tiles skipped
  c.seed = 3;
  runSplits(c);
}

TEST(DecodeLse, MasksAndEmptyRows) {
  DECODE_GPU_OR_SKIP();
  DCase c;
  c.mask = 1; c.Sq = 2; c.Sk = 1100; c.seed = 4; c.emptyNan = 1;
  runSplits(c);
  c.fill = -3.4e38f; // a finite fill: the dead row is the mean of V, lse = fill + ln(Sk)
  c.emptyNan = 0;
  c.mask = 1;
  c.seed = 5;
  runDecode(c, 0);
  runDecode(c, 13);
  c = DCase{};
  c.mask = 2; c.Hq = 4; c.Hkv = 1; c.Sq = 4; c.Sk = 777; c.D = 64; c.dt = ATTNRT_DTYPE_F16;
  c.seed = 6;
  runSplits(c);
}

TEST(DecodeLse, PortableKernel) { // unaligned K/V rows: the portable decode kernel
  DECODE_GPU_OR_SKIP();
  DCase c;
  c.rowPad = 3; c.Sk = 1300; c.seed = 7;
  runDecode(c, 0);
  runDecode(c, 5);
  c.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  c.fill = -3.4e38f; // log2 units would clamp this fill: the lse path uses natural units
  c.mask = 1;
  c.Sq = 2;
  c.seed = 8;
  runDecode(c, 0);
  runDecode(c, 3);
}

TEST(DecodeLse, SanitizerSubset) { // small: compute-sanitizer
  DECODE_GPU_OR_SKIP();
  DCase c;
  c.Sk = 700; c.Hq = 4; c.Hkv = 1; c.Sq = 2; c.mask = 1; c.seed = 9;
  runDecode(c, 0);
  runDecode(c, 1);
  c.rowPad = 3;
  runDecode(c, 0);
  // Several (batch, KV head) units: with ATTN_DECODE_NV_SK=5 (stream-K on at
  // most 5 blocks) blocks span unit boundaries.
  c = DCase{};
  c.B = 2; c.Hq = 4; c.Hkv = 2; c.Sk = 700; c.seed = 10;
  runDecode(c, 0);
  // Wide groups (> 32 packed rows): the 5-m-tile kernels, D 64 (block ring)
  // and D 128 (TMA ring), a dead m-tile in each block.
  c = DCase{};
  c.Hq = 40; c.Hkv = 1; c.Sk = 300; c.D = 64; c.seed = 13;
  runDecode(c, 0);
  runDecode(c, 1);
  c.D = 128; c.dt = ATTNRT_DTYPE_F16; c.seed = 14;
  runDecode(c, 0);
  // D 256 (TMA ring, Q fragments reloaded per k-step), one split and two.
  int major = 0;
  if (cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0) == cudaSuccess &&
      major >= 9) {
    c = DCase{};
    c.Hq = 2; c.Hkv = 2; c.Sk = 300; c.D = 256; c.seed = 22;
    runDecode(c, 1);
    runDecode(c, 2);
  }
}

// More than 32 packed rows per (batch, KV head): blocks of 5 m-tiles (80
// rows) share each K/V tile. Partly and wholly unused m-tiles, several row
// blocks per KV head, Sk not a multiple of the 32-key tile, causal rows.
TEST(DecodeLse, WideGroups) {
  DECODE_GPU_OR_SKIP();
  DCase c;
  c.B = 3; c.Hq = 71; c.Hkv = 1; c.Sk = 2000; c.D = 64; c.seed = 15; // Falcon-7B's MQA
  runSplits(c);
  c.dt = ATTNRT_DTYPE_F16; c.B = 2; c.Hq = 48; c.Sk = 1500; c.D = 128; c.seed = 16; // TMA ring
  runSplits(c);
  c = DCase{};
  c.Hq = 96; c.Hkv = 2; c.Sq = 2; c.Sk = 1037; c.seed = 17; // 96 rows: 2 blocks of 80
  runSplits(c);
  c = DCase{};
  c.dt = ATTNRT_DTYPE_F16; c.Hq = 20; c.Hkv = 1; c.Sq = 3; c.Sk = 777; c.D = 64; c.seed = 18;
  c.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT; // 60 rows, the last of them sees every key
  runSplits(c);
  c = DCase{};
  c.Hq = 32; c.Hkv = 1; c.Sk = 900; c.D = 64; c.seed = 19; // 32 rows: the 16-row blocks
  runSplits(c);
  // Padded head dims on the wide-group blocks: D 96 on the D 128 TMA ring,
  // D 40 on the D 64 block ring (columns past D zeros).
  c = DCase{};
  c.Hq = 64; c.Hkv = 1; c.Sq = 2; c.Sk = 1300; c.D = 96; c.seed = 25;
  c.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  runSplits(c);
  c = DCase{};
  c.dt = ATTNRT_DTYPE_F16; c.B = 2; c.Hq = 71; c.Hkv = 1; c.Sk = 2100; c.D = 40; c.seed = 26;
  runSplits(c);
}

// D == Dv == 256 (Gemma's decode): the NVIDIA kernel's D 256 TMA ring where
// it runs (sm_90), MHA and GQA groups, Sk not a multiple of the 64-key tile,
// causal rows, the split count it picks, one split (O written by the kernel)
// and 13 (the combine's two 128-dim passes). A mask at D 256 is taken as
// the problem without it is (OperandDtypeMasks computes such problems);
// logit rounding at D 256 is declined (the negative twin): no decode kernel
// rounds at that head dim.
// The decode kernel keeps the K/V tensor maps it made (keyed by address,
// shape, strides, box): calls whose K/V move (a 128-byte offset), change
// their key count or their row stride between calls must each read their
// own operands. Same-sized buffers freed and allocated again usually come
// back at the same address, so the repeats also reuse kept maps.
TEST(DecodeLse, TileMapsFollowAddressAndShape) {
  DECODE_GPU_OR_SKIP();
  DCase c; // D 128, D == Dv: the TMA ring on sm_90
  c.Sk = 2048;
  for (int pass = 0; pass < 2; ++pass) {
    c.seed = 40 + pass * 4;
    c.kvOffset = 0;
    c.rowPad = 0;
    c.Sk = 2048;
    runDecode(c, 0);
    ++c.seed;
    c.kvOffset = 64; // K and V 128 bytes further
    runDecode(c, 0);
    ++c.seed;
    c.Sk = 1536; // fewer keys: other head strides
    runDecode(c, 0);
    ++c.seed;
    c.rowPad = 8; // rows of 136 elements (still 16-byte aligned)
    runDecode(c, 0);
  }
}

bool takesD256(int Hq, int Hkv, int Sk, bool mask, bool broadcastKv = false, bool roundLogits = false) {
  attnk_problem p = decodeProblem(ATTNRT_DTYPE_BF16, ATTNRT_DTYPE_F32, 2, Hq, Hkv, 1, Sk, 256);
  if (roundLogits) p.logit_rounding = ATTNRT_LOGIT_ROUNDING_BF16;
  alignas(16) static char kv[16]; // never read: the eligibility builds tensor maps only
  p.k = bhsd(kv, Hkv, Sk, 256);
  p.v = bhsd(kv, Hkv, Sk, 256);
  if (broadcastKv) p.k.strides[0] = p.v.strides[0] = 0; // one K/V for both sequences
  static char m[16];
  if (mask) p.mask = {m, {0, 0, 0, 1}};
  return attnk_decode_head_dim_supported(&p) != 0;
}

TEST(DecodeLse, HeadDim256) {
  DECODE_GPU_OR_SKIP();
  EXPECT_FALSE(takesD256(4, 4, 1000, false, false, true)) << "logit rounding at D 256";
  // K/V broadcast over the batch: left to the kernels that take stride 0.
  EXPECT_FALSE(takesD256(4, 4, 1000, false, true)) << "K/V with a stride-0 batch dim";
  int major = 0;
  ASSERT_EQ(cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0), cudaSuccess);
  ASSERT_EQ(takesD256(4, 4, 1000, false), major >= 9);
  EXPECT_EQ(takesD256(4, 4, 1000, true), major >= 9) << "a mask at D 256";
  if (major < 9) GTEST_SKIP() << "D 256 decode needs sm_90 (the TMA ring)";
  DCase c;
  c.B = 2; c.Hq = 4; c.Hkv = 4; c.Sk = 1500; c.D = 256; c.seed = 20; // Gemma-7B: MHA
  runSplits(c);
  c.dt = ATTNRT_DTYPE_F16; c.B = 1; c.Hq = 8; c.Hkv = 2; c.Sq = 3; c.Sk = 777; c.seed = 21;
  c.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT; // 12 packed rows, the last sees every key
  runSplits(c);
  // With logit rounding the decode entry declines D 256 before any launch
  // (no decode kernel rounds there; the pointers are placeholders).
  attnk_problem p = placeholderProblem(1, 4, 4, 1000, 256);
  p.logit_rounding = ATTNRT_LOGIT_ROUNDING_BF16;
  ASSERT_EQ(attnk_unsupported_reason(&p), nullptr); // declined for its head dim alone
  ASSERT_EQ(attnk_decode_head_dim_supported(&p), 0);
  EXPECT_EQ(attnk_flash_attention_decode(&p, 1, nullptr, 0, nullptr), ATTNK_E_UNSUPPORTED);
}

// Head dims below their kernels' bucket: max(D, Dv) <= 64 runs the D 64
// kernels, 65-128 the D 128 kernels, and on sm_90 D == Dv of 129-248 with
// one query head per KV head on few (batch, head) pairs the D 256 kernels;
// columns past D read as zeros (the TMA rings' boxes reach past the tensor
// map; cp.async predicates them off) and are never written. Each case row by
// row against the reference with the kernel's split count, one split and
// 13; on sm_90 the default is a TMA ring where K/V rows start at 32-byte
// steps (D a multiple of 16 here), else a cp.async ring (D 40, 56, 72).
// Negative twins, declined before any launch: the portable kernel
// (unaligned K/V rows) has no D 96 or D 32 kernels; bucket 192 with a
// group, on too many pairs, or with rows off 32-byte steps.
TEST(DecodeLse, PaddedHeadDims) {
  DECODE_GPU_OR_SKIP();
  int major = 0;
  const bool sm90 =
      cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0) == cudaSuccess && major >= 9;
  const int sms = multiprocessors();
  struct Pd {
    int D, B, Hq, Hkv, Sq, Sk, mask; // mask as DCase::mask
  };
  const Pd cases[] = {{96, 2, 4, 4, 1, 3000, 0},   {96, 3, 8, 2, 1, 1500, 3},  {80, 2, 8, 4, 3, 777, 0},
                      {112, 1, 16, 2, 1, 2049, 0}, {72, 2, 4, 2, 2, 1000, 1},  {32, 2, 8, 8, 1, 5000, 0},
                      {40, 3, 8, 2, 1, 1300, 2},   {48, 1, 4, 4, 1, 20000, 3}, {56, 4, 28, 4, 1, 600, 0},
                      {160, 1, 4, 4, 1, 3000, 0},  {192, 2, 4, 4, 2, 1000, 1}, {240, 1, 2, 2, 1, 9000, 3}};
  uint32_t seed = 300;
  for (const Pd &x : cases) {
    const int dp = x.D <= 64 ? 64 : x.D <= 128 ? 128 : 256;
    if (dp == 256 && !sm90) continue;
    DCase c;
    c.D = x.D; c.B = x.B; c.Hq = x.Hq; c.Hkv = x.Hkv; c.Sq = x.Sq; c.Sk = x.Sk; c.mask = x.mask;
    c.causal = x.Sq > 1 ? ATTNRT_CAUSAL_BOTTOM_RIGHT : ATTNRT_CAUSAL_NONE;
    c.dt = seed % 2 ? ATTNRT_DTYPE_F16 : ATTNRT_DTYPE_BF16; c.seed = seed++;
    attn::decode_nv_force_variant(-1);
    runDecode(c, 0);
    const std::string at = "D " + std::to_string(x.D) + " Sk " + std::to_string(x.Sk);
    if (sm90) {
      attn::DecodeNvVariantInfo info{};
      ASSERT_TRUE(attn::decode_nv_describe_variant(attn::decode_nv_last_variant(), &info)) << at;
      EXPECT_EQ(info.tma, x.D % 16 == 0) << at;
      EXPECT_EQ(info.dp, dp) << at;
    }
    runDecode(c, 1);
    runDecode(c, 13);
  }
  for (int d : {96, 32}) {
    attnk_problem p = placeholderProblem(1, 4, 4, 1000, d, d + 3); // rows not 16-byte aligned
    ASSERT_EQ(attnk_unsupported_reason(&p), nullptr) << d;
    EXPECT_EQ(attnk_decode_head_dim_supported(&p), 0) << d;
    EXPECT_EQ(attnk_flash_attention_decode(&p, 1, nullptr, 0, nullptr), ATTNK_E_UNSUPPORTED) << d;
    p = placeholderProblem(1, 4, 4, 1000, d); // aligned rows: the NVIDIA kernel takes the head dim
    EXPECT_EQ(attnk_decode_head_dim_supported(&p), 1) << d;
  }
  const int few = (sms - 1) / 2; // 2 x pairs < sms
  attnk_problem p = placeholderProblem(1, few, few, 1000, 192);
  EXPECT_EQ(attnk_decode_head_dim_supported(&p), sm90 ? 1 : 0) << "MHA on " << few << " pairs";
  p = placeholderProblem(1, few + 1, few + 1, 1000, 192);
  EXPECT_EQ(attnk_decode_head_dim_supported(&p), 0) << "MHA on " << few + 1 << " pairs";
  p = placeholderProblem(1, 8, 4, 1000, 192);
  EXPECT_EQ(attnk_decode_head_dim_supported(&p), 0) << "a group of 2";
  EXPECT_EQ(attnk_flash_attention_decode(&p, 1, nullptr, 0, nullptr), ATTNK_E_UNSUPPORTED);
  p = placeholderProblem(1, 4, 4, 1000, 232);
  EXPECT_EQ(attnk_decode_head_dim_supported(&p), 0) << "rows of 464 bytes";
}

TEST(DecodeLse, ManyUnits) { // more (batch, KV head) units than multiprocessors
  DECODE_GPU_OR_SKIP();
  DCase c;
  c.B = 40; c.Hq = 8; c.Hkv = 4; c.Sk = 1000; c.seed = 11;
  runDecode(c, 0);
  runDecode(c, 2);
  c.dt = ATTNRT_DTYPE_F16; c.B = 37; c.Hkv = 2; c.Sq = 2; c.Sk = 1537; c.seed = 12;
  c.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  runDecode(c, 0);
}

// Several splits merged by the last block of each (batch, KV head, row
// block) unit to arrive (or, with ATTN_DECODE_NV_FUSE=0, the combine
// kernel). Top-left causal rows with the -inf fill: the key tiles past the
// diagonal are skipped, so splits 1-12 have no tiles and arrive before split
// 0, which holds every visible key; the same with a finite fill (nothing
// skipped, hidden keys weigh in); 160 units of 5 splits (800 blocks: the
// pieces of a unit in different waves); the combine's limit of 64 splits.
TEST(DecodeLse, LastBlockCombines) {
  DECODE_GPU_OR_SKIP();
  DCase c;
  c.Sq = 3; c.Sk = 3000; c.causal = ATTNRT_CAUSAL_TOP_LEFT; c.seed = 41;
  runDecode(c, 13);
  c.fill = -30.f; c.seed = 42;
  runDecode(c, 13);
  c = DCase{};
  c.B = 40; c.Hq = 8; c.Hkv = 4; c.Sk = 1000; c.seed = 43;
  runDecode(c, 5);
  c = DCase{};
  c.dt = ATTNRT_DTYPE_F16; c.Sk = 9000; c.seed = 44;
  runDecode(c, 64);
}

// The merge of the splits (decode_nv.cu: merge_row in the combine kernel
// after the grid where a block has more than 4 key tiles, combine_unit in
// the unit's last block otherwise; ATTN_DECODE_NV_COMB=1 or 0 picks merge_row
// or the caller's combine kernel, FUSE=0/1 either place for every count): split counts
// on both sides of each place and of the merge's batches (16 splits a batch
// of loads, 32 lanes holding (m, l)), up to the limit 64; fully masked rows
// (bool mask, NaN empty rows; an additive -inf row, zeros) whose splits are
// all empty; D 64 (lanes 16-31 hold no dims), D 256 (two 128-dim passes).
TEST(DecodeLse, SplitMerges) {
  DECODE_GPU_OR_SKIP();
  DCase c;
  c.Sk = 9000; c.seed = 51; // 71 key tiles of 128
  for (int splits : {2, 17, 33, 64}) runDecode(c, splits);
  c.mask = 1; c.Sq = 2; c.emptyNan = 1; c.seed = 52;
  for (int splits : {3, 17, 64}) runDecode(c, splits);
  c = DCase{};
  c.mask = 2; c.dt = ATTNRT_DTYPE_F16; c.Hq = 4; c.Hkv = 1; c.Sq = 4; c.Sk = 5000; c.D = 64; c.seed = 53;
  for (int splits : {5, 31, 64}) runDecode(c, splits);
  c = DCase{};
  c.Sq = 3; c.Sk = 9000; c.causal = ATTNRT_CAUSAL_TOP_LEFT; c.seed = 54; // splits 1-63 skip every tile
  runDecode(c, 64);
  int major = 0;
  if (cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0) == cudaSuccess && major >= 9) {
    c = DCase{};
    c.Hq = 4; c.Hkv = 4; c.Sk = 2500; c.D = 256; c.seed = 55; // 40 key tiles of 64
    for (int splits : {3, 40}) runDecode(c, splits);
  }
}

// One query row at short keys (decode_nv_short_key_ring): the rings of two
// blocks per multiprocessor, D 64 the 3-stage TMA ring of 8 warps and D 128
// the 4-warp TMA ring, compared row by row with the reference (with the
// split count the kernel picks and with 3 splits) on more units than
// multiprocessors (B 40-50 x 4 KV heads) and a partial last key tile; the 1-block
// rings past each key bound and where the cost model would split the
// 2-block ring (B 1: 4 units).
TEST(DecodeLse, ShortKeyRings) {
  DECODE_GPU_OR_SKIP();
  int major = 0;
  if (cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0) != cudaSuccess || major < 9)
    GTEST_SKIP() << "the TMA rings need compute capability 9.0";
  struct Ring {
    int B, Hq, D, Sk, stages, warps;
  };
  // 4 KV heads; D 128 past 16 key tiles of 64 on B 50 (200 units: fewer
  // would be split on the 264 block slots), at 2048 keys Hq 4 (MHA: the
  // reference's cost).
  const Ring rings[] = {{40, 28, 64, 1105, 3, 8},  {40, 28, 64, 2048, 3, 8},  {40, 28, 64, 2049, 6, 8},
                        {1, 28, 64, 1105, 6, 8},   {50, 28, 128, 1025, 3, 4}, {50, 4, 128, 2048, 3, 4},
                        {50, 4, 128, 2049, 3, 8},  {1, 28, 128, 1000, 3, 8}};
  uint32_t seed = 60;
  for (const Ring &r : rings)
    for (int splits : {0, 3}) {
      DCase c;
      c.B = r.B; c.Hq = r.Hq; c.Hkv = 4; c.Sk = r.Sk; c.D = r.D;
      c.dt = seed % 2 ? ATTNRT_DTYPE_F16 : ATTNRT_DTYPE_BF16; c.seed = seed++;
      attn::decode_nv_force_variant(-1); // forget the last launch's variant
      runDecode(c, splits);
      attn::DecodeNvVariantInfo info{};
      const std::string at = "B " + std::to_string(r.B) + " D " + std::to_string(r.D) + " Sk " +
                             std::to_string(r.Sk);
      ASSERT_TRUE(attn::decode_nv_describe_variant(attn::decode_nv_last_variant(), &info)) << at;
      EXPECT_TRUE(info.tma) << at;
      EXPECT_EQ(info.stages, r.stages) << at;
      EXPECT_EQ(info.warps, r.warps) << at;
    }
}

// Masks in the operand dtype as Hugging Face's generate() passes them to a
// decode step ([B,1,1,Sk], each batch's left padding at finfo.min), compared
// row by row with the reference, with the split count the kernel picks and
// with 3: a lane's two adjacent keys are one load where the keys are
// contiguous and the row's start aligned, else key by key (a mask starting
// one element into its allocation; a key stride of 2). On sm_90 the masked
// problems take the D 128 rings the unmasked ones take: the 4-warp two-block
// ring up to 2048 keys (B 50, 28/4 heads), the 8-warp ring past it; at D 64
// the 3-stage two-block TMA ring at any length (B 8, 16/16 heads, 16k keys;
// B 2, 4/4 heads, 3000 keys) and the 6-stage ring on 4 units (B 1, 16/4);
// at D 256 the 4-warp ring (3 stages), also with a key stride of 2.
TEST(DecodeLse, OperandDtypeMasks) {
  DECODE_GPU_OR_SKIP();
  int major = 0;
  const bool sm90 =
      cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0) == cudaSuccess && major >= 9;
  struct Mk {
    int B, Hq, Hkv, Sk, D, stride, offset, warps, stages; // the ring's on sm_90, 0 unchecked
  };
  const Mk cases[] = {{50, 28, 4, 1025, 128, 1, 0, 4, 3}, {50, 4, 4, 2049, 128, 1, 0, 8, 3},
                      {3, 28, 4, 777, 128, 1, 1, 0, 0},   {3, 8, 4, 777, 128, 2, 0, 0, 0},
                      {8, 16, 16, 16384, 64, 1, 0, 8, 3}, {2, 4, 4, 3000, 64, 1, 0, 8, 3},
                      {1, 16, 4, 1500, 64, 1, 0, 8, 6},   {2, 8, 4, 3000, 256, 1, 0, 4, 3},
                      {3, 16, 16, 777, 256, 2, 0, 4, 3}};
  uint32_t seed = 90;
  for (const Mk &m : cases)
    for (int splits : {0, 3}) {
      DCase c;
      c.B = m.B; c.Hq = m.Hq; c.Hkv = m.Hkv; c.Sk = m.Sk; c.D = m.D; c.mask = 3;
      c.maskKeyStride = m.stride; c.maskOffset = m.offset;
      c.dt = seed % 2 ? ATTNRT_DTYPE_F16 : ATTNRT_DTYPE_BF16; c.seed = seed++;
      attn::decode_nv_force_variant(-1); // forget the last launch's variant
      runDecode(c, splits);
      if (!sm90 || !m.warps || splits) continue;
      attn::DecodeNvVariantInfo info{};
      const std::string at =
          "B " + std::to_string(m.B) + " D " + std::to_string(m.D) + " Sk " + std::to_string(m.Sk);
      ASSERT_TRUE(attn::decode_nv_describe_variant(attn::decode_nv_last_variant(), &info)) << at;
      EXPECT_TRUE(info.tma && info.mask) << at;
      EXPECT_EQ(info.warps, m.warps) << at;
      EXPECT_EQ(info.stages, m.stages) << at;
    }
}

// The D 256 TMA ring (4 warps x 3 stages) forced, compared row by row with
// the reference, bf16 and f16: groups of 8 and 2 query heads (8 and 2 live
// rows of 16: Q's 16-byte chunks, decode_nv_vector_q's default at D 256, and
// the one-element loop with ATTN_DECODE_NV_QVEC=0), a partial last key tile,
// the split count the kernel picks, one split and 3; 3 query rows with
// bottom-right causal. Then Q's chunks forced on the D 64 and D 128 kernels
// (QVEC=1), the wide-group blocks (80 rows) among them.
TEST(DecodeLse, HeadDim256Rings) {
  DECODE_GPU_OR_SKIP();
  ASSERT_TRUE(kKnobsLive);
  int major = 0;
  ASSERT_EQ(cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0), cudaSuccess);
  if (major < 9) GTEST_SKIP() << "D 256 decode needs sm_90 (the TMA ring)";
  EXPECT_TRUE(attn::decode_nv_vector_q(256));
  struct Ring {
    int stages, warps;
  };
  uint32_t seed = 70;
  for (const Ring r : {Ring{3, 4}})
    for (attnrt_dtype dt : {ATTNRT_DTYPE_BF16, ATTNRT_DTYPE_F16}) {
      int vi = -1;
      for (int i = 0; i < attn::decode_nv_variant_count(); ++i) {
        attn::DecodeNvVariantInfo info{};
        ASSERT_TRUE(attn::decode_nv_describe_variant(i, &info));
        if (info.dp == 256 && info.dtype == dt && info.tma && !info.mask && !info.lr && !info.probe &&
            info.mt == 1 && info.stages == r.stages && info.warps == r.warps)
          vi = i;
      }
      const std::string at = "D 256, " + std::to_string(r.warps) + " warps x " + std::to_string(r.stages) +
                             " stages, " + (dt == ATTNRT_DTYPE_F16 ? "f16" : "bf16");
      ASSERT_GE(vi, 0) << at;
      SCOPED_TRACE(at);
      attn::decode_nv_force_variant(vi);
      DCase c;
      c.dt = dt; c.B = 3; c.Hq = 16; c.Hkv = 2; c.Sk = 1510; c.D = 256; c.seed = seed++; // g 8
      for (int splits : {0, 1, 3}) runDecode(c, splits);
      EXPECT_EQ(attn::decode_nv_last_variant(), vi);
      c.B = 5; c.Hq = 4; c.Sk = 333; c.seed = seed++; // g 2
      setenv("ATTN_DECODE_NV_QVEC", "1", 1); // Q's chunks, whatever the default
      runDecode(c, 0);
      setenv("ATTN_DECODE_NV_QVEC", "0", 1); // the one-element loop
      c.seed = seed++;
      runDecode(c, 3);
      unsetenv("ATTN_DECODE_NV_QVEC");
      c.B = 1; c.Hq = 8; c.Sq = 3; c.Sk = 777; c.seed = seed++; // 12 packed rows
      c.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
      runDecode(c, 0);
    }
  attn::decode_nv_force_variant(-1);
  setenv("ATTN_DECODE_NV_QVEC", "1", 1);
  DCase c;
  c.Hq = 32; c.Hkv = 8; c.Sk = 1100; c.D = 128; c.B = 2; c.seed = seed++;
  runDecode(c, 0);
  c.D = 64; c.dt = ATTNRT_DTYPE_F16; c.seed = seed++;
  runDecode(c, 0);
  c.Hq = 40; c.Hkv = 1; c.Sk = 300; c.D = 128; c.seed = seed++; // the wide-group blocks
  runDecode(c, 0);
  runDecode(c, 1);
  unsetenv("ATTN_DECODE_NV_QVEC");
}

// ATTN_DECODE_NV_TIMELINE (decode_nv.cu, DnTimeline; measurement): the
// twins of the 8-warp D 128 TMA ring and of the merge_row combine kernel
// record one entry per block and still compute O and lse (checked per row
// by runDecode); the records: 12 splits of 71 key tiles (11 of 6, one of 5)
// on 2 KV heads x 2 sequences, then 4 combine blocks (16 rows), timers in
// order, nothing past them. A D 64 problem (no twin) records nothing.
TEST(DecodeLse, TimelineProbe) {
  DECODE_GPU_OR_SKIP();
  ASSERT_TRUE(kKnobsLive);
  int major = 0;
  ASSERT_EQ(cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0), cudaSuccess);
  if (major < 9) GTEST_SKIP() << "the recording twin is a TMA ring (sm_90)";
  constexpr int kStride = 8, kRecords = 64; // DnTimeline's kTlStride; room past the 52 used
  unsigned long long *dtl = nullptr;
  ASSERT_EQ(cudaMalloc(&dtl, kRecords * kStride * 8), cudaSuccess);
  std::vector<unsigned long long> tl(kRecords * kStride);
  auto record = [&](const DCase &c, int splits) {
    EXPECT_EQ(cudaMemset(dtl, 0, kRecords * kStride * 8), cudaSuccess);
    setenv("ATTN_DECODE_NV_TIMELINE", std::to_string((uintptr_t)dtl).c_str(), 1);
    runDecode(c, splits);
    unsetenv("ATTN_DECODE_NV_TIMELINE");
    EXPECT_EQ(cudaMemcpy(tl.data(), dtl, tl.size() * 8, cudaMemcpyDeviceToHost), cudaSuccess);
  };
  DCase c;
  c.B = 2; c.Sk = 9000; c.seed = 61;
  record(c, 13);
  const int splitBlocks = 12 * 2 * 2, combineBlocks = 4;
  int64_t tiles = 0;
  unsigned long long lastExit = 0;
  for (int b = 0; b < splitBlocks; ++b) {
    const unsigned long long *r = &tl[b * kStride];
    SCOPED_TRACE(::testing::Message() << "split block " << b);
    EXPECT_GT(r[0], 0u);
    EXPECT_LE(r[0], r[1]);
    EXPECT_LE(r[1], r[2]);
    EXPECT_LE(r[2], r[3]);
    EXPECT_LT(r[4], 1024u) << "multiprocessor id";
    EXPECT_EQ(r[5], b % 12 == 11 ? 5u : 6u) << "key tiles (split " << b % 12 << ")";
    EXPECT_LE(r[6], r[7]) << "clock64 over the key loop";
    tiles += (int64_t)r[5];
    lastExit = std::max(lastExit, r[3]);
  }
  EXPECT_EQ(tiles, 4 * 71);
  for (int b = splitBlocks; b < splitBlocks + combineBlocks; ++b) {
    const unsigned long long *r = &tl[b * kStride];
    SCOPED_TRACE(::testing::Message() << "combine block " << b - splitBlocks);
    EXPECT_GT(r[0], 0u);
    EXPECT_LE(r[0], r[1]);
    EXPECT_LE(r[1], r[3]);
    EXPECT_EQ(r[2], 0u) << "no key loop";
    EXPECT_GE(r[1], lastExit) << "released after every split block's exit";
  }
  for (size_t i = (splitBlocks + combineBlocks) * kStride; i < tl.size(); ++i)
    EXPECT_EQ(tl[i], 0u) << "entry " << i << " past the records";
  c = DCase{};
  c.D = 64; c.seed = 62; // the D 64 kernels have no recording twin
  record(c, 5);
  for (size_t i = 0; i < tl.size(); ++i) EXPECT_EQ(tl[i], 0u) << "entry " << i;
  cudaFree(dtl);
}

} // namespace
