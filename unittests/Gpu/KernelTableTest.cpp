//===- KernelTableTest.cpp - the gpu backend's kernel choice, without a GPU ===//
//
// The kernel table's supports() are host code over an attnk_problem: which
// kernel each shape class gets, what a forced kernel says when it cannot run
// a problem, and the report lines, checked on any machine (no kernel is
// launched). Shapes avoid the Hopper kernel's class (output dtype differs
// from the inputs') where the expected kernel is a portable one, so the
// expectations hold on an sm_90 device too.
//
//===----------------------------------------------------------------------===//

#include "backends/GpuKernels.h"
#include "backends/PackedQueryGroups.h"
#include "decode/decode_nv.h"

#include <cstdlib>
#if defined(ATTN_HAVE_HOPPER)
#include "attn_hopper.h"
#endif

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <tuple>
#include <string>
#include <vector>

using namespace attnrt;

namespace {

/// A contiguous [B, H, S, D] problem; pointers are never dereferenced.
attnk_problem problem(int64_t Sq, int64_t Sk, int64_t D,
                      attnrt_causal causal = ATTNRT_CAUSAL_NONE,
                      bool mask = false) {
  attnk_problem k;
  std::memset(&k, 0, sizeof(k));
  k.dtype = ATTNRT_DTYPE_BF16;
  k.out_dtype = ATTNRT_DTYPE_F32; // Not the Hopper kernel's class.
  k.mask_dtype = ATTNRT_DTYPE_BOOL;
  k.causal = causal;
  k.batch = 2;
  k.heads_q = 8;
  k.heads_kv = 2;
  k.seq_q = Sq;
  k.seq_k = Sk;
  k.head_dim = k.head_dim_v = D;
  k.scale = 0.125f;
  k.mask_fill = -INFINITY;
  alignas(16) static char fake[16]; // 16-byte aligned rows
  auto dense = [&](attnk_tensor &t, int64_t H, int64_t S) {
    t.data = fake;
    t.strides[3] = 1;
    t.strides[2] = D;
    t.strides[1] = S * D;
    t.strides[0] = H * S * D;
  };
  dense(k.q, 8, Sq);
  dense(k.k, 2, Sk);
  dense(k.v, 2, Sk);
  dense(k.o, 8, Sq);
  if (mask) {
    k.mask.data = fake;
    k.mask.strides[3] = 1;
    k.mask.strides[2] = Sk;
  }
  return k;
}

std::string chosen(const attnk_problem &k, std::string *report = nullptr) {
  std::string why;
  const GpuKernel *g = chooseGpuKernel(k, "", &why, report);
  return g ? g->name : "none: " + why;
}

TEST(GpuKernelTable, OrderAndNames) {
  std::string names = gpuKernelNames();
  // Hopper first when built; then the portable kernels, general last.
  EXPECT_NE(names.find("decode, fa2-causal, fa2-nocausal, fa2-general"),
            std::string::npos)
      << names;
  EXPECT_EQ(gpuKernelTable().back(), findGpuKernel("fa2-general"));
  EXPECT_EQ(findGpuKernel("nope"), nullptr);
}

TEST(GpuKernelTable, EachShapeClassGetsItsKernel) {
  EXPECT_EQ(chosen(problem(1, 4096, 128)), "decode");
  EXPECT_EQ(chosen(problem(16, 512, 64, ATTNRT_CAUSAL_TOP_LEFT, true)),
            "decode");
  EXPECT_EQ(chosen(problem(17, 4096, 128)), "fa2-nocausal");
  EXPECT_EQ(chosen(problem(1, 511, 128)), "fa2-nocausal");
  EXPECT_EQ(chosen(problem(300, 300, 64, ATTNRT_CAUSAL_BOTTOM_RIGHT)),
            "fa2-causal");
  EXPECT_EQ(chosen(problem(300, 300, 128)), "fa2-nocausal");
  EXPECT_EQ(chosen(problem(300, 300, 128, ATTNRT_CAUSAL_NONE, true)),
            "fa2-general");
  EXPECT_EQ(chosen(problem(300, 300, 96, ATTNRT_CAUSAL_TOP_LEFT)),
            "fa2-general");
  // Buckets 32 and 96 (D 32; D 80, 96): the NVIDIA decode kernel's 64 and
  // 128 kernels where its K/V rows are 16-byte aligned; unaligned rows would
  // need the portable decode kernel, which has none (fa2-general then).
  for (int64_t d : {32, 80, 96}) {
    EXPECT_EQ(chosen(problem(1, 4096, d)), "decode") << d;
    EXPECT_EQ(chosen(problem(16, 512, d, ATTNRT_CAUSAL_BOTTOM_RIGHT, true)), "decode") << d;
    attnk_problem unaligned = problem(1, 4096, d);
    unaligned.k.strides[2] = unaligned.v.strides[2] = d + 4;
    EXPECT_EQ(chosen(unaligned), "fa2-general") << d;
  }
  // D = Dv = 256: the NVIDIA decode kernel where it takes the problem (an
  // sm_90 device), else not a decode dim; with a mask as without.
  const attnk_problem d256 = problem(1, 4096, 256);
  EXPECT_EQ(chosen(d256),
            attnk_decode_head_dim_supported(&d256) ? "decode" : "fa2-general");
  const attnk_problem d256Mask =
      problem(1, 4096, 256, ATTNRT_CAUSAL_NONE, true);
  EXPECT_EQ(attnk_decode_head_dim_supported(&d256Mask),
            attnk_decode_head_dim_supported(&d256));
  EXPECT_EQ(chosen(d256Mask), attnk_decode_head_dim_supported(&d256Mask)
                                  ? "decode"
                                  : "fa2-general");
}

TEST(GpuKernelTable, ReportListsEveryKernel) {
  std::string report;
  EXPECT_EQ(chosen(problem(300, 300, 64, ATTNRT_CAUSAL_TOP_LEFT), &report),
            "fa2-causal");
  EXPECT_NE(report.find("  kernel decode: not supported: more than 16 query "
                        "rows\n"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("  kernel fa2-causal: supported, chosen\n"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("  kernel fa2-nocausal: not supported: causal\n"),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("  kernel fa2-general: supported\n"),
            std::string::npos)
      << report;
  for (const GpuKernel *g : gpuKernelTable())
    EXPECT_NE(report.find(std::string("kernel ") + g->name + ":"),
              std::string::npos)
        << g->name;
}

TEST(GpuKernelTable, ForcedKernelRunsOrSaysWhyNot) {
  attnk_problem k = problem(300, 300, 128, ATTNRT_CAUSAL_NONE, true);
  std::string why, report;
  const GpuKernel *g = chooseGpuKernel(k, "fa2-general", &why, &report);
  ASSERT_NE(g, nullptr) << why;
  EXPECT_STREQ(g->name, "fa2-general");
  EXPECT_EQ(report, "  kernel fa2-general: forced, chosen\n");
  EXPECT_EQ(chooseGpuKernel(k, "fa2-nocausal", &why, nullptr), nullptr);
  EXPECT_EQ(why, "gpu kernel 'fa2-nocausal' cannot run this problem: has a "
                 "mask (fa2-general reads masks)");
  EXPECT_EQ(chooseGpuKernel(k, "decode", &why, nullptr), nullptr);
  EXPECT_EQ(why, "gpu kernel 'decode' cannot run this problem: more than 16 "
                 "query rows");
  EXPECT_EQ(chooseGpuKernel(k, "fa3", &why, nullptr), nullptr);
  EXPECT_EQ(why.find("no gpu kernel named 'fa3' (kernels: "), 0u) << why;
}

/// `k` with an lse output (f32 [B, Hq, Sq], dense).
attnk_problem withLse(attnk_problem k) {
  static float fakeLse[4];
  k.lse.data = fakeLse;
  k.lse.strides[2] = 1;
  k.lse.strides[1] = k.seq_q;
  k.lse.strides[0] = k.heads_q * k.seq_q;
  return k;
}

// The decode and fa2 kernels write the lse output: on a problem of their own
// class they accept it too, and the choice with lse is the choice without.
TEST(GpuKernelTable, LseWrittenOrDeclinedWithReason) {
  struct {
    const char *kernel;
    attnk_problem k;
  } own[] = {
      {"fa2-causal", problem(300, 300, 64, ATTNRT_CAUSAL_TOP_LEFT)},
      {"fa2-nocausal", problem(300, 300, 128)},
      {"fa2-general", problem(300, 300, 96, ATTNRT_CAUSAL_BOTTOM_RIGHT, true)},
      {"decode", problem(1, 4096, 128)},
  };
  for (const auto &o : own) {
    SCOPED_TRACE(o.kernel);
    const GpuKernel *g = findGpuKernel(o.kernel);
    ASSERT_NE(g, nullptr);
    std::string why;
    EXPECT_TRUE(g->supports(o.k, &why)) << why;
    EXPECT_TRUE(g->supports(withLse(o.k), &why)) << why;
  }
  EXPECT_EQ(chosen(withLse(problem(1, 4096, 128))), "decode");
  EXPECT_EQ(chosen(withLse(problem(300, 300, 96, ATTNRT_CAUSAL_TOP_LEFT, true))),
            "fa2-general");
  // sm90-wgmma's answer needs an sm_90 device: AttnGpuTests'
  // LseWrittenOrDeclinedWithReasonPerKernel checks it (writes a correct lse
  // or declines naming it).
}

/// `k` with logit_rounding `r` and every tensor on a 16-byte aligned base
/// (the NVIDIA decode kernel's condition).
attnk_problem rounded(attnk_problem k, attnrt_logit_rounding r) {
  alignas(16) static char aligned[16];
  for (attnk_tensor *t : {&k.q, &k.k, &k.v, &k.o, &k.mask})
    if (t->data)
      t->data = aligned;
  k.logit_rounding = r;
  return k;
}

// Every call walks the table without a report or reasons (stopping at the
// first kernel that supports and prefers the problem, making no message):
// that walk must choose what the reported walk chooses, and leave the
// reason for a problem no kernel runs to the full walk.
TEST(GpuKernelTable, QuietWalkChoosesAsTheReportedWalk) {
  std::vector<attnk_problem> ks = {
      problem(1, 4096, 128),
      problem(1, 4096, 64),
      problem(16, 512, 64, ATTNRT_CAUSAL_TOP_LEFT, true),
      problem(17, 4096, 128),
      problem(1, 511, 128),
      problem(300, 300, 64, ATTNRT_CAUSAL_BOTTOM_RIGHT),
      problem(300, 300, 128),
      problem(300, 300, 128, ATTNRT_CAUSAL_NONE, true),
      problem(300, 300, 96, ATTNRT_CAUSAL_TOP_LEFT),
      problem(1, 4096, 256),
      problem(1, 4096, 256, ATTNRT_CAUSAL_NONE, true),
      rounded(problem(1, 4096, 128), ATTNRT_LOGIT_ROUNDING_BF16),
      rounded(problem(300, 300, 64), ATTNRT_LOGIT_ROUNDING_BF16)};
  // The Hopper kernels' class (output dtype = operands'), and groups the
  // packed kernel takes (16 and 64 query heads per KV head, 1k-8k keys).
  for (size_t i = 0, n = ks.size(); i < n; ++i) {
    attnk_problem k = ks[i];
    k.out_dtype = k.dtype;
    ks.push_back(k);
  }
  for (int64_t hq : {16, 32, 128})
    for (int64_t sk : {1024, 8192}) {
      attnk_problem k = problem(1, sk, 128);
      k.out_dtype = k.dtype;
      k.batch = 8;
      k.heads_q = hq;
      k.heads_kv = 2;
      ks.push_back(k);
    }
  for (const attnk_problem &k : ks) {
    SCOPED_TRACE(::testing::Message()
                 << "Sq " << k.seq_q << " Sk " << k.seq_k << " D " << k.head_dim
                 << " Hq " << k.heads_q << " out " << k.out_dtype << " causal "
                 << k.causal);
    std::string why, report;
    const GpuKernel *full = chooseGpuKernel(k, "", &why, &report);
    EXPECT_EQ(chooseGpuKernel(k, "", nullptr, nullptr), full) << report;
    std::string quietWhy;
    const GpuKernel *g = chooseGpuKernel(k, "", &quietWhy, nullptr);
    EXPECT_EQ(g, full) << report;
    if (!g)
      EXPECT_EQ(quietWhy, why);
  }
}

// logit_rounding: decode computes it (rounding in the Q/K/V type, on the
// NVIDIA kernel); the fa2 kernels decline it naming logit_rounding; rounding
// to another type than the operands' is declined by decode with that reason.
TEST(GpuKernelTable, LogitRoundingRunsOnDecodeOrIsDeclinedWithReason) {
  const attnk_problem dec = rounded(problem(1, 4096, 128), ATTNRT_LOGIT_ROUNDING_BF16);
  EXPECT_EQ(chosen(dec), "decode");
  EXPECT_EQ(chosen(rounded(problem(4, 1000, 64, ATTNRT_CAUSAL_BOTTOM_RIGHT, true),
                           ATTNRT_LOGIT_ROUNDING_BF16)),
            "decode");
  std::string why;
  for (const char *name : {"fa2-causal", "fa2-nocausal", "fa2-general"}) {
    SCOPED_TRACE(name);
    const GpuKernel *g = findGpuKernel(name);
    ASSERT_NE(g, nullptr);
    for (const attnk_problem &k :
         {rounded(problem(300, 300, 64, ATTNRT_CAUSAL_TOP_LEFT), ATTNRT_LOGIT_ROUNDING_BF16),
          rounded(problem(300, 300, 128), ATTNRT_LOGIT_ROUNDING_BF16),
          rounded(problem(300, 300, 96, ATTNRT_CAUSAL_NONE, true), ATTNRT_LOGIT_ROUNDING_BF16)}) {
      // The first reason, whatever the problem's class.
      EXPECT_FALSE(g->supports(k, &why));
      EXPECT_EQ(why, "logit_rounding (logits rounded step by step in f16/bf16): the "
                     "FlashAttention-2 kernels compute logits in f32 (sm90-wgmma and decode "
                     "round them)");
    }
  }
  // No kernel of the table (on a machine without sm_90): the message lists
  // every kernel's reason.
  const attnk_problem pre = rounded(problem(300, 300, 64), ATTNRT_LOGIT_ROUNDING_BF16);
  std::string report;
  const std::string got = chosen(pre, &report);
  if (got.rfind("none: ", 0) == 0) {
    EXPECT_NE(got.find("fa2-general: logit_rounding"), std::string::npos) << got;
    EXPECT_NE(got.find("decode: more than 16 query rows"), std::string::npos) << got;
  } else {
    EXPECT_EQ(got, "sm90-wgmma") << report;
  }
  // Rounding to f16 with bf16 operands.
  const GpuKernel *d = findGpuKernel("decode");
  ASSERT_NE(d, nullptr);
  EXPECT_FALSE(d->supports(rounded(problem(1, 4096, 128), ATTNRT_LOGIT_ROUNDING_F16), &why));
  EXPECT_EQ(why.find("logit_rounding to a type other than the Q/K/V type"), 0u) << why;
  // The same problem without rounding: unchanged choices.
  EXPECT_EQ(chosen(rounded(problem(300, 300, 128), ATTNRT_LOGIT_ROUNDING_NONE)), "fa2-nocausal");
}

#if defined(ATTN_HAVE_HOPPER)
TEST(GpuKernelTable, HopperDeclinesWhatItCannotRun) {
  std::string why;
  const GpuKernel *w = findGpuKernel("sm90-wgmma");
  ASSERT_NE(w, nullptr);
  EXPECT_FALSE(w->supports(problem(300, 300, 128), &why));
  EXPECT_EQ(why, "output dtype differs from Q/K/V's");
  // Dv != D: any Dv a multiple of 8 up to 256 (issue 12); the device checks
  // come last, so the reasons below hold without an sm_90 device.
  attnk_problem k = problem(300, 300, 128);
  k.out_dtype = k.dtype;
  for (int64_t dv : {60, 264, 0}) {
    k.head_dim_v = dv;
    EXPECT_FALSE(w->supports(k, &why)) << dv;
    EXPECT_EQ(why, "head dim of V is not a multiple of 8 up to 256") << dv;
  }
  k = problem(1, 4096, 128);
  k.out_dtype = k.dtype;
  EXPECT_FALSE(w->supports(k, &why));
  EXPECT_EQ(why.find("decode shape"), 0u) << why;
  // Head dims: multiples of 8 up to 256 (padded inside); others declined.
  k = problem(300, 300, 20);
  k.out_dtype = k.dtype;
  EXPECT_FALSE(w->supports(k, &why));
  EXPECT_EQ(why, "head dim is not a multiple of 8 up to 256");
  // The lse output is written (no decline for asking), but its view must
  // be one the epilogue's 4-byte stores can take.
  static float lseStore[4];
  k = problem(300, 300, 96);
  k.out_dtype = k.dtype;
  k.lse.data = reinterpret_cast<const char *>(lseStore) + 2;
  EXPECT_FALSE(w->supports(k, &why));
  EXPECT_EQ(why, "lse not 4-byte aligned");
  // logit_rounding: in the Q/K/V type only.
  k = rounded(problem(300, 300, 64), ATTNRT_LOGIT_ROUNDING_F16);
  k.out_dtype = k.dtype;
  EXPECT_FALSE(w->supports(k, &why));
  EXPECT_EQ(why, "logit_rounding to a type other than the Q/K/V type (the kernels round logits "
                 "in the operand type only)");
}

// The name of the Hopper variant the default dispatch picks for k on a
// device of `sms` multiprocessors (host logic, no device; 132: the H100 SXM
// and the H200, whatever device the test runs on).
std::string hopperDefaultName(attnk_problem k, int sms = 132) {
  k.out_dtype = k.dtype;
  const char *n = attn_hopper_variant_name(static_cast<int>(k.head_dim), k.dtype,
                                           attn_hopper_default_variant_for_sms(&k, sms));
  return std::string(n ? n : "(none)");
}

// The default Hopper kernel of Stable Diffusion's head dims (host logic, no
// device): short non-causal D 72..80 / 136..160 run PV over 80 / 160
// columns (V/O tiles of Cfg::DV 80 / 160; bench/RESULTS.md, "SD head dims:
// V/O tiles of 80 and 160 columns"); a wider Dv, long keys and causal
// problems keep the 128- / 192-column V tiles.
TEST(GpuKernelTable, HopperSdHeadDimDefaults) {
  EXPECT_EQ(hopperDefaultName(problem(1024, 1024, 80)), "d128_k80_v80_bm128_ovl_static");
  // D 65..72 from 257 keys: 128-column V, pingpong, static grid; below, the
  // 80-column kernel.
  EXPECT_EQ(hopperDefaultName(problem(257, 257, 72)), "d128_k80_bm128_ovl_pp_static");
  EXPECT_EQ(hopperDefaultName(problem(511, 511, 72)), "d128_k80_bm128_ovl_pp_static");
  attnk_problem q = problem(300, 340, 72);
  q.head_dim_v = 64;
  EXPECT_EQ(hopperDefaultName(q), "d128_k80_bm128_ovl_pp_static");
  EXPECT_EQ(hopperDefaultName(problem(256, 256, 72)), "d128_k80_v80_bm128_ovl_static");
  EXPECT_EQ(hopperDefaultName(problem(257, 257, 80)), "d128_k80_v80_bm128_ovl_static");
  // D 72 from 512 keys: the dynamic grid with 128-column V (SigLIP's 729 tokens).
  EXPECT_EQ(hopperDefaultName(problem(512, 512, 72)), "d128_k80_bm128_ovl_dyn");
  EXPECT_EQ(hopperDefaultName(problem(729, 729, 72)), "d128_k80_bm128_ovl_dyn");
  EXPECT_EQ(hopperDefaultName(problem(729, 729, 80)), "d128_k80_v80_bm128_ovl_static");
  EXPECT_EQ(hopperDefaultName(problem(256, 256, 160)), "d192_k160_v160_bm128_bn128_ovl_static");
  EXPECT_EQ(hopperDefaultName(problem(300, 517, 136)), "d192_k160_v160_bm128_bn128_ovl_static");
  attnk_problem k = problem(1024, 1024, 80);
  k.head_dim_v = 96;  // wider than the 80-column V tiles
  EXPECT_EQ(hopperDefaultName(k), "d128_k80_bm128_ovl_static");
  k = problem(256, 256, 160);
  k.head_dim_v = 176;
  EXPECT_EQ(hopperDefaultName(k), "d192_k160_bm128_bn96_ovl_static");
  // D 73..80 beyond 1024 keys: 80-column V/O, pingpong, dynamic grid
  // (128-column V with Dv > 80; D 65..72: the dynamic grid without pingpong).
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 80)), "d128_k80_v80_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1025, 1025, 80)), "d128_k80_v80_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 72)), "d128_k80_bm128_ovl_dyn");
  k = problem(4096, 4096, 80);
  k.head_dim_v = 96;
  EXPECT_EQ(hopperDefaultName(k), "d128_k80_bm128_ovl_dyn");
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 160)), "d192_k160_bm128_bn96_ovl_dyn");
  for (attnrt_causal c : {ATTNRT_CAUSAL_TOP_LEFT, ATTNRT_CAUSAL_BOTTOM_RIGHT}) {
    EXPECT_EQ(hopperDefaultName(problem(1024, 1024, 80, c)).find("_v80"), std::string::npos);
    EXPECT_EQ(hopperDefaultName(problem(256, 256, 160, c)).find("_v160"), std::string::npos);
  }
}

