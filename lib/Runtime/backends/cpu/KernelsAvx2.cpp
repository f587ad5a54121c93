//===- KernelsAvx2.cpp - f32 micro-kernels for AVX2 + FMA -----------------===//
//
// GenericKernels.inc compiled with -mavx2 -mfma (x86-64 only; see
// lib/Runtime/CMakeLists.txt). Only called when the CPU has AVX2 and FMA.
//
//===----------------------------------------------------------------------===//

#include "CpuKernels.h"

namespace attnrt {
namespace cpu {

#if defined(__x86_64__) && defined(__AVX2__) && defined(__FMA__)
namespace {
#define ATTNRT_KERNEL_WIDTH 8
#define ATTNRT_KERNEL_ROWS 2
#include "GenericKernels.inc"

const MicroKernels kAvx2 = ATTNRT_F32_KERNELS("avx2");
} // namespace

const MicroKernels *getAvx2Kernels() { return &kAvx2; }
#else
const MicroKernels *getAvx2Kernels() { return nullptr; }
#endif

} // namespace cpu
} // namespace attnrt
