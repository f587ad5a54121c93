//===- LayoutBuild.cpp - build a planned view of a tensor -----------------===//
//
// Builds the steps planLayout (LayoutPlan.cpp) decided: collapse_shape,
// expand_shape with its sizes (static, a dim of the step's input, or a
// product of atom sizes read where the atoms are defined), linalg.transpose.
//
//===----------------------------------------------------------------------===//

#include "Rewrite/LayoutPlan.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

using namespace mlir;
using namespace mlir::attn::fuse;

OpFoldResult mlir::attn::fuse::buildAtomsSize(OpBuilder &b, Location loc,
                                              ArrayRef<int> leaves,
                                              const AtomTable &atoms) {
  int64_t stat = 1;
  Value dyn;
  for (int a : leaves) {
    int64_t s = atoms.size(a);
    if (!ShapedType::isDynamic(s)) {
      stat *= s;
      continue;
    }
    const Atom &atom = atoms.get(a);
    // Read the size where it is defined, not from an intermediate the
    // rewrite is about to make dead: the init of a destination-style op, or
    // the output_shape of an expand_shape.
    Value src = atom.sizeSource;
    while (auto dps = src.getDefiningOp<DestinationStyleOpInterface>()) {
      auto res = dyn_cast<OpResult>(src);
      if (!res || !dps.hasPureTensorSemantics())
        break;
      src = dps.getTiedOpOperand(res)->get();
    }
    if (auto ex = src.getDefiningOp<tensor::ExpandShapeOp>()) {
      OpFoldResult r = ex.getMixedOutputShape()[atom.sizeDim];
      if (auto v = dyn_cast<Value>(r)) {
        dyn = dyn ? arith::MulIOp::create(b, loc, dyn, v).getResult() : v;
        continue;
      }
    }
    Value d = tensor::DimOp::create(b, loc, src, atom.sizeDim);
    dyn = dyn ? arith::MulIOp::create(b, loc, dyn, d).getResult() : d;
  }
  if (!dyn)
    return b.getIndexAttr(stat);
  if (stat != 1)
    dyn = arith::MulIOp::create(
        b, loc, dyn, arith::ConstantIndexOp::create(b, loc, stat));
  return dyn;
}

Value mlir::attn::fuse::buildLayout(OpBuilder &b, Location loc, Value src,
                                    const LayoutPlan &plan,
                                    const AtomTable &atoms) {
  Value cur = src;
  for (const ViewStep &step : plan.steps) {
    switch (step.kind) {
    case ViewStep::Kind::Collapse:
      cur = tensor::CollapseShapeOp::create(b, loc, cur, step.reassociation);
      break;
    case ViewStep::Kind::Expand: {
      if (step.sizes.empty()) {
        cur = tensor::ExpandShapeOp::create(b, loc, step.resultType, cur,
                                            step.reassociation);
        break;
      }
      SmallVector<OpFoldResult> sizes;
      for (const PlannedSize &s : step.sizes) {
        switch (s.kind) {
        case PlannedSize::Kind::Unit:
          sizes.push_back(b.getIndexAttr(1));
          break;
        case PlannedSize::Kind::SourceDim:
          sizes.push_back(tensor::getMixedSize(b, loc, cur, s.dim));
          break;
        case PlannedSize::Kind::Atoms:
          sizes.push_back(buildAtomsSize(b, loc, s.leaves, atoms));
          break;
        }
      }
      cur = tensor::ExpandShapeOp::create(b, loc, step.resultType, cur,
                                          step.reassociation, sizes);
      break;
    }
    case ViewStep::Kind::Broadcast:
      cur = buildBroadcast(b, loc, cur, step, atoms);
      break;
    case ViewStep::Kind::Transpose: {
      SmallVector<OpFoldResult> sizes;
      for (int64_t p : step.permutation)
        sizes.push_back(tensor::getMixedSize(b, loc, cur, p));
      Value init = tensor::EmptyOp::create(b, loc, sizes,
                                           step.resultType.getElementType());
      cur = linalg::TransposeOp::create(b, loc, cur, init, step.permutation)
                ->getResult(0);
      break;
    }
    }
  }
  return cur;
}