// The default Hopper kernel of causal D 128 (host logic, no device): top-left
// up to 4096 keys on the pingpong kernel (bench/RESULTS.md, "D 128 causal: P V
// under the softmax, pingpong at 2k-4k": 3.6-6% faster than without at 2k-4k,
// equal at 8k), with O by TMA stores ("O by TMA stores: the other
// defaults"); the twins: top-left at 8192 keys and bottom-right chunks keep
// the kernel without pingpong and with the register stores, non-causal
// problems take the one without pingpong with O by TMA stores.
TEST(GpuKernelTable, HopperCausalD128Defaults) {
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  EXPECT_EQ(hopperDefaultName(problem(2048, 2048, 128, TL)), "d128_bm128_ovl_pp_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 128, TL)), "d128_bm128_ovl_pp_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1000, 1025, 112, TL)), "d128_bm128_ovl_pp_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(900, 900, 128, BR)), "d128_bm128_ovl_pp_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(8192, 8192, 128, TL)), "d128_bm128_ovl_dyn");
  EXPECT_EQ(hopperDefaultName(problem(4097, 4097, 128, TL)), "d128_bm128_ovl_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1024, 4096, 128, BR)), "d128_bm128_ovl_dyn");
  EXPECT_EQ(hopperDefaultName(problem(2048, 2048, 128)), "d128_bm128_ovl_otma_dyn");
}

// The default Hopper kernel of causal problems with a finite fill and no
// mask (host logic, no device; issue 12, GPT-2's finfo.min): the plain
// kernel the -inf fill runs (hidden keys added after the last tile where
// they weigh anything: kernels/hopper/mask.cuh, plain_fill_tail), not the
// mask-free GEN one; a scale <= 0 still needs GEN (its logits' max is not
// scale times the scores' max), a mask the GEN kernels that read it.
TEST(GpuKernelTable, HopperCausalFiniteFillDefaults) {
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  for (float fill : {-3.3895313892515355e38f, -65504.f, -1e4f, -1.f, 2.f})
    for (auto [Sq, Sk, D, c] : {std::tuple{2048, 2048, 64, TL}, std::tuple{2048, 2048, 128, TL},
                                std::tuple{512, 512, 64, TL}, std::tuple{300, 200, 128, BR},
                                std::tuple{333, 333, 256, TL}}) {
      attnk_problem k = problem(Sq, Sk, D, c);
      const std::string inf = hopperDefaultName(k);
      k.mask_fill = fill;
      EXPECT_EQ(hopperDefaultName(k), inf) << "fill " << fill << " Sq " << Sq << " D " << D;
      EXPECT_EQ(inf.find("gen"), std::string::npos) << inf;
    }
  attnk_problem k = problem(2048, 2048, 64, TL);
  k.mask_fill = -1e4f;
  k.scale = -0.125f;
  EXPECT_EQ(hopperDefaultName(k), "d64_gen_nomask_bm192_bn128_pp_dyn");
}

