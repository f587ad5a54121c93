#!/usr/bin/env python3
"""attnrt's cpu backend vs PyTorch's CPU scaled_dot_product_attention.

Both run in this one process on the same tensors with the same number of
threads (torch.set_num_threads and ATTNRT_NUM_THREADS), interleaved: each
repetition times torch then attnrt, so load from other work on the machine
hits both alike. Reports per shape the median times and the median of the
per-repetition ratios (torch time / attnrt time: > 1 means attnrt is faster),
the outputs' max abs difference, the CPU model and flags, and the load
average before and after.

Usage: bench/cpu/compare_torch.py --lib build/lib/libattnrt.so [--threads 2]
       [--reps 7] [--iters 3] [--shape NAME ...] [--json out.json]
       [--logit-rounding]
Needs torch (CPU) and numpy.

--logit-rounding runs the HF-eager shapes (ROUNDING_SHAPES: f16 / bf16, with
HF's additive padding mask where named "_pad") with logit_rounding set to the
input type and the scale rounded to it, as HF eager attention computes its
logits. torch's SDPA does not round logits (it has no such mode): it is the
nearest call a user could make instead, so max|diff| there includes the
logits' rounding.
"""
import argparse
import ctypes
import json
import os
import platform
import statistics
import sys
import time

DTYPES = {"f32": 0, "f16": 1, "bf16": 2}


sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gpu"))
import attnrt_layout  # noqa: E402  bench/gpu/attnrt_layout.py: the struct mirrors, checked against attnrt.h
from attnrt_layout import Problem, Tensor  # noqa: E402


# name: (B, Hq, Hkv, Sq, Sk, D, dtype, causal)
SHAPES = {
    "f32_B1_H8_S2048_D64": (1, 8, 8, 2048, 2048, 64, "f32", False),
    "f32_gqa32/8_S1024_D128_causal": (1, 32, 8, 1024, 1024, 128, "f32", True),
    "f32_B4_H12_S384_D64": (4, 12, 12, 384, 384, 64, "f32", False),
    "bf16_B1_H8_S2048_D64": (1, 8, 8, 2048, 2048, 64, "bf16", False),
    "f32_decode_gqa32/8_Sk8192_D128": (1, 32, 8, 1, 8192, 128, "f32", False),
    "bf16_decode_gqa32/8_Sk8192_D128": (1, 32, 8, 1, 8192, 128, "bf16", False),
}

# --logit-rounding shapes: name: (B, Hq, Hkv, Sq, Sk, D, dtype, causal, mask);
# mask "pad": HF's extended attention mask [B, 1, 1, Sk] in the input type,
# finfo.min on the last Sk / 8 keys of odd batches, else 0.
ROUNDING_SHAPES = {
    "f16_B4_H12_S384_D64_pad": (4, 12, 12, 384, 384, 64, "f16", False, "pad"),
    "f16_gqa32/8_S512_D128_causal": (1, 32, 8, 512, 512, 128, "f16", True,
                                     None),
    "bf16_B1_H8_S1024_D64": (1, 8, 8, 1024, 1024, 64, "bf16", False, None),
    "f16_decode_gqa32/8_Sk8192_D128_pad": (1, 32, 8, 1, 8192, 128, "f16",
                                           False, "pad"),
}


def view(t, dtype):
    v = Tensor()
    v.data = t.data_ptr()
    v.dtype = DTYPES[dtype]
    for i in range(4):
        v.sizes[i] = t.shape[i]
        v.strides[i] = t.stride(i)
    return v


def cpu_info():
    model, flags = "?", ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name") and model == "?":
                    model = line.split(":", 1)[1].strip()
                if line.startswith("flags") and not flags:
                    flags = line.split(":", 1)[1].strip()
    except OSError:
        pass
    keep = [x for x in flags.split() if x.startswith(("avx", "amx", "fma"))]
    return model, " ".join(keep)


