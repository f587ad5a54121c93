//===- fa_launch.h - host-side launch helpers for fa_core.h -----*- C++ -*-===//
//
// Turns an attnk_problem into FaArgs, picks the padded head dim and the
// target configuration, and launches with <<<...>>>. Included by each
// kernels/*.hip file, which instantiates only the variants it owns.
//===----------------------------------------------------------------------===//
#ifndef ATTN_FA_LAUNCH_H
#define ATTN_FA_LAUNCH_H

#include "attn/fa_core.h"
#include "attn_kernels.h"

namespace attn {

#if ATTN_PLATFORM_AMD
// Set by the AMD runtime glue from the device's gcnArchName (gfx9 = wave64
// MFMA, gfx11 = wave32 WMMA). The AMD build here produces code objects only.
extern "C" int attnk_amd_is_wave64(void);
#endif

// Padded head dims ("buckets") that kernels are instantiated for.
inline int dp_bucket(int64_t d) {
  if (d <= 32) return 32;
  if (d <= 64) return 64;
  if (d <= 96) return 96;
  if (d <= 128) return 128;
  if (d <= 192) return 192;
  return 256;
}

inline bool aligned16_rows(const attnk_tensor &t) {
  return t.strides[3] == 1 && t.strides[0] % 8 == 0 && t.strides[1] % 8 == 0 &&
         t.strides[2] % 8 == 0 && ((uintptr_t)t.data % 16) == 0;
}

inline bool has_mask(const attnk_problem *p) { return p->mask.data != nullptr; }

// Logits rounded step by step (attnk_problem::logit_rounding): the portable
// kernels (fa_core.h) do not compute them and decline; the NVIDIA decode
// kernel (decode/decode_nv.cu) and the Hopper kernels do, for rounding in
// the Q/K/V type.
inline bool rounds_logits(const attnk_problem *p) {
  return p->logit_rounding != ATTNRT_LOGIT_ROUNDING_NONE;
}

inline const char *unsupported_reason(const attnk_problem *p) {
  if (p->dtype != ATTNRT_DTYPE_F16 && p->dtype != ATTNRT_DTYPE_BF16)
    return "Q/K/V must be f16 or bf16 (the GPU kernels use 16-bit matrix instructions; f32 runs on the cpu backend)";
  if (p->out_dtype != ATTNRT_DTYPE_F32 && p->out_dtype != ATTNRT_DTYPE_F16 &&
      p->out_dtype != ATTNRT_DTYPE_BF16)
    return "output must be f32, f16 or bf16";
  if (has_mask(p) && p->mask_dtype != ATTNRT_DTYPE_F32 && p->mask_dtype != ATTNRT_DTYPE_F16 &&
      p->mask_dtype != ATTNRT_DTYPE_BF16 && p->mask_dtype != ATTNRT_DTYPE_BOOL)
    return "mask must be f32, f16, bf16 or bool";
  if (p->causal != ATTNRT_CAUSAL_NONE && p->causal != ATTNRT_CAUSAL_TOP_LEFT &&
      p->causal != ATTNRT_CAUSAL_BOTTOM_RIGHT)
    return "unknown causal mode";
  if (p->mask_fill != p->mask_fill || p->mask_fill == __builtin_huge_valf())
    return "mask_fill must be -inf or finite";
  if (p->empty_rows != ATTNRT_EMPTY_ROWS_ZERO && p->empty_rows != ATTNRT_EMPTY_ROWS_NAN)
    return "empty_rows must be ATTNRT_EMPTY_ROWS_ZERO or ATTNRT_EMPTY_ROWS_NAN";
  if (p->logit_rounding != ATTNRT_LOGIT_ROUNDING_NONE &&
      p->logit_rounding != ATTNRT_LOGIT_ROUNDING_F16 && p->logit_rounding != ATTNRT_LOGIT_ROUNDING_BF16)
    return "unknown logit_rounding";
  if (p->head_dim < 8 || p->head_dim > 256 || p->head_dim % 8 != 0)
    return "head dim of Q/K must be a multiple of 8 in [8, 256]";
  if (p->head_dim_v < 8 || p->head_dim_v > 256 || p->head_dim_v % 8 != 0)
    return "head dim of V must be a multiple of 8 in [8, 256]";
  if (p->heads_kv < 1 || p->heads_q % p->heads_kv != 0)
    return "query heads must be a multiple of key/value heads";
  if (p->batch > 65535 || p->heads_q > 65535)
    return "batch and head counts above 65535 exceed the launch grid";
  if (p->seq_q > 4194304) return "query sequences above 4194304 exceed the launch grid";
  if (p->seq_q < 0 || p->seq_k < 0 || p->seq_k > (1ll << 30) ||
      p->seq_q * (p->heads_q / p->heads_kv) > (1ll << 30))
    return "sequence lengths above 2^30 are not supported";
  const attnk_tensor *ts[5] = {&p->q, &p->k, &p->v, &p->o, &p->mask};
  for (int t = 0; t < 5; ++t)
    for (int d = 0; d < 4; ++d)
      if (ts[t]->strides[d] < 0) return "negative strides are not supported";
  return nullptr;
}

// The kernels' arguments: the problem as given plus what is derived from it
// once here (fa_core.h FaArgs). Call after unsupported_reason(p) == NULL,
// which bounds the sizes narrowed to int.
inline FaArgs make_args(const attnk_problem *p) {
  FaArgs a = {};
  a.p = *p;
  a.Hq = (int)p->heads_q;
  a.Hkv = (int)p->heads_kv;
  a.Sq = (int)p->seq_q;
  a.Sk = (int)p->seq_k;
  a.D = (int)p->head_dim;
  a.Dv = (int)p->head_dim_v;
  a.group = a.Hq / a.Hkv;
  a.mask_dtype = p->mask.data ? (int)p->mask_dtype : -1;
  a.causal_off = p->causal == ATTNRT_CAUSAL_BOTTOM_RIGHT ? a.Sk - a.Sq : 0;
  a.scale_log2 = p->scale * 1.4426950408889634f;
  // The fill in log2 units (fa_core.h: mask kinds work in natural units,
  // p.mask_fill, the others in log2 units). -FLT_MAX stands for a finite
  // fill whose log2 value would overflow: it compares and cancels like the
  // true value (it is below every logit the log2 domain can hold, and equal
  // fills cancel); the lse output takes the fill's natural value instead.
  const float fill = p->mask_fill;
  a.fill_finite = !(fill == -__builtin_huge_valf());
  {
    const double f2 = (double)fill * 1.4426950408889634;
    a.fill_log2 = !a.fill_finite ? fill : f2 < -3.4028234663852886e38 ? -3.4028234663852886e38f
                                                                        : (float)f2;
  }
  a.empty_nan = p->empty_rows == ATTNRT_EMPTY_ROWS_NAN && p->seq_k > 0;
  a.vec_q = aligned16_rows(p->q);
  a.vec_k = aligned16_rows(p->k);
  a.vec_v = aligned16_rows(p->v);
  int osz = p->out_dtype == ATTNRT_DTYPE_F32 ? 4 : 2;
  a.vec_o = p->o.strides[3] == 1 && p->o.strides[0] % 2 == 0 && p->o.strides[1] % 2 == 0 &&
            p->o.strides[2] % 2 == 0 && ((uintptr_t)p->o.data % (2 * osz)) == 0;
  a.num_splits = 1;
  a.split_blocks = 0;
  return a;
}
#if ATTN_PLATFORM_NVIDIA
#if defined(ATTN_FORCE_SCALAR)
#define ATTN_HOST_ARCH ATTN_ARCH_SCALAR
#else
#define ATTN_HOST_ARCH ATTN_ARCH_NV_MMA
#endif
#endif

// Launches fa_fwd_kernel<Arch, T, DP, KIND>. For DECODE, a.num_splits and
// a.split_blocks must be set.
template <int Arch, class T, int DP, int KIND>
int launch_fa_arch(FaArgs a, int64_t batch, hipStream_t stream) {
  using Sh = FaShape<Arch, T, DP, KIND>;
  const bool pack = KIND == KIND_DECODE || KIND == KIND_DECODE_MASK;
  const int64_t rows = pack ? (int64_t)a.group * a.Sq : a.Sq;
  a.num_qblocks = (int)((rows + Sh::BR - 1) / Sh::BR);
  if (rows == 0 || batch == 0 || a.Hq == 0) return 0;
  dim3 grid((unsigned)(a.num_qblocks * (pack ? a.num_splits : 1)),
            (unsigned)(pack ? a.Hkv : a.Hq), (unsigned)batch);
  if (FaBlock<Arch, T, DP, KIND>::QB_SLOW) // see FaBlock::run
    grid = dim3((unsigned)a.Hq, (unsigned)batch, (unsigned)a.num_qblocks);
  auto kern = fa_fwd_kernel<Arch, T, DP, KIND>;
#if ATTN_PLATFORM_NVIDIA
  if (Sh::SMEM_BYTES > 48 * 1024) {
    hipError_t e = hipFuncSetAttribute((const void *)kern,
                                       hipFuncAttributeMaxDynamicSharedMemorySize, Sh::SMEM_BYTES);
    if (e != hipSuccess) return (int)e;
  }
#endif
  kern<<<grid, Sh::NTHREADS, Sh::SMEM_BYTES, stream>>>(a);
  return (int)hipGetLastError();
}

template <class T, int DP, int KIND>
int launch_fa(const FaArgs &a, int64_t batch, hipStream_t stream) {
#if ATTN_PLATFORM_NVIDIA
  return launch_fa_arch<ATTN_HOST_ARCH, T, DP, KIND>(a, batch, stream);
#else
  if (attnk_amd_is_wave64()) return launch_fa_arch<ATTN_ARCH_CDNA3, T, DP, KIND>(a, batch, stream);
  return launch_fa_arch<ATTN_ARCH_RDNA3, T, DP, KIND>(a, batch, stream);
#endif
}

// Key-block size a DECODE launch uses (the same on every target of a build
// is not guaranteed, so the split computation asks the config).
template <int DP> constexpr int decode_bc() {
#if ATTN_PLATFORM_NVIDIA
  return FaCfg<ATTN_HOST_ARCH, DP, KIND_DECODE>::BC;
#else
  return FaCfg<ATTN_ARCH_RDNA3, DP, KIND_DECODE>::BC;
#endif
}

} // namespace attn

#endif // ATTN_FA_LAUNCH_H
