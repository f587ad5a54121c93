#!/usr/bin/env python3
"""Same-process A/B of the dead-mask-tile skip (kSchedDeadTiles, issue 12:
the random sweep's seed 13 row R35, Hugging Face's causal + padding mask
[B, 1, S, S] with is_causal off). Per shape and dtype, on the same tensors
and mask (--mask, a bench_sdpa.make_mask kind; by default "causal_pad_add":
finfo.min on the keys past the diagonal and on each batch entry's padding
keys):

  attnrt          the default dispatch (the mask-tile kernel; dead tiles
                  skipped where launch.cuh dead_tiles_pay says so)
  hopper          the same kernels called through libattn_hopper.so (--hopper;
                  attn_hopper_fwd: the default variant), whose A/B knobs
                  libattnrt does not export:
  hopper-nopdl    the kernel launched plainly after the map's pass
                  (attn_hopper_set_pdl(0) around each call)
  hopper-skip     the launch's sched bits plus kSchedDeadTiles and
                  kSchedDeadMap (the skip with the map, whatever Sk)
  hopper-nomap    the launch's sched bits minus kSchedDeadMap (dead tiles
                  skipped, but loaded: attn_hopper_set_sched around each call)
  hopper-noskip   the launch's sched bits minus kSchedDeadTiles and
                  kSchedDeadMap
  cudnn, efficient  SDPA with attn_mask (what the sweep times)
  attnrt-causal, cudnn-causal  is_causal without a mask: the floor, the same
                  visible keys without the mask's cost

Each attnrt and hopper candidate's output is checked row by row (bench_sdpa.
worst_row_error <= 1e-2 against the f32 reference with the mask) before it
is timed; timing is bench_sdpa.time_rounds (interleaved rounds, median).

  python3 bench/hopper/dead_tiles_ab.py --lib build-gpu/lib/libattnrt.so \\
      --shape 6,12,5100,64 --shape 8,16,2048,128 --dtypes bf16,f16 --rounds 2 \\
      [--hopper build-gpu/lib/libattn_hopper.so]
"""
import argparse
import ctypes
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

DEAD = 32  # kSchedDeadTiles (kernels/hopper/tile_scheduler.cuh)
DEAD_MAP = 64  # kSchedDeadMap


