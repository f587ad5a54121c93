#!/usr/bin/env python3
"""The semantic classes of issue 10 for the differential generator.

attn_gen.py spells attention in many ways; this module spells the program
SEMANTICS that a fusion must preserve exactly, each as a positive case
(attention: must fuse, or is gated in KNOWN_GAPS.md) and as near misses
(look like attention, are not: must never fuse), with sizes and inputs chosen
so that a wrong fusion SHOWS in the numbers:

- K/V head reads `h floordiv G` / `h mod M` whose divisor does or does not
  match the real head counts; masks and Q / K rows read with `floordiv 2`;
- causal compares on `linalg.index` values: signed / unsigned, after
  `index_cast` to i64 / i32 / i16 / i8 (sizes where i8 / i16 wrap), after
  `sitofp` to f32 / f16 / bf16 (sizes where f16 / bf16 round), `(j - i) <u 1`,
  bottom-right offsets that are negative (Sq > Sk) compared unsigned, static
  and from `tensor.dim`; with dynamic dims, casts to i32 / f32 and unsigned
  bottom-right compares (unproven for sizes the program does not bound: a
  near miss that only the fusion count can catch, the numbers agree at every
  size that runs);
- boolean masks with fully masked rows and fills -inf, -1e4 and
  -3.4028235e38 (finfo.min), additive masks built by `where(m, 0, fill)`, rows
  whose visible logits lie below a finite fill;
- PyTorch's safe softmax `select(all(S == -inf), 0, P)` (and its wrong-axis
  twin), the exporters' `select(P != P, 0, P)`, and the near misses
  `select(P one P, 0, P)` (ordered: never true) and
  `select(all(S == -inf), 0.5, P)`, with fully masked -inf rows; a
  boolean mask with a finite fill beside a causal select filling -inf
  (`fill_mixed`: the op has one fill);
- zero-size dims (static and dynamic), runtime scales that are NaN / +-inf /
  0 under division;
- torch-mlir's two-result row max (max + dead argmax) and its twin whose argmax
  is used;
- logits computed in f16 / bf16 as HF eager attention does (the f32 scores
  truncated, scaled and masked by where(keep, 0, finfo.min) in the narrow
  type, then extended for an f32 softmax: the op's logit_rounding), with
  scores large enough that s + finfo(f16).min rounds to -65504, -65472, ...
  or -inf in fully masked rows; near misses that scale after the mask add
  (in f16, or in f32 after the extension), which give other numbers in
  exactly those rows.

Every program has one block, spelled with linalg.generic ops on [B, H, S, D]
tensors (the spelling attn_gen.py covers otherwise).  The block's record (the
ATTN-GEN header's "blocks"[0], "kind": "sem") is all that attn_ref.py needs to
recompute, in double precision with the program's own f32 / index / cast
semantics, what @main prints (utils/attn_ref.py sem_ref).
"""

import math
import random

import attn_ref
from attn_gen import (Emitter, Fn, Val, BlockEmitter, amap, ident, emit_body_cast,
                      emit_main, static_ty, seed_for)

# class -> (role, weight).  role: "pos" (attention: must fuse unless gated),
# "nm" (near miss: must not fuse), "opt" (attention of a permuted operand:
# fusion optional, the numbers must agree).
CLASSES = {
    "gqa_floordiv": ("pos", 3),
    "kv_mod_identity": ("pos", 1),
    "kv_mod_tile": ("opt", 1),
    "gqa_floordiv_count": ("nm", 3),
    "gqa_mod_count": ("nm", 3),
    "mask_key_floordiv": ("nm", 2),
    "mask_query_floordiv": ("nm", 2),
    "q_row_floordiv": ("nm", 1),
    "k_row_floordiv": ("nm", 1),
    "causal_exact": ("pos", 6),
    "causal_i8_wrap": ("nm", 3),
    "causal_i16_wrap": ("nm", 1),
    "causal_bf16_round": ("nm", 2),
    "causal_f16_round": ("nm", 1),
    "causal_sub_ult1": ("nm", 2),
    "br_unsigned_negative": ("nm", 2),
    "causal_unproven_dynamic": ("nm", 1),
    "br_dynamic_signed": ("pos", 2),
    "br_dynamic_unsigned": ("nm", 2),
    "mask_fill_rows": ("pos", 5),
    "fill_below_logits": ("pos", 2),
    "where_min_mask": ("pos", 3),
    "safe_wrong_axis": ("nm", 2),
    "zero_dim": ("pos", 3),
    "scale_nonfinite": ("pos", 3),
    "max_two_result": ("pos", 3),
    "max_argmax_used": ("nm", 2),
}
# Classes added after seeds were recorded (KNOWN_GAPS.md, the lit tests):
# drawn from a stream of their own (narrow_pick) so that every other seed
# still builds the program it built before.
LATE_CLASSES = {
    "narrow_logits": ("pos", 4),
    "narrow_logits_order": ("nm", 2),
    "narrow_logits_scale_after": ("nm", 2),
}
# Classes added after LATE_CLASSES (issue 10 item 6: the safe-softmax
# selects' near misses): drawn from a third stream (late2_pick), so that
# every seed whose class they do not take builds the program it built before.
LATE2_CLASSES = {
    # select(P one P, 0, P): an ORDERED `!=` of P with itself is never true,
    # so the program is a plain softmax (NaN rows), not the exporters' safe
    # one (zeros)
    "safe_nan_ordered": ("nm", 2),
    # select(all(S == -inf), 0.5, P): a fully masked row becomes the sum of
    # V rows times 0.5, not zeros
    "safe_select_nonzero": ("nm", 2),
    # a boolean mask that fills a finite value (-1e4 or finfo.min) and a
    # causal select that fills -inf: the op has one mask_fill; a fully
    # masked row is the mean of V over its causally visible keys
    "fill_mixed": ("nm", 2),
}
# The narrow-logit classes: which steps the program takes (attn_ref.py
# sem_out mirrors them).
NARROW_STEPS = {"narrow_logits": "exact", "narrow_logits_order": "order",
                "narrow_logits_scale_after": "scale_f32_after"}
