// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// torch-mlir with a dynamic sequence folds [B, H, S, S] <-> [B*H, S, S] with
// tensor.reshape to a shape built by tensor.from_elements from i64 arithmetic
// on the sizes (View/ComputedReshape.h). Such a reshape is read as a
// collapse or an expand once every extent of the side with more dims is
// proven to group, in order, into products equal to the other side's
// extents (products of canonical sizes, exact quotients, select of a
// provable condition, dominating cf.assert equalities). Each positive case
// has twins that break one check and are refused with a remark naming it.

// Every fold's shape made of tensor.dim sizes (through index_cast), their
// product with the head count, and constants: collapses and expands.
// CHECK-LABEL: func.func @plain_dims
// CHECK-NOT: tensor.reshape
// CHECK: attn.flash_attention ins(%arg0, %arg1, %arg2 : tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>)
// CHECK-NOT: linalg.batch_matmul
func.func @plain_dims(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %qshape = tensor.from_elements %bh, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %bh, %si, %ski : tensor<3xi64>
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// torch's view(-1, S, Sk) as torch-mlir writes it: select(B*4 < 0, numel /
// known, B*4) (B*4 is a non-negative size: the select reads B*4) for Q, and
// the exact quotient (B*4*S*Sk) / (S*Sk) for the probabilities.
// CHECK-LABEL: func.func @torch_view_inference
// CHECK-NOT: tensor.reshape
// CHECK: attn.flash_attention ins(%arg0, %arg1, %arg2 : tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>)
// CHECK-NOT: linalg.batch_matmul
func.func @torch_view_inference(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %neg = arith.cmpi slt, %bh, %c0_i64 : i64
  %qsel = arith.select %neg, %n, %bh : i64
  %numel0 = arith.muli %bh, %si : i64
  %numel = arith.muli %numel0, %ski : i64
  %known = arith.muli %si, %ski : i64
  %quot = arith.divsi %numel, %known : i64
  %qshape = tensor.from_elements %qsel, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %quot, %si, %ski : tensor<3xi64>
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// The probabilities folded with V's sequence length as the key extent,
// proven equal to K's by a dominating cf.assert.
// CHECK-LABEL: func.func @asserted_extent
// CHECK-NOT: tensor.reshape
// CHECK: attn.flash_attention ins(%arg0, %arg1, %arg2 : tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>)
// CHECK-NOT: linalg.batch_matmul
func.func @asserted_extent(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %same = arith.cmpi eq, %svi, %ski : i64
  cf.assert %same, "mismatched size"
  %qshape = tensor.from_elements %bh, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %bh, %si, %svi : tensor<3xi64>
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// A padding mask [B, Sk] reshaped to [B, 1, 1, Sk] (unit dims inserted) and
// added to the logits: read as an expand_shape of the argument.
// CHECK-LABEL: func.func @mask_unit_dims
// CHECK: %[[M:.*]] = tensor.expand_shape %arg4 {{\[}}[0], [1, 2, 3]]
// CHECK-NOT: tensor.reshape
// CHECK: attn.flash_attention {{.*}} mask(%[[M]] :
func.func @mask_unit_dims(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64, %m: tensor<?x?xf32>) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %qshape = tensor.from_elements %bh, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  %mb = tensor.dim %m, %c0 : tensor<?x?xf32>
  %mk = tensor.dim %m, %c1 : tensor<?x?xf32>
  %mbi = arith.index_cast %mb : index to i64
  %mki = arith.index_cast %mk : index to i64
  %mshape = tensor.from_elements %mbi, %c1_i64, %c1_i64, %mki : tensor<4xi64>
  %m4 = tensor.reshape %m(%mshape) : (tensor<?x?xf32>, tensor<4xi64>) -> tensor<?x1x1x?xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s4, %m4 : tensor<?x4x?x?xf32>, tensor<?x1x1x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) {
    ^bb0(%a: f32, %w: f32, %out: f32):
      %t = arith.addf %a, %w : f32
      linalg.yield %t : f32
  } -> tensor<?x4x?x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p4 = linalg.softmax dimension(3) ins(%sm : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %bh, %si, %ski : tensor<3xi64>
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// Twin of @plain_dims: the probabilities reshaped to [B*4, Sk, S] (a
// reinterpretation, not a transpose: it regroups elements).
// CHECK-LABEL: func.func @swapped_extents
// CHECK-NOT: attn.flash_attention
func.func @swapped_extents(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %qshape = tensor.from_elements %bh, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %bh, %ski, %si : tensor<3xi64>
  // expected-remark @+1 {{attn-fuse: not fused: the probabilities are not a softmax (they come from 'tensor.reshape') [reshape 'tensor.reshape': result dim 1 (extent (dim 2 of %arg1)) is not proven to be the product of consecutive source dims}}
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// Twin of @plain_dims: the key extent of the probabilities' fold is the
// query length (the shape uses another dim).
// CHECK-LABEL: func.func @other_dim
// CHECK-NOT: attn.flash_attention
func.func @other_dim(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %qshape = tensor.from_elements %bh, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %bh, %si, %si : tensor<3xi64>
  // expected-remark @+1 {{attn-fuse: not fused: the probabilities are not a softmax (they come from 'tensor.reshape') [reshape 'tensor.reshape': result dim 2 (extent (dim 2 of %arg0)) is not proven}}
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// Twin of @asserted_extent without the assert: V's sequence length is not
// proven to be K's.
// CHECK-LABEL: func.func @unasserted_extent
// CHECK-NOT: attn.flash_attention
func.func @unasserted_extent(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %qshape = tensor.from_elements %bh, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %bh, %si, %svi : tensor<3xi64>
  // expected-remark @+1 {{attn-fuse: not fused: the probabilities are not a softmax (they come from 'tensor.reshape') [reshape 'tensor.reshape': result dim 2 (extent (dim 2 of %arg2)) is not proven}}
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// Twin of @plain_dims: the batch element of the fold is an argument.
// CHECK-LABEL: func.func @opaque_extent
// CHECK-NOT: attn.flash_attention
func.func @opaque_extent(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %qshape = tensor.from_elements %bh, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %n, %si, %ski : tensor<3xi64>
  // expected-remark @+1 {{attn-fuse: not fused: the probabilities are not a softmax (they come from 'tensor.reshape') [reshape 'tensor.reshape': result dim 0 (extent (%arg3)) is not proven}}
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// Twin of @torch_view_inference: (B*4*S) / Sk is not an exact quotient.
// CHECK-LABEL: func.func @inexact_quotient
// CHECK-NOT: attn.flash_attention
func.func @inexact_quotient(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %neg = arith.cmpi slt, %bh, %c0_i64 : i64
  %qsel = arith.select %neg, %n, %bh : i64
  %numel = arith.muli %bh, %si : i64
  %quot = arith.divsi %numel, %ski : i64
  %qshape = tensor.from_elements %qsel, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %quot, %si, %ski : tensor<3xi64>
  // expected-remark @+1 {{attn-fuse: not fused: the probabilities are not a softmax (they come from 'tensor.reshape') [reshape 'tensor.reshape': result dim 0 (extent (}}
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// Twin of @torch_view_inference: Q's batch element is select(B*4 > 0, B*4, %n),
// whose condition is not provable (false for B = 0) and whose branches
// differ. Q's fold stays: the op reads the program's reshaped Q (expanded
// back), which is still sound.
// CHECK-LABEL: func.func @negative_guess
// CHECK: %[[R:.*]] = tensor.reshape %arg0
// CHECK: %[[X:.*]] = tensor.expand_shape %[[R]]
// CHECK: attn.flash_attention ins(%[[X]], %arg1, %arg2
func.func @negative_guess(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %pos = arith.cmpi sgt, %bh, %c0_i64 : i64
  %qsel = arith.select %pos, %bh, %n : i64
  %qshape = tensor.from_elements %qsel, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %bh, %si, %ski : tensor<3xi64>
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}

// -----

// Twin of @mask_unit_dims: the mask's key extent replaced by an argument. The
// reshape stays and the op reads its result as the mask.
// CHECK-LABEL: func.func @mask_other_extent
// CHECK: %[[M:.*]] = tensor.reshape %arg4
// CHECK: attn.flash_attention {{.*}} mask(%[[M]] :
func.func @mask_other_extent(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>, %n: i64, %m: tensor<?x?xf32>) -> tensor<?x?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0_i64 = arith.constant 0 : i64
  %c1_i64 = arith.constant 1 : i64
  %c4_i64 = arith.constant 4 : i64
  %c16_i64 = arith.constant 16 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x?x16xf32>
  %s = tensor.dim %q, %c2 : tensor<?x4x?x16xf32>
  %bi = arith.index_cast %b : index to i64
  %si = arith.index_cast %s : index to i64
  %bh = arith.muli %bi, %c4_i64 : i64
  %bk = tensor.dim %k, %c0 : tensor<?x4x?x16xf32>
  %sk = tensor.dim %k, %c2 : tensor<?x4x?x16xf32>
  %bki = arith.index_cast %bk : index to i64
  %ski = arith.index_cast %sk : index to i64
  %bkh = arith.muli %bki, %c4_i64 : i64
  %bv = tensor.dim %v, %c0 : tensor<?x4x?x16xf32>
  %sv = tensor.dim %v, %c2 : tensor<?x4x?x16xf32>
  %bvi = arith.index_cast %bv : index to i64
  %svi = arith.index_cast %sv : index to i64
  %bvh = arith.muli %bvi, %c4_i64 : i64
  %qshape = tensor.from_elements %bh, %si, %c16_i64 : tensor<3xi64>
  %q3 = tensor.reshape %q(%qshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %kshape = tensor.from_elements %bkh, %ski, %c16_i64 : tensor<3xi64>
  %k3 = tensor.reshape %k(%kshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %vshape = tensor.from_elements %bvh, %svi, %c16_i64 : tensor<3xi64>
  %v3 = tensor.reshape %v(%vshape) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
  %bhx = arith.index_cast %bh : i64 to index
  %s0 = tensor.empty(%bhx, %s, %sk) : tensor<?x?x?xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %sc = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x?x16xf32>, tensor<?x?x16xf32>) outs(%sf : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
  %s4shape = tensor.from_elements %bi, %c4_i64, %si, %ski : tensor<4xi64>
  %s4 = tensor.reshape %sc(%s4shape) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
  %e0 = tensor.empty(%b, %s, %sk) : tensor<?x4x?x?xf32>
  %mb = tensor.dim %m, %c0 : tensor<?x?xf32>
  %mk = tensor.dim %m, %c1 : tensor<?x?xf32>
  %mbi = arith.index_cast %mb : index to i64
  %mki = arith.index_cast %mk : index to i64
  %mshape = tensor.from_elements %mbi, %c1_i64, %c1_i64, %n : tensor<4xi64>
  %m4 = tensor.reshape %m(%mshape) : (tensor<?x?xf32>, tensor<4xi64>) -> tensor<?x1x1x?xf32>
  %sm = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s4, %m4 : tensor<?x4x?x?xf32>, tensor<?x1x1x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) {
    ^bb0(%a: f32, %w: f32, %out: f32):
      %t = arith.addf %a, %w : f32
      linalg.yield %t : f32
  } -> tensor<?x4x?x?xf32>
  // expected-remark @+1 {{attn-fuse: fused}}
  %p4 = linalg.softmax dimension(3) ins(%sm : tensor<?x4x?x?xf32>) outs(%e0 : tensor<?x4x?x?xf32>) -> tensor<?x4x?x?xf32>
  %pshape = tensor.from_elements %bh, %si, %ski : tensor<3xi64>
  %p = tensor.reshape %p4(%pshape) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
  %o0 = tensor.empty(%bhx, %s) : tensor<?x?x16xf32>
  %of = linalg.fill ins(%zero : f32) outs(%o0 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%of : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
  return %o3 : tensor<?x?x16xf32>
}
