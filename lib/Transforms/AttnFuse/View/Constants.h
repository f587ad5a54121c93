//===- Constants.h - constants as numbers -----------------------*- C++ -*-===//

#ifndef ATTN_LIB_TRANSFORMS_CONSTANTS_H
#define ATTN_LIB_TRANSFORMS_CONSTANTS_H

#include "mlir/IR/Value.h"

#include <optional>

namespace mlir {
namespace attn {
namespace fuse {

/// A splat/scalar constant as a double (floats, ints and i1).
std::optional<double> getSplatConstant(Value v);

/// True when `v` is a tensor (or scalar) known to be all zeros: a zero
/// constant or a linalg.fill of one.
bool isZeroConstant(Value v);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_CONSTANTS_H
