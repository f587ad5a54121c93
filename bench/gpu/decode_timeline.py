#!/usr/bin/env python3
"""Where a decode call's time goes (issue 12, rows 28/32's fixed ~10 us):
per-block timer readings of the NVIDIA decode kernel and its combine kernel
(ATTN_DECODE_NV_TIMELINE, kernels/decode/decode_nv.cu, DnTimeline), over
--calls calls issued back to back, and the host time of a call.

  decode_timeline.py --lib build-gpu/lib/libattnrt.so --only 28,32 \\
      [--variant base= --variant fu=FUSE=1] [--dtype bf16] [--calls 12] [--out t.md]
      [--lib-b OTHER/libattnrt.so --variant b:old=]   # b:NAME runs on a second build, same process
  decode_timeline.py --lib ... --only 28,32 --no-tuning     # host time only, knobs read once

The recording twins exist for the 8-warp D 128 TMA ring without a mask (and
the merge_row combine kernel); other problems record nothing. Under
ATTN_DECODE_NV_TUNING (which the timeline needs, to change the address per
call) every call re-reads ~15 environment knobs several times, which makes
the host path slower than without it: --no-tuning times the host path as
bench_sdpa.py's sweeps see it (no timeline).

Each variant's output is checked against an f32 reference (worst row error
<= 1e-2) before anything is recorded, and again from a recorded call. Per call (us; the first call after
the warm-up is dropped, medians over the rest):
  grid release   split blocks' dependency wait returning, first .. last
  loop end       each block's key loop ending, min / p10 / p50 / p90 / max
                 after the first release (the spread is what a balanced
                 split could recover)
  rate           each block's bytes / (loop end - release), GB/s min / p50 / max
  key loop       each block's release .. loop end by its SM's clock64, min / p50 / max (us at
                 the median clock)
  tail           exit - loop end per block (merge + partial stores), p50 / max
  edge1          combine released (first wait return) - last split exit
  combine        last combine exit - combine release
  edge2          the next call's first split release - this call's last combine exit
  period         the next call's first release - this call's first release
Host: us per rt.run() while the GPU is busy (10 calls enqueued back to back,
the harness's window) and one call from an idle GPU (enqueue only).
"""
import argparse
import os
import statistics
import sys
import time

import decode_variants as dv  # sets ATTN_DECODE_NV_TUNING before the library's first call

if "--no-tuning" in sys.argv:  # before the library's first call
    os.environ.pop("ATTN_DECODE_NV_TUNING", None)

import torch

import bench_sdpa  # noqa: E402
import model_shapes  # noqa: E402

ENTRY, WAIT, LOOP, EXIT, SM, TILES, CLK_WAIT, CLK_LOOP, STRIDE = 0, 1, 2, 3, 4, 5, 6, 7, 8
MAX_RECORDS = 8192  # split + combine blocks of one call


def q(xs, f):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(f * (len(xs) - 1) + 0.5))]


def analyze(recs, kv_bytes_per_tile):
    """recs: [calls][MAX_RECORDS][8] int64 on the host. Returns per-call dicts."""
    calls = []
    for r in recs:
        split = [x for x in r if x[LOOP] != 0]
        n = len(split)
        comb = [x for x in r[n:] if x[ENTRY] != 0]
        calls.append((split, comb))
    out = []
    for i, (split, comb) in enumerate(calls):
        rel0 = min(x[WAIT] for x in split)
        d = {"blocks": len(split), "cblocks": len(comb)}
        d["release_spread"] = (max(x[WAIT] for x in split) - rel0) / 1e3
        d["entry_before_release"] = (rel0 - min(x[ENTRY] for x in split)) / 1e3
        loops = [(x[LOOP] - rel0) / 1e3 for x in split]
        for name, f in (("loop_min", 0), ("loop_p10", 0.1), ("loop_p50", 0.5), ("loop_p90", 0.9), ("loop_max", 1)):
            d[name] = q(loops, f)
        rates = [x[TILES] * kv_bytes_per_tile / max(1, x[LOOP] - x[WAIT]) for x in split if x[TILES] > 0]
        d["rate_min"], d["rate_p50"], d["rate_max"] = (q(rates, 0), q(rates, 0.5), q(rates, 1)) if rates else (0, 0, 0)
        # each block's key loop in its SM's cycles (exact where the global timer ticks coarsely)
        cyc = [x[CLK_LOOP] - x[CLK_WAIT] for x in split]
        ns = [x[LOOP] - x[WAIT] for x in split]
        ghz = statistics.median(cyc) / max(1, statistics.median(ns))
        d["ghz"] = ghz
        d["cyc_min"], d["cyc_p50"], d["cyc_max"] = (q(cyc, f) / ghz / 1e3 for f in (0, 0.5, 1))
        tails = [(x[EXIT] - x[LOOP]) / 1e3 for x in split]
        d["tail_p50"], d["tail_max"] = q(tails, 0.5), q(tails, 1)
        tiles = [x[TILES] for x in split]
        d["tiles_min"], d["tiles_max"] = min(tiles), max(tiles)
        sexit = max(x[EXIT] for x in split)
        d["split_span"] = (sexit - rel0) / 1e3
        if comb:
            crel = min(x[WAIT] for x in comb)
            cexit = max(x[EXIT] for x in comb)
            d["edge1"] = (crel - sexit) / 1e3
            d["combine"] = (cexit - crel) / 1e3
            d["comb_entry_before_release"] = (crel - min(x[ENTRY] for x in comb)) / 1e3
            last = cexit
        else:
            last = sexit
        if i + 1 < len(calls):
            nrel = min(x[WAIT] for x in calls[i + 1][0])
            d["edge2"] = (nrel - last) / 1e3
            d["period"] = (nrel - rel0) / 1e3
        # the slowest / fastest blocks: (loop end us, sm, tiles)
        order = sorted(split, key=lambda x: x[LOOP])
        d["first"] = [((x[LOOP] - rel0) / 1e3, int(x[SM]), int(x[TILES])) for x in order[:4]]
        d["last"] = [((x[LOOP] - rel0) / 1e3, int(x[SM]), int(x[TILES])) for x in order[-4:]]
        out.append(d)
    return out


