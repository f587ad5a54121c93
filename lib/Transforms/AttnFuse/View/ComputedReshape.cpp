//===- ComputedReshape.cpp - tensor.reshape to a computed shape -----------===//

#include "View/ComputedReshape.h"
#include "View/ExtentEquality.h"
#include "View/SizeCondition.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"

#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::attn::fuse;

namespace {
/// Deep enough for torch-mlir's view(-1) size formulas.
constexpr unsigned kMaxDepth = 32;

/// `coef * terms[0] * ... * terms[n-1]`.
struct SizeProduct {
  int64_t coef = 1;
  SmallVector<ExtentTerm, 2> terms;

  /// A non-negative constant times extents (an opaque integer may be
  /// negative).
  bool nonNegative() const {
    return coef >= 0 &&
           llvm::all_of(terms, [](const ExtentTerm &t) { return t.dim >= 0; });
  }
  bool isConstant() const { return terms.empty(); }

  std::string describe() const {
    std::string s;
    if (coef != 1 || terms.empty())
      s = std::to_string(coef);
    for (const ExtentTerm &t : terms)
      s += (s.empty() ? "" : " * ") + ("(" + t.describe() + ")");
    return s;
  }
};

SizeProduct constantProduct(int64_t c) {
  SizeProduct p;
  p.coef = c;
  return p;
}

SizeProduct termProduct(const ExtentTerm &t) {
  if (t.isConstant())
    return constantProduct(t.cst);
  SizeProduct p;
  p.terms.push_back(t);
  return p;
}

std::optional<SizeProduct> multiply(const SizeProduct &a,
                                    const SizeProduct &b) {
  SizeProduct r;
  if (llvm::MulOverflow(a.coef, b.coef, r.coef))
    return std::nullopt;
  r.terms = a.terms;
  llvm::append_range(r.terms, b.terms);
  return r;
}

/// Indices into `of` matching each term of `terms` one to one (equal, or
/// made equal by a cf.assert dominating `at`); none if some term is left.
std::optional<SmallVector<size_t>>
matchTerms(ArrayRef<ExtentTerm> terms, ArrayRef<ExtentTerm> of, Operation *at) {
  SmallVector<bool> used(of.size(), false);
  SmallVector<size_t> picked;
  for (const ExtentTerm &t : terms) {
    // Identical terms first, so an assert does not pair away a term another
    // needs as is.
    std::optional<size_t> found;
    for (size_t i = 0; i < of.size() && !found; ++i)
      if (!used[i] && of[i] == t)
        found = i;
    for (size_t i = 0; i < of.size() && !found; ++i)
      if (!used[i] && provablySameExtent(t, of[i], at))
        found = i;
    if (!found)
      return std::nullopt;
    used[*found] = true;
    picked.push_back(*found);
  }
  return picked;
}

/// Equal values whenever `at` executes.
bool sameProduct(const SizeProduct &a, const SizeProduct &b, Operation *at) {
  // Zero times anything is zero.
  if (a.coef == 0 && b.coef == 0)
    return true;
  if (a.coef != b.coef || a.terms.size() != b.terms.size())
    return false;
  return matchTerms(a.terms, b.terms, at).has_value();
}

/// `a / b` when the division is exact: b's terms are terms of a, and b's
/// constant divides a's.
std::optional<SizeProduct> divideExact(const SizeProduct &a,
                                       const SizeProduct &b, Operation *at) {
  if (b.coef == 0 || a.coef % b.coef != 0)
    return std::nullopt;
  std::optional<SmallVector<size_t>> picked = matchTerms(b.terms, a.terms, at);
  if (!picked)
    return std::nullopt;
  SizeProduct q;
  q.coef = a.coef / b.coef;
  for (auto [i, t] : llvm::enumerate(a.terms))
    if (!llvm::is_contained(*picked, i))
      q.terms.push_back(t);
  return q;
}

class ProductReader {
public:
  explicit ProductReader(Operation *at) : at(at) {}

  SizeProduct ofSize(Value v, unsigned depth = 0);
  SizeProduct ofExtent(Value t, unsigned dim);

private:
  std::optional<bool> condition(Value cond, unsigned depth);
  Operation *at;
};

std::optional<bool> ProductReader::condition(Value cond, unsigned depth) {
  return SizeCondition::evaluate(cond, [&](arith::CmpIOp cmp) {
    SizeProduct a = ofSize(cmp.getLhs(), depth + 1);
    SizeProduct b = ofSize(cmp.getRhs(), depth + 1);
    auto constant = [](const SizeProduct &p) -> std::optional<int64_t> {
      if (p.isConstant())
        return p.coef;
      return std::nullopt;
    };
    return std::optional<SizeCondition>(
        SizeCondition(cmp.getPredicate(), sameProduct(a, b, at),
                      a.nonNegative(), constant(a), constant(b)));
  });
}

SizeProduct ProductReader::ofSize(Value v, unsigned depth) {
  ExtentTerm c = canonicalSize(v);
  if (c.isConstant() || c.dim >= 0 || depth > kMaxDepth)
    return termProduct(c);
  // An opaque integer: read the arithmetic that computes it.
  Value w = c.base;
  Operation *def = w.getDefiningOp();
  SizeProduct opaque = termProduct(c);
  if (!def)
    return opaque;
  if (auto m = dyn_cast<arith::MulIOp>(def)) {
    std::optional<SizeProduct> r =
        multiply(ofSize(m.getLhs(), depth + 1), ofSize(m.getRhs(), depth + 1));
    return r ? *r : opaque;
  }
  if (isa<arith::DivSIOp, arith::DivUIOp>(def)) {
    SizeProduct a = ofSize(def->getOperand(0), depth + 1);
    SizeProduct b = ofSize(def->getOperand(1), depth + 1);
    // Unsigned division reads the bits unsigned: equal to the exact quotient
    // only for non-negative operands.
    if (isa<arith::DivUIOp>(def) && (!a.nonNegative() || !b.nonNegative()))
      return opaque;
    std::optional<SizeProduct> q = divideExact(a, b, at);
    return q ? *q : opaque;
  }
  if (auto sel = dyn_cast<arith::SelectOp>(def)) {
    if (std::optional<bool> cond = condition(sel.getCondition(), depth))
      return ofSize(*cond ? sel.getTrueValue() : sel.getFalseValue(),
                    depth + 1);
    SizeProduct t = ofSize(sel.getTrueValue(), depth + 1);
    if (sameProduct(t, ofSize(sel.getFalseValue(), depth + 1), at))
      return t;
    return opaque;
  }
  return opaque;
}

SizeProduct ProductReader::ofExtent(Value t, unsigned dim) {
  ExtentTerm e = canonicalExtent(t, dim);
  if (e.isConstant() || e.dim >= 0)
    return termProduct(e);
  // The extent is an integer value (a tensor.empty size operand): read it.
  return ofSize(e.base);
}

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
