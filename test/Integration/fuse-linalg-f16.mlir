// Mixed-precision attention in linalg on tensors, as torch-mlir emits an f16
// model with an f32 softmax: f16 Q/K/V [B*H, S, D] = [4, 16, 8],
// linalg.batch_matmul of f16 operands into an f32 accumulator (K transposed
// by its indexing map), scale by mulf, linalg.softmax in f32, arith.truncf
// of the probabilities to f16, P V accumulated in f32, the output truncated
// to f16. Tolerance 1e-2: the unfused program rounds P to f16 (unit
// roundoff 4.9e-4) where the fused op keeps it in f32; both round O to f16.
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
// RUN: %attncheck compare %t.fused %t.unfused --dtype f16 --min-count 512
// RUN: attn-opt %s --attn-fuse | FileCheck %s --check-prefix=FUSED

// CHECK: offset = 0 sizes = [4, 16, 8]

// FUSED-LABEL: func.func @attention(
// FUSED: attn.flash_attention
// FUSED-SAME: tensor<1x4x16x8xf16>, tensor<1x4x16x8xf16>, tensor<1x4x16x8xf16>
// FUSED-NOT: linalg.softmax
// FUSED: return

func.func @attention(%q: tensor<4x16x8xf16>, %k: tensor<4x16x8xf16>, %v: tensor<4x16x8xf16>) -> tensor<4x16x8xf16> {
  %zero = arith.constant 0.0 : f32
  %scale = arith.constant 0.353553385 : f32
  %es = tensor.empty() : tensor<4x16x16xf32>
  %sz = linalg.fill ins(%zero : f32) outs(%es : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %s = linalg.batch_matmul
      indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>,
                       affine_map<(b, m, n, k) -> (b, n, k)>,
                       affine_map<(b, m, n, k) -> (b, m, n)>]
      ins(%q, %k : tensor<4x16x8xf16>, tensor<4x16x8xf16>) outs(%sz : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %ss = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>],
                        iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%s : tensor<4x16x16xf32>) outs(%es : tensor<4x16x16xf32>) {
  ^bb0(%x: f32, %out: f32):
    %y = arith.mulf %x, %scale : f32
    linalg.yield %y : f32
  } -> tensor<4x16x16xf32>
  %p = linalg.softmax dimension(2) ins(%ss : tensor<4x16x16xf32>) outs(%es : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %eh = tensor.empty() : tensor<4x16x16xf16>
  %ph = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>],
                        iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%p : tensor<4x16x16xf32>) outs(%eh : tensor<4x16x16xf16>) {
  ^bb0(%x: f32, %out: f16):
    %y = arith.truncf %x : f32 to f16
    linalg.yield %y : f16
  } -> tensor<4x16x16xf16>
  %eo = tensor.empty() : tensor<4x16x8xf32>
  %oz = linalg.fill ins(%zero : f32) outs(%eo : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  %o = linalg.batch_matmul ins(%ph, %v : tensor<4x16x16xf16>, tensor<4x16x8xf16>) outs(%oz : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  %ho = tensor.empty() : tensor<4x16x8xf16>
  %oh = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>],
                        iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%o : tensor<4x16x8xf32>) outs(%ho : tensor<4x16x8xf16>) {
  ^bb0(%x: f32, %out: f16):
    %y = arith.truncf %x : f32 to f16
    linalg.yield %y : f16
  } -> tensor<4x16x8xf16>
  return %oh : tensor<4x16x8xf16>
}

func.func @main() {
  %e = tensor.empty() : tensor<4x16x8xf32>
  %d = tensor.cast %e : tensor<4x16x8xf32> to tensor<?x?x?xf32>
  %sq = arith.constant 23 : i32
  %qd = call @rand3(%d, %sq) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %qf = tensor.cast %qd : tensor<?x?x?xf32> to tensor<4x16x8xf32>
  %q = call @to_f16(%qf) : (tensor<4x16x8xf32>) -> tensor<4x16x8xf16>
  %sk = arith.constant 2323 : i32
  %kd = call @rand3(%d, %sk) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %kf = tensor.cast %kd : tensor<?x?x?xf32> to tensor<4x16x8xf32>
  %k = call @to_f16(%kf) : (tensor<4x16x8xf32>) -> tensor<4x16x8xf16>
  %sv = arith.constant 232323 : i32
  %vd = call @rand3(%d, %sv) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %vf = tensor.cast %vd : tensor<?x?x?xf32> to tensor<4x16x8xf32>
  %v = call @to_f16(%vf) : (tensor<4x16x8xf32>) -> tensor<4x16x8xf16>
  %o = call @attention(%q, %k, %v) : (tensor<4x16x8xf16>, tensor<4x16x8xf16>, tensor<4x16x8xf16>) -> tensor<4x16x8xf16>
  %of = call @to_f32(%o) : (tensor<4x16x8xf16>) -> tensor<4x16x8xf32>
  %u = tensor.cast %of : tensor<4x16x8xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @to_f16(%x: tensor<4x16x8xf32>) -> tensor<4x16x8xf16> {
  %e = tensor.empty() : tensor<4x16x8xf16>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c) -> (a, b, c)>, affine_map<(a, b, c) -> (a, b, c)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : tensor<4x16x8xf32>) outs(%e : tensor<4x16x8xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<4x16x8xf16>
  return %r : tensor<4x16x8xf16>
}
func.func @to_f32(%x: tensor<4x16x8xf16>) -> tensor<4x16x8xf32> {
  %e = tensor.empty() : tensor<4x16x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c) -> (a, b, c)>, affine_map<(a, b, c) -> (a, b, c)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : tensor<4x16x8xf16>) outs(%e : tensor<4x16x8xf32>) {
  ^bb0(%in: f16, %out: f32):
    %t = arith.extf %in : f16 to f32
    linalg.yield %t : f32
  } -> tensor<4x16x8xf32>
  return %r : tensor<4x16x8xf32>
}

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
