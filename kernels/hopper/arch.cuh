//===- arch.cuh - the Hopper layer under the sm_90a attention kernel -----===//
//
// PTX wrappers the kernel is written in: mbarriers, TMA tensor loads
// (cp.async.bulk.tensor), wgmma (fence / commit / wait, shared-memory
// descriptors with the 128-byte swizzle, the m64nNk16 instructions from
// wgmma_ops.inc), setmaxnreg, named barriers, ex2 and 16-bit packing.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_ARCH_CUH
#define ATTN_HOPPER_ARCH_CUH

#include <cuda.h>
#include <cuda_bf16.h>
#include <cuda_fp16.h>

#include <cstdint>

#include "attn/arch.h"

namespace attn_hopper {

#include "wgmma_ops.inc"

__device__ __forceinline__ uint32_t smem_u32(const void *p) {
  return static_cast<uint32_t>(__cvta_generic_to_shared(p));
}

__device__ __forceinline__ void mbar_init(uint32_t bar, uint32_t count) {
  asm volatile("mbarrier.init.shared::cta.b64 [%0], %1;\n" ::"r"(bar), "r"(count));
}

__device__ __forceinline__ void mbar_expect_tx(uint32_t bar, uint32_t bytes) {
  asm volatile("mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;\n" ::"r"(bar), "r"(bytes)
               : "memory");
}

__device__ __forceinline__ void mbar_arrive(uint32_t bar) {
  asm volatile("mbarrier.arrive.shared::cta.b64 _, [%0];\n" ::"r"(bar) : "memory");
}

__device__ __forceinline__ void mbar_wait(uint32_t bar, uint32_t parity) {
  asm volatile(
      "{\n"
      ".reg .pred P1;\n"
      "WAIT_LOOP:\n"
      "mbarrier.try_wait.parity.shared::cta.b64 P1, [%0], %1;\n"
      "@!P1 bra WAIT_LOOP;\n"
      "}\n" ::"r"(bar),
      "r"(parity)
      : "memory");
}

__device__ __forceinline__ void tma_load_4d(uint32_t dst, const CUtensorMap *map, int c0, int c1,
                                            int c2, int c3, uint32_t bar) {
  asm volatile(
      "cp.async.bulk.tensor.4d.shared::cluster.global.mbarrier::complete_tx::bytes"
      " [%0], [%1, {%2, %3, %4, %5}], [%6];\n" ::"r"(dst),
      "l"(reinterpret_cast<uint64_t>(map)), "r"(c0), "r"(c1), "r"(c2), "r"(c3), "r"(bar)
      : "memory");
}

// O through shared memory (Cfg::OTMA, epilogue.cuh): the tile's rows go
// out by TMA from a 128-byte-swizzled buffer; the issuing thread waits
// for the previous store's reads of the buffer before it is rewritten.
__device__ __forceinline__ void tma_store_4d(const CUtensorMap *map, uint32_t src, int c0, int c1,
                                             int c2, int c3) {
  asm volatile(
      "cp.async.bulk.tensor.4d.global.shared::cta.bulk_group [%0, {%2, %3, %4, %5}], [%1];\n" ::"l"(
          reinterpret_cast<uint64_t>(map)),
      "r"(src), "r"(c0), "r"(c1), "r"(c2), "r"(c3)
      : "memory");
}
__device__ __forceinline__ void bulk_commit() {
  asm volatile("cp.async.bulk.commit_group;\n" ::: "memory");
}
__device__ __forceinline__ void bulk_wait_read0() {
  asm volatile("cp.async.bulk.wait_group.read 0;\n" ::: "memory");
}
// Shared-memory writes of the generic proxy made visible to TMA (async proxy).
__device__ __forceinline__ void fence_proxy_async_smem() {
  asm volatile("fence.proxy.async.shared::cta;\n" ::: "memory");
}
// Four 8 x 8 16-bit matrices from the mma accumulator layout (thread t
// holds row t / 4, columns 2 (t % 4), +1 of each), lane l giving the
// address of row l % 8 of matrix l / 8.
__device__ __forceinline__ void stmatrix_x4(uint32_t addr, uint32_t r0, uint32_t r1, uint32_t r2,
                                            uint32_t r3) {
  asm volatile("stmatrix.sync.aligned.m8n8.x4.shared.b16 [%0], {%1, %2, %3, %4};\n" ::"r"(addr),
               "r"(r0), "r"(r1), "r"(r2), "r"(r3)
               : "memory");
}

__device__ __forceinline__ void prefetch_tmap(const CUtensorMap *map) {
  asm volatile("prefetch.tensormap [%0];\n" ::"l"(reinterpret_cast<uint64_t>(map)) : "memory");
}

__device__ __forceinline__ void wgmma_fence() {
  asm volatile("wgmma.fence.sync.aligned;\n" ::: "memory");
}
__device__ __forceinline__ void wgmma_commit() {
  asm volatile("wgmma.commit_group.sync.aligned;\n" ::: "memory");
}
template <int N>
__device__ __forceinline__ void wgmma_wait() {
  asm volatile("wgmma.wait_group.sync.aligned %0;\n" ::"n"(N) : "memory");
}

// wgmma_wait<0> spelled differently, so that the compiler does not merge
// it with a wgmma_wait<0> on the other arm of a branch into one wait before
// the branch (attn_hopper.cu: the plain D 256 kernels' rescale).
__device__ __forceinline__ void wgmma_wait_alt0() {
  asm volatile("wgmma.wait_group.sync.aligned 0; // alt\n" ::: "memory");
}

// Keeps the compiler from moving accesses of accumulator registers across
// wgmma issue/wait points.
template <int N>
__device__ __forceinline__ void fence_regs(float (&r)[N]) {
#pragma unroll
  for (int i = 0; i < N; ++i) asm volatile("" : "+f"(r[i])::"memory");
}

template <int R>
__device__ __forceinline__ void setmaxnreg_inc() {
  asm volatile("setmaxnreg.inc.sync.aligned.u32 %0;\n" ::"n"(R));
}
template <int R>
__device__ __forceinline__ void setmaxnreg_dec() {
  asm volatile("setmaxnreg.dec.sync.aligned.u32 %0;\n" ::"n"(R));
}

// ex2.approx.ftz: the shared layer's exp2 (attn/arch.h), as every kernel uses.
__device__ __forceinline__ float ex2(float x) { return attn::fast_exp2(x); }

// wgmma shared-memory descriptor, 128-byte swizzle.
//   K-major  (A = Q, B = K): LBO unused (1), SBO = 1024 B (8 rows x 128 B).
//   MN-major (B = V):        LBO = byte distance between 64-element column
//                            panels, SBO = 1024 B (8 k-rows x 128 B).
__device__ __forceinline__ uint64_t make_desc(uint32_t saddr, uint32_t lbo_bytes) {
  uint64_t d = 0;
  d |= static_cast<uint64_t>((saddr & 0x3FFFF) >> 4);
  d |= static_cast<uint64_t>((lbo_bytes >> 4) & 0x3FFF) << 16;
  d |= static_cast<uint64_t>(1024 >> 4) << 32;
  d |= static_cast<uint64_t>(1) << 62;  // SWIZZLE_128B
  return d;
}

// Descriptor d with its start address advanced by `bytes` (a multiple of
// 16 within the same shared-memory tile). The start-address field holds
// address >> 4 in 14 bits and a CTA's shared addresses stay below 2^18
// (Cfg::SMEM <= 227 KiB), so the sum never carries out of the field: one
// 32-bit add per k-step instead of make_desc's masks and shifts, which
// ptxas hoisted in front of the GEMM's second wgmma (bench/RESULTS.md,
// "D 128 causal: the regression of run 6").
__device__ __forceinline__ uint64_t desc_advance(uint64_t d, uint32_t bytes) {
  return (d & 0xffffffff00000000ull) |
         static_cast<uint32_t>(static_cast<uint32_t>(d) + (bytes >> 4));
}

// MN-major B operand (V) in panels of PC columns (PC * 2-byte rows): PC 64
// is the 128-byte swizzle of make_desc; PC 32 and 16 are the 64- and
// 32-byte swizzles, for V/O tiles whose width is not a multiple of 64
// (Cfg::DV 80, 96 and 160). LBO = byte distance between column panels, SBO =
// 8 k-rows of one panel (8 * PC * 2 bytes).
template <int PC>
__device__ __forceinline__ uint64_t make_desc_mn(uint32_t saddr, uint32_t lbo_bytes) {
  static_assert(PC == 64 || PC == 32 || PC == 16, "V panel columns");
  if constexpr (PC == 64) {
    return make_desc(saddr, lbo_bytes);
  } else {
    uint64_t d = 0;
    d |= static_cast<uint64_t>((saddr & 0x3FFFF) >> 4);
    d |= static_cast<uint64_t>((lbo_bytes >> 4) & 0x3FFF) << 16;
    d |= static_cast<uint64_t>((8 * PC * 2) >> 4) << 32;
    d |= static_cast<uint64_t>(PC == 32 ? 2 : 3) << 62;  // SWIZZLE_64B : SWIZZLE_32B
    return d;
  }
}

template <bool BF16>
__device__ __forceinline__ uint32_t pack2(float a, float b) {
  if constexpr (BF16) {
    __nv_bfloat162 h = __floats2bfloat162_rn(a, b);
    return *reinterpret_cast<uint32_t *>(&h);
  } else {
    __half2 h = __floats2half2_rn(a, b);
    return *reinterpret_cast<uint32_t *>(&h);
  }
}

// wgmma wrappers by N (wgmma_ops.inc, generated by gen_wgmma.py): S = Q K^T
// with N = BN (64, 80, 96, 112, 128, 208), O += P V with N = the V/O tile width (64, 80,
// 96, 128, 160, 192, 256).
#define ATTN_HOPPER_WGMMA_N(OP, T, N) wgmma_##OP##_##T##_n##N
template <bool BF16, int N>
__device__ __forceinline__ void mma_ss(float (&d)[N / 2], uint64_t da, uint64_t db, int acc) {
  static_assert(N == 64 || N == 80 || N == 96 || N == 112 || N == 128 || N == 208, "N");
#define ATTN_HOPPER_SS(NN)                                                            \
  if constexpr (N == NN) {                                                           \
    if constexpr (BF16) ATTN_HOPPER_WGMMA_N(ss, bf16, NN)(d, da, db, acc);            \
    else ATTN_HOPPER_WGMMA_N(ss, f16, NN)(d, da, db, acc);                            \
  }
  ATTN_HOPPER_SS(64)
  ATTN_HOPPER_SS(80)
  ATTN_HOPPER_SS(96)
  ATTN_HOPPER_SS(112)
  ATTN_HOPPER_SS(128)
  // 208-key tiles (short Sk, heuristics.cuh short_keys_variant).
  ATTN_HOPPER_SS(208)
#undef ATTN_HOPPER_SS
}

template <bool BF16, int N>
__device__ __forceinline__ void mma_rs(float (&d)[N / 2], const uint32_t (&a)[4], uint64_t db,
                                       int acc) {
  static_assert(N == 64 || N == 80 || N == 96 || N == 128 || N == 160 || N == 192 || N == 256, "N");
#define ATTN_HOPPER_RS(NN)                                                            \
  if constexpr (N == NN) {                                                           \
    if constexpr (BF16) ATTN_HOPPER_WGMMA_N(rs, bf16, NN)(d, a, db, acc);             \
    else ATTN_HOPPER_WGMMA_N(rs, f16, NN)(d, a, db, acc);                             \
  }
  ATTN_HOPPER_RS(64)
  ATTN_HOPPER_RS(80)
  ATTN_HOPPER_RS(96)
  ATTN_HOPPER_RS(128)
  ATTN_HOPPER_RS(160)
  ATTN_HOPPER_RS(192)
  ATTN_HOPPER_RS(256)
#undef ATTN_HOPPER_RS
}
#undef ATTN_HOPPER_WGMMA_N

// Named barriers 1..NWG order the consumer warpgroups' wgmma issue
// (pingpong): warpgroup w waits on barrier 1+w, which the previous
// warpgroup (w-1 mod NWG) arrives on after issuing its own GEMMs.
__device__ __forceinline__ void named_sync(int id, int n) {
  asm volatile("bar.sync %0, %1;\n" ::"r"(id), "r"(n) : "memory");
}
__device__ __forceinline__ void named_arrive(int id, int n) {
  asm volatile("bar.arrive %0, %1;\n" ::"r"(id), "r"(n) : "memory");
}
// Whether c holds in every one of the n threads at named barrier id (they
// all wait for one another): bar.red.and.
__device__ __forceinline__ bool named_all(int id, int n, bool c) {
  uint32_t r;
  asm volatile(
      "{\n.reg .pred pc, pr;\nsetp.ne.u32 pc, %1, 0;\nbar.red.and.pred pr, %2, %3, pc;\n"
      "selp.u32 %0, 1, 0, pr;\n}\n"
      : "=r"(r)
      : "r"(static_cast<uint32_t>(c)), "r"(id), "r"(n)
      : "memory");
  return r != 0;
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_ARCH_CUH
