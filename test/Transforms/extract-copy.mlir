// RUN: attn-opt %s -split-input-file --attn-fuse | FileCheck %s
// RUN: attn-opt %s -split-input-file --attn-fuse=report=true -verify-diagnostics -o /dev/null

// torch-mlir with a dynamic batch lowers broadcasts (aten.expand, the batch
// broadcast of bmm operands, the GQA head repeat) to a linalg.generic with
// no inputs that reads its source through tensor.extract, guarding each
// dynamic dim with `select(extent == 1, 0, index)` (View/ExtractCopy.h).
// Such a copy is plumbing once every index is proven to be a loop index
// over a dim of the same extent (ExtentEquality.h: index_cast round trips,
// `select(x < 0, ..., x)` of a size, dominating cf.assert(cmpi eq)), the
// guard's extent that of the source dim, or 0 on a static unit dim. Each
// positive case has twins that break one check and are refused with a
// remark naming it.

// The probabilities copied to a batch computed as torch's view(-1) does
// (index_cast, select(b < 0, n, b), index_cast back: that is %b), the batch
// index guarded by select(%b == 1, 0, i).
// CHECK-LABEL: func.func @copy_p_guarded
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<?x4x16x16xf32>, tensor<?x4x16x16xf32>, tensor<?x4x16x16xf32>)
// CHECK-NOT: tensor.extract
func.func @copy_p_guarded(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{fused}}
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bout) : tensor<?x4x16x16xf32>
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: the batch index read is i + 1 (a shifted copy).
// CHECK-LABEL: func.func @copy_p_shifted
// CHECK-NOT: attn.flash_attention
func.func @copy_p_shifted(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bout) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': index 0 of the read ('arith.addi') is not a loop index}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %sh = arith.addi %i0, %c1 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%sh, %i1, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: the query index read is 15 - i (a reversed copy).
// CHECK-LABEL: func.func @copy_p_reversed
// CHECK-NOT: attn.flash_attention
func.func @copy_p_reversed(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bout) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': index 2 of the read ('arith.subi') is not a loop index}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %c15 = arith.constant 15 : index
      %rv = arith.subi %c15, %i2 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %rv, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: the key index read is min(j, 7) (a clamped copy).
// CHECK-LABEL: func.func @copy_p_clamped
// CHECK-NOT: attn.flash_attention
func.func @copy_p_clamped(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bout) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': index 3 of the read ('arith.minsi') is not a loop index}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %c7 = arith.constant 7 : index
      %cl = arith.minsi %i3, %c7 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %i2, %cl] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: index 0 read on the heads (size 4): a broadcast of head 0, not a copy.
