// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Candidates anchored on a contraction-shaped op (a linalg op combining two
// or more inputs over reduction loops) that reads normalized exponentials but
// is not O = sum_key(P * V): each is refused with a remark naming the part of
// that form it lacks (docs/fusion.md, "The proof", candidates). Before these
// remarks such an op was refused silently. Each refusal has a twin that
// fuses; ops whose exponentials no reduction normalizes are no candidates
// and get no remark.

// -----

// Twin: the normalization fused into the P.V body, (E * (1 / sum)) * V
// (what --linalg-fuse-elementwise-ops makes): fused.

// CHECK-LABEL: func.func @fused_body_twin
// CHECK: attn.flash_attention
func.func @fused_body_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, i)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%e, %sm, %v : tensor<1x8x8xf32>, tensor<1x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %l: f32, %b: f32, %acc: f32):
    %rl = arith.divf %one, %l : f32
    %pa = arith.mulf %a, %rl : f32
    %m = arith.mulf %pa, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// The same sum written acc + (E * V) / sum: the accumulator is added a
// quotient, not a product. Refused (a missed fusion, named).

// CHECK-LABEL: func.func @fused_body_divided_product
// CHECK-NOT: attn.flash_attention
func.func @fused_body_divided_product(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' is not a sum of P * V: the accumulator is added 'arith.divf', not a product}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, i)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%e, %sm, %v : tensor<1x8x8xf32>, tensor<1x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %l: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %dv = arith.divf %m, %l : f32
    %r = arith.addf %acc, %dv : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// The same refused P.V followed by an output projection: the projection
// reads no probabilities (candidate detection stops at the contraction-shaped
// P.V), so the refusal is reported once.

// CHECK-LABEL: func.func @fused_body_divided_product_projection
// CHECK-NOT: attn.flash_attention
func.func @fused_body_divided_product_projection(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' is not a sum of P * V: the accumulator is added 'arith.divf', not a product}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, i)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%e, %sm, %v : tensor<1x8x8xf32>, tensor<1x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %l: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %dv = arith.divf %m, %l : f32
    %r = arith.addf %acc, %dv : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  %w = arith.constant dense<0.5> : tensor<1x16x16xf32>
  %y0 = tensor.empty() : tensor<1x8x16xf32>
  %yf = linalg.fill ins(%z : f32) outs(%y0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %y = linalg.batch_matmul ins(%o, %w : tensor<1x8x16xf32>, tensor<1x16x16xf32>) outs(%yf : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  return %y : tensor<1x8x16xf32>
}

// -----

// Twin: acc + P * V as a generic: fused.

// CHECK-LABEL: func.func @pv_twin
// CHECK: attn.flash_attention
func.func @pv_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// acc + (P + V): the accumulator is added a sum, not a product. Refused.

// CHECK-LABEL: func.func @pv_sum_not_product
// CHECK-NOT: attn.flash_attention
func.func @pv_sum_not_product(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' is not a sum of P * V: the accumulator is added 'arith.addf', not a product}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.addf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// max(acc, P * V): a max-product, not a sum. Refused.

// CHECK-LABEL: func.func @pv_max_acc
// CHECK-NOT: attn.flash_attention
func.func @pv_max_acc(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' is not a sum of P * V: its body yields 'arith.maximumf', not the accumulator plus a product}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.maximumf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// The keys split in two reduction loops (P and V expanded to [.., 2, 4]) and
// the body acc - P * V: neither a contraction nor a one-key-loop P.V.
// Refused with the loop count.

// CHECK-LABEL: func.func @pv_two_key_loops_not_product
// CHECK-NOT: attn.flash_attention
func.func @pv_two_key_loops_not_product(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  %pe = tensor.expand_shape %p [[0], [1], [2, 3]] output_shape [1, 8, 2, 4] : tensor<1x8x8xf32> into tensor<1x8x2x4xf32>
  %ve = tensor.expand_shape %v [[0], [1, 2], [3]] output_shape [1, 2, 4, 16] : tensor<1x8x16xf32> into tensor<1x2x4x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' reduces 2 loops (expected the one key loop)}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j0, j1) -> (b, i, j0, j1)>, affine_map<(b, i, d, j0, j1) -> (b, j0, j1, d)>, affine_map<(b, i, d, j0, j1) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%pe, %ve : tensor<1x8x2x4xf32>, tensor<1x2x4x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.subf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// Twin: the same split keys with acc + P * V is a contraction, refused by
// the second contraction's loop check.

// CHECK-LABEL: func.func @pv_two_key_loops_twin
// CHECK-NOT: attn.flash_attention
func.func @pv_two_key_loops_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  %pe = tensor.expand_shape %p [[0], [1], [2, 3]] output_shape [1, 8, 2, 4] : tensor<1x8x8xf32> into tensor<1x8x2x4xf32>
  %ve = tensor.expand_shape %v [[0], [1, 2], [3]] output_shape [1, 2, 4, 16] : tensor<1x8x16xf32> into tensor<1x2x4x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction reduces 2 dims of the probabilities (expected one key axis)}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j0, j1) -> (b, i, j0, j1)>, affine_map<(b, i, d, j0, j1) -> (b, j0, j1, d)>, affine_map<(b, i, d, j0, j1) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%pe, %ve : tensor<1x8x2x4xf32>, tensor<1x2x4x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// P * V + P * V, the accumulator dropped: the add does not add to the
// accumulator. Refused.

// CHECK-LABEL: func.func @pv_add_without_acc
// CHECK-NOT: attn.flash_attention
func.func @pv_add_without_acc(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' is not a sum of P * V: its body's 'arith.addf' does not add to the accumulator}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %m, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// P.V computed with a second result (the row sums of P V): the op does not
// compute one tensor. Refused.

// CHECK-LABEL: func.func @pv_two_results
// CHECK-NOT: attn.flash_attention
func.func @pv_two_results(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  %w0 = tensor.empty() : tensor<1x8x16xf32>
  %wf = linalg.fill ins(%z : f32) outs(%w0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' does not compute one tensor}}
  %o:2 = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of, %wf : tensor<1x8x16xf32>, tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32, %acc2: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    %r2 = arith.addf %acc2, %a : f32
    linalg.yield %r, %r2 : f32, f32
  } -> (tensor<1x8x16xf32>, tensor<1x8x16xf32>)
  return %o#0 : tensor<1x8x16xf32>
}

// -----

// The normalization fused into the body, V read with `j mod 8` (the identity
// on 8 keys, but not a projected permutation): refused, the map named.

// CHECK-LABEL: func.func @fused_body_v_read_mod
// CHECK-NOT: attn.flash_attention
func.func @fused_body_v_read_mod(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' reads input 2 through a map that is not a projected permutation}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, i)>, affine_map<(b, i, d, j) -> (b, j mod 8, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%e, %sm, %v : tensor<1x8x8xf32>, tensor<1x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %l: f32, %b: f32, %acc: f32):
    %rl = arith.divf %one, %l : f32
    %pa = arith.mulf %a, %rl : f32
    %m = arith.mulf %pa, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// O^T = exp(V)^T P^T: both operands come from exponentials; P is the one a
// reduction normalizes (before, the left operand was taken as P and the
// rejection was not reported). Fused, V being exp(v).

// CHECK-LABEL: func.func @pv_probabilities_rhs_exp_values
// CHECK: attn.flash_attention
func.func @pv_probabilities_rhs_exp_values(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x16x8xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  %pt0 = tensor.empty() : tensor<1x8x8xf32>
  %pt = linalg.transpose ins(%p : tensor<1x8x8xf32>) outs(%pt0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %vt0 = tensor.empty() : tensor<1x16x8xf32>
  %vt = linalg.generic {indexing_maps = [affine_map<(b, d, j) -> (b, j, d)>, affine_map<(b, d, j) -> (b, d, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vt0 : tensor<1x16x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %x = math.exp %a : f32
    linalg.yield %x : f32
  } -> tensor<1x16x8xf32>
  %ot0 = tensor.empty() : tensor<1x16x8xf32>
  %otf = linalg.fill ins(%z : f32) outs(%ot0 : tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
  %ot = linalg.batch_matmul ins(%vt, %pt : tensor<1x16x8xf32>, tensor<1x8x8xf32>) outs(%otf : tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
  return %ot : tensor<1x16x8xf32>
}

// -----

// Twin: V^T P^T with V as it is: fused.

// CHECK-LABEL: func.func @pv_probabilities_rhs_twin
// CHECK: attn.flash_attention
func.func @pv_probabilities_rhs_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x16x8xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  %pt0 = tensor.empty() : tensor<1x8x8xf32>
  %pt = linalg.transpose ins(%p : tensor<1x8x8xf32>) outs(%pt0 : tensor<1x8x8xf32>) permutation = [0, 2, 1]
  %vt0 = tensor.empty() : tensor<1x16x8xf32>
  %vt = linalg.generic {indexing_maps = [affine_map<(b, d, j) -> (b, j, d)>, affine_map<(b, d, j) -> (b, d, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vt0 : tensor<1x16x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %x = arith.addf %a, %z : f32
    linalg.yield %x : f32
  } -> tensor<1x16x8xf32>
  %ot0 = tensor.empty() : tensor<1x16x8xf32>
  %otf = linalg.fill ins(%z : f32) outs(%ot0 : tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
  %ot = linalg.batch_matmul ins(%vt, %pt : tensor<1x16x8xf32>, tensor<1x8x8xf32>) outs(%otf : tensor<1x16x8xf32>) -> tensor<1x16x8xf32>
  return %ot : tensor<1x16x8xf32>
}

// -----

// Not a candidate: acc - E * V with E exponentials that no reduction
// normalizes (a gate, not probabilities). No remark.

// CHECK-LABEL: func.func @exp_weights_not_candidate
// CHECK-NOT: attn.flash_attention
func.func @exp_weights_not_candidate(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>] ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %y = arith.mulf %d, %c : f32
    %ex = math.exp %y : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%e, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.subf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}
