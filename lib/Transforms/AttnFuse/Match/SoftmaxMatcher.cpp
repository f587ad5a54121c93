//===- SoftmaxMatcher.cpp - softmax and logits over Expr trees ------------===//
//
// Recognizes, on the semantic view, P = softmax_key(X):
//   linalg.softmax(X) over the key axis, or
//   E / sum_key(E) (div, mul by reciprocal, mul by 1/sum) with
//   E = exp(X - max_key(X)) | exp(X) | exp2(...) (then X is in base-2 units)
// and the logits X as a linear form over the scores:
//   X = c * r... * S + mask terms (+ selects with a -inf / large fill)
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
      return sm;
    }
  }
  // exp(X) without a max subtraction: softmax is invariant to a shift along
  // the key axis, so any further Sub is part of the logits' linear form.
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

namespace {
struct Linearizer {
  ExprBuilder &eb;
  LogitsMatch out;
  SmallVector<std::pair<Expr *, SmallVector<RuntimeFactor>>> leafRuntime;
  /// The replacing selects (indices into out.selects) enclosing the term
  /// being read, and for each additive term those enclosing it.
  SmallVector<int> encl;
  SmallVector<SmallVector<int>> additiveEncl;
  std::string reason;

  void addTerm(Expr *l, double c, const SmallVector<RuntimeFactor> &rt) {
    leafRuntime.push_back({l, rt});
    out.additive.push_back({l, c});
    additiveEncl.push_back(encl);
  }

  /// True when `e` reaches the output of a contraction through the ops
  /// the linear form walks (where the scores can be).
  static bool readsContraction(const Expr *e, unsigned depth = 0) {
    if (depth > 64)
      return true;
    switch (e->kind) {
    case EK::Leaf:
      return e->value && getContraction(e->value.getDefiningOp(),
                                        /*requireZeroInit=*/false);
    case EK::Add:
    case EK::Sub:
    case EK::Neg:
    case EK::Mul:
    case EK::Div:
    case EK::Cast:
    case EK::Select:
      for (const Expr *o : e->ops)
        if (readsContraction(o, depth + 1))
          return true;
      return false;
    default:
      return false;
    }
  }

  /// A select replacing hidden logits by s.fill; `kept` is read inside it.
  bool replacing(SelectMask s, Expr *kept, double c,
                 const SmallVector<RuntimeFactor> &rt, unsigned depth) {
    s.enclosedBy = encl;
    out.selects.push_back(s);
    encl.push_back(static_cast<int>(out.selects.size()) - 1);
    bool ok = lin(kept, c, rt, depth + 1);
    encl.pop_back();
    return ok;
  }

