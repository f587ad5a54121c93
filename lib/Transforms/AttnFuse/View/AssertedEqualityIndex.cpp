//===- AssertedEqualityIndex.cpp - cf.assert equalities by term -----------===//

#include "View/AssertedEqualityIndex.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::attn::fuse;

namespace {
thread_local AssertedEqualityIndex *activeIndex = nullptr;

/// Values an assert's operands are computed from, beyond which a fact is
/// read again on every question instead of indexed.
constexpr unsigned kMaxComputedFrom = 256;

/// The integer values `roots` are computed from (themselves included), when
/// every tensor among them is a block argument or a tensor.empty result and
/// there are at most kMaxComputedFrom values; none otherwise.
std::optional<SmallVector<Value>> stableComputedFrom(ArrayRef<Value> roots) {
  SmallVector<Value> work(roots.begin(), roots.end()), ints;
  llvm::DenseSet<Value> seen(roots.begin(), roots.end());
  while (!work.empty()) {
    Value v = work.pop_back_val();
    if (seen.size() > kMaxComputedFrom)
      return std::nullopt;
    if (isa<TensorType>(v.getType())) {
      if (isa<BlockArgument>(v))
        continue;
      if (!v.getDefiningOp<tensor::EmptyOp>())
        return std::nullopt;
    } else if (v.getType().isIntOrIndex()) {
      ints.push_back(v);
    }
    if (Operation *def = v.getDefiningOp())
      for (Value o : def->getOperands())
        if (seen.insert(o).second)
          work.push_back(o);
  }
  return ints;
}

/// How far back from the point of use a fact is looked for before asking
/// the block's order (which renumbers a block the fusion has moved ops in).
constexpr unsigned kLocalLook = 32;

bool isBefore(Operation *a, Operation *b) {
  Operation *p = b->getPrevNode();
  for (unsigned i = 0; p && i < kLocalLook; ++i, p = p->getPrevNode())
    if (p == a)
      return true;
  return a->isBeforeInBlock(b);
}
} // namespace

AssertedEqualityIndex::Scope::Scope(Operation *root)
    : index(new AssertedEqualityIndex(root)), previous(activeIndex) {
  activeIndex = index;
}

AssertedEqualityIndex::Scope::~Scope() {
  activeIndex = previous;
  delete index;
}

AssertedEqualityIndex *AssertedEqualityIndex::active() { return activeIndex; }

AssertedEqualityIndex::Key AssertedEqualityIndex::key(const ExtentTerm &t) {
  return {t.base.getAsOpaquePointer(), t.dim, t.base ? 0 : t.cst};
}

AssertedEqualityIndex::AssertedEqualityIndex(Operation *root) {
  root->walk([&](cf::AssertOp as) {
    auto cmp = as.getArg().getDefiningOp<arith::CmpIOp>();
    if (!cmp || cmp.getPredicate() != arith::CmpIPredicate::eq)
      return;
    unsigned id = facts.size();
    std::optional<SmallVector<Value>> from =
        stableComputedFrom({cmp.getLhs(), cmp.getRhs()});
    Fact f{as, {cmp.getLhs(), cmp.getRhs(), {}, {}}, from.has_value()};
    if (!f.stable) {
      facts.push_back(f);
      unstable.push_back(id);
      return;
    }
    f.eq.lhsTerm = canonicalSize(f.eq.lhs);
    f.eq.rhsTerm = canonicalSize(f.eq.rhs);
    facts.push_back(f);
    bySide[key(f.eq.lhsTerm)].push_back(id);
    if (f.eq.rhsTerm != f.eq.lhsTerm)
      bySide[key(f.eq.rhsTerm)].push_back(id);
    llvm::DenseSet<Key> keys;
    for (Value v : *from) {
      ExtentTerm t = canonicalSize(v);
      if (!t.isConstant() && keys.insert(key(t)).second)
        byComputedTerm[key(t)].push_back(id);
    }
  });
}

bool AssertedEqualityIndex::dominates(const Fact &f, Operation *at) const {
  Block *b = f.assertOp->getBlock();
  for (Operation *op = at; op && !op->hasTrait<OpTrait::IsIsolatedFromAbove>();
       op = op->getParentOp())
    if (op->getBlock() == b)
      return op != f.assertOp && isBefore(f.assertOp, op);
  return false;
}

AssertedEquality AssertedEqualityIndex::read(const Fact &f) const {
  if (f.stable)
    return f.eq;
  return {f.eq.lhs, f.eq.rhs, canonicalSize(f.eq.lhs), canonicalSize(f.eq.rhs)};
}

void AssertedEqualityIndex::appendUnstable(Operation *at,
                                           SmallVector<AssertedEquality> &out,
                                           SmallVector<unsigned> &ids) const {
  for (unsigned id : unstable)
    if (dominates(facts[id], at)) {
      out.push_back(read(facts[id]));
      ids.push_back(id);
    }
}

SmallVector<AssertedEquality>
AssertedEqualityIndex::withTerm(const ExtentTerm &t, Operation *at) {
  SmallVector<AssertedEquality> out;
  SmallVector<unsigned> ids;
  auto it = bySide.find(key(t));
  if (it != bySide.end())
    for (unsigned id : it->second)
      if (dominates(facts[id], at))
        out.push_back(facts[id].eq);
  appendUnstable(at, out, ids);
  return out;
}

SmallVector<AssertedEquality>
AssertedEqualityIndex::withAnyTerm(ArrayRef<ExtentTerm> terms, Operation *at) {
  SmallVector<AssertedEquality> out;
  SmallVector<unsigned> ids;
  for (const ExtentTerm &t : terms) {
    auto it = byComputedTerm.find(key(t));
    if (it == byComputedTerm.end())
      continue;
    for (unsigned id : it->second)
      if (!llvm::is_contained(ids, id) && dominates(facts[id], at)) {
        out.push_back(facts[id].eq);
        ids.push_back(id);
      }
  }
  appendUnstable(at, out, ids);
  return out;
}

SmallVector<AssertedEquality> AssertedEqualityIndex::dominating(Operation *at) {
  SmallVector<AssertedEquality> out;
  for (const Fact &f : facts)
    if (dominates(f, at))
      out.push_back(read(f));
  return out;
}
