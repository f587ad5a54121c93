//===- Labels.cpp - logical dimensions tracked through attention ----------===//

#include "View/Labels.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::attn::fuse;

const char *mlir::attn::fuse::roleName(Role r) {
  switch (r) {
  case Role::Batch:
    return "batch/head";
  case Role::Query:
    return "query";
  case Role::Key:
    return "key";
  case Role::HeadDim:
    return "head-dim";
  case Role::ValueDim:
    return "value-dim";
  }
  return "?";
}

int AtomTable::create(int64_t size, Role role, Value src, int64_t dim) {
  Atom a;
  a.size = size;
  a.role = role;
  a.sizeSource = src;
  a.sizeDim = dim;
  atoms.push_back(a);
  return static_cast<int>(atoms.size()) - 1;
}

void AtomTable::collectLeaves(int id, DimLabel &out) const {
  const Atom &a = atoms[id];
  if (a.children.empty()) {
    if (a.size != 1)
      out.push_back(id);
    return;
  }
  for (int c : a.children)
    collectLeaves(c, out);
}

DimLabel AtomTable::leaves(const DimLabel &label) const {
  DimLabel out;
  for (int id : label)
    collectLeaves(id, out);
  return out;
}

DimLabel AtomTable::allLeaves(const Labels &labels) const {
  DimLabel out;
  for (const DimLabel &l : labels)
    for (int id : l)
      collectLeaves(id, out);
  return out;
}

bool AtomTable::sameLeaves(const Labels &a, const Labels &b) const {
  if (a.size() != b.size())
    return false;
  for (auto [x, y] : llvm::zip(a, b))
    if (!sameLeaves(x, y))
      return false;
  return true;
}

int64_t AtomTable::staticSize(const DimLabel &label) const {
  int64_t p = 1;
  for (int id : leaves(label)) {
    if (ShapedType::isDynamic(atoms[id].size))
      return ShapedType::kDynamic;
    p *= atoms[id].size;
  }
  return p;
}

FailureOr<Labels> AtomTable::split(const DimLabel &label,
                                   ArrayRef<int64_t> sizes, Value src,
                                   int64_t firstDim) {
  DimLabel lv = leaves(label);
  Labels out(sizes.size());
  // Zero-size dims carry no layout to prove (and would divide by zero).
  for (int64_t sz : sizes)
    if (sz == 0)
      return failure();
  for (int id : lv)
    if (atoms[id].size == 0)
      return failure();
  SmallVector<size_t> nonUnit;
  for (size_t j = 0; j < sizes.size(); ++j)
    if (sizes[j] != 1)
      nonUnit.push_back(j);
  if (nonUnit.empty()) {
    if (lv.empty())
      return out;
    return failure();
  }
  if (lv.empty())
    return failure();

  // One atom per non-unit dim: sizes must agree, with at most one position
  // not known statically (the product of a dim's atoms is the dim's size, so
  // it is then forced).
  if (lv.size() == nonUnit.size()) {
    int unknown = 0;
    bool ok = true;
    for (size_t i = 0; i < lv.size(); ++i) {
      int64_t a = atoms[lv[i]].size, s = sizes[nonUnit[i]];
      if (ShapedType::isDynamic(a) || ShapedType::isDynamic(s))
        ++unknown;
      else if (a != s)
        ok = false;
    }
    if (ok && unknown <= 1) {
      for (size_t i = 0; i < lv.size(); ++i)
        out[nonUnit[i]].push_back(lv[i]);
      return out;
    }
    if (ok)
      return failure();
  }

  // A single atom spread over several dims: refine it.
  if (lv.size() == 1) {
    int parent = lv[0];
    int64_t psize = atoms[parent].size;
    bool allStatic = llvm::all_of(nonUnit, [&](size_t j) {
      return !ShapedType::isDynamic(sizes[j]);
    });
    if (allStatic && !ShapedType::isDynamic(psize)) {
      int64_t p = 1;
      for (size_t j : nonUnit)
        p *= sizes[j];
      if (p != psize)
        return failure();
    }
    SmallVector<int, 2> children;
    for (size_t j : nonUnit) {
      int c = create(sizes[j], atoms[parent].role, src,
                     firstDim + static_cast<int64_t>(j));
      atoms[c].parent = parent;
      children.push_back(c);
      out[j].push_back(c);
    }
    atoms[parent].children = children;
    return out;
  }

  // General case: fill the dims with static sizes from the left and from the
  // right with whole atoms (refining an atom when a dim ends inside it); at
  // most one dim may remain in the middle, which takes the remaining atoms
  // (its size is then forced: the product of a label is its dim's size).
  SmallVector<int> queue(lv.begin(), lv.end());
  auto fill = [&](size_t j, bool fromLeft, size_t &lo, size_t &hi) -> bool {
    int64_t need = sizes[j];
    while (need > 1) {
      if (lo >= hi)
        return false;
      size_t at = fromLeft ? lo : hi - 1;
      int id = queue[at];
      int64_t a = atoms[id].size;
      if (ShapedType::isDynamic(a))
        return false;
      if (need % a == 0) {
        if (fromLeft) {
          out[j].push_back(id);
          ++lo;
        } else {
          out[j].insert(out[j].begin(), id);
          --hi;
        }
        need /= a;
        continue;
      }
      if (a % need == 0) {
        // Refine: the outer part goes left, the inner part right.
        int64_t outer = fromLeft ? need : a / need;
        int c0 = create(outer, atoms[id].role, fromLeft ? src : Value(),
                        fromLeft ? firstDim + static_cast<int64_t>(j) : -1);
        int c1 = create(a / outer, atoms[id].role,
                        fromLeft ? Value() : src,
                        fromLeft ? -1 : firstDim + static_cast<int64_t>(j));
        atoms[c0].parent = id;
        atoms[c1].parent = id;
        atoms[id].children = {c0, c1};
        if (fromLeft) {
          out[j].push_back(c0);
          queue[at] = c1;
        } else {
          out[j].insert(out[j].begin(), c1);
          queue[at] = c0;
        }
        need = 1;
        continue;
      }
      return false;
    }
    return true;
  };
  size_t lo = 0, hi = queue.size();
  size_t jl = 0, jr = nonUnit.size();
  while (jl < jr && !ShapedType::isDynamic(sizes[nonUnit[jl]])) {
    if (!fill(nonUnit[jl], true, lo, hi))
      return failure();
    ++jl;
  }
  while (jr > jl && !ShapedType::isDynamic(sizes[nonUnit[jr - 1]])) {
    if (!fill(nonUnit[jr - 1], false, lo, hi))
      return failure();
    --jr;
  }
  if (jr - jl > 1)
    return failure();
  if (jr - jl == 1) {
    if (lo >= hi)
      return failure();
    for (size_t i = lo; i < hi; ++i)
      out[nonUnit[jl]].push_back(queue[i]);
    return out;
  }
  if (lo != hi)
    return failure();
  return out;
}

std::string AtomTable::describe(const DimLabel &label) const {
  DimLabel lv = leaves(label);
  if (lv.empty())
    return "a unit axis";
  std::string s;
  for (size_t i = 0; i < lv.size(); ++i) {
    if (i)
      s += "x";
    s += roleName(atoms[lv[i]].role);
  }
  return s + " axis";
}
