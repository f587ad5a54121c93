// attn.flash_attention lowered to libattnrt against the hand-written unfused
// equivalent: f16 Q/K/V/O, a boolean mask [B, 1, Sq, Sk] (true = keep, about
// 3 keys in 4 kept) broadcast over heads, top-left causal (key j visible to
// query i iff j <= i), Sq = Sk = 8. Query row 0 of batch 1 sees no key (its
// only causal key is masked): the runtime gives zeros there, and so does the
// reference. The reference computes in f32 from the same f16-rounded inputs
// and rounds its output to f16, so the two differ by f16 roundoff: 1e-2.
//
// RUN: attn-opt %s --attn-lower-to-llvm > %t.ll.mlir
// RUN: mlir-runner %t.ll.mlir -e main_fused -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so > %t.fused
// RUN: mlir-runner %t.ll.mlir -e main_ref -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so > %t.ref
// RUN: FileCheck %s --input-file=%t.fused
// RUN: %attncheck compare %t.fused %t.ref --dtype f16 --min-count 512
// RUN: FileCheck %s --check-prefix=LLVM --input-file=%t.ll.mlir

// CHECK: rank = 4 offset = 0 sizes = [2, 4, 8, 8]
// LLVM: llvm.call @_mlir_ciface_attnrt_mlir_flash_attention_f16_f16_mask_i1(
// A fully masked row prints as zeros (batch 1, head 0, query 0).
// CHECK: {{^}}[{{\[\[\[}}-0.81
// CHECK: {{^}} {{\[\[\[}}0,     0,     0,     0,     0,     0,     0,     0],

func.func @inputs() -> (tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>, tensor<2x1x8x8xi1>) {
  %e = tensor.empty() : tensor<2x4x8x8xf32>
  %d = tensor.cast %e : tensor<2x4x8x8xf32> to tensor<?x?x?x?xf32>
  %em = tensor.empty() : tensor<2x1x8x8xf32>
  %dm = tensor.cast %em : tensor<2x1x8x8xf32> to tensor<?x?x?x?xf32>
  %s0 = arith.constant 5 : i32
  %s1 = arith.constant 55 : i32
  %s2 = arith.constant 555 : i32
  %s3 = arith.constant 5555 : i32
  %q = call @rand4(%d, %s0) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %k = call @rand4(%d, %s1) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %v = call @rand4(%d, %s2) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %r = call @rand4(%dm, %s3) : (tensor<?x?x?x?xf32>, i32) -> tensor<?x?x?x?xf32>
  %qs = tensor.cast %q : tensor<?x?x?x?xf32> to tensor<2x4x8x8xf32>
  %ks = tensor.cast %k : tensor<?x?x?x?xf32> to tensor<2x4x8x8xf32>
  %vs = tensor.cast %v : tensor<?x?x?x?xf32> to tensor<2x4x8x8xf32>
  %rs = tensor.cast %r : tensor<?x?x?x?xf32> to tensor<2x1x8x8xf32>
  %h = tensor.empty() : tensor<2x4x8x8xf16>
  %q16 = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%qs : tensor<2x4x8x8xf32>) outs(%h : tensor<2x4x8x8xf16>) {
  ^bb0(%x: f32, %o: f16):
    %t = arith.truncf %x : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x4x8x8xf16>
  %k16 = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%ks : tensor<2x4x8x8xf32>) outs(%h : tensor<2x4x8x8xf16>) {
  ^bb0(%x: f32, %o: f16):
    %t = arith.truncf %x : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x4x8x8xf16>
  %v16 = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%vs : tensor<2x4x8x8xf32>) outs(%h : tensor<2x4x8x8xf16>) {
  ^bb0(%x: f32, %o: f16):
    %t = arith.truncf %x : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x4x8x8xf16>
  // keep = r > -0.5 (about 3 in 4), except key 0 of batch 1, row 0.
  %mb = tensor.empty() : tensor<2x1x8x8xi1>
  %mask = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%rs : tensor<2x1x8x8xf32>) outs(%mb : tensor<2x1x8x8xi1>) {
  ^bb0(%x: f32, %o: i1):
    %a = linalg.index 0 : index
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %half = arith.constant -0.5 : f32
    %keep = arith.cmpf ogt, %x, %half : f32
    %b1 = arith.cmpi eq, %a, %c1 : index
    %i0 = arith.cmpi eq, %i, %c0 : index
    %j0 = arith.cmpi eq, %j, %c0 : index
    %t0 = arith.andi %b1, %i0 : i1
    %drop = arith.andi %t0, %j0 : i1
    %true = arith.constant true
    %nd = arith.xori %drop, %true : i1
    %kept = arith.andi %keep, %nd : i1
    linalg.yield %kept : i1
  } -> tensor<2x1x8x8xi1>
  return %q16, %k16, %v16, %mask : tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>, tensor<2x1x8x8xi1>
}

