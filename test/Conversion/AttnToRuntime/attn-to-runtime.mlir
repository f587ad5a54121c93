// RUN: attn-opt %s --convert-attn-to-runtime -split-input-file | FileCheck %s

// CHECK-LABEL: func.func private @attnrt_mlir_flash_attention_f32_f32(
// CHECK-SAME: memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>, f32, i32, f32, i32, i32) -> i32
// CHECK-SAME: attributes {llvm.emit_c_interface}
// CHECK-LABEL: func.func @mha_f32(
// CHECK-SAME: %[[Q:[a-z0-9]+]]: tensor<2x8x128x64xf32>, %[[K:[a-z0-9]+]]: tensor<2x8x128x64xf32>, %[[V:[a-z0-9]+]]: tensor<2x8x128x64xf32>
// CHECK-DAG: %[[SCALE:.*]] = arith.constant 1.250000e-01 : f32
// CHECK-DAG: %[[NONE:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[QB:.*]] = bufferization.to_buffer %[[Q]] read_only : tensor<2x8x128x64xf32> to memref<2x8x128x64xf32, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: %[[QC:.*]] = memref.cast %[[QB]] : memref<2x8x128x64xf32, strided<[?, ?, ?, ?], offset: ?>> to memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: %[[KB:.*]] = bufferization.to_buffer %[[K]] read_only
// CHECK: %[[KC:.*]] = memref.cast %[[KB]]
// CHECK: %[[VB:.*]] = bufferization.to_buffer %[[V]] read_only
// CHECK: %[[VC:.*]] = memref.cast %[[VB]]
// CHECK: %[[O:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x8x128x64xf32>
// CHECK: %[[OC:.*]] = memref.cast %[[O]] : memref<2x8x128x64xf32> to memref<?x?x?x?xf32, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: %[[ST:.*]] = call @attnrt_mlir_flash_attention_f32_f32(%[[QC]], %[[KC]], %[[VC]], %[[OC]], %[[SCALE]], %[[NONE]], %[[NEGINF]], %[[NONE]], %[[NONE]])
// CHECK: %[[OK:.*]] = arith.cmpi eq, %[[ST]], %[[NONE]] : i32
// CHECK: cf.assert %[[OK]], "attnrt: flash_attention failed (the runtime's message is on stderr)"
// CHECK: %[[R:.*]] = bufferization.to_tensor %[[O]] restrict writable : memref<2x8x128x64xf32> to tensor<2x8x128x64xf32>
// CHECK: return %[[R]]
// CHECK-NOT: attn.flash_attention
func.func @mha_f32(%q: tensor<2x8x128x64xf32>, %k: tensor<2x8x128x64xf32>,
                   %v: tensor<2x8x128x64xf32>, %o: tensor<2x8x128x64xf32>)
    -> tensor<2x8x128x64xf32> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<2x8x128x64xf32>,
         tensor<2x8x128x64xf32>, tensor<2x8x128x64xf32>)
         outs(%o : tensor<2x8x128x64xf32>) {scale = 0.125 : f32}
         -> tensor<2x8x128x64xf32>
  return %0 : tensor<2x8x128x64xf32>
}

// -----

