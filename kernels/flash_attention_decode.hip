//===- flash_attention_decode.hip - split-KV attention for few query rows ----===//
//
// Decode / short-query attention, the entry points of attn_kernels.h:
//  - on NVIDIA (K/V rows 16-byte aligned), decode/decode_nv.cu: 4-warp
//    blocks with a deep cp.async pipeline, sized for the H200's bandwidth;
//  - elsewhere (AMD, unaligned K/V, the scalar test build) the portable
//    kernel of fa_core.h (KIND_DECODE): one warp (wave) per block handles a
//    tile of 16 query rows.
// Both pack the rows as (query head in the KV group, query position) pairs,
// so the heads that share a KV head read K and V once, and split the key
// range across blocks; each block writes its normalized partial output with
// its row max m_s and sum l_s to a workspace, and decode_combine_kernel
// merges the splits: O = sum_s w_s O_s / sum_s w_s with
// w_s = l_s exp(m_s - max m) (exact for equal huge fills), and writes the
// log-sum-exp output when asked (max m + log(sum w), natural units).
// Masks and causal modes are handled as in the general kernel; the merge
// (merge_weight), the empty rows and the lse are attn/softmax_rules.h's.
//===----------------------------------------------------------------------===//
#include "attn/fa_launch.h"
#include "attn/softmax_rules.h"

#if ATTN_PLATFORM_NVIDIA
#include "attn/workspace_pool.h"
#include "decode/decode_nv.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#endif

using namespace attn;

static constexpr int kMaxSplits = 64;
static constexpr int kMaxDevices = 64;

static int64_t decode_rows_all(const attnk_problem *p) {
  return p->batch * p->heads_q * p->seq_q;
}

static int decode_bc_for(const attnk_problem *p) {
  const int dp = dp_bucket(p->head_dim > p->head_dim_v ? p->head_dim : p->head_dim_v);
  return dp <= 64 ? decode_bc<64>() : decode_bc<128>();
}

// Blocks of the decode kernel that fit on one multiprocessor at once. Asked
// of the runtime once per (device, head-dim bucket): the query and the
// attribute call cost host time on every call otherwise.
static int decode_blocks_per_sm(const attnk_problem *p) {
#if ATTN_PLATFORM_NVIDIA
  const int dp = dp_bucket(p->head_dim > p->head_dim_v ? p->head_dim : p->head_dim_v);
  static std::atomic<int> cache[kMaxDevices][2];
  int dev = 0;
  if (cudaGetDevice(&dev) != cudaSuccess || dev < 0 || dev >= kMaxDevices) {
    cudaGetLastError();
    dev = -1;
  }
  if (dev >= 0) {
    int c = cache[dev][dp <= 64 ? 0 : 1].load(std::memory_order_relaxed);
    if (c > 0) return c;
  }
  int n = 0;
  cudaError_t e;
  if (dp <= 64) {
    using Sh = FaShape<ATTN_HOST_ARCH, bf16_t, 64, KIND_DECODE>;
    cudaFuncSetAttribute((const void *)fa_fwd_kernel<ATTN_HOST_ARCH, bf16_t, 64, KIND_DECODE>,
                         cudaFuncAttributeMaxDynamicSharedMemorySize, Sh::SMEM_BYTES);
    e = cudaOccupancyMaxActiveBlocksPerMultiprocessor(
        &n, fa_fwd_kernel<ATTN_HOST_ARCH, bf16_t, 64, KIND_DECODE>, Sh::NTHREADS, Sh::SMEM_BYTES);
  } else {
    using Sh = FaShape<ATTN_HOST_ARCH, bf16_t, 128, KIND_DECODE>;
    cudaFuncSetAttribute((const void *)fa_fwd_kernel<ATTN_HOST_ARCH, bf16_t, 128, KIND_DECODE>,
                         cudaFuncAttributeMaxDynamicSharedMemorySize, Sh::SMEM_BYTES);
    e = cudaOccupancyMaxActiveBlocksPerMultiprocessor(
        &n, fa_fwd_kernel<ATTN_HOST_ARCH, bf16_t, 128, KIND_DECODE>, Sh::NTHREADS, Sh::SMEM_BYTES);
  }
  if (e != cudaSuccess || n < 1) {
    cudaGetLastError();
    return 4; // not cached: ask again next time
  }
  if (dev >= 0) cache[dev][dp <= 64 ? 0 : 1].store(n, std::memory_order_relaxed);
  return n;
#else
  (void)p;
  return 8;
#endif
}

// The workspace comes from the library's scratch pool, which keeps its
// memory across synchronizes (attn/workspace_pool.h).
extern "C" int attnk_decode_workspace_alloc(void **ptr, size_t bytes, void *stream) {
#if ATTN_PLATFORM_NVIDIA
  return (int)attn::workspace_alloc(ptr, bytes, (cudaStream_t)stream);
#else
  return attnk_malloc_async(ptr, bytes ? bytes : 1, stream);
#endif
}

