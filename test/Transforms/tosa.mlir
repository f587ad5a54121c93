// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Multi-head attention as TOSA exports it: heads folded into the batch of
// 3-D tosa.matmul by tosa.reshape, K transposed by tosa.transpose, the scale
// by tosa.mul, softmax as reduce_max/sub/exp/reduce_sum/reciprocal/mul.
// The fused op reads the 4-D sources directly (K's transpose is undone).

// CHECK-LABEL: func.func @mha
// CHECK-SAME: (%[[Q:.*]]: tensor<2x4x16x8xf32>, %[[K:.*]]: tensor<2x4x16x8xf32>, %[[V:.*]]: tensor<2x4x16x8xf32>)
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x4x16x8xf32>
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%[[INIT]] : tensor<2x4x16x8xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.353553385 : f32} -> tensor<2x4x16x8xf32>
// CHECK: %[[C:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
// CHECK: %[[R:.*]] = tosa.reshape %[[C]]
// CHECK: return %[[R]]
// CHECK-NOT: tosa.matmul
// CHECK-NOT: tosa.exp
func.func @mha(%q: tensor<2x4x16x8xf32>, %k: tensor<2x4x16x8xf32>, %v: tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32> {
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
  %st3 = tosa.const_shape {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %p3 = tosa.reshape %p, %st3 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
  %v3 = tosa.reshape %v, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x16x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x8xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o = tosa.reshape %o3, %o4s : (tensor<8x16x8xf32>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
  return %o : tensor<2x4x16x8xf32>
}

// -----

// Twin of @mha with the softmax over the query axis (axis 2): not attention.

// CHECK-LABEL: func.func @mha_softmax_over_queries
// CHECK-NOT: attn.flash_attention
// CHECK: tosa.matmul
// CHECK: tosa.matmul
func.func @mha_softmax_over_queries(%q: tensor<2x4x16x8xf32>, %k: tensor<2x4x16x8xf32>, %v: tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32> {
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
  %m = tosa.reduce_max %ss {axis = 2 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x1x16xf32>
  %d = tosa.sub %ss, %m : (tensor<2x4x16x16xf32>, tensor<2x4x1x16xf32>) -> tensor<2x4x16x16xf32>
  %e = tosa.exp %d : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x1x16xf32>
  %r = tosa.reciprocal %sum : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: softmax is normalized over another axis than the key axis that the second contraction reduces}}
  %p = tosa.mul %e, %r, %shift : (tensor<2x4x16x16xf32>, tensor<2x4x1x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %st3 = tosa.const_shape {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %p3 = tosa.reshape %p, %st3 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
  %v3 = tosa.reshape %v, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x16x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x8xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o = tosa.reshape %o3, %o4s : (tensor<8x16x8xf32>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
  return %o : tensor<2x4x16x8xf32>
}

// -----

// Single-batch 3-D attention [B*H, S, D] with no reshapes: the op sees it as
// one batch of B*H heads.

// CHECK-LABEL: func.func @bh3d
// CHECK-SAME: (%[[Q:.*]]: tensor<8x16x32xf32>, %[[K:.*]]: tensor<8x24x32xf32>, %[[V:.*]]: tensor<8x24x16xf32>)
// CHECK-DAG: %[[Q4:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0, 1], [2], [3]] output_shape [1, 8, 16, 32]
// CHECK-DAG: %[[K4:.*]] = tensor.expand_shape %[[K]] {{\[}}[0, 1], [2], [3]] output_shape [1, 8, 24, 32]
// CHECK-DAG: %[[V4:.*]] = tensor.expand_shape %[[V]] {{\[}}[0, 1], [2], [3]] output_shape [1, 8, 24, 16]
// CHECK: %[[O:.*]] = attn.flash_attention ins(%[[Q4]], %[[K4]], %[[V4]] : tensor<1x8x16x32xf32>, tensor<1x8x24x32xf32>, tensor<1x8x24x16xf32>) outs(%{{.*}} : tensor<1x8x16x16xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.176776692 : f32}
// CHECK: %[[R:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<1x8x16x16xf32> into tensor<8x16x16xf32>
// CHECK: return %[[R]]
func.func @bh3d(%q: tensor<8x16x32xf32>, %k: tensor<8x24x32xf32>, %v: tensor<8x24x16xf32>) -> tensor<8x16x16xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %kt = tosa.transpose %k {perms = array<i32: 0, 2, 1>} : (tensor<8x24x32xf32>) -> tensor<8x32x24xf32>
  %s = tosa.matmul %q, %kt, %zp, %zp : (tensor<8x16x32xf32>, tensor<8x32x24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x24xf32>
  %c = "tosa.const"() <{values = dense<0.176776692> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %ss = tosa.mul %s, %c, %shift : (tensor<8x16x24xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<8x16x24xf32>
  %m = tosa.reduce_max %ss {axis = 2 : i32} : (tensor<8x16x24xf32>) -> tensor<8x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<8x16x24xf32>, tensor<8x16x1xf32>) -> tensor<8x16x24xf32>
  %e = tosa.exp %d : (tensor<8x16x24xf32>) -> tensor<8x16x24xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<8x16x24xf32>) -> tensor<8x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<8x16x1xf32>) -> tensor<8x16x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<8x16x24xf32>, tensor<8x16x1xf32>, tensor<1xi8>) -> tensor<8x16x24xf32>
  %o = tosa.matmul %p, %v, %zp, %zp : (tensor<8x16x24xf32>, tensor<8x24x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
  return %o : tensor<8x16x16xf32>
}

// -----

// Twin of @bh3d where the scores have a second user.

// CHECK-LABEL: func.func @bh3d_scores_second_user
// CHECK-NOT: attn.flash_attention
func.func @bh3d_scores_second_user(%q: tensor<8x16x32xf32>, %k: tensor<8x24x32xf32>, %v: tensor<8x24x16xf32>) -> (tensor<8x16x16xf32>, tensor<8x16x24xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %kt = tosa.transpose %k {perms = array<i32: 0, 2, 1>} : (tensor<8x24x32xf32>) -> tensor<8x32x24xf32>
  %s = tosa.matmul %q, %kt, %zp, %zp : (tensor<8x16x32xf32>, tensor<8x32x24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x24xf32>
  %c = "tosa.const"() <{values = dense<0.176776692> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %ss = tosa.mul %s, %c, %shift : (tensor<8x16x24xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<8x16x24xf32>
  %m = tosa.reduce_max %ss {axis = 2 : i32} : (tensor<8x16x24xf32>) -> tensor<8x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<8x16x24xf32>, tensor<8x16x1xf32>) -> tensor<8x16x24xf32>
  %e = tosa.exp %d : (tensor<8x16x24xf32>) -> tensor<8x16x24xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<8x16x24xf32>) -> tensor<8x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<8x16x1xf32>) -> tensor<8x16x1xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the scores have another user ('func.return')}}
  %p = tosa.mul %e, %r, %shift : (tensor<8x16x24xf32>, tensor<8x16x1xf32>, tensor<1xi8>) -> tensor<8x16x24xf32>
  %o = tosa.matmul %p, %v, %zp, %zp : (tensor<8x16x24xf32>, tensor<8x24x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
  return %o, %s : tensor<8x16x16xf32>, tensor<8x16x24xf32>
}

// -----

// BSHD inputs ([B, S, H, D], as a projection produces them) transposed to
// BHSD by tosa.transpose, then folded into 3-D matmuls; the result is
// transposed back to BSHD. The op takes the BSHD tensors through
// linalg.transpose views.

// CHECK-LABEL: func.func @bshd
// CHECK-SAME: (%[[Q:.*]]: tensor<2x16x4x8xf32>, %[[K:.*]]: tensor<2x16x4x8xf32>, %[[V:.*]]: tensor<2x16x4x8xf32>)
// CHECK: %[[QT:.*]] = linalg.transpose ins(%[[Q]] : tensor<2x16x4x8xf32>) outs(%{{.*}} : tensor<2x4x16x8xf32>) permutation = [0, 2, 1, 3]
// CHECK: %[[KT:.*]] = linalg.transpose ins(%[[K]] : tensor<2x16x4x8xf32>) outs(%{{.*}} : tensor<2x4x16x8xf32>) permutation = [0, 2, 1, 3]
// CHECK: %[[VT:.*]] = linalg.transpose ins(%[[V]] : tensor<2x16x4x8xf32>) outs(%{{.*}} : tensor<2x4x16x8xf32>) permutation = [0, 2, 1, 3]
// CHECK: attn.flash_attention ins(%[[QT]], %[[KT]], %[[VT]] : {{.*}}) outs(%{{.*}} : tensor<2x4x16x8xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.353553385 : f32}
func.func @bshd(%q: tensor<2x16x4x8xf32>, %k: tensor<2x16x4x8xf32>, %v: tensor<2x16x4x8xf32>) -> tensor<2x16x4x8xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %qh = tosa.transpose %q {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x8xf32>) -> tensor<2x4x16x8xf32>
  %kh = tosa.transpose %k {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x8xf32>) -> tensor<2x4x8x16xf32>
  %vh = tosa.transpose %v {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x8xf32>) -> tensor<2x4x16x8xf32>
  %s3 = tosa.const_shape {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %st = tosa.const_shape {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %qh, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %k3 = tosa.reshape %kh, %st : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
  %v3 = tosa.reshape %vh, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<8x16x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
  %c = "tosa.const"() <{values = dense<0.353553385> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %ss = tosa.mul %s, %c, %shift : (tensor<8x16x16xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<8x16x16xf32>
  %m = tosa.reduce_max %ss {axis = 2 : i32} : (tensor<8x16x16xf32>) -> tensor<8x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<8x16x16xf32>, tensor<8x16x1xf32>) -> tensor<8x16x16xf32>
  %e = tosa.exp %d : (tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<8x16x16xf32>) -> tensor<8x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<8x16x1xf32>) -> tensor<8x16x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<8x16x16xf32>, tensor<8x16x1xf32>, tensor<1xi8>) -> tensor<8x16x16xf32>
  %o3 = tosa.matmul %p, %v3, %zp, %zp : (tensor<8x16x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x8xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o4 = tosa.reshape %o3, %o4s : (tensor<8x16x8xf32>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
  %o = tosa.transpose %o4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x8xf32>) -> tensor<2x16x4x8xf32>
  return %o : tensor<2x16x4x8xf32>
}

// -----

// K transposed with perms 0,1,3,2 of [B, S, H, D] gives [B, S, D, H]: the
// batch of the 3-D matmul then runs over K's S axis and the keys over K's H
// axis. That is attention with K read as [B, H', Sk', D] = K itself, which
// is what the op gets (not the layout a name-based matcher would assume):
// Q and V go through [0, 2, 1, 3] transposes, K does not.

// CHECK-LABEL: func.func @k_layout_followed
// CHECK-SAME: (%[[Q:.*]]: tensor<2x4x4x4xf32>, %[[K:.*]]: tensor<2x4x4x4xf32>, %[[V:.*]]: tensor<2x4x4x4xf32>)
// CHECK: %[[QT:.*]] = linalg.transpose ins(%[[Q]] {{.*}} permutation = [0, 2, 1, 3]
// CHECK: %[[VT:.*]] = linalg.transpose ins(%[[V]] {{.*}} permutation = [0, 2, 1, 3]
// CHECK: attn.flash_attention ins(%[[QT]], %[[K]], %[[VT]] : {{.*}}) {{.*}} {empty_rows = #attn.empty_rows<nan>, scale = 1.000000e+00 : f32}
func.func @k_layout_followed(%q: tensor<2x4x4x4xf32>, %k: tensor<2x4x4x4xf32>, %v: tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %qh = tosa.transpose %q {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
  %kh = tosa.transpose %k {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
  %vh = tosa.transpose %v {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x4xf32>
  %s3 = tosa.const_shape {values = dense<[8, 4, 4]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %qh, %s3 : (tensor<2x4x4x4xf32>, !tosa.shape<3>) -> tensor<8x4x4xf32>
  %k3 = tosa.reshape %kh, %s3 : (tensor<2x4x4x4xf32>, !tosa.shape<3>) -> tensor<8x4x4xf32>
  %v3 = tosa.reshape %vh, %s3 : (tensor<2x4x4x4xf32>, !tosa.shape<3>) -> tensor<8x4x4xf32>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<8x4x4xf32>, tensor<8x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x4x4xf32>
  %m = tosa.reduce_max %s {axis = 2 : i32} : (tensor<8x4x4xf32>) -> tensor<8x4x1xf32>
  %d = tosa.sub %s, %m : (tensor<8x4x4xf32>, tensor<8x4x1xf32>) -> tensor<8x4x4xf32>
  %e = tosa.exp %d : (tensor<8x4x4xf32>) -> tensor<8x4x4xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<8x4x4xf32>) -> tensor<8x4x1xf32>
  %r = tosa.reciprocal %sum : (tensor<8x4x1xf32>) -> tensor<8x4x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<8x4x4xf32>, tensor<8x4x1xf32>, tensor<1xi8>) -> tensor<8x4x4xf32>
  %o3 = tosa.matmul %p, %v3, %zp, %zp : (tensor<8x4x4xf32>, tensor<8x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x4x4xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 4, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o = tosa.reshape %o3, %o4s : (tensor<8x4x4xf32>, !tosa.shape<4>) -> tensor<2x4x4x4xf32>
  return %o : tensor<2x4x4x4xf32>
}

// -----

// Twin of @bshd where the probabilities are transposed before the second
// matmul (P^T * V with Sq == Sk): it contracts the query axis, not the key
// axis the softmax normalized. Types line up; it is not attention.

// CHECK-LABEL: func.func @bshd_p_transposed
// CHECK-NOT: attn.flash_attention
func.func @bshd_p_transposed(%q: tensor<2x16x4x8xf32>, %k: tensor<2x16x4x8xf32>, %v: tensor<2x16x4x8xf32>) -> tensor<2x16x4x8xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %qh = tosa.transpose %q {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x8xf32>) -> tensor<2x4x16x8xf32>
  %kh = tosa.transpose %k {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x8xf32>) -> tensor<2x4x8x16xf32>
  %vh = tosa.transpose %v {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x8xf32>) -> tensor<2x4x16x8xf32>
  %s3 = tosa.const_shape {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %st = tosa.const_shape {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %qh, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %k3 = tosa.reshape %kh, %st : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
  %v3 = tosa.reshape %vh, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %s = tosa.matmul %q3, %k3, %zp, %zp : (tensor<8x16x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
  %c = "tosa.const"() <{values = dense<0.353553385> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %ss = tosa.mul %s, %c, %shift : (tensor<8x16x16xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<8x16x16xf32>
  %m = tosa.reduce_max %ss {axis = 2 : i32} : (tensor<8x16x16xf32>) -> tensor<8x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<8x16x16xf32>, tensor<8x16x1xf32>) -> tensor<8x16x16xf32>
  %e = tosa.exp %d : (tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<8x16x16xf32>) -> tensor<8x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<8x16x1xf32>) -> tensor<8x16x1xf32>
  // expected-remark @+1 {{attn-fuse: not fused: softmax is normalized over another axis than the key axis that the second contraction reduces}}
  %p = tosa.mul %e, %r, %shift : (tensor<8x16x16xf32>, tensor<8x16x1xf32>, tensor<1xi8>) -> tensor<8x16x16xf32>
  %pt = tosa.transpose %p {perms = array<i32: 0, 2, 1>} : (tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %o3 = tosa.matmul %pt, %v3, %zp, %zp : (tensor<8x16x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x8xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o4 = tosa.reshape %o3, %o4s : (tensor<8x16x8xf32>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
  %o = tosa.transpose %o4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x8xf32>) -> tensor<2x16x4x8xf32>
  return %o : tensor<2x16x4x8xf32>
}

// -----

// K pre-scaled by a splat tosa.mul (folded into the scale: 0.5), the scores
// scaled by a runtime [1,1,1,1] tensor (extracted, times 0.5, passed as the
// scale operand), and a full [B, H, Sq, Sk] additive mask by tosa.add.

// CHECK-LABEL: func.func @mha_kscale_runtime_mask
// CHECK-SAME: (%[[Q:.*]]: tensor<2x4x16x8xf32>, %[[K:.*]]: tensor<2x4x16x8xf32>, %[[V:.*]]: tensor<2x4x16x8xf32>, %[[RS:.*]]: tensor<1x1x1x1xf32>, %[[M:.*]]: tensor<2x4x16x16xf32>)
// CHECK-DAG: %[[HALF:.*]] = arith.constant 5.000000e-01 : f32
// CHECK-DAG: %[[X:.*]] = tensor.extract %[[RS]]
// CHECK: %[[S:.*]] = arith.mulf %[[X]], %[[HALF]] : f32
// CHECK: attn.flash_attention ins(%[[Q]], %[[K]], %[[V]] : {{.*}}) mask(%[[M]] : tensor<2x4x16x16xf32>) scale(%[[S]]) outs(%{{.*}} : tensor<2x4x16x8xf32>)
func.func @mha_kscale_runtime_mask(%q: tensor<2x4x16x8xf32>, %k: tensor<2x4x16x8xf32>, %v: tensor<2x4x16x8xf32>, %rs: tensor<1x1x1x1xf32>, %mask: tensor<2x4x16x16xf32>) -> tensor<2x4x16x8xf32> {
  %s3 = tosa.const_shape {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %q, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %kc = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %shift0 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %ks = tosa.mul %k, %kc, %shift0 : (tensor<2x4x16x8xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
  %kt = tosa.transpose %ks {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x8xf32>) -> tensor<2x4x8x16xf32>
  %st = tosa.const_shape {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %kt3 = tosa.reshape %kt, %st : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s = tosa.matmul %q3, %kt3, %zp, %zp : (tensor<8x16x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
  %s4shape = tosa.const_shape {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %s4 = tosa.reshape %s, %s4shape : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %sc = tosa.mul %s4, %rs, %shift : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %ss = tosa.add %sc, %mask : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %m = tosa.reduce_max %ss {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
  %e = tosa.exp %d : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %st3 = tosa.const_shape {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %p3 = tosa.reshape %p, %st3 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
  %v3 = tosa.reshape %v, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x16x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x8xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o = tosa.reshape %o3, %o4s : (tensor<8x16x8xf32>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
  return %o : tensor<2x4x16x8xf32>
}

// -----

// The mask added before the runtime scale: (S + M) * r. The op adds its mask
// after the scale, so it gets r * M (r extracted once, multiplied in one
// elementwise op).

// CHECK-LABEL: func.func @mha_mask_before_runtime_scale
// CHECK-SAME: %[[RS:[a-z0-9]+]]: tensor<1x1x1x1xf32>, %[[M:[a-z0-9]+]]: tensor<2x4x16x16xf32>)
// CHECK: %[[R:.*]] = tensor.extract %[[RS]]
// CHECK: %[[MS:.*]] = linalg.generic {{.*}} ins(%[[M]] : tensor<2x4x16x16xf32>)
// CHECK: arith.mulf %{{.*}}, %[[R]] : f32
// CHECK: attn.flash_attention ins({{.*}}) mask(%[[MS]] : tensor<2x4x16x16xf32>) scale(%{{.*}})
func.func @mha_mask_before_runtime_scale(%q: tensor<2x4x16x8xf32>, %k: tensor<2x4x16x8xf32>, %v: tensor<2x4x16x8xf32>, %rs: tensor<1x1x1x1xf32>, %mask: tensor<2x4x16x16xf32>) -> tensor<2x4x16x8xf32> {
  %s3 = tosa.const_shape {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %q, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %kc = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %shift0 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %ks = tosa.mul %k, %kc, %shift0 : (tensor<2x4x16x8xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
  %kt = tosa.transpose %ks {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x8xf32>) -> tensor<2x4x8x16xf32>
  %st = tosa.const_shape {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %kt3 = tosa.reshape %kt, %st : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s = tosa.matmul %q3, %kt3, %zp, %zp : (tensor<8x16x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
  %s4shape = tosa.const_shape {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %s4 = tosa.reshape %s, %s4shape : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %sc = tosa.add %s4, %mask : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %ss = tosa.mul %sc, %rs, %shift : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %m = tosa.reduce_max %ss {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
  %e = tosa.exp %d : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = tosa.mul %e, %r, %shift : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %st3 = tosa.const_shape {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %p3 = tosa.reshape %p, %st3 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
  %v3 = tosa.reshape %v, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x16x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x8xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o = tosa.reshape %o3, %o4s : (tensor<8x16x8xf32>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
  return %o : tensor<2x4x16x8xf32>
}

// -----

// Twin: the "scale" varies per key (a [1, 1, 1, Sk] tensor): not a scale.

// CHECK-LABEL: func.func @mha_per_key_scale
// CHECK-NOT: attn.flash_attention
func.func @mha_per_key_scale(%q: tensor<2x4x16x8xf32>, %k: tensor<2x4x16x8xf32>, %v: tensor<2x4x16x8xf32>, %rs: tensor<1x1x1x16xf32>, %mask: tensor<2x4x16x16xf32>) -> tensor<2x4x16x8xf32> {
  %s3 = tosa.const_shape {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q3 = tosa.reshape %q, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %kc = "tosa.const"() <{values = dense<0.5> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %shift0 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %ks = tosa.mul %k, %kc, %shift0 : (tensor<2x4x16x8xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
  %kt = tosa.transpose %ks {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x8xf32>) -> tensor<2x4x8x16xf32>
  %st = tosa.const_shape {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %kt3 = tosa.reshape %kt, %st : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s = tosa.matmul %q3, %kt3, %zp, %zp : (tensor<8x16x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
  %s4shape = tosa.const_shape {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %s4 = tosa.reshape %s, %s4shape : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %sc = tosa.add %s4, %mask : (tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %ss = tosa.mul %sc, %rs, %shift : (tensor<2x4x16x16xf32>, tensor<1x1x1x16xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %m = tosa.reduce_max %ss {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %d = tosa.sub %ss, %m : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
  %e = tosa.exp %d : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
  // expected-remark @+1 {{attn-fuse: not fused: the logits are multiplied by a tensor, not by a scalar}}
  %p = tosa.mul %e, %r, %shift : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
  %st3 = tosa.const_shape {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %p3 = tosa.reshape %p, %st3 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
  %v3 = tosa.reshape %v, %s3 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
  %o3 = tosa.matmul %p3, %v3, %zp, %zp : (tensor<8x16x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x8xf32>
  %o4s = tosa.const_shape {values = dense<[2, 4, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %o = tosa.reshape %o3, %o4s : (tensor<8x16x8xf32>, !tosa.shape<4>) -> tensor<2x4x16x8xf32>
  return %o : tensor<2x4x16x8xf32>
}
