//===- epilogue.cuh - output and log-sum-exp of the Hopper kernel --------===//
//
// O = the accumulator over the row sums, rounded once to the dtype (f32
// accumulation), only the Dv real columns of the padded tile stored; empty
// rows (every logit -inf: l == 0) are zeros or NaN. The optional lse is
// written by one thread of each quad.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_EPILOGUE_CUH
#define ATTN_HOPPER_EPILOGUE_CUH

#include "arch.cuh"
#include "kernel_traits.cuh"
#include "mask.cuh"
#include "softmax.cuh"
#include "tile_scheduler.cuh"

namespace attn_hopper {

// One of a thread's two rows (`half` 0: row0, the accumulator's elements
// 4j, 4j + 1; 2: row1, 4j + 2, 4j + 3) in 16-byte stores (kSchedWideO: the
// host sets it only where every O row is 16-byte aligned). The accumulator
// gives each thread of a quad 2 columns of every 8-column group; per 4
// groups the quad transposes its 4 x 4 words (two shuffle rounds) so that
// thread q holds the 8 columns of group 4g + q and stores them at once: a
// warp's store instruction covers 8 rows x 64 bytes instead of 8 rows x 16
// bytes (4x fewer store instructions and L1 wavefronts for the 64 KiB of a
// 128 x 256 output tile; bench/RESULTS.md "D 256 causal: ...").
template <class C>
__device__ __forceinline__ void store_rows_wide(const KParams &p, uint16_t *ob,
                                                const float (&o)[C::DV / 2], int row, int half,
                                                float inv, int cq) {
  const int q = cq >> 1;  // the thread's index in its quad
  uint16_t *orow = ob + static_cast<int64_t>(row) * p.o_ss;
#pragma unroll
  for (int g = 0; g < C::DV / 32; ++g) {
    // w[k]: columns 8 (4g + k) + 2q, +1 (the quad's word matrix M[q][k]).
    uint32_t w[4];
#pragma unroll
    for (int k = 0; k < 4; ++k) {
      const int j = 4 * g + k;
      w[k] = pack2<C::BF16>(o[4 * j + half] * inv, o[4 * j + half + 1] * inv);
    }
    // Swap bit 0 of q with bit 0 of k, then bit 1 with bit 1: w[k] =
    // M[k][q], the columns 8 (4g + q) + 2k, +1. Every lane shuffles (the
    // row test is on the store only).
#pragma unroll
    for (int k1 = 0; k1 < 2; ++k1) {
      const uint32_t r = __shfl_xor_sync(0xffffffffu, (q & 1) ? w[2 * k1] : w[2 * k1 + 1], 1);
      if (q & 1) w[2 * k1] = r;
      else w[2 * k1 + 1] = r;
    }
#pragma unroll
    for (int k0 = 0; k0 < 2; ++k0) {
      const uint32_t r = __shfl_xor_sync(0xffffffffu, (q & 2) ? w[k0] : w[2 + k0], 2);
      if (q & 2) w[k0] = r;
      else w[2 + k0] = r;
    }
    const int col = 8 * (4 * g + q);
    // One 16-byte store (spelled out: nvcc split the first group's into
    // four 4-byte stores).
    if (row < p.Sq && col < p.Dv)  // columns past Dv are padding
      asm volatile("st.global.v4.b32 [%0], {%1, %2, %3, %4};\n" ::"l"(orow + col), "r"(w[0]),
                   "r"(w[1]), "r"(w[2]), "r"(w[3])
                   : "memory");
  }
}

// Split-KV (KParams::splits > 1): split `sp`'s partial of rows row0, row1
// instead of O and lse: the output normalized by the split's own sum (zeros
// where the split saw no key: l == 0, m == -inf, which the combine weighs
// exactly 0) in f32, and (m, l) with m in natural logit units (GEN kernels
// keep m so; the plain ones keep the raw score, whose logit is scale * m).
template <class C>
__device__ __forceinline__ void store_partial(const KParams &p, const RowCtx &r, float l0,
                                              float l1, float mrow0, float mrow1,
                                              const float (&o)[C::DV / 2], int h, int b, int sp) {
  constexpr int DV = C::DV;
  const int cq = r.cq;
  const int64_t base = static_cast<int64_t>(sp) * p.part_rows +
                       (static_cast<int64_t>(b) * p.Hq + h) * p.Sq;
  auto put = [&](int row, float l, float m, int e) {
    if (row >= p.Sq) return;
    const int64_t g = base + row;
    const float inv = l > 0.f ? 1.f / l : 0.f;
    float *orow = p.part_o + g * p.Dv + cq;
#pragma unroll
    for (int j = 0; j < DV / 8; ++j)
      if (8 * j < p.Dv)
        *reinterpret_cast<float2 *>(orow + 8 * j) =
            make_float2(o[4 * j + e] * inv, o[4 * j + e + 1] * inv);
    if ((r.lane & 3) == 0)
      *reinterpret_cast<float2 *>(p.part_ml + 2 * g) =
          make_float2(C::GEN || m == -INFINITY ? m : m * p.scale, l);
  };
  put(r.row0, l0, mrow0, 0);
  put(r.row1, l1, mrow1, 2);
}

// Cfg::OTMA: warpgroup cw's 64 rows through its part of the shared O tile
// (sO: 64-column panels of BM rows x 128 bytes, 128-byte swizzle, as TMA
// reads them), then one TMA store per panel by the warpgroup's first
// thread. Rows past Sq and columns past Dv are clipped by the tensor map.
// Named barrier 8 + cw (pingpong uses 1..NWG) orders the warpgroup's
// stmatrix after the previous tile's store has read the buffer, and the
// store after every warp's stmatrix.
template <class C>
__device__ __forceinline__ void store_rows_tma(const KParams &p, const RowCtx &r,
                                               const float (&o)[C::DV / 2], float inv0, float inv1,
                                               int h, int b, const CUtensorMap *tmO, uint32_t sO,
                                               int cw, int warp) {
  constexpr int BM = C::BM, DV = C::DV;
  const bool issuer = warp == 0 && r.lane == 0;
  if (issuer) bulk_wait_read0();
  named_sync(8 + cw, 128);
  const int mi = r.lane >> 3, rr = r.lane & 7;
  const int row = cw * 64 + warp * 16 + (mi & 1) * 8 + rr;  // row & 7 == rr
#pragma unroll
  for (int k = 0; k < DV / 16; ++k) {
    const int g = 2 * k + (mi >> 1);  // this lane's 8-column group
    const uint32_t addr =
        sO + (g >> 3) * (BM * 128) + row * 128 + ((static_cast<uint32_t>(g & 7) ^ rr) << 4);
    const int j0 = 2 * k, j1 = 2 * k + 1;
    stmatrix_x4(addr, pack2<C::BF16>(o[4 * j0] * inv0, o[4 * j0 + 1] * inv0),
                pack2<C::BF16>(o[4 * j0 + 2] * inv1, o[4 * j0 + 3] * inv1),
                pack2<C::BF16>(o[4 * j1] * inv0, o[4 * j1 + 1] * inv0),
                pack2<C::BF16>(o[4 * j1 + 2] * inv1, o[4 * j1 + 3] * inv1));
  }
  fence_proxy_async_smem();
  named_sync(8 + cw, 128);
  if (issuer) {
#pragma unroll
    for (int pn = 0; pn < DV / 64; ++pn)
      tma_store_4d(tmO, sO + pn * (BM * 128) + cw * 64 * 128, pn * 64,
                   r.m0 + (C::HPT > 1 ? 0 : cw * 64), h, b);
    bulk_commit();
  }
}

template <class C>
__device__ __forceinline__ void store_tile(const KParams &p, const RowCtx &r,
                                           OnlineSoftmax<C> &st, const float (&o)[C::DV / 2],
                                           int h, int b, int sp, const CUtensorMap *tmO,
                                           uint32_t sO, int cw, int warp) {
  constexpr int DV = C::DV;
  // Cfg::HPT: the last tile's warpgroups past the last head store nothing.
  if (C::HPT > 1 && h >= p.Hq) return;
  const int row0 = r.row0, row1 = r.row1, cq = r.cq, lane = r.lane;
  st.reduce_sums();
  const float l0 = st.l0, l1 = st.l1, mrow0 = st.mrow0, mrow1 = st.mrow1;
  if (C::SPLITKV && p.splits > 1) {
    store_partial<C>(p, r, l0, l1, mrow0, mrow1, o, h, b, sp);
    return;
  }
  // Empty rows (l == 0): zeros or NaN (attn/softmax_rules.h).
  const float empty = attn::empty_row_value(p.empty_nan);
  const float inv0 = attn::row_inv_sum(l0, empty);
  const float inv1 = attn::row_inv_sum(l1, empty);
  const bool tma = C::OTMA && (p.sched & kSchedTmaO) != 0;
  if constexpr (C::OTMA) {
    if (tma) store_rows_tma<C>(p, r, o, inv0, inv1, h, b, tmO, sO, cw, warp);
  }
  uint16_t *ob = static_cast<uint16_t *>(p.o) + b * p.o_sb + h * p.o_sh;
  // The plain D 256 kernels' 16-byte stores (the default where O is
  // aligned); the narrower plain kernels' with kSchedWideONarrow.
  const bool wide = !C::GEN && !tma &&
                    (C::DV == 256   ? (p.sched & kSchedWideO) != 0
                     : C::DV % 32 == 0 ? (p.sched & kSchedWideONarrow) != 0
                                       : false);
  if (wide) {
    store_rows_wide<C>(p, ob, o, row0, 0, inv0, cq);
    store_rows_wide<C>(p, ob, o, row1, 2, inv1, cq);
  }
  if (!wide && !tma && row0 < p.Sq) {
    uint16_t *orow = ob + static_cast<int64_t>(row0) * p.o_ss + cq;
#pragma unroll
    for (int j = 0; j < DV / 8; ++j)
      if (8 * j < p.Dv)  // columns past Dv are padding
        *reinterpret_cast<uint32_t *>(orow + 8 * j) =
            pack2<C::BF16>(o[4 * j] * inv0, o[4 * j + 1] * inv0);
  }
  if (!wide && !tma && row1 < p.Sq) {
    uint16_t *orow = ob + static_cast<int64_t>(row1) * p.o_ss + cq;
#pragma unroll
    for (int j = 0; j < DV / 8; ++j)
      if (8 * j < p.Dv)
        *reinterpret_cast<uint32_t *>(orow + 8 * j) =
            pack2<C::BF16>(o[4 * j + 2] * inv1, o[4 * j + 3] * inv1);
  }
  // Log-sum-exp in natural logit units: the row max m and the denominator
  // l (relative to m) give m + log(l). GEN kernels keep m in natural units,
  // and so do the plain ones after a finite fill's tail (fill_tail_runs);
  // otherwise they keep the raw score, whose logit is scale * m. -inf for
  // an empty row (l == 0).
  if (p.lse && (lane & 3) == 0) {
    float *lb = p.lse + b * p.lse_sb + h * p.lse_sh;
    const bool natural = C::GEN || fill_tail_runs(p);
    auto lse_of = [&](float m, float l) {
      return attn::log_sum_exp<attn::LseLog::Libm>(natural ? m : m * p.scale, l);
    };
    if (row0 < p.Sq) lb[static_cast<int64_t>(row0) * p.lse_ss] = lse_of(mrow0, l0);
    if (row1 < p.Sq) lb[static_cast<int64_t>(row1) * p.lse_ss] = lse_of(mrow1, l1);
  }
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_EPILOGUE_CUH
