//===- SemanticView.cpp - what an op computes, not how it is spelled ------===//

#include "View/SemanticView.h"
#include "View/ComputedReshape.h"
#include "View/Constants.h"
#include "View/ExtractCopy.h"
#include "View/ReshapeLabels.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"
#include "mlir/IR/Matchers.h"

#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <functional>
#include <limits>

using namespace mlir;
using namespace mlir::attn::fuse;

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

const char *mlir::attn::fuse::exprKindName(EK k) {
  switch (k) {
  case EK::Leaf:
    return "tensor";
  case EK::Const:
    return "constant";
  case EK::Scalar:
    return "runtime scalar";
  case EK::Index:
    return "index";
  case EK::Acc:
    return "accumulator";
  case EK::Exp:
    return "exp";
  case EK::Exp2:
    return "exp2";
  case EK::Recip:
    return "reciprocal";
  case EK::Neg:
    return "negate";
  case EK::Cast:
    return "cast";
  case EK::Add:
    return "add";
  case EK::Sub:
    return "sub";
  case EK::Mul:
    return "mul";
  case EK::Div:
    return "div";
  case EK::Max:
    return "max";
  case EK::Min:
    return "min";
  case EK::And:
    return "and";
  case EK::Or:
    return "or";
  case EK::Select:
    return "select";
  case EK::Cmp:
    return "compare";
  case EK::Reduce:
    return "reduction";
  case EK::Softmax:
    return "softmax";
  }
  return "?";
}

Expr *mlir::attn::fuse::stripCasts(Expr *e) {
  while (e && e->kind == EK::Cast && e->ops.size() == 1)
    e = e->ops[0];
  return e;
}

bool mlir::attn::fuse::isExactFloatExtension(const Expr *e) {
  if (!e || e->kind != EK::Cast || e->ops.size() != 1 || !e->type ||
      !e->srcType)
    return false;
  auto from = dyn_cast<FloatType>(getElementTypeOrSelf(e->srcType));
  auto to = dyn_cast<FloatType>(getElementTypeOrSelf(e->type));
  return from && to &&
         llvm::APFloatBase::isRepresentableBy(from.getFloatSemantics(),
                                              to.getFloatSemantics());
}

Expr *mlir::attn::fuse::stripExactFloatExtensions(Expr *e) {
  while (isExactFloatExtension(e))
    e = e->ops[0];
  return e;
}

Expr *ExprBuilder::leaf(Value v, const Labels &labels) {
  Expr *e = new (alloc.Allocate()) Expr();
  e->kind = EK::Leaf;
  e->value = v;
  e->labels = labels;
  e->op = v ? v.getDefiningOp() : nullptr;
  return e;
}

Expr *ExprBuilder::constant(double c, Operation *op) {
  Expr *e = new (alloc.Allocate()) Expr();
  e->kind = EK::Const;
  e->cst = c;
  e->op = op;
  return e;
}

Expr *ExprBuilder::node(EK k, ArrayRef<Expr *> ops, Operation *op) {
  // Fold arithmetic on constants (in double; the graph rounds each step to
  // its element type, a difference of rounding only).
  if (!ops.empty() &&
      llvm::all_of(ops, [](Expr *o) { return o && o->kind == EK::Const; })) {
    double a = ops[0]->cst, b = ops.size() > 1 ? ops[1]->cst : 0.0;
    std::optional<double> r;
    switch (k) {
    case EK::Add:
      r = a + b;
      break;
    case EK::Sub:
      r = a - b;
      break;
    case EK::Mul:
      r = a * b;
      break;
    case EK::Div:
      r = a / b;
      break;
    case EK::Neg:
      r = -a;
      break;
    case EK::Recip:
      r = 1.0 / a;
      break;
    case EK::Max:
      r = std::max(a, b);
      break;
    case EK::Min:
      r = std::min(a, b);
      break;
    default:
      break;
    }
    if (r && ops.size() == (k == EK::Neg || k == EK::Recip ? 1u : 2u))
      return constant(*r, op);
  }
  Expr *e = new (alloc.Allocate()) Expr();
  e->kind = k;
  e->ops.assign(ops.begin(), ops.end());
  e->op = op;
  return e;
}

