#!/usr/bin/env python3
"""Launch Hopper variants once per shape, for a profiler (ncu) to read: no
timing, no reference. Each --shape B,H,S,D,causal[,Sk] runs each --variants
NAME ("default": the library's default; "b:NAME" from --hopper-b) once, in
order, on fresh random bf16 (or --dtype f16) inputs; the output is checked
to be finite (a launch that failed would leave the NaN poison). --sdpa
BACKENDS (cudnn, flash, efficient) also runs PyTorch SDPA once per backend
on the same tensors, after the variants, for a side-by-side profile.

  ncu --clock-control none -k regex:fa_fwd ... python3 bench/hopper/ncu_variant.py \\
      --hopper build-gpu/lib/libattn_hopper.so --shape 2048,16,112,64,0 --variants default
"""
import argparse
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gpu"))

import torch  # noqa: E402

import hopper_variants  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hopper", required=True)
    ap.add_argument("--hopper-b")
    ap.add_argument("--shape", action="append", required=True)
    ap.add_argument("--variants", default="default")
    ap.add_argument("--dtype", default="bf16", choices=("bf16", "f16"))
    ap.add_argument("--sdpa", default="", help="comma list of SDPA backends to run after the variants")
    a = ap.parse_args()
    dt = torch.bfloat16 if a.dtype == "bf16" else torch.float16
    libs = {"": hopper_variants.Hopper(a.hopper)}
    if a.hopper_b:
        libs["b:"] = hopper_variants.Hopper(a.hopper_b)
    for sh in a.shape:
        f = [int(x) for x in sh.split(",")]
        B, H, S, D, causal = f[:5]
        Sk = f[5] if len(f) > 5 else S
        q = torch.randn(B, H, S, D, device="cuda", dtype=dt)
        k = torch.randn(B, H, Sk, D, device="cuda", dtype=dt)
        v = torch.randn(B, H, Sk, D, device="cuda", dtype=dt)
        o = torch.empty_like(q)
        p = hopper_variants.Hopper.params(q, k, v, o, causal, 1.0 / math.sqrt(D))
        for n in a.variants.split(","):
            pre = "b:" if n.startswith("b:") else ""
            lib, name = libs[pre], n[len(pre):]
            idx = -1 if name == "default" else dict((m, i) for i, m in lib.variants(D, dt))[name]
            o.fill_(float("nan"))
            lib.run(p, idx)
            torch.cuda.synchronize()
            ok = bool(torch.isfinite(o).all())
            print(f"shape {sh} variant {n} (index {idx}): {'finite' if ok else 'NOT FINITE'}", flush=True)
        for be in filter(None, a.sdpa.split(",")):
            from torch.nn.attention import SDPBackend, sdpa_kernel
            kind = {"cudnn": SDPBackend.CUDNN_ATTENTION, "flash": SDPBackend.FLASH_ATTENTION,
                    "efficient": SDPBackend.EFFICIENT_ATTENTION}[be]
            with sdpa_kernel([kind]):
                r = torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=bool(causal))
            torch.cuda.synchronize()
            ok = bool(torch.isfinite(r).all())
            print(f"shape {sh} sdpa {be}: {'finite' if ok else 'NOT FINITE'}", flush=True)


if __name__ == "__main__":
    main()