// The default Hopper kernel of D 88..96 (host logic, no device): the twin
// of the D 128 kernel the same problem would run at D 128, with QK^T over
// 96 columns (Cfg::DK 96) and, for Dv <= 96, PV over 96 (Cfg::DV 96;
// bench/RESULTS.md, "D 96: QK^T and P V over 96 columns"), in each of the
// D 128 rule's causal classes: top-left up to 4096 keys and short causal ->
// pingpong, longer causal -> dynamic; non-causal -> pingpong from 512 keys
// (unlike D 128), dynamic below. The neighbouring
// classes keep their kernels: D 80 (k80), D 104 and D 128 (QK^T over 128
// columns), D 64 with Dv 96 (QK^T over 80), and D 96 with Dv 104..128
// keeps 128-column V/O tiles.
TEST(GpuKernelTable, HopperD96Defaults) {
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 96)), "d128_k96_v96_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1025, 1025, 88)), "d128_k96_v96_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1024, 1024, 96)), "d128_k96_v96_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(300, 512, 96)), "d128_k96_v96_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(300, 511, 96)), "d128_k96_v96_bm128_ovl_dyn");
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 96, TL)), "d128_k96_v96_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(900, 900, 96, BR)), "d128_k96_v96_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(8192, 8192, 96, TL)), "d128_k96_v96_bm128_ovl_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1024, 4096, 96, BR)), "d128_k96_v96_bm128_ovl_dyn");
  // Dv below D (96 / 64): the 96-column V/O tiles too.
  attnk_problem k = problem(4096, 4096, 96);
  k.head_dim_v = 64;
  EXPECT_EQ(hopperDefaultName(k), "d128_k96_v96_bm128_ovl_pp_dyn");
  // Dv 104..128 with D 96: QK^T over 96 columns, V/O 128 wide.
  k.head_dim_v = 128;
  EXPECT_EQ(hopperDefaultName(k), "d128_k96_bm128_ovl_pp_dyn");
  k = problem(1024, 1024, 96);
  k.head_dim_v = 104;
  EXPECT_EQ(hopperDefaultName(k), "d128_k96_bm128_ovl_pp_dyn");
  k = problem(400, 400, 96);
  k.head_dim_v = 104;
  EXPECT_EQ(hopperDefaultName(k), "d128_k96_bm128_ovl_dyn");
  k = problem(2048, 2048, 96, TL);
  k.head_dim_v = 128;
  EXPECT_EQ(hopperDefaultName(k), "d128_k96_bm128_ovl_pp_dyn");
  // The twins.
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 80)), "d128_k80_v80_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1024, 1024, 80)), "d128_k80_v80_bm128_ovl_static");
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 104)), "d128_bm128_ovl_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 128)), "d128_bm128_ovl_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1024, 1024, 128)), "d128_bm128_ovl_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(4096, 4096, 104, TL)), "d128_bm128_ovl_pp_otma_dyn");
  // D 64 with Dv 96: the D 128 list (max(D, Dv)), named through head dim
  // 80 (attn_hopper_variant_name names a variant for D = Dv = d).
  k = problem(4096, 4096, 64);
  k.head_dim_v = 96;
  k.out_dtype = k.dtype;
  const char *k80 = attn_hopper_variant_name(80, k.dtype, attn_hopper_default_variant_for_sms(&k, 132));
  EXPECT_EQ(std::string(k80 ? k80 : "(none)"), "d128_k80_bm128_ovl_dyn");
  // The k96 kernels serve D <= 96 only (named at D 96, "" at D 104), and
  // launch with their D 128 twins' sched bits.
  const attnk_problem d96 = problem(4096, 4096, 96);
  int named = 0;
  for (int i = 0; const char *n = attn_hopper_variant_name(96, d96.dtype, i); ++i) {
    if (std::string(n).rfind("d128_k96_", 0) != 0)
      continue;
    ++named;
    SCOPED_TRACE(n);
    EXPECT_EQ(std::string(attn_hopper_variant_name(104, d96.dtype, i)), "");
  }
  EXPECT_EQ(named, 4);
  for (attnrt_causal c : {ATTNRT_CAUSAL_NONE, TL}) {
    attnk_problem a = problem(4096, 4096, 96, c), b = problem(4096, 4096, 128, c);
    a.out_dtype = a.dtype;
    b.out_dtype = b.dtype;
    EXPECT_EQ(attn_hopper_default_sched_bits(&a, -1, 132), attn_hopper_default_sched_bits(&b, -1, 132)) << c;
    a.head_dim_v = 128;
    EXPECT_EQ(attn_hopper_default_sched_bits(&a, -1, 132), attn_hopper_default_sched_bits(&b, -1, 132)) << c;
  }
}

// K/V resident across a head's m-blocks (Cfg::KVR; bench/RESULTS.md, "SD
// D 160 at 256 tokens: K/V resident"): the default of short non-causal D
// 136..160 with Dv <= 160 and Sk <= 256 where a grid of (batch, head) pairs
// loads the SMs within 2% of a grid of output tiles (SD 1.5 level 2: 1024 x
// 8 pairs; HopperPath.KvResident's 264 pairs). The twins: few pairs (16:
// one CTA would compute two tiles where two CTAs compute one each), Sk 257
// (three key tiles: more than the ring), causal, Dv 176 keep their kernels.
TEST(GpuKernelTable, HopperKvResidentDefault) {
  auto pairs = [](attnk_problem k, int64_t B, int64_t Hq) {
    k.batch = B;
    k.heads_q = k.heads_kv = Hq;
    return k;
  };
  const std::string kvr = "d192_k160_v160_bm128_bn128_ovl_pp_kvr_static";
  EXPECT_EQ(hopperDefaultName(pairs(problem(256, 256, 160), 1024, 8)), kvr);
  EXPECT_EQ(hopperDefaultName(pairs(problem(130, 140, 160), 66, 4)), kvr);
  EXPECT_EQ(hopperDefaultName(pairs(problem(260, 64, 136), 33, 8)), kvr);
  // D 128, Dv 160 (HopperPath.KvResident): the list of max(D, Dv), named
  // through head dim 160 (the same list).
  attnk_problem dv = pairs(problem(140, 100, 128), 33, 8);
  dv.head_dim_v = 160;
  dv.out_dtype = dv.dtype;
  const char *dvName =
      attn_hopper_variant_name(160, dv.dtype, attn_hopper_default_variant_for_sms(&dv, 132));
  EXPECT_EQ(std::string(dvName ? dvName : "(none)"), kvr);
  EXPECT_EQ(hopperDefaultName(problem(256, 256, 160)), "d192_k160_v160_bm128_bn128_ovl_static");
  EXPECT_EQ(hopperDefaultName(pairs(problem(256, 257, 160), 1024, 8)), "d192_k160_v160_bm128_bn128_ovl_static");
  for (attnrt_causal c : {ATTNRT_CAUSAL_TOP_LEFT, ATTNRT_CAUSAL_BOTTOM_RIGHT})
    EXPECT_EQ(hopperDefaultName(pairs(problem(256, 256, 160, c), 1024, 8)).find("_kvr"), std::string::npos);
  attnk_problem k = pairs(problem(256, 256, 160), 1024, 8);
  k.head_dim_v = 176;
  EXPECT_EQ(hopperDefaultName(k), "d192_k160_bm128_bn96_ovl_static");
}

// The K/V-resident choice weighs the grid against the device's SMs: with
// P (batch, head) pairs of m m-blocks on N SMs the busiest CTA computes
// ceil(P / N) * m tiles, a grid of output tiles ceil(P * m / N); the
// K/V-resident kernel runs where the first is within 2% of the second.
// Checked here for the H100 SXM / H200 (132 SMs), the H100 PCIe (114) and
// a smaller part (78), on short non-causal D 160 problems (Sq 130..256: m
// = 2), each computed by hand below.
TEST(GpuKernelTable, HopperKvResidentSmCounts) {
  auto pairs = [](int64_t B, int64_t Hq) {
    attnk_problem k = problem(256, 256, 160);
    k.batch = B;
    k.heads_q = k.heads_kv = Hq;
    return k;
  };
  const std::string kvr = "d192_k160_v160_bm128_bn128_ovl_pp_kvr_static";
  const std::string tiles = "d192_k160_v160_bm128_bn128_ovl_static";
  // SD 1.5 level 2, 8192 pairs: 132 SMs 126 vs 125 tiles, 114: 144 vs 144,
  // 78: 212 vs 211 (all within 2%).
  for (int sms : {132, 114, 78})
    EXPECT_EQ(hopperDefaultName(pairs(1024, 8), sms), kvr) << sms << " SMs";
  // One pair per SM, two m-blocks each: 2 tiles either way, on any count.
  EXPECT_EQ(hopperDefaultName(pairs(66, 2), 132), kvr);
  EXPECT_EQ(hopperDefaultName(pairs(57, 2), 114), kvr);
  EXPECT_EQ(hopperDefaultName(pairs(39, 2), 78), kvr);
  // One pair more than SMs (the flip): the busiest CTA 4 tiles, a tile grid
  // 3.
  EXPECT_EQ(hopperDefaultName(pairs(133, 1), 132), tiles);
  EXPECT_EQ(hopperDefaultName(pairs(115, 1), 114), tiles);
  EXPECT_EQ(hopperDefaultName(pairs(79, 1), 78), tiles);
  // HopperPath.KvResident's 264 pairs: 132 SMs 4 vs 4 tiles; 131 SMs 6 vs
  // 5, 114: 6 vs 5, 78: 8 vs 7.
  EXPECT_EQ(hopperDefaultName(pairs(66, 4), 132), kvr);
  for (int sms : {131, 114, 78})
    EXPECT_EQ(hopperDefaultName(pairs(66, 4), sms), tiles) << sms << " SMs";
  // 156 pairs fill 78 SMs twice (4 vs 4) but not 132 or 114 (4 vs 3).
  EXPECT_EQ(hopperDefaultName(pairs(78, 2), 78), kvr);
  EXPECT_EQ(hopperDefaultName(pairs(78, 2), 114), tiles);
  EXPECT_EQ(hopperDefaultName(pairs(78, 2), 132), tiles);
  // The 2% edge on 132 SMs: 3169 pairs (24 x 132 + 1): 50 vs 49 tiles,
  // 2.04% more: the tile grid; 3301 (25 x 132 + 1): 52 vs 51, 1.96%: K/V
  // resident.
  EXPECT_EQ(hopperDefaultName(pairs(3169, 1), 132), tiles);
  EXPECT_EQ(hopperDefaultName(pairs(3301, 1), 132), kvr);
  // No device size, no choice.
  attnk_problem k = pairs(1024, 8);
  k.out_dtype = k.dtype;
  EXPECT_EQ(attn_hopper_default_variant_for_sms(&k, 0), -1);
}

// Short causal D 49..64 in 192-row tiles: the dynamic grid from
// kD64CausalDynMinTilesPerSm (1024) tiles a multiprocessor (B 2048 H 16 S
// 1024: 0.89 / 0.95 -> 1.01 / 0.99x cuDNN), the static grid below (B 2048 H
// 16 S 512, 745 tiles an SM: 0.980 against 0.961).
TEST(GpuKernelTable, HopperShortCausalD64Grid) {
  auto shape = [](int64_t B, int64_t H, int64_t S, attnrt_causal c = ATTNRT_CAUSAL_TOP_LEFT) {
    attnk_problem k = problem(S, S, 64, c);
    k.batch = B;
    k.heads_q = k.heads_kv = H;
    return k;
  };
  const std::string dyn = "d64_bm192_ovl_pp_q2_otma_dyn", stat = "d64_bm192_ovl_pp_q2_otma_static";
  EXPECT_EQ(hopperDefaultName(shape(2048, 16, 1024)), dyn);
  EXPECT_EQ(hopperDefaultName(shape(2048, 16, 512)), stat);
  EXPECT_EQ(hopperDefaultName(shape(128, 16, 1024)), stat);
  EXPECT_EQ(hopperDefaultName(shape(16, 16, 1024)), stat);
  // The edge on 132 SMs: 135168 tiles (6 m-blocks x 22528 pairs) dynamic,
  // 135072 static; on 78 SMs 79872 tiles (13312 pairs).
  EXPECT_EQ(hopperDefaultName(shape(1408, 16, 1024)), dyn);
  EXPECT_EQ(hopperDefaultName(shape(1407, 16, 1024)), stat);
  EXPECT_EQ(hopperDefaultName(shape(832, 16, 1024), 78), dyn);
  EXPECT_EQ(hopperDefaultName(shape(831, 16, 1024), 78), stat);
  // Bottom-right as top-left (the tiles, not the mode, decide).
  EXPECT_EQ(hopperDefaultName(shape(2048, 16, 1024, ATTNRT_CAUSAL_BOTTOM_RIGHT)), dyn);
  // Twins: non-causal (always the dynamic grid), D 48 at 513..1024 keys (the
  // k48 kernel), 128-row tiles (S 200), long keys.
  EXPECT_EQ(hopperDefaultName(shape(16, 16, 1024, ATTNRT_CAUSAL_NONE)), dyn);
  attnk_problem d48 = shape(2048, 16, 1024);
  d48.head_dim = d48.head_dim_v = 48;
  EXPECT_EQ(hopperDefaultName(d48), "d64_k48_bm192_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(shape(2048, 16, 200)), "d64_bm128_ovl_pp_static");
  EXPECT_EQ(hopperDefaultName(shape(2048, 16, 2048)), "d64_bm192_ovl_pp_dyn");
}

// The default of short non-causal D 49..64 problems whose queries take
// 192-row tiles (SDXL at S 1024, D 64 S 512): two Q buffers on the dynamic
// grid (bench/RESULTS.md, "Prefill margins": SDXL S 1024 +1.7-2.2% over
// the static grid, S 512 equal). The twins keep their kernels: causal, long
// keys, D 40 (the k48 kernel), 208-key tiles (ViT's 197), 128-row tiles
// (S 200).
TEST(GpuKernelTable, HopperShortD64Default) {
  EXPECT_EQ(hopperDefaultName(problem(1024, 1024, 64)), "d64_bm192_ovl_pp_q2_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(512, 512, 64)), "d64_bm192_ovl_pp_q2_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1000, 700, 56)), "d64_bm192_ovl_pp_q2_otma_dyn");
  // Causal up to 1024 keys: two Q buffers on the static grid (D 64 S 512:
  // +1.4% / +2.4-3.3% over one, S 768-1024 +0.8-2.9%, bench/RESULTS.md).
  EXPECT_EQ(hopperDefaultName(problem(1024, 1024, 64, ATTNRT_CAUSAL_TOP_LEFT)),
            "d64_bm192_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(512, 512, 64, ATTNRT_CAUSAL_TOP_LEFT)),
            "d64_bm192_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(384, 500, 64, ATTNRT_CAUSAL_BOTTOM_RIGHT)),
            "d64_bm192_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(768, 768, 64, ATTNRT_CAUSAL_TOP_LEFT)),
            "d64_bm192_ovl_pp_q2_otma_static");
  // D <= 48 there: QK^T over 48 columns on the dynamic grid; up to 512
  // keys as D 64.
  EXPECT_EQ(hopperDefaultName(problem(990, 990, 48, ATTNRT_CAUSAL_TOP_LEFT)),
            "d64_k48_bm192_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(960, 1024, 40, ATTNRT_CAUSAL_BOTTOM_RIGHT)),
            "d64_k48_bm192_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(512, 512, 48, ATTNRT_CAUSAL_TOP_LEFT)),
            "d64_bm192_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(1500, 1500, 64)), "d64_bm192_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(1024, 1024, 40)), "d64_k48_bm192_ovl_pp_static");
  EXPECT_EQ(hopperDefaultName(problem(197, 197, 64)), "d64_bn208_bm128_ovl_pp_q2_static");
  EXPECT_EQ(hopperDefaultName(problem(200, 1024, 64)), "d64_bm128_ovl_pp_static");
}

