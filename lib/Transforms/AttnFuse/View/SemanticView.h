//===- SemanticView.h - what an op computes, not how it is spelled -*- C++ -*-//
//
// A small semantic view over TOSA, linalg, tensor, arith and math ops:
//
// - Contractions (Contraction.h).
// - Expr: a scalar expression tree for the value of one element of a tensor,
//   obtained by interpreting elementwise ops (linalg ops with a recognized
//   body, TOSA elementwise ops, arith/math on tensors), reductions
//   (linalg.reduce, linalg.generic with reduction loops, tosa.reduce_*),
//   linalg.softmax and shape plumbing (transpose, reshape, collapse/expand,
//   broadcast, tile). Every tensor in the tree carries the atoms (Labels.h)
//   each of its dimensions stands for, propagated *upward* through each op's
//   indexing maps; plumbing is transparent: it only changes labels.
//
// Anything not recognized becomes a Leaf: the matcher then decides whether
// a leaf is acceptable where it sits (the scores, a mask, a source tensor).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_SEMANTICVIEW_H
#define ATTN_LIB_TRANSFORMS_SEMANTICVIEW_H

#include "View/Contraction.h"
#include "View/Labels.h"

#include "mlir/IR/AffineMap.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/Allocator.h"

#include <map>
#include <string>
#include <optional>

namespace mlir {
namespace attn {
namespace fuse {

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

enum class EK {
  Leaf,   // a tensor not interpreted further: value + labels
  Const,  // a scalar constant (splat)
  Scalar, // a runtime scalar (f32 value, 0-d / all-unit tensor)
  Index,  // linalg.index of a loop: `label` is the loop's atoms
  Acc,    // the accumulator of the enclosing reduction
  Exp,
  Exp2,
  Recip,
  Neg,
  Cast, // extf / truncf / sitofp..., `type` is the result element type
  Add,
  Sub,
  Mul,
  Div,
  Max, // maximumf / maxnumf / tosa.maximum
  Min,
  And, // andi (of i1 values)
  Or,  // ori (of i1 values)
  Select, // ops: cond, onTrue, onFalse
  Cmp,    // ops: lhs, rhs; `pred` normalized (see CmpPred)
  Reduce, // ops: body (uses Acc), init; `red` kind
  Softmax // ops: input; `label` is the softmax axis
};

enum class CmpPred { EQ, NE, LT, LE, GT, GE, Unknown };
enum class RedKind { Sum, Max, All, Any, Other };

struct Expr {
  EK kind;
  llvm::SmallVector<Expr *, 3> ops;
  /// Leaf: the tensor and its labels.
  Value value;
  Labels labels;
  /// Const.
  double cst = 0;
  /// Index / Softmax: atoms of the loop / axis.
  DimLabel label;
  Type type;
  /// Cast: the operand's element type.
  Type srcType;
  CmpPred pred = CmpPred::Unknown;
  /// Cmp: an unsigned integer predicate (ult, ule, ...). Cast: an unsigned
  /// conversion (index_castui, extui, uitofp: the source is read unsigned).
  bool isUnsigned = false;
  /// Cmp from cmpf: an unordered predicate (ueq, une, ...: true on NaN).
  bool unordered = false;
  RedKind red = RedKind::Other;
  /// The op this node was read from (for locations and use checks).
  Operation *op = nullptr;
  /// When the node is the value of a whole tensor: that tensor and its
  /// labels (set for every node returned by ExprBuilder::build).
  Value tensor;
  Labels tensorLabels;
};

const char *exprKindName(EK k);

/// Builds Expr trees for the candidate being matched. Owns the nodes and the
/// atom table; records every op it interprets.
class ExprBuilder {
public:
  explicit ExprBuilder(AtomTable &atoms) : atoms(atoms) {}

  /// Interprets `v` (a ranked tensor whose dims carry `labels`).
  Expr *build(Value v, const Labels &labels);

