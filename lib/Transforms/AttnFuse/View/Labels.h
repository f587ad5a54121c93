//===- Labels.h - logical dimensions tracked through attention --*- C++ -*-===//
//
// The matcher names every loop dimension of an attention candidate with an
// *atom*: a logical dimension (a batch dim, the heads, the query axis, the key
// axis, the head dim of Q/K, the head dim of V). A tensor dimension is labelled
// with the list of atoms it is made of, outermost first: a [B*H, S, D] tensor
// obtained by collapsing [B, H, S, D] has labels [[b, h], [q], [d]].
//
// Reshapes that split a dimension refine an atom into children (the atom `x`
// of a [B*H] batch loop becomes [x0, x1] when a reshape shows it is [B, H]);
// labels are compared on their leaves, so a refinement is seen everywhere.
// Atoms of static size 1 carry no index information and are dropped when
// labels are compared or laid out.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_LABELS_H
#define ATTN_LIB_TRANSFORMS_LABELS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"

#include <string>

namespace mlir {
namespace attn {
namespace fuse {

/// What a logical dimension is in the attention.
enum class Role { Batch, Query, Key, HeadDim, ValueDim };

const char *roleName(Role r);

struct Atom {
  int64_t size = ShapedType::kDynamic;
  Role role = Role::Batch;
  /// Children after a refinement (outermost first); empty for a leaf.
  llvm::SmallVector<int, 2> children;
  /// The atom this one was refined from, or -1.
  int parent = -1;
  /// A tensor and one of its dimensions whose size is this atom's size (used
  /// to materialize dynamic sizes). It dominates every use the rewrite makes.
  Value sizeSource;
  int64_t sizeDim = -1;
};

/// Atom ids making up one tensor dimension, outermost first.
using DimLabel = llvm::SmallVector<int, 2>;
/// One DimLabel per tensor dimension.
using Labels = llvm::SmallVector<DimLabel, 4>;

class AtomTable {
public:
  int create(int64_t size, Role role, Value src, int64_t dim);
  const Atom &get(int id) const { return atoms[id]; }
  int64_t size(int id) const { return atoms[id].size; }
  bool isUnit(int id) const { return atoms[id].size == 1; }
  /// True when `a` and `b` were refined from one atom.
  bool siblings(int a, int b) const {
    return atoms[a].parent >= 0 && atoms[a].parent == atoms[b].parent;
  }

  /// The leaves of `label`, without static unit atoms.
  DimLabel leaves(const DimLabel &label) const;
  /// Leaves of every dim, concatenated.
  DimLabel allLeaves(const Labels &labels) const;
  bool sameLeaves(const DimLabel &a, const DimLabel &b) const {
    return leaves(a) == leaves(b);
  }
  bool sameLeaves(const Labels &a, const Labels &b) const;

  /// Static product of the sizes of `label`'s leaves, or kDynamic.
  int64_t staticSize(const DimLabel &label) const;

  /// Splits `label` across tensor dims of sizes `sizes` (dims of `src`
  /// numbered `firstDim`...), refining atoms when a dim holds part of one.
  /// Fails when the split is not provable (dynamic sizes that could be
  /// distributed in more than one way).
  mlir::FailureOr<Labels> split(const DimLabel &label,
                                llvm::ArrayRef<int64_t> sizes, Value src,
                                int64_t firstDim);

  /// Human-readable name, e.g. "key axis".
  std::string describe(const DimLabel &label) const;

private:
  void collectLeaves(int id, DimLabel &out) const;
  llvm::SmallVector<Atom> atoms;
};

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_LABELS_H
