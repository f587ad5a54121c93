// Multi-head attention in TOSA with f16 activations and an f32 softmax:
// heads split by tosa.reshape + tosa.transpose and folded into the batch, K
// transposed to [H, D, S] by one 4-D transpose (perms 0, 2, 3, 1) before the
// fold, tosa.matmul of f16 operands into f32 scores, scale, the
// reduce_max / sub / exp / reduce_sum / reciprocal / mul softmax, tosa.cast
// of P to f16, P V into f32, cast to f16, heads merged. [B, S, H*D] =
// [1, 16, 2*8]. Tolerance 1e-2: the unfused program rounds P to f16 (unit
// roundoff 4.9e-4) where the fused op keeps it in f32; both round O to f16.
//
// The unfused and the fused programs must print the same numbers, and the
// fused one must contain attn.flash_attention.
//
// RUN: attn-opt %s --attn-lower-to-llvm \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.unfused
// RUN: attn-opt %s --attn-fuse --attn-lower-to-llvm \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.fused
// RUN: FileCheck %s --input-file=%t.unfused
// RUN: %attncheck compare %t.fused %t.unfused --dtype f16 --min-count 256
// RUN: attn-opt %s --attn-fuse | FileCheck %s --check-prefix=FUSED

// CHECK: offset = 0 sizes = [1, 16, 16]

// FUSED-LABEL: func.func @attention(
// FUSED: attn.flash_attention
// FUSED-NOT: tosa.exp
// FUSED: return

