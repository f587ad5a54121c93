//===- KernelsPortable.cpp - f32 micro-kernels for any target -------------===//
//
// GenericKernels.inc at the target's baseline ISA (8-wide GNU vectors: two
// SSE2 operations each on x86-64, NEON on aarch64, scalar elsewhere).
//
//===----------------------------------------------------------------------===//

#include "CpuKernels.h"

namespace attnrt {
namespace cpu {
namespace {
#define ATTNRT_KERNEL_WIDTH 8
#define ATTNRT_KERNEL_ROWS 2
#include "GenericKernels.inc"

const MicroKernels kPortable = ATTNRT_F32_KERNELS("portable");
} // namespace

const MicroKernels *getPortableKernels() { return &kPortable; }

} // namespace cpu
} // namespace attnrt
