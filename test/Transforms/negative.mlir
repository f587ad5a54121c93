// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// The never-fuse list: each candidate below computes something other than
// attention (or not provably attention) and must come out unchanged, with
// the reason as a remark under report=true.

// Softmax over the query axis: max, sum and normalization over dim 1, P*V
// contracts dim 2.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @softmax_over_queries
// CHECK-NOT: attn.flash_attention
func.func @softmax_over_queries(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> (tensor<8x32x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x48xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x48xf32>) -> tensor<8x48xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x48xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #col, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x48xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x48xf32>) -> tensor<8x48xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x48xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  // expected-remark @+1 {{attn-fuse: not fused: softmax is normalized over another axis than the key axis that the second contraction reduces}}
  %p = linalg.generic {indexing_maps = [#id3, #col, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// The row max over the query axis, the sum over the keys: exp(x - max)
// no longer cancels in the normalization.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @max_over_queries
// CHECK-NOT: attn.flash_attention
func.func @max_over_queries(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> (tensor<8x32x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x48xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x48xf32>) -> tensor<8x48xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x48xf32>) dimensions = [1]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #col, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x32xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  // expected-remark @+1 {{attn-fuse: not fused: the row max is taken over another axis than the key axis that the second contraction reduces}}
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// Normalized by a max instead of a sum.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @normalizer_is_max
// CHECK-NOT: attn.flash_attention
func.func @normalizer_is_max(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> (tensor<8x32x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x32xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  // expected-remark @+1 {{attn-fuse: not fused: the normalizer is not a sum of the exponentials}}
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// exp2 numerator with nothing folding log2(e) is still a softmax (of
// x * ln 2): this one fuses with scale 0.125 * ln 2. Not a negative;
// it is here to show that the base is accounted for, not ignored.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @exp2_without_log2e
// CHECK: attn.flash_attention ins({{.*}}) {empty_rows = #attn.empty_rows<nan>, scale = 0.0866433978 : f32}
func.func @exp2_without_log2e(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> (tensor<8x32x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp2 %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x32xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  // expected-remark @+1 {{attn-fuse: fused}}
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// An additive bias on the probabilities before P*V.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @bias_on_probabilities
// CHECK-NOT: attn.flash_attention
func.func @bias_on_probabilities(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>, %bias: tensor<8x32x48xf32>) -> (tensor<8x32x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x32xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  %p0 = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'add' is applied to the probabilities before the second contraction}}
  %p = linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%p0, %bias : tensor<8x32x48xf32>, tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %b: f32, %out: f32):
    %x = arith.addf %in, %b : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// Dropout: the probabilities multiplied by a keep-mask tensor before P*V.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @dropout_on_probabilities
// CHECK-NOT: attn.flash_attention
func.func @dropout_on_probabilities(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>, %drop: tensor<8x32x48xf32>) -> (tensor<8x32x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x32xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  %p0 = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'mul' is applied to the probabilities before the second contraction}}
  %p = linalg.mul ins(%p0, %drop : tensor<8x32x48xf32>, tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// P^T * V through batch_matmul indexing maps (Sq = Sk = 48 would type
// check the same way): the contraction reduces the query axis.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @pt_times_v
// CHECK-NOT: attn.flash_attention
func.func @pt_times_v(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>, %v2: tensor<8x32x64xf32>) -> (tensor<8x48x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x32xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  // expected-remark @+1 {{attn-fuse: not fused: softmax is normalized over another axis than the key axis that the second contraction reduces}}
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %of2 = tensor.empty() : tensor<8x48x64xf32>
  %ofz = linalg.fill ins(%zero : f32) outs(%of2 : tensor<8x48x64xf32>) -> tensor<8x48x64xf32>
  %o = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d3, d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%p, %v2 : tensor<8x32x48xf32>, tensor<8x32x64xf32>) outs(%ofz : tensor<8x48x64xf32>) -> tensor<8x48x64xf32>
  return %o : tensor<8x48x64xf32>
}

// -----

// The exponentials have another user.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @exp_second_user
// CHECK-NOT: attn.flash_attention
func.func @exp_second_user(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> (tensor<8x32x64xf32>, tensor<8x32x48xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x32xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  // expected-remark @+1 {{attn-fuse: not fused: softmax intermediate 'linalg.generic' has another user ('func.return')}}
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o, %e : tensor<8x32x64xf32>, tensor<8x32x48xf32>
}

// -----

// The max has another user (a reduction shared with other code).

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @max_second_user
// CHECK-NOT: attn.flash_attention
func.func @max_second_user(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>) -> (tensor<8x32x64xf32>, tensor<8x32xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x32xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  // expected-remark @+1 {{attn-fuse: not fused: softmax intermediate 'linalg.reduce' has another user ('func.return')}}
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%of : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o, %max : tensor<8x32x64xf32>, tensor<8x32xf32>
}

// -----

// P*V accumulates into V-sized data instead of zeros: O = init + P*V.

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1)>
#col = affine_map<(d0, d1, d2) -> (d0, d2)>
#mq = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#mk = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#ms = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>

// CHECK-LABEL: func.func @pv_nonzero_init
// CHECK-NOT: attn.flash_attention
func.func @pv_nonzero_init(%q: tensor<8x32x64xf32>, %k: tensor<8x48x64xf32>, %v: tensor<8x48x64xf32>, %acc0: tensor<8x32x64xf32>) -> (tensor<8x32x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c = arith.constant 0.125 : f32
  %s0 = tensor.empty() : tensor<8x32x48xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %s = linalg.batch_matmul indexing_maps = [#mq, #mk, #ms] ins(%q, %k : tensor<8x32x64xf32>, tensor<8x48x64xf32>) outs(%sf : tensor<8x32x48xf32>) -> tensor<8x32x48xf32>
  %ss = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%s : tensor<8x32x48xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %c : f32
    linalg.yield %m : f32
  } -> tensor<8x32x48xf32>
  %mr0 = tensor.empty() : tensor<8x32xf32>
  %mf = linalg.fill ins(%ninf : f32) outs(%mr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %max = linalg.reduce ins(%ss : tensor<8x32x48xf32>) outs(%mf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.maximumf %in, %acc : f32
      linalg.yield %x : f32
    }
  %e = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ss, %max : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %mx: f32, %out: f32):
    %d = arith.subf %in, %mx : f32
    %x = math.exp %d : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %sr0 = tensor.empty() : tensor<8x32xf32>
  %zf = linalg.fill ins(%zero : f32) outs(%sr0 : tensor<8x32xf32>) -> tensor<8x32xf32>
  %sum = linalg.reduce ins(%e : tensor<8x32x48xf32>) outs(%zf : tensor<8x32xf32>) dimensions = [2]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  // expected-remark @+1 {{attn-fuse: not fused: the second contraction accumulates into a non-zero init or zero point}}
  %p = linalg.generic {indexing_maps = [#id3, #row, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum : tensor<8x32x48xf32>, tensor<8x32xf32>) outs(%s0 : tensor<8x32x48xf32>) {
  ^bb0(%in: f32, %sm: f32, %out: f32):
    %x = arith.divf %in, %sm : f32
    linalg.yield %x : f32
  } -> tensor<8x32x48xf32>
  %o0 = tensor.empty() : tensor<8x32x64xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<8x32x48xf32>, tensor<8x48x64xf32>) outs(%acc0 : tensor<8x32x64xf32>) -> tensor<8x32x64xf32>
  return %o : tensor<8x32x64xf32>
}

// -----

// Twin of report.mlir's @swiglu: the gate is a softmax along the last axis (exp normalized
// by its sum), then multiplied by another tensor. That is attention-like and
// rejected, and the rejection is reported.

#id3t = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#red3t = affine_map<(d0, d1, d2) -> (d0, d1)>

// CHECK-LABEL: func.func @softmax_times_tensor
// CHECK-NOT: attn.flash_attention
func.func @softmax_times_tensor(%x: tensor<4x16x32xf32>, %wg: tensor<4x32x32xf32>, %wu: tensor<4x32x32xf32>, %w2: tensor<4x32x8xf32>) -> tensor<4x16x8xf32> {
  %zero = arith.constant 0.0 : f32
  %h0 = tensor.empty() : tensor<4x16x32xf32>
  %hf = linalg.fill ins(%zero : f32) outs(%h0 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %g = linalg.batch_matmul ins(%x, %wg : tensor<4x16x32xf32>, tensor<4x32x32xf32>) outs(%hf : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %u = linalg.batch_matmul ins(%x, %wu : tensor<4x16x32xf32>, tensor<4x32x32xf32>) outs(%hf : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %e = linalg.generic {indexing_maps = [#id3t, #id3t], iterator_types = ["parallel", "parallel", "parallel"]} ins(%g : tensor<4x16x32xf32>) outs(%h0 : tensor<4x16x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %x1 = math.exp %in : f32
    linalg.yield %x1 : f32
  } -> tensor<4x16x32xf32>
  %s0 = tensor.empty() : tensor<4x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<4x16xf32>) -> tensor<4x16xf32>
  %sum = linalg.generic {indexing_maps = [#id3t, #red3t], iterator_types = ["parallel", "parallel", "reduction"]} ins(%e : tensor<4x16x32xf32>) outs(%sf : tensor<4x16xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %x2 = arith.addf %in, %acc : f32
    linalg.yield %x2 : f32
  } -> tensor<4x16xf32>
  // expected-remark @+1 {{attn-fuse: not fused: a 'mul' is applied to the probabilities before the second contraction}}
  %a = linalg.generic {indexing_maps = [#id3t, #red3t, #id3t, #id3t], iterator_types = ["parallel", "parallel", "parallel"]} ins(%e, %sum, %u : tensor<4x16x32xf32>, tensor<4x16xf32>, tensor<4x16x32xf32>) outs(%h0 : tensor<4x16x32xf32>) {
  ^bb0(%in: f32, %sm: f32, %up: f32, %out: f32):
    %p = arith.divf %in, %sm : f32
    %m = arith.mulf %p, %up : f32
    linalg.yield %m : f32
  } -> tensor<4x16x32xf32>
  %o0 = tensor.empty() : tensor<4x16x8xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  %o = linalg.batch_matmul ins(%a, %w2 : tensor<4x16x32xf32>, tensor<4x32x8xf32>) outs(%of : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  return %o : tensor<4x16x8xf32>
}
