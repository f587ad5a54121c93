//===- LinalgInterp.cpp - linalg ops as expressions -------------------------===//
//
// A linalg op with pure tensor semantics: the labels of its loops from the
// result's through the output map, of each operand through its indexing map
// (a `floordiv` / `mod` read only where it is exactly a part of a loop), the
// body interpreted (BodyInterp.cpp), a one-loop reduction read as
// Reduce(kind, element, init).
//
//===----------------------------------------------------------------------===//

#include "View/Constants.h"
#include "View/LoopParts.h"
#include "View/SemanticView.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include "llvm/Support/raw_ostream.h"

#include <functional>

using namespace mlir;
using namespace mlir::attn::fuse;

static bool containsAcc(const Expr *e) {
  if (e->kind == EK::Acc)
    return true;
  for (Expr *o : e->ops)
    if (containsAcc(o))
      return true;
  return false;
}

std::optional<DimLabel> ExprBuilder::loopPartLabel(
    AffineExpr e, ArrayRef<std::optional<DimLabel>> loopLab,
    RankedTensorType t, unsigned dim, Operation *op, unsigned operand) {
  // LoopParts.h: d floordiv G / d mod M is a part of loop d only when the
  // operand's dim has exactly that part's extent.
  DimLabel part;
  int64_t partSize = 0;
  Value in = cast<linalg::LinalgOp>(op).getDpsInputOperand(operand)->get();
  PartRead pr =
      readLoopPart(atoms, e, loopLab, in, dim, op, part, partSize);
  if (pr == PartRead::Part)
    return part;
  if (pr == PartRead::Mismatch)
    notes.push_back("'" + op->getName().getStringRef().str() + "' reads " +
                    describePartMismatch(e, t, dim, partSize,
                                         "operand " + std::to_string(operand)));
  return std::nullopt;
}

