// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Causal masks written as index compares are causal only when the index
// arithmetic is exact in the types it is computed in (IndexExactness.h):
// narrowing and float casts, unsigned compares, dynamic sizes. Each refusal
// has its twin that fuses.

// Soundness of index arithmetic. j <= i compared after index_cast to i8 with
// 130 queries/keys: i8 wraps above 127, so the mask is not causal there.

// CHECK-LABEL: func.func @i8_cast_wraps
// CHECK-NOT: attn.flash_attention
func.func @i8_cast_wraps(%q: tensor<1x130x130xf32>, %k: tensor<1x130x130xf32>, %v: tensor<1x130x130xf32>) -> tensor<1x130x130xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x130x130xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x130x130xf32>) -> tensor<1x130x130xf32>
  %kt0 = tensor.empty() : tensor<1x130x130xf32>
  %kt = linalg.transpose ins(%k : tensor<1x130x130xf32>) outs(%kt0 : tensor<1x130x130xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x130x130xf32>, tensor<1x130x130xf32>) outs(%f0 : tensor<1x130x130xf32>) -> tensor<1x130x130xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x130x130xf32>) outs(%e0 : tensor<1x130x130xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %i8 = arith.index_cast %i : index to i8
    %j8 = arith.index_cast %j : index to i8
    %keep = arith.cmpi sle, %j8, %i8 : i8
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x130x130xf32>
  // expected-remark @+1 {{attn-fuse: not fused: index arithmetic is not exact: a 'cast' in i8 takes values in [0, 129], outside the type's range}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x130x130xf32>) outs(%e0 : tensor<1x130x130xf32>) -> tensor<1x130x130xf32>
  %o0 = tensor.empty() : tensor<1x130x130xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x130x130xf32>) -> tensor<1x130x130xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x130x130xf32>, tensor<1x130x130xf32>) outs(%of : tensor<1x130x130xf32>) -> tensor<1x130x130xf32>
  return %o : tensor<1x130x130xf32>
}

// -----

// Twin: with 100 queries/keys every index fits i8: causal top-left.

// CHECK-LABEL: func.func @i8_cast_fits
// CHECK: attn.flash_attention {{.*}}causal = #attn.causal<top_left>
func.func @i8_cast_fits(%q: tensor<1x100x100xf32>, %k: tensor<1x100x100xf32>, %v: tensor<1x100x100xf32>) -> tensor<1x100x100xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x100x100xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x100x100xf32>) -> tensor<1x100x100xf32>
  %kt0 = tensor.empty() : tensor<1x100x100xf32>
  %kt = linalg.transpose ins(%k : tensor<1x100x100xf32>) outs(%kt0 : tensor<1x100x100xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x100x100xf32>, tensor<1x100x100xf32>) outs(%f0 : tensor<1x100x100xf32>) -> tensor<1x100x100xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x100x100xf32>) outs(%e0 : tensor<1x100x100xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %i8 = arith.index_cast %i : index to i8
    %j8 = arith.index_cast %j : index to i8
    %keep = arith.cmpi sle, %j8, %i8 : i8
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x100x100xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x100x100xf32>) outs(%e0 : tensor<1x100x100xf32>) -> tensor<1x100x100xf32>
  %o0 = tensor.empty() : tensor<1x100x100xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x100x100xf32>) -> tensor<1x100x100xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x100x100xf32>, tensor<1x100x100xf32>) outs(%of : tensor<1x100x100xf32>) -> tensor<1x100x100xf32>
  return %o : tensor<1x100x100xf32>
}

// -----

// Indices converted to bf16 (exact up to 256) with 600 keys: rounded, refused.

