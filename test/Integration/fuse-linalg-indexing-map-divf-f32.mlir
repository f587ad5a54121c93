// Attention in linalg on tensors ([B*H, S, D] = [3, 12, 8]): Q K^T as one
// linalg.batch_matmul whose indexing_maps transpose K, the scale as a
// division by sqrt(D), and the softmax spelled out: max by a reducing
// linalg.generic (arith.maximumf), exp(x - max) by a linalg.generic, the sum
// by linalg.reduce, the normalization by arith.divf. f32.
//
// The unfused and the fused programs must print the same numbers, and the
// fused one must contain attn.flash_attention.
//
// RUN: attn-opt %s --attn-lower-to-llvm \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.unfused
// RUN: attn-opt %s --attn-fuse --attn-lower-to-llvm \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.fused
// RUN: FileCheck %s --input-file=%t.unfused
// RUN: %attncheck compare %t.fused %t.unfused --dtype f32 --min-count 288
// RUN: attn-opt %s --attn-fuse | FileCheck %s --check-prefix=FUSED

// CHECK: offset = 0 sizes = [3, 12, 8]

// FUSED-LABEL: func.func @attention(
// FUSED: attn.flash_attention
// FUSED-SAME: scale = 0.353553
// FUSED-NOT: math.exp
// FUSED: return

func.func @attention(%q: tensor<3x12x8xf32>, %k: tensor<3x12x8xf32>, %v: tensor<3x12x8xf32>) -> tensor<3x12x8xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %sqrtd = arith.constant 2.82842708 : f32
  %es = tensor.empty() : tensor<3x12x12xf32>
  %sz = linalg.fill ins(%zero : f32) outs(%es : tensor<3x12x12xf32>) -> tensor<3x12x12xf32>
  %s = linalg.batch_matmul
      indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>,
                       affine_map<(b, m, n, k) -> (b, n, k)>,
                       affine_map<(b, m, n, k) -> (b, m, n)>]
      ins(%q, %k : tensor<3x12x8xf32>, tensor<3x12x8xf32>) outs(%sz : tensor<3x12x12xf32>) -> tensor<3x12x12xf32>
  %ss = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>],
                        iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%s : tensor<3x12x12xf32>) outs(%es : tensor<3x12x12xf32>) {
  ^bb0(%x: f32, %out: f32):
    %y = arith.divf %x, %sqrtd : f32
    linalg.yield %y : f32
  } -> tensor<3x12x12xf32>
  %er = tensor.empty() : tensor<3x12xf32>
  %mi = linalg.fill ins(%ninf : f32) outs(%er : tensor<3x12xf32>) -> tensor<3x12xf32>
  %m = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%ss : tensor<3x12x12xf32>) outs(%mi : tensor<3x12xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %y = arith.maximumf %x, %acc : f32
    linalg.yield %y : f32
  } -> tensor<3x12xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>,
                                        affine_map<(b, i, j) -> (b, i, j)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%ss, %m : tensor<3x12x12xf32>, tensor<3x12xf32>) outs(%es : tensor<3x12x12xf32>) {
  ^bb0(%x: f32, %mx: f32, %out: f32):
    %d = arith.subf %x, %mx : f32
    %y = math.exp %d : f32
    linalg.yield %y : f32
  } -> tensor<3x12x12xf32>
  %li = linalg.fill ins(%zero : f32) outs(%er : tensor<3x12xf32>) -> tensor<3x12xf32>
  %l = linalg.reduce ins(%e : tensor<3x12x12xf32>) outs(%li : tensor<3x12xf32>) dimensions = [2]
    (%x: f32, %acc: f32) {
      %y = arith.addf %x, %acc : f32
      linalg.yield %y : f32
    }
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>,
                                        affine_map<(b, i, j) -> (b, i, j)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%e, %l : tensor<3x12x12xf32>, tensor<3x12xf32>) outs(%es : tensor<3x12x12xf32>) {
  ^bb0(%x: f32, %sum: f32, %out: f32):
    %y = arith.divf %x, %sum : f32
    linalg.yield %y : f32
  } -> tensor<3x12x12xf32>
  %eo = tensor.empty() : tensor<3x12x8xf32>
  %oz = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x12x8xf32>) -> tensor<3x12x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x12x12xf32>, tensor<3x12x8xf32>) outs(%oz : tensor<3x12x8xf32>) -> tensor<3x12x8xf32>
  return %o : tensor<3x12x8xf32>
}

func.func @main() {
  %e = tensor.empty() : tensor<3x12x8xf32>
  %d = tensor.cast %e : tensor<3x12x8xf32> to tensor<?x?x?xf32>
  %sq = arith.constant 17 : i32
  %qd = call @rand3(%d, %sq) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %qf = tensor.cast %qd : tensor<?x?x?xf32> to tensor<3x12x8xf32>
  %q = tensor.cast %qf : tensor<3x12x8xf32> to tensor<3x12x8xf32>
  %sk = arith.constant 1717 : i32
  %kd = call @rand3(%d, %sk) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %kf = tensor.cast %kd : tensor<?x?x?xf32> to tensor<3x12x8xf32>
  %k = tensor.cast %kf : tensor<3x12x8xf32> to tensor<3x12x8xf32>
  %sv = arith.constant 171717 : i32
  %vd = call @rand3(%d, %sv) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %vf = tensor.cast %vd : tensor<?x?x?xf32> to tensor<3x12x8xf32>
  %v = tensor.cast %vf : tensor<3x12x8xf32> to tensor<3x12x8xf32>
  %o = call @attention(%q, %k, %v) : (tensor<3x12x8xf32>, tensor<3x12x8xf32>, tensor<3x12x8xf32>) -> tensor<3x12x8xf32>
  %of = tensor.cast %o : tensor<3x12x8xf32> to tensor<3x12x8xf32>
  %u = tensor.cast %of : tensor<3x12x8xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func private @printMemrefF32(tensor<*xf32>)

// Deterministic pseudo-random values in [-1, 1], never 0: an integer hash
// of the linear index and the seed.
func.func @rand3(%t: tensor<?x?x?xf32>, %seed: i32) -> tensor<?x?x?xf32> {
  %c1 = arith.constant 1 : index
  %n1 = tensor.dim %t, %c1 : tensor<?x?x?xf32>
  %c2 = arith.constant 2 : index
  %n2 = tensor.dim %t, %c2 : tensor<?x?x?xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      outs(%t : tensor<?x?x?xf32>) {
  ^bb0(%out: f32):
    %l0 = linalg.index 0 : index
    %i1 = linalg.index 1 : index
    %m1 = arith.muli %l0, %n1 : index
    %l1 = arith.addi %m1, %i1 : index
    %i2 = linalg.index 2 : index
    %m2 = arith.muli %l1, %n2 : index
    %l2 = arith.addi %m2, %i2 : index
    %x0 = arith.index_cast %l2 : index to i32
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
  } -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}
