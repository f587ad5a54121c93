// attn.flash_attention lowered to libattnrt against the hand-written unfused
// equivalent: bf16 Q/K/V with an f32 output, the scale as an operand computed
// at run time (1 / sqrt(D) from the dynamic head dim), top-left causal with
// Sq = 5 < Sk = 7, and a value head dim (4) unlike the query/key one (8).
// Both sides read the same bf16 values, accumulate in at least f32 and write
// f32, so f32 rounding is all that separates them: 1e-5.
//
// RUN: attn-opt %s --attn-lower-to-llvm > %t.ll.mlir
// RUN: mlir-runner %t.ll.mlir -e main_fused -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so > %t.fused
// RUN: mlir-runner %t.ll.mlir -e main_ref -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so > %t.ref
// RUN: FileCheck %s --input-file=%t.fused
// RUN: %attncheck compare %t.fused %t.ref --dtype f32 --min-count 40
// RUN: FileCheck %s --check-prefix=LLVM --input-file=%t.ll.mlir

// CHECK: rank = 4 offset = 0 sizes = [1, 2, 5, 4]
// LLVM: llvm.call @_mlir_ciface_attnrt_mlir_flash_attention_bf16_f32(

func.func @inputs() -> (tensor<1x2x5x8xbf16>, tensor<1x2x7x8xbf16>, tensor<1x2x7x4xbf16>) {
  %eq = tensor.empty() : tensor<1x2x5x8xf32>
  %ek = tensor.empty() : tensor<1x2x7x8xf32>
  %ev = tensor.empty() : tensor<1x2x7x4xf32>
  %dq = tensor.cast %eq : tensor<1x2x5x8xf32> to tensor<?x?x?x?xf32>
  %dk = tensor.cast %ek : tensor<1x2x7x8xf32> to tensor<?x?x?x?xf32>
  %dv = tensor.cast %ev : tensor<1x2x7x4xf32> to tensor<?x?x?x?xf32>
  %s0 = arith.constant 3 : i32
  %s1 = arith.constant 33 : i32
  %s2 = arith.constant 333 : i32
  %q = call @rand4(%dq, %s0) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %k = call @rand4(%dk, %s1) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %v = call @rand4(%dv, %s2) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %qs = tensor.cast %q : tensor<?x?x?x?xf32> to tensor<1x2x5x8xf32>
  %ks = tensor.cast %k : tensor<?x?x?x?xf32> to tensor<1x2x7x8xf32>
  %vs = tensor.cast %v : tensor<?x?x?x?xf32> to tensor<1x2x7x4xf32>
  %qb = call @trunc_q(%qs) : (tensor<1x2x5x8xf32>) -> tensor<1x2x5x8xbf16>
  %kb = call @trunc_k(%ks) : (tensor<1x2x7x8xf32>) -> tensor<1x2x7x8xbf16>
  %vb = call @trunc_v(%vs) : (tensor<1x2x7x4xf32>) -> tensor<1x2x7x4xbf16>
  return %qb, %kb, %vb : tensor<1x2x5x8xbf16>, tensor<1x2x7x8xbf16>, tensor<1x2x7x4xbf16>
}

// 1 / sqrt(D), with D read from a dynamically shaped view of Q.
func.func @scale_of(%q: tensor<?x?x?x?xbf16>) -> f32 {
  %c3 = arith.constant 3 : index
  %d = tensor.dim %q, %c3 : tensor<?x?x?x?xbf16>
  %di = arith.index_cast %d : index to i32
  %df = arith.sitofp %di : i32 to f32
  %s = math.rsqrt %df : f32
  return %s : f32
}

