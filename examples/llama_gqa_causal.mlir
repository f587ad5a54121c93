// A llama-style grouped-query causal attention block in linalg on tensors,
// as torch-mlir exports a Llama-2/3 layer's attention core (after the
// projections and rotary embedding): f16, 32 query heads sharing 8 KV heads
// (repeat_kv: broadcast + collapse), head dim 128, 256 tokens, batch 1.
//
//   K, V:    [1, 8, 256, 128] -> broadcast [1, 8, 4, 256, 128]
//            -> collapse [1, 32, 256, 128]            (repeat_kv)
//   scores = Q K^T (f16 operands, f32 accumulation)   [32, 256, 256]
//            * 1/sqrt(128); causal: key j > query i gets -inf (from
//            linalg.index compares); linalg.softmax in f32; P to f16
//   out    = P V (f32 accumulation) to f16, [1, 32, 256, 128] -> transpose
//            [1, 256, 32, 128] -> [1, 256, 4096]
//
// Q, K and V are deterministic pseudo-random values made in the program (an
// integer hash of the index, in [-1, 1], times 2 so the softmax is peaked).
// @main prints the seconds spent in @gqa_attention (rtclock around the call)
// on the first line, then the whole output (as f32).
//
//   attn-opt --attn-lower-to-llvm llama_gqa_causal.mlir              # unfused
//   attn-opt --attn-fuse --attn-lower-to-llvm llama_gqa_causal.mlir  # fused
//
// examples/run.sh does all of it and compares the two.