// The symbol follows the input and output element types; one declaration
// serves every call of the same types, whatever the shapes.
// CHECK-COUNT-1: func.func private @attnrt_mlir_flash_attention_f16_f32(memref<?x?x?x?xf16, {{.*}}>, memref<?x?x?x?xf16, {{.*}}>, memref<?x?x?x?xf16, {{.*}}>, memref<?x?x?x?xf32, {{.*}}>, f32, i32, f32, i32, i32) -> i32
// CHECK-NOT: func.func private @attnrt
// CHECK-LABEL: func.func @f16_in_f32_out
// CHECK: call @attnrt_mlir_flash_attention_f16_f32(
// CHECK: call @attnrt_mlir_flash_attention_f16_f32(
func.func @f16_in_f32_out(%q: tensor<1x4x16x32xf16>, %k: tensor<1x4x16x32xf16>,
                          %v: tensor<1x4x16x32xf16>, %o: tensor<1x4x16x32xf32>,
                          %q2: tensor<1x2x8x64xf16>, %o2: tensor<1x2x8x64xf32>)
    -> (tensor<1x4x16x32xf32>, tensor<1x2x8x64xf32>) {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x4x16x32xf16>,
         tensor<1x4x16x32xf16>, tensor<1x4x16x32xf16>)
         outs(%o : tensor<1x4x16x32xf32>) {scale = 0.25 : f32}
         -> tensor<1x4x16x32xf32>
  %1 = attn.flash_attention ins(%q2, %q2, %q2 : tensor<1x2x8x64xf16>,
         tensor<1x2x8x64xf16>, tensor<1x2x8x64xf16>)
         outs(%o2 : tensor<1x2x8x64xf32>) {scale = 0.125 : f32}
         -> tensor<1x2x8x64xf32>
  return %0, %1 : tensor<1x4x16x32xf32>, tensor<1x2x8x64xf32>
}

// -----

// A boolean mask selects the _mask_i1 entry point and is passed after V;
// top_left causal is 1.
// CHECK-LABEL: func.func private @attnrt_mlir_flash_attention_bf16_bf16_mask_i1(
// CHECK-SAME: memref<?x?x?x?xbf16, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xbf16, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xbf16, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xi1, strided<[?, ?, ?, ?], offset: ?>>, memref<?x?x?x?xbf16, strided<[?, ?, ?, ?], offset: ?>>, f32, i32, f32, i32, i32) -> i32
// CHECK-LABEL: func.func @gqa_bool_mask_causal(
// CHECK-SAME: %[[M:[a-z0-9]+]]: tensor<1x1x16x64xi1>
// CHECK-DAG: %[[TOPLEFT:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[SCALE:.*]] = arith.constant 0.0883883461 : f32
// CHECK: %[[MB:.*]] = bufferization.to_buffer %[[M]] read_only : tensor<1x1x16x64xi1> to memref<1x1x16x64xi1, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: %[[MC:.*]] = memref.cast %[[MB]]
// CHECK: %[[O:.*]] = memref.alloc() {alignment = 64 : i64} : memref<1x32x16x128xbf16>
// CHECK: %[[OC:.*]] = memref.cast %[[O]]
// CHECK: call @attnrt_mlir_flash_attention_bf16_bf16_mask_i1(%{{.*}}, %{{.*}}, %{{.*}}, %[[MC]], %[[OC]], %[[SCALE]], %[[TOPLEFT]], %[[FILL:.*]], %[[EMPTY:.*]])
// CHECK: cf.assert
func.func @gqa_bool_mask_causal(%q: tensor<1x32x16x128xbf16>, %k: tensor<1x8x64x128xbf16>,
                                %v: tensor<1x8x64x128xbf16>, %m: tensor<1x1x16x64xi1>,
                                %o: tensor<1x32x16x128xbf16>) -> tensor<1x32x16x128xbf16> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x32x16x128xbf16>,
         tensor<1x8x64x128xbf16>, tensor<1x8x64x128xbf16>)
         mask(%m : tensor<1x1x16x64xi1>)
         outs(%o : tensor<1x32x16x128xbf16>)
         {scale = 0.0883883461 : f32, causal = #attn.causal<top_left>}
         -> tensor<1x32x16x128xbf16>
  return %0 : tensor<1x32x16x128xbf16>
}

// -----

