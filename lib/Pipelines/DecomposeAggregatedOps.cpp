//===- DecomposeAggregatedOps.cpp - linalg.softmax & co. -> generics ------===//
//
// convert-linalg-to-loops does not lower linalg.softmax (an aggregated op):
// decompose every AggregatedOpInterface op first.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir {
namespace attn {
#define GEN_PASS_DEF_ATTNDECOMPOSEAGGREGATEDOPS
#include "attn/Conversion/Passes.h.inc"

namespace {
struct AttnDecomposeAggregatedOpsPass
    : impl::AttnDecomposeAggregatedOpsBase<AttnDecomposeAggregatedOpsPass> {
  using Base::Base;
  void runOnOperation() override {
    SmallVector<linalg::AggregatedOpInterface> ops;
    getOperation()->walk(
        [&](linalg::AggregatedOpInterface op) { ops.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (linalg::AggregatedOpInterface op : ops) {
      rewriter.setInsertionPoint(op);
      FailureOr<SmallVector<Value>> repl = op.decomposeOperation(rewriter);
      if (failed(repl))
        continue;
      rewriter.replaceOp(op, *repl);
    }
  }
};
} // namespace
} // namespace attn
} // namespace mlir
