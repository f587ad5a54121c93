// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Causal mask from linalg.index compares inside the logits generic: key j
// masked when j > i + (Sk - Sq) = i + 8 with Sq = 16, Sk = 24: bottom-right
// (FlashAttention's convention).

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @iota_bottom_right
// CHECK: attn.flash_attention ins({{.*}}) outs(%{{.*}} : tensor<2x4x16x32xf32>) {causal = #attn.causal<bottom_right>, empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
func.func @iota_bottom_right(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>) -> tensor<2x4x16x32xf32> {
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
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %off = arith.constant 8 : index
    %ip = arith.addi %i, %off : index
    %cmp = arith.cmpi ugt, %j, %ip : index
    %r = arith.select %cmp, %ninf, %sc : f32
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

// The same with j > i: top-left (PyTorch's is_causal) although Sq != Sk.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @iota_top_left
// CHECK: attn.flash_attention ins({{.*}}) outs(%{{.*}} : tensor<2x4x16x32xf32>) {causal = #attn.causal<top_left>, empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
func.func @iota_top_left(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>) -> tensor<2x4x16x32xf32> {
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
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %cmp = arith.cmpi ugt, %j, %i : index
    %r = arith.select %cmp, %ninf, %sc : f32
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

// Keep-when-true spelling: select(i >= j, x, -inf) is j <= i: top-left.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @iota_keep_ge
// CHECK: attn.flash_attention ins({{.*}}) {causal = #attn.causal<top_left>, empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
func.func @iota_keep_ge(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>) -> tensor<2x4x16x32xf32> {
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
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %cmp = arith.cmpi uge, %i, %j : index
    %r = arith.select %cmp, %sc, %ninf : f32
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

// Twin: j > i + 1 is neither top-left nor bottom-right.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @iota_offset_one
// CHECK-NOT: attn.flash_attention
func.func @iota_offset_one(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>) -> tensor<2x4x16x32xf32> {
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
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %off = arith.constant 1 : index
    %ip = arith.addi %i, %off : index
    %cmp = arith.cmpi ugt, %j, %ip : index
    %r = arith.select %cmp, %ninf, %sc : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: not fused: causal offset 1 is neither 0 (top-left) nor Sk - Sq (bottom-right)}}
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

// Twin: a compare of the query index with itself is not a causal mask.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @iota_not_causal
// CHECK-NOT: attn.flash_attention
func.func @iota_not_causal(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>) -> tensor<2x4x16x32xf32> {
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
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %three = arith.constant 3 : index
    %cmp = arith.cmpi ugt, %i, %three : index
    %r = arith.select %cmp, %ninf, %sc : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  // expected-remark @+1 {{attn-fuse: not fused: mask condition is not a causal (lower-triangular) compare}}
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

// Bottom-right with more queries than keys (Sq = 24, Sk = 16): the first 8
// rows see no key. With a -inf fill and a plain softmax the program gives NaN
// there, and so does the op (empty_rows = nan).

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @iota_bottom_right_sq_gt_sk
// CHECK: attn.flash_attention {{.*}}causal = #attn.causal<bottom_right>, empty_rows = #attn.empty_rows<nan>
func.func @iota_bottom_right_sq_gt_sk(%q: tensor<2x4x24x32xf32>, %k: tensor<2x4x16x32xf32>, %v: tensor<2x4x16x32xf32>) -> tensor<2x4x24x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x24x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x24x16xf32>) -> tensor<2x4x24x16xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x24x32xf32>, tensor<2x4x16x32xf32>) outs(%sf : tensor<2x4x24x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x24x16xf32>
  %x = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x24x16xf32>) outs(%s0 : tensor<2x4x24x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %off = arith.constant 8 : index
    %jp = arith.addi %j, %off : index
    %cmp = arith.cmpi ugt, %jp, %i : index
    %r = arith.select %cmp, %ninf, %sc : f32
    linalg.yield %r : f32
  } -> tensor<2x4x24x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x24x16xf32>) outs(%s0 : tensor<2x4x24x16xf32>) -> tensor<2x4x24x16xf32>
  %o0 = tensor.empty() : tensor<2x4x24x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x24x32xf32>) -> tensor<2x4x24x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x24x16xf32>, tensor<2x4x16x32xf32>) outs(%of : tensor<2x4x24x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x24x32xf32>
  return %o : tensor<2x4x24x32xf32>
}

