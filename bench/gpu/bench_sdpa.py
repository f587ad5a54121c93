#!/usr/bin/env python3
"""attnrt's hip backend vs torch SDPA (flash backend, and the default, cuDNN)
on the same device tensors.

attnrt is called through ctypes (attnrt_run_on(p, "gpu" or $ATTNRT_BENCH_BACKEND, e.g. "gpu:fa2-general"), memory = DEVICE,
stream = torch's current stream), so the timing covers exactly one
attention computation on data already on the GPU. Timing: CUDA events around
`reps` back-to-back calls after warm-up, median over `trials`, inputs rotated
over several copies so repeated runs do not hit L2 for the small shapes.
Correctness first: every shape's attnrt output is compared with SDPA's
(relative L2 <= 1e-2) before any number is printed for it.

FLOPs counted as 4*B*H*Sq*Sk*D (halved for causal); decode is reported as
bytes/s over the K and V bytes (plus Q and O), which must be read once.

  python3 bench/gpu/bench_sdpa.py --lib build-gpu/lib/libattnrt.so [--out table.md]
  python3 bench/gpu/bench_sdpa.py --sweep issue6 --dtypes bf16,f16 --out t.md --plot t.png
  python3 bench/gpu/bench_sdpa.py --hopper-variants build-gpu/lib/libattn_hopper.so [--check-only]

--hopper-variants LIB: variant tuning of the Hopper path instead of the
attnrt-vs-SDPA table: every compiled variant checked, then timed
(hopper_variants.py; LIB from `cmake --build --preset cuda-sm90 --target
attn_hopper_shared`).

--sweep toolchain (default): the five shapes of shared/TOOLCHAIN.md, bf16.
--sweep issue6: head dim 64 and 128 at sequence 512, 2048, 8192 with
batch x seq = 16k and heads x dim = 2048, causal and not; head dim 256 at
4096; decode: 1 query against 4096 and 32768 keys, 32 query heads, 8 and 32
KV heads, head dim 128 (batch 8).
--sweep models: the real-model shapes of bench/gpu/model_shapes.py (BERT,
RoBERTa with padding masks, T5 bias, ViT/DeiT, Whisper, SD 1.5 / SDXL, Gemma,
Llama / Mistral / Qwen2 GQA prefill and chunked prefill, MQA, decode)
against SDPA's flash, cuDNN and efficient backends, timed in --rounds
interleaved rounds (default 4, order rotated between rounds); x best per
row, its per-round spread, and the geometric mean (see models()):
  bench_sdpa.py --sweep models --dtypes bf16,f16 [--rounds 4] --json r.json --out r.md
  then bench/plot_results.py r.json r.png draws x best per row.
--sweep random: --count shapes drawn from --seed by bench/gpu/random_shapes.py
(the models sweep's classes with sizes drawn anew: head dims 32-256, odd and
short sequences, every mask kind incl. Hugging Face's [B,1,Sq,Sk] eager mask,
GQA/MQA, chunked prefill, decode, speculative-decoding verification), timed
and reported as the models sweep is, so that no tuned row list hides a slow
shape:
  bench_sdpa.py --sweep random --seed 1 --count 40 --dtypes bf16,f16 --json r.json --out r.md
--sweep decode: one query row, batch 1/8/64, 1k-128k keys, 32/8 and 32/32
heads, head dim 128, against SDPA's flash, cuDNN and efficient backends
(x best: the fastest of them over attnrt's time).
--sweep headdims: the head dims the Hopper path pads (Gemma 256, SD 1.x 40,
Phi-2 80, Phi-3-mini 96, a non-causal 96 and 160) against the same three
backends (bench/hopper/run_device.sh runs it).
"""
import argparse
import ctypes
import datetime
import math
import os
import statistics
import sys
import time

import torch
import torch.nn.functional as F

import attnrt_layout  # bench/gpu/attnrt_layout.py: the struct mirrors, checked against the header
from attnrt_layout import Problem, Tensor

DT = {torch.float32: 0, torch.float16: 1, torch.bfloat16: 2, torch.bool: 3}


def tview(t):
    v = Tensor()
    v.data = t.data_ptr()
    v.dtype = DT[t.dtype]
    for i in range(4):
        v.sizes[i] = t.shape[i]
        v.strides[i] = t.stride(i)
    return v


class Attnrt:
    def __init__(self, path):
        attnrt_layout.check()  # raises LayoutError if the mirror and attnrt.h disagree
        self.lib = ctypes.CDLL(path)
        self.lib.attnrt_run_on.argtypes = [ctypes.POINTER(Problem), ctypes.c_char_p]
        self.lib.attnrt_run_on.restype = ctypes.c_int
        self.lib.attnrt_last_error.restype = ctypes.c_char_p
        self.lib.attnrt_problem_init.argtypes = [ctypes.POINTER(Problem)]

    def problem(self, q, k, v, o, causal, scale, mask=None, fill=None):
        p = Problem()
        self.lib.attnrt_problem_init(ctypes.byref(p))
        p.q, p.k, p.v, p.o = tview(q), tview(k), tview(v), tview(o)
        if mask is not None:
            p.mask = tview(mask)
        if fill is not None:
            p.mask_fill = fill
        p.causal = causal
        p.scale = scale
        p.memory = 1 if q.is_cuda else 0  # DEVICE: in place; HOST: staged by the backend
        p.device = q.device.index or 0
        p.stream = torch.cuda.current_stream().cuda_stream
        return p

    def run(self, p):
        rc = self.lib.attnrt_run_on(ctypes.byref(p), os.environ.get("ATTNRT_BENCH_BACKEND", "gpu").encode())
        if rc != 0:
            raise RuntimeError(f"attnrt_run_on failed ({rc}): {self.lib.attnrt_last_error().decode()}")


def time_ms(fn_list, reps=10, trials=15):
    """Median per-call time (ms) of cycling through fn_list."""
    for f in fn_list:
        f()
    torch.cuda.synchronize()
    times = []
    for trial in range(trials):
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        for i in range(reps):  # keep rotating across trials (more copies than reps)
            fn_list[(trial * reps + i) % len(fn_list)]()
        end.record()
        end.synchronize()
        times.append(start.elapsed_time(end) / reps)
    return statistics.median(times), min(times), max(times)