// Additive masks of each float type; a scale operand is passed as it is;
// bottom_right causal is 2.
// CHECK-DAG: func.func private @attnrt_mlir_flash_attention_f16_f16_mask_f16(
// CHECK-DAG: func.func private @attnrt_mlir_flash_attention_f32_bf16_mask_f32(
// CHECK-DAG: func.func private @attnrt_mlir_flash_attention_bf16_f32_mask_bf16(
// CHECK-LABEL: func.func @additive_masks(
// CHECK-SAME: %[[S:[a-z0-9]+]]: f32
// CHECK-DAG: %[[BR:.*]] = arith.constant 2 : i32
// CHECK: call @attnrt_mlir_flash_attention_f16_f16_mask_f16(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[S]], %[[BR]], %{{.*}}, %{{.*}})
// CHECK: call @attnrt_mlir_flash_attention_f32_bf16_mask_f32(
// CHECK: call @attnrt_mlir_flash_attention_bf16_f32_mask_bf16(
func.func @additive_masks(%s: f32,
    %q: tensor<2x4x8x32xf16>, %m: tensor<2x1x8x8xf16>, %o: tensor<2x4x8x32xf16>,
    %q1: tensor<2x4x8x32xf32>, %m1: tensor<1x1x1x8xf32>, %o1: tensor<2x4x8x32xbf16>,
    %q2: tensor<2x4x8x32xbf16>, %m2: tensor<2x4x8x8xbf16>, %o2: tensor<2x4x8x32xf32>)
    -> (tensor<2x4x8x32xf16>, tensor<2x4x8x32xbf16>, tensor<2x4x8x32xf32>) {
  %0 = attn.flash_attention ins(%q, %q, %q : tensor<2x4x8x32xf16>,
         tensor<2x4x8x32xf16>, tensor<2x4x8x32xf16>)
         mask(%m : tensor<2x1x8x8xf16>) scale(%s)
         outs(%o : tensor<2x4x8x32xf16>) {causal = #attn.causal<bottom_right>}
         -> tensor<2x4x8x32xf16>
  %1 = attn.flash_attention ins(%q1, %q1, %q1 : tensor<2x4x8x32xf32>,
         tensor<2x4x8x32xf32>, tensor<2x4x8x32xf32>)
         mask(%m1 : tensor<1x1x1x8xf32>)
         outs(%o1 : tensor<2x4x8x32xbf16>) {scale = 0.5 : f32}
         -> tensor<2x4x8x32xbf16>
  %2 = attn.flash_attention ins(%q2, %q2, %q2 : tensor<2x4x8x32xbf16>,
         tensor<2x4x8x32xbf16>, tensor<2x4x8x32xbf16>)
         mask(%m2 : tensor<2x4x8x8xbf16>)
         outs(%o2 : tensor<2x4x8x32xf32>) {scale = 0.5 : f32}
         -> tensor<2x4x8x32xf32>
  return %0, %1, %2 : tensor<2x4x8x32xf16>, tensor<2x4x8x32xbf16>, tensor<2x4x8x32xf32>
}

// -----

// [B, S, H, D] inputs transposed to [B, H, S, D]: the runtime reads the
// untransposed buffers through memref.transpose views; the transposes are
// gone. The output transpose back to [B, S, H, D] disappears as well: the
// buffer is allocated in that shape and written through a transposed view.
// CHECK-LABEL: func.func @bshd(
// CHECK-SAME: %[[Q:[a-z0-9]+]]: tensor<2x128x8x64xf16>, %[[K:[a-z0-9]+]]: tensor<2x128x8x64xf16>, %[[V:[a-z0-9]+]]: tensor<2x128x8x64xf16>
// CHECK-NOT: linalg.transpose
// CHECK: %[[QB:.*]] = bufferization.to_buffer %[[Q]] read_only : tensor<2x128x8x64xf16> to memref<2x128x8x64xf16, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: %[[QT:.*]] = memref.transpose %[[QB]] (d0, d1, d2, d3) -> (d0, d2, d1, d3) : memref<2x128x8x64xf16, strided<[?, ?, ?, ?], offset: ?>> to memref<2x8x128x64xf16, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: %[[QC:.*]] = memref.cast %[[QT]]
// CHECK: %[[KB:.*]] = bufferization.to_buffer %[[K]] read_only
// CHECK: %[[KT:.*]] = memref.transpose %[[KB]] (d0, d1, d2, d3) -> (d0, d2, d1, d3)
// CHECK: %[[VB:.*]] = bufferization.to_buffer %[[V]] read_only
// CHECK: %[[VT:.*]] = memref.transpose %[[VB]] (d0, d1, d2, d3) -> (d0, d2, d1, d3)
// CHECK: %[[O:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x128x8x64xf16>
// CHECK: %[[OT:.*]] = memref.transpose %[[O]] (d0, d1, d2, d3) -> (d0, d2, d1, d3) : memref<2x128x8x64xf16> to memref<2x8x128x64xf16, strided<[65536, 64, 512, 1]>>
// CHECK: %[[OC:.*]] = memref.cast %[[OT]]
// CHECK: call @attnrt_mlir_flash_attention_f16_f16(%[[QC]], %{{.*}}, %{{.*}}, %[[OC]],
// CHECK: %[[R:.*]] = bufferization.to_tensor %[[O]] restrict writable : memref<2x128x8x64xf16> to tensor<2x128x8x64xf16>
// CHECK-NOT: linalg.transpose
// CHECK: return %[[R]] : tensor<2x128x8x64xf16>
func.func @bshd(%q: tensor<2x128x8x64xf16>, %k: tensor<2x128x8x64xf16>,
                %v: tensor<2x128x8x64xf16>) -> tensor<2x128x8x64xf16> {
  %e = tensor.empty() : tensor<2x8x128x64xf16>
  %qt = linalg.transpose ins(%q : tensor<2x128x8x64xf16>) outs(%e : tensor<2x8x128x64xf16>) permutation = [0, 2, 1, 3]
  %kt = linalg.transpose ins(%k : tensor<2x128x8x64xf16>) outs(%e : tensor<2x8x128x64xf16>) permutation = [0, 2, 1, 3]
  %vt = linalg.transpose ins(%v : tensor<2x128x8x64xf16>) outs(%e : tensor<2x8x128x64xf16>) permutation = [0, 2, 1, 3]
  %o = attn.flash_attention ins(%qt, %kt, %vt : tensor<2x8x128x64xf16>,
         tensor<2x8x128x64xf16>, tensor<2x8x128x64xf16>)
         outs(%e : tensor<2x8x128x64xf16>) {scale = 0.125 : f32} -> tensor<2x8x128x64xf16>
  %e2 = tensor.empty() : tensor<2x128x8x64xf16>
  %r = linalg.transpose ins(%o : tensor<2x8x128x64xf16>) outs(%e2 : tensor<2x128x8x64xf16>) permutation = [0, 2, 1, 3]
  return %r : tensor<2x128x8x64xf16>
}

// -----

// Chains of transposes compose into one view: K stored as [B, H, D, S]
// (already transposed for Q K^T), reached through two linalg.transposes;
// V through a transposing linalg.generic; Q through a tosa.transpose.
// CHECK-LABEL: func.func @composed_views(
// CHECK-SAME: %[[Q:[a-z0-9]+]]: tensor<1x16x4x32xf32>, %[[KT:[a-z0-9]+]]: tensor<1x4x32x16xf32>, %[[V:[a-z0-9]+]]: tensor<1x16x4x32xf32>
// CHECK-NOT: linalg.transpose
// CHECK-NOT: linalg.generic
// CHECK-NOT: tosa.transpose
// CHECK: %[[QB:.*]] = bufferization.to_buffer %[[Q]] read_only
// CHECK: memref.transpose %[[QB]] (d0, d1, d2, d3) -> (d0, d2, d1, d3)
// CHECK: %[[KB:.*]] = bufferization.to_buffer %[[KT]] read_only : tensor<1x4x32x16xf32>
// CHECK: memref.transpose %[[KB]] (d0, d1, d2, d3) -> (d0, d1, d3, d2) : memref<1x4x32x16xf32, strided<[?, ?, ?, ?], offset: ?>> to memref<1x4x16x32xf32, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: %[[VB:.*]] = bufferization.to_buffer %[[V]] read_only : tensor<1x16x4x32xf32>
// CHECK: memref.transpose %[[VB]] (d0, d1, d2, d3) -> (d0, d2, d1, d3)
// CHECK: call @attnrt_mlir_flash_attention_f32_f32(
// CHECK-NOT: linalg.transpose
func.func @composed_views(%q: tensor<1x16x4x32xf32>, %kt: tensor<1x4x32x16xf32>,
                          %v: tensor<1x16x4x32xf32>) -> tensor<1x4x16x32xf32> {
  %qh = tosa.transpose %q {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x16x4x32xf32>) -> tensor<1x4x16x32xf32>
  %e0 = tensor.empty() : tensor<1x32x4x16xf32>
  %k0 = linalg.transpose ins(%kt : tensor<1x4x32x16xf32>) outs(%e0 : tensor<1x32x4x16xf32>) permutation = [0, 2, 1, 3]
  %e1 = tensor.empty() : tensor<1x4x16x32xf32>
  %k1 = linalg.transpose ins(%k0 : tensor<1x32x4x16xf32>) outs(%e1 : tensor<1x4x16x32xf32>) permutation = [0, 2, 3, 1]
  %vh = linalg.generic {
      indexing_maps = [affine_map<(b, h, s, d) -> (b, s, h, d)>, affine_map<(b, h, s, d) -> (b, h, s, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%v : tensor<1x16x4x32xf32>) outs(%e1 : tensor<1x4x16x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x4x16x32xf32>
  %o = attn.flash_attention ins(%qh, %k1, %vh : tensor<1x4x16x32xf32>,
         tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>)
         outs(%e1 : tensor<1x4x16x32xf32>) {scale = 0.176776692 : f32} -> tensor<1x4x16x32xf32>
  return %o : tensor<1x4x16x32xf32>
}

// -----

// A linalg.generic that computes (not just copies) is not a view.
// CHECK-LABEL: func.func @not_a_transpose(
// CHECK: %[[G:.*]] = linalg.generic
// CHECK: bufferization.to_buffer %[[G]] read_only
// CHECK-NOT: memref.transpose
// CHECK: call @attnrt_mlir_flash_attention_f32_f32(
func.func @not_a_transpose(%q: tensor<1x16x4x32xf32>, %k: tensor<1x4x16x32xf32>) -> tensor<1x4x16x32xf32> {
  %e1 = tensor.empty() : tensor<1x4x16x32xf32>
  %qh = linalg.generic {
      indexing_maps = [affine_map<(b, h, s, d) -> (b, s, h, d)>, affine_map<(b, h, s, d) -> (b, h, s, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%q : tensor<1x16x4x32xf32>) outs(%e1 : tensor<1x4x16x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<1x4x16x32xf32>
  %o = attn.flash_attention ins(%qh, %k, %k : tensor<1x4x16x32xf32>,
         tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>)
         outs(%e1 : tensor<1x4x16x32xf32>) {scale = 0.176776692 : f32} -> tensor<1x4x16x32xf32>
  return %o : tensor<1x4x16x32xf32>
}

// -----

// Dynamic shapes: the output buffer takes its sizes from the destination.
// CHECK-LABEL: func.func @dynamic(
// CHECK-SAME: %[[INIT:[a-z0-9]+]]: tensor<?x4x?x32xf32>) ->
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[D0:.*]] = tensor.dim %[[INIT]], %[[C0]]
// CHECK-DAG: %[[D2:.*]] = tensor.dim %[[INIT]], %[[C2]]
// CHECK: memref.alloc(%[[D0]], %[[D2]]) {alignment = 64 : i64} : memref<?x4x?x32xf32>
// CHECK: call @attnrt_mlir_flash_attention_f32_f32_mask_i1(
func.func @dynamic(%q: tensor<?x4x?x32xf32>, %k: tensor<?x4x?x32xf32>,
                   %v: tensor<?x4x?x32xf32>, %m: tensor<?x1x1x?xi1>,
                   %init: tensor<?x4x?x32xf32>) -> tensor<?x4x?x32xf32> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<?x4x?x32xf32>,
         tensor<?x4x?x32xf32>, tensor<?x4x?x32xf32>)
         mask(%m : tensor<?x1x1x?xi1>) outs(%init : tensor<?x4x?x32xf32>)
         {scale = 1.0 : f32, causal = #attn.causal<bottom_right>}
         -> tensor<?x4x?x32xf32>
  return %0 : tensor<?x4x?x32xf32>
}

// -----

// What --attn-fuse makes of heads folded into the batch ([S, H, D] ->
// [H, S, D] by a 3-D transpose, then expanded to [1, H, S, D]): the view
// chain is rebuilt on the buffer, transpose then expand_shape, no copy.
// CHECK-LABEL: func.func @transpose_then_expand(
// CHECK-SAME: %[[Q:[a-z0-9]+]]: tensor<16x4x32xf32>
// CHECK-NOT: linalg.transpose
// CHECK: %[[QB:.*]] = bufferization.to_buffer %[[Q]] read_only : tensor<16x4x32xf32> to memref<16x4x32xf32, strided<[?, ?, ?], offset: ?>>
// CHECK: %[[QT:.*]] = memref.transpose %[[QB]] (d0, d1, d2) -> (d1, d0, d2) : memref<16x4x32xf32, strided<[?, ?, ?], offset: ?>> to memref<4x16x32xf32, strided<[?, ?, ?], offset: ?>>
// CHECK: %[[QE:.*]] = memref.expand_shape %[[QT]] {{\[\[}}0, 1], [2], [3]] output_shape [1, 4, 16, 32] : memref<4x16x32xf32, strided<[?, ?, ?], offset: ?>> into memref<1x4x16x32xf32, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: %[[QC:.*]] = memref.cast %[[QE]]
// CHECK: call @attnrt_mlir_flash_attention_f32_f32(%[[QC]], %[[QC2:.*]], %[[QC3:.*]], %{{.*}}, %{{.*}}, %{{.*}})
func.func @transpose_then_expand(%q: tensor<16x4x32xf32>) -> tensor<1x4x16x32xf32> {
  %e = tensor.empty() : tensor<4x16x32xf32>
  %t = linalg.transpose ins(%q : tensor<16x4x32xf32>) outs(%e : tensor<4x16x32xf32>) permutation = [1, 0, 2]
  %x = tensor.expand_shape %t [[0, 1], [2], [3]] output_shape [1, 4, 16, 32] : tensor<4x16x32xf32> into tensor<1x4x16x32xf32>
  %init = tensor.empty() : tensor<1x4x16x32xf32>
  %o = attn.flash_attention ins(%x, %x, %x : tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>)
         outs(%init : tensor<1x4x16x32xf32>) {scale = 0.176776692 : f32} -> tensor<1x4x16x32xf32>
  return %o : tensor<1x4x16x32xf32>
}

// -----

// A collapse_shape after a transpose is not a view: the operand is passed
// as it is and bufferization materializes it.
// CHECK-LABEL: func.func @transpose_then_collapse(
// CHECK: %[[T:.*]] = linalg.transpose
// CHECK: %[[C:.*]] = tensor.collapse_shape %[[T]]
// CHECK: bufferization.to_buffer %[[C]] read_only
// CHECK-NOT: memref.transpose
// CHECK: call @attnrt_mlir_flash_attention_f32_f32(
func.func @transpose_then_collapse(%q: tensor<1x16x2x2x32xf32>) -> tensor<1x4x16x32xf32> {
  %e = tensor.empty() : tensor<1x2x2x16x32xf32>
  %t = linalg.transpose ins(%q : tensor<1x16x2x2x32xf32>) outs(%e : tensor<1x2x2x16x32xf32>) permutation = [0, 2, 3, 1, 4]
  %x = tensor.collapse_shape %t [[0], [1, 2], [3], [4]] : tensor<1x2x2x16x32xf32> into tensor<1x4x16x32xf32>
  %init = tensor.empty() : tensor<1x4x16x32xf32>
  %o = attn.flash_attention ins(%x, %x, %x : tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>)
         outs(%init : tensor<1x4x16x32xf32>) {scale = 0.176776692 : f32} -> tensor<1x4x16x32xf32>
  return %o : tensor<1x4x16x32xf32>
}

// -----

// mask_fill and empty_rows are passed after the causal mode (absent fill:
// -inf; empty_rows nan is 1).
// CHECK-LABEL: func.func @fill_and_empty_rows(
// CHECK-DAG: %[[FILL:.*]] = arith.constant -1.000000e+04 : f32
// CHECK-DAG: %[[NAN:.*]] = arith.constant 1 : i32
// CHECK: call @attnrt_mlir_flash_attention_f32_f32_mask_i1(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[FILL]], %[[NAN]], %{{.*}})
func.func @fill_and_empty_rows(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                               %v: tensor<1x2x8x16xf32>, %m: tensor<1x1x8x8xi1>,
                               %o: tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>,
         tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)
         mask(%m : tensor<1x1x8x8xi1>)
         outs(%o : tensor<1x2x8x16xf32>)
         {scale = 0.25 : f32, mask_fill = -1.0e4 : f32,
          empty_rows = #attn.empty_rows<nan>}
         -> tensor<1x2x8x16xf32>
  return %0 : tensor<1x2x8x16xf32>
}

// -----

// logit_rounding is the last argument (attnrt_logit_rounding: 1 f16, 2 bf16;
// 0 when absent, as in every test above).
// CHECK-LABEL: func.func @logit_rounding(
// CHECK-DAG: %[[NONE:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[BF16:.*]] = arith.constant 2 : i32
// CHECK-DAG: %[[F16:.*]] = arith.constant 1 : i32
// CHECK: call @attnrt_mlir_flash_attention_bf16_bf16_mask_bf16(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[NONE]], %{{.*}}, %[[NONE]], %[[BF16]])
// CHECK: call @attnrt_mlir_flash_attention_f16_f16_mask_f16(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[NONE]], %{{.*}}, %[[NONE]], %[[F16]])
func.func @logit_rounding(%q: tensor<1x2x8x16xbf16>, %m: tensor<1x1x8x8xbf16>,
                          %qh: tensor<1x2x8x16xf16>, %mh: tensor<1x1x8x8xf16>)
    -> (tensor<1x2x8x16xbf16>, tensor<1x2x8x16xf16>) {
  %i = tensor.empty() : tensor<1x2x8x16xbf16>
  %0 = attn.flash_attention ins(%q, %q, %q : tensor<1x2x8x16xbf16>,
         tensor<1x2x8x16xbf16>, tensor<1x2x8x16xbf16>)
         mask(%m : tensor<1x1x8x8xbf16>) outs(%i : tensor<1x2x8x16xbf16>)
         {scale = 0.25 : f32, logit_rounding = bf16} -> tensor<1x2x8x16xbf16>
  %ih = tensor.empty() : tensor<1x2x8x16xf16>
  %1 = attn.flash_attention ins(%qh, %qh, %qh : tensor<1x2x8x16xf16>,
         tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>)
         mask(%mh : tensor<1x1x8x8xf16>) outs(%ih : tensor<1x2x8x16xf16>)
         {scale = 0.25 : f32, logit_rounding = f16} -> tensor<1x2x8x16xf16>
  return %0, %1 : tensor<1x2x8x16xbf16>, tensor<1x2x8x16xf16>
}
