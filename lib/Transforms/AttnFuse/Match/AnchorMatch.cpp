//===- AnchorMatch.cpp - the second contraction, O = P V, and its result --===//

#include "Match/MatchSteps.h"
#include "Match/MatchSupport.h"
#include "View/Constants.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

/// The only user of `v` when it is an elementwise float truncation of it
/// with the same shape (arith.truncf, tosa.cast, a linalg op whose body is a
/// truncf of its input with identity maps); null otherwise.
Value mlir::attn::fuse::truncationOf(Value v) {
  if (!v.hasOneUse())
    return Value();
  Operation *user = *v.getUsers().begin();
  if (user->getNumResults() != 1)
    return Value();
  Value r = user->getResult(0);
  auto vt = dyn_cast<RankedTensorType>(v.getType());
  auto rt = dyn_cast<RankedTensorType>(r.getType());
  if (!vt || !rt || vt.getShape() != rt.getShape() ||
      !isa<FloatType>(rt.getElementType()) ||
      rt.getElementType().getIntOrFloatBitWidth() >=
          vt.getElementType().getIntOrFloatBitWidth())
    return Value();
  if (isa<arith::TruncFOp, tosa::CastOp>(user))
    return r;
  auto lop = dyn_cast<linalg::LinalgOp>(user);
  if (!lop || lop.getNumDpsInputs() != 1 || lop.getNumDpsInits() != 1 ||
      lop.getDpsInputOperand(0)->get() != v ||
      lop.getNumLoops() != static_cast<unsigned>(vt.getRank()) ||
      !llvm::all_of(lop.getIndexingMapsArray(),
                    [](AffineMap m) { return m.isIdentity(); }) ||
      lop.getNumReductionLoops() != 0)
    return Value();
  Block &body = user->getRegion(0).front();
  if (body.getOperations().size() != 2)
    return Value();
  auto tr = dyn_cast<arith::TruncFOp>(body.front());
  auto y = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!tr || !y || tr.getIn() != body.getArgument(0) ||
      y.getNumOperands() != 1 || y.getOperand(0) != tr.getResult())
    return Value();
  return r;
}

/// How a factor of the anchor's product is computed, for remarks.
static std::string describeFactor(Value x, Block &body, linalg::LinalgOp lop) {
  if (auto ba = dyn_cast<BlockArgument>(x); ba && ba.getOwner() == &body) {
    if (ba.getArgNumber() >= lop.getNumDpsInputs())
      return "the accumulator";
    return feedsFromSoftmaxLike(lop.getDpsInputOperand(ba.getArgNumber())->get())
               ? "input " + std::to_string(ba.getArgNumber()) +
                     " (it comes from the exponentials)"
               : "input " + std::to_string(ba.getArgNumber());
  }
  if (Operation *d = x.getDefiningOp())
    return "'" + d->getName().getStringRef().str() + "'";
  return "a value captured from outside the body";
}

