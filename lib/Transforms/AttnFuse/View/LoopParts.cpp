//===- LoopParts.cpp - floordiv / mod reads as parts of a loop ------------===//

#include "View/LoopParts.h"
#include "View/SizeProduct.h"

#include "mlir/IR/AffineExpr.h"

#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::attn::fuse;

PartRead mlir::attn::fuse::readLoopPart(
    AtomTable &atoms, AffineExpr e, ArrayRef<std::optional<DimLabel>> loopLab,
    Value operand, unsigned dim, Operation *at, DimLabel &part,
    int64_t &partSize) {
  auto bin = dyn_cast<AffineBinaryOpExpr>(e);
  if (!bin || (bin.getKind() != AffineExprKind::FloorDiv &&
               bin.getKind() != AffineExprKind::Mod))
    return PartRead::NotAPart;
  auto d = dyn_cast<AffineDimExpr>(bin.getLHS());
  auto c = dyn_cast<AffineConstantExpr>(bin.getRHS());
  if (!d || !c || c.getValue() <= 0 || d.getPosition() >= loopLab.size() ||
      !loopLab[d.getPosition()])
    return PartRead::NotAPart;
  auto t = dyn_cast<RankedTensorType>(operand.getType());
  if (!t || dim >= t.getRank())
    return PartRead::NotAPart;
  const DimLabel &l = *loopLab[d.getPosition()];
  int64_t size = atoms.staticSize(l);
  int64_t k = c.getValue();
  int64_t dimSize = t.getDimSize(dim);
  bool isDiv = bin.getKind() == AffineExprKind::FloorDiv;
  ProductReader sizes(at);
  if (!ShapedType::isDynamic(size)) {
    if (size <= 0 || size % k != 0)
      return PartRead::NotAPart;
    partSize = isDiv ? size / k : k;
    // A dynamic dim must be proven to have the part's size.
    if (ShapedType::isDynamic(dimSize)
            ? !sizes.provablyEqual(sizes.ofExtent(operand, dim),
                                   constantProduct(partSize))
            : dimSize != partSize)
      return PartRead::Mismatch;
    FailureOr<Labels> parts = atoms.split(l, {size / k, k}, Value(), -1);
    if (failed(parts))
      return PartRead::NotAPart;
    part = isDiv ? (*parts)[0] : (*parts)[1];
    return PartRead::Part;
  }
  // A dynamic loop: only `d floordiv G` with the loop's extent proven G
  // times the dim's (read from the tensor the loop's atom takes its size
  // from).
  if (!isDiv || l.size() != 1)
    return PartRead::NotAPart;
  const Atom &loopAtom = atoms.get(l.front());
  if (!loopAtom.sizeSource || loopAtom.sizeDim < 0 ||
      !isa<RankedTensorType>(loopAtom.sizeSource.getType()))
    return PartRead::NotAPart;
  partSize = dimSize;
  std::optional<SizeProduct> whole =
      multiply(sizes.ofExtent(operand, dim), constantProduct(k));
  if (!whole ||
      !sizes.provablyEqual(
          sizes.ofExtent(loopAtom.sizeSource, loopAtom.sizeDim), *whole))
    return PartRead::Mismatch;
  FailureOr<Labels> parts = atoms.split(l, {dimSize, k}, operand, dim);
  if (failed(parts))
    return PartRead::NotAPart;
  part = (*parts)[0];
  return PartRead::Part;
}

std::string mlir::attn::fuse::describePartMismatch(AffineExpr e,
                                                   RankedTensorType t,
                                                   unsigned dim,
                                                   int64_t partSize,
                                                   StringRef operandName) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "dim " << dim << " of " << operandName << " (size "
     << (t.isDynamicDim(dim) ? std::string("?")
                             : std::to_string(t.getDimSize(dim)))
     << ") with '" << e << "', ";
  if (ShapedType::isDynamic(partSize))
    os << "whose loop's extent is not proven to be its extent times the "
          "divisor";
  else
    os << "which takes " << partSize << " values";
  os << ": the floordiv/mod does not match the extent it reads";
  return s;
}

FailureOr<Labels> mlir::attn::fuse::labelsOfRead(AtomTable &atoms,
                                                 AffineMap map,
                                                 ArrayRef<DimLabel> loopLab,
                                                 Value operand, Operation *at,
                                                 std::string &why) {
  auto t = cast<RankedTensorType>(operand.getType());
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
    PartRead pr = readLoopPart(atoms, e, loops, operand, r, at, part, partSize);
    if (pr == PartRead::Part) {
      out.push_back(part);
      continue;
    }
    if (pr == PartRead::Mismatch)
      why = "a contraction reads " + describePartMismatch(e, t, r, partSize,
                                                        "an operand");
    else {
      llvm::raw_string_ostream os(why);
      os << "a contraction reads an operand with '" << e
         << "' (only a floordiv / mod of a loop of static size, or a "
            "floordiv of a dynamic one, is read as a part of it)";
    }
    return failure();
  }
  return out;
}
