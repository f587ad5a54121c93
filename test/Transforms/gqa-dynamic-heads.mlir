// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// GQA written in the contractions' maps (K and V read with `h floordiv G`)
// with a dynamic head count: the read is the kv-head part of h only where
// the query heads' extent is proven G times the kv heads' (View/LoopParts.h,
// on the product forms of View/SizeProduct.h: tensor.dim, tensor.empty
// sizes, tensor.cast of a static tensor, muli, dominating cf.asserts).
// Unproven, the read may cover only part of K's heads or read past them:
// refused with the check. The functions with static arguments (the sizes
// proven through tensor.cast) are run fused vs unfused by numcheck.

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Static heads behind tensor.cast to dynamic types: 4 query heads, 2 kv
// heads, h floordiv 2. Fused, K and V as they are.

// CHECK-LABEL: func.func @cast_heads_floordiv
// CHECK: attn.flash_attention
func.func @cast_heads_floordiv(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %qd = tensor.cast %q : tensor<1x4x8x16xf32> to tensor<1x?x8x16xf32>
  %kd = tensor.cast %k : tensor<1x2x8x16xf32> to tensor<1x?x8x16xf32>
  %vd = tensor.cast %v : tensor<1x2x8x16xf32> to tensor<1x?x8x16xf32>
  %c1 = arith.constant 1 : index
  %hq = tensor.dim %qd, %c1 : tensor<1x?x8x16xf32>
  %hk = tensor.dim %kd, %c1 : tensor<1x?x8x16xf32>
  %hv = tensor.dim %vd, %c1 : tensor<1x?x8x16xf32>
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty(%hq) : tensor<1x?x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%qd, %kd : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%f0 : tensor<1x?x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x?x8x8xf32>) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %o0 = tensor.empty(%hq) : tensor<1x?x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vd : tensor<1x?x8x8xf32>, tensor<1x?x8x16xf32>) outs(%of : tensor<1x?x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x16xf32>
  %os = tensor.cast %o : tensor<1x?x8x16xf32> to tensor<1x4x8x16xf32>
  return %os : tensor<1x4x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Twin: K and V have 4 heads (as many as Q) and are read with h floordiv 2:
// heads 2 and 3 are never read. Refused.

// CHECK-LABEL: func.func @cast_heads_floordiv_wrong_count
// CHECK-NOT: attn.flash_attention
func.func @cast_heads_floordiv_wrong_count(%q: tensor<1x4x8x16xf32>, %k: tensor<1x4x8x16xf32>, %v: tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %qd = tensor.cast %q : tensor<1x4x8x16xf32> to tensor<1x?x8x16xf32>
  %kd = tensor.cast %k : tensor<1x4x8x16xf32> to tensor<1x?x8x16xf32>
  %vd = tensor.cast %v : tensor<1x4x8x16xf32> to tensor<1x?x8x16xf32>
  %c1 = arith.constant 1 : index
  %hq = tensor.dim %qd, %c1 : tensor<1x?x8x16xf32>
  %hk = tensor.dim %kd, %c1 : tensor<1x?x8x16xf32>
  %hv = tensor.dim %vd, %c1 : tensor<1x?x8x16xf32>
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty(%hq) : tensor<1x?x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%qd, %kd : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%f0 : tensor<1x?x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x8xf32>
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x?x8x8xf32>) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %o0 = tensor.empty(%hq) : tensor<1x?x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: a contraction reads dim 1 of an operand (size ?) with 'd1 floordiv 2', whose loop's extent is not proven to be its extent times the divisor: the floordiv/mod does not match the extent it reads}}
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vd : tensor<1x?x8x8xf32>, tensor<1x?x8x16xf32>) outs(%of : tensor<1x?x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x16xf32>
  %os = tensor.cast %o : tensor<1x?x8x16xf32> to tensor<1x4x8x16xf32>
  return %os : tensor<1x4x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Twin: K and V have 1 head for 4 query heads, read with h floordiv 2 (the
// read passes the end of K). Refused.

// CHECK-LABEL: func.func @cast_heads_floordiv_too_few
// CHECK-NOT: attn.flash_attention
func.func @cast_heads_floordiv_too_few(%q: tensor<1x4x8x16xf32>, %k: tensor<1x1x8x16xf32>, %v: tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %qd = tensor.cast %q : tensor<1x4x8x16xf32> to tensor<1x?x8x16xf32>
  %kd = tensor.cast %k : tensor<1x1x8x16xf32> to tensor<1x?x8x16xf32>
  %vd = tensor.cast %v : tensor<1x1x8x16xf32> to tensor<1x?x8x16xf32>
  %c1 = arith.constant 1 : index
  %hq = tensor.dim %qd, %c1 : tensor<1x?x8x16xf32>
  %hk = tensor.dim %kd, %c1 : tensor<1x?x8x16xf32>
  %hv = tensor.dim %vd, %c1 : tensor<1x?x8x16xf32>
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty(%hq) : tensor<1x?x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%qd, %kd : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%f0 : tensor<1x?x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x8xf32>
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x?x8x8xf32>) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %o0 = tensor.empty(%hq) : tensor<1x?x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: a contraction reads dim 1 of an operand (size ?) with 'd1 floordiv 2', whose loop's extent is not proven to be its extent times the divisor: the floordiv/mod does not match the extent it reads}}
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vd : tensor<1x?x8x8xf32>, tensor<1x?x8x16xf32>) outs(%of : tensor<1x?x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x16xf32>
  %os = tensor.cast %o : tensor<1x?x8x16xf32> to tensor<1x4x8x16xf32>
  return %os : tensor<1x4x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Dynamic heads with the frontend's guards: cf.assert(Hq == Hkv * 2) and
// cf.assert(Hk == Hv) before the contractions. Fused (numcheck runs it: @asserted_heads_floordiv_run, 4 query heads, 2
// kv heads).

// CHECK-LABEL: func.func @asserted_heads_floordiv_run(
// CHECK: call @asserted_heads_floordiv(
func.func @asserted_heads_floordiv_run(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %qd = tensor.cast %q : tensor<1x4x8x16xf32> to tensor<1x?x8x16xf32>
  %kd = tensor.cast %k : tensor<1x2x8x16xf32> to tensor<1x?x8x16xf32>
  %vd = tensor.cast %v : tensor<1x2x8x16xf32> to tensor<1x?x8x16xf32>
  %o = func.call @asserted_heads_floordiv(%qd, %kd, %vd) : (tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  %os = tensor.cast %o : tensor<1x?x8x16xf32> to tensor<1x4x8x16xf32>
  return %os : tensor<1x4x8x16xf32>
}

// CHECK-LABEL: func.func @asserted_heads_floordiv(
// CHECK: attn.flash_attention
func.func @asserted_heads_floordiv(%qd: tensor<1x?x8x16xf32>, %kd: tensor<1x?x8x16xf32>, %vd: tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32> {
  %c1 = arith.constant 1 : index
  %hq = tensor.dim %qd, %c1 : tensor<1x?x8x16xf32>
  %hk = tensor.dim %kd, %c1 : tensor<1x?x8x16xf32>
  %hv = tensor.dim %vd, %c1 : tensor<1x?x8x16xf32>
  %c2 = arith.constant 2 : index
  %g = arith.muli %hk, %c2 : index
  %ok = arith.cmpi eq, %hq, %g : index
  cf.assert %ok, "query heads must be twice the kv heads"
  %okv = arith.cmpi eq, %hk, %hv : index
  cf.assert %okv, "K and V heads differ"
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty(%hq) : tensor<1x?x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%qd, %kd : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%f0 : tensor<1x?x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x?x8x8xf32>) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %o0 = tensor.empty(%hq) : tensor<1x?x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vd : tensor<1x?x8x8xf32>, tensor<1x?x8x16xf32>) outs(%of : tensor<1x?x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x16xf32>
  return %o : tensor<1x?x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Twin: no fact relates the head counts. Refused.

// CHECK-LABEL: func.func @unasserted_heads_floordiv(
// CHECK-NOT: attn.flash_attention
func.func @unasserted_heads_floordiv(%qd: tensor<1x?x8x16xf32>, %kd: tensor<1x?x8x16xf32>, %vd: tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32> {
  %c1 = arith.constant 1 : index
  %hq = tensor.dim %qd, %c1 : tensor<1x?x8x16xf32>
  %hk = tensor.dim %kd, %c1 : tensor<1x?x8x16xf32>
  %hv = tensor.dim %vd, %c1 : tensor<1x?x8x16xf32>
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty(%hq) : tensor<1x?x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%qd, %kd : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%f0 : tensor<1x?x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x8xf32>
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x?x8x8xf32>) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %o0 = tensor.empty(%hq) : tensor<1x?x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: a contraction reads dim 1 of an operand (size ?) with 'd1 floordiv 2', whose loop's extent is not proven to be its extent times the divisor: the floordiv/mod does not match the extent it reads}}
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vd : tensor<1x?x8x8xf32>, tensor<1x?x8x16xf32>) outs(%of : tensor<1x?x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x16xf32>
  return %o : tensor<1x?x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Twin: the assert says Hq == Hkv * 3, the maps read h floordiv 2. Refused.

// CHECK-LABEL: func.func @asserted_other_ratio_floordiv(
// CHECK-NOT: attn.flash_attention
func.func @asserted_other_ratio_floordiv(%qd: tensor<1x?x8x16xf32>, %kd: tensor<1x?x8x16xf32>, %vd: tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32> {
  %c1 = arith.constant 1 : index
  %hq = tensor.dim %qd, %c1 : tensor<1x?x8x16xf32>
  %hk = tensor.dim %kd, %c1 : tensor<1x?x8x16xf32>
  %hv = tensor.dim %vd, %c1 : tensor<1x?x8x16xf32>
  %c2 = arith.constant 3 : index
  %g = arith.muli %hk, %c2 : index
  %ok = arith.cmpi eq, %hq, %g : index
  cf.assert %ok, "query heads must be three times the kv heads"
  %okv = arith.cmpi eq, %hk, %hv : index
  cf.assert %okv, "K and V heads differ"
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty(%hq) : tensor<1x?x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%qd, %kd : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%f0 : tensor<1x?x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x8xf32>
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x?x8x8xf32>) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %o0 = tensor.empty(%hq) : tensor<1x?x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: a contraction reads dim 1 of an operand (size ?) with 'd1 floordiv 2', whose loop's extent is not proven to be its extent times the divisor: the floordiv/mod does not match the extent it reads}}
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vd : tensor<1x?x8x8xf32>, tensor<1x?x8x16xf32>) outs(%of : tensor<1x?x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x16xf32>
  return %o : tensor<1x?x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Twin: the Hq == Hkv * 2 assert comes after the first contraction (it
// dominates the read of V, not the read of K). Refused.

// CHECK-LABEL: func.func @late_assert_floordiv(
// CHECK-NOT: attn.flash_attention
func.func @late_assert_floordiv(%qd: tensor<1x?x8x16xf32>, %kd: tensor<1x?x8x16xf32>, %vd: tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32> {
  %c1 = arith.constant 1 : index
  %hq = tensor.dim %qd, %c1 : tensor<1x?x8x16xf32>
  %hk = tensor.dim %kd, %c1 : tensor<1x?x8x16xf32>
  %hv = tensor.dim %vd, %c1 : tensor<1x?x8x16xf32>
  %c2 = arith.constant 2 : index
  %g = arith.muli %hk, %c2 : index
  %ok = arith.cmpi eq, %hq, %g : index
  %okv = arith.cmpi eq, %hk, %hv : index
  cf.assert %okv, "K and V heads differ"
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty(%hq) : tensor<1x?x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%qd, %kd : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%f0 : tensor<1x?x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: first contraction: a contraction reads dim 1 of an operand (size ?) with 'd1 floordiv 2', whose loop's extent is not proven to be its extent times the divisor: the floordiv/mod does not match the extent it reads}}
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x?x8x8xf32>) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  cf.assert %ok, "query heads must be twice the kv heads"
  %o0 = tensor.empty(%hq) : tensor<1x?x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vd : tensor<1x?x8x8xf32>, tensor<1x?x8x16xf32>) outs(%of : tensor<1x?x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x16xf32>
  return %o : tensor<1x?x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h mod 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h mod 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Twin: h mod 2 of a dynamic head loop (a tile) is not read as a part, even
// with Hq == Hkv * 2 asserted. Refused.

// CHECK-LABEL: func.func @asserted_heads_mod(
// CHECK-NOT: attn.flash_attention
func.func @asserted_heads_mod(%qd: tensor<1x?x8x16xf32>, %kd: tensor<1x?x8x16xf32>, %vd: tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32> {
  %c1 = arith.constant 1 : index
  %hq = tensor.dim %qd, %c1 : tensor<1x?x8x16xf32>
  %hk = tensor.dim %kd, %c1 : tensor<1x?x8x16xf32>
  %hv = tensor.dim %vd, %c1 : tensor<1x?x8x16xf32>
  %c2 = arith.constant 2 : index
  %g = arith.muli %hk, %c2 : index
  %ok = arith.cmpi eq, %hq, %g : index
  cf.assert %ok, "query heads must be twice the kv heads"
  %okv = arith.cmpi eq, %hk, %hv : index
  cf.assert %okv, "K and V heads differ"
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty(%hq) : tensor<1x?x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%qd, %kd : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%f0 : tensor<1x?x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x8xf32>
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x?x8x8xf32>) outs(%e0 : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %o0 = tensor.empty(%hq) : tensor<1x?x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: a contraction reads an operand with 'd1 mod 2' (only a floordiv / mod of a loop of static size, or a floordiv of a dynamic one, is read as a part of it)}}
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vd : tensor<1x?x8x8xf32>, tensor<1x?x8x16xf32>) outs(%of : tensor<1x?x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x?x8x16xf32>
  return %o : tensor<1x?x8x16xf32>
}
