#!/usr/bin/env python3
"""CPU dry run of bench_sdpa.py --sweep models, for testing the harness
without a GPU (not a benchmark; not in CI: it needs torch): small copies of
every model shape (B <= 2, S <= 124, same heads, D, masks and causal modes),
a stand-in for attnrt that computes attention in f64 (MODE ok), or puts one
row off by 0.5 (wrongrow: those rows must come out WRONG and untimed, exit
1), or refuses D 160 (raise: ERROR rows, exit 1), or fails D 160 after
passing the check, while timed (raisetimed: ERROR rows, exit 1); SDPA runs
on its CPU backends. Writes /tmp/models-dryrun-MODE.{md,json} (input for
bench/plot_results.py). MODE lib drives a built libattnrt instead, through
bench_sdpa's own ctypes class, on its host backend $ATTNRT_BENCH_BACKEND
(default here: cpu): ctypes layout, causal modes, masks, GQA as the GPU run
passes them.

  python3 bench/gpu/models_dryrun.py ok|wrongrow|raise|raisetimed [--only 0,13,23] [--rounds 4]
  python3 bench/gpu/models_dryrun.py lib --lib build/lib/libattnrt.so
"""
import argparse, json, os, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch
torch.cuda.get_device_name = lambda *a: "CPU dry run"
torch.cuda.synchronize = lambda *a: None
import bench_sdpa, model_shapes
bench_sdpa.MODELS_DEVICE = "cpu"

def cpu_time_ms(fns, reps=10, trials=15):
    ts = []
    for t in range(trials):
        t0 = time.perf_counter()
        for i in range(reps):
            fns[i % len(fns)]()
        ts.append((time.perf_counter() - t0) * 1e3 / reps)
    ts.sort()
    return ts[len(ts) // 2], ts[0], ts[-1]
bench_sdpa.time_ms = cpu_time_ms

ap = argparse.ArgumentParser()
ap.add_argument("mode", choices=["ok", "wrongrow", "raise", "raisetimed", "lib"])
ap.add_argument("--only", default="")
ap.add_argument("--lib", default="build/lib/libattnrt.so")
ap.add_argument("--rounds", type=int, default=4)
cli = ap.parse_args()
MODE = cli.mode
class FakeRt:
    def problem(self, q, k, v, o, causal, scale, mask=None, fill=None):
        return (q, k, v, o, causal, scale, mask)
    def run(self, p):
        q, k, v, o, causal, scale, mask = p
        if MODE == "raise" and q.shape[-1] == 160:
            raise RuntimeError("attnrt_run_on failed (3): stand-in refuses D 160")
        self.calls = getattr(self, "calls", 0) + 1
        if MODE == "raisetimed" and q.shape[-1] == 160 and self.calls > 1:
            raise RuntimeError("attnrt_run_on failed (3): stand-in fails D 160 after its check")
        B, Hq, Sq, D = q.shape
        Hkv, Sk = k.shape[1], k.shape[2]
        kk = k.double().repeat_interleave(Hq // Hkv, 1)
        vv = v.double().repeat_interleave(Hq // Hkv, 1)
        s = torch.einsum("bhqd,bhkd->bhqk", q.double(), kk) * scale
        if mask is not None:
            s = s.masked_fill(~mask, float("-inf")) if mask.dtype == torch.bool else s + mask.double()
        if causal:
            i = torch.arange(Sq)[:, None]; j = torch.arange(Sk)[None, :]
            off = 0 if causal == 1 else Sk - Sq
            s = s.masked_fill(j > i + off, float("-inf"))
        out = torch.einsum("bhqk,bhkd->bhqd", s.softmax(-1), vv)
        if MODE == "wrongrow" and Sq > 1 and Hq == Hkv:
            out[0, 0, Sq // 2] += 0.5  # one wrong row: a global relL2 would not see it
        o.copy_(out.to(o.dtype))

small = []
for s in model_shapes.SHAPES:
    f = dict(s._asdict())
    f["B"] = min(s.B, 2)
    if s.Sq == 1:
        f["Sk"] = 257 + s.Sk % 7
    elif s.Sq == s.Sk:
        f["Sq"] = f["Sk"] = min(s.Sq, 64 + s.Sq % 61)
    else:
        f["Sq"], f["Sk"] = 40, 40 * s.Sk // s.Sq
    small.append(model_shapes.Shape(**f))
assert not model_shapes.check(small), model_shapes.check(small)
model_shapes.SHAPES[:] = small
args = argparse.Namespace(only=cli.only, dtypes="bf16,f16", rounds=cli.rounds, out=f"/tmp/models-dryrun-{MODE}.md",
                          json=f"/tmp/models-dryrun-{MODE}.json", lib="stand-in")
if MODE == "lib":
    os.environ.setdefault("ATTNRT_BENCH_BACKEND", "cpu")
    torch.cuda.current_stream = lambda *a: argparse.Namespace(cuda_stream=0)
    args.lib = cli.lib
    rt = bench_sdpa.Attnrt(cli.lib)
else:
    rt = FakeRt()
rc = bench_sdpa.models(rt, args)
d = json.load(open(args.json))
print("rc", rc, "rows", len(d["rows"]), "geomean", d["geomean_x_best"], "status",
      sorted(set(r["status"] for r in d["rows"])))
sys.exit(rc)
