// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// linalg.batch_matmul on [B*H, S, D] with K transposed by linalg.transpose,
// the scale as arith.mulf in a linalg.generic, linalg.softmax over the keys.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @bmm_softmax
// CHECK-SAME: (%[[Q:.*]]: tensor<8x32x64xf32>, %[[K:.*]]: tensor<8x48x64xf32>, %[[V:.*]]: tensor<8x48x64xf32>)
// CHECK-DAG: %[[Q4:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0, 1], [2], [3]] output_shape [1, 8, 32, 64]
// CHECK-DAG: %[[K4:.*]] = tensor.expand_shape %[[K]] {{\[}}[0, 1], [2], [3]] output_shape [1, 8, 48, 64]
// CHECK-DAG: %[[V4:.*]] = tensor.expand_shape %[[V]] {{\[}}[0, 1], [2], [3]] output_shape [1, 8, 48, 64]
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<1x8x32x64xf32>
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q4]], %[[K4]], %[[V4]] : tensor<1x8x32x64xf32>, tensor<1x8x48x64xf32>, tensor<1x8x48x64xf32>) outs(%[[INIT]] : tensor<1x8x32x64xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32} -> tensor<1x8x32x64xf32>
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<1x8x32x64xf32> into tensor<8x32x64xf32>
// CHECK: return %[[R]]
func.func @bmm_softmax(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> tensor<8x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 0.125 : f32
  %kt0 = tensor.empty() : tensor<8x64x48xf32>
  %kt = linalg.transpose ins(%k : tensor<8x48x64xf32>) outs(%kt0 : tensor<8x64x48xf32>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x32x64xf32>, tensor<8x64x48xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%ss : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// Twin of @bmm_softmax with the softmax over the query axis (dimension 1).

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @bmm_softmax_over_queries
// CHECK-NOT: attn.flash_attention
// CHECK: linalg.softmax
func.func @bmm_softmax_over_queries(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> tensor<8x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 0.125 : f32
  %kt0 = tensor.empty() : tensor<8x64x48xf32>
  %kt = linalg.transpose ins(%k : tensor<8x48x64xf32>) outs(%kt0 : tensor<8x64x48xf32>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x32x64xf32>, tensor<8x64x48xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: not fused: softmax is over the query axis, not the key axis that the second contraction reduces}}
  %p = linalg.softmax dimension(1) ins(%ss : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// batch_matmul whose indexing_maps transpose K (no transpose op), the scale
// as a division by sqrt(64) = 8 (folded as 1/8 computed in double, rounded to
// f32), and the softmax as the generic/linalg.reduce chain max, sub, exp,
// sum, div.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @bmm_maps_chain
// CHECK-SAME: (%[[Q:.*]]: tensor<8x32x64xf32>, %[[K:.*]]: tensor<8x48x64xf32>, %[[V:.*]]: tensor<8x48x64xf32>)
// CHECK-DAG: %[[Q4:.*]] = tensor.expand_shape %[[Q]]
// CHECK-DAG: %[[K4:.*]] = tensor.expand_shape %[[K]]
// CHECK-DAG: %[[V4:.*]] = tensor.expand_shape %[[V]]
// CHECK: attn.flash_attention ins(%[[Q4]], %[[K4]], %[[V4]] : {{.*}}) outs(%{{.*}} : tensor<1x8x32x64xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32}
// CHECK-NOT: linalg.reduce
// CHECK-NOT: linalg.batch_matmul
func.func @bmm_maps_chain(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> tensor<8x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 8.0 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.divf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %r0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maxnumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// Twin of @bmm_maps_chain where the normalizer sums exp(x), not the
// exp(x - max) the numerator uses.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @bmm_maps_chain_other_sum
// CHECK-NOT: attn.flash_attention
func.func @bmm_maps_chain_other_sum(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> tensor<8x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 8.0 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.divf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %r0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maxnumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = math.exp %in : f32
      %y = arith.addf %x, %acc : f32
      linalg.yield %y : f32
    }
  // expected-remark @+1 {{attn-fuse: not fused: the normalizer is not the sum of the same exponentials}}
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// Named elementwise ops: the scale by linalg.div with a filled tensor, the
// softmax's subtraction, exponential and normalization by linalg.sub /
// linalg.exp / linalg.div on broadcast (linalg.broadcast) row values.

// CHECK-LABEL: func.func @named_ops
// CHECK: attn.flash_attention ins({{.*}}) outs(%{{.*}} : tensor<1x8x32x64xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32}
// CHECK-NOT: linalg.exp
func.func @named_ops(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> tensor<8x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 8.0 : f32
  %kt0 = tensor.empty() : tensor<8x64x48xf32>
  %kt = linalg.transpose ins(%k : tensor<8x48x64xf32>) outs(%kt0 : tensor<8x64x48xf32>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x32x64xf32>, tensor<8x64x48xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %cf = linalg.fill ins(%c : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.div ins(%s, %cf : tensor<8x32x48xf32>, tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %r0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %maxb = linalg.broadcast ins(%max : tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) dimensions = [2]
  %d = linalg.sub ins(%ss, %maxb : tensor<8x32x48xf32>, tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %e = linalg.exp ins(%d : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  %sumb = linalg.broadcast ins(%sum : tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) dimensions = [2]
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.div ins(%e, %sumb : tensor<8x32x48xf32>, tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// Twin of @named_ops where the probabilities have a second user.

// CHECK-LABEL: func.func @named_ops_probs_second_user
// CHECK-NOT: attn.flash_attention
func.func @named_ops_probs_second_user(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> (tensor<8x32x64xf32>, tensor<8x32x48xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 8.0 : f32
  %kt0 = tensor.empty() : tensor<8x64x48xf32>
  %kt = linalg.transpose ins(%k : tensor<8x48x64xf32>) outs(%kt0 : tensor<8x64x48xf32>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x32x64xf32>, tensor<8x64x48xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %cf = linalg.fill ins(%c : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.div ins(%s, %cf : tensor<8x32x48xf32>, tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %r0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %maxb = linalg.broadcast ins(%max : tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) dimensions = [2]
  %d = linalg.sub ins(%ss, %maxb : tensor<8x32x48xf32>, tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %e = linalg.exp ins(%d : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  %sumb = linalg.broadcast ins(%sum : tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) dimensions = [2]
  // expected-remark @+1 {{attn-fuse: not fused: the probabilities have another user ('func.return')}}
  %p = linalg.div ins(%e, %sumb : tensor<8x32x48xf32>, tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o, %p : tensor<8x32x64xf32>, tensor<8x32x48xf32>
}

// -----

// The linalg that tosa-to-linalg makes of tosa.mlir @mha: 4-D expand/collapse
// around 3-D batch_matmuls, the max started at the lowest float, the
// normalizer as mul by a 1/x generic.

// CHECK-LABEL: func.func @from_tosa
// CHECK-SAME: (%[[Q:.*]]: tensor<2x4x16x8xf32>, %[[K:.*]]: tensor<2x4x16x8xf32>, %[[V:.*]]: tensor<2x4x16x8xf32>)
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : {{.*}}) outs(%{{.*}} : tensor<2x4x16x8xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.353553385 : f32}
// CHECK-NOT: linalg.batch_matmul
// CHECK-NOT: linalg.reduce
func.func @from_tosa(%arg0: tensor<2x4x16x8xf32>, %arg1: tensor<2x4x16x8xf32>, %arg2: tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32> {
  %collapsed = tensor.collapse_shape %arg0 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
  %1 = tensor.empty() : tensor<2x4x8x16xf32>
  %transposed = linalg.transpose ins(%arg1 : tensor<2x4x16x8xf32>) outs(%1 : tensor<2x4x8x16xf32>) permutation = [0, 1, 3, 2] 
  %collapsed_0 = tensor.collapse_shape %transposed [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
  %cst = arith.constant dense<0.000000e+00> : tensor<1xf32>
  %cst_1 = arith.constant 0.000000e+00 : f32
  %3 = tensor.empty() : tensor<8x16x16xf32>
  %4 = linalg.fill ins(%cst_1 : f32) outs(%3 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %5 = linalg.batch_matmul ins(%collapsed, %collapsed_0 : tensor<8x16x8xf32>, tensor<8x8x16xf32>) outs(%4 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %expanded = tensor.expand_shape %5 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
  %cst_2 = arith.constant dense<0.353553385> : tensor<1x1x1x1xf32>
  %cst_3 = arith.constant dense<0> : tensor<1xi8>
  %7 = tensor.empty() : tensor<2x4x16x16xf32>
  %8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %cst_2 : tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>) outs(%7 : tensor<2x4x16x16xf32>) {
  ^bb0(%in: f32, %in_13: f32, %out: f32):
    %26 = arith.mulf %in, %in_13 : f32
    linalg.yield %26 : f32
  } -> tensor<2x4x16x16xf32>
  %9 = tensor.empty() : tensor<2x4x16xf32>
  %cst_4 = arith.constant -3.40282347E+38 : f32
  %10 = linalg.fill ins(%cst_4 : f32) outs(%9 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %reduced = linalg.reduce ins(%8 : tensor<2x4x16x16xf32>) outs(%10 : tensor<2x4x16xf32>) dimensions = [3] 
    (%in: f32, %init: f32) {
      %26 = arith.maximumf %in, %init : f32
      linalg.yield %26 : f32
    }
  %expanded_5 = tensor.expand_shape %reduced [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
  %11 = tensor.empty() : tensor<2x4x16x16xf32>
  %12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %expanded_5 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%11 : tensor<2x4x16x16xf32>) {
  ^bb0(%in: f32, %in_13: f32, %out: f32):
    %26 = arith.subf %in, %in_13 : f32
    linalg.yield %26 : f32
  } -> tensor<2x4x16x16xf32>
  %13 = tensor.empty() : tensor<2x4x16x16xf32>
  %14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x4x16x16xf32>) outs(%13 : tensor<2x4x16x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %26 = math.exp %in : f32
    linalg.yield %26 : f32
  } -> tensor<2x4x16x16xf32>
  %15 = tensor.empty() : tensor<2x4x16xf32>
  %cst_6 = arith.constant 0.000000e+00 : f32
  %16 = linalg.fill ins(%cst_6 : f32) outs(%15 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %reduced_7 = linalg.reduce ins(%14 : tensor<2x4x16x16xf32>) outs(%16 : tensor<2x4x16xf32>) dimensions = [3] 
    (%in: f32, %init: f32) {
      %26 = arith.addf %in, %init : f32
      linalg.yield %26 : f32
    }
  %expanded_8 = tensor.expand_shape %reduced_7 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
  %17 = tensor.empty() : tensor<2x4x16x1xf32>
  %18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_8 : tensor<2x4x16x1xf32>) outs(%17 : tensor<2x4x16x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %cst_13 = arith.constant 1.000000e+00 : f32
    %26 = arith.divf %cst_13, %in : f32
    linalg.yield %26 : f32
  } -> tensor<2x4x16x1xf32>
  %19 = tensor.empty() : tensor<2x4x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %18 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%19 : tensor<2x4x16x16xf32>) {
  ^bb0(%in: f32, %in_13: f32, %out: f32):
    %26 = arith.mulf %in, %in_13 : f32
    linalg.yield %26 : f32
  } -> tensor<2x4x16x16xf32>
  %collapsed_9 = tensor.collapse_shape %20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
  %collapsed_10 = tensor.collapse_shape %arg2 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
  %cst_11 = arith.constant 0.000000e+00 : f32
  %22 = tensor.empty() : tensor<8x16x8xf32>
  %23 = linalg.fill ins(%cst_11 : f32) outs(%22 : tensor<8x16x8xf32>) -> tensor<8x16x8xf32>
  %24 = linalg.batch_matmul ins(%collapsed_9, %collapsed_10 : tensor<8x16x16xf32>, tensor<8x16x8xf32>) outs(%23 : tensor<8x16x8xf32>) -> tensor<8x16x8xf32>
  %expanded_12 = tensor.expand_shape %24 [[0, 1], [2], [3]] output_shape [2, 4, 16, 8] : tensor<8x16x8xf32> into tensor<2x4x16x8xf32>
  return %expanded_12 : tensor<2x4x16x8xf32>
}

// -----

// Q * K with K NOT transposed and Sk == D (types line up): the contraction
// reduces K's dim 1, so K is read as [D, Sk] and the op gets its transpose.
// This is the layout the program computes with, not a guess: a matcher that
// ignored the maps would miscompile here (the permuted-K bug class).

// CHECK-LABEL: func.func @qk_not_transposed_square
// CHECK-SAME: (%[[Q:.*]]: tensor<8x32x64xf32>, %[[K:.*]]: tensor<8x64x64xf32>, %[[V:.*]]: tensor<8x64x64xf32>)
// CHECK: %[[KT:.*]] = linalg.transpose ins(%[[K]] : tensor<8x64x64xf32>) outs(%{{.*}} : tensor<8x64x64xf32>) permutation = [0, 2, 1]
// CHECK: %[[K4:.*]] = tensor.expand_shape %[[KT]]
// CHECK: attn.flash_attention ins(%{{.*}}, %[[K4]], %{{.*}} : tensor<1x8x32x64xf32>, tensor<1x8x64x64xf32>, tensor<1x8x64x64xf32>)
func.func @qk_not_transposed_square(%q: tensor<8x32x64xf32>, %k: tensor<8x64x64xf32>, %v: tensor<8x64x64xf32>) -> tensor<8x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<8x32x64xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %s = linalg.batch_matmul ins(%q, %k : tensor<8x32x64xf32>, tensor<8x64x64xf32>) outs(%sf : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%s : tensor<8x32x64xf32>) outs(%s0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x64xf32>, tensor<8x64x64xf32>) outs(%sf : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}
