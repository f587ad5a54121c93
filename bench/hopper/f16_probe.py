#!/usr/bin/env python3
"""Where the f16 penalty of the Hopper path comes from (issue 12,
hopper-dhead). The bf16 and f16 instantiations of a kernel have the same SASS
but for the conversion type (F2FP.F16 vs F2FP.BF16.F32.PACK_AB) and the HGMMA
operand type (nvcc 13.0, cuobjdump), so the difference is in how the
hardware runs the same instruction stream. This times, in one process and
interleaved rounds on shapes of the models sweep:
  bf16   bf16 inputs (randn)
  f16    f16 inputs (randn)
  f16t   f16 inputs whose values are bf16 values (randn rounded to bf16, then
         to f16: the low 3 significand bits are zero)
each through attnrt's default dispatch and SDPA cuDNN, and samples the SM
clock, board power and the clock-event reasons (NVML, every ~5 ms) inside
every timed window. If f16t runs as bf16 does and f16's SM clock is lower at
the power cap, the penalty is power drawn by toggling operand bits.

  python3 bench/hopper/f16_probe.py --lib build-gpu/lib/libattnrt.so --rows 13,14,15 --rounds 3
"""
import argparse
import math
import os
import statistics
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gpu"))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch.nn.attention import SDPBackend, sdpa_kernel  # noqa: E402

import bench_sdpa  # noqa: E402
import model_shapes  # noqa: E402

try:
    import pynvml
except ImportError:  # timing still runs; no clocks
    pynvml = None


class Sampler:
    """NVML samples (t, sm MHz, power W, event reasons) on a thread."""

    def __init__(self):
        self.samples = []
        self.stop = False
        self.h = None
        if pynvml:
            pynvml.nvmlInit()
            self.h = pynvml.nvmlDeviceGetHandleByIndex(torch.cuda.current_device())
            self.th = threading.Thread(target=self.run, daemon=True)
            self.th.start()

    def run(self):
        while not self.stop:
            try:
                clk = pynvml.nvmlDeviceGetClockInfo(self.h, pynvml.NVML_CLOCK_SM)
                pw = pynvml.nvmlDeviceGetPowerUsage(self.h) / 1000.0
                rs = pynvml.nvmlDeviceGetCurrentClocksEventReasons(self.h)
            except Exception:  # noqa: BLE001
                clk, pw, rs = 0, 0.0, 0
            self.samples.append((time.perf_counter(), clk, pw, rs))
            time.sleep(0.005)

    def window(self, t0, t1):
        w = [s for s in self.samples if t0 <= s[0] <= t1]
        if not w:
            return float("nan"), float("nan"), 0
        rs = 0
        for s in w:
            rs |= s[3]
        return statistics.median(s[1] for s in w), statistics.median(s[2] for s in w), rs

    def limits(self):
        if not self.h:
            return "no NVML"
        try:
            lim = pynvml.nvmlDeviceGetEnforcedPowerLimit(self.h) / 1000.0
            mx = pynvml.nvmlDeviceGetMaxClockInfo(self.h, pynvml.NVML_CLOCK_SM)
            return f"enforced power limit {lim:.0f} W, max SM clock {mx} MHz"
        except Exception as e:  # noqa: BLE001
            return f"NVML: {e}"


def inputs(s, kind, dev):
    sets = []
    nb = model_shapes.io_bytes(s)
    for _ in range(max(1, min(32, -(-(1 << 28) // nb)))):
        def mk(*shape):
            if kind == "bf16":
                return torch.randn(*shape, device=dev, dtype=torch.bfloat16)
            if kind == "f16":
                return torch.randn(*shape, device=dev, dtype=torch.float16)
            return torch.randn(*shape, device=dev, dtype=torch.bfloat16).to(torch.float16)
        q = mk(s.B, s.Hq, s.Sq, s.D)
        k = mk(s.B, s.Hkv, s.Sk, s.D)
        v = mk(s.B, s.Hkv, s.Sk, s.D)
        sets.append((q, k, v, torch.empty_like(q)))
    return sets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default="build-gpu/lib/libattnrt.so")
    ap.add_argument("--rows", default="13,14,15")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--kinds", default="bf16,f16,f16t")
    args = ap.parse_args()
    rt = bench_sdpa.Attnrt(args.lib)
    smp = Sampler()
    dev = torch.device("cuda")
    print(f"# {torch.cuda.get_device_name()}  torch {torch.__version__}  cudnn "
          f"{torch.backends.cudnn.version()}  {smp.limits()}")
    for row in [int(r) for r in args.rows.split(",") if r]:
        s = model_shapes.SHAPES[row]
        scale = 1.0 / math.sqrt(s.D)
        cands = []
        for kind in args.kinds.split(","):
            torch.manual_seed(11)
            sets = inputs(s, kind, dev)
            probs = [rt.problem(q, k, v, o, s.causal, scale) for (q, k, v, o) in sets]
            cands.append((f"attnrt {kind}", [lambda p=p: rt.run(p) for p in probs], sets))

            def mk(q, k, v):
                def fn():
                    with sdpa_kernel(SDPBackend.CUDNN_ATTENTION):
                        return F.scaled_dot_product_attention(q, k, v, scale=scale, is_causal=s.causal == 1)
                return fn
            cands.append((f"cudnn {kind}", [mk(q, k, v) for (q, k, v, _) in sets], sets))
        # Output check of attnrt on the first set against SDPA flash (f32 accumulation).
        for name, fns, sets in cands:
            if not name.startswith("attnrt"):
                continue
            q, k, v, o = sets[0]
            o.fill_(float("nan"))
            fns[0]()
            with sdpa_kernel(SDPBackend.FLASH_ATTENTION):
                ref = F.scaled_dot_product_attention(q, k, v, scale=scale, is_causal=s.causal == 1)
            err = ((o.float() - ref.float()).norm() / ref.float().norm()).item()
            print(f"  {name}: rel L2 vs SDPA flash {err:.1e}" + ("" if err < 1e-2 else "  WRONG"))
        res = {n: [] for n, _, _ in cands}
        for r in range(args.rounds):
            order = cands if r % 2 == 0 else cands[::-1]
            for name, fns, _ in order:
                t0 = time.perf_counter()
                ms = bench_sdpa.time_adaptive(fns)
                t1 = time.perf_counter()
                res[name].append((ms,) + smp.window(t0, t1))
        fl = model_shapes.flops(s)
        print(f"\nrow {row}: {s.name}  B={s.B} Hq/Hkv={s.Hq}/{s.Hkv} Sq={s.Sq} Sk={s.Sk} D={s.D} "
              f"causal={s.causal}  rounds={args.rounds}")
        print("| candidate | ms (median) | min-max | TFLOP/s | SM MHz (median of windows) | power W | event reasons (OR) |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for name, _, _ in cands:
            v = res[name]
            ms = statistics.median(x[0] for x in v)
            clk = statistics.median(x[1] for x in v)
            pw = statistics.median(x[2] for x in v)
            rs = 0
            for x in v:
                rs |= x[3]
            print(f"| {name} | {ms:.4f} | {min(x[0] for x in v):.4f}-{max(x[0] for x in v):.4f} | "
                  f"{fl / ms / 1e9:.1f} | {clk:.0f} | {pw:.0f} | {rs:#x} |", flush=True)
        del cands, res
        torch.cuda.empty_cache()
    smp.stop = True


if __name__ == "__main__":
    sys.exit(main())
