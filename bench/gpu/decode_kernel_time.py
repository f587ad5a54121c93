#!/usr/bin/env python3
"""The decode call's time per call against its kernels' own durations
(issue 12: where the fixed cost of the long decode rows sits). For each
model_shapes row and VARIANT (ATTN_DECODE_NV_* knobs, as decode_variants.py
takes them) it runs WARM + CALLS attnrt calls back to back, rotating over
>= 256 MB of inputs, and prints the per-call time from CUDA events
(`time ROW VARIANT US`). Run it under
  ncu --clock-control none --cache-control none --metrics gpu__time_duration.sum \\
      -k regex:'decode_nv|decode_combine' --csv --log-file k.csv \\
      python3 decode_kernel_time.py --only 28,32 --variant base= --variant nofuse=FUSE=0
to get each kernel's duration; the kernels come in the order the lines
`mark ROW VARIANT N` announce (N calls each; ncu serializes the kernels,
so the event times printed under ncu mean nothing).
"""
import argparse
import os
import sys

os.environ["ATTN_DECODE_NV_TUNING"] = "1"

import torch

import bench_sdpa  # noqa: E402
import decode_variants  # noqa: E402
import model_shapes  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="build-gpu/lib/libattnrt.so")
    ap.add_argument("--only", default="")
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--warm", type=int, default=3)
    ap.add_argument("--calls", type=int, default=8)
    ap.add_argument("--extra", action="append", default=[],
                    help="B,Hq,Hkv,Sk,D: a decode shape the sweep lacks (row 100, 101, ... after --only)")
    args = ap.parse_args()
    rt = bench_sdpa.Attnrt(args.lib)
    variants = [decode_variants.parse_variant(v) for v in args.variant] or [("base", {})]
    shapes = [(int(i), model_shapes.SHAPES[int(i)]) for i in filter(None, args.only.split(","))]
    for n, e in enumerate(args.extra):
        B, Hq, Hkv, Sk, D = (int(x) for x in e.split(","))
        shapes.append((100 + n, model_shapes.Shape(f"extra {e}", "-", "-", B, Hq, Hkv, 1, Sk, D, 0, None)))
    for idx, s in shapes:
        sets = bench_sdpa.rotating_inputs(s, model_shapes.io_bytes(s), torch.bfloat16, torch.device("cuda"))
        probs = [rt.problem(q, k, v, o, 0, s.D ** -0.5) for (q, k, v, o) in sets]
        for name, env in variants:
            decode_variants.set_knobs(env)
            for i in range(args.warm):
                rt.run(probs[i % len(probs)])
            torch.cuda.synchronize()
            print(f"mark {idx} {name} {args.calls}", flush=True)
            e0, e1 = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            e0.record()
            for i in range(args.calls):
                rt.run(probs[i % len(probs)])
            e1.record()
            torch.cuda.synchronize()
            print(f"time {idx} {name} {e0.elapsed_time(e1) * 1e3 / args.calls:.1f}", flush=True)
        decode_variants.set_knobs({})
        del sets, probs
        torch.cuda.empty_cache()
    return 0


if __name__ == "__main__":
    sys.exit(main())
