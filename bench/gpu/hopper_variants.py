"""Variant tuning of the Hopper fast path (kernels/hopper), the
`--hopper-variants LIB` mode of bench/gpu/bench_sdpa.py (not a program of
its own).

Loads libattn_hopper.so (CMake target attn_hopper_shared: the kernels of
libattnrt's Hopper path, built by the same recipe, with attn_hopper.h's C
interface exported) through ctypes, with the struct layout checked against
attn_kernels.h (attnrt_layout.KernelProblem, attnk_problem), checks every compiled variant on
fresh random inputs against torch SDPA run in float64 (explicit masks,
GQA, strided BSHD views, odd Sk, both causal alignments, outputs poisoned
with NaN before every run, every run done twice and compared bitwise), then
times it with CUDA events (warm-up, median of repeated batches, rotating
input sets) next to torch SDPA's flash and cuDNN backends on the same
tensors.

  cmake --build --preset cuda-sm90 --target attn_hopper_shared
  python3 bench/gpu/bench_sdpa.py --hopper-variants build-gpu/lib/libattn_hopper.so \
      [--check-only | --skip-check] [--dtypes bf16,f16] [--dims 64,128] [--json out.json]
"""
import ctypes
import datetime
import json
import math
import os
import statistics
import sys

import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

import attnrt_layout  # bench/gpu/attnrt_layout.py: mirrors checked against the headers
from attnrt_layout import KernelProblem as Params  # attnk_problem (attn_kernels.h)


DT = {torch.bfloat16: 2, torch.float16: 1}  # attnrt_dtype (attnrt_types.h)
CAUSAL_NAME = {0: "none", 1: "top-left", 2: "bottom-right"}


class Hopper:
    def __init__(self, path):
        attnrt_layout.check_kernels()  # raises LayoutError if Params and attn_kernels.h disagree
        self.lib = ctypes.CDLL(path)
        self.lib.attn_hopper_supported.argtypes = [ctypes.POINTER(Params)]
        self.lib.attn_hopper_fwd_variant.argtypes = [ctypes.POINTER(Params), ctypes.c_int, ctypes.c_void_p]
        self.lib.attn_hopper_variant_name.restype = ctypes.c_char_p
        self.lib.attn_hopper_default_variant.argtypes = [ctypes.POINTER(Params)]

    def variants(self, d, dtype):
        out, i = [], 0
        while True:
            n = self.lib.attn_hopper_variant_name(d, DT[dtype], i)
            if n is None:
                return out
            if n:  # "": the variant does not serve this head dim
                out.append((i, n.decode()))
            i += 1

    @staticmethod
    def params(q, k, v, o, causal, scale):
        for t in (q, k, v, o):
            assert t.stride(3) == 1
        p = Params()
        p.dtype = p.out_dtype = DT[q.dtype]
        p.mask_dtype = 0
        p.causal = causal
        p.batch, p.heads_q, p.seq_q, p.head_dim = q.shape
        p.heads_kv, p.seq_k = k.shape[1], k.shape[2]
        p.head_dim_v = v.shape[3]
        p.scale = scale
        for name, t in (("q", q), ("k", k), ("v", v), ("o", o)):
            view = getattr(p, name)
            view.data = t.data_ptr()
            view.strides[:] = [t.stride(0), t.stride(1), t.stride(2), t.stride(3)]
        p.mask.data = None  # no mask, no lse
        p.lse.data = None
        p.mask_fill = float("-inf")
        p.empty_rows = 0
        return p

    def default_variant(self, p):
        return self.lib.attn_hopper_default_variant(ctypes.byref(p))

    def supported(self, p):
        return self.lib.attn_hopper_supported(ctypes.byref(p))

    def run_sched(self, p, variant, bits, l2p=-1):
        """run() with the tile-scheduling bits `bits` and the Q/K/V maps' L2
        promotion digits `l2p` (attn_hopper_set_l2p; < 0: the defaults)."""
        self.lib.attn_hopper_set_sched(bits)
        if l2p >= 0 or hasattr(self.lib, "attn_hopper_set_l2p"):  # builds before the knob lack it
            self.lib.attn_hopper_set_l2p(l2p)
        self.run(p, variant)

    def run(self, p, variant=-1):
        stream = torch.cuda.current_stream().cuda_stream
        rc = self.lib.attn_hopper_fwd_variant(ctypes.byref(p), variant, ctypes.c_void_p(stream))
        if rc != 0:
            raise RuntimeError(f"attn_hopper_fwd_variant returned {rc}")


def make(B, H, S, D, dtype, layout, gen):
    if layout == "bhsd":
        return torch.randn(B, H, S, D, device="cuda", dtype=dtype, generator=gen)
    return torch.randn(B, S, H, D, device="cuda", dtype=dtype, generator=gen).transpose(1, 2)


