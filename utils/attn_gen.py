#!/usr/bin/env python3
"""Seeded random generator of attention graphs (and near misses) as MLIR text.

Every program holds a function @attn with one or two attention blocks, spelled
with randomly chosen variants of everything listed in DESIGN.md "Matching:
semantics, not spelling" (TOSA and linalg contractions, scales, softmax
spellings, additive/boolean/causal masks, GQA, f16/bf16 casts, dynamic dims,
decode shapes), plus "near misses": graphs that look like attention but are
not (softmax over the query axis, normalizer over a different exponential,
product after the softmax, contraction over the wrong axes, scores used
twice, mask broadcast over the wrong axes).

@main builds deterministic pseudo-random inputs inside MLIR (an integer hash
of the linear element index, mapped to a float in (-1, 1) that is never 0)
and prints every result of @attn with printMemrefF32.

The header comment `// ATTN-GEN: {json}` records what the generator built:
`expected_fused` (how many blocks are attention: the generator's own
knowledge, never the pass's output), `near_misses`, the spelling `tags`, and
the element type of every printed output. attn_diff.py reads it.

Usage:
  attn_gen.py --seed 7                 # print one program
  attn_gen.py --seed 7 --json          # print the header only
  attn_gen.py --seed 7 --include-unsupported
Importable: generate(seed, exclude=set()) -> (text, meta).
"""

import argparse
import json
import math
import os
import random
import re
import struct
import sys

LOG2E = 1.4426950408889634

# Hash constants (also used by the Python oracle in attn_ref.py).
HASH_M1 = 0x9E3779B1
HASH_M2 = 0x85EBCA77
HASH_M3 = 0xC2B2AE3D


def i32(x):
    """Two's-complement i32 literal for MLIR."""
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x >= (1 << 31) else x


def fmt_f(x):
    """An f32 literal MLIR parses exactly (repr round-trips the double; the
    parser rounds to f32)."""
    if math.isinf(x):
        return None
    r = repr(float(x))
    if "e" not in r and "." not in r:
        r += ".0"
    return r


NEG_INF_HEX = {"f32": "0xFF800000", "f16": "0xFC00", "bf16": "0xFF80"}


POS_INF_HEX = {"f32": "0x7F800000", "f16": "0x7C00", "bf16": "0x7F80"}
NAN_HEX = {"f32": "0x7FC00000", "f16": "0x7E00", "bf16": "0x7FC0"}


def f_const(x, et="f32"):
    if math.isnan(x):
        return NAN_HEX[et]
    if math.isinf(x):
        return NEG_INF_HEX[et] if x < 0 else POS_INF_HEX[et]
    return fmt_f(x)


# ---------------------------------------------------------------------------
# Dims: each dim symbol has a static size and may be dynamic.  Shapes are lists
# of symbols ('B', 'H', 'Hkv', 'Sq', 'Sk', 'D', 'Dv', 'N' = B*H, or ints).


class Dims:
    def __init__(self, sizes, dyn):
        self.sizes = dict(sizes)
        self.dyn = set(dyn)
        self.ssa = {}  # symbol -> SSA index value (dynamic ones only)

    def size(self, s):
        if isinstance(s, int):
            return s
        if s == "N":
            return self.sizes["B"] * self.sizes["H"]
        return self.sizes[s]

    def is_dyn(self, s):
        if isinstance(s, int):
            return False
        if s == "N":
            return "B" in self.dyn or "H" in self.dyn
        return s in self.dyn

    def ty_dims(self, shape):
        return ["?" if self.is_dyn(s) else str(self.size(s)) for s in shape]


def tensor_ty(dims, shape, et):
    ds = dims.ty_dims(shape)
    if not ds:
        return "tensor<%s>" % et
    return "tensor<%sx%s>" % ("x".join(ds), et)


def static_ty(dims, shape, et):
    ds = [str(dims.size(s)) for s in shape]
    return "tensor<%sx%s>" % ("x".join(ds), et)


def amap(n, results):
    ds = ", ".join("d%d" % i for i in range(n))
    return "affine_map<(%s) -> (%s)>" % (ds, ", ".join(results))


def ident(n):
    return amap(n, ["d%d" % i for i in range(n)])


class Val:
    def __init__(self, name, shape, et):
        self.name = name
        self.shape = list(shape)
        self.et = et

    def ty(self, dims):
        return tensor_ty(dims, self.shape, self.et)


class Emitter:
    def __init__(self):
        self.lines = []
        self.n = 0
        self.indent = "  "

    def fresh(self, hint="v"):
        self.n += 1
        return "%%%s%d" % (hint, self.n)

    def emit(self, line):
        self.lines.append(self.indent + line)

    def const_index(self, v):
        n = self.fresh("c")
        self.emit("%s = arith.constant %d : index" % (n, v))
        return n

    def const_f(self, x, et="f32"):
        n = self.fresh("cst")
        self.emit("%s = arith.constant %s : %s" % (n, f_const(x, et), et))
        return n


# ---------------------------------------------------------------------------
# The block model: a dict of choices.  `nm` is None for attention, else the
# near-miss kind.


class Gen:
    def __init__(self, seed, exclude=(), force=None, small=False):
        self.seed = seed
        self.rng = random.Random(seed)
        self.exclude = set(exclude)
        self.force = dict(force or {})
        self.small = small
        self.tags = []

    def pick(self, key, options, weights=None):
        """Choose one option; the tag `key=option` is recorded.  Options whose
        tag is excluded (unsupported spellings, unless --include-unsupported)
        are not chosen while any other remains."""
        if key in self.force:
            self.rng.random()  # keep the random stream aligned with an unforced run
            v = self.force[key]
            self.tags.append("%s=%s" % (key, v))
            return v
        ok = [(o, w) for o, w in zip(options, weights or [1] * len(options))
              if "%s=%s" % (key, o) not in self.exclude]
        if not ok:
            ok = list(zip(options, weights or [1] * len(options)))
        opts, ws = zip(*ok)
        v = self.rng.choices(opts, ws)[0]
        self.tags.append("%s=%s" % (key, v))
        return v

    def derived(self, tag):
        """Record a combination of choices; True when it is gated (excluded)."""
        self.tags.append(tag)
        return tag in self.exclude

    def flag(self, key, p=0.5):
        return self.pick(key, [True, False], [p, 1 - p])


# ---------------------------------------------------------------------------
# Choosing a block.

# Strict near misses: no attn.flash_attention computes them (the second
# contraction must reduce the axis the softmax normalizes; the normalizer must
# sum the same exponentials; nothing may touch the probabilities; the scores /
# probabilities must have no other user).  They must not be fused.
NEAR_MISSES = ["softmax_query_axis", "normalizer_mismatch", "post_softmax_product",
               "wrong_contraction", "scores_used_twice", "probs_used_twice",
               "max_broadcast_mismatch", "normalizer_broadcast_mismatch"]
# max_/normalizer_broadcast_mismatch: the row max / row sum (reduced over the
# keys) is broadcast back along the wrong axis (Sq == Sk): exp(x[i,j] - m[j])
# is softmax of x plus a data-dependent per-key bias, e[i,j] / s[j] is not
# normalized at all.
# Transposed twins: square shapes make the types of a permuted operand line up
# (K read as [D, Sk], V read as [Dv, Sk], the mask read as [Sk, Sq] or on its
# diagonal).  They ARE attention of a transposed operand, so a matcher may
# fuse them (with the transpose) or leave them alone; a matcher that trusts the
# types and ignores the indexing maps miscompiles them, which the numbers show.
TWINS = ["k_not_transposed", "v_transposed", "mask_transposed", "mask_key_diag", "naive_softmax"]
# naive_softmax: exp(x) / sum(exp(x)) without subtracting the max. It is the
# same function (softmax is shift-invariant) but can overflow where the fused
# kernel does not, so a matcher may decline it; if it fuses, the numbers must
# agree.


