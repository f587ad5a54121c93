//===- AttentionRewrite.cpp - emit attn.flash_attention -------------------===//
//
// Builds [B, H, S, D] views of the proven sources, the op, and the view of
// its result in the layout the second contraction produced. Every view is
// expand_shape (split a dim into atoms) -> linalg.transpose (atoms in target
// order) -> collapse_shape (merge atoms of a target dim) -> expand_shape
// (insert unit dims), each skipped when it is the identity; the lowering
// turns these into strided views of the operands.
//
//===----------------------------------------------------------------------===//

#include "Match/AttentionMatch.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "llvm/ADT/STLExtras.h"

#include <cmath>

using namespace mlir;
using namespace mlir::attn;
using namespace mlir::attn::fuse;

namespace {
/// Size of the product of `leaves` as an OpFoldResult, or failure when a
/// dynamic atom has no size source.
FailureOr<OpFoldResult> atomsSize(OpBuilder &b, Location loc,
                                  ArrayRef<int> leaves, AtomTable &atoms) {
  int64_t stat = 1;
  Value dyn;
  for (int a : leaves) {
    int64_t s = atoms.size(a);
    if (!ShapedType::isDynamic(s)) {
      stat *= s;
      continue;
    }
    const Atom &atom = atoms.get(a);
    if (!atom.sizeSource || atom.sizeDim < 0)
      return failure();
    // Read the size where it is defined, not from an intermediate the
    // rewrite is about to make dead: the init of a destination-style op, or
    // the output_shape of an expand_shape.
    Value src = atom.sizeSource;
    while (auto dps = src.getDefiningOp<DestinationStyleOpInterface>()) {
      auto res = dyn_cast<OpResult>(src);
      if (!res || !dps.hasPureTensorSemantics())
        break;
      src = dps.getTiedOpOperand(res)->get();
    }
    if (auto ex = src.getDefiningOp<tensor::ExpandShapeOp>()) {
      OpFoldResult r = ex.getMixedOutputShape()[atom.sizeDim];
      if (auto v = dyn_cast<Value>(r)) {
        dyn = dyn ? arith::MulIOp::create(b, loc, dyn, v).getResult() : v;
        continue;
      }
    }
    Value d = tensor::DimOp::create(b, loc, src, atom.sizeDim);
    dyn = dyn ? arith::MulIOp::create(b, loc, dyn, d).getResult() : d;
  }
  if (!dyn)
    return OpFoldResult(b.getIndexAttr(stat));
  if (stat != 1)
    dyn = arith::MulIOp::create(
        b, loc, dyn, arith::ConstantIndexOp::create(b, loc, stat));
  return OpFoldResult(dyn);
}

int64_t staticOf(OpFoldResult r) {
  if (auto a = dyn_cast<Attribute>(r))
    return cast<IntegerAttr>(a).getInt();
  return ShapedType::kDynamic;
}

struct Run {
  DimLabel leaves;
  int group = -1; // target dim, -1 for a unit dim
  int pos = 0;    // position of the first leaf in the target order
};
} // namespace