// -----

// The same with the finite fill -1e4: the first 8 rows are the mean of V in
// the program and in the op (mask_fill = -1e4).

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @iota_bottom_right_sq_gt_sk_finite
// CHECK: attn.flash_attention {{.*}}causal = #attn.causal<bottom_right>, empty_rows = #attn.empty_rows<nan>, mask_fill = -1.000000e+04 : f32
func.func @iota_bottom_right_sq_gt_sk_finite(%q: tensor<2x4x24x32xf32>, %k: tensor<2x4x16x32xf32>, %v: tensor<2x4x16x32xf32>) -> tensor<2x4x24x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant -1.0e4 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x24x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x24x16xf32>) -> tensor<2x4x24x16xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x24x32xf32>, tensor<2x4x16x32xf32>) outs(%sf : tensor<2x4x24x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x24x16xf32>
  %x = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x24x16xf32>) outs(%s0 : tensor<2x4x24x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %off = arith.constant 8 : index
    %jp = arith.addi %j, %off : index
    %cmp = arith.cmpi ugt, %jp, %i : index
    %r = arith.select %cmp, %ninf, %sc : f32
    linalg.yield %r : f32
  } -> tensor<2x4x24x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x24x16xf32>) outs(%s0 : tensor<2x4x24x16xf32>) -> tensor<2x4x24x16xf32>
  %o0 = tensor.empty() : tensor<2x4x24x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x24x32xf32>) -> tensor<2x4x24x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x24x16xf32>, tensor<2x4x16x32xf32>) outs(%of : tensor<2x4x24x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x24x32xf32>
  return %o : tensor<2x4x24x32xf32>
}

// -----

// Twin: the offset one off (visible iff j - i <= -7, not Sk - Sq = -8): not
// a causal mode of the op.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>

// CHECK-LABEL: func.func @iota_bottom_right_sq_gt_sk_off_by_one
// CHECK-NOT: attn.flash_attention
func.func @iota_bottom_right_sq_gt_sk_off_by_one(%q: tensor<2x4x24x32xf32>, %k: tensor<2x4x16x32xf32>, %v: tensor<2x4x16x32xf32>) -> tensor<2x4x24x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x4x24x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x24x16xf32>) -> tensor<2x4x24x16xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x24x32xf32>, tensor<2x4x16x32xf32>) outs(%sf : tensor<2x4x24x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x24x16xf32>
  %x = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x24x16xf32>) outs(%s0 : tensor<2x4x24x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %sc = arith.mulf %in, %c : f32
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %off = arith.constant 7 : index
    %jp = arith.addi %j, %off : index
    %cmp = arith.cmpi ugt, %jp, %i : index
    %r = arith.select %cmp, %ninf, %sc : f32
    linalg.yield %r : f32
  } -> tensor<2x4x24x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: causal offset -7 is neither 0 (top-left) nor Sk - Sq (bottom-right)}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x4x24x16xf32>) outs(%s0 : tensor<2x4x24x16xf32>) -> tensor<2x4x24x16xf32>
  %o0 = tensor.empty() : tensor<2x4x24x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x4x24x32xf32>) -> tensor<2x4x24x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x4x24x16xf32>, tensor<2x4x16x32xf32>) outs(%of : tensor<2x4x24x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x24x32xf32>
  return %o : tensor<2x4x24x32xf32>
}

// -----

// TOSA: a constant i1 lower-triangular keep-mask applied with tosa.select
// and a -inf fill: becomes causal = top_left, no mask operand.