func.func @attention(%q: tensor<1x16x16xf16>, %k: tensor<1x16x16xf16>, %v: tensor<1x16x16xf16>) -> tensor<1x16x16xf16> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf16>}> : () -> tensor<1xf16>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %split = tosa.const_shape {values = dense<[1, 16, 2, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %fold = tosa.const_shape {values = dense<[2, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %foldk = tosa.const_shape {values = dense<[2, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %unfold = tosa.const_shape {values = dense<[1, 2, 16, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %merge = tosa.const_shape {values = dense<[1, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %q4 = tosa.reshape %q, %split : (tensor<1x16x16xf16>, !tosa.shape<4>) -> tensor<1x16x2x8xf16>
  %qh = tosa.transpose %q4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x16x2x8xf16>) -> tensor<1x2x16x8xf16>
  %q3 = tosa.reshape %qh, %fold : (tensor<1x2x16x8xf16>, !tosa.shape<3>) -> tensor<2x16x8xf16>
  %k4 = tosa.reshape %k, %split : (tensor<1x16x16xf16>, !tosa.shape<4>) -> tensor<1x16x2x8xf16>
  %kh = tosa.transpose %k4 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x16x2x8xf16>) -> tensor<1x2x8x16xf16>
  %kt = tosa.reshape %kh, %foldk : (tensor<1x2x8x16xf16>, !tosa.shape<3>) -> tensor<2x8x16xf16>
  %v4 = tosa.reshape %v, %split : (tensor<1x16x16xf16>, !tosa.shape<4>) -> tensor<1x16x2x8xf16>
  %vh = tosa.transpose %v4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x16x2x8xf16>) -> tensor<1x2x16x8xf16>
  %v3 = tosa.reshape %vh, %fold : (tensor<1x2x16x8xf16>, !tosa.shape<3>) -> tensor<2x16x8xf16>
  %s = tosa.matmul %q3, %kt, %zp, %zp : (tensor<2x16x8xf16>, tensor<2x8x16xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<2x16x16xf32>
  %scale = "tosa.const"() <{values = dense<0.353553385> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %ss = tosa.mul %s, %scale, %shift : (tensor<2x16x16xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x16xf32>
  %mx = tosa.reduce_max %ss {axis = 2 : i32} : (tensor<2x16x16xf32>) -> tensor<2x16x1xf32>
  %d = tosa.sub %ss, %mx : (tensor<2x16x16xf32>, tensor<2x16x1xf32>) -> tensor<2x16x16xf32>
  %e = tosa.exp %d : (tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<2x16x16xf32>) -> tensor<2x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
  %p = tosa.mul %e, %r, %shift : (tensor<2x16x16xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x16xf32>
  %ph = tosa.cast %p : (tensor<2x16x16xf32>) -> tensor<2x16x16xf16>
  %o3 = tosa.matmul %ph, %v3, %zp, %zp : (tensor<2x16x16xf16>, tensor<2x16x8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<2x16x8xf32>
  %o3h = tosa.cast %o3 : (tensor<2x16x8xf32>) -> tensor<2x16x8xf16>
  %o4 = tosa.reshape %o3h, %unfold : (tensor<2x16x8xf16>, !tosa.shape<4>) -> tensor<1x2x16x8xf16>
  %ot = tosa.transpose %o4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x2x16x8xf16>) -> tensor<1x16x2x8xf16>
  %o = tosa.reshape %ot, %merge : (tensor<1x16x2x8xf16>, !tosa.shape<3>) -> tensor<1x16x16xf16>
  return %o : tensor<1x16x16xf16>
}

func.func @to_f16(%x: tensor<1x16x16xf32>) -> tensor<1x16x16xf16> {
  %r = tosa.cast %x : (tensor<1x16x16xf32>) -> tensor<1x16x16xf16>
  return %r : tensor<1x16x16xf16>
}

func.func @to_f32(%x: tensor<1x16x16xf16>) -> tensor<1x16x16xf32> {
  %r = tosa.cast %x : (tensor<1x16x16xf16>) -> tensor<1x16x16xf32>
  return %r : tensor<1x16x16xf32>
}

func.func @main() {
  %e = tensor.empty() : tensor<1x16x16xf32>
  %d = tensor.cast %e : tensor<1x16x16xf32> to tensor<?x?x?xf32>
  %sq = arith.constant 101 : i32
  %qd = call @rand3(%d, %sq) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %qf = tensor.cast %qd : tensor<?x?x?xf32> to tensor<1x16x16xf32>
  %q = call @to_f16(%qf) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf16>
  %sk = arith.constant 20202 : i32
  %kd = call @rand3(%d, %sk) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %kf = tensor.cast %kd : tensor<?x?x?xf32> to tensor<1x16x16xf32>
  %k = call @to_f16(%kf) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf16>
  %sv = arith.constant 3030303 : i32
  %vd = call @rand3(%d, %sv) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %vf = tensor.cast %vd : tensor<?x?x?xf32> to tensor<1x16x16xf32>
  %v = call @to_f16(%vf) : (tensor<1x16x16xf32>) -> tensor<1x16x16xf16>
  %o = call @attention(%q, %k, %v) : (tensor<1x16x16xf16>, tensor<1x16x16xf16>, tensor<1x16x16xf16>) -> tensor<1x16x16xf16>
  %of = call @to_f32(%o) : (tensor<1x16x16xf16>) -> tensor<1x16x16xf32>
  %u = tensor.cast %of : tensor<1x16x16xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func private @printMemrefF32(tensor<*xf32>)

// Deterministic pseudo-random values in [-1, 1], never 0: an integer hash
// of the linear index and the seed.
func.func @rand3(%t: tensor<?x?x?xf32>, %seed: i32) -> tensor<?x?x?xf32> {
  %c1 = arith.constant 1 : index
  %n1 = tensor.dim %t, %c1 : tensor<?x?x?xf32>
  %c2 = arith.constant 2 : index
  %n2 = tensor.dim %t, %c2 : tensor<?x?x?xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      outs(%t : tensor<?x?x?xf32>) {
  ^bb0(%out: f32):
    %l0 = linalg.index 0 : index
    %i1 = linalg.index 1 : index
    %m1 = arith.muli %l0, %n1 : index
    %l1 = arith.addi %m1, %i1 : index
    %i2 = linalg.index 2 : index
    %m2 = arith.muli %l1, %n2 : index
    %l2 = arith.addi %m2, %i2 : index
    %x0 = arith.index_cast %l2 : index to i32
    %x1 = arith.addi %x0, %seed : i32
    %k1 = arith.constant -1640531535 : i32
    %x2 = arith.muli %x1, %k1 : i32
    %c15 = arith.constant 15 : i32
    %s1 = arith.shrui %x2, %c15 : i32
    %x3 = arith.xori %x2, %s1 : i32
    %k2 = arith.constant -2048144789 : i32
    %x4 = arith.muli %x3, %k2 : i32
    %c13 = arith.constant 13 : i32
    %s2 = arith.shrui %x4, %c13 : i32
    %x5 = arith.xori %x4, %s2 : i32
    %mask = arith.constant 65535 : i32
    %x6 = arith.andi %x5, %mask : i32
    %f = arith.uitofp %x6 : i32 to f32
    %inv = arith.constant 3.05180438e-05 : f32 // 1 / 32767.5
    %one = arith.constant 1.0 : f32
    %g = arith.mulf %f, %inv : f32
    %v = arith.subf %g, %one : f32
    linalg.yield %v : f32
  } -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}