func.func @print_f16(%o: tensor<2x4x8x8xf16>) {
  %e = tensor.empty() : tensor<2x4x8x8xf32>
  %w = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%o : tensor<2x4x8x8xf16>) outs(%e : tensor<2x4x8x8xf32>) {
  ^bb0(%x: f16, %y: f32):
    %t = arith.extf %x : f16 to f32
    linalg.yield %t : f32
  } -> tensor<2x4x8x8xf32>
  %u = tensor.cast %w : tensor<2x4x8x8xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main_fused() {
  %q, %k, %v, %m = call @inputs() : () -> (tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>, tensor<2x1x8x8xi1>)
  %e = tensor.empty() : tensor<2x4x8x8xf16>
  %o = attn.flash_attention ins(%q, %k, %v : tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>)
         mask(%m : tensor<2x1x8x8xi1>) outs(%e : tensor<2x4x8x8xf16>)
         {scale = 0.353553385 : f32, causal = #attn.causal<top_left>} -> tensor<2x4x8x8xf16>
  call @print_f16(%o) : (tensor<2x4x8x8xf16>) -> ()
  return
}

func.func @main_ref() {
  %q, %k, %v, %m = call @inputs() : () -> (tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>, tensor<2x4x8x8xf16>, tensor<2x1x8x8xi1>)
  %e = tensor.empty() : tensor<2x4x8x8xf32>
  %q32 = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%q : tensor<2x4x8x8xf16>) outs(%e : tensor<2x4x8x8xf32>) {
  ^bb0(%x: f16, %y: f32):
    %t = arith.extf %x : f16 to f32
    linalg.yield %t : f32
  } -> tensor<2x4x8x8xf32>
  %k32 = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%k : tensor<2x4x8x8xf16>) outs(%e : tensor<2x4x8x8xf32>) {
  ^bb0(%x: f16, %y: f32):
    %t = arith.extf %x : f16 to f32
    linalg.yield %t : f32
  } -> tensor<2x4x8x8xf32>
  %v32 = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%v : tensor<2x4x8x8xf16>) outs(%e : tensor<2x4x8x8xf32>) {
  ^bb0(%x: f16, %y: f32):
    %t = arith.extf %x : f16 to f32
    linalg.yield %t : f32
  } -> tensor<2x4x8x8xf32>
  // bias = 0 where mask and j <= i, else -inf
  %be = tensor.empty() : tensor<2x4x8x8xf32>
  %bias = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j) -> (b, 0, i, j)>, affine_map<(b, h, i, j) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%m : tensor<2x1x8x8xi1>) outs(%be : tensor<2x4x8x8xf32>) {
  ^bb0(%keep: i1, %out: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %causal = arith.cmpi ule, %j, %i : index
    %vis = arith.andi %keep, %causal : i1
    %zero = arith.constant 0.0 : f32
    %ninf = arith.constant 0xFF800000 : f32
    %r = arith.select %vis, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<2x4x8x8xf32>
  %scale = arith.constant 0.353553385 : f32
  %o = call @reference(%q32, %k32, %v32, %bias, %scale) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>, f32) -> tensor<2x4x8x8xf32>
  %h = tensor.empty() : tensor<2x4x8x8xf16>
  %o16 = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%o : tensor<2x4x8x8xf32>) outs(%h : tensor<2x4x8x8xf16>) {
  ^bb0(%x: f32, %y: f16):
    %t = arith.truncf %x : f32 to f16
    linalg.yield %t : f16
  } -> tensor<2x4x8x8xf16>
  call @print_f16(%o16) : (tensor<2x4x8x8xf16>) -> ()
  return
}

func.func private @printMemrefF32(tensor<*xf32>)

