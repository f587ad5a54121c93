//===- GpuKernelTable.cpp - the gpu backend's kernels, in preference order ===//
//
//   sm90-packgqa  sm90-wgmma on one-query-row problems with their query
//                 heads packed as the query rows of their KV head
//                 (PackedQueryGroups.h): MQA and large GQA groups; preferred
//                 to decode where packedQueryGroupsPay says so, and to
//                 sm90-wgmma (one query row a tile) wherever decode does
//                 not run the problem.
//   sm90-wgmma    Hopper wgmma + TMA (kernels/hopper; built with CUDA, run
//                 on sm_90): f16/bf16, masks, lse, D and Dv multiples of
//                 8 up to 256, TMA strides; not for decode shapes.
//   decode        split-KV for few query rows and many keys (partials
//                 combined by their log-sum-exp); masks, causal, GQA;
//                 writes the lse output.
//   fa2-causal    FlashAttention-2 causal (either corner), no mask; skips
//                 fully masked key blocks.
//   fa2-nocausal  FlashAttention-2 without causal mode or mask.
//   fa2-general   everything the kernels accept: masks, any causal mode,
//                 any head dim the kernels are instantiated for.
// Every kernel writes the optional lse output (a kernel that could not
// would decline problems that ask for it, never leave it unwritten).
// logit_rounding (logits rounded step by step in f16/bf16): sm90-wgmma and
// decode (on its NVIDIA kernel) compute it, for rounding in the Q/K/V type,
// in compile-time variants; the fa2 kernels decline it.
// Head-dim rules mirror the launchers' own guards (kernels/*.hip return
// ATTNK_E_UNSUPPORTED otherwise, reported as a backend error, never a
// wrong result).
//
//===----------------------------------------------------------------------===//

#include "GpuKernels.h"
#include "PackedQueryGroups.h"