static bool use_nv(const attnk_problem *p) {
#if ATTN_PLATFORM_NVIDIA
  return decode_nv_eligible(p);
#else
  (void)p;
  return false;
#endif
}

// The portable kernels' buckets, and whatever the NVIDIA kernel takes (its
// eligibility knows its own head dims).
extern "C" int attnk_decode_head_dim_supported(const attnk_problem *p) {
  const int dp = dp_bucket(p->head_dim > p->head_dim_v ? p->head_dim : p->head_dim_v);
  return dp == 64 || dp == 128 || use_nv(p);
}

extern "C" const char *attnk_decode_logit_rounding_reason(const attnk_problem *p) {
  if (!rounds_logits(p)) return nullptr;
#if ATTN_PLATFORM_NVIDIA
  if ((p->logit_rounding == ATTNRT_LOGIT_ROUNDING_BF16) != (p->dtype == ATTNRT_DTYPE_BF16))
    return "logit_rounding to a type other than the Q/K/V type (the decode kernel rounds "
           "logits in the operand type only)";
  if (use_nv(p)) return nullptr;
  return "logit_rounding on a problem the NVIDIA decode kernel does not take (it needs "
         "contiguous, 16-byte aligned K/V rows; the portable decode path does not round logits)";
#else
  return "logit_rounding (the portable decode kernel does not round logits step by step)";
#endif
}

extern "C" int attnk_decode_num_splits(const attnk_problem *p, int num_sms) {
#if ATTN_PLATFORM_NVIDIA
  if (use_nv(p)) return decode_nv_num_splits(p, num_sms);
#endif
  const int64_t group = p->heads_kv > 0 ? p->heads_q / p->heads_kv : 1;
  const int64_t qblocks = (group * p->seq_q + 15) / 16;
  const int64_t base = p->batch * p->heads_kv * (qblocks > 0 ? qblocks : 1);
  const int64_t nkb = (p->seq_k + decode_bc_for(p) - 1) / decode_bc_for(p);
  // Fill the GPU with exactly one wave of resident blocks: a partial second
  // wave would leave most multiprocessors idle for its duration.
  const int64_t target = (int64_t)(num_sms > 0 ? num_sms : 1) * decode_blocks_per_sm(p);
  int64_t splits = target / (base > 0 ? base : 1);
  if (splits > nkb) splits = nkb;
  if (splits > kMaxSplits) splits = kMaxSplits;
  if (splits < 1) splits = 1;
  return (int)splits;
}

extern "C" size_t attnk_decode_workspace_bytes(const attnk_problem *p, int num_splits) {
  if (num_splits < 1) num_splits = 1;
  if (num_splits == 1 && use_nv(p)) return 0; // one split writes O itself
  return (size_t)num_splits * (size_t)decode_rows_all(p) * (size_t)(p->head_dim_v + 2) * 4u;
}

// Merges the decode partials of 4 rows per 128-thread block (32 threads per
// row, 4 dims each per pass of 128 dims: Dv <= 256): O = sum_s w_s O_s / sum_s w_s, w_s = l_s
// exp(m_s - max m), in the kernel's units (nat: natural, else log2). Keeping
// m and l apart (not log(l) + m) makes equal huge fills cancel exactly: a
// fully hidden row with a finite fill is the mean of V weighted by each
// split's key count. A row with no finite logit (every m_s = -inf) is empty:
// zeros, or NaN with empty_nan; its log-sum-exp is -inf. Latency bound (a
// few KB per row): every global load is issued without waiting on another.
struct DecodeCombine {
  const float *part_o, *part_ml;
  void *o;
  int64_t os[4];
  float *lse;
  int64_t ls[3];
  int64_t rows_all;
  int num_splits, Sq, Hq, Dv, out_dtype, empty_nan, nat;
};

