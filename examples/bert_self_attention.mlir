// One BERT-base layer's self-attention, in TOSA as TFLite / MIGraphX export
// it: batch 1, 384 tokens, hidden 768 = 12 heads x 64, f32.
//
//   Q, K, V = x Wq + bq, x Wk + bk, x Wv + bv         [1, 384, 768]
//   heads:   reshape [1, 384, 12, 64], transpose to [1, 12, 384, 64],
//            fold into the batch [12, 384, 64] for the 3-D tosa.matmul;
//            K transposed to [12, 64, 384]
//   scores = Q K^T * 0.125; softmax (reduce_max, sub, exp, reduce_sum,
//            reciprocal, mul); context = P V [12, 384, 64]
//   merge:   [1, 12, 384, 64] -> [1, 384, 12, 64] -> [1, 384, 768]
//
// The hidden state and the weights are deterministic pseudo-random values
// made in the program (an integer hash of the index, in [-1, 1]; weights
// scaled by 3/16 so that the softmax is peaked, not flat; biases by 1/8).
// @main prints the seconds spent in @attention (rtclock around the call:
// head split, scores, softmax, P V, head merge; not the projections) on the
// first line, then the whole output.
//
//   attn-opt --attn-lower-to-llvm bert_self_attention.mlir              # unfused
//   attn-opt --attn-fuse --attn-lower-to-llvm bert_self_attention.mlir  # fused
//   | mlir-runner -e main -entry-point-result=void -O3 \
//       -shared-libs=build/lib/libattnrt.so,<llvm>/lib/libmlir_runner_utils.so,<llvm>/lib/libmlir_c_runner_utils.so
//
// examples/run.sh does all of it and compares the two.

// A dense layer as TFLite exports it: x W + b.
func.func @projection(%x: tensor<1x384x768xf32>, %w: tensor<1x768x768xf32>,
                      %b: tensor<1x1x768xf32>) -> tensor<1x384x768xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %y = tosa.matmul %x, %w, %zp, %zp : (tensor<1x384x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x384x768xf32>
  %r = tosa.add %y, %b : (tensor<1x384x768xf32>, tensor<1x1x768xf32>) -> tensor<1x384x768xf32>
  return %r : tensor<1x384x768xf32>
}

