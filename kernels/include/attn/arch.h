//===- arch.h - thin per-target layer for the attention kernels -*- C++ -*-===//
//
// Thread and block ids, barriers, warp (wave) shuffles, exp2, 16-bit float
// conversions and global->shared tile copies, for
//   ATTN_ARCH_NV_MMA   NVIDIA sm_80+ (mma.sync, ldmatrix, cp.async)
//   ATTN_ARCH_RDNA3    AMD gfx11 wave32 (WMMA)
//   ATTN_ARCH_CDNA3    AMD gfx90a/gfx94x wave64 (MFMA)
//   ATTN_ARCH_SCALAR   anything else (plain FMAs; also forced on NVIDIA with
//                      -DATTN_FORCE_SCALAR to test the fallback on a real GPU)
// ATTN_ARCH is the target of the current device pass; in the host pass it is
// ATTN_ARCH_HOST. Kernels are templated on a target config and compile to an
// empty body in device passes for other targets (see fa_core.h).
//
// 16-bit operands are carried as raw uint16_t bits everywhere; the element
// type is a tag (f16_t / bf16_t) used only for conversions and mma opcodes.
//===----------------------------------------------------------------------===//
#ifndef ATTN_ARCH_H
#define ATTN_ARCH_H

#include "attn/hip_compat.h"
#include "attnrt/attnrt_types.h"

#define ATTN_ARCH_HOST 0
#define ATTN_ARCH_NV_MMA 1
#define ATTN_ARCH_RDNA3 2
#define ATTN_ARCH_CDNA3 3
#define ATTN_ARCH_SCALAR 4

#if !ATTN_DEVICE_PASS
#define ATTN_ARCH ATTN_ARCH_HOST
#elif defined(ATTN_FORCE_SCALAR)
#define ATTN_ARCH ATTN_ARCH_SCALAR
#elif ATTN_PLATFORM_NVIDIA && __CUDA_ARCH__ >= 800
#define ATTN_ARCH ATTN_ARCH_NV_MMA
#elif ATTN_PLATFORM_AMD && defined(__GFX11__)
#define ATTN_ARCH ATTN_ARCH_RDNA3
#elif ATTN_PLATFORM_AMD && (defined(__gfx90a__) || defined(__gfx940__) ||                \
                            defined(__gfx941__) || defined(__gfx942__) || defined(__gfx950__))
#define ATTN_ARCH ATTN_ARCH_CDNA3
#else
#define ATTN_ARCH ATTN_ARCH_SCALAR
#endif

#define ATTN_DEV __device__ __forceinline__

