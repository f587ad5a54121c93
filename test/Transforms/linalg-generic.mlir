// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// 4-D einsum generics (bhqd,bhkd->bhqk and bhqk,bhkd->bhqd), the scale a
// runtime f32 captured by the body together with log2(e), and an exp2
// softmax whose sum reduction and normalization recompute exp2(x - max) in
// fused bodies (normalization as multiply by 1/sum). Base-2 softmax of
// x * log2e is the natural softmax of x: the op gets scale = %scale *
// (log2e * ln 2), and log2e * ln 2 rounds to 1.0 in f32, so no multiply.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row = affine_map<(b, h, i, j) -> (b, h, i)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>

// CHECK-LABEL: func.func @einsum_exp2
// CHECK-SAME: (%[[Q:.*]]: tensor<2x4x16x32xf32>, %[[K:.*]]: tensor<2x4x24x32xf32>, %[[V:.*]]: tensor<2x4x24x32xf32>, %[[SC:.*]]: f32)
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>, tensor<2x4x24x32xf32>) scale(%[[SC]]) outs(%{{.*}} : tensor<2x4x16x32xf32>) {empty_rows = #attn.empty_rows<nan>} -> tensor<2x4x16x32xf32>
// CHECK-NEXT: return %[[O]]
func.func @einsum_exp2(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %scale: f32) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %log2e = arith.constant 1.44269504 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %ss = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %scale : f32
    %m2 = arith.mulf %m, %log2e : f32
    linalg.yield %m2 : f32
  } -> tensor<2x4x16x24xf32>
  %r0 = tensor.empty() : tensor<2x4x16xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %max = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss : tensor<2x4x16x24xf32>) outs(%mf : tensor<2x4x16xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %x = arith.maxnumf %acc, %in : f32
    linalg.yield %x : f32
  } -> tensor<2x4x16xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%r0 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row, #row], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss, %max : tensor<2x4x16x24xf32>, tensor<2x4x16xf32>) outs(%zf : tensor<2x4x16xf32>) {
  ^bb0(%in: f32, %mx: f32, %acc: f32):
    %d = arith.subf %in, %mx : f32
    %e = math.exp2 %d : f32
    %x = arith.addf %acc, %e : f32
    linalg.yield %x : f32
  } -> tensor<2x4x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [#id, #row, #row, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %max, %sum : tensor<2x4x16x24xf32>, tensor<2x4x16xf32>, tensor<2x4x16xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %mx: f32, %sm: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %e = math.exp2 %d : f32
    %one = arith.constant 1.0 : f32
    %rc = arith.divf %one, %sm : f32
    %x = arith.mulf %e, %rc : f32
    linalg.yield %x : f32
  } -> tensor<2x4x16x24xf32>
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

// Twin of @einsum_exp2 where the normalizer sums exp(x - max) (base e)
// while the numerator is exp2(x - max).

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row = affine_map<(b, h, i, j) -> (b, h, i)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>

