#!/usr/bin/env python3
"""Same-process A/B of Hopper kernel choices on real-model shapes (issue 12).

Loads libattn_hopper.so (cmake --build --preset cuda-sm90 --target
attn_hopper_shared), takes unmasked rows of bench/gpu/model_shapes.py, checks
every candidate's output against the f32 SDPA reference row by row
(bench_sdpa.worst_row_error <= 1e-2), then times the candidates interleaved
(ROUNDS rounds of each, rotating input sets, CUDA events) in one process, so
that machine-to-machine spread does not enter the comparison.

A candidate is LABEL=VARIANT[,ENV=VALUE...]: VARIANT a compiled variant's
name (attn_hopper_find_variant) or "default"; each ENV is set for that
candidate's calls only (a knob the library reads at every launch; the
ATTN_HOPPER_PREFETCH of the 2026-11-30 run was removed after it).

  python3 bench/hopper/ab_models.py --lib build-gpu/lib/libattn_hopper.so --rows 35 \\
      --dtypes bf16,f16 --cand v128=d192_v128_bm128_bn128_ovl_dyn \\
      --cand v128pp=d192_v128_bm128_bn128_ovl_pp_dyn --cand padded=d192_bm128_bn96_ovl_dyn
"""
import argparse
import ctypes
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gpu"))

import torch  # noqa: E402

import bench_sdpa  # noqa: E402
import hopper_variants  # noqa: E402
import model_shapes  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lib", required=True)
    ap.add_argument("--rows", required=True, help="model_shapes indices (unmasked rows)")
    ap.add_argument("--dtypes", default="bf16")
    ap.add_argument("--cand", action="append", required=True, help="LABEL=VARIANT[,ENV=VALUE...]")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    hop = hopper_variants.Hopper(os.path.abspath(args.lib))
    hop.lib.attn_hopper_find_variant.argtypes = [ctypes.POINTER(hopper_variants.Params), ctypes.c_char_p]
    cands = []
    for c in args.cand:
        label, spec = c.split("=", 1)
        parts = spec.split(",")
        env = dict(e.split("=", 1) for e in parts[1:])
        cands.append((label, parts[0], env))
    print(f"# {torch.cuda.get_device_name()}  torch {torch.__version__}", flush=True)
    ok = True
    for idx in [int(i) for i in args.rows.split(",")]:
        s = model_shapes.SHAPES[idx]
        assert s.mask is None, "masked rows are not supported here"
        for dname in args.dtypes.split(","):
            dt = {"bf16": torch.bfloat16, "f16": torch.float16}[dname]
            torch.manual_seed(7 + idx)
            nflops = model_shapes.flops(s)
            sets = bench_sdpa.rotating_inputs(s, model_shapes.io_bytes(s), dt, torch.device("cuda"))
            scale = 1.0 / math.sqrt(s.D)
            params = [hopper_variants.Hopper.params(q, k, v, o, s.causal, scale) for (q, k, v, o) in sets]
            q, k, v, o = sets[0]
            ref = bench_sdpa.reference_f32(q, k, v, None, s.causal)
            runs = []
            for label, vname, env in cands:
                vi = -1 if vname == "default" else hop.lib.attn_hopper_find_variant(
                    ctypes.byref(params[0]), vname.encode())
                if vname != "default" and vi < 0:
                    print(f"#{idx} {dname} {label}: variant {vname} cannot run this shape", flush=True)
                    continue

                def call(i, vi=vi, env=env):
                    hop.run(params[i % len(params)], vi)

                def with_env(fn, env=env):
                    old = {n: os.environ.get(n) for n in env}
                    os.environ.update(env)
                    try:
                        return fn()
                    finally:
                        for n, val in old.items():
                            if val is None:
                                os.environ.pop(n, None)
                            else:
                                os.environ[n] = val
                o.fill_(float("nan"))
                with_env(lambda: call(0))
                torch.cuda.synchronize()
                err = bench_sdpa.worst_row_error(o, ref)
                good = err <= 1e-2
                ok &= good
                runs.append((label, vname, env, call, with_env, err, good, []))
            for _ in range(args.rounds):
                for (label, vname, env, call, with_env, err, good, ts) in runs:
                    if good:
                        ts.append(with_env(lambda: hopper_variants.time_batches(call, len(params)))[0])
            base = None
            for (label, vname, env, call, with_env, err, good, ts) in runs:
                if not good:
                    print(f"#{idx} {dname} {s.name}: {label} WRONG (worst row err {err:.1e})", flush=True)
                    continue
                t = sorted(ts)[len(ts) // 2]
                base = base or t
                print(f"#{idx} {dname} {s.name}: {label:10s} {vname} {env or ''} "
                      f"{nflops / t / 1e9:6.0f} TFLOP/s ({t:.3f} ms; rounds {', '.join(f'{x:.3f}' for x in ts)}) "
                      f"x{base / t:.3f} vs first; worst row err {err:.1e}", flush=True)
            del sets, params, ref, runs
            torch.cuda.empty_cache()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
