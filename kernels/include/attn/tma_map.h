//===- tma_map.h - TMA tensor maps of attention operands (NVIDIA host) -----===//
//
// The host side shared by the TMA kernels (kernels/hopper, the decode TMA
// ring): the driver's cuTensorMapEncodeTiled, reached through the runtime so
// that libattnrt does not link libcuda, and the one map both use for Q, K
// and V: 4-D over (D, S, H, B) of 16-bit elements with boxes of 64 columns x
// `rows` rows and the 128-byte swizzle. Columns past D and rows past S read
// as zeros.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_TMA_MAP_H
#define ATTN_TMA_MAP_H

#include <cuda.h>
#include <cudaTypedefs.h>
#include <cuda_runtime.h>

#include <cstdint>
#include <mutex>

namespace attn {
namespace tma {

using EncodeFn = PFN_cuTensorMapEncodeTiled_v12000;

// The driver's encoder, or null where the driver has none (checked once).
inline EncodeFn encode_fn() {
  static EncodeFn fn = nullptr;
  static std::once_flag once;
  std::call_once(once, [] {
    void *f = nullptr;
    cudaDriverEntryPointQueryResult q;
    if (cudaGetDriverEntryPointByVersion("cuTensorMapEncodeTiled", &f, 12000, cudaEnableDefault,
                                         &q) == cudaSuccess &&
        q == cudaDriverEntryPointSuccess)
      fn = reinterpret_cast<EncodeFn>(f);
    cudaGetLastError(); // a failed query must not surface in a later call
  });
  return fn;
}

// The (D, S, H, B) map of a BHSD-strided operand; `st` are its element
// strides {batch, head, seq}. False where the driver has no encoder or
// rejects the map (e.g. strides that are not multiples of 16 bytes).
// `promo`: the L2 promotion of the copy engine's reads. `cols`: the box's
// columns, 64 (128-byte swizzle), 32 (64-byte) or 16 (32-byte): the
// Hopper kernel's V tiles of 80, 96 and 160 columns (kernels/hopper, Cfg::VPC).
// `heads`: the box's heads (the Hopper kernel's tiles of several heads,
// Cfg::HPT), each `rows` rows, one after the other in shared memory.
inline bool make_bshd_map(CUtensorMap *m, const void *ptr, bool bf16, int64_t D, int64_t S,
                          int64_t H, int64_t B, const int64_t st[3], int rows,
                          CUtensorMapL2promotion promo = CU_TENSOR_MAP_L2_PROMOTION_L2_256B,
                          int cols = 64, int heads = 1) {
  EncodeFn enc = encode_fn();
  if (!enc) return false;
  // Strides of size-1 dims are never used; give them a legal value.
  const int64_t ss = S > 1 ? st[2] : D;
  const int64_t sh = H > 1 ? st[1] : ss * S;
  const int64_t sb = B > 1 ? st[0] : sh * H;
  cuuint64_t dims[4] = {(cuuint64_t)D, (cuuint64_t)S, (cuuint64_t)H, (cuuint64_t)B};
  cuuint64_t strides[3] = {(cuuint64_t)(ss * 2), (cuuint64_t)(sh * 2), (cuuint64_t)(sb * 2)};
  if (cols != 64 && cols != 32 && cols != 16) return false;
  cuuint32_t box[4] = {(cuuint32_t)cols, (cuuint32_t)rows, (cuuint32_t)heads, 1};
  cuuint32_t estr[4] = {1, 1, 1, 1};
  return enc(m, bf16 ? CU_TENSOR_MAP_DATA_TYPE_BFLOAT16 : CU_TENSOR_MAP_DATA_TYPE_FLOAT16, 4,
             const_cast<void *>(ptr), dims, strides, box, estr, CU_TENSOR_MAP_INTERLEAVE_NONE,
             cols == 64   ? CU_TENSOR_MAP_SWIZZLE_128B
             : cols == 32 ? CU_TENSOR_MAP_SWIZZLE_64B
                          : CU_TENSOR_MAP_SWIZZLE_32B,
             promo,
             CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE) == CUDA_SUCCESS;
}

} // namespace tma
} // namespace attn

#endif // ATTN_TMA_MAP_H