// Very short keys, D <= 64, non-causal, no mask (bench/RESULTS.md "Very
// short sequences"): the narrowest key tile that holds Sk in one (64, 80,
// 96), two Q buffers and O by TMA stores; 97..112 keys 112-key tiles
// (non-causal) and 113..128 (and causal 97..128) the 128-key tiles, with two
// Q buffers, where the queries take 128-row tiles; 65..80 keys with long
// query sequences (SD cross-attention) 192-row tiles; causal problems alike.
// The twins keep their kernels: masks, 129 keys, D 72. Up to 64 queries
// and keys, tiles of three heads (two where Hq is 2; one head: one).
TEST(GpuKernelTable, HopperVeryShortKeysDefault) {
  EXPECT_EQ(hopperDefaultName(problem(50, 50, 64)), "d64_bn64_bm192_ovl_pp_q2_otma_static_h3");
  EXPECT_EQ(hopperDefaultName(problem(1, 1, 64)), "d64_bn64_bm192_ovl_pp_q2_otma_static_h3");
  EXPECT_EQ(hopperDefaultName(problem(64, 64, 32)), "d64_bn64_bm192_ovl_pp_q2_otma_static_h3");
  EXPECT_EQ(hopperDefaultName(problem(65, 64, 64)), "d64_bn64_bm128_ovl_pp_q2_otma_static");
  attnk_problem k = problem(21, 21, 64, ATTNRT_CAUSAL_BOTTOM_RIGHT);
  k.heads_q = k.heads_kv = 2;
  EXPECT_EQ(hopperDefaultName(k), "d64_bn64_bm128_ovl_pp_q2_otma_static_h2");
  k.heads_q = k.heads_kv = 1;
  EXPECT_EQ(hopperDefaultName(k), "d64_bn64_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(77, 77, 64)), "d64_bn80_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(65, 80, 48)), "d64_bn80_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(4096, 77, 64)), "d64_bn80_bm192_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(4096, 77, 40)), "d64_bn80_bm192_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(90, 90, 64)), "d64_bn96_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(96, 81, 56)), "d64_bn96_bm128_ovl_pp_q2_otma_static");
  // 97..112 keys non-causal: 112-key tiles (two Q buffers); 113..128 and
  // causal problems the 128-key ones, with three Q buffers from 124 keys.
  EXPECT_EQ(hopperDefaultName(problem(112, 112, 64)), "d64_bn112_bm128_ovl_pp_q2_static");
  EXPECT_EQ(hopperDefaultName(problem(97, 97, 64)), "d64_bn112_bm128_ovl_pp_q2_static");
  EXPECT_EQ(hopperDefaultName(problem(128, 100, 48)), "d64_bn112_bm128_ovl_pp_q2_static");
  EXPECT_EQ(hopperDefaultName(problem(105, 105, 64, ATTNRT_CAUSAL_TOP_LEFT)), "d64_bm128_ovl_pp_q2_static");
  EXPECT_EQ(hopperDefaultName(problem(90, 112, 64, ATTNRT_CAUSAL_BOTTOM_RIGHT)), "d64_bm128_ovl_pp_q2_static");
  EXPECT_EQ(hopperDefaultName(problem(113, 113, 64)), "d64_bm128_ovl_pp_q2_static");
  EXPECT_EQ(hopperDefaultName(problem(123, 123, 64)), "d64_bm128_ovl_pp_q2_static");
  EXPECT_EQ(hopperDefaultName(problem(124, 124, 64)), "d64_bm128_ovl_pp_q3_static");
  EXPECT_EQ(hopperDefaultName(problem(128, 128, 64)), "d64_bm128_ovl_pp_q3_static");
  EXPECT_EQ(hopperDefaultName(problem(256, 128, 64)), "d64_bm128_ovl_pp_q3_static");
  EXPECT_EQ(hopperDefaultName(problem(100, 126, 40, ATTNRT_CAUSAL_BOTTOM_RIGHT)), "d64_bm128_ovl_pp_q3_static");
  EXPECT_EQ(hopperDefaultName(problem(1024, 112, 64)), "d64_bm192_ovl_pp_q2_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(112, 112, 72)), "d128_k80_v80_bm128_ovl_static");
  // 97..128 keys with 192-row query tiles: the short D 64 default.
  EXPECT_EQ(hopperDefaultName(problem(1024, 128, 64)), "d64_bm192_ovl_pp_q2_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(129, 129, 64)), "d64_bm192_ovl_pp_q2_otma_dyn");
  // Causal alike (short prompts; bottom-right chunks of at most 128 keys).
  EXPECT_EQ(hopperDefaultName(problem(77, 77, 64, ATTNRT_CAUSAL_TOP_LEFT)), "d64_bn80_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(50, 50, 64, ATTNRT_CAUSAL_TOP_LEFT)), "d64_bn64_bm192_ovl_pp_q2_otma_static_h3");
  EXPECT_EQ(hopperDefaultName(problem(16, 96, 64, ATTNRT_CAUSAL_BOTTOM_RIGHT)), "d64_bn96_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(128, 128, 64, ATTNRT_CAUSAL_TOP_LEFT)), "d64_bm128_ovl_pp_q3_static");
  EXPECT_EQ(hopperDefaultName(problem(120, 120, 64, ATTNRT_CAUSAL_TOP_LEFT)), "d64_bm128_ovl_pp_q2_static");
  EXPECT_EQ(hopperDefaultName(problem(77, 77, 72)), "d128_k80_v80_bm128_ovl_static");
  EXPECT_NE(hopperDefaultName(problem(77, 77, 64, ATTNRT_CAUSAL_NONE, /*mask=*/true)),
            "d64_bn80_bm128_ovl_pp_q2_otma_static");
}

// The 128-key kernel with three Q buffers (the default from 124 keys,
// HopperVeryShortKeysDefault): a plain kernel of the D <= 64 list (64-column
// Q/K and V/O tiles, a split-KV twin, one head a tile), named there for D 48
// and 64 alike, in no other list (host logic: the tables, no device).
TEST(GpuKernelTable, HopperThreeQBufferVariant) {
  const char *name = "d64_bm128_ovl_pp_q3_static";
  int found = -1;
  attn_hopper_variant_info info;
  for (int vi = 0; attn_hopper_describe_variant(64, vi, &info) == 0; ++vi)
    if (std::string(info.name) == name) {
      EXPECT_EQ(found, -1);
      found = vi;
      EXPECT_EQ(info.kind, 0);
      EXPECT_EQ(info.dk, 0);
      EXPECT_EQ(info.dv, 0);
      EXPECT_EQ(info.lr, 0);
      EXPECT_EQ(info.split, 1);
      EXPECT_EQ(info.hpt, 1);
    }
  ASSERT_GE(found, 0);
  for (attnrt_dtype dt : {ATTNRT_DTYPE_BF16, ATTNRT_DTYPE_F16}) {
    EXPECT_EQ(std::string(attn_hopper_variant_name(64, dt, found)), name);
    EXPECT_EQ(std::string(attn_hopper_variant_name(48, dt, found)), name);
  }
  for (int dp = 128; dp <= 256; dp += 64)
    for (int vi = 0; attn_hopper_describe_variant(dp, vi, &info) == 0; ++vi)
      EXPECT_NE(std::string(info.name), name) << "in the list of " << dp;
}

// The shapes of HopperPath.HeadsPerTile (GpuTest.cpp) run the kernels with
// tiles of several heads (Cfg::HPT), so that the GPU test checks those
// kernels and not the one-head ones: three heads a tile at D <= 64, two at
// D 97..128.
TEST(GpuKernelTable, HopperHeadsPerTileTestShapes) {
  const attnrt_causal N = ATTNRT_CAUSAL_NONE, TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  struct S {
    int64_t B, Hq, Hkv, Sq, Sk, D, Dv;
    attnrt_causal c;
    const char *name;
  };
  const char *h3 = "d64_bn64_bm192_ovl_pp_q2_otma_static_h3";
  const char *h2 = "d64_bn64_bm128_ovl_pp_q2_otma_static_h2";
  const char *d128 = "d128_bn64_bm128_ovl_pp_q2_otma_static_h2";
  const S shapes[] = {
      {4, 20, 20, 21, 21, 64, 64, BR, h3}, {2, 7, 7, 33, 40, 64, 64, TL, h3},
      {1, 6, 3, 21, 21, 64, 64, N, h3},    {2, 12, 4, 16, 16, 64, 64, TL, h3},
      {2, 8, 1, 40, 40, 64, 64, TL, h3},   {2, 2, 2, 64, 64, 64, 64, BR, h2},
      {2, 6, 6, 10, 60, 64, 64, BR, h3},   {2, 6, 6, 60, 10, 64, 64, BR, h3},
      {3, 5, 5, 2, 37, 64, 64, N, h3},     {2, 9, 9, 24, 24, 32, 32, TL, h3},
      {1, 6, 2, 20, 20, 64, 32, N, h3},    {1, 4, 4, 50, 50, 24, 24, TL, h3},
      {2, 5, 5, 21, 21, 128, 128, BR, d128}, {1, 6, 2, 40, 64, 112, 112, TL, d128},
      {1, 4, 4, 50, 50, 128, 128, TL, d128}, {1, 3, 3, 30, 30, 128, 104, N, d128},
      {1, 3, 1, 21, 21, 128, 128, BR, d128}, {48, 11, 11, 16, 16, 128, 128, TL, d128},
  };
  for (const S &s : shapes) {
    attnk_problem k = problem(s.Sq, s.Sk, s.D, s.c);
    k.batch = s.B;
    k.heads_q = s.Hq;
    k.heads_kv = s.Hkv;
    k.head_dim_v = s.Dv;
    k.out_dtype = k.dtype;
    SCOPED_TRACE(::testing::Message() << "B" << s.B << " Hq" << s.Hq << "/" << s.Hkv << " Sq" << s.Sq
                                      << " Sk" << s.Sk << " D" << s.D << "/" << s.Dv);
    const int v = attn_hopper_default_variant_for_sms(&k, 132);
    const int d = static_cast<int>(s.D > s.Dv ? s.D : s.Dv);
    const char *n = attn_hopper_variant_name(d, k.dtype, v);
    EXPECT_EQ(std::string(n ? n : "(none)"), s.name);
  }
}

// Very short keys at D 97..128: the 64- and 80-key tiles up to 80 keys, any
// query count, causal or not (up to 64 queries and keys tiles of two heads);
// from 81 keys, and at D 72..96 (their 80/96 column kernels), the defaults
// as before.
TEST(GpuKernelTable, HopperVeryShortKeysD128Default) {
  EXPECT_EQ(hopperDefaultName(problem(40, 40, 128)), "d128_bn64_bm128_ovl_pp_q2_otma_static_h2");
  EXPECT_EQ(hopperDefaultName(problem(64, 64, 112)), "d128_bn64_bm128_ovl_pp_q2_otma_static_h2");
  EXPECT_EQ(hopperDefaultName(problem(65, 64, 128)), "d128_bn64_bm128_ovl_pp_q2_otma_static");
  attnk_problem k = problem(40, 40, 128);
  k.heads_q = k.heads_kv = 1;
  EXPECT_EQ(hopperDefaultName(k), "d128_bn64_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(77, 77, 128)), "d128_bn80_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(77, 77, 128, ATTNRT_CAUSAL_TOP_LEFT)),
            "d128_bn80_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(16, 80, 104, ATTNRT_CAUSAL_BOTTOM_RIGHT)),
            "d128_bn80_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(4096, 77, 128)), "d128_bn80_bm128_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(81, 81, 128)), "d128_bm128_ovl_q2_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(96, 96, 128)), "d128_bm128_ovl_q2_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(77, 77, 96)), "d128_k96_v96_bm128_ovl_dyn");
  EXPECT_EQ(hopperDefaultName(problem(77, 77, 80)), "d128_k80_v80_bm128_ovl_static");
  EXPECT_NE(hopperDefaultName(problem(77, 77, 128, ATTNRT_CAUSAL_NONE, /*mask=*/true)),
            "d128_bn80_bm128_ovl_pp_q2_otma_static");
}

