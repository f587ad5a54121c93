// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Inputs the pass must survive (no crash, no invalid IR, no error
// diagnostics): unranked tensors, zero-size dims, integer contractions,
// reshapes that do not factor, non-zero zero points, regions.

// -----

// Unranked tensors between the contractions.
// CHECK-LABEL: func.func @unranked
// CHECK-NOT: attn.flash_attention
func.func @unranked(%q: tensor<4x8x16xf32>, %k: tensor<4x16x8xf32>, %v: tensor<4x8x16xf32>) -> tensor<4x8x16xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s = tosa.matmul %q, %k, %zp, %zp : (tensor<4x8x16xf32>, tensor<4x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8x8xf32>
  %u = tensor.cast %s : tensor<4x8x8xf32> to tensor<*xf32>
  %e = tosa.exp %u : (tensor<*xf32>) -> tensor<*xf32>
  // exp(S) without a normalizing sum: not attention, so no remark either.
  %r = tensor.cast %e : tensor<*xf32> to tensor<4x8x8xf32>
  %o = tosa.matmul %r, %v, %zp, %zp : (tensor<4x8x8xf32>, tensor<4x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x8x16xf32>
  return %o : tensor<4x8x16xf32>
}

// -----

// Zero-size batch and sequence.
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @zero_size
// CHECK-NOT: attn.flash_attention
func.func @zero_size(%q: tensor<0x0x64xf32>, %k: tensor<0x48x64xf32>, %v: tensor<0x48x64xf32>) -> tensor<0x0x64xf32> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<0x64x48xf32>
  %kt = linalg.transpose ins(%k : tensor<0x48x64xf32>) outs(%kt0 : tensor<0x64x48xf32>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<0x0x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<0x0x48xf32>) -> tensor<0x0x48xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<0x0x64xf32>, tensor<0x64x48xf32>) outs(%sf : tensor<0x0x48xf32>) -> tensor<0x0x48xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the fused op would not verify ('attn.flash_attention' op key: kv heads (dim 1) must not be 0)}}
  %p = linalg.softmax dimension(2) ins(%s : tensor<0x0x48xf32>) outs(%s0 : tensor<0x0x48xf32>) -> tensor<0x0x48xf32>
  %o0 = tensor.empty() : tensor<0x0x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<0x0x64xf32>) -> tensor<0x0x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<0x0x48xf32>, tensor<0x48x64xf32>) outs(%of : tensor<0x0x64xf32>) -> tensor<0x0x64xf32>
  return %o : tensor<0x0x64xf32>
}

// -----

