//===- SemanticView.cpp - what an op computes, not how it is spelled ------===//

#include "View/SemanticView.h"
#include "View/ExtractCopy.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"
#include "mlir/IR/Matchers.h"

#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <functional>
#include <limits>

using namespace mlir;
using namespace mlir::attn::fuse;

//===----------------------------------------------------------------------===//
// Constants and contractions
//===----------------------------------------------------------------------===//

/// A splat/scalar constant as a double (floats, ints and i1).
static std::optional<double> getSplatConstant(Value v) {
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

static bool isRankedTensor(Value v) {
  return v && isa<RankedTensorType>(v.getType());
}

std::optional<ContractionView>
mlir::attn::fuse::getContraction(Operation *op, bool requireZeroInit) {
  if (!op || op->getNumResults() != 1)
    return std::nullopt;
  MLIRContext *ctx = op->getContext();
  if (auto mm = dyn_cast<tosa::MatMulOp>(op)) {
    if (!isRankedTensor(mm.getA()) || !isRankedTensor(mm.getB()) ||
        !isRankedTensor(mm.getOutput()))
      return std::nullopt;
    if (requireZeroInit &&
        (!isZeroConstant(mm.getAZp()) || !isZeroConstant(mm.getBZp())))
      return std::nullopt;
    // Loops (b, m, n, k): out[b,m,n] += a[b,m,k] * b[b,k,n].
    AffineExpr b = getAffineDimExpr(0, ctx), m = getAffineDimExpr(1, ctx),
               n = getAffineDimExpr(2, ctx), k = getAffineDimExpr(3, ctx);
    ContractionView cv;
    cv.op = op;
    cv.lhs = mm.getA();
    cv.rhs = mm.getB();
    cv.result = mm.getOutput();
    cv.numLoops = 4;
    cv.lhsMap = AffineMap::get(4, 0, {b, m, k}, ctx);
    cv.rhsMap = AffineMap::get(4, 0, {b, k, n}, ctx);
    cv.outMap = AffineMap::get(4, 0, {b, m, n}, ctx);
    return cv;
  }
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  if (!lop || !lop.hasPureTensorSemantics() || lop.getNumDpsInputs() != 2 ||
      lop.getNumDpsInits() != 1)
    return std::nullopt;
  if (!linalg::isaContractionOpInterface(lop))
    return std::nullopt;
  SmallVector<AffineMap> maps = lop.getIndexingMapsArray();
  if (maps.size() != 3)
    return std::nullopt;
  for (AffineMap m : maps)
    if (!m.isProjectedPermutation(/*allowZeroInResults=*/false))
      return std::nullopt;
  Value a = lop.getDpsInputOperand(0)->get();
  Value b = lop.getDpsInputOperand(1)->get();
  Value init = lop.getDpsInitOperand(0)->get();
  if (!isRankedTensor(a) || !isRankedTensor(b) || !isRankedTensor(init))
    return std::nullopt;
  if (requireZeroInit && !isZeroConstant(init))
    return std::nullopt;
  // Only additive reductions (isaContractionOpInterface accepts mul+add).
  ContractionView cv;
  cv.op = op;
  cv.lhs = a;
  cv.rhs = b;
  cv.result = op->getResult(0);
  cv.init = init;
  cv.numLoops = lop.getNumLoops();
  cv.lhsMap = maps[0];
  cv.rhsMap = maps[1];
  cv.outMap = maps[2];
  return cv;
}

//===----------------------------------------------------------------------===//
// Label propagation through reshapes
//===----------------------------------------------------------------------===//

static FailureOr<Labels>
labelsThroughReassociation(AtomTable &atoms, Value input, ShapedType inType,
                           ShapedType outType, const Labels &outLabels,
                           ArrayRef<ReassociationIndices> reassoc,
                           bool inputIsExpanded) {
  Labels in(inType.getRank());
  if (inputIsExpanded) {
    // One output dim per group of input dims.
    if (reassoc.size() != outLabels.size())
      return failure();
    for (auto [r, group] : llvm::enumerate(reassoc)) {
      if (group.size() == 1) {
        in[group[0]] = outLabels[r];
        continue;
      }
      SmallVector<int64_t> sizes;
      for (int64_t d : group)
        sizes.push_back(inType.getDimSize(d));
      FailureOr<Labels> parts =
          atoms.split(outLabels[r], sizes, input, group.front());
      if (failed(parts))
        return failure();
      for (auto [j, d] : llvm::enumerate(group))
        in[d] = (*parts)[j];
    }
    return in;
  }
  // One input dim per group of output dims.
  if (reassoc.size() != static_cast<size_t>(inType.getRank()))
    return failure();
  for (auto [i, group] : llvm::enumerate(reassoc))
    for (int64_t r : group)
      in[i].append(outLabels[r].begin(), outLabels[r].end());
  return in;
}

FailureOr<Labels> mlir::attn::fuse::labelsThroughReshape(
    AtomTable &atoms, Value input, ShapedType inType, ShapedType outType,
    const Labels &outLabels) {
  if (!inType.hasRank() || !outType.hasRank() ||
      outLabels.size() != static_cast<size_t>(outType.getRank()))
    return failure();
  if (inType.getShape() == outType.getShape())
    return outLabels;
  if (inType.getRank() > outType.getRank()) {
    auto reassoc = getReassociationIndicesForCollapse(inType.getShape(),
                                                      outType.getShape());
    if (!reassoc)
      return failure();
    return labelsThroughReassociation(atoms, input, inType, outType, outLabels,
                                      *reassoc, /*inputIsExpanded=*/true);
  }
  if (inType.getRank() < outType.getRank()) {
    auto reassoc = getReassociationIndicesForCollapse(outType.getShape(),
                                                      inType.getShape());
    if (!reassoc)
      return failure();
    return labelsThroughReassociation(atoms, input, inType, outType, outLabels,
                                      *reassoc, /*inputIsExpanded=*/false);
  }
  return failure();
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

const char *mlir::attn::fuse::exprKindName(EK k) {
  switch (k) {
  case EK::Leaf:
    return "tensor";
  case EK::Const:
    return "constant";
  case EK::Scalar:
    return "runtime scalar";
  case EK::Index:
    return "index";
  case EK::Acc:
    return "accumulator";
  case EK::Exp:
    return "exp";
  case EK::Exp2:
    return "exp2";
  case EK::Recip:
    return "reciprocal";
  case EK::Neg:
    return "negate";
  case EK::Cast:
    return "cast";
  case EK::Add:
    return "add";
  case EK::Sub:
    return "sub";
  case EK::Mul:
    return "mul";
  case EK::Div:
    return "div";
  case EK::Max:
    return "max";
  case EK::Min:
    return "min";
  case EK::And:
    return "and";
  case EK::Or:
    return "or";
  case EK::Select:
    return "select";
  case EK::Cmp:
    return "compare";
  case EK::Reduce:
    return "reduction";
  case EK::Softmax:
    return "softmax";
  }
  return "?";
}

Expr *mlir::attn::fuse::stripCasts(Expr *e) {
  while (e && e->kind == EK::Cast && e->ops.size() == 1)
    e = e->ops[0];
  return e;
}

bool mlir::attn::fuse::isExactFloatExtension(const Expr *e) {
  if (!e || e->kind != EK::Cast || e->ops.size() != 1 || !e->type ||
      !e->srcType)
    return false;
  auto from = dyn_cast<FloatType>(getElementTypeOrSelf(e->srcType));
  auto to = dyn_cast<FloatType>(getElementTypeOrSelf(e->type));
  return from && to &&
         llvm::APFloatBase::isRepresentableBy(from.getFloatSemantics(),
                                              to.getFloatSemantics());
}

Expr *mlir::attn::fuse::stripExactFloatExtensions(Expr *e) {
  while (isExactFloatExtension(e))
    e = e->ops[0];
  return e;
}

Expr *ExprBuilder::leaf(Value v, const Labels &labels) {
  Expr *e = new (alloc.Allocate()) Expr();
  e->kind = EK::Leaf;
  e->value = v;
  e->labels = labels;
  e->op = v ? v.getDefiningOp() : nullptr;
  return e;
}

Expr *ExprBuilder::constant(double c, Operation *op) {
  Expr *e = new (alloc.Allocate()) Expr();
  e->kind = EK::Const;
  e->cst = c;
  e->op = op;
  return e;
}

Expr *ExprBuilder::node(EK k, ArrayRef<Expr *> ops, Operation *op) {
  // Fold arithmetic on constants (in double; the graph rounds each step to
  // its element type, a difference of rounding only).
  if (!ops.empty() &&
      llvm::all_of(ops, [](Expr *o) { return o && o->kind == EK::Const; })) {
    double a = ops[0]->cst, b = ops.size() > 1 ? ops[1]->cst : 0.0;
    std::optional<double> r;
    switch (k) {
    case EK::Add:
      r = a + b;
      break;
    case EK::Sub:
      r = a - b;
      break;
    case EK::Mul:
      r = a * b;
      break;
    case EK::Div:
      r = a / b;
      break;
    case EK::Neg:
      r = -a;
      break;
    case EK::Recip:
      r = 1.0 / a;
      break;
    case EK::Max:
      r = std::max(a, b);
      break;
    case EK::Min:
      r = std::min(a, b);
      break;
    default:
      break;
    }
    if (r && ops.size() == (k == EK::Neg || k == EK::Recip ? 1u : 2u))
      return constant(*r, op);
  }
  Expr *e = new (alloc.Allocate()) Expr();
  e->kind = k;
  e->ops.assign(ops.begin(), ops.end());
  e->op = op;
  return e;
}

bool ExprBuilder::equal(const Expr *a, const Expr *b, bool ignoreLabels) const {
  if (a == b)
    return true;
  if (!a || !b || a->kind != b->kind || a->ops.size() != b->ops.size())
    return false;
  switch (a->kind) {
  case EK::Leaf:
    if (a->value != b->value)
      return false;
    return ignoreLabels || atoms.sameLeaves(a->labels, b->labels);
  case EK::Const:
    return a->cst == b->cst || (std::isnan(a->cst) && std::isnan(b->cst));
  case EK::Scalar:
    return a->value == b->value;
  case EK::Index:
  case EK::Softmax:
    if (!ignoreLabels && !atoms.sameLeaves(a->label, b->label))
      return false;
    break;
  case EK::Cast:
    if (a->type != b->type || a->isUnsigned != b->isUnsigned)
      return false;
    break;
  case EK::Cmp:
    if (a->pred != b->pred || a->isUnsigned != b->isUnsigned ||
        a->unordered != b->unordered)
      return false;
    break;
  case EK::Reduce:
    if (a->red != b->red)
      return false;
    break;
  default:
    break;
  }
  for (auto [x, y] : llvm::zip(a->ops, b->ops))
    if (!equal(x, y, ignoreLabels))
      return false;
  return true;
}

Expr *ExprBuilder::build(Value v, const Labels &labels) {
  return buildImpl(v, labels, 0);
}

static bool containsAcc(const Expr *e) {
  if (e->kind == EK::Acc)
    return true;
  for (Expr *o : e->ops)
    if (containsAcc(o))
      return true;
  return false;
}

/// Labels of a TOSA elementwise operand broadcast by position to `outType`.
static FailureOr<Labels> tosaBroadcastLabels(Value in, ShapedType outType,
                                             const Labels &labels) {
  auto inType = dyn_cast<RankedTensorType>(in.getType());
  if (!inType || inType.getRank() != outType.getRank())
    return failure();
  Labels out(labels.size());
  for (int64_t d = 0; d < inType.getRank(); ++d) {
    int64_t si = inType.getDimSize(d), so = outType.getDimSize(d);
    // A dynamic input dim against a dynamic result dim is taken as the full
    // size (TOSA shape inference gives a dynamic result only from a dynamic
    // operand); one that could still be 1 against a static size is not.
    if (si == so && (si != 1))
      out[d] = labels[d];
    else if (si == 1)
      out[d] = {};
    else
      return failure();
  }
  return out;
}

static CmpPred cmpfPred(arith::CmpFPredicate p) {
  using P = arith::CmpFPredicate;
  switch (p) {
  case P::OEQ:
  case P::UEQ:
    return CmpPred::EQ;
  case P::ONE:
  case P::UNE:
    return CmpPred::NE;
  case P::OLT:
  case P::ULT:
    return CmpPred::LT;
  case P::OLE:
  case P::ULE:
    return CmpPred::LE;
  case P::OGT:
  case P::UGT:
    return CmpPred::GT;
  case P::OGE:
  case P::UGE:
    return CmpPred::GE;
  default:
    return CmpPred::Unknown;
  }
}

static CmpPred cmpiPred(arith::CmpIPredicate p) {
  using P = arith::CmpIPredicate;
  switch (p) {
  case P::eq:
    return CmpPred::EQ;
  case P::ne:
    return CmpPred::NE;
  case P::slt:
  case P::ult:
    return CmpPred::LT;
  case P::sle:
  case P::ule:
    return CmpPred::LE;
  case P::sgt:
  case P::ugt:
    return CmpPred::GT;
  case P::sge:
  case P::uge:
    return CmpPred::GE;
  }
  return CmpPred::Unknown;
}

Expr *ExprBuilder::buildBody(Operation *op, Block &body, Value yielded,
                             ArrayRef<std::function<Expr *()>> argExpr,
                             unsigned depth, DenseMap<Value, Expr *> &vals) {
  std::function<Expr *(Value)> get = [&](Value x) -> Expr * {
    auto it = vals.find(x);
    if (it != vals.end())
      return it->second;
    Expr *e = nullptr;
    if (auto ba = dyn_cast<BlockArgument>(x); ba && ba.getOwner() == &body) {
      if (ba.getArgNumber() < argExpr.size())
        e = argExpr[ba.getArgNumber()]();
    } else if (x.getParentBlock() != &body) {
      // Captured from outside the body.
      if (auto c = getSplatConstant(x)) {
        e = constant(*c, x.getDefiningOp());
      } else if (x.getType().isIntOrIndexOrFloat()) {
        e = node(EK::Scalar, {}, x.getDefiningOp());
        e->value = x;
      }
    }
    vals[x] = e;
    return e;
  };

  // Only the ops `yielded` depends on (another result's computation, e.g.
  // a dead argmax, is not read).
  llvm::SmallPtrSet<Operation *, 16> needed;
  SmallVector<Value> work{yielded};
  while (!work.empty()) {
    Operation *d = work.pop_back_val().getDefiningOp();
    if (!d || d->getBlock() != &body || !needed.insert(d).second)
      continue;
    for (Value o : d->getOperands())
      work.push_back(o);
  }
  for (Operation &inner : body.without_terminator()) {
    if (!needed.contains(&inner))
      continue;
    if (inner.getNumResults() != 1)
      return nullptr;
    Value res = inner.getResult(0);
    Expr *e = nullptr;
    auto bin = [&](EK k) -> Expr * {
      Expr *a = get(inner.getOperand(0)), *b = get(inner.getOperand(1));
      if (!a || !b)
        return nullptr;
      return node(k, {a, b}, op);
    };
    auto un = [&](EK k) -> Expr * {
      Expr *a = get(inner.getOperand(0));
      if (!a)
        return nullptr;
      return node(k, {a}, op);
    };
    e = llvm::TypeSwitch<Operation *, Expr *>(&inner)
            .Case<arith::AddFOp, arith::AddIOp>([&](auto) { return bin(EK::Add); })
            .Case<arith::SubFOp, arith::SubIOp>([&](auto) { return bin(EK::Sub); })
            .Case<arith::MulFOp, arith::MulIOp>([&](auto) { return bin(EK::Mul); })
            .Case<arith::DivFOp>([&](auto) { return bin(EK::Div); })
            .Case<arith::MaximumFOp, arith::MaxNumFOp>(
                [&](auto) { return bin(EK::Max); })
            .Case<arith::MinimumFOp, arith::MinNumFOp>(
                [&](auto) { return bin(EK::Min); })
            .Case<arith::NegFOp>([&](auto) { return un(EK::Neg); })
            .Case<math::SqrtOp, math::RsqrtOp>([&](auto) -> Expr * {
              // Only on constants (a scale written as 1 / sqrt(d)).
              Expr *a = get(inner.getOperand(0));
              if (!a || a->kind != EK::Const || a->cst < 0)
                return nullptr;
              double r = std::sqrt(a->cst);
              return constant(isa<math::RsqrtOp>(inner) ? 1.0 / r : r, op);
            })
            .Case<math::ExpOp>([&](auto) { return un(EK::Exp); })
            .Case<math::Exp2Op>([&](auto) { return un(EK::Exp2); })
            .Case<arith::ExtFOp, arith::TruncFOp, arith::SIToFPOp,
                  arith::UIToFPOp, arith::ExtUIOp, arith::ExtSIOp,
                  arith::TruncIOp, arith::IndexCastOp,
                  arith::IndexCastUIOp>([&](auto) {
              // Index casts are casts too: whether one is exact depends on
              // the values it sees (the causal proof checks it).
              Expr *c = un(EK::Cast);
              if (c) {
                c->type = inner.getResult(0).getType();
                c->srcType = inner.getOperand(0).getType();
                c->isUnsigned = isa<arith::UIToFPOp, arith::ExtUIOp,
                                    arith::IndexCastUIOp>(inner);
              }
              return c;
            })
            .Case<arith::ConstantOp>([&](auto) -> Expr * {
              if (auto c = getSplatConstant(res))
                return constant(*c, op);
              return nullptr;
            })
            .Case<arith::SelectOp>([&](arith::SelectOp s) -> Expr * {
              Expr *c = get(s.getCondition()), *a = get(s.getTrueValue()),
                   *b = get(s.getFalseValue());
              if (!c || !a || !b)
                return nullptr;
              return node(EK::Select, {c, a, b}, op);
            })
            .Case<arith::CmpFOp>([&](arith::CmpFOp c) -> Expr * {
              Expr *n = bin(EK::Cmp);
              if (n) {
                using P = arith::CmpFPredicate;
                P p = c.getPredicate();
                n->pred = cmpfPred(p);
                n->unordered = p == P::UEQ || p == P::UNE || p == P::ULT ||
                               p == P::ULE || p == P::UGT || p == P::UGE;
              }
              return n;
            })
            .Case<arith::AndIOp>([&](arith::AndIOp a) -> Expr * {
              if (!a.getType().isInteger(1))
                return nullptr;
              return bin(EK::And);
            })
            .Case<arith::OrIOp>([&](arith::OrIOp o) -> Expr * {
              if (!o.getType().isInteger(1))
                return nullptr;
              return bin(EK::Or);
            })
            .Case<arith::CmpIOp>([&](arith::CmpIOp c) -> Expr * {
              Expr *n = bin(EK::Cmp);
              if (n) {
                using P = arith::CmpIPredicate;
                P p = c.getPredicate();
                n->pred = cmpiPred(p);
                n->isUnsigned =
                    p == P::ult || p == P::ule || p == P::ugt || p == P::uge;
              }
              return n;
            })
            .Case<linalg::IndexOp>([&](linalg::IndexOp) -> Expr * {
              return nullptr; // handled by the caller's argExpr hook
            })
            .Default([&](Operation *) { return nullptr; });
    if (!e) {
      if (auto idx = dyn_cast<linalg::IndexOp>(&inner)) {
        // The caller passes loop labels after the block arguments.
        size_t slot = body.getNumArguments() + idx.getDim();
        if (slot < argExpr.size())
          e = argExpr[slot]();
      }
    }
    if (!e)
      return nullptr;
    // The type each step is computed in (index arithmetic is proven exact
    // in it).
    if (!e->type && e->kind != EK::Leaf)
      e->type = res.getType();
    vals[res] = e;
  }
  return get(yielded);
}

std::optional<DimLabel> ExprBuilder::loopPartLabel(
    AffineExpr e, ArrayRef<std::optional<DimLabel>> loopLab,
    RankedTensorType t, unsigned dim, Operation *op, unsigned operand) {
  // d floordiv G reads the outer part of loop d split as [size/G, G] (a
  // GQA expansion: query head h reads kv head h / G); d mod M the inner part
  // of [size/M, M] (a tile: head h reads h mod M).
  auto bin = dyn_cast<AffineBinaryOpExpr>(e);
  if (!bin || (bin.getKind() != AffineExprKind::FloorDiv &&
               bin.getKind() != AffineExprKind::Mod))
    return std::nullopt;
  auto d = dyn_cast<AffineDimExpr>(bin.getLHS());
  auto c = dyn_cast<AffineConstantExpr>(bin.getRHS());
  if (!d || !c || c.getValue() <= 0 || d.getPosition() >= loopLab.size() ||
      !loopLab[d.getPosition()])
    return std::nullopt;
  const DimLabel &l = *loopLab[d.getPosition()];
  int64_t size = atoms.staticSize(l);
  int64_t k = c.getValue();
  if (ShapedType::isDynamic(size) || size <= 0 || size % k != 0)
    return std::nullopt;
  // The part is what the operand's dim holds only when the dim has exactly
  // its extent: else the read covers a prefix of the dim (floordiv) or
  // wraps inside it (mod), and the operand is not that part of the loop.
  int64_t partSize = bin.getKind() == AffineExprKind::FloorDiv ? size / k : k;
  if (t.isDynamicDim(dim) || t.getDimSize(dim) != partSize) {
    std::string s;
    llvm::raw_string_ostream os(s);
    os << "'" << op->getName() << "' reads dim " << dim << " of operand "
       << operand << " (size "
       << (t.isDynamicDim(dim) ? std::string("?")
                               : std::to_string(t.getDimSize(dim)))
       << ") with '" << e << "', which takes " << partSize
       << " values: the floordiv/mod does not match the extent it reads";
    notes.push_back(s);
    return std::nullopt;
  }
  FailureOr<Labels> parts = atoms.split(l, {size / k, k}, Value(), -1);
  if (failed(parts))
    return std::nullopt;
  return bin.getKind() == AffineExprKind::FloorDiv ? (*parts)[0]
                                                   : (*parts)[1];
}

Expr *ExprBuilder::buildLinalg(Operation *op, Value v, const Labels &labels,
                               unsigned depth) {
  auto lop = cast<linalg::LinalgOp>(op);
  if (!lop.hasPureTensorSemantics() || op->getNumRegions() != 1 ||
      op->getRegion(0).empty() ||
      lop.getNumDpsInits() != op->getNumResults())
    return leaf(v, labels);
  // A multi-result op is read for the result `v` when its other results are
  // dead (torch-mlir's row max: max and an unused argmax): `v`'s value then
  // depends only on its own init and the inputs (checked by the body walk).
  unsigned resIdx = cast<OpResult>(v).getResultNumber();
  for (OpResult r : op->getResults())
    if (r.getResultNumber() != resIdx && !r.use_empty())
      return leaf(v, labels);
  unsigned n = lop.getNumLoops();
  OpOperand *init = lop.getDpsInitOperand(resIdx);
  AffineMap outMap = lop.getMatchingIndexingMap(init);
  if (outMap.getNumResults() != labels.size())
    return leaf(v, labels);
  SmallVector<std::optional<DimLabel>> loopLab(n);
  for (auto [r, e] : llvm::enumerate(outMap.getResults())) {
    if (auto d = dyn_cast<AffineDimExpr>(e)) {
      unsigned pos = d.getPosition();
      if (loopLab[pos] && !atoms.sameLeaves(*loopLab[pos], labels[r]))
        return leaf(v, labels);
      loopLab[pos] = labels[r];
    } else if (auto c = dyn_cast<AffineConstantExpr>(e);
               c && c.getValue() == 0) {
      if (!atoms.leaves(labels[r]).empty())
        return leaf(v, labels);
    } else {
      return leaf(v, labels);
    }
  }
  auto iters = lop.getIteratorTypesArray();
  unsigned numRed = 0;
  for (unsigned d = 0; d < n; ++d) {
    if (iters[d] != utils::IteratorType::reduction)
      continue;
    ++numRed;
    if (loopLab[d])
      return leaf(v, labels);
    loopLab[d] = reductionLabel;
  }
  if (numRed > 1)
    return leaf(v, labels);
  for (unsigned d = 0; d < n; ++d)
    if (!loopLab[d])
      return leaf(v, labels);

  Block &body = op->getRegion(0).front();
  SmallVector<std::function<Expr *()>> argExpr;
  unsigned numInputs = lop.getNumDpsInputs();
  for (unsigned i = 0; i < numInputs; ++i) {
    OpOperand *operand = lop.getDpsInputOperand(i);
    Value in = operand->get();
    if (auto t = dyn_cast<RankedTensorType>(in.getType())) {
      AffineMap m = lop.getMatchingIndexingMap(operand);
      Labels inLabels(t.getRank());
      if (m.getNumResults() != static_cast<unsigned>(t.getRank()))
        return leaf(v, labels);
      for (auto [r, e] : llvm::enumerate(m.getResults())) {
        if (auto d = dyn_cast<AffineDimExpr>(e))
          inLabels[r] = *loopLab[d.getPosition()];
        else if (auto c = dyn_cast<AffineConstantExpr>(e);
                 c && c.getValue() == 0 && t.getDimSize(r) == 1)
          inLabels[r] = {};
        else if (auto part = loopPartLabel(e, loopLab, t, r, op, i)) {
          inLabels[r] = *part;        } else
          return leaf(v, labels);
      }
      argExpr.push_back([this, in, inLabels, depth]() {
        return buildImpl(in, inLabels, depth + 1);
      });
    } else if (isa<TensorType>(in.getType())) {
      return leaf(v, labels);
    } else {
      argExpr.push_back([this, in]() -> Expr * {
        if (auto c = getSplatConstant(in))
          return constant(*c, in.getDefiningOp());
        Expr *s = node(EK::Scalar, {}, in.getDefiningOp());
        s->value = in;
        return s;
      });
    }
  }
  Value initVal = init->get();
  for (unsigned r = 0; r < resIdx; ++r)
    argExpr.push_back([]() -> Expr * { return nullptr; });
  if (numRed) {
    argExpr.push_back([this]() { return node(EK::Acc, {}, nullptr); });
  } else {
    Labels l = labels;
    argExpr.push_back(
        [this, initVal, l, depth]() { return buildImpl(initVal, l, depth + 1); });
  }
  // Pad to the block's argument count, then one hook per loop for
  // linalg.index.
  while (argExpr.size() < body.getNumArguments())
    argExpr.push_back([]() -> Expr * { return nullptr; });
  for (unsigned d = 0; d < n; ++d) {
    DimLabel l = *loopLab[d];
    argExpr.push_back([this, l, op]() {
      Expr *e = node(EK::Index, {}, op);
      e->label = l;
      return e;
    });
  }
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!yield || yield.getNumOperands() != op->getNumResults())
    return leaf(v, labels);
  DenseMap<Value, Expr *> vals;
  Expr *e = buildBody(op, body, yield.getOperand(resIdx), argExpr, depth, vals);
  if (!e)
    return leaf(v, labels);
  if (!numRed) {
    visited.insert(op);
    return e;
  }
  // A reduction: the body must combine one value with the accumulator.
  RedKind kind = RedKind::Other;
  Expr *elem = nullptr;
  if ((e->kind == EK::Add || e->kind == EK::Max || e->kind == EK::And ||
       e->kind == EK::Or) &&
      e->ops.size() == 2) {
    for (int side = 0; side < 2; ++side)
      if (e->ops[side]->kind == EK::Acc && !containsAcc(e->ops[1 - side])) {
        elem = e->ops[1 - side];
        kind = e->kind == EK::Add   ? RedKind::Sum
               : e->kind == EK::Max ? RedKind::Max
               : e->kind == EK::And ? RedKind::All
                                    : RedKind::Any;
      }
  }
  if (!elem)
    return leaf(v, labels);
  Expr *initExpr = buildImpl(initVal, labels, depth + 1);
  Expr *r = node(EK::Reduce, {elem, initExpr}, op);
  r->red = kind;
  visited.insert(op);
  return r;
}

Expr *ExprBuilder::buildTosa(Operation *op, Value v, const Labels &labels,
                             unsigned depth) {
  auto outType = cast<RankedTensorType>(v.getType());
  auto operandExpr = [&](Value in) -> Expr * {
    FailureOr<Labels> l = tosaBroadcastLabels(in, outType, labels);
    if (failed(l))
      return nullptr;
    return buildImpl(in, *l, depth + 1);
  };
  auto bin = [&](EK k, Value a, Value b) -> Expr * {
    Expr *x = operandExpr(a), *y = operandExpr(b);
    if (!x || !y)
      return leaf(v, labels);
    visited.insert(op);
    return node(k, {x, y}, op);
  };
  auto un = [&](EK k, Value a) -> Expr * {
    Expr *x = operandExpr(a);
    if (!x)
      return leaf(v, labels);
    visited.insert(op);
    return node(k, {x}, op);
  };
  auto reduce = [&](RedKind kind, Value in, int64_t axis) -> Expr * {
    auto inType = dyn_cast<RankedTensorType>(in.getType());
    if (!inType || inType.getRank() != outType.getRank() || axis < 0 ||
        axis >= outType.getRank() || outType.getDimSize(axis) != 1)
      return leaf(v, labels);
    Labels l = labels;
    l[axis] = reductionLabel;
    Expr *x = buildImpl(in, l, depth + 1);
    double init = kind == RedKind::Sum   ? 0.0
                  : kind == RedKind::All ? 1.0
                                         : -std::numeric_limits<double>::infinity();
    Expr *r = node(EK::Reduce, {x, constant(init, op)}, op);
    r->red = kind;
    visited.insert(op);
    return r;
  };
  return llvm::TypeSwitch<Operation *, Expr *>(op)
      .Case<tosa::AddOp>(
          [&](auto o) { return bin(EK::Add, o.getInput1(), o.getInput2()); })
      .Case<tosa::SubOp>(
          [&](auto o) { return bin(EK::Sub, o.getInput1(), o.getInput2()); })
      .Case<tosa::MulOp>([&](tosa::MulOp o) {
        if (!isa<FloatType>(getElementTypeOrSelf(o.getType())))
          return leaf(v, labels);
        return bin(EK::Mul, o.getInput1(), o.getInput2());
      })
      .Case<tosa::MaximumOp>(
          [&](auto o) { return bin(EK::Max, o.getInput1(), o.getInput2()); })
      .Case<tosa::MinimumOp>(
          [&](auto o) { return bin(EK::Min, o.getInput1(), o.getInput2()); })
      .Case<tosa::ExpOp>([&](auto o) { return un(EK::Exp, o.getInput1()); })
      .Case<tosa::RsqrtOp>([&](tosa::RsqrtOp o) -> Expr * {
        Expr *x = operandExpr(o.getInput1());
        if (!x || x->kind != EK::Const || x->cst <= 0)
          return leaf(v, labels);
        visited.insert(op);
        return constant(1.0 / std::sqrt(x->cst), op);
      })
      .Case<tosa::ReciprocalOp>(
          [&](auto o) { return un(EK::Recip, o.getInput1()); })
      .Case<tosa::NegateOp>([&](tosa::NegateOp o) {
        if (!isa<FloatType>(getElementTypeOrSelf(o.getType())))
          return leaf(v, labels);
        return un(EK::Neg, o.getInput1());
      })
      .Case<tosa::CastOp>([&](tosa::CastOp o) {
        Type from = getElementTypeOrSelf(o.getInput().getType());
        Type to = getElementTypeOrSelf(o.getType());
        if (!isa<FloatType>(to) ||
            !(isa<FloatType>(from) || from.isInteger(1)))
          return leaf(v, labels);
        Expr *c = un(EK::Cast, o.getInput());
        if (c->kind == EK::Cast) {
          c->type = to;
          c->srcType = from;
        }
        return c;
      })
      .Case<tosa::SelectOp>([&](tosa::SelectOp o) {
        Expr *c = operandExpr(o.getInput1()), *a = operandExpr(o.getInput2()),
             *b = operandExpr(o.getInput3());
        if (!c || !a || !b)
          return leaf(v, labels);
        visited.insert(op);
        return node(EK::Select, {c, a, b}, op);
      })
      .Case<tosa::GreaterOp, tosa::GreaterEqualOp, tosa::EqualOp>(
          [&](auto o) {
            Expr *n = bin(EK::Cmp, o.getInput1(), o.getInput2());
            if (n->kind == EK::Cmp)
              n->pred = isa<tosa::GreaterOp>(op)        ? CmpPred::GT
                        : isa<tosa::GreaterEqualOp>(op) ? CmpPred::GE
                                                        : CmpPred::EQ;
            return n;
          })
      .Case<tosa::ReduceMaxOp>([&](tosa::ReduceMaxOp o) {
        return reduce(RedKind::Max, o.getInput(), o.getAxis());
      })
      .Case<tosa::ReduceSumOp>([&](tosa::ReduceSumOp o) {
        return reduce(RedKind::Sum, o.getInput(), o.getAxis());
      })
      .Case<tosa::ReduceAllOp>([&](tosa::ReduceAllOp o) {
        // The logical and along `axis` (of i1 values), starting at true.
        return reduce(RedKind::All, o.getInput(), o.getAxis());
      })
      .Case<tosa::TransposeOp>([&](tosa::TransposeOp o) -> Expr * {
        ArrayRef<int32_t> perms = o.getPerms();
        auto inType = dyn_cast<RankedTensorType>(o.getInput1().getType());
        if (!inType || perms.size() != labels.size())
          return leaf(v, labels);
        Labels in(labels.size());
        for (auto [r, p] : llvm::enumerate(perms)) {
          if (p < 0 || static_cast<size_t>(p) >= labels.size())
            return leaf(v, labels);
          in[p] = labels[r];
        }
        visited.insert(op);
        return buildImpl(o.getInput1(), in, depth + 1);
      })
      .Case<tosa::ReshapeOp>([&](tosa::ReshapeOp o) -> Expr * {
        auto inType = dyn_cast<RankedTensorType>(o.getInput1().getType());
        if (!inType)
          return leaf(v, labels);
        FailureOr<Labels> in = labelsThroughReshape(atoms, o.getInput1(),
                                                    inType, outType, labels);
        if (failed(in))
          return leaf(v, labels);
        visited.insert(op);
        return buildImpl(o.getInput1(), *in, depth + 1);
      })
      .Case<tosa::TileOp>([&](tosa::TileOp o) -> Expr * {
        auto inType = dyn_cast<RankedTensorType>(o.getInput1().getType());
        auto shapeOp = o.getMultiples().getDefiningOp<tosa::ConstShapeOp>();
        if (!inType || !shapeOp || inType.getRank() != outType.getRank())
          return leaf(v, labels);
        SmallVector<int64_t> mult;
        for (APInt x : shapeOp.getValues().getValues<APInt>())
          mult.push_back(x.getSExtValue());
        if (mult.size() != labels.size())
          return leaf(v, labels);
        Labels in(labels.size());
        for (size_t d = 0; d < labels.size(); ++d) {
          if (mult[d] == 1) {
            in[d] = labels[d];
            continue;
          }
          // out[i] = in[i mod s]: the tile index is the outer part.
          int64_t s = inType.getDimSize(d);
          if (mult[d] <= 0 || ShapedType::isDynamic(s))
            return leaf(v, labels);
          FailureOr<Labels> parts =
              atoms.split(labels[d], {mult[d], s}, Value(), -1);
          if (failed(parts))
            return leaf(v, labels);
          in[d] = (*parts)[1];
        }
        visited.insert(op);
        return buildImpl(o.getInput1(), in, depth + 1);
      })
      .Default([&](Operation *) { return leaf(v, labels); });
}

Expr *ExprBuilder::buildImpl(Value v, const Labels &labels, unsigned depth) {
  std::vector<int> key;
  for (const DimLabel &l : labels) {
    key.insert(key.end(), l.begin(), l.end());
    key.push_back(-1);
  }
  auto memoKey = std::make_pair(v.getAsOpaquePointer(), key);
  auto it = memo.find(memoKey);
  if (it != memo.end())
    return it->second;

  Expr *result = nullptr;
  auto type = dyn_cast<RankedTensorType>(v.getType());
  Operation *def = v.getDefiningOp();
  if (type && labels.size() == static_cast<size_t>(type.getRank()))
    seen.try_emplace(v, labels);
  if (depth > 48 || !type ||
      labels.size() != static_cast<size_t>(type.getRank())) {
    result = leaf(v, labels);
  } else if (auto c = getSplatConstant(v)) {
    result = constant(*c, def);
  } else if (!def || getContraction(def, /*requireZeroInit=*/false)) {
    result = leaf(v, labels);
  } else if (auto sm = dyn_cast<linalg::SoftmaxOp>(def)) {
    int64_t dim = sm.getDimension();
    if (dim < 0 || dim >= type.getRank() ||
        sm.getInput().getType() != sm.getOutput().getType()) {
      result = leaf(v, labels);
    } else {
      Expr *in = buildImpl(sm.getInput(), labels, depth + 1);
      result = node(EK::Softmax, {in}, def);
      result->label = labels[dim];
      visited.insert(def);
    }
  } else if (extractCopySource(def)) {
    // A copy through tensor.extract (ExtractCopy.h): plumbing once proven.
    std::string why;
    FailureOr<ExtractCopy> copy = proveExtractCopy(def, why);
    if (failed(copy)) {
      notes.push_back(why);
      result = leaf(v, labels);
    } else {
      visited.insert(def);
      result = buildImpl(copy->source, sourceLabels(*copy, labels), depth + 1);
    }
  } else if (isa<linalg::LinalgOp>(def)) {
    result = buildLinalg(def, v, labels, depth);
  } else if (isa<tosa::TosaDialect>(def->getDialect())) {
    result = buildTosa(def, v, labels, depth);
  } else if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(def)) {
    Value src = def->getOperand(0);
    auto srcType = dyn_cast<RankedTensorType>(src.getType());
    FailureOr<Labels> in = failure();
    if (srcType) {
      if (auto c = dyn_cast<tensor::CollapseShapeOp>(def))
        in = labelsThroughReassociation(atoms, src, srcType, type, labels,
                                        c.getReassociationIndices(),
                                        /*inputIsExpanded=*/true);
      else
        in = labelsThroughReassociation(
            atoms, src, srcType, type, labels,
            cast<tensor::ExpandShapeOp>(def).getReassociationIndices(),
            /*inputIsExpanded=*/false);
    }
    if (failed(in)) {
      result = leaf(v, labels);
    } else {
      visited.insert(def);
      result = buildImpl(src, *in, depth + 1);
    }
  } else if (isa<tensor::CastOp>(def) &&
             isa<RankedTensorType>(def->getOperand(0).getType())) {
    visited.insert(def);
    result = buildImpl(def->getOperand(0), labels, depth + 1);
  } else if (def->getNumResults() == 1 &&
             (isa<arith::ArithDialect>(def->getDialect()) ||
              isa<math::MathDialect>(def->getDialect())) &&
             llvm::all_of(def->getOperandTypes(), [&](Type t) {
               auto tt = dyn_cast<RankedTensorType>(t);
               return tt && tt.getShape() == type.getShape();
             })) {
    // Elementwise arith/math on tensors of one shape.
    SmallVector<Expr *> ops;
    for (Value o : def->getOperands())
      ops.push_back(buildImpl(o, labels, depth + 1));
    EK k;
    bool ok = true;
    if (isa<arith::AddFOp>(def))
      k = EK::Add;
    else if (isa<arith::SubFOp>(def))
      k = EK::Sub;
    else if (isa<arith::MulFOp>(def))
      k = EK::Mul;
    else if (isa<arith::DivFOp>(def))
      k = EK::Div;
    else if (isa<arith::MaximumFOp, arith::MaxNumFOp>(def))
      k = EK::Max;
    else if (isa<arith::NegFOp>(def))
      k = EK::Neg;
    else if (isa<math::ExpOp>(def))
      k = EK::Exp;
    else if (isa<math::Exp2Op>(def))
      k = EK::Exp2;
    else if (isa<arith::ExtFOp, arith::TruncFOp>(def))
      k = EK::Cast;
    else if (isa<arith::SelectOp>(def))
      k = EK::Select;
    else
      ok = false;
    if (!ok) {
      result = leaf(v, labels);
    } else {
      result = node(k, ops, def);
      if (k == EK::Cast) {
        result->type = type.getElementType();
        result->srcType = getElementTypeOrSelf(def->getOperand(0).getType());
      }
      visited.insert(def);
    }
  } else {
    result = leaf(v, labels);
  }
  if (!result->tensor) {
    result->tensor = v;
    result->tensorLabels = labels;
  }
  memo[memoKey] = result;
  return result;
}