#if defined(ATTN_HAVE_HOPPER)
#include "attn_hopper.h"
#endif

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace attnrt {
namespace {

bool no(std::string *whyNot, const std::string &why) {
  if (whyNot)
    *whyNot = why;
  return false;
}
/// A literal reason: no string is made when nobody asked why (the choice of
/// every call walks the table with null reasons, chooseGpuKernel).
bool no(std::string *whyNot, const char *why) {
  if (whyNot)
    *whyNot = why;
  return false;
}

/// The head dim the portable kernels pad max(D, Dv) to.
int headDimBucket(const attnk_problem &k) {
  int64_t d = k.head_dim > k.head_dim_v ? k.head_dim : k.head_dim_v;
  if (d <= 32)
    return 32;
  if (d <= 64)
    return 64;
  if (d <= 96)
    return 96;
  if (d <= 128)
    return 128;
  if (d <= 192)
    return 192;
  return 256;
}

bool fastHeadDim(const attnk_problem &k, std::string *whyNot) {
  int b = headDimBucket(k);
  if (b == 64 || b == 128)
    return true;
  if (!whyNot)
    return false;
  return no(whyNot, "head dim " + std::to_string(b) +
                        " (max of D and Dv, padded) is not 64 or 128");
}

/// The decode kernel's head dims: fastHeadDim's, and where the NVIDIA decode
/// kernel takes the problem (aligned K/V rows) buckets 32 and 96, D == Dv
/// == 256 (sm_90, no logit rounding) and D == Dv of 136-248 on its few-head
/// MHA shapes (decode_nv.cu, d256_ok).
bool decodeHeadDim(const attnk_problem &k, std::string *whyNot) {
  if (attnk_decode_head_dim_supported(&k))
    return true;
  if (!whyNot)
    return false;
  return no(whyNot, "head dim " + std::to_string(headDimBucket(k)) +
                        " (max of D and Dv, padded) is not 64 or 128 (32, 96 and "
                        "D = Dv = 256 only on the NVIDIA decode kernel: aligned K/V "
                        "rows; 256 on sm_90 without logit_rounding; D = Dv of 136-248 "
                        "there with one query head per KV head on fewer (batch, head) "
                        "pairs than half the multiprocessors)");
}

bool hasMask(const attnk_problem &k) { return k.mask.data != nullptr; }

/// The fa2 kernels (fa_core.h) compute logits in f32 only.
bool fa2RoundsNoLogits(const attnk_problem &k, std::string *whyNot) {
  if (k.logit_rounding == ATTNRT_LOGIT_ROUNDING_NONE)
    return true;
  return no(whyNot, "logit_rounding (logits rounded step by step in f16/bf16): the "
                    "FlashAttention-2 kernels compute logits in f32 (sm90-wgmma and decode "
                    "round them)");
}

/// Few query rows and many keys: the row-blocked kernels would leave most
/// of the GPU idle, so the keys are split instead.
bool isDecodeShape(const attnk_problem &k) {
  return k.seq_q <= 16 && k.seq_k >= 512 && decodeHeadDim(k, nullptr);
}

int multiprocessors(int device) {
  static std::mutex mu;
  static std::vector<int> cache;
  std::lock_guard<std::mutex> lock(mu);
  if (device >= static_cast<int>(cache.size()))
    cache.resize(device + 1, 0);
  if (cache[device] == 0) {
    int n = 0;
    if (attnk_multiprocessor_count(device, &n) != 0 || n <= 0) {
      attnk_get_last_error();
      n = 1;
    }
    cache[device] = n;
  }
  return cache[device];
}

//===--------------------------------------------------------------------===//
// sm90-wgmma
//===--------------------------------------------------------------------===//

#if defined(ATTN_HAVE_HOPPER)
bool wgmmaSupports(const attnk_problem &k, std::string *whyNot) {
  if (isDecodeShape(k))
    return no(whyNot, "decode shape (<= 16 query rows, >= 512 keys): this "
                      "kernel tiles 128+ query rows per block");
  if (const char *why = attn_hopper_unsupported_reason(&k))
    return no(whyNot, why);
  return true;
}

int wgmmaLaunch(const attnk_problem &k, const GpuLaunchContext &ctx,
                const char **what) {
  // A mask whose rows TMA cannot load runs on a copy with 16-byte rows
  // where that is cheap (kernels/hopper/mask_pack.cuh). Without memory for
  // the copy it runs as it is (the register path: the same results).
  if (const size_t bytes = attn_hopper_mask_pack_bytes(&k)) {
    void *ws = nullptr;
    *what = "allocating the mask copy of sm90-wgmma";
    if (attnk_decode_workspace_alloc(&ws, bytes, ctx.stream) != 0) {
      attnk_get_last_error(); // not this call's error: it runs without the copy
      *what = "launching sm90-wgmma";
      return attn_hopper_fwd(&k, ctx.stream);
    }
    ctx.buffers->push_back(ws);
    attnk_problem packed;
    *what = "copying the mask into 16-byte rows for sm90-wgmma";
    if (const int rc = attn_hopper_pack_mask(&k, ws, &packed, ctx.stream))
      return rc;
    *what = "launching sm90-wgmma";
    return attn_hopper_fwd(&packed, ctx.stream);
  }
  *what = "launching sm90-wgmma";
  return attn_hopper_fwd(&k, ctx.stream);
}

const GpuKernel kWgmma = {"sm90-wgmma", wgmmaSupports, wgmmaLaunch};
#endif

//===--------------------------------------------------------------------===//
// decode
//===--------------------------------------------------------------------===//

bool decodeSupports(const attnk_problem &k, std::string *whyNot) {
  // Writes the lse output (the split kernel or the combine).
  if (!decodeHeadDim(k, whyNot))
    return false;
  if (k.seq_q > 16)
    return no(whyNot, "more than 16 query rows");
  if (k.seq_k < 512)
    return no(whyNot, "fewer than 512 keys (too few to split)");
  if (const char *why = attnk_decode_logit_rounding_reason(&k))
    return no(whyNot, why);
  return true;
}

int decodeLaunch(const attnk_problem &k, const GpuLaunchContext &ctx,
                 const char **what) {
  int splits = attnk_decode_num_splits(&k, multiprocessors(ctx.device));
  size_t bytes = attnk_decode_workspace_bytes(&k, splits);
  void *ws = nullptr;
  // From the decode kernel's own pool (kept between calls); released
  // stream-ordered with the call's other buffers.
  *what = "allocating the decode workspace";
  int rc = attnk_decode_workspace_alloc(&ws, bytes, ctx.stream);
  if (rc != 0)
    return rc;
  ctx.buffers->push_back(ws);
  *what = "launching decode";
  return attnk_flash_attention_decode(&k, splits, ws, bytes, ctx.stream);
}

const GpuKernel kDecode = {"decode", decodeSupports, decodeLaunch};

#if defined(ATTN_HAVE_HOPPER)
//===--------------------------------------------------------------------===//
// sm90-packgqa: sm90-wgmma on the packed view of a one-row decode problem
// (PackedQueryGroups.h): the query heads of each KV head as the query rows
// of one 128-row tile, which reads each K/V tile once for all of them.
//===--------------------------------------------------------------------===//

bool packedSupports(const attnk_problem &k, std::string *whyNot) {
  attnk_problem p;
  if (!packQueryGroups(k, &p, whyNot))
    return false;
  if (const char *why = attn_hopper_unsupported_reason(&p))
    return whyNot && no(whyNot, std::string("packed query groups: ") + why);
  return true;
}

int currentMultiprocessors();
int packedVariant(const attnk_problem &packed);

/// Split-KV of the packed tiles (packedQueryGroupSplits): each split's CTA
/// writes an f32 partial and its (m, l) into a workspace laid out as the
/// decode kernel's, which attnk_decode_combine merges into O and lse.
int packedLaunch(const attnk_problem &k, const GpuLaunchContext &ctx,
                 const char **what) {
  attnk_problem p;
  *what = "packing query groups";
  if (!packQueryGroups(k, &p, nullptr))
    return ATTNK_E_UNSUPPORTED;
  const int variant = packedVariant(p); // -1: the Hopper path's default
  const int splits = packedQueryGroupSplits(k, currentMultiprocessors());
  if (splits <= 1) {
    *what = "launching sm90-packgqa";
    return attn_hopper_fwd_variant(&p, variant, ctx.stream);
  }
  const size_t rows = static_cast<size_t>(k.batch * k.heads_q * k.seq_q);
  const size_t oFloats = static_cast<size_t>(splits) * rows * k.head_dim_v;
  const size_t bytes = (oFloats + static_cast<size_t>(splits) * rows * 2) * 4;
  void *ws = nullptr;
  *what = "allocating the split workspace of sm90-packgqa";
  int rc = attnk_decode_workspace_alloc(&ws, bytes, ctx.stream);
  if (rc != 0)
    return rc;
  ctx.buffers->push_back(ws);
  float *partO = static_cast<float *>(ws);
  float *partMl = partO + oFloats;
  int used = 1;
  *what = "launching sm90-packgqa (split keys)";
  rc = attn_hopper_fwd_split_variant(&p, variant, splits, partO, partMl, &used,
                                     ctx.stream);
  if (rc != 0 || used <= 1)
    return rc;
  *what = "merging the key splits of sm90-packgqa";
  return attnk_decode_combine(&k, partO, partMl, used, ctx.stream);
}

/// An experiment knob: the integer in environment variable `name`, `unset`
/// where it is unset or empty.
int readKnob(const char *name, int unset) {
  const char *e = std::getenv(name);
  return e && *e ? std::atoi(e) : unset;
}

/// Knobs are read once, or at every call while ATTN_DECODE_NV_TUNING is set
/// (so one process can time several settings), as the decode kernel's
/// (kernels/decode/decode_nv.cu).
bool knobsLive() {
  static const bool live = std::getenv("ATTN_DECODE_NV_TUNING") != nullptr;
  return live;
}

/// ATTN_DECODE_NV_PACK (experiments, bench/gpu/decode_variants.py): 0
/// never prefers the packed kernel, 1 always (where it is exact), unset the
/// rule below.
int packKnob() {
  static const int fixed = readKnob("ATTN_DECODE_NV_PACK", -1);
  return knobsLive() ? readKnob("ATTN_DECODE_NV_PACK", -1) : fixed;
}

/// ATTN_PACKGQA_SPLITS (experiments): N >= 2 splits the keys of the packed
/// tiles N ways, 0 or 1 never, -1 the rule (packedQueryGroupSplitsRule);
/// unset: kPackSplitsByDefault.
int packSplitsKnob() {
  static const int fixed = readKnob("ATTN_PACKGQA_SPLITS", -2);
  return knobsLive() ? readKnob("ATTN_PACKGQA_SPLITS", -2) : fixed;
}

/// ATTN_PACKGQA_VARIANT (experiments, decode_variants.py PVAR=NAME): the
/// compiled Hopper variant sm90-packgqa runs (attn_hopper_variant_name),
/// where it can run the packed problem; unset, empty or "default": the
/// Hopper path's default.
const char *packVariantKnob() {
  static const char *fixed = std::getenv("ATTN_PACKGQA_VARIANT");
  return knobsLive() ? std::getenv("ATTN_PACKGQA_VARIANT") : fixed;
}

/// The Hopper variant for the packed view `packed` (the knob), or -1: the
/// Hopper path's default_variant. Deeper K/V rings for row 38's short-key
/// groups measured slower than the default (bench/gpu/DECODE_NOTES.md, "Row
/// 38: the packed tiles' K/V ring"), so no default other than the Hopper
/// path's own.
int packedVariant(const attnk_problem &packed) {
  const char *name = packVariantKnob();
  if (!name || !*name || !std::strcmp(name, "default"))
    return -1;
  return attn_hopper_find_variant(&packed, name);
}

int currentMultiprocessors() {
  int device = 0;
  if (attnk_get_device(&device) != 0) {
    attnk_get_last_error();
    device = 0;
  }
  return multiprocessors(device);
}

/// Where the decode kernel does not run the problem, the kernels after this
/// one tile the query rows of each head (sm90-wgmma: one of 128 rows used
/// a tile, every K/V tile read once per query head): the packed tiles do
/// the same work per tile for all the heads of a group at once, so they
/// are preferred. Against the decode kernel, packedQueryGroupsPay decides.
bool packedPrefer(const attnk_problem &k, std::string *whyNot) {
  const int knob = packKnob();
  if (knob == 0)
    return no(whyNot, "ATTN_DECODE_NV_PACK=0");
  if (knob == 1 || !decodeSupports(k, nullptr))
    return true;
  const int sms = currentMultiprocessors();
  std::string why;
  if (packedQueryGroupsPay(k, sms, whyNot ? &why : nullptr))
    return true;
  // Too few tiles alone: with their keys split they may fill the device.
  if (packedQueryGroupSplits(k, sms) > 1 && packedSplitsPay(k, sms))
    return true;
  return no(whyNot, why);
}

const GpuKernel kPacked = {"sm90-packgqa", packedSupports, packedLaunch,
                           packedPrefer};
#endif

//===--------------------------------------------------------------------===//
// fa2-causal, fa2-nocausal, fa2-general
//===--------------------------------------------------------------------===//

bool causalSupports(const attnk_problem &k, std::string *whyNot) {
  if (!fa2RoundsNoLogits(k, whyNot))
    return false;
  if (k.causal == ATTNRT_CAUSAL_NONE)
    return no(whyNot, "not causal");
  if (hasMask(k))
    return no(whyNot, "has a mask (fa2-general reads masks)");
  return fastHeadDim(k, whyNot);
}

int causalLaunch(const attnk_problem &k, const GpuLaunchContext &ctx,
                 const char **what) {
  *what = "launching fa2-causal";
  return attnk_flash_attention_causal(&k, ctx.stream);
}

bool nocausalSupports(const attnk_problem &k, std::string *whyNot) {
  if (!fa2RoundsNoLogits(k, whyNot))
    return false;
  if (k.causal != ATTNRT_CAUSAL_NONE)
    return no(whyNot, "causal");
  if (hasMask(k))
    return no(whyNot, "has a mask (fa2-general reads masks)");
  return fastHeadDim(k, whyNot);
}

int nocausalLaunch(const attnk_problem &k, const GpuLaunchContext &ctx,
                   const char **what) {
  *what = "launching fa2-nocausal";
  return attnk_flash_attention_nocausal(&k, ctx.stream);
}

bool generalSupports(const attnk_problem &k, std::string *whyNot) {
  return fa2RoundsNoLogits(k, whyNot);
}

int generalLaunch(const attnk_problem &k, const GpuLaunchContext &ctx,
                  const char **what) {
  *what = "launching fa2-general";
  return attnk_flash_attention(&k, ctx.stream);
}

const GpuKernel kCausal = {"fa2-causal", causalSupports, causalLaunch};
const GpuKernel kNocausal = {"fa2-nocausal", nocausalSupports,
                             nocausalLaunch};
const GpuKernel kGeneral = {"fa2-general", generalSupports, generalLaunch};

} // namespace

// The 128-row tiles of packed query groups run one per multiprocessor, each
// over all Sk keys; the decode kernel splits the keys over every
// multiprocessor instead. Both take time in proportion to Sk, so the choice
// is a matter of how much of the device the tiles fill, against how fast
// the decode kernel runs the group: its wide-group blocks (groups of more
// than 32 query heads) are latency bound at 0.6-1.3 TB/s, its 16-row
// blocks (up to 32 heads: 2 blocks re-read each K/V tile from L2) faster.
// Measured (H200, same process, bf16 and f16; bench/RESULTS.md, decode run
// 16; tiles = B x Hkv x ceil(g / 128), 132 SMs): groups > 32: 40-128 tiles
// packed 1.4-2.5x the decode kernel (2k keys; D 64, 128, 256), 32 tiles
// +19% at 2k keys but -25% at 8k, 16 tiles -50%; groups 16-32: 128 tiles
// (g 32, D 128) +46-49%, 256 tiles (g 16) +8-9%, 64 tiles even (g 32, 4k)
// or -8% (g 16, 4k); groups of 4 and 7 (rows 26-32): -4 to -88%.
// Except at short keys: one query row, groups of 4-8, D 128, at most 1024
// keys, no mask, not causal, 64 to 255 tiles (kPackShortMaxTiles; bench/RESULTS.md, "Decode 64 x
// 32/8 x 1k: persistent blocks and packed query groups", H200, same
// process, TB/s packed against the decode kernel, bf16 unless said): 1024
// keys, g 4, B 8 / 16 / 32 / 48 / 64 / 128 (64-1024 tiles): 2.05 / 3.04 /
// 3.51 / 3.74 / 3.83 / 3.95 against 1.15 / 2.11 / 3.09 / 3.29 / 3.48 / 3.75;
// row 38 (B 64) f16 3.83 against 3.58; g 7 (64 x 28/4) 3.50 against 3.05;
// g 8 (64 x 64/8) 3.82 against 3.23 (f16 3.80 / 3.32); 512 keys (64 x
// 32/8) 3.39 against 2.75. At 2k keys packed lost 4% (3.95 against 4.12,
// bf16 and f16), at 4k and 8k (rows 30, 31) 4-7%.
// D 256 (Gemma-2/3-style GQA decode) has its own short-key rule: the
// decode kernel's D 256 blocks (4 warps, 64-key tiles, one block per
// multiprocessor) stream K/V at 1.5-3.5 TB/s up to 1.5k keys, the packed
// tiles at 3.2-4.1 (bench/RESULTS.md, "Fresh random seeds; D 256 decode at
// short keys on the packed tiles", calls L1-L3, H200,
// same process, bf16 / f16, TB/s decode kernel -> packed): 64 x 32/4 x 518
// 1.50 -> 3.18 (seed 13 R12), 64 x 64/8 x 1510 3.48 -> 4.04 (R38), 64 x
// 48/4 x 1k 2.68 -> 3.69, 128 x 16/8 x 700 3.65 -> 4.01 (a group of 2), 1
// x 32/4 x 1k (4 tiles) 0.05 -> 0.17; at 2048 keys even (-1.5 to +5%), at
// 4k-14k the decode kernel ahead by 1-5% where the tiles fill the device
// (128-1024 tiles). From 1025 keys the packed tiles split their keys to
// fill the multiprocessors (2 x 16/8 x 2k: 0.78 -> 1.30); at 512 splits
// lost (4 x 16/8: 1.00 -> 0.76). On at most half as many tiles as
// multiprocessors the split tiles are ahead up to 8k keys (8 x 16/8 x 3000
// 2.88-3.03 -> 3.43 bf16, 2.34-2.61 -> 3.45 f16; 8 x 32/4 x 6000 2.65 ->
// 3.38; 4 x 32/8 x 8k +2-4%; 8 x 16/8 x 4k even), not at 16k (+-2%).
constexpr int64_t kPack256MaxKeys = 2048;
constexpr int64_t kPack256FewTilesMaxKeys = 8192;
constexpr int64_t kPack256SplitFromKeys = 1025;
constexpr int64_t kPackMinGroup = 16;     // below: decode
constexpr int64_t kPackShortMinGroup = 4; // short keys: packed from groups of 4 ...
constexpr int64_t kPackShortMaxGroup = 8; // ... to 8
constexpr int64_t kPackShortMaxKeys = 1024;
constexpr int64_t kPackShortMinTiles = 64; // ... from this many tiles (B 8 x 8 KV heads)
// ... below this many: from here on the decode kernel (its short-key rings of two blocks per SM,
// decode_nv_short_key_ring, or its 1-block ring where the split model times that faster) streams
// faster than the packed tiles. H200, same process, bf16 x 2 processes and f16, TB/s packed against
// the decode kernel's default (bench/gpu/DECODE_NOTES.md "Short-key decode: two blocks per SM",
// call 2): 1024 keys, g 4: B 32 (256 tiles) 3.46 against 3.74, B 48 (384, the 1-block ring) 3.70
// against 3.75, B 64 (row 38) 3.81 against 4.11, B 128 3.97 against 4.29; g 7 B 64 (256) 3.40
// against 3.56, g 8 B 64 3.80 against 3.94; 512 keys B 64 3.33 against 3.55. Below 256 tiles not
// measured against this decode kernel (run 16: packed +33% at B 16).
constexpr int64_t kPackShortMaxTiles = 256;
constexpr int64_t kPackWideGroup = 33;    // the decode kernel's wide-group blocks
constexpr int64_t kPackSmShareWide = 4;   // groups >= kPackWideGroup: one tile per 4 SMs
constexpr int64_t kPackSmShareNarrow = 2; // groups below: one tile per 2 SMs

namespace {
// One query row, no mask, not causal: the short-key rules' common part.
bool plainOneRow(const attnk_problem &k) {
  return k.seq_q == 1 && !k.mask.data && k.causal == ATTNRT_CAUSAL_NONE;
}

// D == Dv == 256, groups of 2 up to kPackMinGroup: at most kPack256MaxKeys,
// or kPack256FewTilesMaxKeys on at most one tile per 2 multiprocessors.
bool packedShortKeys256(const attnk_problem &k, int sms) {
  const int64_t g = k.heads_kv > 0 ? k.heads_q / k.heads_kv : 0;
  if (!(g >= 2 && g < kPackMinGroup && k.head_dim == 256 &&
        k.head_dim_v == 256 && plainOneRow(k)))
    return false;
  const int64_t tiles = k.batch * k.heads_kv; // one 128-row tile each
  return k.seq_k <= kPack256MaxKeys ||
         (k.seq_k <= kPack256FewTilesMaxKeys && tiles * 2 <= sms);
}
} // namespace

// Reasons are made only when asked (whyNot && no(...)): every call's walk
// asks without them.
bool packedQueryGroupsPay(const attnk_problem &k, int sms,
                          std::string *whyNot) {
  const int64_t g = k.heads_kv > 0 ? k.heads_q / k.heads_kv : 0;
  if (packedShortKeys256(k, sms))
    return true;
  const bool shortKeys = g >= kPackShortMinGroup && g <= kPackShortMaxGroup &&
                         k.seq_k <= kPackShortMaxKeys &&
                         k.head_dim == 128 && k.head_dim_v == 128 &&
                         plainOneRow(k);
  if (g < kPackMinGroup && !shortKeys)
    return whyNot &&
           no(whyNot,
              std::to_string(g) + " query heads per KV head (packed from " +
                  std::to_string(kPackMinGroup) + "; groups of " +
                  std::to_string(kPackShortMinGroup) + "-" +
                  std::to_string(kPackShortMaxGroup) + " at D 128 from " +
                  std::to_string(kPackShortMaxKeys) + " keys down, 2-" +
                  std::to_string(kPackMinGroup - 1) + " at D 256 from " +
                  std::to_string(kPack256MaxKeys) + " keys down (" +
                  std::to_string(kPack256FewTilesMaxKeys) +
                  " on few tiles); one query row, no mask, not causal)");
  const int64_t tiles = k.batch * k.heads_kv * ((g + 127) / 128);
  if (g < kPackMinGroup) { // the short-key groups of 4-8
    if (tiles < kPackShortMinTiles || tiles >= kPackShortMaxTiles)
      return whyNot &&
             no(whyNot, std::to_string(tiles) +
                            " tiles of 128 packed rows (packed from " +
                            std::to_string(kPackShortMinTiles) + " to " +
                            std::to_string(kPackShortMaxTiles - 1) +
                            " for groups of " + std::to_string(g) +
                            " at short keys)");
    return true;
  }
  const int64_t share = g >= kPackWideGroup ? kPackSmShareWide : kPackSmShareNarrow;
  if (tiles * share < sms)
    return whyNot &&
           no(whyNot, std::to_string(tiles) + " tiles of 128 packed rows for " +
                          std::to_string(sms) +
                          " multiprocessors (packed from one per " +
                          std::to_string(share) + " for groups of " +
                          std::to_string(g) + ")");
  return true;
}

// Split-KV of the packed tiles: the tiles (B x Hkv x ceil(g / 128)) times
// S splits fill the multiprocessors once, S = floor(SMs / tiles), at most
// 64 (the combine's limit) and the key tiles of 128 keys. Measured (H200,
// same process, bf16; bench/RESULTS.md, decode run 18), groups of 71 and
// 128 heads on one KV head, TB/s against the old default (the decode
// kernel, or packed unsplit on row 34): 32 x 71/1 x 8k 1.13 -> 2.32, 8 x
// 128/1 x 8k (D 128) 0.56 -> 1.52, 8 x 71/1 x 8k 0.57 -> 1.01, 16 x 71/1 x
// 8k 0.85 -> 1.69, 32 x 71/1 x 2k 0.60 -> 1.11, 1 x 71/1 x 4k / 32k 0.05 /
// 0.29 -> 0.07 / 0.49, row 34 (64 x 71/1 x 2k, S 2) 1.38 -> 1.46; 2.2-2.9x
// the best SDPA backend on each. By default for groups of more than 32
// heads (packedSplitsPay: the decode kernel's wide-group blocks); smaller
// groups keep the decode kernel's 16-row blocks (not measured split).
constexpr int kPackMaxSplits = 64;
constexpr int64_t kPackSplitTileKeys = 128;
constexpr bool kPackSplitsByDefault = true;

int packedQueryGroupSplitsRule(const attnk_problem &k, int sms) {
  if (k.seq_q != 1 || k.heads_kv < 1 || k.causal == ATTNRT_CAUSAL_TOP_LEFT)
    return 1;
  const int64_t g = k.heads_q / k.heads_kv;
  const int64_t tiles = k.batch * k.heads_kv * ((g + 127) / 128);
  if (tiles < 1 || sms < 2)
    return 1;
  int64_t s = sms / tiles;
  const int64_t keyTiles =
      (k.seq_k + kPackSplitTileKeys - 1) / kPackSplitTileKeys;
  if (s > keyTiles)
    s = keyTiles;
  if (s > kPackMaxSplits)
    s = kPackMaxSplits;
  return s < 2 ? 1 : static_cast<int>(s);
}

int packedQueryGroupSplits(const attnk_problem &k, int sms) {
#if defined(ATTN_HAVE_HOPPER)
  const int knob = packSplitsKnob();
#else
  const int knob = -2;
#endif
  if (knob == 0 || knob == 1)
    return 1;
  if (knob >= 2)
    return knob > kPackMaxSplits ? kPackMaxSplits : knob;
  if (knob == -2 && !(kPackSplitsByDefault && packedSplitsPay(k, sms)))
    return 1;
  return packedQueryGroupSplitsRule(k, sms);
}

bool packedSplitsPay(const attnk_problem &k, int sms) {
  const int64_t g = k.heads_kv > 0 ? k.heads_q / k.heads_kv : 0;
  // The decode kernel's wide-group blocks (latency bound), and D 256's
  // short-key groups from kPack256SplitFromKeys keys.
  return g >= kPackWideGroup ||
         (packedShortKeys256(k, sms) && k.seq_k >= kPack256SplitFromKeys);
}

const std::vector<const GpuKernel *> &gpuKernelTable() {
  static const std::vector<const GpuKernel *> table = {
#if defined(ATTN_HAVE_HOPPER)
      &kPacked, &kWgmma,
#endif
      &kDecode, &kCausal, &kNocausal, &kGeneral};
  return table;
}

const GpuKernel *findGpuKernel(const std::string &name) {
  for (const GpuKernel *g : gpuKernelTable())
    if (name == g->name)
      return g;
  return nullptr;
}

std::string gpuKernelNames() {
  std::string s;
  for (const GpuKernel *g : gpuKernelTable())
    s += (s.empty() ? "" : ", ") + std::string(g->name);
  return s;
}

const GpuKernel *chooseGpuKernel(const attnk_problem &k,
                                 const std::string &forced,
                                 std::string *whyNot, std::string *report) {
  if (!forced.empty()) {
    const GpuKernel *g = findGpuKernel(forced);
    if (!g) {
      no(whyNot, "no gpu kernel named '" + forced + "' (kernels: " +
                     gpuKernelNames() + ")");
      return nullptr;
    }
    std::string why;
    if (!g->supports(k, &why)) {
      no(whyNot, "gpu kernel '" + forced + "' cannot run this problem: " +
                     why);
      return nullptr;
    }
    if (report)
      *report += std::string("  kernel ") + g->name + ": forced, chosen\n";
    return g;
  }
  // Every call: the first kernel that supports and prefers `k`, with null
  // reasons (no message is made; the kernels after it are not asked). Only a
  // report, or a reason for a problem no kernel runs, walks the whole table.
  if (!report) {
    for (const GpuKernel *g : gpuKernelTable())
      if (g->supports(k, nullptr) && (!g->prefer || g->prefer(k, nullptr)))
        return g;
    if (!whyNot)
      return nullptr;
  }
  const GpuKernel *chosen = nullptr;
  std::string reasons; // each kernel's, for the message when none runs it
  for (const GpuKernel *g : gpuKernelTable()) {
    std::string why;
    const bool ok = g->supports(k, &why);
    const bool preferred = ok && (!g->prefer || g->prefer(k, &why));
    if (preferred && !chosen)
      chosen = g;
    if (!preferred)
      reasons += (reasons.empty() ? "" : "; ") + std::string(g->name) + ": " + why;
    if (report)
      *report += std::string("  kernel ") + g->name + ": " +
                 (preferred ? (chosen == g ? "supported, chosen" : "supported")
                  : ok      ? "supported, not preferred: " + why
                            : "not supported: " + why) +
                 "\n";
  }
  if (!chosen)
    no(whyNot, "no gpu kernel supports this problem (" + reasons + ")");
  return chosen;
}

} // namespace attnrt