// The unfused equivalent, written out: O = softmax(scale * Q K^T + bias) V for
// every (b, h), with K and V of head h floordiv 1; a row that sees no key
// (bias all -inf) gives zeros. Scores, max, exp, sum, P V, division.
func.func @reference(%q: tensor<2x4x8x8xf32>, %k: tensor<2x4x8x8xf32>, %v: tensor<2x4x8x8xf32>, %bias: tensor<2x4x8x8xf32>, %scale: f32) -> tensor<2x4x8x8xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %se = tensor.empty() : tensor<2x4x8x8xf32>
  %sz = linalg.fill ins(%zero : f32) outs(%se : tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
  %s = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j, d) -> (b, h, i, d)>,
                       affine_map<(b, h, i, j, d) -> (b, h floordiv 1, j, d)>,
                       affine_map<(b, h, i, j, d) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%q, %k : tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%sz : tensor<2x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %p : f32
    linalg.yield %r : f32
  } -> tensor<2x4x8x8xf32>
  %t = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j) -> (b, h, i, j)>,
                       affine_map<(b, h, i, j) -> (b, h, i, j)>,
                       affine_map<(b, h, i, j) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s, %bias : tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%se : tensor<2x4x8x8xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %xs = arith.mulf %x, %scale : f32
    %r = arith.addf %xs, %y : f32
    linalg.yield %r : f32
  } -> tensor<2x4x8x8xf32>
  %me = tensor.empty() : tensor<2x4x8xf32>
  %mi = linalg.fill ins(%ninf : f32) outs(%me : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %m = linalg.reduce ins(%t : tensor<2x4x8x8xf32>) outs(%mi : tensor<2x4x8xf32>) dimensions = [3]
    (%x: f32, %acc: f32) {
      %r = arith.maximumf %x, %acc : f32
      linalg.yield %r : f32
    }
  %e = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, j) -> (b, h, i, j)>,
                       affine_map<(b, h, i, j) -> (b, h, i)>,
                       affine_map<(b, h, i, j) -> (b, h, i, j)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%t, %m : tensor<2x4x8x8xf32>, tensor<2x4x8xf32>) outs(%se : tensor<2x4x8x8xf32>) {
  ^bb0(%x: f32, %mx: f32, %out: f32):
    %none = arith.cmpf oeq, %mx, %ninf : f32
    %d = arith.subf %x, %mx : f32
    %ex = math.exp %d : f32
    %r = arith.select %none, %zero, %ex : f32
    linalg.yield %r : f32
  } -> tensor<2x4x8x8xf32>
  %zi = linalg.fill ins(%zero : f32) outs(%me : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
  %l = linalg.reduce ins(%e : tensor<2x4x8x8xf32>) outs(%zi : tensor<2x4x8xf32>) dimensions = [3]
    (%x: f32, %acc: f32) {
      %r = arith.addf %x, %acc : f32
      linalg.yield %r : f32
    }
  %oe = tensor.empty() : tensor<2x4x8x8xf32>
  %oz = linalg.fill ins(%zero : f32) outs(%oe : tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
  %acc = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, d, j) -> (b, h, i, j)>,
                       affine_map<(b, h, i, d, j) -> (b, h floordiv 1, j, d)>,
                       affine_map<(b, h, i, d, j) -> (b, h, i, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%e, %v : tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%oz : tensor<2x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %r = arith.addf %c, %p : f32
    linalg.yield %r : f32
  } -> tensor<2x4x8x8xf32>
  %o = linalg.generic {
      indexing_maps = [affine_map<(b, h, i, d) -> (b, h, i, d)>,
                       affine_map<(b, h, i, d) -> (b, h, i)>,
                       affine_map<(b, h, i, d) -> (b, h, i, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%acc, %l : tensor<2x4x8x8xf32>, tensor<2x4x8xf32>) outs(%oe : tensor<2x4x8x8xf32>) {
  ^bb0(%x: f32, %sum: f32, %out: f32):
    %pos = arith.cmpf ogt, %sum, %zero : f32
    %quot = arith.divf %x, %sum : f32
    %r = arith.select %pos, %quot, %zero : f32
    linalg.yield %r : f32
  } -> tensor<2x4x8x8xf32>
  return %o : tensor<2x4x8x8xf32>
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
