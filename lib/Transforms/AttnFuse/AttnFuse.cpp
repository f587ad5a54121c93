//===- AttnFuse.cpp - attention fusion pass ---------------------*- C++ -*-===//
//
// The driver: collects contractions, tries each as the second contraction of
// an attention (AttentionMatcher.cpp), rewrites proven ones
// (AttentionRewrite.cpp) and reports every candidate when asked to.
//
//===----------------------------------------------------------------------===//

#include "Match/AttentionMatch.h"
#include "View/AssertedEqualityIndex.h"

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Transforms/Passes.h"
#include "attn/Transforms/Transforms.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

namespace {
/// Contractions, and linalg ops combining two or more inputs over reduction
/// loops (a contraction whose body also computes one of its operands, or
/// one that is not a sum of products: refused with a remark when it reads
/// a softmax).
bool isAnchorCandidate(Operation *op) {
  if (getContraction(op, /*requireZeroInit=*/false))
    return true;
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  return lop && lop.getNumReductionLoops() >= 1 &&
         lop.getNumDpsInputs() >= 2;
}

/// Erases `ops` (and then anything they fed that became dead), recording
/// what was erased.
void eraseDead(RewriterBase &rewriter, ArrayRef<Operation *> ops,
               DenseSet<Operation *> *erased) {
  SmallVector<Operation *> worklist(ops.begin(), ops.end());
  DenseSet<Operation *> done;
  bool changed = true;
  while (changed) {
    changed = false;
    for (Operation *op : worklist) {
      if (done.contains(op) || !op->use_empty() || !isOpTriviallyDead(op))
        continue;
      SmallVector<Value> used(op->getOperands());
      op->walk([&](Operation *inner) {
        for (Value o : inner->getOperands())
          if (o.getParentRegion() &&
              !op->isAncestor(o.getParentRegion()->getParentOp()))
            used.push_back(o);
      });
      for (Value o : used)
        if (Operation *d = o.getDefiningOp())
          if (!done.contains(d) && !llvm::is_contained(worklist, d))
            worklist.push_back(d);
      done.insert(op);
      if (erased)
        erased->insert(op);
      rewriter.eraseOp(op);
      changed = true;
      break;
    }
  }
}

enum class Outcome { NotCandidate, Rejected, Fused };

Outcome fuseOne(RewriterBase &rewriter, Operation *anchor, bool report,
                DenseSet<Operation *> *erased) {
  AtomTable atoms;
  ExprBuilder eb(atoms);
  MatchResult r = matchAttention(anchor, atoms, eb);
  if (r.status == MatchStatus::NotCandidate)
    return Outcome::NotCandidate;
  if (r.status == MatchStatus::Rejected) {
    if (report && r.attentionLike)
      emitRemark(r.where->getLoc()) << "attn-fuse: not fused: " << r.reason;
    return Outcome::Rejected;
  }
  const AttentionMatch &m = r.match;
  rewriteAttention(rewriter, m, atoms);
  if (report)
    emitRemark(m.softmaxOp ? m.softmaxOp->getLoc() : anchor->getLoc())
        << "attn-fuse: fused";
  SmallVector<Operation *> dead;
  if (Operation *r = m.replaced.getDefiningOp())
    dead.push_back(r);
  dead.push_back(anchor);
  for (Operation *op : llvm::reverse(m.intermediates))
    dead.push_back(op);
  for (Operation *op : eb.visited)
    dead.push_back(op);
  eraseDead(rewriter, dead, erased);
  return Outcome::Fused;
}

/// The pattern, rooted on the ops that can be the second contraction (not
/// on every op): linalg contraction ops (ContractionOpInterface: matmul,
/// batch_matmul, contract, ...), linalg.generic (einsum contractions, and
/// contractions whose body computes P), tosa.matmul.
LogicalResult fuseAtAnchor(Operation *op, PatternRewriter &rewriter) {
  if (!isAnchorCandidate(op))
    return failure();
  return success(fuseOne(rewriter, op, false, nullptr) == Outcome::Fused);
}
struct FuseAtLinalgContraction
    : public OpInterfaceRewritePattern<linalg::ContractionOpInterface> {
  using OpInterfaceRewritePattern::OpInterfaceRewritePattern;
  LogicalResult matchAndRewrite(linalg::ContractionOpInterface op,
                                PatternRewriter &rewriter) const override {
    return fuseAtAnchor(op, rewriter);
  }
};
struct FuseAtLinalgGeneric : public OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    return fuseAtAnchor(op, rewriter);
  }
};
struct FuseAtTosaMatmul : public OpRewritePattern<tosa::MatMulOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(tosa::MatMulOp op,
                                PatternRewriter &rewriter) const override {
    return fuseAtAnchor(op, rewriter);
  }
};
} // namespace

void mlir::attn::populateAttnFusePatterns(RewritePatternSet &patterns) {
  patterns.add<FuseAtLinalgContraction, FuseAtLinalgGeneric, FuseAtTosaMatmul>(
      patterns.getContext());
}

unsigned mlir::attn::fuseAttention(Operation *root, bool report) {
  SmallVector<Operation *> anchors;
  root->walk([&](Operation *op) {
    if (isAnchorCandidate(op))
      anchors.push_back(op);
  });
  // The cf.assert facts, read once for the run (this driver keeps the
  // promises of View/AssertedEqualityIndex.h).
  AssertedEqualityIndex::Scope facts(root);
  IRRewriter rewriter(root->getContext());
  DenseSet<Operation *> erased;
  unsigned n = 0;
  for (Operation *op : anchors) {
    if (erased.contains(op))
      continue;
    rewriter.setInsertionPoint(op);
    if (fuseOne(rewriter, op, report, &erased) == Outcome::Fused)
      ++n;
  }
  return n;
}

namespace mlir {
namespace attn {
#define GEN_PASS_DEF_ATTNFUSE
#include "attn/Transforms/Passes.h.inc"

namespace {
struct AttnFusePass : impl::AttnFuseBase<AttnFusePass> {
  using Base::Base;
  void runOnOperation() override {
    if (!greedy) {
      fuseAttention(getOperation(), report);
      return;
    }
    RewritePatternSet patterns(&getContext());
    populateAttnFusePatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
} // namespace attn
} // namespace mlir
