//===- ComputedReshape.cpp - tensor.reshape to a computed shape -----------===//

#include "View/ComputedReshape.h"
#include "View/SizeProduct.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::attn::fuse;

namespace {
std::string dimsOf(ArrayRef<SizeProduct> ps) {
  std::string s = "[";
  for (auto [i, p] : llvm::enumerate(ps))
    s += (i ? ", " : "") + p.describe();
  return s + "]";
}
} // namespace

FailureOr<ComputedReshape>
mlir::attn::fuse::proveComputedReshape(tensor::ReshapeOp op,
                                       std::string &reason) {
  auto fail = [&](const std::string &why) {
    reason = "reshape 'tensor.reshape': " + why;
    return failure();
  };
  auto srcType = dyn_cast<RankedTensorType>(op.getSource().getType());
  auto resType = dyn_cast<RankedTensorType>(op.getResult().getType());
  if (!srcType || !resType)
    return fail("unranked");
  if (srcType.getRank() == 0 || resType.getRank() == 0)
    return fail("a rank-0 side");

  // The shape: one integer per result dim.
  Value shape = op.getShape();
  auto shapeType = cast<ShapedType>(shape.getType());
  Type elem = shapeType.getElementType();
  if (!elem.isIndex() && elem.getIntOrFloatBitWidth() != 64)
    return fail("the shape elements are narrower than 64 bits (a size "
                "product may wrap)");
  SmallVector<Value> elements;
  DenseIntElementsAttr constShape;
  if (auto fe = shape.getDefiningOp<tensor::FromElementsOp>())
    llvm::append_range(elements, fe.getElements());
  else if (!matchPattern(shape, m_Constant(&constShape)))
    return fail("the shape operand is not a tensor.from_elements or a "
                "constant");

  ProductReader read(op);
  SmallVector<SizeProduct> src, res;
  for (int64_t d = 0; d < srcType.getRank(); ++d)
    src.push_back(read.ofExtent(op.getSource(), d));
  for (int64_t d = 0; d < resType.getRank(); ++d) {
    if (!resType.isDynamicDim(d))
      res.push_back(constantProduct(resType.getDimSize(d)));
    else if (constShape)
      res.push_back(
          constantProduct(constShape.getValues<APInt>()[d].getSExtValue()));
    else
      res.push_back(read.ofSize(elements[d]));
  }

  // Group the side with more dims along the other, left to right.
  ComputedReshape r;
  r.sourceIsExpanded = srcType.getRank() >= resType.getRank();
  ArrayRef<SizeProduct> longer = r.sourceIsExpanded ? src : res;
  ArrayRef<SizeProduct> shorter = r.sourceIsExpanded ? res : src;
  const char *longName = r.sourceIsExpanded ? "source" : "result";
  const char *shortName = r.sourceIsExpanded ? "result" : "source";
  size_t i = 0;
  for (auto [s, want] : llvm::enumerate(shorter)) {
    if (i == longer.size())
      return fail(std::string("no ") + longName + " dim is left for " +
                  shortName + " dim " + std::to_string(s));
    ReassociationIndices group = {static_cast<int64_t>(i)};
    SizeProduct acc = longer[i++];
    while (!sameProduct(acc, want, op)) {
      std::optional<SizeProduct> next;
      if (i < longer.size())
        next = multiply(acc, longer[i]);
      if (!next)
        return fail(std::string(shortName) + " dim " + std::to_string(s) +
                    " (extent " + want.describe() +
                    ") is not proven to be the product of consecutive " +
                    longName + " dims (source extents " + dimsOf(src) +
                    ", result extents " + dimsOf(res) +
                    "): the reshape may reorder or regroup elements");
      group.push_back(static_cast<int64_t>(i));
      acc = *next;
      ++i;
    }
    r.reassociation.push_back(group);
  }
  // Static unit dims left at the end join the last group.
  for (; i < longer.size(); ++i) {
    if (!longer[i].isConstant() || longer[i].coef != 1)
      return fail(std::string(longName) + " dim " + std::to_string(i) +
                  " (extent " + longer[i].describe() +
                  ") is left over after every " + shortName +
                  " dim is matched");
    r.reassociation.back().push_back(static_cast<int64_t>(i));
  }
  return r;
}