// Multi-head scaled dot-product attention on the projected Q, K, V.
func.func @attention(%q: tensor<1x384x768xf32>, %k: tensor<1x384x768xf32>,
                     %v: tensor<1x384x768xf32>) -> tensor<1x384x768xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %split = tosa.const_shape {values = dense<[1, 384, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %fold = tosa.const_shape {values = dense<[12, 384, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %unfold = tosa.const_shape {values = dense<[1, 12, 384, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %merge = tosa.const_shape {values = dense<[1, 384, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>

  // Split heads and fold them into the batch.
  %q4 = tosa.reshape %q, %split : (tensor<1x384x768xf32>, !tosa.shape<4>) -> tensor<1x384x12x64xf32>
  %qh = tosa.transpose %q4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x384x12x64xf32>) -> tensor<1x12x384x64xf32>
  %q3 = tosa.reshape %qh, %fold : (tensor<1x12x384x64xf32>, !tosa.shape<3>) -> tensor<12x384x64xf32>
  %k4 = tosa.reshape %k, %split : (tensor<1x384x768xf32>, !tosa.shape<4>) -> tensor<1x384x12x64xf32>
  %kh = tosa.transpose %k4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x384x12x64xf32>) -> tensor<1x12x384x64xf32>
  %k3 = tosa.reshape %kh, %fold : (tensor<1x12x384x64xf32>, !tosa.shape<3>) -> tensor<12x384x64xf32>
  %kt = tosa.transpose %k3 {perms = array<i32: 0, 2, 1>} : (tensor<12x384x64xf32>) -> tensor<12x64x384xf32>
  %v4 = tosa.reshape %v, %split : (tensor<1x384x768xf32>, !tosa.shape<4>) -> tensor<1x384x12x64xf32>
  %vh = tosa.transpose %v4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x384x12x64xf32>) -> tensor<1x12x384x64xf32>
  %v3 = tosa.reshape %vh, %fold : (tensor<1x12x384x64xf32>, !tosa.shape<3>) -> tensor<12x384x64xf32>

  // Scaled dot-product attention.
  %s = tosa.matmul %q3, %kt, %zp, %zp : (tensor<12x384x64xf32>, tensor<12x64x384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x384x384xf32>
  %scale = "tosa.const"() <{values = dense<0.125> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %ss = tosa.mul %s, %scale, %shift : (tensor<12x384x384xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<12x384x384xf32>
  %mx = tosa.reduce_max %ss {axis = 2 : i32} : (tensor<12x384x384xf32>) -> tensor<12x384x1xf32>
  %d = tosa.sub %ss, %mx : (tensor<12x384x384xf32>, tensor<12x384x1xf32>) -> tensor<12x384x384xf32>
  %e = tosa.exp %d : (tensor<12x384x384xf32>) -> tensor<12x384x384xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<12x384x384xf32>) -> tensor<12x384x1xf32>
  %r = tosa.reciprocal %sum : (tensor<12x384x1xf32>) -> tensor<12x384x1xf32>
  %p = tosa.mul %e, %r, %shift : (tensor<12x384x384xf32>, tensor<12x384x1xf32>, tensor<1xi8>) -> tensor<12x384x384xf32>
  %o3 = tosa.matmul %p, %v3, %zp, %zp : (tensor<12x384x384xf32>, tensor<12x384x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x384x64xf32>

  // Merge heads.
  %o4 = tosa.reshape %o3, %unfold : (tensor<12x384x64xf32>, !tosa.shape<4>) -> tensor<1x12x384x64xf32>
  %ot = tosa.transpose %o4 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x12x384x64xf32>) -> tensor<1x384x12x64xf32>
  %o = tosa.reshape %ot, %merge : (tensor<1x384x12x64xf32>, !tosa.shape<3>) -> tensor<1x384x768xf32>
  return %o : tensor<1x384x768xf32>
}

// rand3(shape, seed) * factor
func.func @param(%shape: tensor<?x?x?xf32>, %seed: i32, %factor: f32) -> tensor<?x?x?xf32> {
  %r = call @rand3(%shape, %seed) : (tensor<?x?x?xf32>, i32) -> tensor<?x?x?xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(a, b, c) -> (a, b, c)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      outs(%r : tensor<?x?x?xf32>) {
  ^bb0(%x: f32):
    %y = arith.mulf %x, %factor : f32
    linalg.yield %y : f32
  } -> tensor<?x?x?xf32>
  return %s : tensor<?x?x?xf32>
}

func.func @main() {
  %one = arith.constant 1.0 : f32
  %w_scale = arith.constant 0.1875 : f32
  %b_scale = arith.constant 0.125 : f32
  %ex = tensor.empty() : tensor<1x384x768xf32>
  %ew = tensor.empty() : tensor<1x768x768xf32>
  %eb = tensor.empty() : tensor<1x1x768xf32>
  %dx = tensor.cast %ex : tensor<1x384x768xf32> to tensor<?x?x?xf32>
  %dw = tensor.cast %ew : tensor<1x768x768xf32> to tensor<?x?x?xf32>
  %db = tensor.cast %eb : tensor<1x1x768xf32> to tensor<?x?x?xf32>
  %s0 = arith.constant 1 : i32
  %s1 = arith.constant 1000003 : i32
  %s2 = arith.constant 2000003 : i32
  %s3 = arith.constant 3000017 : i32
  %s4 = arith.constant 4000037 : i32
  %s5 = arith.constant 5000011 : i32
  %s6 = arith.constant 6000011 : i32
  %x = call @param(%dx, %s0, %one) : (tensor<?x?x?xf32>, i32, f32) -> tensor<?x?x?xf32>
  %wq = call @param(%dw, %s1, %w_scale) : (tensor<?x?x?xf32>, i32, f32) -> tensor<?x?x?xf32>
  %wk = call @param(%dw, %s2, %w_scale) : (tensor<?x?x?xf32>, i32, f32) -> tensor<?x?x?xf32>
  %wv = call @param(%dw, %s3, %w_scale) : (tensor<?x?x?xf32>, i32, f32) -> tensor<?x?x?xf32>
  %bq = call @param(%db, %s4, %b_scale) : (tensor<?x?x?xf32>, i32, f32) -> tensor<?x?x?xf32>
  %bk = call @param(%db, %s5, %b_scale) : (tensor<?x?x?xf32>, i32, f32) -> tensor<?x?x?xf32>
  %bv = call @param(%db, %s6, %b_scale) : (tensor<?x?x?xf32>, i32, f32) -> tensor<?x?x?xf32>
  %xs = tensor.cast %x : tensor<?x?x?xf32> to tensor<1x384x768xf32>
  %wqs = tensor.cast %wq : tensor<?x?x?xf32> to tensor<1x768x768xf32>
  %wks = tensor.cast %wk : tensor<?x?x?xf32> to tensor<1x768x768xf32>
  %wvs = tensor.cast %wv : tensor<?x?x?xf32> to tensor<1x768x768xf32>
  %bqs = tensor.cast %bq : tensor<?x?x?xf32> to tensor<1x1x768xf32>
  %bks = tensor.cast %bk : tensor<?x?x?xf32> to tensor<1x1x768xf32>
  %bvs = tensor.cast %bv : tensor<?x?x?xf32> to tensor<1x1x768xf32>
  %q = call @projection(%xs, %wqs, %bqs) : (tensor<1x384x768xf32>, tensor<1x768x768xf32>, tensor<1x1x768xf32>) -> tensor<1x384x768xf32>
  %k = call @projection(%xs, %wks, %bks) : (tensor<1x384x768xf32>, tensor<1x768x768xf32>, tensor<1x1x768xf32>) -> tensor<1x384x768xf32>
  %v = call @projection(%xs, %wvs, %bvs) : (tensor<1x384x768xf32>, tensor<1x768x768xf32>, tensor<1x1x768xf32>) -> tensor<1x384x768xf32>
  %t0 = call @rtclock() : () -> f64
  %o = call @attention(%q, %k, %v) : (tensor<1x384x768xf32>, tensor<1x384x768xf32>, tensor<1x384x768xf32>) -> tensor<1x384x768xf32>
  %t1 = call @rtclock() : () -> f64
  %dt = arith.subf %t1, %t0 : f64
  call @printF64(%dt) : (f64) -> ()
  call @printNewline() : () -> ()
  %u = tensor.cast %o : tensor<1x384x768xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func private @rtclock() -> f64
func.func private @printF64(f64)
func.func private @printNewline()
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
