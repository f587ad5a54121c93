// Found by the differential generator (BSHD operands, dynamic batch): the
// result of attn.flash_attention is transposed ([B, H, S, D] -> [B, S, H, D])
// into a destination created after the op. convert-attn-to-runtime used to
// fail with "operand #0 does not dominate this use"; it must lower to one
// runtime call.
//
// RUN: attn-opt --attn-lower-to-llvm %s | FileCheck %s
// CHECK: llvm.call @attnrt_mlir_flash_attention
// CHECK-NOT: attn.flash_attention
func.func @attn(%q: tensor<?x2x4x8xf32>, %k: tensor<?x2x4x8xf32>, %v: tensor<?x2x4x8xf32>) -> tensor<?x4x2x8xf32> {
  %c0 = arith.constant 0 : index
  %b = tensor.dim %q, %c0 : tensor<?x2x4x8xf32>
  %o = tensor.empty(%b) : tensor<?x2x4x8xf32>
  %r = attn.flash_attention ins(%q, %k, %v : tensor<?x2x4x8xf32>, tensor<?x2x4x8xf32>, tensor<?x2x4x8xf32>) outs(%o : tensor<?x2x4x8xf32>) {scale = 0.125 : f32} -> tensor<?x2x4x8xf32>
  %e = tensor.empty(%b) : tensor<?x4x2x8xf32>
  %t = linalg.transpose ins(%r : tensor<?x2x4x8xf32>) outs(%e : tensor<?x4x2x8xf32>) permutation = [0, 2, 1, 3]
  return %t : tensor<?x4x2x8xf32>
}
