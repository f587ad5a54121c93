// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Near misses of every proof step (issue 10's red-team pass, 2026-11-30):
// index arithmetic (casts, float conversions, unsigned compares, overflow,
// div/rem, predicates and select order), fills and logit shifts, softmax
// variants (reduction inits and axes, the subtracted max, the normalizer),
// contraction bodies that linalg's contraction interface accepts but that
// are not sums of products, safe-softmax selects, and mask reads. Each is
// refused with a remark naming the failed check, or fused (a "Twin") with
// equal numbers on every row (numcheck runs every static function here).

// bf16(j) + 0.5 <= bf16(i) + 0.5 with 160 keys: j + 0.5 rounds to even above
// 128 (130 + 0.5 == 129 + 0.5), so the mask is not causal. Refused: the index
// expression has a non-integer constant.

// CHECK-LABEL: func.func @bf16_half_offset
// CHECK-NOT: attn.flash_attention
func.func @bf16_half_offset(%q: tensor<1x160x4xf32>, %k: tensor<1x160x4xf32>, %v: tensor<1x160x4xf32>) -> tensor<1x160x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x160x160xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x160x160xf32>) -> tensor<1x160x160xf32>
  %kt0 = tensor.empty() : tensor<1x4x160xf32>
  %kt = linalg.transpose ins(%k : tensor<1x160x4xf32>) outs(%kt0 : tensor<1x4x160xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x160x4xf32>, tensor<1x4x160xf32>) outs(%f0 : tensor<1x160x160xf32>) -> tensor<1x160x160xf32>
  %x0 = tensor.empty() : tensor<1x160x160xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x160x160xf32>) outs(%x0 : tensor<1x160x160xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i32
    %ji = arith.index_cast %j : index to i32
    %if = arith.sitofp %ii : i32 to bf16
    %jf = arith.sitofp %ji : i32 to bf16
    %h = arith.constant 0.5 : bf16
    %ih = arith.addf %if, %h : bf16
    %jh = arith.addf %jf, %h : bf16
    %cnd = arith.cmpf ole, %jh, %ih : bf16
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x160x160xf32>
  // expected-remark @+1 {{attn-fuse: not fused: index arithmetic uses the non-integer constant 0.500000}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x160x160xf32>) outs(%x0 : tensor<1x160x160xf32>) -> tensor<1x160x160xf32>
  %o0 = tensor.empty() : tensor<1x160x4xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x160x4xf32>) -> tensor<1x160x4xf32>
  %vf0 = tensor.empty() : tensor<1x160x4xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x160x4xf32>) outs(%vf0 : tensor<1x160x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x160x4xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x160x160xf32>, tensor<1x160x4xf32>) outs(%of : tensor<1x160x4xf32>) -> tensor<1x160x4xf32>
  %ot0 = tensor.empty() : tensor<1x160x4xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x160x4xf32>) outs(%ot0 : tensor<1x160x4xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x160x4xf32>
  return %ot : tensor<1x160x4xf32>
}

// -----

// Twin: bf16(j) + 1 <= bf16(i) + 1: integers up to 256 are exact in bf16:
// causal.

// CHECK-LABEL: func.func @bf16_integer_offset_twin
// CHECK: attn.flash_attention
func.func @bf16_integer_offset_twin(%q: tensor<1x160x4xf32>, %k: tensor<1x160x4xf32>, %v: tensor<1x160x4xf32>) -> tensor<1x160x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x160x160xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x160x160xf32>) -> tensor<1x160x160xf32>
  %kt0 = tensor.empty() : tensor<1x4x160xf32>
  %kt = linalg.transpose ins(%k : tensor<1x160x4xf32>) outs(%kt0 : tensor<1x4x160xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x160x4xf32>, tensor<1x4x160xf32>) outs(%f0 : tensor<1x160x160xf32>) -> tensor<1x160x160xf32>
  %x0 = tensor.empty() : tensor<1x160x160xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x160x160xf32>) outs(%x0 : tensor<1x160x160xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i32
    %ji = arith.index_cast %j : index to i32
    %if = arith.sitofp %ii : i32 to bf16
    %jf = arith.sitofp %ji : i32 to bf16
    %h = arith.constant 1.0 : bf16
    %ih = arith.addf %if, %h : bf16
    %jh = arith.addf %jf, %h : bf16
    %cnd = arith.cmpf ole, %jh, %ih : bf16
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x160x160xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x160x160xf32>) outs(%x0 : tensor<1x160x160xf32>) -> tensor<1x160x160xf32>
  %o0 = tensor.empty() : tensor<1x160x4xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x160x4xf32>) -> tensor<1x160x4xf32>
  %vf0 = tensor.empty() : tensor<1x160x4xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x160x4xf32>) outs(%vf0 : tensor<1x160x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x160x4xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x160x160xf32>, tensor<1x160x4xf32>) outs(%of : tensor<1x160x4xf32>) -> tensor<1x160x4xf32>
  %ot0 = tensor.empty() : tensor<1x160x4xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x160x4xf32>) outs(%ot0 : tensor<1x160x4xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x160x4xf32>
  return %ot : tensor<1x160x4xf32>
}

// -----

// j * 2^30 <= i * 2^30 in i32 wraps: refused.

