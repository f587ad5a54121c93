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