  bool lin(Expr *e, double c, SmallVector<RuntimeFactor> rt, unsigned depth) {
    if (depth > 64) {
      reason = "the logits expression is too deep";
      return false;
    }
    // A whole tensor computed without the scores (a mask built from other
    // tensors, e.g. (1 - keep) * -10000) is one additive term, except
    // constant-valued selects, which may be causal index compares.
    bool constSelect = e->kind == EK::Select &&
                       stripCasts(e->ops[1])->kind == EK::Const &&
                       stripCasts(e->ops[2])->kind == EK::Const;
    if (e->kind != EK::Leaf && e->kind != EK::Const &&
        e->kind != EK::Scalar && e->kind != EK::Reduce && !constSelect &&
        e->tensor &&
        !readsContraction(e)) {
      addTerm(eb.leaf(e->tensor, e->tensorLabels), c, rt);
      return true;
    }
    switch (e->kind) {
    case EK::Cast:
      return lin(e->ops[0], c, rt, depth + 1);
    case EK::Add:
      return lin(e->ops[0], c, rt, depth + 1) &&
             lin(e->ops[1], c, rt, depth + 1);
    case EK::Sub:
      return lin(e->ops[0], c, rt, depth + 1) &&
             lin(e->ops[1], -c, rt, depth + 1);
    case EK::Neg:
      return lin(e->ops[0], -c, rt, depth + 1);
    case EK::Mul:
    case EK::Div: {
      bool isDiv = e->kind == EK::Div;
      // Constant factors first, then runtime scalars (a scalar, or a
      // one-element tensor that is not itself the scores).
      for (int pass = 0; pass < 2; ++pass) {
        for (int side = isDiv ? 1 : 0; side < 2; ++side) {
          Expr *f = stripCasts(e->ops[side]);
          Expr *x = e->ops[1 - side];
          if (pass == 0 && f->kind == EK::Const) {
            if (isDiv && f->cst == 0) {
              reason = "the logits are divided by zero";
              return false;
            }
            return lin(x, isDiv ? c / f->cst : c * f->cst, rt, depth + 1);
          }
          if (pass == 0)
            continue;
          auto ft = f->kind == EK::Leaf && f->value
                        ? dyn_cast<RankedTensorType>(f->value.getType())
                        : RankedTensorType();
          bool unitTensor =
              ft && ft.hasStaticShape() && ft.getNumElements() == 1 &&
              isa<FloatType>(ft.getElementType()) &&
              !readsContraction(f) && readsContraction(x);
          if (f->kind == EK::Scalar || unitTensor) {
            auto r = rt;
            r.push_back({f->value, isDiv});
            return lin(x, c, r, depth + 1);
          }
        }
      }
      reason = std::string("the logits are ") +
               (isDiv ? "divided" : "multiplied") +
               " by a tensor, not by a scalar";
      return false;
    }
    case EK::Select: {
      Expr *a = stripCasts(e->ops[1]), *b = stripCasts(e->ops[2]);
      bool aC = a->kind == EK::Const, bC = b->kind == EK::Const;
      SelectMask s;
      s.cond = e->ops[0];
      if (aC && bC) {
        // A constant-valued mask term: one branch must be 0 (keep).
        s.additive = true;
        if (!rt.empty()) {
          reason = "a mask term is scaled by a runtime value";
          return false;
        }
        bool whole = e->tensor && !readsContraction(e);
        if (a->cst == 0) {
          s.keepWhenTrue = true;
          s.fill = c * b->cst;
        } else if (b->cst == 0) {
          s.keepWhenTrue = false;
          s.fill = c * a->cst;
        } else if (whole) {
          // Neither branch is 0: an ordinary additive mask tensor.
          addTerm(eb.leaf(e->tensor, e->tensorLabels), c, rt);
          return true;
        } else {
          reason = "a select-valued mask is neither 0 nor a fill";
          return false;
        }
        if (whole) {
          s.whole = eb.leaf(e->tensor, e->tensorLabels);
          s.coef = c;
        }
        s.enclosedBy = encl;
        out.selects.push_back(s);
        return true;
      }
      if (!rt.empty()) {
        reason = "a masked select is scaled by a runtime value";
        return false;
      }
      if (bC) {
        s.keepWhenTrue = true;
        s.fill = c * b->cst;
        return replacing(s, e->ops[1], c, rt, depth);
      }
      if (aC) {
        s.keepWhenTrue = false;
        s.fill = c * a->cst;
        return replacing(s, e->ops[2], c, rt, depth);
      }
      reason = "a select between two tensors on the logits";
      return false;
    }
    case EK::Leaf:
      addTerm(e, c, rt);
      return true;
    case EK::Const:
    case EK::Scalar:
      // A shift constant along every axis: softmax is invariant to it.
      return true;
    case EK::Reduce: {
      // A reduction's result does not vary along the key axis when the key
      // axis is not among its dims (e.g. the row max): a shift per row, to
      // which softmax is invariant, whatever its coefficient.
      if (e->tensor) {
        DimLabel dom = eb.atoms.allLeaves(e->tensorLabels);
        DimLabel key = eb.atoms.leaves(eb.reductionLabel);
        if (llvm::none_of(key, [&](int a) {
              return llvm::is_contained(dom, a);
            }))
          return true;
      }
      reason = "a reduction that varies along the key axis is added to the "
               "logits";
      return false;
    }
    default:
      reason = std::string("unsupported '") + exprKindName(e->kind) +
               "' on the logits";
      return false;
    }
  }
};
} // namespace

FailureOr<LogitsMatch> mlir::attn::fuse::matchLogits(ExprBuilder &eb, Expr *x,
                                                     double base,
                                                     std::string &reason) {
  Linearizer l{eb, {}, {}, {}, {}, {}};
  if (!l.lin(x, 1.0, {}, 0)) {
    reason = l.reason;
    return failure();
  }
  LogitsMatch out;
  // The scores: the one term produced by a contraction.
  for (auto [i, t] : llvm::enumerate(l.out.additive)) {
    Expr *e = t.first;
    Operation *def = e->value ? e->value.getDefiningOp() : nullptr;
    if (!getContraction(def, /*requireZeroInit=*/false)) {
      out.additive.push_back({e, t.second * base});
      out.additiveRuntime.push_back(l.leafRuntime[i].second);
      out.additiveEnclosedBy.push_back(l.additiveEncl[i]);
      continue;
    }
    if (out.scores) {
      // The same scores added twice (S * a + S * b) is S * (a + b).
      if (eb.equal(out.scores, e) && out.runtime.empty() &&
          l.leafRuntime[i].second.empty()) {
        out.coef += t.second * base;
        continue;
      }
      reason = "more than one contraction feeds the logits";
      return failure();
    }
    out.scores = e;
    out.scoresEnclosedBy = l.additiveEncl[i];
    out.coef = t.second * base;
    out.runtime = l.leafRuntime[i].second;
  }
  if (!out.scores) {
    reason = "the logits do not come from a contraction (Q*K^T)";
    return failure();
  }
  for (SelectMask s : l.out.selects) {
    s.fill *= base;
    s.coef *= base;
    out.selects.push_back(s);
  }
  return out;
}
