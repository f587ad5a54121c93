// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Decode with a dynamic batch and key length: [?, 8, 1, 64] queries folded to
// [?*8, 1, 64] for batch_matmuls (dynamic sizes on the reshapes), the softmax
// on a [?, 8, 1, ?] expansion. The op takes the 4-D tensors directly; the
// result is folded back the way the graph folded it.

// CHECK-LABEL: func.func @decode_dyn
// CHECK-SAME: (%[[Q:.*]]: tensor<?x8x1x64xf32>, %[[K:.*]]: tensor<?x8x?x64xf32>, %[[V:.*]]: tensor<?x8x?x64xf32>)
// CHECK: %[[INIT:.*]] = tensor.empty(%{{.*}}) : tensor<?x8x1x64xf32>
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : tensor<?x8x1x64xf32>, tensor<?x8x?x64xf32>, tensor<?x8x?x64xf32>) outs(%[[INIT]] : tensor<?x8x1x64xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 1.000000e+00 : f32}
// CHECK: %[[C:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<?x8x1x64xf32> into tensor<?x1x64xf32>
// CHECK: tensor.expand_shape %[[C]]
func.func @decode_dyn(%q: tensor<?x8x1x64xf32>, %k: tensor<?x8x?x64xf32>, %v: tensor<?x8x?x64xf32>) -> tensor<?x8x1x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %b = tensor.dim %q, %c0 : tensor<?x8x1x64xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x8x?x64xf32>
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x8x1x64xf32> into tensor<?x1x64xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x8x?x64xf32> into tensor<?x?x64xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x8x?x64xf32> into tensor<?x?x64xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x1x64xf32>
  %s0 = tensor.empty(%bh, %sk) : tensor<?x1x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x1x?xf32>) -> tensor<?x1x?xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x1x64xf32>, tensor<?x?x64xf32>) outs(%sf : tensor<?x1x?xf32>) -> tensor<?x1x?xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 8, 1, %sk] : tensor<?x1x?xf32> into tensor<?x8x1x?xf32>
  %e0 = tensor.empty(%b, %sk) : tensor<?x8x1x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x8x1x?xf32>) outs(%e0 : tensor<?x8x1x?xf32>) -> tensor<?x8x1x?xf32>
  %p = tensor.collapse_shape %p4 [[0, 1], [2], [3]] : tensor<?x8x1x?xf32> into tensor<?x1x?xf32>
  %o0 = tensor.empty(%bh) : tensor<?x1x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x1x64xf32>) -> tensor<?x1x64xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x1x?xf32>, tensor<?x?x64xf32>) outs(%of : tensor<?x1x64xf32>) -> tensor<?x1x64xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 8, 1, 64] : tensor<?x1x64xf32> into tensor<?x8x1x64xf32>
  return %o : tensor<?x8x1x64xf32>
}

// -----

// Twin of @decode_dyn whose softmax runs over the heads (dim 1).

// CHECK-LABEL: func.func @decode_dyn_softmax_over_heads
// CHECK-NOT: attn.flash_attention
func.func @decode_dyn_softmax_over_heads(%q: tensor<?x8x1x64xf32>, %k: tensor<?x8x?x64xf32>, %v: tensor<?x8x?x64xf32>) -> tensor<?x8x1x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %b = tensor.dim %q, %c0 : tensor<?x8x1x64xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x8x?x64xf32>
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x8x1x64xf32> into tensor<?x1x64xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x8x?x64xf32> into tensor<?x?x64xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x8x?x64xf32> into tensor<?x?x64xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x1x64xf32>
  %s0 = tensor.empty(%bh, %sk) : tensor<?x1x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x1x?xf32>) -> tensor<?x1x?xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x1x64xf32>, tensor<?x?x64xf32>) outs(%sf : tensor<?x1x?xf32>) -> tensor<?x1x?xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 8, 1, %sk] : tensor<?x1x?xf32> into tensor<?x8x1x?xf32>
  %e0 = tensor.empty(%b, %sk) : tensor<?x8x1x?xf32>
  // expected-remark @+1 {{attn-fuse: not fused: softmax is over the batch/head axis, not the key axis that the second contraction reduces}}
  %p4 = linalg.softmax dimension(1) ins(%s4 : tensor<?x8x1x?xf32>) outs(%e0 : tensor<?x8x1x?xf32>) -> tensor<?x8x1x?xf32>
  %p = tensor.collapse_shape %p4 [[0, 1], [2], [3]] : tensor<?x8x1x?xf32> into tensor<?x1x?xf32>
  %o0 = tensor.empty(%bh) : tensor<?x1x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x1x64xf32>) -> tensor<?x1x64xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x1x?xf32>, tensor<?x?x64xf32>) outs(%of : tensor<?x1x64xf32>) -> tensor<?x1x64xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 8, 1, 64] : tensor<?x1x64xf32> into tensor<?x8x1x64xf32>
  return %o : tensor<?x8x1x64xf32>
}
