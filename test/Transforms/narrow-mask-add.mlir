// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// A mask added to the scores in a float type narrower than f32 rounds with
// them: s + v in f16 rounds with the magnitude of v, so a finite mask value
// such as finfo(f16).min = -65504 swallows the scores (HF eager attention in
// f16: a fully masked row is decided by how s + finfo.min rounds, not by
// softmax(s)). The op adds its mask in f32 unless it carries logit_rounding
// (the program's f16/bf16 steps, exactly: logit-rounding.mlir), so such adds
// are fused without it only for masks of 0 and -inf (exact in any type) or
// when the add is in f32. Every function is HF's f16 pattern:
// S = trunc(Q K^T) * scale + mask in T, the softmax in f32, P truncated to T.


// -----

// The mask where(keep, 0, -inf) is added in f16: s + 0 and s + -inf are
// exact in any type. Fused.

// CHECK-LABEL: func.func @f16_add_select_ninf
// CHECK: attn.flash_attention
// CHECK-NOT: logit_rounding
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_add_select_ninf(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %keep: tensor<16x16xi1>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %mz = arith.constant 0.0 : f16
  %mfill = arith.constant 0xFC00 : f16
  %me = tensor.empty() : tensor<16x16xf16>
  %mask = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%keep : tensor<16x16xi1>) outs(%me : tensor<16x16xf16>) {
  ^bb0(%in: i1, %out: f16):
    %w = arith.select %in, %mz, %mfill : f16
    linalg.yield %w : f16
  } -> tensor<16x16xf16>
  %c = arith.constant 0.176776695 : f16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf16>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f16, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.mulf %st, %c : f16
    %a = arith.addf %sc, %mv : f16
    %e = arith.extf %a : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x16xf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xf16>, tensor<8x16x32xf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x32xf16>
  return %ot : tensor<8x16x32xf16>
}

// -----

// Twin of @f16_add_select_ninf with the fill finfo(f16).min = -65504.0:
// the add rounds with it; the steps are exactly logit_rounding's. Fused
// with logit_rounding = f16.

// CHECK-LABEL: func.func @f16_add_select_min
// CHECK: attn.flash_attention {{.*}}logit_rounding = f16
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_add_select_min(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %keep: tensor<16x16xi1>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %mz = arith.constant 0.0 : f16
  %mfill = arith.constant -65504.0 : f16
  %me = tensor.empty() : tensor<16x16xf16>
  %mask = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%keep : tensor<16x16xi1>) outs(%me : tensor<16x16xf16>) {
  ^bb0(%in: i1, %out: f16):
    %w = arith.select %in, %mz, %mfill : f16
    linalg.yield %w : f16
  } -> tensor<16x16xf16>
  %c = arith.constant 0.176776695 : f16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf16>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f16, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.mulf %st, %c : f16
    %a = arith.addf %sc, %mv : f16
    %e = arith.extf %a : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x16xf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xf16>, tensor<8x16x32xf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x32xf16>
  return %ot : tensor<8x16x32xf16>
}

// -----

// A runtime f16 mask argument added in f16: its values are not known to
// be 0 or -inf. Fused with logit_rounding = f16 (the program's steps).

// CHECK-LABEL: func.func @f16_add_runtime_mask
// CHECK: attn.flash_attention {{.*}}logit_rounding = f16
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_add_runtime_mask(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<8x16x16xf16>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %c = arith.constant 0.176776695 : f16
  %x = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<8x16x16xf16>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f16, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.mulf %st, %c : f16
    %a = arith.addf %sc, %mv : f16
    %e = arith.extf %a : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x16xf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xf16>, tensor<8x16x32xf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x32xf16>
  return %ot : tensor<8x16x32xf16>
}

// -----

// The f16 scores extended to f32 before the mask (any finite values) is
// added: the add is in f32, as in the op. Fused.

// CHECK-LABEL: func.func @f16_scores_f32_add
// CHECK: attn.flash_attention
// CHECK-NOT: logit_rounding
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_scores_f32_add(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<16x16xf32>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %c = arith.constant 0.176776695 : f16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f32, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.mulf %st, %c : f16
    %e = arith.extf %sc : f16 to f32
    %a = arith.addf %e, %mv : f32
    linalg.yield %a : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x16xf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xf16>, tensor<8x16x32xf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x32xf16>
  return %ot : tensor<8x16x32xf16>
}

// -----

// Twin of @f16_scores_f32_add whose masked scores are rounded to f16
// after the add: the same rounding. Not fused.

