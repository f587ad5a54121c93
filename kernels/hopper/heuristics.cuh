//===- heuristics.cuh - which compiled variant runs a problem, and whether ===//
//
// The compiled variants per padded head dim (tile shapes, pingpong, grid),
// the default choice from the H100/H200 measurements, and the checks that
// decide whether this path runs a problem at all (with the reason).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_HEURISTICS_CUH
#define ATTN_HOPPER_HEURISTICS_CUH

#include "launch.cuh"

namespace attn_hopper {

enum class Kind { Plain, Gen, GenNoMask, GenRow, GenTile };

struct Variant {
  const char *name;
  Kind kind;
  int (*bf16)(const attnk_problem *, void *, int);  // (problem, stream, variant_sched_bits)
  int (*f16)(const attnk_problem *, void *, int);
  int dk;  // Cfg::DK when below the padded head dim: serves D <= dk only; else 0
  int dv;  // Cfg::DV when below the padded head dim: serves Dv <= dv only; else 0
  bool lr;  // Cfg::LR: runs the problems with logit_rounding in the operand type, and only those
  int hpt;  // Cfg::HPT above 1: query heads per tile (serves Sq <= 64 only); else 0
};

#define ATTN_HOPPER_VARIANT(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS)        \
  {NAME, Kind::Plain, &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS>, Grid::GRID>}
#define ATTN_HOPPER_VARIANT_K(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS, DK)   \
  {NAME, Kind::Plain,                                                          \
   &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, false, true, 0, DK>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, false, true, 0, DK>, Grid::GRID>, DK}
// V and O tiles DV columns wide (Cfg::DV < DP): serves Dv <= DV only.
#define ATTN_HOPPER_VARIANT_V(NAME, DP, DV, NWG, BN, ST, OVL, PP, GRID, PREGS)   \
  {NAME, Kind::Plain,                                                          \
   &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, false, true, 0, 0, DV>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, false, true, 0, 0, DV>, Grid::GRID>, 0, DV}
// QK^T over DK columns and V/O tiles DV columns wide: serves D <= DK,
// Dv <= DV.
#define ATTN_HOPPER_VARIANT_KV(NAME, DP, DK, DV, NWG, BN, ST, OVL, PP, GRID, PREGS) \
  {NAME, Kind::Plain,                                                          \
   &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, false, true, 0, DK, DV>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, false, true, 0, DK, DV>, Grid::GRID>, DK, DV}
// Two Q buffers (Cfg QST 2; DK as above, 0 = DP).
#define ATTN_HOPPER_VARIANT_Q2(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS, DK)  \
  {NAME, Kind::Plain,                                                          \
   &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, false, true, 0, DK, 0, 2>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, false, true, 0, DK, 0, 2>, Grid::GRID>, DK}
// Three Q buffers, OVERLAP and pingpong (Cfg QST 3).
#define ATTN_HOPPER_VARIANT_Q3(NAME, DP, NWG, BN, ST, GRID, PREGS)                              \
  {NAME, Kind::Plain,                                                                          \
   &launch<Cfg<DP, NWG, BN, ST, true, true, true, PREGS, false, true, 0, 0, 0, 3>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, true, true, PREGS, false, true, 0, 0, 0, 3>, Grid::GRID>}
// O through shared memory and TMA stores (Cfg::OTMA; QST Q buffers).
#define ATTN_HOPPER_VARIANT_OTMA(NAME, DP, NWG, BN, ST, PP, GRID, PREGS, QST)                 \
  {NAME, Kind::Plain,                                                                        \
   &launch<Cfg<DP, NWG, BN, ST, true, true, PP, PREGS, false, true, 0, 0, 0, QST, false, false, true>, \
           Grid::GRID>,                                                                      \
   &launch<Cfg<DP, NWG, BN, ST, false, true, PP, PREGS, false, true, 0, 0, 0, QST, false, false, true>, \
           Grid::GRID>}
// HPT query heads per tile (Cfg::HPT = NWG), O by TMA stores, QST Q buffers:
// serves Sq <= 64.
#define ATTN_HOPPER_VARIANT_HPT(NAME, DP, NWG, BN, ST, PP, GRID, PREGS, QST)                       \
  {NAME, Kind::Plain,                                                                              \
   &launch<Cfg<DP, NWG, BN, ST, true, true, PP, PREGS, false, true, 0, 0, 0, QST, false, false, true, NWG>, \
           Grid::GRID>,                                                                            \
   &launch<Cfg<DP, NWG, BN, ST, false, true, PP, PREGS, false, true, 0, 0, 0, QST, false, false, true, NWG>, \
           Grid::GRID>, 0, 0, false, NWG}
// K/V resident across a head's m-blocks (Cfg::KVR; DK, DV as above; static
// grid, OVERLAP, one Q buffer): serves D <= DK, Dv <= DV.
#define ATTN_HOPPER_VARIANT_KVR(NAME, DP, DK, DV, NWG, BN, ST, PP, PREGS)        \
  {NAME, Kind::Plain,                                                          \
   &launch<Cfg<DP, NWG, BN, ST, true, true, PP, PREGS, false, true, 0, DK, DV, 1, false, true>, Grid::Static>, \
   &launch<Cfg<DP, NWG, BN, ST, false, true, PP, PREGS, false, true, 0, DK, DV, 1, false, true>, Grid::Static>, DK, DV}
#define ATTN_HOPPER_GEN_VARIANT(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS)    \
  {NAME, Kind::Gen, &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, true>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, true>, Grid::GRID>}
#define ATTN_HOPPER_GEN_NOMASK_VARIANT(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS) \
  {NAME, Kind::GenNoMask,                                                      \
   &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, true, false>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, true, false>, Grid::GRID>}

#define ATTN_HOPPER_GEN_ROW_VARIANT(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS)   \
  {NAME, Kind::GenRow,                                                         \
   &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, true, true, 1>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, true, true, 1>, Grid::GRID>}
// logit_rounding (Cfg::LR): GEN kernels that round each logit step by step
// in the operand type (attn/rounded_logits.h). KIND, GMASK and MSM as the
// GEN kinds above (Gen: true, 0; GenNoMask: false, 0; GenRow: true, 1).
#define ATTN_HOPPER_LR_VARIANT(NAME, KIND, GMASK, MSM, DP, NWG, BN, ST, OVL, PP, GRID, PREGS) \
  {NAME, Kind::KIND,                                                                         \
   &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, true, GMASK, MSM, 0, 0, 1, true>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, true, GMASK, MSM, 0, 0, 1, true>, Grid::GRID>, \
   0, 0, true}
#define ATTN_HOPPER_GEN_TILE_VARIANT(NAME, DP, NWG, BN, ST, OVL, PP, GRID, PREGS)  \
  {NAME, Kind::GenTile,                                                        \
   &launch<Cfg<DP, NWG, BN, ST, true, OVL, PP, PREGS, true, true, 2>, Grid::GRID>, \
   &launch<Cfg<DP, NWG, BN, ST, false, OVL, PP, PREGS, true, true, 2>, Grid::GRID>}

// Measured on an H100 (bench/hopper/NOTES.md) and the H200 (bench/RESULTS.md).
// "dyn": persistent grid with the dynamic tile scheduler; "static":
// persistent, round-robin tiles; no suffix: one CTA per tile. "pp": pingpong
// between consumer warpgroups. Names carry the padded head dim (d64 runs
// D = 8..64, d128 runs D = 72..128).
static const Variant kVariantsD128[] = {
    ATTN_HOPPER_VARIANT("d128_bm128_ovl_dyn", 128, 2, 128, 2, true, false, Dynamic, 40),
    ATTN_HOPPER_VARIANT("d128_bm128_ovl_pp_dyn", 128, 2, 128, 2, true, true, Dynamic, 40),
    ATTN_HOPPER_VARIANT("d128_bm128_ovl", 128, 2, 128, 2, true, false, PerTile, 40),
    ATTN_HOPPER_VARIANT("d128_bm128_ovl_static", 128, 2, 128, 2, true, false, Static, 40),
    // GEN order = preference (run 2, bench/RESULTS.md: pp +4-8% over no pp).
    ATTN_HOPPER_GEN_VARIANT("d128_gen_bm128_bn64_pp_dyn", 128, 2, 64, 2, true, true, Dynamic, 24),
    ATTN_HOPPER_GEN_VARIANT("d128_gen_bm128_bn64_dyn", 128, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_NOMASK_VARIANT("d128_gen_nomask_bm128_bn128_pp_dyn", 128, 2, 128, 2, true, true, Dynamic, 40),
    // Row masks (padding) from shared memory: the mask-free tile sizes.
    ATTN_HOPPER_GEN_ROW_VARIANT("d128_genrow_bm128_bn128_pp_dyn", 128, 2, 128, 2, true, true, Dynamic, 40),
    ATTN_HOPPER_GEN_ROW_VARIANT("d128_genrow_bm128_bn128_pp_static", 128, 2, 128, 2, true, true, Static, 40),
    // 16-bit masks with rows ([B, 1, Sq, Sk] causal + padding masks, T5's
    // bias) in BM x BN tiles from shared memory, as the D 64 MTILE kernels
    // (2 stages: Q 32 KiB + K, V 128 KiB + mask tiles 64 KiB = 224 KiB).
    // 64-key tiles (3 stages), with one or two Q buffers, measured 5-25%
    // slower at S 120-2048 (bench/RESULTS.md "D 65..128 masks with rows").
    ATTN_HOPPER_GEN_TILE_VARIANT("d128_gentile_bm128_bn128_pp_dyn", 128, 2, 128, 2, true, true, Dynamic, 40),
    ATTN_HOPPER_GEN_TILE_VARIANT("d128_gentile_bm128_bn128_pp_static", 128, 2, 128, 2, true, true, Static, 40),
    // D 72..80 (Stable Diffusion, CLIP, Phi-2): S = Q K^T over 80 columns.
    ATTN_HOPPER_VARIANT_K("d128_k80_bm128_ovl_static", 128, 2, 128, 2, true, false, Static, 40, 80),
    ATTN_HOPPER_VARIANT_K("d128_k80_bm128_ovl_dyn", 128, 2, 128, 2, true, false, Dynamic, 40, 80),
    // The static grid with pingpong (consumer warpgroups alternate their
    // GEMMs and softmax): short non-causal D 65..72 (default_variant_of).
    ATTN_HOPPER_VARIANT_K("d128_k80_bm128_ovl_pp_static", 128, 2, 128, 2, true, true, Static, 40, 80),
    // D 88..96 (issue 12's D 96 class): S = Q K^T over 96 columns (6 of 8
    // k-steps), the D 128 kernels' dynamic grid and pingpong otherwise
    // (default_variant_of: D 88..96 runs these where D 128 runs the twin;
    // the static-grid twins measured 8-9% slower at S 1024 and were
    // removed: bench/RESULTS.md "D 96: QK^T and P V over 96 columns").
    ATTN_HOPPER_VARIANT_K("d128_k96_bm128_ovl_dyn", 128, 2, 128, 2, true, false, Dynamic, 40, 96),
    ATTN_HOPPER_VARIANT_K("d128_k96_bm128_ovl_pp_dyn", 128, 2, 128, 2, true, true, Dynamic, 40, 96),
    // The same with V and O 96 columns wide (V in 32-column panels, 64-byte
    // swizzle; Cfg::VPC): PV over 96 columns instead of 128, for Dv <= 96.
    ATTN_HOPPER_VARIANT_KV("d128_k96_v96_bm128_ovl_dyn", 128, 96, 96, 2, 128, 2, true, false, Dynamic, 40),
    ATTN_HOPPER_VARIANT_KV("d128_k96_v96_bm128_ovl_pp_dyn", 128, 96, 96, 2, 128, 2, true, true, Dynamic, 40),
    // SD D 80: V and O 80 columns wide (V in
    // 16-column panels, 32-byte swizzle; Cfg::VPC): PV over 80 columns
    // instead of 128. Default for short non-causal D 72..80 with Dv <= 80.
    ATTN_HOPPER_VARIANT_KV("d128_k80_v80_bm128_ovl_static", 128, 80, 80, 2, 128, 2, true, false, Static, 40),
    // With pingpong on the dynamic grid: long non-causal D 73..80, Dv <= 80.
    ATTN_HOPPER_VARIANT_KV("d128_k80_v80_bm128_ovl_pp_dyn", 128, 80, 80, 2, 128, 2, true, true, Dynamic, 40),
    // logit_rounding (HF eager attention in f16/bf16): the GEN tile shapes.
    ATTN_HOPPER_LR_VARIANT("d128_gen_lr_bm128_bn64_pp_dyn", Gen, true, 0, 128, 2, 64, 2, true, true, Dynamic, 24),
    ATTN_HOPPER_LR_VARIANT("d128_gen_nomask_lr_bm128_bn128_pp_dyn", GenNoMask, false, 0, 128, 2, 128, 2, true, true, Dynamic, 40),
    // Two Q buffers with the dynamic scheduler (prefill, issue 12): the
    // producer claims and loads the next output tile (its Q, then its K/V
    // as the ring frees) while this one runs, so neither the handoff of
    // the tile index nor the Q load waits for this tile's end (Q 2 x 32 KiB
    // + K, V 2 x 2 x 32 KiB = 192 KiB).
    ATTN_HOPPER_VARIANT_Q2("d128_bm128_ovl_pp_q2_dyn", 128, 2, 128, 2, true, true, Dynamic, 40, 0),
    // O by stmatrix and TMA stores (Cfg::OTMA: the epilogue without the
    // 16-byte stores' lane transposes), one and two Q buffers: the
    // non-causal D 97..128 defaults up to 2048 keys (default_variant_of).
    ATTN_HOPPER_VARIANT_OTMA("d128_bm128_ovl_otma_dyn", 128, 2, 128, 2, false, Dynamic, 40, 1),
    ATTN_HOPPER_VARIANT_OTMA("d128_bm128_ovl_q2_otma_dyn", 128, 2, 128, 2, false, Dynamic, 40, 2),
    // Pingpong with O by TMA stores: the causal D 97..128 default up to 4096
    // keys (top-left) and 1024 (bottom-right).
    ATTN_HOPPER_VARIANT_OTMA("d128_bm128_ovl_pp_otma_dyn", 128, 2, 128, 2, true, Dynamic, 40, 1),
    // Very short keys at D 97..128 (very_short_keys_variant): key tiles of
    // 64 and 80, two Q buffers, O by TMA stores. (A 96-key twin measured
    // equal to the default at 96 keys: not built.)
    ATTN_HOPPER_VARIANT_OTMA("d128_bn64_bm128_ovl_pp_q2_otma_static", 128, 2, 64, 2, true, Static, 40, 2),
    // Its tiles of two heads (Cfg::HPT; Sq <= 64: very_short_keys_variant).
    ATTN_HOPPER_VARIANT_HPT("d128_bn64_bm128_ovl_pp_q2_otma_static_h2", 128, 2, 64, 2, true, Static, 40, 2),
    ATTN_HOPPER_VARIANT_OTMA("d128_bn80_bm128_ovl_pp_q2_otma_static", 128, 2, 80, 2, true, Static, 40, 2),
};
static const Variant kVariantsD64[] = {
    ATTN_HOPPER_VARIANT("d64_bm192_ovl_pp_dyn", 64, 3, 128, 3, true, true, Dynamic, 32),
    ATTN_HOPPER_VARIANT("d64_bm192_ovl_dyn", 64, 3, 128, 3, true, false, Dynamic, 32),
    ATTN_HOPPER_VARIANT("d64_bm192_ovl", 64, 3, 128, 3, true, false, PerTile, 32),
    ATTN_HOPPER_VARIANT("d64_bm192_ovl_pp_static", 64, 3, 128, 3, true, true, Static, 32),
    // GEN order = preference (run 2: bm192_bn64 +6-25% over the bm128 ones).
    ATTN_HOPPER_GEN_VARIANT("d64_gen_bm192_bn64_dyn", 64, 3, 64, 3, true, false, Dynamic, 32),
    ATTN_HOPPER_GEN_VARIANT("d64_gen_bm128_bn64_dyn", 64, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_VARIANT("d64_gen_bm128_bn128_dyn", 64, 2, 128, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_NOMASK_VARIANT("d64_gen_nomask_bm192_bn128_pp_dyn", 64, 3, 128, 3, true, true, Dynamic, 32),
    // 128-row tiles for short sequences, where 192-row tiles leave many
    // rows empty (S 197: 384 rows computed for 197; 128: 256).
    ATTN_HOPPER_VARIANT("d64_bm128_ovl_pp_static", 64, 2, 128, 3, true, true, Static, 40),
    ATTN_HOPPER_VARIANT("d64_bm128_ovl_pp_dyn", 64, 2, 128, 3, true, true, Dynamic, 40),
    // Row masks (padding) from shared memory: the mask-free tile sizes, but
    // 128 rows (192 rows: 3 consumer warpgroups at 160 registers spill
    // 120 B with the row-mask reads, ptxas, 2026-11-30).
    ATTN_HOPPER_GEN_ROW_VARIANT("d64_genrow_bm128_bn128_pp_dyn", 64, 2, 128, 3, true, true, Dynamic, 40),
    ATTN_HOPPER_GEN_ROW_VARIANT("d64_genrow_bm128_bn128_pp_static", 64, 2, 128, 3, true, true, Static, 40),
    // D 40..48 (Stable Diffusion): S = Q K^T over 48 columns.
    ATTN_HOPPER_VARIANT_K("d64_k48_bm192_ovl_pp_dyn", 64, 3, 128, 3, true, true, Dynamic, 32, 48),
    ATTN_HOPPER_VARIANT_K("d64_k48_bm192_ovl_pp_static", 64, 3, 128, 3, true, true, Static, 32, 48),
    // 16-bit masks with rows (T5's bias) in BM x BN tiles from shared memory
    // (3 stages: Q 16 KiB + K, V 96 KiB + mask tiles 96 KiB).
    ATTN_HOPPER_GEN_TILE_VARIANT("d64_gentile_bm128_bn128_pp_dyn", 64, 2, 128, 3, true, true, Dynamic, 40),
    ATTN_HOPPER_GEN_TILE_VARIANT("d64_gentile_bm128_bn128_pp_static", 64, 2, 128, 3, true, true, Static, 40),
    // 208-key tiles (short Sk, issue 12): ViT's 197 keys in one tile
    // (kernel_traits.cuh, wide_key_tile_bn); short_keys_variant picks it.
    // 2 stages: Q 16 KiB + K, V 2 x 2 x 26 KiB; the next tile's K/V load
    // during this one.
    ATTN_HOPPER_VARIANT("d64_bn208_bm128_ovl_pp_static", 64, 2, 208, 2, true, true, Static, 40),
    // Two Q buffers, so the next output tile's
    // Q, K and V load during this one (one Q buffer: the producer waits for
    // this tile's last S GEMM before it loads any of the next tile's).
    ATTN_HOPPER_VARIANT_Q2("d64_bn208_bm128_ovl_pp_q2_static", 64, 2, 208, 2, true, true, Static, 40, 0),
    ATTN_HOPPER_VARIANT_Q2("d64_bm192_ovl_pp_q2_static", 64, 3, 128, 3, true, true, Static, 32, 0),
    // logit_rounding (HF eager attention in f16/bf16: BERT's padding masks,
    // ViT without a mask): the GEN tile shapes.
    // (128 rows, 240 consumer registers: 14 LDL / 12 STL in SASS, against
    // 16 / 16 for the 192-row tile at 160; not tuned.)
    ATTN_HOPPER_LR_VARIANT("d64_gen_lr_bm128_bn64_dyn", Gen, true, 0, 64, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_LR_VARIANT("d64_gen_nomask_lr_bm192_bn128_pp_dyn", GenNoMask, false, 0, 64, 3, 128, 3, true, true, Dynamic, 32),
    ATTN_HOPPER_LR_VARIANT("d64_genrow_lr_bm128_bn128_pp_static", GenRow, true, 1, 64, 2, 128, 3, true, true, Static, 40),
    // Two Q buffers with the dynamic scheduler (as d128_bm128_ovl_pp_q2_dyn):
    // the static two-buffer kernel's overlap with the dynamic grid's balance.
    ATTN_HOPPER_VARIANT_Q2("d64_bm192_ovl_pp_q2_dyn", 64, 3, 128, 3, true, true, Dynamic, 32, 0),
    // The two Q buffer kernels above with O by TMA stores (Cfg::OTMA): the
    // short D 49..64 defaults (default_variant_of).
    ATTN_HOPPER_VARIANT_OTMA("d64_bm192_ovl_pp_q2_otma_static", 64, 3, 128, 3, true, Static, 32, 2),
    ATTN_HOPPER_VARIANT_OTMA("d64_bm192_ovl_pp_q2_otma_dyn", 64, 3, 128, 3, true, Dynamic, 32, 2),
    // Very short keys (very_short_keys_variant: CLIP's 77 text tokens,
    // ViT-B/32's 50): one key tile an output tile, whose time follows its
    // padded key columns: key tiles of 64, 80, 96 with two Q buffers and O by
    // TMA stores; 97..128 keys 112- (non-causal, up to 112) or 128-key tiles
    // with two Q buffers (the OTMA twins of the 128-key kernel, static and
    // dynamic grid, measured equal or slower at 97..128 keys and were removed).
    ATTN_HOPPER_VARIANT_Q2("d64_bm128_ovl_pp_q2_static", 64, 2, 128, 3, true, true, Static, 40, 0),
    ATTN_HOPPER_VARIANT_OTMA("d64_bn80_bm128_ovl_pp_q2_otma_static", 64, 2, 80, 3, true, Static, 40, 2),
    ATTN_HOPPER_VARIANT_OTMA("d64_bn64_bm128_ovl_pp_q2_otma_static", 64, 2, 64, 3, true, Static, 40, 2),
    // Tiles of two or three heads (Cfg::HPT; Sq <= 64: very_short_keys_variant).
    ATTN_HOPPER_VARIANT_HPT("d64_bn64_bm128_ovl_pp_q2_otma_static_h2", 64, 2, 64, 3, true, Static, 40, 2),
    ATTN_HOPPER_VARIANT_HPT("d64_bn64_bm192_ovl_pp_q2_otma_static_h3", 64, 3, 64, 3, true, Static, 32, 2),
    ATTN_HOPPER_VARIANT_OTMA("d64_bn96_bm128_ovl_pp_q2_otma_static", 64, 2, 96, 3, true, Static, 40, 2),
    ATTN_HOPPER_VARIANT_OTMA("d64_bn80_bm192_ovl_pp_q2_otma_static", 64, 3, 80, 3, true, Static, 32, 2),
    // 112-key tiles for 97..112 keys, non-causal (very_short_keys_variant):
    // two Q buffers, as the 128-key kernel there (an O-by-TMA twin measured
    // 4-9% slower at 100 and 112 keys, causal or not: not built).
    ATTN_HOPPER_VARIANT_Q2("d64_bn112_bm128_ovl_pp_q2_static", 64, 2, 112, 3, true, true, Static, 40, 0),
    // The 128-key kernel with three Q buffers: the producer's loads one
    // output tile further ahead of the consumers (one key tile an output
    // tile moves 64 KiB a tile); very_short_keys_variant from 124 keys.
    ATTN_HOPPER_VARIANT_Q3("d64_bm128_ovl_pp_q3_static", 64, 2, 128, 3, Static, 40),
};
// D = 256 (Gemma): the O accumulator is 128 registers per thread (64 rows x
// 256 columns per consumer warpgroup), so BN = 64 or 80 (S: 32 or 40
// registers) and 2 stages (BN 64: Q 64 KiB + K, V 2 x 2 x 32 KiB = 192 KiB).
// Order = preference: BN 80 with pingpong first, FlashAttention-3's 128 x 80
// tile (Q 64 KiB + K, V 2 x 2 x 40 KiB = 224 KiB): same-process A/B on the
// H200 (bench/RESULTS.md, hopper-d256), Gemma-7B / Gemma-2 causal prefill,
// +7.6% / +12.3% (bf16) and +8.8% / +10.4% (f16) over BN 64 with pingpong
// (run 8: pingpong +5% on average over S 512-8192 at BN 64; BN 80 +2-7% more
// on 5 of 6 shapes, -2% at S 512 causal). BN 80 at 240 consumer registers
// spilled 12 B outside the key loop until the warpgroup index became
// warp-uniform (run 6); 0 since.
static const Variant kVariantsD256[] = {
    ATTN_HOPPER_VARIANT("d256_bm128_bn80_ovl_pp_dyn", 256, 2, 80, 2, true, true, Dynamic, 24),
    ATTN_HOPPER_VARIANT("d256_bm128_bn64_ovl_pp_dyn", 256, 2, 64, 2, true, true, Dynamic, 24),
    ATTN_HOPPER_VARIANT("d256_bm128_bn64_ovl_dyn", 256, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_VARIANT("d256_gen_bm128_bn64_dyn", 256, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_NOMASK_VARIANT("d256_gen_nomask_bm128_bn64_dyn", 256, 2, 64, 2, true, false, Dynamic, 24),
    // logit_rounding: every mask and none (Gemma in eager f16/bf16).
    ATTN_HOPPER_LR_VARIANT("d256_gen_lr_bm128_bn64_dyn", Gen, true, 0, 256, 2, 64, 2, true, false, Dynamic, 24),
};
// D = 136..192 (160 among them): O is 96 registers per thread; BN 96 (Q 48
// KiB + K, V 2 x 2 x 36 KiB = 192 KiB) or 64 (144 KiB). Order = preference
// (run 8: BN 96 +9-13% on 3 of 6 shapes of S 512-8192, within 3% on the rest).
static const Variant kVariantsD192[] = {
    ATTN_HOPPER_VARIANT("d192_bm128_bn96_ovl_dyn", 192, 2, 96, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_VARIANT("d192_bm128_bn64_ovl_dyn", 192, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_VARIANT("d192_gen_bm128_bn64_dyn", 192, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_GEN_NOMASK_VARIANT("d192_gen_nomask_bm128_bn64_dyn", 192, 2, 64, 2, true, false, Dynamic, 24),
    // logit_rounding: every mask and none.
    ATTN_HOPPER_LR_VARIANT("d192_gen_lr_bm128_bn64_dyn", Gen, true, 0, 192, 2, 64, 2, true, false, Dynamic, 24),
    ATTN_HOPPER_VARIANT("d192_bm128_bn96_ovl_static", 192, 2, 96, 2, true, false, Static, 24),
    // D 136..160 (Stable Diffusion): S = Q K^T over 160 columns.
    ATTN_HOPPER_VARIANT_K("d192_k160_bm128_bn96_ovl_static", 192, 2, 96, 2, true, false, Static, 24, 160),
    ATTN_HOPPER_VARIANT_K("d192_k160_bm128_bn96_ovl_dyn", 192, 2, 96, 2, true, false, Dynamic, 24, 160),
    // D 136..192 with Dv <= 128 (DeepSeek-V2/V3
    // MLA prefill: D 192, Dv 128): V and O 128 columns wide, so O is 64
    // registers as at D 128 and the key tiles can be 128 (FlashAttention-3's
    // tile for this pair, hopper/tile_size.h); Q 48 KiB + K, V 2 x (48 + 32)
    // KiB = 208 KiB of shared memory.
    ATTN_HOPPER_VARIANT_V("d192_v128_bm128_bn128_ovl_dyn", 192, 128, 2, 128, 2, true, false, Dynamic, 40),
    ATTN_HOPPER_VARIANT_V("d192_v128_bm128_bn128_ovl_pp_dyn", 192, 128, 2, 128, 2, true, true, Dynamic, 40),
    // SD D 160: V and O 160 columns wide (V in 32-column panels, 64-byte
    // swizzle; Cfg::VPC): PV over 160 columns instead of 192, and 128-key
    // tiles (S 256 = 2 tiles, no key padding): Q 48 KiB + K, V 2 x (48 +
    // 40) KiB = 224 KiB. Default for short non-causal D 136..160 with Dv <=
    // 160 where the K/V-resident kernel below does not (kv_resident_fits).
    ATTN_HOPPER_VARIANT_KV("d192_k160_v160_bm128_bn128_ovl_static", 192, 160, 160, 2, 128, 2, true, false, Static, 24),
    // The same tiles with K/V resident across a head's m-blocks (Cfg::KVR:
    // Sk <= 256 non-causal, a CTA per (batch, head) pair computes both
    // 128-row m-blocks of S 256 on one load of K and V) and pingpong.
    // Default where kv_resident_fits. H200, same process (bench/RESULTS.md,
    // "SD D 160 at 256 tokens: K/V resident + pingpong"): SD 1.5 level 2
    // +6-8% (1.06-1.13x cuDNN); either change alone: -1% to +2% (removed).
    ATTN_HOPPER_VARIANT_KVR("d192_k160_v160_bm128_bn128_ovl_pp_kvr_static", 192, 160, 160, 2, 128, 2, true, 24),
};

// The variants of list head dim d (max(D, Dv): list_head_dim).
static const Variant *variants(int64_t d, int *n) {
  switch (padded_head_dim(d)) {
  case 64: *n = sizeof(kVariantsD64) / sizeof(kVariantsD64[0]); return kVariantsD64;
  case 128: *n = sizeof(kVariantsD128) / sizeof(kVariantsD128[0]); return kVariantsD128;
  case 192: *n = sizeof(kVariantsD192) / sizeof(kVariantsD192[0]); return kVariantsD192;
  case 256: *n = sizeof(kVariantsD256) / sizeof(kVariantsD256[0]); return kVariantsD256;
  default: *n = 0; return nullptr;
  }
}

// The first variant of kind k for head dim d among the logit-rounding
// variants (lr) or the others.
static int first_of_kind(int64_t d, Kind k, bool lr = false) {
  int n = 0;
  const Variant *vs = variants(d, &n);
  for (int i = 0; i < n; ++i)
    if (vs[i].kind == k && vs[i].lr == lr) return i;
  return -1;
}

static int find_variant(int64_t d, const char *name) {
  int n = 0;
  const Variant *vs = variants(d, &n);
  for (int i = 0; i < n; ++i)
    if (!strcmp(vs[i].name, name)) return i;
  return -1;
}

// Whether a variant of kind k computes problem p exactly: plain kernels
// no mask, a positive scale, logits in f32 (needs_gen), mask-free GEN no mask, MROW
// only row masks it can load with TMA.
static bool kind_ok(const attnk_problem *p, Kind k) {
  switch (k) {
  case Kind::Plain: return !needs_gen(p);
  case Kind::Gen: return true;
  case Kind::GenNoMask: return !has_mask(p);
  case Kind::GenRow: return !has_mask(p) || mask_row_ok(p);
  case Kind::GenTile: return !has_mask(p) || mask_tile_ok(p);
  }
  return false;
}

// Whether variant v's QK^T columns (Cfg::DK) cover the head dim, and its
// V / O columns (Cfg::DV) the value head dim.
static bool dk_ok(const attnk_problem *p, const Variant &v) {
  return (v.dk == 0 || p->head_dim <= v.dk) && (v.dv == 0 || p->head_dim_v <= v.dv);
}

// Whether variant v computes p's logits: the logit-rounding variants round
// them (in the operand type, the only rounding unsupported_reason lets
// through), every other variant computes them in f32.
static bool lr_ok(const attnk_problem *p, const Variant &v) { return v.lr == rounds_logits(p); }

// Whether variant v runs p at all: kind, head dims, logit rounding, and for
// the kernels with tiles of several heads (Cfg::HPT) Sq <= 64.
static bool variant_ok(const attnk_problem *p, const Variant &v) {
  return kind_ok(p, v.kind) && dk_ok(p, v) && lr_ok(p, v) && (v.hpt <= 1 || p->seq_q <= 64);
}

// logit_rounding (HF eager attention in f16/bf16): row masks -> the MROW
// variant (D 64: BERT's padding), no mask -> the mask-free GEN one (D 64,
// 128), else the GEN variant of the head dim (every mask).
static int rounded_variant(const attnk_problem *p) {
  const int64_t dl = list_head_dim(p);
  if (has_mask(p) && mask_row_ok(p)) {
    const int i = find_variant(dl, "d64_genrow_lr_bm128_bn128_pp_static");
    if (i >= 0) return i;
  }
  if (!has_mask(p)) {
    const int i = first_of_kind(dl, Kind::GenNoMask, true);
    if (i >= 0) return i;
  }
  return first_of_kind(dl, Kind::Gen, true);
}

// Rows (or keys) computed for n with tiles of t: n rounded up to t.
static int64_t padded(int64_t n, int64_t t) { return (n + t - 1) / t * t; }

// Whether tiles of `small` waste enough less than tiles of `big` along a
// dim of n to be worth their lower efficiency: `big` pads n by more than
// 20% and `small` pads less. Measured (H200, bf16, models sweep, D 64, 192
// -> 128 rows): S 197 (95% padding) +28%, S 577 (33%) +3%, S 1024 (12.5%)
// -3% and -6%; -19% since the 192-row tile's warpgroups without rows skip
// their key tiles (wg_key_tiles; bench/RESULTS.md "Partial query tiles").
// (D 160 at 256 keys, 96 -> 64 keys, 12.5%: -4%: not used.)
static bool pads_less(int64_t n, int64_t big, int64_t small) {
  return padded(n, big) * 10 > n * 12 && padded(n, small) < padded(n, big);
}

static int default_variant_of(const attnk_problem *p, int sms);

// Whether the K/V-resident D 160 kernel (Cfg::KVR, 128 x 128 tiles, 2
// stages) holds a problem's K/V across each head's m-blocks (non-causal, Sk
// <= 256) and its grid of (batch, head) pairs loads the SMs within 2% of
// what a grid of output tiles does (SD 1.5 level 2, 8192 pairs of 2
// m-blocks: 126 tiles for the busiest CTA against 125), on a device of `sms`
// multiprocessors (the persistent grids' size; a parameter, so that the
// choice is testable for any device: GpuKernelTable.HopperKvResidentSmCounts).
static bool kv_resident_fits(const attnk_problem *p, int sms) {
  if (p->causal != ATTNRT_CAUSAL_NONE || p->seq_k > 256 || sms < 1) return false;
  const int64_t m = (p->seq_q + 127) / 128, bh = p->batch * p->heads_q;
  const int64_t busiest_units = (bh + sms - 1) / sms * m, busiest_tiles = (bh * m + sms - 1) / sms;
  return busiest_units * 50 <= busiest_tiles * 51;
}

// Short keys (issue 12, the short-sequence class): a plain non-causal problem
// with D, Dv <= 64 and Sk <= 1024 whose 208-key tiles pad the keys less than 128-key
// tiles do (Sk 129..208: one tile, no online rescale; 385..416; 513..624),
// and whose queries take 128-row tiles (pads_less, as the bm128 kernels) ->
// the 208-key-tile kernel. -1: not such a problem. Measured (H200, same
// process, bench/RESULTS.md "Short sequences on the Hopper path"): ViT's 197
// keys (208 instead of 256) +10% over the 128-key tiles, DeiT's 577 (624
// instead of 640, 3 tiles instead of 5) +7%; where 208-key tiles pad more
// (S 512: 624 keys) -13%, and one 256-key tile at S 197 (no overlap of one
// tile's softmax with another's GEMMs) -23%: neither is used. Causal
// problems keep the 128-key tiles (not measured). Two Q buffers (Cfg QST 2,
// hopper-short's second pass): ViT +7-8% more (1.09-1.11x cuDNN), DeiT
// unchanged; one key tile's softmax and P V in halves lost 11% (not built).
// Short non-causal D <= 72 from this many keys: the dynamic-grid k80 kernel.
constexpr int64_t kK80D72DynMinKeys = 512;
// ... and from this many keys below that, the pingpong static-grid kernel
// (the shortest measured: 257; default_variant_of).
constexpr int64_t kK80D72PpMinKeys = 257;
// Non-causal D 88..96 runs the pingpong kernels from this many keys (the
// shortest measured: 512; default_variant_of).
constexpr int64_t kD96PingpongMinKeys = 512;

// The 128-key tiles of very_short_keys_variant take three Q buffers from this
// many keys (d64_bm128_ovl_pp_q3_static). H200, same process, B 2048 H 16 D
// 64, paired against two buffers (bench/RESULTS.md "D 64 at one key tile",
// calls c1, c2): S 124 / 127 / 128 +4.1 / +2.7..3.2 / +2.6..2.9% (f16 S 128
// +2.0..2.4%), causal S 128 +2.3%, Sq 256 Sk 128 +1.8%; S 120 +0.2..0.6%, and
// S 113 / 116 -13 / -15% (not explained): 121..123 not measured.
constexpr int64_t kD64Q3MinKeys = 124;

// Short causal D 49..64 in 192-row tiles (default_variant_of) runs on the
// dynamic grid from this many tiles a multiprocessor. H200, same process,
// bf16, x cuDNN, static -> dynamic grid (two Q buffers, O by TMA;
// bench/RESULTS.md "D 64 causal up to 1024 keys: the grid", calls L1b, F1):
// 11.6 tiles a multiprocessor 1.037 -> 0.999 and 1.052 -> 1.031, 31 1.079
// -> 1.068, 35 1.047 -> 1.019, 46.5 1.005 -> 1.011, 93 1.053 -> 1.047, 745
// 0.980 -> 0.961, 1489 (B 2048 H 16 S 1024) 0.891 -> 1.014 and 0.949 ->
// 0.985; at B 2048 any candidate's time varied by up to 20% between rounds.
constexpr int64_t kD64CausalDynMinTilesPerSm = 1024;

// Very short keys (issue 12: CLIP's 77 text tokens, ViT-B/32's 50, SD's
// cross-attention to 77 text tokens, short causal prompts): a plain problem
// with D, Dv <= 64 and Sk <= 128 is one key tile a query tile, and its time follows the
// tile's padded key columns (the softmax's exponentials are computed for every
// column; nothing overlaps them with one key tile): key tiles of 64, 80 or 96
// where Sk fits one, two Q buffers and O by TMA stores; 97..128 keys the 128-key
// tiles with two Q buffers. H200, same process, x cuDNN bf16 (bench/RESULTS.md
// "Very short sequences"): S 40 / 50 / 64 0.90-0.92 -> 1.23-1.31 (BN 64), S 77
// 0.87 -> 1.09 (BN 80), S 90 / 96 0.87-0.90 -> 1.03 / 1.13 (BN 96), S 112 / 128
// 0.92 / 0.90 -> 1.00 / 0.94 (two Q buffers); SDXL's cross-attention (Sq 4096
// and 1024, 77 keys, 192-row tiles) +23% / +18%, SD 1.5's at D 40 +14%;
// causal (top-left) S 50 / 77 / 96 / 128 1.03 / 0.98 / 0.99 / 0.90 -> 1.38 /
// 1.23 / 1.13 / 0.97. Non-causal 97..112 keys: 112-key tiles (two Q buffers;
// same process, B 2048 H 16 S 112, x cuDNN bf16: 0.969 -> 1.066, bench/RESULTS.md
// "Partial key tiles"). Causal 97..112 keys keep the 128-key tiles: the 112-key
// kernel was timed there only in a build whose softmax cost it 3% (1.052 against
// 1.090). -1: not such a problem.
// D 97..128 (D, Dv): the 64- and 80-key tiles up to 80 keys (S 40 / 64 / 77
// 0.98 / 1.00 / 1.02 -> 1.37 / 1.38 / 1.24x cuDNN, causal S 77 1.01 -> 1.28;
// at 96 keys the 96-key tile gained nothing: the GEMMs, twice D 64's, weigh
// more than the padded exponentials). D 72..96 keep their 80/96-column
// kernels (not measured against these).
static int very_short_keys_variant(const attnk_problem *p) {
  static const bool off = getenv("ATTN_HOPPER_SHORT_OFF") != nullptr;  // tuning only
  const int64_t sk = p->seq_k, dl = list_head_dim(p);
  if (off || needs_gen(p) || sk < 1 || sk > 128) return -1;
  // Sq <= 64 too: tiles of two or three heads (Cfg::HPT), one a warpgroup
  // (three at D <= 64 where Hq > 2: they tied with two at 5 heads, S 64, and
  // won by 4-25% below). H200, same process, bf16, x SDPA's best (bench/
  // RESULTS.md "Tiles of several heads"): S 21 B 2048 H 20 causal 0.80 ->
  // 1.98, ViT-B/32's 50 tokens 0.93 -> 1.89, 16 frames 0.82 -> 1.87, D 128
  // S 40 1.44 -> 2.18, MQA D 128 S 21 1.38 -> 2.53.
  const bool heads = p->seq_q <= 64 && p->heads_q > 1;
  if (padded_head_dim(dl) == 128 && p->head_dim > 96 && p->head_dim_v > 96 && sk <= 80)
    return find_variant(dl, sk > 64 ? "d128_bn80_bm128_ovl_pp_q2_otma_static"
                        : heads     ? "d128_bn64_bm128_ovl_pp_q2_otma_static_h2"
                                    : "d128_bn64_bm128_ovl_pp_q2_otma_static");
  if (padded_head_dim(dl) != 64) return -1;
  const bool rows128 = pads_less(p->seq_q, 192, 128);
  if (sk > 96) {
    if (!rows128) return -1;
    const bool bn112 = sk <= 112 && p->causal == ATTNRT_CAUSAL_NONE;
    return find_variant(dl, bn112                    ? "d64_bn112_bm128_ovl_pp_q2_static"
                            : sk >= kD64Q3MinKeys ? "d64_bm128_ovl_pp_q3_static"
                                                  : "d64_bm128_ovl_pp_q2_static");
  }
  if (sk > 80)
    return find_variant(dl, "d64_bn96_bm128_ovl_pp_q2_otma_static");
  if (sk > 64)
    return find_variant(dl, rows128 ? "d64_bn80_bm128_ovl_pp_q2_otma_static"
                                    : "d64_bn80_bm192_ovl_pp_q2_otma_static");
  if (heads)
    return find_variant(dl, p->heads_q > 2 ? "d64_bn64_bm192_ovl_pp_q2_otma_static_h3"
                                           : "d64_bn64_bm128_ovl_pp_q2_otma_static_h2");
  return find_variant(dl, "d64_bn64_bm128_ovl_pp_q2_otma_static");
}

static int short_keys_variant(const attnk_problem *p) {
  static const bool off = getenv("ATTN_HOPPER_SHORT_OFF") != nullptr;  // tuning only
  // The D 64 list (list_head_dim: max(D, Dv) <= 64; Dv != D runs there too).
  if (off || padded_head_dim(list_head_dim(p)) != 64 || needs_gen(p) ||
      p->causal != ATTNRT_CAUSAL_NONE || p->seq_k > 1024 ||
      padded(p->seq_k, 208) >= padded(p->seq_k, 128) || !pads_less(p->seq_q, 192, 128))
    return -1;
  return find_variant(list_head_dim(p), "d64_bn208_bm128_ovl_pp_q2_static");
}

// The sched bits variant v adds to the default ones (launch.cuh,
// sched_flags). kSchedWideONarrow (O stored 16 bytes at a time below 256
// columns; the plain D 256 kernels have their own bit, kSchedWideO, always
// on) on the kernels measured faster with it, H200, same
// process, bf16 / f16 (bench/RESULTS.md, "Prefill margins: 16-byte O
// stores below D 256"): SD D 160 K/V resident (row 13) +18% / +19%, causal
// D 128 pingpong 2k-4k (rows 19-21) +3-6%, D 128 without pingpong (8k
// causal, bottom-right chunks: rows 18, 23-25) +2-3.5%, MLA D 192 / Dv 128
// (row 35) +3%, D 64 192-row tiles (rows 15, S 512) +2-3%, long D 64 (rows
// 8, 14, 22) +0.4-0.9%, causal D 64 S 512 on the static grid +2.5% / +2.8%
// ("Short non-causal D 128: the dynamic grid"). Not the others: the 208-key-tile kernel lost 17%
// (ViT) and 7% (DeiT), the k48 kernels 2% (SD D 40 at 1024 tokens) and 0.2%
// (4096), and the rest were not measured with it. Measured together with
// kSchedEarlyQ (bits 15): so the D 128 kernel without pingpong takes
// kSchedEarlyQ at any Sk too (rows 18, 23, 24 at 8192 keys: +3.0-3.5%,
// +1.7%, +2.0% over bits 6, where early Q alone had measured +0.2-0.5%
// and -2.6 / -3.4%); the others keep it for Sk <= 4096 (not measured
// beyond with the stores). The D 96 twins of the D 128 kernels (k96) take
// their twins' bits (not measured apart).
static int variant_sched_bits(const Variant &v) {
  // The mask-tile kernels skip dead key tiles (kSchedDeadTiles; sched_flags
  // keeps it where the fill is -65504 or lower and dead_tiles_pay). H200, same process
  // (bench/RESULTS.md "Dead mask tiles"): Hugging Face's causal + padding
  // [B, 1, S, S] masks. With the dead map (kSchedDeadMap): the dead tiles'
  // loads left out too (bench/RESULTS.md "The dead map").
  if (v.kind == Kind::GenTile) return kSchedDeadTiles | kSchedDeadMap;
  static const char *const kWide[] = {
      "d64_bm192_ovl_pp_dyn",      "d64_bm192_ovl_pp_q2_static", "d64_bm192_ovl_pp_static",
      "d64_bm192_ovl_pp_q2_dyn",   "d128_bm128_ovl_pp_dyn",
      "d128_bm128_ovl_dyn",        "d192_v128_bm128_bn128_ovl_pp_dyn",
      "d192_k160_v160_bm128_bn128_ovl_pp_kvr_static",
      "d128_k96_bm128_ovl_pp_dyn", "d128_k96_bm128_ovl_dyn",
      "d128_k96_v96_bm128_ovl_pp_dyn", "d128_k96_v96_bm128_ovl_dyn",
      "d128_bm128_ovl_otma_dyn",   "d128_bm128_ovl_q2_otma_dyn",
      "d128_bm128_ovl_pp_otma_dyn", "d64_bm192_ovl_pp_q2_otma_static",
      "d64_bm192_ovl_pp_q2_otma_dyn",
  };
  for (const char *n : kWide)
    if (!strcmp(v.name, n))
      return kSchedWideONarrow | (!strcmp(n, "d128_bm128_ovl_dyn") || !strcmp(n, "d128_k96_bm128_ovl_dyn") ||
                                          !strcmp(n, "d128_k96_v96_bm128_ovl_dyn") ||
                                          !strcmp(n, "d128_bm128_ovl_otma_dyn") ||
                                          !strcmp(n, "d128_bm128_ovl_q2_otma_dyn")
                                      ? kSchedEarlyQ
                                      : 0);
  return 0;
}

// The default on a device of `sms` multiprocessors, or the variant
// ATTN_HOPPER_VARIANT names (tuning experiments only) where it exists for
// the head dim and computes p.
static int default_variant(const attnk_problem *p, int sms) {
  static const char *force = getenv("ATTN_HOPPER_VARIANT");
  if (force) {
    const int i = find_variant(list_head_dim(p), force);
    int n = 0;
    const Variant *vs = variants(list_head_dim(p), &n);
    if (i >= 0 && variant_ok(p, vs[i])) return i;
  }
  return default_variant_of(p, sms);
}

// The default, from the measurements in bench/hopper/NOTES.md (issue-6
// shapes, S = 512 / 2048 / 8192; the 1024 threshold lies between measured
// points): long problems -> the dynamic scheduler (D=64 with pingpong);
// short ones (Sk <= 1024, 2-8 key blocks per tile) -> the static persistent
// grid, except causal D=128, where pingpong + dynamic was best, and
// non-causal D 64 in 192-row tiles (two Q buffers on the dynamic grid).
// Row masks (padding masks) -> the MROW kernels where one exists (D 64,
// D 128).
static int default_variant_of(const attnk_problem *p, int sms) {
  // d: the QK^T head dim (DK choices); dl: the list's (max(D, Dv)).
  const int64_t d = p->head_dim, dl = list_head_dim(p);
  const int dp = padded_head_dim(dl);
  if (rounds_logits(p)) return rounded_variant(p);
  if (has_mask(p) && mask_row_ok(p) && dp <= 128) {
    // Short non-causal problems: the static grid, as for the plain kernels
    // (ViT S 197, bm128: static 176 vs dynamic 144 TFLOP/s).
    const bool stat = p->seq_k <= 1024 && p->causal == ATTNRT_CAUSAL_NONE;
    const int i = find_variant(dl, dp == 64 ? (stat ? "d64_genrow_bm128_bn128_pp_static"
                                                   : "d64_genrow_bm128_bn128_pp_dyn")
                                           : (stat ? "d128_genrow_bm128_bn128_pp_static"
                                                   : "d128_genrow_bm128_bn128_pp_dyn"));
    if (i >= 0) return i;
  }
  // 16-bit masks with rows ([B, 1, Sq, Sk] causal + padding, T5's bias):
  // the MTILE kernels, static grid as the row masks'. H200, x cuDNN bf16
  // (bench/RESULTS.md "D 65..128 masks with rows"): D 96 / 128 at S 120-1024
  // 0.87-1.10 on the mask-register GEN kernel -> 1.24-1.64, D 80 at S 2048
  // 1.16 -> 1.70.
  if (has_mask(p) && dp <= 128 && mask_tile_ok(p)) {
    const bool stat = p->seq_k <= 1024 && p->causal == ATTNRT_CAUSAL_NONE;
    if (dp == 64)
      return find_variant(dl, stat ? "d64_gentile_bm128_bn128_pp_static" : "d64_gentile_bm128_bn128_pp_dyn");
    return find_variant(dl, stat ? "d128_gentile_bm128_bn128_pp_static" : "d128_gentile_bm128_bn128_pp_dyn");
  }
  if (needs_gen(p) && !has_mask(p)) {
    static const bool off = getenv("ATTN_HOPPER_GEN_NOMASK_OFF") != nullptr;  // tuning only
    if (!off) return first_of_kind(dl, Kind::GenNoMask);
  }
  if (needs_gen(p)) {
    static const int pick = [] {  // tuning experiments only: GEN variant offset
      const char *e = getenv("ATTN_HOPPER_GEN");
      return e ? atoi(e) : 0;
    }();
    int n = 0;
    const Variant *vs = variants(dl, &n);
    const int first = first_of_kind(dl, Kind::Gen);
    const int i = first + pick;
    return i < n && vs[i].kind == Kind::Gen && !vs[i].lr ? i : first;
  }
  if (const int i = very_short_keys_variant(p); i >= 0) return i;
  if (const int i = short_keys_variant(p); i >= 0) return i;
  const bool causal = p->causal != ATTNRT_CAUSAL_NONE;
  const bool shrt = p->seq_k <= 1024;
  // D 136..192 with Dv <= 128 (DeepSeek MLA
  // prefill): the 128-column V/O kernels, pingpong for causal problems
  // (H200, same-process A/B, DeepSeek-V3 4k causal: pingpong 569 / 532
  // TFLOP/s bf16 / f16 against 540 / 509 without; the padded D 192 kernel
  // with V in 192 columns 471 / 446; bench/RESULTS.md).
  if (dp == 192 && p->head_dim > 128 && p->head_dim_v <= 128)
    return find_variant(dl, causal ? "d192_v128_bm128_bn128_ovl_pp_dyn" : "d192_v128_bm128_bn128_ovl_dyn");
  // D 88..96 (issue 12): the dynamic grid with QK^T over 96 columns
  // (Cfg::DK 96: 6 of 8 k-steps) and, for Dv <= 96, V and O 96 columns wide
  // (PV over 96 instead of 128). H200, same process, D 96 bf16 / f16
  // (bench/RESULTS.md "D 96: QK^T and P V over 96 columns"): S 4096
  // non-causal +5.9% / +7.5% over d128_bm128_ovl_dyn, causal +9.8% / +10.4%
  // over d128_bm128_ovl_pp_dyn, S 1024 non-causal +7.5% / +7.6%.
  // Pingpong: causal as D 128 (short problems, top-left up to 4096 keys);
  // non-causal from 512 keys, unlike D 128, where it loses 1-3% (H200, same
  // process, bf16, bench/RESULTS.md "Pingpong for non-causal D 72..96"):
  // D 96 S 512-4096 +2.3-3.4% (1.08-1.12x cuDNN), D 88 S 1127-6018 +7-9%
  // (0.99-1.03 -> 1.07-1.10x).
  if (dp == 128 && d > 80 && d <= 96) {
    const bool pp = causal ? shrt || (p->causal == ATTNRT_CAUSAL_TOP_LEFT && p->seq_k <= 4096)
                           : p->seq_k >= kD96PingpongMinKeys;
    const bool v96 = p->head_dim_v <= 96;
    return find_variant(dl, pp ? (v96 ? "d128_k96_v96_bm128_ovl_pp_dyn" : "d128_k96_bm128_ovl_pp_dyn")
                               : (v96 ? "d128_k96_v96_bm128_ovl_dyn" : "d128_k96_bm128_ovl_dyn"));
  }
  // D 64: 128-row tiles where 192-row ones pad the queries by > 20%.
  const bool bm128 = dp == 64 && pads_less(p->seq_q, 192, 128);
  // Non-causal D 40..48, 72..80, 136..160: QK^T over fewer columns (DK).
  if (!causal && !bm128) {
    const char *k = nullptr;
    // Short ones with Dv <= 80 / 160 also
    // run PV over 80 / 160 columns (Cfg::DV, V in narrow panels). H200,
    // same process (bench/RESULTS.md, "SD head dims: V/O tiles of 80 and
    // 160 columns"): SD D 80 +9% (bf16 and f16), CLIP D 80 at 257 tokens
    // +7%, SD D 160 at 256 tokens +9% / +12% (with 128-key tiles); at Sk
    // <= 256 with pairs enough, K/V resident + pingpong +6-8% more.
    const int64_t dv = p->head_dim_v;
    if (dp == 64 && d <= 48) k = shrt ? "d64_k48_bm192_ovl_pp_static" : "d64_k48_bm192_ovl_pp_dyn";
    // D 65..72 (rows of 144 bytes or less: bench/hopper/NOTES.md "Pingpong
    // for non-causal D 72..96") keep 128-column V tiles: from 512 keys the
    // dynamic grid (H200, same process, bf16 / f16, bench/RESULTS.md "D 72 ..
    // 80 short non-causal": SigLIP's 729 tokens +9.8% / +6.5% over the
    // 80-column kernel, 1024 keys +11%, 512 keys +8% / +6%), from 257 keys
    // the static grid with pingpong (bench/RESULTS.md "Pingpong for
    // non-causal D 72..96": S 257-480 +3.5-9.8% / +3.6-8.5% over the
    // 80-column kernel). D 73..80 with Dv <= 80: the 80-column V/O kernel,
    // with pingpong on the dynamic grid beyond 1024 keys (there +8.6-14% /
    // +12% over the 128-column V kernel).
    if (dp == 128 && d <= 72)
      k = p->seq_k >= kK80D72DynMinKeys    ? "d128_k80_bm128_ovl_dyn"
          : p->seq_k >= kK80D72PpMinKeys   ? "d128_k80_bm128_ovl_pp_static"
          : dv <= 80                       ? "d128_k80_v80_bm128_ovl_static"
                                           : "d128_k80_bm128_ovl_static";
    else if (dp == 128 && d <= 80)
      k = dv > 80  ? (shrt ? "d128_k80_bm128_ovl_static" : "d128_k80_bm128_ovl_dyn")
          : shrt   ? "d128_k80_v80_bm128_ovl_static"
                   : "d128_k80_v80_bm128_ovl_pp_dyn";
    if (dp == 192 && d <= 160)
      k = !shrt                 ? "d192_k160_bm128_bn96_ovl_dyn"
          : dv > 160            ? "d192_k160_bm128_bn96_ovl_static"
          : kv_resident_fits(p, sms) ? "d192_k160_v160_bm128_bn128_ovl_pp_kvr_static"
                                : "d192_k160_v160_bm128_bn128_ovl_static";
    if (k) return find_variant(dl, k);
  }
  if (shrt && dp <= 128) {
    // D 97..128: O through shared memory and TMA stores (Cfg::OTMA) on
    // the dynamic grid: non-causal with early Q, two Q buffers up to 256
    // keys; causal with pingpong. H200, same process, x cuDNN bf16 / f16
    // against the register stores (bench/RESULTS.md "Tile coordinates
    // without divides; O by TMA stores", "O by TMA stores: the other
    // defaults"): S 512 (B 32 H 16) 0.989 / 0.982 against 0.959 / 0.960,
    // S 197 with two buffers 1.113 / 1.047 against 0.996 / 0.945, S 1024
    // 1.032 / 1.016 against 1.004 / 0.984; causal S 512 1.073 / 1.106
    // against 1.026 / 1.048.
    if (dp == 128)
      return find_variant(dl, causal                ? "d128_bm128_ovl_pp_otma_dyn"
                              : p->seq_k <= 256 ? "d128_bm128_ovl_q2_otma_dyn"
                                                : "d128_bm128_ovl_otma_dyn");
    if (bm128) return find_variant(dl, "d64_bm128_ovl_pp_static");
    // Non-causal: two Q buffers (D 64 S 512 +1-3%, SDXL at S 1024
    // unchanged, against one) on the dynamic grid (with 16-byte O stores:
    // SDXL S 1024 +1.7-2.2% over the static grid, D 64 S 512 equal; H200,
    // same process, bench/RESULTS.md "Prefill margins"). Causal up to 512
    // keys: two Q buffers on the static grid (D 64 S 512 B 32 H 32, H200,
    // same process, bf16 / f16: +1.4% / +2.4-3.3% over one buffer, 0.996 /
    // 1.001x cuDNN; the dynamic grid -1.5% with two buffers, -10% with one;
    // 128-row tiles -2 to -3%; bench/RESULTS.md "Causal finite fills on the
    // plain kernels; causal D 64 S 512"), also from 513 to 1024 keys
    // (against one buffer, d64_bm192_ovl_pp_static: S 1024 B 16 H 16 +2.9%,
    // S 768 B 64 H 16 +2.7%, S 1024 B 32 H 32/8 +0.8%; bench/RESULTS.md
    // "D 64 causal up to 1024 keys: the grid", lead call L1b); with
    // kD64CausalDynMinTilesPerSm or more tiles a multiprocessor on the
    // dynamic grid (B 2048 H 16 S 1024: 0.89 / 0.95 -> 1.01 / 0.99x cuDNN
    // in two calls). Both two-buffer
    // kernels store O by TMA (Cfg::OTMA; same process, D 64 S 512 B 32 H
    // 32, bf16 / f16: causal +2.5% / +1.9%, non-causal +2.0% / -0.4%;
    // bench/RESULTS.md "O by TMA stores: the other defaults"). D <= 48
    // at 513..1024 keys: QK^T over 48 columns on the dynamic grid (B 166 H
    // 32 S 990 D 48, H200, same process, bf16: 0.935 -> 1.011x cuDNN, the
    // 48-column kernel on the static grid 0.980; bench/RESULTS.md "Tiles of
    // several heads", lead call H1). Beyond 1024 keys (one shape measured)
    // and in 128-row tiles D <= 48 keeps the D 64 kernels.
    if (causal) {
      if (d <= 48 && p->seq_k > 512) return find_variant(dl, "d64_k48_bm192_ovl_pp_dyn");
      const int64_t tiles = padded(p->seq_q, 192) / 192 * p->batch * p->heads_q;
      return find_variant(dl, tiles >= kD64CausalDynMinTilesPerSm * sms ? "d64_bm192_ovl_pp_q2_otma_dyn"
                                                                         : "d64_bm192_ovl_pp_q2_otma_static");
    }
    return find_variant(dl, "d64_bm192_ovl_pp_q2_otma_dyn");
  }
  if (bm128) return find_variant(dl, "d64_bm128_ovl_pp_dyn");
  // Top-left causal D 128 up to 4k keys: pingpong (H200, same process,
  // bench/RESULTS.md "D 128 causal: P V under the softmax, pingpong at 2k-4k":
  // Llama 2k 6% / 5%, Mistral and Qwen2 4k 3-4% faster than without; at 8k
  // equal; bottom-right chunks not measured with it).
  // With O by TMA stores (causal S 2048 B 4 H 16: 1.114 / 1.116x cuDNN
  // against 1.089 / 1.112).
  if (dp == 128 && p->causal == ATTNRT_CAUSAL_TOP_LEFT && p->seq_k <= 4096)
    return find_variant(dl, "d128_bm128_ovl_pp_otma_dyn");
  // Non-causal D 97..128: O by TMA stores, as above (S 2048 B 8 H 16: 1.080 /
  // 1.023x cuDNN against 1.064 / 1.008; S 4096 +0.8%; S 8192 equal). Longer
  // causal problems keep the register stores (not measured with OTMA).
  if (dp == 128 && !causal) return find_variant(dl, "d128_bm128_ovl_otma_dyn");
  // D 136..192, short non-causal: the static grid, as for D 64/128 above.
  if (dp == 192 && shrt && !causal) return find_variant(dl, "d192_bm128_bn96_ovl_static");
  return 0;
}

static bool device_is_sm90() {
  int dev = 0;
  if (cudaGetDevice(&dev) != cudaSuccess) return false;
  static int cache[64];  // 0 unknown, 1 yes, 2 no
  if (dev < 0 || dev >= 64) return false;
  if (cache[dev] == 0) {
    int major = 0, minor = 0;
    bool ok = cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, dev) == cudaSuccess &&
              cudaDeviceGetAttribute(&minor, cudaDevAttrComputeCapabilityMinor, dev) == cudaSuccess;
    cache[dev] = (ok && major == 9 && minor == 0) ? 1 : 2;
  }
  return cache[dev] == 1;
}

static bool stride_ok(int64_t size, int64_t stride) {
  return size == 1 || (stride > 0 && stride % 8 == 0 && stride * 2 < (int64_t(1) << 40));
}

// Element span [0, extent) touched by a [B, H, S, D] view.
static int64_t extent(int64_t B, int64_t H, int64_t S, int64_t D, const int64_t st[4]) {
  return (B - 1) * st[0] + (H - 1) * st[1] + (S - 1) * st[2] + D;
}

static bool overlaps(const void *a, int64_t na, const void *b, int64_t nb) {
  const char *pa = static_cast<const char *>(a), *pb = static_cast<const char *>(b);
  return pa < pb + nb * 2 && pb < pa + na * 2;
}

// What of p's types, modes and sizes the Hopper path cannot run (its
// pointers, alignment and the device are unsupported_reason's), or null.
static const char *problem_unsupported_reason(const attnk_problem *p) {
  if (p->dtype != ATTNRT_DTYPE_BF16 && p->dtype != ATTNRT_DTYPE_F16)
    return "Q/K/V dtype is not f16 or bf16";
  if (p->out_dtype != p->dtype) return "output dtype differs from Q/K/V's";
  if (!padded_head_dim(p->head_dim))
    return "head dim is not a multiple of 8 up to 256";
  if (!padded_head_dim(p->head_dim_v))  // any Dv a multiple of 8 up to 256
    return "head dim of V is not a multiple of 8 up to 256";
  if (p->q.strides[3] != 1 || p->k.strides[3] != 1 || p->v.strides[3] != 1 || p->o.strides[3] != 1)
    return "head dim of Q, K, V or O not contiguous";
  if (p->causal < 0 || p->causal > 2) return "unknown causal mode";
  if (p->mask_fill != p->mask_fill || p->mask_fill == INFINITY) return "mask fill NaN or +inf";
  if (p->empty_rows != 0 && p->empty_rows != 1) return "unknown empty-row mode";
  if (p->scale != p->scale || p->scale == INFINITY || p->scale == -INFINITY) return "scale not finite";
  if (rounds_logits(p)) {
    if (p->logit_rounding != ATTNRT_LOGIT_ROUNDING_F16 && p->logit_rounding != ATTNRT_LOGIT_ROUNDING_BF16)
      return "unknown logit_rounding";
    if ((p->logit_rounding == ATTNRT_LOGIT_ROUNDING_BF16) != (p->dtype == ATTNRT_DTYPE_BF16))
      return "logit_rounding to a type other than the Q/K/V type (the kernels round logits in "
             "the operand type only)";
  }
  if (has_mask(p)) {
    if (p->mask_dtype < 0 || p->mask_dtype > 3) return "unknown mask dtype";
    for (int i = 0; i < 4; ++i)
      if (p->mask.strides[i] < 0) return "negative mask stride";
  }
  if (p->batch < 1 || p->heads_q < 1 || p->heads_kv < 1 || p->seq_q < 1 || p->seq_k < 1)
    return "an empty dimension (Sk == 0 included)";
  if (p->heads_q % p->heads_kv != 0) return "query heads not a multiple of KV heads";
  if (p->batch > 65535 || p->heads_q > 65535 || p->seq_q > (1 << 30) || p->seq_k > (1 << 30))
    return "batch, heads or sequence too large";
  return nullptr;
}

static const char *unsupported_reason(const attnk_problem *p) {
  if (!p) return "no problem";
  if (!p->q.data || !p->k.data || !p->v.data || !p->o.data) return "a null Q, K, V or O";
  if (const char *why = problem_unsupported_reason(p)) return why;
  const uintptr_t align = reinterpret_cast<uintptr_t>(p->q.data) |
                          reinterpret_cast<uintptr_t>(p->k.data) |
                          reinterpret_cast<uintptr_t>(p->v.data);
  if (align % 16 != 0 || reinterpret_cast<uintptr_t>(p->o.data) % 4 != 0)
    return "Q, K, V not 16-byte aligned or O not 4-byte aligned (TMA)";
  const int64_t dims_q[3] = {p->batch, p->heads_q, p->seq_q};
  const int64_t dims_k[3] = {p->batch, p->heads_kv, p->seq_k};
  for (int i = 0; i < 3; ++i) {
    if (!stride_ok(dims_q[i], p->q.strides[i]) || !stride_ok(dims_k[i], p->k.strides[i]) ||
        !stride_ok(dims_k[i], p->v.strides[i]))
      return "Q, K or V stride not a positive multiple of 8 elements (TMA)";
    if (dims_q[i] > 1 && (p->o.strides[i] <= 0 || p->o.strides[i] % 2 != 0))
      return "O stride not a positive multiple of 2 elements";
  }
  if (p->lse.data) {
    if (reinterpret_cast<uintptr_t>(p->lse.data) % 4 != 0) return "lse not 4-byte aligned";
    for (int i = 0; i < 3; ++i)
      if (p->lse.strides[i] < 0) return "negative lse stride";
  }
  const int64_t D = p->head_dim, Dv = p->head_dim_v;
  const int64_t no = extent(p->batch, p->heads_q, p->seq_q, Dv, p->o.strides);
  if (overlaps(p->o.data, no, p->q.data, extent(p->batch, p->heads_q, p->seq_q, D, p->q.strides)) ||
      overlaps(p->o.data, no, p->k.data, extent(p->batch, p->heads_kv, p->seq_k, D, p->k.strides)) ||
      overlaps(p->o.data, no, p->v.data, extent(p->batch, p->heads_kv, p->seq_k, Dv, p->v.strides)))
    return "O overlaps Q, K or V";
  if (!encode_fn()) return "no cuTensorMapEncodeTiled in the driver";
  if (!device_is_sm90()) return "the device is not sm_90";
  return nullptr;
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_HEURISTICS_CUH
