// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// logit_rounding = T on attn.flash_attention is the program that computes
// its logits in T = f16 / bf16, one rounding per step (AttnOps.td):
//   s = rnd_T(rnd_T(rnd_T(Q K^T) * c) + rnd_T(mask))
// the f32 scores truncated to T once, multiplied by a T constant c (or
// divided by a power of two), one mask added in T, then the softmax (in f32
// after an exact extension, or in T). The matcher sets it only when the
// program's steps are exactly these (a mask of 0 / -inf needs none:
// narrow-mask-add.mlir); every positive below has a twin whose steps differ
// and that keeps the narrow-add remark. The numbers of a fully masked row
// decide: with f16, s + finfo.min rounds to -65504, -65472, ... or -inf
// depending on s (test/Frontends and utils/attn_gen_sem.py run them).

// -----

// torch-mlir's spelling: the scores divided by sqrt(D) = 4 in f16, a power
// of two, so x / 4 is exactly x * 0.25. Fused with logit_rounding = f16 and
// scale 0.25.

// CHECK-LABEL: func.func @f16_div_pow2
// CHECK: attn.flash_attention {{.*}}logit_rounding = f16, scale = 2.500000e-01 : f32
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_div_pow2(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<16x16xf16>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zs : f32) outs(%ss0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %x0 = tensor.empty() : tensor<8x16x16xf32>
  %c = arith.constant 4.0 : f16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf16>) outs(%x0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f16, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.divf %st, %c : f16
    %a = arith.addf %sc, %mv : f16
    %e = arith.extf %a : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
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

// Twin of @f16_div_pow2 dividing by sqrt(32) rounded to f16: x / c is not
// x * (1 / c) in f16 for every x. Not fused.

// CHECK-LABEL: func.func @f16_div_not_pow2
// CHECK-NOT: attn.flash_attention
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_div_not_pow2(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<16x16xf16>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zs : f32) outs(%ss0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %x0 = tensor.empty() : tensor<8x16x16xf32>
  %c = arith.constant 5.65625 : f16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf16>) outs(%x0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f16, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.divf %st, %c : f16
    %a = arith.addf %sc, %mv : f16
    %e = arith.extf %a : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the mask is added to the scores in f16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
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

// Twin of narrow-mask-add.mlir's @f16_add_runtime_mask (fused) with the
// scale multiplied in f32 by a constant that is no f16 value, then truncated:
// rnd(s * c) with c in f32 is not logit_rounding's product in f16. Not fused.

// CHECK-LABEL: func.func @f16_scale_in_f32
// CHECK-NOT: attn.flash_attention
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_scale_in_f32(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<8x16x16xf16>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zs : f32) outs(%ss0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %x0 = tensor.empty() : tensor<8x16x16xf32>
  %c = arith.constant 0.176776695 : f32
  %x = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<8x16x16xf16>) outs(%x0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f16, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %se = arith.extf %st : f16 to f32
    %sc = arith.mulf %se, %c : f32
    %sct = arith.truncf %sc : f32 to f16
    %a = arith.addf %sct, %mv : f16
    %e = arith.extf %a : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the mask is added to the scores in f16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
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

// The mask added before the scale, in f16: rnd(rnd(s + m) * c), another
// order of the steps. Not fused (twin of @f16_div_pow2 and of
// narrow-mask-add.mlir's @f16_add_runtime_mask).

// CHECK-LABEL: func.func @f16_mask_before_scale
// CHECK-NOT: attn.flash_attention
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_mask_before_scale(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<8x16x16xf16>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zs : f32) outs(%ss0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %x0 = tensor.empty() : tensor<8x16x16xf32>
  %c = arith.constant 0.125 : f16
  %x = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<8x16x16xf16>) outs(%x0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f16, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %a = arith.addf %st, %mv : f16
    %sc = arith.mulf %a, %c : f16
    %e = arith.extf %sc : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the mask is added to the scores in f16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
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

// A second term added in f16 after the mask: rnd(rnd(s + m) + b) is not one
// rounded add. Not fused.

// CHECK-LABEL: func.func @f16_two_mask_adds
// CHECK-NOT: attn.flash_attention
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_two_mask_adds(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<8x16x16xf16>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zs : f32) outs(%ss0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %x0 = tensor.empty() : tensor<8x16x16xf32>
  %c = arith.constant 0.125 : f16
  %c2 = arith.constant 0.5 : f16
  %x = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<8x16x16xf16>) outs(%x0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f16, %out: f32):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.mulf %st, %c : f16
    %a = arith.addf %sc, %mv : f16
    %b = arith.addf %a, %c2 : f16
    %e = arith.extf %b : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the mask is added to the scores in f16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
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

// Q K^T accumulated in f16 (the contraction's result is f16): every partial
// sum rounds, not the f32 dot product rounded once. Not fused.

// CHECK-LABEL: func.func @f16_scores_accumulated_in_f16
// CHECK-NOT: attn.flash_attention
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_scores_accumulated_in_f16(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<8x16x16xf16>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f16
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf16>
  %sf = linalg.fill ins(%zs : f16) outs(%ss0 : tensor<8x16x16xf16>) -> tensor<8x16x16xf16>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf16>) -> tensor<8x16x16xf16>
  %x0 = tensor.empty() : tensor<8x16x16xf32>
  %c = arith.constant 0.125 : f16
  %x = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf16>, tensor<8x16x16xf16>) outs(%x0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f16, %mv: f16, %out: f32):
    %sc = arith.mulf %in, %c : f16
    %a = arith.addf %sc, %mv : f16
    %e = arith.extf %a : f16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the mask is added to the scores in f16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
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

// The softmax computed in f16 on the rounded logits (linalg.softmax on f16):
// the logits are logit_rounding's; the softmax's own f16 rounding is rounding
// of its result. Fused with logit_rounding = f16.

// CHECK-LABEL: func.func @f16_softmax_in_f16
// CHECK: attn.flash_attention {{.*}}logit_rounding = f16, scale = 1.250000e-01 : f32
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_softmax_in_f16(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<8x16x16xf16>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zs : f32) outs(%ss0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %x0 = tensor.empty() : tensor<8x16x16xf16>
  %c = arith.constant 0.125 : f16
  %x = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<8x16x16xf16>) outs(%x0 : tensor<8x16x16xf16>) {
  ^bb0(%in: f32, %mv: f16, %out: f16):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.mulf %st, %c : f16
    %a = arith.addf %sc, %mv : f16
    linalg.yield %a : f16
  } -> tensor<8x16x16xf16>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf16>) outs(%x0 : tensor<8x16x16xf16>) -> tensor<8x16x16xf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x16x16xf16>, tensor<8x16x32xf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x32xf16>
  return %ot : tensor<8x16x32xf16>
}

// -----

// Twin of @f16_softmax_in_f16 whose softmax reads the rounded sum times 0.5
// (rounded again): not the sum logit_rounding ends with. Not fused.

// CHECK-LABEL: func.func @f16_softmax_not_fed_by_the_sum
// CHECK-NOT: attn.flash_attention
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @f16_softmax_not_fed_by_the_sum(%q: tensor<8x16x32xf16>, %k: tensor<8x16x32xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<8x16x16xf16>) -> tensor<8x16x32xf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xf16>) outs(%kt0 : tensor<8x32x16xf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zs : f32) outs(%ss0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xf16>, tensor<8x32x16xf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %x0 = tensor.empty() : tensor<8x16x16xf16>
  %c = arith.constant 0.125 : f16
  %c2 = arith.constant 0.5 : f16
  %x = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<8x16x16xf16>) outs(%x0 : tensor<8x16x16xf16>) {
  ^bb0(%in: f32, %mv: f16, %out: f16):
    %st = arith.truncf %in : f32 to f16
    %sc = arith.mulf %st, %c : f16
    %a = arith.addf %sc, %mv : f16
    %b = arith.mulf %a, %c2 : f16
    linalg.yield %b : f16
  } -> tensor<8x16x16xf16>
  // expected-remark @+1 {{attn-fuse: not fused: the mask is added to the scores in f16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf16>) outs(%x0 : tensor<8x16x16xf16>) -> tensor<8x16x16xf16>
  %o0 = tensor.empty() : tensor<8x16x32xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x16x16xf16>, tensor<8x16x32xf16>) outs(%of : tensor<8x16x32xf32>) -> tensor<8x16x32xf32>
  %ot0 = tensor.empty() : tensor<8x16x32xf16>
  %ot = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x16x32xf32>) outs(%ot0 : tensor<8x16x32xf16>) {
  ^bb0(%in: f32, %out: f16):
    %t = arith.truncf %in : f32 to f16
    linalg.yield %t : f16
  } -> tensor<8x16x32xf16>
  return %ot : tensor<8x16x32xf16>
}