def choose_block(g, nm, fixed=None, twin=None):
    p = {"nm": nm}
    fam = g.pick("family", ["tosa", "linalg"], [2, 3])
    p["family"] = fam
    p["et"] = g.pick("dtype", ["f32", "f16", "bf16"], [3, 2, 1])
    if fam == "linalg":
        p["layout"] = g.pick("linalg.layout", ["4d", "3d", "2d"], [5, 2, 2])
    else:
        p["layout"] = g.pick("tosa.layout", ["4d", "3d"], [2, 1])
    S_choices = [1, 3, 17, 33, 57, 64] if not g.small else [1, 3, 5, 8, 17, 33]
    D_choices = [8, 16, 40, 64] if not g.small else [8, 16, 40]
    decode = g.flag("shape.decode", 0.2)
    B = g.rng.choice([1, 2, 3])
    H = g.rng.choice([1, 2, 4])
    Sk = g.rng.choice(S_choices)
    Sq = g.rng.choice([1, 2, 3, 4]) if decode else g.rng.choice(S_choices)
    D = g.rng.choice(D_choices)
    Dv = D if g.rng.random() < 0.7 else g.rng.choice(D_choices)
    # [B, S, H, D] operands transposed to [B, H, S, D] (and the result back)
    p["bshd"] = p["layout"] == "4d" and g.flag("%s.bshd" % fam, 0.25)
    if p["layout"] == "2d":
        B, H = 1, 1
    if p["layout"] == "3d":
        H = 1
    Hkv = H
    if fixed:
        B, H, Sq, D = fixed["B"], fixed["H"], fixed["Sq"], fixed["D"]
        Hkv = H
    # GQA: only with 4-D operands, K/V carry fewer heads.
    p["gqa"] = None
    if p["layout"] == "4d" and not fixed and g.flag("gqa", 0.3):
        H = g.rng.choice([2, 4, 6])
        Hkv = g.rng.choice([h for h in [1, 2, 3] if H % h == 0 and h < H])
        if fam == "tosa":
            p["gqa"] = g.pick("tosa.gqa", ["tile", "broadcast_reshape"])
        else:
            p["gqa"] = g.pick("linalg.gqa", ["broadcast_collapse", "generic_floordiv",
                                             "expand_generic"])
    # keep the work small: B*H*Sq*Sk*D bounded
    while B * H * Sq * Sk * max(D, Dv) > (40000 if g.small else 300000) and B * H > 1:
        if B > 1:
            B -= 1
        elif H > 1 and not p["gqa"]:
            H = 1
            Hkv = 1
        else:
            break
    p.update(B=B, H=H, Hkv=Hkv, Sq=Sq, Sk=Sk, D=D, Dv=Dv)

    # Dynamic dims (linalg only; TOSA stays static).
    p["dyn"] = []
    if fam == "linalg" and not fixed and g.flag("dynamic", 0.3):
        cands = ["Sq", "Sk"] + (["B"] if p["layout"] != "2d" else [])
        p["dyn"] = sorted(c for c in cands if g.rng.random() < 0.6) or ["Sk"]

    # Element types / casts.
    if p["et"] == "f32":
        p["cast"] = "none"
    else:
        opts = ["mixed", "cast_inputs"]
        if p["et"] == "f16":
            # f16 scores: Q.K^T accumulates in f16 (every product and partial
            # sum rounded), the fused op in f32. The outputs of such a block
            # carry `acc` (below) and are held to the derived bar of
            # attncheck's f16_accumulation_max_abs_tolerance(D, scale)
            # (2.6e-2 at D = 64, scale 1; 1.0e-2 at scale 1/8). bf16 (u =
            # 3.9e-3, 16x f16's) would need a bar that hides real defects, so
            # bf16 always accumulates in f32.
            opts.append("f16_scores")
        p["cast"] = g.pick("cast", opts)
        p["out_f32"] = g.flag("out_f32", 0.25)
    p.setdefault("out_f32", False)

    # Scale.
    if fam == "tosa":
        smodes, sw = ["none", "mul_scores", "recip_scores", "mul_q", "mul_k", "arg_mul"], \
            [1, 3, 2, 2, 1, 1]
    else:
        smodes, sw = ["none", "mul_scores", "div_scores", "mul_q", "div_q", "mul_k", "arg_mul",
                      "arg_div"], [1, 3, 2, 2, 1, 1, 1, 1]
    p["scale_mode"] = g.pick("%s.scale" % fam, smodes, sw)
    p["scale"] = g.rng.choice([1.0 / math.sqrt(D), 0.125, 0.5, 0.3, 1.0 / math.sqrt(D)])
    if p["scale_mode"] == "none":
        p["scale"] = 1.0
    if p["scale_mode"] != "none" and g.flag("scale.split_qk", 0.08):
        # sqrt(scale) on Q and on K (frontends that pre-scale both)
        p["scale_mode"] = "split_qk"

    # Mask.
    p["mask"] = g.pick("mask", [None, "add", "select"], [3, 2, 1])
    if p["mask"]:
        p["mask_et"] = "i1" if p["mask"] == "select" else g.pick(
            "mask.et", ["f32", "elem"], [2, 1])
        if p["mask_et"] == "elem":
            p["mask_et"] = p["et"]
        p["mask_fill"] = g.pick("mask.fill", ["-inf", "-1e9"]) if p["mask"] == "select" else None
    p["mask2"] = None
    if p["mask"] == "add" and g.flag("mask.with_bool", 0.2):
        # an additive and a boolean mask on the same scores
        p["mask2"] = g.pick("mask2.fill", ["-inf", "-1e9"])
    p["scale_after_mask"] = False
    if p["mask"] == "add" and p["scale_mode"] in ("mul_scores", "div_scores", "recip_scores",
                                                  "arg_mul", "arg_div"):
        # (scores + mask) * scale: the mask must be rescaled when fused
        p["scale_after_mask"] = g.flag("scale.after_mask", 0.3)
    # Causal.
    p["causal"] = g.pick("causal", [None, "top_left", "bottom_right"], [3, 2, 1])
    if p["causal"] == "bottom_right" and Sk < Sq:
        # bottom-right with Sk < Sq masks whole rows: the unfused program
        # would give NaN there (0/0) and the op zeros; keep rows non-empty.
        p["Sq"], p["Sk"] = Sk, Sq
    if p["causal"]:
        copts = ["index"]
        if not (set(p["dyn"]) & {"Sq", "Sk"}):
            copts += ["const_add", "const_select"]
        if fam == "tosa":
            copts = ["const_add", "const_select"]
        p["causal_sp"] = g.pick("%s.causal" % fam, copts)
        p["causal_fill"] = g.pick("causal.fill", ["-inf", "-1e9"])
        if p["causal_sp"] == "index":
            cmps = ["ule", "sle", "sge_swapped", "ugt_negated"]
            if p["causal"] == "bottom_right" and set(p["dyn"]) & {"Sq", "Sk"}:
                # i + (Sk - Sq) can be negative at run time: an unsigned
                # compare then wraps, and attn-fuse rightly refuses it.
                cmps = ["sle", "sge_swapped"]
            p["causal_cmp"] = g.pick("causal.cmp", cmps)

    # Contraction / softmax ranks.
    lay = p["layout"]
    if fam == "linalg":
        if lay == "4d":
            p["rc"] = g.pick("linalg.crank", [4, 3])
        else:
            p["rc"] = 3 if lay == "3d" else 2
        p["rs"] = p["rc"]
        if lay == "4d" and p["rc"] == 3:
            p["rs"] = g.pick("linalg.srank", [3, 4])
        r = p["rc"]
        qk = {4: ["generic", "contract"],
              3: ["bmm_transpose", "bmm_maps", "generic", "contract"],
              2: ["mm_transpose", "mm_maps", "generic", "contract"]}[r]
        pv = {4: ["generic", "contract"],
              3: ["bmm", "bmm_maps", "generic", "contract"],
              2: ["mm", "generic", "contract"]}[r]
        p["qk"] = g.pick("linalg.qk%d" % r, qk)
        p["pv"] = g.pick("linalg.pv%d" % r, pv)
        p["softmax"] = g.pick("linalg.softmax", ["op", "generic"], [1, 2])
        if nm in ("normalizer_mismatch", "max_broadcast_mismatch",
                  "normalizer_broadcast_mismatch") or twin == "naive_softmax":
            p["softmax"] = "generic"  # spelled in the chain
        if p["softmax"] == "generic":
            p["max_op"] = g.pick("softmax.max", ["maximumf", "maxnumf"])
            p["reduce_sp"] = g.pick("softmax.reduce", ["generic", "linalg.reduce"])
            p["norm"] = g.pick("softmax.norm", ["divf", "recip_mul"])
            eopts = ["exp", "exp2_post"]
            if p["mask"] != "add" and not p["scale_after_mask"] and p["scale_mode"] in ("mul_scores", "div_scores",
                                                          "arg_mul", "arg_div", "none"):
                eopts.append("exp2_prefold")
            p["exp"] = g.pick("softmax.exp", eopts)
        p["fuse_ew"] = g.flag("linalg.fuse_elementwise", 0.4)
    else:
        p["rs"] = g.pick("tosa.srank", [3, 4]) if lay == "4d" else 3
        p["ktrans"] = g.pick("tosa.ktranspose", ["3d", "4d"]) if lay == "4d" else "3d"
        p["tosa_mask2d"] = False

    # Mask shapes (depend on the softmax rank).
    if p["mask"]:
        rs = p["rs"]
        if fam == "linalg":
            opts = {4: ["SqSk", "B1SqSk", "B11Sk", "BHSqSk"],
                    3: ["SqSk", "NSqSk", "N1Sk"],
                    2: ["SqSk", "1Sk"]}[rs]
        else:
            opts = {4: ["SqSk", "B1SqSk", "B11Sk", "BHSqSk"],
                    3: ["SqSk", "NSqSk", "N1Sk"]}[rs]
        p["mask_shape"] = g.pick("mask.shape%d" % rs, opts)
    # Near-miss specific requirements.
    p["twin"] = twin
    if nm in ("max_broadcast_mismatch", "normalizer_broadcast_mismatch"):
        p["Sq"] = p["Sk"] = max(p["Sk"], p["Sq"], 3)
        if p["twin"] is None and p.get("dyn"):
            p["dyn"] = [d for d in p["dyn"] if d not in ("Sq", "Sk")]
    if nm == "wrong_contraction":
        # Sq == Sk makes the types line up: the second contraction reduces
        # the query axis of P (O = P^T V) while the softmax normalized keys.
        p["Sq"] = p["Sk"] = max(p["Sk"], 3)
        p["causal"] = None  # a fully masked key column would give NaN
        if p["mask"] == "select":
            p["mask_fill"] = "-1e9"
    if twin == "k_not_transposed":
        p["Sk"] = p["D"]
    if twin == "v_transposed":
        p["Dv"] = p["Sk"]
    if twin in ("k_not_transposed", "v_transposed") and p["causal"] == "bottom_right" and \
            p["Sq"] > p["Sk"]:
        p["causal"] = None
    if twin in ("mask_transposed", "mask_key_diag"):
        p["mask"] = "add"
        p["mask_et"] = "f32"
        p["mask_fill"] = None
        p["Sk"] = p["Sq"] = max(p["Sq"], 3)
        if p["dyn"]:
            p["dyn"] = [d for d in p["dyn"] if d not in ("Sq", "Sk")] or []
        p["mask_shape"] = "SqSk"
        if p["causal"] == "bottom_right":
            p["causal"] = "top_left"
    if nm and p["causal"] == "top_left" and p["Sq"] < 3:
        # with one visible key the scores do not matter: no longer a near miss
        p["causal"] = None
    # Combinations (not single choices) that can be gated in KNOWN_GAPS.md.
    if p.get("bshd") and p["dyn"]:
        # [B, S, H, D] operands and result with dynamic dims: gated -> static
        if g.derived("combo=bshd_dynamic"):
            p["dyn"] = []
    if p["causal"] and p.get("causal_sp") == "index" and p["Sq"] == 1 and p["Sk"] == 1:
        # causal linalg.index compare on a 1x1 score matrix: gated -> no causal
        if g.derived("combo=causal_index_1x1"):
            p["causal"] = None
    if p["causal"] == "bottom_right" and p.get("causal_sp") == "index" and \
            "Sk" in p["dyn"] and p["gqa"]:
        # offset Sk - Sq from tensor.dim of a K whose heads are then expanded
        # (GQA): gated -> top-left
        if g.derived("combo=causal_bottom_right_dynamic_gqa"):
            p["causal"] = "top_left"
    # attn.flash_attention states one fill for every hiding mask, and takes
    # one mask operand (boolean with its fill, or additive) that it adds
    # before hiding: two different fills, a finite boolean fill beside an
    # additive mask, or a mask added after a finite-fill select are programs
    # the op cannot state (attn-fuse refuses them). Blocks with a finite fill
    # and an additive mask use -inf.
    fills = [f for f in (p.get("mask_fill"), p.get("mask2"),
                         p.get("causal_fill") if p["causal"] and
                         p.get("causal_sp") in ("index", "const_select") else None) if f]
    additive = p["mask"] == "add" or (p["causal"] and p.get("causal_sp") == "const_add")
    if len(set(fills)) > 1 or (additive and "-1e9" in fills):
        for key in ("mask_fill", "mask2", "causal_fill"):
            if p.get(key):
                p[key] = "-inf"
    if nm in ("softmax_query_axis",) and p["Sq"] == 1:
        p["Sq"] = 3
    if nm in ("softmax_query_axis", "wrong_contraction"):
        # a key column can be fully masked: -inf there would give NaN (0/0)
        p["causal"] = None
        if p["mask"] == "select":
            p["mask_fill"] = "-1e9"
        if p.get("mask2"):
            p["mask2"] = "-1e9"
    return p


# ---------------------------------------------------------------------------
# Emission of scalar bodies.

def emit_body_cast(e, x, from_et, to_et):
    if from_et == to_et:
        return x
    n = e.fresh("x")
    if to_et == "f32":
        e.emit("%s = arith.extf %s : %s to %s" % (n, x, from_et, to_et))
    else:
        e.emit("%s = arith.truncf %s : %s to %s" % (n, x, from_et, to_et))
    return n


