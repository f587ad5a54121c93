#!/usr/bin/env python3
"""Times the NVIDIA decode kernel's settings side by side in one process
(issue 12): for each decode shape of the real-model sweep
(bench/gpu/model_shapes.py), SDPA's flash and cuDNN backends once, then
attnrt under each VARIANT (a set of ATTN_DECODE_NV_* knobs, read at every
call because ATTN_DECODE_NV_TUNING is set; kernels/decode/decode_nv.cu).
Every variant's output is checked against an f32 reference on every row
(bench_sdpa.worst_row_error <= 1e-2, output poisoned with NaN first) before it
is timed; a wrong variant is reported WRONG and makes the exit status 1.
Inputs are rotated over >= 256 MB (no L2 hits), as bench_sdpa.py does.

  decode_variants.py --lib build-gpu/lib/libattnrt.so --only 26,27 \\
      --variant base= --variant warp=RING=0 --variant tma=RING=2 \\
      [--rows 34:sp2=SPLITS=2] [--dtype bf16] [--out t.md]

--variant NAME=K=V,K=V (K without the ATTN_DECODE_NV_ prefix: SPLITS, RING,
STAGES, WARPS, PDL, SK, EVICT, ORDER, L2P, MT, FUSE, TRIG, COMB, PREF, QVEC; decode_nv.cu says what each does;
PACK=0|1: the kernel table's sm90-packgqa never / always where exact, GpuKernelTable.cpp;
PSPLITS=N: ATTN_PACKGQA_SPLITS, sm90-packgqa's key splits: N >= 2 forced, 0/1 none, -1 the rule;
PVAR=NAME: ATTN_PACKGQA_VARIANT, the compiled Hopper variant sm90-packgqa runs, GpuKernelTable.cpp)
runs on every shape; --rows IDX[+IDX]:NAME=K=V,... only on those shapes. The baseline (the
first --variant) is timed again last, so the table shows the run's noise.
--lib-b LIB: a second build of libattnrt.so in the same process; a variant named b:NAME
runs on it (NAME' times a variant again: its two rates are averaged for --choose).
--extra B,Hq,Hkv,Sk,D[,MASK] (repeatable) adds a decode shape that the sweep does
not hold (one query row; MASK a bench_sdpa.make_mask kind, e.g. pad_add, pad_bool,
bias: the mask goes to attnrt and, as attn_mask, to SDPA, whose efficient backend
then competes too), numbered 100, 101, ... in the table, after the --only rows.
--digits N: decimals of the TB/s cells (2); --no-sdpa: attnrt's variants only.
--choose A,B,... --choose-rows I,J,...: prints `CHOICE NAME KNOBS` last, the
variant among A, B, ... with the highest geometric mean of TB/s over rows
I, J, ... (both baseline timings averaged), if it beats the baseline by more
than --margin (default 2%), else the baseline.
"""
import argparse
import math
import os
import sys

os.environ["ATTN_DECODE_NV_TUNING"] = "1"  # before the library's first call

import torch
import torch.nn.functional as F

import bench_sdpa  # noqa: E402  (the harness's ctypes path, reference and timing)
import model_shapes  # noqa: E402

KNOBS = ("SPLITS", "RING", "STAGES", "WARPS", "PDL", "SK", "EVICT", "ORDER", "L2P", "MT", "FUSE", "TRIG",
         "COMB", "PREF", "QVEC", "PACK", "PSPLITS", "PVAR")
# Knobs whose variable is not ATTN_DECODE_NV_<K>.
ENV_NAMES = {"PSPLITS": "ATTN_PACKGQA_SPLITS", "PVAR": "ATTN_PACKGQA_VARIANT"}


def env_name(k):
    return ENV_NAMES.get(k, "ATTN_DECODE_NV_" + k)


def parse_variant(text):
    name, _, body = text.partition("=")
    env = {}
    for kv in filter(None, body.split(",")):
        k, _, v = kv.partition("=")
        if k not in KNOBS:
            raise SystemExit(f"unknown knob {k} (one of {', '.join(KNOBS)})")
        env[env_name(k)] = v
    return name, env


