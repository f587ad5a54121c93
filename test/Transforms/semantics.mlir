// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// The op states what the program does with hidden positions and empty rows:
// `mask_fill` is the logit a position hidden by a boolean mask or the causal
// mode takes (absent: -inf), `empty_rows` what a row whose logits are all
// -inf yields (nan for a plain softmax, zero behind a safe-softmax select).

// A keep mask filled with -1e4 before the scale: hidden logits are -1e4 * 0.5
// = -5000 exactly (mask_fill), the rest scaled.

// CHECK-LABEL: func.func @fill_before_scale
// CHECK: attn.flash_attention {{.*}} mask({{.*}}) {{.*}} {empty_rows = #attn.empty_rows<nan>, mask_fill = -5.000000e+03 : f32, scale = 5.000000e-01 : f32}
func.func @fill_before_scale(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %o: f32):
    %f = arith.constant -1.0e4 : f32
    %y = arith.select %a1, %a0, %f : f32
    %y2 = arith.mulf %y, %c : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: a NaN fill is no logit the op can state.

// CHECK-LABEL: func.func @fill_nan
// CHECK-NOT: attn.flash_attention
func.func @fill_nan(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %o: f32):
    %f = arith.constant 0x7FC00000 : f32
    %y = arith.select %a1, %a0, %f : f32
    %y2 = arith.mulf %y, %c : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: masked logits are filled with nan}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// A finite fill and an additive mask: hidden positions get -1e4 + m, which
// the op (a fill or an additive mask) cannot state.

// CHECK-LABEL: func.func @fill_and_additive
// CHECK-NOT: attn.flash_attention
func.func @fill_and_additive(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>, %m: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep, %m : tensor<1x8x8xf32>, tensor<1x8x8xi1>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %a2: f32, %o: f32):
    %f = arith.constant -1.0e4 : f32
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.select %a1, %y, %f : f32
    %y2 = arith.addf %y1, %a2 : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a term is added to the logits outside a select that fills hidden logits with -10000.000000: hidden positions would get the fill plus that term}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Causal with the fill -1e9 over an additive mask added inside it:
// select(j <= i, S + m, -1e9): the op adds its mask, then hides with the fill.

// CHECK-LABEL: func.func @causal_fill_over_additive
// CHECK: attn.flash_attention {{.*}} mask({{.*}}) {{.*}} {causal = #attn.causal<top_left>, empty_rows = #attn.empty_rows<nan>, mask_fill = -1.000000e+09 : f32, scale = 5.000000e-01 : f32}
func.func @causal_fill_over_additive(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %m: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: f32, %o: f32):
    %f = arith.constant -1.0e9 : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cz = arith.cmpi sle, %j, %i : index
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.addf %y, %a1 : f32
    %y2 = arith.select %cz, %y1, %f : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: the mask added after the causal select (hidden positions get
// -1e9 + m): refused.

// CHECK-LABEL: func.func @causal_fill_under_additive
// CHECK-NOT: attn.flash_attention
func.func @causal_fill_under_additive(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %m: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: f32, %o: f32):
    %f = arith.constant -1.0e9 : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cz = arith.cmpi sle, %j, %i : index
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.select %cz, %y, %f : f32
    %y2 = arith.addf %y1, %a1 : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a term is added to the logits outside a select that fills hidden logits with -1000000000.000000: hidden positions would get the fill plus that term}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// A keep mask with the fill -1e4 over an additive mask: the op takes one
// mask (boolean with the fill, or additive): refused.

// CHECK-LABEL: func.func @bool_fill_over_additive
// CHECK-NOT: attn.flash_attention
func.func @bool_fill_over_additive(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>, %m: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep, %m : tensor<1x8x8xf32>, tensor<1x8x8xi1>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %a2: f32, %o: f32):
    %f = arith.constant -1.0e4 : f32
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.addf %y, %a2 : f32
    %y2 = arith.select %a1, %y1, %f : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a boolean mask with the finite fill -10000.000000 and an additive mask: the op takes one mask, boolean or additive (booleans become -inf terms, exact only for a -inf fill)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: with a -inf fill the keep mask becomes a 0 / -inf additive term.

