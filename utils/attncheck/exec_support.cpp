//===- exec_support.cpp - printMemrefF32 for attncheck's -O0 programs -----===//
//
// The function the programs of utils/attncheck's Toolchain print with, for
// the ones it compiles at -O0 and links (Toolchain.run): printMemrefF32,
// from MLIR's own RunnerUtils.h templates, as libmlir_runner_utils.so
// defines it (RunnerUtils.cpp), so the same printed text. The library also
// holds tools/attn-compile/attn_aot_support.c (memrefCopy, rtclock). Why
// not MLIR's runner libraries: Debian's need libLLVM.so and libMLIR.so,
// whose loading is ~30 ms of CPU per program start, most of a program's run
// on the frontend corpus. The programs still link those libraries after
// this one, as needed: anything else they call comes from there.
//
//===----------------------------------------------------------------------===//
#include "mlir/ExecutionEngine/RunnerUtils.h"

extern "C" void _mlir_ciface_printMemrefF32(UnrankedMemRefType<float> *m) {
  impl::printMemRef(*m);
}

extern "C" void printMemrefF32(int64_t rank, void *ptr) {
  UnrankedMemRefType<float> descriptor = {rank, ptr};
  _mlir_ciface_printMemrefF32(&descriptor);
}
