#!/usr/bin/env python3
"""JAX models -> StableHLO -> IREE input (linalg on tensors), path `jax-iree`.

Two small transformer stacks written with jax.numpy, weights as arguments:
  jax_bert   encoder, 4 heads, padding mask over the keys
  jax_llama  decoder, 4 query heads over 2 KV heads (GQA), causal + padding
  jax_mqa    the same decoder with one KV head (multi-query)
  jax_bias   encoder with a learned per-head bias [H, S, S] added to the logits
             (T5 / Swin style) and the padding mask
  jax_swa    GQA decoder with a causal sliding window of 4 keys
             (dpa: local_window_size=(3, 0))
  jax_causal GQA decoder, causal only (no padding mask)
  jax_seqlen GQA decoder masked by lengths (dpa: key_value_seq_lengths, the
             number of kept tokens; eager: an iota compare with the length)
each with two attention spellings:
  eager  einsum -> where(mask, logits, lowest) -> jax.nn.softmax -> einsum
  dpa    jax.nn.dot_product_attention(implementation="xla") (GQA native)
The StableHLO from jax.jit(f).lower(...) goes through
`iree-compile --iree-input-type=stablehlo --compile-to=input` and
iree_extract.py.

Usage: gen_jax.py [MODEL,...]
"""

import math
import os
import sys
import tempfile
import traceback

import jax
import jax.numpy as jnp
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus  # noqa: E402
import iree_extract  # noqa: E402

HIDDEN, HEADS, LAYERS, FFN, BATCH, SEQ = 64, 4, 2, 128, 2, 16
DTYPES = {"f32": jnp.float32, "bf16": jnp.bfloat16, "f16": jnp.float16}

DPA_F32 = (("dpa", "f32"),)
ALL_VARIANTS = tuple((a, d) for a in ("eager", "dpa") for d in ("f32", "bf16"))

MODELS = {
    # name: (kv heads, causal[, options]); options["variants"]: the (attn,
    # dtype) pairs written (default ALL_VARIANTS)
    "jax_bert": (HEADS, False),
    "jax_llama": (2, True),
    "jax_mqa": (1, True),  # multi-query: 4 query heads over one KV head
    # third round: jax.nn.dot_product_attention's other arguments, dpa in f32
    # only (the eager spellings add nothing the models above lack; dpa in bf16
    # fails in IREE, docs/frontends.md)
    "jax_bias": (HEADS, False, {"bias": True, "variants": DPA_F32}),
    "jax_swa": (2, True, {"window": 3, "variants": DPA_F32}),
    "jax_seqlen": (2, True, {"seqlen": True, "variants": DPA_F32}),
    "jax_causal": (2, True, {"nomask": True, "variants": DPA_F32}),
}


def options(name):
    m = MODELS[name]
    return m[2] if len(m) > 2 else {}


def weight_shapes(kv, opts=None):
    d = HIDDEN // HEADS
    per_layer = [(HIDDEN,), (HIDDEN, HIDDEN), (HIDDEN, kv * d), (HIDDEN, kv * d), (HIDDEN, HIDDEN),
                 (HIDDEN,), (HIDDEN, FFN), (FFN, HIDDEN)]
    extra = [(HEADS, SEQ, SEQ)] if (opts or {}).get("bias") else []
    return per_layer * LAYERS + [(HIDDEN,)] + extra


def norm(x, g):
    m = jnp.mean(x, axis=-1, keepdims=True)
    v = jnp.mean((x - m) ** 2, axis=-1, keepdims=True)
    return (x - m) * jax.lax.rsqrt(v + 1e-5) * g