// CHECK-LABEL: func.func @ninf_fill_and_additive
// CHECK: attn.flash_attention {{.*}} {empty_rows = #attn.empty_rows<nan>, scale = 5.000000e-01 : f32}
func.func @ninf_fill_and_additive(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>, %m: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep, %m : tensor<1x8x8xf32>, tensor<1x8x8xi1>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %a2: f32, %o: f32):
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.select %a1, %y, %ninf : f32
    %y2 = arith.addf %y1, %a2 : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Causal with -inf and a keep mask with -1e4: two fills, refused.

// CHECK-LABEL: func.func @two_fills
// CHECK-NOT: attn.flash_attention
func.func @two_fills(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %o: f32):
    %f = arith.constant -1.0e4 : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cz = arith.cmpi sle, %j, %i : index
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.select %a1, %y, %f : f32
    %y2 = arith.select %cz, %y1, %ninf : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: masks fill hidden logits with different values (-inf and -10000.000000)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: both with -1e4: causal and the keep mask, mask_fill = -1e4.

// CHECK-LABEL: func.func @one_fill
// CHECK: attn.flash_attention {{.*}} {causal = #attn.causal<top_left>, empty_rows = #attn.empty_rows<nan>, mask_fill = -1.000000e+04 : f32, scale = 5.000000e-01 : f32}
func.func @one_fill(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %o: f32):
    %f = arith.constant -1.0e4 : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cz = arith.cmpi sle, %j, %i : index
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.select %a1, %y, %f : f32
    %y2 = arith.select %cz, %y1, %f : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// An additive causal term computed in the logits op with a finite value:
// x + select(j <= i, 0, -1e9) adds -1e9, it does not hide: no mask tensor to
// pass, refused.

// CHECK-LABEL: func.func @additive_finite_select
// CHECK-NOT: attn.flash_attention
func.func @additive_finite_select(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %o: f32):
    %f = arith.constant -1.0e9 : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cz = arith.cmpi sle, %j, %i : index
    %t = arith.select %cz, %z, %f : f32
    %y = arith.mulf %a0, %c : f32
    %y2 = arith.addf %y, %t : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a select adds -1000000000.000000 to the logits inside the logits op (an additive mask that is not a tensor of its own)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: adding -inf hides: causal.

// CHECK-LABEL: func.func @additive_ninf_select
// CHECK: attn.flash_attention {{.*}} {causal = #attn.causal<top_left>, empty_rows = #attn.empty_rows<nan>, scale = 5.000000e-01 : f32}
func.func @additive_ninf_select(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %o: f32):
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cz = arith.cmpi sle, %j, %i : index
    %t = arith.select %cz, %z, %ninf : f32
    %y = arith.mulf %a0, %c : f32
    %y2 = arith.addf %y, %t : f32
    linalg.yield %y2 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// PyTorch's safe softmax: select(all_key(X == -inf), 0, softmax(X)) zeroes
// the rows with no visible key: empty_rows = zero (the default, not printed).

// CHECK-LABEL: func.func @safe_softmax
// CHECK: attn.flash_attention {{.*}} {scale = 5.000000e-01 : f32}
func.func @safe_softmax(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %o: f32):
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.select %a1, %y, %ninf : f32
    linalg.yield %y1 : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %eqe = tensor.empty() : tensor<1x8x8xi1>
  %eq = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x : tensor<1x8x8xf32>) outs(%eqe : tensor<1x8x8xi1>) {
  ^bb0(%a: f32, %o: i1):
    %w = arith.extf %a : f32 to f64
    %ni = arith.constant 0xFFF0000000000000 : f64
    %b = arith.cmpf oeq, %w, %ni : f64
    linalg.yield %b : i1
  } -> tensor<1x8x8xi1>
  %true = arith.constant true
  %ae = tensor.empty() : tensor<1x8xi1>
  %af = linalg.fill ins(%true : i1) outs(%ae : tensor<1x8xi1>) -> tensor<1x8xi1>
  %all = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%eq : tensor<1x8x8xi1>) outs(%af : tensor<1x8xi1>) {
  ^bb0(%a: i1, %o: i1):
    %b = arith.andi %a, %o : i1
    linalg.yield %b : i1
  } -> tensor<1x8xi1>
  %zt = arith.constant dense<0.0> : tensor<1x8x8xf32>
  %ps = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%all, %zt, %p : tensor<1x8xi1>, tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: i1, %zz: f32, %pp: f32, %o: f32):
    %r = arith.select %a, %zz, %pp : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%ps, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: the all() reduces the query axis (zeroes columns, not rows).

