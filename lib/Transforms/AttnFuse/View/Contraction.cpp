//===- Contraction.cpp - ops computing out += lhs * rhs ---------------------===//

#include "View/Contraction.h"
#include "View/Constants.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace mlir::attn::fuse;

static bool isRankedTensor(Value v) {
  return v && isa<RankedTensorType>(v.getType());
}

/// `x` without the casts on top of it that only round or extend its value
/// (float extensions and truncations, integer extensions).
static Value stripValueCasts(Value x) {
  while (Operation *d = x.getDefiningOp()) {
    if (!isa<arith::ExtFOp, arith::TruncFOp, arith::ExtSIOp, arith::ExtUIOp>(
            d))
      break;
    x = d->getOperand(0);
  }
  return x;
}

/// True when the body is exactly yield(acc + cast(a) * cast(b)) (either
/// order of each operation), `cast` zero or more casts that keep the value
/// up to rounding (stripValueCasts; a truncation of the sum rounds the
/// accumulator). linalg::isaContractionOpInterface accepts any chain of unary
/// ops around the multiply and the add (negf, math.exp, absf...): those
/// compute something else than a sum of products.
static bool isMulAddBody(Block &body) {
  if (body.getNumArguments() != 3)
    return false;
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!yield || yield.getNumOperands() != 1)
    return false;
  Value sum = yield.getOperand(0);
  if (auto t = sum.getDefiningOp<arith::TruncFOp>())
    sum = t.getIn();
  Operation *add = sum.getDefiningOp();
  if (!add || add->getBlock() != &body ||
      !isa<arith::AddFOp, arith::AddIOp>(add))
    return false;
  Value acc = body.getArgument(2);
  Value lhs = stripValueCasts(add->getOperand(0));
  Value rhs = stripValueCasts(add->getOperand(1));
  Value prod = lhs == acc ? add->getOperand(1)
               : rhs == acc ? add->getOperand(0)
                            : Value();
  Operation *mul = prod ? prod.getDefiningOp() : nullptr;
  if (!mul || mul->getBlock() != &body ||
      !isa<arith::MulFOp, arith::MulIOp>(mul))
    return false;
  Value a = stripValueCasts(mul->getOperand(0));
  Value b = stripValueCasts(mul->getOperand(1));
  Value x = body.getArgument(0), y = body.getArgument(1);
  return (a == x && b == y) || (a == y && b == x);
}

/// An operand map result that reads loop `d` whole or a floordiv / mod part
/// of it (LoopParts.h proves the part against the operand's extent).
static bool isDimOrPart(AffineExpr e) {
  if (isa<AffineDimExpr>(e))
    return true;
  auto bin = dyn_cast<AffineBinaryOpExpr>(e);
  return bin &&
         (bin.getKind() == AffineExprKind::FloorDiv ||
          bin.getKind() == AffineExprKind::Mod) &&
         isa<AffineDimExpr>(bin.getLHS()) &&
         isa<AffineConstantExpr>(bin.getRHS());
}

/// A linalg.generic sum of products that linalg's contraction interface
/// refuses only because an operand is read through `d floordiv c` / `d mod c`
/// (GQA written in the contraction's map): the output map is a projected
/// permutation, every other result is a loop or such a part, and exactly the
/// loops the output does not read are reductions.
static bool isPartReadContraction(linalg::LinalgOp lop,
                                  ArrayRef<AffineMap> maps) {
  if (!isa<linalg::GenericOp>(lop) ||
      !maps[2].isProjectedPermutation(/*allowZeroInResults=*/false))
    return false;
  bool anyPart = false;
  for (AffineMap m : maps.take_front(2)) {
    for (AffineExpr e : m.getResults()) {
      if (!isDimOrPart(e))
        return false;
      anyPart |= !isa<AffineDimExpr>(e);
    }
  }
  if (!anyPart)
    return false;
  auto iters = lop.getIteratorTypesArray();
  for (unsigned l = 0; l < lop.getNumLoops(); ++l) {
    bool reduced = iters[l] == utils::IteratorType::reduction;
    if (reduced == maps[2].isFunctionOfDim(l) ||
        (!maps[0].isFunctionOfDim(l) && !maps[1].isFunctionOfDim(l)))
      return false;
  }
  return true;
}

