#!/usr/bin/env python3
"""Where a decode call's time goes (issue 12): for decode shapes of the
real-model sweep (bench/gpu/model_shapes.py, or --extra B,Hq,Hkv,Sk,D) under
each VARIANT (ATTN_DECODE_NV_* knobs, as decode_variants.py takes them):
  host  - the host time of one attnrt call (the Python call, the runtime's
          checks, the launches; nothing waits for the GPU), mean of --calls
          back-to-back calls;
  call  - the time per call of the same --calls calls between CUDA events:
          when call ~ host, the calls are host bound and the GPU idles.
Under ncu (--ncu: --calls calls per setting, nothing timed here) each
kernel's own duration comes from the profiler:
  ncu --clock-control none --metrics gpu__time_duration.sum \\
      -k regex:"decode_(nv|combine)" --csv python3 decode_timeline.py --ncu ...
Inputs are rotated over >= 256 MB as bench_sdpa.py does; every setting's
output is checked against an f32 reference first (worst row <= 1e-2).

  decode_timeline.py --lib build-gpu/lib/libattnrt.so --only 26,28,34 \\
      --variant base= --variant mt1=MT=1
"""
import argparse
import math
import os
import sys
import time

os.environ["ATTN_DECODE_NV_TUNING"] = "1"  # before the library's first call

import torch

import bench_sdpa  # noqa: E402
import model_shapes  # noqa: E402
from decode_variants import parse_variant, set_knobs  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="build-gpu/lib/libattnrt.so")
    ap.add_argument("--only", default="")
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--calls", type=int, default=50)
    ap.add_argument("--ncu", action="store_true")
    args = ap.parse_args()
    rt = bench_sdpa.Attnrt(args.lib)
    dt, dev = torch.bfloat16, torch.device("cuda")
    shapes = {int(i): model_shapes.SHAPES[int(i)] for i in filter(None, args.only.split(","))}
    for n, e in enumerate(args.extra):
        B, Hq, Hkv, Sk, D = (int(x) for x in e.split(","))
        shapes[100 + n] = model_shapes.Shape(f"extra {e}", "-", "-", B, Hq, Hkv, 1, Sk, D, 0, None)
    variants = [parse_variant(v) for v in args.variant] or [("base", {})]
    status = 0
    for idx, s in shapes.items():
        torch.manual_seed(4242 + idx)
        nbytes = model_shapes.io_bytes(s)
        sets = bench_sdpa.rotating_inputs(s, nbytes, dt, dev)
        q, k, v, o = sets[0]
        ref = bench_sdpa.reference_f32(q, k, v, None, 0)
        probs = [rt.problem(q_, k_, v_, o_, 0, 1.0 / math.sqrt(s.D)) for (q_, k_, v_, o_) in sets]
        for name, env in variants:
            set_knobs(env)
            o.fill_(float("nan"))
            rt.run(probs[0])
            torch.cuda.synchronize()
            err = bench_sdpa.worst_row_error(o, ref)
            if not (err <= 1e-2):
                print(f"{idx} {name} WRONG {err:.1e}", flush=True)
                status = 1
                continue
            n = args.calls
            if args.ncu:
                print(f"NCU {idx} {name} {n} calls", flush=True)
                for i in range(n):
                    rt.run(probs[i % len(probs)])
                torch.cuda.synchronize()
                continue
            for i in range(3):
                rt.run(probs[i % len(probs)])
            torch.cuda.synchronize()
            start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            start.record()
            t0 = time.perf_counter()
            for i in range(n):
                rt.run(probs[i % len(probs)])
            t1 = time.perf_counter()
            end.record()
            end.synchronize()
            host = (t1 - t0) / n * 1e6
            call = start.elapsed_time(end) / n * 1e3
            print(f"| {idx} | {s.B}, {s.Hq}/{s.Hkv}, {s.Sk}, {s.D} | {name} | host {host:.1f} us | "
                  f"call {call:.1f} us | {nbytes / call / 1e6:.2f} TB/s |", flush=True)
        set_knobs({})
        del sets, probs, ref, q, k, v, o
        torch.cuda.empty_cache()
    return status


if __name__ == "__main__":
    sys.exit(main())