// CHECK-LABEL: func.func @safe_softmax_wrong_axis
// CHECK-NOT: attn.flash_attention
func.func @safe_softmax_wrong_axis(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %o: f32):
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.select %a1, %y, %ninf : f32
    linalg.yield %y1 : f32
  } -> tensor<1x8x8xf32>
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %eqe = tensor.empty() : tensor<1x8x8xi1>
  %eq = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x : tensor<1x8x8xf32>) outs(%eqe : tensor<1x8x8xi1>) {
  ^bb0(%a: f32, %o: i1):
    %w = arith.extf %a : f32 to f64
    %ni = arith.constant 0xFFF0000000000000 : f64
    %b = arith.cmpf oeq, %w, %ni : f64
    linalg.yield %b : i1
  } -> tensor<1x8x8xi1>
  %true = arith.constant true
  %ae = tensor.empty() : tensor<1x8xi1>
  %af = linalg.fill ins(%true : i1) outs(%ae : tensor<1x8xi1>) -> tensor<1x8xi1>
  %all = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, j)>], iterator_types = ["parallel", "reduction", "parallel"]} ins(%eq : tensor<1x8x8xi1>) outs(%af : tensor<1x8xi1>) {
  ^bb0(%a: i1, %o: i1):
    %b = arith.andi %a, %o : i1
    linalg.yield %b : i1
  } -> tensor<1x8xi1>
  %zt = arith.constant dense<0.0> : tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'select' is applied to the probabilities that is not a safe softmax (select(all_key(X == -inf), 0, P) or select(P != P, 0, P))}}
  %ps = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%all, %zt, %p : tensor<1x8xi1>, tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: i1, %zz: f32, %pp: f32, %o: f32):
    %r = arith.select %a, %zz, %pp : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%ps, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: the rows are set to 1, not 0.

// CHECK-LABEL: func.func @safe_softmax_wrong_constant
// CHECK-NOT: attn.flash_attention
func.func @safe_softmax_wrong_constant(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %o: f32):
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.select %a1, %y, %ninf : f32
    linalg.yield %y1 : f32
  } -> tensor<1x8x8xf32>
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %eqe = tensor.empty() : tensor<1x8x8xi1>
  %eq = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x : tensor<1x8x8xf32>) outs(%eqe : tensor<1x8x8xi1>) {
  ^bb0(%a: f32, %o: i1):
    %w = arith.extf %a : f32 to f64
    %ni = arith.constant 0xFFF0000000000000 : f64
    %b = arith.cmpf oeq, %w, %ni : f64
    linalg.yield %b : i1
  } -> tensor<1x8x8xi1>
  %true = arith.constant true
  %ae = tensor.empty() : tensor<1x8xi1>
  %af = linalg.fill ins(%true : i1) outs(%ae : tensor<1x8xi1>) -> tensor<1x8xi1>
  %all = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%eq : tensor<1x8x8xi1>) outs(%af : tensor<1x8xi1>) {
  ^bb0(%a: i1, %o: i1):
    %b = arith.andi %a, %o : i1
    linalg.yield %b : i1
  } -> tensor<1x8xi1>
  %zt = arith.constant dense<1.0> : tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'select' is applied to the probabilities before the second contraction}}
  %ps = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%all, %zt, %p : tensor<1x8xi1>, tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: i1, %zz: f32, %pp: f32, %o: f32):
    %r = arith.select %a, %zz, %pp : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%ps, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: the test reads the scores before the mask, not the softmax's logits.