//===----------------------------------------------------------------------===//
// Candidate detection
//===----------------------------------------------------------------------===//

static bool bodyHasExp(Operation *op) {
  bool found = false;
  op->walk([&](Operation *inner) {
    if (isa<math::ExpOp, math::Exp2Op>(inner))
      found = true;
  });
  return found;
}

static bool feedsImpl(Value v, unsigned depth, DenseSet<Value> &seen) {
  if (depth > 24 || !v || !seen.insert(v).second)
    return false;
  Operation *def = v.getDefiningOp();
  if (!def || getContraction(def, /*requireZeroInit=*/false))
    return false;
  if (isa<linalg::SoftmaxOp, math::ExpOp, math::Exp2Op, tosa::ExpOp>(def))
    return true;
  bool traverse = false;
  if (isa<linalg::LinalgOp>(def)) {
    if (bodyHasExp(def))
      return true;
    traverse = true;
  } else if (isa<tosa::TosaDialect, tensor::TensorDialect, arith::ArithDialect,
                 math::MathDialect>(def->getDialect())) {
    traverse = true;
  }
  if (!traverse)
    return false;
  for (Value o : tensorsReadBy(def))
    if (isa<TensorType>(o.getType()) && feedsImpl(o, depth + 1, seen))
      return true;
  return false;
}