func.func @gqa_attention(%q: tensor<1x32x256x128xf16>, %k: tensor<1x8x256x128xf16>,
                         %v: tensor<1x8x256x128xf16>) -> tensor<1x256x4096xf16> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %scale = arith.constant 0.0883883461 : f32

  // repeat_kv: every KV head serves 4 consecutive query heads.
  %ek5 = tensor.empty() : tensor<1x8x4x256x128xf16>
  %k5 = linalg.generic {indexing_maps = [affine_map<(b, g, r, s, d) -> (b, g, s, d)>,
                                         affine_map<(b, g, r, s, d) -> (b, g, r, s, d)>],
                        iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%k : tensor<1x8x256x128xf16>) outs(%ek5 : tensor<1x8x4x256x128xf16>) {
  ^bb0(%x: f16, %o: f16):
    linalg.yield %x : f16
  } -> tensor<1x8x4x256x128xf16>
  %v5 = linalg.generic {indexing_maps = [affine_map<(b, g, r, s, d) -> (b, g, s, d)>,
                                         affine_map<(b, g, r, s, d) -> (b, g, r, s, d)>],
                        iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]}
      ins(%v : tensor<1x8x256x128xf16>) outs(%ek5 : tensor<1x8x4x256x128xf16>) {
  ^bb0(%x: f16, %o: f16):
    linalg.yield %x : f16
  } -> tensor<1x8x4x256x128xf16>
  %kr = tensor.collapse_shape %k5 [[0], [1, 2], [3], [4]] : tensor<1x8x4x256x128xf16> into tensor<1x32x256x128xf16>
  %vr = tensor.collapse_shape %v5 [[0], [1, 2], [3], [4]] : tensor<1x8x4x256x128xf16> into tensor<1x32x256x128xf16>

  // Fold batch and heads for the 3-D batch matmuls; K^T.
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x32x256x128xf16> into tensor<32x256x128xf16>
  %k3 = tensor.collapse_shape %kr [[0, 1], [2], [3]] : tensor<1x32x256x128xf16> into tensor<32x256x128xf16>
  %v3 = tensor.collapse_shape %vr [[0, 1], [2], [3]] : tensor<1x32x256x128xf16> into tensor<32x256x128xf16>
  %ekt = tensor.empty() : tensor<32x128x256xf16>
  %kt = linalg.transpose ins(%k3 : tensor<32x256x128xf16>) outs(%ekt : tensor<32x128x256xf16>) permutation = [0, 2, 1]

  // Scores in f32, scaled, causally masked.
  %es = tensor.empty() : tensor<32x256x256xf32>
  %sz = linalg.fill ins(%zero : f32) outs(%es : tensor<32x256x256xf32>) -> tensor<32x256x256xf32>
  %s = linalg.batch_matmul ins(%q3, %kt : tensor<32x256x128xf16>, tensor<32x128x256xf16>)
                           outs(%sz : tensor<32x256x256xf32>) -> tensor<32x256x256xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(h, i, j) -> (h, i, j)>, affine_map<(h, i, j) -> (h, i, j)>],
                        iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%s : tensor<32x256x256xf32>) outs(%es : tensor<32x256x256xf32>) {
  ^bb0(%x: f32, %o: f32):
    %i = linalg.index 1 : index
    %j = linalg.index 2 : index
    %future = arith.cmpi ugt, %j, %i : index
    %y = arith.mulf %x, %scale : f32
    %r = arith.select %future, %ninf, %y : f32
    linalg.yield %r : f32
  } -> tensor<32x256x256xf32>
  %p = linalg.softmax dimension(2) ins(%sm : tensor<32x256x256xf32>) outs(%es : tensor<32x256x256xf32>) -> tensor<32x256x256xf32>
  %eph = tensor.empty() : tensor<32x256x256xf16>
  %ph = linalg.generic {indexing_maps = [affine_map<(h, i, j) -> (h, i, j)>, affine_map<(h, i, j) -> (h, i, j)>],
                        iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%p : tensor<32x256x256xf32>) outs(%eph : tensor<32x256x256xf16>) {
  ^bb0(%x: f32, %o: f16):
    %y = arith.truncf %x : f32 to f16
    linalg.yield %y : f16
  } -> tensor<32x256x256xf16>

  // P V, to f16, heads merged.
  %eo = tensor.empty() : tensor<32x256x128xf32>
  %oz = linalg.fill ins(%zero : f32) outs(%eo : tensor<32x256x128xf32>) -> tensor<32x256x128xf32>
  %o = linalg.batch_matmul ins(%ph, %v3 : tensor<32x256x256xf16>, tensor<32x256x128xf16>)
                           outs(%oz : tensor<32x256x128xf32>) -> tensor<32x256x128xf32>
  %eoh = tensor.empty() : tensor<32x256x128xf16>
  %oh = linalg.generic {indexing_maps = [affine_map<(h, i, d) -> (h, i, d)>, affine_map<(h, i, d) -> (h, i, d)>],
                        iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%o : tensor<32x256x128xf32>) outs(%eoh : tensor<32x256x128xf16>) {
  ^bb0(%x: f32, %out: f16):
    %y = arith.truncf %x : f32 to f16
    linalg.yield %y : f16
  } -> tensor<32x256x128xf16>
  %o4 = tensor.expand_shape %oh [[0, 1], [2], [3]] output_shape [1, 32, 256, 128] : tensor<32x256x128xf16> into tensor<1x32x256x128xf16>
  %eot = tensor.empty() : tensor<1x256x32x128xf16>
  %ot = linalg.transpose ins(%o4 : tensor<1x32x256x128xf16>) outs(%eot : tensor<1x256x32x128xf16>) permutation = [0, 2, 1, 3]
  %out = tensor.collapse_shape %ot [[0], [1], [2, 3]] : tensor<1x256x32x128xf16> into tensor<1x256x4096xf16>
  return %out : tensor<1x256x4096xf16>
}

// f16(2 * rand4(shape, seed))
func.func @input(%shape: tensor<?x?x?x?xf32>, %seed: i32) -> tensor<?x?x?x?xf16> {
  %r = call @rand4(%shape, %seed) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %d0 = tensor.dim %shape, %c0 : tensor<?x?x?x?xf32>
  %d1 = tensor.dim %shape, %c1 : tensor<?x?x?x?xf32>
  %d2 = tensor.dim %shape, %c2 : tensor<?x?x?x?xf32>
  %d3 = tensor.dim %shape, %c3 : tensor<?x?x?x?xf32>
  %e = tensor.empty(%d0, %d1, %d2, %d3) : tensor<?x?x?x?xf16>
  %two = arith.constant 2.0 : f32
  %h = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%r : tensor<?x?x?x?xf32>) outs(%e : tensor<?x?x?x?xf16>) {
  ^bb0(%x: f32, %o: f16):
    %y = arith.mulf %x, %two : f32
    %t = arith.truncf %y : f32 to f16
    linalg.yield %t : f16
  } -> tensor<?x?x?x?xf16>
  return %h : tensor<?x?x?x?xf16>
}

