//===- ExtentEquality.cpp - two dynamic sizes proven equal ----------------===//

#include "View/ExtentEquality.h"
#include "View/AssertedEqualityIndex.h"
#include "View/SizeCondition.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::attn::fuse;

namespace {
/// Deep enough for torch-mlir's size computations, small enough to stay
/// cheap on long def chains.
constexpr unsigned kMaxDepth = 32;

ExtentTerm constantTerm(int64_t c) {
  ExtentTerm t;
  t.cst = c;
  return t;
}

ExtentTerm opaqueTerm(Value v, int64_t dim = -1) {
  ExtentTerm t;
  t.base = v;
  t.dim = dim;
  return t;
}

/// Bit width of an integer or index type (index is 64 bits); 0 otherwise.
unsigned intWidth(Type t) {
  if (t.isIndex())
    return 64;
  if (auto it = dyn_cast<IntegerType>(t))
    return it.getWidth();
  return 0;
}

ExtentTerm extentImpl(Value t, unsigned dim, unsigned depth);
ExtentTerm sizeImpl(Value v, unsigned depth);

/// An extent (a size of some tensor) or a non-negative constant.
bool isNonNegative(const ExtentTerm &t) {
  return t.isConstant() ? t.cst >= 0 : t.dim >= 0;
}

/// The value of the i1 `cond` when it is the same whatever the sizes.
std::optional<bool> provableCondition(Value cond, unsigned depth) {
  return SizeCondition::evaluate(
      cond, [&](arith::CmpIOp cmp) -> std::optional<SizeCondition> {
        if (depth > kMaxDepth)
          return std::nullopt;
        ExtentTerm a = sizeImpl(cmp.getLhs(), depth + 1);
        ExtentTerm b = sizeImpl(cmp.getRhs(), depth + 1);
        auto constant = [](const ExtentTerm &t) -> std::optional<int64_t> {
          if (t.isConstant())
            return t.cst;
          return std::nullopt;
        };
        return SizeCondition(cmp.getPredicate(), a == b, isNonNegative(a),
                             constant(a), constant(b));
      });
}

ExtentTerm sizeImpl(Value v, unsigned depth) {
  if (depth > kMaxDepth)
    return opaqueTerm(v);
  APInt c;
  if (matchPattern(v, m_ConstantInt(&c)) && intWidth(v.getType()) > 0)
    return constantTerm(c.getSExtValue());
  Operation *def = v.getDefiningOp();
  if (!def)
    return opaqueTerm(v);
  if (auto d = dyn_cast<tensor::DimOp>(def)) {
    std::optional<int64_t> idx = d.getConstantIndex();
    if (idx && isa<RankedTensorType>(d.getSource().getType()))
      return extentImpl(d.getSource(), *idx, depth + 1);
    return opaqueTerm(v);
  }
  // Widening (or same-width) index casts keep the value.
  if (auto ic = dyn_cast<arith::IndexCastOp>(def)) {
    unsigned in = intWidth(ic.getIn().getType());
    unsigned out = intWidth(ic.getType());
    if (in > 0 && out >= in)
      return sizeImpl(ic.getIn(), depth + 1);
    return opaqueTerm(v);
  }
  if (auto sel = dyn_cast<arith::SelectOp>(def)) {
    if (std::optional<bool> c = provableCondition(sel.getCondition(), depth))
      return sizeImpl(*c ? sel.getTrueValue() : sel.getFalseValue(), depth + 1);
    ExtentTerm a = sizeImpl(sel.getTrueValue(), depth + 1);
    if (a == sizeImpl(sel.getFalseValue(), depth + 1))
      return a;
    return opaqueTerm(v);
  }
  return opaqueTerm(v);
}

ExtentTerm extentImpl(Value t, unsigned dim, unsigned depth) {
  auto type = dyn_cast<RankedTensorType>(t.getType());
  if (!type || dim >= type.getRank())
    return opaqueTerm(t, dim);
  if (!type.isDynamicDim(dim))
    return constantTerm(type.getDimSize(dim));
  Operation *def = t.getDefiningOp();
  if (!def || depth > kMaxDepth)
    return opaqueTerm(t, dim);
  if (auto e = dyn_cast<tensor::EmptyOp>(def))
    return sizeImpl(e.getDynamicSize(dim), depth + 1);
  if (auto e = dyn_cast<tensor::ExpandShapeOp>(def)) {
    OpFoldResult s = e.getMixedOutputShape()[dim];
    if (auto v = dyn_cast<Value>(s))
      return sizeImpl(v, depth + 1);
    return opaqueTerm(t, dim);
  }
  if (auto c = dyn_cast<tensor::CastOp>(def))
    return extentImpl(c.getSource(), dim, depth + 1);
  if (auto c = dyn_cast<tensor::CollapseShapeOp>(def)) {
    // A group whose other dims are static 1 is that one dim.
    auto srcType = cast<RankedTensorType>(c.getSrcType());
    ReassociationIndices group = c.getReassociationIndices()[dim];
    int64_t nonUnit = -1;
    for (int64_t d : group) {
      if (srcType.getDimSize(d) == 1)
        continue;
      if (nonUnit >= 0)
        return opaqueTerm(t, dim);
      nonUnit = d;
    }
    if (nonUnit >= 0)
      return extentImpl(c.getSrc(), nonUnit, depth + 1);
    return opaqueTerm(t, dim);
  }
  if (auto dps = dyn_cast<DestinationStyleOpInterface>(def)) {
    if (dps.hasPureTensorSemantics())
      if (OpOperand *init = dps.getTiedOpOperand(cast<OpResult>(t)))
        return extentImpl(init->get(), dim, depth + 1);
  }
  return opaqueTerm(t, dim);
}
} // namespace

