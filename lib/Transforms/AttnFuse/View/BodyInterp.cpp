//===- BodyInterp.cpp - the scalar body of a linalg op ----------------------===//
//
// Interprets the ops of a linalg body that the yielded value depends on
// (arith, math.exp/exp2, constants, linalg.index, values captured from
// outside) into an Expr; the caller (LinalgInterp.cpp) gives the block
// arguments' expressions.
//
//===----------------------------------------------------------------------===//

#include "View/Constants.h"
#include "View/SemanticView.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"

#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <functional>

using namespace mlir;
using namespace mlir::attn::fuse;

static CmpPred cmpfPred(arith::CmpFPredicate p) {
  using P = arith::CmpFPredicate;
  switch (p) {
  case P::OEQ:
  case P::UEQ:
    return CmpPred::EQ;
  case P::ONE:
  case P::UNE:
    return CmpPred::NE;
  case P::OLT:
  case P::ULT:
    return CmpPred::LT;
  case P::OLE:
  case P::ULE:
    return CmpPred::LE;
  case P::OGT:
  case P::UGT:
    return CmpPred::GT;
  case P::OGE:
  case P::UGE:
    return CmpPred::GE;
  default:
    return CmpPred::Unknown;
  }
}

static CmpPred cmpiPred(arith::CmpIPredicate p) {
  using P = arith::CmpIPredicate;
  switch (p) {
  case P::eq:
    return CmpPred::EQ;
  case P::ne:
    return CmpPred::NE;
  case P::slt:
  case P::ult:
    return CmpPred::LT;
  case P::sle:
  case P::ule:
    return CmpPred::LE;
  case P::sgt:
  case P::ugt:
    return CmpPred::GT;
  case P::sge:
  case P::uge:
    return CmpPred::GE;
  }
  return CmpPred::Unknown;
}