def reference(q, k, v, causal, scale):
    """torch SDPA (math backend) in float64 with an explicit mask; fully masked rows -> 0."""
    Sq, Sk = q.shape[2], k.shape[2]
    mask = None
    if causal:
        off = 0 if causal == 1 else Sk - Sq
        i = torch.arange(Sq, device="cuda")[:, None]
        j = torch.arange(Sk, device="cuda")[None, :]
        mask = j <= i + off
    g = q.shape[1] // k.shape[1]
    kk = k.double().repeat_interleave(g, dim=1)
    vv = v.double().repeat_interleave(g, dim=1)
    with sdpa_kernel([SDPBackend.MATH]):
        out = F.scaled_dot_product_attention(q.double(), kk, vv, attn_mask=mask, scale=scale)
    if mask is not None:
        empty = ~mask.any(dim=1)
        out[:, :, empty, :] = 0.0
    return torch.nan_to_num(out, nan=0.0)


def reference_lse(q, k, causal, scale):
    """Per-row log-sum-exp of the logits scale * q.k (natural log), f64; -inf for rows with no key."""
    Sq, Sk = q.shape[2], k.shape[2]
    g = q.shape[1] // k.shape[1]
    z = scale * torch.matmul(q.double(), k.double().repeat_interleave(g, dim=1).transpose(-1, -2))
    if causal:
        off = 0 if causal == 1 else Sk - Sq
        i = torch.arange(Sq, device="cuda")[:, None]
        j = torch.arange(Sk, device="cuda")[None, :]
        z = z.masked_fill(~(j <= i + off), float("-inf"))
    return torch.logsumexp(z, dim=-1)


def check_lse(hop, p, q, k, causal, scale):
    """The default variant's lse output (strided f32 view, poisoned first) against reference_lse:
    |err| <= 1e-3 (1 + |ref|), -inf exactly where the reference is -inf. Returns (ok, worst err)."""
    B, Hq, Sq = q.shape[0], q.shape[1], q.shape[2]
    buf = torch.full((B, Hq, Sq + 3), float("nan"), device="cuda", dtype=torch.float32)
    lse = buf[:, :, 1:Sq + 1]
    p.lse.data = lse.data_ptr()
    p.lse.strides[:] = [lse.stride(0), lse.stride(1), lse.stride(2), 1]
    try:
        hop.run(p, -1)
        torch.cuda.synchronize()
    finally:
        p.lse.data = None
    ref = reference_lse(q, k, causal, scale)
    got = lse.double()
    inf_ref = torch.isinf(ref)
    same_inf = bool(torch.equal(inf_ref, torch.isinf(got) & (got < 0)))
    fin = ~inf_ref
    err = ((got[fin] - ref[fin]).abs() / (1 + ref[fin].abs())).max().item() if fin.any() else 0.0
    untouched = bool(torch.isnan(buf[:, :, 0]).all() and torch.isnan(buf[:, :, Sq + 1:]).all())
    return same_inf and untouched and err <= 1e-3, err


CASES = [
    # B, Hq, Hkv, Sq, Sk, D, causal, layout
    (2, 4, 4, 256, 256, 64, 0, "bhsd"),
    (2, 4, 4, 256, 256, 128, 0, "bhsd"),
    (1, 3, 3, 200, 333, 128, 0, "bhsd"),   # odd Sq and Sk, not multiples of the tiles
    (1, 3, 3, 77, 1000, 64, 0, "bhsd"),
    (1, 2, 2, 300, 300, 64, 1, "bhsd"),
    (1, 2, 2, 128, 333, 128, 1, "bhsd"),   # top-left, Sq < Sk
    (1, 2, 2, 333, 129, 128, 1, "bhsd"),   # top-left, Sq > Sk
    (1, 2, 2, 100, 333, 64, 2, "bhsd"),    # bottom-right, Sq < Sk
    (1, 2, 2, 333, 100, 128, 2, "bhsd"),   # bottom-right, Sq > Sk: rows with no keys -> 0
    (2, 8, 2, 257, 517, 128, 0, "bshd"),   # GQA, strided BSHD views
    (2, 8, 1, 300, 300, 64, 2, "bshd"),    # MQA, causal
    (1, 4, 4, 1, 1000, 128, 0, "bhsd"),    # one query row
    (1, 2, 2, 1024, 1024, 128, 1, "bhsd"), # many tiles, causal
    (1, 2, 2, 1031, 2053, 64, 2, "bshd"),
    # More tiles than SMs, so persistent CTAs loop over several tiles:
    (2, 16, 4, 1500, 700, 128, 2, "bhsd"),  # bottom-right, Sq > Sk: whole blocks with no keys
    (3, 24, 6, 777, 1025, 64, 0, "bshd"),
    (2, 16, 16, 1100, 1100, 128, 1, "bhsd"),
    (2, 24, 8, 1100, 900, 64, 1, "bshd"),
    # Head dims padded inside the kernel (TMA zero fill up to 64 / 128) and 256:
    (1, 3, 3, 200, 333, 40, 0, "bhsd"),
    (2, 4, 2, 333, 517, 80, 2, "bshd"),
    (1, 3, 1, 257, 300, 96, 1, "bhsd"),
    (1, 4, 2, 300, 333, 256, 0, "bhsd"),
    (1, 2, 2, 333, 200, 256, 2, "bshd"),
    (1, 4, 1, 300, 517, 160, 1, "bhsd"),
    (1, 2, 2, 200, 300, 200, 0, "bshd"),
    # Short keys (issue 12): one 208- or 256-key tile; Sk at and just above
    # the tile widths, Sk 1, GQA/MQA, causal both ways (every D 64 variant).
    (2, 6, 2, 197, 197, 64, 0, "bhsd"),
    (1, 4, 4, 197, 208, 40, 1, "bshd"),
    (1, 4, 1, 100, 209, 64, 2, "bhsd"),
    (1, 2, 2, 150, 1, 64, 0, "bhsd"),
    # Many one-key-tile output tiles (hopper-short: more than 2 per CTA, so
    # the persistent loop cycles through both Q buffers of the QST 2 kernels).
    (8, 24, 8, 197, 150, 64, 0, "bshd"),
    (1, 2, 2, 70, 256, 64, 1, "bhsd"),
]


