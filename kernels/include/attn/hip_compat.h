//===- hip_compat.h - one HIP source for nvcc and clang-hip -----*- C++ -*-===//
//
// The kernels are HIP C++. This header makes the same source compile
//  - with nvcc (-x cu): the few HIP runtime names used are mapped onto the
//    CUDA runtime (Debian's HIP 5.2 nvidia_detail headers do not build with
//    CUDA 13, so the project carries this mapping instead);
//  - with clang -x hip -nogpulib -nogpuinc for gfx1100 / gfx942: no HIP or
//    ROCm headers at all (the ROCm 5.2 device libraries here have no bitcode
//    for those targets). Device code uses clang builtins only; this header
//    supplies the attribute macros, dim3 and the declarations a kernel launch
//    (<<<...>>>) lowers to.
//
// ATTN_PLATFORM_NVIDIA / ATTN_PLATFORM_AMD say which one is compiling;
// ATTN_DEVICE_PASS is 1 while device code is being generated.
//===----------------------------------------------------------------------===//
#ifndef ATTN_HIP_COMPAT_H
#define ATTN_HIP_COMPAT_H

#include <stddef.h>
#include <stdint.h>

#if defined(__HIP__)
#define ATTN_PLATFORM_AMD 1
#define ATTN_PLATFORM_NVIDIA 0
#elif defined(__CUDACC__)
#define ATTN_PLATFORM_AMD 0
#define ATTN_PLATFORM_NVIDIA 1
#else
#error "attn kernels must be compiled as CUDA (nvcc -x cu) or HIP (clang -x hip)"
#endif

#if ATTN_PLATFORM_NVIDIA
#include <cuda_runtime.h>
#include <cuda_fp16.h>
#include <cuda_bf16.h>

#if defined(__CUDA_ARCH__)
#define ATTN_DEVICE_PASS 1
#else
#define ATTN_DEVICE_PASS 0
#endif

typedef cudaStream_t hipStream_t;
typedef cudaError_t hipError_t;
#define hipSuccess cudaSuccess
#define hipGetLastError cudaGetLastError
#define hipGetErrorString cudaGetErrorString
#define hipFuncSetAttribute cudaFuncSetAttribute
#define hipFuncAttributeMaxDynamicSharedMemorySize                            \
  cudaFuncAttributeMaxDynamicSharedMemorySize
#define hipGetDeviceCount cudaGetDeviceCount
#define hipGetDevice cudaGetDevice
#define hipSetDevice cudaSetDevice
#define hipDeviceGetAttribute cudaDeviceGetAttribute
#define hipDeviceAttributeMultiprocessorCount cudaDevAttrMultiProcessorCount
#define hipDeviceAttributeMaxSharedMemoryPerBlockOptin                        \
  cudaDevAttrMaxSharedMemoryPerBlockOptin
#define hipMallocAsync cudaMallocAsync
#define hipFreeAsync cudaFreeAsync
#define hipMemcpyAsync cudaMemcpyAsync
#define hipMemcpyHostToDevice cudaMemcpyHostToDevice
#define hipMemcpyDeviceToHost cudaMemcpyDeviceToHost
#define hipStreamSynchronize cudaStreamSynchronize
#define hipPointerAttribute_t cudaPointerAttributes
#define hipPointerGetAttributes cudaPointerGetAttributes
#define hipMemoryTypeDevice cudaMemoryTypeDevice
#define hipMemoryTypeManaged cudaMemoryTypeManaged
#define hipDeviceProp_t cudaDeviceProp
#define hipGetDeviceProperties cudaGetDeviceProperties

#else // ATTN_PLATFORM_AMD

#if defined(__HIP_DEVICE_COMPILE__)
#define ATTN_DEVICE_PASS 1
#else
#define ATTN_DEVICE_PASS 0
#endif

#ifndef __global__
#define __global__ __attribute__((global))
#define __device__ __attribute__((device))
#define __host__ __attribute__((host))
#define __shared__ __attribute__((shared))
#define __constant__ __attribute__((constant))
#define __launch_bounds__(...) __attribute__((amdgpu_flat_work_group_size(1, __VA_ARGS__)))
#endif
#define __forceinline__ inline __attribute__((always_inline))

struct dim3 {
  uint32_t x, y, z;
  constexpr __host__ __device__ dim3(uint32_t x_ = 1, uint32_t y_ = 1, uint32_t z_ = 1)
      : x(x_), y(y_), z(z_) {}
};
typedef struct ihipStream_t *hipStream_t;
typedef int hipError_t;
#define hipSuccess 0

// What clang's HIP kernel-launch lowering calls (provided by libamdhip64).
extern "C" hipError_t __hipPushCallConfiguration(dim3 grid, dim3 block, size_t shmem,
                                                 hipStream_t stream);
extern "C" hipError_t __hipPopCallConfiguration(dim3 *grid, dim3 *block, size_t *shmem,
                                                hipStream_t *stream);
extern "C" hipError_t hipLaunchKernel(const void *func, dim3 grid, dim3 block, void **args,
                                      size_t shmem, hipStream_t stream);
extern "C" hipError_t hipGetLastError(void);
extern "C" const char *hipGetErrorString(hipError_t);
#endif

#endif // ATTN_HIP_COMPAT_H
