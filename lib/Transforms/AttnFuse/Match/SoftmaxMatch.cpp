//===- SoftmaxMatch.cpp - the softmax over Expr trees ---------------------===//
//
// Recognizes, on the semantic view, P = softmax_key(X):
//   linalg.softmax(X) over the key axis, or
//   E / sum_key(E) (div, mul by reciprocal, mul by 1/sum) with
//   E = exp(X - max_key(X)) | exp(X) | exp2(...) (then X is in base-2 units),
// and the safe softmax's selects (what a row with no visible key yields).
// The logits X are read by LogitsMatch.cpp.
//
//===----------------------------------------------------------------------===//

#include "Match/AttentionMatch.h"

#include "mlir/IR/TypeUtilities.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::attn::fuse;

static bool containsKind(const Expr *e, EK k, unsigned depth = 0) {
  if (!e || depth > 64)
    return false;
  if (e->kind == k)
    return true;
  for (Expr *o : e->ops)
    if (containsKind(o, k, depth + 1))
      return true;
  return false;
}

static bool isConst(const Expr *e, double v) {
  return e && e->kind == EK::Const && e->cst == v;
}

/// P = softmax_key(X) as a plain softmax (a row of -inf logits gives NaN).
static FailureOr<SoftmaxMatch> matchPlainSoftmax(ExprBuilder &eb, Expr *p,
                                                 const DimLabel &key,
                                                 std::string &reason,
                                                 Operation *&where) {
  AtomTable &atoms = eb.atoms;
  Expr *e = stripCasts(p);
  SoftmaxMatch sm;
  if (e->kind == EK::Softmax) {
    sm.softmaxOp = e->op;
    where = e->op;
    if (!atoms.sameLeaves(e->label, key)) {
      reason = "softmax is over the " + atoms.describe(e->label) +
               ", not the key axis that the second contraction reduces";
      return failure();
    }
    sm.logits = e->ops[0];
    sm.shifted = true; // linalg.softmax subtracts the row max by definition
    return sm;
  }

  Expr *num = nullptr, *den = nullptr;
  if (e->kind == EK::Div) {
    num = e->ops[0];
    den = e->ops[1];
  } else if (e->kind == EK::Mul) {
    for (int side = 0; side < 2 && !den; ++side) {
      Expr *o = stripCasts(e->ops[side]);
      if (o->kind == EK::Recip) {
        den = o->ops[0];
        num = e->ops[1 - side];
      } else if (o->kind == EK::Div && isConst(o->ops[0], 1.0)) {
        den = o->ops[1];
        num = e->ops[1 - side];
      }
    }
  }
  if (!den) {
    if (e->op)
      where = e->op;
    if (containsKind(e, EK::Softmax) || containsKind(e, EK::Reduce))
      reason = std::string("a '") + exprKindName(e->kind) +
               "' is applied to the probabilities before the second "
               "contraction";
    else if (e->kind == EK::Leaf)
      reason = std::string("the probabilities are not a softmax (they come "
                           "from ") +
               (e->value && e->value.getDefiningOp()
                    ? "'" +
                          e->value.getDefiningOp()->getName().getStringRef().str() +
                          "'"
                    : std::string("a block argument")) +
               ")";
    else
      reason = std::string("the probabilities are not a softmax (found '") +
               exprKindName(e->kind) + "')";
    return failure();
  }
  sm.softmaxOp = e->op;
  where = e->op;

  den = stripCasts(den);
  if (den->kind != EK::Reduce || den->red != RedKind::Sum) {
    reason = "the normalizer is not a sum of the exponentials";
    return failure();
  }
  if (!isConst(den->ops[1], 0.0)) {
    reason = "the normalizer's sum does not start at zero";
    return failure();
  }
  Expr *sumOf = stripCasts(den->ops[0]);
  Expr *numS = stripCasts(num);
  if (!eb.equal(sumOf, numS)) {
    if (eb.equal(sumOf, numS, /*ignoreLabels=*/true))
      reason = "softmax is normalized over another axis than the key axis "
               "that the second contraction reduces";
    else
      reason = "the normalizer is not the sum of the same exponentials";
    return failure();
  }
  if (numS->kind == EK::Exp) {
    sm.base = 1.0;
  } else if (numS->kind == EK::Exp2) {
    sm.base = std::log(2.0);
  } else {
    reason = std::string("the numerator is not an exponential (found '") +
             exprKindName(numS->kind) + "')";
    return failure();
  }
  Expr *y = stripCasts(numS->ops[0]);
  // exp(c * (X - max X)) (c > 0, e.g. exp2((x - max) * log2e)): the max is
  // proven here; the logits are c * (X - max X), whose shift softmax
  // ignores (the exponents are <= 0).
  if ((y->kind == EK::Mul || y->kind == EK::Div) && y->ops.size() == 2) {
    for (int side = y->kind == EK::Div ? 1 : 0; side < 2; ++side) {
      Expr *f = stripCasts(y->ops[side]);
      Expr *sub = stripCasts(y->ops[1 - side]);
      if (f->kind != EK::Const || !(f->cst > 0) || !std::isfinite(f->cst) ||
          sub->kind != EK::Sub)
        continue;
      Expr *m = stripCasts(sub->ops[1]);
      if (m->kind != EK::Reduce || m->red != RedKind::Max)
        continue;
      Expr *init = m->ops[1];
      if (init->kind == EK::Const && init->cst <= -1e30 &&
          eb.equal(stripCasts(sub->ops[0]), stripCasts(m->ops[0]))) {
        sm.logits = numS->ops[0];
        sm.provenMax = m;
        sm.shifted = true;
        return sm;
      }
    }
  }
  if (y->kind == EK::Sub) {
    Expr *m = stripCasts(y->ops[1]);
    if (m->kind == EK::Reduce) {
      if (m->red != RedKind::Max) {
        reason = "the subtracted row value is not a max";
        return failure();
      }
      Expr *init = m->ops[1];
      if (init->kind != EK::Const || !(init->cst <= -1e30)) {
        reason = "the row max does not start at -inf or the lowest float";
        return failure();
      }
      Expr *x = stripCasts(y->ops[0]);
      Expr *mx = stripCasts(m->ops[0]);
      if (!eb.equal(x, mx)) {
        if (eb.equal(x, mx, /*ignoreLabels=*/true))
          reason = "the row max is taken over another axis than the key axis "
                   "that the second contraction reduces";
        else
          reason = "the subtracted max is not the max of the same logits";
        return failure();
      }
      sm.logits = y->ops[0];
      sm.shifted = true;
      return sm;
    }
  }
  // exp(X) without a max subtraction at the top: softmax is invariant to a
  // shift along the key axis, so any further Sub is part of the logits'
  // linear form, where matchLogits must find the stabilizing max.
  sm.logits = numS->ops[0];
  return sm;
}

