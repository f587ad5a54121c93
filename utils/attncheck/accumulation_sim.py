"""Simulates, in pure Python, the row error between a fused attention op
(f32 scores) and an attn_gen.py program whose Q.K^T accumulates in f16
(`cast: f16_scores`): inputs uniform on (-1, 1) rounded to f16, each score
summed in f16 with every product and partial sum rounded, softmax in double,
P rounded to f16, P.V in double, both outputs rounded to f16.  Prints the
worst row's max-abs error against tolerance.py's f16_accumulation_sigma and
f16_accumulation_max_abs_tolerance (the check of that derivation).

  cd utils && python3 -m attncheck.accumulation_sim --d 64 --sk 17 --scale 1 --rows 3000
"""

import argparse
import math
import random
import struct

from .tolerance import f16_accumulation_max_abs_tolerance, f16_accumulation_sigma


def to_f16(x):
    return struct.unpack("e", struct.pack("e", x))[0]


def row_error(rng, d, sk, dv, scale):
    """max |fused - unfused| over one simulated output row."""
    q = [to_f16(rng.uniform(-1, 1)) for _ in range(d)]
    keys = [[to_f16(rng.uniform(-1, 1)) for _ in range(d)] for _ in range(sk)]
    vals = [[to_f16(rng.uniform(-1, 1)) for _ in range(dv)] for _ in range(sk)]
    exact, program = [], []
    for k in keys:
        exact.append(math.fsum(a * b for a, b in zip(q, k)) * scale)
        acc = 0.0
        for a, b in zip(q, k):
            acc = to_f16(acc + to_f16(a * b))
        program.append(acc * scale)

    def out(logits, round_p):
        top = max(logits)
        e = [math.exp(x - top) for x in logits]
        total = math.fsum(e)
        p = [round_p(x / total) for x in e]
        return [to_f16(math.fsum(p[j] * vals[j][c] for j in range(sk))) for c in range(dv)]

    fused, unfused = out(exact, lambda x: x), out(program, to_f16)
    return max(abs(a - b) for a, b in zip(fused, unfused))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--d", type=int, default=64, help="head dim (terms of each score)")
    ap.add_argument("--sk", type=int, default=64, help="keys")
    ap.add_argument("--scale", type=float, default=1.0, help="logit scale")
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    errs = sorted(row_error(rng, a.d, a.sk, a.d, a.scale) for _ in range(a.rows))
    sigma = f16_accumulation_sigma(a.d, a.scale)
    bar = f16_accumulation_max_abs_tolerance(a.d, a.scale)
    print("D=%d Sk=%d scale=%g rows=%d: sigma %.3g, bar %.3g; worst row %.3g (%.2f sigma, %.0f%% "
          "of the bar), 99.9th percentile %.3g, median %.3g" % (
              a.d, a.sk, a.scale, a.rows, sigma, bar, errs[-1], errs[-1] / sigma,
              100 * errs[-1] / bar, errs[int(a.rows * 0.999)], errs[a.rows // 2]))
    return 0 if errs[-1] <= bar else 1


if __name__ == "__main__":
    raise SystemExit(main())