def check(hop, seed, names=()):
    """Every variant (or those in `names`) on every case."""
    gen = torch.Generator(device="cuda")
    gen.manual_seed(seed)
    worst = 0.0
    ok = True
    lines = []
    for dtype in (torch.bfloat16, torch.float16):
        for (B, Hq, Hkv, Sq, Sk, D, causal, layout) in CASES:
            q = make(B, Hq, Sq, D, dtype, layout, gen)
            k = make(B, Hkv, Sk, D, dtype, layout, gen)
            v = make(B, Hkv, Sk, D, dtype, layout, gen)
            scale = 1.0 / math.sqrt(D)
            ref = reference(q, k, v, causal, scale)
            o = make(B, Hq, Sq, D, dtype, layout, gen)
            p = Hopper.params(q, k, v, o, causal, scale)
            if not hop.supported(p):
                lines.append(f"UNSUPPORTED {dtype} {(B, Hq, Hkv, Sq, Sk, D, causal, layout)}")
                ok = False
                continue
            good_lse, err_lse = check_lse(hop, p, q, k, causal, scale)
            ok &= good_lse
            lines.append(f"{'ok  ' if good_lse else 'FAIL'} {str(dtype)[6:]:8s} {'lse (default variant)':24s} "
                         f"B={B} Hq={Hq} Hkv={Hkv} Sq={Sq} Sk={Sk} D={D} causal={CAUSAL_NAME[causal]:12s} {layout} "
                         f"max rel err {err_lse:.2e}")
            for vi, vname in hop.variants(D, dtype):
                if names and vname not in names:
                    continue
                outs = []
                for rep in range(2):
                    o.fill_(float("nan"))
                    hop.run(p, vi)
                    torch.cuda.synchronize()
                    outs.append(o.clone())
                unwritten = int(torch.isnan(outs[0]).sum())
                same = torch.equal(outs[0], outs[1])
                err = ((outs[0].double() - ref).norm() / ref.norm().clamp_min(1e-30)).item()
                if math.isnan(err):
                    err = float("inf")
                worst = max(worst, err)
                good = unwritten == 0 and same and err <= 1e-2
                ok &= good
                lines.append(
                    f"{'ok  ' if good else 'FAIL'} {str(dtype)[6:]:8s} {vname:24s} B={B} Hq={Hq} Hkv={Hkv} Sq={Sq} "
                    f"Sk={Sk} D={D} causal={CAUSAL_NAME[causal]:12s} {layout} rel_l2={err:.2e} "
                    f"unwritten={unwritten} deterministic={same}")
    return ok, worst, lines


def time_batches(fn, nsets, warm=3, reps=12, inner=8):
    for i in range(warm):
        fn(i % nsets)
    torch.cuda.synchronize()
    e0 = torch.cuda.Event(enable_timing=True)
    e1 = torch.cuda.Event(enable_timing=True)
    ts = []
    for r in range(reps):
        e0.record()
        for j in range(inner):
            fn((r * inner + j) % nsets)
        e1.record()
        e1.synchronize()
        ts.append(e0.elapsed_time(e1) / inner)
    return statistics.median(ts), min(ts), max(ts)