namespace attn {

struct f16_t {};
struct bf16_t {};

// ---------------------------------------------------------------- ids, sync
#if ATTN_PLATFORM_NVIDIA
ATTN_DEV int tid_x() { return threadIdx.x; }
ATTN_DEV int bid_x() { return blockIdx.x; }
ATTN_DEV int bid_y() { return blockIdx.y; }
ATTN_DEV int bid_z() { return blockIdx.z; }
ATTN_DEV int grid_x() { return gridDim.x; }
ATTN_DEV void block_sync() { __syncthreads(); }
ATTN_DEV void warp_sync() { __syncwarp(); }
#else
ATTN_DEV int tid_x() { return __builtin_amdgcn_workitem_id_x(); }
ATTN_DEV int bid_x() { return __builtin_amdgcn_workgroup_id_x(); }
ATTN_DEV int bid_y() { return __builtin_amdgcn_workgroup_id_y(); }
ATTN_DEV int bid_z() { return __builtin_amdgcn_workgroup_id_z(); }
ATTN_DEV int grid_x() {
  // HSA dispatch packet: grid_size_x (work-items) at byte 12, workgroup_size_x at 4.
  const uint32_t *pkt = (const uint32_t *)__builtin_amdgcn_dispatch_ptr();
  const uint16_t *wg = (const uint16_t *)__builtin_amdgcn_dispatch_ptr();
  return (int)(pkt[3] / wg[2]);
}
ATTN_DEV void block_sync() {
  __builtin_amdgcn_fence(__ATOMIC_RELEASE, "workgroup");
  __builtin_amdgcn_s_barrier();
  __builtin_amdgcn_fence(__ATOMIC_ACQUIRE, "workgroup");
}
// LDS accesses of one wave complete in order once waited for; the fence makes
// the compiler emit the wait and keeps it from reordering across.
ATTN_DEV void warp_sync() {
  __builtin_amdgcn_fence(__ATOMIC_SEQ_CST, "wavefront");
  __builtin_amdgcn_wave_barrier();
}
#endif

// ---------------------------------------------------------------- shuffles
#if ATTN_PLATFORM_NVIDIA
ATTN_DEV float shfl_xor(float v, int mask) { return __shfl_xor_sync(0xffffffffu, v, mask); }
#else
ATTN_DEV int lane_id() {
  return __builtin_amdgcn_mbcnt_hi(~0u, __builtin_amdgcn_mbcnt_lo(~0u, 0u));
}
ATTN_DEV float shfl_xor(float v, int mask) {
  int src = (lane_id() ^ mask) << 2;
  return __builtin_bit_cast(float, __builtin_amdgcn_ds_bpermute(src, __builtin_bit_cast(int, v)));
}
#endif

// ---------------------------------------------------------------- math
ATTN_DEV float fast_exp2(float x) {
#if ATTN_PLATFORM_NVIDIA
  float y;
  asm("ex2.approx.ftz.f32 %0, %1;" : "=f"(y) : "f"(x)); // ex2(-inf) = +0
  return y;
#else
  return __builtin_amdgcn_exp2f(x);
#endif
}
ATTN_DEV float fast_log2(float x) {
#if ATTN_PLATFORM_NVIDIA
  float y;
  asm("lg2.approx.ftz.f32 %0, %1;" : "=f"(y) : "f"(x));
  return y;
#else
  return __builtin_amdgcn_logf(x);
#endif
}
ATTN_DEV float fmax_(float a, float b) { return __builtin_fmaxf(a, b); }
ATTN_DEV float fma_(float a, float b, float c) {
#if ATTN_PLATFORM_NVIDIA
  return fmaf(a, b, c);
#else
  return __builtin_fmaf(a, b, c);
#endif
}
ATTN_DEV float neg_inf() { return -__builtin_huge_valf(); }
ATTN_DEV int imin(int a, int b) { return a < b ? a : b; }
// Keeps the AMD scheduler from hoisting every LDS load of an unrolled loop
// ahead of the matrix ops (which needs more than 256 VGPRs and spills).
ATTN_DEV void sched_fence() {
#if ATTN_PLATFORM_AMD && ATTN_DEVICE_PASS
  __builtin_amdgcn_sched_barrier(0);
#endif
}
ATTN_DEV int imax(int a, int b) { return a > b ? a : b; }

// ---------------------------------------------------------------- 16-bit floats
template <class T> struct Cvt;
template <> struct Cvt<f16_t> {
  static ATTN_DEV float to_f32(uint16_t h) {
#if ATTN_PLATFORM_NVIDIA
    return __half2float(__ushort_as_half(h));
#else
    return (float)__builtin_bit_cast(_Float16, h);
#endif
  }
  static ATTN_DEV uint16_t from_f32(float f) {
#if ATTN_PLATFORM_NVIDIA
    return __half_as_ushort(__float2half_rn(f));
#else
    return __builtin_bit_cast(uint16_t, (_Float16)f);
#endif
  }
  // lo -> bits 0..15, hi -> bits 16..31 (the order mma fragments use).
  static ATTN_DEV uint32_t pack2(float lo, float hi) {
#if ATTN_PLATFORM_NVIDIA
    uint32_t r;
    asm("cvt.rn.f16x2.f32 %0, %1, %2;" : "=r"(r) : "f"(hi), "f"(lo));
    return r;
#else
    return (uint32_t)from_f32(lo) | ((uint32_t)from_f32(hi) << 16);
#endif
  }
};
template <> struct Cvt<bf16_t> {
  static ATTN_DEV float to_f32(uint16_t h) { return __builtin_bit_cast(float, (uint32_t)h << 16); }
  static ATTN_DEV uint16_t from_f32(float f) {
#if ATTN_PLATFORM_NVIDIA && (!ATTN_DEVICE_PASS || __CUDA_ARCH__ >= 800)
    return __bfloat16_as_ushort(__float2bfloat16_rn(f));
#elif ATTN_PLATFORM_AMD
    return __builtin_bit_cast(uint16_t, (__bf16)f);
#else
    uint32_t u = __builtin_bit_cast(uint32_t, f);
    if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40); // NaN
    u += 0x7fffu + ((u >> 16) & 1u);                                        // RNE
    return (uint16_t)(u >> 16);
#endif
  }
  static ATTN_DEV uint32_t pack2(float lo, float hi) {
#if ATTN_ARCH == ATTN_ARCH_NV_MMA
    uint32_t r;
    asm("cvt.rn.bf16x2.f32 %0, %1, %2;" : "=r"(r) : "f"(hi), "f"(lo));
    return r;
#else
    return (uint32_t)from_f32(lo) | ((uint32_t)from_f32(hi) << 16);
#endif
  }
};