std::string ExtentTerm::describe() const {
  if (isConstant())
    return std::to_string(cst);
  std::string s;
  llvm::raw_string_ostream os(s);
  if (dim >= 0)
    os << "dim " << dim << " of ";
  OpPrintingFlags flags;
  base.printAsOperand(os, flags);
  return s;
}

ExtentTerm mlir::attn::fuse::canonicalExtent(Value t, unsigned dim) {
  return extentImpl(t, dim, 0);
}

ExtentTerm mlir::attn::fuse::canonicalSize(Value v) { return sizeImpl(v, 0); }

SmallVector<AssertedEquality>
mlir::attn::fuse::dominatingEqualities(Operation *at) {
  if (AssertedEqualityIndex *index = AssertedEqualityIndex::active())
    return index->dominating(at);
  // Asserted before `at` in its block and in the blocks of its ancestors
  // (within the function): they dominate `at`.
  SmallVector<AssertedEquality> asserted;
  for (Operation *op = at; op && !op->hasTrait<OpTrait::IsIsolatedFromAbove>();
       op = op->getParentOp()) {
    for (Operation *prev = op->getPrevNode(); prev;
         prev = prev->getPrevNode()) {
      auto as = dyn_cast<cf::AssertOp>(prev);
      if (!as)
        continue;
      auto cmp = as.getArg().getDefiningOp<arith::CmpIOp>();
      if (cmp && cmp.getPredicate() == arith::CmpIPredicate::eq)
        asserted.push_back({cmp.getLhs(), cmp.getRhs(),
                            canonicalSize(cmp.getLhs()),
                            canonicalSize(cmp.getRhs())});
    }
  }
  return asserted;
}

bool mlir::attn::fuse::provablySameExtent(const ExtentTerm &a,
                                          const ExtentTerm &b,
                                          ArrayRef<AssertedEquality> asserted) {
  if (a == b)
    return true;
  if (a.isConstant() && b.isConstant())
    return false;
  SmallVector<ExtentTerm> cls = {a};
  auto inClass = [&](const ExtentTerm &t) {
    return llvm::is_contained(cls, t);
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (const AssertedEquality &e : asserted) {
      bool hx = inClass(e.lhsTerm), hy = inClass(e.rhsTerm);
      if (hx != hy) {
        cls.push_back(hx ? e.rhsTerm : e.lhsTerm);
        changed = true;
      }
    }
  }
  return inClass(b);
}

SmallVector<ExtentTerm> mlir::attn::fuse::provableClass(const ExtentTerm &a,
                                                        Operation *at) {
  SmallVector<ExtentTerm> cls = {a};
  AssertedEqualityIndex *index = AssertedEqualityIndex::active();
  if (!index) {
    SmallVector<AssertedEquality> asserted = dominatingEqualities(at);
    for (bool changed = true; changed;) {
      changed = false;
      for (const AssertedEquality &e : asserted) {
        bool hx = llvm::is_contained(cls, e.lhsTerm);
        bool hy = llvm::is_contained(cls, e.rhsTerm);
        if (hx != hy) {
          cls.push_back(hx ? e.rhsTerm : e.lhsTerm);
          changed = true;
        }
      }
    }
    return cls;
  }
  // The same class, found from its members: each member's facts only.
  for (size_t i = 0; i < cls.size(); ++i) {
    ExtentTerm t = cls[i];
    for (const AssertedEquality &e : index->withTerm(t, at)) {
      if (e.lhsTerm == t && !llvm::is_contained(cls, e.rhsTerm))
        cls.push_back(e.rhsTerm);
      if (e.rhsTerm == t && !llvm::is_contained(cls, e.lhsTerm))
        cls.push_back(e.lhsTerm);
    }
  }
  return cls;
}

bool mlir::attn::fuse::provablySameExtent(const ExtentTerm &a,
                                          const ExtentTerm &b, Operation *at) {
  if (a == b)
    return true;
  if (a.isConstant() && b.isConstant())
    return false;
  return llvm::is_contained(provableClass(a, at), b);
}