// -----

// An f32 mask truncated to bf16 and added in bf16: the op takes the f32 mask
// and rounds it to bf16 itself (rnd_T(mask)). Fused with
// logit_rounding = bf16.

// CHECK-LABEL: func.func @bf16_f32_mask_truncated
// CHECK: attn.flash_attention {{.*}}mask({{.*}} : tensor<1x1x16x16xf32>){{.*}}logit_rounding = bf16
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @bf16_f32_mask_truncated(%q: tensor<8x16x32xbf16>, %k: tensor<8x16x32xbf16>, %v: tensor<8x16x32xbf16>, %mask: tensor<16x16xf32>) -> tensor<8x16x32xbf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xbf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xbf16>) outs(%kt0 : tensor<8x32x16xbf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zs : f32) outs(%ss0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xbf16>, tensor<8x32x16xbf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %x0 = tensor.empty() : tensor<8x16x16xf32>
  %c = arith.constant 0.125 : bf16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f32, %out: f32):
    %st = arith.truncf %in : f32 to bf16
    %sc = arith.mulf %st, %c : bf16
    %mt = arith.truncf %mv : f32 to bf16
    %a = arith.addf %sc, %mt : bf16
    %e = arith.extf %a : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
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

// Twin of @bf16_f32_mask_truncated whose f32 mask goes through f16 first:
// rnd_bf16(rnd_f16(m)) is not rnd_bf16(m). Not fused.

