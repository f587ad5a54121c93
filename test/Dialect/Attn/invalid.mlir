// RUN: attn-opt %s -split-input-file -verify-diagnostics

func.func @key_dtype(%q: tensor<1x2x8x16xf16>, %k: tensor<1x2x8x16xbf16>,
                     %v: tensor<1x2x8x16xf16>, %o: tensor<1x2x8x16xf16>) {
  // expected-error @+1 {{key: element type 'bf16' differs from query element type 'f16'}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf16>, tensor<1x2x8x16xbf16>, tensor<1x2x8x16xf16>) outs(%o : tensor<1x2x8x16xf16>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf16>
  return
}

// -----

func.func @value_dtype(%q: tensor<1x2x8x16xf16>, %k: tensor<1x2x8x16xf16>,
                       %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf16>) {
  // expected-error @+1 {{value: element type 'f32' differs from query element type 'f16'}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x8x16xf16>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf16>
  return
}

// -----

func.func @result_type(%q: tensor<1x2x8x16xf16>, %k: tensor<1x2x8x16xf16>,
                       %v: tensor<1x2x8x16xf16>, %o: tensor<1x2x8x16xf16>) {
  // expected-error @+1 {{result: type 'tensor<1x2x8x16xf32>' differs from init type 'tensor<1x2x8x16xf16>'}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>) outs(%o : tensor<1x2x8x16xf16>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @key_batch(%q: tensor<2x2x8x16xf32>, %k: tensor<3x2x8x16xf32>,
                     %v: tensor<2x2x8x16xf32>, %o: tensor<2x2x8x16xf32>) {
  // expected-error @+1 {{key: batch (dim 0) is 3, expected 2 to match query (dim 0)}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<2x2x8x16xf32>, tensor<3x2x8x16xf32>, tensor<2x2x8x16xf32>) outs(%o : tensor<2x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<2x2x8x16xf32>
  return
}

// -----

func.func @value_batch(%q: tensor<2x2x8x16xf32>, %k: tensor<2x2x8x16xf32>,
                       %v: tensor<1x2x8x16xf32>, %o: tensor<2x2x8x16xf32>) {
  // expected-error @+1 {{value: batch (dim 0) is 1, expected 2 to match query (dim 0)}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<2x2x8x16xf32>, tensor<2x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<2x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<2x2x8x16xf32>
  return
}

// -----

func.func @init_batch(%q: tensor<2x2x8x16xf32>, %k: tensor<2x2x8x16xf32>,
                      %v: tensor<2x2x8x16xf32>, %o: tensor<4x2x8x16xf32>) {
  // expected-error @+1 {{init: batch (dim 0) is 4, expected 2 to match query (dim 0)}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<2x2x8x16xf32>, tensor<2x2x8x16xf32>, tensor<2x2x8x16xf32>) outs(%o : tensor<4x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<4x2x8x16xf32>
  return
}

// -----