def set_knobs(env):
    for k in KNOBS:
        os.environ.pop(env_name(k), None)
    os.environ.update(env)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="build-gpu/lib/libattnrt.so")
    ap.add_argument("--lib-b", default=None, help="a second build: variants named b:NAME run on it")
    ap.add_argument("--only", default="", help="comma-separated model_shapes indices")
    ap.add_argument("--dtype", default="bf16")
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--rows", action="append", default=[])
    ap.add_argument("--out", default=None)
    ap.add_argument("--choose", default="")
    ap.add_argument("--choose-rows", default="")
    ap.add_argument("--margin", type=float, default=0.02)
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--digits", type=int, default=2, help="decimals of the TB/s cells")
    ap.add_argument("--no-sdpa", action="store_true", help="skip SDPA's backends (no x best column)")
    args = ap.parse_args()
    shapes = {int(i): model_shapes.SHAPES[int(i)] for i in filter(None, args.only.split(","))}
    for n, e in enumerate(args.extra):
        f = e.split(",")
        B, Hq, Hkv, Sk, D = (int(x) for x in f[:5])
        shapes[100 + n] = model_shapes.Shape(f"extra {e}", "-", "-", B, Hq, Hkv, 1, Sk, D, 0,
                                             f[5] if len(f) > 5 else None)
    if not shapes:
        raise SystemExit("no shapes: --only and/or --extra")
    from torch.nn.attention import SDPBackend, sdpa_kernel
    import warnings
    warnings.filterwarnings("ignore", category=UserWarning)
    rt = bench_sdpa.Attnrt(args.lib)
    rt_b = bench_sdpa.Attnrt(args.lib_b) if args.lib_b else None
    dt = {"bf16": torch.bfloat16, "f16": torch.float16}[args.dtype]
    dev = torch.device("cuda")
    variants = [parse_variant(v) for v in args.variant] or [("base", {})]
    per_row = {}
    for r in args.rows:
        idxs, _, v = r.partition(":")
        for i in idxs.split("+"):
            per_row.setdefault(int(i), []).append(parse_variant(v))
    status = 0
    lines = []
    rates = {}  # (row, variant name) -> TB/s
    for idx, s in shapes.items():
        torch.manual_seed(4242 + idx)
        nbytes = model_shapes.io_bytes(s)
        sets = bench_sdpa.rotating_inputs(s, nbytes, dt, dev)
        scale = 1.0 / math.sqrt(s.D)
        q, k, v, o = sets[0]
        mask = sdpa_mask = None
        if s.mask:
            mask, sdpa_mask = bench_sdpa.make_mask(s.mask, s.B, s.Hq, s.Sk, dt, dev, Sq=s.Sq)
        ref = bench_sdpa.reference_f32(q, k, v, mask, 0)
        best, best_name = None, None
        sdpa = () if args.no_sdpa else (("flash", SDPBackend.FLASH_ATTENTION), ("cudnn", SDPBackend.CUDNN_ATTENTION))
        if s.mask and sdpa:
            sdpa += (("efficient", SDPBackend.EFFICIENT_ATTENTION),)
        for name, be in sdpa:
            def mk(q_, k_, v_, be=be):
                def fn():
                    with sdpa_kernel(be):
                        return F.scaled_dot_product_attention(q_, k_, v_, scale=scale, attn_mask=sdpa_mask,
                                                              enable_gqa=s.Hq != s.Hkv)
                return fn
            try:
                fns = [mk(q_, k_, v_) for (q_, k_, v_, _) in sets]
                out = fns[0]()
                if not (((out.float() - ref).norm() / ref.norm()).item() <= 1e-2):
                    continue
                t = bench_sdpa.time_adaptive(fns)
                if best is None or t < best:
                    best, best_name = t, name
            except Exception:
                continue
        probs = [rt.problem(q_, k_, v_, o_, 0, scale, mask) for (q_, k_, v_, o_) in sets]
        probs_b = [rt_b.problem(q_, k_, v_, o_, 0, scale, mask) for (q_, k_, v_, o_) in sets] if rt_b else None
        cells = []
        vs = variants + per_row.get(idx, []) + [(variants[0][0] + "'", variants[0][1])]
        for name, env in vs:
            set_knobs(env)
            lib, ps = (rt_b, probs_b) if name.startswith("b:") else (rt, probs)
            try:
                if lib is None:
                    raise RuntimeError("b: variant without --lib-b")
                o.fill_(float("nan"))
                lib.run(ps[0])
                torch.cuda.synchronize()
                err = bench_sdpa.worst_row_error(o, ref)
                if not (err <= 1e-2):
                    cells.append(f"{name} WRONG {err:.1e}")
                    status = 1
                    continue
                t = bench_sdpa.time_adaptive([lambda p=p: lib.run(p) for p in ps])
                x = f" x{best / t:.2f}" if best else ""
                cells.append(f"{name} {nbytes / t / 1e9:.{args.digits}f}{x}")
                key = (idx, name.rstrip("'"))
                rates[key] = (rates[key] + nbytes / t / 1e9) / 2 if key in rates else nbytes / t / 1e9
            except RuntimeError as e:
                cells.append(f"{name} ERROR {str(e)[:60]}")
                status = 1
        set_knobs({})
        sd = f"{best_name} {nbytes / best / 1e9:.2f}" if best else "n/a"
        lines.append(f"| {idx} | {s.B}, {s.Hq}/{s.Hkv}, {s.Sk}, {s.D}{', ' + s.mask if s.mask else ''} | {sd} | "
                     + " | ".join(cells) + " |")
        print(lines[-1], flush=True)
        del sets, probs, probs_b, ref, q, k, v, o, mask, sdpa_mask
        torch.cuda.empty_cache()
    if args.choose:
        names = args.choose.split(",")
        crow = [int(i) for i in args.choose_rows.split(",")]
        envs = dict(variants)
        score = {}
        for n in names:
            xs = [rates.get((i, n)) for i in crow]
            if all(xs):
                score[n] = math.exp(sum(math.log(x) for x in xs) / len(xs))
        print("scores: " + ", ".join(f"{n} {v:.3f}" for n, v in score.items()), flush=True)
        base = names[0]
        best = max(score, key=score.get) if score else base
        if base in score and score[best] < score[base] * (1 + args.margin):
            best = base
        knobs = " ".join(f"{k}={v}" for k, v in envs.get(best, {}).items())
        print(f"CHOICE {best} {knobs}", flush=True)
    if args.out:
        with open(args.out, "w") as fh:
            fh.write(f"GPU: {torch.cuda.get_device_name()}; torch {torch.__version__}; {args.dtype}; TB/s "
                     "over Q+K+V+O bytes, x = best SDPA time / attnrt time\n\n"
                     "| # | B, Hq/Hkv, Sk, D | best SDPA TB/s | variants (TB/s, x best) |\n"
                     "| --- | --- | --- | --- |\n" + "\n".join(lines) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
