#!/usr/bin/env python3
"""Launches of a Hopper variant and of SDPA cuDNN under the PyTorch profiler
(CUPTI kernel records, no counters): each kernel's launch configuration
(grid, block, registers, shared memory), its duration in a burst of
back-to-back launches and in isolated launches (the GPU idle 20 ms before
each), and the gap from one kernel's end to the next one's start in a burst
(negative: the next kernel started before the previous one ended, as
programmatic dependent launch allows). The SM clock and power (nvidia-smi)
are read at the end of a sustained loop of each candidate.

  python3 bench/hopper/launch_trace.py --hopper build-gpu/lib/libattn_hopper.so \\
      --shape 2048,16,128,64,0 --variants default,d64_bm128_ovl_pp_q2_dyn [--dtype f16]
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gpu"))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch.nn.attention import SDPBackend, sdpa_kernel  # noqa: E402
from torch.profiler import ProfilerActivity, profile  # noqa: E402

import hopper_variants  # noqa: E402


def smi():
    r = subprocess.run(["nvidia-smi", "--query-gpu=clocks.sm,clocks.mem,power.draw,temperature.gpu",
                        "--format=csv,noheader"], capture_output=True, text=True, timeout=10)
    return r.stdout.strip()


def trace(fn, burst, isolated):
    """Kernel records of `burst` back-to-back calls, then of `isolated` calls
    each after 20 ms idle: [(phase, name, ts_us, dur_us, args)]."""
    for _ in range(3):
        fn()
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        for _ in range(burst):
            fn()
        torch.cuda.synchronize()
        for _ in range(isolated):
            time.sleep(0.02)
            fn()
            torch.cuda.synchronize()
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        path = f.name
    prof.export_chrome_trace(path)
    with open(path) as f:
        ev = json.load(f)["traceEvents"]
    os.unlink(path)
    ks = sorted((e for e in ev if e.get("cat") == "kernel"), key=lambda e: e["ts"])
    return ks


def summarize(label, ks, burst, isolated):
    # The attention kernel: the longest-running name among the records.
    by = {}
    for e in ks:
        by.setdefault(e["name"], []).append(e)
    name = max(by, key=lambda n: sum(e["dur"] for e in by[n]))
    main = by[name]
    others = [(n, len(v), statistics.median(e["dur"] for e in v)) for n, v in by.items() if n != name]
    a = main[0].get("args", {})
    cfg = {k: a.get(k) for k in ("grid", "block", "registers per thread", "shared memory",
                                 "blocks per SM", "warps per SM", "est. achieved occupancy %")}
    b, iso = main[:burst], main[burst:burst + isolated]
    db = [e["dur"] for e in b]
    di = [e["dur"] for e in iso]
    gaps = [b[i + 1]["ts"] - (b[i]["ts"] + b[i]["dur"]) for i in range(len(b) - 1)]
    span = (b[-1]["ts"] + b[-1]["dur"] - b[0]["ts"]) / len(b) if b else float("nan")
    print(f"{label}: kernel {name[:140]}")
    print(f"  config {cfg}")
    print(f"  burst of {len(b)}: dur median {statistics.median(db):.1f} us (first {db[0]:.1f}, min {min(db):.1f}, "
          f"max {max(db):.1f}); span/launch {span:.1f} us; gap end->next start median "
          f"{statistics.median(gaps):.2f} us (min {min(gaps):.2f}, max {max(gaps):.2f})")
    if di:
        print(f"  isolated x{len(di)}: dur median {statistics.median(di):.1f} us (min {min(di):.1f}, max {max(di):.1f})")
    if others:
        print(f"  other kernels: {[(n[:60], c, round(d, 1)) for n, c, d in others]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hopper", required=True)
    ap.add_argument("--shape", action="append", required=True)
    ap.add_argument("--variants", default="default")
    ap.add_argument("--dtype", default="bf16", choices=("bf16", "f16"))
    ap.add_argument("--burst", type=int, default=30)
    ap.add_argument("--isolated", type=int, default=6)
    ap.add_argument("--sustain-s", type=float, default=1.5, help="seconds of back-to-back calls before nvidia-smi")
    a = ap.parse_args()
    dt = torch.bfloat16 if a.dtype == "bf16" else torch.float16
    lib = hopper_variants.Hopper(a.hopper)
    print(f"idle: {smi()}")
    for sh in a.shape:
        f = [int(x) for x in sh.split(",")]
        B, H, S, D, causal = f[:5]
        Sk = f[5] if len(f) > 5 else S
        # BSHD views, as ab_same_process's inputs (bench_sdpa.rotating_inputs).
        q = torch.randn(B, S, H, D, device="cuda", dtype=dt).transpose(1, 2)
        k = torch.randn(B, Sk, H, D, device="cuda", dtype=dt).transpose(1, 2)
        v = torch.randn(B, Sk, H, D, device="cuda", dtype=dt).transpose(1, 2)
        o = torch.empty(B, S, H, D, device="cuda", dtype=dt).transpose(1, 2)
        scale = 1.0 / math.sqrt(D)
        p = hopper_variants.Hopper.params(q, k, v, o, causal, scale)
        names = dict((m, i) for i, m in lib.variants(D, dt))
        cands = []
        for n in a.variants.split(","):
            idx = -1 if n == "default" else names[n]
            cands.append((n, lambda idx=idx: lib.run(p, idx)))

        def cudnn():
            with sdpa_kernel(SDPBackend.CUDNN_ATTENTION):
                return F.scaled_dot_product_attention(q, k, v, scale=scale, is_causal=causal == 1)
        cands.append(("cudnn", cudnn))
        print(f"\nshape {sh} {a.dtype}")
        for n, fn in cands:
            ks = trace(fn, a.burst, a.isolated)
            summarize(n, ks, a.burst, a.isolated)
            # nvidia-smi while the launches keep the GPU busy.
            t0, proc = time.time(), None
            while proc is None or proc.poll() is None:
                for _ in range(10):
                    fn()
                if proc is None and time.time() - t0 > a.sustain_s:
                    proc = subprocess.Popen(["nvidia-smi", "--query-gpu=clocks.sm,clocks.mem,power.draw,"
                                             "temperature.gpu", "--format=csv,noheader"],
                                            stdout=subprocess.PIPE, text=True)
            torch.cuda.synchronize()
            busy = proc.communicate()[0].strip()
            print(f"  after {a.sustain_s:g} s back to back (read while busy): {busy}", flush=True)


if __name__ == "__main__":
    main()
