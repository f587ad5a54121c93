// RUN: attn-opt %s --convert-attn-to-runtime \
// RUN:   --one-shot-bufferize=bufferize-function-boundaries -split-input-file \
// RUN: | FileCheck %s

// The multi-head layout real exports produce: [B, S, H*D] split into heads
// (expand_shape) and transposed to [B, H, S, D]. After bufferization the
// runtime reads the function's buffers through expand_shape + transpose
// views: no copy, no allocation besides the output; the output transpose
// back to [B, S, H, D] and the head merge are views too.
// CHECK-LABEL: func.func @multihead_views(
// CHECK-SAME: %[[Q:[a-z0-9]+]]: memref<1x16x128xf32, strided<[?, ?, ?], offset: ?>>, %[[K:[a-z0-9]+]]: memref<1x16x128xf32, strided<[?, ?, ?], offset: ?>>, %[[V:[a-z0-9]+]]: memref<1x16x128xf32, strided<[?, ?, ?], offset: ?>>
// CHECK-NOT: memref.copy
// CHECK-NOT: linalg.
// CHECK-DAG: %[[QE:.*]] = memref.expand_shape %[[Q]] {{\[\[}}0], [1], [2, 3]] output_shape [1, 16, 4, 32]
// CHECK-DAG: %[[KE:.*]] = memref.expand_shape %[[K]] {{\[\[}}0], [1], [2, 3]] output_shape [1, 16, 4, 32]
// CHECK-DAG: %[[VE:.*]] = memref.expand_shape %[[V]] {{\[\[}}0], [1], [2, 3]] output_shape [1, 16, 4, 32]
// CHECK: %[[QT:.*]] = memref.transpose %[[QE]] (d0, d1, d2, d3) -> (d0, d2, d1, d3)
// CHECK: %[[QC:.*]] = memref.cast %[[QT]] : {{.*}} to memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: memref.transpose %[[KE]] (d0, d1, d2, d3) -> (d0, d2, d1, d3)
// CHECK: memref.transpose %[[VE]] (d0, d1, d2, d3) -> (d0, d2, d1, d3)
// CHECK: %[[O:.*]] = memref.alloc() {alignment = 64 : i64} : memref<1x16x4x32xf32>
// CHECK: %[[OT:.*]] = memref.transpose %[[O]] (d0, d1, d2, d3) -> (d0, d2, d1, d3)
// CHECK: %[[OC:.*]] = memref.cast %[[OT]]
// CHECK: call @attnrt_mlir_flash_attention_f32_f32(%[[QC]], %{{.*}}, %{{.*}}, %[[OC]], %{{.*}}, %{{.*}})
// CHECK: cf.assert
// CHECK: %[[M:.*]] = memref.collapse_shape %[[O]] {{\[\[}}0], [1], [2, 3]] : memref<1x16x4x32xf32> into memref<1x16x128xf32>
// CHECK-NOT: memref.copy
// CHECK-NOT: memref.alloc
// CHECK: return %[[M]]
func.func @multihead_views(%q: tensor<1x16x128xf32>, %k: tensor<1x16x128xf32>,
                           %v: tensor<1x16x128xf32>) -> tensor<1x16x128xf32> {
  %q4 = tensor.expand_shape %q [[0], [1], [2, 3]] output_shape [1, 16, 4, 32] : tensor<1x16x128xf32> into tensor<1x16x4x32xf32>
  %k4 = tensor.expand_shape %k [[0], [1], [2, 3]] output_shape [1, 16, 4, 32] : tensor<1x16x128xf32> into tensor<1x16x4x32xf32>
  %v4 = tensor.expand_shape %v [[0], [1], [2, 3]] output_shape [1, 16, 4, 32] : tensor<1x16x128xf32> into tensor<1x16x4x32xf32>
  %e = tensor.empty() : tensor<1x4x16x32xf32>
  %qh = linalg.transpose ins(%q4 : tensor<1x16x4x32xf32>) outs(%e : tensor<1x4x16x32xf32>) permutation = [0, 2, 1, 3]
  %kh = linalg.transpose ins(%k4 : tensor<1x16x4x32xf32>) outs(%e : tensor<1x4x16x32xf32>) permutation = [0, 2, 1, 3]
  %vh = linalg.transpose ins(%v4 : tensor<1x16x4x32xf32>) outs(%e : tensor<1x4x16x32xf32>) permutation = [0, 2, 1, 3]
  %o = attn.flash_attention ins(%qh, %kh, %vh : tensor<1x4x16x32xf32>,
         tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>)
         outs(%e : tensor<1x4x16x32xf32>) {scale = 0.176776692 : f32} -> tensor<1x4x16x32xf32>
  %e2 = tensor.empty() : tensor<1x16x4x32xf32>
  %ot = linalg.transpose ins(%o : tensor<1x4x16x32xf32>) outs(%e2 : tensor<1x16x4x32xf32>) permutation = [0, 2, 1, 3]
  %m = tensor.collapse_shape %ot [[0], [1], [2, 3]] : tensor<1x16x4x32xf32> into tensor<1x16x128xf32>
  return %m : tensor<1x16x128xf32>
}

// -----

// Heads folded into the batch ([B*H, S, D], as around 3-D matmuls) and
// expanded back for the op: the expand_shape is a view of the same buffer.
// CHECK-LABEL: func.func @folded_heads(
// CHECK-SAME: %[[Q:[a-z0-9]+]]: memref<8x16x32xf16, strided<[?, ?, ?], offset: ?>>
// CHECK-NOT: memref.copy
// CHECK: %[[QE:.*]] = memref.expand_shape %[[Q]] {{\[\[}}0, 1], [2], [3]] output_shape [2, 4, 16, 32]
// CHECK: %[[QC:.*]] = memref.cast %[[QE]]
// CHECK: call @attnrt_mlir_flash_attention_f16_f16(%[[QC]],
// CHECK-NOT: memref.copy
func.func @folded_heads(%q: tensor<8x16x32xf16>) -> tensor<2x4x16x32xf16> {
  %q4 = tensor.expand_shape %q [[0, 1], [2], [3]] output_shape [2, 4, 16, 32] : tensor<8x16x32xf16> into tensor<2x4x16x32xf16>
  %e = tensor.empty() : tensor<2x4x16x32xf16>
  %o = attn.flash_attention ins(%q4, %q4, %q4 : tensor<2x4x16x32xf16>,
         tensor<2x4x16x32xf16>, tensor<2x4x16x32xf16>)
         outs(%e : tensor<2x4x16x32xf16>) {scale = 0.176776692 : f32} -> tensor<2x4x16x32xf16>
  return %o : tensor<2x4x16x32xf16>
}
