// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Additive [Sq, Sk] mask broadcast over batch and heads by the indexing
// map, added after the scale: expanded to [1, 1, Sq, Sk].

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#m2 = affine_map<(b, h, i, j) -> (i, j)>

// CHECK-LABEL: func.func @mask_2d
// CHECK-SAME: %[[M:[a-z0-9]+]]: tensor<16x24xf32>)
// CHECK: %[[M4:.*]] = tensor.expand_shape %[[M]] {{\[}}[0, 1, 2], [3]] output_shape [1, 1, 16, 24] : tensor<16x24xf32> into tensor<1x1x16x24xf32>
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : {{.*}}) mask(%[[M4]] : tensor<1x1x16x24xf32>) outs(%{{.*}} : tensor<2x4x16x32xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
func.func @mask_2d(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %mask: tensor<16x24xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #m2, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<2x4x16x24xf32>, tensor<16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %a = arith.addf %sc, %x0 : f32
    linalg.yield %a : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// The mask added before the scale: (S + M) * c = c * S + c * M. The op adds
// its mask after the scale, so it gets c * M (computed by one elementwise op,
// rounded like the graph's own product).

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#m2 = affine_map<(b, h, i, j) -> (i, j)>

// CHECK-LABEL: func.func @mask_2d_scaled
// CHECK-SAME: %[[M:[a-z0-9]+]]: tensor<16x24xf32>)
// CHECK: %[[M4:.*]] = tensor.expand_shape %[[M]]
// CHECK: %[[MS:.*]] = linalg.generic {{.*}} ins(%[[M4]] : tensor<1x1x16x24xf32>)
// CHECK: arith.mulf %{{.*}}, %{{.*}} : f32
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[MS]] : tensor<1x1x16x24xf32>) outs(%{{.*}} : tensor<2x4x16x32xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
func.func @mask_2d_scaled(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %mask: tensor<16x24xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #m2, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<2x4x16x24xf32>, tensor<16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: f32, %out: f32):
    %a = arith.addf %in, %x0 : f32
    %sc = arith.mulf %a, %c : f32
    linalg.yield %sc : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// Twin of @mask_2d with the mask subtracted: -M would turn a -inf mask
// into +inf.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#m2 = affine_map<(b, h, i, j) -> (i, j)>

// CHECK-LABEL: func.func @mask_2d_subtracted
// CHECK-NOT: attn.flash_attention
func.func @mask_2d_subtracted(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %mask: tensor<16x24xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #m2, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<2x4x16x24xf32>, tensor<16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %a = arith.subf %sc, %x0 : f32
    linalg.yield %a : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the additive mask enters the logits with coefficient -1.000000 (only a positive one can be folded into the mask)}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// Padding mask [B, 1, 1, Sk] (one row of key offsets per batch): passed as
// is, broadcast by the op.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mp = affine_map<(b, h, i, j) -> (b, 0, 0, j)>

// CHECK-LABEL: func.func @mask_padding
// CHECK-SAME: %[[M:[a-z0-9]+]]: tensor<2x1x1x24xf32>)
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[M]] : tensor<2x1x1x24xf32>) outs(%{{.*}} : tensor<2x4x16x32xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
func.func @mask_padding(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %mask: tensor<2x1x1x24xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mp, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<2x4x16x24xf32>, tensor<2x1x1x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %a = arith.addf %sc, %x0 : f32
    linalg.yield %a : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// A padding mask [B, 1, 1, Sk] and a [Sq, Sk] mask both added: the op gets
// their sum, broadcast to [B, 1, Sq, Sk] by one elementwise op.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mp = affine_map<(b, h, i, j) -> (b, 0, 0, j)>
#m2 = affine_map<(b, h, i, j) -> (i, j)>

// CHECK-LABEL: func.func @two_masks
// CHECK-SAME: %[[M1:[a-z0-9]+]]: tensor<2x1x1x24xf32>, %[[M2:[a-z0-9]+]]: tensor<16x24xf32>)
// CHECK: %[[M24:.*]] = tensor.expand_shape %[[M2]] {{\[}}[0, 1, 2], [3]] output_shape [1, 1, 16, 24]
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[M1]], %[[M24]] : tensor<2x1x1x24xf32>, tensor<1x1x16x24xf32>) outs(%{{.*}} : tensor<2x1x16x24xf32>)
// CHECK: arith.addf
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[SUM]] : tensor<2x1x16x24xf32>)
func.func @two_masks(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %mask: tensor<2x1x1x24xf32>, %mask2: tensor<16x24xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mp, #m2, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask, %mask2 : tensor<2x4x16x24xf32>, tensor<2x1x1x24xf32>, tensor<16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: f32, %x1: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %a = arith.addf %sc, %x0 : f32
    %a2 = arith.addf %a, %x1 : f32
    linalg.yield %a2 : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// An additive padding mask and a boolean keep-mask together: the op takes
// one mask, so the keep-mask becomes 0 / -inf and the two are added.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mp = affine_map<(b, h, i, j) -> (b, 0, 0, j)>
#m2 = affine_map<(b, h, i, j) -> (i, j)>

// CHECK-LABEL: func.func @additive_and_bool_masks
// CHECK: %[[M:.*]] = linalg.generic
// CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : f32
// CHECK: arith.addf
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[M]] : tensor<2x1x16x24xf32>)
func.func @additive_and_bool_masks(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %mask: tensor<2x1x1x24xf32>, %keep: tensor<16x24xi1>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mp, #m2, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask, %keep : tensor<2x4x16x24xf32>, tensor<2x1x1x24xf32>, tensor<16x24xi1>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: f32, %x1: i1, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %a = arith.addf %sc, %x0 : f32
    %a2 = arith.select %x1, %a, %ninf : f32
    linalg.yield %a2 : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// A sliding-window keep-mask |j - i| <= 4 computed by its own generic from
// linalg.index: not causal, but a whole i1 tensor, passed as the mask.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#m2 = affine_map<(b, h, i, j) -> (i, j)>
#id2 = affine_map<(i, j) -> (i, j)>

// CHECK-LABEL: func.func @window_mask
// CHECK: %[[W:.*]] = linalg.generic
// CHECK: arith.cmpi
// CHECK: %[[W4:.*]] = tensor.expand_shape %[[W]]
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[W4]] : tensor<1x1x16x24xi1>) outs(%{{.*}} : tensor<2x4x16x32xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
func.func @window_mask(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %w0 = tensor.empty() : tensor<16x24xi1>
  %win = linalg.generic {indexing_maps = [#id2], iterator_types = ["parallel", "parallel"]} outs(%w0 : tensor<16x24xi1>) {
  ^bb0(%out: i1):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %ii = arith.index_cast %i : index to i32
    %jj = arith.index_cast %j : index to i32
    %d = arith.subi %jj, %ii : i32
    %z = arith.constant 0 : i32
    %n = arith.subi %z, %d : i32
    %ad = arith.maxsi %d, %n : i32
    %four = arith.constant 4 : i32
    %in = arith.cmpi sle, %ad, %four : i32
    linalg.yield %in : i1
  } -> tensor<16x24xi1>
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #m2, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %win : tensor<2x4x16x24xf32>, tensor<16x24xi1>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: i1, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %a2 = arith.select %x0, %sc, %ninf : f32
    linalg.yield %a2 : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// masked_fill(mask == 0, -inf) fused into the logits op: the compare of an
// integer padding mask with 0 is computed as an i1 keep-mask by the rewrite
// (mask != 0: the select fills where mask == 0).

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mp = affine_map<(b, h, i, j) -> (b, j)>

// CHECK-LABEL: func.func @masked_fill_eq_zero
// CHECK-SAME: %[[M:[a-z0-9]+]]: tensor<2x24xi32>)
// CHECK: %[[C:.*]] = linalg.generic {{.*}} ins(%[[M]] : tensor<2x24xi32>) outs(%{{.*}} : tensor<2x24xi1>)
// CHECK: arith.cmpi ne
// CHECK: %[[C4:.*]] = tensor.expand_shape %[[C]] {{\[}}[0], [1, 2, 3]] output_shape [2, 1, 1, 24]
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[C4]] : tensor<2x1x1x24xi1>)
func.func @masked_fill_eq_zero(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %pad: tensor<2x24xi32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mp, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %pad : tensor<2x4x16x24xf32>, tensor<2x24xi32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: i32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %z = arith.constant 0 : i32
    %isz = arith.cmpi eq, %x0, %z : i32
    %a2 = arith.select %isz, %ninf, %sc : f32
    linalg.yield %a2 : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// The same with a float mask compared below 0 (masked where mask < 0).

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mp = affine_map<(b, h, i, j) -> (b, j)>

// The op keeps where the program's ordered compare fails: uge (a NaN mask
// value fails `olt`, so the program keeps it).
// CHECK-LABEL: func.func @masked_fill_lt_zero
// CHECK: arith.cmpf uge
// CHECK: attn.flash_attention
func.func @masked_fill_lt_zero(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %pad: tensor<2x24xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mp, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %pad : tensor<2x4x16x24xf32>, tensor<2x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %neg = arith.cmpf olt, %x0, %zero : f32
    %a2 = arith.select %neg, %ninf, %sc : f32
    linalg.yield %a2 : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// Twin of @window_mask whose condition reads the scores (select(x > 0, x,
// -inf), a ReLU-like cut): not a mask.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @condition_on_scores
// CHECK-NOT: attn.flash_attention
func.func @condition_on_scores(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %pos = arith.cmpf ogt, %sc, %zero : f32
    %a2 = arith.select %pos, %sc, %ninf : f32
    linalg.yield %a2 : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: not fused: mask condition is not a compare of the query and key indices}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// Full [B, H, Sq, Sk] additive mask, transposed in memory ([B, H, Sk, Sq]
// read through the indexing map): the op gets a linalg.transpose view.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mt = affine_map<(b, h, i, j) -> (b, h, j, i)>

// CHECK-LABEL: func.func @mask_full_transposed
// CHECK-SAME: %[[M:[a-z0-9]+]]: tensor<2x4x24x16xf32>)
// CHECK: %[[MT:.*]] = linalg.transpose ins(%[[M]] : tensor<2x4x24x16xf32>) outs(%{{.*}} : tensor<2x4x16x24xf32>) permutation = [0, 1, 3, 2]
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[MT]] : tensor<2x4x16x24xf32>)
func.func @mask_full_transposed(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %mask: tensor<2x4x24x16xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mt, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<2x4x16x24xf32>, tensor<2x4x24x16xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %a = arith.addf %sc, %x0 : f32
    linalg.yield %a : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// Twin of @mask_full_transposed where the mask is read along the diagonal
// (map (b, h, i, j) -> (b, h, j, j)): not a broadcast of [B, H, Sq, Sk].

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mt = affine_map<(b, h, i, j) -> (b, h, j, j)>

// CHECK-LABEL: func.func @mask_diagonal
// CHECK-NOT: attn.flash_attention
func.func @mask_diagonal(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %mask: tensor<2x4x24x24xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mt, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<2x4x16x24xf32>, tensor<2x4x24x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %a = arith.addf %sc, %x0 : f32
    linalg.yield %a : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: not fused: mask broadcast does not match the op's [B|1, Hq|1, Sq|1, Sk|1]: it is read along a diagonal}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// Boolean keep-mask [B, 1, Sq, Sk] applied with select(keep, x, -inf):
// passed as the op's i1 mask.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mb = affine_map<(b, h, i, j) -> (b, 0, i, j)>

// CHECK-LABEL: func.func @mask_bool
// CHECK-SAME: %[[M:[a-z0-9]+]]: tensor<2x1x16x24xi1>)
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[M]] : tensor<2x1x16x24xi1>) outs(%{{.*}} : tensor<2x4x16x32xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
func.func @mask_bool(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %keep: tensor<2x1x16x24xi1>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mb, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<2x4x16x24xf32>, tensor<2x1x16x24xi1>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: i1, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %r = arith.select %x0, %sc, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// A drop-mask (true = masked, select(drop, -1e9, x)): the op gets the
// negated mask. A large negative fill is accepted like -inf.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mb = affine_map<(b, h, i, j) -> (b, 0, i, j)>

// CHECK-LABEL: func.func @mask_bool_inverted
// CHECK-SAME: %[[M:[a-z0-9]+]]: tensor<2x1x16x24xi1>)
// CHECK: %[[N:.*]] = linalg.generic {{.*}} ins(%[[M]] : tensor<2x1x16x24xi1>)
// CHECK: arith.xori
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[N]] : tensor<2x1x16x24xi1>)
func.func @mask_bool_inverted(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %drop: tensor<2x1x16x24xi1>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mb, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %drop : tensor<2x4x16x24xf32>, tensor<2x1x16x24xi1>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: i1, %out: f32):
    %big = arith.constant -1.0e9 : f32
    %sc = arith.mulf %in, %c : f32
    %r = arith.select %x0, %big, %sc : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}

// -----

// @mask_bool filling masked logits with 0: hidden keys take the logit 0
// (they still get weight), which the op states as mask_fill = 0.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mb = affine_map<(b, h, i, j) -> (b, 0, i, j)>

// CHECK-LABEL: func.func @mask_bool_zero_fill
// CHECK: attn.flash_attention {{.*}} mask(%arg3 : tensor<2x1x16x24xi1>) {{.*}} {empty_rows = #attn.empty_rows<nan>, mask_fill = 0.000000e+00 : f32, scale = 0.176776692 : f32}
func.func @mask_bool_zero_fill(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %keep: tensor<2x1x16x24xi1>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mb, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<2x4x16x24xf32>, tensor<2x1x16x24xi1>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %x0: i1, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %r = arith.select %x0, %sc, %zero : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %o0 = tensor.empty() : tensor<2x4x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x16x24xf32>, tensor<2x4x24x32xf32>) outs(%of : tensor<2x4x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x32xf32>
  return %o : tensor<2x4x16x32xf32>
}