// CHECK-LABEL: func.func @safe_softmax_other_tensor
// CHECK-NOT: attn.flash_attention
func.func @safe_softmax_other_tensor(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>, %keep: tensor<1x8x8xi1>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %a1: i1, %o: f32):
    %y = arith.mulf %a0, %c : f32
    %y1 = arith.select %a1, %y, %ninf : f32
    linalg.yield %y1 : f32
  } -> tensor<1x8x8xf32>
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %eqe = tensor.empty() : tensor<1x8x8xi1>
  %eq = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%eqe : tensor<1x8x8xi1>) {
  ^bb0(%a: f32, %o: i1):
    %w = arith.extf %a : f32 to f64
    %ni = arith.constant 0xFFF0000000000000 : f64
    %b = arith.cmpf oeq, %w, %ni : f64
    linalg.yield %b : i1
  } -> tensor<1x8x8xi1>
  %true = arith.constant true
  %ae = tensor.empty() : tensor<1x8xi1>
  %af = linalg.fill ins(%true : i1) outs(%ae : tensor<1x8xi1>) -> tensor<1x8xi1>
  %all = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%eq : tensor<1x8x8xi1>) outs(%af : tensor<1x8xi1>) {
  ^bb0(%a: i1, %o: i1):
    %b = arith.andi %a, %o : i1
    linalg.yield %b : i1
  } -> tensor<1x8xi1>
  %zt = arith.constant dense<0.0> : tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'select' is applied to the probabilities that is not a safe softmax (select(all_key(X == -inf), 0, P) or select(P != P, 0, P))}}
  %ps = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%all, %zt, %p : tensor<1x8xi1>, tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: i1, %zz: f32, %pp: f32, %o: f32):
    %r = arith.select %a, %zz, %pp : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%ps, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// The ONNX exporters' select(P != P, 0, P) (unordered !=): empty_rows = zero.

// CHECK-LABEL: func.func @nan_select
// CHECK: attn.flash_attention {{.*}} {scale = 5.000000e-01 : f32}
func.func @nan_select(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %o: f32):
    %y = arith.mulf %a0, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %ps = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p, %s : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%pp: f32, %ss: f32, %o: f32):
    %n = arith.cmpf une, %pp, %pp : f32
    %r = arith.select %n, %z, %pp : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%ps, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: an ordered != is never true on NaN (a plain softmax behind a no-op
// select): not the safe-softmax form, refused.

// CHECK-LABEL: func.func @nan_select_ordered
// CHECK-NOT: attn.flash_attention
func.func @nan_select_ordered(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %o: f32):
    %y = arith.mulf %a0, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'select' is applied to the probabilities that is not a safe softmax (select(all_key(X == -inf), 0, P) or select(P != P, 0, P))}}
  %ps = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p, %s : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%pp: f32, %ss: f32, %o: f32):
    %n = arith.cmpf one, %pp, %pp : f32
    %r = arith.select %n, %z, %pp : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%ps, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}

// -----

// Twin: P != S compares another tensor.

// CHECK-LABEL: func.func @nan_select_other_tensor
// CHECK-NOT: attn.flash_attention
func.func @nan_select_other_tensor(%q: tensor<1x8x8xf32>, %k: tensor<1x8x8xf32>, %v: tensor<1x8x8xf32>) -> tensor<1x8x8xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a0: f32, %o: f32):
    %y = arith.mulf %a0, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'select' is applied to the probabilities that is not a safe softmax (select(all_key(X == -inf), 0, P) or select(P != P, 0, P))}}
  %ps = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p, %s : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%pp: f32, %ss: f32, %o: f32):
    %n = arith.cmpf une, %pp, %ss : f32
    %r = arith.select %n, %z, %pp : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o = linalg.batch_matmul ins(%ps, %v : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  return %o : tensor<1x8x8xf32>
}
