//===- TosaInterp.cpp - TOSA ops as expressions -----------------------------===//
//
// TOSA elementwise ops with their by-position broadcasting, reductions
// (keep-dim), and plumbing (transpose, reshape, tile) that only changes
// labels.
//
//===----------------------------------------------------------------------===//

#include "View/ReshapeLabels.h"
#include "View/SemanticView.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::attn::fuse;

/// Labels of a TOSA elementwise operand broadcast by position to `outType`.
static FailureOr<Labels> tosaBroadcastLabels(Value in, ShapedType outType,
                                             const Labels &labels) {
  auto inType = dyn_cast<RankedTensorType>(in.getType());
  if (!inType || inType.getRank() != outType.getRank())
    return failure();
  Labels out(labels.size());
  for (int64_t d = 0; d < inType.getRank(); ++d) {
    int64_t si = inType.getDimSize(d), so = outType.getDimSize(d);
    // A dynamic input dim against a dynamic result dim is taken as the full
    // size (TOSA shape inference gives a dynamic result only from a dynamic
    // operand); one that could still be 1 against a static size is not.
    if (si == so && (si != 1))
      out[d] = labels[d];
    else if (si == 1)
      out[d] = {};
    else
      return failure();
  }
  return out;
}

Expr *ExprBuilder::buildTosa(Operation *op, Value v, const Labels &labels,
                             unsigned depth) {
  auto outType = cast<RankedTensorType>(v.getType());
  auto operandExpr = [&](Value in) -> Expr * {
    FailureOr<Labels> l = tosaBroadcastLabels(in, outType, labels);
    if (failed(l))
      return nullptr;
    return buildImpl(in, *l, depth + 1);
  };
  auto bin = [&](EK k, Value a, Value b) -> Expr * {
    Expr *x = operandExpr(a), *y = operandExpr(b);
    if (!x || !y)
      return leaf(v, labels);
    visited.insert(op);
    return node(k, {x, y}, op);
  };
  auto un = [&](EK k, Value a) -> Expr * {
    Expr *x = operandExpr(a);
    if (!x)
      return leaf(v, labels);
    visited.insert(op);
    return node(k, {x}, op);
  };
  auto reduce = [&](RedKind kind, Value in, int64_t axis) -> Expr * {
    auto inType = dyn_cast<RankedTensorType>(in.getType());
    if (!inType || inType.getRank() != outType.getRank() || axis < 0 ||
        axis >= outType.getRank() || outType.getDimSize(axis) != 1)
      return leaf(v, labels);
    Labels l = labels;
    l[axis] = reductionLabel;
    Expr *x = buildImpl(in, l, depth + 1);
    double init = kind == RedKind::Sum   ? 0.0
                  : kind == RedKind::All ? 1.0
                                         : -std::numeric_limits<double>::infinity();
    Expr *r = node(EK::Reduce, {x, constant(init, op)}, op);
    r->red = kind;
    visited.insert(op);
    return r;
  };
  return llvm::TypeSwitch<Operation *, Expr *>(op)
      .Case<tosa::AddOp>(
          [&](auto o) { return bin(EK::Add, o.getInput1(), o.getInput2()); })
      .Case<tosa::SubOp>(
          [&](auto o) { return bin(EK::Sub, o.getInput1(), o.getInput2()); })
      .Case<tosa::MulOp>([&](tosa::MulOp o) {
        if (!isa<FloatType>(getElementTypeOrSelf(o.getType())))
          return leaf(v, labels);
        return bin(EK::Mul, o.getInput1(), o.getInput2());
      })
      .Case<tosa::MaximumOp>(
          [&](auto o) { return bin(EK::Max, o.getInput1(), o.getInput2()); })
      .Case<tosa::MinimumOp>(
          [&](auto o) { return bin(EK::Min, o.getInput1(), o.getInput2()); })
      .Case<tosa::ExpOp>([&](auto o) { return un(EK::Exp, o.getInput1()); })
      .Case<tosa::RsqrtOp>([&](tosa::RsqrtOp o) -> Expr * {
        Expr *x = operandExpr(o.getInput1());
        if (!x || x->kind != EK::Const || x->cst <= 0)
          return leaf(v, labels);
        visited.insert(op);
        return constant(1.0 / std::sqrt(x->cst), op);
      })
      .Case<tosa::ReciprocalOp>(
          [&](auto o) { return un(EK::Recip, o.getInput1()); })
      .Case<tosa::NegateOp>([&](tosa::NegateOp o) {
        if (!isa<FloatType>(getElementTypeOrSelf(o.getType())))
          return leaf(v, labels);
        return un(EK::Neg, o.getInput1());
      })
      .Case<tosa::CastOp>([&](tosa::CastOp o) {
        Type from = getElementTypeOrSelf(o.getInput().getType());
        Type to = getElementTypeOrSelf(o.getType());
        if (!isa<FloatType>(to) ||
            !(isa<FloatType>(from) || from.isInteger(1)))
          return leaf(v, labels);
        Expr *c = un(EK::Cast, o.getInput());
        if (c->kind == EK::Cast) {
          c->type = to;
          c->srcType = from;
        }
        return c;
      })
      .Case<tosa::SelectOp>([&](tosa::SelectOp o) {
        Expr *c = operandExpr(o.getInput1()), *a = operandExpr(o.getInput2()),
             *b = operandExpr(o.getInput3());
        if (!c || !a || !b)
          return leaf(v, labels);
        visited.insert(op);
        return node(EK::Select, {c, a, b}, op);
      })
      .Case<tosa::GreaterOp, tosa::GreaterEqualOp, tosa::EqualOp>(
          [&](auto o) {
            Expr *n = bin(EK::Cmp, o.getInput1(), o.getInput2());
            if (n->kind == EK::Cmp)
              n->pred = isa<tosa::GreaterOp>(op)        ? CmpPred::GT
                        : isa<tosa::GreaterEqualOp>(op) ? CmpPred::GE
                                                        : CmpPred::EQ;
            return n;
          })
      .Case<tosa::ReduceMaxOp>([&](tosa::ReduceMaxOp o) {
        return reduce(RedKind::Max, o.getInput(), o.getAxis());
      })
      .Case<tosa::ReduceSumOp>([&](tosa::ReduceSumOp o) {
        return reduce(RedKind::Sum, o.getInput(), o.getAxis());
      })
      .Case<tosa::ReduceAllOp>([&](tosa::ReduceAllOp o) {
        // The logical and along `axis` (of i1 values), starting at true.
        return reduce(RedKind::All, o.getInput(), o.getAxis());
      })
      .Case<tosa::TransposeOp>([&](tosa::TransposeOp o) -> Expr * {
        ArrayRef<int32_t> perms = o.getPerms();
        auto inType = dyn_cast<RankedTensorType>(o.getInput1().getType());
        if (!inType || perms.size() != labels.size())
          return leaf(v, labels);
        Labels in(labels.size());
        for (auto [r, p] : llvm::enumerate(perms)) {
          if (p < 0 || static_cast<size_t>(p) >= labels.size())
            return leaf(v, labels);
          in[p] = labels[r];
        }
        visited.insert(op);
        return buildImpl(o.getInput1(), in, depth + 1);
      })
      .Case<tosa::ReshapeOp>([&](tosa::ReshapeOp o) -> Expr * {
        auto inType = dyn_cast<RankedTensorType>(o.getInput1().getType());
        if (!inType)
          return leaf(v, labels);
        FailureOr<Labels> in = labelsThroughReshape(atoms, o.getInput1(),
                                                    inType, outType, labels);
        if (failed(in))
          return leaf(v, labels);
        visited.insert(op);
        return buildImpl(o.getInput1(), *in, depth + 1);
      })
      .Case<tosa::TileOp>([&](tosa::TileOp o) -> Expr * {
        auto inType = dyn_cast<RankedTensorType>(o.getInput1().getType());
        auto shapeOp = o.getMultiples().getDefiningOp<tosa::ConstShapeOp>();
        if (!inType || !shapeOp || inType.getRank() != outType.getRank())
          return leaf(v, labels);
        SmallVector<int64_t> mult;
        for (APInt x : shapeOp.getValues().getValues<APInt>())
          mult.push_back(x.getSExtValue());
        if (mult.size() != labels.size())
          return leaf(v, labels);
        Labels in(labels.size());
        for (size_t d = 0; d < labels.size(); ++d) {
          if (mult[d] == 1) {
            in[d] = labels[d];
            continue;
          }
          // out[i] = in[i mod s]: the tile index is the outer part.
          int64_t s = inType.getDimSize(d);
          if (mult[d] <= 0 || ShapedType::isDynamic(s))
            return leaf(v, labels);
          FailureOr<Labels> parts =
              atoms.split(labels[d], {mult[d], s}, Value(), -1);
          if (failed(parts))
            return leaf(v, labels);
          in[d] = (*parts)[1];
        }
        visited.insert(op);
        return buildImpl(o.getInput1(), in, depth + 1);
      })
      .Default([&](Operation *) { return leaf(v, labels); });
}
