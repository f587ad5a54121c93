/*===- attn_hopper.h - Hopper (sm_90a) flash-attention forward fast path --===*\
|*                                                                            *|
|* A FlashAttention-3-style forward kernel for NVIDIA Hopper: TMA            *|
|* (cp.async.bulk.tensor) loads into 128-byte-swizzled shared memory, one    *|
|* producer warpgroup and two or three consumer warpgroups (warp             *|
|* specialization with setmaxnreg), wgmma for both QK^T and PV, online      *|
|* softmax in registers.                                                      *|
|*                                                                            *|
|* Takes the device problem of every gpu kernel, attnk_problem              *|
|* (attn_kernels.h), with its semantics: masks (additive or boolean, any    *|
|* broadcast), the mask fill, the empty-row mode and the optional           *|
|* log-sum-exp output. Head dims: D and Dv, multiples of 8 up to 256       *|
|* (padded inside the kernel to 64, 128, 192 or 256 columns; the padding is *|
|* zeros from TMA's out-of-bounds fill, so it is exact).                     *|
|*                                                                            *|
|* Plain C ABI, no CUDA headers needed by the caller. Pointers are device    *|
|* pointers of the current CUDA device; `stream` is a cudaStream_t (NULL =   *|
|* the legacy default stream). Functions return 0 on success or a            *|
|* cudaError_t value (cudaErrorInvalidValue = 1 for a problem this path      *|
|* does not support: ask attn_hopper_unsupported_reason() first).            *|
\*===----------------------------------------------------------------------===*/

#ifndef ATTN_HOPPER_H
#define ATTN_HOPPER_H

#include "attn_kernels.h"