// 16-bit and boolean masks with rows ([B, 1, Sq, Sk] causal + padding
// masks, T5's [1, H, Sq, Sk] bias) whose rows TMA can load (mask_tile_ok):
// mask tiles from shared memory (MTILE) at D <= 64 and D 65..128, the static
// grid for non-causal problems up to 1024 keys, else the dynamic one. The
// twins take the mask-register GEN kernels: an f32 mask, rows that are not
// 16-byte aligned (16-bit Sk 150, boolean Sk 120), D 160.
TEST(GpuKernelTable, HopperMaskTileDefaults) {
  auto tile = [](int64_t Sq, int64_t Sk, int64_t D, attnrt_causal c = ATTNRT_CAUSAL_NONE,
                 attnrt_dtype mt = ATTNRT_DTYPE_BF16, bool heads = false) {
    attnk_problem k = problem(Sq, Sk, D, c, /*mask=*/true);
    k.mask_dtype = mt;
    k.mask.strides[1] = heads ? Sq * Sk : 0;
    k.mask.strides[0] = heads ? 0 : Sq * Sk;
    return k;
  };
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  EXPECT_EQ(hopperDefaultName(tile(120, 120, 96)), "d128_gentile_bm128_bn128_pp_static");
  EXPECT_EQ(hopperDefaultName(tile(128, 128, 128)), "d128_gentile_bm128_bn128_pp_static");
  EXPECT_EQ(hopperDefaultName(tile(1024, 1024, 80, ATTNRT_CAUSAL_NONE, ATTNRT_DTYPE_F16)),
            "d128_gentile_bm128_bn128_pp_static");
  EXPECT_EQ(hopperDefaultName(tile(512, 512, 128, ATTNRT_CAUSAL_NONE, ATTNRT_DTYPE_BF16, true)),
            "d128_gentile_bm128_bn128_pp_static");
  EXPECT_EQ(hopperDefaultName(tile(2048, 2048, 128)), "d128_gentile_bm128_bn128_pp_dyn");
  EXPECT_EQ(hopperDefaultName(tile(512, 512, 112, TL)), "d128_gentile_bm128_bn128_pp_dyn");
  EXPECT_EQ(hopperDefaultName(tile(64, 512, 128, BR)), "d128_gentile_bm128_bn128_pp_dyn");
  EXPECT_EQ(hopperDefaultName(tile(512, 512, 64)), "d64_gentile_bm128_bn128_pp_static");
  EXPECT_EQ(hopperDefaultName(tile(2048, 2048, 40, TL)), "d64_gentile_bm128_bn128_pp_dyn");
  EXPECT_EQ(hopperDefaultName(tile(128, 128, 128, ATTNRT_CAUSAL_NONE, ATTNRT_DTYPE_BOOL)),
            "d128_gentile_bm128_bn128_pp_static");
  EXPECT_EQ(hopperDefaultName(tile(1024, 1024, 128, TL, ATTNRT_DTYPE_BOOL, true)),
            "d128_gentile_bm128_bn128_pp_dyn");
  EXPECT_EQ(hopperDefaultName(tile(2048, 2048, 64, BR, ATTNRT_DTYPE_BOOL)),
            "d64_gentile_bm128_bn128_pp_dyn");
  EXPECT_EQ(hopperDefaultName(tile(120, 120, 96, ATTNRT_CAUSAL_NONE, ATTNRT_DTYPE_BOOL)),
            "d128_gen_bm128_bn64_pp_dyn");
  EXPECT_EQ(hopperDefaultName(tile(120, 120, 96, ATTNRT_CAUSAL_NONE, ATTNRT_DTYPE_F32)),
            "d128_gen_bm128_bn64_pp_dyn");
  EXPECT_EQ(hopperDefaultName(tile(150, 150, 128)), "d128_gen_bm128_bn64_pp_dyn");
  EXPECT_EQ(hopperDefaultName(tile(256, 256, 160)), "d192_gen_bm128_bn64_dyn");
}

// Dead mask tiles (kSchedDeadTiles 32, with the dead map kSchedDeadMap
// 64: the dead tiles' loads left out too): the mask-tile kernels' launches
// skip the key tiles a [B, 1, Sq, Sk] mask hides from every row of a
// warpgroup (Hugging Face's causal + padding masks; H200, bench/RESULTS.md
// "Dead mask tiles"), where the fill hides a key exactly (mainloop.cuh
// kDeadFill: -65504 or lower; the mask's own values, and at D 128 for f16's
// lowest the Q and K norms, are judged on the device: kDeadMask,
// kDeadBound2, kBoundedDeadTiles), whatever the mask's 16-bit type, over
// key ranges long enough (launch.cuh dead_tiles_pay). The twins: short key
// ranges and a fill of -1e4 (no skip), the row-mask and mask-register
// kernels (no such tiles), the override.
TEST(GpuKernelTable, HopperDeadMaskTileBits) {
  auto tile = [](int64_t S, int64_t D, attnrt_dtype mt, float fill = -INFINITY, int64_t rows = -1) {
    attnk_problem k = problem(S, S, D, ATTNRT_CAUSAL_NONE, /*mask=*/true);
    k.mask_dtype = mt;
    k.mask.strides[2] = rows < 0 ? S : rows;
    k.mask.strides[1] = 0;
    k.mask.strides[0] = S * S;
    k.mask_fill = fill;
    k.out_dtype = k.dtype;
    return k;
  };
  auto bits = [](attnk_problem k) { return attn_hopper_default_sched_bits(&k, -1, 132); };
  const attnrt_dtype BF = ATTNRT_DTYPE_BF16, F16 = ATTNRT_DTYPE_F16, B = ATTNRT_DTYPE_BOOL;
  EXPECT_EQ(hopperDefaultName(tile(5104, 64, BF)), "d64_gentile_bm128_bn128_pp_dyn");
  EXPECT_EQ(bits(tile(5104, 64, BF)), 102); // kSchedWgRange | kSchedWideO | kSchedDeadTiles | kSchedDeadMap
  EXPECT_EQ(bits(tile(2048, 128, F16)), 103); // and kSchedEarlyQ (Sk <= 4096)
  EXPECT_EQ(bits(tile(1040, 64, B)), 103);
  EXPECT_EQ(bits(tile(2048, 64, BF, -3.4e38f)), 103);
  EXPECT_EQ(bits(tile(2048, 64, BF, -65504.f)), 103);
  // The dead map only where each mask value serves 4 (batch, query head)
  // pairs or more (launch.cuh kDeadMapMinReuse): T5's bias [1, H, S, S] at
  // batch 2 and a mask of every batch and head serve 2 and 1: the skip
  // without the map (32).
  attnk_problem perHead = tile(2048, 64, BF);
  perHead.mask.strides[1] = 2048 * 2048;
  perHead.mask.strides[0] = 0;
  EXPECT_EQ(bits(perHead), 39);
  perHead.mask.strides[0] = 8 * 2048 * 2048;
  EXPECT_EQ(bits(perHead), 39);
  attnk_problem fourPairs = tile(2048, 64, BF);
  fourPairs.batch = 4;
  fourPairs.heads_q = 4;
  fourPairs.heads_kv = 4;
  EXPECT_EQ(bits(fourPairs), 103);
  // Over short key ranges where each mask value serves 32 pairs or more
  // (launch.cuh dead_tiles_pay): 32 query heads.
  attnk_problem heads32 = tile(1024, 128, BF);
  heads32.heads_q = 32;
  heads32.heads_kv = 8;
  EXPECT_EQ(bits(heads32), 103);
  // Twins: every tile computed over short key ranges (launch.cuh
  // dead_tiles_pay), on the static grid and off it: bf16 and boolean
  // masks at 1024 keys or fewer with fewer than 32 pairs a value, f16
  // masks below 2048 keys.
  EXPECT_EQ(hopperDefaultName(tile(512, 64, B)), "d64_gentile_bm128_bn128_pp_static");
  EXPECT_EQ(bits(tile(512, 64, B)), 7);
  EXPECT_EQ(bits(tile(1024, 64, BF)), 7);
  heads32.heads_q = 16;
  EXPECT_EQ(bits(heads32), 7);
  EXPECT_EQ(bits(tile(1024, 128, F16)), 7);
  EXPECT_EQ(bits(tile(1536, 64, F16)), 7);
  // A per-head mask (T5's bias [1, H, S, S]) at batch 64: 64 pairs a value.
  attnk_problem bias = tile(1024, 64, BF);
  bias.batch = 64;
  bias.mask.strides[1] = 1024 * 1024;
  bias.mask.strides[0] = 0;
  EXPECT_EQ(bits(bias), 7);
  bias.seq_q = bias.seq_k = 1040;
  bias.mask.strides[2] = 1040;
  bias.mask.strides[1] = 1040 * 1040;
  EXPECT_EQ(bits(bias), 103);
  heads32 = tile(1536, 128, F16);
  heads32.heads_q = 32;
  heads32.heads_kv = 8;
  EXPECT_EQ(bits(heads32), 7);
  EXPECT_EQ(bits(tile(2048, 64, BF, -1e4f)), 7);
  EXPECT_EQ(bits(tile(2048, 64, B, -65000.f)), 7);
  attnk_problem row = tile(2048, 64, BF, -INFINITY, 0);  // [B, 1, 1, Sk]: the row-mask kernel
  EXPECT_EQ(hopperDefaultName(row), "d64_genrow_bm128_bn128_pp_dyn");
  EXPECT_EQ(bits(row), 7);
  attnk_problem f32 = tile(2048, 64, ATTNRT_DTYPE_F32);  // f32 values: mask registers
  EXPECT_EQ(bits(f32), 7);
  const int prev = attn_hopper_set_sched(7);
  EXPECT_EQ(bits(tile(2048, 64, BF)), 7);
  attn_hopper_set_sched(prev);
  EXPECT_EQ(bits(tile(2048, 64, BF)), 103);
}

