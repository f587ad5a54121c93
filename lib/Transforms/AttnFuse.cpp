//===- AttnFuse.cpp - attention fusion pass ---------------------*- C++ -*-===//
//
// Work in progress: the matcher lands in the following commits.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnOps.h"
#include "attn/Transforms/Passes.h"

namespace mlir {
namespace attn {
#define GEN_PASS_DEF_ATTNFUSE
#include "attn/Transforms/Passes.h.inc"

namespace {
struct AttnFusePass : impl::AttnFuseBase<AttnFusePass> {
  using Base::Base;
  void runOnOperation() override {}
};
} // namespace
} // namespace attn
} // namespace mlir