// CHECK-LABEL: func.func @bf16_cast_rounds
// CHECK-NOT: attn.flash_attention
func.func @bf16_cast_rounds(%q: tensor<1x600x600xf32>, %k: tensor<1x600x600xf32>, %v: tensor<1x600x600xf32>) -> tensor<1x600x600xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x600x600xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x600x600xf32>) -> tensor<1x600x600xf32>
  %kt0 = tensor.empty() : tensor<1x600x600xf32>
  %kt = linalg.transpose ins(%k : tensor<1x600x600xf32>) outs(%kt0 : tensor<1x600x600xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x600x600xf32>, tensor<1x600x600xf32>) outs(%f0 : tensor<1x600x600xf32>) -> tensor<1x600x600xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x600x600xf32>) outs(%e0 : tensor<1x600x600xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i32
    %jj = arith.index_cast %j : index to i32
    %fi = arith.sitofp %ii : i32 to bf16
    %fj = arith.sitofp %jj : i32 to bf16
    %keep = arith.cmpf ole, %fj, %fi : bf16
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x600x600xf32>
  // expected-remark @+1 {{attn-fuse: not fused: index arithmetic is not exact: a 'cast' in bf16 takes values in [0, 599], not all exact in that type}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x600x600xf32>) outs(%e0 : tensor<1x600x600xf32>) -> tensor<1x600x600xf32>
  %o0 = tensor.empty() : tensor<1x600x600xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x600x600xf32>) -> tensor<1x600x600xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x600x600xf32>, tensor<1x600x600xf32>) outs(%of : tensor<1x600x600xf32>) -> tensor<1x600x600xf32>
  return %o : tensor<1x600x600xf32>
}

// -----

// Twin: 200 keys are exact in bf16.

// CHECK-LABEL: func.func @bf16_cast_exact
// CHECK: attn.flash_attention {{.*}}causal = #attn.causal<top_left>
func.func @bf16_cast_exact(%q: tensor<1x200x200xf32>, %k: tensor<1x200x200xf32>, %v: tensor<1x200x200xf32>) -> tensor<1x200x200xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x200x200xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x200x200xf32>) -> tensor<1x200x200xf32>
  %kt0 = tensor.empty() : tensor<1x200x200xf32>
  %kt = linalg.transpose ins(%k : tensor<1x200x200xf32>) outs(%kt0 : tensor<1x200x200xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x200x200xf32>, tensor<1x200x200xf32>) outs(%f0 : tensor<1x200x200xf32>) -> tensor<1x200x200xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x200x200xf32>) outs(%e0 : tensor<1x200x200xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i32
    %jj = arith.index_cast %j : index to i32
    %fi = arith.sitofp %ii : i32 to bf16
    %fj = arith.sitofp %jj : i32 to bf16
    %keep = arith.cmpf ole, %fj, %fi : bf16
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x200x200xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x200x200xf32>) outs(%e0 : tensor<1x200x200xf32>) -> tensor<1x200x200xf32>
  %o0 = tensor.empty() : tensor<1x200x200xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x200x200xf32>) -> tensor<1x200x200xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x200x200xf32>, tensor<1x200x200xf32>) outs(%of : tensor<1x200x200xf32>) -> tensor<1x200x200xf32>
  return %o : tensor<1x200x200xf32>
}

// -----

// Float arithmetic on indices: j - i in f16 with 300 keys is exact (|x| <= 2^11).

// CHECK-LABEL: func.func @f16_sub_exact
// CHECK: attn.flash_attention {{.*}}causal = #attn.causal<top_left>
func.func @f16_sub_exact(%q: tensor<1x300x300xf32>, %k: tensor<1x300x300xf32>, %v: tensor<1x300x300xf32>) -> tensor<1x300x300xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x300x300xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x300x300xf32>) -> tensor<1x300x300xf32>
  %kt0 = tensor.empty() : tensor<1x300x300xf32>
  %kt = linalg.transpose ins(%k : tensor<1x300x300xf32>) outs(%kt0 : tensor<1x300x300xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x300x300xf32>, tensor<1x300x300xf32>) outs(%f0 : tensor<1x300x300xf32>) -> tensor<1x300x300xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x300x300xf32>) outs(%e0 : tensor<1x300x300xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i32
    %jj = arith.index_cast %j : index to i32
    %fi = arith.sitofp %ii : i32 to f16
    %fj = arith.sitofp %jj : i32 to f16
    %d = arith.subf %fj, %fi : f16
    %c0f = arith.constant 0.0 : f16
    %keep = arith.cmpf ole, %d, %c0f : f16
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x300x300xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x300x300xf32>) outs(%e0 : tensor<1x300x300xf32>) -> tensor<1x300x300xf32>
  %o0 = tensor.empty() : tensor<1x300x300xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x300x300xf32>) -> tensor<1x300x300xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x300x300xf32>, tensor<1x300x300xf32>) outs(%of : tensor<1x300x300xf32>) -> tensor<1x300x300xf32>
  return %o : tensor<1x300x300xf32>
}

