//===- ExtractCopy.cpp - a linalg.generic that copies through tensor.extract =//

#include "View/ExtractCopy.h"
#include "View/ExtentEquality.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "llvm/ADT/SmallPtrSet.h"

using namespace mlir;
using namespace mlir::attn::fuse;

namespace {
std::string opName(Operation *op) {
  return "'" + op->getName().getStringRef().str() + "'";
}

/// The tensor.extract `op` yields, when `op` has the form of a copy.
tensor::ExtractOp yieldedExtract(Operation *op) {
  auto g = dyn_cast_or_null<linalg::GenericOp>(op);
  if (!g || g.getNumDpsInputs() != 0 || g.getNumDpsInits() != 1 ||
      op->getNumResults() != 1 || g.getRegion().empty())
    return nullptr;
  auto y = dyn_cast<linalg::YieldOp>(g.getBody()->getTerminator());
  if (!y || y.getNumOperands() != 1)
    return nullptr;
  auto ex = y.getOperand(0).getDefiningOp<tensor::ExtractOp>();
  if (!ex || ex->getBlock() != g.getBody() ||
      !isa<RankedTensorType>(ex.getTensor().getType()) ||
      g.getRegion().isAncestor(ex.getTensor().getParentRegion()))
    return nullptr;
  return ex;
}

/// The loop whose index `v` is (a linalg.index of `op` itself).
std::optional<int64_t> loopIndexOf(Value v, Operation *op) {
  auto ix = v.getDefiningOp<linalg::IndexOp>();
  if (!ix || ix->getParentOp() != op)
    return std::nullopt;
  return static_cast<int64_t>(ix.getDim());
}
} // namespace

Value mlir::attn::fuse::extractCopySource(Operation *op) {
  tensor::ExtractOp ex = yieldedExtract(op);
  return ex ? ex.getTensor() : Value();
}

SmallVector<Value> mlir::attn::fuse::tensorsReadBy(Operation *op) {
  SmallVector<Value> r(op->getOperands());
  if (Value s = extractCopySource(op))
    r.push_back(s);
  return r;
}

FailureOr<ExtractCopy> mlir::attn::fuse::proveExtractCopy(Operation *op,
                                                          std::string &reason) {
  tensor::ExtractOp ex = yieldedExtract(op);
  if (!ex) {
    reason = "not a copy through tensor.extract";
    return failure();
  }
  auto g = cast<linalg::GenericOp>(op);
  std::string what = "extract copy " + opName(op) + ": ";
  auto fail = [&](const std::string &why) {
    reason = what + why;
    return failure();
  };
  Value src = ex.getTensor();
  Value init = g.getDpsInitOperand(0)->get();
  auto srcType = cast<RankedTensorType>(src.getType());
  auto outType = dyn_cast<RankedTensorType>(init.getType());
  if (!g.hasPureTensorSemantics() || !outType)
    return fail("not on tensors");
  if (srcType.getElementType() != outType.getElementType())
    return fail("the source and the result have different element types");
  if (!g.getMatchingIndexingMap(g.getDpsInitOperand(0)).isIdentity() ||
      g.getNumReductionLoops() != 0)
    return fail("the result is not written by an identity map over parallel "
                "loops");
  Block &body = *g.getBody();
  if (!body.getArgument(0).use_empty())
    return fail("the body reads the init");

  // The yielded value depends on the ops the indices are computed by; any
  // other op of the body must have no effect (an assert that could stop the
  // program is refused).
  llvm::SmallPtrSet<Operation *, 16> needed = {ex, body.getTerminator()};
  SmallVector<Value> work(ex.getIndices());
  while (!work.empty()) {
    Operation *d = work.pop_back_val().getDefiningOp();
    if (!d || d->getBlock() != &body || !needed.insert(d).second)
      continue;
    llvm::append_range(work, d->getOperands());
  }
  for (Operation &o : body)
    if (!needed.contains(&o) &&
        (!isMemoryEffectFree(&o) || o.getNumRegions() != 0))
      return fail("the body does something besides the read (" + opName(&o) +
                  ")");

  ExtractCopy copy;
  copy.source = src;
  SmallVector<bool> loopUsed(g.getNumLoops(), false);
  for (auto [k, idx] : llvm::enumerate(ex.getIndices())) {
    std::string dimName = "index " + std::to_string(k) + " of the read";
    if (matchPattern(idx, m_Zero())) {
      if (srcType.getDimSize(k) != 1)
        return fail(dimName + " is the constant 0 on a source dim of size " +
                    (srcType.isDynamicDim(k)
                         ? std::string("?")
                         : std::to_string(srcType.getDimSize(k))) +
                    ": only a static unit dim is broadcast");
      copy.loopOfSourceDim.push_back(-1);
      continue;
    }
    std::optional<int64_t> loop = loopIndexOf(idx, op);
    Value guard;
    if (!loop) {
      // torch's broadcast guard: select(E == 1, 0, index d).
      auto sel = idx.getDefiningOp<arith::SelectOp>();
      auto cmp =
          sel ? sel.getCondition().getDefiningOp<arith::CmpIOp>() : nullptr;
      if (sel && cmp && cmp.getPredicate() == arith::CmpIPredicate::eq &&
          matchPattern(sel.getTrueValue(), m_Zero())) {
        loop = loopIndexOf(sel.getFalseValue(), op);
        if (matchPattern(cmp.getRhs(), m_One()))
          guard = cmp.getLhs();
        else if (matchPattern(cmp.getLhs(), m_One()))
          guard = cmp.getRhs();
      }
      if (!loop || !guard)
        return fail(dimName + " (" +
                    (idx.getDefiningOp() ? opName(idx.getDefiningOp())
                                         : std::string("a block argument")) +
                    ") is not a loop index, the constant 0 or the broadcast "
                    "guard select(size == 1, 0, loop index)");
    }
    if (loopUsed[*loop])
      return fail("loop " + std::to_string(*loop) +
                  " indexes two dims of the source");
    loopUsed[*loop] = true;
    ExtentTerm srcExtent = canonicalExtent(src, k);
    ExtentTerm outExtent = canonicalExtent(init, *loop);
    if (!provablySameExtent(srcExtent, outExtent, op))
      return fail("source dim " + std::to_string(k) + " (extent " +
                  srcExtent.describe() +
                  ") is not proven equal to result dim " +
                  std::to_string(*loop) + " (extent " + outExtent.describe() +
                  ") that indexes it: the read may fall outside the source or "
                  "cover only part of it");
    if (guard) {
      ExtentTerm g = canonicalSize(guard);
      if (!provablySameExtent(g, srcExtent, op))
        return fail(dimName + " is broadcast when " + g.describe() +
                    " == 1, which is not proven to be the extent of source "
                    "dim " +
                    std::to_string(k) + " (" + srcExtent.describe() + ")");
    }
    copy.loopOfSourceDim.push_back(*loop);
  }
  return copy;
}

Labels mlir::attn::fuse::sourceLabels(const ExtractCopy &copy,
                                      const Labels &resultLabels) {
  Labels l;
  for (int64_t loop : copy.loopOfSourceDim)
    l.push_back(loop < 0 ? DimLabel{} : resultLabels[loop]);
  return l;
}
