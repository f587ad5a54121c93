//===- AssertedEqualityIndex.h - cf.assert equalities by term ---*- C++ -*-===//
//
// ExtentEquality.h and SizeProduct.h prove sizes equal through dominating
// `cf.assert(cmpi eq)` facts. Reading every such fact before the point of use
// on each question makes fusion quadratic in the attention blocks of a
// function. While a Scope is alive (the fusion driver opens one per run) the
// facts are read once and looked up by term.
//
// What stays true while the scope lives, for the driver's (non-greedy) run:
// the fusion creates no cf.assert, erases only trivially dead ops (never an
// assert, nor an op an assert's operands are computed from) and moves only
// ops it created; the one use it rewires in existing ops is that of the
// attention's result (a tensor), to the fused result. So an assert whose
// operands are computed, all the way back, from integer ops, tensor.empty
// and block arguments only (a "stable" fact) keeps its canonical forms for
// the whole run: those are indexed by term once. Any other fact (it reads a
// dim of an op's result, which the fusion may rewire) is read again on
// every question, as without the index. The terms of the product form of a
// stable fact's operand (SizeProduct.h) are canonical forms of integer
// values it is computed from: those are indexed too, so ProductReader finds
// every fact whose forms can match a term's class.
//
// Whether a fact dominates the point of use is asked of the IR on every
// question (Operation::isBeforeInBlock, after a short local look).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_ASSERTEDEQUALITYINDEX_H
#define ATTN_LIB_TRANSFORMS_ASSERTEDEQUALITYINDEX_H

#include "View/ExtentEquality.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <tuple>
#include <vector>

namespace mlir {
namespace attn {
namespace fuse {

class AssertedEqualityIndex {
public:
  /// Makes an index of the facts in `root` the active one on this thread
  /// while it lives. Only for drivers that keep the promises above.
  class Scope {
  public:
    explicit Scope(Operation *root);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

  private:
    AssertedEqualityIndex *index;
    AssertedEqualityIndex *previous;
  };

  /// The index of the innermost live Scope on this thread, if any.
  static AssertedEqualityIndex *active();

  /// The facts dominating `at` whose canonical forms (read now) can have
  /// `t` on one side: the stable ones indexed under `t`, and every
  /// non-stable one.
  SmallVector<AssertedEquality> withTerm(const ExtentTerm &t, Operation *at);
  /// The facts dominating `at` whose operands' product forms can have a
  /// term in `terms`: the stable ones computed from a value of such a
  /// canonical form, and every non-stable one.
  SmallVector<AssertedEquality> withAnyTerm(ArrayRef<ExtentTerm> terms,
                                            Operation *at);
  /// Every fact dominating `at`.
  SmallVector<AssertedEquality> dominating(Operation *at);

private:
  explicit AssertedEqualityIndex(Operation *root);

  struct Fact {
    Operation *assertOp;
    AssertedEquality eq; // the forms are those read at build when stable
    bool stable;
  };
  using Key = std::tuple<const void *, int64_t, int64_t>;
  static Key key(const ExtentTerm &t);

  bool dominates(const Fact &f, Operation *at) const;
  /// The fact as it reads now (stable: as indexed).
  AssertedEquality read(const Fact &f) const;
  void appendUnstable(Operation *at, SmallVector<AssertedEquality> &out,
                      SmallVector<unsigned> &ids) const;

  std::vector<Fact> facts;
  llvm::DenseMap<Key, SmallVector<unsigned, 2>> bySide;
  llvm::DenseMap<Key, SmallVector<unsigned, 2>> byComputedTerm;
  SmallVector<unsigned> unstable;
};

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_ASSERTEDEQUALITYINDEX_H