// CHECK-LABEL: func.func @einsum_exp2_mixed_base
// CHECK-NOT: attn.flash_attention
func.func @einsum_exp2_mixed_base(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %scale: f32) -> tensor<2x4x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %log2e = arith.constant 1.44269504 : f32
  %s0 = tensor.empty() : tensor<2x4x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x4x16x24xf32>) -> tensor<2x4x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x4x16x32xf32>, tensor<2x4x24x32xf32>) outs(%sf : tensor<2x4x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x4x16x24xf32>
  %ss = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<2x4x16x24xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %scale : f32
    %m2 = arith.mulf %m, %log2e : f32
    linalg.yield %m2 : f32
  } -> tensor<2x4x16x24xf32>
  %r0 = tensor.empty() : tensor<2x4x16xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %max = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss : tensor<2x4x16x24xf32>) outs(%mf : tensor<2x4x16xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %x = arith.maxnumf %acc, %in : f32
    linalg.yield %x : f32
  } -> tensor<2x4x16xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%r0 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
  %sum = linalg.generic {indexing_maps = [#id, #row, #row], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss, %max : tensor<2x4x16x24xf32>, tensor<2x4x16xf32>) outs(%zf : tensor<2x4x16xf32>) {
  ^bb0(%in: f32, %mx: f32, %acc: f32):
    %d = arith.subf %in, %mx : f32
    %e = math.exp %d : f32
    %x = arith.addf %acc, %e : f32
    linalg.yield %x : f32
  } -> tensor<2x4x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the normalizer is not the sum of the same exponentials}}
  %p = linalg.generic {indexing_maps = [#id, #row, #row, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %max, %sum : tensor<2x4x16x24xf32>, tensor<2x4x16xf32>, tensor<2x4x16xf32>) outs(%s0 : tensor<2x4x16x24xf32>) {
  ^bb0(%in: f32, %mx: f32, %sm: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %e = math.exp2 %d : f32
    %one = arith.constant 1.0 : f32
    %rc = arith.divf %one, %sm : f32
    %x = arith.mulf %e, %rc : f32
    linalg.yield %x : f32
  } -> tensor<2x4x16x24xf32>
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

// 2-D single head with linalg.matmul: K given pre-transposed [D, Sk] (a
// linalg.transpose view gives the op [Sk, D]), the scale pre-applied to Q by
// a splat multiply (folded into the op's scale; the op reads the unscaled
// Q), a causal mask from linalg.index compares (j > i masked with -inf:
// top-left), linalg.softmax.

#id = affine_map<(i, j) -> (i, j)>

// CHECK-LABEL: func.func @single_head
// CHECK-SAME: (%[[Q:.*]]: tensor<16x64xf32>, %[[KT:.*]]: tensor<64x16xf32>, %[[V:.*]]: tensor<16x64xf32>)
// CHECK-DAG: %[[Q4:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0, 1, 2], [3]] output_shape [1, 1, 16, 64]
// CHECK-DAG: %[[K2:.*]] = linalg.transpose ins(%[[KT]] : tensor<64x16xf32>) outs(%{{.*}} : tensor<16x64xf32>) permutation = [1, 0]
// CHECK-DAG: %[[K4:.*]] = tensor.expand_shape %[[K2]] {{\[}}[0, 1, 2], [3]] output_shape [1, 1, 16, 64]
// CHECK-DAG: %[[V4:.*]] = tensor.expand_shape %[[V]] {{\[}}[0, 1, 2], [3]] output_shape [1, 1, 16, 64]
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q4]], %[[K4]], %[[V4]] : {{.*}}) outs(%{{.*}} : tensor<1x1x16x64xf32>) {causal = #attn.causal<top_left>, empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32}
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1, 2], [3]] : tensor<1x1x16x64xf32> into tensor<16x64xf32>
// CHECK: return %[[R]]
func.func @single_head(%q: tensor<16x64xf32>, %kt: tensor<64x16xf32>, %v: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %q0 = tensor.empty() : tensor<16x64xf32>
  %qs = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%q : tensor<16x64xf32>) outs(%q0 : tensor<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<16x64xf32>
  %s0 = tensor.empty() : tensor<16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<16x16xf32>) -> tensor<16x16xf32>
  %s = linalg.matmul ins(%qs, %kt : tensor<16x64xf32>, tensor<64x16xf32>) outs(%sf : tensor<16x16xf32>) -> tensor<16x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%s : tensor<16x16xf32>) outs(%s0 : tensor<16x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %gt = arith.cmpi ugt, %j, %i : index
    %r = arith.select %gt, %ninf, %in : f32
    linalg.yield %r : f32
  } -> tensor<16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(1) ins(%sm : tensor<16x16xf32>) outs(%s0 : tensor<16x16xf32>) -> tensor<16x16xf32>
  %o0 = tensor.empty() : tensor<16x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<16x64xf32>) -> tensor<16x64xf32>
  %o = linalg.matmul ins(%p, %v : tensor<16x16xf32>, tensor<16x64xf32>) outs(%of : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %o : tensor<16x64xf32>
}

