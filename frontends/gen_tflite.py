#!/usr/bin/env python3
"""Keras 3 models -> TFLite -> TOSA (tosa-converter-for-tflite), path
`tflite-tosa`. Runs in its own virtual environment (tensorflow pins numpy
and ml_dtypes of its own): frontends/requirements-tflite.txt.

Models (hidden 32, 4 heads of 8, sequence 16, batch 2; TFLite keeps the
weights as constants, so the sizes are smaller than the PyTorch ones):
  keras_encoder  one layer, keras.layers.MultiHeadAttention with a padding
                 mask over the keys
  keras_decoder  one layer, MultiHeadAttention(use_causal_mask=True) and the
                 padding mask
  keras_manual   one layer, attention written with keras.ops (matmul, scale,
                 additive mask, softmax, matmul)

Usage: gen_tflite.py
"""

import math
import os
import subprocess
import sys
import tempfile
import traceback

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus  # noqa: E402

B, S, H, HEADS = 2, 16, 32, 4
VENV_BIN = os.path.dirname(sys.executable)


def build(name):
    import keras
    from keras import layers, ops
    keras.utils.set_random_seed(0)
    x_in = keras.Input(shape=(S, H), batch_size=B, name="x")
    m_in = keras.Input(shape=(S,), batch_size=B, name="mask")
    x = layers.LayerNormalization()(x_in)
    keep = ops.cast(m_in, "bool")[:, None, :]
    if name == "keras_manual":
        d = H // HEADS
        q = ops.transpose(ops.reshape(layers.Dense(H)(x), (B, S, HEADS, d)), (0, 2, 1, 3))
        k = ops.transpose(ops.reshape(layers.Dense(H)(x), (B, S, HEADS, d)), (0, 2, 3, 1))
        v = ops.transpose(ops.reshape(layers.Dense(H)(x), (B, S, HEADS, d)), (0, 2, 1, 3))
        s = ops.matmul(q, k) * (1.0 / math.sqrt(d))
        s = s + (1.0 - m_in[:, None, None, :]) * -1e9
        p = ops.softmax(s, axis=-1)
        o = ops.reshape(ops.transpose(ops.matmul(p, v), (0, 2, 1, 3)), (B, S, H))
        a = layers.Dense(H)(o)
    else:
        mha = layers.MultiHeadAttention(num_heads=HEADS, key_dim=H // HEADS)
        a = mha(x, x, attention_mask=ops.repeat(keep, S, axis=1),
                use_causal_mask=(name == "keras_decoder"))
    x = x_in + a
    y = layers.LayerNormalization()(x)
    y = layers.Dense(2 * H, activation="gelu")(y)
    x = x + layers.Dense(H)(y)
    return keras.Model([x_in, m_in], x)


def generate(name, log, tmp):
    import tensorflow as tf
    model = build(name)
    conv = tf.lite.TFLiteConverter.from_keras_model(model)
    tfl = os.path.join(tmp, "m.tflite")
    with open(tfl, "wb") as f:
        f.write(conv.convert())
    out = os.path.join(tmp, "m.mlir")
    p = subprocess.run([os.path.join(VENV_BIN, "tosa-converter-for-tflite"), tfl, "--text", "-o",
                        out], capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError(corpus.first_error(p.stderr))
    text = corpus.upstream_generic_or_text(open(out).read())
    func = corpus_func(text)
    meta = {"model": name, "path": "tflite-tosa", "attn": "keras", "dtype": "f32",
            "shapes": "static", "expected_blocks": 1, "func": func,
            "args": tflite_roles(text, func)}
    return corpus.write(meta, text, log)


def tflite_roles(text, func):
    """Roles in the function's argument order (TFLite orders the inputs by
    name: tf_saved_model.index_path says which is which)."""
    import re
    sig = re.search(r"func\.func @%s\((.*?)\) ->" % re.escape(func), text).group(1)
    names = re.findall(r'index_path = \["(\w+)"\]', sig)
    known = {"x": {"role": "float", "shape": [B, S, H]}, "mask": {"role": "mask", "shape": [B, S]}}
    if sorted(names) != sorted(known):
        raise RuntimeError("unexpected TFLite inputs %s" % names)
    return [known[n] for n in names]


def corpus_func(text):
    import re
    m = re.search(r'func\.func @([\w.-]+)\(', text) or re.search(r'sym_name = "([\w.-]+)"', text)
    return m.group(1)


def pick_message(lines):
    """The most telling line of a frontend's exception text."""
    for l in lines:
        if "Error" in l or "error:" in l or "not implemented" in l or "Cannot" in l:
            return l.strip()
    return lines[-1].strip() if lines else ""


def main():
    log = []
    for name in ("keras_encoder", "keras_decoder", "keras_manual"):
        with tempfile.TemporaryDirectory() as tmp:
            try:
                generate(name, log, tmp)
            except Exception as ex:
                msg = str(ex).strip().splitlines()
                log.append("%s: FAILED in the frontend: %s: %s" % (
                    corpus.file_name(name, "tflite-tosa", "keras", "f32", "static"),
                    type(ex).__name__, pick_message(msg)[:300]))
                if os.environ.get("FE_TRACE"):
                    traceback.print_exc()
        print(log[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
