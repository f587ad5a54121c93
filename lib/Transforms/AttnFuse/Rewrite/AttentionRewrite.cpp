//===- AttentionRewrite.cpp - emit attn.flash_attention -------------------===//
//
// Builds what the match planned (RewritePlan.h): [B, H, S, D] views of the
// proven sources (LayoutPlan.h; the lowering turns them into strided views
// of the operands), the mask (MaskBuild.cpp), the scale, the op, and the view
// of its result in the layout the second contraction produced. Nothing here
// can fail: every decision was taken during the match.
//
//===----------------------------------------------------------------------===//

#include "Match/AttentionMatch.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

namespace {
/// Records ops created (and tells the rewriter's listener, if any, e.g. a
/// greedy pattern driver).
struct CreatedOps : public RewriterBase::ForwardingListener {
  using ForwardingListener::ForwardingListener;
  SmallVector<Operation *> ops;
  void notifyOperationInserted(Operation *op,
                               OpBuilder::InsertPoint previous) override {
    ops.push_back(op);
    ForwardingListener::notifyOperationInserted(op, previous);
  }
};
} // namespace

Value mlir::attn::fuse::buildRuntimeScalar(OpBuilder &b, Location loc,
                                           Value x) {
  auto t = dyn_cast<RankedTensorType>(x.getType());
  if (!t)
    return x;
  SmallVector<Value> zeros(t.getRank(),
                           arith::ConstantIndexOp::create(b, loc, 0));
  return tensor::ExtractOp::create(b, loc, x, zeros);
}

FlashAttentionOp mlir::attn::fuse::rewriteAttention(RewriterBase &rewriter,
                                                    const AttentionMatch &m,
                                                    const AtomTable &atoms) {
  const RewritePlan &plan = m.plan;
  OpBuilder b(m.anchor->getContext());
  CreatedOps created(rewriter.getListener());
  b.setListener(&created);
  b.setInsertionPoint(m.anchor);
  Location loc = m.softmaxOp ? m.softmaxOp->getLoc() : m.anchor->getLoc();

  Value q = buildLayout(b, loc, m.q.value, plan.q, atoms);
  Value k = buildLayout(b, loc, m.k.value, plan.k, atoms);
  Value v = buildLayout(b, loc, m.v.value, plan.v, atoms);
  Value mask = buildMask(b, loc, m, atoms);

  // Scale.
  FloatAttr scaleAttr;
  Value scaleValue;
  if (m.runtimeScale.empty()) {
    scaleAttr = b.getF32FloatAttr(static_cast<float>(m.scale));
  } else {
    Value s;
    if (static_cast<float>(m.scale) != 1.0f)
      s = arith::ConstantOp::create(
          b, loc, b.getF32FloatAttr(static_cast<float>(m.scale)));
    for (const RuntimeFactor &f : m.runtimeScale) {
      Value x = buildRuntimeScalar(b, loc, f.value);
      if (!x.getType().isF32())
        x = arith::ExtFOp::create(b, loc, b.getF32Type(), x);
      if (f.divide) {
        if (!s)
          s = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(1.0f));
        s = arith::DivFOp::create(b, loc, s, x);
      } else {
        s = s ? arith::MulFOp::create(b, loc, s, x).getResult() : x;
      }
    }
    scaleValue = s;
  }

  SmallVector<OpFoldResult> initSizes = {
      tensor::getMixedSize(b, loc, q, 0), tensor::getMixedSize(b, loc, q, 1),
      tensor::getMixedSize(b, loc, q, 2), tensor::getMixedSize(b, loc, v, 3)};
  Value init = tensor::EmptyOp::create(b, loc, initSizes, m.outElemType);
  auto fa = FlashAttentionOp::create(
      b, loc, init.getType(), q, k, v, mask, scaleValue, init, scaleAttr,
      CausalModeAttr::get(b.getContext(), m.causal),
      m.maskFill ? b.getF32FloatAttr(static_cast<float>(*m.maskFill))
                 : FloatAttr(),
      EmptyRowsAttr::get(b.getContext(), m.emptyRows),
      m.logitRounding ? TypeAttr::get(m.logitRounding) : TypeAttr());

  Value result = buildLayout(b, loc, fa.getResult(), plan.out, atoms);
  if (plan.castResult)
    result = tensor::CastOp::create(b, loc, m.replaced.getType(), result);
  b.setListener(nullptr);
  rewriter.replaceAllUsesWith(m.replaced, result);
  // Drop what the views did not need (constants, dims of static sizes),
  // then fold the views' reshape chains (collapse of collapse, expand of
  // collapse, dims of reshapes) among the ops created here (not inside the
  // regions of other created ops, which go with them; latest first).
  llvm::SmallPtrSet<Operation *, 32> all(created.ops.begin(),
                                         created.ops.end());
  SmallVector<Operation *> topLevel, alive;
  for (Operation *op : llvm::reverse(created.ops))
    if (!all.contains(op->getParentOp()))
      topLevel.push_back(op);
  for (Operation *op : topLevel) {
    // The fused op stays even when the program's result is unused: the
    // caller gets it back and the code below reads its block.
    if (op != fa.getOperation() && op->use_empty() && isOpTriviallyDead(op))
      rewriter.eraseOp(op);
    else
      alive.push_back(op);
  }
  // Under a pattern driver, leave folding to it. An unused result leaves
  // nothing to fold or hoist (and the folding driver would erase fa).
  if (rewriter.getListener() || fa->use_empty())
    return fa;
  MLIRContext *ctx = m.anchor->getContext();
  RewritePatternSet patterns(ctx);
  tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::DimOp::getCanonicalizationPatterns(patterns, ctx);
  GreedyRewriteConfig config;
  config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
  (void)applyOpPatternsGreedily(alive, std::move(patterns), config);

  // Hoist the result views' size computations and empty tensors above the
  // fused op when their operands allow it: the op's destination-passing
  // lowering can then see every shape before the op.
  // Only the ops between fa and the anchor are looked at (everything this
  // rewrite created after fa, and their folds, sits there): walking to the
  // end of the block, or asking isBeforeInBlock after each move (which
  // renumbers the block), would make fusion quadratic in the number of
  // blocks per function.
  Block *blk = fa->getBlock();
  llvm::SmallPtrSet<Operation *, 16> stayed; // after fa, not hoisted
  for (Operation *op = fa->getNextNode(); op && op != m.anchor;) {
    Operation *next = op->getNextNode();
    if (isa<tensor::EmptyOp, tensor::DimOp, arith::ConstantOp>(op) &&
        op->getNumRegions() == 0 &&
        llvm::all_of(op->getOperands(), [&](Value v) {
          // Block arguments, values of enclosing blocks and of ops before
          // fa dominate fa; in this block, an operand of op is defined
          // before op: before fa unless it is fa or one of the ops after it
          // that stayed.
          Operation *d = v.getDefiningOp();
          return !d || d->getBlock() != blk ||
                 (d != fa.getOperation() && !stayed.contains(d));
        }))
      op->moveBefore(fa);
    else
      stayed.insert(op);
    op = next;
  }
  return fa;
}
