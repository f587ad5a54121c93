//===- AttnEnums.td - attn dialect enums -------------------*- tablegen -*-===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNENUMS_TD
#define ATTN_DIALECT_ATTN_IR_ATTNENUMS_TD

include "attn/Dialect/Attn/IR/AttnDialect.td"
include "mlir/IR/EnumAttr.td"

def Attn_CausalMode : I32EnumAttr<"CausalMode", "causal masking mode", [
  I32EnumAttrCase<"None", 0, "none">,
  // Key j is visible to query i iff j <= i (PyTorch `is_causal`).
  I32EnumAttrCase<"TopLeft", 1, "top_left">,
  // Key j is visible to query i iff j <= i + Sk - Sq (FlashAttention).
  I32EnumAttrCase<"BottomRight", 2, "bottom_right">
]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::attn";
}

def Attn_CausalModeAttr : EnumAttr<Attn_Dialect, Attn_CausalMode, "causal"> {
  let assemblyFormat = "`<` $value `>`";
}

// What a query row whose logits are all -inf yields (the numbering of
// attnrt_empty_rows).
def Attn_EmptyRows : I32EnumAttr<"EmptyRows", "result of a row with no finite logit", [
  // Zeros: PyTorch's safe softmax, the ONNX exporters' select(P != P, 0, P).
  I32EnumAttrCase<"Zero", 0, "zero">,
  // NaN: a plain softmax over -inf logits (exp(-inf - -inf)).
  I32EnumAttrCase<"NaN", 1, "nan">
]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::attn";
}

def Attn_EmptyRowsAttr : EnumAttr<Attn_Dialect, Attn_EmptyRows, "empty_rows"> {
  let assemblyFormat = "`<` $value `>`";
}

#endif // ATTN_DIALECT_ATTN_IR_ATTNENUMS_TD