FailureOr<Value> mlir::attn::fuse::materializeLayout(
    OpBuilder &b, Location loc, Value src, const Labels &srcLabels,
    const Labels &target, AtomTable &atoms, bool allowBroadcast) {
  auto srcType = dyn_cast<RankedTensorType>(src.getType());
  if (!srcType || srcLabels.size() != static_cast<size_t>(srcType.getRank()))
    return failure();
  Type et = srcType.getElementType();

  // Target order of the leaves.
  DenseMap<int, std::pair<int, int>> where; // leaf -> (group, pos)
  SmallVector<DimLabel> tgt;
  DimLabel srcAll = atoms.allLeaves(srcLabels);
  int pos = 0;
  for (auto [g, l] : llvm::enumerate(target)) {
    DimLabel kept;
    for (int a : atoms.leaves(l)) {
      if (!llvm::is_contained(srcAll, a)) {
        if (!allowBroadcast)
          return failure();
        continue;
      }
      kept.push_back(a);
      where[a] = {static_cast<int>(g), pos++};
    }
    tgt.push_back(kept);
  }
  for (int a : srcAll)
    if (!where.count(a))
      return failure(); // the source varies along an axis the target lacks
  if (where.size() != srcAll.size())
    return failure(); // an atom repeated in the source

  // Already in the target layout?
  if (target.size() == srcLabels.size()) {
    bool same = true;
    for (auto [i, t] : llvm::enumerate(tgt)) {
      DimLabel lv = atoms.leaves(srcLabels[i]);
      if (lv != t || (lv.empty() && srcType.getDimSize(i) != 1))
        same = false;
    }
    if (same)
      return src;
  }

  // One reshape suffices when the atoms are already in target order.
  {
    SmallVector<DimLabel> sl;
    for (int64_t i = 0; i < srcType.getRank(); ++i)
      sl.push_back(atoms.leaves(srcLabels[i]));
    // Groups `many` dims (each with its leaves) into the dims of `few`.
    auto group = [&](ArrayRef<DimLabel> many, ArrayRef<DimLabel> few,
                     ArrayRef<int64_t> manyShape)
        -> std::optional<SmallVector<ReassociationIndices>> {
      SmallVector<ReassociationIndices> re;
      size_t i = 0;
      for (const DimLabel &need : few) {
        ReassociationIndices g;
        DimLabel got;
        if (need.empty()) {
          if (i >= many.size() || !many[i].empty() || manyShape[i] != 1)
            return std::nullopt;
          g.push_back(i++);
        } else {
          while (got != need) {
            if (i >= many.size())
              return std::nullopt;
            if (many[i].empty() && manyShape[i] != 1)
              return std::nullopt;
            got.append(many[i].begin(), many[i].end());
            if (got.size() > need.size() ||
                !std::equal(got.begin(), got.end(), need.begin()))
              return std::nullopt;
            g.push_back(i++);
          }
        }
        re.push_back(g);
      }
      for (; i < many.size(); ++i) {
        if (!many[i].empty() || manyShape[i] != 1 || re.empty())
          return std::nullopt;
        re.back().push_back(i);
      }
      return re;
    };
    SmallVector<int64_t> tgtShape;
    for (const DimLabel &t : tgt)
      tgtShape.push_back(t.empty() ? 1 : atoms.staticSize(t));
    if (srcType.getRank() >= static_cast<int64_t>(tgt.size())) {
      if (auto re = group(sl, tgt, srcType.getShape()))
        return tensor::CollapseShapeOp::create(b, loc, src, *re).getResult();
    } else if (auto re = group(tgt, sl, tgtShape)) {
      SmallVector<OpFoldResult> sizes;
      SmallVector<int64_t> shape;
      for (auto [i, g] : llvm::enumerate(*re)) {
        for (int64_t d : g) {
          OpFoldResult sz;
          if (tgt[d].empty()) {
            sz = b.getIndexAttr(1);
          } else if (llvm::count_if(g, [&](int64_t x) {
                       return !tgt[x].empty();
                     }) == 1) {
            sz = tensor::getMixedSize(b, loc, src, i);
          } else {
            FailureOr<OpFoldResult> f = atomsSize(b, loc, tgt[d], atoms);
            if (failed(f))
              return failure();
            sz = *f;
          }
          sizes.push_back(sz);
          shape.push_back(staticOf(sz));
        }
      }
      auto t = RankedTensorType::get(shape, et);
      return tensor::ExpandShapeOp::create(b, loc, t, src, *re, sizes)
          .getResult();
    }
  }

  // Drop unit dims of the source first (they carry no atom): fold each into
  // the next dim with atoms (trailing ones into the previous).
  Labels labelsNoUnit;
  {
    SmallVector<ReassociationIndices> re;
    ReassociationIndices pending;
    for (int64_t i = 0; i < srcType.getRank(); ++i) {
      DimLabel lv = atoms.leaves(srcLabels[i]);
      if (lv.empty()) {
        if (srcType.getDimSize(i) != 1)
          return failure();
        pending.push_back(i);
        continue;
      }
      pending.push_back(i);
      re.push_back(pending);
      pending.clear();
      labelsNoUnit.push_back(srcLabels[i]);
    }
    if (!pending.empty() && !re.empty())
      re.back().append(pending.begin(), pending.end());
    if (re.size() != static_cast<size_t>(srcType.getRank())) {
      src = tensor::CollapseShapeOp::create(b, loc, src, re);
      srcType = cast<RankedTensorType>(src.getType());
    }
  }

  // Runs: maximal pieces of a source dim that are consecutive in the target.
  SmallVector<Run> runs;
  SmallVector<ReassociationIndices> expandRe;
  bool needExpand = false;
  for (int64_t i = 0; i < srcType.getRank(); ++i) {
    DimLabel lv = atoms.leaves(labelsNoUnit[i]);
    ReassociationIndices re;
    if (lv.empty()) {
      if (srcType.getDimSize(i) != 1)
        return failure();
      re.push_back(runs.size());
      runs.push_back(Run{});
      expandRe.push_back(re);
      continue;
    }
    Run cur;
    for (int a : lv) {
      auto [g, p] = where[a];
      if (!cur.leaves.empty() && cur.group == g &&
          cur.pos + static_cast<int>(cur.leaves.size()) == p) {
        cur.leaves.push_back(a);
        continue;
      }
      if (!cur.leaves.empty()) {
        re.push_back(runs.size());
        runs.push_back(cur);
      }
      cur = Run{{a}, g, p};
    }
    re.push_back(runs.size());
    runs.push_back(cur);
    if (re.size() > 1)
      needExpand = true;
    expandRe.push_back(re);
  }

  Value cur = src;
  if (needExpand) {
    SmallVector<OpFoldResult> sizes;
    SmallVector<int64_t> shape;
    for (auto [i, re] : llvm::enumerate(expandRe)) {
      for (int64_t r : re) {
        OpFoldResult s;
        if (re.size() == 1) {
          s = tensor::getMixedSize(b, loc, src, i);
        } else {
          FailureOr<OpFoldResult> fs = atomsSize(b, loc, runs[r].leaves, atoms);
          if (failed(fs))
            return failure();
          s = *fs;
        }
        sizes.push_back(s);
        shape.push_back(staticOf(s));
      }
    }
    auto t = RankedTensorType::get(shape, et);
    cur = tensor::ExpandShapeOp::create(b, loc, t, cur, expandRe, sizes);
  }

  // Transpose: runs in target order, unit dims last.
  SmallVector<int64_t> perm(runs.size());
  for (size_t i = 0; i < runs.size(); ++i)
    perm[i] = i;
  llvm::sort(perm, [&](int64_t x, int64_t y) {
    const Run &a = runs[x], &c = runs[y];
    bool ua = a.group < 0, uc = c.group < 0;
    if (ua != uc)
      return uc;
    if (ua || a.pos == c.pos)
      return x < y;
    return a.pos < c.pos;
  });
  bool identity = true;
  for (size_t i = 0; i < perm.size(); ++i)
    identity &= perm[i] == static_cast<int64_t>(i);
  if (!identity) {
    auto ct = cast<RankedTensorType>(cur.getType());
    SmallVector<OpFoldResult> sizes;
    for (int64_t p : perm)
      sizes.push_back(tensor::getMixedSize(b, loc, cur, p));
    Value init = tensor::EmptyOp::create(b, loc, sizes, ct.getElementType());
    cur = linalg::TransposeOp::create(b, loc, cur, init, perm)->getResult(0);
  }
  SmallVector<Run> sorted;
  for (int64_t p : perm)
    sorted.push_back(runs[p]);

  // Collapse runs of one target dim; unit dims go with the last group.
  SmallVector<ReassociationIndices> collapseRe;
  SmallVector<int> groupOf; // target group of each collapsed dim
  for (auto [i, r] : llvm::enumerate(sorted)) {
    if (r.group >= 0 && (groupOf.empty() || groupOf.back() != r.group)) {
      collapseRe.push_back({static_cast<int64_t>(i)});
      groupOf.push_back(r.group);
    } else if (!collapseRe.empty()) {
      collapseRe.back().push_back(i);
    } else {
      // Leading unit dims (no group yet): only when nothing has a group.
      collapseRe.push_back({static_cast<int64_t>(i)});
      groupOf.push_back(-1);
    }
  }
  if (!groupOf.empty() && groupOf.front() == -1) {
    // Everything is a unit dim: collapse to rank 0.
    collapseRe.clear();
    groupOf.clear();
  }
  if (collapseRe.size() != sorted.size())
    cur = tensor::CollapseShapeOp::create(b, loc, cur, collapseRe);

  // Expand to the target rank, inserting unit dims for empty target dims.
  if (groupOf.size() != target.size()) {
    SmallVector<ReassociationIndices> re(groupOf.size());
    SmallVector<int64_t> shape;
    auto ct = cast<RankedTensorType>(cur.getType());
    size_t next = 0;
    for (size_t g = 0; g < target.size(); ++g) {
      if (next < groupOf.size() && groupOf[next] == static_cast<int>(g)) {
        re[next].push_back(g);
        shape.push_back(ct.getDimSize(next));
        ++next;
      } else {
        shape.push_back(1);
        if (!re.empty())
          re[next == 0 ? 0 : next - 1].push_back(g);
      }
    }
    if (next != groupOf.size())
      return failure();
    for (auto &r : re)
      llvm::sort(r);
    auto t = RankedTensorType::get(shape, et);
    cur = tensor::ExpandShapeOp::create(b, loc, t, cur, re);
  }
  return cur;
}