#ifdef __cplusplus
extern "C" {
#endif

/* NULL if attn_hopper_fwd can run `p` on the current device (an sm_90 GPU;
 * dtypes, head dims, strides and alignment the TMA descriptors accept),
 * else a static string saying why not. Cheap: the device query is cached
 * per device. */
const char *attn_hopper_unsupported_reason(const attnk_problem *p);
/* 1 if attn_hopper_unsupported_reason(p) is NULL, else 0. */
int attn_hopper_supported(const attnk_problem *p);

/* Enqueues the forward pass on `stream`. 0 or a cudaError_t value. */
int attn_hopper_fwd(const attnk_problem *p, void *stream);

/* Split-KV (non-causal problems): the keys of each output tile cut into up
 * to `splits` ranges of whole key tiles (fewer where some would be empty;
 * *splits_used says how many), each computed by its own CTA, which writes,
 * instead of O and lse, its f32 partial output normalized by its own sum to
 * part_o [split][row][Dv] and its row max and sum in natural logit units
 * to part_ml [split][row][2], row = (b * Hq + h) * Sq + i: the decode
 * workspace layout, merged by attnk_decode_combine (attn_kernels.h). A
 * split that sees no key writes zeros and (-inf, 0). With *splits_used 1
 * the kernel wrote O and lse itself. splits 1: attn_hopper_fwd. */
int attn_hopper_fwd_split(const attnk_problem *p, int splits, float *part_o, float *part_ml,
                          int *splits_used, void *stream);

/* For benchmarks and tests: run a specific compiled variant (see
 * attn_hopper_variant_name); variant < 0 means the default choice. */
int attn_hopper_fwd_variant(const attnk_problem *p, int variant, void *stream);
/* The variant attn_hopper_fwd runs for `p`. */
int attn_hopper_default_variant(const attnk_problem *p);
/* The variant attn_hopper_fwd would run for `p` on a device with `num_sms`
 * multiprocessors (some choices weigh the grid against the SMs): host logic
 * only, no device needed. -1 for num_sms < 1. */
int attn_hopper_default_variant_for_sms(const attnk_problem *p, int num_sms);
/* The index of the compiled variant named `name` if it can
 * run `p` (its kind, QK^T and V/O columns), else -1. */
int attn_hopper_find_variant(const attnk_problem *p, const char *name);
/* Name of variant `i` for problem head dim `d` (= Dv) and dtype, "" if
 * variant `i` does not serve head dim `d` (its QK^T or V/O columns stop
 * short of d), or NULL
 * past the last one. */
const char *attn_hopper_variant_name(int d, attnrt_dtype dtype, int i);
/* The tile-scheduling bits (kSched* in tile_scheduler.cuh) a launch of
 * variant `variant` (< 0: the default choice on a device of `num_sms`
 * multiprocessors) for `p` runs with, the overrides
 * (attn_hopper_set_sched, ATTN_HOPPER_SCHED) included: host logic only, no
 * device needed. -1 for no such variant or num_sms < 1. */
int attn_hopper_default_sched_bits(const attnk_problem *p, int variant, int num_sms);
/* For the same-process A/B only: the tile-scheduling bits
 * (kSched* in tile_scheduler.cuh) of later launches; bits < 0 restores the
 * default. Returns the previous override (-1: none). Not thread-safe. */
int attn_hopper_set_sched(int bits);
/* For the same-process A/B only: whether the attention kernel after a dead
 * map's pass is launched programmatically (1, the default) or plainly (0).
 * Returns the previous setting. Not thread-safe. */
int attn_hopper_set_pdl(int on);
/* The L2 promotion of the Q, K and V maps a launch for `p` uses, as three
 * digits QKV (0 none, 1 64 B, 2 128 B, 3 256 B; overrides included): host
 * logic only, no device needed. -1 for p NULL. */
int attn_hopper_l2_promotions(const attnk_problem *p);
/* For the same-process A/B only: the L2 promotion digits QKV (as above) of
 * later launches; code < 0 restores the default (ATTN_HOPPER_L2P, else 128
 * bytes for rows off the 32-byte sectors, 256 for the others). Returns the
 * previous override (-1: none). Not thread-safe. */
int attn_hopper_set_l2p(int code);

/* For the kernel-coverage tests (unittests/Gpu/KernelCoverageTest.cpp):
 * the compiled variants as the tables list them. */
typedef struct {
  const char *name;
  int kind;  /* 0 plain, 1 GEN (mask values in registers), 2 GEN mask-free,
                3 GEN row masks by TMA (MROW), 4 GEN mask tiles by TMA (MTILE) */
  int dk;    /* QK^T columns where below the padded head dim (serves D <= dk), else 0 */
  int dv;    /* V/O columns where below the padded head dim (serves Dv <= dv), else 0 */
  int lr;    /* 1: rounds logits (runs logit_rounding problems only) */
  int split; /* 1: a split-KV instantiation of it is compiled (attn_hopper_fwd_split) */
  int hpt;   /* query heads per output tile: 1, or 2-3 (serves Sq <= 64 only) */
} attn_hopper_variant_info;
/* Variant i of the list of padded head dim `dp` (64, 128, 192 or 256):
 * 0, or -1 past the last one (or for no such list). */
int attn_hopper_describe_variant(int dp, int i, attn_hopper_variant_info *out);
/* The kernels the variant tables launch, counted from the tables: per
 * variant, bf16 and f16, each unsplit and, where it has one, split-KV. Two
 * variants that differ only in the per-tile vs the static grid launch the
 * same kernel instantiation (d128_bm128_ovl, d128_bm128_ovl_static: 292
 * counted, 288 distinct kernels in the build of 2026-12-02). */
int attn_hopper_variant_kernel_count(void);
/* attn_hopper_fwd_split with variant `variant` (< 0: the default choice);
 * cudaErrorInvalidValue where it cannot run `p` (attn_hopper_find_variant). */
int attn_hopper_fwd_split_variant(const attnk_problem *p, int variant, int splits, float *part_o,
                                  float *part_ml, int *splits_used, void *stream);
/* Masks whose rows TMA cannot load (not 16-byte aligned): the bytes of the
 * copy with 16-byte rows that attn_hopper_fwd should run `p` on (its default
 * variant then takes the mask by TMA, and the copy is small against the
 * attention: kernels/hopper/mask_pack.cuh), or 0: run `p` as it is. */
size_t attn_hopper_mask_pack_bytes(const attnk_problem *p);
/* Copies p's mask into `dst` (attn_hopper_mask_pack_bytes(p) bytes, 16-byte
 * aligned, device memory) on `stream`; *packed = p with its mask there.
 * cudaErrorInvalidValue where attn_hopper_mask_pack_bytes(p) is 0. */
int attn_hopper_pack_mask(const attnk_problem *p, void *dst, attnk_problem *packed, void *stream);
/* For tests only: persistent grids (static, dynamic) of at most `ctas`
 * CTAs (<= 0: no cap, the default), so that a small problem gives each CTA
 * several output tiles. Returns the previous cap. Not thread-safe. */
int attn_hopper_set_grid_cap(int ctas);
/* For tests only: later launches of the mask-tile kernels count the key
 * tiles they skip as dead (kSchedDeadTiles; one count per consumer
 * warpgroup and tile) into `counts` (device memory, 4 unsigned, atomic
 * adds): [0] dead on the mask values alone (and the tiles the producer
 * left out, f16's under the norm bound), [1] dead under the norm bound on
 * the checkers' verdict (f16's lowest, kernels/hopper/mainloop.cuh
 * kDeadBound2); and per key tile
 * of an output tile, [2] those whose loads the producer left out and [3]
 * those it loaded without their mask (kernels/hopper/dead_map.cuh). NULL:
 * off (the default). Returns the previous pointer. Not thread-safe. */
unsigned *attn_hopper_set_dead_tile_counts(unsigned *counts);

#ifdef __cplusplus
}
#endif

#endif /* ATTN_HOPPER_H */