// Masks whose rows TMA cannot load run on a copy with 16-byte rows where
// the default then takes the mask by TMA and the copy holds at most one
// element per 8 logits (kernels/hopper/mask_pack.cuh): the bytes of the copy,
// 0 where the problem runs as it is. HopperPath.PackedMasks runs such
// problems on the GPU.
TEST(GpuKernelTable, HopperMaskPack) {
  auto masked = [](int64_t Sq, int64_t Sk, int64_t D, attnrt_dtype mt, int64_t s0, int64_t s1,
                   int64_t s2) {
    attnk_problem k = problem(Sq, Sk, D, ATTNRT_CAUSAL_NONE, /*mask=*/true);
    k.mask_dtype = mt;
    k.mask.strides[0] = s0;
    k.mask.strides[1] = s1;
    k.mask.strides[2] = s2;
    return k;
  };
  auto packBytes = [](attnk_problem k) {
    k.out_dtype = k.dtype; // the Hopper kernel's class (as hopperDefaultName)
    return attn_hopper_mask_pack_bytes(&k);
  };
  const attnrt_dtype BOOL = ATTNRT_DTYPE_BOOL, BF = ATTNRT_DTYPE_BF16, F32 = ATTNRT_DTYPE_F32;
  // problem(): batch 2, 8 query heads. Boolean [1, 1, 120, 120]: 120-byte
  // rows -> 128-byte rows, one copy for 16 (batch, head) pairs.
  EXPECT_EQ(packBytes(masked(120, 120, 96, BOOL, 0, 0, 120)),
            120u * 128u);
  // bf16 [1, 1, 120, 150]: 300-byte rows -> 304.
  EXPECT_EQ(packBytes(masked(120, 150, 128, BF, 0, 0, 150)),
            120u * 152u * 2u);
  // Row masks [B, 1, 1, 77] (boolean): rows of 80 bytes, the row-mask kernels.
  EXPECT_EQ(packBytes(masked(77, 77, 64, BOOL, 77, 0, 0)),
            2u * 80u);
  // Not copied: aligned rows (already by TMA), a mask per (batch, head) (the
  // copy as large as the logits), [B, 1, S, S] over 8 heads at 150 keys (2 x
  // 150 x 152 copied elements > 1/8 of 2 x 8 x 150 x 150 logits), f32 values
  // with rows and D 160 (no mask-tile kernel either way).
  EXPECT_EQ(packBytes(masked(128, 128, 128, BOOL, 0, 0, 128)), 0u);
  EXPECT_EQ(packBytes(masked(120, 120, 96, BOOL, 8 * 120 * 120, 120 * 120, 120)),
            0u);
  EXPECT_EQ(packBytes(masked(150, 150, 128, BF, 150 * 150, 0, 150)),
            0u);
  EXPECT_EQ(packBytes(masked(120, 150, 128, F32, 0, 0, 150)), 0u);
  EXPECT_EQ(packBytes(masked(120, 150, 160, BF, 0, 0, 150)), 0u);
  // D <= 64 beyond 1024 keys with rows and a head dim (T5's bias, R29: the
  // register path's 192-row tiles), though the copy would be small; masks
  // broadcast over the heads (Hugging Face's causal + padding [B, 1, S, S],
  // R35: the mask-tile kernels skip its dead tiles) and row masks are copied.
  attnk_problem bias = masked(2000, 2001, 32, BF, 0, 2000 * 2001, 2001);
  bias.batch = 16;  // a copy of at most one element per 8 logits
  EXPECT_EQ(packBytes(bias), 0u);
  EXPECT_EQ(packBytes(masked(2000, 2001, 32, BF, 0, 0, 2001)), 2000u * 2008u * 2u);
  attnk_problem r35 = masked(5100, 5100, 64, BF, 5100 * 5100, 0, 5100);
  r35.heads_q = 12;  // R35's heads (at 8 the 5104-key rows would exceed 1/8 of the logits)
  EXPECT_EQ(packBytes(r35), 2u * 5100u * 5104u * 2u);
  attnk_problem r35b = r35;  // boolean: its false keys take the fill, -inf here
  r35b.mask_dtype = BOOL;
  EXPECT_EQ(packBytes(r35b), 2u * 5100u * 5104u);
  // f16 too (f16's finfo.min, -65504, is dead under the norm bound, which
  // the dead map's producer takes at D 64: kernels/hopper/key_norms.cuh).
  attnk_problem r35h = r35;
  r35h.mask_dtype = ATTNRT_DTYPE_F16;
  EXPECT_EQ(packBytes(r35h), 2u * 5100u * 5104u * 2u);
  // Their twins keep the register path: a fill that hides inexactly
  // (-1e4 > kDeadFill).
  r35b.mask_fill = -1e4f;
  EXPECT_EQ(packBytes(r35b), 0u);
  r35h.mask_fill = -1e4f;
  EXPECT_EQ(packBytes(r35h), 0u);
  EXPECT_EQ(packBytes(masked(2000, 2001, 32, BF, 2001, 0, 0)), 2u * 2008u * 2u);
  EXPECT_EQ(packBytes(problem(120, 150, 128)), 0u);
  // Problems the Hopper path does not run (problem_unsupported_reason): an
  // f32 output, an unknown mask dtype, a negative mask stride.
  attnk_problem bad = masked(120, 120, 96, BOOL, 0, 0, 120);
  EXPECT_EQ(attn_hopper_mask_pack_bytes(&bad), 0u); // problem()'s f32 output
  bad.mask_dtype = static_cast<attnrt_dtype>(7);
  EXPECT_EQ(packBytes(bad), 0u);
  bad = masked(120, 120, 96, BOOL, 0, 0, -120);
  EXPECT_EQ(packBytes(bad), 0u);
}

// Non-causal D 97..128 at any key count: the dynamic grid with O by TMA
// stores (Cfg::OTMA), two Q buffers up to 256 keys (bench/RESULTS.md "Tile
// coordinates without divides; O by TMA stores"; the GPU test
// HopperPath.OutputByTma runs these shapes). D 88..96 its twin with QK^T
// and V/O over 96 columns (HopperD96Defaults). The twins: causal
// (pingpong), D 80 (the k80 kernels), short causal D 64.
TEST(GpuKernelTable, HopperShortD128Default) {
  EXPECT_EQ(hopperDefaultName(problem(512, 512, 128)), "d128_bm128_ovl_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(197, 1024, 112)), "d128_bm128_ovl_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(197, 197, 128)), "d128_bm128_ovl_q2_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(333, 256, 104)), "d128_bm128_ovl_q2_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(512, 257, 128)), "d128_bm128_ovl_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(2048, 2048, 112)), "d128_bm128_ovl_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(2049, 2049, 128)), "d128_bm128_ovl_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(8192, 8192, 128)), "d128_bm128_ovl_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(197, 1024, 96)), "d128_k96_v96_bm128_ovl_pp_dyn");
  EXPECT_EQ(hopperDefaultName(problem(300, 300, 128, ATTNRT_CAUSAL_TOP_LEFT)), "d128_bm128_ovl_pp_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(200, 460, 120, ATTNRT_CAUSAL_BOTTOM_RIGHT)), "d128_bm128_ovl_pp_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(384, 384, 64, ATTNRT_CAUSAL_TOP_LEFT)), "d64_bm192_ovl_pp_q2_otma_static");
  EXPECT_EQ(hopperDefaultName(problem(1000, 700, 56)), "d64_bm192_ovl_pp_q2_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(512, 512, 128, ATTNRT_CAUSAL_TOP_LEFT)), "d128_bm128_ovl_pp_otma_dyn");
  EXPECT_EQ(hopperDefaultName(problem(512, 512, 80)), "d128_k80_v80_bm128_ovl_static");
  EXPECT_EQ(hopperDefaultName(problem(512, 512, 64, ATTNRT_CAUSAL_TOP_LEFT)), "d64_bm192_ovl_pp_q2_otma_static");
}

// The tile-scheduling bits of the default launch (host logic, no device):
// 16-byte O stores below 256 columns (kSchedWideONarrow, 8) on the
// kernels measured faster with them (bench/RESULTS.md, "Prefill margins:
// 16-byte O stores below D 256": causal D 128 at 2k-8k, D 64 in 192-row
// tiles, SD D 160 K/V resident, MLA D 192 / Dv 128), on top of
// kSchedWgRange (2) and kSchedWideO (4), and kSchedEarlyQ (1) for Sk <=
// 4096 (any Sk on the D 128 kernel without pingpong, measured so). The twins: the 208-key-tile kernel (ViT: -17%), the k48 kernel (SD
// D 40: -2%), kernels not measured with it (SD D 80's
// 80-column O, D 256 with its own bit), and O rows that are not
// 16-byte aligned (both store bits cleared). The override wins.
TEST(GpuKernelTable, HopperWideOutputStoreDefaults) {
  auto bits = [](attnk_problem k) {
    k.out_dtype = k.dtype;
    return attn_hopper_default_sched_bits(&k, -1, 132);
  };
  const attnrt_causal TL = ATTNRT_CAUSAL_TOP_LEFT, BR = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  EXPECT_EQ(bits(problem(2048, 2048, 128, TL)), 15);   // d128_bm128_ovl_pp_dyn
  EXPECT_EQ(bits(problem(8192, 8192, 128, TL)), 15);   // d128_bm128_ovl_dyn: early Q at any Sk
  EXPECT_EQ(bits(problem(2048, 8192, 128, BR)), 15);   // d128_bm128_ovl_dyn
  EXPECT_EQ(bits(problem(8192, 8192, 64)), 14);        // d64_bm192_ovl_pp_dyn, Sk > 4096
  EXPECT_EQ(bits(problem(8192, 8192, 256, TL)), 6);    // D 256, Sk > 4096
  EXPECT_EQ(bits(problem(512, 4096, 128, BR)), 15);    // d128_bm128_ovl_dyn
  EXPECT_EQ(bits(problem(1024, 1024, 64)), 15);        // d64_bm192_ovl_pp_q2_dyn
  EXPECT_EQ(bits(problem(1500, 1500, 64)), 15);        // d64_bm192_ovl_pp_dyn
  EXPECT_EQ(bits(problem(2048, 2048, 64, TL)), 15);    // d64_bm192_ovl_pp_dyn
  attnk_problem kvr = problem(256, 256, 160);
  kvr.batch = 1024;
  kvr.heads_q = kvr.heads_kv = 8;
  EXPECT_EQ(bits(kvr), 15);  // d192_k160_v160_bm128_bn128_ovl_pp_kvr_static
  attnk_problem mla = problem(4096, 4096, 192, TL);
  mla.head_dim_v = 128;
  EXPECT_EQ(bits(mla), 15);  // d192_v128_bm128_bn128_ovl_pp_dyn
  // Twins.
  EXPECT_EQ(bits(problem(197, 197, 64)), 7);     // 208-key tiles
  EXPECT_EQ(bits(problem(1024, 1024, 40)), 7);   // k48
  EXPECT_EQ(bits(problem(4096, 4096, 40)), 7);   // k48, dynamic grid
  EXPECT_EQ(bits(problem(1024, 1024, 128)), 15);  // d128_bm128_ovl_dyn (short non-causal D 128)
  EXPECT_EQ(bits(problem(512, 512, 64, TL)), 15);  // d64_bm192_ovl_pp_q2_static (short causal D 64)
  EXPECT_EQ(bits(problem(1024, 1024, 64, TL)), 15);  // d64_bm192_ovl_pp_q2_otma_static
  EXPECT_EQ(bits(problem(1024, 1024, 80)), 7);   // 80-column O
  EXPECT_EQ(bits(problem(2048, 2048, 256, TL)), 7);  // D 256: kSchedWideO
  attnk_problem pad = problem(2048, 2048, 128, TL);
  pad.o.strides[2] = 132;  // 264-byte rows: 4-byte aligned only
  pad.o.strides[1] = 132 * 2048;
  pad.o.strides[0] = 132 * 2048 * 8;
  EXPECT_EQ(bits(pad), 3);
  const int prev = attn_hopper_set_sched(15);
  EXPECT_EQ(bits(problem(197, 197, 64)), 15);
  EXPECT_EQ(bits(pad), 3);
  attn_hopper_set_sched(prev);
  EXPECT_EQ(bits(problem(197, 197, 64)), 7);
}

// The L2 promotion of the Q, K, V maps (launch.cuh, l2_promotion): 128 bytes
// (digit 2) for an operand whose rows start off the 32-byte sectors (row
// stride 16 mod 32 bytes), 256 (digit 3) otherwise; overrides win.
TEST(GpuKernelTable, HopperL2PromotionOfMisalignedRows) {
  auto l2p = [](attnk_problem k) { return attn_hopper_l2_promotions(&k); };
  for (int64_t D : {72, 88, 104, 120})
    EXPECT_EQ(l2p(problem(512, 512, D)), 222) << D;
  for (int64_t D : {64, 80, 96, 128, 256})
    EXPECT_EQ(l2p(problem(512, 512, D)), 333) << D;
  // Q in rows 96 elements apart (192 bytes), K and V dense D 88.
  attnk_problem a = problem(512, 512, 88);
  a.q.strides[2] = 96;
  a.q.strides[1] = 96 * 512;
  a.q.strides[0] = 96 * 512 * 8;
  EXPECT_EQ(l2p(a), 322);
  // [B, S, H, D] views of D 72 with 8 / 2 heads: rows 1152 / 288 bytes apart.
  attnk_problem b = problem(512, 512, 72);
  for (attnk_tensor *t : {&b.q, &b.k, &b.v}) {
    const int64_t H = t == &b.q ? 8 : 2;
    t->strides[2] = H * 72;
    t->strides[1] = 72;
    t->strides[0] = 512 * H * 72;
  }
  EXPECT_EQ(l2p(b), 333);
  // One query row: its stride is never used.
  EXPECT_EQ(l2p(problem(1, 512, 72)), 322);
  const int prev = attn_hopper_set_l2p(31);  // Q none, K 256 B, V 64 B
  EXPECT_EQ(l2p(problem(512, 512, 72)), 31);
  attn_hopper_set_l2p(prev);
  EXPECT_EQ(l2p(problem(512, 512, 72)), 222);
}

// attn_hopper_default_variant decides for the current device: its SM count
// (132 without one, as the launch assumes), so that it and the explicit
// count agree on a problem whose choice depends on it (264 pairs).
TEST(GpuKernelTable, HopperDefaultUsesTheDeviceSmCount) {
  int dev = 0, sms = 0;
  if (attnk_get_device(&dev) != 0 || attnk_multiprocessor_count(dev, &sms) != 0 || sms <= 0)
    sms = 132;
  attnk_problem k = problem(256, 256, 160);
  k.batch = 66;
  k.heads_q = k.heads_kv = 4;
  k.out_dtype = k.dtype;
  EXPECT_EQ(attn_hopper_default_variant(&k), attn_hopper_default_variant_for_sms(&k, sms))
      << sms << " SMs";
}
#endif

// ---- packed query groups (PackedQueryGroups.h, kernel sm90-packgqa)

/// packedQueryGroupsPay's reason for a group too small to pack, after the
/// group size.
const char kSmallGroupWhy[] = " query heads per KV head (packed from 16; groups of 4-8 at D 128 from "
                              "1024 keys down, 2-15 at D 256 from 2048 keys down (8192 on few tiles); "
                              "one query row, no mask, not causal)";