// The size in bytes of an element of an output/mask dtype (attnrt_dtype:
// F32 4, F16 and BF16 2, BOOL 1).
__host__ __device__ constexpr int dtype_bytes(int dtype) {
  return dtype == ATTNRT_DTYPE_F32 ? 4 : dtype == ATTNRT_DTYPE_BOOL ? 1 : 2;
}
// Loads one element of an output/mask dtype (attnrt_dtype) as f32.
ATTN_DEV float load_as_f32(const void *p, int64_t idx, int dtype) {
  switch (dtype) {
  case ATTNRT_DTYPE_F32: return ((const float *)p)[idx];
  case ATTNRT_DTYPE_F16: return Cvt<f16_t>::to_f32(((const uint16_t *)p)[idx]);
  case ATTNRT_DTYPE_BF16: return Cvt<bf16_t>::to_f32(((const uint16_t *)p)[idx]);
  default: return ((const uint8_t *)p)[idx] ? 0.0f : neg_inf(); // ATTNRT_DTYPE_BOOL
  }
}
// Stores v as an output dtype (attnrt_dtype: F32, F16 or BF16).
ATTN_DEV void store_from_f32(void *p, int64_t idx, int dtype, float v) {
  switch (dtype) {
  case ATTNRT_DTYPE_F32: ((float *)p)[idx] = v; break;
  case ATTNRT_DTYPE_F16: ((uint16_t *)p)[idx] = Cvt<f16_t>::from_f32(v); break;
  default: ((uint16_t *)p)[idx] = Cvt<bf16_t>::from_f32(v); break; // ATTNRT_DTYPE_BF16
  }
}

// ---------------------------------------------------------------- tile copies
// 16-byte global -> shared copy of 8 x 16-bit elements; `valid` false stores
// zeros. NVIDIA: cp.async (asynchronous, waited for by async_wait); AMD and
// the scalar target: a synchronous vector load + store.
struct alignas(16) u32x4 { uint32_t x, y, z, w; };
struct alignas(8) f32x2 { float x, y; };

ATTN_DEV void copy16_async(void *smem, const void *gmem, bool valid) {
#if ATTN_ARCH == ATTN_ARCH_NV_MMA
  uint32_t s = (uint32_t)__cvta_generic_to_shared(smem);
  int n = valid ? 16 : 0;
  asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;\n" ::"r"(s), "l"(gmem), "r"(n));
#else
  uint32_t x = 0, y = 0, z = 0, w = 0;
  if (valid) {
    const u32x4 t = *(const u32x4 *)gmem;
    x = t.x; y = t.y; z = t.z; w = t.w;
  }
  u32x4 *d = (u32x4 *)smem;
  d->x = x; d->y = y; d->z = z; d->w = w;
#endif
}
ATTN_DEV void async_commit() {
#if ATTN_ARCH == ATTN_ARCH_NV_MMA
  asm volatile("cp.async.commit_group;\n" ::);
#endif
}
template <int N> ATTN_DEV void async_wait() {
#if ATTN_ARCH == ATTN_ARCH_NV_MMA
  asm volatile("cp.async.wait_group %0;\n" ::"n"(N));
#endif
}

// ---------------------------------------------- programmatic dependent launch
// A kernel launched with programmatic stream serialization (sm_90+) may start
// before the stream's previous kernel has finished: grid_dependency_wait()
// blocks until that kernel has completed and its memory is visible, so it must
// precede every global access. grid_dependency_launch() lets the stream's next
// kernel (if launched that way) be scheduled before this one ends. Both are
// no-ops elsewhere, and on a kernel launched the ordinary way.
ATTN_DEV void grid_dependency_wait() {
#if ATTN_PLATFORM_NVIDIA && defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 900
  asm volatile("griddepcontrol.wait;\n" ::: "memory");
#endif
}
ATTN_DEV void grid_dependency_launch() {
#if ATTN_PLATFORM_NVIDIA && defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 900
  asm volatile("griddepcontrol.launch_dependents;\n" ::: "memory");
#endif
}

} // namespace attn

#endif // ATTN_ARCH_H
