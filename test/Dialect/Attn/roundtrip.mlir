// RUN: attn-opt %s | attn-opt | FileCheck %s
// RUN: attn-opt %s --mlir-print-op-generic | attn-opt | FileCheck %s

// CHECK-LABEL: func @mha
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<2x8x128x64xf16>, tensor<2x8x128x64xf16>, tensor<2x8x128x64xf16>) outs(%{{.*}} : tensor<2x8x128x64xf16>) {scale = 1.250000e-01 : f32} -> tensor<2x8x128x64xf16>
func.func @mha(%q: tensor<2x8x128x64xf16>, %k: tensor<2x8x128x64xf16>,
               %v: tensor<2x8x128x64xf16>, %o: tensor<2x8x128x64xf16>)
    -> tensor<2x8x128x64xf16> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<2x8x128x64xf16>,
         tensor<2x8x128x64xf16>, tensor<2x8x128x64xf16>)
         outs(%o : tensor<2x8x128x64xf16>) {scale = 0.125 : f32}
         -> tensor<2x8x128x64xf16>
  return %0 : tensor<2x8x128x64xf16>
}

// CHECK-LABEL: func @gqa_causal
// CHECK: attn.flash_attention {{.*}} {causal = #attn.causal<top_left>, scale = 0.0883883461 : f32} -> tensor<1x32x16x128xbf16>
func.func @gqa_causal(%q: tensor<1x32x16x128xbf16>, %k: tensor<1x8x64x128xbf16>,
                      %v: tensor<1x8x64x128xbf16>, %o: tensor<1x32x16x128xbf16>)
    -> tensor<1x32x16x128xbf16> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x32x16x128xbf16>,
         tensor<1x8x64x128xbf16>, tensor<1x8x64x128xbf16>)
         outs(%o : tensor<1x32x16x128xbf16>)
         {scale = 0.0883883461 : f32, causal = #attn.causal<top_left>}
         -> tensor<1x32x16x128xbf16>
  return %0 : tensor<1x32x16x128xbf16>
}

// CHECK-LABEL: func @bottom_right_dynamic_mask
// CHECK: attn.flash_attention ins({{.*}}) mask(%{{.*}} : tensor<?x1x1x?xi1>) outs({{.*}}) {causal = #attn.causal<bottom_right>, scale = 1.000000e+00 : f32} -> tensor<?x4x?x32xf32>
func.func @bottom_right_dynamic_mask(%q: tensor<?x4x?x32xf32>, %k: tensor<?x4x?x32xf32>,
                                     %v: tensor<?x4x?x32xf32>, %m: tensor<?x1x1x?xi1>,
                                     %o: tensor<?x4x?x32xf32>) -> tensor<?x4x?x32xf32> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<?x4x?x32xf32>,
         tensor<?x4x?x32xf32>, tensor<?x4x?x32xf32>)
         mask(%m : tensor<?x1x1x?xi1>) outs(%o : tensor<?x4x?x32xf32>)
         {scale = 1.0 : f32, causal = #attn.causal<bottom_right>}
         -> tensor<?x4x?x32xf32>
  return %0 : tensor<?x4x?x32xf32>
}

// CHECK-LABEL: func @runtime_scale_additive_mask_f32_out
// CHECK: attn.flash_attention ins({{.*}}) mask(%{{.*}} : tensor<1x1x10x20xf32>) scale(%{{.*}}) outs(%{{.*}} : tensor<1x2x10x48xf32>) -> tensor<1x2x10x48xf32>
func.func @runtime_scale_additive_mask_f32_out(
    %q: tensor<1x2x10x40xf16>, %k: tensor<1x1x20x40xf16>, %v: tensor<1x1x20x48xf16>,
    %m: tensor<1x1x10x20xf32>, %s: f32, %o: tensor<1x2x10x48xf32>) -> tensor<1x2x10x48xf32> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x10x40xf16>,
         tensor<1x1x20x40xf16>, tensor<1x1x20x48xf16>)
         mask(%m : tensor<1x1x10x20xf32>) scale(%s) outs(%o : tensor<1x2x10x48xf32>)
         -> tensor<1x2x10x48xf32>
  return %0 : tensor<1x2x10x48xf32>
}

// CHECK-LABEL: func @fill_empty_rows
// CHECK: attn.flash_attention {{.*}} {empty_rows = #attn.empty_rows<nan>, mask_fill = -3.40282347E+38 : f32, scale = 2.500000e-01 : f32}
func.func @fill_empty_rows(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                           %v: tensor<1x2x8x16xf32>, %m: tensor<1x1x8x8xi1>,
                           %o: tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>,
         tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)
         mask(%m : tensor<1x1x8x8xi1>) outs(%o : tensor<1x2x8x16xf32>)
         {scale = 0.25 : f32, mask_fill = -3.40282347E+38 : f32,
          empty_rows = #attn.empty_rows<nan>} -> tensor<1x2x8x16xf32>
  return %0 : tensor<1x2x8x16xf32>
}

// CHECK-LABEL: func @logit_rounding_f16
// CHECK: attn.flash_attention {{.*}} {empty_rows = #attn.empty_rows<nan>, logit_rounding = f16, scale = 2.500000e-01 : f32}
func.func @logit_rounding_f16(%q: tensor<1x2x8x16xf16>, %k: tensor<1x2x8x16xf16>,
                              %v: tensor<1x2x8x16xf16>, %m: tensor<1x1x8x8xf16>,
                              %o: tensor<1x2x8x16xf16>) -> tensor<1x2x8x16xf16> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf16>,
         tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>)
         mask(%m : tensor<1x1x8x8xf16>) outs(%o : tensor<1x2x8x16xf16>)
         {scale = 0.25 : f32, logit_rounding = f16,
          empty_rows = #attn.empty_rows<nan>} -> tensor<1x2x8x16xf16>
  return %0 : tensor<1x2x8x16xf16>
}

// CHECK-LABEL: func @logit_rounding_bf16
// CHECK: attn.flash_attention {{.*}} {logit_rounding = bf16, scale = 0.176757813 : f32}
func.func @logit_rounding_bf16(%q: tensor<1x2x8x16xbf16>, %k: tensor<1x2x8x16xbf16>,
                               %v: tensor<1x2x8x16xbf16>, %m: tensor<1x1x8x8xbf16>,
                               %o: tensor<1x2x8x16xbf16>) -> tensor<1x2x8x16xbf16> {
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xbf16>,
         tensor<1x2x8x16xbf16>, tensor<1x2x8x16xbf16>)
         mask(%m : tensor<1x1x8x8xbf16>) outs(%o : tensor<1x2x8x16xbf16>)
         {scale = 0.176757812 : f32, logit_rounding = bf16} -> tensor<1x2x8x16xbf16>
  return %0 : tensor<1x2x8x16xbf16>
}
