#!/usr/bin/env python3
"""Same-process A/B of the Hopper path against SDPA (issue 12): for each
shape, the candidates (attnrt's default dispatch through libattnrt, named
Hopper variants through libattn_hopper.so, SDPA cuDNN, flash and efficient) are timed in
interleaved rounds in one process on the same tensors, so that a difference
between candidates is not a difference between machines or processes (the
models sweep's rows move by up to ~8% between fresh machines).

Each candidate's output is checked first (worst row error <= 1e-2 against an
f32 SDPA reference, bench_sdpa.worst_row_error; NaN-poisoned output); a
candidate that fails is reported and not timed. Timing is
bench_sdpa.time_rounds: an untimed warm-up of every candidate (fixing each
one's reps and trials, bench_sdpa.adaptive_plan), then --rounds rounds
(default 4; keep it even) in which each candidate is timed once (CUDA
events, median of trials, rotating input sets where one set fits in L2),
the order reversed on every other round, so that the first-listed candidate
is not always timed first (with 3 rounds and no warm-up it was, and a
control row with identical code read 1.5-2.7% faster in first place).
Reported: each candidate's median over the rounds (min-max), TFLOP/s, and
the median over rounds of the paired ratio cuDNN time / candidate time
(x cudnn) and best SDPA / candidate (x best).

  python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \\
      --hopper build-gpu/lib/libattn_hopper.so --rows 5,6 --rounds 4 \\
      --variants d64_bm128_ovl_pp_static,d64_bn208_bm128_ovl_pp_static [--issue6-s512] \\
      [--ref flash]  (check against SDPA flash's output instead of f32 math SDPA: long shapes)
      [--skip flash,efficient]  (SDPA candidates not to time)
      [--hopper-b OTHER/libattn_hopper.so]  (variants b:NAME from a second build: A/B of two trees)
      [--shape 32,16,512,128,0[,Sk[,Hkv]] ...]  (B,H,S,D,causal[,Sk[,Hkv]]: any shape, Sq = S, Sk = S and
                                      Hkv = H unless given;
                                      its row id for NAME@ROWS is x0, x1, ... in order)
      [--pitch 96]  (Q, K, V, O as views with rows 96 elements apart: the row stride's share in a time)
      [--repack 96]  (also default+repack96: K, V copied into rows 96 apart each call, then the default)
A variant NAME%BITS runs with the tile-scheduling bits BITS
(attn_hopper_set_sched, kernels/hopper/tile_scheduler.cuh); "default" names
the default variant (default%0: the default kernel without those bits).
A variant NAME^QKV (after any %BITS) runs with the Q, K, V maps' L2 promotion
digits QKV (attn_hopper_set_l2p: 0 none, 1 64 B, 2 128 B, 3 256 B; 333 is the
default), e.g. default^222.
--lib= (empty): no attnrt candidate (a build of the Hopper library alone).
"""
import argparse
import math
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gpu"))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch.nn.attention import SDPBackend, sdpa_kernel  # noqa: E402

import bench_sdpa  # noqa: E402
import hopper_variants  # noqa: E402
import model_shapes  # noqa: E402


def repack_candidate(s, sets, scale, lib, pitch):
    """("default+repackN", [fn per set]): K and V copied into views with rows
    `pitch` elements apart (cudaMemcpy2DAsync on the stream, timed with the
    kernel), then the default variant on Q, the copies and O: what a copy of
    misaligned K/V rows (D 72, D 88) into aligned ones would cost and gain."""
    import ctypes
    cp2d = lib.lib.cudaMemcpy2DAsync  # libcudart, a dependency of libattn_hopper.so
    cp2d.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t,
                     ctypes.c_size_t, ctypes.c_size_t, ctypes.c_int, ctypes.c_void_p]
    fns = []
    for (q, k, v, o) in sets:
        if not (k.is_contiguous() and v.is_contiguous()) or pitch < s.D:
            return None
        kb = torch.empty(*k.shape[:-1], pitch, dtype=k.dtype, device=k.device)
        vb = torch.empty(*v.shape[:-1], pitch, dtype=v.dtype, device=v.device)
        kv, vv = kb[..., :s.D], vb[..., :s.D]
        p = hopper_variants.Hopper.params(q, kv, vv, o, s.causal, scale)
        rows, es = k.numel() // s.D, k.element_size()

        def fn(p=p, k=k, v=v, kb=kb, vb=vb, rows=rows, es=es):
            st = torch.cuda.current_stream().cuda_stream
            for src, dst in ((k, kb), (v, vb)):
                rc = cp2d(dst.data_ptr(), pitch * es, src.data_ptr(), s.D * es, s.D * es, rows, 3, st)
                if rc != 0:
                    raise RuntimeError(f"cudaMemcpy2DAsync returned {rc}")
            lib.run_sched(p, -1, -1, -1)
        fns.append(fn)
    return (f"default+repack{pitch}", fns)