__global__ void __launch_bounds__(128) decode_combine_kernel(const DecodeCombine c) {
  grid_dependency_wait(); // launched programmatically after decode_nv: its partials are written
  constexpr int kMax = 64;
  __shared__ float msh[4][kMax];
  __shared__ float wsh[4][kMax];
  const int tid = tid_x(), r = tid >> 5, q = tid & 31;
  const int64_t g = ((int64_t)bid_x() + (int64_t)bid_y() * 65535) * 4 + r;
  const bool ok = g < c.rows_all; // no early return before the barriers
  const int ns = c.num_splits;
  float m0 = neg_inf(), l0 = 0.f, m1 = neg_inf(), l1 = 0.f;
  if (ok && q < ns) {
    m0 = c.part_ml[2 * (q * c.rows_all + g)];
    l0 = c.part_ml[2 * (q * c.rows_all + g) + 1];
  }
  if (ok && q + 32 < ns) {
    m1 = c.part_ml[2 * ((q + 32) * c.rows_all + g)];
    l1 = c.part_ml[2 * ((q + 32) * c.rows_all + g) + 1];
  }
  msh[r][q] = m0;
  msh[r][q + 32] = m1;
  block_sync();
  float mx = neg_inf();
  for (int s = 0; s < ns; ++s) mx = fmax_(mx, msh[r][s]);
  const float k = c.nat ? kLog2e : 1.f;
  wsh[r][q] = merge_weight(m0, l0, mx, k);
  wsh[r][q + 32] = merge_weight(m1, l1, mx, k);
  block_sync();
  if (!ok) return;
  float sum = 0.f;
  for (int s = 0; s < ns; ++s) sum += wsh[r][s];
  const int i = (int)(g % c.Sq);
  const int64_t bh = g / c.Sq;
  const int h = (int)(bh % c.Hq), b = (int)(bh / c.Hq);
  if (c.lse && q == 0) {
    // ln(sum) + max, in natural units; lg2 of sum >= 1 (the split holding
    // the max contributes l >= 1).
    const float lse = c.nat ? log_sum_exp(mx, sum) : log_sum_exp_log2(mx, sum);
    c.lse[b * c.ls[0] + h * c.ls[1] + (int64_t)i * c.ls[2]] = lse;
  }
  const float inv = row_inv_sum(sum, empty_row_value(c.empty_nan));
  const int64_t sstride = c.rows_all * c.Dv;
  const int64_t orow = b * c.os[0] + h * c.os[1] + (int64_t)i * c.os[2];
  for (int d = 4 * q; d < c.Dv; d += 128) { // one pass up to Dv 128, two up to 256
    const float *po = c.part_o + g * c.Dv + d;
    float acc[4] = {0.f, 0.f, 0.f, 0.f};
    for (int s0 = 0; s0 < ns; s0 += 8) { // up to 8 x 16 bytes in flight
      u32x4 x[8];
#pragma unroll
      for (int u = 0; u < 8; ++u)
        if (s0 + u < ns) x[u] = *(const u32x4 *)(po + (s0 + u) * sstride);
#pragma unroll
      for (int u = 0; u < 8; ++u) {
        if (s0 + u >= ns) break;
        const float w = wsh[r][s0 + u];
        if (w == 0.f) continue; // exactly 0 (a partial of an empty split holds zeros anyway)
        acc[0] += w * __builtin_bit_cast(float, x[u].x);
        acc[1] += w * __builtin_bit_cast(float, x[u].y);
        acc[2] += w * __builtin_bit_cast(float, x[u].z);
        acc[3] += w * __builtin_bit_cast(float, x[u].w);
      }
    }
#pragma unroll
    for (int e = 0; e < 4; ++e)
      store_from_f32(c.o, orow + (d + e) * c.os[3], c.out_dtype, sum > 0.f ? acc[e] * inv : inv);
  }
}

static int launch_combine(const attnk_problem *p, const float *part_o, const float *part_ml,
                          int num_splits, int nat, bool pdl, hipStream_t s) {
  DecodeCombine c = {};
  c.part_o = part_o;
  c.part_ml = part_ml;
  c.o = (void *)p->o.data;
  for (int d = 0; d < 4; ++d) c.os[d] = p->o.strides[d];
  c.lse = (float *)p->lse.data;
  for (int d = 0; d < 3; ++d) c.ls[d] = p->lse.strides[d];
  c.rows_all = decode_rows_all(p);
  c.num_splits = num_splits;
  c.Sq = (int)p->seq_q;
  c.Hq = (int)p->heads_q;
  c.Dv = (int)p->head_dim_v;
  c.out_dtype = p->out_dtype;
  c.empty_nan = p->empty_rows == 1 && p->seq_k > 0;
  c.nat = nat;
  const int64_t nb = (c.rows_all + 3) / 4;
  dim3 grid((unsigned)(nb < 65535 ? nb : 65535), (unsigned)((nb + 65534) / 65535));
#if ATTN_PLATFORM_NVIDIA
  if (pdl) { // scheduled while the split kernel drains (decode_nv_pdl)
    cudaLaunchConfig_t cfg = {};
    cfg.gridDim = grid;
    cfg.blockDim = dim3(128);
    cfg.stream = s;
    cudaLaunchAttribute attr[1];
    attr[0].id = cudaLaunchAttributeProgrammaticStreamSerialization;
    attr[0].val.programmaticStreamSerializationAllowed = 1;
    cfg.attrs = attr;
    cfg.numAttrs = 1;
    return (int)cudaLaunchKernelEx(&cfg, decode_combine_kernel, c);
  }
#else
  (void)pdl;
#endif
  decode_combine_kernel<<<grid, 128, 0, s>>>(c);
  return (int)hipGetLastError();
}