Expr *ExprBuilder::buildBody(Operation *op, Block &body, Value yielded,
                             ArrayRef<std::function<Expr *()>> argExpr,
                             unsigned depth, DenseMap<Value, Expr *> &vals) {
  std::function<Expr *(Value)> get = [&](Value x) -> Expr * {
    auto it = vals.find(x);
    if (it != vals.end())
      return it->second;
    Expr *e = nullptr;
    if (auto ba = dyn_cast<BlockArgument>(x); ba && ba.getOwner() == &body) {
      if (ba.getArgNumber() < argExpr.size())
        e = argExpr[ba.getArgNumber()]();
    } else if (x.getParentBlock() != &body) {
      // Captured from outside the body.
      if (auto c = getSplatConstant(x)) {
        e = constant(*c, x.getDefiningOp());
      } else if (x.getType().isIntOrIndexOrFloat()) {
        e = node(EK::Scalar, {}, x.getDefiningOp());
        e->value = x;
      }
    }
    vals[x] = e;
    return e;
  };

  // Only the ops `yielded` depends on (another result's computation, e.g.
  // a dead argmax, is not read).
  llvm::SmallPtrSet<Operation *, 16> needed;
  SmallVector<Value> work{yielded};
  while (!work.empty()) {
    Operation *d = work.pop_back_val().getDefiningOp();
    if (!d || d->getBlock() != &body || !needed.insert(d).second)
      continue;
    for (Value o : d->getOperands())
      work.push_back(o);
  }
  for (Operation &inner : body.without_terminator()) {
    if (!needed.contains(&inner))
      continue;
    if (inner.getNumResults() != 1)
      return nullptr;
    Value res = inner.getResult(0);
    Expr *e = nullptr;
    auto bin = [&](EK k) -> Expr * {
      Expr *a = get(inner.getOperand(0)), *b = get(inner.getOperand(1));
      if (!a || !b)
        return nullptr;
      return node(k, {a, b}, op);
    };
    auto un = [&](EK k) -> Expr * {
      Expr *a = get(inner.getOperand(0));
      if (!a)
        return nullptr;
      return node(k, {a}, op);
    };
    e = llvm::TypeSwitch<Operation *, Expr *>(&inner)
            .Case<arith::AddFOp, arith::AddIOp>([&](auto) { return bin(EK::Add); })
            .Case<arith::SubFOp, arith::SubIOp>([&](auto) { return bin(EK::Sub); })
            .Case<arith::MulFOp, arith::MulIOp>([&](auto) { return bin(EK::Mul); })
            .Case<arith::DivFOp>([&](auto) { return bin(EK::Div); })
            .Case<arith::MaximumFOp, arith::MaxNumFOp>(
                [&](auto) { return bin(EK::Max); })
            .Case<arith::MinimumFOp, arith::MinNumFOp>(
                [&](auto) { return bin(EK::Min); })
            .Case<arith::NegFOp>([&](auto) { return un(EK::Neg); })
            .Case<math::SqrtOp, math::RsqrtOp>([&](auto) -> Expr * {
              // Only on constants (a scale written as 1 / sqrt(d)).
              Expr *a = get(inner.getOperand(0));
              if (!a || a->kind != EK::Const || a->cst < 0)
                return nullptr;
              double r = std::sqrt(a->cst);
              return constant(isa<math::RsqrtOp>(inner) ? 1.0 / r : r, op);
            })
            .Case<math::ExpOp>([&](auto) { return un(EK::Exp); })
            .Case<math::Exp2Op>([&](auto) { return un(EK::Exp2); })
            .Case<arith::ExtFOp, arith::TruncFOp, arith::SIToFPOp,
                  arith::UIToFPOp, arith::ExtUIOp, arith::ExtSIOp,
                  arith::TruncIOp, arith::IndexCastOp,
                  arith::IndexCastUIOp>([&](auto) {
              // Index casts are casts too: whether one is exact depends on
              // the values it sees (the causal proof checks it).
              Expr *c = un(EK::Cast);
              if (c) {
                c->type = inner.getResult(0).getType();
                c->srcType = inner.getOperand(0).getType();
                c->isUnsigned = isa<arith::UIToFPOp, arith::ExtUIOp,
                                    arith::IndexCastUIOp>(inner);
              }
              return c;
            })
            .Case<arith::ConstantOp>([&](auto) -> Expr * {
              if (auto c = getSplatConstant(res))
                return constant(*c, op);
              return nullptr;
            })
            .Case<arith::SelectOp>([&](arith::SelectOp s) -> Expr * {
              Expr *c = get(s.getCondition()), *a = get(s.getTrueValue()),
                   *b = get(s.getFalseValue());
              if (!c || !a || !b)
                return nullptr;
              return node(EK::Select, {c, a, b}, op);
            })
            .Case<arith::CmpFOp>([&](arith::CmpFOp c) -> Expr * {
              Expr *n = bin(EK::Cmp);
              if (n) {
                using P = arith::CmpFPredicate;
                P p = c.getPredicate();
                n->pred = cmpfPred(p);
                n->unordered = p == P::UEQ || p == P::UNE || p == P::ULT ||
                               p == P::ULE || p == P::UGT || p == P::UGE;
              }
              return n;
            })
            .Case<arith::AndIOp>([&](arith::AndIOp a) -> Expr * {
              if (!a.getType().isInteger(1))
                return nullptr;
              return bin(EK::And);
            })
            .Case<arith::OrIOp>([&](arith::OrIOp o) -> Expr * {
              if (!o.getType().isInteger(1))
                return nullptr;
              return bin(EK::Or);
            })
            .Case<arith::CmpIOp>([&](arith::CmpIOp c) -> Expr * {
              Expr *n = bin(EK::Cmp);
              if (n) {
                using P = arith::CmpIPredicate;
                P p = c.getPredicate();
                n->pred = cmpiPred(p);
                n->isUnsigned =
                    p == P::ult || p == P::ule || p == P::ugt || p == P::uge;
              }
              return n;
            })
            .Case<linalg::IndexOp>([&](linalg::IndexOp) -> Expr * {
              return nullptr; // handled by the caller's argExpr hook
            })
            .Default([&](Operation *) { return nullptr; });
    if (!e && !isa<linalg::IndexOp>(inner))
      uninterpreted = inner.getName().getStringRef().str();
    if (!e) {
      if (auto idx = dyn_cast<linalg::IndexOp>(&inner)) {
        // The caller passes loop labels after the block arguments.
        size_t slot = body.getNumArguments() + idx.getDim();
        if (slot < argExpr.size())
          e = argExpr[slot]();
      }
    }
    if (!e)
      return nullptr;
    // The type each step is computed in (index arithmetic is proven exact
    // in it).
    if (!e->type && e->kind != EK::Leaf)
      e->type = res.getType();
    vals[res] = e;
  }
  return get(yielded);
}