def candidates(s, sets, scale, rt, hop, names, again=False, skip=(), fill=None, repack=0):
    """(name, [fn per input set]) for shape s. again: the first named
    variant that serves the shape is the baseline: timed first and, as
    "NAME (again)", last (each round reverses the order). fill: the mask
    fill of attnrt's and the Hopper variants' problems (None: -inf)."""
    out = []
    if rt:  # --lib '': no attnrt candidate (a build of the Hopper library alone)
        probs = [rt.problem(q, k, v, o, s.causal, scale, None, fill) for (q, k, v, o) in sets]
        out.append(("attnrt", [lambda p=p: rt.run(p) for p in probs]))
    base = None
    # hop: {"": the --hopper library, "b:": the --hopper-b one}; a name
    # "b:NAME" runs NAME from the second library.
    if hop:
        hp = [hopper_variants.Hopper.params(q, k, v, o, s.causal, scale) for (q, k, v, o) in sets]
        if fill is not None:
            for p in hp:
                p.mask_fill = fill
        idx = {}
        for pre, lib in hop.items():
            idx[pre] = dict((n, i) for i, n in lib.variants(s.D, sets[0][0].dtype))
            idx[pre]["default"] = -1
        for n in names:
            # NAME%BITS: the variant with the tile-scheduling bits BITS
            # (attn_hopper_set_sched), set before each call; plain NAME: the
            # library's default bits.
            pre = "b:" if n.startswith("b:") else ""
            if pre not in hop:
                continue
            lib = hop[pre]
            rest, _, l2p = n[len(pre):].partition("^")
            v, _, bits = rest.partition("%")
            b = int(bits) if bits else -1
            l2 = int(l2p) if l2p else -1
            if v in idx[pre]:
                out.append((n, [lambda p=p, i=idx[pre][v], b=b, l2=l2, lib=lib: lib.run_sched(p, i, b, l2)
                                for p in hp]))
                if again and base is None:
                    base = out.pop()
                    out.insert(0, base)
    if repack and "" in hop and s.causal != 2:
        c = repack_candidate(s, sets, scale, hop[""], repack)
        if c:
            out.append(c)
    for name, be in (("cudnn", SDPBackend.CUDNN_ATTENTION), ("flash", SDPBackend.FLASH_ATTENTION),
                     ("efficient", SDPBackend.EFFICIENT_ATTENTION)):
        if name in skip:
            continue
        def mk(q, k, v, o, be=be):
            def fn():  # returns its output (no copy into o inside the timed call)
                with sdpa_kernel(be):
                    return F.scaled_dot_product_attention(q, k, v, scale=scale, is_causal=s.causal == 1,
                                                          enable_gqa=s.Hq != s.Hkv)
            return fn
        if s.causal != 2:
            out.append((name, [mk(*st) for st in sets]))
    if base:
        out.append((base[0] + " (again)", base[1]))
    return out


def with_pitch(t, pitch):
    """t's values in a view whose rows are `pitch` elements apart (the
    layout of a head-dim slice of a wider tensor)."""
    buf = torch.zeros(*t.shape[:-1], pitch, dtype=t.dtype, device=t.device)
    view = buf[..., :t.shape[-1]]
    view.copy_(t)
    return view


