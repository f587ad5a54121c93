//===- AttnOps.cpp - attn dialect ops ---------------------------*- C++ -*-===//

#include "attn/Dialect/Attn/IR/AttnOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

#include <cstdio>

using namespace mlir;
using namespace mlir::attn;

namespace {
// Names of the dimensions of each operand, for diagnostics.
constexpr const char *kQueryDims[] = {"batch", "query heads", "query length",
                                      "head dim"};
constexpr const char *kKeyDims[] = {"batch", "kv heads", "key length",
                                    "head dim"};
constexpr const char *kValueDims[] = {"batch", "kv heads", "key length",
                                      "value head dim"};
constexpr const char *kMaskDims[] = {"batch", "query heads", "query length",
                                     "key length"};

/// Checks that dimension `dim` of `a` equals dimension `refDim` of `ref`
/// (dynamic sizes are compatible with anything).
LogicalResult checkDim(FlashAttentionOp op, StringRef name, ShapedType a,
                       int64_t dim, const char *const *dimNames,
                       StringRef refName, ShapedType ref, int64_t refDim) {
  int64_t x = a.getDimSize(dim), y = ref.getDimSize(refDim);
  if (ShapedType::isDynamic(x) || ShapedType::isDynamic(y) || x == y)
    return success();
  return op.emitOpError() << name << ": " << dimNames[dim] << " (dim " << dim
                          << ") is " << x << ", expected " << y
                          << " to match " << refName << " (dim " << refDim
                          << ")";
}
} // namespace

LogicalResult FlashAttentionOp::verify() {
  auto q = cast<RankedTensorType>(getQuery().getType());
  auto k = cast<RankedTensorType>(getKey().getType());
  auto v = cast<RankedTensorType>(getValue().getType());
  auto init = cast<RankedTensorType>(getInit().getType());
  auto result = cast<RankedTensorType>(getResult().getType());

  if (k.getElementType() != q.getElementType())
    return emitOpError() << "key: element type " << k.getElementType()
                         << " differs from query element type "
                         << q.getElementType();
  if (v.getElementType() != q.getElementType())
    return emitOpError() << "value: element type " << v.getElementType()
                         << " differs from query element type "
                         << q.getElementType();
  if (result != init)
    return emitOpError() << "result: type " << result
                         << " differs from init type " << init;

  // Batch.
  if (failed(checkDim(*this, "key", k, 0, kKeyDims, "query", q, 0)) ||
      failed(checkDim(*this, "value", v, 0, kValueDims, "query", q, 0)) ||
      failed(checkDim(*this, "init", init, 0, kQueryDims, "query", q, 0)))
    return failure();
  // Heads: K and V share Hkv; init has Hq; Hq is a multiple of Hkv.
  if (failed(checkDim(*this, "value", v, 1, kValueDims, "key", k, 1)) ||
      failed(checkDim(*this, "init", init, 1, kQueryDims, "query", q, 1)))
    return failure();
  int64_t hq = q.getDimSize(1), hkv = k.getDimSize(1);
  if (!ShapedType::isDynamic(hkv) && hkv == 0)
    return emitOpError() << "key: kv heads (dim 1) must not be 0";
  if (!ShapedType::isDynamic(hq) && !ShapedType::isDynamic(hkv) &&
      hq % hkv != 0)
    return emitOpError() << "key: kv heads (dim 1) is " << hkv
                         << ", which does not divide the " << hq
                         << " query heads";
  // Sequence lengths and head dims.
  if (failed(checkDim(*this, "value", v, 2, kValueDims, "key", k, 2)) ||
      failed(checkDim(*this, "init", init, 2, kQueryDims, "query", q, 2)) ||
      failed(checkDim(*this, "key", k, 3, kKeyDims, "query", q, 3)))
    return failure();
  int64_t dv = v.getDimSize(3), od = init.getDimSize(3);
  if (!ShapedType::isDynamic(dv) && !ShapedType::isDynamic(od) && dv != od)
    return emitOpError() << "init: head dim (dim 3) is " << od
                         << ", expected " << dv
                         << " to match value (dim 3)";

  // Mask: each dimension is 1 (broadcast) or the full size.
  if (Value mask = getMask()) {
    auto m = cast<RankedTensorType>(mask.getType());
    int64_t full[4] = {q.getDimSize(0), q.getDimSize(1), q.getDimSize(2),
                       k.getDimSize(2)};
    for (int64_t d = 0; d < 4; ++d) {
      int64_t s = m.getDimSize(d);
      if (ShapedType::isDynamic(s) || ShapedType::isDynamic(full[d]) ||
          s == 1 || s == full[d])
        continue;
      return emitOpError() << "mask: " << kMaskDims[d] << " (dim " << d
                           << ") is " << s << ", expected 1 or " << full[d];
    }
  }

  // Scale: exactly one of the attribute and the operand.
  if (getScaleAttr() && getScaleValue())
    return emitOpError()
           << "scale: given both as an attribute and as an operand";
  if (!getScaleAttr() && !getScaleValue())
    return emitOpError() << "scale: missing (give the `scale` attribute or a "
                            "scale operand)";
  if (FloatAttr s = getScaleAttr(); s && !std::isfinite(s.getValueAsDouble()))
    return emitOpError() << "scale: attribute is not finite";
  // A fill of NaN or +inf would make every row with a hidden key NaN or
  // one-hot: not what any program means by "masked".
  if (FloatAttr f = getMaskFillAttr();
      f && (std::isnan(f.getValueAsDouble()) ||
            f.getValueAsDouble() == std::numeric_limits<double>::infinity()))
    return emitOpError() << "mask_fill: must be -inf or finite";
  if (TypeAttr r = getLogitRoundingAttr()) {
    Type t = r.getValue();
    if (!t.isF16() && !t.isBF16())
      return emitOpError() << "logit_rounding: must be f16 or bf16 (absent "
                              "means f32 logits), got "
                           << t;
    if (!getScaleAttr())
      return emitOpError() << "logit_rounding: needs the scale as an "
                              "attribute (it is multiplied in "
                           << t << ")";
    APFloat s = getScaleAttr().getValue();
    bool losesInfo = false;
    s.convert(cast<FloatType>(t).getFloatSemantics(),
              APFloat::rmNearestTiesToEven, &losesInfo);
    if (losesInfo) {
      char value[32];
      std::snprintf(value, sizeof(value), "%.9g",
                    getScaleAttr().getValueAsDouble());
      return emitOpError() << "logit_rounding: scale " << value
                           << " is not exactly representable in " << t;
    }
  }
  return success();
}

#define GET_OP_CLASSES
#include "attn/Dialect/Attn/IR/AttnOps.cpp.inc"