bool ExprBuilder::equal(const Expr *a, const Expr *b, bool ignoreLabels) const {
  if (a == b)
    return true;
  if (!a || !b || a->kind != b->kind || a->ops.size() != b->ops.size())
    return false;
  switch (a->kind) {
  case EK::Leaf:
    if (a->value != b->value)
      return false;
    return ignoreLabels || atoms.sameLeaves(a->labels, b->labels);
  case EK::Const:
    return a->cst == b->cst || (std::isnan(a->cst) && std::isnan(b->cst));
  case EK::Scalar:
    return a->value == b->value;
  case EK::Index:
  case EK::Softmax:
    if (!ignoreLabels && !atoms.sameLeaves(a->label, b->label))
      return false;
    break;
  case EK::Cast:
    if (a->type != b->type || a->isUnsigned != b->isUnsigned)
      return false;
    break;
  case EK::Cmp:
    if (a->pred != b->pred || a->isUnsigned != b->isUnsigned ||
        a->unordered != b->unordered)
      return false;
    break;
  case EK::Reduce:
    if (a->red != b->red)
      return false;
    break;
  default:
    break;
  }
  for (auto [x, y] : llvm::zip(a->ops, b->ops))
    if (!equal(x, y, ignoreLabels))
      return false;
  return true;
}

Expr *ExprBuilder::build(Value v, const Labels &labels) {
  return buildImpl(v, labels, 0);
}