def run_shape(label, s, dt, rt, hop, names, rounds, ref_kind, again=False, skip=(), fill=None, pitch=0,
              repack=0):
    scale = 1.0 / math.sqrt(s.D)
    # --fill min: finfo(dt).min, GPT-2's causal fill; the f32 reference's -inf
    # gives the same output wherever a row sees a key (top-left, Sq = Sk).
    fill = float(torch.finfo(dt).min) if fill == "min" else fill
    sets = bench_sdpa.rotating_inputs(s, model_shapes.io_bytes(s), dt, torch.device("cuda"))
    if pitch:
        sets = [tuple(with_pitch(t, pitch) for t in st) for st in sets]
    q, k, v, o = sets[0]
    if ref_kind == "f32" or s.causal == 2:  # SDPA's is_causal is top-left only
        ref = bench_sdpa.reference_f32(q, k, v, None, s.causal)
    else:  # SDPA flash in f32 accumulation: cheap for long shapes, checked by the sweep
        with sdpa_kernel(SDPBackend.FLASH_ATTENTION):
            ref = F.scaled_dot_product_attention(q, k, v, scale=scale, is_causal=s.causal == 1,
                                                 enable_gqa=s.Hq != s.Hkv).float()
    cands = []
    for name, fns in candidates(s, sets, scale, rt, hop, names, again, skip, fill, repack):
        o.fill_(float("nan"))
        try:
            got = fns[0]()
            torch.cuda.synchronize()
            err = bench_sdpa.worst_row_error(o if got is None else got, ref)
            del got
        except RuntimeError as e:
            print(f"  {name}: error {str(e).splitlines()[0][:120]}")
            continue
        if not err <= 1e-2:
            print(f"  {name}: WRONG (worst row err {err:.2e}), not timed")
            continue
        cands.append((name, fns, err))
    del ref
    # An untimed warm-up of every candidate, then `rounds` rounds, the order
    # reversed on odd rounds (bench_sdpa.time_rounds, rotate=False: the
    # --again baseline stays first and last).
    errs = {n: err for n, _, err in cands}
    times, failed = bench_sdpa.time_rounds([(n, fns) for n, fns, _ in cands], rounds, rotate=False)
    for name, msg in failed.items():
        print(f"  {name}: error while timed: {msg}")
    cands = [(n, None, errs[n]) for n, _, _ in cands if n in times]
    flops = model_shapes.flops(s)
    print(f"\n{label}  B={s.B} Hq/Hkv={s.Hq}/{s.Hkv} Sq={s.Sq} Sk={s.Sk} D={s.D} causal={s.causal} "
          f"{str(dt)[6:]}  rounds={rounds}" + ("" if fill is None else f"  fill={fill:g} (attnrt, Hopper)"))
    print("| candidate | ms (median of rounds) | min-max | TFLOP/s | x cudnn (paired) | x best SDPA (paired) "
          "| x first (paired) | row err |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    res = {}
    first = times[cands[0][0]] if cands else None
    for name, _, err in cands:
        ts = times[name]
        med = statistics.median(ts)
        xf = statistics.median(first[i] / ts[i] for i in range(rounds))
        xc = xb = float("nan")
        if "cudnn" in times:
            xc = statistics.median(times["cudnn"][i] / ts[i] for i in range(rounds))
        sd = [n for n in ("cudnn", "flash", "efficient") if n in times]
        if sd:
            xb = statistics.median(min(times[n][i] for n in sd) / ts[i] for i in range(rounds))
        res[name] = dict(ms=med, all=ts, x_cudnn=xc, x_best=xb, x_first=xf, err=err)
        print(f"| {name} | {med:.4f} | {min(ts):.4f}-{max(ts):.4f} | {flops / med / 1e9:.1f} | "
              f"{xc:.3f} | {xb:.3f} | {xf:.3f} | {err:.1e} |", flush=True)
    del sets
    torch.cuda.empty_cache()
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="build-gpu/lib/libattnrt.so")
    ap.add_argument("--hopper", default=None, help="libattn_hopper.so: time named variants too")
    ap.add_argument("--hopper-b", default=None,
                    help="a second libattn_hopper.so (another build): its variants are named b:NAME")
    ap.add_argument("--rows", default="5", help="models sweep rows (bench/gpu/model_shapes.py)")
    ap.add_argument("--variants", default="",
                    help="comma-separated Hopper variant names; NAME@5+6+s512 times NAME on those rows only")
    ap.add_argument("--again", action="store_true",
                    help="the first named variant of a shape is its baseline: timed first and again last")
    ap.add_argument("--rounds", type=int, default=4,
                    help="timed rounds after an untimed warm-up; even, so that each order is timed equally often")
    ap.add_argument("--dtypes", default="bf16")
    ap.add_argument("--f16-rows", default=None, help="f16 on these rows only (comma-separated, s512 too)")
    ap.add_argument("--ref", default="f32", choices=["f32", "flash"],
                    help="the check's reference: f32 SDPA (math), or SDPA flash's output (long shapes)")
    ap.add_argument("--issue6-s512", action="store_true", help="also D 64 S 512 B 32 H 32 (issue 6)")
    ap.add_argument("--shape", action="append", default=[],
                    help="B,H,S,D,causal[,Sk[,Hkv]] (causal 0/1/2; Sq = S; Sk = S, Hkv = H unless given): "
                         "also this shape, row id x0, x1, ...")
    ap.add_argument("--skip", default="", help="comma-separated SDPA candidates not to time (flash)")
    ap.add_argument("--pitch", type=int, default=0,
                    help="Q, K, V, O rows this many elements apart (views of wider tensors; >= every D)")
    ap.add_argument("--repack", type=int, default=0,
                    help="also 'default+repackN': K and V copied (timed) into rows N elements apart, then the "
                         "default variant (contiguous K/V, N >= D; the cost and gain of aligning misaligned rows)")
    ap.add_argument("--fill", default=None,
                    help="mask fill of the attnrt and Hopper candidates: 'min' (finfo(dtype).min) or a number; "
                         "SDPA runs -inf (the same output where every row sees a key)")
    args = ap.parse_args()
    if args.rounds < 1:
        ap.error("--rounds: at least 1")
    if args.rounds % 2:
        print(f"note: --rounds {args.rounds} is odd: the first-listed order is timed once more than its reverse")
    rt = bench_sdpa.Attnrt(args.lib) if args.lib else None
    hop = {}
    if args.hopper:
        hop[""] = hopper_variants.Hopper(os.path.abspath(args.hopper))
    if args.hopper_b:
        hop["b:"] = hopper_variants.Hopper(os.path.abspath(args.hopper_b))
    names = [n for n in args.variants.split(",") if n]

    def names_for(row):  # the variants named for this row (NAME, or NAME@ROWS with the row among ROWS)
        return [n.split("@")[0] for n in names if "@" not in n or row in n.split("@")[1].split("+")]
    print(f"# {torch.cuda.get_device_name()}  torch {torch.__version__}  cudnn {torch.backends.cudnn.version()}")
    shapes = [(f"row {i}: {model_shapes.SHAPES[int(i)].name}", model_shapes.SHAPES[int(i)], i)
              for i in args.rows.split(",") if i]
    if args.issue6_s512:
        shapes.append(("issue 6: D 64 S 512", model_shapes.Shape("issue6 S512", "-", "-", 32, 32, 32,
                                                                   512, 512, 64, 0, None), "s512"))
    for i, spec in enumerate(args.shape):
        try:
            f = [int(x) for x in spec.split(",")]
            if len(f) not in (5, 6, 7):
                raise ValueError
            B, H, S, D, c = f[:5]
            Sk = f[5] if len(f) >= 6 else S
            Hkv = f[6] if len(f) == 7 else H
        except ValueError:
            ap.error(f"--shape {spec}: expected B,H,S,D,causal[,Sk[,Hkv]] (five to seven integers)")
        if min(B, H, S, D, Sk, Hkv) < 1 or c not in (0, 1, 2) or (c == 1 and Sk != S) or H % Hkv:
            ap.error(f"--shape {spec}: B, H, S, D, Sk, Hkv >= 1, H a multiple of Hkv, causal 0, 1 or 2 "
                     "(1 only with Sk = S)")
        shapes.append((f"shape x{i}: B {B} H {H}/{Hkv} Sq {S} Sk {Sk} D {D} causal {c}",
                       model_shapes.Shape(f"x{i}", "-", "-", B, H, Hkv, S, Sk, D, c, None), f"x{i}"))
    for dn in args.dtypes.split(","):
        dt = {"bf16": torch.bfloat16, "f16": torch.float16}[dn]
        for label, s, row in shapes:
            if dn == "f16" and args.f16_rows is not None and row not in args.f16_rows.split(","):
                continue
            torch.manual_seed(7)
            run_shape(label, s, dt, rt, hop, names_for(row), args.rounds, args.ref, args.again,
                      args.skip.split(","), args.fill if args.fill in (None, "min") else float(args.fill),
                      args.pitch, args.repack)


if __name__ == "__main__":
    sys.exit(main())
