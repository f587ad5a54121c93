//===- CandidateDetection.cpp - which contractions read probabilities -----===//
//
// Which contraction-shaped ops are tried and reported as the second
// contraction of an attention (docs/fusion.md, "The proof"): those whose
// operand comes, through elementwise ops, reductions and plumbing, from an
// exponential or a softmax (feedsFromSoftmaxLike), and for remarks from
// normalized exponentials (feedsFromNormalizedExp). Declared in
// SemanticView.h.
//
//===----------------------------------------------------------------------===//

#include "View/Contraction.h"
#include "View/ExtractCopy.h"
#include "View/SemanticView.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace mlir::attn::fuse;

static bool bodyHasExp(Operation *op) {
  bool found = false;
  op->walk([&](Operation *inner) {
    if (isa<math::ExpOp, math::Exp2Op>(inner))
      found = true;
  });
  return found;
}

/// A contraction, or a linalg op shaped like one: inputs combined over a
/// reduction loop into a result with a loop that some input does not read
/// (a P V whose body is not a plain sum of products, e.g. the softmax's
/// normalization fused into it). The softmax's own reductions read every
/// result loop in every input. Candidate detection stops there: what
/// follows is another computation (an output projection), not
/// probabilities.
static bool isContractionLike(Operation *op) {
  if (getContraction(op, /*requireZeroInit=*/false))
    return true;
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  if (!lop || lop.getNumReductionLoops() == 0 || lop.getNumDpsInputs() < 2 ||
      lop.getNumDpsInits() != 1)
    return false;
  AffineMap out = lop.getMatchingIndexingMap(lop.getDpsInitOperand(0));
  for (unsigned l = 0; l < lop.getNumLoops(); ++l) {
    if (!out.isFunctionOfDim(l))
      continue;
    for (OpOperand *in : lop.getDpsInputOperands())
      if (!lop.getMatchingIndexingMap(in).isFunctionOfDim(l))
        return true;
  }
  return false;
}

static bool feedsImpl(Value v, unsigned depth, DenseSet<Value> &seen) {
  if (depth > 24 || !v || !seen.insert(v).second)
    return false;
  Operation *def = v.getDefiningOp();
  if (!def || isContractionLike(def))
    return false;
  if (isa<linalg::SoftmaxOp, math::ExpOp, math::Exp2Op, tosa::ExpOp>(def))
    return true;
  bool traverse = false;
  if (isa<linalg::LinalgOp>(def)) {
    if (bodyHasExp(def))
      return true;
    traverse = true;
  } else if (isa<tosa::TosaDialect, tensor::TensorDialect, arith::ArithDialect,
                 math::MathDialect>(def->getDialect())) {
    traverse = true;
  }
  if (!traverse)
    return false;
  for (Value o : tensorsReadBy(def))
    if (isa<TensorType>(o.getType()) && feedsImpl(o, depth + 1, seen))
      return true;
  return false;
}

static bool isReduction(Operation *op) {
  if (isa<tosa::ReduceSumOp>(op))
    return true;
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  return lop && lop.getNumReductionLoops() > 0;
}

static bool normalizedImpl(Value v, unsigned depth, DenseSet<Value> &seen) {
  if (depth > 24 || !v || !seen.insert(v).second)
    return false;
  Operation *def = v.getDefiningOp();
  if (!def || isContractionLike(def))
    return false;
  if (isa<linalg::SoftmaxOp>(def))
    return true;
  if (isReduction(def)) {
    if (isa<linalg::LinalgOp>(def) && bodyHasExp(def))
      return true;
    for (Value o : def->getOperands())
      if (isa<TensorType>(o.getType()) && feedsFromSoftmaxLike(o, depth + 1))
        return true;
  }
  Dialect *d = def->getDialect();
  if (!isa<linalg::LinalgOp>(def) &&
      !(d && isa<tosa::TosaDialect, tensor::TensorDialect, arith::ArithDialect,
                 math::MathDialect>(d)))
    return false;
  for (Value o : tensorsReadBy(def))
    if (isa<TensorType>(o.getType()) && normalizedImpl(o, depth + 1, seen))
      return true;
  return false;
}

bool mlir::attn::fuse::feedsFromNormalizedExp(Value v) {
  DenseSet<Value> seen;
  return normalizedImpl(v, 0, seen);
}

bool mlir::attn::fuse::feedsFromSoftmaxLike(Value v, unsigned depth) {
  DenseSet<Value> seen;
  return feedsImpl(v, depth, seen);
}