// CHECK-LABEL: func.func @tosa_const_bool_causal
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) outs(%{{.*}} : tensor<1x4x8x16xf32>) {causal = #attn.causal<top_left>, empty_rows = #attn.empty_rows<nan>, scale = 2.500000e-01 : f32}
func.func @tosa_const_bool_causal(%q: tensor<1x4x8x16xf32>, %k: tensor<1x4x8x16xf32>, %v: tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %qs = tosa.const_shape {values = dense<[4, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %ks = tosa.const_shape {values = dense<[4, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %vs = tosa.const_shape {values = dense<[4, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %ss = tosa.const_shape {values = dense<[1, 4, 8, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %ps = tosa.const_shape {values = dense<[4, 8, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %os = tosa.const_shape {values = dense<[1, 4, 8, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %kt = tosa.transpose %k {perms = array<i32: 0, 1, 3, 2>} : (tensor<1x4x8x16xf32>) -> tensor<1x4x16x8xf32>
  %q3 = tosa.reshape %q, %qs : (tensor<1x4x8x16xf32>, !tosa.shape<3>) -> tensor<4x8x16xf32>
  %k3 = tosa.reshape %kt, %ks : (tensor<1x4x16x8xf32>, !tosa.shape<3>) -> tensor<4x16x8xf32>
  %v3 = tosa.reshape %v, %vs : (tensor<1x4x8x16xf32>, !tosa.shape<3>) -> tensor<4x8x16xf32>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<4x8x16xf32>, tensor<4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8x8xf32>
  %s4 = tosa.reshape %s, %ss : (tensor<4x8x8xf32>, !tosa.shape<4>) -> tensor<1x4x8x8xf32>
  %c = "tosa.const"() <{values = dense<0.25> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %sc = tosa.mul %s4, %c, %shift : (tensor<1x4x8x8xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x8x8xf32>
  %keep = "tosa.const"() <{values = dense<[[true, false, false, false, false, false, false, false], [true, true, false, false, false, false, false, false], [true, true, true, false, false, false, false, false], [true, true, true, true, false, false, false, false], [true, true, true, true, true, false, false, false], [true, true, true, true, true, true, false, false], [true, true, true, true, true, true, true, false], [true, true, true, true, true, true, true, true]]> : tensor<8x8xi1>}> : () -> tensor<8x8xi1>
  %ks4 = tosa.const_shape {values = dense<[1, 1, 8, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %keep4 = tosa.reshape %keep, %ks4 : (tensor<8x8xi1>, !tosa.shape<4>) -> tensor<1x1x8x8xi1>
  %fill = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %x = tosa.select %keep4, %sc, %fill : (tensor<1x1x8x8xi1>, tensor<1x4x8x8xf32>, tensor<1x1x1x1xf32>) -> tensor<1x4x8x8xf32>
  %m = tosa.reduce_max %x {axis = 3 : i32} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x1xf32>
  %d = tosa.sub %x, %m : (tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>) -> tensor<1x4x8x8xf32>
  %e = tosa.exp %d : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x1xf32>
  %r = tosa.reciprocal %sum : (tensor<1x4x8x1xf32>) -> tensor<1x4x8x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>, tensor<1xi8>) -> tensor<1x4x8x8xf32>
  %p3 = tosa.reshape %p, %ps : (tensor<1x4x8x8xf32>, !tosa.shape<3>) -> tensor<4x8x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<4x8x8xf32>, tensor<4x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8x16xf32>
  %o = tosa.reshape %o3, %os : (tensor<4x8x16xf32>, !tosa.shape<4>) -> tensor<1x4x8x16xf32>
  return %o : tensor<1x4x8x16xf32>
}

// -----

// TOSA: an additive 0 / -inf constant [1, 1, 4, 8] that is triangular with
// offset Sk - Sq = 4: causal = bottom_right.

// CHECK-LABEL: func.func @tosa_const_additive_bottom_right
// CHECK: attn.flash_attention ins({{.*}}) outs(%{{.*}} : tensor<1x4x4x16xf32>) {causal = #attn.causal<bottom_right>, empty_rows = #attn.empty_rows<nan>, scale = 2.500000e-01 : f32}
func.func @tosa_const_additive_bottom_right(%q: tensor<1x4x4x16xf32>, %k: tensor<1x4x8x16xf32>, %v: tensor<1x4x8x16xf32>) -> tensor<1x4x4x16xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %qs = tosa.const_shape {values = dense<[4, 4, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %ks = tosa.const_shape {values = dense<[4, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %vs = tosa.const_shape {values = dense<[4, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %ss = tosa.const_shape {values = dense<[1, 4, 4, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %ps = tosa.const_shape {values = dense<[4, 4, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %os = tosa.const_shape {values = dense<[1, 4, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %kt = tosa.transpose %k {perms = array<i32: 0, 1, 3, 2>} : (tensor<1x4x8x16xf32>) -> tensor<1x4x16x8xf32>
  %q3 = tosa.reshape %q, %qs : (tensor<1x4x4x16xf32>, !tosa.shape<3>) -> tensor<4x4x16xf32>
  %k3 = tosa.reshape %kt, %ks : (tensor<1x4x16x8xf32>, !tosa.shape<3>) -> tensor<4x16x8xf32>
  %v3 = tosa.reshape %v, %vs : (tensor<1x4x8x16xf32>, !tosa.shape<3>) -> tensor<4x8x16xf32>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<4x4x16xf32>, tensor<4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x4x8xf32>
  %s4 = tosa.reshape %s, %ss : (tensor<4x4x8xf32>, !tosa.shape<4>) -> tensor<1x4x4x8xf32>
  %c = "tosa.const"() <{values = dense<0.25> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %sc = tosa.mul %s4, %c, %shift : (tensor<1x4x4x8xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x8xf32>
  %mask = "tosa.const"() <{values = dense<[[[[0.0, 0.0, 0.0, 0.0, 0.0, 0xFF800000, 0xFF800000, 0xFF800000], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0xFF800000, 0xFF800000], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]> : tensor<1x1x4x8xf32>}> : () -> tensor<1x1x4x8xf32>
  %x = tosa.add %sc, %mask : (tensor<1x4x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x4x4x8xf32>
  %m = tosa.reduce_max %x {axis = 3 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x1xf32>
  %d = tosa.sub %x, %m : (tensor<1x4x4x8xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x8xf32>
  %e = tosa.exp %d : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x1xf32>
  %r = tosa.reciprocal %sum : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<1x4x4x8xf32>, tensor<1x4x4x1xf32>, tensor<1xi8>) -> tensor<1x4x4x8xf32>
  %p3 = tosa.reshape %p, %ps : (tensor<1x4x4x8xf32>, !tosa.shape<3>) -> tensor<4x4x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<4x4x8xf32>, tensor<4x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x4x16xf32>
  %o = tosa.reshape %o3, %os : (tensor<4x4x16xf32>, !tosa.shape<4>) -> tensor<1x4x4x16xf32>
  return %o : tensor<1x4x4x16xf32>
}

// -----

// Twin: a constant that is not triangular (a band) is no causal mode; it
// stays an additive mask operand.

// CHECK-LABEL: func.func @tosa_const_band_is_a_mask
// CHECK: %[[M:.*]] = "tosa.const"() <{values = dense<{{.*}}> : tensor<1x1x4x8xf32>}>
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[M]] : tensor<1x1x4x8xf32>) outs(%{{.*}} : tensor<1x4x4x16xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 2.500000e-01 : f32}
func.func @tosa_const_band_is_a_mask(%q: tensor<1x4x4x16xf32>, %k: tensor<1x4x8x16xf32>, %v: tensor<1x4x8x16xf32>) -> tensor<1x4x4x16xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %qs = tosa.const_shape {values = dense<[4, 4, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %ks = tosa.const_shape {values = dense<[4, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %vs = tosa.const_shape {values = dense<[4, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %ss = tosa.const_shape {values = dense<[1, 4, 4, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %ps = tosa.const_shape {values = dense<[4, 4, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %os = tosa.const_shape {values = dense<[1, 4, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %kt = tosa.transpose %k {perms = array<i32: 0, 1, 3, 2>} : (tensor<1x4x8x16xf32>) -> tensor<1x4x16x8xf32>
  %q3 = tosa.reshape %q, %qs : (tensor<1x4x4x16xf32>, !tosa.shape<3>) -> tensor<4x4x16xf32>
  %k3 = tosa.reshape %kt, %ks : (tensor<1x4x16x8xf32>, !tosa.shape<3>) -> tensor<4x16x8xf32>
  %v3 = tosa.reshape %v, %vs : (tensor<1x4x8x16xf32>, !tosa.shape<3>) -> tensor<4x8x16xf32>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<4x4x16xf32>, tensor<4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x4x8xf32>
  %s4 = tosa.reshape %s, %ss : (tensor<4x4x8xf32>, !tosa.shape<4>) -> tensor<1x4x4x8xf32>
  %c = "tosa.const"() <{values = dense<0.25> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %sc = tosa.mul %s4, %c, %shift : (tensor<1x4x4x8xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x8xf32>
  %mask = "tosa.const"() <{values = dense<[[[[0xFF800000, 0.0, 0.0, 0.0, 0.0, 0xFF800000, 0xFF800000, 0xFF800000], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0xFF800000, 0xFF800000], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]]]> : tensor<1x1x4x8xf32>}> : () -> tensor<1x1x4x8xf32>
  %x = tosa.add %sc, %mask : (tensor<1x4x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x4x4x8xf32>
  %m = tosa.reduce_max %x {axis = 3 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x1xf32>
  %d = tosa.sub %x, %m : (tensor<1x4x4x8xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x8xf32>
  %e = tosa.exp %d : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x8xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x1xf32>
  %r = tosa.reciprocal %sum : (tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<1x4x4x8xf32>, tensor<1x4x4x1xf32>, tensor<1xi8>) -> tensor<1x4x4x8xf32>
  %p3 = tosa.reshape %p, %ps : (tensor<1x4x4x8xf32>, !tosa.shape<3>) -> tensor<4x4x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<4x4x8xf32>, tensor<4x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x4x16xf32>
  %o = tosa.reshape %o3, %os : (tensor<4x4x16xf32>, !tosa.shape<4>) -> tensor<1x4x4x16xf32>
  return %o : tensor<1x4x4x16xf32>
}

// -----

// A causal mask built by its own generic (select(j > i, -inf, 0)) and added
// to the scaled scores: causal = top_left, no mask operand.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#m2 = affine_map<(b, h, i, j) -> (i, j)>
#id2 = affine_map<(i, j) -> (i, j)>

// CHECK-LABEL: func.func @iota_mask_tensor
// CHECK: attn.flash_attention ins({{.*}}) outs(%{{.*}} : tensor<2x4x16x32xf32>) {causal = #attn.causal<top_left>, empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
// CHECK-NOT: linalg.index
func.func @iota_mask_tensor(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %cm0 = tensor.empty() : tensor<16x24xf32>
  %cm = linalg.generic {indexing_maps = [#id2], iterator_types = ["parallel", "parallel"]} outs(%cm0 : tensor<16x24xf32>) {
  ^bb0(%out: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %gt = arith.cmpi ugt, %j, %i : index
    %r = arith.select %gt, %ninf, %zero : f32
    linalg.yield %r : f32
  } -> tensor<16x24xf32>
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #m2, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %cm : tensor<2x4x16x24xf32>, tensor<16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
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

// Bottom-right causal with dynamic lengths: the offset is
// arith.subi(tensor.dim K, tensor.dim Q); the dims are matched to the key and
// query atoms through the labels of the tensors they read. The compare is
// signed: written unsigned it wraps when Sq > Sk at run time and is refused
// (index-exactness.mlir).

// CHECK-LABEL: func.func @dynamic_bottom_right
// CHECK: attn.flash_attention {{.*}} {causal = #attn.causal<bottom_right>, empty_rows = #attn.empty_rows<nan>}
func.func @dynamic_bottom_right(%q0: tensor<8x8xf32>, %k0: tensor<?x8xf32>, %v0: tensor<?x8xf32>, %scale0: f32) -> (tensor<8x8xf32>) {
  %c1 = arith.constant 0 : index
  %dSk2 = tensor.dim %k0, %c1 : tensor<?x8xf32>
  %e3 = tensor.empty(%dSk2) : tensor<8x?xf32>
  %cst4 = arith.constant 0.0 : f32
  %f5 = linalg.fill ins(%cst4 : f32) outs(%e3 : tensor<8x?xf32>) -> tensor<8x?xf32>
  %e7 = tensor.empty(%dSk2) : tensor<8x?xf32>
  %kt8 = linalg.transpose ins(%k0 : tensor<?x8xf32>) outs(%e7 : tensor<8x?xf32>) permutation = [1, 0]
  %mm6 = linalg.matmul ins(%q0, %kt8 : tensor<8x8xf32>, tensor<8x?xf32>) outs(%f5 : tensor<8x?xf32>) -> tensor<8x?xf32>
  %c9 = arith.constant 8 : index
  %off10 = arith.subi %dSk2, %c9 : index
  %e11 = tensor.empty(%dSk2) : tensor<8x?xf32>
  %s12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm6 : tensor<8x?xf32>) outs(%e11 : tensor<8x?xf32>) {
  ^bb0(%a13: f32, %o14: f32):
    %x15 = arith.mulf %a13, %scale0 : f32
    %cst16 = arith.constant 0xFF800000 : f32
    %iq17 = linalg.index 0 : index
    %ik18 = linalg.index 1 : index
    %lim19 = arith.addi %iq17, %off10 : index
    %cmp20 = arith.cmpi sle, %ik18, %lim19 : index
    %x21 = arith.select %cmp20, %x15, %cst16 : f32
    linalg.yield %x21 : f32
  } -> tensor<8x?xf32>
  %e22 = tensor.empty(%dSk2) : tensor<8x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %sm23 = linalg.softmax dimension(1) ins(%s12 : tensor<8x?xf32>) outs(%e22 : tensor<8x?xf32>) -> tensor<8x?xf32>
  %e24 = tensor.empty() : tensor<8x8xf32>
  %cst25 = arith.constant 0.0 : f32
  %f26 = linalg.fill ins(%cst25 : f32) outs(%e24 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %mm27 = linalg.contract indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%sm23, %v0 : tensor<8x?xf32>, tensor<?x8xf32>) outs(%f26 : tensor<8x8xf32>) -> tensor<8x8xf32>
  return %mm27 : tensor<8x8xf32>
}

// -----

// Decode (Sq = 1) with an index-compare causal mask: the query index is 0,
// key j <= 0 + (Sk - 1) is bottom-right.

// CHECK-LABEL: func.func @decode_index_bottom_right
// CHECK: attn.flash_attention {{.*}} {causal = #attn.causal<bottom_right>, empty_rows = #attn.empty_rows<nan>, mask_fill = -1.000000e+09 : f32, scale = 1.000000e+00 : f32}
func.func @decode_index_bottom_right(%q0: tensor<1x8xf32>, %k0: tensor<3x8xf32>, %v0: tensor<3x8xf32>) -> (tensor<1x8xf32>) {
  %e1 = tensor.empty() : tensor<1x3xf32>
  %cst2 = arith.constant 0.0 : f32
  %f3 = linalg.fill ins(%cst2 : f32) outs(%e1 : tensor<1x3xf32>) -> tensor<1x3xf32>
  %e5 = tensor.empty() : tensor<8x3xf32>
  %kt6 = linalg.transpose ins(%k0 : tensor<3x8xf32>) outs(%e5 : tensor<8x3xf32>) permutation = [1, 0]
  %mm4 = linalg.matmul ins(%q0, %kt6 : tensor<1x8xf32>, tensor<8x3xf32>) outs(%f3 : tensor<1x3xf32>) -> tensor<1x3xf32>
  %e7 = tensor.empty() : tensor<1x3xf32>
  %s8 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm4 : tensor<1x3xf32>) outs(%e7 : tensor<1x3xf32>) {
  ^bb0(%a9: f32, %o10: f32):
    %cst11 = arith.constant -1000000000.0 : f32
    %iq12 = linalg.index 0 : index
    %ik13 = linalg.index 1 : index
    %c14 = arith.constant 2 : index
    %lim15 = arith.addi %iq12, %c14 : index
    %cmp16 = arith.cmpi sge, %lim15, %ik13 : index
    %x17 = arith.select %cmp16, %a9, %cst11 : f32
    linalg.yield %x17 : f32
  } -> tensor<1x3xf32>
  %e18 = tensor.empty() : tensor<1x3xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %sm19 = linalg.softmax dimension(1) ins(%s8 : tensor<1x3xf32>) outs(%e18 : tensor<1x3xf32>) -> tensor<1x3xf32>
  %e20 = tensor.empty() : tensor<1x8xf32>
  %cst21 = arith.constant 0.0 : f32
  %f22 = linalg.fill ins(%cst21 : f32) outs(%e20 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mm24 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%sm19, %v0 : tensor<1x3xf32>, tensor<3x8xf32>) outs(%f22 : tensor<1x8xf32>) {
  ^bb0(%a25: f32, %a26: f32, %o27: f32):
    %x28 = arith.mulf %a25, %a26 : f32
    %x29 = arith.addf %o27, %x28 : f32
    linalg.yield %x29 : f32
  } -> tensor<1x8xf32>
  return %mm24 : tensor<1x8xf32>
}

// -----

// One query and one key: the causal compare is a constant that keeps the
// only key; no causal attribute, no mask.

// CHECK-LABEL: func.func @causal_1x1
// CHECK: attn.flash_attention
// CHECK-NOT: causal
// CHECK-SAME: -> tensor<1x1x1x8xf32>
func.func @causal_1x1(%q0: tensor<1x8xf32>, %k0: tensor<1x8xf32>, %v0: tensor<1x8xf32>, %mask0: tensor<1x1xf32>) -> (tensor<1x8xf32>) {
  %e1 = tensor.empty() : tensor<1x1xf32>
  %cst2 = arith.constant 0.0 : f32
  %f3 = linalg.fill ins(%cst2 : f32) outs(%e1 : tensor<1x1xf32>) -> tensor<1x1xf32>
  %e5 = tensor.empty() : tensor<8x1xf32>
  %kt6 = linalg.transpose ins(%k0 : tensor<1x8xf32>) outs(%e5 : tensor<8x1xf32>) permutation = [1, 0]
  %mm4 = linalg.matmul ins(%q0, %kt6 : tensor<1x8xf32>, tensor<8x1xf32>) outs(%f3 : tensor<1x1xf32>) -> tensor<1x1xf32>
  %e7 = tensor.empty() : tensor<1x1xf32>
  %s8 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm4 : tensor<1x1xf32>) outs(%e7 : tensor<1x1xf32>) {
  ^bb0(%a9: f32, %o10: f32):
    %cst11 = arith.constant 0.35355339059327373 : f32
    %x12 = arith.mulf %a9, %cst11 : f32
    linalg.yield %x12 : f32
  } -> tensor<1x1xf32>
  %e13 = tensor.empty() : tensor<1x1xf32>
  %s14 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%s8, %mask0 : tensor<1x1xf32>, tensor<1x1xf32>) outs(%e13 : tensor<1x1xf32>) {
  ^bb0(%a15: f32, %a16: f32, %o17: f32):
    %x18 = arith.addf %a15, %a16 : f32
    linalg.yield %x18 : f32
  } -> tensor<1x1xf32>
  %e19 = tensor.empty() : tensor<1x1xf32>
  %s20 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%s14 : tensor<1x1xf32>) outs(%e19 : tensor<1x1xf32>) {
  ^bb0(%a21: f32, %o22: f32):
    %cst23 = arith.constant 0xFF800000 : f32
    %iq24 = linalg.index 0 : index
    %ik25 = linalg.index 1 : index
    %cmp26 = arith.cmpi sge, %iq24, %ik25 : index
    %x27 = arith.select %cmp26, %a21, %cst23 : f32
    linalg.yield %x27 : f32
  } -> tensor<1x1xf32>
  %e28 = tensor.empty() : tensor<1x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %sm29 = linalg.softmax dimension(1) ins(%s20 : tensor<1x1xf32>) outs(%e28 : tensor<1x1xf32>) -> tensor<1x1xf32>
  %e30 = tensor.empty() : tensor<1x8xf32>
  %cst31 = arith.constant 0.0 : f32
  %f32 = linalg.fill ins(%cst31 : f32) outs(%e30 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mm33 = linalg.contract indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%sm29, %v0 : tensor<1x1xf32>, tensor<1x8xf32>) outs(%f32 : tensor<1x8xf32>) -> tensor<1x8xf32>
  return %mm33 : tensor<1x8xf32>
}

// -----

// Dynamic bottom-right causal with K/V expanded to the query heads by a
// linalg.generic reading kv head h floordiv 2: the op gets the 2-head K/V
// and the offset Sk - Sq is read from tensor.dim of the un-expanded K.

// CHECK-LABEL: func.func @dynamic_bottom_right_gqa_floordiv
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<?x4x5x8xf32>, tensor<?x2x?x8xf32>, tensor<?x2x?x8xf32>) outs(%{{.*}} : tensor<?x4x5x8xf32>) {causal = #attn.causal<bottom_right>, empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32}
func.func @dynamic_bottom_right_gqa_floordiv(%q0: tensor<?x4x5x8xf32>, %k0: tensor<?x2x?x8xf32>, %v0: tensor<?x2x?x8xf32>) -> (tensor<?x4x5x8xf32>) {
  %c1 = arith.constant 0 : index
  %dB2 = tensor.dim %q0, %c1 : tensor<?x4x5x8xf32>
  %c3 = arith.constant 2 : index
  %dSk4 = tensor.dim %k0, %c3 : tensor<?x2x?x8xf32>
  %c5 = arith.constant 4 : index
  %dN6 = arith.muli %dB2, %c5 : index
  %e7 = tensor.empty(%dB2, %dSk4) : tensor<?x4x?x8xf32>
  %gq8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1 floordiv 2, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k0 : tensor<?x2x?x8xf32>) outs(%e7 : tensor<?x4x?x8xf32>) {
  ^bb0(%a9: f32, %o10: f32):
    linalg.yield %a9 : f32
  } -> tensor<?x4x?x8xf32>
  %e11 = tensor.empty(%dB2, %dSk4) : tensor<?x4x?x8xf32>
  %gq12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1 floordiv 2, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v0 : tensor<?x2x?x8xf32>) outs(%e11 : tensor<?x4x?x8xf32>) {
  ^bb0(%a13: f32, %o14: f32):
    linalg.yield %a13 : f32
  } -> tensor<?x4x?x8xf32>
  %e15 = tensor.empty(%dB2) : tensor<?x4x5x8xf32>
  %qs16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q0 : tensor<?x4x5x8xf32>) outs(%e15 : tensor<?x4x5x8xf32>) {
  ^bb0(%a17: f32, %o18: f32):
    %cst19 = arith.constant 0.125 : f32
    %x20 = arith.mulf %a17, %cst19 : f32
    linalg.yield %x20 : f32
  } -> tensor<?x4x5x8xf32>
  %cl21 = tensor.collapse_shape %qs16 [[0, 1], [2], [3]] : tensor<?x4x5x8xf32> into tensor<?x5x8xf32>
  %cl22 = tensor.collapse_shape %gq8 [[0, 1], [2], [3]] : tensor<?x4x?x8xf32> into tensor<?x?x8xf32>
  %cl23 = tensor.collapse_shape %gq12 [[0, 1], [2], [3]] : tensor<?x4x?x8xf32> into tensor<?x?x8xf32>
  %e24 = tensor.empty(%dN6, %dSk4) : tensor<?x5x?xf32>
  %cst25 = arith.constant 0.0 : f32
  %f26 = linalg.fill ins(%cst25 : f32) outs(%e24 : tensor<?x5x?xf32>) -> tensor<?x5x?xf32>
  %e28 = tensor.empty(%dN6, %dSk4) : tensor<?x8x?xf32>
  %kt29 = linalg.transpose ins(%cl22 : tensor<?x?x8xf32>) outs(%e28 : tensor<?x8x?xf32>) permutation = [0, 2, 1]
  %mm27 = linalg.batch_matmul ins(%cl21, %kt29 : tensor<?x5x8xf32>, tensor<?x8x?xf32>) outs(%f26 : tensor<?x5x?xf32>) -> tensor<?x5x?xf32>
  %c30 = arith.constant 5 : index
  %off31 = arith.subi %dSk4, %c30 : index
  %e32 = tensor.empty(%dN6, %dSk4) : tensor<?x5x?xf32>
  %s33 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%mm27 : tensor<?x5x?xf32>) outs(%e32 : tensor<?x5x?xf32>) {
  ^bb0(%a34: f32, %o35: f32):
    %cst36 = arith.constant 0xFF800000 : f32
    %iq37 = linalg.index 1 : index
    %ik38 = linalg.index 2 : index
    %lim39 = arith.addi %iq37, %off31 : index
    %cmp40 = arith.cmpi sle, %ik38, %lim39 : index
    %x41 = arith.select %cmp40, %a34, %cst36 : f32
    linalg.yield %x41 : f32
  } -> tensor<?x5x?xf32>
  %e42 = tensor.empty(%dN6, %dSk4) : tensor<?x5x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %sm43 = linalg.softmax dimension(2) ins(%s33 : tensor<?x5x?xf32>) outs(%e42 : tensor<?x5x?xf32>) -> tensor<?x5x?xf32>
  %e44 = tensor.empty(%dN6) : tensor<?x5x8xf32>
  %cst45 = arith.constant 0.0 : f32
  %f46 = linalg.fill ins(%cst45 : f32) outs(%e44 : tensor<?x5x8xf32>) -> tensor<?x5x8xf32>
  %mm47 = linalg.batch_matmul ins(%sm43, %cl23 : tensor<?x5x?xf32>, tensor<?x?x8xf32>) outs(%f46 : tensor<?x5x8xf32>) -> tensor<?x5x8xf32>
  %ex48 = tensor.expand_shape %mm47 [[0, 1], [2], [3]] output_shape [%dB2, 4, 5, 8] : tensor<?x5x8xf32> into tensor<?x4x5x8xf32>
  return %ex48 : tensor<?x4x5x8xf32>
}
