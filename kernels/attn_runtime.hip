//===- attn_runtime.hip - GPU runtime calls behind attn_kernels.h ------------===//
//
// The backend calls these instead of the CUDA/HIP runtime so that it needs no
// GPU headers. NVIDIA: the CUDA runtime. AMD: this build only produces code
// objects (no usable HIP runtime on the build machines), so every call
// reports ATTNK_E_NO_RUNTIME.
//===----------------------------------------------------------------------===//
#include "attn/hip_compat.h"
#include "attn_kernels.h"

#include <string.h>

extern "C" const char *attnk_error_string(int code) {
  switch (code) {
  case 0: return "success";
  case ATTNK_E_UNSUPPORTED: return "the kernel variant does not support this problem";
  case ATTNK_E_NO_RUNTIME:
    return "built for AMD GPUs as code objects only: no HIP runtime is linked in this build";
  case ATTNK_E_BAD_WORKSPACE: return "decode workspace missing or too small";
  }
#if ATTN_PLATFORM_NVIDIA
  if (code > 0) return cudaGetErrorString((cudaError_t)code);
#endif
  return "unknown error";
}

#if ATTN_PLATFORM_NVIDIA
extern "C" const char *attnk_platform(void) { return "cuda"; }
extern "C" int attnk_device_count(int *count) {
  *count = 0;
  return (int)cudaGetDeviceCount(count);
}
extern "C" int attnk_get_device(int *device) { return (int)cudaGetDevice(device); }
extern "C" int attnk_set_device(int device) { return (int)cudaSetDevice(device); }
extern "C" int attnk_device_name(int device, char *name, size_t name_size) {
  cudaDeviceProp prop;
  cudaError_t e = cudaGetDeviceProperties(&prop, device);
  if (e != cudaSuccess) return (int)e;
  if (name_size) {
    strncpy(name, prop.name, name_size - 1);
    name[name_size - 1] = 0;
  }
  return 0;
}
extern "C" int attnk_multiprocessor_count(int device, int *count) {
  return (int)cudaDeviceGetAttribute(count, cudaDevAttrMultiProcessorCount, device);
}
extern "C" int attnk_malloc_async(void **ptr, size_t bytes, void *stream) {
  return (int)cudaMallocAsync(ptr, bytes, (cudaStream_t)stream);
}
extern "C" int attnk_free_async(void *ptr, void *stream) {
  return (int)cudaFreeAsync(ptr, (cudaStream_t)stream);
}
extern "C" int attnk_memcpy_h2d_async(void *dst, const void *src, size_t bytes, void *stream) {
  return (int)cudaMemcpyAsync(dst, src, bytes, cudaMemcpyHostToDevice, (cudaStream_t)stream);
}
extern "C" int attnk_memcpy_d2h_async(void *dst, const void *src, size_t bytes, void *stream) {
  return (int)cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToHost, (cudaStream_t)stream);
}
extern "C" int attnk_stream_synchronize(void *stream) {
  return (int)cudaStreamSynchronize((cudaStream_t)stream);
}
extern "C" int attnk_get_last_error(void) { return (int)cudaGetLastError(); }
extern "C" int attnk_pointer_is_device(const void *ptr, int *is_device, int *device) {
  cudaPointerAttributes attr;
  cudaError_t e = cudaPointerGetAttributes(&attr, ptr);
  if (e != cudaSuccess) {
    cudaGetLastError();
    *is_device = 0;
    return (int)e;
  }
  *is_device = attr.type == cudaMemoryTypeDevice || attr.type == cudaMemoryTypeManaged;
  *device = attr.device;
  return 0;
}
#else
extern "C" const char *attnk_platform(void) { return "hip"; }
extern "C" int attnk_amd_is_wave64(void) { return 0; }
extern "C" int attnk_device_count(int *count) { *count = 0; return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_get_device(int *) { return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_set_device(int) { return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_device_name(int, char *, size_t) { return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_multiprocessor_count(int, int *) { return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_malloc_async(void **, size_t, void *) { return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_free_async(void *, void *) { return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_memcpy_h2d_async(void *, const void *, size_t, void *) { return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_memcpy_d2h_async(void *, const void *, size_t, void *) { return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_stream_synchronize(void *) { return ATTNK_E_NO_RUNTIME; }
extern "C" int attnk_get_last_error(void) { return 0; }
extern "C" int attnk_pointer_is_device(const void *, int *is_device, int *) {
  *is_device = 0;
  return ATTNK_E_NO_RUNTIME;
}
#endif
