// attn.flash_attention (lowered to a libattnrt call) against a hand-written
// unfused equivalent (linalg einsums + linalg.softmax), multi-head f32,
// Q/K/V read through [B, S, H, D] -> [B, H, S, D] transposes (strided views).
//
// RUN: attn-opt %s --attn-lower-to-llvm \
// RUN: | mlir-runner -e main_fused -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.fused
// RUN: attn-opt %s --attn-lower-to-llvm \
// RUN: | mlir-runner -e main_ref -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.ref
// RUN: %attncheck compare %t.fused %t.ref --dtype f32 --min-count 384
// RUN: FileCheck %s --input-file=%t.fused
// RUN: attn-opt %s --attn-lower-to-llvm | FileCheck %s --check-prefix=LLVM

// CHECK: rank = 4 offset = 0 sizes = [2, 3, 8, 8]
// LLVM: llvm.call @_mlir_ciface_attnrt_mlir_flash_attention_f32_f32
// LLVM-NOT: linalg.transpose

// Deterministic pseudo-random values in [-1, 1] (never 0): an integer hash of
// the linear index and the seed.
func.func @rand(%t: tensor<?x?x?x?xf32>, %seed: i32) -> tensor<?x?x?x?xf32> {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %d1 = tensor.dim %t, %c1 : tensor<?x?x?x?xf32>
  %d2 = tensor.dim %t, %c2 : tensor<?x?x?x?xf32>
  %d3 = tensor.dim %t, %c3 : tensor<?x?x?x?xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      outs(%t : tensor<?x?x?x?xf32>) {
  ^bb0(%out: f32):
    %i0 = linalg.index 0 : index
    %i1 = linalg.index 1 : index
    %i2 = linalg.index 2 : index
    %i3 = linalg.index 3 : index
    %l0 = arith.muli %i0, %d1 : index
    %l1 = arith.addi %l0, %i1 : index
    %l2 = arith.muli %l1, %d2 : index
    %l3 = arith.addi %l2, %i2 : index
    %l4 = arith.muli %l3, %d3 : index
    %l5 = arith.addi %l4, %i3 : index
    %x0 = arith.index_cast %l5 : index to i32
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
    %m = arith.constant 65535 : i32
    %x6 = arith.andi %x5, %m : i32
    %f = arith.uitofp %x6 : i32 to f32
    %inv = arith.constant 3.05180438e-05 : f32   // 1 / 32767.5
    %one = arith.constant 1.0 : f32
    %g = arith.mulf %f, %inv : f32
    %v = arith.subf %g, %one : f32
    linalg.yield %v : f32
  } -> tensor<?x?x?x?xf32>
  return %r : tensor<?x?x?x?xf32>
}

// Q, K, V in [B, S, H, D] = [2, 8, 3, 8], from three seeds.
func.func @inputs() -> (tensor<2x8x3x8xf32>, tensor<2x8x3x8xf32>, tensor<2x8x3x8xf32>) {
  %e = tensor.empty() : tensor<2x8x3x8xf32>
  %d = tensor.cast %e : tensor<2x8x3x8xf32> to tensor<?x?x?x?xf32>
  %s0 = arith.constant 11 : i32
  %s1 = arith.constant 2222 : i32
  %s2 = arith.constant 33333 : i32
  %q = call @rand(%d, %s0) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %k = call @rand(%d, %s1) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %v = call @rand(%d, %s2) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %qs = tensor.cast %q : tensor<?x?x?x?xf32> to tensor<2x8x3x8xf32>
  %ks = tensor.cast %k : tensor<?x?x?x?xf32> to tensor<2x8x3x8xf32>
  %vs = tensor.cast %v : tensor<?x?x?x?xf32> to tensor<2x8x3x8xf32>
  return %qs, %ks, %vs : tensor<2x8x3x8xf32>, tensor<2x8x3x8xf32>, tensor<2x8x3x8xf32>
}