// CHECK-LABEL: func.func @bf16_mask_rounded_twice
// CHECK-NOT: attn.flash_attention
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#m2 = affine_map<(d0, d1, d2) -> (d1, d2)>
func.func @bf16_mask_rounded_twice(%q: tensor<8x16x32xbf16>, %k: tensor<8x16x32xbf16>, %v: tensor<8x16x32xbf16>, %mask: tensor<16x16xf32>) -> tensor<8x16x32xbf16> {
  %zero = arith.constant 0.0 : f32
  %zs = arith.constant 0.0 : f32
  %kt0 = tensor.empty() : tensor<8x32x16xbf16>
  %kt = linalg.transpose ins(%k : tensor<8x16x32xbf16>) outs(%kt0 : tensor<8x32x16xbf16>) permutation = [0, 2, 1]
  %ss0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zs : f32) outs(%ss0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<8x16x32xbf16>, tensor<8x32x16xbf16>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %x0 = tensor.empty() : tensor<8x16x16xf32>
  %c = arith.constant 0.125 : bf16
  %x = linalg.generic {indexing_maps = [#id3, #m2, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<8x16x16xf32>, tensor<16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) {
  ^bb0(%in: f32, %mv: f32, %out: f32):
    %st = arith.truncf %in : f32 to bf16
    %sc = arith.mulf %st, %c : bf16
    %mh = arith.truncf %mv : f32 to f16
    %mx = arith.extf %mh : f16 to f32
    %mt = arith.truncf %mx : f32 to bf16
    %a = arith.addf %sc, %mt : bf16
    %e = arith.extf %a : bf16 to f32
    linalg.yield %e : f32
  } -> tensor<8x16x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the mask is added to the scores in bf16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = linalg.softmax dimension(2) ins(%x : tensor<8x16x16xf32>) outs(%x0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
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

// torch-mlir's TOSA for HF eager attention in f16: tosa.matmul to f32,
// tosa.cast to f16, tosa.mul by 0.125 and tosa.add of the mask in f16,
// tosa.cast to f32 for the softmax. Fused with logit_rounding = f16.

// CHECK-LABEL: func.func @tosa_f16_hf_eager
// CHECK: attn.flash_attention {{.*}}logit_rounding = f16, scale = 1.250000e-01 : f32
func.func @tosa_f16_hf_eager(%q: tensor<8x16x32xf16>, %kt: tensor<8x32x16xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<1x16x16xf16>) -> tensor<8x16x32xf16> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf16>}> : () -> tensor<1xf16>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %c = "tosa.const"() <{values = dense<1.250000e-01> : tensor<1x1x1xf16>}> : () -> tensor<1x1x1xf16>
  %s = tosa.matmul %q, %kt, %zp, %zp : (tensor<8x16x32xf16>, tensor<8x32x16xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<8x16x16xf32>
  %sh = tosa.cast %s : (tensor<8x16x16xf32>) -> tensor<8x16x16xf16>
  %sc = tosa.mul %sh, %c, %shift : (tensor<8x16x16xf16>, tensor<1x1x1xf16>, tensor<1xi8>) -> tensor<8x16x16xf16>
  %x16 = tosa.add %sc, %mask : (tensor<8x16x16xf16>, tensor<1x16x16xf16>) -> tensor<8x16x16xf16>
  %x = tosa.cast %x16 : (tensor<8x16x16xf16>) -> tensor<8x16x16xf32>
  %mx = tosa.reduce_max %x {axis = 2 : i32} : (tensor<8x16x16xf32>) -> tensor<8x16x1xf32>
  %d = tosa.sub %x, %mx : (tensor<8x16x16xf32>, tensor<8x16x1xf32>) -> tensor<8x16x16xf32>
  %e = tosa.exp %d : (tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<8x16x16xf32>) -> tensor<8x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<8x16x1xf32>) -> tensor<8x16x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<8x16x16xf32>, tensor<8x16x1xf32>, tensor<1xi8>) -> tensor<8x16x16xf32>
  %ph = tosa.cast %p : (tensor<8x16x16xf32>) -> tensor<8x16x16xf16>
  %o = tosa.matmul %ph, %v, %zp, %zp : (tensor<8x16x16xf16>, tensor<8x16x32xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<8x16x32xf32>
  %oh = tosa.cast %o : (tensor<8x16x32xf32>) -> tensor<8x16x32xf16>
  return %oh : tensor<8x16x32xf16>
}

// -----

// Twin of @tosa_f16_hf_eager adding the mask before the scale:
// rnd(rnd(s + m) * c), another order. Not fused.

// CHECK-LABEL: func.func @tosa_f16_mask_before_scale
// CHECK-NOT: attn.flash_attention
func.func @tosa_f16_mask_before_scale(%q: tensor<8x16x32xf16>, %kt: tensor<8x32x16xf16>, %v: tensor<8x16x32xf16>, %mask: tensor<1x16x16xf16>) -> tensor<8x16x32xf16> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf16>}> : () -> tensor<1xf16>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %c = "tosa.const"() <{values = dense<1.250000e-01> : tensor<1x1x1xf16>}> : () -> tensor<1x1x1xf16>
  %s = tosa.matmul %q, %kt, %zp, %zp : (tensor<8x16x32xf16>, tensor<8x32x16xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<8x16x16xf32>
  %sh = tosa.cast %s : (tensor<8x16x16xf32>) -> tensor<8x16x16xf16>
  %sm = tosa.add %sh, %mask : (tensor<8x16x16xf16>, tensor<1x16x16xf16>) -> tensor<8x16x16xf16>
  %x16 = tosa.mul %sm, %c, %shift : (tensor<8x16x16xf16>, tensor<1x1x1xf16>, tensor<1xi8>) -> tensor<8x16x16xf16>
  %x = tosa.cast %x16 : (tensor<8x16x16xf16>) -> tensor<8x16x16xf32>
  %mx = tosa.reduce_max %x {axis = 2 : i32} : (tensor<8x16x16xf32>) -> tensor<8x16x1xf32>
  %d = tosa.sub %x, %mx : (tensor<8x16x16xf32>, tensor<8x16x1xf32>) -> tensor<8x16x16xf32>
  %e = tosa.exp %d : (tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<8x16x16xf32>) -> tensor<8x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<8x16x1xf32>) -> tensor<8x16x1xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the mask is added to the scores in f16: finite mask values round with the scores (a fully masked row would differ); fused only for masks of 0 and -inf, when the add is in f32, or when the logits are exactly logit_rounding's steps (f32 scores truncated once, times a constant, plus one mask, all in that type)}}
  %p = tosa.mul %e, %r, %shift : (tensor<8x16x16xf32>, tensor<8x16x1xf32>, tensor<1xi8>) -> tensor<8x16x16xf32>
  %ph = tosa.cast %p : (tensor<8x16x16xf32>) -> tensor<8x16x16xf16>
  %o = tosa.matmul %ph, %v, %zp, %zp : (tensor<8x16x16xf16>, tensor<8x16x32xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<8x16x32xf32>
  %oh = tosa.cast %o : (tensor<8x16x32xf32>) -> tensor<8x16x32xf16>
  return %oh : tensor<8x16x32xf16>
}