// -----

// Twin of @single_head with dropout-like scaling of the probabilities
// before the second matmul.

#id = affine_map<(i, j) -> (i, j)>

// CHECK-LABEL: func.func @single_head_probs_scaled
// CHECK-NOT: attn.flash_attention
func.func @single_head_probs_scaled(%q: tensor<16x64xf32>, %kt: tensor<64x16xf32>, %v: tensor<16x64xf32>) -> tensor<16x64xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %q0 = tensor.empty() : tensor<16x64xf32>
  %qs = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%q : tensor<16x64xf32>) outs(%q0 : tensor<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<16x64xf32>
  %s0 = tensor.empty() : tensor<16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<16x16xf32>) -> tensor<16x16xf32>
  %s = linalg.matmul ins(%qs, %kt : tensor<16x64xf32>, tensor<64x16xf32>) outs(%sf : tensor<16x16xf32>) -> tensor<16x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%s : tensor<16x16xf32>) outs(%s0 : tensor<16x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %gt = arith.cmpi ugt, %j, %i : index
    %r = arith.select %gt, %ninf, %in : f32
    linalg.yield %r : f32
  } -> tensor<16x16xf32>
  %p0 = linalg.softmax dimension(1) ins(%sm : tensor<16x16xf32>) outs(%s0 : tensor<16x16xf32>) -> tensor<16x16xf32>
  %two = arith.constant 2.0 : f32
  // expected-remark @+1 {{attn-fuse: not fused: a 'mul' is applied to the probabilities before the second contraction}}
  %p = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%p0 : tensor<16x16xf32>) outs(%s0 : tensor<16x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %x = arith.mulf %in, %two : f32
    linalg.yield %x : f32
  } -> tensor<16x16xf32>
  %o0 = tensor.empty() : tensor<16x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<16x64xf32>) -> tensor<16x64xf32>
  %o = linalg.matmul ins(%p, %v : tensor<16x16xf32>, tensor<16x64xf32>) outs(%of : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %o : tensor<16x64xf32>
}

// -----

// Dynamic batch and sequence lengths: batch_matmul with maps (K not
// transposed in memory), linalg.contract for P*V, no scale (scale = 1).

#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#cp = affine_map<(b, i, n, j) -> (b, i, j)>
#cv = affine_map<(b, i, n, j) -> (b, j, n)>
#co = affine_map<(b, i, n, j) -> (b, i, n)>

// CHECK-LABEL: func.func @dynamic
// CHECK-SAME: (%[[Q:.*]]: tensor<?x?x64xf32>, %[[K:.*]]: tensor<?x?x64xf32>, %[[V:.*]]: tensor<?x?x64xf32>)
// CHECK: %[[Q4:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0, 1], [2], [3]] output_shape [1, %{{.*}}, %{{.*}}, 64] : tensor<?x?x64xf32> into tensor<1x?x?x64xf32>
// CHECK: %[[K4:.*]] = tensor.expand_shape %[[K]] {{\[}}[0, 1], [2], [3]] output_shape [1, %{{.*}}, %{{.*}}, 64]
// CHECK: %[[V4:.*]] = tensor.expand_shape %[[V]] {{\[}}[0, 1], [2], [3]] output_shape [1, %{{.*}}, %{{.*}}, 64]
// CHECK: %[[INIT:.*]] = tensor.empty(%{{.*}}, %{{.*}}) : tensor<1x?x?x64xf32>
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q4]], %[[K4]], %[[V4]] : tensor<1x?x?x64xf32>, tensor<1x?x?x64xf32>, tensor<1x?x?x64xf32>) outs(%[[INIT]] : tensor<1x?x?x64xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 1.000000e+00 : f32}
// CHECK: tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<1x?x?x64xf32> into tensor<?x?x64xf32>
func.func @dynamic(%q: tensor<?x?x64xf32>, %k: tensor<?x?x64xf32>, %v: tensor<?x?x64xf32>) -> tensor<?x?x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %b = tensor.dim %q, %c0 : tensor<?x?x64xf32>
  %sq = tensor.dim %q, %c1 : tensor<?x?x64xf32>
  %sk = tensor.dim %k, %c1 : tensor<?x?x64xf32>
  %s0 = tensor.empty(%b, %sq, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%s : tensor<?x?x?xf32>) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%b, %sq) : tensor<?x?x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
  %o = linalg.contract indexing_maps = [#cp, #cv, #co] ins(%p, %v : tensor<?x?x?xf32>, tensor<?x?x64xf32>) outs(%of : tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
  return %o : tensor<?x?x64xf32>
}

