//===- HopperTestSupport.h - helpers of the sm_90a device-code tests -----===//
//
// Shared by the tests compiled as attn_hopper_obj is (AttnDeadMapTests):
// whether an sm_90 device is present, and 16-bit values to and from f32 by
// attnrt dtype (1 f16, 2 bf16, as KParams::mask_dtype).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_UNITTESTS_GPU_HOPPERTESTSUPPORT_H
#define ATTN_UNITTESTS_GPU_HOPPERTESTSUPPORT_H

#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>
#include <cstring>

namespace attn_hopper_test {

inline bool haveSm90() {
  int n = 0, major = 0;
  if (cudaGetDeviceCount(&n) != cudaSuccess || n == 0) return false;
  cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, 0);
  return major == 9;
}

inline uint16_t f32ToBits(float f, int dt) {
  if (dt == 1) return __half_as_ushort(__float2half_rn(f));
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return static_cast<uint16_t>((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);  // round to nearest even
}

inline float bitsToF32(uint32_t x, int dt) {
  if (dt == 1) return __half2float(__ushort_as_half(static_cast<unsigned short>(x)));
  const uint32_t u = x << 16;
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

}  // namespace attn_hopper_test

#endif  // ATTN_UNITTESTS_GPU_HOPPERTESTSUPPORT_H
