// RUN: attn-opt %s -split-input-file --attn-fuse 2>&1 | FileCheck %s --check-prefix=QUIET
// RUN: attn-opt %s -split-input-file > %t.before
// RUN: attn-opt %s -split-input-file --attn-fuse > %t.after
// RUN: diff %t.before %t.after
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// Without `report` the pass says nothing; a module without attention comes
// out unchanged (the first three RUN lines); matmuls without a softmax are
// not candidates and get no remark even with `report`, nor do products
// whose exponentials no softmax normalizes (@swiglu).

// QUIET-NOT: remark
// QUIET-NOT: attn.flash_attention

#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>

func.func @mlp(%x: tensor<4x16x32xf32>, %w: tensor<4x32x32xf32>, %w2: tensor<4x32x8xf32>) -> tensor<4x16x8xf32> {
  %zero = arith.constant 0.0 : f32
  %h0 = tensor.empty() : tensor<4x16x32xf32>
  %hf = linalg.fill ins(%zero : f32) outs(%h0 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %h = linalg.batch_matmul ins(%x, %w : tensor<4x16x32xf32>, tensor<4x32x32xf32>) outs(%hf : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %a = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%h : tensor<4x16x32xf32>) outs(%h0 : tensor<4x16x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<4x16x32xf32>
  %o0 = tensor.empty() : tensor<4x16x8xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  %o = linalg.batch_matmul ins(%a, %w2 : tensor<4x16x32xf32>, tensor<4x32x8xf32>) outs(%of : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  return %o : tensor<4x16x8xf32>
}

// -----

func.func @tosa_mlp(%x: tensor<4x16x32xf32>, %w: tensor<4x32x32xf32>) -> tensor<4x16x32xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %h = tosa.matmul %x, %w, %zp, %zp : (tensor<4x16x32xf32>, tensor<4x32x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x16x32xf32>
  %e = tosa.exp %h : (tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  return %e : tensor<4x16x32xf32>
}

// -----

// A SwiGLU MLP (LLaMA, Qwen): silu(x*Wg) * (x*Wu) feeds a contraction. The
// sigmoid's exponential makes the product look like a candidate, but no
// softmax normalizes it (no reduction over exponentials upstream): the
// rejection is not reported.

#id3s = affine_map<(d0, d1, d2) -> (d0, d1, d2)>

func.func @swiglu(%x: tensor<4x16x32xf32>, %wg: tensor<4x32x32xf32>, %wu: tensor<4x32x32xf32>, %w2: tensor<4x32x8xf32>) -> tensor<4x16x8xf32> {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %h0 = tensor.empty() : tensor<4x16x32xf32>
  %hf = linalg.fill ins(%zero : f32) outs(%h0 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %g = linalg.batch_matmul ins(%x, %wg : tensor<4x16x32xf32>, tensor<4x32x32xf32>) outs(%hf : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %u = linalg.batch_matmul ins(%x, %wu : tensor<4x16x32xf32>, tensor<4x32x32xf32>) outs(%hf : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
  %a = linalg.generic {indexing_maps = [#id3s, #id3s, #id3s], iterator_types = ["parallel", "parallel", "parallel"]} ins(%g, %u : tensor<4x16x32xf32>, tensor<4x16x32xf32>) outs(%h0 : tensor<4x16x32xf32>) {
  ^bb0(%in: f32, %up: f32, %out: f32):
    %n = arith.negf %in : f32
    %e = math.exp %n : f32
    %d = arith.addf %e, %one : f32
    %s = arith.divf %in, %d : f32
    %m = arith.mulf %s, %up : f32
    linalg.yield %m : f32
  } -> tensor<4x16x32xf32>
  %o0 = tensor.empty() : tensor<4x16x8xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  %o = linalg.batch_matmul ins(%a, %w2 : tensor<4x16x32xf32>, tensor<4x32x8xf32>) outs(%of : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  return %o : tensor<4x16x8xf32>
}