std::optional<ContractionView>
mlir::attn::fuse::getContraction(Operation *op, bool requireZeroInit) {
  if (!op || op->getNumResults() != 1)
    return std::nullopt;
  MLIRContext *ctx = op->getContext();
  if (auto mm = dyn_cast<tosa::MatMulOp>(op)) {
    if (!isRankedTensor(mm.getA()) || !isRankedTensor(mm.getB()) ||
        !isRankedTensor(mm.getOutput()))
      return std::nullopt;
    if (requireZeroInit &&
        (!isZeroConstant(mm.getAZp()) || !isZeroConstant(mm.getBZp())))
      return std::nullopt;
    // Loops (b, m, n, k): out[b,m,n] += a[b,m,k] * b[b,k,n].
    AffineExpr b = getAffineDimExpr(0, ctx), m = getAffineDimExpr(1, ctx),
               n = getAffineDimExpr(2, ctx), k = getAffineDimExpr(3, ctx);
    ContractionView cv;
    cv.op = op;
    cv.lhs = mm.getA();
    cv.rhs = mm.getB();
    cv.result = mm.getOutput();
    cv.numLoops = 4;
    cv.lhsMap = AffineMap::get(4, 0, {b, m, k}, ctx);
    cv.rhsMap = AffineMap::get(4, 0, {b, k, n}, ctx);
    cv.outMap = AffineMap::get(4, 0, {b, m, n}, ctx);
    return cv;
  }
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  if (!lop || !lop.hasPureTensorSemantics() || lop.getNumDpsInputs() != 2 ||
      lop.getNumDpsInits() != 1)
    return std::nullopt;
  if (op->getNumRegions() != 1 || op->getRegion(0).empty() ||
      !isMulAddBody(op->getRegion(0).front()))
    return std::nullopt;
  SmallVector<AffineMap> maps = lop.getIndexingMapsArray();
  if (maps.size() != 3)
    return std::nullopt;
  if (linalg::isaContractionOpInterface(lop)) {
    for (AffineMap m : maps)
      if (!m.isProjectedPermutation(/*allowZeroInResults=*/false))
        return std::nullopt;
  } else if (!isPartReadContraction(lop, maps)) {
    return std::nullopt;
  }
  Value a = lop.getDpsInputOperand(0)->get();
  Value b = lop.getDpsInputOperand(1)->get();
  Value init = lop.getDpsInitOperand(0)->get();
  if (!isRankedTensor(a) || !isRankedTensor(b) || !isRankedTensor(init))
    return std::nullopt;
  if (requireZeroInit && !isZeroConstant(init))
    return std::nullopt;
  ContractionView cv;
  cv.op = op;
  cv.lhs = a;
  cv.rhs = b;
  cv.result = op->getResult(0);
  cv.init = init;
  cv.numLoops = lop.getNumLoops();
  cv.lhsMap = maps[0];
  cv.rhsMap = maps[1];
  cv.outMap = maps[2];
  return cv;
}

ContractionDims::ContractionDims(unsigned numLoops,
                                 ArrayRef<AffineMap> lhsMaps, AffineMap rhsMap,
                                 AffineMap outMap)
    : uses(numLoops) {
  for (unsigned l = 0; l < numLoops; ++l) {
    Use &u = uses[l];
    u.lhs = llvm::any_of(lhsMaps,
                         [&](AffineMap m) { return m.isFunctionOfDim(l); });
    u.rhs = rhsMap.isFunctionOfDim(l);
    u.out = outMap.isFunctionOfDim(l);
    if (u.lhs && u.rhs && u.out)
      batchLoops.push_back(l);
    else if (u.lhs && u.out && !u.rhs)
      mLoops.push_back(l);
    else if (u.rhs && u.out && !u.lhs)
      nLoops.push_back(l);
    else if (u.lhs && u.rhs && !u.out)
      kLoops.push_back(l);
    else
      otherLoops.push_back(l);
  }
}

ContractionDims::ContractionDims(const ContractionView &cv)
    : ContractionDims(cv.numLoops, {cv.lhsMap}, cv.rhsMap, cv.outMap) {}
