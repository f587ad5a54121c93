//===- Passes.td - attn transformation passes -------------*- tablegen -*-===//

#ifndef ATTN_TRANSFORMS_PASSES_TD
#define ATTN_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def AttnFuse : Pass<"attn-fuse"> {
  let summary = "Find matmul -> softmax -> matmul attention and fuse it into "
                "attn.flash_attention";
  let description = [{
    Finds attention in TOSA and linalg-on-tensors programs, proves every
    dimension correspondence (the softmax reduces the key axis that the second
    contraction reduces, the first contraction reduces the head dim of Q and
    K, batch and head dims line up through reshapes and transposes) and
    replaces the chain with one `attn.flash_attention`. A candidate that is
    not proven equal is left alone; with `report=true` every candidate gets a
    remark: "fused", or the first check that failed.
  }];
  let options = [
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark for every candidate: fused, or why not">,
    Option<"greedy", "greedy", "bool", /*default=*/"false",
           "Run the fusion as a pattern under the greedy driver (what "
           "populateAttnFusePatterns gives embedders); no remarks">
  ];
  let dependentDialects = [
    "::mlir::attn::AttnDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

#endif // ATTN_TRANSFORMS_PASSES_TD
