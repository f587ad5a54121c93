//===- LogitsMatch.cpp - the logits as a linear form over the scores ------===//
//
// Reads the logits X of a softmax (SoftmaxMatch.cpp) as a linear form over
// the scores:
//   X = c * r... * S + mask terms (+ selects with a -inf / large fill)
// with c a constant, r runtime scalars, and for each term the replacing
// selects it is read inside of.
//
//===----------------------------------------------------------------------===//

#include "Match/AttentionMatch.h"

#include "mlir/IR/TypeUtilities.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::attn::fuse;

namespace {
struct Linearizer {
  ExprBuilder &eb;
  LogitsMatch out;
  SmallVector<std::pair<Expr *, SmallVector<RuntimeFactor>>> leafRuntime;
  /// Per-row shifts (reductions without the key axis) with their
  /// coefficient and runtime factors.
  struct RowShift {
    Expr *reduction;
    double coef;
    SmallVector<RuntimeFactor> runtime;
  };
  SmallVector<RowShift> rowShifts;
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
      // A shift constant along every axis: softmax is invariant to it when
      // it is finite (+-inf or NaN makes every logit inf or NaN).
      if (!std::isfinite(e->cst)) {
        reason = "the constant " + std::to_string(e->cst) +
                 " is added to every logit (softmax ignores only a finite "
                 "shift)";
        return false;
      }
      return true;
    case EK::Scalar:
      // A runtime value may be inf or NaN: then the program's logits all
      // are, and the shift is not one softmax ignores.
      reason = "a runtime value is added to every logit (softmax ignores "
               "only a finite shift, and this one is not known to be)";
      return false;
    case EK::Reduce: {
      // A reduction's result does not vary along the key axis when the key
      // axis is not among its dims: a shift per row, which softmax ignores
      // when it is finite and does not overflow the exponential. Only the
      // row max of the scores, subtracted with the scores' coefficient, is
      // proven so (matchLogits checks it: exp(c * (S - max S)) <= 1).
      if (e->tensor) {
        DimLabel dom = eb.atoms.allLeaves(e->tensorLabels);
        DimLabel key = eb.atoms.leaves(eb.reductionLabel);
        if (llvm::none_of(key, [&](int a) {
              return llvm::is_contained(dom, a);
            })) {
          rowShifts.push_back({e, c, rt});
          return true;
        }
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
                                                     const Expr *provenMax,
                                                     bool needsRowMax,
                                                     std::string &reason) {
  Linearizer l{eb, {}, {}, {}, {}, {}, {}};
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
  // A per-row shift is the stabilizing max only when it is max_key(k S)
  // (k > 0) taken with the scores' own coefficient: c * (S - max S) <= 0
  // (c > 0), so the
  // program's exponentials neither overflow nor all vanish. Any other
  // per-row value (another tensor's max, a sum, a max counted twice) can
  // make them inf or 0 / 0 where the op's softmax is finite.
  for (const Linearizer::RowShift &sh : l.rowShifts) {
    Expr *r = sh.reduction;
    if (r == provenMax)
      continue;
    Expr *init = r->ops.size() == 2 ? stripCasts(r->ops[1]) : nullptr;
    bool isMax = r->red == RedKind::Max && init && init->kind == EK::Const &&
                 init->cst <= -1e30;
    // The max's element as k * S (k > 0): max(k S) = k max(S).
    double k = 1.0;
    Expr *elem = stripCasts(r->ops[0]);
    for (unsigned depth = 0; depth < 16; ++depth) {
      if (elem->kind == EK::Neg) {
        k = -k;
        elem = stripCasts(elem->ops[0]);
        continue;
      }
      if ((elem->kind == EK::Mul || elem->kind == EK::Div) &&
          elem->ops.size() == 2) {
        bool isDiv = elem->kind == EK::Div;
        Expr *f = stripCasts(elem->ops[1]);
        Expr *x = elem->ops[0];
        if (!isDiv && f->kind != EK::Const) {
          f = stripCasts(elem->ops[0]);
          x = elem->ops[1];
        }
        if (f->kind == EK::Const && f->cst != 0 && std::isfinite(f->cst)) {
          k = isDiv ? k / f->cst : k * f->cst;
          elem = stripCasts(x);
          continue;
        }
      }
      break;
    }
    double scoresCoef = out.coef / base;
    bool sameCoef = std::fabs(sh.coef * k + scoresCoef) <=
                    1e-9 * std::fabs(scoresCoef);
    if (!isMax || !sameCoef || !(k > 0) || !sh.runtime.empty() ||
        !out.runtime.empty() || !(scoresCoef > 0) ||
        !eb.equal(elem, stripCasts(out.scores))) {
      reason = "a per-row value that is not the row max of the scores "
               "(subtracted with the scores' scale) is added to the logits: "
               "softmax ignores it only where the exponentials neither "
               "overflow nor all underflow";
      return failure();
    }
  }
  // Every row shift left is the stabilizing max (checked above).
  if (needsRowMax && l.rowShifts.empty()) {
    reason = "the exponent is not shifted by the row max: the program's "
             "exp(X) overflows to inf (X above ~88 in f32) where the op's "
             "softmax does not";
    return failure();
  }
  for (SelectMask s : l.out.selects) {
    s.fill *= base;
    s.coef *= base;
    out.selects.push_back(s);
  }
  return out;
}