// CHECK-LABEL: func.func @i32_mul_overflow
// CHECK-NOT: attn.flash_attention
func.func @i32_mul_overflow(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i32
    %ji = arith.index_cast %j : index to i32
    %m = arith.constant 1073741824 : i32
    %im = arith.muli %ii, %m : i32
    %jm = arith.muli %ji, %m : i32
    %cnd = arith.cmpi sle, %jm, %im : i32
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: index arithmetic is not exact: a 'mul' in i32 takes values in [0, 7516192768], outside the type's range}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// 1 >u (j - i) (the unsigned diagonal, operands swapped): refused.

// CHECK-LABEL: func.func @ule_swapped
// CHECK-NOT: attn.flash_attention
func.func @ule_swapped(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %d = arith.subi %j, %i : index
    %one = arith.constant 1 : index
    %cnd = arith.cmpi ugt, %one, %d : index
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: unsigned compare of index values that can be negative ([1, 1] vs [-7, 7]): it is not the signed compare a causal mask means}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// uitofp(j - i) <= 0 reads negative differences as huge: refused.

// CHECK-LABEL: func.func @uitofp_diff
// CHECK-NOT: attn.flash_attention
func.func @uitofp_diff(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %d = arith.subi %j, %i : index
    %di = arith.index_cast %d : index to i32
    %df = arith.uitofp %di : i32 to f32
    %zz = arith.constant 0.0 : f32
    %cnd = arith.cmpf ole, %df, %zz : f32
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: index arithmetic is not exact: an unsigned conversion from i32 to f32 sees values in [-7, 7] (negative ones change value)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: index_castui of the (non-negative) indices, ule: exact, causal.

// CHECK-LABEL: func.func @castui_nonneg_twin
// CHECK: attn.flash_attention
func.func @castui_nonneg_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_castui %i : index to i64
    %ji = arith.index_castui %j : index to i64
    %cnd = arith.cmpi ule, %ji, %ii : i64
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// select(j <= i, -inf, S): hides the lower triangle: refused.

// CHECK-LABEL: func.func @select_order_reversed
// CHECK-NOT: attn.flash_attention
func.func @select_order_reversed(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi sle, %j, %i : index
    %r = arith.select %cnd, %ninf, %y : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: mask condition is not a causal (lower-triangular) compare}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// select(j == i, S, -inf): the diagonal only: refused.

// CHECK-LABEL: func.func @cmp_eq_diag
// CHECK-NOT: attn.flash_attention
func.func @cmp_eq_diag(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi eq, %j, %i : index
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: mask condition is not a causal (lower-triangular) compare}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// select(j != i, -inf, S): the diagonal only: refused.

// CHECK-LABEL: func.func @cmp_ne
// CHECK-NOT: attn.flash_attention
func.func @cmp_ne(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi ne, %j, %i : index
    %r = arith.select %cnd, %ninf, %y : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: mask condition is not a causal (lower-triangular) compare}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// j < i with Sq == Sk: offset -1, not causal: refused.

// CHECK-LABEL: func.func @slt_strict
// CHECK-NOT: attn.flash_attention
func.func @slt_strict(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi slt, %j, %i : index
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: causal offset -1 is neither 0 (top-left) nor Sk - Sq (bottom-right)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: j < i with Sq = Sk + 1 is j <= i + Sk - Sq: bottom-right.

// CHECK-LABEL: func.func @slt_strict_bottom_right_twin
// CHECK: attn.flash_attention
func.func @slt_strict_bottom_right_twin(%q: tensor<1x9x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x9x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x9x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x9x8xf32>) -> tensor<1x9x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x9x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x9x8xf32>) -> tensor<1x9x8xf32>
  %x0 = tensor.empty() : tensor<1x9x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x9x8xf32>) outs(%x0 : tensor<1x9x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi slt, %j, %i : index
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x9x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x9x8xf32>) outs(%x0 : tensor<1x9x8xf32>) -> tensor<1x9x8xf32>
  %o0 = tensor.empty() : tensor<1x9x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x9x16xf32>) -> tensor<1x9x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x9x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x9x16xf32>) -> tensor<1x9x16xf32>
  %ot0 = tensor.empty() : tensor<1x9x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x9x16xf32>) outs(%ot0 : tensor<1x9x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x9x16xf32>
  return %ot : tensor<1x9x16xf32>
}

// -----

// Twin: i >= j (swapped operands): top-left.

// CHECK-LABEL: func.func @sge_swapped_twin
// CHECK: attn.flash_attention
func.func @sge_swapped_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi sge, %i, %j : index
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// j / 2 <= i / 2 (arith.divsi): blocks of two, not causal: refused, the remark
// names the op.

// CHECK-LABEL: func.func @divsi_index
// CHECK-NOT: attn.flash_attention
func.func @divsi_index(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %two = arith.constant 2 : index
    %i2 = arith.divsi %i, %two : index
    %j2 = arith.divsi %j, %two : index
    %cnd = arith.cmpi sle, %j2, %i2 : index
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the logits do not come from a contraction (Q*K^T) ['linalg.generic' computes with 'arith.divsi', which the matcher does not interpret]}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// j <= floordiv(i, 2): refused, the remark names the op.

// CHECK-LABEL: func.func @floordivsi_index
// CHECK-NOT: attn.flash_attention
func.func @floordivsi_index(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %two = arith.constant 2 : index
    %i2 = arith.floordivsi %i, %two : index
    %cnd = arith.cmpi sle, %j, %i2 : index
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the logits do not come from a contraction (Q*K^T) ['linalg.generic' computes with 'arith.floordivsi', which the matcher does not interpret]}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// j rem 4 <= i: refused, the remark names the op.

// CHECK-LABEL: func.func @remsi_index
// CHECK-NOT: attn.flash_attention
func.func @remsi_index(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %two = arith.constant 4 : index
    %j2 = arith.remsi %j, %two : index
    %cnd = arith.cmpi sle, %j2, %i : index
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the logits do not come from a contraction (Q*K^T) ['linalg.generic' computes with 'arith.remsi', which the matcher does not interpret]}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// 2j <= 2i has coefficients 2: not the normalized causal form: refused.