// -----

// (j - i) <u 1 keeps the diagonal only (a negative difference is a huge
// unsigned value): not causal.

// CHECK-LABEL: func.func @unsigned_diff
// CHECK-NOT: attn.flash_attention
func.func @unsigned_diff(%q: tensor<1x4x4xf32>, %k: tensor<1x4x4xf32>, %v: tensor<1x4x4xf32>) -> tensor<1x4x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x4x4xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %kt0 = tensor.empty() : tensor<1x4x4xf32>
  %kt = linalg.transpose ins(%k : tensor<1x4x4xf32>) outs(%kt0 : tensor<1x4x4xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x4x4xf32>, tensor<1x4x4xf32>) outs(%f0 : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x4xf32>) outs(%e0 : tensor<1x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %d = arith.subi %j, %i : index
    %c1i = arith.constant 1 : index
    %keep = arith.cmpi ult, %d, %c1i : index
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4xf32>
  // expected-remark @+1 {{attn-fuse: not fused: unsigned compare of index values that can be negative ([-3, 3] vs [1, 1]): it is not the signed compare a causal mask means}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x4x4xf32>) outs(%e0 : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %o0 = tensor.empty() : tensor<1x4x4xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x4x4xf32>, tensor<1x4x4xf32>) outs(%of : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  return %o : tensor<1x4x4xf32>
}

// -----

// Twin: j <=u i compares non-negative values: causal.

// CHECK-LABEL: func.func @unsigned_nonneg
// CHECK: attn.flash_attention {{.*}}causal = #attn.causal<top_left>
func.func @unsigned_nonneg(%q: tensor<1x4x4xf32>, %k: tensor<1x4x4xf32>, %v: tensor<1x4x4xf32>) -> tensor<1x4x4xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x4x4xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %kt0 = tensor.empty() : tensor<1x4x4xf32>
  %kt = linalg.transpose ins(%k : tensor<1x4x4xf32>) outs(%kt0 : tensor<1x4x4xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x4x4xf32>, tensor<1x4x4xf32>) outs(%f0 : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x4xf32>) outs(%e0 : tensor<1x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %keep = arith.cmpi ule, %j, %i : index
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x4x4xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x4x4xf32>) outs(%e0 : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %o0 = tensor.empty() : tensor<1x4x4xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x4x4xf32>, tensor<1x4x4xf32>) outs(%of : tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  return %o : tensor<1x4x4xf32>
}

// -----

// Dynamic bottom-right causal written unsigned: i + Sk - Sq wraps when Sq > Sk
// at run time (the program then keeps every key): refused.