  /// The atoms given to the reduced loop of any reduction met (the softmax's
  /// reductions must then be over the key axis to compare equal).
  DimLabel reductionLabel;

  /// Ops interpreted so far, in the order met.
  llvm::SetVector<Operation *> visited;

  /// The labels each tensor met was given (the first time).
  llvm::DenseMap<Value, Labels> seen;

  /// Proofs that failed while interpreting (an op then becomes a leaf): the
  /// matcher names them when it rejects the candidate.
  llvm::SmallVector<std::string, 2> notes;

  /// Structural equality; with `ignoreLabels`, leaves compare by value only.
  bool equal(const Expr *a, const Expr *b, bool ignoreLabels = false) const;

  Expr *leaf(Value v, const Labels &labels);
  Expr *constant(double c, Operation *op = nullptr);
  Expr *node(EK k, llvm::ArrayRef<Expr *> ops, Operation *op);

  AtomTable &atoms;

private:
  // SemanticView.cpp: the dispatch, tensor reshapes and casts, arith/math on
  // tensors, linalg.softmax.
  Expr *buildImpl(Value v, const Labels &labels, unsigned depth);
  // LinalgInterp.cpp.
  Expr *buildLinalg(Operation *op, Value v, const Labels &labels,
                    unsigned depth);
  /// The part of a loop that `e` (`d floordiv G` / `d mod M`) reads as dim
  /// `dim` of operand `operand` (type `t`) of `op`; none (with a note when a
  /// proof failed) unless the dim's extent is exactly the part's.
  std::optional<DimLabel>
  loopPartLabel(AffineExpr e, llvm::ArrayRef<std::optional<DimLabel>> loopLab,
                RankedTensorType t, unsigned dim, Operation *op,
                unsigned operand);
  // TosaInterp.cpp.
  Expr *buildTosa(Operation *op, Value v, const Labels &labels,
                  unsigned depth);
  // BodyInterp.cpp.
  Expr *buildBody(Operation *op, Block &body, Value yielded,
                  llvm::ArrayRef<std::function<Expr *()>> argExpr,
                  unsigned depth, llvm::DenseMap<Value, Expr *> &memo);

  /// The body op buildBody last failed to interpret (for notes).
  std::string uninterpreted;

  llvm::SpecificBumpPtrAllocator<Expr> alloc;
  std::map<std::pair<void *, std::vector<int>>, Expr *> memo;
};

/// `e` without the casts on top of it.
Expr *stripCasts(Expr *e);
inline const Expr *stripCasts(const Expr *e) {
  return stripCasts(const_cast<Expr *>(e));
}

/// True when `e` is a cast from one float type to another that holds every
/// value of the first exactly (f16 / bf16 -> f32, f32 -> f64, ...): the cast
/// keeps each value, -inf and NaN included.
bool isExactFloatExtension(const Expr *e);

/// `e` without the exact float extensions on top (the casts that
/// isExactFloatExtension accepts); a narrowing or integer cast stays.
Expr *stripExactFloatExtensions(Expr *e);
inline const Expr *stripExactFloatExtensions(const Expr *e) {
  return stripExactFloatExtensions(const_cast<Expr *>(e));
}

/// Candidate detection (CandidateDetection.cpp). True when `v`'s def chain
/// (through elementwise ops, reductions and plumbing, not through
/// contraction-shaped ops) contains an exponential or a softmax.
bool feedsFromSoftmaxLike(Value v, unsigned depth = 0);

/// True when `v`'s def chain (as for feedsFromSoftmaxLike) contains a
/// softmax, or a reduction over values that come from an exponential (the
/// normalizing sum of a softmax, a logsumexp): what a softmax's
/// probabilities need. An exponential without such a reduction (a sigmoid, a
/// SiLU gate) is not enough.
bool feedsFromNormalizedExp(Value v);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_SEMANTICVIEW_H