// CHECK-LABEL: func.func @mul_two_sides
// CHECK-NOT: attn.flash_attention
func.func @mul_two_sides(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %two = arith.constant 2 : index
    %i2 = arith.muli %i, %two : index
    %j2 = arith.muli %j, %two : index
    %cnd = arith.cmpi sle, %j2, %i2 : index
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: mask condition is not a causal (lower-triangular) compare}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// trunci to i4 with 12 keys wraps: refused.

// CHECK-LABEL: func.func @trunci_i4
// CHECK-NOT: attn.flash_attention
func.func @trunci_i4(%q: tensor<1x12x16xf32>, %k: tensor<1x12x16xf32>, %v: tensor<1x12x16xf32>) -> tensor<1x12x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x12x12xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x12x12xf32>) -> tensor<1x12x12xf32>
  %kt0 = tensor.empty() : tensor<1x16x12xf32>
  %kt = linalg.transpose ins(%k : tensor<1x12x16xf32>) outs(%kt0 : tensor<1x16x12xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x12x16xf32>, tensor<1x16x12xf32>) outs(%f0 : tensor<1x12x12xf32>) -> tensor<1x12x12xf32>
  %x0 = tensor.empty() : tensor<1x12x12xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x12x12xf32>) outs(%x0 : tensor<1x12x12xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i32
    %ji = arith.index_cast %j : index to i32
    %i4 = arith.trunci %ii : i32 to i4
    %j4 = arith.trunci %ji : i32 to i4
    %cnd = arith.cmpi sle, %j4, %i4 : i4
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x12x12xf32>
  // expected-remark @+1 {{attn-fuse: not fused: index arithmetic is not exact: a 'cast' in i4 takes values in [0, 11], outside the type's range}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x12x12xf32>) outs(%x0 : tensor<1x12x12xf32>) -> tensor<1x12x12xf32>
  %o0 = tensor.empty() : tensor<1x12x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x12x16xf32>) -> tensor<1x12x16xf32>
  %vf0 = tensor.empty() : tensor<1x12x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x12x16xf32>) outs(%vf0 : tensor<1x12x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x12x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x12x12xf32>, tensor<1x12x16xf32>) outs(%of : tensor<1x12x16xf32>) -> tensor<1x12x16xf32>
  %ot0 = tensor.empty() : tensor<1x12x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x12x16xf32>) outs(%ot0 : tensor<1x12x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x12x16xf32>
  return %ot : tensor<1x12x16xf32>
}

// -----

// Twin: index_cast to i4 and extui with 7 keys: exact, causal.

// CHECK-LABEL: func.func @extui_i4_twin_small
// CHECK: attn.flash_attention
func.func @extui_i4_twin_small(%q: tensor<1x7x16xf32>, %k: tensor<1x7x16xf32>, %v: tensor<1x7x16xf32>) -> tensor<1x7x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x7x7xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x7x7xf32>) -> tensor<1x7x7xf32>
  %kt0 = tensor.empty() : tensor<1x16x7xf32>
  %kt = linalg.transpose ins(%k : tensor<1x7x16xf32>) outs(%kt0 : tensor<1x16x7xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x7x16xf32>, tensor<1x16x7xf32>) outs(%f0 : tensor<1x7x7xf32>) -> tensor<1x7x7xf32>
  %x0 = tensor.empty() : tensor<1x7x7xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x7x7xf32>) outs(%x0 : tensor<1x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i4
    %ji = arith.index_cast %j : index to i4
    %i8 = arith.extui %ii : i4 to i8
    %j8 = arith.extui %ji : i4 to i8
    %cnd = arith.cmpi sle, %j8, %i8 : i8
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x7x7xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x7x7xf32>) outs(%x0 : tensor<1x7x7xf32>) -> tensor<1x7x7xf32>
  %o0 = tensor.empty() : tensor<1x7x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x7x16xf32>) -> tensor<1x7x16xf32>
  %vf0 = tensor.empty() : tensor<1x7x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x7x16xf32>) outs(%vf0 : tensor<1x7x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x7x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x7x7xf32>, tensor<1x7x16xf32>) outs(%of : tensor<1x7x16xf32>) -> tensor<1x7x16xf32>
  %ot0 = tensor.empty() : tensor<1x7x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x7x16xf32>) outs(%ot0 : tensor<1x7x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x7x16xf32>
  return %ot : tensor<1x7x16xf32>
}

// -----

// index_cast to i4 and extui with 12 keys: refused.

// CHECK-LABEL: func.func @extui_i4_wraps
// CHECK-NOT: attn.flash_attention
func.func @extui_i4_wraps(%q: tensor<1x12x16xf32>, %k: tensor<1x12x16xf32>, %v: tensor<1x12x16xf32>) -> tensor<1x12x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x12x12xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x12x12xf32>) -> tensor<1x12x12xf32>
  %kt0 = tensor.empty() : tensor<1x16x12xf32>
  %kt = linalg.transpose ins(%k : tensor<1x12x16xf32>) outs(%kt0 : tensor<1x16x12xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x12x16xf32>, tensor<1x16x12xf32>) outs(%f0 : tensor<1x12x12xf32>) -> tensor<1x12x12xf32>
  %x0 = tensor.empty() : tensor<1x12x12xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x12x12xf32>) outs(%x0 : tensor<1x12x12xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i4
    %ji = arith.index_cast %j : index to i4
    %i8 = arith.extui %ii : i4 to i8
    %j8 = arith.extui %ji : i4 to i8
    %cnd = arith.cmpi sle, %j8, %i8 : i8
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x12x12xf32>
  // expected-remark @+1 {{attn-fuse: not fused: index arithmetic is not exact: a 'cast' in i4 takes values in [0, 11], outside the type's range}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x12x12xf32>) outs(%x0 : tensor<1x12x12xf32>) -> tensor<1x12x12xf32>
  %o0 = tensor.empty() : tensor<1x12x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x12x16xf32>) -> tensor<1x12x16xf32>
  %vf0 = tensor.empty() : tensor<1x12x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x12x16xf32>) outs(%vf0 : tensor<1x12x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x12x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x12x12xf32>, tensor<1x12x16xf32>) outs(%of : tensor<1x12x16xf32>) -> tensor<1x12x16xf32>
  %ot0 = tensor.empty() : tensor<1x12x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x12x16xf32>) outs(%ot0 : tensor<1x12x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x12x16xf32>
  return %ot : tensor<1x12x16xf32>
}