/// A linalg op with one reduction loop whose body is acc + X * v, with v a
/// block argument (possibly extended) of an input that does not come from
/// a softmax, and X computed from the other inputs. Otherwise `why` (when
/// given) names the first part of that form the op lacks.
std::optional<AnchorView> mlir::attn::fuse::getFusedPV(Operation *op,
                                                       std::string *why) {
  auto fail = [&](const std::string &w) -> std::optional<AnchorView> {
    if (why)
      *why = w;
    return std::nullopt;
  };
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  if (!lop)
    return fail("it is not a linalg op");
  std::string name = "'" + op->getName().getStringRef().str() + "'";
  if (!lop.hasPureTensorSemantics() || lop.getNumDpsInits() != 1 ||
      op->getNumResults() != 1)
    return fail(name + " does not compute one tensor");
  if (lop.getNumReductionLoops() != 1)
    return fail(name + " reduces " +
                std::to_string(lop.getNumReductionLoops()) +
                " loops (expected the one key loop)");
  if (lop.getNumDpsInputs() < 2 || op->getNumRegions() != 1 ||
      op->getRegion(0).empty())
    return fail(name + " has no body reading P and V");
  Block &body = op->getRegion(0).front();
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!yield || yield.getNumOperands() != 1)
    return fail(name + " does not yield one value");
  unsigned numIn = lop.getNumDpsInputs();
  BlockArgument acc = body.getArgument(numIn);
  std::string notPV = name + " is not a sum of P * V: ";
  auto add = yield.getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add)
    return fail(notPV + "its body yields " +
                describeFactor(yield.getOperand(0), body, lop) +
                ", not the accumulator plus a product");
  Value other = add.getLhs() == acc   ? add.getRhs()
                : add.getRhs() == acc ? add.getLhs()
                                      : Value();
  if (!other)
    return fail(notPV + "its body's 'arith.addf' does not add to the "
                        "accumulator");
  auto mul = other.getDefiningOp<arith::MulFOp>();
  if (!mul)
    return fail(notPV + "the accumulator is added " +
                describeFactor(other, body, lop) + ", not a product");
  auto argOf = [&](Value x) -> int {
    if (auto e = x.getDefiningOp<arith::ExtFOp>())
      x = e.getIn();
    auto ba = dyn_cast<BlockArgument>(x);
    if (!ba || ba.getOwner() != &body || ba.getArgNumber() >= numIn)
      return -1;
    return ba.getArgNumber();
  };
  int vIdx = -1;
  for (Value f : {mul.getRhs(), mul.getLhs()}) {
    int a = argOf(f);
    if (a >= 0 && !feedsFromSoftmaxLike(lop.getDpsInputOperand(a)->get())) {
      vIdx = a;
      break;
    }
  }
  if (vIdx < 0)
    return fail(notPV + "neither factor of the product is V (an input, "
                        "possibly extended, that does not come from the "
                        "exponentials): it multiplies " +
                describeFactor(mul.getLhs(), body, lop) + " by " +
                describeFactor(mul.getRhs(), body, lop));
  AnchorView av;
  av.fused = true;
  av.numLoops = lop.getNumLoops();
  bool anySoftmax = false;
  for (unsigned i = 0; i < numIn; ++i) {
    OpOperand *o = lop.getDpsInputOperand(i);
    if (!isa<RankedTensorType>(o->get().getType()))
      return fail(name + " reads an input that is not a ranked tensor");
    AffineMap m = lop.getMatchingIndexingMap(o);
    if (!m.isProjectedPermutation(/*allowZeroInResults=*/true))
      return fail(name + " reads input " + std::to_string(i) +
                  " through a map that is not a projected permutation");
    if (static_cast<int>(i) == vIdx) {
      if (!m.isProjectedPermutation(false))
        return fail(name + " reads V at a constant index");
      av.vVal = o->get();
      av.vMap = m;
      continue;
    }
    anySoftmax |= feedsFromSoftmaxLike(o->get());
    av.pVals.push_back(o->get());
    av.pMaps.push_back(m);
  }
  if (!anySoftmax)
    return fail(notPV + "no input besides V comes from the exponentials");
  av.oMap = lop.getMatchingIndexingMap(lop.getDpsInitOperand(0));
  if (!av.oMap.isProjectedPermutation(false))
    return fail(name + " writes its result through a map that is not a "
                       "projected permutation");
  av.zeroInit = isZeroConstant(lop.getDpsInitOperand(0)->get());
  return av;
}

std::optional<AnchorView> mlir::attn::fuse::getAnchorView(Operation *op,
                                                          std::string &why) {
  if (std::optional<ContractionView> c2 =
          getContraction(op, /*requireZeroInit=*/false)) {
    // P is the operand made of normalized exponentials (else one made of
    // exponentials: reported only when normalized, see attentionLike).
    int pIdx = -1;
    if (feedsFromNormalizedExp(c2->lhs))
      pIdx = 0;
    else if (feedsFromNormalizedExp(c2->rhs))
      pIdx = 1;
    else if (feedsFromSoftmaxLike(c2->lhs))
      pIdx = 0;
    else if (feedsFromSoftmaxLike(c2->rhs))
      pIdx = 1;
    if (pIdx < 0)
      return std::nullopt;
    AnchorView av;
    av.pVals = {pIdx == 0 ? c2->lhs : c2->rhs};
    av.pMaps = {pIdx == 0 ? c2->lhsMap : c2->rhsMap};
    av.vVal = pIdx == 0 ? c2->rhs : c2->lhs;
    av.vMap = pIdx == 0 ? c2->rhsMap : c2->lhsMap;
    av.oMap = c2->outMap;
    av.numLoops = c2->numLoops;
    av.zeroInit = static_cast<bool>(getContraction(op));
    return av;
  }
  // A contraction generic whose body multiplies V by a P computed in the
  // body (elementwise fusion puts the softmax's normalization there:
  // sum_j (E[j] * (1 / sum)) * V[j]).
  std::string fusedWhy;
  if (std::optional<AnchorView> f = getFusedPV(op, &fusedWhy))
    return f;
  // A contraction-shaped op (linalg, inputs combined over reduction loops)
  // reading normalized exponentials is a candidate whose body or loops are
  // not O = sum_key(P * V).
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  if (lop && llvm::any_of(lop.getDpsInputs(), feedsFromNormalizedExp))
    why = fusedWhy;
  return std::nullopt;
}
