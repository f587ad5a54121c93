//===- flash_attention_decode.hip - split-KV attention for few query rows ----===//
//
// Decode / short-query attention: one warp (wave) per block handles a tile of
// 16 query rows, where the rows are (query head in the KV group, query
// position) pairs, so the heads that share a KV head read K and V once. The
// key range is split across blocks; each block writes its normalized partial
// output with its row max m_s and sum l_s to a workspace, and
// fa_combine_kernel merges the splits: O = sum_s w_s O_s / sum_s w_s with
// w_s = l_s exp(m_s - max m) (exact for equal huge fills, see fa_core.h).
// Masks and causal modes are handled as in the general kernel.
//===----------------------------------------------------------------------===//
#include "attn/fa_launch.h"

#if ATTN_PLATFORM_NVIDIA
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

// The decode workspace (partial outputs + log-sum-exps, a few MB) comes from
// a memory pool of the decode kernel's own, one per device, that keeps up to
// kPoolKeepBytes when idle. The device's default pool (release threshold 0)
// returns its memory to the OS at every stream/event synchronize, so a call
// after a synchronize mapped fresh memory on the host while the GPU waited
// (bench/gpu/DECODE_NOTES.md). Allocation stays stream-ordered
// (cudaMallocFromPoolAsync / cudaFreeAsync), so reuse across streams is as
// safe as before. Falls back to the default pool if a pool cannot be made.
static constexpr unsigned long long kPoolKeepBytes = 64ull << 20;

#if ATTN_PLATFORM_NVIDIA
static cudaMemPool_t decode_pool(int dev) {
  static std::mutex mu;
  static cudaMemPool_t pools[kMaxDevices];
  static bool tried[kMaxDevices];
  if (dev < 0 || dev >= kMaxDevices) return nullptr;
  std::lock_guard<std::mutex> lock(mu);
  if (!tried[dev]) {
    tried[dev] = true;
    cudaMemPoolProps props = {};
    props.allocType = cudaMemAllocationTypePinned;
    props.location.type = cudaMemLocationTypeDevice;
    props.location.id = dev;
    cudaMemPool_t pool = nullptr;
    if (cudaMemPoolCreate(&pool, &props) == cudaSuccess) {
      unsigned long long keep = kPoolKeepBytes;
      if (cudaMemPoolSetAttribute(pool, cudaMemPoolAttrReleaseThreshold, &keep) == cudaSuccess) {
        pools[dev] = pool;
      } else {
        cudaMemPoolDestroy(pool);
      }
    }
    cudaGetLastError();
  }
  return pools[dev];
}
#endif

extern "C" int attnk_decode_workspace_alloc(void **ptr, size_t bytes, void *stream) {
#if ATTN_PLATFORM_NVIDIA
  int dev = -1;
  if (cudaGetDevice(&dev) == cudaSuccess) {
    if (cudaMemPool_t pool = decode_pool(dev))
      return (int)cudaMallocFromPoolAsync(ptr, bytes ? bytes : 1, pool, (cudaStream_t)stream);
  }
  cudaGetLastError();
#endif
  return attnk_malloc_async(ptr, bytes ? bytes : 1, stream);
}

extern "C" int attnk_decode_num_splits(const attnk_problem *p, int num_sms) {
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
  return (size_t)num_splits * (size_t)decode_rows_all(p) * (size_t)(p->head_dim_v + 2) * 4u;
}

extern "C" int attnk_flash_attention_decode(const attnk_problem *p, int num_splits,
                                            void *workspace, size_t workspace_bytes,
                                            void *stream) {
  if (unsupported_reason(p)) return ATTNK_E_UNSUPPORTED;
  const int dp = dp_bucket(p->head_dim > p->head_dim_v ? p->head_dim : p->head_dim_v);
  if (dp != 64 && dp != 128) return ATTNK_E_UNSUPPORTED;
  if (num_splits < 1 || num_splits > kMaxSplits) return ATTNK_E_UNSUPPORTED;
  const int64_t rows_all = decode_rows_all(p);
  if (rows_all == 0) return 0;
  if (!workspace || workspace_bytes < attnk_decode_workspace_bytes(p, num_splits))
    return ATTNK_E_BAD_WORKSPACE;
  FaArgs a = make_args(p);
  const int bc = decode_bc_for(p);
  const int nkb = (int)((p->seq_k + bc - 1) / bc);
  int split_blocks = nkb > 0 ? (nkb + num_splits - 1) / num_splits : 1;
  a.split_blocks = split_blocks;
  a.num_splits = nkb > 0 ? (nkb + split_blocks - 1) / split_blocks : 1; // no empty splits
  a.rows_all = rows_all;
  a.part_o = (float *)workspace;
  a.part_ml = a.part_o + (size_t)a.num_splits * rows_all * p->head_dim_v;
  hipStream_t s = (hipStream_t)stream;
  int rc;
  if (a.p.mask.data) {
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
  dim3 grid((unsigned)(rows_all < 65535 ? rows_all : 65535), (unsigned)((rows_all + 65534) / 65535));
  fa_combine_kernel<128><<<grid, 128, 0, s>>>(a, rows_all, a.p.mask.data ? 1 : 0);
  return (int)hipGetLastError();
}
