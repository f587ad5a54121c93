//===- Constants.cpp - constants as numbers ---------------------------------===//

#include "View/Constants.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::attn::fuse;

std::optional<double> mlir::attn::fuse::getSplatConstant(Value v) {
  Attribute attr;
  if (!matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  if (auto f = dyn_cast<FloatAttr>(attr))
    return f.getValueAsDouble();
  if (auto i = dyn_cast<IntegerAttr>(attr)) {
    if (i.getType().isInteger(1))
      return i.getValue().getBoolValue() ? 1.0 : 0.0;
    return static_cast<double>(i.getValue().getSExtValue());
  }
  if (auto d = dyn_cast<DenseElementsAttr>(attr)) {
    if (!d.isSplat())
      return std::nullopt;
    Type et = d.getElementType();
    if (isa<FloatType>(et))
      return d.getSplatValue<APFloat>().convertToDouble();
    if (et.isInteger(1))
      return d.getSplatValue<bool>() ? 1.0 : 0.0;
    if (isa<IntegerType>(et))
      return static_cast<double>(d.getSplatValue<APInt>().getSExtValue());
  }
  return std::nullopt;
}

bool mlir::attn::fuse::isZeroConstant(Value v) {
  if (!v)
    return false;
  if (auto c = getSplatConstant(v))
    return *c == 0.0;
  if (auto fill = v.getDefiningOp<linalg::FillOp>())
    return fill.getInputs().size() == 1 && isZeroConstant(fill.getInputs()[0]);
  return false;
}
