#!/usr/bin/env python3
"""Seeded random attention shapes for `bench_sdpa.py --sweep random` (issue
12): the shape classes the models sweep covers, drawn anew from a seed so that
a tuned list of rows cannot hide a slow shape.

Each draw picks a class, then its sizes (log-uniform where the range is wide,
odd values allowed), and a batch that makes one call ~0.5 TFLOP (prefill) or
keeps the drawn batch (decode), with K/V under ~8 GB:
  prefill  (45%): Sq = Sk in [64, 8192]; D a multiple of 8 in [32, 256];
           Hq/Hkv from MHA, GQA (2-8) and MQA; causal none or top-left;
           masks none, pad_add, pad_bool, bias [1,H,Sq,Sk] or causal_pad_add
           (Hugging Face's 4-D eager mask: [B,1,Sq,Sk], finfo.min above the
           diagonal and on padding keys);
  chunked  (15%): Sq in [16, 2048] new queries after [0, 16384] cached keys,
           bottom-right causal, GQA;
  decode   (30%): Sq = 1, B in 1..128, Sk in [512, 131072], D 64/128/256,
           head counts of public models;
  verify   (10%): Sq in 2..16 (speculative decoding's draft tokens),
           bottom-right causal, decode-like batches and keys.

  python3 bench/gpu/random_shapes.py --seed 7 --count 40   # list the draw
"""
import argparse
import math
import random
import sys

import model_shapes
from model_shapes import Shape

HEADS = ((32, 8), (32, 32), (28, 4), (64, 8), (16, 16), (8, 1), (40, 8), (32, 4), (12, 12),
         (16, 2), (24, 24), (20, 20), (48, 8), (14, 2))
PREFILL_D = (32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 144, 160, 192, 256)
MASKS = (None, None, None, "pad_add", "pad_bool", "bias", "causal_pad_add")
TARGET_FLOPS = 0.5e12
KV_BYTES_MAX = 8e9


def _log_int(rng, lo, hi):
    return int(round(math.exp(rng.uniform(math.log(lo), math.log(hi)))))


def _batch(rng, per_batch_flops, kv_per_batch):
    b = max(1, round(TARGET_FLOPS / max(per_batch_flops, 1)))
    return max(1, min(b, 2048, int(KV_BYTES_MAX // max(kv_per_batch, 1))))


def draw(rng, i):
    u = rng.random()
    hq, hkv = rng.choice(HEADS)
    if u < 0.45:
        d = rng.choice(PREFILL_D)
        s = _log_int(rng, 64, 8192)
        causal = rng.choice((0, 0, 1))
        mask = rng.choice(MASKS)
        if mask == "causal_pad_add":
            causal = 0  # the mask carries the causal structure
        sq = sk = s
        kind = "prefill"
    elif u < 0.60:
        d = rng.choice((64, 128, 128))
        sq = _log_int(rng, 16, 2048)
        sk = sq + rng.choice((0, _log_int(rng, 256, 16384)))
        causal, mask, kind = 2, None, "chunked"
    elif u < 0.90:
        d = rng.choice((64, 128, 128, 256))
        sq, sk = 1, _log_int(rng, 512, 131072)
        causal, mask, kind = 0, None, "decode"
    else:
        d = rng.choice((64, 128, 128))
        sq, sk = rng.randint(2, 16), _log_int(rng, 512, 65536)
        causal, mask, kind = 2, None, "verify"
    kv_per_batch = 2 * hkv * sk * 2 * d
    if kind in ("decode", "verify"):
        b = rng.choice((1, 2, 4, 8, 16, 32, 64, 128))
        b = max(1, min(b, int(KV_BYTES_MAX // kv_per_batch)))
    else:
        one = Shape("", "", "", 1, hq, hkv, sq, sk, d, causal, mask)
        b = _batch(rng, model_shapes.flops(one), kv_per_batch)
    name = f"R{i} {kind}"
    return Shape(name, "random", f"drawn ({kind})", b, hq, hkv, sq, sk, d, causal, mask)


def shapes(seed, count):
    rng = random.Random(seed)
    return [draw(rng, i) for i in range(count)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=40)
    args = ap.parse_args()
    drawn = shapes(args.seed, args.count)
    for i, s in enumerate(drawn):
        work = (f"{model_shapes.io_bytes(s) / 1e6:8.1f} MB" if model_shapes.is_decode(s)
                else f"{model_shapes.flops(s) / 1e9:8.1f} GF")
        print(f"{i:2d} {s.name:14s} {s.B:4d},{s.Hq:3d}/{s.Hkv:<3d},{s.Sq:6d},{s.Sk:6d},{s.D:4d} "
              f"{model_shapes.CAUSAL_NAMES[s.causal]:12s} {str(s.mask):14s} {work}")
    bad = model_shapes.check(drawn)
    for b in bad:
        print("FAIL:", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