func.func @main() {
  %eq = tensor.empty() : tensor<1x32x256x128xf32>
  %ekv = tensor.empty() : tensor<1x8x256x128xf32>
  %dq = tensor.cast %eq : tensor<1x32x256x128xf32> to tensor<?x?x?x?xf32>
  %dkv = tensor.cast %ekv : tensor<1x8x256x128xf32> to tensor<?x?x?x?xf32>
  %s0 = arith.constant 12345 : i32
  %s1 = arith.constant 67890 : i32
  %s2 = arith.constant 13579 : i32
  %q = call @input(%dq, %s0) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf16>
  %k = call @input(%dkv, %s1) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf16>
  %v = call @input(%dkv, %s2) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf16>
  %qs = tensor.cast %q : tensor<?x?x?x?xf16> to tensor<1x32x256x128xf16>
  %ks = tensor.cast %k : tensor<?x?x?x?xf16> to tensor<1x8x256x128xf16>
  %vs = tensor.cast %v : tensor<?x?x?x?xf16> to tensor<1x8x256x128xf16>
  %t0 = call @rtclock() : () -> f64
  %o = call @gqa_attention(%qs, %ks, %vs)
      : (tensor<1x32x256x128xf16>, tensor<1x8x256x128xf16>, tensor<1x8x256x128xf16>) -> tensor<1x256x4096xf16>
  %t1 = call @rtclock() : () -> f64
  %dt = arith.subf %t1, %t0 : f64
  call @printF64(%dt) : (f64) -> ()
  call @printNewline() : () -> ()
  %e32 = tensor.empty() : tensor<1x256x4096xf32>
  %o32 = linalg.generic {indexing_maps = [affine_map<(a, b, c) -> (a, b, c)>, affine_map<(a, b, c) -> (a, b, c)>],
                         iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%o : tensor<1x256x4096xf16>) outs(%e32 : tensor<1x256x4096xf32>) {
  ^bb0(%x: f16, %y: f32):
    %t = arith.extf %x : f16 to f32
    linalg.yield %t : f32
  } -> tensor<1x256x4096xf32>
  %u = tensor.cast %o32 : tensor<1x256x4096xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func private @rtclock() -> f64
func.func private @printF64(f64)
func.func private @printNewline()
func.func private @printMemrefF32(tensor<*xf32>)

// Deterministic pseudo-random values in [-1, 1], never 0: an integer hash
// of the linear index and the seed.
func.func @rand4(%t: tensor<?x?x?x?xf32>, %seed: i32) -> tensor<?x?x?x?xf32> {
  %c1 = arith.constant 1 : index
  %n1 = tensor.dim %t, %c1 : tensor<?x?x?x?xf32>
  %c2 = arith.constant 2 : index
  %n2 = tensor.dim %t, %c2 : tensor<?x?x?x?xf32>
  %c3 = arith.constant 3 : index
  %n3 = tensor.dim %t, %c3 : tensor<?x?x?x?xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      outs(%t : tensor<?x?x?x?xf32>) {
  ^bb0(%out: f32):
    %l0 = linalg.index 0 : index
    %i1 = linalg.index 1 : index
    %m1 = arith.muli %l0, %n1 : index
    %l1 = arith.addi %m1, %i1 : index
    %i2 = linalg.index 2 : index
    %m2 = arith.muli %l1, %n2 : index
    %l2 = arith.addi %m2, %i2 : index
    %i3 = linalg.index 3 : index
    %m3 = arith.muli %l2, %n3 : index
    %l3 = arith.addi %m3, %i3 : index
    %x0 = arith.index_cast %l3 : index to i32
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
  } -> tensor<?x?x?x?xf32>
  return %r : tensor<?x?x?x?xf32>
}