def hopper_params(q, k, v, o, scale, mask):
    """The attnk_problem of an attnrt call with `mask` (broadcast dims: stride
    0), for libattn_hopper.so."""
    p = hopper_variants.Hopper.params(q, k, v, o, 0, scale)
    p.mask_dtype = 3 if mask.dtype == torch.bool else hopper_variants.DT[mask.dtype]
    p.mask.data = mask.data_ptr()
    p.mask.strides[:] = [mask.stride(i) if mask.shape[i] > 1 else 0 for i in range(4)]
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="build-gpu/lib/libattnrt.so")
    ap.add_argument("--shape", action="append", default=[], help="B,H,S,D")
    ap.add_argument("--dtypes", default="bf16")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--mask", default="causal_pad_add",
                    help="bench_sdpa.make_mask kind; bias ([1,H,S,S], T5): tiles neither dead nor clear, "
                         "the map's cost alone")
    ap.add_argument("--hopper", default="",
                    help="libattn_hopper.so (target attn_hopper_shared): the hopper-* candidates")
    args = ap.parse_args()
    rt = bench_sdpa.Attnrt(args.lib)
    hop = hopper_variants.Hopper(args.hopper) if args.hopper else None
    set_pdl = None
    if hop:
        hop.lib.attn_hopper_set_sched.argtypes = [ctypes.c_int]
        hop.lib.attn_hopper_set_sched.restype = ctypes.c_int
        if hasattr(hop.lib, "attn_hopper_set_pdl"):  # builds before the knob lack it
            set_pdl = hop.lib.attn_hopper_set_pdl
            set_pdl.argtypes = [ctypes.c_int]
            set_pdl.restype = ctypes.c_int
    dev = torch.device("cuda")
    print(f"# {torch.cuda.get_device_name()}  torch {torch.__version__}  cudnn {torch.backends.cudnn.version()}")
    for dn in args.dtypes.split(","):
        dt = {"bf16": torch.bfloat16, "f16": torch.float16}[dn]
        for spec in args.shape:
            B, H, S, D = (int(x) for x in spec.split(","))
            torch.manual_seed(7)
            s = model_shapes.Shape("dead", "-", "-", B, H, H, S, S, D, 0, None)
            sc = model_shapes.Shape("dead-causal", "-", "-", B, H, H, S, S, D, 1, None)
            sets = bench_sdpa.rotating_inputs(s, model_shapes.io_bytes(s), dt, dev)
            mask, _ = bench_sdpa.make_mask(args.mask, B, H, S, dt, dev, Sq=S)
            scale = 1.0 / math.sqrt(D)
            q, k, v, o = sets[0]
            ref = bench_sdpa.reference_f32(q, k, v, mask, 0)
            probs = [rt.problem(q_, k_, v_, o_, 0, scale, mask) for (q_, k_, v_, o_) in sets]
            cprobs = [rt.problem(q_, k_, v_, o_, 1, scale, None) for (q_, k_, v_, o_) in sets]
            noskip = 7 if S <= 4096 else 6  # the default bits less kSchedDeadTiles, kSchedDeadMap
            nomap = noskip | DEAD
            skip = nomap | DEAD_MAP
            hprobs = [hopper_params(q_, k_, v_, o_, scale, mask) for (q_, k_, v_, o_) in sets] if hop else []

            def hop_bits(p, bits):
                prev = hop.lib.attn_hopper_set_sched(bits)
                try:
                    hop.run(p)
                finally:
                    hop.lib.attn_hopper_set_sched(prev)

            def hop_nopdl(p):
                prev = set_pdl(0)
                try:
                    hop.run(p)
                finally:
                    set_pdl(prev)

            def sdpa(be, q_, k_, v_, m, causal):
                def fn():
                    with sdpa_kernel(be):
                        return F.scaled_dot_product_attention(q_, k_, v_, attn_mask=m, scale=scale,
                                                              is_causal=causal)
                return fn

            cands = [("attnrt", [lambda p=p: rt.run(p) for p in probs])]
            if hop:
                cands.append(("hopper", [lambda p=p: hop.run(p) for p in hprobs]))
                if set_pdl:
                    cands.append(("hopper-nopdl", [lambda p=p: hop_nopdl(p) for p in hprobs]))
                cands.append(("hopper-skip", [lambda p=p: hop_bits(p, skip) for p in hprobs]))
                cands.append(("hopper-nomap", [lambda p=p: hop_bits(p, nomap) for p in hprobs]))
                cands.append(("hopper-noskip", [lambda p=p: hop_bits(p, noskip) for p in hprobs]))
            cands += [("cudnn", [sdpa(SDPBackend.CUDNN_ATTENTION, *st[:3], mask, False) for st in sets]),
                      ("efficient", [sdpa(SDPBackend.EFFICIENT_ATTENTION, *st[:3], mask, False)
                                     for st in sets]),
                      ("attnrt-causal", [lambda p=p: rt.run(p) for p in cprobs]),
                      ("cudnn-causal", [sdpa(SDPBackend.CUDNN_ATTENTION, *st[:3], None, True) for st in sets])]
            ok, errs = [], {}
            for name, fns in cands:
                if name.endswith("-causal"):
                    ok.append((name, fns))  # a different problem: not checked against the masked reference
                    continue
                o.fill_(float("nan"))
                try:
                    got = fns[0]()
                    torch.cuda.synchronize()
                    err = bench_sdpa.worst_row_error(o if got is None else got, ref)
                except RuntimeError as e:
                    print(f"  {name}: error {str(e).splitlines()[0][:120]}")
                    continue
                errs[name] = err
                if name.startswith(("attnrt", "hopper")) and not err <= 1e-2:
                    print(f"  {name}: WRONG (worst row err {err:.2e}), not timed")
                    continue
                ok.append((name, fns))
            del ref
            times, failed = bench_sdpa.time_rounds(ok, args.rounds)
            for name, msg in failed.items():
                print(f"  {name}: error while timed: {msg}")
            flops = model_shapes.flops(s)  # the full S x S (the mask's problem), as the sweep counts
            print(f"\nB {B} H {H} S {S} D {D} {dn} {args.mask} {list(mask.shape)}, rounds {args.rounds} "
                  f"(TFLOP/s over the full S x S)")
            print("| candidate | ms | min-max | TFLOP/s | x cudnn (paired) | row err |")
            print("| --- | --- | --- | --- | --- | --- |")
            for name in times:
                ts = times[name]
                med = statistics.median(ts)
                xc = float("nan")
                if "cudnn" in times:
                    xc = statistics.median(times["cudnn"][i] / ts[i] for i in range(len(ts)))
                e = errs.get(name)
                print(f"| {name} | {med:.4f} | {min(ts):.4f}-{max(ts):.4f} | {flops / med / 1e9:.0f} | {xc:.3f} | "
                      f"{'-' if e is None else f'{e:.1e}'} |", flush=True)
            del sets, mask, probs, cprobs
            torch.cuda.empty_cache()


if __name__ == "__main__":
    sys.exit(main())