// -----

// Twin of @dynamic where linalg.contract reduces P's query axis (its map for
// P swaps i and j): the contraction is over another axis than the softmax's.

#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#cp = affine_map<(b, i, n, j) -> (b, j, i)>
#cv = affine_map<(b, i, n, j) -> (b, j, n)>
#co = affine_map<(b, i, n, j) -> (b, i, n)>

// CHECK-LABEL: func.func @dynamic_contract_wrong_axis
// CHECK-NOT: attn.flash_attention
func.func @dynamic_contract_wrong_axis(%q: tensor<?x?x64xf32>, %k: tensor<?x?x64xf32>, %v: tensor<?x?x64xf32>) -> tensor<?x?x64xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %b = tensor.dim %q, %c0 : tensor<?x?x64xf32>
  %sq = tensor.dim %q, %c1 : tensor<?x?x64xf32>
  %sk = tensor.dim %k, %c1 : tensor<?x?x64xf32>
  %s0 = tensor.empty(%b, %sq, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  // expected-remark @+1 {{attn-fuse: not fused: softmax is over the query axis, not the key axis that the second contraction reduces}}
  %p = linalg.softmax dimension(2) ins(%s : tensor<?x?x?xf32>) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%b, %sq) : tensor<?x?x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
  %o = linalg.contract indexing_maps = [#cp, #cv, #co] ins(%p, %v : tensor<?x?x?xf32>, tensor<?x?x64xf32>) outs(%of : tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
  return %o : tensor<?x?x64xf32>
}

// -----

// @from_tosa (linalg.mlir) after --linalg-fuse-elementwise-ops: the scale
// stays separate, exp(x - max) is fused with the subtraction, the reductions
// read 5-D expand_shapes, and the normalization (x * 1/sum) is fused into
// the P*V contraction generic, which then has three inputs. The matcher
// interprets that generic's body as sum_key((E * (1 / sum)) * V).