func.func @main_fused() {
  %q, %k, %v = call @inputs() : () -> (tensor<1x2x5x8xbf16>, tensor<1x2x7x8xbf16>, tensor<1x2x7x4xbf16>)
  %qd = tensor.cast %q : tensor<1x2x5x8xbf16> to tensor<?x?x?x?xbf16>
  %scale = call @scale_of(%qd) : (tensor<?x?x?x?xbf16>) -> f32
  %e = tensor.empty() : tensor<1x2x5x4xf32>
  %o = attn.flash_attention ins(%q, %k, %v : tensor<1x2x5x8xbf16>, tensor<1x2x7x8xbf16>, tensor<1x2x7x4xbf16>)
         scale(%scale) outs(%e : tensor<1x2x5x4xf32>)
         {causal = #attn.causal<top_left>} -> tensor<1x2x5x4xf32>
  %u = tensor.cast %o : tensor<1x2x5x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main_ref() {
  %q, %k, %v = call @inputs() : () -> (tensor<1x2x5x8xbf16>, tensor<1x2x7x8xbf16>, tensor<1x2x7x4xbf16>)
  %q32 = call @ext_q(%q) : (tensor<1x2x5x8xbf16>) -> tensor<1x2x5x8xf32>
  %k32 = call @ext_k(%k) : (tensor<1x2x7x8xbf16>) -> tensor<1x2x7x8xf32>
  %v32 = call @ext_v(%v) : (tensor<1x2x7x4xbf16>) -> tensor<1x2x7x4xf32>
  // bias = 0 where j <= i, else -inf
  %be = tensor.empty() : tensor<1x2x5x7xf32>
  %bias = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      outs(%be : tensor<1x2x5x7xf32>) {
  ^bb0(%out: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %vis = arith.cmpi ule, %j, %i : index
    %zero = arith.constant 0.0 : f32
    %ninf = arith.constant 0xFF800000 : f32
    %r = arith.select %vis, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x2x5x7xf32>
  %scale = arith.constant 0.353553385 : f32
  %o = call @reference(%q32, %k32, %v32, %bias, %scale) : (tensor<1x2x5x8xf32>, tensor<1x2x7x8xf32>, tensor<1x2x7x4xf32>, tensor<1x2x5x7xf32>, f32) -> tensor<1x2x5x4xf32>
  %u = tensor.cast %o : tensor<1x2x5x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @trunc_q(%x: tensor<1x2x5x8xf32>) -> tensor<1x2x5x8xbf16> {
  %e = tensor.empty() : tensor<1x2x5x8xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x2x5x8xf32>) outs(%e : tensor<1x2x5x8xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<1x2x5x8xbf16>
  return %r : tensor<1x2x5x8xbf16>
}
func.func @trunc_k(%x: tensor<1x2x7x8xf32>) -> tensor<1x2x7x8xbf16> {
  %e = tensor.empty() : tensor<1x2x7x8xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x2x7x8xf32>) outs(%e : tensor<1x2x7x8xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<1x2x7x8xbf16>
  return %r : tensor<1x2x7x8xbf16>
}
func.func @trunc_v(%x: tensor<1x2x7x4xf32>) -> tensor<1x2x7x4xbf16> {
  %e = tensor.empty() : tensor<1x2x7x4xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x2x7x4xf32>) outs(%e : tensor<1x2x7x4xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %t = arith.truncf %in : f32 to bf16
    linalg.yield %t : bf16
  } -> tensor<1x2x7x4xbf16>
  return %r : tensor<1x2x7x4xbf16>
}
func.func @ext_q(%x: tensor<1x2x5x8xbf16>) -> tensor<1x2x5x8xf32> {
  %e = tensor.empty() : tensor<1x2x5x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x2x5x8xbf16>) outs(%e : tensor<1x2x5x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %t = arith.extf %in : bf16 to f32
    linalg.yield %t : f32
  } -> tensor<1x2x5x8xf32>
  return %r : tensor<1x2x5x8xf32>
}
func.func @ext_k(%x: tensor<1x2x7x8xbf16>) -> tensor<1x2x7x8xf32> {
  %e = tensor.empty() : tensor<1x2x7x8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x2x7x8xbf16>) outs(%e : tensor<1x2x7x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %t = arith.extf %in : bf16 to f32
    linalg.yield %t : f32
  } -> tensor<1x2x7x8xf32>
  return %r : tensor<1x2x7x8xf32>
}
func.func @ext_v(%x: tensor<1x2x7x4xbf16>) -> tensor<1x2x7x4xf32> {
  %e = tensor.empty() : tensor<1x2x7x4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<1x2x7x4xbf16>) outs(%e : tensor<1x2x7x4xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %t = arith.extf %in : bf16 to f32
    linalg.yield %t : f32
  } -> tensor<1x2x7x4xf32>
  return %r : tensor<1x2x7x4xf32>
}

// The unfused equivalent, written out: O = softmax(scale * Q K^T + bias) V for
// every (b, h), with K and V of head h floordiv 1; a row that sees no key
// (bias all -inf) gives zeros. Scores, max, exp, sum, P V, division.
func.func @reference(%q: tensor<1x2x5x8xf32>, %k: tensor<1x2x7x8xf32>, %v: tensor<1x2x7x4xf32>, %bias: tensor<1x2x5x7xf32>, %scale: f32) -> tensor<1x2x5x4xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %se = tensor.empty() : tensor<1x2x5x7xf32>
  %sz = linalg.fill ins(%zero : f32) outs(%se : tensor<1x2x5x7xf32>) -> tensor<1x2x5x7xf32>
  %s = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>,
                       affine_map<(b, h, i, j, d) -> (b, h floordiv 1, j, d)>,
                       affine_map<(b, h, i, j, d) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%q, %k : tensor<1x2x5x8xf32>, tensor<1x2x7x8xf32>) outs(%sz : tensor<1x2x5x7xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x2x5x7xf32>
  %t = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j) -> (b, h, i, j)>,
                       affine_map<(b, h, i, j) -> (b, h, i, j)>,
                       affine_map<(b, h, i, j) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s, %bias : tensor<1x2x5x7xf32>, tensor<1x2x5x7xf32>) outs(%se : tensor<1x2x5x7xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %xs = arith.mulf %x, %scale : f32
    %r = arith.addf %xs, %y : f32
    linalg.yield %r : f32
  } -> tensor<1x2x5x7xf32>
  %me = tensor.empty() : tensor<1x2x5xf32>
  %mi = linalg.fill ins(%ninf : f32) outs(%me : tensor<1x2x5xf32>) -> tensor<1x2x5xf32>
  %m = linalg.reduce ins(%t : tensor<1x2x5x7xf32>) outs(%mi : tensor<1x2x5xf32>) dimensions = [3]
    (%x: f32, %acc: f32) {
      %r = arith.maximumf %x, %acc : f32
      linalg.yield %r : f32
    }
  %e = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j) -> (b, h, i, j)>,
                       affine_map<(b, h, i, j) -> (b, h, i)>,
                       affine_map<(b, h, i, j) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%t, %m : tensor<1x2x5x7xf32>, tensor<1x2x5xf32>) outs(%se : tensor<1x2x5x7xf32>) {
  ^bb0(%x: f32, %mx: f32, %out: f32):
    %none = arith.cmpf oeq, %mx, %ninf : f32
    %d = arith.subf %x, %mx : f32
    %ex = math.exp %d : f32
    %r = arith.select %none, %zero, %ex : f32
    linalg.yield %r : f32
  } -> tensor<1x2x5x7xf32>
  %zi = linalg.fill ins(%zero : f32) outs(%me : tensor<1x2x5xf32>) -> tensor<1x2x5xf32>
  %l = linalg.reduce ins(%e : tensor<1x2x5x7xf32>) outs(%zi : tensor<1x2x5xf32>) dimensions = [3]
    (%x: f32, %acc: f32) {
      %r = arith.addf %x, %acc : f32
      linalg.yield %r : f32
    }
  %oe = tensor.empty() : tensor<1x2x5x4xf32>
  %oz = linalg.fill ins(%zero : f32) outs(%oe : tensor<1x2x5x4xf32>) -> tensor<1x2x5x4xf32>
  %acc = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, d, j) -> (b, h, i, j)>,
                       affine_map<(b, h, i, d, j) -> (b, h floordiv 1, j, d)>,
                       affine_map<(b, h, i, d, j) -> (b, h, i, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%e, %v : tensor<1x2x5x7xf32>, tensor<1x2x7x4xf32>) outs(%oz : tensor<1x2x5x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %r = arith.addf %c, %p : f32
    linalg.yield %r : f32
  } -> tensor<1x2x5x4xf32>
  %o = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, d) -> (b, h, i, d)>,
                       affine_map<(b, h, i, d) -> (b, h, i)>,
                       affine_map<(b, h, i, d) -> (b, h, i, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc, %l : tensor<1x2x5x4xf32>, tensor<1x2x5xf32>) outs(%oe : tensor<1x2x5x4xf32>) {
  ^bb0(%x: f32, %sum: f32, %out: f32):
    %pos = arith.cmpf ogt, %sum, %zero : f32
    %quot = arith.divf %x, %sum : f32
    %r = arith.select %pos, %quot, %zero : f32
    linalg.yield %r : f32
  } -> tensor<1x2x5x4xf32>
  return %o : tensor<1x2x5x4xf32>
}

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