extern "C" int attnk_decode_combine(const attnk_problem *p, const float *part_o,
                                    const float *part_ml, int num_splits, void *stream) {
  if (unsupported_reason(p)) return ATTNK_E_UNSUPPORTED;
  if (num_splits < 1 || num_splits > kMaxSplits || p->head_dim_v > 256) return ATTNK_E_UNSUPPORTED;
  if (!part_o || !part_ml) return ATTNK_E_BAD_WORKSPACE;
  if (decode_rows_all(p) == 0) return 0;
#if ATTN_PLATFORM_NVIDIA
  const bool pdl = decode_nv_pdl();
#else
  const bool pdl = false;
#endif
  return launch_combine(p, part_o, part_ml, num_splits, 1, pdl, (hipStream_t)stream);
}

extern "C" int attnk_flash_attention_decode(const attnk_problem *p, int num_splits,
                                            void *workspace, size_t workspace_bytes,
                                            void *stream) {
  if (unsupported_reason(p)) return ATTNK_E_UNSUPPORTED;
  if (!attnk_decode_head_dim_supported(p)) return ATTNK_E_UNSUPPORTED;
  const int dp = dp_bucket(p->head_dim > p->head_dim_v ? p->head_dim : p->head_dim_v);
  if (num_splits < 1 || num_splits > kMaxSplits) return ATTNK_E_UNSUPPORTED;
  const int64_t rows_all = decode_rows_all(p);
  if (rows_all == 0) return 0;
  // Dv <= 256 (unsupported_reason above): the combine's two passes of 128
  // dims cover every row.
  if (workspace_bytes < attnk_decode_workspace_bytes(p, num_splits) ||
      (!workspace && attnk_decode_workspace_bytes(p, num_splits) > 0))
    return ATTNK_E_BAD_WORKSPACE;
  if (attnk_decode_logit_rounding_reason(p)) return ATTNK_E_UNSUPPORTED;
  hipStream_t s = (hipStream_t)stream;
#if ATTN_PLATFORM_NVIDIA
  if (use_nv(p)) {
    float *po = num_splits > 1 ? (float *)workspace : nullptr;
    int used = 1;
    bool combined = false;
    int rc = decode_nv_launch(p, num_splits, po, stream, &used, &combined);
    if (rc != 0 || used == 1 || combined) return rc;
    // Partials of `used` splits, laid out for `used` (<= num_splits).
    return launch_combine(p, po, po + (size_t)used * rows_all * p->head_dim_v, used, 1,
                          decode_nv_pdl(), s);
  }
#endif
  FaArgs a = make_args(p);
  const int bc = decode_bc_for(p);
  const int nkb = (int)((p->seq_k + bc - 1) / bc);
  int split_blocks = nkb > 0 ? (nkb + num_splits - 1) / num_splits : 1;
  a.split_blocks = split_blocks;
  a.num_splits = nkb > 0 ? (nkb + split_blocks - 1) / split_blocks : 1; // no empty splits
  a.rows_all = rows_all;
  a.part_o = (float *)workspace;
  a.part_ml = a.part_o + (size_t)a.num_splits * rows_all * p->head_dim_v;
  // Natural units (the mask kinds) whenever the log-sum-exp is wanted: in
  // log2 units a huge finite fill is clamped to -FLT_MAX, which cancels in O
  // but not in the log-sum-exp.
  const bool nat = a.p.mask.data || p->lse.data;
  int rc;
  if (nat) {
    if (p->dtype == ATTNRT_DTYPE_F16)
      rc = dp == 64 ? launch_fa<f16_t, 64, KIND_DECODE_MASK>(a, p->batch, s)
                    : launch_fa<f16_t, 128, KIND_DECODE_MASK>(a, p->batch, s);
    else
      rc = dp == 64 ? launch_fa<bf16_t, 64, KIND_DECODE_MASK>(a, p->batch, s)
                    : launch_fa<bf16_t, 128, KIND_DECODE_MASK>(a, p->batch, s);
  } else {
    if (p->dtype == ATTNRT_DTYPE_F16)
      rc = dp == 64 ? launch_fa<f16_t, 64, KIND_DECODE>(a, p->batch, s)
                    : launch_fa<f16_t, 128, KIND_DECODE>(a, p->batch, s);
    else
      rc = dp == 64 ? launch_fa<bf16_t, 64, KIND_DECODE>(a, p->batch, s)
                    : launch_fa<bf16_t, 128, KIND_DECODE>(a, p->batch, s);
  }
  if (rc != 0) return rc;
  return launch_combine(p, a.part_o, a.part_ml, a.num_splits, nat ? 1 : 0, false, s);
}