// CHECK-LABEL: func.func @copy_p_broadcast_non_unit
// CHECK-NOT: attn.flash_attention
func.func @copy_p_broadcast_non_unit(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bout) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': index 1 of the read is the constant 0 on a source dim of size 4: only a static unit dim is broadcast}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %c0, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: loop 2 reads both the query and the key dim (the diagonal).
// CHECK-LABEL: func.func @copy_p_two_dims
// CHECK-NOT: attn.flash_attention
func.func @copy_p_two_dims(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bout) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': loop 2 indexes two dims of the source}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %i2, %i2] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: the copy's batch is V's batch, not proven equal to the probabilities'.
// CHECK-LABEL: func.func @copy_p_other_extent
// CHECK-NOT: attn.flash_attention
func.func @copy_p_other_extent(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bv) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': source dim 0 (extent dim 0 of %arg0) is not proven equal to result dim 0}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: the batch guard tests V's batch == 1: with %bv == 1 and %b > 1 it
// would broadcast batch 0.
// CHECK-LABEL: func.func @copy_p_wrong_guard
// CHECK-NOT: attn.flash_attention
func.func @copy_p_wrong_guard(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bout) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': index 0 of the read is broadcast when dim 0 of %arg2 == 1, which is not proven to be the extent of source dim 0}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %one = arith.cmpi eq, %bv, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// The copy's batch is V's, and cf.assert(V's batch == Q's batch) precedes the
// copy (torch-mlir's "mismatched size for broadcast"): the program stops
// where they differ.
// CHECK-LABEL: func.func @copy_p_asserted
// CHECK: attn.flash_attention
// CHECK-NOT: tensor.extract
func.func @copy_p_asserted(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{fused}}
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %same = arith.cmpi eq, %bv, %b : index
  cf.assert %same, "mismatched size for broadcast"
  %o0 = tensor.empty(%bv) : tensor<?x4x16x16xf32>
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: the assert comes after the copy: it does not guard the read.
// CHECK-LABEL: func.func @copy_p_assert_after
// CHECK-NOT: attn.flash_attention
func.func @copy_p_assert_after(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bv) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': source dim 0 (extent dim 0 of %arg0) is not proven equal to result dim 0}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %same = arith.cmpi eq, %bv, %b : index
  cf.assert %same, "mismatched size for broadcast"
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: the copy's batch is select(n < 0, b, n) with n an argument: n may be
// anything, the batch is not proven to be %b.
// CHECK-LABEL: func.func @copy_p_opaque_select
// CHECK-NOT: attn.flash_attention
func.func @copy_p_opaque_select(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %nneg = arith.cmpi slt, %n, %c0_i64 : i64
  %nsel = arith.select %nneg, %bi, %n : i64
  %nb = arith.index_cast %nsel : i64 to index
  %o0 = tensor.empty(%nb) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': source dim 0 (extent dim 0 of %arg0) is not proven equal to result dim 0 (extent %}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: the body checks something besides the read (an assert).
// CHECK-LABEL: func.func @copy_p_body_assert
// CHECK-NOT: attn.flash_attention
func.func @copy_p_body_assert(%q: tensor<?x4x16x16xf32>, %k: tensor<?x4x16x16xf32>, %v: tensor<?x4x16x16xf32>, %n: i64) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bv = tensor.dim %v, %c0 : tensor<?x4x16x16xf32>
  // torch's view(-1, ...): select(size < 0, inferred, size) of the batch.
  %bi = arith.index_cast %b : index to i64
  %neg = arith.cmpi slt, %bi, %c0_i64 : i64
  %bsel = arith.select %neg, %n, %bi : i64
  %bout = arith.index_cast %bsel : i64 to index
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %o0 = tensor.empty(%bout) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{not fused: the probabilities are not a softmax (they come from 'linalg.generic') [extract copy 'linalg.generic': the body does something besides the read ('cf.assert')}}
  %pc = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%o0 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %t = arith.constant true
      cf.assert %t, "inside"
      %one = arith.cmpi eq, %b, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4[%ib, %i1, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %pc [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}


// -----

// torch-mlir's GQA head repeat with a dynamic batch: K/V [B, 2, 1, S, D]
// read at kv head h, group index 0 (a static unit dim) into [B, 2, 2, S, D]
// and folded to 4 query heads: the op reads K/V with 2 heads. Each of K's
// and V's batch is asserted equal to Q's (else a copy is not proven and
// the op reads the repeated copies).
// CHECK-LABEL: func.func @gqa_repeat_kv
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<?x4x16x16xf32>, tensor<?x2x16x16xf32>, tensor<?x2x16x16xf32>)
// CHECK-NOT: tensor.extract
func.func @gqa_repeat_kv(%q: tensor<?x4x16x16xf32>, %k: tensor<?x2x1x16x16xf32>, %v: tensor<?x2x1x16x16xf32>) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bk = tensor.dim %k, %c0 : tensor<?x2x1x16x16xf32>
  %same = arith.cmpi eq, %bk, %b : index
  cf.assert %same, "mismatched size for broadcast"
  %bvk = tensor.dim %v, %c0 : tensor<?x2x1x16x16xf32>
  %samev = arith.cmpi eq, %bvk, %b : index
  cf.assert %samev, "mismatched size for broadcast"
  %o5 = tensor.empty(%b) : tensor<?x2x2x16x16xf32>
  %kr = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%o5 : tensor<?x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i3 = linalg.index 3 : index
      %i4 = linalg.index 4 : index
      %one = arith.cmpi eq, %bk, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %k[%ib, %i1, %c0, %i3, %i4] : tensor<?x2x1x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x2x2x16x16xf32>
  %vr = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%o5 : tensor<?x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i3 = linalg.index 3 : index
      %i4 = linalg.index 4 : index
      %one = arith.cmpi eq, %bvk, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %v[%ib, %i1, %c0, %i3, %i4] : tensor<?x2x1x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x2x2x16x16xf32>
  %k4 = tensor.collapse_shape %kr [[0], [1, 2], [3], [4]] : tensor<?x2x2x16x16xf32> into tensor<?x4x16x16xf32>
  %v4 = tensor.collapse_shape %vr [[0], [1, 2], [3], [4]] : tensor<?x2x2x16x16xf32> into tensor<?x4x16x16xf32>
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k4 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v4 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{fused}}
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %p4 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}

