//===- PackedQueryGroups.h - a KV head's query heads as query rows -*- C++ -*-===//
//
// Decode with many query heads per KV head (MQA, large GQA groups) as one
// block of query rows per KV head, for a row-tiled kernel whose query rows
// then share every K/V tile (FlashAttention-3 calls this PackGQA). For one
// query row (Sq == 1), query head h = kvh * g + r (g = Hq / Hkv) of
// Q [B, Hq, 1, D] with strides (sB, sH, -, sD) is row r of
// Q' [B, Hkv, g, D] with strides (sB, g sH, sH, sD); O and lse likewise; K
// and V are unchanged. No copy is made: the packed problem is a strided view
// of the same memory.
//
// Exact (every packed row computes what its query head computes) where:
//  - Sq == 1 (with more query positions the rows of a group would mix
//    positions, and a causal mode or mask that varies along them);
//  - causal: none, or bottom-right (at Sq == 1 it hides nothing: row 0 sees
//    keys j <= Sk - 1; packed without causal mode). Top-left at Sq == 1 sees
//    key 0 only, which packed rows 0..g-1 would not: refused;
//  - a mask, if any, does not vary across the query heads (head stride 0),
//    so that the packed rows' mask is a row broadcast of the same values.
// Whether a kernel runs the packed problem is the kernel's own question.
//
//===----------------------------------------------------------------------===//

#ifndef ATTNRT_LIB_RUNTIME_BACKENDS_PACKEDQUERYGROUPS_H
#define ATTNRT_LIB_RUNTIME_BACKENDS_PACKEDQUERYGROUPS_H

#include "attn_kernels.h"

#include <string>

namespace attnrt {

/// The packed view of `k` in *packed, or false with a one-line reason in
/// *whyNot (when non-null).
bool packQueryGroups(const attnk_problem &k, attnk_problem *packed,
                     std::string *whyNot);

} // namespace attnrt

#endif // ATTNRT_LIB_RUNTIME_BACKENDS_PACKEDQUERYGROUPS_H
