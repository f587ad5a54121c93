// tools/attn-compile/attn-compile: ahead-of-time compile a module into a shared library
// with a C entry point, link a C program against it, run it, and compare
// with the same module run by mlir-runner. The library needs libattnrt and
// libc/libm only (no libMLIR, no libmlir_c_runner_utils).
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %attn_src_root/tools/attn-compile/attn-compile --build %attn_lib_dir/.. --export attention \
// RUN:   --rpath %attn_lib_dir %s -o %t/libattention.so
// RUN: llvm-readelf --dynamic %t/libattention.so | FileCheck %s --check-prefix=NEEDED
// RUN: llvm-nm -D --defined-only %t/libattention.so | FileCheck %s --check-prefix=EXPORTS
// RUN: clang-22 -O2 %S/Inputs/aot_driver.c -o %t/driver -L%t -lattention \
// RUN:   -Wl,-rpath,%t
// RUN: %t/driver > %t/aot.out
// RUN: attn-opt %s --attn-lower-to-llvm \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t/jit.out
// RUN: FileCheck %s --input-file=%t/aot.out
// RUN: %attncheck compare %t/aot.out %t/jit.out --dtype f32 --min-count 2048
// The object form links the same way (ld -r with the support code inside).
// RUN: %attn_src_root/tools/attn-compile/attn-compile --build %attn_lib_dir/.. --export attention \
// RUN:   %s -o %t/attention.o
// RUN: clang-22 -O2 %S/Inputs/aot_driver.c %t/attention.o -o %t/driver-obj \
// RUN:   -L%attn_lib_dir -lattnrt -lm -Wl,-rpath,%attn_lib_dir
// RUN: %t/driver-obj > %t/aot-obj.out
// RUN: %attncheck compare %t/aot-obj.out %t/jit.out --dtype f32 --min-count 2048

// NEEDED: (NEEDED) Shared library: [libattnrt.so]
// NEEDED-NOT: libMLIR
// NEEDED-NOT: mlir_c_runner_utils
// EXPORTS: T _mlir_ciface_attention
// EXPORTS-NOT: main
// CHECK: sizes = [1, 16, 128]

// [B, S, H, D] inputs, causal attention per head, heads merged: the
// transposes are views, the result a fresh buffer the caller frees.
func.func @attention(%q: tensor<1x16x4x32xf32>, %k: tensor<1x16x4x32xf32>,
                     %v: tensor<1x16x4x32xf32>) -> tensor<1x16x128xf32> {
  %e = tensor.empty() : tensor<1x4x16x32xf32>
  %qh = linalg.transpose ins(%q : tensor<1x16x4x32xf32>) outs(%e : tensor<1x4x16x32xf32>) permutation = [0, 2, 1, 3]
  %kh = linalg.transpose ins(%k : tensor<1x16x4x32xf32>) outs(%e : tensor<1x4x16x32xf32>) permutation = [0, 2, 1, 3]
  %vh = linalg.transpose ins(%v : tensor<1x16x4x32xf32>) outs(%e : tensor<1x4x16x32xf32>) permutation = [0, 2, 1, 3]
  %o = attn.flash_attention ins(%qh, %kh, %vh : tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>)
         outs(%e : tensor<1x4x16x32xf32>) {scale = 0.176776692 : f32, causal = #attn.causal<top_left>}
         -> tensor<1x4x16x32xf32>
  %e2 = tensor.empty() : tensor<1x16x4x32xf32>
  %ot = linalg.transpose ins(%o : tensor<1x4x16x32xf32>) outs(%e2 : tensor<1x16x4x32xf32>) permutation = [0, 2, 1, 3]
  %m = tensor.collapse_shape %ot [[0], [1], [2, 3]] : tensor<1x16x4x32xf32> into tensor<1x16x128xf32>
  return %m : tensor<1x16x128xf32>
}

func.func @main() {
  %e = tensor.empty() : tensor<1x16x4x32xf32>
  %d = tensor.cast %e : tensor<1x16x4x32xf32> to tensor<?x?x?x?xf32>
  %s0 = arith.constant 21 : i32
  %s1 = arith.constant 2121 : i32
  %s2 = arith.constant 212121 : i32
  %q = call @rand4(%d, %s0) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %k = call @rand4(%d, %s1) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %v = call @rand4(%d, %s2) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %qs = tensor.cast %q : tensor<?x?x?x?xf32> to tensor<1x16x4x32xf32>
  %ks = tensor.cast %k : tensor<?x?x?x?xf32> to tensor<1x16x4x32xf32>
  %vs = tensor.cast %v : tensor<?x?x?x?xf32> to tensor<1x16x4x32xf32>
  %o = call @attention(%qs, %ks, %vs) : (tensor<1x16x4x32xf32>, tensor<1x16x4x32xf32>, tensor<1x16x4x32xf32>) -> tensor<1x16x128xf32>
  %u = tensor.cast %o : tensor<1x16x128xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func private @printMemrefF32(tensor<*xf32>)

// Deterministic pseudo-random values in [-1, 1], never 0: an integer hash
// of the linear index and the seed.
func.func @rand4(%t: tensor<?x?x?x?xf32>, %seed: i32) -> tensor<?x?x?x?xf32> {
  %c1 = arith.constant 1 : index
  %n1 = tensor.dim %t, %c1 : tensor<?x?x?x?xf32>
  %c2 = arith.constant 2 : index
  %n2 = tensor.dim %t, %c2 : tensor<?x?x?x?xf32>
  %c3 = arith.constant 3 : index
  %n3 = tensor.dim %t, %c3 : tensor<?x?x?x?xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      outs(%t : tensor<?x?x?x?xf32>) {
  ^bb0(%out: f32):
    %l0 = linalg.index 0 : index
    %i1 = linalg.index 1 : index
    %m1 = arith.muli %l0, %n1 : index
    %l1 = arith.addi %m1, %i1 : index
    %i2 = linalg.index 2 : index
    %m2 = arith.muli %l1, %n2 : index
    %l2 = arith.addi %m2, %i2 : index
    %i3 = linalg.index 3 : index
    %m3 = arith.muli %l2, %n3 : index
    %l3 = arith.addi %m3, %i3 : index
    %x0 = arith.index_cast %l3 : index to i32
    %x1 = arith.addi %x0, %seed : i32
    %k1 = arith.constant -1640531535 : i32
    %x2 = arith.muli %x1, %k1 : i32
    %c15 = arith.constant 15 : i32
    %s1 = arith.shrui %x2, %c15 : i32
    %x3 = arith.xori %x2, %s1 : i32
    %k2 = arith.constant -2048144789 : i32
    %x4 = arith.muli %x3, %k2 : i32
    %c13 = arith.constant 13 : i32
    %s2 = arith.shrui %x4, %c13 : i32
    %x5 = arith.xori %x4, %s2 : i32
    %mask = arith.constant 65535 : i32
    %x6 = arith.andi %x5, %mask : i32
    %f = arith.uitofp %x6 : i32 to f32
    %inv = arith.constant 3.05180438e-05 : f32 // 1 / 32767.5
    %one = arith.constant 1.0 : f32
    %g = arith.mulf %f, %inv : f32
    %v = arith.subf %g, %one : f32
    linalg.yield %v : f32
  } -> tensor<?x?x?x?xf32>
  return %r : tensor<?x?x?x?xf32>
}