// Integer contractions (quantized scores) dequantized into a softmax.
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @integer_scores
// CHECK-NOT: attn.flash_attention
func.func @integer_scores(%q: tensor<4x8x16xi8>, %k: tensor<4x16x8xi8>, %v: tensor<4x8x16xf32>) -> tensor<4x8x16xf32> {
  %zero = arith.constant 0 : i32
  %fz = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<4x8x8xi32>
  %sf = linalg.fill ins(%zero : i32) outs(%s0 : tensor<4x8x8xi32>) -> tensor<4x8x8xi32>
  %s = linalg.batch_matmul ins(%q, %k : tensor<4x8x16xi8>, tensor<4x16x8xi8>) outs(%sf : tensor<4x8x8xi32>) -> tensor<4x8x8xi32>
  %f0 = tensor.empty() : tensor<4x8x8xf32>
  %f = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<4x8x8xi32>) outs(%f0 : tensor<4x8x8xf32>) {
  ^bb0(%in: i32, %out: f32):
    %x = arith.sitofp %in : i32 to f32
    linalg.yield %x : f32
  } -> tensor<4x8x8xf32>
  // expected-remark @+1 {{attn-fuse: not fused: Q, K and V have different element types (i8, i8, f32)}}
  %p = linalg.softmax dimension(2) ins(%f : tensor<4x8x8xf32>) outs(%f0 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
  %o0 = tensor.empty() : tensor<4x8x16xf32>
  %of = linalg.fill ins(%fz : f32) outs(%o0 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<4x8x8xf32>, tensor<4x8x16xf32>) outs(%of : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
  return %o : tensor<4x8x16xf32>
}

// -----

// A softmax fed by a reshape whose shapes do not factor (6x4 -> 4x6).
// CHECK-LABEL: func.func @odd_reshape
// CHECK-NOT: attn.flash_attention
func.func @odd_reshape(%q: tensor<1x6x4xf32>, %k: tensor<1x4x6xf32>, %v: tensor<1x6x4xf32>) -> tensor<1x6x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %s = tosa.matmul %q, %k, %zp, %zp : (tensor<1x6x4xf32>, tensor<1x4x6xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6xf32>
  %sh = tosa.const_shape {values = dense<[1, 4, 9]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %sh2 = tosa.const_shape {values = dense<[1, 6, 6]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %r = tosa.reshape %s, %sh : (tensor<1x6x6xf32>, !tosa.shape<3>) -> tensor<1x4x9xf32>
  %e = tosa.exp %r : (tensor<1x4x9xf32>) -> tensor<1x4x9xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<1x4x9xf32>) -> tensor<1x4x1xf32>
  %rc = tosa.reciprocal %sum : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
  %p = tosa.mul %e, %rc, %shift : (tensor<1x4x9xf32>, tensor<1x4x1xf32>, tensor<1xi8>) -> tensor<1x4x9xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the probabilities are not a softmax (they come from 'tosa.reshape')}}
  %pr = tosa.reshape %p, %sh2 : (tensor<1x4x9xf32>, !tosa.shape<3>) -> tensor<1x6x6xf32>
  %o = tosa.matmul %pr, %v, %zp, %zp : (tensor<1x6x6xf32>, tensor<1x6x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x4xf32>
  return %o : tensor<1x6x4xf32>
}

// -----

// Dynamic TOSA-like shapes everywhere, non-zero zero point.
// CHECK-LABEL: func.func @nonzero_zp
// CHECK-NOT: attn.flash_attention
func.func @nonzero_zp(%q: tensor<4x8x16xi8>, %k: tensor<4x16x8xi8>, %v: tensor<4x8x16xi8>) -> tensor<4x8x16xi32> {
  %zp = "tosa.const"() <{values = dense<3> : tensor<1xi8>}> : () -> tensor<1xi8>
  %s = tosa.matmul %q, %k, %zp, %zp : (tensor<4x8x16xi8>, tensor<4x16x8xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<4x8x8xi32>
  %c = tosa.cast %s : (tensor<4x8x8xi32>) -> tensor<4x8x8xf32>
  %e = tosa.exp %c : (tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
  // exp(S) without a normalizing sum: not attention, so no remark either.
  %i = tosa.cast %e : (tensor<4x8x8xf32>) -> tensor<4x8x8xi8>
  %o = tosa.matmul %i, %v, %zp, %zp : (tensor<4x8x8xi8>, tensor<4x8x16xi8>, tensor<1xi8>, tensor<1xi8>) -> tensor<4x8x16xi32>
  return %o : tensor<4x8x16xi32>
}

// -----

// A contraction in a nested region using a softmax computed outside.
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @nested
// CHECK: scf.if
// CHECK: attn.flash_attention
func.func @nested(%q: tensor<4x8x16xf32>, %kt: tensor<4x16x8xf32>, %v: tensor<4x8x16xf32>, %cond: i1) -> tensor<4x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<4x8x8xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<4x8x16xf32>, tensor<4x16x8xf32>) outs(%sf : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%s : tensor<4x8x8xf32>) outs(%s0 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
  %r = scf.if %cond -> tensor<4x8x16xf32> {
    %o0 = tensor.empty() : tensor<4x8x16xf32>
    %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %o = linalg.batch_matmul ins(%p, %v : tensor<4x8x8xf32>, tensor<4x8x16xf32>) outs(%of : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    scf.yield %o : tensor<4x8x16xf32>
  } else {
    scf.yield %v : tensor<4x8x16xf32>
  }
  return %r : tensor<4x8x16xf32>
}

// -----

// Zero heads and an inverted boolean mask: the rewrite builds the mask's
// negation (an op with a body), then the op does not verify; everything it
// built is removed again.

// CHECK-LABEL: func.func @zero_heads_inverted
// CHECK-NOT: attn.flash_attention
// CHECK-NOT: arith.xori
#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#mb = affine_map<(b, h, i, j) -> (b, 0, i, j)>
func.func @zero_heads_inverted(%q: tensor<2x0x16x32xf32>, %k: tensor<2x0x24x32xf32>, %v: tensor<2x0x24x32xf32>, %drop: tensor<2x1x16x24xi1>) -> tensor<2x0x16x32xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.176776695 : f32
  %s0 = tensor.empty() : tensor<2x0x16x24xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<2x0x16x24xf32>) -> tensor<2x0x16x24xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : tensor<2x0x16x32xf32>, tensor<2x0x24x32xf32>) outs(%sf : tensor<2x0x16x24xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x0x16x24xf32>
  %x = linalg.generic {indexing_maps = [#id, #mb, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %drop : tensor<2x0x16x24xf32>, tensor<2x1x16x24xi1>) outs(%s0 : tensor<2x0x16x24xf32>) {
  ^bb0(%in: f32, %x0: i1, %out: f32):
    %big = arith.constant -1.0e9 : f32
    %sc = arith.mulf %in, %c : f32
    %r = arith.select %x0, %big, %sc : f32
    linalg.yield %r : f32
  } -> tensor<2x0x16x24xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the fused op would not verify ('attn.flash_attention' op key: kv heads (dim 1) must not be 0)}}
  %p = linalg.softmax dimension(3) ins(%x : tensor<2x0x16x24xf32>) outs(%s0 : tensor<2x0x16x24xf32>) -> tensor<2x0x16x24xf32>
  %o0 = tensor.empty() : tensor<2x0x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<2x0x16x32xf32>) -> tensor<2x0x16x32xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]} ins(%p, %v : tensor<2x0x16x24xf32>, tensor<2x0x24x32xf32>) outs(%of : tensor<2x0x16x32xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  } -> tensor<2x0x16x32xf32>
  return %o : tensor<2x0x16x32xf32>
}