def timer_step(recs):
    ts = sorted({int(v) for r in recs for x in r for v in (x[ENTRY], x[WAIT], x[LOOP], x[EXIT]) if v})
    diffs = [b - a for a, b in zip(ts, ts[1:]) if b > a]
    return min(diffs) if diffs else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="build-gpu/lib/libattnrt.so")
    ap.add_argument("--lib-b", default=None, help="a second build: variants named b:NAME run on it")
    ap.add_argument("--only", required=True)
    ap.add_argument("--dtype", default="bf16")
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--calls", type=int, default=12)
    ap.add_argument("--out", default=None)
    ap.add_argument("--no-tuning", action="store_true", help="host time only, knobs read once")
    args = ap.parse_args()
    if args.no_tuning and (len(args.variant) > 1 or any(e for _, e in map(dv.parse_variant, args.variant))):
        raise SystemExit("--no-tuning: the knobs are read once, so only the default runs")
    rt_a = bench_sdpa.Attnrt(args.lib)
    rt_b = bench_sdpa.Attnrt(args.lib_b) if args.lib_b else None
    dt = {"bf16": torch.bfloat16, "f16": torch.float16}[args.dtype]
    dev = torch.device("cuda")
    variants = [dv.parse_variant(v) for v in args.variant] or [("base", {})]
    lines = [f"GPU: {torch.cuda.get_device_name()}; torch {torch.__version__}; {args.dtype}; "
             f"{args.calls} calls back to back, medians over calls 2..{args.calls} (us)", ""]
    status = 0
    buf = torch.zeros(args.calls + 1, MAX_RECORDS * STRIDE, dtype=torch.int64, device=dev)  # + a scratch slot
    for idx in (int(i) for i in args.only.split(",")):
        s = model_shapes.SHAPES[idx]
        torch.manual_seed(4242 + idx)
        nbytes = model_shapes.io_bytes(s)
        sets = bench_sdpa.rotating_inputs(s, nbytes, dt, dev)
        qq, k, v, o = sets[0]
        ref = bench_sdpa.reference_f32(qq, k, v, None, 0)
        probs_a = [rt_a.problem(q_, k_, v_, o_, 0, 1.0 / s.D ** 0.5) for (q_, k_, v_, o_) in sets]
        probs_b = [rt_b.problem(q_, k_, v_, o_, 0, 1.0 / s.D ** 0.5) for (q_, k_, v_, o_) in sets] if rt_b else None
        tile_bytes = 2 * 128 * s.D * k.element_size()  # K + V of one 128-key tile
        for name, env in variants:
            rt, probs = (rt_b, probs_b) if name.startswith("b:") else (rt_a, probs_a)
            if rt is None:
                raise SystemExit(f"{name}: a b: variant needs --lib-b")
            dv.set_knobs(env)
            os.environ.pop("ATTN_DECODE_NV_TIMELINE", None)
            o.fill_(float("nan"))
            rt.run(probs[0])
            torch.cuda.synchronize()
            err = bench_sdpa.worst_row_error(o, ref)
            if not (err <= 1e-2):
                lines.append(f"row {idx} {name}: WRONG {err:.1e}")
                status = 1
                continue
            for _ in range(3):
                for p in probs:
                    rt.run(p)
            torch.cuda.synchronize()
            # host time: 10 calls enqueued behind a busy GPU; one call from idle
            win = []
            for w in range(5):
                t0 = time.perf_counter()
                for i in range(10):
                    rt.run(probs[(w * 10 + i) % len(probs)])
                win.append((time.perf_counter() - t0) / 10 * 1e6)
                torch.cuda.synchronize()
            idle = []
            for w in range(5):
                torch.cuda.synchronize()
                t0 = time.perf_counter()
                rt.run(probs[w % len(probs)])
                idle.append((time.perf_counter() - t0) * 1e6)
            torch.cuda.synchronize()
            if args.no_tuning:
                lines.append(f"### row {idx} ({s.name}), {name}, knobs read once (no ATTN_DECODE_NV_TUNING)")
                lines.append(f"- host us/call: {statistics.median(win):.1f} enqueued behind a busy GPU, "
                             f"{statistics.median(idle):.1f} from idle (windows {', '.join(f'{w:.1f}' for w in win)})")
                print("\n".join(lines[-2:]), flush=True)
                continue
            buf.zero_()
            torch.cuda.synchronize()
            for c in range(args.calls):
                os.environ["ATTN_DECODE_NV_TIMELINE"] = str(buf[c].data_ptr())
                rt.run(probs[c % len(probs)])
            # the recording kernels' output, from a call recorded in the scratch slot
            o.fill_(float("nan"))
            os.environ["ATTN_DECODE_NV_TIMELINE"] = str(buf[args.calls].data_ptr())
            rt.run(probs[0])
            os.environ.pop("ATTN_DECODE_NV_TIMELINE", None)
            torch.cuda.synchronize()
            err = bench_sdpa.worst_row_error(o, ref)
            if not (err <= 1e-2):
                lines.append(f"row {idx} {name}: WRONG while recording {err:.1e}")
                status = 1
            recs = buf[:args.calls].view(args.calls, MAX_RECORDS, STRIDE).cpu().tolist()
            res = analyze(recs, tile_bytes)[1:]
            med = lambda key: statistics.median(r[key] for r in res if key in r) if any(key in r for r in res) else float("nan")  # noqa: E731
            lines.append(f"### row {idx} ({s.name}: {s.B} x {s.Hq}/{s.Hkv} x {s.Sk}), {name} "
                         f"({' '.join(f'{k_}={v_}' for k_, v_ in env.items()) or 'default'})")
            lines.append(f"- host us/call: {statistics.median(win):.1f} enqueued behind a busy GPU, "
                         f"{statistics.median(idle):.1f} from idle; timer step {timer_step(recs)} ns")
            lines.append(f"- blocks {res[0]['blocks']} (tiles {res[0]['tiles_min']}-{res[0]['tiles_max']}), "
                         f"combine blocks {res[0]['cblocks']}")
            lines.append(f"- period {med('period'):.1f}; split span (first release .. last exit) "
                         f"{med('split_span'):.1f}; release spread {med('release_spread'):.2f}; "
                         f"entry before release {med('entry_before_release'):.1f}")
            lines.append(f"- loop end min/p10/p50/p90/max {med('loop_min'):.1f} / {med('loop_p10'):.1f} / "
                         f"{med('loop_p50'):.1f} / {med('loop_p90'):.1f} / {med('loop_max'):.1f}; "
                         f"block rate GB/s min/p50/max {med('rate_min'):.1f} / {med('rate_p50'):.1f} / "
                         f"{med('rate_max'):.1f}")
            lines.append(f"- key loop by the SM clock ({med('ghz'):.2f} GHz) min/p50/max {med('cyc_min'):.1f} / "
                         f"{med('cyc_p50'):.1f} / {med('cyc_max'):.1f}")
            lines.append(f"- tail (exit - loop end) p50/max {med('tail_p50'):.2f} / {med('tail_max'):.2f}; "
                         f"edge1 (combine release - last split exit) {med('edge1'):.2f}; combine "
                         f"{med('combine'):.2f}; edge2 (next release - last exit) {med('edge2'):.2f}")
            mid = res[len(res) // 2]
            lines.append(f"- call {len(res) // 2 + 2}: first loop ends (us, sm, tiles) {mid['first']}; "
                         f"last {mid['last']}")
            n0 = len(lines)
            for r in res:
                lines.append("  - " + ", ".join(f"{k_} {r[k_]:.2f}" for k_ in
                                                ("period", "split_span", "loop_min", "loop_max", "tail_max",
                                                 "edge1", "combine", "edge2") if k_ in r))
            print("\n".join(lines[n0 - 9:]), flush=True)
        dv.set_knobs({})
        del sets, probs_a, probs_b, ref, qq, k, v, o
        torch.cuda.empty_cache()
    if args.out:
        with open(args.out, "w") as fh:
            fh.write("\n".join(lines) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