namespace {
/// Records ops created so they can be removed when the rewrite gives up.
/// Records ops created (and tells the rewriter's listener, if any, e.g. a
/// greedy pattern driver).
struct CreatedOps : public RewriterBase::ForwardingListener {
  using ForwardingListener::ForwardingListener;
  SmallVector<Operation *> ops;
  void notifyOperationInserted(Operation *op,
                               OpBuilder::InsertPoint previous) override {
    ops.push_back(op);
    ForwardingListener::notifyOperationInserted(op, previous);
  }
};
} // namespace

LogicalResult mlir::attn::fuse::rewriteAttention(RewriterBase &rewriter,
                                                 AttentionMatch &m,
                                                 AtomTable &atoms,
                                                 std::string &reason) {
  OpBuilder b(m.anchor->getContext());
  CreatedOps created(rewriter.getListener());
  b.setListener(&created);
  b.setInsertionPoint(m.anchor);
  Location loc = m.softmaxOp ? m.softmaxOp->getLoc() : m.anchor->getLoc();
  // Ops created at the insertion point (not inside the regions of other
  // created ops, which go with them), latest first.
  auto topLevel = [&]() {
    llvm::SmallPtrSet<Operation *, 32> all(created.ops.begin(),
                                           created.ops.end());
    SmallVector<Operation *> top;
    for (Operation *op : llvm::reverse(created.ops))
      if (!all.contains(op->getParentOp()))
        top.push_back(op);
    return top;
  };
  auto fail = [&](const std::string &why) {
    for (Operation *op : topLevel()) {
      op->dropAllUses();
      rewriter.eraseOp(op);
    }
    reason = why;
    return failure();
  };

  Labels qT = {m.bGroup, m.hGroup, m.query, m.headDim};
  Labels kT = {m.bGroup, m.kvHGroup, m.key, m.headDim};
  Labels vT = {m.bGroup, m.kvHGroup, m.key, m.valueDim};
  Labels oT = {m.bGroup, m.hGroup, m.query, m.valueDim};
  FailureOr<Value> q =
      materializeLayout(b, loc, m.q.value, m.q.labels, qT, atoms, false);
  if (failed(q))
    return fail("cannot lay out Q as [B, H, Sq, D]");
  FailureOr<Value> k =
      materializeLayout(b, loc, m.k.value, m.k.labels, kT, atoms, false);
  if (failed(k))
    return fail("cannot lay out K as [B, Hkv, Sk, D]");
  FailureOr<Value> v =
      materializeLayout(b, loc, m.v.value, m.v.labels, vT, atoms, false);
  if (failed(v))
    return fail("cannot lay out V as [B, Hkv, Sk, Dv]");
  Value mask;
  if (!m.masks.empty()) {
    Labels mT = {m.bGroup, m.hGroup, m.query, m.key};
    SmallVector<Value> views;
    for (const AttentionMatch::Mask &mk : m.masks) {
      Value src = mk.view.value;
      if (mk.condPred != CmpPred::Unknown) {
        // Compute the i1 condition from the mask tensor.
        auto t = cast<RankedTensorType>(src.getType());
        Type et = t.getElementType();
        SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, src);
        Value init = tensor::EmptyOp::create(b, loc, sizes, b.getI1Type());
        AffineMap id = b.getMultiDimIdentityMap(t.getRank());
        CmpPred pred = mk.condPred;
        double k = mk.condConst;
        bool left = mk.condTensorOnLeft;
        auto g = linalg::GenericOp::create(
            b, loc, TypeRange{init.getType()}, ValueRange{src},
            ValueRange{init}, ArrayRef<AffineMap>{id, id},
            SmallVector<utils::IteratorType>(t.getRank(),
                                             utils::IteratorType::parallel),
            [&](OpBuilder &nb, Location nl, ValueRange args) {
              Value c;
              if (auto ft = dyn_cast<FloatType>(et))
                c = arith::ConstantOp::create(nb, nl, FloatAttr::get(et, k));
              else
                c = arith::ConstantOp::create(
                    nb, nl, IntegerAttr::get(et, static_cast<int64_t>(k)));
              Value lhs = left ? args[0] : c, rhs = left ? c : args[0];
              Value r;
              if (isa<FloatType>(et)) {
                arith::CmpFPredicate p = arith::CmpFPredicate::OEQ;
                switch (pred) {
                case CmpPred::EQ: p = arith::CmpFPredicate::OEQ; break;
                case CmpPred::NE: p = arith::CmpFPredicate::UNE; break;
                case CmpPred::LT: p = arith::CmpFPredicate::OLT; break;
                case CmpPred::LE: p = arith::CmpFPredicate::OLE; break;
                case CmpPred::GT: p = arith::CmpFPredicate::OGT; break;
                case CmpPred::GE: p = arith::CmpFPredicate::OGE; break;
                default: break;
                }
                r = arith::CmpFOp::create(nb, nl, p, lhs, rhs);
              } else {
                r = arith::CmpIOp::create(nb, nl,
                                          pred == CmpPred::EQ
                                              ? arith::CmpIPredicate::eq
                                              : arith::CmpIPredicate::ne,
                                          lhs, rhs);
              }
              linalg::YieldOp::create(nb, nl, r);
            });
        src = g->getResult(0);
      }
      FailureOr<Value> v =
          materializeLayout(b, loc, src, mk.view.labels, mT, atoms, true);
      if (failed(v))
        return fail("cannot lay out the mask as [B|1, H|1, Sq|1, Sk|1]");
      views.push_back(*v);
    }
    bool negate = llvm::any_of(m.masks, [](auto &x) { return x.negate; }) ||
                  (!m.maskIsBool &&
                   llvm::any_of(m.masks, [](auto &x) { return x.isBool; }));
    bool scaled = llvm::any_of(m.masks, [](auto &x) {
      return x.coef != 1.0 || !x.runtime.empty();
    });
    // Runtime factors of the masks, as f32/f16/bf16 scalars usable in the
    // combining op's body.
    SmallVector<SmallVector<std::pair<Value, bool>>> rtScalars;
    for (const AttentionMatch::Mask &mk : m.masks) {
      SmallVector<std::pair<Value, bool>> l;
      for (const RuntimeFactor &f : mk.runtime) {
        Value x = f.value;
        if (auto t = dyn_cast<RankedTensorType>(x.getType())) {
          SmallVector<Value> zeros(t.getRank(),
                                   arith::ConstantIndexOp::create(b, loc, 0));
          x = tensor::ExtractOp::create(b, loc, x, zeros);
        }
        l.push_back({x, f.divide});
      }
      rtScalars.push_back(l);
    }
    if (views.size() == 1 && !negate && !scaled) {
      mask = views.front();
    } else {
      // One elementwise op: the sum of the additive masks, or the and of
      // the keep-masks (negated where false means keep), broadcast to the
      // largest of their shapes.
      Type et = m.maskIsBool ? b.getI1Type() : Type();
      if (!m.maskIsBool) {
        et = Type();
        for (auto [v, mk] : llvm::zip(views, m.masks)) {
          if (mk.isBool)
            continue;
          Type t = getElementTypeOrSelf(v.getType());
          et = !et || et == t ? t : b.getF32Type();
        }
      }
      SmallVector<OpFoldResult> sizes(4, b.getIndexAttr(1));
      for (int64_t d = 0; d < 4; ++d)
        for (Value v : views)
          if (cast<RankedTensorType>(v.getType()).getDimSize(d) != 1) {
            sizes[d] = tensor::getMixedSize(b, loc, v, d);
            break;
          }
      Value init = tensor::EmptyOp::create(b, loc, sizes, et);
      auto outT = cast<RankedTensorType>(init.getType());
      SmallVector<AffineMap> maps;
      for (Value v : views) {
        auto t = cast<RankedTensorType>(v.getType());
        SmallVector<AffineExpr> exprs;
        for (int64_t d = 0; d < 4; ++d)
          exprs.push_back(t.getDimSize(d) == 1 && outT.getDimSize(d) != 1
                              ? b.getAffineConstantExpr(0)
                              : b.getAffineDimExpr(d));
        maps.push_back(AffineMap::get(4, 0, exprs, b.getContext()));
      }
      maps.push_back(b.getMultiDimIdentityMap(4));
      SmallVector<bool> neg, boolIn;
      SmallVector<double> coefs;
      for (const AttentionMatch::Mask &mk : m.masks) {
        neg.push_back(mk.negate);
        boolIn.push_back(mk.isBool);
        coefs.push_back(mk.coef);
      }
      bool isBool = m.maskIsBool;
      auto g = linalg::GenericOp::create(
          b, loc, TypeRange{outT}, views, ValueRange{init}, maps,
          SmallVector<utils::IteratorType>(4, utils::IteratorType::parallel),
          [&](OpBuilder &nb, Location nl, ValueRange args) {
            Value acc;
            for (size_t i = 0; i + 1 < args.size(); ++i) {
              Value x = args[i];
              if (boolIn[i] && neg[i]) {
                Value t =
                    arith::ConstantIntOp::create(nb, nl, nb.getI1Type(), 1);
                x = arith::XOrIOp::create(nb, nl, x, t);
              }
              if (!isBool && boolIn[i]) {
                // A keep-mask among additive masks: 0 where kept, -inf
                // elsewhere.
                auto ft = cast<FloatType>(et);
                Value zero = arith::ConstantOp::create(
                    nb, nl, FloatAttr::get(et, 0.0));
                Value ninf = arith::ConstantOp::create(
                    nb, nl,
                    FloatAttr::get(et, APFloat::getInf(ft.getFloatSemantics(),
                                                       /*Negative=*/true)));
                x = arith::SelectOp::create(nb, nl, x, zero, ninf);
              }
              if (isBool) {
                acc = acc ? arith::AndIOp::create(nb, nl, acc, x).getResult()
                          : x;
              } else {
                if (x.getType() != et)
                  x = arith::ExtFOp::create(nb, nl, et, x);
                if (coefs[i] != 1.0) {
                  Value c = arith::ConstantOp::create(
                      nb, nl, FloatAttr::get(et, coefs[i]));
                  x = arith::MulFOp::create(nb, nl, x, c);
                }
                for (auto [r, divide] : rtScalars[i]) {
                  if (r.getType() != et) {
                    if (!r.getType().isF32())
                      r = arith::ExtFOp::create(nb, nl, nb.getF32Type(), r);
                    if (!et.isF32())
                      r = arith::TruncFOp::create(nb, nl, et, r);
                  }
                  x = divide ? arith::DivFOp::create(nb, nl, x, r).getResult()
                             : arith::MulFOp::create(nb, nl, x, r).getResult();
                }
                acc = acc ? arith::AddFOp::create(nb, nl, acc, x).getResult()
                          : x;
              }
            }
            linalg::YieldOp::create(nb, nl, acc);
          });
      mask = g->getResult(0);
    }
  }

  // Scale.
  FloatAttr scaleAttr;
  Value scaleValue;
  if (m.runtimeScale.empty()) {
    scaleAttr = b.getF32FloatAttr(static_cast<float>(m.scale));
  } else {
    Value s;
    if (static_cast<float>(m.scale) != 1.0f)
      s = arith::ConstantOp::create(
          b, loc, b.getF32FloatAttr(static_cast<float>(m.scale)));
    for (const RuntimeFactor &f : m.runtimeScale) {
      Value x = f.value;
      if (auto t = dyn_cast<RankedTensorType>(x.getType())) {
        // An all-unit tensor holding the scalar.
        SmallVector<Value> zeros(t.getRank(),
                                 arith::ConstantIndexOp::create(b, loc, 0));
        x = tensor::ExtractOp::create(b, loc, x, zeros);
      }
      if (!x.getType().isF32())
        x = arith::ExtFOp::create(b, loc, b.getF32Type(), x);
      if (f.divide) {
        if (!s)
          s = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(1.0f));
        s = arith::DivFOp::create(b, loc, s, x);
      } else {
        s = s ? arith::MulFOp::create(b, loc, s, x).getResult() : x;
      }
    }
    scaleValue = s;
  }

  SmallVector<OpFoldResult> initSizes = {
      tensor::getMixedSize(b, loc, *q, 0), tensor::getMixedSize(b, loc, *q, 1),
      tensor::getMixedSize(b, loc, *q, 2), tensor::getMixedSize(b, loc, *v, 3)};
  Value init = tensor::EmptyOp::create(b, loc, initSizes, m.outElemType);
  auto fa = FlashAttentionOp::create(
      b, loc, init.getType(), *q, *k, *v, mask, scaleValue, init, scaleAttr,
      CausalModeAttr::get(b.getContext(), m.causal),
      m.maskFill ? b.getF32FloatAttr(static_cast<float>(*m.maskFill))
                 : FloatAttr(),
      EmptyRowsAttr::get(b.getContext(), m.emptyRows),
      m.logitRounding ? TypeAttr::get(m.logitRounding) : TypeAttr());
  {
    // Verify quietly: a failure is reported as the candidate's remark.
    std::string msg;
    ScopedDiagnosticHandler quiet(b.getContext(), [&](Diagnostic &d) {
      if (msg.empty())
        msg = d.str();
      return success();
    });
    if (failed(mlir::verify(fa, /*verifyRecursively=*/false)))
      return fail("the fused op would not verify (" + msg + ")");
  }

  FailureOr<Value> out = materializeLayout(b, loc, fa.getResult(), oT,
                                           m.outLabels, atoms, false);
  if (failed(out))
    return fail("cannot lay the result out as the second contraction's");
  Value result = *out;
  if (result.getType() != m.replaced.getType()) {
    if (!tensor::CastOp::areCastCompatible(result.getType(),
                                           m.replaced.getType()))
      return fail("the fused result type does not match");
    result = tensor::CastOp::create(b, loc, m.replaced.getType(), result);
  }
  b.setListener(nullptr);
  rewriter.replaceAllUsesWith(m.replaced, result);
  // Drop what the views did not need (constants, dims of static sizes),
  // then fold the views' reshape chains (collapse of collapse, expand of
  // collapse, dims of reshapes) among the ops created here.
  SmallVector<Operation *> alive;
  for (Operation *op : topLevel()) {
    if (op->use_empty() && isOpTriviallyDead(op))
      rewriter.eraseOp(op);
    else
      alive.push_back(op);
  }
  // Under a pattern driver, leave folding to it.
  if (rewriter.getListener())
    return success();
  MLIRContext *ctx = m.anchor->getContext();
  RewritePatternSet patterns(ctx);
  tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::DimOp::getCanonicalizationPatterns(patterns, ctx);
  GreedyRewriteConfig config;
  config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
  (void)applyOpPatternsGreedily(alive, std::move(patterns), config);

  // Hoist the result views' size computations and empty tensors above the
  // fused op when their operands allow it: the op's destination-passing
  // lowering can then see every shape before the op.
  // Only the ops between fa and the anchor are looked at (everything this
  // rewrite created after fa, and their folds, sits there): walking to the
  // end of the block, or asking isBeforeInBlock after each move (which
  // renumbers the block), would make fusion quadratic in the number of
  // blocks per function.
  Block *blk = fa->getBlock();
  llvm::SmallPtrSet<Operation *, 16> stayed; // after fa, not hoisted
  for (Operation *op = fa->getNextNode(); op && op != m.anchor;) {
    Operation *next = op->getNextNode();
    if (isa<tensor::EmptyOp, tensor::DimOp, arith::ConstantOp>(op) &&
        op->getNumRegions() == 0 &&
        llvm::all_of(op->getOperands(), [&](Value v) {
          // Block arguments, values of enclosing blocks and of ops before
          // fa dominate fa; in this block, an operand of op is defined
          // before op: before fa unless it is fa or one of the ops after it
          // that stayed.
          Operation *d = v.getDefiningOp();
          return !d || d->getBlock() != blk ||
                 (d != fa.getOperation() && !stayed.contains(d));
        }))
      op->moveBefore(fa);
    else
      stayed.insert(op);
    op = next;
  }
  return success();
}
