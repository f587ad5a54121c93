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

/// A linalg op with one reduction loop whose body is acc + X * v, with v a
/// block argument (possibly extended) of an input that does not come from
/// a softmax, and X computed from the other inputs.
std::optional<AnchorView> mlir::attn::fuse::getFusedPV(Operation *op) {
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  if (!lop || !lop.hasPureTensorSemantics() || lop.getNumDpsInits() != 1 ||
      op->getNumResults() != 1 || lop.getNumReductionLoops() != 1 ||
      lop.getNumDpsInputs() < 2 || op->getNumRegions() != 1 ||
      op->getRegion(0).empty())
    return std::nullopt;
  Block &body = op->getRegion(0).front();
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!yield || yield.getNumOperands() != 1)
    return std::nullopt;
  unsigned numIn = lop.getNumDpsInputs();
  BlockArgument acc = body.getArgument(numIn);
  auto add = yield.getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add)
    return std::nullopt;
  Value other = add.getLhs() == acc   ? add.getRhs()
                : add.getRhs() == acc ? add.getLhs()
                                      : Value();
  auto mul = other ? other.getDefiningOp<arith::MulFOp>() : nullptr;
  if (!mul)
    return std::nullopt;
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
    return std::nullopt;
  AnchorView av;
  av.fused = true;
  av.numLoops = lop.getNumLoops();
  bool anySoftmax = false;
  for (unsigned i = 0; i < numIn; ++i) {
    OpOperand *o = lop.getDpsInputOperand(i);
    if (!isa<RankedTensorType>(o->get().getType()))
      return std::nullopt;
    AffineMap m = lop.getMatchingIndexingMap(o);
    if (!m.isProjectedPermutation(/*allowZeroInResults=*/true))
      return std::nullopt;
    if (static_cast<int>(i) == vIdx) {
      if (!m.isProjectedPermutation(false))
        return std::nullopt;
      av.vVal = o->get();
      av.vMap = m;
      continue;
    }
    anySoftmax |= feedsFromSoftmaxLike(o->get());
    av.pVals.push_back(o->get());
    av.pMaps.push_back(m);
  }
  if (!anySoftmax)
    return std::nullopt;
  av.oMap = lop.getMatchingIndexingMap(lop.getDpsInitOperand(0));
  if (!av.oMap.isProjectedPermutation(false))
    return std::nullopt;
  av.zeroInit = isZeroConstant(lop.getDpsInitOperand(0)->get());
  return av;
}
