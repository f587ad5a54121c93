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

namespace attn_hopper {

template <class C>
__device__ __forceinline__ void store_tile(const KParams &p, const RowCtx &r,
                                           OnlineSoftmax<C> &st, const float (&o)[C::DV / 2],
                                           int h, int b) {
  constexpr int DV = C::DV;
  const int row0 = r.row0, row1 = r.row1, cq = r.cq, lane = r.lane;
  st.reduce_sums();
  const float l0 = st.l0, l1 = st.l1, mrow0 = st.mrow0, mrow1 = st.mrow1;
  // Empty rows (l == 0): zeros or NaN (attn/softmax_rules.h).
  const float empty = attn::empty_row_value(p.empty_nan);
  const float inv0 = attn::row_inv_sum(l0, empty);
  const float inv1 = attn::row_inv_sum(l1, empty);
  uint16_t *ob = static_cast<uint16_t *>(p.o) + b * p.o_sb + h * p.o_sh;
  if (row0 < p.Sq) {
    uint16_t *orow = ob + static_cast<int64_t>(row0) * p.o_ss + cq;
#pragma unroll
    for (int j = 0; j < DV / 8; ++j)
      if (8 * j < p.Dv)  // columns past Dv are padding
        *reinterpret_cast<uint32_t *>(orow + 8 * j) =
            pack2<C::BF16>(o[4 * j] * inv0, o[4 * j + 1] * inv0);
  }
  if (row1 < p.Sq) {
    uint16_t *orow = ob + static_cast<int64_t>(row1) * p.o_ss + cq;
#pragma unroll
    for (int j = 0; j < DV / 8; ++j)
      if (8 * j < p.Dv)
        *reinterpret_cast<uint32_t *>(orow + 8 * j) =
            pack2<C::BF16>(o[4 * j + 2] * inv1, o[4 * j + 3] * inv1);
  }
  // Log-sum-exp in natural logit units: the row max m and the denominator
  // l (relative to m) give m + log(l). GEN kernels keep m in natural units;
  // the plain ones keep the raw score, whose logit is scale * m. -inf for
  // an empty row (l == 0).
  if (p.lse && (lane & 3) == 0) {
    float *lb = p.lse + b * p.lse_sb + h * p.lse_sh;
    auto lse_of = [&](float m, float l) {
      return attn::log_sum_exp<attn::LseLog::Libm>(C::GEN ? m : m * p.scale, l);
    };
    if (row0 < p.Sq) lb[static_cast<int64_t>(row0) * p.lse_ss] = lse_of(mrow0, l0);
    if (row1 < p.Sq) lb[static_cast<int64_t>(row1) * p.lse_ss] = lse_of(mrow1, l1);
  }
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_EPILOGUE_CUH