def median_time(fn, iters):
    ts = []
    for _ in range(iters):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="build/lib/libattnrt.so")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--iters", type=int, default=3)
    ap.add_argument("--shape", action="append")
    ap.add_argument("--json")
    ap.add_argument("--logit-rounding", action="store_true")
    args = ap.parse_args()
    shapes = ROUNDING_SHAPES if args.logit_rounding else SHAPES
    attnrt_layout.check()  # raises LayoutError if the mirrors and attnrt.h disagree

    os.environ["ATTNRT_NUM_THREADS"] = str(args.threads)
    import torch
    import torch.nn.functional as F
    torch.set_num_threads(args.threads)
    lib = ctypes.CDLL(os.path.abspath(args.lib))
    lib.attnrt_problem_init.argtypes = [ctypes.POINTER(Problem)]
    lib.attnrt_run_on.argtypes = [ctypes.POINTER(Problem), ctypes.c_char_p]
    lib.attnrt_run_on.restype = ctypes.c_int
    lib.attnrt_last_error.restype = ctypes.c_char_p

    model, flags = cpu_info()
    load0 = os.getloadavg()
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  "
          f"torch {torch.__version__}  threads {args.threads}  "
          f"ATTNRT_CPU_ISA={os.environ.get('ATTNRT_CPU_ISA', '(auto)')}"
          + ("  logit_rounding (attnrt only)" if args.logit_rounding else ""))
    print(f"# cpu: {model}; {platform.machine()}; flags: {flags}")
    print(f"# load average before: {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}")
    results = []
    for name in args.shape or shapes:
        B, Hq, Hkv, Sq, Sk, D, dt, causal = shapes[name][:8]
        mask_kind = shapes[name][8] if len(shapes[name]) > 8 else None
        tdt = {"f32": torch.float32, "bf16": torch.bfloat16,
               "f16": torch.float16}[dt]
        g = torch.Generator().manual_seed(1)
        q = torch.randn(B, Hq, Sq, D, generator=g).to(tdt)
        k = torch.randn(B, Hkv, Sk, D, generator=g).to(tdt)
        v = torch.randn(B, Hkv, Sk, D, generator=g).to(tdt)
        o = torch.empty(B, Hq, Sq, D, dtype=tdt)
        scale = 1.0 / D ** 0.5
        if args.logit_rounding:
            # The program multiplies by the scale in the logits' type.
            scale = float(torch.tensor(scale, dtype=tdt))
        mask = None
        if mask_kind == "pad":
            mask = torch.zeros(B, 1, 1, Sk, dtype=tdt)
            mask[1::2, :, :, Sk - Sk // 8:] = torch.finfo(tdt).min
        p = Problem()
        lib.attnrt_problem_init(ctypes.byref(p))
        p.q, p.k, p.v, p.o = view(q, dt), view(k, dt), view(v, dt), view(o, dt)
        if mask is not None:
            p.mask = view(mask, dt)
        if args.logit_rounding:
            p.logit_rounding = DTYPES[dt]  # 1 f16, 2 bf16
        # torch's is_causal is top-left; with Sq == Sk both modes agree.
        p.causal = 1 if causal else 0
        p.scale = scale

        def run_attnrt():
            if lib.attnrt_run_on(ctypes.byref(p), b"cpu") != 0:
                sys.exit("attnrt: " + lib.attnrt_last_error().decode())

        def run_torch():
            with torch.no_grad():
                return F.scaled_dot_product_attention(
                    q, k, v, attn_mask=mask, is_causal=causal, scale=scale,
                    enable_gqa=Hq != Hkv)

        run_attnrt()
        ref = run_torch()
        diff = (o.float() - ref.float()).abs().max().item()
        tt, ta, ratios = [], [], []
        for _ in range(args.reps):
            t1 = median_time(run_torch, args.iters)
            t2 = median_time(run_attnrt, args.iters)
            tt.append(t1)
            ta.append(t2)
            ratios.append(t1 / t2)
        r = {"shape": name, "torch_ms": statistics.median(tt) * 1e3,
             "attnrt_ms": statistics.median(ta) * 1e3,
             "ratio": statistics.median(ratios),
             "ratio_min": min(ratios), "ratio_max": max(ratios),
             "max_abs_diff": diff}
        results.append(r)
        print(f"{name:34s} torch {r['torch_ms']:9.2f} ms  attnrt "
              f"{r['attnrt_ms']:9.2f} ms  ratio {r['ratio']:.2f}x "
              f"[{r['ratio_min']:.2f}-{r['ratio_max']:.2f}]  "
              f"max|diff| {diff:.2e}", flush=True)
    load1 = os.getloadavg()
    print(f"# load average after: {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"cpu": model, "flags": flags, "load_before": load0,
                       "load_after": load1, "torch": torch.__version__,
                       "threads": args.threads, "results": results}, f,
                      indent=1)


if __name__ == "__main__":
    main()