// -----

// masked_fill with +inf: refused.

// CHECK-LABEL: func.func @fill_pinf
// CHECK-NOT: attn.flash_attention
func.func @fill_pinf(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi sle, %j, %i : index
    %r = arith.select %cnd, %y, %pinf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: masked logits are filled with inf}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// masked_fill with NaN: refused.

// CHECK-LABEL: func.func @fill_nan
// CHECK-NOT: attn.flash_attention
func.func @fill_nan(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi sle, %j, %i : index
    %r = arith.select %cnd, %y, %nan : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: masked logits are filled with nan}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// select(keep, S, -inf) * -0.5 fills hidden logits with +inf: refused.

// CHECK-LABEL: func.func @fill_then_neg_scale
// CHECK-NOT: attn.flash_attention
func.func @fill_then_neg_scale(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi sle, %j, %i : index
    %r0 = arith.select %cnd, %in, %ninf : f32
    %m = arith.constant -0.5 : f32
    %r = arith.mulf %r0, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: masked logits are filled with inf}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// The scale applied to the kept logits only: refused.

// CHECK-LABEL: func.func @scale_some_logits
// CHECK-NOT: attn.flash_attention
func.func @scale_some_logits(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %cnd = arith.cmpi sle, %j, %i : index
    %r = arith.select %cnd, %y, %in : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a select between two tensors on the logits}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// +inf added to every logit (the program gives NaN): refused.