class BlockEmitter:
    """Emits one block inside @attn.  `args` collects the function arguments
    (name, type, generator spec for @main)."""

    def __init__(self, g, e, p, idx, fn):
        self.g, self.e, self.p, self.idx, self.fn = g, e, p, idx, fn
        sizes = dict(B=p["B"], H=p["H"], Hkv=p["Hkv"], Sq=p["Sq"], Sk=p["Sk"],
                     D=p["D"], Dv=p["Dv"])
        self.dims = Dims(sizes, p["dyn"])

    # -- helpers --------------------------------------------------------
    def ty(self, shape, et):
        return tensor_ty(self.dims, shape, et)

    def dimval(self, sym):
        """SSA index of a dynamic dim (created from the block's inputs)."""
        return self.dims.ssa[sym]

    def dyn_operands(self, shape):
        return [self.dimval(s) for s in shape if self.dims.is_dyn(s)]

    def empty(self, shape, et):
        n = self.e.fresh("e")
        self.e.emit("%s = tensor.empty(%s) : %s" % (
            n, ", ".join(self.dyn_operands(shape)), self.ty(shape, et)))
        return n

    def filled(self, shape, et, value):
        em = self.empty(shape, et)
        c = self.e.const_f(value, et)
        n = self.e.fresh("f")
        t = self.ty(shape, et)
        self.e.emit("%s = linalg.fill ins(%s : %s) outs(%s : %s) -> %s" % (n, c, et, em, t, t))
        return n

    def generic(self, ins, out_shape, out_et, maps, iters, body, out_init=None,
                hint="g"):
        """ins: list of (Val, map); body(e, args, out) -> yielded name."""
        e = self.e
        init = out_init if out_init is not None else self.empty(out_shape, out_et)
        n = e.fresh(hint)
        out_ty = self.ty(out_shape, out_et)
        all_maps = [m for _, m in ins] + [maps]
        ins_s = ""
        if ins:
            ins_s = "ins(%s : %s) " % (", ".join(v.name for v, _ in ins),
                                        ", ".join(v.ty(self.dims) for v, _ in ins))
        e.emit("%s = linalg.generic {indexing_maps = [%s], iterator_types = [%s]} %souts(%s : %s) {" % (
            n, ", ".join(all_maps), ", ".join('"%s"' % i for i in iters), ins_s, init, out_ty))
        args = []
        bb = []
        for v, _ in ins:
            a = e.fresh("a")
            args.append(a)
            bb.append("%s: %s" % (a, v.et))
        o = e.fresh("o")
        bb.append("%s: %s" % (o, out_et))
        e.emit("^bb0(%s):" % ", ".join(bb))
        old = e.indent
        e.indent = old + "  "
        y = body(e, args, o)
        e.emit("linalg.yield %s : %s" % (y, out_et))
        e.indent = old
        e.emit("} -> %s" % out_ty)
        return Val(n, out_shape, out_et)

    def ew(self, ins, shape, et, body, maps=None, hint="x"):
        r = len(shape)
        maps_in = maps or [ident(r)] * len(ins)
        return self.generic(list(zip(ins, maps_in)), shape, et, ident(r),
                            ["parallel"] * r, body, hint=hint)

    def cast(self, v, et):
        if v.et == et:
            return v
        return self.ew([v], v.shape, et,
                       lambda e, a, o: emit_body_cast(e, a[0], v.et, et), hint="cv")

    def transpose(self, v, perm):
        shape = [v.shape[i] for i in perm]
        em = self.empty(shape, v.et)
        n = self.e.fresh("tp")
        self.e.emit("%s = linalg.transpose ins(%s : %s) outs(%s : %s) permutation = [%s]" % (
            n, v.name, v.ty(self.dims), em, self.ty(shape, v.et), ", ".join(map(str, perm))))
        return Val(n, shape, v.et)

    def collapse(self, v, groups, shape):
        n = self.e.fresh("cl")
        self.e.emit("%s = tensor.collapse_shape %s %s : %s into %s" % (
            n, v.name, groups, v.ty(self.dims), self.ty(shape, v.et)))
        return Val(n, shape, v.et)

    def expand(self, v, groups, shape):
        n = self.e.fresh("ex")
        outs = []
        for s in shape:
            outs.append(self.dimval(s) if self.dims.is_dyn(s) else str(self.dims.size(s)))
        self.e.emit("%s = tensor.expand_shape %s %s output_shape [%s] : %s into %s" % (
            n, v.name, groups, ", ".join(outs), v.ty(self.dims), self.ty(shape, v.et)))
        return Val(n, shape, v.et)

    # -- arguments ------------------------------------------------------
    def add_arg(self, role, shape, et, gen):
        name = "%%%s%d" % (role, self.idx)
        self.fn.args.append((name, tensor_ty(self.dims, shape, et),
                             static_ty(self.dims, shape, et), gen, shape, et))
        return Val(name, shape, et)

    def add_scalar_arg(self, role, value, ty):
        name = "%%%s%d" % (role, self.idx)
        self.fn.args.append((name, ty, ty, {"kind": "scalar", "value": value}, None, None))
        return name

    def setup_dims(self, q, k, v):
        """Create SSA values of dynamic dims from the block's inputs."""
        e = self.e
        srcs = {}
        for val in (q, k, v):
            for i, s in enumerate(val.shape):
                if self.dims.is_dyn(s) and s not in srcs and s != "N":
                    srcs[s] = (val, i)
        for s, (val, i) in sorted(srcs.items()):
            c = e.const_index(i)
            n = e.fresh("d" + s)
            e.emit("%s = tensor.dim %s, %s : %s" % (n, val.name, c, val.ty(self.dims)))
            self.dims.ssa[s] = n
        if self.dims.is_dyn("N"):
            if "B" in self.dims.ssa and not self.dims.is_dyn("H"):
                c = e.const_index(self.dims.size("H"))
                n = e.fresh("dN")
                e.emit("%s = arith.muli %s, %s : index" % (n, self.dims.ssa["B"], c))
                self.dims.ssa["N"] = n


class Fn:
    def __init__(self):
        self.args = []  # (name, type, static type, gen spec, shape, et)
        self.results = []  # (Val, dims)


def seed_for(block, role):
    return (block * 131 + {"q": 1, "k": 2, "v": 3, "mask": 4, "pm": 5, "q2": 6}.get(role, 7)) * 7919


# ---------------------------------------------------------------------------
# linalg blocks

