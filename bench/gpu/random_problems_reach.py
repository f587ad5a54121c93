#!/usr/bin/env python3
"""How often HipBackend.RandomProblems (unittests/Gpu/GpuTest.cpp) draws a
problem that a dispatch rule serves: the test's generator re-written with
Python's RNG (same distributions, not the same sequence as its mt19937), each
rule as a predicate on the drawn problem. Used after lead call F12 (one failed
run, seed not kept) to weigh which rule the failing problem could have hit.

  python3 bench/gpu/random_problems_reach.py [--draws 200000]
"""
import argparse
import random

EDGES = [1, 2, 15, 16, 17, 63, 64, 65, 79, 80, 81, 127, 128, 129, 191, 192, 193, 207, 208, 209,
         255, 256, 257, 383, 384, 385, 511, 512, 513]
GROUPS = [1, 1, 2, 4, 5, 8]


def padded(n, t):
    return (n + t - 1) // t * t


def pads_less(n, big, small):  # kernels/hopper/heuristics.cuh
    return padded(n, big) * 10 > n * 12 and padded(n, small) < padded(n, big)


def draw(r):
    pick = lambda lo, hi: r.randint(lo, hi)
    chance = lambda p: r.random() < p
    length = lambda: EDGES[pick(0, len(EDGES) - 1)] if chance(0.5) else pick(1, 700)
    B, Hkv, Sq, Sk, D = pick(1, 3), pick(1, 3), length(), length(), 8 * pick(1, 32)
    Hq = Hkv * GROUPS[pick(0, 5)]
    Dv = D if chance(0.75) else 8 * pick(1, 32)
    if chance(0.2):  # decode
        Sq, Sk = pick(1, 16), pick(512, 6000)
        D = Dv = 128 if chance(0.4) else (64 if chance(0.67) else 256)
    out32, causal, mask = chance(0.2), pick(0, 2), chance(0.5)
    while B * Hq * Sq * Sk * (D + Dv) > 1.5e8:
        if B > 1: B = 1
        elif Hq > Hkv: Hq = Hkv
        elif Sq > 16 and Sq >= Sk / 4: Sq = (Sq + 1) // 2
        elif Hkv > 1: Hq = Hkv = 1
        else: Sk = (Sk + 1) // 2
    return dict(B=B, Hq=Hq, Hkv=Hkv, Sq=Sq, Sk=Sk, D=D, Dv=Dv, causal=causal, mask=mask, out32=out32)


RULES = {
    # very_short_keys_variant's three-Q-buffer branch (helper d64, F12's tree)
    "d64 three Q buffers, 124..128 keys": lambda c: max(c["D"], c["Dv"]) <= 64 and not c["mask"]
    and 124 <= c["Sk"] <= 128 and c["Sq"] > 16 and pads_less(c["Sq"], 192, 128),
    # GpuKernelTable.cpp packedShortKeys256 (at most 9 tiles here: always "few tiles")
    "D 256 packed decode": lambda c: c["Sq"] == 1 and c["Hq"] // c["Hkv"] >= 2 and c["D"] == c["Dv"] == 256
    and not c["mask"] and c["causal"] == 0 and c["Sk"] <= 8192 and not c["out32"],
    # decode_nv.cu short-key rings, unsplit only (<= 4 key tiles for at most 9 units)
    "decode short-key rings": lambda c: c["Sq"] == 1 and not c["mask"] and c["D"] == c["Dv"]
    and c["D"] in (64, 128) and c["Sk"] <= (512 if c["D"] == 64 else 256),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--draws", type=int, default=200000)
    ap.add_argument("--cases", type=int, default=48, help="problems a test run draws")
    args = ap.parse_args()
    r = random.Random(1)
    cases = [draw(r) for _ in range(args.draws)]
    for name, rule in RULES.items():
        p = sum(1 for c in cases if rule(c)) / len(cases)
        print(f"{name}: {p:.5f} of problems, {1 - (1 - p) ** args.cases:.3f} of {args.cases}-problem runs")


if __name__ == "__main__":
    main()