// CHECK-LABEL: func.func @f16_f32_add_rounded
// CHECK-NOT: attn.flash_attention
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_f32_add_rounded(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<16x16xf32>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %c = arith.constant 0.176776695 : f16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f32, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.mulf %st, %c : f16
    %e = arith.extf %sc : f16 to f32
    %a = arith.addf %e, %mv : f32
    %at = arith.truncf %a : f32 to f16
    %ae = arith.extf %at : f16 to f32
    linalg.yield %ae : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the scores plus the mask are rounded to f16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x16xf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xf16>, tensor<8x16x32xf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x32xf16>
  return %ot : tensor<8x16x32xf16>
}

// -----

// select(keep, S, finfo(f16).min) in f16 replaces hidden logits by the
// fill (exact in f32), it adds nothing: fused with that mask_fill.

// CHECK-LABEL: func.func @f16_select_replaces_min
// CHECK: attn.flash_attention
// CHECK-NOT: logit_rounding
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_select_replaces_min(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %keep: tensor<16x16xi1>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %c = arith.constant 0.176776695 : f16
  %fmin = arith.constant -65504.0 : f16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<8x16x16xf32>, tensor<16x16xi1>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %kp: i1, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.mulf %st, %c : f16
    %w = arith.select %kp, %sc, %fmin : f16
    %e = arith.extf %w : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x16xf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xf16>, tensor<8x16x32xf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x32xf16>
  return %ot : tensor<8x16x32xf16>
}

// -----

// The mask where(keep, 0, -inf) is added in bf16: s + 0 and s + -inf are
// exact in any type. Fused.

// CHECK-LABEL: func.func @bf16_add_select_ninf
// CHECK: attn.flash_attention
// CHECK-NOT: logit_rounding
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @bf16_add_select_ninf(%q: tensor<8x16x32xbf16>, %k: tensor<8x16x32xbf16>, %v: tensor<8x16x32xbf16>, %keep: tensor<16x16xi1>) -> tensor<8x16x32xbf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xbf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xbf16>) outs(%kt0 : tensor<8x32x16xbf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xbf16>, tensor<8x32x16xbf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %mz = arith.constant 0.0 : bf16
  %mfill = arith.constant 0xFF80 : bf16
  %me = tensor.empty() : tensor<16x16xbf16>
  %mask = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%keep : tensor<16x16xi1>) outs(%me : tensor<16x16xbf16>) {
  ^bb0(%in: i1, %out: bf16):
    %w = arith.select %in, %mz, %mfill : bf16
    linalg.yield %w : bf16
  } -> tensor<16x16xbf16>
  %c = arith.constant 0.176776695 : bf16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xbf16>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: bf16, %out: f32):
    %st = arith.truncf %in : f32 to bf16
    %sc = arith.mulf %st, %c : bf16
    %a = arith.addf %sc, %mv : bf16
    %e = arith.extf %a : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xbf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x16xbf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xbf16>, tensor<8x16x32xbf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xbf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x32xbf16>
  return %ot : tensor<8x16x32xbf16>
}

// -----

// Twin of @bf16_add_select_ninf with the fill finfo(bf16).min = -3.38953139e+38:
// the add rounds with it; the steps are exactly logit_rounding's. Fused
// with logit_rounding = bf16.

// CHECK-LABEL: func.func @bf16_add_select_min
// CHECK: attn.flash_attention {{.*}}logit_rounding = bf16
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @bf16_add_select_min(%q: tensor<8x16x32xbf16>, %k: tensor<8x16x32xbf16>, %v: tensor<8x16x32xbf16>, %keep: tensor<16x16xi1>) -> tensor<8x16x32xbf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xbf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xbf16>) outs(%kt0 : tensor<8x32x16xbf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xbf16>, tensor<8x32x16xbf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %mz = arith.constant 0.0 : bf16
  %mfill = arith.constant -3.38953139e+38 : bf16
  %me = tensor.empty() : tensor<16x16xbf16>
  %mask = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%keep : tensor<16x16xi1>) outs(%me : tensor<16x16xbf16>) {
  ^bb0(%in: i1, %out: bf16):
    %w = arith.select %in, %mz, %mfill : bf16
    linalg.yield %w : bf16
  } -> tensor<16x16xbf16>
  %c = arith.constant 0.176776695 : bf16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xbf16>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: bf16, %out: f32):
    %st = arith.truncf %in : f32 to bf16
    %sc = arith.mulf %st, %c : bf16
    %a = arith.addf %sc, %mv : bf16
    %e = arith.extf %a : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xbf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x16xbf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xbf16>, tensor<8x16x32xbf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xbf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x32xbf16>
  return %ot : tensor<8x16x32xbf16>
}

// -----

// A runtime bf16 mask argument added in bf16: its values are not known to
// be 0 or -inf. Fused with logit_rounding = bf16 (the program's steps).