// CHECK-LABEL: func.func @fused_normalization
// CHECK-SAME: (%[[Q:.*]]: tensor<2x4x16x8xf32>, %[[K:.*]]: tensor<2x4x16x8xf32>, %[[V:.*]]: tensor<2x4x16x8xf32>)
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : {{.*}}) outs(%{{.*}} : tensor<2x4x16x8xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.353553385 : f32}
// CHECK-NEXT: return %[[O]]
func.func @fused_normalization(%arg0: tensor<2x4x16x8xf32>, %arg1: tensor<2x4x16x8xf32>, %arg2: tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32> {
  %cst = arith.constant 0.353553385 : f32
  %cst_0 = arith.constant 1.000000e+00 : f32
  %cst_1 = arith.constant -3.40282347E+38 : f32
  %cst_2 = arith.constant 0.000000e+00 : f32
  %0 = tensor.empty() : tensor<2x4x8x16xf32>
  %transposed = linalg.transpose ins(%arg1 : tensor<2x4x16x8xf32>) outs(%0 : tensor<2x4x8x16xf32>) permutation = [0, 1, 3, 2] 
  %1 = tensor.empty() : tensor<8x16x16xf32>
  %expanded = tensor.expand_shape %1 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
  %2 = linalg.fill ins(%cst_2 : f32) outs(%expanded : tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d4, d3)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%arg0, %transposed : tensor<2x4x16x8xf32>, tensor<2x4x8x16xf32>) outs(%2 : tensor<2x4x16x16xf32>) {
  ^bb0(%in: f32, %in_8: f32, %out: f32):
    %17 = arith.mulf %in, %in_8 : f32
    %18 = arith.addf %out, %17 : f32
    linalg.yield %18 : f32
  } -> tensor<2x4x16x16xf32>
  %4 = tensor.empty() : tensor<2x4x16x16xf32>
  %5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%3 : tensor<2x4x16x16xf32>) outs(%4 : tensor<2x4x16x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %17 = arith.mulf %in, %cst : f32
    linalg.yield %17 : f32
  } -> tensor<2x4x16x16xf32>
  %6 = tensor.empty() : tensor<2x4x16xf32>
  %expanded_3 = tensor.expand_shape %6 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
  %7 = linalg.fill ins(%cst_1 : f32) outs(%expanded_3 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
  %expanded_4 = tensor.expand_shape %5 [[0], [1], [2, 3], [4]] output_shape [2, 4, 16, 1, 16] : tensor<2x4x16x16xf32> into tensor<2x4x16x1x16xf32>
  %8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%expanded_4 : tensor<2x4x16x1x16xf32>) outs(%7 : tensor<2x4x16x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %17 = arith.maximumf %in, %out : f32
    linalg.yield %17 : f32
  } -> tensor<2x4x16x1xf32>
  %9 = tensor.empty() : tensor<2x4x16x16xf32>
  %10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%5, %8 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%9 : tensor<2x4x16x16xf32>) {
  ^bb0(%in: f32, %in_8: f32, %out: f32):
    %17 = arith.subf %in, %in_8 : f32
    %18 = math.exp %17 : f32
    linalg.yield %18 : f32
  } -> tensor<2x4x16x16xf32>
  %11 = tensor.empty() : tensor<2x4x16xf32>
  %expanded_5 = tensor.expand_shape %11 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
  %12 = linalg.fill ins(%cst_2 : f32) outs(%expanded_5 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
  %expanded_6 = tensor.expand_shape %10 [[0], [1], [2, 3], [4]] output_shape [2, 4, 16, 1, 16] : tensor<2x4x16x16xf32> into tensor<2x4x16x1x16xf32>
  %13 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%expanded_6 : tensor<2x4x16x1x16xf32>) outs(%12 : tensor<2x4x16x1xf32>) {
  ^bb0(%in: f32, %out: f32):
    %17 = arith.addf %in, %out : f32
    linalg.yield %17 : f32
  } -> tensor<2x4x16x1xf32>
  %14 = tensor.empty() : tensor<8x16x8xf32>
  %expanded_7 = tensor.expand_shape %14 [[0, 1], [2], [3]] output_shape [2, 4, 16, 8] : tensor<8x16x8xf32> into tensor<2x4x16x8xf32>
  %15 = linalg.fill ins(%cst_2 : f32) outs(%expanded_7 : tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, 0)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d4, d3)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%10, %13, %arg2 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<2x4x16x8xf32>) outs(%15 : tensor<2x4x16x8xf32>) {
  ^bb0(%in: f32, %in_8: f32, %in_9: f32, %out: f32):
    %17 = arith.divf %cst_0, %in_8 : f32
    %18 = arith.mulf %in, %17 : f32
    %19 = arith.mulf %18, %in_9 : f32
    %20 = arith.addf %out, %19 : f32
    linalg.yield %20 : f32
  } -> tensor<2x4x16x8xf32>
  return %16 : tensor<2x4x16x8xf32>
}

// -----