/// `cond` says "the row of `logits` is all -inf": the key-axis reduction
/// all(X == -inf) of PyTorch's safe softmax (ordered compare, the reduction
/// starting at true, X the softmax's own logits; the reduction's labels are
/// the key axis', so an `all` over another axis does not compare equal).
/// Between X and the compare only exact float extensions may stand (an
/// extension keeps -inf and every finite value; a narrowing cast can round a
/// finite logit to -inf, so the test would no longer say "the softmax's row
/// is all -inf").
/// The operand `b` when `e` is the negation of a boolean `b` (b == false or
/// b != true), `b` a compare, a logical and/or, or an all/any reduction;
/// null otherwise.
static Expr *negatedBool(Expr *e) {
  e = stripCasts(e);
  if (e->kind != EK::Cmp || e->unordered || e->ops.size() != 2 ||
      (e->pred != CmpPred::EQ && e->pred != CmpPred::NE))
    return nullptr;
  double other = e->pred == CmpPred::EQ ? 0.0 : 1.0;
  for (int side = 0; side < 2; ++side) {
    Expr *b = stripCasts(e->ops[side]);
    bool isBool = b->kind == EK::Cmp || b->kind == EK::And ||
                  b->kind == EK::Or ||
                  (b->kind == EK::Reduce &&
                   (b->red == RedKind::All || b->red == RedKind::Any));
    if (isBool && isConst(stripCasts(e->ops[1 - side]), other))
      return b;
  }
  return nullptr;
}

static bool isAllMinusInf(ExprBuilder &eb, Expr *cond, Expr *logits) {
  Expr *r = stripCasts(cond);
  Expr *c = nullptr;
  if (r->kind == EK::Reduce && r->red == RedKind::All &&
      isConst(r->ops[1], 1.0)) {
    c = stripCasts(r->ops[0]);
  } else if (Expr *any = negatedBool(r)) {
    // not(any(not(X == -inf))), the same statement by De Morgan (iree-turbine
    // writes it so): an `or` reduction starting at false.
    if (any->kind != EK::Reduce || any->red != RedKind::Any ||
        !isConst(stripCasts(any->ops[1]), 0.0))
      return false;
    c = negatedBool(any->ops[0]);
    if (!c)
      return false;
  } else {
    return false;
  }
  if (c->kind != EK::Cmp || c->pred != CmpPred::EQ || c->unordered)
    return false;
  for (int side = 0; side < 2; ++side) {
    Expr *k = stripCasts(c->ops[1 - side]);
    if (k->kind == EK::Const && std::isinf(k->cst) && k->cst < 0 &&
        eb.equal(stripExactFloatExtensions(c->ops[side]),
                 stripExactFloatExtensions(logits)))
      return true;
  }
  return false;
}

/// `cond` is P != P (unordered: true where P is NaN), P the probabilities.
static bool isNaNTest(ExprBuilder &eb, Expr *cond, Expr *probs) {
  Expr *c = stripCasts(cond);
  return c->kind == EK::Cmp && c->pred == CmpPred::NE && c->unordered &&
         eb.equal(stripCasts(c->ops[0]), stripCasts(probs)) &&
         eb.equal(stripCasts(c->ops[1]), stripCasts(probs));
}

FailureOr<SoftmaxMatch> mlir::attn::fuse::matchSoftmax(ExprBuilder &eb,
                                                       Expr *p,
                                                       const DimLabel &key,
                                                       std::string &reason,
                                                       Operation *&where) {
  // A safe softmax: select(cond, 0, P) zeroing the rows that have no finite
  // logit, with cond = all_key(X == -inf) (PyTorch's SDPA decomposition) or
  // P != P (the ONNX exporters).
  Expr *e = stripCasts(p);
  if (e->kind == EK::Select && e->ops.size() == 3 &&
      isConst(stripCasts(e->ops[1]), 0.0) &&
      !isConst(stripCasts(e->ops[2]), 0.0)) {
    Expr *inner = e->ops[2];
    FailureOr<SoftmaxMatch> sm = matchPlainSoftmax(eb, inner, key, reason,
                                                   where);
    if (failed(sm))
      return failure();
    if (!isAllMinusInf(eb, e->ops[0], sm->logits) &&
        !isNaNTest(eb, e->ops[0], inner)) {
      if (e->op)
        where = e->op;
      reason = "a 'select' is applied to the probabilities that is not a "
               "safe softmax (select(all_key(X == -inf), 0, P) or "
               "select(P != P, 0, P))";
      return failure();
    }
    sm->emptyRows = EmptyRows::Zero;
    return sm;
  }
  return matchPlainSoftmax(eb, p, key, reason, where);
}