def bench(hop, dtypes, out_rows, dims=(64, 128)):
    nsets = 3
    for dtype in dtypes:
        for D in dims:
            H = 2048 // D
            for S in (512, 2048, 8192):
                B = 16384 // S
                for causal in (False, True):
                    sets = []
                    for _ in range(nsets):
                        q = torch.randn(B, H, S, D, device="cuda", dtype=dtype)
                        k = torch.randn(B, H, S, D, device="cuda", dtype=dtype)
                        v = torch.randn(B, H, S, D, device="cuda", dtype=dtype)
                        o = torch.empty_like(q)
                        sets.append((q, k, v, o, Hopper.params(q, k, v, o, 1 if causal else 0, 1.0 / math.sqrt(D))))
                    flops = 4.0 * B * H * S * S * D * (0.5 if causal else 1.0)
                    res = {}
                    for vi, vname in hop.variants(D, dtype):
                        res[vname] = time_batches(lambda i: hop.run(sets[i][4], vi), nsets)
                    for bname, be in (("sdpa_flash", SDPBackend.FLASH_ATTENTION), ("sdpa_cudnn", SDPBackend.CUDNN_ATTENTION)):
                        try:
                            with sdpa_kernel([be]):
                                res[bname] = time_batches(
                                    lambda i: F.scaled_dot_product_attention(sets[i][0], sets[i][1], sets[i][2], is_causal=causal), nsets)
                        except Exception as e:  # backend unavailable for this shape
                            res[bname] = None
                            print(f"# {bname} failed: {e}", file=sys.stderr)
                    # Agreement with cuDNN on the last set (sanity, f32).
                    q, k, v, o, p = sets[0]
                    hop.run(p, -1)
                    with sdpa_kernel([SDPBackend.CUDNN_ATTENTION, SDPBackend.FLASH_ATTENTION]):
                        r = F.scaled_dot_product_attention(q, k, v, is_causal=causal)
                    agree = ((o.float() - r.float()).norm() / r.float().norm()).item()
                    ours = {n: t for n, t in res.items() if not n.startswith("sdpa")}
                    best_name = min(ours, key=lambda n: ours[n][0])
                    def_name = dict(hop.variants(D, dtype))[hop.default_variant(p)]
                    row = dict(dtype=str(dtype)[6:], B=B, H=H, S=S, D=D, causal=causal, flops=flops,
                               agree_vs_sdpa=agree, best=best_name, default=def_name,
                               ms={n: (t[0] if t else None) for n, t in res.items()})
                    out_rows.append(row)
                    tf = lambda n: flops / (res[n][0] * 1e-3) / 1e12 if res.get(n) else float("nan")
                    fl, cu, de_t, be_t = tf("sdpa_flash"), tf("sdpa_cudnn"), tf(def_name), tf(best_name)
                    allv = " ".join(f"{n}={tf(n):.0f}" for n in ours)
                    print(f"{str(dtype)[6:]:8s} D={D:3d} S={S:5d} B={B:2d} H={H:2d} causal={int(causal)} | "
                          f"default {de_t:6.1f} best {be_t:6.1f} flash {fl:6.1f} cudnn {cu:6.1f} TFLOP/s | "
                          f"default x{de_t / fl:.2f} flash x{de_t / cu:.2f} cudnn | {allv} | "
                          f"rel_vs_sdpa {agree:.1e}", flush=True)
                    del sets
                    torch.cuda.empty_cache()


def run(args):
    """bench_sdpa.py --hopper-variants LIB: check every variant, then time
    them (unless --check-only). Returns the exit status."""
    hop = Hopper(os.path.abspath(args.hopper_variants))
    print(f"# {datetime.datetime.now(datetime.timezone.utc).isoformat()}  {torch.cuda.get_device_name()}  torch {torch.__version__} "
          f"cuda {torch.version.cuda}  cudnn {torch.backends.cudnn.version()}", flush=True)
    seed = int.from_bytes(os.urandom(4), "little")
    names = tuple(n for n in args.names.split(",") if n)
    ok, worst, lines = (True, 0.0, ["# check skipped"]) if args.skip_check else check(hop, seed, names)
    for l in lines:
        print(l)
    print(f"# correctness: {'PASS' if ok else 'FAIL'} (seed {seed}, worst rel_l2 {worst:.2e})", flush=True)
    rows = []
    if not args.check_only:
        dts = {"bf16": torch.bfloat16, "f16": torch.float16}
        bench(hop, [dts[d] for d in args.dtypes.split(",")], rows, [int(d) for d in args.dims.split(",")])
    if args.json:
        with open(args.json, "w") as f:
            json.dump(dict(ok=ok, worst=worst, checks=lines, rows=rows, device=torch.cuda.get_device_name(),
                           torch=torch.__version__), f, indent=1)
    return 0 if ok else 1
