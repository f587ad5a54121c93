//===- PackedQueryGroups.cpp - a KV head's query heads as query rows ------===//

#include "PackedQueryGroups.h"

namespace attnrt {

bool packQueryGroups(const attnk_problem &k, attnk_problem *packed,
                     std::string *whyNot) {
  auto no = [&](const char *why) {
    if (whyNot)
      *whyNot = why;
    return false;
  };
  if (k.seq_q != 1)
    return no("not one query row (packed rows of a group would mix query "
              "positions)");
  if (k.heads_kv < 1 || k.heads_q % k.heads_kv != 0)
    return no("query heads not a multiple of KV heads");
  const int64_t g = k.heads_q / k.heads_kv;
  if (g < 2)
    return no("one query head per KV head (nothing to pack)");
  if (k.causal == ATTNRT_CAUSAL_TOP_LEFT)
    return no("top-left causal with one query row sees key 0 only (packed "
              "rows would see keys 0..row)");
  if (k.causal != ATTNRT_CAUSAL_NONE && k.causal != ATTNRT_CAUSAL_BOTTOM_RIGHT)
    return no("unknown causal mode");
  if (k.mask.data && k.mask.strides[1] != 0)
    return no("the mask varies across query heads (head stride not 0)");

  attnk_problem p = k;
  p.heads_q = k.heads_kv;
  p.seq_q = g;
  // Bottom-right at Sq == 1: row 0 sees keys j <= 0 + Sk - 1, all of them.
  p.causal = ATTNRT_CAUSAL_NONE;
  // Rows r of packed head kvh: query head kvh * g + r.
  auto pack = [g](attnk_tensor &t) {
    const int64_t sh = t.strides[1];
    t.strides[1] = g * sh;
    t.strides[2] = sh;
  };
  pack(p.q);
  pack(p.o);
  if (p.lse.data)
    pack(p.lse);
  if (p.mask.data)
    pack(p.mask); // head stride 0: every packed row reads the same mask row
  *packed = p;
  return true;
}

} // namespace attnrt