// CHECK-LABEL: func.func @dynamic_bottom_right_unsigned
// CHECK-NOT: attn.flash_attention
func.func @dynamic_bottom_right_unsigned(%q: tensor<?x?x?xf32>, %k: tensor<?x?x?xf32>, %v: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %B = tensor.dim %q, %c0 : tensor<?x?x?xf32>
  %Sq = tensor.dim %q, %c1 : tensor<?x?x?xf32>
  %D = tensor.dim %q, %c2 : tensor<?x?x?xf32>
  %Sk = tensor.dim %k, %c1 : tensor<?x?x?xf32>
  %Dv = tensor.dim %v, %c2 : tensor<?x?x?xf32>
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty(%B, %Sq, %Sk) : tensor<?x?x?xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %kt0 = tensor.empty(%B, %D, %Sk) : tensor<?x?x?xf32>
  %kt = linalg.transpose ins(%k : tensor<?x?x?xf32>) outs(%kt0 : tensor<?x?x?xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%f0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<?x?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %off = arith.subi %Sk, %Sq : index
    %io = arith.addi %i, %off : index
    %keep = arith.cmpi ule, %j, %io : index
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<?x?x?xf32>
  // expected-remark @+1 {{attn-fuse: not fused: unsigned compare of index values that can be negative ([0, 2^48] vs [-2^48, 2^48]): it is not the signed compare a causal mask means}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<?x?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%B, %Sq, %Dv) : tensor<?x?x?xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%of : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  return %o : tensor<?x?x?xf32>
}

// -----

// Twin: the same compare signed is bottom-right causal.

// CHECK-LABEL: func.func @dynamic_bottom_right_signed
// CHECK: attn.flash_attention {{.*}}causal = #attn.causal<bottom_right>
func.func @dynamic_bottom_right_signed(%q: tensor<?x?x?xf32>, %k: tensor<?x?x?xf32>, %v: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %B = tensor.dim %q, %c0 : tensor<?x?x?xf32>
  %Sq = tensor.dim %q, %c1 : tensor<?x?x?xf32>
  %D = tensor.dim %q, %c2 : tensor<?x?x?xf32>
  %Sk = tensor.dim %k, %c1 : tensor<?x?x?xf32>
  %Dv = tensor.dim %v, %c2 : tensor<?x?x?xf32>
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty(%B, %Sq, %Sk) : tensor<?x?x?xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %kt0 = tensor.empty(%B, %D, %Sk) : tensor<?x?x?xf32>
  %kt = linalg.transpose ins(%k : tensor<?x?x?xf32>) outs(%kt0 : tensor<?x?x?xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%f0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<?x?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %off = arith.subi %Sk, %Sq : index
    %io = arith.addi %i, %off : index
    %keep = arith.cmpi sle, %j, %io : index
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<?x?x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<?x?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%B, %Sq, %Dv) : tensor<?x?x?xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%of : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  return %o : tensor<?x?x?xf32>
}

// -----

// Dynamic sizes: a cast to i32 is not provably exact.

// CHECK-LABEL: func.func @dynamic_i32_cast
// CHECK-NOT: attn.flash_attention
func.func @dynamic_i32_cast(%q: tensor<?x?x?xf32>, %k: tensor<?x?x?xf32>, %v: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %B = tensor.dim %q, %c0 : tensor<?x?x?xf32>
  %Sq = tensor.dim %q, %c1 : tensor<?x?x?xf32>
  %D = tensor.dim %q, %c2 : tensor<?x?x?xf32>
  %Sk = tensor.dim %k, %c1 : tensor<?x?x?xf32>
  %Dv = tensor.dim %v, %c2 : tensor<?x?x?xf32>
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty(%B, %Sq, %Sk) : tensor<?x?x?xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %kt0 = tensor.empty(%B, %D, %Sk) : tensor<?x?x?xf32>
  %kt = linalg.transpose ins(%k : tensor<?x?x?xf32>) outs(%kt0 : tensor<?x?x?xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%f0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<?x?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i32
    %jj = arith.index_cast %j : index to i32
    %keep = arith.cmpi sle, %jj, %ii : i32
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<?x?x?xf32>
  // expected-remark @+1 {{attn-fuse: not fused: index arithmetic is not exact: a 'cast' in i32 takes values in [0, 2^48], outside the type's range}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<?x?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%B, %Sq, %Dv) : tensor<?x?x?xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%of : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  return %o : tensor<?x?x?xf32>
}

// -----

// Twin: a cast to i64 is exact for any size.

// CHECK-LABEL: func.func @dynamic_i64_cast
// CHECK: attn.flash_attention {{.*}}causal = #attn.causal<top_left>
func.func @dynamic_i64_cast(%q: tensor<?x?x?xf32>, %k: tensor<?x?x?xf32>, %v: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %B = tensor.dim %q, %c0 : tensor<?x?x?xf32>
  %Sq = tensor.dim %q, %c1 : tensor<?x?x?xf32>
  %D = tensor.dim %q, %c2 : tensor<?x?x?xf32>
  %Sk = tensor.dim %k, %c1 : tensor<?x?x?xf32>
  %Dv = tensor.dim %v, %c2 : tensor<?x?x?xf32>
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty(%B, %Sq, %Sk) : tensor<?x?x?xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %kt0 = tensor.empty(%B, %D, %Sk) : tensor<?x?x?xf32>
  %kt = linalg.transpose ins(%k : tensor<?x?x?xf32>) outs(%kt0 : tensor<?x?x?xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%f0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<?x?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %ii = arith.index_cast %i : index to i64
    %jj = arith.index_cast %j : index to i64
    %keep = arith.cmpi sle, %jj, %ii : i64
    %r = arith.select %keep, %y, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<?x?x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<?x?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%B, %Sq, %Dv) : tensor<?x?x?xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%of : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  return %o : tensor<?x?x?xf32>
}
