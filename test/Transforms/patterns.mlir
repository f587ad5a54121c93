// RUN: attn-opt %s -split-input-file --attn-fuse=greedy=true | FileCheck %s

// The fusion as a rewrite pattern under the greedy driver (what
// populateAttnFusePatterns gives embedders): same results, no remarks.

// -----

// CHECK-LABEL: func.func @mha
// CHECK: attn.flash_attention ins(%arg0, %arg1, %arg2 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%{{.*}} : tensor<2x4x16x8xf32>) {empty_rows = #attn.empty_rows<nan>, scale = 0.353553385 : f32}
// CHECK-NOT: tosa.exp
// Multi-head attention as TOSA exports it: heads folded into the batch of
// 3-D tosa.matmul by tosa.reshape, K transposed by tosa.transpose, the scale
// by tosa.mul, softmax as reduce_max/sub/exp/reduce_sum/reciprocal/mul.
// The fused op reads the 4-D sources directly (K's transpose is undone).

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

// CHECK-LABEL: func.func @mha_softmax_over_queries
// CHECK-NOT: attn.flash_attention
// CHECK: tosa.exp
// Twin of @mha with the softmax over the query axis (axis 2): not attention.

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

// CHECK-LABEL: func.func @bmm_maps_chain
// CHECK: attn.flash_attention {{.*}} {empty_rows = #attn.empty_rows<nan>, scale = 1.250000e-01 : f32}
// CHECK-NOT: linalg.reduce
// batch_matmul whose indexing_maps transpose K (no transpose op), the scale
// as a division by sqrt(64) = 8 (folded as 1/8 computed in double, rounded to
// f32), and the softmax as the generic/linalg.reduce chain max, sub, exp,
// sum, div.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

func.func @bmm_maps_chain(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> tensor<8x32x64xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 8.0 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.divf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %r0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maxnumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%r0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// CHECK-LABEL: func.func @generic_anchor
// CHECK: attn.flash_attention
// CHECK-NOT: math.exp2
// The second contraction a linalg.generic einsum (the pattern is rooted on
// linalg.generic as well as on contraction ops): linalg-generic.mlir's
// @einsum_exp2 under the greedy driver.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row = affine_map<(b, h, i, j) -> (b, h, i)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>

func.func @generic_anchor(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %scale: f32) -> tensor<2x4x16x32xf32> {
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

// CHECK-LABEL: func.func @generic_anchor_mixed_base
// CHECK-NOT: attn.flash_attention
// CHECK: math.exp2
// Twin of @generic_anchor whose normalizer sums exp(x - max) while the
// numerator is exp2(x - max): not a softmax, not fused.

#q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#k = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
#s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#id = affine_map<(b, h, i, j) -> (b, h, i, j)>
#row = affine_map<(b, h, i, j) -> (b, h, i)>
#o = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#p = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#v = affine_map<(b, h, i, j, d) -> (b, h, j, d)>
func.func @generic_anchor_mixed_base(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x24x32xf32>, %v: tensor<2x4x24x32xf32>, %scale: f32) -> tensor<2x4x16x32xf32> {
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
