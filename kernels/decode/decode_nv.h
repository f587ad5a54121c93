//===- decode_nv.h - the NVIDIA split-KV decode kernel's host interface ---===//
//
// Used by kernels/flash_attention_decode.hip (the decode entry points of
// attn_kernels.h), which falls back to the portable decode kernel where
// decode_nv_eligible() is false (and on AMD, where this file is not built).
//===----------------------------------------------------------------------===//
#ifndef ATTN_DECODE_NV_H
#define ATTN_DECODE_NV_H

#include "attn_kernels.h"

namespace attn {

/// Whether the NVIDIA decode kernel runs `p`: an NVIDIA build (not the
/// scalar test build), max(D, Dv) up to 128, or D == Dv == 256 without
/// logit rounding on sm_90+ (TMA ring only; D == Dv of 136-248 there too,
/// on d256_ok's shapes), K and V rows
/// contiguous and 16-byte aligned (cp.async; the TMA rings need no more).
/// Depends on `p` only, so the split count, the workspace size and the
/// launch agree.
bool decode_nv_eligible(const attnk_problem *p);
/// Key splits for `p` on a device with `num_sms` multiprocessors (1 = no
/// combine, no workspace).
int decode_nv_num_splits(const attnk_problem *p, int num_sms);
/// Launches the split kernel on `num_splits` key splits (fewer when some
/// would be empty: *splits_used says how many). One split: it writes O (and
/// lse) itself. Otherwise it writes partials into `workspace`, laid out as
/// the combine reads them: [split][row][Dv] normalized outputs, then
/// [split][row][m, l] in natural-log units, for splits_used splits. With
/// several splits, *combined says whether the kernel also merged them into
/// O and lse (on the 16-row kernels with few key tiles per block the last
/// block of each (batch, KV head, row block) unit does, counting arrivals in
/// a per-stream counter buffer; not on the wide-group kernels, not while the
/// stream is being captured, nor with ATTN_DECODE_NV_FUSE=0), or launched
/// its own combine kernel after the grid (decode_nv_combine_kernel: after
/// the 16-row kernels by default, after any with ATTN_DECODE_NV_COMB=1): if
/// false, the caller launches the combine.
int decode_nv_launch(const attnk_problem *p, int num_splits, float *workspace, void *stream,
                     int *splits_used, bool *combined);

/// Whether a decode kernel's K/V TMA loads carry an L2 evict-first policy
/// by default (ATTN_DECODE_NV_EVICT=0|1 overrides): the TMA ring
/// (`tma_ring`) at head-dim bucket 128 with one 16-row m-tile per block.
bool decode_nv_evict_first(int head_dim_bucket, int rows_per_block, bool tma_ring);

/// Whether the split kernel loads Q's 16-byte chunks all at once by default
/// (ATTN_DECODE_NV_QVEC=0|1 overrides; only where Q's rows are contiguous
/// and 16-byte aligned, D % 8 == 0) instead of one element per thread per
/// pass: at head-dim bucket 256.
bool decode_nv_vector_q(int head_dim_bucket);

/// The decode cost model's split count (decode_nv_num_splits): `units`
/// (batch x KV head x row blocks) of `tiles` key tiles each on `slots`
/// resident blocks (multiprocessors x blocks per multiprocessor).
int decode_nv_model_splits(int64_t units, int64_t tiles, int64_t slots);

/// One ring's terms in the split cost model: keys a tile, resident blocks
/// (multiprocessors x blocks per multiprocessor).
struct DecodeRingSlots {
  int key_tile;
  int64_t slots;
};

/// Whether a problem takes the ring of two blocks per multiprocessor (D 64:
/// the 3-stage TMA ring, D 128: the 4-warp TMA ring) instead of the 1-block
/// ring: one query row (`seq_q`), at most the key bound of head-dim bucket
/// `dp` (no bound for a `masked` D 64 problem), and a lower modelled time
/// (decode_nv_model_splits' cost at its best split count) for `units`
/// (batch x KV head x row blocks) on `two_block`'s tiles and slots than on
/// `one_block`'s.
bool decode_nv_short_key_ring(int dp, int64_t seq_q, int64_t seq_k, bool masked, int64_t units,
                              DecodeRingSlots two_block, DecodeRingSlots one_block);

/// Whether the split kernel and the combine after it are launched with
/// programmatic stream serialization (sm_90: each may be scheduled while the
/// stream's previous kernel drains, and waits for it before its first global
/// access). On for devices of compute capability 9.0+ unless
/// ATTN_DECODE_NV_PDL=0.
bool decode_nv_pdl();

/// For the kernel-coverage tests (unittests/Gpu/KernelCoverageTest.cpp):
/// the split kernel's instantiations, as its variants table lists them.
struct DecodeNvVariantInfo {
  int dtype, dp, stages;
  bool mask;
  int ring, warps, mt;
  bool lr;    // logit rounding in the operand type (runs only such problems)
  bool probe; // the timeline twin (records ATTN_DECODE_NV_TIMELINE)
  bool tma;   // a TMA ring (D == Dv: tma_shape_ok)
};
int decode_nv_variant_count();
/// False past the last variant.
bool decode_nv_describe_variant(int vi, DecodeNvVariantInfo *out);
/// Tests only: the launches of this thread run variant `vi` (-1: the
/// default choice again), and refuse problems it does not compute (dtype,
/// head-dim bucket, mask, logit rounding, the TMA rings' shapes). Returns
/// the previous one and forgets the last launch's variant.
int decode_nv_force_variant(int vi);
/// The variant this thread's last launch ran (-1: none since the last
/// decode_nv_force_variant).
int decode_nv_last_variant();

} // namespace attn

#endif // ATTN_DECODE_NV_H
