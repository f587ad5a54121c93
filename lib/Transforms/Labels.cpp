//===- Labels.cpp - logical dimensions tracked through attention ----------===//

#include "Labels.h"

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

  // General case, static sizes only: fill each dim with whole atoms, refining
  // an atom when a dim ends inside it.
  for (int id : lv)
    if (ShapedType::isDynamic(atoms[id].size))
      return failure();
  for (size_t j : nonUnit)
    if (ShapedType::isDynamic(sizes[j]))
      return failure();
  size_t i = 0;
  SmallVector<int> queue(lv.begin(), lv.end());
  for (size_t j : nonUnit) {
    int64_t need = sizes[j];
    while (need > 1) {
      if (i >= queue.size())
        return failure();
      int id = queue[i];
      int64_t a = atoms[id].size;
      if (need % a == 0) {
        out[j].push_back(id);
        need /= a;
        ++i;
        continue;
      }
      if (a % need == 0) {
        int c0 = create(need, atoms[id].role, src,
                        firstDim + static_cast<int64_t>(j));
        int c1 = create(a / need, atoms[id].role, Value(), -1);
        atoms[c0].parent = id;
        atoms[c1].parent = id;
        atoms[id].children = {c0, c1};
        out[j].push_back(c0);
        queue[i] = c1;
        need = 1;
        continue;
      }
      return failure();
    }
  }
  if (i != queue.size())
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