// torch-mlir style: keep-dim reductions (output map (d0, d1, d2, 0)), the
// scale as x * rsqrt(d) of a 0-d constant tensor, reductions as generics
// with a reduction iterator, heads folded for batch_matmul.

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#kd = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#bc = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @torch_sdpa
// CHECK-SAME: (%[[Q:.*]]: tensor<1x12x128x64xf32>, %[[K:.*]]: tensor<1x12x128x64xf32>, %[[V:.*]]: tensor<1x12x128x64xf32>)
// CHECK: attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : {{.*}}) outs(%{{.*}} : tensor<1x12x128x64xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32}
func.func @torch_sdpa(%q: tensor<1x12x128x64xf32>, %k: tensor<1x12x128x64xf32>, %v: tensor<1x12x128x64xf32>) -> tensor<1x12x128x64xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant -3.40282347E+38 : f32
  %d = arith.constant dense<64.0> : tensor<f32>
  %kt0 = tensor.empty() : tensor<1x12x64x128xf32>
  %kt = linalg.transpose ins(%k : tensor<1x12x128x64xf32>) outs(%kt0 : tensor<1x12x64x128xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x12x128x64xf32> into tensor<12x128x64xf32>
  %k3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x12x64x128xf32> into tensor<12x64x128xf32>
  %s0 = tensor.empty() : tensor<12x128x128xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<12x128x128xf32>) -> tensor<12x128x128xf32>
  %s3 = linalg.batch_matmul ins(%q3, %k3 : tensor<12x128x64xf32>, tensor<12x64x128xf32>) outs(%sf : tensor<12x128x128xf32>) -> tensor<12x128x128xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 12, 128, 128] : tensor<12x128x128xf32> into tensor<1x12x128x128xf32>
  %e4 = tensor.empty() : tensor<1x12x128x128xf32>
  %ss = linalg.generic {indexing_maps = [#id, affine_map<(d0, d1, d2, d3) -> ()>, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %d : tensor<1x12x128x128xf32>, tensor<f32>) outs(%e4 : tensor<1x12x128x128xf32>) {
  ^bb0(%in: f32, %dd: f32, %out: f32):
    %r = math.rsqrt %dd : f32
    %m = arith.mulf %in, %r : f32
    linalg.yield %m : f32
  } -> tensor<1x12x128x128xf32>
  %r0 = tensor.empty() : tensor<1x12x128x1xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<1x12x128x1xf32>) -> tensor<1x12x128x1xf32>
  %max = linalg.generic {indexing_maps = [#id, #kd], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ss : tensor<1x12x128x128xf32>) outs(%mf : tensor<1x12x128x1xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %x = arith.maximumf %in, %acc : f32
    linalg.yield %x : f32
  } -> tensor<1x12x128x1xf32>
  %e = linalg.generic {indexing_maps = [#id, #kd, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<1x12x128x128xf32>, tensor<1x12x128x1xf32>) outs(%e4 : tensor<1x12x128x128xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %x = arith.subf %in, %mx : f32
    %y = math.exp %x : f32
    linalg.yield %y : f32
  } -> tensor<1x12x128x128xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%r0 : tensor<1x12x128x1xf32>) -> tensor<1x12x128x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #kd], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%e : tensor<1x12x128x128xf32>) outs(%zf : tensor<1x12x128x1xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %x = arith.addf %in, %acc : f32
    linalg.yield %x : f32
  } -> tensor<1x12x128x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [#id, #kd, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<1x12x128x128xf32>, tensor<1x12x128x1xf32>) outs(%e4 : tensor<1x12x128x128xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<1x12x128x128xf32>
  %p3 = tensor.collapse_shape %p [[0, 1], [2], [3]] : tensor<1x12x128x128xf32> into tensor<12x128x128xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x12x128x64xf32> into tensor<12x128x64xf32>
  %o0 = tensor.empty() : tensor<12x128x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<12x128x64xf32>) -> tensor<12x128x64xf32>
  %o3 = linalg.batch_matmul ins(%p3, %v3 : tensor<12x128x128xf32>, tensor<12x128x64xf32>) outs(%of : tensor<12x128x64xf32>) -> tensor<12x128x64xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 12, 128, 64] : tensor<12x128x64xf32> into tensor<1x12x128x64xf32>
  return %o : tensor<1x12x128x64xf32>
}