def emit_linalg_block(g, e, fn, p, idx, q_in=None):
    be = BlockEmitter(g, e, p, idx, fn)
    dims = be.dims
    et, lay, nm = p["et"], p["layout"], p["nm"]
    if lay == "4d":
        qs, ks, vs = ["B", "H", "Sq", "D"], ["B", "Hkv", "Sk", "D"], ["B", "Hkv", "Sk", "Dv"]
    elif lay == "3d":
        qs, ks, vs = ["B", "Sq", "D"], ["B", "Sk", "D"], ["B", "Sk", "Dv"]
    else:
        qs, ks, vs = ["Sq", "D"], ["Sk", "D"], ["Sk", "Dv"]
    if p.get("bshd"):
        qs, ks, vs = [[x[0], x[2], x[1], x[3]] for x in (qs, ks, vs)]
    if q_in is not None:
        q = Val(q_in.name, qs, q_in.et)
    else:
        q = be.add_arg("q", qs, et, {"kind": "hash", "seed": seed_for(idx, "q")})
    k = be.add_arg("k", ks, et, {"kind": "hash", "seed": seed_for(idx, "k")})
    v = be.add_arg("v", vs, et, {"kind": "hash", "seed": seed_for(idx, "v")})
    be.setup_dims(q, k, v)
    if p.get("bshd"):
        q, k, v = [be.transpose(x, [0, 2, 1, 3]) for x in (q, k, v)]

    # Masks are function arguments (generated in @main).
    rs = p["rs"]
    mask = None
    mask_map = None
    sdims_rs = {4: ["B", "H", "Sq", "Sk"], 3: ["N" if lay == "4d" else "B", "Sq", "Sk"],
                2: ["Sq", "Sk"]}[rs]
    if p["mask"]:
        ms = p["mask_shape"]
        shape, res = {
            "SqSk": (["Sq", "Sk"], ["d%d" % (rs - 2), "d%d" % (rs - 1)]),
            "B1SqSk": (["B", 1, "Sq", "Sk"], ["d0", "0", "d2", "d3"]),
            "B11Sk": (["B", 1, 1, "Sk"], ["d0", "0", "0", "d3"]),
            "BHSqSk": (["B", "H", "Sq", "Sk"], ["d0", "d1", "d2", "d3"]),
            "NSqSk": (sdims_rs, ["d0", "d1", "d2"]),
            "N1Sk": ([sdims_rs[0], 1, "Sk"], ["d0", "0", "d2"]),
            "1Sk": ([1, "Sk"], ["0", "d1"]),
        }[ms]
        if p["twin"] == "mask_transposed":
            # [Sq, Sk] mask read as [Sk, Sq]: types line up (Sq == Sk)
            res = ["d%d" % (rs - 1), "d%d" % (rs - 2)]
        if p["twin"] == "mask_key_diag":
            # mask[k, k]: a per-key bias read off the diagonal
            res = ["d%d" % (rs - 1), "d%d" % (rs - 1)]
        kind = "bool" if p["mask_et"] == "i1" else "hash"
        mask = be.add_arg("mask", shape, p["mask_et"],
                          {"kind": kind, "seed": seed_for(idx, "mask"), "scale": 2.0})
        mask_map = amap(rs, res)
    mask2 = None
    if p.get("mask2"):
        mask2 = be.add_arg("mtwo", mask.shape, "i1",
                           {"kind": "bool", "seed": seed_for(idx, "mask2")})
    scale_arg = None
    if p["scale_mode"] in ("arg_mul", "arg_div"):
        scale_arg = be.add_scalar_arg("scale", p["scale"] if p["scale_mode"] == "arg_mul"
                                      else 1.0 / p["scale"], "f32")

    # Casts of inputs.
    work_et = et
    if p["cast"] == "cast_inputs":
        q, k, v = be.cast(q, "f32"), be.cast(k, "f32"), be.cast(v, "f32")
        work_et = "f32"

    # Scale on K (before any GQA expansion).
    if p["scale_mode"] in ("mul_k", "split_qk"):
        ket = k.et
        kval = p["scale"] if p["scale_mode"] == "mul_k" else math.sqrt(p["scale"])

        def kbody(e, a, o, ket=ket):
            c = e.const_f(kval, ket)
            n = e.fresh("x")
            e.emit("%s = arith.mulf %s, %s : %s" % (n, c, a[0], ket))
            return n
        k = be.ew([k], k.shape, k.et, kbody, hint="ks")

    # GQA.
    if p["gqa"]:
        G = p["H"] // p["Hkv"]
        new = []
        for t, last in ((k, "D"), (v, "Dv")):
            if p["gqa"] == "broadcast_collapse":
                sh5 = ["B", "Hkv", G, "Sk", last]
                em = be.empty(sh5, t.et)
                n = e.fresh("bc")
                e.emit("%s = linalg.broadcast ins(%s : %s) outs(%s : %s) dimensions = [2]" % (
                    n, t.name, t.ty(dims), em, be.ty(sh5, t.et)))
                b5 = Val(n, sh5, t.et)
                # collapse [Hkv, G] -> H (h = hkv * G + g: repeat_interleave)
                dims.sizes["HkvG"] = p["H"]
                b5.shape = ["B", "Hkv", G, "Sk", last]
                n2 = e.fresh("cl")
                e.emit("%s = tensor.collapse_shape %s [[0], [1, 2], [3], [4]] : %s into %s" % (
                    n2, n, be.ty(sh5, t.et), be.ty(["B", "H", "Sk", last], t.et)))
                new.append(Val(n2, ["B", "H", "Sk", last], t.et))
            elif p["gqa"] == "generic_floordiv":
                new.append(be.generic([(t, amap(4, ["d0", "d1 floordiv %d" % G, "d2", "d3"]))],
                                      ["B", "H", "Sk", last], t.et, ident(4), ["parallel"] * 4,
                                      lambda e, a, o: a[0], hint="gq"))
            else:  # expand_generic: expand to 5-D with a broadcast generic, then collapse
                sh5 = ["B", "Hkv", G, "Sk", last]
                b5 = be.generic([(t, amap(5, ["d0", "d1", "d3", "d4"]))], sh5, t.et, ident(5),
                                ["parallel"] * 5, lambda e, a, o: a[0], hint="gq")
                n2 = e.fresh("cl")
                e.emit("%s = tensor.collapse_shape %s [[0], [1, 2], [3], [4]] : %s into %s" % (
                    n2, b5.name, be.ty(sh5, t.et), be.ty(["B", "H", "Sk", last], t.et)))
                new.append(Val(n2, ["B", "H", "Sk", last], t.et))
        k, v = new

    # Scale on Q (mul, or div by 1/scale), after the GQA expansion.
    if p["scale_mode"] in ("mul_q", "div_q", "split_qk"):
        qet = q.et
        div = p["scale_mode"] == "div_q"
        qval = math.sqrt(p["scale"]) if p["scale_mode"] == "split_qk" else p["scale"]

        def body(e, a, o, qet=qet):
            c = e.const_f(1.0 / qval if div else qval, qet)
            n = e.fresh("x")
            e.emit("%s = arith.%s %s, %s : %s" % (n, "divf" if div else "mulf", a[0], c, qet))
            return n
        q = be.ew([q], q.shape, q.et, body, hint="qs")

    # Contraction rank.
    rc = p["rc"]
    if lay == "4d" and rc == 3:
        q = be.collapse(q, "[[0, 1], [2], [3]]", ["N", "Sq", "D"])
        k = be.collapse(k, "[[0, 1], [2], [3]]", ["N", "Sk", "D"])
        v = be.collapse(v, "[[0, 1], [2], [3]]", ["N", "Sk", "Dv"])
    bdim = {4: ["B", "H"], 3: [q.shape[0]], 2: []}[rc]

    # QK^T
    s_et = "f16" if p["cast"] == "f16_scores" else "f32"
    s_shape = bdim + ["Sq", "Sk"]
    wrong_qk = p["twin"] == "k_not_transposed"
    scores = emit_contraction(be, p["qk"], q, k, s_shape, s_et, rc, transpose_b=not wrong_qk)
    if s_et != "f32":
        scores = be.cast(scores, "f32")
    if rs != rc:  # 4-D args, 3-D contraction, 4-D softmax (torch style views)
        scores = be.expand(scores, "[[0, 1], [2], [3]]", ["B", "H", "Sq", "Sk"])
    r = rs
    sshape = scores.shape
    twice = []
    if nm == "scores_used_twice":
        twice.append(scores)

    # Elementwise: scale on scores, mask, causal.
    steps = []
    use_prefold = p.get("exp") == "exp2_prefold"
    if p["scale_mode"] in ("mul_scores", "div_scores", "arg_mul", "arg_div", "none") and use_prefold:
        steps.append(("prefold",))
    elif p["scale_mode"] in ("mul_scores", "div_scores", "arg_mul", "arg_div"):
        steps.append(("scale",))
    if p["mask"] == "add":
        if p.get("scale_after_mask") and steps and steps[-1] == ("scale",):
            steps.insert(len(steps) - 1, ("mask_add",))  # (x + mask) * scale
        else:
            steps.append(("mask_add",))
    elif p["mask"] == "select":
        steps.append(("mask_select",))
    if p.get("mask2"):
        steps.append(("mask2_select",))
    if p["causal"]:
        steps.append(("causal",))

    causal_const = None
    if p["causal"] and p["causal_sp"] in ("const_add", "const_select"):
        causal_const = emit_causal_const(be, p, r)

    def step_body(st, e, x, extra):
        if st[0] == "prefold":
            c = p["scale"] * LOG2E if p["scale_mode"] != "div_scores" else (1.0 / p["scale"]) / LOG2E
            if p["scale_mode"] in ("arg_mul", "arg_div"):
                cc = extra["pref_c"]
            else:
                cc = e.const_f(c)
            n = e.fresh("x")
            op = "divf" if p["scale_mode"] == "div_scores" else "mulf"
            e.emit("%s = arith.%s %s, %s : f32" % (n, op, x, cc))
            return n
        if st[0] == "scale":
            if p["scale_mode"] in ("arg_mul", "arg_div"):
                cc = scale_arg
            else:
                cc = e.const_f(p["scale"] if p["scale_mode"] == "mul_scores" else 1.0 / p["scale"])
            op = "mulf" if p["scale_mode"] in ("mul_scores", "arg_mul") else "divf"
            n = e.fresh("x")
            e.emit("%s = arith.%s %s, %s : f32" % (n, op, x, cc))
            return n
        if st[0] == "mask_add":
            m = emit_body_cast(e, extra["mask"], p["mask_et"], "f32")
            n = e.fresh("x")
            e.emit("%s = arith.addf %s, %s : f32" % (n, x, m))
            return n
        if st[0] in ("mask_select", "mask2_select"):
            ff = p["mask_fill"] if st[0] == "mask_select" else p["mask2"]
            fill = e.const_f(-math.inf if ff == "-inf" else -1e9)
            n = e.fresh("x")
            e.emit("%s = arith.select %s, %s, %s : f32" % (
                n, extra["mask" if st[0] == "mask_select" else "mask2"], x, fill))
            return n
        if st[0] == "causal":
            fillv = -math.inf if p["causal_fill"] == "-inf" else -1e9
            sp = p["causal_sp"]
            if sp == "const_add":
                n = e.fresh("x")
                e.emit("%s = arith.addf %s, %s : f32" % (n, x, extra["causal"]))
                return n
            fill = e.const_f(fillv)
            if sp == "const_select":
                n = e.fresh("x")
                e.emit("%s = arith.select %s, %s, %s : f32" % (n, extra["causal"], x, fill))
                return n
            # index compare
            iq = e.fresh("iq")
            ik = e.fresh("ik")
            e.emit("%s = linalg.index %d : index" % (iq, r - 2))
            e.emit("%s = linalg.index %d : index" % (ik, r - 1))
            lim = iq
            if p["causal"] == "bottom_right":
                off = extra.get("br_off")
                if off is None:
                    off = e.const_index(p["Sk"] - p["Sq"])
                lim = e.fresh("lim")
                e.emit("%s = arith.addi %s, %s : index" % (lim, iq, off))
            cmp = p["causal_cmp"]
            c = e.fresh("cmp")
            n = e.fresh("x")
            if cmp in ("ule", "sle"):
                e.emit("%s = arith.cmpi %s, %s, %s : index" % (c, cmp, ik, lim))
                e.emit("%s = arith.select %s, %s, %s : f32" % (n, c, x, fill))
            elif cmp == "sge_swapped":
                e.emit("%s = arith.cmpi sge, %s, %s : index" % (c, lim, ik))
                e.emit("%s = arith.select %s, %s, %s : f32" % (n, c, x, fill))
            else:
                e.emit("%s = arith.cmpi ugt, %s, %s : index" % (c, ik, lim))
                e.emit("%s = arith.select %s, %s, %s : f32" % (n, c, fill, x))
            return n
        raise AssertionError(st)

    extra_vals = {}
    if p["causal"] == "bottom_right" and p.get("causal_sp") == "index" and \
            (dims.is_dyn("Sq") or dims.is_dyn("Sk")):
        sk = be.dimval("Sk") if dims.is_dyn("Sk") else e.const_index(p["Sk"])
        sq = be.dimval("Sq") if dims.is_dyn("Sq") else e.const_index(p["Sq"])
        off = e.fresh("off")
        e.emit("%s = arith.subi %s, %s : index" % (off, sk, sq))
        extra_vals["br_off"] = off
    if use_prefold and p["scale_mode"] in ("arg_mul", "arg_div"):
        l2 = e.const_f(LOG2E)
        n = e.fresh("pc")
        if p["scale_mode"] == "arg_mul":
            e.emit("%s = arith.mulf %s, %s : f32" % (n, scale_arg, l2))
        else:  # x / s' where s' = arg / log2e ... keep it a product: (1/arg)*log2e
            one = e.const_f(1.0)
            t = e.fresh("pc")
            e.emit("%s = arith.divf %s, %s : f32" % (t, one, scale_arg))
            e.emit("%s = arith.mulf %s, %s : f32" % (n, t, l2))
            p["_prefold_arg_div_as_mul"] = True
        extra_vals["pref_c"] = n
    if p.get("_prefold_arg_div_as_mul"):
        # the prefold step multiplies by pref_c for both arg modes
        pass

    def run_steps(sts, x):
        def body(e, a, o):
            ex = dict(extra_vals)
            i = 1
            cur = a[0]
            for st in sts:
                if st[0] in ("mask_add", "mask_select"):
                    ex["mask"] = a[i]
                    i += 1
                if st[0] == "mask2_select":
                    ex["mask2"] = a[i]
                    i += 1
                if st[0] == "causal" and p["causal_sp"] != "index":
                    ex["causal"] = a[i]
                    i += 1
                stt = st
                if st[0] == "prefold" and p["scale_mode"] == "arg_div":
                    stt = ("prefold",)
                cur = step_body(stt, e, cur, ex)
            return cur
        ins = [(x, ident(r))]
        for st in sts:
            if st[0] in ("mask_add", "mask_select"):
                ins.append((mask, mask_map))
            if st[0] == "mask2_select":
                ins.append((mask2, mask_map))
            if st[0] == "causal" and p["causal_sp"] != "index":
                ins.append((causal_const, amap(r, ["d%d" % (r - 2), "d%d" % (r - 1)])))
        return be.generic(ins, sshape, "f32", ident(r), ["parallel"] * r, body, hint="s")

    # prefold with arg_div: multiply by pref_c (= log2e / arg)
    if use_prefold and p["scale_mode"] == "arg_div":
        p["scale_mode_eff"] = "arg_mul"
    x = scores
    if steps:
        if p["fuse_ew"]:
            x = run_steps(steps, x)
        else:
            for st in steps:
                x = run_steps([st], x)

    # Softmax.
    red_axis = r - 1
    if nm == "softmax_query_axis":
        red_axis = r - 2
    probs = emit_softmax(be, p, x, red_axis, use_prefold)
    if nm == "post_softmax_product":
        pm = be.add_arg("pm", ["Sq", "Sk"], "f32", {"kind": "hash", "seed": seed_for(idx, "pm"),
                                                  "scale": 1.0})
        kind = g.pick("nm.post", ["mulf", "addf"])

        def body(e, a, o):
            n = e.fresh("x")
            e.emit("%s = arith.%s %s, %s : f32" % (n, kind, a[0], a[1]))
            return n
        probs = be.generic([(probs, ident(r)), (pm, amap(r, ["d%d" % (r - 2), "d%d" % (r - 1)]))],
                           probs.shape, "f32", ident(r), ["parallel"] * r, body, hint="pp")
    if nm == "probs_used_twice":
        twice.append(probs)
    if rs != rc:
        probs = be.collapse(probs, "[[0, 1], [2], [3]]", ["N", "Sq", "Sk"])
    if work_et != "f32":
        probs = be.cast(probs, work_et)

    # PV
    o_shape = bdim + ["Sq", "Dv"]
    wrong_pv = p["twin"] == "v_transposed"
    out = emit_contraction(be, p["pv"], probs, v, o_shape, "f32", rc, transpose_b=wrong_pv,
                           is_pv=True, transpose_a=nm == "wrong_contraction")
    if lay == "4d" and rc == 3:
        out = be.expand(out, "[[0, 1], [2], [3]]", ["B", "H", "Sq", "Dv"])
    if et != "f32" and not p["out_f32"]:
        out = be.cast(out, et)
    if p.get("bshd"):
        out = be.transpose(out, [0, 2, 1, 3])
    results = [out] + twice
    return results, be