// CHECK-LABEL: func.func @shift_const_inf
// CHECK-NOT: attn.flash_attention
func.func @shift_const_inf(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.addf %y, %pinf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the constant inf is added to every logit (softmax ignores only a finite shift)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// NaN added to every logit: refused.

// CHECK-LABEL: func.func @shift_const_nan
// CHECK-NOT: attn.flash_attention
func.func @shift_const_nan(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.addf %y, %nan : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the constant nan is added to every logit (softmax ignores only a finite shift)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: a finite constant added to every logit: softmax ignores it.

// CHECK-LABEL: func.func @shift_const_finite_twin
// CHECK: attn.flash_attention
func.func @shift_const_finite_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %sh = arith.constant 3.0 : f32
    %r = arith.addf %y, %sh : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// A runtime scalar added to every logit (inf or NaN at run time makes every
// row NaN): refused.

// CHECK-LABEL: func.func @shift_runtime
// CHECK-NOT: attn.flash_attention
func.func @shift_runtime(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %rt: f32) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.addf %y, %rt : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a runtime value is added to every logit (softmax ignores only a finite shift, and this one is not known to be)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: a runtime scale is carried by the op (it computes like the program for
// NaN/inf too).

// CHECK-LABEL: func.func @scale_runtime_twin
// CHECK: attn.flash_attention
func.func @scale_runtime_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %rt: f32) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.mulf %in, %rt : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// The scale applied twice: 0.0625 * S.

// CHECK-LABEL: func.func @scale_twice
// CHECK: attn.flash_attention
func.func @scale_twice(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.mulf %y, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: exp(X - max X) / sum, all reductions with neutral inits.

// CHECK-LABEL: func.func @plain_twin
// CHECK: attn.flash_attention
func.func @plain_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// The row max starts at 0 (differs when every logit of a row is negative):
// refused.

// CHECK-LABEL: func.func @max_init_zero
// CHECK-NOT: attn.flash_attention
func.func @max_init_zero(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0.0 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the row max does not start at -inf or the lowest float}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// The sum starts at 1: refused.

// CHECK-LABEL: func.func @sum_init_one
// CHECK-NOT: attn.flash_attention
func.func @sum_init_one(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 1.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the normalizer's sum does not start at zero}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// A min where the max should be: not interpreted as a row max, so the
// exponent is not shifted by the row max: refused.

// CHECK-LABEL: func.func @max_is_min
// CHECK-NOT: attn.flash_attention
func.func @max_is_min(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.minimumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the exponent is not shifted by the row max}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// The max over the query axis: refused.

// CHECK-LABEL: func.func @max_over_queries
// CHECK-NOT: attn.flash_attention
func.func @max_over_queries(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, j, i)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the row max is taken over another axis than the key axis that the second contraction reduces}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// The sum over the query axis: refused.

// CHECK-LABEL: func.func @sum_over_queries
// CHECK-NOT: attn.flash_attention
func.func @sum_over_queries(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, j, i)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: softmax is normalized over another axis than the key axis that the second contraction reduces}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// exp(X - max T), T another tensor (overflows where max T << max X): refused.

// CHECK-LABEL: func.func @max_of_other_tensor
// CHECK-NOT: attn.flash_attention
func.func @max_of_other_tensor(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %t: tensor<1x8x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%t : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the subtracted max is not the max of the same logits}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// exp(0.25 S - max S): not the max of the logits: refused.

// CHECK-LABEL: func.func @max_of_scores_unscaled
// CHECK-NOT: attn.flash_attention
func.func @max_of_scores_unscaled(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the subtracted max is not the max of the same logits}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// exp(max X - X) (overflows where the program differs): refused.

// CHECK-LABEL: func.func @exp_rev_sub
// CHECK-NOT: attn.flash_attention
func.func @exp_rev_sub(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %mm, %a : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a per-row value that is not the row max of the scores (subtracted with the scores' scale) is added to the logits: softmax ignores it only where the exponentials neither overflow nor all underflow}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// Twin: exp(0.25 * (X - max X)): the max of the scaled scores, scaled again:
// fused with scale 0.0625.

// CHECK-LABEL: func.func @exp_scale_after_max_twin
// CHECK: attn.flash_attention
func.func @exp_scale_after_max_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %d2 = arith.mulf %d, %c : f32
    %ex = math.exp %d2 : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// exp(X - max X - max X): refused.

// CHECK-LABEL: func.func @exp_max_twice
// CHECK-NOT: attn.flash_attention
func.func @exp_max_twice(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %d2 = arith.subf %d, %mm : f32
    %ex = math.exp %d2 : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the subtracted max is not the max of the same logits}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// exp2(1.5 * (X - max X)): any base-2 factor is a scale (0.25 * 1.5 * ln 2).

// CHECK-LABEL: func.func @exp2_wrong_ln2
// CHECK: attn.flash_attention
func.func @exp2_wrong_ln2(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %l2 = arith.constant 1.5 : f32
    %d2 = arith.mulf %d, %l2 : f32
    %ex = math.exp2 %d2 : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// log-softmax (X - max - log sum) feeds P.V: not a candidate (no exp), not
// fused.

// CHECK-LABEL: func.func @log_softmax
// CHECK-NOT: attn.flash_attention
func.func @log_softmax(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    linalg.yield %d : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %lg = math.log %l : f32
    %dv = arith.subf %a, %lg : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// sum / E: refused.

// CHECK-LABEL: func.func @div_swapped
// CHECK-NOT: attn.flash_attention
func.func @div_swapped(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the normalizer is not a sum of the exponentials}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %l, %a : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// E / sum^2: refused.

// CHECK-LABEL: func.func @div_by_sum_squared
// CHECK-NOT: attn.flash_attention
func.func @div_by_sum_squared(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the normalizer is not a sum of the exponentials}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %l2 = arith.mulf %l, %l : f32
    %dv = arith.divf %a, %l2 : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// E * (2 / sum): refused.

// CHECK-LABEL: func.func @recip_twice
// CHECK-NOT: attn.flash_attention
func.func @recip_twice(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'mul' is applied to the probabilities before the second contraction}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %one = arith.constant 2.0 : f32
    %rc = arith.divf %one, %l : f32
    %dv = arith.mulf %a, %rc : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// E / sum(X): not normalized exponentials: not a candidate, not fused.

// CHECK-LABEL: func.func @sum_of_other
// CHECK-NOT: attn.flash_attention
func.func @sum_of_other(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// Q * exp(K) in the Q.K^T body (linalg accepts unary ops there): refused.

// CHECK-LABEL: func.func @qk_body_exp
// CHECK-NOT: attn.flash_attention
func.func @qk_body_exp(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %nb = math.exp %b : f32
    %m = arith.mulf %a, %nb : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the logits do not come from a contraction (Q*K^T) ['linalg.generic' is not a sum of products: its body applies other ops than casts to the operands or the result]}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// Q * |K| in the Q.K^T body: refused.

// CHECK-LABEL: func.func @qk_body_abs
// CHECK-NOT: attn.flash_attention
func.func @qk_body_abs(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %nb = math.absf %b : f32
    %m = arith.mulf %a, %nb : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the logits do not come from a contraction (Q*K^T) ['linalg.generic' is not a sum of products: its body applies other ops than casts to the operands or the result] ['linalg.generic' computes with 'math.absf', which the matcher does not interpret]}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// -(acc + q * k) in the Q.K^T body: refused.

// CHECK-LABEL: func.func @qk_body_neg_result
// CHECK-NOT: attn.flash_attention
func.func @qk_body_neg_result(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    %n = arith.negf %r : f32
    linalg.yield %n : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the logits do not come from a contraction (Q*K^T) ['linalg.generic' is not a sum of products: its body applies other ops than casts to the operands or the result]}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// P * (-V) in the P.V body: not a contraction, not fused (the remark names
// the factor that is not V).

// CHECK-LABEL: func.func @pv_body_neg
// CHECK-NOT: attn.flash_attention
func.func @pv_body_neg(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' is not a sum of P * V: neither factor of the product is V (an input, possibly extended, that does not come from the exponentials): it multiplies input 0 (it comes from the exponentials) by 'arith.negf'}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %nb = arith.negf %b : f32
    %m = arith.mulf %a, %nb : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// (-P) * V in the P.V body: refused.

// CHECK-LABEL: func.func @pv_body_neg_p
// CHECK-NOT: attn.flash_attention
func.func @pv_body_neg_p(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'negate' is applied to the probabilities before the second contraction ['linalg.generic' is not a sum of products: its body applies other ops than casts to the operands or the result]}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %na = arith.negf %a : f32
    %m = arith.mulf %na, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// acc - P * V: not a contraction, not fused (the remark names the body's
// subf).

// CHECK-LABEL: func.func @pv_sub_acc
// CHECK-NOT: attn.flash_attention
func.func @pv_sub_acc(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: 'linalg.generic' is not a sum of P * V: its body yields 'arith.subf', not the accumulator plus a product}}
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.subf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// Twin: V read transposed ([D, S]) by the P.V map.

// CHECK-LABEL: func.func @pv_transposed_v_twin
// CHECK: attn.flash_attention
func.func @pv_transposed_v_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x16x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, d, j)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x16x8xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// P.V contracting the query axis of P: refused.

// CHECK-LABEL: func.func @pv_contract_queries
// CHECK-NOT: attn.flash_attention
func.func @pv_contract_queries(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: softmax is normalized over another axis than the key axis that the second contraction reduces}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, j, i)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// select(P == P (ueq), 0, P): zeros everywhere: refused.

// CHECK-LABEL: func.func @safe_select_eq
// CHECK-NOT: attn.flash_attention
func.func @safe_select_eq(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %p0 = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'select' is applied to the probabilities that is not a safe softmax (select(all_key(X == -inf), 0, P) or select(P != P, 0, P))}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p0 : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %isn = arith.cmpf ueq, %a, %a : f32
    %zz = arith.constant 0.0 : f32
    %r = arith.select %isn, %zz, %a : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// Twin: select(P != P (une), 0, P): the ONNX safe softmax.

// CHECK-LABEL: func.func @safe_select_une_twin
// CHECK: attn.flash_attention
func.func @safe_select_une_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p0 = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p0 : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %isn = arith.cmpf une, %a, %a : f32
    %zz = arith.constant 0.0 : f32
    %r = arith.select %isn, %zz, %a : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// select(P != P, P, 0): refused.

// CHECK-LABEL: func.func @safe_select_swapped
// CHECK-NOT: attn.flash_attention
func.func @safe_select_swapped(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %p0 = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'select' is applied to the probabilities before the second contraction}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p0 : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %isn = arith.cmpf une, %a, %a : f32
    %zz = arith.constant 0.0 : f32
    %r = arith.select %isn, %a, %zz : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// E / sum with the row sum broadcast back along the key axis ((b, i, j) -> (b,
// j)): refused.

// CHECK-LABEL: func.func @sum_broadcast_wrong_axis
// CHECK-NOT: attn.flash_attention
func.func @sum_broadcast_wrong_axis(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: softmax is normalized over another axis than the key axis that the second contraction reduces}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// exp(X - M) with the row max broadcast back along the key axis: refused.

// CHECK-LABEL: func.func @max_broadcast_wrong_axis
// CHECK-NOT: attn.flash_attention
func.func @max_broadcast_wrong_axis(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.25 : f32
  %mi = arith.constant 0xFF800000 : f32
  %si = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(b, i, j, d) -> (b, i, d)>, affine_map<(b, i, j, d) -> (b, j, d)>, affine_map<(b, i, j, d) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x8x16xf32>, tensor<1x8x16xf32>) outs(%f0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = arith.mulf %a, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x8x8xf32>
  %mf = linalg.fill ins(%mi : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %mm: f32, %o: f32):
    %d = arith.subf %a, %mm : f32
    %ex = math.exp %d : f32
    linalg.yield %ex : f32
  } -> tensor<1x8x8xf32>
  %sf = linalg.fill ins(%si : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%sf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the row max is taken over another axis than the key axis that the second contraction reduces}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>

  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(b, i, d, j) -> (b, i, j)>, affine_map<(b, i, d, j) -> (b, j, d)>, affine_map<(b, i, d, j) -> (b, i, d)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// Twin: an additive mask read transposed ((b, j, i)): fused with the
// transpose.

// CHECK-LABEL: func.func @mask_transposed_map
// CHECK: attn.flash_attention
func.func @mask_transposed_map(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, j, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.addf %y, %mk : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: a per-query mask stored as [1, 1, Sq]: fused with its labels.

// CHECK-LABEL: func.func @mask_query_in_key_slot
// CHECK: attn.flash_attention
func.func @mask_query_in_key_slot(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x1x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, 0, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x1x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.addf %y, %mk : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: a per-key mask [1, 1, Sk].

// CHECK-LABEL: func.func @mask_key_row
// CHECK: attn.flash_attention
func.func @mask_key_row(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x1x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, 0, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x1x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.addf %y, %mk : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// A mask read with i mod 4 (4 rows for 8 queries): `i mod 4` is the inner
// part of the query axis (8 = 2 x 4), so the program adds row i mod 4 of the
// mask to query row i. Fused with the mask broadcast along the outer part
// (Rewrite/LayoutBroadcast.cpp); numcheck compares the rows. Twin: a read
// that takes fewer values than the dim it reads (affine-extent.mlir
// @mask_key_floordiv) is refused.

// CHECK-LABEL: func.func @mask_query_mod
// CHECK: linalg.broadcast ins(%{{.*}} : tensor<1x4x8xf32>) outs(%{{.*}} : tensor<1x4x8x2xf32>) dimensions = [3]
// CHECK: attn.flash_attention {{.*}} mask(%{{.*}} : tensor<1x1x8x8xf32>)
func.func @mask_query_mod(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x4x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i mod 4, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x4x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.addf %y, %mk : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// A mask read with i floordiv 2 (4 rows for 8 queries): the outer part of
// the query axis, each mask row used by two queries. Fused with the mask
// broadcast along the inner part; numcheck compares the rows.

// CHECK-LABEL: func.func @mask_query_floordiv
// CHECK: linalg.broadcast ins(%{{.*}} : tensor<1x4x8xf32>) outs(%{{.*}} : tensor<1x4x8x2xf32>) dimensions = [3]
// CHECK: attn.flash_attention {{.*}} mask(%{{.*}} : tensor<1x1x8x8xf32>)
func.func @mask_query_floordiv(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x4x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i floordiv 2, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x4x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.addf %y, %mk : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// A mask read with j mod 4 (4 columns for 8 keys): the inner part of the
// key axis, the mask's columns repeated. Fused with the mask broadcast along
// the outer part; numcheck compares the rows.

// CHECK-LABEL: func.func @mask_key_mod_wrong
// CHECK: linalg.broadcast ins(%{{.*}} : tensor<1x8x4xf32>) outs(%{{.*}} : tensor<1x8x4x2xf32>) dimensions = [3]
// CHECK: attn.flash_attention {{.*}} mask(%{{.*}} : tensor<1x1x8x8xf32>)
func.func @mask_key_mod_wrong(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x4xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j mod 4)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x4xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.addf %y, %mk : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// A subtracted mask (-inf would become +inf): refused.

// CHECK-LABEL: func.func @mask_sub
// CHECK-NOT: attn.flash_attention
func.func @mask_sub(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.subf %y, %mk : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the additive mask enters the logits with coefficient -1.000000 (only a positive one can be folded into the mask)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Keep where m one 0 (ordered): the op keeps with `one`, so a NaN mask value
// is hidden as in the program.

// CHECK-LABEL: func.func @mask_cmp_one_keep
// CHECK: arith.cmpf one
// CHECK: attn.flash_attention
func.func @mask_cmp_one_keep(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %zz = arith.constant 0.0 : f32
    %cnd = arith.cmpf one, %mk, %zz : f32
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Hide where m oeq 0: the op keeps with `une` (NaN kept, as in the program).

// CHECK-LABEL: func.func @mask_cmp_oeq_hide
// CHECK: arith.cmpf une
// CHECK: attn.flash_attention
func.func @mask_cmp_oeq_hide(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %zz = arith.constant 0.0 : f32
    %cnd = arith.cmpf oeq, %mk, %zz : f32
    %r = arith.select %cnd, %ninf, %y : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Hide where m ueq 0: the op keeps with `one` (NaN hidden, as in the program).

// CHECK-LABEL: func.func @mask_cmp_ueq_hide
// CHECK: arith.cmpf one
// CHECK: attn.flash_attention
func.func @mask_cmp_ueq_hide(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %zz = arith.constant 0.0 : f32
    %cnd = arith.cmpf ueq, %mk, %zz : f32
    %r = arith.select %cnd, %ninf, %y : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Keep where m ogt 0: the op keeps with `ogt`.

// CHECK-LABEL: func.func @mask_cmp_ogt_keep
// CHECK: arith.cmpf ogt
// CHECK: attn.flash_attention
func.func @mask_cmp_ogt_keep(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: f32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %zz = arith.constant 0.0 : f32
    %cnd = arith.cmpf ogt, %mk, %zz : f32
    %r = arith.select %cnd, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: a boolean keep mask.

// CHECK-LABEL: func.func @mask_bool_keep_twin
// CHECK: attn.flash_attention
func.func @mask_bool_keep_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xi1>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: i1, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.select %mk, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// A boolean mask negated with xori: not interpreted: refused, the remark names
// the op.

// CHECK-LABEL: func.func @mask_bool_xor
// CHECK-NOT: attn.flash_attention
func.func @mask_bool_xor(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xi1>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: i1, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %t = arith.constant true
    %nk = arith.xori %mk, %t : i1
    %r = arith.select %nk, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the logits do not come from a contraction (Q*K^T) ['linalg.generic' computes with 'arith.xori', which the matcher does not interpret]}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: a boolean mask read transposed.

// CHECK-LABEL: func.func @mask_bool_transposed
// CHECK: attn.flash_attention
func.func @mask_bool_transposed(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xi1>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, j, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xi1>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: i1, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %r = arith.select %mk, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// An integer mask compared with slt (only eq/ne are read): refused.

// CHECK-LABEL: func.func @mask_int_cmp_slt
// CHECK-NOT: attn.flash_attention
func.func @mask_int_cmp_slt(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xi32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xi32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: i32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %zz = arith.constant 0 : i32
    %cnd = arith.cmpi slt, %mk, %zz : i32
    %r = arith.select %cnd, %ninf, %y : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: mask condition is not a compare of the query and key indices}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

// Twin: hide where an integer mask == 0.

// CHECK-LABEL: func.func @mask_int_cmp_eq_twin
// CHECK: attn.flash_attention
func.func @mask_int_cmp_eq_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>, %m: tensor<1x8x8xi32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c = arith.constant 0.25 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %x0 = tensor.empty() : tensor<1x8x8xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %m : tensor<1x8x8xf32>, tensor<1x8x8xi32>) outs(%x0 : tensor<1x8x8xf32>) {
  ^bb0(%in0: f32, %mk: i32, %out: f32):
    %in = arith.addf %in0, %z : f32
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %zz = arith.constant 0 : i32
    %cnd = arith.cmpi eq, %mk, %zz : i32
    %r = arith.select %cnd, %ninf, %y : f32
    linalg.yield %r : f32
  } -> tensor<1x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x8x8xf32>) outs(%x0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %zf = arith.constant 0.0 : f32
  %of = linalg.fill ins(%zf : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %vf0 = tensor.empty() : tensor<1x8x16xf32>
  %vf = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%v : tensor<1x8x16xf32>) outs(%vf0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %vf : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %ot0 = tensor.empty() : tensor<1x8x16xf32>
  %ot = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<1x8x16xf32>) outs(%ot0 : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %oo: f32):
    linalg.yield %a : f32
  } -> tensor<1x8x16xf32>
  return %ot : tensor<1x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Twin: GQA in the contractions' maps (K and V read with h floordiv 2, 2 kv
// heads for 4 query heads, no broadcast op): fused with K and V as they are.

// CHECK-LABEL: func.func @gqa_map_floordiv
// CHECK: attn.flash_attention ins(%arg0, %arg1, %arg2 : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)
func.func @gqa_map_floordiv(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x4x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%f0 : tensor<1x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x4x8x8xf32>) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %o0 = tensor.empty() : tensor<1x4x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x4x8x8xf32>, tensor<1x2x8x16xf32>) outs(%of : tensor<1x4x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x16xf32>
  return %o : tensor<1x4x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h mod 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h mod 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Twin: K and V read with h mod 2 (a tile) and 2 kv heads: fused, the query
// heads regrouped.

// CHECK-LABEL: func.func @gqa_map_mod
// CHECK: attn.flash_attention
func.func @gqa_map_mod(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x4x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%f0 : tensor<1x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x4x8x8xf32>) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %o0 = tensor.empty() : tensor<1x4x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x4x8x8xf32>, tensor<1x2x8x16xf32>) outs(%of : tensor<1x4x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x16xf32>
  return %o : tensor<1x4x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// K and V have 4 heads like Q but are read with h floordiv 2 (kv heads 2 and 3
// never read): refused, the read does not match the extent.

// CHECK-LABEL: func.func @gqa_map_floordiv_wrong_count
// CHECK-NOT: attn.flash_attention
func.func @gqa_map_floordiv_wrong_count(%q: tensor<1x4x8x16xf32>, %k: tensor<1x4x8x16xf32>, %v: tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x4x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) outs(%f0 : tensor<1x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x4x8x8xf32>) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %o0 = tensor.empty() : tensor<1x4x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: a contraction reads dim 1 of an operand (size 4) with 'd1 floordiv 2', which takes 2 values: the floordiv/mod does not match the extent it reads}}
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x4x8x8xf32>, tensor<1x4x8x16xf32>) outs(%of : tensor<1x4x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x16xf32>
  return %o : tensor<1x4x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h mod 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h mod 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// K and V have 4 heads, read with h mod 2: refused.

// CHECK-LABEL: func.func @gqa_map_mod_wrong_count
// CHECK-NOT: attn.flash_attention
func.func @gqa_map_mod_wrong_count(%q: tensor<1x4x8x16xf32>, %k: tensor<1x4x8x16xf32>, %v: tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x4x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) outs(%f0 : tensor<1x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x4x8x8xf32>) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %o0 = tensor.empty() : tensor<1x4x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: second contraction: a contraction reads dim 1 of an operand (size 4) with 'd1 mod 2', which takes 2 values: the floordiv/mod does not match the extent it reads}}
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x4x8x8xf32>, tensor<1x4x8x16xf32>) outs(%of : tensor<1x4x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x16xf32>
  return %o : tensor<1x4x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h mod 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// K read with h floordiv 2, V with h mod 2 (query head h reads K of one kv
// head and V of another): refused.

// CHECK-LABEL: func.func @gqa_map_k_floordiv_v_mod
// CHECK-NOT: attn.flash_attention
func.func @gqa_map_k_floordiv_v_mod(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x4x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%f0 : tensor<1x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: K and V are broadcast over different head axes}}
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x4x8x8xf32>) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %o0 = tensor.empty() : tensor<1x4x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x4x8x8xf32>, tensor<1x2x8x16xf32>) outs(%of : tensor<1x4x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x16xf32>
  return %o : tensor<1x4x8x16xf32>
}

// -----

#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 1, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 1, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
// Twin: h floordiv 1 reads every head: plain multi-head attention.

// CHECK-LABEL: func.func @gqa_map_floordiv_count_1
// CHECK: attn.flash_attention
func.func @gqa_map_floordiv_count_1(%q: tensor<1x4x8x16xf32>, %k: tensor<1x4x8x16xf32>, %v: tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x4x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %s = linalg.generic {indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) outs(%f0 : tensor<1x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(3) ins(%s : tensor<1x4x8x8xf32>) outs(%e0 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %o0 = tensor.empty() : tensor<1x4x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  %o = linalg.generic {indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%p, %v : tensor<1x4x8x8xf32>, tensor<1x4x8x16xf32>) outs(%of : tensor<1x4x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x16xf32>
  return %o : tensor<1x4x8x16xf32>
}

// -----

// exp(X) / sum exp(X) with no max subtracted: above X ~ 88 the program's
// exponentials are inf and its rows NaN; the op subtracts the row max and
// stays finite. Refused.

// CHECK-LABEL: func.func @softmax_without_row_max
// CHECK-NOT: attn.flash_attention
func.func @softmax_without_row_max(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x8x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %x = math.exp %a : f32
    linalg.yield %x : f32
  } -> tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %rf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%rf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the exponent is not shifted by the row max}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}

// -----

// Twin: the same with exp(X - max X): fused.

// CHECK-LABEL: func.func @softmax_with_row_max_twin
// CHECK: attn.flash_attention
func.func @softmax_with_row_max_twin(%q: tensor<1x8x16xf32>, %k: tensor<1x8x16xf32>, %v: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %e0 = tensor.empty() : tensor<1x8x8xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %kt0 = tensor.empty() : tensor<1x16x8xf32>
  %kt = linalg.transpose ins(%k : tensor<1x8x16xf32>) outs(%kt0 : tensor<1x16x8xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x8x16xf32>, tensor<1x16x8xf32>) outs(%f0 : tensor<1x8x8xf32>) -> tensor<1x8x8xf32>
  %r0 = tensor.empty() : tensor<1x8xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %mx = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%s : tensor<1x8x8xf32>) outs(%mf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mx : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<1x8x8xf32>
  %rf = linalg.fill ins(%z : f32) outs(%r0 : tensor<1x8xf32>) -> tensor<1x8xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<1x8x8xf32>) outs(%rf : tensor<1x8xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sm : tensor<1x8x8xf32>, tensor<1x8xf32>) outs(%e0 : tensor<1x8x8xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %dv = arith.divf %a, %l : f32
    linalg.yield %dv : f32
  } -> tensor<1x8x8xf32>
  %o0 = tensor.empty() : tensor<1x8x16xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x8x8xf32>, tensor<1x8x16xf32>) outs(%of : tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  return %o : tensor<1x8x16xf32>
}