def sdpa_fn(q, k, v, causal, backend, gqa):
    from torch.nn.attention import SDPBackend, sdpa_kernel
    be = {"flash": SDPBackend.FLASH_ATTENTION, "cudnn": SDPBackend.CUDNN_ATTENTION,
          "efficient": SDPBackend.EFFICIENT_ATTENTION}[backend]

    def f():
        with sdpa_kernel(be):
            return F.scaled_dot_product_attention(q, k, v, is_causal=causal, enable_gqa=gqa)
    return f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="build-gpu/lib/libattnrt.so")
    ap.add_argument("--out", default=None)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated shape indices")
    ap.add_argument("--sweep", default="toolchain",
                    choices=["toolchain", "issue6", "masks", "decode", "models", "random", "headdims",
                             "rounding"])
    ap.add_argument("--dtypes", default="bf16", help="comma-separated: bf16,f16")
    ap.add_argument("--plot", default=None, help="PNG: TFLOP/s against sequence length")
    ap.add_argument("--staging", action="store_true",
                    help="host-staged vs device-resident calls (issue 7) instead of SDPA")
    ap.add_argument("--rounds", type=int, default=4,
                    help="--sweep models: rounds per row; every candidate timed once per round, "
                         "the order rotated and reversed between rounds (see time_rounds)")
    ap.add_argument("--seed", type=int, default=1, help="--sweep random: the draw's seed")
    ap.add_argument("--count", type=int, default=40, help="--sweep random: shapes drawn")
    ap.add_argument("--json", default=None,
                    help="--sweep models: every row and the geometric mean as JSON; "
                         "--hopper-variants: the checks and timings as JSON")
    hv = ap.add_argument_group("Hopper variant tuning (--hopper-variants; --dtypes and --json apply)")
    hv.add_argument("--hopper-variants", metavar="LIB", default=None,
                    help="libattn_hopper.so (target attn_hopper_shared): check and time every variant")
    hv.add_argument("--check-only", action="store_true")
    hv.add_argument("--skip-check", action="store_true")
    hv.add_argument("--dims", default="64,128")
    hv.add_argument("--names", default="", help="check only these variants (comma-separated names)")
    args = ap.parse_args()
    if args.hopper_variants:
        import hopper_variants
        return hopper_variants.run(args)
    if args.staging:
        return staging(Attnrt(args.lib), args.out)
    if args.sweep == "masks":
        return masks(Attnrt(args.lib), args)
    if args.sweep in ("models", "random"):
        return models(Attnrt(args.lib), args)
    if args.sweep == "rounding":
        return rounding(Attnrt(args.lib), args)
    rt = Attnrt(args.lib)
    dev = torch.device("cuda")
    torch.manual_seed(0)
    # (B, Hq, Hkv, Sq, Sk, D, causal)
    shapes = [
        (2, 16, 16, 8192, 8192, 128, False),
        (2, 16, 16, 8192, 8192, 128, True),
        (8, 16, 16, 2048, 2048, 128, False),
        (2, 32, 32, 8192, 8192, 64, False),
        (8, 32, 8, 1, 32768, 128, False),
    ]
    if args.sweep == "issue6":
        shapes = []
        for D in (64, 128):
            for S in (512, 2048, 8192):
                for causal in (False, True):
                    shapes.append((16384 // S, 2048 // D, 2048 // D, S, S, D, causal))
        for causal in (False, True):
            shapes.append((4, 8, 8, 4096, 4096, 256, causal))
        for Sk in (4096, 32768):
            for Hkv in (8, 32):
                shapes.append((8, 32, Hkv, 1, Sk, 128, False))
    if args.sweep == "decode":
        # Decode (one query row) at batch 1 / 8 / 64 and 1k-128k keys, GQA
        # 32/8 and MHA 32/32, head dim 128; sizes kept under ~9 GB of K/V.
        shapes = []
        for B, sks in ((1, (1024, 4096, 32768, 131072)), (8, (4096, 32768, 131072)),
                       (64, (1024, 8192))):
            for Hkv in (8, 32):
                for Sk in sks:
                    if B * Hkv * Sk <= 64 * 32 * 8192:
                        shapes.append((B, 32, Hkv, 1, Sk, 128, False))
    if args.sweep == "headdims":
        # Head dims from public model configs (issue 12): Gemma (256), Stable
        # Diffusion 1.x self-attention at 64x64 latents (40, 4096 tokens),
        # Phi-2 (80, causal), Phi-3-mini (96, causal), a non-causal 96 and a
        # 160 (no common model; issue 12's list).
        shapes = [(4, 8, 8, 4096, 4096, 256, False), (4, 8, 8, 4096, 4096, 256, True),
                  (2, 10, 10, 4096, 4096, 40, False), (4, 32, 32, 2048, 2048, 80, True),
                  (4, 32, 32, 2048, 2048, 96, True), (2, 16, 16, 4096, 4096, 96, False),
                  (2, 16, 16, 4096, 4096, 160, False)]
    backends = (("flash", "cudnn", "efficient") if args.sweep in ("decode", "headdims")
                else ("flash", "cudnn"))
    dtypes = [{"bf16": torch.bfloat16, "f16": torch.float16}[d] for d in args.dtypes.split(",")]
    if args.quick:
        shapes = shapes[:1] + shapes[-1:]
    if args.only:
        shapes = [shapes[int(i)] for i in args.only.split(",")]
    rows = []
    print(f"# {torch.cuda.get_device_name()}  torch {torch.__version__}  "
          f"{datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}")
    for (B, Hq, Hkv, Sq, Sk, D, causal), dt in [(sh, d) for sh in shapes for d in dtypes]:
        ncopies = 1 if B * Hq * Sk * D * 2 > (1 << 28) else 4
        if args.sweep == "decode":  # rotate over >= 256 MB of K/V: no L2 (50 MB) hits
            ncopies = max(1, min(64, -(-(1 << 28) // (2 * B * Hkv * Sk * D * 2))))
        sets = []
        for _ in range(ncopies):
            q = torch.randn(B, Hq, Sq, D, device=dev, dtype=dt)
            k = torch.randn(B, Hkv, Sk, D, device=dev, dtype=dt)
            v = torch.randn(B, Hkv, Sk, D, device=dev, dtype=dt)
            o = torch.empty(B, Hq, Sq, D, device=dev, dtype=dt)
            sets.append((q, k, v, o))
        scale = 1.0 / math.sqrt(D)
        cm = 1 if causal else 0  # top-left == PyTorch is_causal
        probs = [rt.problem(q, k, v, o, cm, scale) for (q, k, v, o) in sets]
        gqa = Hq != Hkv
        q, k, v, o = sets[0]
        o.fill_(float("nan"))
        rt.run(probs[0])
        torch.cuda.synchronize()
        ref = F.scaled_dot_product_attention(q.float(), k.float().repeat_interleave(Hq // Hkv, 1),
                                             v.float().repeat_interleave(Hq // Hkv, 1), is_causal=causal)
        rel = ((o.float() - ref).norm() / ref.norm()).item()
        flops = 4 * B * Hq * Sq * Sk * D * (0.5 if causal else 1.0)
        nbytes = (q.numel() + k.numel() + v.numel() + o.numel()) * 2
        decode = Sq <= 16
        res = {"shape": f"{B},{Hq}/{Hkv},{Sq},{Sk},{D}", "causal": causal, "relL2": rel,
               "dtype": str(dt).replace("torch.", ""), "D": D, "Sq": Sq, "decode": decode,
               "flops": flops, "bytes": nbytes}
        if not (rel <= 1e-2):
            print(f"{res['shape']} causal={causal}: WRONG RESULT relL2={rel:.3e}; not timed")
            res["attnrt"] = None
            rows.append(res)
            continue
        t, tmin, tmax = time_ms([lambda p=p: rt.run(p) for p in probs])
        res["attnrt"] = (t, tmin, tmax)
        for be in backends:
            try:
                fns = [sdpa_fn(q_, k_, v_, causal, be, gqa) for (q_, k_, v_, _) in sets]
                res[be] = time_ms(fns)
            except Exception as e:  # backend cannot run this shape
                res[be] = None
                res[be + "_err"] = str(e).splitlines()[0][:80]
        def fmt(x):
            if x is None:
                return "n/a"
            ms = x[0]
            return (f"{nbytes / ms / 1e9:.2f} TB/s ({ms:.3f} ms)" if decode
                    else f"{flops / ms / 1e9:.0f} TFLOP/s ({ms:.3f} ms)")
        res["fmt"] = {k_: fmt(res.get(k_)) for k_ in ("attnrt",) + backends}
        ran = [res[be][0] for be in backends if res.get(be)]
        res["xbest"] = f"{min(ran) / t:.2f}" if ran else "n/a"
        print(f"{res['dtype']:>8} {res['shape']:>22} causal={int(causal)} relL2={rel:.2e} | attnrt {res['fmt']['attnrt']}"
              + "".join(f" | sdpa-{be} {res['fmt'][be]}" for be in backends)
              + f" | x best {res['xbest']}", flush=True)
        rows.append(res)
        del sets, probs
        torch.cuda.empty_cache()
    if args.out and args.sweep == "decode":
        with open(args.out, "w") as f:
            f.write(f"GPU: {torch.cuda.get_device_name()}; torch {torch.__version__}; "
                    f"{datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}\n\n")
            f.write("| dtype | B, Hq/Hkv, Sq, Sk, D | attnrt | SDPA flash | SDPA cuDNN | SDPA efficient "
                    "| x best | relL2 vs SDPA f32 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n")
            for r in rows:
                fm = r.get("fmt", {k_: "-" for k_ in ("attnrt",) + backends})
                f.write(f"| {r['dtype']} | {r['shape']} | {fm['attnrt'] if r.get('attnrt') else 'WRONG'} | "
                        f"{fm['flash']} | {fm['cudnn']} | {fm['efficient']} | {r.get('xbest', 'n/a')} | "
                        f"{r['relL2']:.1e} |\n")
    elif args.out:
        with open(args.out, "w") as f:
            f.write(f"GPU: {torch.cuda.get_device_name()}; torch {torch.__version__}; "
                    f"{datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}\n\n")
            f.write("| dtype | B, Hq/Hkv, Sq, Sk, D | causal | attnrt hip | SDPA flash | SDPA cuDNN "
                    "| x flash | x cuDNN | relL2 vs SDPA f32 |\n")
            f.write("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
            for r in rows:
                fm = r.get("fmt", {"attnrt": "WRONG", "flash": "-", "cudnn": "-"})
                def ratio(be):  # speed of attnrt relative to `be`: t_be / t_attnrt
                    if not r.get("attnrt") or not r.get(be):
                        return "n/a"
                    return f"{r[be][0] / r['attnrt'][0]:.2f}"
                f.write(f"| {r['dtype']} | {r['shape']} | {'yes' if r['causal'] else 'no'} | "
                        f"{fm['attnrt']} | {fm['flash']} | {fm['cudnn']} | {ratio('flash')} | "
                        f"{ratio('cudnn')} | {r['relL2']:.1e} |\n")
    if args.plot:
        plot(rows, args.plot)


def padding_lengths(B, S):
    return [S - (b * 37) % (S // 2) for b in range(B)]


def make_mask(kind, B, H, S, dt, dev, Sq=None):
    """(our mask tensor, SDPA attn_mask) for a mask kind; same values. S is
    the key count; Sq (default S) the query count of the [.., Sq, S] kinds."""
    Sq = S if Sq is None else Sq
    if kind == "pad_add":    # BERT/RoBERTa: [B,1,1,S] additive, finfo.min on padding keys
        m = torch.zeros(B, 1, 1, S, device=dev, dtype=dt)
        for b, n in enumerate(padding_lengths(B, S)):
            m[b, :, :, n:] = torch.finfo(dt).min
        return m, m
    if kind == "pad_bool":   # [B,1,1,S] boolean, True = visible
        m = torch.ones(B, 1, 1, S, device=dev, dtype=torch.bool)
        for b, n in enumerate(padding_lengths(B, S)):
            m[b, :, :, n:] = False
        return m, m
    if kind == "bias":       # T5-style relative-position bias [1,H,Sq,S]
        i = torch.arange(S, device=dev)
        rel = (i[None, :] - i[:Sq, None] - (S - Sq)).abs().float()
        slopes = torch.linspace(0.05, 0.5, H, device=dev)
        m = (-slopes[:, None, None] * torch.log1p(rel)[None]).to(dt)[None]
        return m, m
    if kind == "bias_causal":  # T5's decoder: the bias plus finfo.min past the diagonal, [1,H,Sq,S]
        m, _ = make_mask("bias", B, H, S, dt, dev, Sq)
        i = torch.arange(Sq, device=dev)[:, None] + (S - Sq)
        j = torch.arange(S, device=dev)[None, :]
        m = m.masked_fill((j > i)[None, None], torch.finfo(dt).min)
        return m, m
    if kind == "causal_pad_add":  # Hugging Face's 4-D eager mask [B,1,Sq,S]: causal + padding
        i = torch.arange(Sq, device=dev)[:, None] + (S - Sq)
        j = torch.arange(S, device=dev)[None, :]
        m = torch.zeros(B, 1, Sq, S, device=dev, dtype=dt)
        for b, n in enumerate(padding_lengths(B, S)):
            m[b, 0].masked_fill_((j > i) | (j >= n), torch.finfo(dt).min)
        return m, m
    if kind == "causal_pad_bool":  # Hugging Face's SDPA mask [B,1,Sq,S]: causal + padding, True = attend
        i = torch.arange(Sq, device=dev)[:, None] + (S - Sq)
        j = torch.arange(S, device=dev)[None, :]
        m = torch.zeros(B, 1, Sq, S, device=dev, dtype=torch.bool)
        for b, n in enumerate(padding_lengths(B, S)):
            m[b, 0] = (j <= i) & (j < n)
        return m, m
    if kind == "bool_full":  # [B,1,S,S] boolean: local window of 256 + global first 16 keys
        i = torch.arange(S, device=dev)
        m = ((i[None, :] - i[:, None]).abs() < 256) | (i[None, :] < 16)
        m = m[None, None].expand(B, 1, S, S).contiguous()
        return m, m
    raise ValueError(kind)


def masks(rt, args):
    """Issue 12: masked shapes from real models vs every SDPA backend that
    runs them (flash cannot take a mask; cuDNN and efficient can), output
    checked against f32 SDPA (math) before timing."""
    from torch.nn.attention import SDPBackend, sdpa_kernel
    dev = torch.device("cuda")
    torch.manual_seed(0)
    # (name, B, H, S, D, mask kind, causal, fill)
    shapes = [
        ("BERT-base pad add", 32, 12, 512, 64, "pad_add", False, None),
        ("BERT-base pad bool", 32, 12, 512, 64, "pad_bool", False, None),
        ("T5-base bias", 32, 12, 512, 64, "bias", False, None),
        ("T5 bias S2048", 8, 12, 2048, 64, "bias", False, None),
        ("Llama pad add D128", 4, 32, 2048, 128, "pad_add", False, None),
        ("local+global bool D128", 4, 16, 2048, 128, "bool_full", False, None),
        ("bool pad S4096 D128", 2, 16, 4096, 128, "pad_bool", False, None),
        ("GPT-2 causal finfo.min fill", 8, 16, 2048, 64, None, True, "min"),
        ("causal finfo.min fill D128", 4, 16, 2048, 128, None, True, "min"),
    ]
    if args.only:
        shapes = [shapes[int(i)] for i in args.only.split(",")]
    dtypes = [{"bf16": torch.bfloat16, "f16": torch.float16}[d] for d in args.dtypes.split(",")]
    print(f"# {torch.cuda.get_device_name()}  torch {torch.__version__}  "
          f"{datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}")
    lines = ["| dtype | shape | B, H, S, D | attnrt hip | SDPA cuDNN | SDPA efficient | SDPA flash "
             "| x best SDPA | relL2 vs f32 |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for (name, B, H, S, D, kind, causal, fill), dt in [(s_, d) for s_ in shapes for d in dtypes]:
        sets = []
        ncopies = 1 if B * H * S * D * 2 > (1 << 28) else 3
        for _ in range(ncopies):
            q, k, v = (torch.randn(B, H, S, D, device=dev, dtype=dt) for _ in range(3))
            o = torch.empty_like(q)
            sets.append((q, k, v, o))
        ours_mask, sdpa_mask = make_mask(kind, B, H, S, dt, dev) if kind else (None, None)
        f = float(torch.finfo(dt).min) if fill == "min" else None
        scale = 1.0 / math.sqrt(D)
        probs = [rt.problem(q, k, v, o, 1 if causal else 0, scale, ours_mask, f) for (q, k, v, o) in sets]
        q, k, v, o = sets[0]
        o.fill_(float("nan"))
        rt.run(probs[0])
        torch.cuda.synchronize()
        with sdpa_kernel(SDPBackend.MATH):
            am = None if sdpa_mask is None else (sdpa_mask if sdpa_mask.dtype == torch.bool else sdpa_mask.float())
            ref = F.scaled_dot_product_attention(q.float(), k.float(), v.float(), attn_mask=am,
                                                 is_causal=causal)
        rel = ((o.float() - ref).norm() / ref.norm()).item()
        flops = 4 * B * H * S * S * D * (0.5 if causal else 1.0)
        if not (rel <= 1e-2):
            print(f"{name} {dt}: WRONG RESULT relL2={rel:.3e}; not timed", flush=True)
            lines.append(f"| {dt} | {name} | {B}, {H}, {S}, {D} | WRONG relL2 {rel:.1e} | | | | | |")
            continue
        t_ours = time_ms([lambda p=p: rt.run(p) for p in probs])[0]
        res = {}
        for be_name, be in (("cudnn", SDPBackend.CUDNN_ATTENTION), ("efficient", SDPBackend.EFFICIENT_ATTENTION),
                            ("flash", SDPBackend.FLASH_ATTENTION)):
            try:
                def mkf(q_, k_, v_, be=be):
                    def fn():
                        with sdpa_kernel(be):
                            return F.scaled_dot_product_attention(q_, k_, v_, attn_mask=sdpa_mask, is_causal=causal)
                    return fn
                fns = [mkf(q_, k_, v_) for (q_, k_, v_, _) in sets]
                out = fns[0]()
                r2 = ((out.float() - ref).norm() / ref.norm()).item()
                if not (r2 <= 1e-2):
                    raise RuntimeError(f"wrong ({r2:.1e})")
                res[be_name] = time_ms(fns)[0]
            except Exception as e:
                res[be_name] = None
        best = min([t for t in res.values() if t], default=None)
        def fmt(t):
            return "n/a" if t is None else f"{flops / t / 1e9:.0f} TFLOP/s ({t:.3f} ms)"
        ratio = f"{best / t_ours:.2f}" if best else "n/a"
        lines.append(f"| {str(dt).replace('torch.', '')} | {name} | {B}, {H}, {S}, {D} | {fmt(t_ours)} | "
                     f"{fmt(res['cudnn'])} | {fmt(res['efficient'])} | {fmt(res['flash'])} | {ratio} | {rel:.1e} |")
        print(lines[-1], flush=True)
        del sets, probs
        torch.cuda.empty_cache()
    if args.out:
        with open(args.out, "w") as fh:
            fh.write(f"GPU: {torch.cuda.get_device_name()}; torch {torch.__version__}; "
                     f"{datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}\n\n")
            fh.write("\n".join(lines) + "\n")


def rounded_reference(q, k, v, mask, scale):
    """logit_rounding's formula in torch, the output in f64: z = rnd(rnd(rnd(q.k) * scale)
    + rnd(mask)) in q's dtype (q.k in f64 then rounded once; the product of two
    16-bit values is exact in f32, rounded once to the dtype; so is the sum's
    rounding (attnrt_types.h)), softmax and P V in f64. GQA by repeat."""
    dt = q.dtype
    g = q.shape[1] // k.shape[1]
    kk = k.double().repeat_interleave(g, dim=1)
    vv = v.double().repeat_interleave(g, dim=1)
    s = (q.double() @ kk.transpose(-1, -2)).to(dt)
    z = (s.float() * scale).to(dt)
    if mask is not None:
        z = (z.float() + mask.to(dt).float()).to(dt)
    return torch.softmax(z.double(), dim=-1) @ vv


def rounding(rt, args):
    """The cost of logit_rounding (HF eager attention in f16/bf16): the same
    problems with logit_rounding = none and = the dtype, timed in one
    process, alternating, on the kernels the gpu backend picks; the rounded
    output checked against rounded_reference before timing."""
    dev = torch.device("cuda")
    torch.manual_seed(0)
    # (name, B, Hq, Hkv, Sq, Sk, D, mask kind)
    shapes = [
        ("BERT-base pad add", 32, 12, 12, 512, 512, 64, "pad_add"),
        ("decode GQA 32/8, 32k keys", 8, 32, 8, 1, 32768, 128, None),
        ("decode 32/8, 4k keys, pad add", 8, 32, 8, 1, 4096, 128, "pad_add"),
    ]
    if args.only:
        shapes = [shapes[int(i)] for i in args.only.split(",")]
    dtypes = [{"bf16": torch.bfloat16, "f16": torch.float16}[d] for d in args.dtypes.split(",")]
    print(f"# {torch.cuda.get_device_name()}  torch {torch.__version__}  "
          f"{datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}")
    lines = ["| dtype | shape | B, Hq/Hkv, Sq, Sk, D | none (ms) | rounded (ms) | rounded / none "
             "| relL2 rounded vs rounded_reference |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for (name, B, Hq, Hkv, Sq, Sk, D, kind), dt in [(s_, d) for s_ in shapes for d in dtypes]:
        sets = []
        for _ in range(3):
            q = torch.randn(B, Hq, Sq, D, device=dev, dtype=dt)
            k, v = (torch.randn(B, Hkv, Sk, D, device=dev, dtype=dt) for _ in range(2))
            sets.append((q, k, v, torch.empty_like(q)))
        mask = None
        if kind:
            mask = torch.zeros(B, 1, 1, Sk, device=dev, dtype=dt)
            for b, n in enumerate(padding_lengths(B, Sk)):
                mask[b, :, :, n:] = torch.finfo(dt).min
        scale = 1.0 / math.sqrt(D)  # 1/8, 1/sqrt(128) rounded below to the dtype
        scale = float(torch.tensor(scale, dtype=dt).float())
        lr = 1 if dt == torch.float16 else 2  # ATTNRT_LOGIT_ROUNDING_F16 / BF16
        plain = [rt.problem(q, k, v, o, 0, scale, mask) for (q, k, v, o) in sets]
        rnd = [rt.problem(q, k, v, o, 0, scale, mask) for (q, k, v, o) in sets]
        for p in rnd:
            p.logit_rounding = lr
        q, k, v, o = sets[0]
        o.fill_(float("nan"))
        rt.run(rnd[0])
        torch.cuda.synchronize()
        nref = min(B, 4)  # the reference on the first batches (f64 scores)
        ref = rounded_reference(q[:nref], k[:nref], v[:nref], None if mask is None else mask[:nref], scale)
        rel = ((o[:nref].double() - ref).norm() / ref.norm()).item()
        if not (rel <= 1e-2):
            print(f"{name} {dt}: WRONG RESULT relL2={rel:.3e}; not timed", flush=True)
            lines.append(f"| {dt} | {name} | | WRONG relL2 {rel:.1e} | | | |")
            continue
        tn, tr = [], []
        for _ in range(3):  # alternate, so drift hits both alike
            tn.append(time_ms([lambda p=p: rt.run(p) for p in plain])[0])
            tr.append(time_ms([lambda p=p: rt.run(p) for p in rnd])[0])
        t0, t1 = statistics.median(tn), statistics.median(tr)
        lines.append(f"| {str(dt).replace('torch.', '')} | {name} | {B}, {Hq}/{Hkv}, {Sq}, {Sk}, {D} | "
                     f"{t0:.4f} | {t1:.4f} | {t1 / t0:.3f} | {rel:.1e} |")
        print(lines[-1], flush=True)
        del sets, plain, rnd
        torch.cuda.empty_cache()
    if args.out:
        with open(args.out, "w") as fh:
            fh.write("\n".join(lines) + "\n")


MODELS_DEVICE = "cuda"  # the sweep's device (a CPU dry run of the logic sets "cpu")


def worst_row_error(o, ref):
    """The per-row criterion of utils/attncheck/compare.py: the largest over
    output rows of ||o_r - ref_r|| / max(||ref_r||, RMS row norm); NaN if any
    output is NaN (so `not err <= tol` catches it)."""
    d = (o.float() - ref).flatten(0, -2).norm(dim=-1)
    n = ref.flatten(0, -2).norm(dim=-1)
    typical = n.square().mean().sqrt()
    denom = torch.maximum(n, typical)
    # All-zero reference rows (every row fully masked): exact or infinitely off.
    err = torch.where(denom > 0, d / denom, torch.where(d == 0, 0.0, math.inf))
    return err.max().item()


def reference_f32(q, k, v, mask, causal, budget=1 << 30):
    """f32 SDPA (math backend) with K/V repeated to the query heads and the
    causal mode as an explicit boolean mask (bottom-right: tril offset
    Sk - Sq), computed in (batch, head) chunks of <= `budget` bytes of scores."""
    from torch.nn.attention import SDPBackend, sdpa_kernel
    B, Hq, Sq, D = q.shape
    Hkv, Sk = k.shape[1], k.shape[2]
    visible = None
    if causal:
        visible = torch.ones(Sq, Sk, dtype=torch.bool, device=q.device).tril(Sk - Sq if causal == 2 else 0)
    out = torch.empty(B, Hq, Sq, v.shape[3], device=q.device, dtype=torch.float32)
    per_head = 4 * Sq * Sk * 3 + 8 * Sk * D  # scores, probabilities, a mask temporary; f32 K and V
    ch = max(1, min(Hq, budget // per_head))
    cb = max(1, min(B, budget // (per_head * ch)))
    for b0 in range(0, B, cb):
        b1 = min(B, b0 + cb)
        for h0 in range(0, Hq, ch):
            h1 = min(Hq, h0 + ch)
            kv_heads = torch.arange(h0, h1, device=q.device) // (Hq // Hkv)
            kk = k[b0:b1].index_select(1, kv_heads).float()
            vv = v[b0:b1].index_select(1, kv_heads).float()
            am = None
            if mask is not None:
                am = mask[b0:b1] if mask.shape[0] > 1 else mask
                am = am[:, h0:h1] if am.shape[1] > 1 else am
                am = am if am.dtype == torch.bool else am.float()
            if visible is not None:
                am = visible if am is None else (am & visible if am.dtype == torch.bool
                                                 else am.masked_fill(~visible, float("-inf")))
            with sdpa_kernel(SDPBackend.MATH):
                out[b0:b1, h0:h1] = F.scaled_dot_product_attention(q[b0:b1, h0:h1].float(), kk, vv, attn_mask=am)
    return out


def adaptive_plan(fns, rounds=1, budget_ms=150.0):
    """(reps, trials) for timing `fns` with time_ms, from one call's host
    time (after one call more, untimed): reps calls per timed window, enough
    for >= ~3 ms (launch gaps <= ~1%), at most 10; trials windows per round,
    so that `rounds` rounds take <= ~budget_ms of calls: 5-15 for one round,
    3 to ceil(20 / rounds) per round for several (3-5 at 4 rounds)."""
    fns[0]()
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    fns[0]()
    torch.cuda.synchronize()
    one = max(1e-3, (time.perf_counter() - t0) * 1e3)
    reps = max(1, min(10, math.ceil(3.0 / one)))
    lo, hi = (5, 15) if rounds <= 1 else (3, max(3, -(-20 // rounds)))
    trials = max(lo, min(hi, int(budget_ms / (rounds * reps * one))))
    return reps, trials


def time_adaptive(fns):
    """time_ms with reps and trials from one call's host time (adaptive_plan,
    one round): >= ~3 ms per timed window, <= ~150 ms of calls."""
    reps, trials = adaptive_plan(fns)
    return time_ms(fns, reps=reps, trials=trials)[0]


def round_order(cands, r, rotate=True):
    """The order of round r: the list rotated left by r // 2 (rotate) and
    reversed on odd rounds (ABCD, DCBA, BCDA, ADCB, ...), so that over each
    pair of rounds every candidate is timed both before and after every other
    one and, over several pairs, in every position. rotate=False: the list,
    reversed on odd rounds."""
    k = (r // 2) % len(cands) if rotate and cands else 0
    order = cands[k:] + cands[:k]
    return order[::-1] if r % 2 else order


def time_rounds(cands, rounds, rotate=True, budget_ms=150.0):
    """Times candidates [(name, fns)] against each other: an untimed warm-up
    of every candidate (each input set called once, its adaptive_plan, one
    untimed window of its reps), then `rounds` rounds in which each candidate
    is timed once (time_ms with its own plan, the same in every round) in
    round_order. Returns ({name: [ms per round]}, {name: error}): a candidate
    that raises is dropped with its times, its first error line kept."""
    plans, failed = {}, {}
    for name, fns in cands:
        try:
            for f in fns:
                f()
            plans[name] = adaptive_plan(fns, rounds, budget_ms)
            for i in range(plans[name][0]):
                fns[i % len(fns)]()
            torch.cuda.synchronize()
        except Exception as e:  # noqa: BLE001 (a backend's own error types)
            failed[name] = (str(e).splitlines() or [type(e).__name__])[0][:160]
    live = [(n, f) for n, f in cands if n in plans]
    times = {n: [] for n, _ in live}
    for r in range(rounds):
        for name, fns in round_order(live, r, rotate):
            if name in failed:
                continue
            reps, trials = plans[name]
            try:
                times[name].append(time_ms(fns, reps=reps, trials=trials)[0])
            except Exception as e:  # noqa: BLE001
                failed[name] = (str(e).splitlines() or [type(e).__name__])[0][:160]
    return {n: ts for n, ts in times.items() if n not in failed}, failed


def rotating_inputs(s, nbytes, dt, dev):
    """Fresh BHSD (q, k, v, o) sets for model shape `s` (`nbytes` of inputs
    and output each), as many as make >= 256 MB (at most 32): timed calls
    rotate over them so that repeated calls do not hit L2."""
    sets = []
    for _ in range(max(1, min(32, -(-(1 << 28) // nbytes)))):
        q = torch.randn(s.B, s.Hq, s.Sq, s.D, device=dev, dtype=dt)
        k = torch.randn(s.B, s.Hkv, s.Sk, s.D, device=dev, dtype=dt)
        v = torch.randn(s.B, s.Hkv, s.Sk, s.Dv or s.D, device=dev, dtype=dt)  # Dv None: D
        sets.append((q, k, v, torch.empty(s.B, s.Hq, s.Sq, v.shape[3], device=dev, dtype=dt)))
    return sets


def models(rt, args):
    """Issue 12's real-model sweep (shapes and their config sources in
    bench/gpu/model_shapes.py): attnrt against every SDPA backend that runs
    the shape (flash, cuDNN, efficient; never math), f16/bf16 as --dtypes
    says. attnrt's output must be within 1e-2 of an f32 SDPA reference on
    every row (worst_row_error) before it is timed; an SDPA backend's output
    within 1e-2 relative L2 before it is timed, else it counts as not
    running. Bottom-right causal goes to SDPA as
    torch.nn.attention.bias.causal_lower_right, then, where that fails, as an
    explicit boolean mask.

    Timing (time_rounds): an untimed warm-up of every candidate, then
    --rounds rounds (default 4) in which every candidate is timed once
    (CUDA events; its own reps and trials from adaptive_plan, the same in
    every round), the order rotated and reversed between rounds (attnrt,
    flash, cuDNN, efficient; then reversed; then rotated by one; ...), so
    that no candidate is always timed first or always right after another.
    A candidate's time is the median over the rounds; x best = the fastest
    SDPA backend's median / attnrt's median; the geometric mean of x best
    over the rows that have one ends the run. Per row also the paired
    per-round ratios (that backend's time / attnrt's time in the same round):
    their min-max is the .md's last column, a noise gauge for x best near
    1.0. --json writes every row (median times per candidate in ms, the
    per-round times, x best and its per-round ratios) and the geometric
    mean."""
    import json
    import warnings
    import model_shapes  # bench/gpu/model_shapes.py
    warnings.filterwarnings("ignore", category=UserWarning)  # SDPA's "backend cannot run" notes
    from torch.nn.attention import SDPBackend, sdpa_kernel
    from torch.nn.attention.bias import causal_lower_right
    dev = torch.device(MODELS_DEVICE)
    if args.sweep == "random":
        import random_shapes  # bench/gpu/random_shapes.py
        shapes = list(enumerate(random_shapes.shapes(args.seed, args.count)))
    else:
        shapes = list(enumerate(model_shapes.SHAPES))
    if args.only:
        shapes = [shapes[int(i)] for i in args.only.split(",")]
    dtypes = [{"bf16": torch.bfloat16, "f16": torch.float16}[d] for d in args.dtypes.split(",")]
    backends = (("flash", SDPBackend.FLASH_ATTENTION), ("cudnn", SDPBackend.CUDNN_ATTENTION),
                ("efficient", SDPBackend.EFFICIENT_ATTENTION))
    stamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    print(f"# {torch.cuda.get_device_name()}  torch {torch.__version__}  {stamp}", flush=True)
    rounds = getattr(args, "rounds", 4)
    if rounds < 1:
        raise SystemExit(f"--rounds {rounds}: at least 1")
    lines = ["| # | dtype | model shape | B, Hq/Hkv, Sq, Sk, D | causal, mask | attnrt | SDPA flash "
             "| SDPA cuDNN | SDPA efficient | x best | worst row err | x best per round |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]

    def spread(xs):  # the paired per-round x best as min-max
        return "n/a" if not xs else f"{min(xs):.2f}-{max(xs):.2f}"
    rows = []
    start = time.perf_counter()
    for (idx, s), dt in [(sh, d) for sh in shapes for d in dtypes]:
        dname = {torch.bfloat16: "bf16", torch.float16: "f16"}[dt]
        torch.manual_seed(1000 * idx + len(dname))
        decode = model_shapes.is_decode(s)
        nflops = model_shapes.flops(s)
        nbytes = model_shapes.io_bytes(s)
        row = {"index": idx, "name": s.name, "model": s.model, "config": s.config, "dtype": dname,
               "B": s.B, "Hq": s.Hq, "Hkv": s.Hkv, "Sq": s.Sq, "Sk": s.Sk, "D": s.D, "Dv": model_shapes.dv(s),
               "causal": model_shapes.CAUSAL_NAMES[s.causal], "mask": s.mask, "decode": decode,
               "flops": nflops, "bytes": nbytes, "times_ms": {}, "times_ms_rounds": {}, "errors": {}, "x_best": None, "x_best_rounds": None,
               "best_backend": None, "worst_row_err": None, "status": "ok"}
        sets = rotating_inputs(s, nbytes, dt, dev)
        mask = sdpa_mask = None
        if s.mask:
            mask, sdpa_mask = make_mask(s.mask, s.B, s.Hq, s.Sk, dt, dev, Sq=s.Sq)
            assert tuple(mask.shape) == model_shapes.mask_shape(s), (mask.shape, s)
        scale = 1.0 / math.sqrt(s.D)
        q, k, v, o = sets[0]
        ref = reference_f32(q, k, v, mask, s.causal)
        probs = []
        cands = []  # (name, [fn per input set]): the candidates whose output passed the check
        try:
            probs = [rt.problem(q_, k_, v_, o_, s.causal, scale, mask) for (q_, k_, v_, o_) in sets]
            o.fill_(float("nan"))
            rt.run(probs[0])
            torch.cuda.synchronize()
            err = worst_row_error(o, ref)
            row["worst_row_err"] = err
            if not (err <= 1e-2):
                row["status"] = "wrong"
            else:
                cands.append(("attnrt", [lambda p=p: rt.run(p) for p in probs]))
        except RuntimeError as e:
            row["status"] = "error"
            row["errors"]["attnrt"] = str(e).splitlines()[0][:160]
        if s.causal == 2:
            forms = [dict(attn_mask=causal_lower_right(s.Sq, s.Sk)),
                     dict(attn_mask=torch.ones(s.Sq, s.Sk, dtype=torch.bool, device=dev).tril(s.Sk - s.Sq))]
        else:
            forms = [dict(attn_mask=sdpa_mask, is_causal=s.causal == 1)]
        for name, be in backends:
            for kw in forms:
                try:
                    def mkf(q_, k_, v_, be=be, kw=kw):
                        def fn():
                            with sdpa_kernel(be):
                                return F.scaled_dot_product_attention(q_, k_, v_, scale=scale,
                                                                      enable_gqa=s.Hq != s.Hkv, **kw)
                        return fn
                    fns = [mkf(q_, k_, v_) for (q_, k_, v_, _) in sets]
                    out = fns[0]()
                    rel = ((out.float() - ref).norm() / ref.norm()).item()
                    del out
                    if not (rel <= 1e-2):
                        raise RuntimeError(f"wrong result, relL2 {rel:.1e}")
                    cands.append((name, fns))
                    row["errors"].pop(name, None)
                    break
                except Exception as e:  # this backend cannot run the shape (in this form)
                    row["errors"][name] = (str(e).splitlines() or [type(e).__name__])[0][:160]
        del ref
        # Every candidate timed once per round, in an order rotated and
        # reversed between rounds (round_order), after an untimed warm-up.
        times, failed = time_rounds(cands, rounds)
        for name, msg in failed.items():
            row["errors"][name] = msg
            if name == "attnrt":
                row["status"] = "error"
        row["times_ms"] = {n: statistics.median(ts) for n, ts in times.items()}
        row["times_ms_rounds"] = times
        ran = {n: t for n, t in row["times_ms"].items() if n != "attnrt"}
        if ran and "attnrt" in row["times_ms"]:
            best = row["best_backend"] = min(ran, key=ran.get)
            row["x_best"] = ran[best] / row["times_ms"]["attnrt"]
            # Paired per round: the best backend's time over attnrt's in the same round.
            row["x_best_rounds"] = [tb / ta for tb, ta in zip(times[best], times["attnrt"])]
        rows.append(row)

        def fmt(name):
            t = row["times_ms"].get(name)
            if t is None:
                return row["status"].upper() if name == "attnrt" and row["status"] != "ok" else "n/a"
            return (f"{nbytes / t / 1e9:.2f} TB/s ({t:.3f} ms)" if decode
                    else f"{nflops / t / 1e9:.0f} TFLOP/s ({t:.3f} ms)")
        err_txt = "n/a" if row["worst_row_err"] is None else f"{row['worst_row_err']:.1e}"
        dd = f"{s.D}" if model_shapes.dv(s) == s.D else f"{s.D}/{model_shapes.dv(s)}"
        lines.append(f"| {idx} | {dname} | {s.name} | {s.B}, {s.Hq}/{s.Hkv}, {s.Sq}, {s.Sk}, {dd} | "
                     f"{row['causal']}, {s.mask or 'no mask'} | {fmt('attnrt')} | {fmt('flash')} | "
                     f"{fmt('cudnn')} | {fmt('efficient')} | "
                     f"{'n/a' if row['x_best'] is None else format(row['x_best'], '.2f')} | {err_txt} | "
                     f"{spread(row.get('x_best_rounds'))} |")
        print(lines[-1], flush=True)
        del sets, probs, cands, times, forms, mask, sdpa_mask, q, k, v, o
        torch.cuda.empty_cache()
    xs = [r["x_best"] for r in rows if r["x_best"]]
    geomean = math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None
    untimed = [f"#{r['index']} {r['dtype']} ({r['status']})" for r in rows if r["status"] != "ok"]
    sweep_s = time.perf_counter() - start
    straddle = [r for r in rows if r["x_best_rounds"] and min(r["x_best_rounds"]) < 1.0 < max(r["x_best_rounds"])]
    summary = (f"geometric mean of x best over {len(xs)} of {len(rows)} rows: "
               f"{'n/a' if geomean is None else format(geomean, '.3f')}"
               + (f"; attnrt not timed on {', '.join(untimed)}" if untimed else "")
               + f"; {rounds} round{'s' if rounds > 1 else ''} per row"
               + (f" (order rotated), per-round x best spans 1.00 on {len(straddle)} of {len(xs)} rows"
                  if rounds > 1 else "")
               + f"; sweep took {sweep_s:.0f} s")
    print(summary, flush=True)
    if args.out:
        with open(args.out, "w") as fh:
            fh.write(f"GPU: {torch.cuda.get_device_name()}; torch {torch.__version__}; {stamp}\n\n")
            fh.write("\n".join(lines) + "\n\n" + summary + "\n")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"sweep": args.sweep, "seed": args.seed if args.sweep == "random" else None, "gpu": torch.cuda.get_device_name(), "torch": torch.__version__,
                       "time": stamp, "lib": args.lib, "backend": os.environ.get("ATTNRT_BENCH_BACKEND", "gpu"),
                       "rounds": rounds, "sweep_s": sweep_s,
                       "rows": rows, "geomean_x_best": geomean, "geomean_rows": len(xs)}, fh, indent=1)
    return 0 if not untimed else 1


def staging(rt, out):
    """The cost of host memory: the same problem through attnrt with host
    (pageable, as malloc'd by lowered MLIR code) pointers, which the hip
    backend stages to the device and back, and with device pointers used in
    place. Host-side timing (the staged call is synchronous)."""
    import time
    shapes = [  # (B, Hq, Hkv, S, D, causal): the llama example's block, then larger
        (1, 32, 8, 256, 128, True), (1, 32, 8, 2048, 128, True), (4, 16, 16, 2048, 64, False)]
    lines = [f"GPU: {torch.cuda.get_device_name()}; torch {torch.__version__}; "
             f"{datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}; f16", "",
             "| B, Hq/Hkv, S, D | causal | bytes Q+K+V+O | host pointers (staged) | device pointers "
             "| staging share | relL2 host vs device |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for (B, Hq, Hkv, S, D, causal) in shapes:
        dt = torch.float16
        q, k, v = (torch.randn(B, h, S, D, dtype=dt) for h in (Hq, Hkv, Hkv))
        o_h = torch.full((B, Hq, S, D), float("nan"), dtype=dt)
        dq, dk, dv = q.cuda(), k.cuda(), v.cuda()
        o_d = torch.empty(B, Hq, S, D, dtype=dt, device="cuda")
        scale = 1.0 / math.sqrt(D)
        ph = rt.problem(q, k, v, o_h, int(causal), scale)
        pd = rt.problem(dq, dk, dv, o_d, int(causal), scale)
        rt.run(ph)
        rt.run(pd)
        torch.cuda.synchronize()
        rel = ((o_h.float() - o_d.cpu().float()).norm() / o_d.float().norm()).item()

        def host_ms(fn, n=20):
            ts = []
            for _ in range(n):
                t0 = time.perf_counter()
                fn()
                torch.cuda.synchronize()
                ts.append((time.perf_counter() - t0) * 1e3)
            return statistics.median(ts)
        th = host_ms(lambda: rt.run(ph))
        td = host_ms(lambda: rt.run(pd))
        nbytes = (q.numel() + k.numel() + v.numel() + o_h.numel()) * 2
        lines.append(f"| {B}, {Hq}/{Hkv}, {S}, {D} | {'yes' if causal else 'no'} | "
                     f"{nbytes / 1e6:.1f} MB | {th:.3f} ms | {td:.3f} ms | "
                     f"{(th - td) / th:.0%} | {rel:.1e} |")
        print(lines[-1], flush=True)
    if out:
        with open(out, "w") as f:
            f.write("\n".join(lines) + "\n")


def plot(rows, path):
    """TFLOP/s against sequence length, one panel per (dtype, D, causal)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    groups = {}
    for r in rows:
        if r.get("decode") or not r.get("attnrt"):
            continue
        groups.setdefault((r["dtype"], r["D"], r["causal"]), []).append(r)
    if not groups:
        return
    keys = sorted(groups)
    cols = 4
    nrows = (len(keys) + cols - 1) // cols
    fig, axes = plt.subplots(nrows, cols, figsize=(4 * cols, 3.2 * nrows), squeeze=False)
    for ax, key in zip(axes.flat, keys):
        rs = sorted(groups[key], key=lambda r: r["Sq"])
        xs = [r["Sq"] for r in rs]
        for be, label in (("attnrt", "attnrt hip"), ("flash", "SDPA flash"), ("cudnn", "SDPA cuDNN")):
            ys = [r["flops"] / r[be][0] / 1e9 if r.get(be) else float("nan") for r in rs]
            ax.plot(xs, ys, marker="o", label=label)
        ax.set_xscale("log", base=2)
        ax.set_title(f"{key[0]} D={key[1]} {'causal' if key[2] else 'non-causal'}")
        ax.set_xlabel("sequence length")
        ax.set_ylabel("TFLOP/s")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=7)
    for ax in list(axes.flat)[len(keys):]:
        ax.axis("off")
    fig.suptitle(f"attnrt vs PyTorch SDPA, {torch.cuda.get_device_name()}")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


if __name__ == "__main__":
    sys.exit(main())
