// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// -----

// GQA as torch's repeat_interleave spells it: K/V [B, 2, Sk, D] expanded,
// broadcast over a group axis of 4 and collapsed to 8 heads. The op takes the
// 2-head K/V directly (Hq = 8 = 2 kv heads x 4). f16 operands with f32
// accumulation, an f32 softmax, truncf of P and of the result: the op is
// f16 in and out. The [B, 1, Sq, Sk] f32 mask is passed as is.

#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mb = affine_map<(b, h, i, j) -> (b, 0, i, j)>
#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>

// CHECK-LABEL: func.func @gqa_mask_f16
// CHECK-SAME: (%[[Q:.*]]: tensor<2x8x16x32xf16>, %[[K:.*]]: tensor<2x2x24x32xf16>, %[[V:.*]]: tensor<2x2x24x32xf16>, %[[M:.*]]: tensor<2x1x16x24xf32>)
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x8x16x32xf16>
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : tensor<2x8x16x32xf16>, tensor<2x2x24x32xf16>, tensor<2x2x24x32xf16>) mask(%[[M]] : tensor<2x1x16x24xf32>) outs(%[[INIT]] : tensor<2x8x16x32xf16>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32} -> tensor<2x8x16x32xf16>
// CHECK-NEXT: return %[[O]]
func.func @gqa_mask_f16(%q: tensor<2x8x16x32xf16>, %k: tensor<2x2x24x32xf16>, %v: tensor<2x2x24x32xf16>, %mask: tensor<2x1x16x24xf32>) -> tensor<2x8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zh = arith.constant 0.0 : f16
  %ke = tensor.expand_shape %k [[0], [1, 2], [3], [4]] output_shape [2, 2, 1, 24, 32] : tensor<2x2x24x32xf16> into tensor<2x2x1x24x32xf16>
  %kb0 = tensor.empty() : tensor<2x2x4x24x32xf16>
  %kc = tensor.collapse_shape %ke [[0], [1, 2], [3], [4]] : tensor<2x2x1x24x32xf16> into tensor<2x2x24x32xf16>
  %kb = linalg.broadcast ins(%kc : tensor<2x2x24x32xf16>) outs(%kb0 : tensor<2x2x4x24x32xf16>) dimensions = [2]
  %kk = tensor.collapse_shape %kb [[0], [1, 2], [3], [4]] : tensor<2x2x4x24x32xf16> into tensor<2x8x24x32xf16>
  %vb = linalg.broadcast ins(%v : tensor<2x2x24x32xf16>) outs(%kb0 : tensor<2x2x4x24x32xf16>) dimensions = [2]
  %vv = tensor.collapse_shape %vb [[0], [1, 2], [3], [4]] : tensor<2x2x4x24x32xf16> into tensor<2x8x24x32xf16>
  %s0 = tensor.empty() : tensor<2x8x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x8x16x24xf32>) -> tensor<2x8x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kk : tensor<2x8x16x32xf16>, tensor<2x8x24x32xf16>) outs(%sf : tensor<2x8x16x24xf32>) {
  ^bb0(%a: f16, %b: f16, %acc: f32):
    %a32 = arith.extf %a : f16 to f32
    %b32 = arith.extf %b : f16 to f32
    %m = arith.mulf %a32, %b32 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x8x16x24xf32>
  %c = arith.constant 0.17677669529 : f32
  %ss = linalg.generic {indexing_maps = [#id, #mb, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<2x8x16x24xf32>, tensor<2x1x16x24xf32>) outs(%s0 : tensor<2x8x16x24xf32>) {
  ^bb0(%in: f32, %mk: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    %a = arith.addf %m, %mk : f32
    linalg.yield %a : f32
  } -> tensor<2x8x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p32 = linalg.softmax dimension(3) ins(%ss : tensor<2x8x16x24xf32>) outs(%s0 : tensor<2x8x16x24xf32>) -> tensor<2x8x16x24xf32>
  %ph0 = tensor.empty() : tensor<2x8x16x24xf16>
  %p = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%p32 : tensor<2x8x16x24xf32>) outs(%ph0 : tensor<2x8x16x24xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x8x16x24xf16>
  %o0 = tensor.empty() : tensor<2x8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x8x16x32xf32>) -> tensor<2x8x16x32xf32>
  %o = linalg.generic {indexing_maps = [#s, #k, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %vv : tensor<2x8x16x24xf16>, tensor<2x8x24x32xf16>) outs(%of : tensor<2x8x16x32xf32>) {
  ^bb0(%a: f16, %b: f16, %acc: f32):
    %a32 = arith.extf %a : f16 to f32
    %b32 = arith.extf %b : f16 to f32
    %m = arith.mulf %a32, %b32 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x8x16x32xf32>
  %oh0 = tensor.empty() : tensor<2x8x16x32xf16>
  %oh = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<2x8x16x32xf32>) outs(%oh0 : tensor<2x8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x8x16x32xf16>
  return %oh : tensor<2x8x16x32xf16>
}

// -----

// A mask with one row per kv head, broadcast over the group like K/V. With
// heads grouped [kv head, group] the mask would vary along part of Hq; the
// matcher takes the other grouping: B = batch x kv heads (4), Hq = the
// group (4), one kv head per batch entry. All views are reshapes.

#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mb = affine_map<(b, h, i, j) -> (b, 0, i, j)>
#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>

// CHECK-LABEL: func.func @gqa_mask_per_kv_head
// CHECK-SAME: (%[[Q:.*]]: tensor<2x8x16x32xf16>, %[[K:.*]]: tensor<2x2x24x32xf16>, %[[V:.*]]: tensor<2x2x24x32xf16>, %[[M:.*]]: tensor<2x2x16x24xf32>)
// CHECK: %[[QE:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0], [1, 2], [3], [4]] output_shape [2, 2, 4, 16, 32]
// CHECK: %[[Q4:.*]] = tensor.collapse_shape %[[QE]] {{\[}}[0, 1], [2], [3], [4]] : tensor<2x2x4x16x32xf16> into tensor<4x4x16x32xf16>
// CHECK: attn.flash_attention ins(%[[Q4]], %{{.*}}, %{{.*}} : tensor<4x4x16x32xf16>, tensor<4x1x24x32xf16>, tensor<4x1x24x32xf16>) mask(%{{.*}} : tensor<4x1x16x24xf32>) outs(%{{.*}} : tensor<4x4x16x32xf16>)
func.func @gqa_mask_per_kv_head(%q: tensor<2x8x16x32xf16>, %k: tensor<2x2x24x32xf16>, %v: tensor<2x2x24x32xf16>, %mask: tensor<2x2x16x24xf32>) -> tensor<2x8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zh = arith.constant 0.0 : f16
  %ke = tensor.expand_shape %k [[0], [1, 2], [3], [4]] output_shape [2, 2, 1, 24, 32] : tensor<2x2x24x32xf16> into tensor<2x2x1x24x32xf16>
  %kb0 = tensor.empty() : tensor<2x2x4x24x32xf16>
  %kc = tensor.collapse_shape %ke [[0], [1, 2], [3], [4]] : tensor<2x2x1x24x32xf16> into tensor<2x2x24x32xf16>
  %kb = linalg.broadcast ins(%kc : tensor<2x2x24x32xf16>) outs(%kb0 : tensor<2x2x4x24x32xf16>) dimensions = [2]
  %kk = tensor.collapse_shape %kb [[0], [1, 2], [3], [4]] : tensor<2x2x4x24x32xf16> into tensor<2x8x24x32xf16>
  %vb = linalg.broadcast ins(%v : tensor<2x2x24x32xf16>) outs(%kb0 : tensor<2x2x4x24x32xf16>) dimensions = [2]
  %vv = tensor.collapse_shape %vb [[0], [1, 2], [3], [4]] : tensor<2x2x4x24x32xf16> into tensor<2x8x24x32xf16>
  %mb0 = tensor.empty() : tensor<2x2x4x16x24xf32>
  %mb = linalg.broadcast ins(%mask : tensor<2x2x16x24xf32>) outs(%mb0 : tensor<2x2x4x16x24xf32>) dimensions = [2]
  %mm = tensor.collapse_shape %mb [[0], [1, 2], [3], [4]] : tensor<2x2x4x16x24xf32> into tensor<2x8x16x24xf32>
  %s0 = tensor.empty() : tensor<2x8x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x8x16x24xf32>) -> tensor<2x8x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kk : tensor<2x8x16x32xf16>, tensor<2x8x24x32xf16>) outs(%sf : tensor<2x8x16x24xf32>) {
  ^bb0(%a: f16, %b: f16, %acc: f32):
    %a32 = arith.extf %a : f16 to f32
    %b32 = arith.extf %b : f16 to f32
    %m = arith.mulf %a32, %b32 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x8x16x24xf32>
  %c = arith.constant 0.17677669529 : f32
  %ss = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mm : tensor<2x8x16x24xf32>, tensor<2x8x16x24xf32>) outs(%s0 : tensor<2x8x16x24xf32>) {
  ^bb0(%in: f32, %mk: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    %a = arith.addf %m, %mk : f32
    linalg.yield %a : f32
  } -> tensor<2x8x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p32 = linalg.softmax dimension(3) ins(%ss : tensor<2x8x16x24xf32>) outs(%s0 : tensor<2x8x16x24xf32>) -> tensor<2x8x16x24xf32>
  %ph0 = tensor.empty() : tensor<2x8x16x24xf16>
  %p = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%p32 : tensor<2x8x16x24xf32>) outs(%ph0 : tensor<2x8x16x24xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x8x16x24xf16>
  %o0 = tensor.empty() : tensor<2x8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x8x16x32xf32>) -> tensor<2x8x16x32xf32>
  %o = linalg.generic {indexing_maps = [#s, #k, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %vv : tensor<2x8x16x24xf16>, tensor<2x8x24x32xf16>) outs(%of : tensor<2x8x16x32xf32>) {
  ^bb0(%a: f16, %b: f16, %acc: f32):
    %a32 = arith.extf %a : f16 to f32
    %b32 = arith.extf %b : f16 to f32
    %m = arith.mulf %a32, %b32 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x8x16x32xf32>
  %oh0 = tensor.empty() : tensor<2x8x16x32xf16>
  %oh = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<2x8x16x32xf32>) outs(%oh0 : tensor<2x8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x8x16x32xf16>
  return %oh : tensor<2x8x16x32xf16>
}

// -----

// Twin of @gqa_mask_f16 whose mask has one row per group slot, shared by
// the kv heads (broadcast over the kv-head axis): no grouping of the heads
// into the op's B and Hq makes it a [B|1, Hq|1, Sq|1, Sk|1] broadcast.

#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mb = affine_map<(b, h, i, j) -> (b, 0, i, j)>
#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>

// CHECK-LABEL: func.func @gqa_mask_per_group
// CHECK-NOT: attn.flash_attention
func.func @gqa_mask_per_group(%q: tensor<2x8x16x32xf16>, %k: tensor<2x2x24x32xf16>, %v: tensor<2x2x24x32xf16>, %mask: tensor<2x4x16x24xf32>) -> tensor<2x8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zh = arith.constant 0.0 : f16
  %ke = tensor.expand_shape %k [[0], [1, 2], [3], [4]] output_shape [2, 2, 1, 24, 32] : tensor<2x2x24x32xf16> into tensor<2x2x1x24x32xf16>
  %kb0 = tensor.empty() : tensor<2x2x4x24x32xf16>
  %kc = tensor.collapse_shape %ke [[0], [1, 2], [3], [4]] : tensor<2x2x1x24x32xf16> into tensor<2x2x24x32xf16>
  %kb = linalg.broadcast ins(%kc : tensor<2x2x24x32xf16>) outs(%kb0 : tensor<2x2x4x24x32xf16>) dimensions = [2]
  %kk = tensor.collapse_shape %kb [[0], [1, 2], [3], [4]] : tensor<2x2x4x24x32xf16> into tensor<2x8x24x32xf16>
  %vb = linalg.broadcast ins(%v : tensor<2x2x24x32xf16>) outs(%kb0 : tensor<2x2x4x24x32xf16>) dimensions = [2]
  %vv = tensor.collapse_shape %vb [[0], [1, 2], [3], [4]] : tensor<2x2x4x24x32xf16> into tensor<2x8x24x32xf16>
  %mb0 = tensor.empty() : tensor<2x2x4x16x24xf32>
  %mb = linalg.broadcast ins(%mask : tensor<2x4x16x24xf32>) outs(%mb0 : tensor<2x2x4x16x24xf32>) dimensions = [1]
  %mm = tensor.collapse_shape %mb [[0], [1, 2], [3], [4]] : tensor<2x2x4x16x24xf32> into tensor<2x8x16x24xf32>
  %s0 = tensor.empty() : tensor<2x8x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x8x16x24xf32>) -> tensor<2x8x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kk : tensor<2x8x16x32xf16>, tensor<2x8x24x32xf16>) outs(%sf : tensor<2x8x16x24xf32>) {
  ^bb0(%a: f16, %b: f16, %acc: f32):
    %a32 = arith.extf %a : f16 to f32
    %b32 = arith.extf %b : f16 to f32
    %m = arith.mulf %a32, %b32 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x8x16x24xf32>
  %c = arith.constant 0.17677669529 : f32
  %ss = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mm : tensor<2x8x16x24xf32>, tensor<2x8x16x24xf32>) outs(%s0 : tensor<2x8x16x24xf32>) {
  ^bb0(%in: f32, %mk: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    %a = arith.addf %m, %mk : f32
    linalg.yield %a : f32
  } -> tensor<2x8x16x24xf32>
  // expected-remark @+1 {{attn-fuse: not fused: mask broadcast does not match the op's [B|1, Hq|1, Sq|1, Sk|1]: it varies along part of the batch/head axes}}
  %p32 = linalg.softmax dimension(3) ins(%ss : tensor<2x8x16x24xf32>) outs(%s0 : tensor<2x8x16x24xf32>) -> tensor<2x8x16x24xf32>
  %ph0 = tensor.empty() : tensor<2x8x16x24xf16>
  %p = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%p32 : tensor<2x8x16x24xf32>) outs(%ph0 : tensor<2x8x16x24xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x8x16x24xf16>
  %o0 = tensor.empty() : tensor<2x8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x8x16x32xf32>) -> tensor<2x8x16x32xf32>
  %o = linalg.generic {indexing_maps = [#s, #k, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %vv : tensor<2x8x16x24xf16>, tensor<2x8x24x32xf16>) outs(%of : tensor<2x8x16x32xf32>) {
  ^bb0(%a: f16, %b: f16, %acc: f32):
    %a32 = arith.extf %a : f16 to f32
    %b32 = arith.extf %b : f16 to f32
    %m = arith.mulf %a32, %b32 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x8x16x32xf32>
  %oh0 = tensor.empty() : tensor<2x8x16x32xf16>
  %oh = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<2x8x16x32xf32>) outs(%oh0 : tensor<2x8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x8x16x32xf16>
  return %oh : tensor<2x8x16x32xf16>
}

// -----

// TOSA decode step (Sq = 1) with K/V tiled to the query heads by tosa.tile
// (head h reads kv head h mod 2, not h / 4 as the op groups them): the op
// gets the 2-head K/V and a view of Q whose heads are regrouped as
// [kv head, group] (expand, transpose, collapse), and the result is
// regrouped back. A tosa.select keep-mask with a -1e9 fill is the i1 mask.

// CHECK-LABEL: func.func @tosa_tile_decode
// CHECK-SAME: (%[[Q:.*]]: tensor<1x8x1x64xf32>, %[[K:.*]]: tensor<1x2x128x64xf32>, %[[V:.*]]: tensor<1x2x128x64xf32>, %[[M:.*]]: tensor<1x1x1x128xi1>)
// CHECK: %[[QE:.*]] = tensor.expand_shape %{{.*}} {{\[}}[0, 1], [2]] output_shape [4, 2, 64]
// CHECK: %[[QT:.*]] = linalg.transpose ins(%[[QE]] : tensor<4x2x64xf32>) outs(%{{.*}} : tensor<2x4x64xf32>) permutation = [1, 0, 2]
// CHECK: %[[Q4:.*]] = tensor.expand_shape %{{.*}} {{\[}}[0, 1, 2], [3]] output_shape [1, 8, 1, 64]
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q4]], %[[K]], %[[V]] : tensor<1x8x1x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>) mask(%[[M]] : tensor<1x1x1x128xi1>) outs(%{{.*}} : tensor<1x8x1x64xf32>) {empty_rows = #attn.empty_rows<nan>, mask_fill = -1.000000e+09 : f32, scale = 1.250000e-01 : f32}
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x4x64xf32>) outs(%{{.*}} : tensor<4x2x64xf32>) permutation = [1, 0, 2]
func.func @tosa_tile_decode(%q: tensor<1x8x1x64xf32>, %k: tensor<1x2x128x64xf32>, %v: tensor<1x2x128x64xf32>, %keep: tensor<1x1x1x128xi1>) -> tensor<1x8x1x64xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %mult = tosa.const_shape {values = dense<[1, 4, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %kk = tosa.tile %k, %mult : (tensor<1x2x128x64xf32>, !tosa.shape<4>) -> tensor<1x8x128x64xf32>
  %vv = tosa.tile %v, %mult : (tensor<1x2x128x64xf32>, !tosa.shape<4>) -> tensor<1x8x128x64xf32>
  %kt = tosa.transpose %kk {perms = array<i32: 0, 1, 3, 2>} : (tensor<1x8x128x64xf32>) -> tensor<1x8x64x128xf32>
  %s3 = tosa.const_shape {values = dense<[8, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %k3s = tosa.const_shape {values = dense<[8, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %v3s = tosa.const_shape {values = dense<[8, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %q, %s3 : (tensor<1x8x1x64xf32>, !tosa.shape<3>) -> tensor<8x1x64xf32>
  %k3 = tosa.reshape %kt, %k3s : (tensor<1x8x64x128xf32>, !tosa.shape<3>) -> tensor<8x64x128xf32>
  %v3 = tosa.reshape %vv, %v3s : (tensor<1x8x128x64xf32>, !tosa.shape<3>) -> tensor<8x128x64xf32>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<8x1x64xf32>, tensor<8x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x1x128xf32>
  %s4s = tosa.const_shape {values = dense<[1, 8, 1, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %s4 = tosa.reshape %s, %s4s : (tensor<8x1x128xf32>, !tosa.shape<4>) -> tensor<1x8x1x128xf32>
  %c = "tosa.const"() <{values = dense<0.125> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %ss = tosa.mul %s4, %c, %shift : (tensor<1x8x1x128xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x1x128xf32>
  %fill = "tosa.const"() <{values = dense<-1.0e9> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %sm = tosa.select %keep, %ss, %fill : (tensor<1x1x1x128xi1>, tensor<1x8x1x128xf32>, tensor<1x1x1x1xf32>) -> tensor<1x8x1x128xf32>
  %m = tosa.reduce_max %sm {axis = 3 : i32} : (tensor<1x8x1x128xf32>) -> tensor<1x8x1x1xf32>
  %d = tosa.sub %sm, %m : (tensor<1x8x1x128xf32>, tensor<1x8x1x1xf32>) -> tensor<1x8x1x128xf32>
  %e = tosa.exp %d : (tensor<1x8x1x128xf32>) -> tensor<1x8x1x128xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<1x8x1x128xf32>) -> tensor<1x8x1x1xf32>
  %r = tosa.reciprocal %sum : (tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<1x8x1x128xf32>, tensor<1x8x1x1xf32>, tensor<1xi8>) -> tensor<1x8x1x128xf32>
  %p3s = tosa.const_shape {values = dense<[8, 1, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %p3 = tosa.reshape %p, %p3s : (tensor<1x8x1x128xf32>, !tosa.shape<3>) -> tensor<8x1x128xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x1x128xf32>, tensor<8x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x1x64xf32>
  %o4s = tosa.const_shape {values = dense<[1, 8, 1, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o = tosa.reshape %o3, %o4s : (tensor<8x1x64xf32>, !tosa.shape<4>) -> tensor<1x8x1x64xf32>
  return %o : tensor<1x8x1x64xf32>
}

// -----

// Multi-query attention in bf16: K/V [B, 1, Sk, D] broadcast to 8 heads by
// linalg.broadcast after dropping the unit head dim; P*V accumulates in
// bf16. The op takes the 1-head K/V.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @mqa
// CHECK-SAME: (%[[Q:.*]]: tensor<2x8x16x32xbf16>, %[[K:.*]]: tensor<2x1x24x32xbf16>, %[[V:.*]]: tensor<2x1x24x32xbf16>)
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : tensor<2x8x16x32xbf16>, tensor<2x1x24x32xbf16>, tensor<2x1x24x32xbf16>) outs(%{{.*}} : tensor<2x8x16x32xbf16>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
// CHECK-NEXT: return %[[O]]
func.func @mqa(%q: tensor<2x8x16x32xbf16>, %k: tensor<2x1x24x32xbf16>, %v: tensor<2x1x24x32xbf16>) -> tensor<2x8x16x32xbf16> {
  %zero = arith.constant 0.0 : f32
  %kb0 = tensor.empty() : tensor<2x8x24x32xbf16>
  %kc = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<2x1x24x32xbf16> into tensor<2x24x32xbf16>
  %kk = linalg.broadcast ins(%kc : tensor<2x24x32xbf16>) outs(%kb0 : tensor<2x8x24x32xbf16>) dimensions = [1]
  %vc = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<2x1x24x32xbf16> into tensor<2x24x32xbf16>
  %vv = linalg.broadcast ins(%vc : tensor<2x24x32xbf16>) outs(%kb0 : tensor<2x8x24x32xbf16>) dimensions = [1]
  %s0 = tensor.empty() : tensor<2x8x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x8x16x24xf32>) -> tensor<2x8x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kk : tensor<2x8x16x32xbf16>, tensor<2x8x24x32xbf16>) outs(%sf : tensor<2x8x16x24xf32>) {
  ^bb0(%a: bf16, %b: bf16, %acc: f32):
    %a32 = arith.extf %a : bf16 to f32
    %b32 = arith.extf %b : bf16 to f32
    %m = arith.mulf %a32, %b32 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x8x16x24xf32>
  %c = arith.constant 0.17677669529 : f32
  %ss = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<2x8x16x24xf32>) outs(%s0 : tensor<2x8x16x24xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<2x8x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p32 = linalg.softmax dimension(3) ins(%ss : tensor<2x8x16x24xf32>) outs(%s0 : tensor<2x8x16x24xf32>) -> tensor<2x8x16x24xf32>
  %ph0 = tensor.empty() : tensor<2x8x16x24xbf16>
  %p = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%p32 : tensor<2x8x16x24xf32>) outs(%ph0 : tensor<2x8x16x24xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<2x8x16x24xbf16>
  %o0 = tensor.empty() : tensor<2x8x16x32xbf16>
  %zb = arith.constant 0.0 : bf16
  %of = linalg.fill ins(%zb : bf16) outs(%o0 : tensor<2x8x16x32xbf16>) -> tensor<2x8x16x32xbf16>
  %o = linalg.generic {indexing_maps = [#s, #k, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %vv : tensor<2x8x16x24xbf16>, tensor<2x8x24x32xbf16>) outs(%of : tensor<2x8x16x32xbf16>) {
  ^bb0(%a: bf16, %b: bf16, %acc: bf16):
    %m = arith.mulf %a, %b : bf16
    %r = arith.addf %acc, %m : bf16
    linalg.yield %r : bf16
  } -> tensor<2x8x16x32xbf16>
  return %o : tensor<2x8x16x32xbf16>
}

// -----

// @gqa_mask_f16 after --linalg-fuse-elementwise-ops: the contractions become
// 6-loop generics over [B, Hkv, G, ...] (the collapse of the broadcast K/V
// folded into their maps). The op still gets the 2-head K/V.

// CHECK-LABEL: func.func @gqa_einsum
// CHECK-SAME: (%[[Q:.*]]: tensor<2x8x16x32xf16>, %[[K:.*]]: tensor<2x2x24x32xf16>, %[[V:.*]]: tensor<2x2x24x32xf16>, %[[M:.*]]: tensor<2x1x16x24xf32>)
// CHECK: attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : tensor<2x8x16x32xf16>, tensor<2x2x24x32xf16>, tensor<2x2x24x32xf16>) mask(%[[M]] : tensor<2x1x16x24xf32>) outs(%{{.*}} : tensor<2x8x16x32xf16>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
func.func @gqa_einsum(%arg0: tensor<2x8x16x32xf16>, %arg1: tensor<2x2x24x32xf16>, %arg2: tensor<2x2x24x32xf16>, %arg3: tensor<2x1x16x24xf32>) -> tensor<2x8x16x32xf16> {
  %cst = arith.constant 0.176776692 : f32
  %cst_0 = arith.constant 0.000000e+00 : f32
  %0 = tensor.empty() : tensor<2x2x4x24x32xf16>
  %broadcasted = linalg.broadcast ins(%arg1 : tensor<2x2x24x32xf16>) outs(%0 : tensor<2x2x4x24x32xf16>) dimensions = [2] 
  %broadcasted_1 = linalg.broadcast ins(%arg2 : tensor<2x2x24x32xf16>) outs(%0 : tensor<2x2x4x24x32xf16>) dimensions = [2] 
  %1 = tensor.empty() : tensor<2x8x16x24xf32>
  %expanded = tensor.expand_shape %1 [[0], [1, 2], [3], [4]] output_shape [2, 2, 4, 16, 24] : tensor<2x8x16x24xf32> into tensor<2x2x4x16x24xf32>
  %2 = linalg.fill ins(%cst_0 : f32) outs(%expanded : tensor<2x2x4x16x24xf32>) -> tensor<2x2x4x16x24xf32>
  %expanded_2 = tensor.expand_shape %arg0 [[0], [1, 2], [3], [4]] output_shape [2, 2, 4, 16, 32] : tensor<2x8x16x32xf16> into tensor<2x2x4x16x32xf16>
  %3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d4, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%expanded_2, %broadcasted : tensor<2x2x4x16x32xf16>, tensor<2x2x4x24x32xf16>) outs(%2 : tensor<2x2x4x16x24xf32>) {
  ^bb0(%in: f16, %in_6: f16, %out: f32):
    %11 = arith.extf %in : f16 to f32
    %12 = arith.extf %in_6 : f16 to f32
    %13 = arith.mulf %11, %12 : f32
    %14 = arith.addf %out, %13 : f32
    linalg.yield %14 : f32
  } -> tensor<2x2x4x16x24xf32>
  %collapsed = tensor.collapse_shape %3 [[0], [1, 2], [3], [4]] : tensor<2x2x4x16x24xf32> into tensor<2x8x16x24xf32>
  %4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed, %arg3 : tensor<2x8x16x24xf32>, tensor<2x1x16x24xf32>) outs(%1 : tensor<2x8x16x24xf32>) {
  ^bb0(%in: f32, %in_6: f32, %out: f32):
    %11 = arith.mulf %in, %cst : f32
    %12 = arith.addf %11, %in_6 : f32
    linalg.yield %12 : f32
  } -> tensor<2x8x16x24xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %5 = linalg.softmax dimension(3) ins(%4 : tensor<2x8x16x24xf32>) outs(%1 : tensor<2x8x16x24xf32>) -> tensor<2x8x16x24xf32>
  %6 = tensor.empty() : tensor<2x8x16x32xf32>
  %expanded_3 = tensor.expand_shape %6 [[0], [1, 2], [3], [4]] output_shape [2, 2, 4, 16, 32] : tensor<2x8x16x32xf32> into tensor<2x2x4x16x32xf32>
  %7 = linalg.fill ins(%cst_0 : f32) outs(%expanded_3 : tensor<2x2x4x16x32xf32>) -> tensor<2x2x4x16x32xf32>
  %expanded_4 = tensor.expand_shape %5 [[0], [1, 2], [3], [4]] output_shape [2, 2, 4, 16, 24] : tensor<2x8x16x24xf32> into tensor<2x2x4x16x24xf32>
  %8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d4, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d5)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%expanded_4, %broadcasted_1 : tensor<2x2x4x16x24xf32>, tensor<2x2x4x24x32xf16>) outs(%7 : tensor<2x2x4x16x32xf32>) {
  ^bb0(%in: f32, %in_6: f16, %out: f32):
    %11 = arith.truncf %in : f32 to f16
    %12 = arith.extf %11 : f16 to f32
    %13 = arith.extf %in_6 : f16 to f32
    %14 = arith.mulf %12, %13 : f32
    %15 = arith.addf %out, %14 : f32
    linalg.yield %15 : f32
  } -> tensor<2x2x4x16x32xf32>
  %9 = tensor.empty() : tensor<2x2x4x16x32xf16>
  %10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%8 : tensor<2x2x4x16x32xf32>) outs(%9 : tensor<2x2x4x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %11 = arith.truncf %in : f32 to f16
    linalg.yield %11 : f16
  } -> tensor<2x2x4x16x32xf16>
  %collapsed_5 = tensor.collapse_shape %10 [[0], [1, 2], [3], [4]] : tensor<2x2x4x16x32xf16> into tensor<2x8x16x32xf16>
  return %collapsed_5 : tensor<2x8x16x32xf16>
}

// -----

// TOSA GQA decode where K/V reach the query heads by adding a zero tensor of
// the full shape (TOSA has no broadcast op) and reshaping: x + 0 is
// transparent, the op takes the 3-head K/V, the [B, 1, 1, Sk] mask as is.

// CHECK-LABEL: func.func @tosa_gqa_add_zero_broadcast
// CHECK-SAME: (%[[Q:.*]]: tensor<2x6x1x40xf32>, %[[K:.*]]: tensor<2x3x17x40xf32>, %[[V:.*]]: tensor<2x3x17x40xf32>, %[[M:.*]]: tensor<2x1x1x17xf32>)
// CHECK: attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : tensor<2x6x1x40xf32>, tensor<2x3x17x40xf32>, tensor<2x3x17x40xf32>) mask(%[[M]] : tensor<2x1x1x17xf32>) outs(%{{.*}} : tensor<2x6x1x40xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 3.000000e-01 : f32}
func.func @tosa_gqa_add_zero_broadcast(%q0: tensor<2x6x1x40xf32>, %k0: tensor<2x3x17x40xf32>, %v0: tensor<2x3x17x40xf32>, %mask0: tensor<2x1x1x17xf32>) -> (tensor<2x6x1x40xf32>) {
  %shp1 = tosa.const_shape {values = dense<[2, 3, 1, 17, 40]> : tensor<5xindex>} : () -> !tosa.shape<5>
  %rs2 = tosa.reshape %k0, %shp1 : (tensor<2x3x17x40xf32>, !tosa.shape<5>) -> tensor<2x3x1x17x40xf32>
  %z3 = "tosa.const"() <{values = dense<0.0> : tensor<2x3x2x17x40xf32>}> : () -> tensor<2x3x2x17x40xf32>
  %t4 = tosa.add %rs2, %z3 : (tensor<2x3x1x17x40xf32>, tensor<2x3x2x17x40xf32>) -> tensor<2x3x2x17x40xf32>
  %shp5 = tosa.const_shape {values = dense<[2, 6, 17, 40]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %rs6 = tosa.reshape %t4, %shp5 : (tensor<2x3x2x17x40xf32>, !tosa.shape<4>) -> tensor<2x6x17x40xf32>
  %shp7 = tosa.const_shape {values = dense<[2, 3, 1, 17, 40]> : tensor<5xindex>} : () -> !tosa.shape<5>
  %rs8 = tosa.reshape %v0, %shp7 : (tensor<2x3x17x40xf32>, !tosa.shape<5>) -> tensor<2x3x1x17x40xf32>
  %z9 = "tosa.const"() <{values = dense<0.0> : tensor<2x3x2x17x40xf32>}> : () -> tensor<2x3x2x17x40xf32>
  %t10 = tosa.add %rs8, %z9 : (tensor<2x3x1x17x40xf32>, tensor<2x3x2x17x40xf32>) -> tensor<2x3x2x17x40xf32>
  %shp11 = tosa.const_shape {values = dense<[2, 6, 17, 40]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %rs12 = tosa.reshape %t10, %shp11 : (tensor<2x3x2x17x40xf32>, !tosa.shape<4>) -> tensor<2x6x17x40xf32>
  %tr13 = tosa.transpose %rs6 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x6x17x40xf32>) -> tensor<2x6x40x17xf32>
  %shp14 = tosa.const_shape {values = dense<[12, 40, 17]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %rs15 = tosa.reshape %tr13, %shp14 : (tensor<2x6x40x17xf32>, !tosa.shape<3>) -> tensor<12x40x17xf32>
  %shp16 = tosa.const_shape {values = dense<[12, 1, 40]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %rs17 = tosa.reshape %q0, %shp16 : (tensor<2x6x1x40xf32>, !tosa.shape<3>) -> tensor<12x1x40xf32>
  %shp18 = tosa.const_shape {values = dense<[12, 17, 40]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %rs19 = tosa.reshape %rs12, %shp18 : (tensor<2x6x17x40xf32>, !tosa.shape<3>) -> tensor<12x17x40xf32>
  %zp20 = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %zp21 = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %mm22 = tosa.matmul %rs17, %rs15, %zp20, %zp21 : (tensor<12x1x40xf32>, tensor<12x40x17xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x1x17xf32>
  %shp23 = tosa.const_shape {values = dense<[2, 6, 1, 17]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %rs24 = tosa.reshape %mm22, %shp23 : (tensor<12x1x17xf32>, !tosa.shape<4>) -> tensor<2x6x1x17xf32>
  %tc25 = "tosa.const"() <{values = dense<0.3> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %sh27 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %t26 = tosa.mul %rs24, %tc25, %sh27 : (tensor<2x6x1x17xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x6x1x17xf32>
  %t28 = tosa.add %t26, %mask0 : (tensor<2x6x1x17xf32>, tensor<2x1x1x17xf32>) -> tensor<2x6x1x17xf32>
  %t29 = tosa.reduce_max %t28 {axis = 3 : i32} : (tensor<2x6x1x17xf32>) -> tensor<2x6x1x1xf32>
  %t30 = tosa.sub %t28, %t29 : (tensor<2x6x1x17xf32>, tensor<2x6x1x1xf32>) -> tensor<2x6x1x17xf32>
  %t31 = tosa.exp %t30 : (tensor<2x6x1x17xf32>) -> tensor<2x6x1x17xf32>
  %t32 = tosa.reduce_sum %t31 {axis = 3 : i32} : (tensor<2x6x1x17xf32>) -> tensor<2x6x1x1xf32>
  %t33 = tosa.reciprocal %t32 : (tensor<2x6x1x1xf32>) -> tensor<2x6x1x1xf32>
  %sh35 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  // expected-remark @+1 {{attn-fuse: fused}}
  %t34 = tosa.mul %t31, %t33, %sh35 : (tensor<2x6x1x17xf32>, tensor<2x6x1x1xf32>, tensor<1xi8>) -> tensor<2x6x1x17xf32>
  %shp36 = tosa.const_shape {values = dense<[12, 1, 17]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %rs37 = tosa.reshape %t34, %shp36 : (tensor<2x6x1x17xf32>, !tosa.shape<3>) -> tensor<12x1x17xf32>
  %zp38 = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %zp39 = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %mm40 = tosa.matmul %rs37, %rs19, %zp38, %zp39 : (tensor<12x1x17xf32>, tensor<12x17x40xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x1x40xf32>
  %shp41 = tosa.const_shape {values = dense<[2, 6, 1, 40]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %rs42 = tosa.reshape %mm40, %shp41 : (tensor<12x1x40xf32>, !tosa.shape<4>) -> tensor<2x6x1x40xf32>
  return %rs42 : tensor<2x6x1x40xf32>
}