# finfo(T).min, the mask value HF adds.
FINFO_MIN = {"f16": -65504.0, "bf16": -3.3895313892515355e38}
NEAR_MISS_CLASSES = [c for c, (r, _) in CLASSES.items() if r == "nm"]
CLASSES.update(LATE_CLASSES)
NEAR_MISS_CLASSES += [c for c, (r, _) in LATE_CLASSES.items() if r == "nm"]
CLASSES.update(LATE2_CLASSES)
NEAR_MISS_CLASSES += [c for c, (r, _) in LATE2_CLASSES.items() if r == "nm"]

# Causal spellings exact for every index the (small, static) shapes allow.
EXACT_CAUSAL = ["sle", "ule", "sge_sub", "cast_i64_sle", "cast_i32_sle", "cast_i8_sle",
                "cast_i8_ule", "cast_i16_sle", "fp_f32", "fp_f16", "fp_bf16"]
FILLS = {"-inf": -math.inf, "-1e4": -1e4, "finfo_min": -3.4028235e38}
NEG_INF = -math.inf


def late_pick(g, cls):
    """The class after the late classes had their chance (LATE_CLASSES): a
    draw from a generator seeded by the seed alone, so the main stream (and
    the program of every seed that keeps its class) is unchanged."""
    if "sem" in g.force:
        return cls
    side = random.Random("late-classes-%d" % g.seed)
    early = sum(w for c, (_, w) in CLASSES.items()
                if c not in LATE_CLASSES and c not in LATE2_CLASSES)
    late = sum(w for _, w in LATE_CLASSES.values())
    if side.random() * (early + late) >= late:
        return cls
    late_cls = side.choices(list(LATE_CLASSES), [w for _, w in LATE_CLASSES.values()])[0]
    g.tags[g.tags.index("sem=%s" % cls)] = "sem=%s" % late_cls
    return late_cls


def late2_pick(g, cls):
    """The class after LATE2_CLASSES had their chance: like late_pick, from
    a stream of its own (the earlier classes' weights, LATE_CLASSES
    included, against LATE2_CLASSES')."""
    if "sem" in g.force:
        return cls
    side = random.Random("late2-classes-%d" % g.seed)
    early = sum(w for c, (_, w) in CLASSES.items() if c not in LATE2_CLASSES)
    late = sum(w for _, w in LATE2_CLASSES.values())
    if side.random() * (early + late) >= late:
        return cls
    late_cls = side.choices(list(LATE2_CLASSES), [w for _, w in LATE2_CLASSES.values()])[0]
    g.tags[g.tags.index("sem=%s" % cls)] = "sem=%s" % late_cls
    return late_cls


def instance_role(p):
    """The class's role, except that a mask read with `floordiv 2` along an
    axis of even length S reads a dim of S / 2 with every value once per pair
    (`j floordiv 2` is then the outer part of the axis, a repeated mask the
    op can take once materialized): fusion is optional there and the numbers
    must agree; with S odd the read is no part of the axis (a near miss)."""
    role = CLASSES[p["sem"]][0]
    axis = {"mask_key_floordiv": "Sk", "mask_query_floordiv": "Sq"}.get(p["sem"])
    if axis and p[axis] % 2 == 0:
        return "opt"
    return role