def attention(q, k, v, keep, causal, attn, opts=None, bias=None):
    """q [B,S,H,D], k/v [B,S,Hkv,D], keep [B,S] bool (keys kept); opts:
    bias (bias [H,S,S] added to the logits), window (causal sliding window:
    query i sees keys i - window .. i), seqlen (keys masked by the number of
    kept tokens instead of the mask)."""
    opts = opts or {}
    B, S, H, D = q.shape
    Hkv = k.shape[2]
    lengths = jnp.sum(keep, axis=1).astype(jnp.int32)
    if attn == "dpa":
        kw = {}
        if opts.get("bias"):
            kw["bias"] = bias[None]
        if opts.get("window"):
            kw["local_window_size"] = (opts["window"], 0)
        if opts.get("seqlen"):
            kw["key_value_seq_lengths"] = lengths
        elif not opts.get("nomask"):
            kw["mask"] = keep[:, None, None, :]
        return jax.nn.dot_product_attention(q, k, v, is_causal=causal, implementation="xla", **kw)
    g = H // Hkv
    k = jnp.repeat(k, g, axis=2)
    v = jnp.repeat(v, g, axis=2)
    logits = jnp.einsum("bqhd,bkhd->bhqk", q, k) / math.sqrt(D)
    if opts.get("bias"):
        logits = logits + bias[None]
    if opts.get("seqlen"):
        m = (jnp.arange(S)[None, :] < lengths[:, None])[:, None, None, :]
    elif opts.get("nomask"):
        m = jnp.ones((1, 1, 1, S), dtype=bool)
    else:
        m = keep[:, None, None, :]
    if causal:
        m = m & jnp.tril(jnp.ones((S, S), dtype=bool))[None, None]
    if opts.get("window"):
        i = jnp.arange(S)
        m = m & (i[None, :] >= i[:, None] - opts["window"])[None, None]
    logits = jnp.where(m, logits, jnp.finfo(logits.dtype).min)
    p = jax.nn.softmax(logits.astype(jnp.float32), axis=-1).astype(q.dtype)
    return jnp.einsum("bhqk,bkhd->bqhd", p, v)


def make_forward(kv, causal, attn, opts=None):
    d = HIDDEN // HEADS
    opts = opts or {}

    def forward(*args):
        ws, x, mask = args[:-2], args[-2], args[-1]
        bias = None
        if opts.get("bias"):
            ws, bias = ws[:-1], ws[-1]
        keep = mask != 0
        B, S, _ = x.shape
        for layer in range(LAYERS):
            g1, wq, wk, wv, wo, g2, w1, w2 = ws[8 * layer:8 * layer + 8]
            h = norm(x, g1)
            q = (h @ wq).reshape(B, S, HEADS, d)
            k = (h @ wk).reshape(B, S, kv, d)
            v = (h @ wv).reshape(B, S, kv, d)
            o = attention(q, k, v, keep, causal, attn, opts, bias).reshape(B, S, HIDDEN)
            x = x + o @ wo
            x = x + jax.nn.gelu(norm(x, g2) @ w1) @ w2
        return norm(x, ws[-1])
    return forward


def generate(name, attn, dtype, log, tmp):
    kv, causal = MODELS[name][:2]
    opts = options(name)
    dt = DTYPES[dtype]
    shapes = weight_shapes(kv, opts)
    args = [jax.ShapeDtypeStruct(s, dt) for s in shapes]
    args += [jax.ShapeDtypeStruct((BATCH, SEQ, HIDDEN), dt),
             jax.ShapeDtypeStruct((BATCH, SEQ), jnp.int32)]
    lowered = jax.jit(make_forward(kv, causal, attn, opts)).lower(*args)
    src = os.path.join(tmp, "stablehlo.mlir")
    with open(src, "w") as f:
        f.write(lowered.as_text())
    text, kept = iree_extract.compile_to_input(src, "stablehlo")
    roles = [{"role": "weight", "shape": list(s)} for s in shapes]
    roles += [{"role": "float", "shape": [BATCH, SEQ, HIDDEN]},
              {"role": "mask", "shape": [BATCH, SEQ]}]
    meta = {"model": name, "path": "jax-iree", "attn": attn, "dtype": dtype, "shapes": "static",
            "expected_blocks": LAYERS, "func": iree_extract.main_func_name(text),
            "args": [roles[i] for i in kept]}
    return corpus.write(meta, text, log)


def pick_message(lines):
    """The most telling line of a frontend's exception text."""
    for l in lines:
        if "Error" in l or "error:" in l or "not implemented" in l or "Cannot" in l:
            return l.strip()
    return lines[-1].strip() if lines else ""


def main():
    log = []
    want = set(sys.argv[1].split(",")) if len(sys.argv) > 1 else set(MODELS)
    for name in [m for m in MODELS if m in want]:
        for attn, dtype in options(name).get("variants", ALL_VARIANTS):
            tag = corpus.file_name(name, "jax-iree", attn, dtype, "static")
            with tempfile.TemporaryDirectory() as tmp:
                try:
                    generate(name, attn, dtype, log, tmp)
                except Exception as ex:
                    msg = str(ex).strip().splitlines()
                    log.append("%s: FAILED in the frontend: %s: %s" % (
                        tag, type(ex).__name__, pick_message(msg)[:300]))
                    if os.environ.get("FE_TRACE"):
                        traceback.print_exc()
            print(log[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
