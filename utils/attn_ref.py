#!/usr/bin/env python3
"""Pure-Python oracle for attn_gen.py programs: recomputes, from the
generator's own description of a program (its ATTN-GEN header), what @main
must print for the attention blocks, in double precision.

It is the generator's self-check: a generated "positive" that does not compute
scaled-dot-product attention with the recorded scale / mask / causal mode /
head mapping would disagree with this oracle when run through upstream MLIR
alone (attn_diff.py --oracle).  Near-miss blocks have no oracle (None).
"""

import math
import struct

from attn_gen import hash_value, hash_bool, seed_for


def to_f16(x):
    try:
        return struct.unpack("e", struct.pack("e", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def to_bf16(x):
    if math.isinf(x) or math.isnan(x):
        return x
    b = struct.unpack("I", struct.pack("f", x))[0]
    b = (b + 0x7FFF + ((b >> 16) & 1)) & 0xFFFF0000
    return struct.unpack("f", struct.pack("I", b))[0]


def to_f32(x):
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


ROUND = {"f32": to_f32, "f16": to_f16, "bf16": to_bf16}


def tensor(shape, fn):
    """Flat list in row-major order; fn(lin, idx) -> value."""
    n = 1
    for s in shape:
        n *= s
    out = []
    for lin in range(n):
        idx = []
        r = lin
        for s in reversed(shape):
            idx.append(r % s)
            r //= s
        out.append(fn(lin, idx[::-1]))
    return out


def strides(shape):
    st = [1] * len(shape)
    for i in range(len(shape) - 2, -1, -1):
        st[i] = st[i + 1] * shape[i + 1]
    return st


def block_ref(p, idx, q_override=None):
    """Output [B, H, Sq, Dv] (flat list, already in the printed layout of the
    block's argument layout) of one positive block."""
    B, H, Hkv, Sq, Sk, D, Dv = (p[k] for k in ("B", "H", "Hkv", "Sq", "Sk", "D", "Dv"))
    et = p["et"]
    rnd = ROUND[et]
    lay = p["layout"]
    qshape = {"4d": [B, H, Sq, D], "3d": [B, Sq, D], "2d": [Sq, D]}[lay]
    kshape = {"4d": [B, Hkv, Sk, D], "3d": [B, Sk, D], "2d": [Sk, D]}[lay]
    vshape = {"4d": [B, Hkv, Sk, Dv], "3d": [B, Sk, Dv], "2d": [Sk, Dv]}[lay]
    bshd = p.get("bshd")

    def sw(shape):  # [B, H, S, D] -> [B, S, H, D]
        return [shape[0], shape[2], shape[1], shape[3]] if bshd else shape

    def gen(shape, role):
        flat = tensor(sw(shape), lambda l, i: rnd(hash_value(l, seed_for(idx, role))))
        return flat
    if q_override is not None:
        q = q_override
    else:
        q = gen(qshape, "q")
    k = gen(kshape, "k")
    v = gen(vshape, "v")
    if bshd:
        q, k, v = (to_bhsd(x, sw(sh)) for x, sh in ((q, qshape), (k, kshape), (v, vshape)))
    # mask
    mask_at = None
    if p["mask"]:
        ms = p["mask_shape"]
        N = B * H
        shape = {"SqSk": [Sq, Sk], "B1SqSk": [B, 1, Sq, Sk], "B11Sk": [B, 1, 1, Sk],
                 "BHSqSk": [B, H, Sq, Sk], "NSqSk": [N, Sq, Sk], "N1Sk": [N, 1, Sk],
                 "1Sk": [1, Sk]}[ms]
        met = p["mask_et"]
        sd = seed_for(idx, "mask")
        if met == "i1":
            m = tensor(shape, lambda l, i: hash_bool(l, sd, i[-1]))
        else:
            m = tensor(shape, lambda l, i: ROUND[met](hash_value(l, sd, 2.0)))
        st = strides(shape)
        m2 = None
        if p.get("mask2"):
            m2 = tensor(shape, lambda l, i: hash_bool(l, seed_for(idx, "mask2"), i[-1]))

        def mask_at(b, h, i, j, m=m):
            if ms == "SqSk":
                return m[i * st[0] + j]
            if ms == "1Sk":
                return m[j]
            if ms == "B1SqSk":
                return m[b * st[0] + i * st[2] + j]
            if ms == "B11Sk":
                return m[b * st[0] + j]
            if ms == "BHSqSk":
                return m[b * st[0] + h * st[1] + i * st[2] + j]
            n = b * H + h
            if ms == "NSqSk":
                return m[n * st[0] + i * st[1] + j]
            if ms == "N1Sk":
                return m[n * st[0] + j]
            raise AssertionError(ms)
    scale = p["scale"]
    G = H // Hkv
    out = []
    qst, kst, vst = strides(qshape), strides(kshape), strides(vshape)
    nb = {"4d": 2, "3d": 1, "2d": 0}[lay]
    for b in range(B):
        for h in range(H):
            g = h // G
            if nb == 2:
                qo, ko, vo = b * qst[0] + h * qst[1], b * kst[0] + g * kst[1], b * vst[0] + g * vst[1]
            elif nb == 1:
                qo, ko, vo = b * qst[0], b * kst[0], b * vst[0]
            else:
                qo = ko = vo = 0
            for i in range(Sq):
                row = []
                qrow = q[qo + i * qst[-2]: qo + i * qst[-2] + D]
                for j in range(Sk):
                    krow = k[ko + j * kst[-2]: ko + j * kst[-2] + D]
                    s = sum(a * c for a, c in zip(qrow, krow)) * scale
                    keep = True
                    if mask_at is not None:
                        mv = mask_at(b, h, i, j)
                        if p["mask"] == "select":
                            keep = keep and mv
                        elif p.get("scale_after_mask"):
                            s += mv * scale  # (scores + mask) * scale
                        else:
                            s += mv
                        if m2 is not None:
                            keep = keep and mask_at(b, h, i, j, m2)
                    if p["causal"]:
                        off = 0 if p["causal"] == "top_left" else Sk - Sq
                        keep = keep and j <= i + off
                    row.append(s if keep else -math.inf)
                mx = max(row)
                ex = [math.exp(s - mx) if s != -math.inf else 0.0 for s in row]
                tot = sum(ex)
                pr = [e / tot for e in ex]
                for dv in range(Dv):
                    acc = 0.0
                    for j in range(Sk):
                        acc += pr[j] * v[vo + j * vst[-2] + dv]
                    out.append(acc)
    if bshd:
        out = to_bshd(out, [B, H, Sq, Dv])
    return out


def to_bhsd(flat, shape):
    """flat [B, S, H, D] -> flat [B, H, S, D]"""
    B, S, H, D = shape
    return [flat[((b * S + s) * H + h) * D + d]
            for b in range(B) for h in range(H) for s in range(S) for d in range(D)]


def to_bshd(flat, shape):
    """flat [B, H, S, D] -> flat [B, S, H, D]"""
    B, H, S, D = shape
    return [flat[((b * H + h) * S + s) * D + d]
            for b in range(B) for s in range(S) for h in range(H) for d in range(D)]


def program_ref(meta):
    """List (one per printed output) of flat expected values, None, or
    ("differs", values) for a near miss whose output must NOT equal the
    attention it resembles (else it would not be a near miss)."""
    if meta.get("kind") == "sem":
        return sem_ref(meta)
    blocks = meta["blocks"]
    outs = []
    prev = None
    for bi, p in enumerate(blocks):
        chained = bi == 1 and meta.get("chained")
        if chained:
            outs.pop()  # block 1's output was consumed by block 2, not printed
        if p.get("twin") and p["twin"] != "naive_softmax":
            outs.append(None)  # attention of a transposed operand: no oracle here
            continue
        if p["nm"]:
            if p["nm"] in ("scores_used_twice", "probs_used_twice") or chained:
                outs.append(None)
            else:
                # the attention this near miss resembles: the program must differ from it
                o = block_ref(p, bi)
                if p["et"] != "f32" and not p["out_f32"]:
                    o = [ROUND[p["et"]](x) for x in o]
                outs.append(("differs", o))
            # near misses may print extra outputs
            extra = 1 if p["nm"] in ("scores_used_twice", "probs_used_twice") else 0
            outs.extend([None] * extra)
            continue
        q_override = None
        if chained:
            q_override = [ROUND[p["et"]](x) for x in prev]
        o = block_ref(p, bi, q_override)
        if p["et"] != "f32" and not p["out_f32"]:
            o = [ROUND[p["et"]](x) for x in o]
        prev = o
        outs.append(o)
    return outs


# ---------------------------------------------------------------------------
# The semantic classes (attn_gen_sem.py): the program's own arithmetic, step
# by step: f32 logits, the mask fill substituted (or added), index compares
# evaluated in the width, signedness and float type the program uses,
# maximumf / maxnumf, exp, 0/0 = NaN, the safe-softmax selects.

INDEX_BITS = 64  # `index` on the hosts that run mlir-runner


def fexp(x):
    try:
        return to_f32(math.exp(x))
    except OverflowError:
        return math.inf


def fdiv(a, b):
    if b == 0.0:
        if a == 0.0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def maximumf(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.nan
    return max(a, b)


def maxnumf(a, b):
    if math.isnan(a):
        return b
    if math.isnan(b):
        return a
    return max(a, b)


def wrap_signed(x, bits):
    m = 1 << bits
    x %= m
    return x - m if x >= m >> 1 else x


def round_float(x, ty):
    return {"f32": to_f32, "f16": to_f16, "bf16": to_bf16}[ty](float(x))


def causal_keep(c, i, j, Sq, Sk):
    """Does the program's compare keep key j for query i (run-time sizes)?"""
    lim = i + (Sk - Sq if c["mode"] == "bottom_right" else 0)
    sp = c["sp"]
    u = 1 << INDEX_BITS
    if sp == "sle":
        return j <= lim
    if sp == "ule":
        return j % u <= lim % u
    if sp == "sge_sub":
        return wrap_signed(lim - j, INDEX_BITS) >= 0
    if sp == "ult_sub1":
        return (j - lim) % u < 1
    if sp.startswith("cast_"):
        _, ty, pred = sp.split("_")
        bits = int(ty[1:])
        if pred == "sle":
            return wrap_signed(j, bits) <= wrap_signed(lim, bits)
        return j % (1 << bits) <= lim % (1 << bits)
    if sp.startswith("fp_"):
        ty = sp.split("_")[1]
        return round_float(j, ty) <= round_float(lim, ty)
    raise AssertionError(sp)


def input_tensor(shape, gen, et):
    """The values @main generates for one argument (emit_hash_body)."""
    kind, seed, period = gen["kind"], gen["seed"], gen.get("period", 0)
    sc = gen.get("scale", 1.0)
    if kind in ("bool", "bool_rows", "bool_lastmasked"):
        def f(l, i):
            k = hash_bool(l, seed, i[-1])
            if kind == "bool_rows" and i[-2] % period == period - 1:
                k = False
            if kind == "bool_lastmasked" and i[-1] == shape[-1] - 1:
                k = False
            return k
        return tensor(shape, f)
    if kind == "rowbias":
        return tensor(shape, lambda l, i: -1e6 if i[-2] % period == period - 1
                      else hash_value(l, seed, sc))
    rnd = ROUND[et]
    return tensor(shape, lambda l, i: rnd(hash_value(l, seed, sc)))


def sem_out(p, over=None):
    """(output [B, H, Sq, Dv] flat, argmax [B, H, Sq] flat) of a semantic
    block, with the fields in `over` replaced (the attention a near miss
    resembles)."""
    from attn_gen import seed_for
    p = dict(p, **(over or {}))
    B, H, Hkv, Sq, Sk, D, Dv = (p[k] for k in ("B", "H", "Hkv", "Sq", "Sk", "D", "Dv"))
    et = p["et"]
    Qr, Kr = p["Qr"], p["Kr"]
    qks = p.get("qk_scale", 1.0)
    q = input_tensor([B, H, Qr, D], {"kind": "hash", "seed": seed_for(0, "q"), "scale": qks},
                     et)
    k = input_tensor([B, Hkv, Kr, D], {"kind": "hash", "seed": seed_for(0, "k"), "scale": qks},
                     et)
    v = input_tensor([B, Hkv, Sk, Dv], {"kind": "hash", "seed": seed_for(0, "v")}, et)
    masks = []
    for key, role in (("mask", "mask"), ("mask2", "mask2")):
        m = p.get(key)
        if not m:
            continue
        rows = (Sq + 1) // 2 if m.get("floordiv") == "query" else Sq
        cols = (Sk + 1) // 2 if m.get("floordiv") == "key" else Sk
        shape = {"SqSk": [rows, cols], "B1SqSk": [B, 1, rows, cols],
                 "B11Sk": [B, 1, 1, cols]}[m["shape"]]
        gen = {"kind": m["gen"], "seed": seed_for(0, role), "scale": 2.0,
               "period": m.get("period", 0)}
        vals = input_tensor(shape, gen, "f32")
        st = strides(shape)

        def at(b, i, j, m=m, vals=vals, st=st):
            if m.get("floordiv") == "key":
                j //= 2
            if m.get("floordiv") == "query":
                i //= 2
            if m["shape"] == "SqSk":
                return vals[i * st[0] + j]
            if m["shape"] == "B1SqSk":
                return vals[b * st[0] + i * st[2] + j]
            return vals[b * st[0] + j]
        masks.append((m["kind"], at))
    fills = {"-inf": -math.inf, "-1e4": -1e4, "finfo_min": -3.4028235e38}
    fill = to_f32(fills[p["fill"]])
    sc = p["scale"]
    kvh = p["kvh"]

    def kv_head(h):
        if kvh[0] == "id":
            return h
        return h // kvh[1] if kvh[0] == "floordiv" else h % kvh[1]
    qst, kst, vst = strides([B, H, Qr, D]), strides([B, Hkv, Kr, D]), strides([B, Hkv, Sk, Dv])
    out, amax = [], []
    for b in range(B):
        for h in range(H):
            g = kv_head(h)
            X = []
            for i in range(Sq):
                qi = i // 2 if p["qrow"] != "id" else i
                qo = b * qst[0] + h * qst[1] + qi * qst[2]
                row = []
                for j in range(Sk):
                    kj = j // 2 if p["krow"] != "id" else j
                    ko = b * kst[0] + g * kst[1] + kj * kst[2]
                    s = to_f32(math.fsum(q[qo + d] * k[ko + d] for d in range(D)))
                    if p.get("logit"):
                        row.append(narrow_logit(p, s, masks, b, i, j))
                        continue
                    s = to_f32(s * sc["value"]) if sc["op"] == "mul" else \
                        to_f32(fdiv(s, sc["value"]))
                    for kind, at in masks:
                        if kind == "add":
                            s = to_f32(s + at(b, i, j))
                        elif kind == "where":
                            s = to_f32(s + (0.0 if at(b, i, j) else fill))
                    for kind, at in masks:
                        if kind == "bool" and not at(b, i, j):
                            s = fill
                    if p["causal"] and not causal_keep(p["causal"], i, j, Sq, Sk):
                        s = to_f32(fills[p["causal_fill"]]) if p.get("causal_fill") else fill
                    row.append(s)
                X.append(row)
            allq = [all(X[i][j] == -math.inf for i in range(Sq)) for j in range(Sk)]
            for i in range(Sq):
                x = X[i]
                mx, ix = -math.inf, 0
                for j, s in enumerate(x):
                    if p["argmax"]:
                        if s > mx:  # cmpf ogt against the running max
                            ix = j
                        mx = maximumf(s, mx)
                    else:
                        mx = (maximumf if p["max"] == "maximumf" else maxnumf)(s, mx)
                ex = [fexp(to_f32(s - mx)) for s in x]
                tot = 0.0
                for e in ex:
                    tot = to_f32(tot + e)
                pr = [to_f32(fdiv(e, tot)) for e in ex]
                if p["safe"] == "all_key" and all(s == -math.inf for s in x):
                    pr = [0.0] * Sk
                elif p["safe"] == "all_key_half" and all(s == -math.inf for s in x):
                    pr = [0.5] * Sk
                elif p["safe"] == "all_query":
                    pr = [0.0 if allq[j] else pr[j] for j in range(Sk)]
                elif p["safe"] == "nan_select":
                    pr = [0.0 if math.isnan(a) else a for a in pr]
                # "nan_ordered": select(P one P, 0, P) never selects
                vo = b * vst[0] + g * vst[1]
                for dv in range(Dv):
                    acc = 0.0
                    for j in range(Sk):
                        acc += pr[j] * v[vo + j * vst[2] + dv]
                    acc = to_f32(acc)
                    if p["et"] != "f32" and not p["out_f32"]:
                        acc = ROUND[p["et"]](acc)
                    out.append(acc)
                amax.append(float(ix))
    return out, amax


# finfo(T).min: HF's mask value (attn_gen_sem.FINFO_MIN).
FINFO_MIN = {"f16": -65504.0, "bf16": -3.3895313892515355e38}


def narrow_logit(p, s, masks, b, i, j):
    """The logit of a narrow-logit block (attn_gen_sem.choose_narrow_logits)
    from the f32 score s: every step rounded to T as the program's T
    arithmetic does; the mask is where(keep, 0, finfo(T).min)."""
    lt, steps, sc = p["logit"]["type"], p["logit"]["steps"], p["scale"]
    rnd = ROUND[lt]
    (_, at), = masks
    m = 0.0 if at(b, i, j) else FINFO_MIN[lt]
    x = rnd(s)
    if steps == "exact":
        x = rnd(x * sc["value"]) if sc["op"] == "mul" else rnd(fdiv(x, sc["value"]))
        return rnd(x + m)
    x = rnd(x + m)
    if steps == "order":
        return rnd(x * sc["value"])
    return to_f32(x * sc["value"])  # scale_f32_after


def sem_resembled(p):
    """Overrides giving the attention a near miss resembles (what a matcher
    that ignores the defect would compute), or None where there is none
    (a read through floordiv has no whole-tensor counterpart)."""
    c = p["sem"]
    if p.get("logit") and p["logit"]["steps"] != "exact":
        # fused as if the steps were logit_rounding's (scale, then mask)
        return {"logit": dict(p["logit"], steps="exact")}
    if c in ("gqa_floordiv_count", "gqa_mod_count"):
        return {"kvh": ["floordiv", p["H"] // p["Hkv"]]}
    if c == "fill_mixed":
        return {"causal_fill": None}  # one fill (the boolean mask's) for both
    if c == "causal_unproven_dynamic":
        return None  # equal at every size that can run: the count decides
    if p.get("causal") and c.startswith(("causal_", "br_")):
        return {"causal": dict(p["causal"], sp="sle")}
    if c in ("safe_wrong_axis", "safe_select_nonzero"):
        return {"safe": "all_key"}
    if c == "safe_nan_ordered":
        return {"safe": "nan_select"}
    return None


def sem_ref(meta):
    p = meta["blocks"][0]
    out, amax = sem_out(p)
    outs = [out] + ([amax] if p["argmax"] == "used" else [])
    if not p["nm"]:
        return outs
    over = sem_resembled(p)
    res = sem_out(p, over)[0] if over else None
    return [("nm", outs[0], res)] + outs[1:]