Expr *ExprBuilder::buildImpl(Value v, const Labels &labels, unsigned depth) {
  std::vector<int> key;
  for (const DimLabel &l : labels) {
    key.insert(key.end(), l.begin(), l.end());
    key.push_back(-1);
  }
  auto memoKey = std::make_pair(v.getAsOpaquePointer(), key);
  auto it = memo.find(memoKey);
  if (it != memo.end())
    return it->second;

  Expr *result = nullptr;
  auto type = dyn_cast<RankedTensorType>(v.getType());
  Operation *def = v.getDefiningOp();
  if (type && labels.size() == static_cast<size_t>(type.getRank()))
    seen.try_emplace(v, labels);
  if (depth > 48 || !type ||
      labels.size() != static_cast<size_t>(type.getRank())) {
    result = leaf(v, labels);
  } else if (auto c = getSplatConstant(v)) {
    result = constant(*c, def);
  } else if (!def || getContraction(def, /*requireZeroInit=*/false)) {
    result = leaf(v, labels);
  } else if (auto sm = dyn_cast<linalg::SoftmaxOp>(def)) {
    int64_t dim = sm.getDimension();
    if (dim < 0 || dim >= type.getRank() ||
        sm.getInput().getType() != sm.getOutput().getType()) {
      result = leaf(v, labels);
    } else {
      Expr *in = buildImpl(sm.getInput(), labels, depth + 1);
      result = node(EK::Softmax, {in}, def);
      result->label = labels[dim];
      visited.insert(def);
    }
  } else if (extractCopySource(def)) {
    // A copy through tensor.extract (ExtractCopy.h): plumbing once proven.
    std::string why;
    FailureOr<ExtractCopy> copy = proveExtractCopy(def, why);
    if (failed(copy)) {
      notes.push_back(why);
      result = leaf(v, labels);
    } else {
      visited.insert(def);
      result = buildImpl(copy->source, sourceLabels(*copy, labels), depth + 1);
    }
  } else if (isa<linalg::LinalgOp>(def)) {
    result = buildLinalg(def, v, labels, depth);
  } else if (isa<tosa::TosaDialect>(def->getDialect())) {
    result = buildTosa(def, v, labels, depth);
  } else if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(def)) {
    Value src = def->getOperand(0);
    auto srcType = dyn_cast<RankedTensorType>(src.getType());
    FailureOr<Labels> in = failure();
    if (srcType) {
      if (auto c = dyn_cast<tensor::CollapseShapeOp>(def))
        in = labelsThroughReassociation(atoms, src, srcType, type, labels,
                                        c.getReassociationIndices(),
                                        /*inputIsExpanded=*/true);
      else
        in = labelsThroughReassociation(
            atoms, src, srcType, type, labels,
            cast<tensor::ExpandShapeOp>(def).getReassociationIndices(),
            /*inputIsExpanded=*/false);
    }
    if (failed(in)) {
      result = leaf(v, labels);
    } else {
      visited.insert(def);
      result = buildImpl(src, *in, depth + 1);
    }
  } else if (auto rs = dyn_cast<tensor::ReshapeOp>(def)) {
    // A reshape to a computed shape (ComputedReshape.h): a collapse or an
    // expand once proven.
    std::string why;
    FailureOr<ComputedReshape> proven = proveComputedReshape(rs, why);
    auto srcType = dyn_cast<RankedTensorType>(rs.getSource().getType());
    FailureOr<Labels> in = failure();
    if (succeeded(proven))
      in = labelsThroughReassociation(atoms, rs.getSource(), srcType, type,
                                      labels, proven->reassociation,
                                      proven->sourceIsExpanded);
    else
      notes.push_back(why);
    if (failed(in)) {
      result = leaf(v, labels);
    } else {
      visited.insert(def);
      result = buildImpl(rs.getSource(), *in, depth + 1);
    }
  } else if (isa<tensor::CastOp>(def) &&
             isa<RankedTensorType>(def->getOperand(0).getType())) {
    visited.insert(def);
    result = buildImpl(def->getOperand(0), labels, depth + 1);
  } else if (def->getNumResults() == 1 &&
             (isa<arith::ArithDialect>(def->getDialect()) ||
              isa<math::MathDialect>(def->getDialect())) &&
             llvm::all_of(def->getOperandTypes(), [&](Type t) {
               auto tt = dyn_cast<RankedTensorType>(t);
               return tt && tt.getShape() == type.getShape();
             })) {
    // Elementwise arith/math on tensors of one shape.
    SmallVector<Expr *> ops;
    for (Value o : def->getOperands())
      ops.push_back(buildImpl(o, labels, depth + 1));
    EK k;
    bool ok = true;
    if (isa<arith::AddFOp>(def))
      k = EK::Add;
    else if (isa<arith::SubFOp>(def))
      k = EK::Sub;
    else if (isa<arith::MulFOp>(def))
      k = EK::Mul;
    else if (isa<arith::DivFOp>(def))
      k = EK::Div;
    else if (isa<arith::MaximumFOp, arith::MaxNumFOp>(def))
      k = EK::Max;
    else if (isa<arith::NegFOp>(def))
      k = EK::Neg;
    else if (isa<math::ExpOp>(def))
      k = EK::Exp;
    else if (isa<math::Exp2Op>(def))
      k = EK::Exp2;
    else if (isa<arith::ExtFOp, arith::TruncFOp>(def))
      k = EK::Cast;
    else if (isa<arith::SelectOp>(def))
      k = EK::Select;
    else
      ok = false;
    if (!ok) {
      result = leaf(v, labels);
    } else {
      result = node(k, ops, def);
      if (k == EK::Cast) {
        result->type = type.getElementType();
        result->srcType = getElementTypeOrSelf(def->getOperand(0).getType());
      }
      visited.insert(def);
    }
  } else {
    result = leaf(v, labels);
  }
  if (!result->tensor) {
    result->tensor = v;
    result->tensorLabels = labels;
  }
  memo[memoKey] = result;
  return result;
}