/// A dense one-query-row problem [B, H, 1, D] (bf16 in and out, the Hopper
/// kernel's class); pointers are never dereferenced.
attnk_problem oneRow(int64_t B, int64_t Hq, int64_t Hkv, int64_t Sk, int64_t D) {
  attnk_problem k = problem(1, Sk, D);
  k.out_dtype = k.dtype;
  k.batch = B;
  k.heads_q = Hq;
  k.heads_kv = Hkv;
  auto dense = [&](attnk_tensor &t, int64_t H, int64_t S) {
    t.strides[3] = 1;
    t.strides[2] = D;
    t.strides[1] = S * D;
    t.strides[0] = H * S * D;
  };
  dense(k.q, Hq, 1);
  dense(k.o, Hq, 1);
  dense(k.k, Hkv, Sk);
  dense(k.v, Hkv, Sk);
  return k;
}

TEST(GpuKernelTable, PackedQueryGroupsView) {
  // Falcon-7B decode: 71 query heads on 1 KV head; a key-padding mask
  // [B, 1, 1, Sk], the lse output, bottom-right causal (hides nothing).
  attnk_problem k = withLse(oneRow(3, 71, 1, 2048, 64));
  static bool keep[1];
  k.mask.data = keep;
  k.mask_dtype = ATTNRT_DTYPE_BOOL;
  k.mask.strides[0] = 2048;
  k.mask.strides[1] = 0;
  k.mask.strides[2] = 0;
  k.mask.strides[3] = 1;
  k.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
  attnk_problem p;
  std::string why;
  ASSERT_TRUE(packQueryGroups(k, &p, &why)) << why;
  EXPECT_EQ(p.batch, 3);
  EXPECT_EQ(p.heads_q, 1);
  EXPECT_EQ(p.heads_kv, 1);
  EXPECT_EQ(p.seq_q, 71);
  EXPECT_EQ(p.seq_k, 2048);
  EXPECT_EQ(p.causal, ATTNRT_CAUSAL_NONE);
  auto strides = [](const attnk_tensor &t, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += (i ? "," : "") + std::to_string(t.strides[i]);
    return s;
  };
  EXPECT_EQ(strides(p.q, 4), "4544,4544,64,1");
  EXPECT_EQ(strides(p.o, 4), "4544,4544,64,1");
  EXPECT_EQ(strides(p.lse, 3), "71,71,1");
  EXPECT_EQ(strides(p.mask, 4), "2048,0,0,1");
  EXPECT_EQ(strides(p.k, 4), strides(k.k, 4));
  EXPECT_EQ(strides(p.v, 4), strides(k.v, 4));
  EXPECT_EQ(p.q.data, k.q.data);
  EXPECT_EQ(p.o.data, k.o.data);
  // BSHD rows (head stride D, sequence stride Hq D), 8 query heads a group.
  k = oneRow(2, 32, 4, 1000, 64);
  k.q.strides[1] = k.o.strides[1] = 64;
  k.q.strides[2] = k.o.strides[2] = 32 * 64;
  ASSERT_TRUE(packQueryGroups(k, &p, &why)) << why;
  EXPECT_EQ(p.heads_q, 4);
  EXPECT_EQ(p.seq_q, 8);
  EXPECT_EQ(strides(p.q, 4), "2048,512,64,1");
  EXPECT_EQ(strides(p.o, 4), "2048,512,64,1");
}

// The negative twins: what packing would compute wrongly is refused.
TEST(GpuKernelTable, PackedQueryGroupsRefused) {
  attnk_problem p;
  std::string why;
  attnk_problem k = oneRow(2, 32, 1, 1000, 64);
  k.seq_q = 2;
  EXPECT_FALSE(packQueryGroups(k, &p, &why));
  EXPECT_EQ(why, "not one query row (packed rows of a group would mix query positions)");
  k = oneRow(2, 32, 1, 1000, 64);
  k.causal = ATTNRT_CAUSAL_TOP_LEFT;
  EXPECT_FALSE(packQueryGroups(k, &p, &why));
  EXPECT_EQ(why, "top-left causal with one query row sees key 0 only (packed rows would see "
                 "keys 0..row)");
  EXPECT_FALSE(packQueryGroups(oneRow(2, 8, 8, 1000, 64), &p, &why));
  EXPECT_EQ(why, "one query head per KV head (nothing to pack)");
  k = oneRow(2, 32, 1, 1000, 64);
  static float bias[1];
  k.mask.data = bias;
  k.mask_dtype = ATTNRT_DTYPE_F32;
  k.mask.strides[0] = 32 * 1000;
  k.mask.strides[1] = 1000; // [B, Hq, 1, Sk]: one row per query head
  k.mask.strides[3] = 1;
  EXPECT_FALSE(packQueryGroups(k, &p, &why));
  EXPECT_EQ(why, "the mask varies across query heads (head stride not 0)");
}

/// The short-key rules' twins of `k` (which they pack): two query rows, a
/// mask, causal rows (either corner) are not packed by them.
void expectNotPlainOneRowTwins(const attnk_problem &k) {
  std::string why;
  attnk_problem t = k;
  t.seq_q = 2;
  EXPECT_FALSE(packedQueryGroupsPay(t, 132, &why));
  t = k;
  static bool keep[1];
  t.mask.data = keep;
  EXPECT_FALSE(packedQueryGroupsPay(t, 132, &why));
  for (attnrt_causal c : {ATTNRT_CAUSAL_TOP_LEFT, ATTNRT_CAUSAL_BOTTOM_RIGHT}) {
    t = k;
    t.causal = c;
    EXPECT_FALSE(packedQueryGroupsPay(t, 132, &why));
  }
}

// The default dispatch's rule (on a device of 132 multiprocessors, the
// H100 SXM and the H200).
TEST(GpuKernelTable, PackedQueryGroupsRule) {
  std::string why;
  auto pays = [&](int64_t B, int64_t Hq, int64_t Hkv, int64_t Sk, int64_t D) {
    return packedQueryGroupsPay(oneRow(B, Hq, Hkv, Sk, D), 132, &why);
  };
  // Measured faster packed (decode run 16): groups > 32 from 33 tiles ...
  EXPECT_TRUE(pays(64, 71, 1, 2048, 64)) << why;
  EXPECT_TRUE(pays(40, 71, 1, 2048, 64)) << why;
  EXPECT_TRUE(pays(64, 48, 1, 2048, 128)) << why;
  EXPECT_TRUE(pays(64, 48, 1, 2048, 256)) << why;
  // ... groups of 16-32 from 66 tiles.
  EXPECT_TRUE(pays(128, 32, 1, 2048, 128)) << why;
  EXPECT_TRUE(pays(64, 64, 4, 2048, 128)) << why;
  // Measured faster on the decode kernel, or even.
  EXPECT_FALSE(pays(16, 71, 1, 8192, 64));
  EXPECT_EQ(why, "16 tiles of 128 packed rows for 132 multiprocessors (packed from one per 4 "
                 "for groups of 71)");
  EXPECT_FALSE(pays(32, 71, 1, 8192, 64));
  EXPECT_FALSE(pays(8, 128, 1, 8192, 128));
  EXPECT_FALSE(pays(64, 32, 1, 4096, 128));
  EXPECT_EQ(why, "64 tiles of 128 packed rows for 132 multiprocessors (packed from one per 2 "
                 "for groups of 32)");
  EXPECT_FALSE(pays(64, 16, 1, 4096, 64));
  const std::string small = kSmallGroupWhy;
  EXPECT_FALSE(pays(64, 32, 8, 4096, 128));
  EXPECT_EQ(why, "4" + small);
  EXPECT_FALSE(pays(8, 28, 4, 32768, 128));
  EXPECT_EQ(why, "7" + small);
  // Short keys (measured at 512 and 1024): groups of 4-8 packed from 64 tiles
  // to 255 ...
  EXPECT_TRUE(pays(31, 32, 8, 1024, 128)) << why; // 248 tiles
  EXPECT_TRUE(pays(8, 32, 8, 1024, 128)) << why;
  EXPECT_TRUE(pays(16, 64, 8, 1024, 128)) << why;
  EXPECT_TRUE(pays(48, 28, 4, 600, 128)) << why;
  // ... from 256 tiles the decode kernel: B 32, Llama-3.1-8B decode B64 1k
  // (row 38), groups of 7 and 8, B 128.
  const std::string many = " tiles of 128 packed rows (packed from 64 to 255 for groups of ";
  EXPECT_FALSE(pays(32, 32, 8, 1024, 128));
  EXPECT_EQ(why, "256" + many + "4 at short keys)");
  EXPECT_FALSE(pays(64, 32, 8, 1024, 128));
  EXPECT_FALSE(pays(64, 28, 4, 1024, 128));
  EXPECT_EQ(why, "256" + many + "7 at short keys)");
  EXPECT_FALSE(pays(64, 64, 8, 1024, 128));
  EXPECT_FALSE(pays(128, 32, 8, 1024, 128));
  EXPECT_EQ(why, "1024" + many + "4 at short keys)");
  // ... and their twins: a key more, D 64, a group of 2 or 12, too few tiles,
  // two query rows, a mask, causal rows.
  EXPECT_FALSE(pays(64, 32, 8, 1025, 128));
  EXPECT_EQ(why, "4" + small);
  EXPECT_FALSE(pays(64, 32, 8, 1024, 64));
  EXPECT_FALSE(pays(64, 16, 8, 1024, 128));
  EXPECT_EQ(why, "2" + small);
  EXPECT_FALSE(pays(64, 24, 2, 1024, 128));
  EXPECT_FALSE(pays(7, 32, 8, 1024, 128));
  EXPECT_EQ(why, "56" + many + "4 at short keys)");
  expectNotPlainOneRowTwins(oneRow(64, 32, 8, 1024, 128));
}

// D 256 at short keys (measured at 518-2048 keys, groups of 2-12, 4 to 1024
// tiles): packed, whatever the tile count; up to 8k keys on at most one tile
// per 2 multiprocessors (measured at 3000-8192 keys on 32-64 tiles).
TEST(GpuKernelTable, PackedQueryGroupsRuleD256) {
  std::string why;
  auto pays = [&](int64_t B, int64_t Hq, int64_t Hkv, int64_t Sk, int64_t D) {
    return packedQueryGroupsPay(oneRow(B, Hq, Hkv, Sk, D), 132, &why);
  };
  EXPECT_TRUE(pays(64, 32, 4, 518, 256)) << why;  // random seed 13 R12
  EXPECT_TRUE(pays(64, 64, 8, 1510, 256)) << why; // seed 13 R38
  EXPECT_TRUE(pays(128, 16, 8, 700, 256)) << why; // a group of 2
  EXPECT_TRUE(pays(64, 48, 4, 1024, 256)) << why; // a group of 12
  EXPECT_TRUE(pays(1, 32, 4, 1024, 256)) << why;  // 4 tiles
  EXPECT_TRUE(pays(32, 32, 8, 2048, 256)) << why;
  EXPECT_TRUE(pays(8, 16, 8, 3000, 256)) << why; // 64 tiles
  EXPECT_TRUE(pays(8, 32, 4, 6000, 256)) << why; // 32 tiles
  EXPECT_TRUE(pays(4, 32, 8, 8192, 256)) << why;
  // Twins: a key more (2049 on many tiles, 8193 on few), a tile more than
  // half the multiprocessors, one head per KV head, D 128 with a group of 2,
  // Dv != D, two query rows, a mask, causal rows.
  EXPECT_FALSE(pays(4, 32, 8, 8193, 256));
  EXPECT_FALSE(pays(67, 32, 8, 3000, 256)); // 536 tiles
  EXPECT_FALSE(pays(1, 134, 67, 3000, 256)); // 67 tiles
  EXPECT_TRUE(pays(1, 132, 66, 3000, 256)) << why; // 66 tiles
  const std::string small = kSmallGroupWhy;
  EXPECT_FALSE(pays(32, 32, 8, 2049, 256));
  EXPECT_EQ(why, "4" + small);
  EXPECT_FALSE(pays(64, 16, 16, 1024, 256));
  EXPECT_EQ(why, "1" + small);
  EXPECT_FALSE(pays(128, 16, 8, 700, 128));
  EXPECT_EQ(why, "2" + small);
  attnk_problem k = oneRow(64, 32, 4, 518, 256);
  k.head_dim_v = 128;
  EXPECT_FALSE(packedQueryGroupsPay(k, 132, &why));
  expectNotPlainOneRowTwins(oneRow(64, 32, 4, 518, 256));
  // Split keys from 1025 keys (where the tiles do not fill the device).
  EXPECT_TRUE(packedSplitsPay(oneRow(2, 16, 8, 2048, 256), 132));
  EXPECT_TRUE(packedSplitsPay(oneRow(2, 16, 8, 1025, 256), 132));
  EXPECT_FALSE(packedSplitsPay(oneRow(2, 16, 8, 1024, 256), 132));
  EXPECT_TRUE(packedSplitsPay(oneRow(2, 16, 8, 8192, 256), 132));
  EXPECT_FALSE(packedSplitsPay(oneRow(2, 16, 8, 8193, 256), 132));
  EXPECT_FALSE(packedSplitsPay(oneRow(9, 16, 8, 2049, 256), 132)); // 72 tiles
  EXPECT_FALSE(packedSplitsPay(oneRow(2, 16, 8, 2048, 128), 132));
  if (std::getenv("ATTN_PACKGQA_SPLITS") == nullptr) {
    EXPECT_EQ(packedQueryGroupSplits(oneRow(2, 16, 8, 2048, 256), 132), 8);  // 16 tiles
    EXPECT_EQ(packedQueryGroupSplits(oneRow(8, 16, 8, 3000, 256), 132), 2);  // 64 tiles
    EXPECT_EQ(packedQueryGroupSplits(oneRow(32, 32, 8, 2048, 256), 132), 1); // 256 tiles
    EXPECT_EQ(packedQueryGroupSplits(oneRow(4, 16, 8, 512, 256), 132), 1);
  }
}

