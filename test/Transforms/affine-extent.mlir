// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Every `floordiv` / `mod` in an indexing map names a part of a loop only
// when the tensor dim it reads has exactly that part's extent. Otherwise the
// op doing the read is an opaque tensor to the matcher: a K/V expansion is
// then passed to the fused op materialized, and a mask read that way leaves
// the candidate unfused, with the failed check in the remark.

// -----

// K/V have 4 heads like Q, read as kv head (h floordiv 2): kv heads 2, 3 are
// never read. Not a GQA grouping: the op reads the expanded K/V.

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
#id4 = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row4 = affine_map<(b, h, i, j) -> (b, h, i)>
#kx = affine_map<(b, h, s, d) -> (b, h floordiv 2, s, d)>
#vx = affine_map<(b, h, s, d) -> (b, h floordiv 2, s, d)>
#id4b = affine_map<(b, h, s, d) -> (b, h, s, d)>
// CHECK-LABEL: func.func @kv_floordiv_wrong_count
// CHECK: %[[K:.*]] = linalg.generic
// CHECK: %[[V:.*]] = linalg.generic
// CHECK: attn.flash_attention ins(%arg0, %[[K]], %[[V]] : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>)
func.func @kv_floordiv_wrong_count(%q: tensor<1x4x4x4xf32>, %k: tensor<1x4x4x4xf32>, %v: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.50000000 : f32
  %ke = tensor.empty() : tensor<1x4x4x4xf32>
  %kx = linalg.generic {indexing_maps = [#kx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k : tensor<1x4x4x4xf32>) outs(%ke : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x4x4x4xf32>
  %ve = tensor.empty() : tensor<1x4x4x4xf32>
  %vx = linalg.generic {indexing_maps = [#vx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v : tensor<1x4x4x4xf32>) outs(%ve : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x4x4x4xf32>
  %se = tensor.empty() : tensor<1x4x4x4xf32>
  %sf = linalg.fill ins(%z : f32) outs(%se : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kx : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) outs(%sf : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x4xf32>
  %e1 = tensor.empty() : tensor<1x4x4x4xf32>
  %ss = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x4x4xf32>) outs(%e1 : tensor<1x4x4x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.mulf %x, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x4x4x4xf32>
  %re = tensor.empty() : tensor<1x4x4xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%re : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %mx = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss : tensor<1x4x4x4xf32>) outs(%mf : tensor<1x4x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4xf32>
  %ex = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<1x4x4x4xf32>, tensor<1x4x4xf32>) outs(%e1 : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<1x4x4x4xf32>
  %sf2 = linalg.fill ins(%z : f32) outs(%re : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %sm = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x4x4x4xf32>) outs(%sf2 : tensor<1x4x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4xf32>
  %pe = tensor.empty() : tensor<1x4x4x4xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<1x4x4x4xf32>, tensor<1x4x4xf32>) outs(%pe : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %r = arith.divf %a, %l : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x4xf32>
  %oe = tensor.empty() : tensor<1x4x4x4xf32>
  %of = linalg.fill ins(%z : f32) outs(%oe : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vx : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) outs(%of : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x4xf32>
  return %o : tensor<1x4x4x4xf32>
}

// -----

// Twin: K/V with 2 heads read as (h floordiv 2): GQA, K/V passed as they are.

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
#id4 = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row4 = affine_map<(b, h, i, j) -> (b, h, i)>
#kx = affine_map<(b, h, s, d) -> (b, h floordiv 2, s, d)>
#vx = affine_map<(b, h, s, d) -> (b, h floordiv 2, s, d)>
#id4b = affine_map<(b, h, s, d) -> (b, h, s, d)>
// CHECK-LABEL: func.func @kv_floordiv_gqa
// CHECK-NOT: linalg.generic
// CHECK: attn.flash_attention ins(%arg0, %arg1, %arg2 : tensor<1x4x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>)
func.func @kv_floordiv_gqa(%q: tensor<1x4x4x4xf32>, %k: tensor<1x2x4x4xf32>, %v: tensor<1x2x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.50000000 : f32
  %ke = tensor.empty() : tensor<1x4x4x4xf32>
  %kx = linalg.generic {indexing_maps = [#kx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k : tensor<1x2x4x4xf32>) outs(%ke : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x4x4x4xf32>
  %ve = tensor.empty() : tensor<1x4x4x4xf32>
  %vx = linalg.generic {indexing_maps = [#vx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v : tensor<1x2x4x4xf32>) outs(%ve : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x4x4x4xf32>
  %se = tensor.empty() : tensor<1x4x4x4xf32>
  %sf = linalg.fill ins(%z : f32) outs(%se : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kx : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) outs(%sf : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x4xf32>
  %e1 = tensor.empty() : tensor<1x4x4x4xf32>
  %ss = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x4x4xf32>) outs(%e1 : tensor<1x4x4x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.mulf %x, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x4x4x4xf32>
  %re = tensor.empty() : tensor<1x4x4xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%re : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %mx = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss : tensor<1x4x4x4xf32>) outs(%mf : tensor<1x4x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4xf32>
  %ex = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<1x4x4x4xf32>, tensor<1x4x4xf32>) outs(%e1 : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<1x4x4x4xf32>
  %sf2 = linalg.fill ins(%z : f32) outs(%re : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %sm = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x4x4x4xf32>) outs(%sf2 : tensor<1x4x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4xf32>
  %pe = tensor.empty() : tensor<1x4x4x4xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<1x4x4x4xf32>, tensor<1x4x4xf32>) outs(%pe : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %r = arith.divf %a, %l : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x4xf32>
  %oe = tensor.empty() : tensor<1x4x4x4xf32>
  %of = linalg.fill ins(%z : f32) outs(%oe : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vx : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) outs(%of : tensor<1x4x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4x4xf32>
  return %o : tensor<1x4x4x4xf32>
}

// -----

// Q has 8 heads, K/V 4, read as kv head (h mod 2): not a tiling of K/V's
// heads. The op reads the expanded K/V.

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
#id4 = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row4 = affine_map<(b, h, i, j) -> (b, h, i)>
#kx = affine_map<(b, h, s, d) -> (b, h mod 2, s, d)>
#vx = affine_map<(b, h, s, d) -> (b, h mod 2, s, d)>
#id4b = affine_map<(b, h, s, d) -> (b, h, s, d)>
// CHECK-LABEL: func.func @kv_mod_wrong_count
// CHECK: %[[K:.*]] = linalg.generic
// CHECK: %[[V:.*]] = linalg.generic
// CHECK: attn.flash_attention ins(%arg0, %[[K]], %[[V]] : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>)
func.func @kv_mod_wrong_count(%q: tensor<1x8x4x4xf32>, %k: tensor<1x4x4x4xf32>, %v: tensor<1x4x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.50000000 : f32
  %ke = tensor.empty() : tensor<1x8x4x4xf32>
  %kx = linalg.generic {indexing_maps = [#kx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k : tensor<1x4x4x4xf32>) outs(%ke : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x4x4xf32>
  %ve = tensor.empty() : tensor<1x8x4x4xf32>
  %vx = linalg.generic {indexing_maps = [#vx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v : tensor<1x4x4x4xf32>) outs(%ve : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x4x4xf32>
  %se = tensor.empty() : tensor<1x8x4x4xf32>
  %sf = linalg.fill ins(%z : f32) outs(%se : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kx : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%sf : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4x4xf32>
  %e1 = tensor.empty() : tensor<1x8x4x4xf32>
  %ss = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x4x4xf32>) outs(%e1 : tensor<1x8x4x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.mulf %x, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x4x4xf32>
  %re = tensor.empty() : tensor<1x8x4xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%re : tensor<1x8x4xf32>) -> tensor<1x8x4xf32>
  %mx = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss : tensor<1x8x4x4xf32>) outs(%mf : tensor<1x8x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4xf32>
  %ex = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<1x8x4x4xf32>, tensor<1x8x4xf32>) outs(%e1 : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<1x8x4x4xf32>
  %sf2 = linalg.fill ins(%z : f32) outs(%re : tensor<1x8x4xf32>) -> tensor<1x8x4xf32>
  %sm = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x8x4x4xf32>) outs(%sf2 : tensor<1x8x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4xf32>
  %pe = tensor.empty() : tensor<1x8x4x4xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<1x8x4x4xf32>, tensor<1x8x4xf32>) outs(%pe : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %r = arith.divf %a, %l : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4x4xf32>
  %oe = tensor.empty() : tensor<1x8x4x4xf32>
  %of = linalg.fill ins(%z : f32) outs(%oe : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vx : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%of : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4x4xf32>
  return %o : tensor<1x8x4x4xf32>
}

// -----

// Twin: K/V with 2 heads read as (h mod 2): a tile of K/V's heads, K/V passed
// as they are.

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
#id4 = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row4 = affine_map<(b, h, i, j) -> (b, h, i)>
#kx = affine_map<(b, h, s, d) -> (b, h mod 2, s, d)>
#vx = affine_map<(b, h, s, d) -> (b, h mod 2, s, d)>
#id4b = affine_map<(b, h, s, d) -> (b, h, s, d)>
// CHECK-LABEL: func.func @kv_mod_tile
// CHECK: attn.flash_attention ins(%{{.*}}, %arg1, %arg2 : tensor<1x8x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>)
func.func @kv_mod_tile(%q: tensor<1x8x4x4xf32>, %k: tensor<1x2x4x4xf32>, %v: tensor<1x2x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.50000000 : f32
  %ke = tensor.empty() : tensor<1x8x4x4xf32>
  %kx = linalg.generic {indexing_maps = [#kx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k : tensor<1x2x4x4xf32>) outs(%ke : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x4x4xf32>
  %ve = tensor.empty() : tensor<1x8x4x4xf32>
  %vx = linalg.generic {indexing_maps = [#vx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v : tensor<1x2x4x4xf32>) outs(%ve : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x4x4xf32>
  %se = tensor.empty() : tensor<1x8x4x4xf32>
  %sf = linalg.fill ins(%z : f32) outs(%se : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kx : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%sf : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4x4xf32>
  %e1 = tensor.empty() : tensor<1x8x4x4xf32>
  %ss = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x4x4xf32>) outs(%e1 : tensor<1x8x4x4xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.mulf %x, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x4x4xf32>
  %re = tensor.empty() : tensor<1x8x4xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%re : tensor<1x8x4xf32>) -> tensor<1x8x4xf32>
  %mx = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss : tensor<1x8x4x4xf32>) outs(%mf : tensor<1x8x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4xf32>
  %ex = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<1x8x4x4xf32>, tensor<1x8x4xf32>) outs(%e1 : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<1x8x4x4xf32>
  %sf2 = linalg.fill ins(%z : f32) outs(%re : tensor<1x8x4xf32>) -> tensor<1x8x4xf32>
  %sm = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x8x4x4xf32>) outs(%sf2 : tensor<1x8x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4xf32>
  %pe = tensor.empty() : tensor<1x8x4x4xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<1x8x4x4xf32>, tensor<1x8x4xf32>) outs(%pe : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %r = arith.divf %a, %l : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4x4xf32>
  %oe = tensor.empty() : tensor<1x8x4x4xf32>
  %of = linalg.fill ins(%z : f32) outs(%oe : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vx : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%of : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4x4xf32>
  return %o : tensor<1x8x4x4xf32>
}

// -----

// An additive mask with 4 key columns read with (j floordiv 2): columns 0, 1
// used twice. Refused; the remark names the read.

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
#id4 = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row4 = affine_map<(b, h, i, j) -> (b, h, i)>
#kx = affine_map<(b, h, s, d) -> (b, h, s, d)>
#vx = affine_map<(b, h, s, d) -> (b, h, s, d)>
#id4b = affine_map<(b, h, s, d) -> (b, h, s, d)>
// CHECK-LABEL: func.func @mask_key_floordiv
// CHECK-NOT: attn.flash_attention
func.func @mask_key_floordiv(%q: tensor<1x1x4x4xf32>, %k: tensor<1x1x4x4xf32>, %v: tensor<1x1x4x4xf32>, %mk: tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.50000000 : f32
  %ke = tensor.empty() : tensor<1x1x4x4xf32>
  %kx = linalg.generic {indexing_maps = [#kx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k : tensor<1x1x4x4xf32>) outs(%ke : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x1x4x4xf32>
  %ve = tensor.empty() : tensor<1x1x4x4xf32>
  %vx = linalg.generic {indexing_maps = [#vx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v : tensor<1x1x4x4xf32>) outs(%ve : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x1x4x4xf32>
  %se = tensor.empty() : tensor<1x1x4x4xf32>
  %sf = linalg.fill ins(%z : f32) outs(%se : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kx : tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) outs(%sf : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4x4xf32>
  %e1 = tensor.empty() : tensor<1x1x4x4xf32>
  %ss = linalg.generic {indexing_maps = [#id4, affine_map<(b, h, i, j) -> (0, 0, i, j floordiv 2)>, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mk : tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) outs(%e1 : tensor<1x1x4x4xf32>) {
  ^bb0(%x: f32, %mk_e: f32, %o: f32):
    %y = arith.mulf %x, %c : f32
    %y2 = arith.addf %y, %mk_e : f32
    linalg.yield %y2 : f32
  } -> tensor<1x1x4x4xf32>
  %re = tensor.empty() : tensor<1x1x4xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%re : tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
  %mx = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss : tensor<1x1x4x4xf32>) outs(%mf : tensor<1x1x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4xf32>
  %ex = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<1x1x4x4xf32>, tensor<1x1x4xf32>) outs(%e1 : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<1x1x4x4xf32>
  %sf2 = linalg.fill ins(%z : f32) outs(%re : tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
  %sm = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x1x4x4xf32>) outs(%sf2 : tensor<1x1x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4xf32>
  %pe = tensor.empty() : tensor<1x1x4x4xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the logits do not come from a contraction (Q*K^T) ['linalg.generic' reads dim 3 of operand 1 (size 4) with 'd3 floordiv 2', which takes 2 values: the floordiv/mod does not match the extent it reads]}}
  %p = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<1x1x4x4xf32>, tensor<1x1x4xf32>) outs(%pe : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %r = arith.divf %a, %l : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4x4xf32>
  %oe = tensor.empty() : tensor<1x1x4x4xf32>
  %of = linalg.fill ins(%z : f32) outs(%oe : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vx : tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) outs(%of : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4x4xf32>
  return %o : tensor<1x1x4x4xf32>
}

// -----

// Twin: the same mask read with j.

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
#id4 = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row4 = affine_map<(b, h, i, j) -> (b, h, i)>
#kx = affine_map<(b, h, s, d) -> (b, h, s, d)>
#vx = affine_map<(b, h, s, d) -> (b, h, s, d)>
#id4b = affine_map<(b, h, s, d) -> (b, h, s, d)>
// CHECK-LABEL: func.func @mask_key_direct
// CHECK: attn.flash_attention ins(%arg0, %arg1, %arg2 : {{.*}}) mask(%arg3 :
func.func @mask_key_direct(%q: tensor<1x1x4x4xf32>, %k: tensor<1x1x4x4xf32>, %v: tensor<1x1x4x4xf32>, %mk: tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.50000000 : f32
  %ke = tensor.empty() : tensor<1x1x4x4xf32>
  %kx = linalg.generic {indexing_maps = [#kx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k : tensor<1x1x4x4xf32>) outs(%ke : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x1x4x4xf32>
  %ve = tensor.empty() : tensor<1x1x4x4xf32>
  %vx = linalg.generic {indexing_maps = [#vx, #id4b], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v : tensor<1x1x4x4xf32>) outs(%ve : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x1x4x4xf32>
  %se = tensor.empty() : tensor<1x1x4x4xf32>
  %sf = linalg.fill ins(%z : f32) outs(%se : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %kx : tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) outs(%sf : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4x4xf32>
  %e1 = tensor.empty() : tensor<1x1x4x4xf32>
  %ss = linalg.generic {indexing_maps = [#id4, affine_map<(b, h, i, j) -> (0, 0, i, j)>, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mk : tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) outs(%e1 : tensor<1x1x4x4xf32>) {
  ^bb0(%x: f32, %mk_e: f32, %o: f32):
    %y = arith.mulf %x, %c : f32
    %y2 = arith.addf %y, %mk_e : f32
    linalg.yield %y2 : f32
  } -> tensor<1x1x4x4xf32>
  %re = tensor.empty() : tensor<1x1x4xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%re : tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
  %mx = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss : tensor<1x1x4x4xf32>) outs(%mf : tensor<1x1x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4xf32>
  %ex = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<1x1x4x4xf32>, tensor<1x1x4xf32>) outs(%e1 : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<1x1x4x4xf32>
  %sf2 = linalg.fill ins(%z : f32) outs(%re : tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
  %sm = linalg.generic {indexing_maps = [#id4, #row4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x1x4x4xf32>) outs(%sf2 : tensor<1x1x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4xf32>
  %pe = tensor.empty() : tensor<1x1x4x4xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [#id4, #row4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<1x1x4x4xf32>, tensor<1x1x4xf32>) outs(%pe : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %r = arith.divf %a, %l : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4x4xf32>
  %oe = tensor.empty() : tensor<1x1x4x4xf32>
  %of = linalg.fill ins(%z : f32) outs(%oe : tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %vx : tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) outs(%of : tensor<1x1x4x4xf32>) {
  ^bb0(%a: f32, %b2: f32, %acc: f32):
    %m = arith.mulf %a, %b2 : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x1x4x4xf32>
  return %o : tensor<1x1x4x4xf32>
}
