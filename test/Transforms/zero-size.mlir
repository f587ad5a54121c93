// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Zero-size static dims never crash the pass: Sq, Sk, D or Dv = 0 fuse (the
// op computes what the math gives: Sk = 0 zeros, D = 0 the mean of V, an
// empty result otherwise; checked with numcheck.py), B = 0 is refused.

// B = 0: the op would have zero heads, which it does not take: refused.
// CHECK-LABEL: func.func @zero_b
// CHECK-NOT: attn.flash_attention
func.func @zero_b(%q: tensor<0x4x3xf32>, %k: tensor<0x5x3xf32>, %v: tensor<0x5x2xf32>) -> tensor<0x4x2xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<0x4x5xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<0x4x5xf32>) -> tensor<0x4x5xf32>
  %kt0 = tensor.empty() : tensor<0x3x5xf32>
  %kt = linalg.transpose ins(%k : tensor<0x5x3xf32>) outs(%kt0 : tensor<0x3x5xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<0x4x3xf32>, tensor<0x3x5xf32>) outs(%f0 : tensor<0x4x5xf32>) -> tensor<0x4x5xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<0x4x5xf32>) outs(%e0 : tensor<0x4x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    linalg.yield %y : f32
  } -> tensor<0x4x5xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the fused op would not verify ('attn.flash_attention' op key: kv heads (dim 1) must not be 0)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<0x4x5xf32>) outs(%e0 : tensor<0x4x5xf32>) -> tensor<0x4x5xf32>
  %o0 = tensor.empty() : tensor<0x4x2xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<0x4x2xf32>) -> tensor<0x4x2xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<0x4x5xf32>, tensor<0x5x2xf32>) outs(%of : tensor<0x4x2xf32>) -> tensor<0x4x2xf32>
  return %o : tensor<0x4x2xf32>
}

// -----

// CHECK-LABEL: func.func @zero_sq
// CHECK: attn.flash_attention
func.func @zero_sq(%q: tensor<1x0x3xf32>, %k: tensor<1x5x3xf32>, %v: tensor<1x5x2xf32>) -> tensor<1x0x2xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x0x5xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x0x5xf32>) -> tensor<1x0x5xf32>
  %kt0 = tensor.empty() : tensor<1x3x5xf32>
  %kt = linalg.transpose ins(%k : tensor<1x5x3xf32>) outs(%kt0 : tensor<1x3x5xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x0x3xf32>, tensor<1x3x5xf32>) outs(%f0 : tensor<1x0x5xf32>) -> tensor<1x0x5xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x0x5xf32>) outs(%e0 : tensor<1x0x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x0x5xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x0x5xf32>) outs(%e0 : tensor<1x0x5xf32>) -> tensor<1x0x5xf32>
  %o0 = tensor.empty() : tensor<1x0x2xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x0x2xf32>) -> tensor<1x0x2xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x0x5xf32>, tensor<1x5x2xf32>) outs(%of : tensor<1x0x2xf32>) -> tensor<1x0x2xf32>
  return %o : tensor<1x0x2xf32>
}

// -----

// CHECK-LABEL: func.func @zero_sk
// CHECK: attn.flash_attention
func.func @zero_sk(%q: tensor<1x4x3xf32>, %k: tensor<1x0x3xf32>, %v: tensor<1x0x2xf32>) -> tensor<1x4x2xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x4x0xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x0xf32>) -> tensor<1x4x0xf32>
  %kt0 = tensor.empty() : tensor<1x3x0xf32>
  %kt = linalg.transpose ins(%k : tensor<1x0x3xf32>) outs(%kt0 : tensor<1x3x0xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x4x3xf32>, tensor<1x3x0xf32>) outs(%f0 : tensor<1x4x0xf32>) -> tensor<1x4x0xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x0xf32>) outs(%e0 : tensor<1x4x0xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x4x0xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x4x0xf32>) outs(%e0 : tensor<1x4x0xf32>) -> tensor<1x4x0xf32>
  %o0 = tensor.empty() : tensor<1x4x2xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x4x0xf32>, tensor<1x0x2xf32>) outs(%of : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  return %o : tensor<1x4x2xf32>
}

// -----

// CHECK-LABEL: func.func @zero_d
// CHECK: attn.flash_attention
func.func @zero_d(%q: tensor<1x4x0xf32>, %k: tensor<1x5x0xf32>, %v: tensor<1x5x2xf32>) -> tensor<1x4x2xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x4x5xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %kt0 = tensor.empty() : tensor<1x0x5xf32>
  %kt = linalg.transpose ins(%k : tensor<1x5x0xf32>) outs(%kt0 : tensor<1x0x5xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x4x0xf32>, tensor<1x0x5xf32>) outs(%f0 : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x5xf32>) outs(%e0 : tensor<1x4x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x4x5xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x4x5xf32>) outs(%e0 : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %o0 = tensor.empty() : tensor<1x4x2xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x4x5xf32>, tensor<1x5x2xf32>) outs(%of : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  return %o : tensor<1x4x2xf32>
}

// -----

// CHECK-LABEL: func.func @zero_dv
// CHECK: attn.flash_attention
func.func @zero_dv(%q: tensor<1x4x3xf32>, %k: tensor<1x5x3xf32>, %v: tensor<1x5x0xf32>) -> tensor<1x4x0xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x4x5xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %kt0 = tensor.empty() : tensor<1x3x5xf32>
  %kt = linalg.transpose ins(%k : tensor<1x5x3xf32>) outs(%kt0 : tensor<1x3x5xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x4x3xf32>, tensor<1x3x5xf32>) outs(%f0 : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x5xf32>) outs(%e0 : tensor<1x4x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x4x5xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x4x5xf32>) outs(%e0 : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %o0 = tensor.empty() : tensor<1x4x0xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x0xf32>) -> tensor<1x4x0xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x4x5xf32>, tensor<1x5x0xf32>) outs(%of : tensor<1x4x0xf32>) -> tensor<1x4x0xf32>
  return %o : tensor<1x4x0xf32>
}

// -----

// CHECK-LABEL: func.func @nonzero
// CHECK: attn.flash_attention
func.func @nonzero(%q: tensor<1x4x3xf32>, %k: tensor<1x5x3xf32>, %v: tensor<1x5x2xf32>) -> tensor<1x4x2xf32> {
  %z = arith.constant 0.0 : f32
  %c = arith.constant 0.5 : f32
  %e0 = tensor.empty() : tensor<1x4x5xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %kt0 = tensor.empty() : tensor<1x3x5xf32>
  %kt = linalg.transpose ins(%k : tensor<1x5x3xf32>) outs(%kt0 : tensor<1x3x5xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<1x4x3xf32>, tensor<1x3x5xf32>) outs(%f0 : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(b, i, j) -> (b, i, j)>, affine_map<(b, i, j) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x5xf32>) outs(%e0 : tensor<1x4x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = arith.mulf %in, %c : f32
    linalg.yield %y : f32
  } -> tensor<1x4x5xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<1x4x5xf32>) outs(%e0 : tensor<1x4x5xf32>) -> tensor<1x4x5xf32>
  %o0 = tensor.empty() : tensor<1x4x2xf32>
  %of = linalg.fill ins(%z : f32) outs(%o0 : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<1x4x5xf32>, tensor<1x5x2xf32>) outs(%of : tensor<1x4x2xf32>) -> tensor<1x4x2xf32>
  return %o : tensor<1x4x2xf32>
}
