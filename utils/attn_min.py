#!/usr/bin/env python3
"""Find a small reproducer for a fusion gap: generate programs with some
choices forced (attn_gen.py --force key=value), run `attn-opt
--attn-fuse=report=true`, keep those whose fusion count is wrong (missed
fusion of a positive, or a fused near miss) and whose remarks match --match,
and print the shortest one.

  utils/attn_min.py --force softmax.exp=exp2_post --force family=linalg \
      --match "scaled by" --tries 200 -o /tmp/min.mlir
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import attn_gen  # noqa: E402
from attn_diff import count_fused  # noqa: E402


def parse_force(items):
    force = {}
    for f in items:
        k, v = f.split("=", 1)
        force[k] = {"True": True, "False": False, "None": None}.get(
            v, int(v) if v.lstrip("-").isdigit() else v)
    return force


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--force", action="append", default=[])
    ap.add_argument("--match", default="", help="regex the remarks must match")
    ap.add_argument("--tries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--small", action="store_true", default=True)
    ap.add_argument("--near-miss-rate", type=float, default=0.0)
    ap.add_argument("--attn-opt", default=os.path.join(os.path.dirname(HERE), "build", "bin", "attn-opt"))
    ap.add_argument("-o", "--output")
    a = ap.parse_args()
    force = parse_force(a.force)
    force.setdefault("blocks", 1)
    best = None
    hits = 0
    for s in range(a.seed, a.seed + a.tries):
        text, meta = attn_gen.generate(s, exclude=(), force=force, small=a.small,
                                       near_miss_rate=a.near_miss_rate)
        p = subprocess.run([a.attn_opt, "--attn-fuse=report=true", "-"], input=text,
                           capture_output=True, text=True, timeout=60)
        if p.returncode != 0:
            continue
        n = count_fused(p.stdout)
        lo = meta["expected_fused"]
        hi = lo + len(meta.get("twins", []))
        if lo <= n <= hi:
            continue
        if a.match and not re.search(a.match, p.stderr):
            continue
        hits += 1
        size = len(text.split("func.func @main")[0])
        if best is None or size < best[0]:
            best = (size, s, text, p.stderr.strip())
    if best is None:
        print("no failing program in %d tries" % a.tries)
        return 1
    print("%d/%d failing; shortest: seed %d (%d chars of @attn)" % (hits, a.tries, best[1], best[0]))
    print("remarks:", best[3][:600])
    if a.output:
        open(a.output, "w").write(best[2])
        print("written to", a.output)
    else:
        sys.stdout.write(best[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