def emit_contraction(be, sp, a, b, out_shape, out_et, r, transpose_b, is_pv=False,
                     transpose_a=False):
    """out[..., i, j] = sum_c a[..., i, c] * b[..., j, c] (transpose_b) or
    b[..., c, j]; with transpose_a, a[..., c, i]."""
    if transpose_a:
        # read `a` transposed: spelled with explicit maps (the named
        # transposes only cover b)
        sp = {"bmm": "bmm_maps", "mm": "mm_maps", "bmm_transpose": "bmm_maps",
              "mm_transpose": "mm_maps"}.get(sp, sp)
    e, dims = be.e, be.dims
    init = be.filled(out_shape, out_et, 0.0)
    out_ty = be.ty(out_shape, out_et)
    nb = r - 2
    # dims: batch d0..d(nb-1), i = d(nb), j = d(nb+1), c = d(nb+2)
    bt = ["d%d" % i for i in range(nb)]
    I, J, C = "d%d" % nb, "d%d" % (nb + 1), "d%d" % (nb + 2)
    n = nb + 3
    amap_a = amap(n, bt + ([C, I] if transpose_a else [I, C]))
    amap_b = amap(n, bt + ([J, C] if transpose_b else [C, J]))
    amap_o = amap(n, bt + [I, J])
    res = e.fresh("mm")
    tys = "%s, %s" % (a.ty(dims), b.ty(dims))
    if sp in ("bmm_transpose", "mm_transpose") and transpose_b:
        perm = "[0, 2, 1]" if r == 3 else "[1, 0]"
        tshape = b.shape[:-2] + [b.shape[-1], b.shape[-2]]
        em = be.empty(tshape, b.et)
        t = e.fresh("kt")
        e.emit("%s = linalg.transpose ins(%s : %s) outs(%s : %s) permutation = %s" % (
            t, b.name, b.ty(dims), em, be.ty(tshape, b.et), perm))
        b = Val(t, tshape, b.et)
        tys = "%s, %s" % (a.ty(dims), b.ty(dims))
        sp = "bmm" if r == 3 else "mm"
        transpose_b = False
    if sp in ("bmm_transpose", "mm_transpose"):
        sp = "bmm" if r == 3 else "mm"
    if sp in ("bmm", "mm") and transpose_b:
        sp = "bmm_maps" if r == 3 else "mm_maps"
    if sp in ("bmm", "mm"):
        op = "linalg.batch_matmul" if r == 3 else "linalg.matmul"
        e.emit("%s = %s ins(%s, %s : %s) outs(%s : %s) -> %s" % (
            res, op, a.name, b.name, tys, init, out_ty, out_ty))
    elif sp in ("bmm_maps", "mm_maps", "contract"):
        op = {"bmm_maps": "linalg.batch_matmul", "mm_maps": "linalg.matmul",
              "contract": "linalg.contract"}[sp]
        if sp == "bmm_maps" and r != 3:
            op = "linalg.contract"
        if sp == "mm_maps" and r != 2:
            op = "linalg.contract"
        e.emit("%s = %s indexing_maps = [%s, %s, %s] ins(%s, %s : %s) outs(%s : %s) -> %s" % (
            res, op, amap_a, amap_b, amap_o, a.name, b.name, tys, init, out_ty, out_ty))
    elif sp == "generic":
        iters = ["parallel"] * (n - 1) + ["reduction"]

        def body(e, args, o):
            x = emit_body_cast(e, args[0], a.et, out_et)
            y = emit_body_cast(e, args[1], b.et, out_et)
            m = e.fresh("x")
            e.emit("%s = arith.mulf %s, %s : %s" % (m, x, y, out_et))
            s = e.fresh("x")
            e.emit("%s = arith.addf %s, %s : %s" % (s, o, m, out_et))
            return s
        return be.generic([(a, amap_a), (b, amap_b)], out_shape, out_et, amap_o, iters, body,
                          out_init=init, hint="mm")
    else:
        raise AssertionError(sp)
    return Val(res, out_shape, out_et)


def emit_causal_const(be, p, r):
    Sq, Sk = p["Sq"], p["Sk"]
    off = 0 if p["causal"] == "top_left" else Sk - Sq
    rows = []
    sel = p["causal_sp"] == "const_select"
    for i in range(Sq):
        row = []
        for j in range(Sk):
            keep = j <= i + off
            if sel:
                row.append("true" if keep else "false")
            else:
                row.append("0.0" if keep else ("0xFF800000" if p["causal_fill"] == "-inf"
                                               else "-1.0e+09"))
        rows.append("[" + ", ".join(row) + "]")
    et = "i1" if sel else "f32"
    ty = "tensor<%dx%dx%s>" % (Sq, Sk, et)
    n = be.e.fresh("tri")
    be.e.emit("%s = arith.constant dense<[%s]> : %s" % (n, ", ".join(rows), ty))
    return Val(n, ["Sq", "Sk"], et)


def emit_softmax(be, p, x, axis, use_prefold):
    e, dims = be.e, be.dims
    r = len(x.shape)
    if p["softmax"] == "op":
        em = be.empty(x.shape, "f32")
        n = e.fresh("sm")
        t = x.ty(dims)
        e.emit("%s = linalg.softmax dimension(%d) ins(%s : %s) outs(%s : %s) -> %s" % (
            n, axis, x.name, t, em, t, t))
        return Val(n, x.shape, "f32")
    rshape = [s for i, s in enumerate(x.shape) if i != axis]
    rres = ["d%d" % i for i in range(r) if i != axis]
    rmap = amap(r, rres)
    # near misses: the reduced tensor read back along the wrong axis (Sq == Sk)
    swapped = amap(r, ["d%d" % i for i in range(r) if i != r - 2])
    mmap = swapped if p["nm"] == "max_broadcast_mismatch" else rmap
    smap = swapped if p["nm"] == "normalizer_broadcast_mismatch" else rmap
    iters = ["reduction" if i == axis else "parallel" for i in range(r)]

    def reduce(v, kind, init_val):
        init = be.filled(rshape, "f32", init_val)
        opn = {"max": p["max_op"], "sum": "addf"}[kind]
        if p["reduce_sp"] == "generic":
            def body(e, a, o):
                n = e.fresh("x")
                e.emit("%s = arith.%s %s, %s : f32" % (n, opn, a[0], o))
                return n
            return be.generic([(v, ident(r))], rshape, "f32", rmap, iters, body,
                              out_init=init, hint="red")
        n = e.fresh("red")
        e.emit("%s = linalg.reduce ins(%s : %s) outs(%s : %s) dimensions = [%d]" % (
            n, v.name, v.ty(dims), init, be.ty(rshape, "f32"), axis))
        a, o = e.fresh("a"), e.fresh("o")
        e.emit("  (%s: f32, %s: f32) {" % (a, o))
        y = e.fresh("x")
        e.emit("    %s = arith.%s %s, %s : f32" % (y, opn, a, o))
        e.emit("    linalg.yield %s : f32" % y)
        e.emit("  }")
        return Val(n, rshape, "f32")

    naive = p.get("twin") == "naive_softmax"
    if not naive:
        m = reduce(x, "max", -math.inf)

    def exp_body(mult=None):
        def body(e, a, o):
            d = e.fresh("x")
            src = a[0]
            if mult is not None:
                c = e.const_f(mult)
                src2 = e.fresh("x")
                e.emit("%s = arith.mulf %s, %s : f32" % (src2, src, c))
                src = src2
            if naive:
                d = src  # no max subtracted
            else:
                e.emit("%s = arith.subf %s, %s : f32" % (d, src, a[1]))
            ex = p["exp"]
            if ex == "exp":
                y = e.fresh("x")
                e.emit("%s = math.exp %s : f32" % (y, d))
            elif ex == "exp2_post":
                c = e.const_f(LOG2E)
                t = e.fresh("x")
                e.emit("%s = arith.mulf %s, %s : f32" % (t, d, c))
                y = e.fresh("x")
                e.emit("%s = math.exp2 %s : f32" % (y, t))
            else:
                y = e.fresh("x")
                e.emit("%s = math.exp2 %s : f32" % (y, d))
            return y
        return body

    ins = [(x, ident(r))] if naive else [(x, ident(r)), (m, mmap)]
    ex = be.generic(ins, x.shape, "f32", ident(r), ["parallel"] * r, exp_body(), hint="exp")
    ex_for_sum = ex
    if p["nm"] == "normalizer_mismatch":
        # the normalizer sums a different exponential: exp(x), without the
        # max subtracted (the numerator has exp(x - max))
        def body(e, a, o):
            y = e.fresh("x")
            e.emit("%s = math.exp %s : f32" % (y, a[0]))
            return y
        ex_for_sum = be.generic([(x, ident(r))], x.shape, "f32", ident(r),
                                ["parallel"] * r, body, hint="exp")
    s = reduce(ex_for_sum, "sum", 0.0)
    if p["norm"] == "divf":
        def body(e, a, o):
            n = e.fresh("x")
            e.emit("%s = arith.divf %s, %s : f32" % (n, a[0], a[1]))
            return n
        return be.generic([(ex, ident(r)), (s, smap)], x.shape, "f32", ident(r),
                          ["parallel"] * r, body, hint="p")

    def rbody(e, a, o):
        one = e.const_f(1.0)
        n = e.fresh("x")
        e.emit("%s = arith.divf %s, %s : f32" % (n, one, a[0]))
        return n
    rs_ = be.generic([(s, ident(r - 1))], rshape, "f32", ident(r - 1), ["parallel"] * (r - 1),
                     rbody, hint="rcp")

    def mbody(e, a, o):
        n = e.fresh("x")
        e.emit("%s = arith.mulf %s, %s : f32" % (n, a[0], a[1]))
        return n
    return be.generic([(ex, ident(r)), (rs_, smap)], x.shape, "f32", ident(r),
                      ["parallel"] * r, mbody, hint="p")


