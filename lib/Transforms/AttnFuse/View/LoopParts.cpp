//===- LoopParts.cpp - floordiv / mod reads as parts of a loop ------------===//

#include "View/LoopParts.h"

#include "mlir/IR/AffineExpr.h"

#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::attn::fuse;

PartRead mlir::attn::fuse::readLoopPart(
    AtomTable &atoms, AffineExpr e, ArrayRef<std::optional<DimLabel>> loopLab,
    int64_t dimSize, DimLabel &part, int64_t &partSize) {
  auto bin = dyn_cast<AffineBinaryOpExpr>(e);
  if (!bin || (bin.getKind() != AffineExprKind::FloorDiv &&
               bin.getKind() != AffineExprKind::Mod))
    return PartRead::NotAPart;
  auto d = dyn_cast<AffineDimExpr>(bin.getLHS());
  auto c = dyn_cast<AffineConstantExpr>(bin.getRHS());
  if (!d || !c || c.getValue() <= 0 || d.getPosition() >= loopLab.size() ||
      !loopLab[d.getPosition()])
    return PartRead::NotAPart;
  const DimLabel &l = *loopLab[d.getPosition()];
  int64_t size = atoms.staticSize(l);
  int64_t k = c.getValue();
  if (ShapedType::isDynamic(size) || size <= 0 || size % k != 0)
    return PartRead::NotAPart;
  bool isDiv = bin.getKind() == AffineExprKind::FloorDiv;
  partSize = isDiv ? size / k : k;
  if (ShapedType::isDynamic(dimSize) || dimSize != partSize)
    return PartRead::Mismatch;
  FailureOr<Labels> parts = atoms.split(l, {size / k, k}, Value(), -1);
  if (failed(parts))
    return PartRead::NotAPart;
  part = isDiv ? (*parts)[0] : (*parts)[1];
  return PartRead::Part;
}

FailureOr<Labels> mlir::attn::fuse::labelsOfRead(AtomTable &atoms,
                                                 AffineMap map,
                                                 ArrayRef<DimLabel> loopLab,
                                                 RankedTensorType t,
                                                 std::string &why) {
  if (map.getNumResults() != static_cast<unsigned>(t.getRank())) {
    why = "an indexing map does not match its operand's rank";
    return failure();
  }
  SmallVector<std::optional<DimLabel>> loops(loopLab.begin(), loopLab.end());
  Labels out;
  for (auto [r, e] : llvm::enumerate(map.getResults())) {
    if (auto d = dyn_cast<AffineDimExpr>(e)) {
      out.push_back(loopLab[d.getPosition()]);
      continue;
    }
    DimLabel part;
    int64_t partSize = 0;
    PartRead pr =
        readLoopPart(atoms, e, loops, t.getDimSize(r), part, partSize);
    if (pr == PartRead::Part) {
      out.push_back(part);
      continue;
    }
    llvm::raw_string_ostream os(why);
    if (pr == PartRead::Mismatch)
      os << "a contraction reads dim " << r << " of an operand (size "
         << (t.isDynamicDim(r) ? std::string("?")
                               : std::to_string(t.getDimSize(r)))
         << ") with '" << e << "', which takes " << partSize
         << " values: the floordiv/mod does not match the extent it reads";
    else
      os << "a contraction reads an operand with '" << e
         << "' (only a floordiv / mod of a static loop is read as a part "
            "of it)";
    return failure();
  }
  return out;
}