// -----

// Twin: the group dim of K/V is dynamic: index 0 of it is a broadcast only
// if it has size 1, which nothing proves. The copies stay opaque: the op
// reads the repeated tensors they produce, as [B * 2, 2, S, D] (no GQA).
// CHECK-LABEL: func.func @gqa_repeat_kv_dynamic_unit
// CHECK-COUNT-2: tensor.extract
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<?x2x16x16xf32>, tensor<?x2x16x16xf32>, tensor<?x2x16x16xf32>)
func.func @gqa_repeat_kv_dynamic_unit(%q: tensor<?x4x16x16xf32>, %k: tensor<?x2x?x16x16xf32>, %v: tensor<?x2x?x16x16xf32>) -> tensor<?x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %b = tensor.dim %q, %c0 : tensor<?x4x16x16xf32>
  %bk = tensor.dim %k, %c0 : tensor<?x2x?x16x16xf32>
  %same = arith.cmpi eq, %bk, %b : index
  cf.assert %same, "mismatched size for broadcast"
  %bvk = tensor.dim %v, %c0 : tensor<?x2x?x16x16xf32>
  %samev = arith.cmpi eq, %bvk, %b : index
  cf.assert %samev, "mismatched size for broadcast"
  %o5 = tensor.empty(%b) : tensor<?x2x2x16x16xf32>
  %kr = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%o5 : tensor<?x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i3 = linalg.index 3 : index
      %i4 = linalg.index 4 : index
      %one = arith.cmpi eq, %bk, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %k[%ib, %i1, %c0, %i3, %i4] : tensor<?x2x?x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x2x2x16x16xf32>
  %vr = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%o5 : tensor<?x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i3 = linalg.index 3 : index
      %i4 = linalg.index 4 : index
      %one = arith.cmpi eq, %bvk, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %v[%ib, %i1, %c0, %i3, %i4] : tensor<?x2x?x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<?x2x2x16x16xf32>
  %k4 = tensor.collapse_shape %kr [[0], [1, 2], [3], [4]] : tensor<?x2x2x16x16xf32> into tensor<?x4x16x16xf32>
  %v4 = tensor.collapse_shape %vr [[0], [1, 2], [3], [4]] : tensor<?x2x2x16x16xf32> into tensor<?x4x16x16xf32>
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3 = tensor.collapse_shape %k4 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3 = tensor.collapse_shape %v4 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh = tensor.dim %q3, %c0 : tensor<?x16x16xf32>
  %s0 = tensor.empty(%bh) : tensor<?x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s4 = tensor.expand_shape %s [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0 = tensor.empty(%b) : tensor<?x4x16x16xf32>
  // expected-remark @+1 {{fused}}
  %p4 = linalg.softmax dimension(3) ins(%s4 : tensor<?x4x16x16xf32>) outs(%e0 : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %p = tensor.collapse_shape %p4 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f = linalg.fill ins(%zero : f32) outs(%s0 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [%b, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  return %o : tensor<?x4x16x16xf32>
}


// -----

// Static shapes (test/Transforms/Inputs/numcheck.py runs this one fused vs
// unfused): K stored [B, KVH, 1, D, S], repeated over the group (index 0 of
// the unit dim) and transposed to [B, KVH, G, S, D] by the copy's index
// order; V [B, KVH, 1, S, D] repeated the same way. The op reads K and V
// with 2 heads, views of the arguments (GQA).
// CHECK-LABEL: func.func @static_gqa_repeat_transposed_k
// CHECK-NOT: tensor.extract
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<2x4x16x16xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>)
func.func @static_gqa_repeat_transposed_k(%q: tensor<2x4x16x16xf32>, %kt: tensor<2x2x1x16x16xf32>, %vg: tensor<2x2x1x16x16xf32>) -> tensor<2x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %ko = tensor.empty() : tensor<2x2x2x16x16xf32>
  %kr = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%ko : tensor<2x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i3 = linalg.index 3 : index
      %i4 = linalg.index 4 : index
      %e = tensor.extract %kt[%i0, %i1, %c0, %i4, %i3] : tensor<2x2x1x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<2x2x2x16x16xf32>
  %vr = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%ko : tensor<2x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i3 = linalg.index 3 : index
      %i4 = linalg.index 4 : index
      %e = tensor.extract %vg[%i0, %i1, %c0, %i3, %i4] : tensor<2x2x1x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<2x2x2x16x16xf32>
  %k4 = tensor.collapse_shape %kr [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
  %v = tensor.collapse_shape %vr [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
  %k3 = tensor.collapse_shape %k4 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  // expected-remark @below {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%s : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
  return %o : tensor<2x4x16x16xf32>
}

// -----

// Twin: the copy of K reads the key index reversed (15 - s): not a copy; the
// op reads the copies' results (a different K, still computed exactly), as
// [B * 2, 2, S, D] with no GQA.
// CHECK-LABEL: func.func @static_gqa_repeat_reversed_k
// CHECK: tensor.extract
// CHECK: attn.flash_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<4x2x16x16xf32>, tensor<4x2x16x16xf32>, tensor<4x2x16x16xf32>)
func.func @static_gqa_repeat_reversed_k(%q: tensor<2x4x16x16xf32>, %kt: tensor<2x2x1x16x16xf32>, %vg: tensor<2x2x1x16x16xf32>) -> tensor<2x4x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %ko = tensor.empty() : tensor<2x2x2x16x16xf32>
  %kr = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%ko : tensor<2x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i3 = linalg.index 3 : index
      %i4 = linalg.index 4 : index
      %c15 = arith.constant 15 : index
      %r3 = arith.subi %c15, %i3 : index
      %e = tensor.extract %kt[%i0, %i1, %c0, %i4, %r3] : tensor<2x2x1x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<2x2x2x16x16xf32>
  %vr = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%ko : tensor<2x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i3 = linalg.index 3 : index
      %i4 = linalg.index 4 : index
      %e = tensor.extract %vg[%i0, %i1, %c0, %i3, %i4] : tensor<2x2x1x16x16xf32>
      linalg.yield %e : f32
  } -> tensor<2x2x2x16x16xf32>
  %k4 = tensor.collapse_shape %kr [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
  %v = tensor.collapse_shape %vr [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
  %k3 = tensor.collapse_shape %k4 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
  %s0 = tensor.empty() : tensor<8x16x16xf32>
  %sf = linalg.fill ins(%zero : f32) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>] ins(%q3, %k3 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  // expected-remark @below {{attn-fuse: fused}}
  %p = linalg.softmax dimension(2) ins(%s : tensor<8x16x16xf32>) outs(%s0 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %o3 = linalg.batch_matmul ins(%p, %v3 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%sf : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
  return %o : tensor<2x4x16x16xf32>
}

