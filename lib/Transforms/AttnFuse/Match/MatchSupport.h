//===- MatchSupport.h - small helpers shared by the match steps -*- C++ -*-===//

#ifndef ATTN_LIB_TRANSFORMS_MATCHSUPPORT_H
#define ATTN_LIB_TRANSFORMS_MATCHSUPPORT_H

#include "View/SemanticView.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace mlir {
namespace attn {
namespace fuse {

/// Tensor dim of `map` that reads loop `l`, or -1.
inline int64_t dimOfLoop(AffineMap map, unsigned l) {
  for (auto [i, e] : llvm::enumerate(map.getResults()))
    if (auto d = dyn_cast<AffineDimExpr>(e); d && d.getPosition() == l)
      return static_cast<int64_t>(i);
  return -1;
}

inline Labels labelsFromMap(AffineMap map, ArrayRef<DimLabel> loopLabels) {
  Labels out;
  for (AffineExpr e : map.getResults())
    out.push_back(loopLabels[cast<AffineDimExpr>(e).getPosition()]);
  return out;
}

inline std::string typeStr(Type t) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << t;
  return s;
}

inline bool isAttnFloat(Type t) { return t.isF32() || t.isF16() || t.isBF16(); }

inline bool containsAll(const DimLabel &set, const DimLabel &items) {
  return llvm::all_of(items, [&](int a) { return llvm::is_contained(set, a); });
}
inline bool containsAny(const DimLabel &set, const DimLabel &items) {
  return llvm::any_of(items, [&](int a) { return llvm::is_contained(set, a); });
}

inline CmpPred negate(CmpPred p) {
  switch (p) {
  case CmpPred::LT:
    return CmpPred::GE;
  case CmpPred::LE:
    return CmpPred::GT;
  case CmpPred::GT:
    return CmpPred::LE;
  case CmpPred::GE:
    return CmpPred::LT;
  case CmpPred::EQ:
    return CmpPred::NE;
  case CmpPred::NE:
    return CmpPred::EQ;
  default:
    return CmpPred::Unknown;
  }
}

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_MATCHSUPPORT_H
