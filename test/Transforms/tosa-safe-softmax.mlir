// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// PyTorch's safe softmax as torch-mlir lowers SDPA to TOSA: the rows whose
// logits are all -inf are zeroed by select(reduce_all(X == -inf), 0, P), and
// the compare reads the logits after a tosa.cast to a wider float type
// (f32 -> f64). An extension keeps every value, -inf included, so the test
// still says "this row of the softmax's logits is all -inf": fused with
// empty_rows = zero.

// CHECK-LABEL: func.func @safe_softmax_widened_compare
// CHECK: attn.flash_attention
// CHECK-NOT: empty_rows = #attn.empty_rows<nan>
// CHECK-NOT: tosa.matmul
// CHECK-NOT: tosa.reduce_all
func.func @safe_softmax_widened_compare(%q: tensor<2x4x16x8xf32>, %k: tensor<2x4x16x8xf32>, %v: tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32> {
  %s3 = tosa.const_shape {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %q, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %kt = tosa.transpose %k {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x8xf32>) -> tensor<2x4x8x16xf32>
  %st = tosa.const_shape {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %kt3 = tosa.reshape %kt, %st : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s = tosa.matmul %q3, %kt3, %zp, %zp : (tensor<8x16x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
  %s4shape = tosa.const_shape {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %s4 = tosa.reshape %s, %s4shape : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
  %c = "tosa.const"() <{values = dense<0.353553385> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %ss = tosa.mul %s4, %c, %shift : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %m = tosa.reduce_max %ss {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
  %e = tosa.exp %d : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %sw = tosa.cast %ss : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
  %ninf = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
  %eq = tosa.equal %sw, %ninf : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
  %all = tosa.reduce_all %eq {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
  %zeros = "tosa.const"() <{values = dense<0.0> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
  %ps = tosa.select %all, %zeros, %p : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %st3 = tosa.const_shape {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %p3 = tosa.reshape %ps, %st3 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
  %v3 = tosa.reshape %v, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x16x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x8xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o = tosa.reshape %o3, %o4s : (tensor<8x16x8xf32>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
  return %o : tensor<2x4x16x8xf32>
}

// -----

// Twin: the compare reads the logits after a narrowing cast (f32 -> f16). A
// finite logit beyond f16's range rounds to -inf there, so the test can say
// "all -inf" for a row the softmax sees as finite: not a safe softmax.

// CHECK-LABEL: func.func @safe_softmax_narrowed_compare
// CHECK-NOT: attn.flash_attention
// CHECK: tosa.reduce_all
func.func @safe_softmax_narrowed_compare(%q: tensor<2x4x16x8xf32>, %k: tensor<2x4x16x8xf32>, %v: tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32> {
  %s3 = tosa.const_shape {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %q, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %kt = tosa.transpose %k {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x8xf32>) -> tensor<2x4x8x16xf32>
  %st = tosa.const_shape {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %kt3 = tosa.reshape %kt, %st : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s = tosa.matmul %q3, %kt3, %zp, %zp : (tensor<8x16x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
  %s4shape = tosa.const_shape {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %s4 = tosa.reshape %s, %s4shape : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
  %c = "tosa.const"() <{values = dense<0.353553385> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %ss = tosa.mul %s4, %c, %shift : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %m = tosa.reduce_max %ss {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
  %e = tosa.exp %d : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
  %p = tosa.mul %e, %r, %shift : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %sw = tosa.cast %ss : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf16>
  %ninf = "tosa.const"() <{values = dense<0xFC00> : tensor<1x1x1x1xf16>}> : () -> tensor<1x1x1x1xf16>
  %eq = tosa.equal %sw, %ninf : (tensor<2x4x16x16xf16>, tensor<1x1x1x1xf16>) -> tensor<2x4x16x16xi1>
  %all = tosa.reduce_all %eq {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
  %zeros = "tosa.const"() <{values = dense<0.0> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'select' is applied to the probabilities that is not a safe softmax}}
  %ps = tosa.select %all, %zeros, %p : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %st3 = tosa.const_shape {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %p3 = tosa.reshape %ps, %st3 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
  %v3 = tosa.reshape %v, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x16x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x8xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o = tosa.reshape %o3, %o4s : (tensor<8x16x8xf32>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
  return %o : tensor<2x4x16x8xf32>
}
