// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// torch-mlir's row max (aten.max.dim): a two-result generic computing the
// max and an argmax. The argmax is dead: the generic is the max reduction.

// CHECK-LABEL: func.func @row_max_dead_argmax
// CHECK-NOT: linalg.generic
// CHECK: attn.flash_attention {{.*}} {empty_rows = #attn.empty_rows<nan>, scale = 1.000000e+00 : f32}
func.func @row_max_dead_argmax(%q: tensor<2x8x8xf32>, %k: tensor<2x8x8xf32>, %v: tensor<2x8x8xf32>) -> tensor<2x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c0i = arith.constant 0 : i64
  %e0 = tensor.empty() : tensor<2x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<2x8x8xf32>) outs(%e0 : tensor<2x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<2x8x8xf32>, tensor<2x8x8xf32>) outs(%f0 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
  %re = tensor.empty() : tensor<2x8xf32>
  %rf = linalg.fill ins(%ninf : f32) outs(%re : tensor<2x8xf32>) -> tensor<2x8xf32>
  %ie = tensor.empty() : tensor<2x8xi64>
  %if = linalg.fill ins(%c0i : i64) outs(%ie : tensor<2x8xi64>) -> tensor<2x8xi64>
  %mx:2 = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<2x8x8xf32>) outs(%rf, %if : tensor<2x8xf32>, tensor<2x8xi64>) {
  ^bb0(%in: f32, %out: f32, %out_i: i64):
    %j = linalg.index 2 : index
    %ji = arith.index_cast %j : index to i64
    %m = arith.maximumf %in, %out : f32
    %gt = arith.cmpf ogt, %in, %out : f32
    %am = arith.select %gt, %ji, %out_i : i64
    linalg.yield %m, %am : f32, i64
  } -> (tensor<2x8xf32>, tensor<2x8xi64>)
  %ex = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx#0 : tensor<2x8x8xf32>, tensor<2x8xf32>) outs(%e0 : tensor<2x8x8xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<2x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%re : tensor<2x8xf32>) -> tensor<2x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ex : tensor<2x8x8xf32>) outs(%sf : tensor<2x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<2x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<2x8x8xf32>, tensor<2x8xf32>) outs(%e0 : tensor<2x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %r = arith.divf %a, %l : f32
    linalg.yield %r : f32
  } -> tensor<2x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x8x8xf32>, tensor<2x8x8xf32>) outs(%f0 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
  return %o : tensor<2x8x8xf32>
}

// -----

// Twin: the argmax is returned, so the generic is not just the max (the
// subtracted value is not proven to be the row max): refused.

// CHECK-LABEL: func.func @row_max_argmax_used
// CHECK-NOT: attn.flash_attention
func.func @row_max_argmax_used(%q: tensor<2x8x8xf32>, %k: tensor<2x8x8xf32>, %v: tensor<2x8x8xf32>) -> (tensor<2x8x8xf32>, tensor<2x8xi64>) {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c0i = arith.constant 0 : i64
  %e0 = tensor.empty() : tensor<2x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<2x8x8xf32>) outs(%e0 : tensor<2x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<2x8x8xf32>, tensor<2x8x8xf32>) outs(%f0 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
  %re = tensor.empty() : tensor<2x8xf32>
  %rf = linalg.fill ins(%ninf : f32) outs(%re : tensor<2x8xf32>) -> tensor<2x8xf32>
  %ie = tensor.empty() : tensor<2x8xi64>
  %if = linalg.fill ins(%c0i : i64) outs(%ie : tensor<2x8xi64>) -> tensor<2x8xi64>
  %mx:2 = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<2x8x8xf32>) outs(%rf, %if : tensor<2x8xf32>, tensor<2x8xi64>) {
  ^bb0(%in: f32, %out: f32, %out_i: i64):
    %j = linalg.index 2 : index
    %ji = arith.index_cast %j : index to i64
    %m = arith.maximumf %in, %out : f32
    %gt = arith.cmpf ogt, %in, %out : f32
    %am = arith.select %gt, %ji, %out_i : i64
    linalg.yield %m, %am : f32, i64
  } -> (tensor<2x8xf32>, tensor<2x8xi64>)
  %ex = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx#0 : tensor<2x8x8xf32>, tensor<2x8xf32>) outs(%e0 : tensor<2x8x8xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<2x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%re : tensor<2x8xf32>) -> tensor<2x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ex : tensor<2x8x8xf32>) outs(%sf : tensor<2x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<2x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the exponent is not shifted by the row max}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<2x8x8xf32>, tensor<2x8xf32>) outs(%e0 : tensor<2x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %r = arith.divf %a, %l : f32
    linalg.yield %r : f32
  } -> tensor<2x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x8x8xf32>, tensor<2x8x8xf32>) outs(%f0 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
  return %o, %mx#1 : tensor<2x8x8xf32>, tensor<2x8xi64>
}