# ---------------------------------------------------------------------------
# TOSA blocks

class TosaEmitter:
    def __init__(self, be):
        self.be = be
        self.e = be.e
        self.dims = be.dims

    def ty(self, shape, et):
        return tensor_ty(self.dims, shape, et)

    def shift(self):
        n = self.e.fresh("sh")
        self.e.emit('%s = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>' % n)
        return n

    def const(self, value, rank, et="f32"):
        n = self.e.fresh("tc")
        ty = "tensor<%sx%s>" % ("x".join(["1"] * rank), et)
        self.e.emit('%s = "tosa.const"() <{values = dense<%s> : %s}> : () -> %s' % (
            n, f_const(value, et) if et != "i1" else value, ty, ty))
        return Val(n, [1] * rank, et)

    def zp(self, et):
        n = self.e.fresh("zp")
        self.e.emit('%s = "tosa.const"() <{values = dense<0.0> : tensor<1x%s>}> : () -> tensor<1x%s>' % (
            n, et, et))
        return n

    def reshape(self, v, shape):
        c = self.e.fresh("shp")
        vals = [str(self.dims.size(s)) for s in shape]
        self.e.emit("%s = tosa.const_shape {values = dense<[%s]> : tensor<%dxindex>} : () -> !tosa.shape<%d>" % (
            c, ", ".join(vals), len(shape), len(shape)))
        n = self.e.fresh("rs")
        self.e.emit("%s = tosa.reshape %s, %s : (%s, !tosa.shape<%d>) -> %s" % (
            n, v.name, c, v.ty(self.dims), len(shape), self.ty(shape, v.et)))
        return Val(n, shape, v.et)

    def transpose(self, v, perm):
        shape = [v.shape[i] for i in perm]
        n = self.e.fresh("tr")
        self.e.emit("%s = tosa.transpose %s {perms = array<i32: %s>} : (%s) -> %s" % (
            n, v.name, ", ".join(map(str, perm)), v.ty(self.dims), self.ty(shape, v.et)))
        return Val(n, shape, v.et)

    def cast(self, v, et):
        if v.et == et:
            return v
        n = self.e.fresh("cs")
        self.e.emit("%s = tosa.cast %s : (%s) -> %s" % (n, v.name, v.ty(self.dims),
                                                          self.ty(v.shape, et)))
        return Val(n, v.shape, et)

    def binary(self, op, a, b, shape=None, et=None):
        shape = shape or bshape(a.shape, b.shape)
        et = et or a.et
        n = self.e.fresh("t")
        if op == "mul":
            sh = self.shift()
            self.e.emit("%s = tosa.mul %s, %s, %s : (%s, %s, tensor<1xi8>) -> %s" % (
                n, a.name, b.name, sh, a.ty(self.dims), b.ty(self.dims), self.ty(shape, et)))
        else:
            self.e.emit("%s = tosa.%s %s, %s : (%s, %s) -> %s" % (
                n, op, a.name, b.name, a.ty(self.dims), b.ty(self.dims), self.ty(shape, et)))
        return Val(n, shape, et)

    def unary(self, op, a):
        n = self.e.fresh("t")
        self.e.emit("%s = tosa.%s %s : (%s) -> %s" % (n, op, a.name, a.ty(self.dims),
                                                      a.ty(self.dims)))
        return Val(n, a.shape, a.et)

    def reduce(self, op, a, axis):
        shape = list(a.shape)
        shape[axis] = 1
        n = self.e.fresh("t")
        self.e.emit("%s = tosa.%s %s {axis = %d : i32} : (%s) -> %s" % (
            n, op, a.name, axis, a.ty(self.dims), self.ty(shape, a.et)))
        return Val(n, shape, a.et)

    def matmul(self, a, b, out_et):
        shape = [a.shape[0], a.shape[1], b.shape[2]]
        za, zb = self.zp(a.et), self.zp(b.et)
        n = self.e.fresh("mm")
        self.e.emit("%s = tosa.matmul %s, %s, %s, %s : (%s, %s, tensor<1x%s>, tensor<1x%s>) -> %s" % (
            n, a.name, b.name, za, zb, a.ty(self.dims), b.ty(self.dims), a.et, b.et,
            self.ty(shape, out_et)))
        return Val(n, shape, out_et)

    def select(self, c, a, b):
        shape = bshape(bshape(c.shape, a.shape), b.shape)
        n = self.e.fresh("t")
        self.e.emit("%s = tosa.select %s, %s, %s : (%s, %s, %s) -> %s" % (
            n, c.name, a.name, b.name, c.ty(self.dims), a.ty(self.dims), b.ty(self.dims),
            self.ty(shape, a.et)))
        return Val(n, shape, a.et)


def bshape(a, b):
    assert len(a) == len(b), (a, b)
    return [y if x == 1 else x for x, y in zip(a, b)]


def emit_tosa_block(g, e, fn, p, idx, q_in=None):
    be = BlockEmitter(g, e, p, idx, fn)
    t = TosaEmitter(be)
    et, lay, nm = p["et"], p["layout"], p["nm"]
    if lay == "4d":
        qs, ks, vs = ["B", "H", "Sq", "D"], ["B", "Hkv", "Sk", "D"], ["B", "Hkv", "Sk", "Dv"]
    else:
        qs, ks, vs = ["B", "Sq", "D"], ["B", "Sk", "D"], ["B", "Sk", "Dv"]
    if p.get("bshd"):
        qs, ks, vs = [[x[0], x[2], x[1], x[3]] for x in (qs, ks, vs)]
    if q_in is not None:
        q = Val(q_in.name, qs, q_in.et)
    else:
        q = be.add_arg("q", qs, et, {"kind": "hash", "seed": seed_for(idx, "q")})
    k = be.add_arg("k", ks, et, {"kind": "hash", "seed": seed_for(idx, "k")})
    v = be.add_arg("v", vs, et, {"kind": "hash", "seed": seed_for(idx, "v")})
    if p.get("bshd"):
        q, k, v = [t.transpose(x, [0, 2, 1, 3]) for x in (q, k, v)]
    rs = p["rs"]
    mask = None
    if p["mask"]:
        ms = p["mask_shape"]
        N = "N" if lay == "4d" else "B"
        shape = {"SqSk": ["Sq", "Sk"], "B1SqSk": ["B", 1, "Sq", "Sk"],
                 "B11Sk": ["B", 1, 1, "Sk"], "BHSqSk": ["B", "H", "Sq", "Sk"],
                 "NSqSk": [N, "Sq", "Sk"], "N1Sk": [N, 1, "Sk"]}[ms]
        kind = "bool" if p["mask_et"] == "i1" else "hash"
        mask = be.add_arg("mask", shape, p["mask_et"],
                          {"kind": kind, "seed": seed_for(idx, "mask"), "scale": 2.0})
        if p["twin"] == "mask_transposed":
            mask = t.transpose(mask, [1, 0])  # [Sk, Sq] read where [Sq, Sk] belongs
            mask.shape = ["Sq", "Sk"]
        if len(mask.shape) < rs:
            mask = t.reshape(mask, [1] * (rs - len(mask.shape)) + mask.shape)
        if mask.et not in ("f32", "i1"):
            mask = t.cast(mask, "f32")
    mask2 = None
    if p.get("mask2"):
        mask2 = be.add_arg("mtwo", fn.args[-1][4], "i1",
                           {"kind": "bool", "seed": seed_for(idx, "mask2")})
        if len(mask2.shape) < rs:
            mask2 = t.reshape(mask2, [1] * (rs - len(mask2.shape)) + mask2.shape)
    scale_arg = None
    if p["scale_mode"] == "arg_mul":
        name = "%%scale%d" % idx
        fn.args.append((name, "tensor<1x1x1xf32>", "tensor<1x1x1xf32>",
                        {"kind": "scalar_tensor", "value": p["scale"]}, None, None))
        scale_arg = Val(name, [1, 1, 1], "f32")

    work_et = et
    if p["cast"] == "cast_inputs":
        q, k, v = t.cast(q, "f32"), t.cast(k, "f32"), t.cast(v, "f32")
        work_et = "f32"
    if p["scale_mode"] in ("mul_k", "split_qk"):
        kval = p["scale"] if p["scale_mode"] == "mul_k" else math.sqrt(p["scale"])
        k = t.binary("mul", k, t.const(kval, len(k.shape), k.et))
    if p["gqa"]:
        G = p["H"] // p["Hkv"]
        new = []
        for x, last in ((k, "D"), (v, "Dv")):
            x5 = t.reshape(x, ["B", "Hkv", 1, "Sk", last])
            if p["gqa"] == "tile":
                c = e.fresh("mul")
                e.emit("%s = tosa.const_shape {values = dense<[1, 1, %d, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>" % (c, G))
                n = e.fresh("tile")
                sh5 = ["B", "Hkv", G, "Sk", last]
                e.emit("%s = tosa.tile %s, %s : (%s, !tosa.shape<5>) -> %s" % (
                    n, x5.name, c, x5.ty(be.dims), t.ty(sh5, x.et)))
                x5 = Val(n, sh5, x.et)
            else:  # broadcast by adding a zero tensor of the full shape
                z = e.fresh("z")
                sh5 = ["B", "Hkv", G, "Sk", last]
                zt = t.ty(sh5, x.et)
                e.emit('%s = "tosa.const"() <{values = dense<0.0> : %s}> : () -> %s' % (z, zt, zt))
                x5 = t.binary("add", x5, Val(z, sh5, x.et))
            new.append(t.reshape(x5, ["B", "H", "Sk", last]))
        k, v = new
    if p["scale_mode"] in ("mul_q", "split_qk"):
        qval = p["scale"] if p["scale_mode"] == "mul_q" else math.sqrt(p["scale"])
        q = t.binary("mul", q, t.const(qval, len(q.shape), q.et))
    # K^T
    wrong_qk = p["twin"] == "k_not_transposed"
    if lay == "4d":
        if p["ktrans"] == "4d" and not wrong_qk:
            kt = t.transpose(k, [0, 1, 3, 2])
            kt = t.reshape(kt, ["N", "D", "Sk"])
        else:
            kt = t.reshape(k, ["N", "Sk", "D"])
            if not wrong_qk:
                kt = t.transpose(kt, [0, 2, 1])
        q3 = t.reshape(q, ["N", "Sq", "D"])
        v3 = t.reshape(v, ["N", "Sk", "Dv"])
    else:
        kt = k if wrong_qk else t.transpose(k, [0, 2, 1])
        q3, v3 = q, v
    s_et = "f16" if p["cast"] == "f16_scores" else "f32"
    s = t.matmul(q3, kt, s_et)
    s.shape = [s.shape[0], "Sq", "Sk"]
    s = t.cast(s, "f32")
    if rs == 4:
        s = t.reshape(s, ["B", "H", "Sq", "Sk"])
    twice = []
    if nm == "scores_used_twice":
        twice.append(s)
    r = rs
    x = s
    sm = p["scale_mode"]
    if p.get("scale_after_mask"):
        x = t.binary("add", x, mask)  # (scores + mask) * scale
    if sm == "mul_scores":
        x = t.binary("mul", x, t.const(p["scale"], r))
    elif sm == "recip_scores":
        x = t.binary("mul", x, t.unary("reciprocal", t.const(1.0 / p["scale"], r)))
    elif sm == "arg_mul":
        sa = scale_arg if r == 3 else t.reshape(scale_arg, [1, 1, 1, 1])
        x = t.binary("mul", x, sa)
    if p["mask"] == "add" and not p.get("scale_after_mask"):
        x = t.binary("add", x, mask)
    elif p["mask"] == "select":
        x = t.select(mask, x, t.const(-math.inf if p["mask_fill"] == "-inf" else -1e9, r))
    if mask2 is not None:
        x = t.select(mask2, x, t.const(-math.inf if p["mask2"] == "-inf" else -1e9, r))
    if p["causal"]:
        cc = emit_causal_const(be, p, r)
        cv = Val(cc.name, ["Sq", "Sk"], cc.et)
        # tosa wants tosa.const; use a tosa.const of the same literal
        lit = e.lines.pop()
        lit = lit.replace("arith.constant", '"tosa.const"() <{values =', 1)
        ty = lit.rsplit(" : ", 1)[1]
        lit = lit.rsplit(" : ", 1)[0] + " : %s}> : () -> %s" % (ty, ty)
        e.lines.append(lit)
        cv = t.reshape(cv, [1] * (r - 2) + ["Sq", "Sk"])
        if p["causal_sp"] == "const_add":
            x = t.binary("add", x, cv)
        else:
            x = t.select(cv, x, t.const(-math.inf if p["causal_fill"] == "-inf" else -1e9, r))
    axis = r - 1 if nm != "softmax_query_axis" else r - 2
    if p.get("twin") == "naive_softmax":
        m = None
        ex = t.unary("exp", x)  # no max subtracted
    else:
        m = t.reduce("reduce_max", x, axis)
        if nm == "max_broadcast_mismatch":
            m = t.transpose(m, list(range(r - 2)) + [r - 1, r - 2])  # [.., 1, Sq]: per key
        ex = t.unary("exp", t.binary("sub", x, m))
    ex_sum = ex
    if nm == "normalizer_mismatch":
        ex_sum = t.unary("exp", x)  # exp(x) without the max: a different exponential
    ssum = t.reduce("reduce_sum", ex_sum, axis)
    rcp = t.unary("reciprocal", ssum)
    if nm == "normalizer_broadcast_mismatch":
        rcp = t.transpose(rcp, list(range(r - 2)) + [r - 1, r - 2])
    probs = t.binary("mul", ex, rcp)
    if nm == "post_softmax_product":
        pm = be.add_arg("pm", [1] * (r - 2) + ["Sq", "Sk"], "f32",
                        {"kind": "hash", "seed": seed_for(idx, "pm"), "scale": 1.0})
        kind = g.pick("nm.post", ["mul", "add"])
        probs = t.binary(kind, probs, pm)
    if nm == "probs_used_twice":
        twice.append(probs)
    if rs == 4:
        probs = t.reshape(probs, ["N", "Sq", "Sk"])
    if work_et != "f32":
        probs = t.cast(probs, work_et)
    if p["twin"] == "v_transposed":
        v3 = t.transpose(v3, [0, 2, 1])
        v3.shape = [v3.shape[0], "Sk", "Dv"]
    if nm == "wrong_contraction":
        probs = t.transpose(probs, [0, 2, 1])  # O = P^T V: reduces the query axis
        probs.shape = [probs.shape[0], "Sq", "Sk"]
    o = t.matmul(probs, v3, "f32")
    o.shape = [o.shape[0], "Sq", "Dv"]
    if lay == "4d":
        o = t.reshape(o, ["B", "H", "Sq", "Dv"])
    if et != "f32" and not p["out_f32"]:
        o = t.cast(o, et)
    if p.get("bshd"):
        o = t.transpose(o, [0, 2, 1, 3])
    return [o] + twice, be


