// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// -----

// f16 TOSA: tosa.matmul f16 x f16 -> f32, an f32 softmax, tosa.cast of the
// probabilities and of the result back to f16. The op takes the f16
// sources and produces f16 (accumulating in f32, as the graph does).

// CHECK-LABEL: func.func @tosa_f16
// CHECK-SAME: (%[[Q:.*]]: tensor<2x4x16x32xf16>, %[[K:.*]]: tensor<2x4x16x32xf16>, %[[V:.*]]: tensor<2x4x16x32xf16>)
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x4x16x32xf16>
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : tensor<2x4x16x32xf16>, tensor<2x4x16x32xf16>, tensor<2x4x16x32xf16>) outs(%[[INIT]] : tensor<2x4x16x32xf16>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32} -> tensor<2x4x16x32xf16>
// CHECK: tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<2x4x16x32xf16> into tensor<8x16x32xf16>
// CHECK-NOT: tosa.cast
func.func @tosa_f16(%q: tensor<2x4x16x32xf16>, %k: tensor<2x4x16x32xf16>, %v: tensor<2x4x16x32xf16>) -> tensor<2x4x16x32xf16> {
  %s3 = tosa.const_shape {values = dense<[8, 16, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %st = tosa.const_shape {values = dense<[8, 32, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s4s = tosa.const_shape {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %p3s = tosa.const_shape {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf16>}> : () -> tensor<1xf16>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %q3 = tosa.reshape %q, %s3 : (tensor<2x4x16x32xf16>, !tosa.shape<3>) -> tensor<8x16x32xf16>
  %kt = tosa.transpose %k {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x32xf16>) -> tensor<2x4x32x16xf16>
  %k3 = tosa.reshape %kt, %st : (tensor<2x4x32x16xf16>, !tosa.shape<3>) -> tensor<8x32x16xf16>
  %v3 = tosa.reshape %v, %s3 : (tensor<2x4x16x32xf16>, !tosa.shape<3>) -> tensor<8x16x32xf16>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<8x16x32xf16>, tensor<8x32x16xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<8x16x16xf32>
  %s4 = tosa.reshape %s, %s4s : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
  %c = "tosa.const"() <{values = dense<0.176776692> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %ss = tosa.mul %s4, %c, %shift : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %m = tosa.reduce_max %ss {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
  %e = tosa.exp %d : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %ph = tosa.cast %p : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf16>
  %p3 = tosa.reshape %ph, %p3s : (tensor<2x4x16x16xf16>, !tosa.shape<3>) -> tensor<8x16x16xf16>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x16x16xf16>, tensor<8x16x32xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<8x16x32xf32>
  %o3h = tosa.cast %o3 : (tensor<8x16x32xf32>) -> tensor<8x16x32xf16>
  %o = tosa.reshape %o3h, %o4s : (tensor<8x16x32xf16>, !tosa.shape<4>) -> tensor<2x4x16x32xf16>
  return %o : tensor<2x4x16x32xf16>
}

// -----

// Twin of @tosa_f16 in f64: the op has no f64 form.

// CHECK-LABEL: func.func @tosa_f64
// CHECK-NOT: attn.flash_attention
func.func @tosa_f64(%q: tensor<2x4x16x32xf64>, %k: tensor<2x4x16x32xf64>, %v: tensor<2x4x16x32xf64>) -> tensor<2x4x16x32xf64> {
  %s3 = tosa.const_shape {values = dense<[8, 16, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %st = tosa.const_shape {values = dense<[8, 32, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s4s = tosa.const_shape {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %p3s = tosa.const_shape {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf64>}> : () -> tensor<1xf64>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %q3 = tosa.reshape %q, %s3 : (tensor<2x4x16x32xf64>, !tosa.shape<3>) -> tensor<8x16x32xf64>
  %kt = tosa.transpose %k {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x32xf64>) -> tensor<2x4x32x16xf64>
  %k3 = tosa.reshape %kt, %st : (tensor<2x4x32x16xf64>, !tosa.shape<3>) -> tensor<8x32x16xf64>
  %v3 = tosa.reshape %v, %s3 : (tensor<2x4x16x32xf64>, !tosa.shape<3>) -> tensor<8x16x32xf64>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<8x16x32xf64>, tensor<8x32x16xf64>, tensor<1xf64>, tensor<1xf64>) -> tensor<8x16x16xf64>
  %s4 = tosa.reshape %s, %s4s : (tensor<8x16x16xf64>, !tosa.shape<4>) -> tensor<2x4x16x16xf64>
  %c = "tosa.const"() <{values = dense<0.176776692> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
  %ss = tosa.mul %s4, %c, %shift : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>, tensor<1xi8>) -> tensor<2x4x16x16xf64>
  %m = tosa.reduce_max %ss {axis = 3 : i32} : (tensor<2x4x16x16xf64>) -> tensor<2x4x16x1xf64>
  %d = tosa.sub %ss, %m : (tensor<2x4x16x16xf64>, tensor<2x4x16x1xf64>) -> tensor<2x4x16x16xf64>
  %e = tosa.exp %d : (tensor<2x4x16x16xf64>) -> tensor<2x4x16x16xf64>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<2x4x16x16xf64>) -> tensor<2x4x16x1xf64>
  %r = tosa.reciprocal %sum : (tensor<2x4x16x1xf64>) -> tensor<2x4x16x1xf64>
  // expected-remark @+1 {{attn-fuse: not fused: element type f64 is not f32, f16 or bf16}}
  %p = tosa.mul %e, %r, %shift : (tensor<2x4x16x16xf64>, tensor<2x4x16x1xf64>, tensor<1xi8>) -> tensor<2x4x16x16xf64>
  %p3 = tosa.reshape %p, %p3s : (tensor<2x4x16x16xf64>, !tosa.shape<3>) -> tensor<8x16x16xf64>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x16x16xf64>, tensor<8x16x32xf64>, tensor<1xf64>, tensor<1xf64>) -> tensor<8x16x32xf64>
  %o = tosa.reshape %o3, %o4s : (tensor<8x16x32xf64>, !tosa.shape<4>) -> tensor<2x4x16x32xf64>
  return %o : tensor<2x4x16x32xf64>
}

// -----

// bf16 operands extended to f32 by linalg.generic before an f32
// batch_matmul (an exact cast: the op reads the bf16 tensors), P truncated
// to bf16 by a truncf generic, the f32 result truncated to bf16: the
// op is bf16 in and out.

// CHECK-LABEL: func.func @bf16_extf
// CHECK-SAME: (%[[Q:.*]]: tensor<8x32x64xbf16>, %[[K:.*]]: tensor<8x48x64xbf16>, %[[V:.*]]: tensor<8x48x64xbf16>)
// CHECK-DAG: %[[Q4:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0, 1], [2], [3]] output_shape [1, 8, 32, 64] : tensor<8x32x64xbf16> into tensor<1x8x32x64xbf16>
// CHECK-DAG: %[[K4:.*]] = tensor.expand_shape %[[K]] {{\[}}[0, 1], [2], [3]] output_shape [1, 8, 48, 64] : tensor<8x48x64xbf16> into tensor<1x8x48x64xbf16>
// CHECK-DAG: %[[V4:.*]] = tensor.expand_shape %[[V]]
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q4]], %[[K4]], %[[V4]] : tensor<1x8x32x64xbf16>, tensor<1x8x48x64xbf16>, tensor<1x8x48x64xbf16>) outs(%{{.*}} : tensor<1x8x32x64xbf16>) {empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32}
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[O]]
// CHECK: return %[[R]] : tensor<8x32x64xbf16>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @bf16_extf(%q: tensor<8x32x64xbf16>, %k: tensor<8x48x64xbf16>, %v: tensor<8x48x64xbf16>) -> tensor<8x32x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %qe0 = tensor.empty() : tensor<8x32x64xf32>
  %qe = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%q : tensor<8x32x64xbf16>) outs(%qe0 : tensor<8x32x64xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %x = arith.extf %in : bf16 to f32
    linalg.yield %x : f32
  } -> tensor<8x32x64xf32>
  %ke0 = tensor.empty() : tensor<8x48x64xf32>
  %ke = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%k : tensor<8x48x64xbf16>) outs(%ke0 : tensor<8x48x64xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %x = arith.extf %in : bf16 to f32
    linalg.yield %x : f32
  } -> tensor<8x48x64xf32>
  %kt0 = tensor.empty() : tensor<8x64x48xf32>
  %kt = linalg.transpose ins(%ke : tensor<8x48x64xf32>) outs(%kt0 : tensor<8x64x48xf32>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul ins(%qe, %kt : tensor<8x32x64xf32>, tensor<8x64x48xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %c = arith.constant 0.125 : f32
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%ss : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %pb0 = tensor.empty() : tensor<8x32x48xbf16>
  %pb = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p : tensor<8x32x48xf32>) outs(%pb0 : tensor<8x32x48xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x32x48xbf16>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%pb, %v : tensor<8x32x48xbf16>, tensor<8x48x64xbf16>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %ob0 = tensor.empty() : tensor<8x32x64xbf16>
  %ob = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x32x64xf32>) outs(%ob0 : tensor<8x32x64xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x32x64xbf16>
  return %ob : tensor<8x32x64xbf16>
}
// -----

// V in f32 while Q and K come from bf16: there is no common narrow type, so
// the op takes the f32 operands of the contractions (the extended Q and K).
// Still attention, still fused, in f32.

// CHECK-LABEL: func.func @mixed_v_f32
// CHECK: %[[QE:.*]] = linalg.generic
// CHECK: %[[KE:.*]] = linalg.generic
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<1x8x32x64xf32>, tensor<1x8x48x64xf32>, tensor<1x8x48x64xf32>) outs(%{{.*}} : tensor<1x8x32x64xbf16>)
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func @mixed_v_f32(%q: tensor<8x32x64xbf16>, %k: tensor<8x48x64xbf16>, %v: tensor<8x48x64xf32>) -> tensor<8x32x64xbf16> {
  %zero = arith.constant 0.0 : f32
  %qe0 = tensor.empty() : tensor<8x32x64xf32>
  %qe = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%q : tensor<8x32x64xbf16>) outs(%qe0 : tensor<8x32x64xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %x = arith.extf %in : bf16 to f32
    linalg.yield %x : f32
  } -> tensor<8x32x64xf32>
  %ke0 = tensor.empty() : tensor<8x48x64xf32>
  %ke = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%k : tensor<8x48x64xbf16>) outs(%ke0 : tensor<8x48x64xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %x = arith.extf %in : bf16 to f32
    linalg.yield %x : f32
  } -> tensor<8x48x64xf32>
  %kt0 = tensor.empty() : tensor<8x64x48xf32>
  %kt = linalg.transpose ins(%ke : tensor<8x48x64xf32>) outs(%kt0 : tensor<8x64x48xf32>) permutation = [0, 2, 1]
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul ins(%qe, %kt : tensor<8x32x64xf32>, tensor<8x64x48xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %c = arith.constant 0.125 : f32
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%ss : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %ob0 = tensor.empty() : tensor<8x32x64xbf16>
  %ob = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%o : tensor<8x32x64xf32>) outs(%ob0 : tensor<8x32x64xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<8x32x64xbf16>
  return %ob : tensor<8x32x64xbf16>
}