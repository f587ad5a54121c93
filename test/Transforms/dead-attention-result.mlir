// RUN: attn-opt %s --attn-fuse | FileCheck %s
// Regression (fuzz mutant): attention whose result is unused. The rewrite
// drops the dead views it created but keeps the fused op it returns (it
// read the erased op before); no crash, valid IR.
// CHECK-LABEL: func.func @dead_attention_result
// CHECK: return %arg2
func.func @dead_attention_result(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%kt0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %keep = arith.cmpi ule, %j, %i : index
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x8xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%of : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %v : tensor<1x8x8xf32>
}
