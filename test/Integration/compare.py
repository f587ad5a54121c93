#!/usr/bin/env python3
"""Compares the numbers two mlir-runner programs printed (printMemrefF32).

  compare.py ACTUAL EXPECTED --tol TOL --min-count N

Reads every number after each "data =" of printMemrefF32's output (shapes,
strides and addresses are not compared as numbers; a sizes line that differs
is an error). Fails (exit 1) when
  - either file has a NaN or an infinity,
  - the two files hold different counts of numbers, or fewer than N,
  - the printed shapes differ,
  - the relative L2 error ||a - b|| / ||b|| exceeds TOL.

Tolerances used by the tests, and why:
  - f32: 1e-5. The fused op runs an online (tiled, rescaled) softmax and
    sums in another order than the unfused loops; that reassociation lands
    at about 1e-7..1e-6 relative in f32 (unit roundoff 6e-8, sums of a few
    hundred terms). printMemrefF32 prints 6 significant digits, which adds
    up to 5e-7 relative per number. 1e-5 leaves a 10x margin and still
    catches any real error (a wrong mask, scale or permutation is >1e-2).
  - f16 / bf16: 1e-2. Inputs and outputs are rounded to the storage type:
    f16 unit roundoff is 4.9e-4 and bf16 3.9e-3. The unfused program rounds
    intermediates (scores, probabilities) where the fused op keeps f32, so the
    two differ by a few roundoffs of the output type; bf16's 3.9e-3 times
    ~2 is under 1e-2, and a real error is far above it.
Prints one line: counts, max abs difference, relative L2.
"""
import argparse
import math
import re
import sys

NUM = re.compile(r"[-+]?(?:nan|inf|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)",
                 re.IGNORECASE)
SIZES = re.compile(r"sizes = \[([^\]]*)\]")


def read(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    shapes = [s.replace(" ", "") for s in SIZES.findall(text)]
    values = []
    # Each printed memref: header line "... data = " then the nested lists,
    # up to the next header.
    for block in re.split(r"Unranked Memref[^\n]*data =", text)[1:]:
        block = block.split("Unranked Memref")[0]
        block = block[:block.rfind("]") + 1]  # drop what follows the memref
        values.extend(float(x) for x in NUM.findall(block))
    return shapes, values


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("actual")
    ap.add_argument("expected")
    ap.add_argument("--tol", type=float, required=True,
                    help="largest allowed relative L2 error")
    ap.add_argument("--min-count", type=int, required=True,
                    help="fewest numbers each file must hold")
    args = ap.parse_args()

    shapes_a, a = read(args.actual)
    shapes_b, b = read(args.expected)
    errors = []
    if shapes_a != shapes_b:
        errors.append(f"printed shapes differ: {shapes_a} vs {shapes_b}")
    if len(a) != len(b):
        errors.append(f"number counts differ: {len(a)} vs {len(b)}")
    if len(a) < args.min_count or len(b) < args.min_count:
        errors.append(f"read {len(a)} and {len(b)} numbers, expected at least "
                      f"{args.min_count}")
    for name, vals in ((args.actual, a), (args.expected, b)):
        bad = sum(1 for x in vals if not math.isfinite(x))
        if bad:
            errors.append(f"{name}: {bad} NaN/Inf values")
    n = min(len(a), len(b))
    diff2 = sum((a[i] - b[i]) ** 2 for i in range(n) if math.isfinite(a[i] - b[i]))
    ref2 = sum(x * x for x in b[:n] if math.isfinite(x))
    maxabs = max((abs(a[i] - b[i]) for i in range(n)), default=0.0)
    rel = math.sqrt(diff2) / math.sqrt(ref2) if ref2 > 0 else (0.0 if diff2 == 0 else math.inf)
    if ref2 == 0 and n > 0:
        errors.append("the expected output is all zeros: nothing is compared")
    if not rel <= args.tol:
        errors.append(f"relative L2 error {rel:.3e} > tolerance {args.tol:.1e}")
    print(f"compare: {len(a)} vs {len(b)} numbers, max abs diff {maxabs:.3e}, "
          f"relative L2 {rel:.3e} (tol {args.tol:.1e})")
    for e in errors:
        print("compare: error: " + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