# ---------------------------------------------------------------------------
# @main: inputs by hash, prints.

def emit_hash_body(e, idx_names, sizes, seed, out_et, kind, scale, period=0):
    """Body computing the hash of the linear index.  Mirrored by hash_value()
    and hash_bool() (and, for the row-pattern kinds, by input_value()).

    kind: "hash" (a float in (-scale, scale), never 0), "bool" (key 0 always
    kept: no fully masked row), "bool_rows" (like "bool", but every row i with
    i % period == period - 1 fully masked: i is the second-to-last index),
    "bool_lastmasked" (key 0 kept, the last key always masked), "rowbias" (a
    "hash" additive mask whose rows i % period == period - 1 are -1e6)."""
    if kind in ("bool_rows", "rowbias"):
        base = emit_hash_body(e, idx_names, sizes, seed, "f32" if kind == "rowbias" else out_et,
                              "bool" if kind == "bool_rows" else "hash", scale)
        cp = e.const_index(period)
        rem = e.fresh("b")
        e.emit("%s = arith.remui %s, %s : index" % (rem, idx_names[-2], cp))
        cl = e.const_index(period - 1)
        hit = e.fresh("b")
        e.emit("%s = arith.cmpi eq, %s, %s : index" % (hit, rem, cl))
        r = e.fresh("b")
        if kind == "bool_rows":
            t = e.fresh("b")
            e.emit("%s = arith.constant false" % t)
            e.emit("%s = arith.select %s, %s, %s : i1" % (r, hit, t, base))
            return r
        big = e.const_f(-1e6)
        e.emit("%s = arith.select %s, %s, %s : f32" % (r, hit, big, base))
        return emit_body_cast(e, r, "f32", out_et)
    if kind == "bool_lastmasked":
        base = emit_hash_body(e, idx_names, sizes, seed, out_et, "bool", scale)
        cl = e.const_index(sizes[-1] - 1)
        ne = e.fresh("b")
        e.emit("%s = arith.cmpi ne, %s, %s : index" % (ne, idx_names[-1], cl))
        r = e.fresh("b")
        e.emit("%s = arith.andi %s, %s : i1" % (r, base, ne))
        return r
    lin = None
    for i, (ix, sz) in enumerate(zip(idx_names, sizes)):
        if lin is None:
            lin = ix
        else:
            c = e.const_index(sz)
            t = e.fresh("l")
            e.emit("%s = arith.muli %s, %s : index" % (t, lin, c))
            u = e.fresh("l")
            e.emit("%s = arith.addi %s, %s : index" % (u, t, ix))
            lin = u
    h = e.fresh("h")
    e.emit("%s = arith.index_cast %s : index to i32" % (h, lin))

    def ci(v):
        n = e.fresh("ci")
        e.emit("%s = arith.constant %d : i32" % (n, i32(v)))
        return n

    def op(o, a, b):
        n = e.fresh("h")
        e.emit("%s = arith.%s %s, %s : i32" % (n, o, a, b))
        return n
    h = op("addi", h, ci(seed))
    h = op("muli", h, ci(HASH_M1))
    h = op("xori", h, op("shrui", h, ci(15)))
    h = op("muli", h, ci(HASH_M2))
    h = op("xori", h, op("shrui", h, ci(13)))
    h = op("muli", h, ci(HASH_M3))
    h = op("xori", h, op("shrui", h, ci(16)))
    if kind == "bool":
        lo = op("andi", h, ci(3))
        z = ci(0)
        c = e.fresh("b")
        e.emit("%s = arith.cmpi ne, %s, %s : i32" % (c, lo, z))
        # key 0 is always kept: no fully masked rows
        last = idx_names[-1]
        c0 = e.const_index(0)
        f = e.fresh("b")
        e.emit("%s = arith.cmpi eq, %s, %s : index" % (f, last, c0))
        r = e.fresh("b")
        e.emit("%s = arith.ori %s, %s : i1" % (r, c, f))
        return r
    lo = op("andi", h, ci(0xFFFF))
    f = e.fresh("fl")
    e.emit("%s = arith.uitofp %s : i32 to f32" % (f, lo))
    # (lo + 0.5) / 32768 - 1 in (-1, 1), never 0
    c_half, c_inv, c_one = e.const_f(0.5), e.const_f(1.0 / 32768), e.const_f(1.0)
    a = e.fresh("fl")
    e.emit("%s = arith.addf %s, %s : f32" % (a, f, c_half))
    b = e.fresh("fl")
    e.emit("%s = arith.mulf %s, %s : f32" % (b, a, c_inv))
    c = e.fresh("fl")
    e.emit("%s = arith.subf %s, %s : f32" % (c, b, c_one))
    if scale != 1.0:
        cs = e.const_f(scale)
        d = e.fresh("fl")
        e.emit("%s = arith.mulf %s, %s : f32" % (d, c, cs))
        c = d
    return emit_body_cast(e, c, "f32", out_et)


def hash_u32(lin, seed):
    m = 0xFFFFFFFF
    h = (lin + seed) & m
    h = (h * HASH_M1) & m
    h ^= h >> 15
    h = (h * HASH_M2) & m
    h ^= h >> 13
    h = (h * HASH_M3) & m
    h ^= h >> 16
    return h


def hash_value(lin, seed, scale=1.0):
    lo = hash_u32(lin, seed) & 0xFFFF
    x = (lo + 0.5) * (1.0 / 32768) - 1.0
    return f32(f32(x) * f32(scale)) if scale != 1.0 else x


def hash_bool(lin, seed, last_index):
    return (hash_u32(lin, seed) & 3) != 0 or last_index == 0


