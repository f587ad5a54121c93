// ATTNRT_BACKEND picks the runtime's backend: `reference` and `cpu` both run
// the lowered program and agree; an unknown name makes the call fail with a
// message that names it, and the program's status check stops it before it
// prints anything.
//
// RUN: attn-opt %s --attn-lower-to-llvm > %t.ll.mlir
// RUN: env ATTNRT_BACKEND=reference mlir-runner %t.ll.mlir -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.reference
// RUN: env ATTNRT_BACKEND=cpu mlir-runner %t.ll.mlir -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.cpu
// RUN: FileCheck %s --input-file=%t.reference
// RUN: FileCheck %s --input-file=%t.cpu
// RUN: %attncheck compare %t.cpu %t.reference --dtype f32 --min-count 768
// RUN: not --crash env ATTNRT_BACKEND=nonexistent mlir-runner %t.ll.mlir -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.bad.out 2> %t.bad.err
// RUN: FileCheck %s --check-prefix=BAD --input-file=%t.bad.err
// RUN: FileCheck %s --check-prefix=BADOUT --allow-empty --input-file=%t.bad.out

// CHECK: rank = 4 offset = 0 sizes = [1, 4, 24, 8]

// BAD: attnrt: {{.*}}flash_attention_f32_f32{{.*}}nonexistent
// BADOUT-NOT: data =

func.func @main() {
  %e = tensor.empty() : tensor<1x4x24x8xf32>
  %d = tensor.cast %e : tensor<1x4x24x8xf32> to tensor<?x?x?x?xf32>
  %s0 = arith.constant 9 : i32
  %s1 = arith.constant 99 : i32
  %s2 = arith.constant 999 : i32
  %q = call @rand4(%d, %s0) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %k = call @rand4(%d, %s1) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %v = call @rand4(%d, %s2) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %qs = tensor.cast %q : tensor<?x?x?x?xf32> to tensor<1x4x24x8xf32>
  %ks = tensor.cast %k : tensor<?x?x?x?xf32> to tensor<1x4x24x8xf32>
  %vs = tensor.cast %v : tensor<?x?x?x?xf32> to tensor<1x4x24x8xf32>
  %o = attn.flash_attention ins(%qs, %ks, %vs : tensor<1x4x24x8xf32>, tensor<1x4x24x8xf32>, tensor<1x4x24x8xf32>)
         outs(%e : tensor<1x4x24x8xf32>) {scale = 0.353553385 : f32, causal = #attn.causal<top_left>}
         -> tensor<1x4x24x8xf32>
  %u = tensor.cast %o : tensor<1x4x24x8xf32> to tensor<*xf32>
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