def choose(g, small):
    early = [c for c in CLASSES if c not in LATE_CLASSES and c not in LATE2_CLASSES]
    cls = g.pick("sem", early if "sem" not in g.force else list(CLASSES),
                 [CLASSES[c][1] for c in (early if "sem" not in g.force else CLASSES)])
    cls = late2_pick(g, late_pick(g, cls))
    role = CLASSES[cls][0]
    p = {"kind": "sem", "sem": cls, "family": "linalg", "layout": "4d",
         "nm": cls if role == "nm" else None, "twin": cls if role == "opt" else None}
    p["et"] = g.pick("sem.dtype", ["f32", "f16", "bf16"], [3, 2, 1])
    p["out_f32"] = p["et"] != "f32" and g.flag("sem.out_f32", 0.3)
    S = [1, 2, 3, 5, 8, 17] if small else [1, 2, 3, 5, 8, 17, 33, 64]
    Dc = [4, 8, 16] if small else [4, 8, 16, 40, 64]
    B, H = g.rng.choice([1, 2]), g.rng.choice([1, 2, 4])
    Sq, Sk, D = g.rng.choice(S), g.rng.choice(S), g.rng.choice(Dc)
    Dv = D if g.rng.random() < 0.7 else g.rng.choice(Dc)
    p.update(B=B, H=H, Hkv=H, Sq=Sq, Sk=Sk, D=D, Dv=Dv)
    p["kvh"] = ["id"]          # K/V head read: ["id"], ["floordiv", G], ["mod", M]
    p["qrow"] = p["krow"] = "id"  # or "floordiv2"
    p["mask"] = None           # {"kind": "bool"|"add"|"where", "shape", "read", "gen"...}
    p["causal"] = None         # {"mode", "sp", "dyn_off"}
    p["fill"] = g.pick("sem.fill", list(FILLS), [2, 1, 1])
    p["max"] = g.pick("sem.max", ["maximumf", "maxnumf"])
    p["safe"] = None           # "all_key" | "all_query" | "nan_select" | near misses: "nan_ordered", "all_key_half"
    p["argmax"] = None         # "dead" | "used"
    p["scale"] = {"mode": "const", "op": g.pick("sem.scale_op", ["mul", "div"], [3, 1]),
                  "value": g.rng.choice([0.125, 0.5, 1.0 / math.sqrt(D)])}
    p["dyn"] = []

    def safe_choice(w_none=2):
        return g.pick("sem.safe", [None, "all_key", "nan_select"], [w_none, 1, 1])

    def pick_gqa():
        H = g.rng.choice([2, 4, 6])
        return H, g.rng.choice([h for h in (1, 2, 3) if H % h == 0 and h < H])

    if cls == "gqa_floordiv":
        H, Hkv = pick_gqa()
        p.update(H=H, Hkv=Hkv, kvh=["floordiv", H // Hkv])
    elif cls == "kv_mod_identity":
        H = g.rng.choice([2, 4])
        p.update(H=H, Hkv=H, kvh=["mod", H])
    elif cls == "kv_mod_tile":
        # h mod Hkv with H = G * Hkv: the heads of a tiled (not interleaved)
        # K/V: attention with another head order; fusing needs that order
        H, Hkv = g.rng.choice([(4, 2), (6, 2), (6, 3)])
        p.update(H=H, Hkv=Hkv, kvh=["mod", Hkv])
    elif cls == "gqa_floordiv_count":
        # h floordiv G' in bounds, but H / G' != Hkv: the heads are read with
        # another grouping than the real one (H % Hkv == 0: the standard
        # grouping is defined, so the wrong one differs from it)
        H, Gw, Hkv = g.rng.choice([(4, 2, 4), (6, 3, 3), (4, 4, 2), (2, 2, 2), (6, 2, 6),
                                   (4, 2, 4)])
        p.update(H=H, Hkv=Hkv, kvh=["floordiv", Gw])
    elif cls == "gqa_mod_count":
        H, M, Hkv = g.rng.choice([(4, 2, 4), (6, 3, 6), (4, 2, 2 * 2), (6, 2, 3), (4, 1, 4)])
        if M == 1:
            M = 2
        p.update(H=H, Hkv=Hkv, kvh=["mod", M])
    elif cls in ("mask_key_floordiv", "mask_query_floordiv"):
        p["Sk"], p["Sq"] = max(Sk, 3), max(Sq, 3)
        kind = g.pick("sem.mask_kind", ["bool", "add"])
        axis = "key" if cls == "mask_key_floordiv" else "query"
        p["mask"] = {"kind": kind, "shape": g.pick("sem.mask_shape", ["SqSk", "B1SqSk"]),
                     "floordiv": axis, "gen": "bool" if kind == "bool" else "hash"}
        p["fill"] = "-1e4" if kind == "bool" else p["fill"]
    elif cls == "q_row_floordiv":
        p["Sq"] = max(Sq, 3)
        p["qrow"] = "floordiv2"
    elif cls == "k_row_floordiv":
        p["Sk"] = max(Sk, 3) | 1  # odd: pairs of equal keys do not cancel out
        p["krow"] = "floordiv2"
    elif cls == "causal_exact":
        sp = g.pick("sem.causal_sp", EXACT_CAUSAL)
        mode = g.pick("sem.causal_mode", ["top_left", "bottom_right"], [2, 1])
        p["causal"] = {"mode": mode, "sp": sp, "dyn_off": False}
        if mode == "bottom_right" and sp in ("ule", "cast_i8_ule") and p["Sq"] > p["Sk"]:
            p["Sq"], p["Sk"] = p["Sk"], p["Sq"]  # a negative offset compared unsigned wraps
        if mode == "bottom_right" and p["Sq"] > p["Sk"] and p["fill"] == "-inf":
            p["safe"] = safe_choice()  # rows with no visible key
    elif cls == "causal_i8_wrap":
        sp = g.pick("sem.causal_sp", ["cast_i8_sle", "cast_i8_ule"])
        # indices >= 128 (sle) / >= 256 (ule) wrap: keys j >= 128 (256) pass
        # `j <= i` for the first rows
        lo = 128 if sp == "cast_i8_sle" else 256
        p.update(B=1, H=1, Sq=g.rng.choice([2, 3, 4]), Sk=lo + g.rng.choice([2, 5, 9]),
                 D=4, Dv=4)
        p["causal"] = {"mode": "top_left", "sp": sp, "dyn_off": False}
        if g.flag("sem.dynamic", 0.3):
            p["dyn"] = ["Sk"]
    elif cls == "causal_i16_wrap":
        p.update(B=1, H=1, Sq=2, Sk=32768 + g.rng.choice([3, 8]), D=2, Dv=2)
        p["causal"] = {"mode": "top_left", "sp": "cast_i16_sle", "dyn_off": False}
        if g.flag("sem.dynamic", 0.5):
            p["dyn"] = ["Sk"]
    elif cls == "causal_bf16_round":
        n = 256 + g.rng.choice([3, 5, 8])
        p.update(B=1, H=1, Sq=n, Sk=n, D=2, Dv=2)
        p["causal"] = {"mode": "top_left", "sp": "fp_bf16", "dyn_off": False}
        if g.flag("sem.dynamic", 0.3):
            p["dyn"] = ["Sq", "Sk"]
    elif cls == "causal_f16_round":
        # bottom-right: i + (Sk - Sq) > 2048 rounds in f16
        p.update(B=1, H=1, Sq=4, Sk=2049 + g.rng.choice([4, 6]), D=2, Dv=2)
        p["causal"] = {"mode": "bottom_right", "sp": "fp_f16", "dyn_off": False}
    elif cls == "causal_sub_ult1":
        p["Sq"] = max(Sq, 2)
        p["Sk"] = max(Sk, 2)
        mode = g.pick("sem.causal_mode", ["top_left", "bottom_right"], [2, 1])
        if mode == "bottom_right" and p["Sq"] > p["Sk"]:
            p["Sq"], p["Sk"] = p["Sk"], p["Sq"]
        p["causal"] = {"mode": mode, "sp": "ult_sub1", "dyn_off": False}
    elif cls == "br_unsigned_negative":
        # static bottom-right with Sq > Sk compared unsigned: i + (Sk - Sq)
        # wraps for the first Sq - Sk rows, which then see every key
        p["Sk"] = g.rng.choice([1, 2, 3, 5])
        p["Sq"] = p["Sk"] + g.rng.choice([1, 2, 4])
        p["causal"] = {"mode": "bottom_right", "sp": "ule", "dyn_off": False}
    elif cls == "causal_unproven_dynamic":
        # dynamic Sq / Sk: a compare after index_cast to i32, after sitofp to
        # f32, or unsigned on a bottom-right offset from tensor.dim is exact
        # only for sizes the program does not bound (>= 2^31, >= 2^24, Sq > Sk),
        # so it must be refused; at the sizes run here the numbers agree: only
        # the fusion count catches a wrong fusion of this class
        sp = g.pick("sem.causal_sp", ["cast_i32_sle", "fp_f32", "ule"])
        mode = "bottom_right" if sp == "ule" else g.pick("sem.causal_mode",
                                                         ["top_left", "bottom_right"])
        if p["Sq"] > p["Sk"]:
            p["Sq"], p["Sk"] = p["Sk"], p["Sq"]
        p["dyn"] = ["Sq", "Sk"]
        p["causal"] = {"mode": mode, "sp": sp, "dyn_off": mode == "bottom_right"}
    elif cls in ("br_dynamic_signed", "br_dynamic_unsigned"):
        sp = "sle" if cls == "br_dynamic_signed" else "ule"
        p["dyn"] = ["Sq", "Sk"]
        if cls == "br_dynamic_unsigned" or g.flag("sem.br_sq_gt_sk", 0.6):
            p["Sk"] = g.rng.choice([1, 2, 3, 5])
            p["Sq"] = p["Sk"] + g.rng.choice([1, 2, 4])
        p["causal"] = {"mode": "bottom_right", "sp": sp, "dyn_off": True}
        if p["fill"] == "-inf" and cls == "br_dynamic_signed":
            p["safe"] = safe_choice()
    elif cls == "mask_fill_rows":
        p["Sq"] = max(Sq, 2)
        p["mask"] = {"kind": "bool", "shape": g.pick("sem.mask_shape", ["SqSk", "B1SqSk"]),
                     "floordiv": None, "gen": "bool_rows", "period": g.rng.choice([2, 3])}
        if p["fill"] == "-inf":
            p["safe"] = safe_choice()
    elif cls == "fill_below_logits":
        # rows whose visible logits are ~-1e6 (additive mask) under a -1e4
        # fill: the masked positions dominate those rows
        p["fill"] = g.pick("sem.fill_finite", ["-1e4"])
        p["Sq"], p["Sk"] = max(Sq, 2), max(Sk, 2)
        shp = g.pick("sem.mask_shape", ["SqSk", "B1SqSk"])
        p["mask"] = {"kind": "bool", "shape": shp, "floordiv": None, "gen": "bool_lastmasked"}
        p["mask2"] = {"kind": "add", "shape": shp, "gen": "rowbias", "period": 2}
    elif cls == "where_min_mask":
        p["Sq"] = max(Sq, 2)
        p["mask"] = {"kind": "where", "shape": g.pick("sem.mask_shape", ["SqSk", "B1SqSk",
                                                                          "B11Sk"]),
                     "floordiv": None, "gen": "bool_rows", "period": g.rng.choice([2, 3])}
        if p["mask"]["shape"] == "B11Sk" or p["fill"] == "-1e4":
            # -1e4 is added, not substituted: a fully masked row's logits
            # are s - 1e4, whose f32 rounding (ulp 1e-3) decides the result:
            # no order-independent bar exists for such rows, so none is made
            p["mask"]["gen"] = "bool"
        if p["fill"] == "-inf":
            p["safe"] = safe_choice()
    elif cls == "safe_wrong_axis":
        # all(S == -inf) reduced over the QUERY axis: a fully masked row stays
        # NaN unless every key column is fully masked (key 0 is kept in the
        # other rows), where the key-axis safe softmax gives zeros
        p["Sq"], p["Sk"] = max(Sq, 2), max(Sk, 2)
        p["fill"] = "-inf"
        p["mask"] = {"kind": "bool", "shape": g.pick("sem.mask_shape", ["SqSk", "B1SqSk"]),
                     "floordiv": None, "gen": "bool_rows", "period": g.rng.choice([2, 3])}
        p["Sq"] = max(p["Sq"], p["mask"]["period"])  # at least one fully masked row
        p["safe"] = "all_query"
    elif cls in ("safe_nan_ordered", "safe_select_nonzero"):
        # fully masked rows under a -inf fill (every period-th row): NaN in
        # the program where the safe softmax it resembles gives zeros
        # (safe_nan_ordered), or 0.5 * sum_j v_j where it gives zeros
        # (safe_select_nonzero)
        p["fill"] = "-inf"
        p["mask"] = {"kind": "bool", "shape": g.pick("sem.mask_shape", ["SqSk", "B1SqSk"]),
                     "floordiv": None, "gen": "bool_rows", "period": g.rng.choice([2, 3])}
        p["Sq"] = max(Sq, p["mask"]["period"])  # at least one fully masked row
        p["safe"] = "nan_ordered" if cls == "safe_nan_ordered" else "all_key_half"
    elif cls == "fill_mixed":
        # rows i = period - 1 (mod period) are fully masked by the boolean
        # mask: the program gives the mean of V over keys 0..i (the causal
        # -inf hides the rest), one fill for both gives the mean over every
        # key (or NaN): Sk > period so that some such row has a causally
        # hidden key
        p["fill"] = g.pick("sem.fill_finite", ["-1e4", "finfo_min"])
        p["causal_fill"] = "-inf"
        p["mask"] = {"kind": "bool", "shape": g.pick("sem.mask_shape", ["SqSk", "B1SqSk"]),
                     "floordiv": None, "gen": "bool_rows", "period": g.rng.choice([2, 3])}
        p["Sq"] = max(Sq, p["mask"]["period"])
        p["Sk"] = max(Sk, p["mask"]["period"] + 1)
        p["causal"] = {"mode": "top_left", "sp": "sle", "dyn_off": False}
    elif cls == "zero_dim":
        z = g.pick("sem.zero", ["B", "H", "Sq", "Sk", "D", "Dv"], [1, 1, 1, 3, 2, 1])
        p[z] = 0
        if z == "H":
            p["Hkv"] = 0
        if g.flag("sem.dynamic", 0.5) and z != "H":
            p["dyn"] = sorted({z, "Sk"} if z in ("B", "Sq", "Sk") else {"Sk"})
        if z == "D":
            p["scale"]["value"] = 0.5
        if g.flag("sem.zero_causal", 0.3) and not p["dyn"]:
            p["causal"] = {"mode": "top_left", "sp": "sle", "dyn_off": False}
    elif cls == "scale_nonfinite":
        op = g.pick("sem.scale_op_rt", ["mul", "div"])
        vals = [math.nan, math.inf, -math.inf] + ([0.0] if op == "div" else [])
        p["scale"] = {"mode": "arg", "op": op, "value": g.rng.choice(vals)}
        if g.flag("sem.nonfinite_causal", 0.3):
            p["causal"] = {"mode": "top_left", "sp": "sle", "dyn_off": False}
    elif cls in NARROW_STEPS:
        return choose_narrow_logits(g, p, cls, small)
    elif cls in ("max_two_result", "max_argmax_used"):
        p["argmax"] = "dead" if cls == "max_two_result" else "used"
        if g.flag("sem.two_result_causal", 0.3):
            p["causal"] = {"mode": "top_left", "sp": "sle", "dyn_off": False}
    if cls in ("causal_i16_wrap", "causal_bf16_round", "causal_f16_round", "causal_i8_wrap"):
        # one extra visible key among hundreds moves a row by ~1e-3: f32
        # operands and output keep that far above the bar (f16 / bf16 would
        # round it away); the compare's own type is what the class is about
        p["et"], p["out_f32"] = "f32", False
    if p["kvh"] == ["id"]:
        p["Hkv"] = p["H"]
    # rows with no visible key (a boolean mask's fully masked rows, or
    # bottom-right with Sq > Sk): what they yield is the class to gate
    m = p["mask"]
    c = p["causal"]
    if role != "nm" and ((m and m["gen"] == "bool_rows" and m["kind"] in ("bool", "where") and
                          p["Sq"] >= m["period"]) or
                         (c and c["mode"] == "bottom_right" and p["Sq"] > p["Sk"])):
        g.derived("sem.rows=fully_masked_%s" % ("inf" if p["fill"] == "-inf" else "finite"))
    # a runtime scale sometimes (every class): the op then takes it as an operand
    if p["scale"]["mode"] == "const" and g.flag("sem.scale_arg", 0.2):
        p["scale"]["mode"] = "arg"
    if p["scale"]["op"] == "div" and p["scale"]["mode"] == "const":
        p["scale"]["value"] = 1.0 / p["scale"]["value"] if p["scale"]["value"] else 2.0
    # dynamic dims sometimes (classes that do not fix them)
    # (a causal compare through a narrowing or float cast, or an unsigned
    # bottom-right compare, is exact only for the static sizes: with dynamic
    # dims it must be refused, so causal_exact keeps those static)
    dyn_exact = not p["causal"] or p["causal"]["sp"] in ("sle", "sge_sub", "cast_i64_sle") or \
        (p["causal"]["sp"] == "ule" and p["causal"]["mode"] == "top_left")
    if not p["dyn"] and dyn_exact and cls in ("gqa_floordiv", "causal_exact", "mask_fill_rows",
                                               "where_min_mask", "max_two_result",
                                               "scale_nonfinite") and g.flag("sem.dyn", 0.25):
        p["dyn"] = sorted(x for x in ("B", "Sq", "Sk") if g.rng.random() < 0.6) or ["Sk"]
        if p["causal"] and p["causal"]["mode"] == "bottom_right":
            p["causal"]["dyn_off"] = True
    return p


def choose_narrow_logits(g, p, cls, small):
    """HF eager attention in f16 / bf16: S = rnd(rnd(rnd(QK^T) * c) + mask)
    in T (the positive), or the scale after the mask add (near misses). Q
    and K in (-4, 4) make the f16 scores cross +-16, where s + finfo.min
    stops rounding to finfo.min; the near misses' scale 0.125 keeps s * c
    inside, so a fully masked row differs from the positive's."""
    steps = NARROW_STEPS[cls]
    T = "f16" if steps != "exact" else g.pick("sem.logit_t", ["f16", "bf16"], [3, 1])
    D = g.rng.choice([8, 16] if small else [8, 16, 32])
    # Near misses: at least 8 keys of D >= 16 (scores of std ~20), so some
    # key of a fully masked row is past +-16 with near certainty.
    if steps != "exact":
        D = max(D, 16)
    p.update(et=T, D=D, Dv=g.rng.choice([4, 8]), Hkv=p["H"], qk_scale=4.0,
             Sq=max(p["Sq"], 2), Sk=max(p["Sk"], 8 if steps != "exact" else 2))
    p["logit"] = {"type": T, "steps": steps}
    if steps == "exact" and g.flag("sem.logit_div", 0.3):
        p["scale"] = {"mode": "const", "op": "div", "value": g.rng.choice([4.0, 8.0])}
    else:
        c = 0.125 if steps != "exact" else g.rng.choice(
            [0.125, 0.25, attn_ref.ROUND[T](1.0 / math.sqrt(D))])
        p["scale"] = {"mode": "const", "op": "mul", "value": c}
    p["fill"] = "finfo_min"
    p["mask"] = {"kind": "where_t", "shape": g.pick("sem.mask_shape", ["SqSk", "B1SqSk"]),
                 "floordiv": None, "gen": "bool_rows", "period": g.rng.choice([2, 3])}
    p["Sq"] = max(p["Sq"], p["mask"]["period"])  # at least one fully masked row
    return p


# ---------------------------------------------------------------------------
# Emission


def kv_head_expr(p, d="d1"):
    k = p["kvh"]
    if k[0] == "id":
        return d
    return "%s %s %d" % (d, k[0], k[1])


def emit_sem_block(g, e, fn, p):
    p.setdefault("Qr", (p["Sq"] + 1) // 2 if p["qrow"] == "floordiv2" else p["Sq"])
    p.setdefault("Kr", (p["Sk"] + 1) // 2 if p["krow"] == "floordiv2" else p["Sk"])
    be = BlockEmitter(g, e, p, 0, fn)
    dims = be.dims
    dims.sizes.update(Qr=p["Qr"], Kr=p["Kr"], Sqh=(p["Sq"] + 1) // 2, Skh=(p["Sk"] + 1) // 2)
    et = p["et"]
    qrow = "Qr" if p["qrow"] != "id" else "Sq"
    krow = "Kr" if p["krow"] != "id" else "Sk"
    qks = p.get("qk_scale", 1.0)
    q = be.add_arg("q", ["B", "H", qrow, "D"], et,
                   {"kind": "hash", "seed": seed_for(0, "q"), "scale": qks})
    k = be.add_arg("k", ["B", "Hkv", krow, "D"], et,
                   {"kind": "hash", "seed": seed_for(0, "k"), "scale": qks})
    v = be.add_arg("v", ["B", "Hkv", "Sk", "Dv"], et, {"kind": "hash", "seed": seed_for(0, "v")})
    masks = []
    for key, role in (("mask", "mask"), ("mask2", "mask2")):
        m = p.get(key)
        if not m:
            continue
        rows, cols = "Sq", "Sk"
        if m.get("floordiv") == "key":
            cols = "Skh"
        if m.get("floordiv") == "query":
            rows = "Sqh"
        shape = {"SqSk": [rows, cols], "B1SqSk": ["B", 1, rows, cols],
                 "B11Sk": ["B", 1, 1, cols]}[m["shape"]]
        et_m = "f32" if m["kind"] == "add" else "i1"
        gen = {"kind": m["gen"], "seed": seed_for(0, role), "scale": 2.0,
               "period": m.get("period", 0)}
        masks.append((m, be.add_arg("m" + ("" if key == "mask" else "two"), shape, et_m, gen)))
    scale_arg = None
    if p["scale"]["mode"] == "arg":
        scale_arg = be.add_scalar_arg("scale", p["scale"]["value"], "f32")
    be.setup_dims(q, k, v)

    def dim_or_const(sym):
        return be.dimval(sym) if dims.is_dyn(sym) else e.const_index(dims.size(sym))

    # S = Q K^T (f32 accumulation), K/V heads read through kvh, rows through
    # qrow / krow.
    qi = "d2 floordiv 2" if p["qrow"] != "id" else "d2"
    kj = "d3 floordiv 2" if p["krow"] != "id" else "d3"

    def mm_body(e, a, o):
        x = emit_body_cast(e, a[0], et, "f32")
        y = emit_body_cast(e, a[1], et, "f32")
        m = e.fresh("x")
        e.emit("%s = arith.mulf %s, %s : f32" % (m, x, y))
        s = e.fresh("x")
        e.emit("%s = arith.addf %s, %s : f32" % (s, o, m))
        return s
    sshape = ["B", "H", "Sq", "Sk"]
    s = be.generic([(q, amap(5, ["d0", "d1", qi, "d4"])),
                    (k, amap(5, ["d0", kv_head_expr(p), kj, "d4"]))],
                   sshape, "f32", amap(5, ["d0", "d1", "d2", "d3"]),
                   ["parallel"] * 4 + ["reduction"], mm_body,
                   out_init=be.filled(sshape, "f32", 0.0), hint="qk")

    # where(m, 0, fill): an additive mask built in the program
    ins = [(s, ident(4))]
    roles = []
    for m, mv in masks:
        read = {"SqSk": ["d2", "d3"], "B1SqSk": ["d0", "0", "d2", "d3"],
                "B11Sk": ["d0", "0", "0", "d3"]}[m["shape"]]
        if m.get("floordiv") == "key":
            read = read[:-1] + ["d3 floordiv 2"]
        if m.get("floordiv") == "query":
            read = read[:-2] + ["d2 floordiv 2", read[-1]]
        if m["kind"] == "where":
            r = len(mv.shape)
            fillv = FILLS[p["fill"]]

            def wbody(e, a, o, fillv=fillv):
                z = e.const_f(0.0)
                f = e.const_f(fillv)
                n = e.fresh("x")
                e.emit("%s = arith.select %s, %s, %s : f32" % (n, a[0], z, f))
                return n
            mv = be.generic([(mv, ident(r))], mv.shape, "f32", ident(r), ["parallel"] * r,
                            wbody, hint="wh")
        if m["kind"] == "where_t":
            # HF's mask in T: where(keep, 0, finfo(T).min)
            r = len(mv.shape)
            lt = p["logit"]["type"]

            def wtbody(e, a, o, lt=lt):
                z = e.const_f(0.0, lt)
                f = e.const_f(FINFO_MIN[lt], lt)
                n = e.fresh("x")
                e.emit("%s = arith.select %s, %s, %s : %s" % (n, a[0], z, f, lt))
                return n
            mv = be.generic([(mv, ident(r))], mv.shape, lt, ident(r), ["parallel"] * r,
                            wtbody, hint="wh")
        ins.append((mv, amap(4, read)))
        roles.append(m["kind"])
    off = None
    c = p["causal"]
    if c and c["mode"] == "bottom_right" and c["dyn_off"]:
        sk = dim_or_const("Sk")
        sq = dim_or_const("Sq")
        off = e.fresh("off")
        e.emit("%s = arith.subi %s, %s : index" % (off, sk, sq))

    def narrow_logit_body(e, a, o):
        # a[0]: the f32 scores; a[1]: the mask in T
        lt, steps = p["logit"]["type"], p["logit"]["steps"]
        sc = p["scale"]

        def op(kind, x, y, ty):
            n = e.fresh("x")
            e.emit("%s = arith.%s %s, %s : %s" % (n, kind, x, y, ty))
            return n
        st = emit_body_cast(e, a[0], "f32", lt)
        if steps == "exact":
            x = op("mulf" if sc["op"] == "mul" else "divf", st, e.const_f(sc["value"], lt), lt)
            return emit_body_cast(e, op("addf", x, a[1], lt), lt, "f32")
        x = op("addf", st, a[1], lt)
        if steps == "order":
            return emit_body_cast(e, op("mulf", x, e.const_f(sc["value"], lt), lt), lt, "f32")
        return op("mulf", emit_body_cast(e, x, lt, "f32"), e.const_f(sc["value"]), "f32")

    def logit_body(e, a, o):
        if p.get("logit"):
            return narrow_logit_body(e, a, o)
        x = a[0]
        if p["scale"]["mode"] == "arg":
            cc = scale_arg
        else:
            cc = e.const_f(p["scale"]["value"])
        n = e.fresh("x")
        e.emit("%s = arith.%s %s, %s : f32" % (n, "mulf" if p["scale"]["op"] == "mul" else "divf",
                                               x, cc))
        x = n
        fill = e.const_f(FILLS[p["fill"]])
        for kind, mval in zip(roles, a[1:]):
            if kind in ("add", "where"):
                n = e.fresh("x")
                e.emit("%s = arith.addf %s, %s : f32" % (n, x, mval))
                x = n
        for kind, mval in zip(roles, a[1:]):
            if kind == "bool":
                n = e.fresh("x")
                e.emit("%s = arith.select %s, %s, %s : f32" % (n, mval, x, fill))
                x = n
        if c:
            keep = emit_causal_cond(e, c, p, off)
            n = e.fresh("x")
            cfill = e.const_f(FILLS[p["causal_fill"]]) if p.get("causal_fill") else fill
            e.emit("%s = arith.select %s, %s, %s : f32" % (n, keep, x, cfill))
            x = n
        return x
    x = be.generic(ins, sshape, "f32", ident(4), ["parallel"] * 4, logit_body, hint="lg")

    # softmax over the key axis
    rshape = ["B", "H", "Sq"]
    rmap = amap(4, ["d0", "d1", "d2"])
    red = ["parallel"] * 3 + ["reduction"]
    argmax = None
    if p["argmax"]:
        m_init = be.filled(rshape, "f32", NEG_INF)
        i_empty = be.empty(rshape, "i64")
        z64 = e.fresh("c")
        e.emit("%s = arith.constant 0 : i64" % z64)
        i_init = e.fresh("f")
        ity = be.ty(rshape, "i64")
        e.emit("%s = linalg.fill ins(%s : i64) outs(%s : %s) -> %s" % (i_init, z64, i_empty, ity,
                                                                     ity))
        mx = e.fresh("mx")
        fty = be.ty(rshape, "f32")
        e.emit("%s:2 = linalg.generic {indexing_maps = [%s, %s, %s], iterator_types = [%s]} "
               "ins(%s : %s) outs(%s, %s : %s, %s) {" % (
                   mx, ident(4), rmap, rmap, ", ".join('"%s"' % t for t in red), x.name,
                   x.ty(dims), m_init, i_init, fty, ity))
        a, o1, o2 = e.fresh("a"), e.fresh("o"), e.fresh("o")
        e.emit("^bb0(%s: f32, %s: f32, %s: i64):" % (a, o1, o2))
        j, ji, mxv, gt, ix = (e.fresh(h) for h in ("j", "ji", "x", "gt", "ix"))
        e.emit("  %s = linalg.index 3 : index" % j)
        e.emit("  %s = arith.index_cast %s : index to i64" % (ji, j))
        e.emit("  %s = arith.maximumf %s, %s : f32" % (mxv, a, o1))
        e.emit("  %s = arith.cmpf ogt, %s, %s : f32" % (gt, a, o1))
        e.emit("  %s = arith.select %s, %s, %s : i64" % (ix, gt, ji, o2))
        e.emit("  linalg.yield %s, %s : f32, i64" % (mxv, ix))
        e.emit("} -> (%s, %s)" % (fty, ity))
        m = Val(mx + "#0", rshape, "f32")
        argmax = Val(mx + "#1", rshape, "i64")
    else:
        def mbody(e, a, o):
            n = e.fresh("x")
            e.emit("%s = arith.%s %s, %s : f32" % (n, p["max"], a[0], o))
            return n
        m = be.generic([(x, ident(4))], rshape, "f32", rmap, red, mbody,
                       out_init=be.filled(rshape, "f32", NEG_INF), hint="mx")

    def ebody(e, a, o):
        d = e.fresh("x")
        e.emit("%s = arith.subf %s, %s : f32" % (d, a[0], a[1]))
        y = e.fresh("x")
        e.emit("%s = math.exp %s : f32" % (y, d))
        return y
    ex = be.generic([(x, ident(4)), (m, rmap)], sshape, "f32", ident(4), ["parallel"] * 4, ebody,
                    hint="exp")

    def sbody(e, a, o):
        n = e.fresh("x")
        e.emit("%s = arith.addf %s, %s : f32" % (n, a[0], o))
        return n
    sm = be.generic([(ex, ident(4))], rshape, "f32", rmap, red, sbody,
                    out_init=be.filled(rshape, "f32", 0.0), hint="sum")

    def dbody(e, a, o):
        n = e.fresh("x")
        e.emit("%s = arith.divf %s, %s : f32" % (n, a[0], a[1]))
        return n
    pr = be.generic([(ex, ident(4)), (sm, rmap)], sshape, "f32", ident(4), ["parallel"] * 4, dbody,
                    hint="p")
    if p["safe"] in ("all_key", "all_query", "all_key_half"):
        ax = 2 if p["safe"] == "all_query" else 3
        selected = 0.5 if p["safe"] == "all_key_half" else 0.0
        ashape = ["B", "H", "Sq"] if ax == 3 else ["B", "H", "Sk"]
        amap_ = amap(4, ["d0", "d1", "d%d" % (5 - ax)])
        aty = be.ty(ashape, "i1")
        t = e.fresh("c")
        e.emit("%s = arith.constant true" % t)
        aem = be.empty(ashape, "i1")
        ainit = e.fresh("f")
        e.emit("%s = linalg.fill ins(%s : i1) outs(%s : %s) -> %s" % (ainit, t, aem, aty, aty))

        def abody(e, a, o):
            ninf = e.const_f(NEG_INF)
            c1 = e.fresh("x")
            e.emit("%s = arith.cmpf oeq, %s, %s : f32" % (c1, a[0], ninf))
            n = e.fresh("x")
            e.emit("%s = arith.andi %s, %s : i1" % (n, c1, o))
            return n
        allv = be.generic([(x, ident(4))], ashape, "i1", amap_,
                          ["reduction" if i == ax else "parallel" for i in range(4)], abody,
                          out_init=ainit, hint="all")

        def selbody(e, a, o):
            z = e.const_f(selected)
            n = e.fresh("x")
            e.emit("%s = arith.select %s, %s, %s : f32" % (n, a[1], z, a[0]))
            return n
        pr = be.generic([(pr, ident(4)), (allv, amap_)], sshape, "f32", ident(4),
                        ["parallel"] * 4, selbody, hint="safe")
    elif p["safe"] in ("nan_select", "nan_ordered"):
        pred = "une" if p["safe"] == "nan_select" else "one"

        def nbody(e, a, o):
            c1 = e.fresh("x")
            e.emit("%s = arith.cmpf %s, %s, %s : f32" % (c1, pred, a[0], a[0]))
            z = e.const_f(0.0)
            n = e.fresh("x")
            e.emit("%s = arith.select %s, %s, %s : f32" % (n, c1, z, a[0]))
            return n
        pr = be.generic([(pr, ident(4))], sshape, "f32", ident(4), ["parallel"] * 4, nbody,
                        hint="safe")

    # O = P V
    oshape = ["B", "H", "Sq", "Dv"]

    def pv_body(e, a, o):
        y = emit_body_cast(e, a[1], et, "f32")
        m = e.fresh("x")
        e.emit("%s = arith.mulf %s, %s : f32" % (m, a[0], y))
        s = e.fresh("x")
        e.emit("%s = arith.addf %s, %s : f32" % (s, o, m))
        return s
    out = be.generic([(pr, amap(5, ["d0", "d1", "d2", "d4"])),
                      (v, amap(5, ["d0", kv_head_expr(p), "d4", "d3"]))],
                     oshape, "f32", amap(5, ["d0", "d1", "d2", "d3"]),
                     ["parallel"] * 4 + ["reduction"], pv_body,
                     out_init=be.filled(oshape, "f32", 0.0), hint="pv")
    if et != "f32" and not p["out_f32"]:
        out = be.cast(out, et)
    results = [out]
    if p["argmax"] == "used":
        def cbody(e, a, o):
            n = e.fresh("x")
            e.emit("%s = arith.sitofp %s : i64 to f32" % (n, a[0]))
            return n
        results.append(be.generic([(argmax, ident(3))], rshape, "f32", ident(3),
                                  ["parallel"] * 3, cbody, hint="am"))
    return results, be


def emit_causal_cond(e, c, p, dyn_off):
    """i1 `key j visible to query i` as the program spells it (c["sp"])."""
    i, j = e.fresh("iq"), e.fresh("ik")
    e.emit("%s = linalg.index 2 : index" % i)
    e.emit("%s = linalg.index 3 : index" % j)
    lim = i
    if c["mode"] == "bottom_right":
        off = dyn_off if c["dyn_off"] else e.const_index(p["Sk"] - p["Sq"])
        lim = e.fresh("lim")
        e.emit("%s = arith.addi %s, %s : index" % (lim, i, off))
    sp = c["sp"]
    r = e.fresh("keep")
    if sp in ("sle", "ule"):
        e.emit("%s = arith.cmpi %s, %s, %s : index" % (r, sp, j, lim))
    elif sp == "sge_sub":
        d = e.fresh("df")
        e.emit("%s = arith.subi %s, %s : index" % (d, lim, j))
        z = e.const_index(0)
        e.emit("%s = arith.cmpi sge, %s, %s : index" % (r, d, z))
    elif sp == "ult_sub1":
        d = e.fresh("df")
        e.emit("%s = arith.subi %s, %s : index" % (d, j, lim))
        one = e.const_index(1)
        e.emit("%s = arith.cmpi ult, %s, %s : index" % (r, d, one))
    elif sp.startswith("cast_"):
        _, ty, pred = sp.split("_")
        a, b = e.fresh("cj"), e.fresh("cl")
        e.emit("%s = arith.index_cast %s : index to %s" % (a, j, ty))
        e.emit("%s = arith.index_cast %s : index to %s" % (b, lim, ty))
        e.emit("%s = arith.cmpi %s, %s, %s : %s" % (r, pred, a, b, ty))
    elif sp.startswith("fp_"):
        ty = sp.split("_")[1]
        a64, b64, a, b = e.fresh("cj"), e.fresh("cl"), e.fresh("fj"), e.fresh("fl")
        e.emit("%s = arith.index_cast %s : index to i64" % (a64, j))
        e.emit("%s = arith.index_cast %s : index to i64" % (b64, lim))
        e.emit("%s = arith.sitofp %s : i64 to %s" % (a, a64, ty))
        e.emit("%s = arith.sitofp %s : i64 to %s" % (b, b64, ty))
        e.emit("%s = arith.cmpf ole, %s, %s : %s" % (r, a, b, ty))
    else:
        raise AssertionError(sp)
    return r


def generate(seed, g, small, gated_classes=(), known_miscompiles=()):
    """(text, meta) of one program of the semantic classes."""
    p = choose(g, small)
    fn = Fn()
    body = Emitter()
    body.indent = "  "
    outs, be = emit_sem_block(g, body, fn, p)
    dims = be.dims
    tags = sorted(set(g.tags))
    res_infos = []
    for v in outs:
        res_infos.append({"type": v.ty(dims), "static_type": static_ty(dims, v.shape, v.et),
                          "et": v.et, "rank": len(v.shape), "prec": p["et"],
                          "shape": [dims.size(s) for s in v.shape]})
    role = instance_role(p)
    p["nm"] = p["sem"] if role == "nm" else None
    p["twin"] = p["sem"] if role == "opt" else None
    gated = [t for t in tags if t in gated_classes] if role == "pos" else []
    known = [t for t in tags if t in known_miscompiles]
    meta = {
        "seed": seed,
        "kind": "sem",
        "expected_fused": 1 if role == "pos" and not gated else 0,
        "gated": gated,
        "known_miscompile": known,
        "twins": [p["sem"]] if role == "opt" else [],
        "near_misses": [p["sem"]] if role == "nm" else [],
        "tags": tags,
        "outputs": [{"et": ri["et"], "prec": ri["prec"], "shape": ri["shape"], "nan_ok": True}
                    for ri in res_infos],
        "blocks": [p],
        "chained": False,
    }
    out = Emitter()
    out.indent = ""
    import json
    out.emit("// ATTN-GEN: " + json.dumps(meta, sort_keys=True))
    out.emit("// Generated by utils/attn_gen.py --seed %d (semantic class %s, %s); expected "
             "attn.flash_attention ops: %d" % (seed, p["sem"], role, meta["expected_fused"]))
    out.emit("module {")
    sig = ", ".join("%s: %s" % (a[0], a[1]) for a in fn.args)
    out.emit("func.func @attn(%s) -> (%s) {" % (sig, ", ".join(ri["type"] for ri in res_infos)))
    out.lines.extend(body.lines)
    out.emit("  return %s : %s" % (", ".join(v.name for v in outs),
                                   ", ".join(ri["type"] for ri in res_infos)))
    out.emit("}")
    m = Emitter()
    m.indent = ""
    emit_main(m, fn, res_infos)
    out.lines.extend(m.lines)
    out.emit("func.func private @printMemrefF32(memref<*xf32>)")
    out.emit("}")
    return "\n".join(out.lines) + "\n", meta
