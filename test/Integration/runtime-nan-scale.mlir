// A scale computed at run time (the soundness reproducer
// abort_runtime_nan_scale.mlir: log(-(x*x + 1)), NaN for every x). The
// unfused program's logits, softmax and output are then NaN on every row;
// the fused program must compute the same instead of aborting (the C API
// rejects a NaN scale, the MLIR entry points follow the program).
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
// RUN: FileCheck %s --input-file=%t.fused
// RUN: attn-opt %s --attn-fuse | FileCheck %s --check-prefix=FUSED

// FUSED-LABEL: func.func @attn(
// FUSED: attn.flash_attention
// FUSED-NOT: linalg.batch_matmul
// FUSED: return

// 512 numbers, every one NaN.
// CHECK: sizes = [2, 16, 16] strides = [256, 16, 1] data =
// CHECK-COUNT-512: nan
// CHECK-NOT: {{[0-9]}}

#id3 = affine_map<(b, i, j) -> (b, i, j)>
#row3 = affine_map<(b, i, j) -> (b, i)>
#m2 = affine_map<(b, i, j) -> (i, j)>

// Deterministic inputs in [-1, 1): ((3b + 7i + 13j + seed) mod 17) / 8.5 - 1.
func.func @make(%seed: index) -> tensor<2x16x16xf32> {
  %t = tensor.empty() : tensor<2x16x16xf32>
  %r = linalg.generic {indexing_maps = [#id3], iterator_types = ["parallel", "parallel", "parallel"]}
      outs(%t : tensor<2x16x16xf32>) {
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
    %s2 = arith.addi %s1, %seed : index
    %m = arith.remui %s2, %c17 : index
    %mi = arith.index_cast %m : index to i32
    %f = arith.sitofp %mi : i32 to f32
    %d = arith.constant 8.5 : f32
    %one = arith.constant 1.0 : f32
    %x = arith.divf %f, %d : f32
    %y = arith.subf %x, %one : f32
    linalg.yield %y : f32
  } -> tensor<2x16x16xf32>
  return %r : tensor<2x16x16xf32>
}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %s0 = arith.constant 0 : index
  %s1 = arith.constant 5 : index
  %s2 = arith.constant 11 : index
  %q = call @make(%s0) : (index) -> tensor<2x16x16xf32>
  %k = call @make(%s1) : (index) -> tensor<2x16x16xf32>
  %v = call @make(%s2) : (index) -> tensor<2x16x16xf32>
  %sc = arith.constant dense<0.5> : tensor<1xf32>
  %o = call @attn(%q, %k, %v, %sc) : (tensor<2x16x16xf32>, tensor<2x16x16xf32>, tensor<2x16x16xf32>, tensor<1xf32>) -> tensor<2x16x16xf32>
  %u = tensor.cast %o : tensor<2x16x16xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @attn(%q: tensor<2x16x16xf32>, %k: tensor<2x16x16xf32>, %v: tensor<2x16x16xf32>, %sc: tensor<1xf32>) -> tensor<2x16x16xf32> {
  %z = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.25000000 : f32
  %sce = tensor.empty() : tensor<1xf32>
  %scn = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]} ins(%sc : tensor<1xf32>) outs(%sce : tensor<1xf32>) {
  ^bb0(%a: f32, %oo: f32):
    %sq = arith.mulf %a, %a : f32
    %one = arith.constant 1.0 : f32
    %t = arith.addf %sq, %one : f32
    %n = arith.negf %t : f32
    %l = math.log %n : f32
    linalg.yield %l : f32
  } -> tensor<1xf32>
  %e0 = tensor.empty() : tensor<2x16x16xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
  %kt0 = tensor.empty() : tensor<2x16x16xf32>
  %kt = linalg.transpose ins(%k : tensor<2x16x16xf32>) outs(%kt0 : tensor<2x16x16xf32>) permutation = [0, 2, 1]
  %s = linalg.batch_matmul ins(%q, %kt : tensor<2x16x16xf32>, tensor<2x16x16xf32>) outs(%f0 : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
  %e1 = tensor.empty() : tensor<2x16x16xf32>
  %ss = linalg.generic {indexing_maps = [#id3, affine_map<(b, i, j) -> (0)>, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s, %scn : tensor<2x16x16xf32>, tensor<1xf32>) outs(%e1 : tensor<2x16x16xf32>) {
  ^bb0(%x: f32, %sc_e: f32, %o: f32):
    %y = arith.mulf %x, %sc_e : f32
    linalg.yield %y : f32
  } -> tensor<2x16x16xf32>
  %mx_e = tensor.empty() : tensor<2x16xf32>
  %mx_f = linalg.fill ins(%ninf : f32) outs(%mx_e : tensor<2x16xf32>) -> tensor<2x16xf32>
  %mx = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ss : tensor<2x16x16xf32>) outs(%mx_f : tensor<2x16xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id3, #row3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %mx : tensor<2x16x16xf32>, tensor<2x16xf32>) outs(%e1 : tensor<2x16x16xf32>) {
  ^bb0(%x: f32, %m: f32, %o: f32):
    %d = arith.subf %x, %m : f32
    %ee = math.exp %d : f32
    linalg.yield %ee : f32
  } -> tensor<2x16x16xf32>
  %sm_e = tensor.empty() : tensor<2x16xf32>
  %sm_f = linalg.fill ins(%z : f32) outs(%sm_e : tensor<2x16xf32>) -> tensor<2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id3, #row3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%ex : tensor<2x16x16xf32>) outs(%sm_f : tensor<2x16xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<2x16xf32>
  %ep = tensor.empty() : tensor<2x16x16xf32>
  %p = linalg.generic {indexing_maps = [#id3, #row3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ex, %sm : tensor<2x16x16xf32>, tensor<2x16xf32>) outs(%ep : tensor<2x16x16xf32>) {
  ^bb0(%x: f32, %l: f32, %o: f32):
    %pp = arith.divf %x, %l : f32
    linalg.yield %pp : f32
  } -> tensor<2x16x16xf32>
  %eo = tensor.empty() : tensor<2x16x16xf32>
  %fo = linalg.fill ins(%z : f32) outs(%eo : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x16x16xf32>, tensor<2x16x16xf32>) outs(%fo : tensor<2x16x16xf32>) -> tensor<2x16x16xf32>
  return %o : tensor<2x16x16xf32>
}