static bool isReduction(Operation *op) {
  if (isa<tosa::ReduceSumOp>(op))
    return true;
  auto lop = dyn_cast<linalg::LinalgOp>(op);
  return lop && lop.getNumReductionLoops() > 0;
}

static bool normalizedImpl(Value v, unsigned depth, DenseSet<Value> &seen) {
  if (depth > 24 || !v || !seen.insert(v).second)
    return false;
  Operation *def = v.getDefiningOp();
  if (!def || getContraction(def, /*requireZeroInit=*/false))
    return false;
  if (isa<linalg::SoftmaxOp>(def))
    return true;
  if (isReduction(def)) {
    if (isa<linalg::LinalgOp>(def) && bodyHasExp(def))
      return true;
    for (Value o : def->getOperands())
      if (isa<TensorType>(o.getType()) && feedsFromSoftmaxLike(o, depth + 1))
        return true;
  }
  Dialect *d = def->getDialect();
  if (!isa<linalg::LinalgOp>(def) &&
      !(d && isa<tosa::TosaDialect, tensor::TensorDialect, arith::ArithDialect,
                 math::MathDialect>(d)))
    return false;
  for (Value o : tensorsReadBy(def))
    if (isa<TensorType>(o.getType()) && normalizedImpl(o, depth + 1, seen))
      return true;
  return false;
}

bool mlir::attn::fuse::feedsFromNormalizedExp(Value v) {
  DenseSet<Value> seen;
  return normalizedImpl(v, 0, seen);
}

bool mlir::attn::fuse::feedsFromSoftmaxLike(Value v, unsigned depth) {
  DenseSet<Value> seen;
  return feedsImpl(v, depth, seen);
}