// CHECK-LABEL: func.func @bf16_add_runtime_mask
// CHECK: attn.flash_attention {{.*}}logit_rounding = bf16
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @bf16_add_runtime_mask(%q: tensor<8x16x32xbf16>, %k: tensor<8x16x32xbf16>, %v: tensor<8x16x32xbf16>, %mask: tensor<8x16x16xbf16>) -> tensor<8x16x32xbf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xbf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xbf16>) outs(%kt0 : tensor<8x32x16xbf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xbf16>, tensor<8x32x16xbf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %c = arith.constant 0.176776695 : bf16
  %x = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<8x16x16xbf16>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: bf16, %out: f32):
    %st = arith.truncf %in : f32 to bf16
    %sc = arith.mulf %st, %c : bf16
    %a = arith.addf %sc, %mv : bf16
    %e = arith.extf %a : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xbf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x16xbf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xbf16>, tensor<8x16x32xbf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xbf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x32xbf16>
  return %ot : tensor<8x16x32xbf16>
}

// -----

// The bf16 scores extended to f32 before the mask (any finite values) is
// added: the add is in f32, as in the op. Fused.

// CHECK-LABEL: func.func @bf16_scores_f32_add
// CHECK: attn.flash_attention
// CHECK-NOT: logit_rounding
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @bf16_scores_f32_add(%q: tensor<8x16x32xbf16>, %k: tensor<8x16x32xbf16>, %v: tensor<8x16x32xbf16>, %mask: tensor<16x16xf32>) -> tensor<8x16x32xbf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xbf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xbf16>) outs(%kt0 : tensor<8x32x16xbf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xbf16>, tensor<8x32x16xbf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %c = arith.constant 0.176776695 : bf16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f32, %out: f32):
    %st = arith.truncf %in : f32 to bf16
    %sc = arith.mulf %st, %c : bf16
    %e = arith.extf %sc : bf16 to f32
    %a = arith.addf %e, %mv : f32
    linalg.yield %a : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xbf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x16xbf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xbf16>, tensor<8x16x32xbf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xbf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x32xbf16>
  return %ot : tensor<8x16x32xbf16>
}

// -----

// Twin of @bf16_scores_f32_add whose masked scores are rounded to bf16
// after the add: the same rounding. Not fused.

// CHECK-LABEL: func.func @bf16_f32_add_rounded
// CHECK-NOT: attn.flash_attention
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @bf16_f32_add_rounded(%q: tensor<8x16x32xbf16>, %k: tensor<8x16x32xbf16>, %v: tensor<8x16x32xbf16>, %mask: tensor<16x16xf32>) -> tensor<8x16x32xbf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xbf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xbf16>) outs(%kt0 : tensor<8x32x16xbf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xbf16>, tensor<8x32x16xbf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %c = arith.constant 0.176776695 : bf16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f32, %out: f32):
    %st = arith.truncf %in : f32 to bf16
    %sc = arith.mulf %st, %c : bf16
    %e = arith.extf %sc : bf16 to f32
    %a = arith.addf %e, %mv : f32
    %at = arith.truncf %a : f32 to bf16
    %ae = arith.extf %at : bf16 to f32
    linalg.yield %ae : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the scores plus the mask are rounded to bf16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xbf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x16xbf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xbf16>, tensor<8x16x32xbf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xbf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x32xbf16>
  return %ot : tensor<8x16x32xbf16>
}

// -----

// select(keep, S, finfo(bf16).min) in bf16 replaces hidden logits by the
// fill (exact in f32), it adds nothing: fused with that mask_fill.

// CHECK-LABEL: func.func @bf16_select_replaces_min
// CHECK: attn.flash_attention
// CHECK-NOT: logit_rounding
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @bf16_select_replaces_min(%q: tensor<8x16x32xbf16>, %k: tensor<8x16x32xbf16>, %v: tensor<8x16x32xbf16>, %keep: tensor<16x16xi1>) -> tensor<8x16x32xbf16> {
  %zero = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xbf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xbf16>) outs(%kt0 : tensor<8x32x16xbf16>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xbf16>, tensor<8x32x16xbf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %c = arith.constant 0.176776695 : bf16
  %fmin = arith.constant -3.38953139e+38 : bf16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %keep : tensor<8x16x16xf32>, tensor<16x16xi1>) outs(%s0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %kp: i1, %out: f32):
    %st = arith.truncf %in : f32 to bf16
    %sc = arith.mulf %st, %c : bf16
    %w = arith.select %kp, %sc, %fmin : bf16
    %e = arith.extf %w : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %pt0 = tensor.empty() : tensor<8x16x16xbf16>
  %pt = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x16x16xf32>) outs(%pt0 : tensor<8x16x16xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x16xbf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%pt, %v : tensor<8x16x16xbf16>, tensor<8x16x32xbf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xbf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x16x32xbf16>
  return %ot : tensor<8x16x32xbf16>
}
