//===- AttnOps.h - attn dialect ops -----------------------------*- C++ -*-===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNOPS_H
#define ATTN_DIALECT_ATTN_IR_ATTNOPS_H

#include "attn/Dialect/Attn/IR/AttnDialect.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <limits>

#include "attn/Dialect/Attn/IR/AttnEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "attn/Dialect/Attn/IR/AttnAttrs.h.inc"

#define GET_OP_CLASSES
#include "attn/Dialect/Attn/IR/AttnOps.h.inc"

#include <optional>

namespace mlir {
namespace attn {
/// What FlashAttentionOp::verify checks, on the types and attribute values
/// alone: usable before the op is built (attn-fuse decides during its match
/// whether the op it would build verifies). `mask` and `logitRounding` may
/// be null; `scale` and `maskFill` are the attributes' values when present. `emitError` starts a
/// diagnostic on the op.
LogicalResult
verifyFlashAttention(llvm::function_ref<InFlightDiagnostic()> emitError,
                     RankedTensorType query, RankedTensorType key,
                     RankedTensorType value, RankedTensorType mask,
                     RankedTensorType init, RankedTensorType result,
                     std::optional<double> scale, bool hasScaleValue,
                     std::optional<double> maskFill, Type logitRounding);
} // namespace attn
} // namespace mlir

#endif // ATTN_DIALECT_ATTN_IR_ATTNOPS_H
