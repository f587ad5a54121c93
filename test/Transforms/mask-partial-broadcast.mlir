// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// JAX's GQA (jax.nn.dot_product_attention with 4 query heads over 2 KV
// heads) folds the query group into the query rows: Q is [B*Hkv, Sq*G, D]
// with rows (q, g), so the op's Sq is the merged [q, g] (32 rows here). A mask
// built over [Sq, Sk] (is_causal, key lengths) varies along q but not g: no
// view of it has 32 rows, so the rewrite broadcasts it along g first
// (linalg.broadcast), then views it as [1|B, 1, 32, Sk]. Each materialized
// element is the mask element the program reads at that (q, g, k).

#q5 = affine_map<(b, h, i, g, j) -> (b, h, i, g, j)>
#m5 = affine_map<(b, h, i, g, j) -> (b, i, j)>
#mg = affine_map<(b, h, i, g, j) -> (g, j)>
#sq = affine_map<(n, r, k, d) -> (n, r, d)>
#sk = affine_map<(n, r, k, d) -> (n, k, d)>
#so = affine_map<(n, r, k, d) -> (n, r, k)>

// CHECK-LABEL: func.func @folded_group_mask_over_query
// CHECK: %[[BC:.*]] = linalg.broadcast ins(%{{.*}} : tensor<2x8x8xf32>) outs(%{{.*}} : tensor<2x8x8x2xf32>) dimensions = [3]
// CHECK: linalg.transpose ins(%[[BC]] : tensor<2x8x8x2xf32>) outs(%{{.*}} : tensor<2x8x2x8xf32>) permutation = [0, 1, 3, 2]
// CHECK: attn.flash_attention ins(%{{.*}} : tensor<2x2x16x16xf32>, tensor<2x2x8x16xf32>, tensor<2x2x8x16xf32>) mask(%{{.*}} : tensor<2x1x16x8xf32>)
func.func @folded_group_mask_over_query(%q: tensor<2x2x8x2x16xf32>, %k: tensor<2x2x8x16xf32>, %v: tensor<2x2x8x16xf32>, %mask: tensor<2x8x8xf32>) -> tensor<4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %qc = tensor.collapse_shape %q [[0, 1], [2, 3], [4]] : tensor<2x2x8x2x16xf32> into tensor<4x16x16xf32>
  %kc = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
  %vc = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
  %s0 = tensor.empty() : tensor<4x16x8xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  %s = linalg.generic {indexing_maps = [#sq, #sk, #so], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%qc, %kc : tensor<4x16x16xf32>, tensor<4x8x16xf32>) outs(%sf : tensor<4x16x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<4x16x8xf32>
  %se = tensor.expand_shape %s [[0, 1], [2, 3], [4]] output_shape [2, 2, 8, 2, 8] : tensor<4x16x8xf32> into tensor<2x2x8x2x8xf32>
  %x0 = tensor.empty() : tensor<2x2x8x2x8xf32>
  %x = linalg.generic {indexing_maps = [#q5, #m5, #q5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%se, %mask : tensor<2x2x8x2x8xf32>, tensor<2x8x8xf32>) outs(%x0 : tensor<2x2x8x2x8xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %t = arith.mulf %a, %c : f32
    %r = arith.addf %t, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x2x8x2x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(4) ins(%x : tensor<2x2x8x2x8xf32>) outs(%x0 : tensor<2x2x8x2x8xf32>) -> tensor<2x2x8x2x8xf32>
  %pc = tensor.collapse_shape %p [[0, 1], [2, 3], [4]] : tensor<2x2x8x2x8xf32> into tensor<4x16x8xf32>
  %o0 = tensor.empty() : tensor<4x16x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %o = linalg.batch_matmul ins(%pc, %vc : tensor<4x16x8xf32>, tensor<4x8x16xf32>) outs(%of : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  return %o : tensor<4x16x16xf32>
}

// -----

// Twin: the mask varies along the group but not along q (a per-group key
// mask): broadcast along q instead.

#q5 = affine_map<(b, h, i, g, j) -> (b, h, i, g, j)>
#mg = affine_map<(b, h, i, g, j) -> (g, j)>
#sq = affine_map<(n, r, k, d) -> (n, r, d)>
#sk = affine_map<(n, r, k, d) -> (n, k, d)>
#so = affine_map<(n, r, k, d) -> (n, r, k)>

// CHECK-LABEL: func.func @folded_group_mask_over_group
// CHECK: linalg.broadcast ins(%{{.*}} : tensor<2x8xf32>) outs(%{{.*}} : tensor<2x8x8xf32>) dimensions = [2]
// CHECK: attn.flash_attention {{.*}} mask(%{{.*}} : tensor<1x1x16x8xf32>)
func.func @folded_group_mask_over_group(%q: tensor<2x2x8x2x16xf32>, %k: tensor<2x2x8x16xf32>, %v: tensor<2x2x8x16xf32>, %mask: tensor<2x8xf32>) -> tensor<4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %qc = tensor.collapse_shape %q [[0, 1], [2, 3], [4]] : tensor<2x2x8x2x16xf32> into tensor<4x16x16xf32>
  %kc = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
  %vc = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
  %s0 = tensor.empty() : tensor<4x16x8xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  %s = linalg.generic {indexing_maps = [#sq, #sk, #so], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%qc, %kc : tensor<4x16x16xf32>, tensor<4x8x16xf32>) outs(%sf : tensor<4x16x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<4x16x8xf32>
  %se = tensor.expand_shape %s [[0, 1], [2, 3], [4]] output_shape [2, 2, 8, 2, 8] : tensor<4x16x8xf32> into tensor<2x2x8x2x8xf32>
  %x0 = tensor.empty() : tensor<2x2x8x2x8xf32>
  %x = linalg.generic {indexing_maps = [#q5, #mg, #q5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%se, %mask : tensor<2x2x8x2x8xf32>, tensor<2x8xf32>) outs(%x0 : tensor<2x2x8x2x8xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %t = arith.mulf %a, %c : f32
    %r = arith.addf %t, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x2x8x2x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(4) ins(%x : tensor<2x2x8x2x8xf32>) outs(%x0 : tensor<2x2x8x2x8xf32>) -> tensor<2x2x8x2x8xf32>
  %pc = tensor.collapse_shape %p [[0, 1], [2, 3], [4]] : tensor<2x2x8x2x8xf32> into tensor<4x16x8xf32>
  %o0 = tensor.empty() : tensor<4x16x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %o = linalg.batch_matmul ins(%pc, %vc : tensor<4x16x8xf32>, tensor<4x8x16xf32>) outs(%of : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  return %o : tensor<4x16x16xf32>
}

// -----

// Negative twin: the same folded-group mask, subtracted from the logits.
// The broadcast is only a layout step: the mask's proof still applies, and
// -mask cannot be folded into the op's mask.

#q5 = affine_map<(b, h, i, g, j) -> (b, h, i, g, j)>
#m5 = affine_map<(b, h, i, g, j) -> (b, i, j)>
#sq = affine_map<(n, r, k, d) -> (n, r, d)>
#sk = affine_map<(n, r, k, d) -> (n, k, d)>
#so = affine_map<(n, r, k, d) -> (n, r, k)>

// CHECK-LABEL: func.func @folded_group_mask_subtracted
// CHECK-NOT: attn.flash_attention
// CHECK-NOT: linalg.broadcast
// CHECK: linalg.softmax
func.func @folded_group_mask_subtracted(%q: tensor<2x2x8x2x16xf32>, %k: tensor<2x2x8x16xf32>, %v: tensor<2x2x8x16xf32>, %mask: tensor<2x8x8xf32>) -> tensor<4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %qc = tensor.collapse_shape %q [[0, 1], [2, 3], [4]] : tensor<2x2x8x2x16xf32> into tensor<4x16x16xf32>
  %kc = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
  %vc = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
  %s0 = tensor.empty() : tensor<4x16x8xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  %s = linalg.generic {indexing_maps = [#sq, #sk, #so], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%qc, %kc : tensor<4x16x16xf32>, tensor<4x8x16xf32>) outs(%sf : tensor<4x16x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<4x16x8xf32>
  %se = tensor.expand_shape %s [[0, 1], [2, 3], [4]] output_shape [2, 2, 8, 2, 8] : tensor<4x16x8xf32> into tensor<2x2x8x2x8xf32>
  %x0 = tensor.empty() : tensor<2x2x8x2x8xf32>
  %x = linalg.generic {indexing_maps = [#q5, #m5, #q5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%se, %mask : tensor<2x2x8x2x8xf32>, tensor<2x8x8xf32>) outs(%x0 : tensor<2x2x8x2x8xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %t = arith.mulf %a, %c : f32
    %r = arith.subf %t, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x2x8x2x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the additive mask enters the logits with coefficient -1.000000 (only a positive one can be folded into the mask)}}
  %p = linalg.softmax dimension(4) ins(%x : tensor<2x2x8x2x8xf32>) outs(%x0 : tensor<2x2x8x2x8xf32>) -> tensor<2x2x8x2x8xf32>
  %pc = tensor.collapse_shape %p [[0, 1], [2, 3], [4]] : tensor<2x2x8x2x8xf32> into tensor<4x16x8xf32>
  %o0 = tensor.empty() : tensor<4x16x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %o = linalg.batch_matmul ins(%pc, %vc : tensor<4x16x8xf32>, tensor<4x8x16xf32>) outs(%of : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  return %o : tensor<4x16x16xf32>
}
