//===- AttnDialect.td - attn dialect definition ------------*- tablegen -*-===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNDIALECT_TD
#define ATTN_DIALECT_ATTN_IR_ATTNDIALECT_TD

include "mlir/IR/OpBase.td"

def Attn_Dialect : Dialect {
  let name = "attn";
  let summary = "Fused attention";
  let description = [{
    The `attn` dialect holds `attn.flash_attention`, the op that `attn-fuse`
    forms from `matmul -> softmax -> matmul` chains it has proven to be
    attention, and that `attn-lower-to-llvm` lowers to calls into the
    `libattnrt` runtime.
  }];
  let cppNamespace = "::mlir::attn";
  let useDefaultAttributePrinterParser = 1;
}

class Attn_Op<string mnemonic, list<Trait> traits = []>
    : Op<Attn_Dialect, mnemonic, traits>;

#endif // ATTN_DIALECT_ATTN_IR_ATTNDIALECT_TD