Expr *ExprBuilder::buildLinalg(Operation *op, Value v, const Labels &labels,
                               unsigned depth) {
  auto lop = cast<linalg::LinalgOp>(op);
  if (!lop.hasPureTensorSemantics() || op->getNumRegions() != 1 ||
      op->getRegion(0).empty() ||
      lop.getNumDpsInits() != op->getNumResults())
    return leaf(v, labels);
  // A multi-result op is read for the result `v` when its other results are
  // dead (torch-mlir's row max: max and an unused argmax): `v`'s value then
  // depends only on its own init and the inputs (checked by the body walk).
  unsigned resIdx = cast<OpResult>(v).getResultNumber();
  for (OpResult r : op->getResults())
    if (r.getResultNumber() != resIdx && !r.use_empty())
      return leaf(v, labels);
  // A contraction by linalg's interface whose body is not exactly a sum of
  // products (getContraction refused it): say so, it is read elementwise.
  if (linalg::isaContractionOpInterface(lop))
    notes.push_back("'" + op->getName().getStringRef().str() +
                    "' is not a sum of products: its body applies other ops "
                    "than casts to the operands or the result");
  unsigned n = lop.getNumLoops();
  OpOperand *init = lop.getDpsInitOperand(resIdx);
  AffineMap outMap = lop.getMatchingIndexingMap(init);
  if (outMap.getNumResults() != labels.size())
    return leaf(v, labels);
  SmallVector<std::optional<DimLabel>> loopLab(n);
  for (auto [r, e] : llvm::enumerate(outMap.getResults())) {
    if (auto d = dyn_cast<AffineDimExpr>(e)) {
      unsigned pos = d.getPosition();
      if (loopLab[pos] && !atoms.sameLeaves(*loopLab[pos], labels[r]))
        return leaf(v, labels);
      loopLab[pos] = labels[r];
    } else if (auto c = dyn_cast<AffineConstantExpr>(e);
               c && c.getValue() == 0) {
      if (!atoms.leaves(labels[r]).empty())
        return leaf(v, labels);
    } else {
      return leaf(v, labels);
    }
  }
  auto iters = lop.getIteratorTypesArray();
  unsigned numRed = 0;
  for (unsigned d = 0; d < n; ++d) {
    if (iters[d] != utils::IteratorType::reduction)
      continue;
    ++numRed;
    if (loopLab[d])
      return leaf(v, labels);
    loopLab[d] = reductionLabel;
  }
  if (numRed > 1)
    return leaf(v, labels);
  for (unsigned d = 0; d < n; ++d)
    if (!loopLab[d])
      return leaf(v, labels);

  Block &body = op->getRegion(0).front();
  SmallVector<std::function<Expr *()>> argExpr;
  unsigned numInputs = lop.getNumDpsInputs();
  for (unsigned i = 0; i < numInputs; ++i) {
    OpOperand *operand = lop.getDpsInputOperand(i);
    Value in = operand->get();
    if (auto t = dyn_cast<RankedTensorType>(in.getType())) {
      AffineMap m = lop.getMatchingIndexingMap(operand);
      Labels inLabels(t.getRank());
      if (m.getNumResults() != static_cast<unsigned>(t.getRank()))
        return leaf(v, labels);
      for (auto [r, e] : llvm::enumerate(m.getResults())) {
        if (auto d = dyn_cast<AffineDimExpr>(e))
          inLabels[r] = *loopLab[d.getPosition()];
        else if (auto c = dyn_cast<AffineConstantExpr>(e);
                 c && c.getValue() == 0 && t.getDimSize(r) == 1)
          inLabels[r] = {};
        else if (auto part = loopPartLabel(e, loopLab, t, r, op, i)) {
          inLabels[r] = *part;        } else
          return leaf(v, labels);
      }
      argExpr.push_back([this, in, inLabels, depth]() {
        return buildImpl(in, inLabels, depth + 1);
      });
    } else if (isa<TensorType>(in.getType())) {
      return leaf(v, labels);
    } else {
      argExpr.push_back([this, in]() -> Expr * {
        if (auto c = getSplatConstant(in))
          return constant(*c, in.getDefiningOp());
        Expr *s = node(EK::Scalar, {}, in.getDefiningOp());
        s->value = in;
        return s;
      });
    }
  }
  Value initVal = init->get();
  for (unsigned r = 0; r < resIdx; ++r)
    argExpr.push_back([]() -> Expr * { return nullptr; });
  if (numRed) {
    argExpr.push_back([this]() { return node(EK::Acc, {}, nullptr); });
  } else {
    Labels l = labels;
    argExpr.push_back(
        [this, initVal, l, depth]() { return buildImpl(initVal, l, depth + 1); });
  }
  // Pad to the block's argument count, then one hook per loop for
  // linalg.index.
  while (argExpr.size() < body.getNumArguments())
    argExpr.push_back([]() -> Expr * { return nullptr; });
  for (unsigned d = 0; d < n; ++d) {
    DimLabel l = *loopLab[d];
    argExpr.push_back([this, l, op]() {
      Expr *e = node(EK::Index, {}, op);
      e->label = l;
      return e;
    });
  }
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!yield || yield.getNumOperands() != op->getNumResults())
    return leaf(v, labels);
  DenseMap<Value, Expr *> vals;
  uninterpreted.clear();
  Expr *e = buildBody(op, body, yield.getOperand(resIdx), argExpr, depth, vals);
  if (!e) {
    if (!uninterpreted.empty())
      notes.push_back("'" + op->getName().getStringRef().str() +
                      "' computes with '" + uninterpreted +
                      "', which the matcher does not interpret");
    return leaf(v, labels);
  }
  if (!numRed) {
    visited.insert(op);
    return e;
  }
  // A reduction: the body must combine one value with the accumulator.
  RedKind kind = RedKind::Other;
  Expr *elem = nullptr;
  if ((e->kind == EK::Add || e->kind == EK::Max || e->kind == EK::And ||
       e->kind == EK::Or) &&
      e->ops.size() == 2) {
    for (int side = 0; side < 2; ++side)
      if (e->ops[side]->kind == EK::Acc && !containsAcc(e->ops[1 - side])) {
        elem = e->ops[1 - side];
        kind = e->kind == EK::Add   ? RedKind::Sum
               : e->kind == EK::Max ? RedKind::Max
               : e->kind == EK::And ? RedKind::All
                                    : RedKind::Any;
      }
  }
  if (!elem)
    return leaf(v, labels);
  Expr *initExpr = buildImpl(initVal, labels, depth + 1);
  Expr *r = node(EK::Reduce, {elem, initExpr}, op);
  r->red = kind;
  visited.insert(op);
  return r;
}
