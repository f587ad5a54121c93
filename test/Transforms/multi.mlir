// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Two attention blocks in one function (the second's queries are the first's
// output, both share K and V) with a plain matmul projection between them:
// both fuse, the projection stays.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @two_blocks
// CHECK-SAME: (%[[Q:.*]]: tensor<8x32x64xf32>, %[[K:.*]]: tensor<8x48x64xf32>, %[[V:.*]]: tensor<8x48x64xf32>, %[[W:.*]]: tensor<8x64x64xf32>)
// CHECK: %[[Q4:.*]] = tensor.expand_shape %[[Q]]
// CHECK: %[[K4:.*]] = tensor.expand_shape %[[K]]
// CHECK: %[[V4:.*]] = tensor.expand_shape %[[V]]
// CHECK: %[[O1:.*]] = attn.flash_attention ins(%[[Q4]], %[[K4]], %[[V4]] : {{.*}}) {empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32}
// CHECK: %[[O1C:.*]] = tensor.collapse_shape %[[O1]]
// CHECK: %[[PROJ:.*]] = linalg.batch_matmul ins(%[[O1C]], %[[W]] : tensor<8x32x64xf32>, tensor<8x64x64xf32>)
// CHECK: %[[Q24:.*]] = tensor.expand_shape %[[PROJ]]
// CHECK: %[[O2:.*]] = attn.flash_attention ins(%[[Q24]], %{{.*}}, %{{.*}} : {{.*}}) {empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32}
// CHECK: %[[O2C:.*]] = tensor.collapse_shape %[[O2]]
// CHECK: return %[[O2C]]
func.func @two_blocks(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>, %w: tensor<8x64x64xf32>) -> tensor<8x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%ss : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %proj = linalg.batch_matmul ins(%o, %w : tensor<8x32x64xf32>, tensor<8x64x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %s2 = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%proj, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss2 = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s2 : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p2 = linalg.softmax dimension(2) ins(%ss2 : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o2 = linalg.batch_matmul ins(%p2, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o2 : tensor<8x32x64xf32>
}

// -----

// Twin of @two_blocks where the first block's probabilities also feed the
// second block's scores: the first is left alone (probabilities have another
// user), the second fuses.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @shared_probabilities
// CHECK: linalg.softmax
// CHECK: attn.flash_attention
// CHECK-NOT: attn.flash_attention
func.func @shared_probabilities(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> tensor<8x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the probabilities have another user ('linalg.generic')}}
  %p = linalg.softmax dimension(2) ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %s2 = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%o, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss2 = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s2, %p : tensor<8x32x48xf32>, tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %bias: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    %a = arith.addf %m, %bias : f32
    linalg.yield %a : f32
  } -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p2 = linalg.softmax dimension(2) ins(%ss2 : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o2 = linalg.batch_matmul ins(%p2, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o2 : tensor<8x32x64xf32>
}
