// The dynamic attention of zero-size-keys-dynamic.mlir with head dim D = 0
// at run time: every q.k is an empty sum, so the logits are all 0 and each
// output row is the mean of V's rows. Fused and unfused must print the
// same numbers.
//
// RUN: attn-opt %s --attn-lower-to-llvm \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.unfused
// RUN: attn-opt %s --attn-fuse --attn-lower-to-llvm \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%attn_lib_dir/libattnrt.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libmlir_c_runner_utils.so \
// RUN:   > %t.fused
// RUN: %attncheck compare %t.fused %t.unfused --dtype f32 --min-count 160
// RUN: FileCheck %s --input-file=%t.fused
// RUN: attn-opt %s --attn-fuse | FileCheck %s --check-prefix=FUSED
// FUSED-LABEL: func.func @attn(
// FUSED: attn.flash_attention
// FUSED-NOT: linalg.batch_matmul
// FUSED: return

// CHECK: sizes = [2, 5, 16]

#id3 = affine_map<(b, i, j) -> (b, i, j)>
#row3 = affine_map<(b, i, j) -> (b, i)>

func.func @main() {
  %B = arith.constant 2 : index
  %Sq = arith.constant 5 : index
  %Sk = arith.constant 7 : index
  %D = arith.constant 0 : index
  %Dv = arith.constant 16 : index
  call @run(%B, %Sq, %Sk, %D, %Dv) : (index, index, index, index, index) -> ()
  return
}

// Deterministic inputs in [-1, 1): ((3b + 7i + 13j) mod 17) / 8.5 - 1.
func.func @fill(%t: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
  %r = linalg.generic {indexing_maps = [#id3], iterator_types = ["parallel", "parallel", "parallel"]}
      outs(%t : tensor<?x?x?xf32>) {
  ^bb0(%out: f32):
    %i0 = linalg.index 0 : index
    %i1 = linalg.index 1 : index
    %i2 = linalg.index 2 : index
    %c3 = arith.constant 3 : index
    %c7 = arith.constant 7 : index
    %c13 = arith.constant 13 : index
    %c17 = arith.constant 17 : index
    %a = arith.muli %i0, %c3 : index
    %b = arith.muli %i1, %c7 : index
    %c = arith.muli %i2, %c13 : index
    %s0 = arith.addi %a, %b : index
    %s1 = arith.addi %s0, %c : index
    %m = arith.remui %s1, %c17 : index
    %mi = arith.index_cast %m : index to i32
    %f = arith.sitofp %mi : i32 to f32
    %d = arith.constant 8.5 : f32
    %one = arith.constant 1.0 : f32
    %x = arith.divf %f, %d : f32
    %y = arith.subf %x, %one : f32
    linalg.yield %y : f32
  } -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}

func.func @make(%b: index, %s: index, %d: index) -> tensor<?x?x?xf32> {
  %e = tensor.empty(%b, %s, %d) : tensor<?x?x?xf32>
  %r = call @fill(%e) : (tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  return %r : tensor<?x?x?xf32>
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @run(%B: index, %Sq: index, %Sk: index, %D: index, %Dv: index) {
  %q = call @make(%B, %Sq, %D) : (index, index, index) -> tensor<?x?x?xf32>
  %k = call @make(%B, %Sk, %D) : (index, index, index) -> tensor<?x?x?xf32>
  %v = call @make(%B, %Sk, %Dv) : (index, index, index) -> tensor<?x?x?xf32>
  %o = call @attn(%q, %k, %v) : (tensor<?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %u = tensor.cast %o : tensor<?x?x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @attn(%q: tensor<?x?x?xf32>, %k: tensor<?x?x?xf32>, %v: tensor<?x?x?xf32>) -> tensor<?x?x?xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.25 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %B = tensor.dim %q, %c0 : tensor<?x?x?xf32>
  %Sq = tensor.dim %q, %c1 : tensor<?x?x?xf32>
  %D = tensor.dim %q, %c2 : tensor<?x?x?xf32>
  %Sk = tensor.dim %k, %c1 : tensor<?x?x?xf32>
  %Dv = tensor.dim %v, %c2 : tensor<?x?x?xf32>
  %QL = tensor.dim %q, %c1 : tensor<?x?x?xf32>
  %KL = tensor.dim %k, %c1 : tensor<?x?x?xf32>
  %e0 = tensor.empty(%B, %Sq, %Sk) : tensor<?x?x?xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %kt0 = tensor.empty(%B, %D, %Sk) : tensor<?x?x?xf32>
  %kt = linalg.transpose ins(%k : tensor<?x?x?xf32>) outs(%kt0 : tensor<?x?x?xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%f0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<?x?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) {
  ^bb0(%x: f32, %o: f32):
    %y = arith.mulf %x, %c : f32
    linalg.yield %y : f32
  } -> tensor<?x?x?xf32>
  %em = tensor.empty(%B, %Sq) : tensor<?x?xf32>
  %fm = linalg.fill ins(%ninf : f32) outs(%em : tensor<?x?xf32>) -> tensor<?x?xf32>
  %mx = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ss : tensor<?x?x?xf32>) outs(%fm : tensor<?x?xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<?x?xf32>
  %ex = linalg.generic {indexing_maps = [#id3, #row3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<?x?x?xf32>, tensor<?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) {
  ^bb0(%a: f32, %m: f32, %o: f32):
    %d = arith.subf %a, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<?x?x?xf32>
  %fs = linalg.fill ins(%z : f32) outs(%em : tensor<?x?xf32>) -> tensor<?x?xf32>
  %sm = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ex : tensor<?x?x?xf32>) outs(%fs : tensor<?x?xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<?x?xf32>
  %p = linalg.generic {indexing_maps = [#id3, #row3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<?x?x?xf32>, tensor<?x?xf32>) outs(%e0 : tensor<?x?x?xf32>) {
  ^bb0(%a: f32, %l: f32, %o: f32):
    %r = arith.divf %a, %l : f32
    linalg.yield %r : f32
  } -> tensor<?x?x?xf32>
  %eo = tensor.empty(%B, %Sq, %Dv) : tensor<?x?x?xf32>
  %fo = linalg.fill ins(%z : f32) outs(%eo : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<?x?x?xf32>, tensor<?x?x?xf32>) outs(%fo : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  return %o : tensor<?x?x?xf32>
}
