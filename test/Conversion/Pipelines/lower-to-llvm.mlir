// attn-lower-to-llvm takes TOSA, linalg (linalg.softmax included), tensor,
// arith, math, func and attn on tensors all the way to the LLVM dialect, and
// frees what it allocates.
//
// RUN: attn-opt %s --attn-lower-to-llvm -split-input-file | FileCheck %s
// RUN: attn-opt %s --attn-lower-to-llvm -split-input-file --mlir-print-op-generic \
// RUN:   | FileCheck %s --check-prefix=GENERIC
// Each split is a module that translates to LLVM IR (all LLVM dialect).
// RUN: attn-opt %s --attn-lower-to-llvm -split-input-file -o %t.mlir
// RUN: mlir-translate --mlir-to-llvmir -split-input-file %t.mlir -o /dev/null

// Only llvm.* (and builtin.module) ops remain.
// GENERIC-NOT: "{{(linalg|tensor|attn|tosa|memref|bufferization|scf|cf|arith|math|affine|func|index|ub|vector)\.}}
// GENERIC: "llvm.func"
// GENERIC-NOT: "{{(linalg|tensor|attn|tosa|memref|bufferization|scf|cf|arith|math|affine|func|index|ub|vector)\.}}

// The TOSA chain of the unfused attention (heads folded into the batch).
// CHECK-LABEL: llvm.func @tosa_attention(
// CHECK-NOT: {{(linalg|tensor|attn|tosa|memref|bufferization|scf|cf|arith|math|affine|func)\.}}
// CHECK: llvm.intr.exp
// CHECK: llvm.call @free
// CHECK: llvm.return
func.func @tosa_attention(%q: tensor<4x16x32xf32>, %k: tensor<4x16x32xf32>, %v: tensor<4x16x32xf32>) -> tensor<4x16x32xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %kt = tosa.transpose %k {perms = array<i32: 0, 2, 1>} : (tensor<4x16x32xf32>) -> tensor<4x32x16xf32>
  %s = tosa.matmul %q, %kt, %zp, %zp : (tensor<4x16x32xf32>, tensor<4x32x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x16x16xf32>
  %c = "tosa.const"() <{values = dense<0.176776692> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %ss = tosa.mul %s, %c, %shift : (tensor<4x16x16xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<4x16x16xf32>
  %mx = tosa.reduce_max %ss {axis = 2 : i32} : (tensor<4x16x16xf32>) -> tensor<4x16x1xf32>
  %d = tosa.sub %ss, %mx : (tensor<4x16x16xf32>, tensor<4x16x1xf32>) -> tensor<4x16x16xf32>
  %e = tosa.exp %d : (tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %sum = tosa.reduce_sum %e {axis = 2 : i32} : (tensor<4x16x16xf32>) -> tensor<4x16x1xf32>
  %r = tosa.reciprocal %sum : (tensor<4x16x1xf32>) -> tensor<4x16x1xf32>
  %p = tosa.mul %e, %r, %shift : (tensor<4x16x16xf32>, tensor<4x16x1xf32>, tensor<1xi8>) -> tensor<4x16x16xf32>
  %o = tosa.matmul %p, %v, %zp, %zp : (tensor<4x16x16xf32>, tensor<4x16x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x16x32xf32>
  return %o : tensor<4x16x32xf32>
}

// -----

// linalg with linalg.softmax (decomposed first), f16 with extf/truncf.
// CHECK-LABEL: llvm.func @linalg_softmax_f16(
// CHECK-NOT: {{(linalg|tensor|attn|tosa|memref|bufferization|scf|cf|arith|math|affine|func)\.}}
// CHECK: llvm.fpext
// CHECK: llvm.intr.exp
// CHECK: llvm.fptrunc
// CHECK: llvm.return
func.func @linalg_softmax_f16(%q: tensor<4x16x32xf16>, %k: tensor<4x16x32xf16>) -> tensor<4x16x16xf16> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16x16xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %s = linalg.batch_matmul
      indexing_maps = [affine_map<(b, m, n, k) -> (b, m, k)>,
                       affine_map<(b, m, n, k) -> (b, n, k)>,
                       affine_map<(b, m, n, k) -> (b, m, n)>]
      ins(%q, %k : tensor<4x16x32xf16>, tensor<4x16x32xf16>) outs(%z : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %p = linalg.softmax dimension(2) ins(%s : tensor<4x16x16xf32>) outs(%e : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  %h = tensor.empty() : tensor<4x16x16xf16>
  %t = linalg.generic {indexing_maps = [affine_map<(a, b, c) -> (a, b, c)>, affine_map<(a, b, c) -> (a, b, c)>],
                       iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%p : tensor<4x16x16xf32>) outs(%h : tensor<4x16x16xf16>) {
  ^bb0(%x: f32, %y: f16):
    %c = arith.truncf %x : f32 to f16
    linalg.yield %c : f16
  } -> tensor<4x16x16xf16>
  return %t : tensor<4x16x16xf16>
}

// -----

// attn.flash_attention becomes a call of the C interface of the runtime,
// with the status check lowered to a branch to abort.
// CHECK: llvm.func @_mlir_ciface_attnrt_mlir_flash_attention_bf16_bf16_mask_i1(!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, f32, i32, f32, i32, i32) -> i32
// CHECK-LABEL: llvm.func @fused_bf16(
// CHECK-NOT: {{(linalg|tensor|attn|tosa|memref|bufferization|scf|cf|arith|math|affine|func)\.}}
// CHECK: %[[ST:.*]] = llvm.call @attnrt_mlir_flash_attention_bf16_bf16_mask_i1(
// CHECK: %[[OK:.*]] = llvm.icmp "eq" %[[ST]]
// CHECK: llvm.cond_br %[[OK]]
// CHECK: llvm.call @abort
func.func @fused_bf16(%q: tensor<1x8x16x64xbf16>, %k: tensor<1x2x16x64xbf16>,
                      %v: tensor<1x2x16x64xbf16>, %m: tensor<1x1x16x16xi1>) -> tensor<1x8x16x64xbf16> {
  %e = tensor.empty() : tensor<1x8x16x64xbf16>
  %o = attn.flash_attention ins(%q, %k, %v : tensor<1x8x16x64xbf16>,
         tensor<1x2x16x64xbf16>, tensor<1x2x16x64xbf16>)
         mask(%m : tensor<1x1x16x16xi1>)
         outs(%e : tensor<1x8x16x64xbf16>)
         {scale = 0.125 : f32, causal = #attn.causal<top_left>} -> tensor<1x8x16x64xbf16>
  return %o : tensor<1x8x16x64xbf16>
}

// -----

// arith and math on whole tensors (as frontends emit casts and scalings)
// become linalg.generic before bufferization, then loops.
// CHECK-LABEL: llvm.func @elementwise_on_tensors(
// CHECK: llvm.fptrunc
func.func @elementwise_on_tensors(%x: tensor<4x?xf32>, %y: tensor<4x?xf32>) -> tensor<4x?xf16> {
  %s = arith.mulf %x, %y : tensor<4x?xf32>
  %e = math.exp %s : tensor<4x?xf32>
  %t = arith.truncf %e : tensor<4x?xf32> to tensor<4x?xf16>
  return %t : tensor<4x?xf16>
}

// -----

// The fused op's result transposed back (BHSD -> BSHD) with dynamic sizes,
// where the transpose's destination is created after the op: the output
// buffer takes its sizes from the op's own destination, which dominates it.
// CHECK-LABEL: llvm.func @output_transpose_init_after_op(
// CHECK: llvm.call @attnrt_mlir_flash_attention_f16_f16(
func.func @output_transpose_init_after_op(%q: tensor<?x2x?x8xf16>, %k: tensor<?x2x?x8xf16>,
                                          %v: tensor<?x2x?x16xf16>, %b: index, %s: index)
    -> tensor<?x?x2x16xf16> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %b0 = tensor.dim %q, %c0 : tensor<?x2x?x8xf16>
  %s0 = tensor.dim %q, %c2 : tensor<?x2x?x8xf16>
  %init = tensor.empty(%b0, %s0) : tensor<?x2x?x16xf16>
  %o = attn.flash_attention ins(%q, %k, %v : tensor<?x2x?x8xf16>, tensor<?x2x?x8xf16>,
         tensor<?x2x?x16xf16>) outs(%init : tensor<?x2x?x16xf16>) {scale = 0.35 : f32}
         -> tensor<?x2x?x16xf16>
  %t0 = tensor.empty(%b, %s) : tensor<?x?x2x16xf16>
  %t = linalg.transpose ins(%o : tensor<?x2x?x16xf16>) outs(%t0 : tensor<?x?x2x16xf16>)
         permutation = [0, 2, 1, 3]
  return %t : tensor<?x?x2x16xf16>
}
