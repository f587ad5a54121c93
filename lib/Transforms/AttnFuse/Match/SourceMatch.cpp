//===- SourceMatch.cpp - where Q, K and V come from -----------------------===//

#include "Match/MatchSteps.h"
#include "Match/MatchSupport.h"

#include <cmath>

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

SourceView mlir::attn::fuse::findSource(ExprBuilder &eb, Value operand,
                                        const Labels &labels, bool foldScale,
                                        double &factor) {
  factor = 1.0;
  Expr *e = eb.build(operand, labels);
  double f = 1.0;
  while (true) {
    if (e->kind == EK::Cast && e->ops.size() == 1 && e->srcType &&
        e->type && e->type.getIntOrFloatBitWidth() >
                       e->srcType.getIntOrFloatBitWidth() &&
        isa<FloatType>(e->srcType) && isa<FloatType>(e->type)) {
      e = e->ops[0];
      continue;
    }
    // x + 0 and x * 1 (TOSA broadcasts by adding a zero tensor).
    if ((e->kind == EK::Add || e->kind == EK::Sub || e->kind == EK::Mul) &&
        e->ops.size() == 2) {
      double unit = e->kind == EK::Mul ? 1.0 : 0.0;
      Expr *a = stripCasts(e->ops[0]), *b = stripCasts(e->ops[1]);
      if (b->kind == EK::Const && b->cst == unit) {
        e = e->ops[0];
        continue;
      }
      if (e->kind != EK::Sub && a->kind == EK::Const && a->cst == unit) {
        e = e->ops[1];
        continue;
      }
    }
    if (foldScale && (e->kind == EK::Mul || e->kind == EK::Div)) {
      bool done = false;
      for (int side = e->kind == EK::Div ? 1 : 0; side < 2 && !done; ++side) {
        Expr *c = stripCasts(e->ops[side]);
        if (c->kind == EK::Const && c->cst != 0 && std::isfinite(c->cst)) {
          f = e->kind == EK::Div ? f / c->cst : f * c->cst;
          e = e->ops[1 - side];
          done = true;
        }
      }
      if (done)
        continue;
    }
    break;
  }
  if (e->kind == EK::Leaf && e->value &&
      isa<RankedTensorType>(e->value.getType()) &&
      isAttnFloat(getElementTypeOrSelf(e->value.getType()))) {
    factor = f;
    return {e->value, e->labels};
  }
  return {operand, labels};
}