def f32(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def emit_print_f32(e, value, ty, et, rank, dyn_sizes=()):
    """Prints tensor `value` (type `ty`, element type `et`) with printMemrefF32,
    extending f16/bf16 to f32 first; `dyn_sizes` are the SSA sizes of its
    dynamic dims. Shared by this driver and test/Frontends/run_corpus.py."""
    if et != "f32":
        ty32 = ty[:ty.rfind(et)] + "f32>"
        em = e.fresh("e")
        e.emit("%s = tensor.empty(%s) : %s" % (em, ", ".join(dyn_sizes), ty32))
        c = e.fresh("cv")
        e.emit("%s = linalg.generic {indexing_maps = [%s, %s], iterator_types = [%s]} ins(%s : %s) outs(%s : %s) {" % (
            c, ident(rank), ident(rank), ", ".join(['"parallel"'] * rank), value, ty, em, ty32))
        a, o = e.fresh("a"), e.fresh("o")
        e.emit("^bb0(%s: %s, %s: f32):" % (a, et, o))
        x = e.fresh("x")
        e.emit("  %s = arith.extf %s : %s to f32" % (x, a, et))
        e.emit("  linalg.yield %s : f32" % x)
        e.emit("} -> %s" % ty32)
        value, ty = c, ty32
    mty = ty.replace("tensor<", "memref<")
    m = e.fresh("m")
    e.emit("%s = bufferization.to_buffer %s : %s to %s" % (m, value, ty, mty))
    u = e.fresh("u")
    e.emit("%s = memref.cast %s : %s to memref<*xf32>" % (u, m, mty))
    e.emit("call @printMemrefF32(%s) : (memref<*xf32>) -> ()" % u)


def emit_main(e, fn, res_infos):
    e.emit("func.func @main() {")
    call_args, call_tys = [], []
    for (name, ty, sty, gen, shape, et) in fn.args:
        if gen["kind"] == "scalar":
            n = e.const_f(gen["value"])
            call_args.append(n)
            call_tys.append("f32")
            continue
        if gen["kind"] == "scalar_tensor":
            n = e.fresh("st")
            e.emit("%s = arith.constant dense<%s> : %s" % (n, fmt_f(gen["value"]), sty))
            call_args.append(n)
            call_tys.append(ty)
            continue
        dims = [int(x) for x in re.findall(r"(\d+)x", sty)]
        r = len(dims)
        em = e.fresh("e")
        e.emit("%s = tensor.empty() : %s" % (em, sty))
        n = e.fresh("in")
        e.emit("%s = linalg.generic {indexing_maps = [%s], iterator_types = [%s]} outs(%s : %s) {" % (
            n, ident(r), ", ".join(['"parallel"'] * r), em, sty))
        o = e.fresh("o")
        e.emit("^bb0(%s: %s):" % (o, et))
        old = e.indent
        e.indent = old + "  "
        ids = []
        for i in range(r):
            ix = e.fresh("i")
            e.emit("%s = linalg.index %d : index" % (ix, i))
            ids.append(ix)
        y = emit_hash_body(e, ids, dims, gen["seed"], et, gen["kind"], gen.get("scale", 1.0),
                           gen.get("period", 0))
        e.emit("linalg.yield %s : %s" % (y, et))
        e.indent = old
        e.emit("} -> %s" % sty)
        if ty != sty:
            c = e.fresh("dyn")
            e.emit("%s = tensor.cast %s : %s to %s" % (c, n, sty, ty))
            n = c
        call_args.append(n)
        call_tys.append(ty)
    rtys = [ri["type"] for ri in res_infos]
    rnames = [e.fresh("r") for _ in res_infos]
    e.emit("%s = call @attn(%s) : (%s) -> (%s)" % (", ".join(rnames), ", ".join(call_args),
                                                  ", ".join(call_tys), ", ".join(rtys)))
    for rn, ri in zip(rnames, res_infos):
        ty, et, rank = ri["type"], ri["et"], ri["rank"]
        cur = rn
        if et != "f32":
            sty = ri["static_type"]
            st = e.fresh("st")
            e.emit("%s = tensor.cast %s : %s to %s" % (st, cur, ty, sty))
            cur, ty = st, sty
        emit_print_f32(e, cur, ty, et, rank)
    e.emit("return")
    e.emit("}")


# ---------------------------------------------------------------------------

SEM_RATE = 0.35


def generate(seed, exclude=(), force=None, small=False, near_miss_rate=0.3, sem_rate=0.0,
             gated_classes=None, known_miscompiles=None):
    """Returns (mlir_text, meta).  A fraction sem_rate of the seeds (decided by
    a stream of its own, so the other seeds' programs do not change) are
    programs of the semantic classes of attn_gen_sem.py (attn_diff.py and this
    script's command line use SEM_RATE; other importers get spellings only
    unless they ask)."""
    force = dict(force or {})
    want_sem = force.pop("kind", None)
    if want_sem is None:
        want_sem = "sem" if random.Random(seed * 2654435761 + 97).random() < sem_rate else "spell"
    if want_sem == "sem":
        import attn_gen_sem
        g = Gen(seed, exclude, force, small)
        if gated_classes is None:
            gated_classes = read_gated(section="Gated classes")
        if known_miscompiles is None:
            known_miscompiles = read_gated(section="Known miscompiles")
        return attn_gen_sem.generate(seed, g, small, gated_classes, known_miscompiles)
    g = Gen(seed, exclude, force, small)
    nblocks = g.pick("blocks", [1, 2], [3, 1])
    blocks = []
    twins = []
    for b in range(nblocks):
        nm = None
        twin = None
        r = g.rng.random()
        if r < near_miss_rate:
            nm = g.pick("near_miss", NEAR_MISSES)
        elif r < near_miss_rate * 1.4:
            twin = g.pick("twin", TWINS)
        blocks.append(nm)
        twins.append(twin)
    fn = Fn()
    body = Emitter()
    body.indent = "  "
    results = []
    params = []
    chained_from = None
    for b, nm in enumerate(blocks):
        fixed = None
        q_in = None
        if b == 1 and g.flag("chain", 0.5) and blocks[0] is None and twins[0] is None and \
                params[0].get("cast") != "f16_scores":
            # (not from a block that accumulates Q.K in f16: its rounding,
            # amplified by the second block's Q.K^T, has no derived bar)
            # block 2 reads block 1's output as its query
            prev_p, prev_out = params[0], results[0][0]
            if prev_p["Dv"] in (8, 16, 40, 64):
                fixed = dict(B=prev_p["B"], H=prev_p["H"], Sq=prev_p["Sq"], D=prev_p["Dv"])
        p = None
        for _ in range(50):
            p = choose_block(g, nm, fixed, twins[b])
            if fixed is None:
                break
            # chaining needs the same family layout / dtype / static dims
            pv = params[0]
            if (p["family"], p["layout"], p["et"], p["bshd"]) == \
                    (pv["family"], pv["layout"], pv["et"], pv["bshd"]) and \
                    not p["dyn"] and not pv["dyn"] and not pv["out_f32"] and p["H"] == p["Hkv"] and \
                    p["Sq"] == fixed["Sq"] and p["D"] == fixed["D"] and \
                    p["B"] == fixed["B"] and p["H"] == fixed["H"]:
                break
            p = None
        if p is None:
            fixed = None
            p = choose_block(g, nm, None, twins[b])
        if p["twin"] == "mask_key_diag" and p["family"] == "tosa":
            p["twin"] = twins[b] = "mask_transposed"  # TOSA has no diagonal read
        if fixed is not None:
            q_in = results[0][0][0]
            results[0] = results[0][1:]  # block 1's output is consumed, not returned
            chained_from = 0
        emit = emit_tosa_block if p["family"] == "tosa" else emit_linalg_block
        outs, be = emit(g, body, fn, p, b, q_in=q_in)
        results.append([(o, be.dims, p["et"], p) for o in outs])
        params.append(p)
    flat = [x for rs in results for x in rs]
    res_infos = []
    for (v, dims, prec, bp) in flat:
        res_infos.append({"type": v.ty(dims), "static_type": static_ty(dims, v.shape, v.et),
                          "et": v.et, "rank": len(v.shape), "prec": prec,
                          "shape": [dims.size(s) for s in v.shape]})
        if bp.get("cast") == "f16_scores":
            # Q.K^T of D terms accumulated in f16, logits = scale * scores
            res_infos[-1]["acc"] = {"et": "f16", "terms": bp["D"], "scale": bp["scale"]}
    out = Emitter()
    out.indent = ""
    meta = {
        "seed": seed,
        # blocks that are attention and must be fused (twins excluded)
        "expected_fused": sum(1 for nm, tw in zip(blocks, twins) if nm is None and tw is None),
        # transposed twins: attention of a permuted operand, fusion optional
        "twins": [tw for tw in twins if tw],
        "near_misses": [nm for nm in blocks if nm],
        "tags": sorted(set(g.tags)),
        # et: printed element type; prec: the block's operand type (an f32
        # output computed from f16 operands carries f16 rounding); acc: the
        # block's Q.K^T accumulates its `terms` products in f16 (attncheck's
        # f16_accumulation_max_abs_tolerance)
        "outputs": [dict({"et": ri["et"], "prec": ri["prec"], "shape": ri["shape"]},
                         **({"acc": ri["acc"]} if "acc" in ri else {}))
                    for ri in res_infos],
        "blocks": [{k: v for k, v in p.items() if not k.startswith("_")} for p in params],
        "chained": chained_from is not None,
    }
    out.emit("// ATTN-GEN: " + json.dumps(meta, sort_keys=True))
    out.emit("// Generated by utils/attn_gen.py --seed %d; expected attn.flash_attention ops: %d" % (
        seed, meta["expected_fused"]))
    out.emit("module {")
    sig = ", ".join("%s: %s" % (a[0], a[1]) for a in fn.args)
    out.emit("func.func @attn(%s) -> (%s) {" % (sig, ", ".join(ri["type"] for ri in res_infos)))
    out.lines.extend(body.lines)
    out.emit("  return %s : %s" % (", ".join(v.name for v, _, _, _ in flat),
                                   ", ".join(ri["type"] for ri in res_infos)))
    out.emit("}")
    m = Emitter()
    m.indent = ""
    emit_main(m, fn, res_infos)
    out.lines.extend("" + l for l in m.lines)
    out.emit("func.func private @printMemrefF32(memref<*xf32>)")
    out.emit("}")
    return "\n".join(out.lines) + "\n", meta


def read_gated(path=None, section="Gated spellings"):
    """Tags listed in one section of KNOWN_GAPS.md (lines `| \\`tag\\` | ...`):
    'Gated spellings' (not generated unless --include-unsupported), 'Gated
    classes' (semantic classes generated, their fusion not yet required),
    'Known miscompiles' (near-miss classes that attn-fuse fuses today)."""
    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test",
                                "Differential", "KNOWN_GAPS.md")
    tags = []
    try:
        txt = open(path).read()
    except OSError:
        return tags
    sec = txt.split("## " + section, 1)
    if len(sec) < 2:
        return tags
    body = sec[1].split("\n## ", 1)[0]
    for line in body.splitlines():
        mm = re.match(r"\|\s*`([^`]+)`\s*\|", line)
        if mm:
            tags.append(mm.group(1))
    return tags


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="print only the metadata")
    ap.add_argument("--small", action="store_true", help="small shapes (CI)")
    ap.add_argument("--include-unsupported", action="store_true",
                    help="also generate the spellings listed in KNOWN_GAPS.md")
    ap.add_argument("--near-miss-rate", type=float, default=0.3)
    ap.add_argument("--sem-rate", type=float, default=SEM_RATE,
                    help="fraction of seeds that are semantic-class programs (attn_gen_sem.py)")
    ap.add_argument("--force", action="append", default=[],
                    help="key=value: force a choice (e.g. family=tosa)")
    ap.add_argument("-o", "--output")
    a = ap.parse_args()
    exclude = () if a.include_unsupported else read_gated()
    gated_classes = () if a.include_unsupported else None
    force = {}
    for f in a.force:
        k, v = f.split("=", 1)
        force[k] = {"True": True, "False": False, "None": None}.get(v, int(v) if v.isdigit() else v)
    text, meta = generate(a.seed, exclude, force, a.small, a.near_miss_rate, a.sem_rate,
                          gated_classes=gated_classes)
    if a.json:
        print(json.dumps(meta, indent=1, sort_keys=True))
        return
    if a.output:
        open(a.output, "w").write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