func.func @value_heads(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                       %v: tensor<1x1x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{value: kv heads (dim 1) is 1, expected 2 to match key (dim 1)}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x1x8x16xf32>) outs(%o : tensor<1x4x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @init_heads(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                      %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{init: query heads (dim 1) is 2, expected 4 to match query (dim 1)}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @zero_kv_heads(%q: tensor<1x4x8x16xf32>, %k: tensor<1x0x8x16xf32>,
                         %v: tensor<1x0x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{key: kv heads (dim 1) must not be 0}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x0x8x16xf32>, tensor<1x0x8x16xf32>) outs(%o : tensor<1x4x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @gqa_ratio(%q: tensor<1x6x8x16xf32>, %k: tensor<1x4x8x16xf32>,
                     %v: tensor<1x4x8x16xf32>, %o: tensor<1x6x8x16xf32>) {
  // expected-error @+1 {{key: kv heads (dim 1) is 4, which does not divide the 6 query heads}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x6x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) outs(%o : tensor<1x6x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x6x8x16xf32>
  return
}

// -----

func.func @value_len(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x9x16xf32>,
                     %v: tensor<1x2x10x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{value: key length (dim 2) is 10, expected 9 to match key (dim 2)}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x9x16xf32>, tensor<1x2x10x16xf32>) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @init_len(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x9x16xf32>,
                    %v: tensor<1x2x9x16xf32>, %o: tensor<1x2x9x16xf32>) {
  // expected-error @+1 {{init: query length (dim 2) is 9, expected 8 to match query (dim 2)}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x9x16xf32>, tensor<1x2x9x16xf32>) outs(%o : tensor<1x2x9x16xf32>) {scale = 1.0 : f32} -> tensor<1x2x9x16xf32>
  return
}

// -----

func.func @key_head_dim(%q: tensor<1x2x8x64xf32>, %k: tensor<1x2x8x40xf32>,
                        %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{key: head dim (dim 3) is 40, expected 64 to match query (dim 3)}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x64xf32>, tensor<1x2x8x40xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @init_head_dim(%q: tensor<1x2x8x64xf32>, %k: tensor<1x2x8x64xf32>,
                         %v: tensor<1x2x8x32xf32>, %o: tensor<1x2x8x64xf32>) {
  // expected-error @+1 {{init: head dim (dim 3) is 64, expected 32 to match value (dim 3)}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x64xf32>, tensor<1x2x8x64xf32>, tensor<1x2x8x32xf32>) outs(%o : tensor<1x2x8x64xf32>) {scale = 1.0 : f32} -> tensor<1x2x8x64xf32>
  return
}

// -----

func.func @mask_shape(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x9x16xf32>,
                      %v: tensor<1x2x9x16xf32>, %m: tensor<1x1x8x8xf32>,
                      %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{mask: key length (dim 3) is 8, expected 1 or 9}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x9x16xf32>, tensor<1x2x9x16xf32>) mask(%m : tensor<1x1x8x8xf32>) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @mask_heads(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x9x16xf32>,
                      %v: tensor<1x2x9x16xf32>, %m: tensor<1x3x8x9xi1>,
                      %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{mask: query heads (dim 1) is 3, expected 1 or 2}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x9x16xf32>, tensor<1x2x9x16xf32>) mask(%m : tensor<1x3x8x9xi1>) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @two_scales(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                      %v: tensor<1x2x8x16xf32>, %s: f32, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{scale: given both as an attribute and as an operand}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) scale(%s) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @no_scale(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                    %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{scale: missing}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @inf_scale(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                     %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{scale: attribute is not finite}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x8x16xf32>) {scale = 0x7F800000 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @rank(%q: tensor<2x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{operand #0 must be 4D tensor of 32-bit float or 16-bit float or bfloat16 type values}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @int_query(%q: tensor<1x2x8x16xi8>, %k: tensor<1x2x8x16xf32>,
                     %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{operand #0 must be 4D tensor of 32-bit float or 16-bit float or bfloat16 type values}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xi8>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @mask_fill_nan(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                         %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{mask_fill: must be -inf or finite}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32, mask_fill = 0x7FC00000 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @mask_fill_pos_inf(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x8x16xf32>,
                             %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{mask_fill: must be -inf or finite}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x8x16xf32>) {scale = 1.0 : f32, mask_fill = 0x7F800000 : f32} -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @logit_rounding_f32(%q: tensor<1x2x8x16xf16>, %k: tensor<1x2x8x16xf16>,
                              %v: tensor<1x2x8x16xf16>, %o: tensor<1x2x8x16xf16>) {
  // expected-error @+1 {{logit_rounding: must be f16 or bf16 (absent means f32 logits), got 'f32'}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>) outs(%o : tensor<1x2x8x16xf16>) {scale = 0.25 : f32, logit_rounding = f32} -> tensor<1x2x8x16xf16>
  return
}

// -----

func.func @logit_rounding_scale_operand(%q: tensor<1x2x8x16xf16>, %k: tensor<1x2x8x16xf16>,
                                        %v: tensor<1x2x8x16xf16>, %o: tensor<1x2x8x16xf16>,
                                        %s: f32) {
  // expected-error @+1 {{logit_rounding: needs the scale as an attribute (it is multiplied in 'f16')}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>) scale(%s) outs(%o : tensor<1x2x8x16xf16>) {logit_rounding = f16} -> tensor<1x2x8x16xf16>
  return
}

// -----

// 0.1 is no f16 value: the program's f16 multiply could not be this op's.
func.func @logit_rounding_inexact_scale(%q: tensor<1x2x8x16xf16>, %k: tensor<1x2x8x16xf16>,
                                        %v: tensor<1x2x8x16xf16>, %o: tensor<1x2x8x16xf16>) {
  // expected-error @+1 {{logit_rounding: scale 0.100000001 is not exactly representable in 'f16'}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>, tensor<1x2x8x16xf16>) outs(%o : tensor<1x2x8x16xf16>) {scale = 0.1 : f32, logit_rounding = f16} -> tensor<1x2x8x16xf16>
  return
}

// -----

// 0.0999755859375 (0.1 rounded to f16) is an f16 value but no bf16 value
// (11 significant bits).
func.func @logit_rounding_inexact_scale_bf16(%q: tensor<1x2x8x16xbf16>, %k: tensor<1x2x8x16xbf16>,
                                             %v: tensor<1x2x8x16xbf16>, %o: tensor<1x2x8x16xbf16>) {
  // expected-error @+1 {{logit_rounding: scale 0.0999755859 is not exactly representable in 'bf16'}}
  %0 = attn.flash_attention ins(%q, %k, %v : tensor<1x2x8x16xbf16>, tensor<1x2x8x16xbf16>, tensor<1x2x8x16xbf16>) outs(%o : tensor<1x2x8x16xbf16>) {scale = 0.0999755859375 : f32, logit_rounding = bf16} -> tensor<1x2x8x16xbf16>
  return
}