func.func @to_bhsd(%x: tensor<2x8x3x8xf32>) -> tensor<2x3x8x8xf32> {
  %e = tensor.empty() : tensor<2x3x8x8xf32>
  %t = linalg.transpose ins(%x : tensor<2x8x3x8xf32>) outs(%e : tensor<2x3x8x8xf32>) permutation = [0, 2, 1, 3]
  return %t : tensor<2x3x8x8xf32>
}

func.func @main_fused() {
  %q0, %k0, %v0 = call @inputs() : () -> (tensor<2x8x3x8xf32>, tensor<2x8x3x8xf32>, tensor<2x8x3x8xf32>)
  %e = tensor.empty() : tensor<2x3x8x8xf32>
  %q = linalg.transpose ins(%q0 : tensor<2x8x3x8xf32>) outs(%e : tensor<2x3x8x8xf32>) permutation = [0, 2, 1, 3]
  %k = linalg.transpose ins(%k0 : tensor<2x8x3x8xf32>) outs(%e : tensor<2x3x8x8xf32>) permutation = [0, 2, 1, 3]
  %v = linalg.transpose ins(%v0 : tensor<2x8x3x8xf32>) outs(%e : tensor<2x3x8x8xf32>) permutation = [0, 2, 1, 3]
  %o = attn.flash_attention ins(%q, %k, %v : tensor<2x3x8x8xf32>, tensor<2x3x8x8xf32>, tensor<2x3x8x8xf32>)
         outs(%e : tensor<2x3x8x8xf32>) {scale = 0.353553385 : f32} -> tensor<2x3x8x8xf32>
  %u = tensor.cast %o : tensor<2x3x8x8xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main_ref() {
  %q0, %k0, %v0 = call @inputs() : () -> (tensor<2x8x3x8xf32>, tensor<2x8x3x8xf32>, tensor<2x8x3x8xf32>)
  %q = call @to_bhsd(%q0) : (tensor<2x8x3x8xf32>) -> tensor<2x3x8x8xf32>
  %k = call @to_bhsd(%k0) : (tensor<2x8x3x8xf32>) -> tensor<2x3x8x8xf32>
  %v = call @to_bhsd(%v0) : (tensor<2x8x3x8xf32>) -> tensor<2x3x8x8xf32>
  %zero = arith.constant 0.0 : f32
  %se = tensor.empty() : tensor<2x3x8x8xf32>
  %sz = linalg.fill ins(%zero : f32) outs(%se : tensor<2x3x8x8xf32>) -> tensor<2x3x8x8xf32>
  // S[b, h, i, j] = sum_d Q[b, h, i, d] * K[b, h, j, d]
  %s = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>,
                       affine_map<(b, h, i, j, d) -> (b, h, j, d)>,
                       affine_map<(b, h, i, j, d) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%q, %k : tensor<2x3x8x8xf32>, tensor<2x3x8x8xf32>) outs(%sz : tensor<2x3x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %p : f32
    linalg.yield %r : f32
  } -> tensor<2x3x8x8xf32>
  %scale = arith.constant 0.353553385 : f32
  %ss = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      outs(%s : tensor<2x3x8x8xf32>) {
  ^bb0(%x: f32):
    %y = arith.mulf %x, %scale : f32
    linalg.yield %y : f32
  } -> tensor<2x3x8x8xf32>
  %pe = tensor.empty() : tensor<2x3x8x8xf32>
  %p = linalg.softmax dimension(3) ins(%ss : tensor<2x3x8x8xf32>) outs(%pe : tensor<2x3x8x8xf32>) -> tensor<2x3x8x8xf32>
  // O[b, h, i, d] = sum_j P[b, h, i, j] * V[b, h, j, d]
  %o = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, d, j) -> (b, h, i, j)>,
                       affine_map<(b, h, i, d, j) -> (b, h, j, d)>,
                       affine_map<(b, h, i, d, j) -> (b, h, i, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%p, %v : tensor<2x3x8x8xf32>, tensor<2x3x8x8xf32>) outs(%sz : tensor<2x3x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x3x8x8xf32>
  %u = tensor.cast %o : tensor<2x3x8x8xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func private @printMemrefF32(tensor<*xf32>)