// Split keys of the packed tiles: tiles x splits fill the SMs once, at
// most 64 splits and the 128-key tiles; none where the tiles alone do, nor
// for what cannot be packed.
TEST(GpuKernelTable, PackedQueryGroupSplitsRule) {
  auto splits = [](int64_t B, int64_t Hq, int64_t Hkv, int64_t Sk, int64_t D) {
    return packedQueryGroupSplitsRule(oneRow(B, Hq, Hkv, Sk, D), 132);
  };
  EXPECT_EQ(splits(32, 71, 1, 8192, 64), 4);   // 32 tiles
  EXPECT_EQ(splits(8, 128, 1, 8192, 128), 16); // 8 tiles
  EXPECT_EQ(splits(8, 71, 1, 8192, 64), 16);
  EXPECT_EQ(splits(1, 71, 1, 4096, 64), 32);   // 32 key tiles
  EXPECT_EQ(splits(1, 71, 1, 32768, 64), 64);  // the combine's limit
  EXPECT_EQ(splits(1, 64, 8, 131072, 128), 16); // 8 tiles
  EXPECT_EQ(splits(64, 71, 1, 2048, 64), 2);
  EXPECT_EQ(splits(1, 160, 1, 4096, 64), 32);  // 2 row tiles: 66, then 32 key tiles
  EXPECT_EQ(splits(132, 71, 1, 8192, 64), 1);  // the tiles fill the SMs
  EXPECT_EQ(splits(64, 64, 4, 2048, 64), 1);   // 256 tiles
  EXPECT_EQ(splits(2, 71, 1, 100, 64), 1);     // one key tile
  attnk_problem k = oneRow(1, 71, 1, 4096, 64);
  k.seq_q = 2; // not packed
  EXPECT_EQ(packedQueryGroupSplitsRule(k, 132), 1);
  k = oneRow(1, 71, 1, 4096, 64);
  k.causal = ATTNRT_CAUSAL_TOP_LEFT; // not packed
  EXPECT_EQ(packedQueryGroupSplitsRule(k, 132), 1);
  EXPECT_EQ(packedQueryGroupSplitsRule(k, 1), 1);
  // Preferred to the decode kernel with split keys: wide groups only.
  EXPECT_TRUE(packedSplitsPay(oneRow(8, 71, 1, 8192, 64), 132));
  EXPECT_TRUE(packedSplitsPay(oneRow(1, 64, 1, 8192, 128), 132));
  EXPECT_FALSE(packedSplitsPay(oneRow(8, 32, 1, 8192, 128), 132));
  EXPECT_FALSE(packedSplitsPay(oneRow(8, 32, 4, 8192, 128), 132));
  // The default (ATTN_PACKGQA_SPLITS unset): the rule for groups of more
  // than 32 heads, no split for smaller ones.
  if (std::getenv("ATTN_PACKGQA_SPLITS") == nullptr) {
    EXPECT_EQ(packedQueryGroupSplits(oneRow(32, 71, 1, 8192, 64), 132), 4);
    EXPECT_EQ(packedQueryGroupSplits(oneRow(64, 71, 1, 2048, 64), 132), 2);
    EXPECT_EQ(packedQueryGroupSplits(oneRow(8, 32, 1, 8192, 128), 132), 1);
    EXPECT_EQ(packedQueryGroupSplits(oneRow(1, 16, 1, 8192, 96), 132), 1);
  }
}

// The decode kernel's L2 evict-first default on its K/V TMA loads: the
// 16-row D 128 TMA ring (decode rows 27-32, measured ahead in bf16 and f16);
// the neighbouring kernels keep plain loads (not measured with it): the
// wide-group blocks (5 m-tiles of 16 rows), the D 256 TMA ring, the cp.async
// rings.
TEST(GpuKernelTable, DecodeEvictFirstDefault) {
  EXPECT_TRUE(attn::decode_nv_evict_first(128, 16, true));
  EXPECT_FALSE(attn::decode_nv_evict_first(128, 80, true)); // wide-group twin
  EXPECT_FALSE(attn::decode_nv_evict_first(256, 16, true)); // D 256 twin
  EXPECT_FALSE(attn::decode_nv_evict_first(128, 16, false)); // block ring twin
  EXPECT_FALSE(attn::decode_nv_evict_first(64, 16, false));
  EXPECT_TRUE(attn::decode_nv_evict_first(64, 16, true)); // the D 64 TMA ring
}

// The decode kernel loads Q's 16-byte chunks all at once (decode_nv_vector_q)
// by default at D 256; the D 64 / 128 kernels keep their one-element Q loop
// (not measured as a default there).
TEST(GpuKernelTable, DecodeVectorQDefault) {
  EXPECT_TRUE(attn::decode_nv_vector_q(256));
  EXPECT_FALSE(attn::decode_nv_vector_q(128)); // negative twins
  EXPECT_FALSE(attn::decode_nv_vector_q(64));
}

// The decode kernel's rings of two blocks per SM (decode_nv_short_key_ring,
// 132 SMs): one query row, up to 2048 keys (a masked D 64 problem at any
// length), where the split model's best time on 264 slots of the two-block
// ring's tiles (D 64 128 keys, D 128 64 keys) is below its best time on 132
// slots of the 1-block ring's 128-key tiles. The comments give the measured
// winner where one was measured (H200, same process; bench/gpu/DECODE_NOTES.md).
TEST(GpuKernelTable, DecodeShortKeyRings) {
  using attn::decode_nv_short_key_ring;
  EXPECT_EQ(attn::decode_nv_model_splits(512, 9, 264), 1);  // seed 5's R4: 2 waves of 9 tiles
  EXPECT_EQ(attn::decode_nv_model_splits(128, 32, 264), 2); // 32 x 28/4 x 4k D 64: split
  EXPECT_EQ(attn::decode_nv_model_splits(384, 16, 264), 2); // 48 x 32/8 x 1k D 128: split
  EXPECT_EQ(attn::decode_nv_model_splits(8, 1024, 132), 16); // row 28: 16 splits of 64 tiles
  const attn::DecodeRingSlots two64{128, 264}, two128{64, 264}, one{128, 132};
  auto d64 = [&](int64_t sq, int64_t sk, bool masked, int64_t units) {
    return decode_nv_short_key_ring(64, sq, sk, masked, units, two64, one);
  };
  auto d128 = [&](int64_t sk, bool masked, int64_t units) {
    return decode_nv_short_key_ring(128, 1, sk, masked, units, two128, one);
  };
  EXPECT_TRUE(d64(1, 1105, false, 512));  // R4: two blocks +31%
  EXPECT_TRUE(d64(1, 2048, false, 512));  // 64 x 32/8 x 2k: +10%
  EXPECT_TRUE(d64(1, 1500, false, 320));  // 16 x 20/20 x 1500 (Whisper's cross-attention): +6%
  EXPECT_TRUE(d64(1, 1500, false, 384));  // 24 x 16/16 x 1500: +4.5%
  EXPECT_TRUE(d64(1, 2048, false, 576));  // 48 x 12/12 x 2k: +3%
  EXPECT_FALSE(d64(1, 2049, false, 512)); // past the bound
  EXPECT_TRUE(d64(1, 2049, true, 512));   // masked: no bound
  EXPECT_TRUE(d64(1, 16384, true, 128));  // 8 x 16/16 x 16k padding mask: +11%
  EXPECT_TRUE(d64(1, 54500, true, 32));   // 2 x 16/16 x 54.5k padding mask: +9%
  EXPECT_FALSE(d64(1, 1105, false, 4));   // 4 units: equal models, the deeper ring
  EXPECT_FALSE(d64(2, 1105, false, 512)); // two query rows
  EXPECT_TRUE(d128(1024, false, 512));    // row 38
  EXPECT_TRUE(d128(1024, false, 256));    // 32 x 32/8 x 1k
  EXPECT_TRUE(d128(677, false, 2560));    // 128 x 20/20 x 677: +6.6%
  EXPECT_FALSE(d128(1024, false, 384));   // 48 x 32/8 x 1k: the 1-block ring +5-8%
  EXPECT_FALSE(d128(1536, false, 384));   // 48 x 32/8 x 1536: the 1-block ring +4-7%
  EXPECT_FALSE(d128(2048, false, 192));   // 24 x 32/8 x 2k: equal models, the 1-block ring +3%
  EXPECT_TRUE(d128(1800, false, 160));    // 20 x 32/8 x 1800: +12%
  EXPECT_TRUE(d128(2048, true, 160));     // 40 x 28/4 x 2k padding mask: +4.6%
  EXPECT_TRUE(d128(1059, false, 1280));   // 64 x 20/20 x 1059: +7%
  EXPECT_TRUE(d128(2048, false, 1024));   // 32 x 32/32 x 2k: +2%
  EXPECT_TRUE(d128(2048, false, 512));    // 64 x 32/8 x 2k
  EXPECT_FALSE(d128(2049, false, 512));   // past the bound
  EXPECT_FALSE(d128(4096, true, 128));    // masked D 128: the bound holds (-7.5% at 16 x 32/8 x 4k)
  EXPECT_FALSE(d128(5281, false, 1024));  // 128 x 40/8 x 5281
  EXPECT_FALSE(decode_nv_short_key_ring(256, 1, 1024, false, 512, two128, one)); // D 256: none
}

#if defined(ATTN_HAVE_HOPPER)
TEST(GpuKernelTable, PackedQueryGroupsKernel) {
  const GpuKernel *g = findGpuKernel("sm90-packgqa");
  ASSERT_NE(g, nullptr);
  // First: before sm90-wgmma (which would run one query row a tile) and
  // decode.
  EXPECT_EQ(gpuKernelNames().find("sm90-packgqa, sm90-wgmma, decode"), 0u) << gpuKernelNames();
  // Preferred wherever the decode kernel does not run the problem (D 96:
  // sm90-wgmma would run it unpacked), else by the rule.
  ASSERT_NE(g->prefer, nullptr);
  std::string whyNot;
  EXPECT_TRUE(g->prefer(oneRow(2, 32, 1, 2048, 96), &whyNot)) << whyNot;
  EXPECT_TRUE(g->prefer(oneRow(2, 8, 2, 300, 64), &whyNot)) << whyNot;
  EXPECT_FALSE(g->prefer(oneRow(64, 32, 8, 4096, 128), &whyNot));
  EXPECT_EQ(whyNot, "4" + std::string(kSmallGroupWhy));
  EXPECT_TRUE(g->prefer(oneRow(16, 32, 8, 1024, 128), &whyNot)) << whyNot; // its short-key twin
  std::string why, report;
  attnk_problem k = oneRow(64, 71, 1, 2048, 64);
  k.causal = ATTNRT_CAUSAL_TOP_LEFT;
  EXPECT_FALSE(g->supports(k, &why));
  EXPECT_EQ(why.find("top-left causal"), 0u) << why;
  EXPECT_EQ(chooseGpuKernel(k, "sm90-packgqa", &why, nullptr), nullptr);
  EXPECT_EQ(why.find("gpu kernel 'sm90-packgqa' cannot run this problem: top-left causal"), 0u)
      << why;
  EXPECT_EQ(chosen(k, &report), "decode");
  EXPECT_NE(report.find("  kernel sm90-packgqa: not supported: top-left causal"),
            std::string::npos)
      << report;
  // What the packed view asks of the Hopper kernel is its own check.
  k = oneRow(64, 71, 1, 2048, 64);
  k.out_dtype = ATTNRT_DTYPE_F32;
  EXPECT_FALSE(g->supports(k, &why));
  EXPECT_EQ(why, "packed query groups: output dtype differs from Q/K/V's");
  // The Hopper variant of the packed views: 71 and 48 rows in one
  // 128-row tile.
  attnk_problem p;
  ASSERT_TRUE(packQueryGroups(oneRow(64, 71, 1, 2048, 64), &p, &why)) << why;
  EXPECT_EQ(hopperDefaultName(p), "d64_bm128_ovl_pp_dyn");
  ASSERT_TRUE(packQueryGroups(oneRow(64, 48, 1, 2048, 128), &p, &why)) << why;
  EXPECT_EQ(hopperDefaultName(p), "d128_bm128_ovl_otma_dyn");
}
#endif

} // namespace
