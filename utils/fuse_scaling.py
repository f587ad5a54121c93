#!/usr/bin/env python3
"""How attn-fuse's time grows with the number of attention blocks.

Builds modules with N attention blocks (N = 500 ... 8,000 by default, doubling), in
one function (`--layout one-func`, the default: every block in the same
function) or one function per block (`--layout per-func`); the blocks are
attn_gen.py blocks (mixed TOSA / linalg spellings, masks, causal, GQA, f16,
seeded), small shapes. Times `attn-opt --attn-fuse --mlir-timing` (median of
3: the whole command's wall time and the AttnFuse pass's own time from the
timing report) and checks that exactly N attn.flash_attention ops are formed. Prints a Markdown table; --append FILE
appends it with the date, machine and command.

`--blocks asserted-dyn` builds instead blocks with dynamic dims whose
equalities are known only through dominating `cf.assert(cmpi eq)` facts, as
torch-mlir writes them: alternately a GQA block with dynamic heads read with
`h floordiv 2` and cf.assert(Hq == Hkv * 2) (test/Transforms/
gqa-dynamic-heads.mlir: View/SizeProduct.cpp ProductReader::provablyEqual)
and a batch-broadcast copy of P whose batch is V's with cf.assert(V's batch
== Q's batch) (test/Transforms/extract-copy.mlir: View/ExtentEquality.cpp
provablySameExtent). Every block has its own arguments, so each proof needs
its own block's asserts: reading every earlier assert per question would be
quadratic in N (View/AssertedEqualityIndex.h looks them up by term).

This is a benchmark, not a test: nothing fails on time.
"""

import argparse
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import attn_gen  # noqa: E402
from attn_diff import count_fused  # noqa: E402


# Blocks whose sizes are equal only through a cf.assert (see the docstring).
# {i} is the block number; both take their own arguments.
ASSERTED_GQA = """\
  %hq{i} = tensor.dim %q{i}, %c1 : tensor<1x?x8x16xf32>
  %hk{i} = tensor.dim %k{i}, %c1 : tensor<1x?x8x16xf32>
  %hv{i} = tensor.dim %v{i}, %c1 : tensor<1x?x8x16xf32>
  %g{i} = arith.muli %hk{i}, %c2 : index
  %ok{i} = arith.cmpi eq, %hq{i}, %g{i} : index
  cf.assert %ok{i}, "query heads must be twice the kv heads"
  %okv{i} = arith.cmpi eq, %hk{i}, %hv{i} : index
  cf.assert %okv{i}, "K and V heads differ"
  %e0_{i} = tensor.empty(%hq{i}) : tensor<1x?x8x8xf32>
  %f0_{i} = linalg.fill ins(%z : f32) outs(%e0_{i} : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %s{i} = linalg.generic {{indexing_maps = [#qk_q, #qk_k, #qk_s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}} ins(%q{i}, %k{i} : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%f0_{i} : tensor<1x?x8x8xf32>) {{
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  }} -> tensor<1x?x8x8xf32>
  %p{i} = linalg.softmax dimension(3) ins(%s{i} : tensor<1x?x8x8xf32>) outs(%e0_{i} : tensor<1x?x8x8xf32>) -> tensor<1x?x8x8xf32>
  %o0_{i} = tensor.empty(%hq{i}) : tensor<1x?x8x16xf32>
  %of{i} = linalg.fill ins(%z : f32) outs(%o0_{i} : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  %o{i} = linalg.generic {{indexing_maps = [#pv_p, #pv_v, #pv_o], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}} ins(%p{i}, %v{i} : tensor<1x?x8x8xf32>, tensor<1x?x8x16xf32>) outs(%of{i} : tensor<1x?x8x16xf32>) {{
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %acc, %m : f32
    linalg.yield %r : f32
  }} -> tensor<1x?x8x16xf32>
"""
ASSERTED_GQA_TY = "tensor<1x?x8x16xf32>"

ASSERTED_COPY = """\
  %b{i} = tensor.dim %q{i}, %c0 : tensor<?x4x16x16xf32>
  %bv{i} = tensor.dim %v{i}, %c0 : tensor<?x4x16x16xf32>
  %q3_{i} = tensor.collapse_shape %q{i} [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %k3_{i} = tensor.collapse_shape %k{i} [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %v3_{i} = tensor.collapse_shape %v{i} [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %bh{i} = tensor.dim %q3_{i}, %c0 : tensor<?x16x16xf32>
  %s0_{i} = tensor.empty(%bh{i}) : tensor<?x16x16xf32>
  %sf{i} = linalg.fill ins(%z : f32) outs(%s0_{i} : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %s{i} = linalg.batch_matmul ins(%q3_{i}, %k3_{i} : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%sf{i} : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %sx{i} = tensor.expand_shape %s{i} [[0, 1], [2], [3]] output_shape [%b{i}, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
  %e0_{i} = tensor.empty(%b{i}) : tensor<?x4x16x16xf32>
  %p4_{i} = linalg.softmax dimension(3) ins(%sx{i} : tensor<?x4x16x16xf32>) outs(%e0_{i} : tensor<?x4x16x16xf32>) -> tensor<?x4x16x16xf32>
  %same{i} = arith.cmpi eq, %bv{i}, %b{i} : index
  cf.assert %same{i}, "mismatched size for broadcast"
  %o0_{i} = tensor.empty(%bv{i}) : tensor<?x4x16x16xf32>
  %pc{i} = linalg.generic {{indexing_maps = [#id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}} outs(%o0_{i} : tensor<?x4x16x16xf32>) {{
    ^bb0(%out: f32):
      %i0 = linalg.index 0 : index
      %i1 = linalg.index 1 : index
      %i2 = linalg.index 2 : index
      %i3 = linalg.index 3 : index
      %one = arith.cmpi eq, %b{i}, %c1 : index
      %ib = arith.select %one, %c0, %i0 : index
      %e = tensor.extract %p4_{i}[%ib, %i1, %i2, %i3] : tensor<?x4x16x16xf32>
      linalg.yield %e : f32
  }} -> tensor<?x4x16x16xf32>
  %pp{i} = tensor.collapse_shape %pc{i} [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
  %o3f{i} = linalg.fill ins(%z : f32) outs(%s0_{i} : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o3_{i} = linalg.batch_matmul ins(%pp{i}, %v3_{i} : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%o3f{i} : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
  %o{i} = tensor.expand_shape %o3_{i} [[0, 1], [2], [3]] output_shape [%b{i}, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
"""
ASSERTED_COPY_TY = "tensor<?x4x16x16xf32>"


def build_asserted_module(n, layout):
    """N blocks alternating ASSERTED_GQA and ASSERTED_COPY."""
    maps = """\
#qk_q = affine_map<(b, h, i, j, d) -> (b, h, i, d)>
#qk_k = affine_map<(b, h, i, j, d) -> (b, h floordiv 2, j, d)>
#qk_s = affine_map<(b, h, i, j, d) -> (b, h, i, j)>
#pv_p = affine_map<(b, h, i, d, j) -> (b, h, i, j)>
#pv_v = affine_map<(b, h, i, d, j) -> (b, h floordiv 2, j, d)>
#pv_o = affine_map<(b, h, i, d, j) -> (b, h, i, d)>
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
"""
    prologue = ("  %z = arith.constant 0.0 : f32\n  %c0 = arith.constant 0 : index\n"
                "  %c1 = arith.constant 1 : index\n  %c2 = arith.constant 2 : index\n")

    def func(name, blocks):
        args, body, results = [], [prologue], []
        for i in blocks:
            tmpl, ty = (ASSERTED_GQA, ASSERTED_GQA_TY) if i % 2 == 0 else \
                (ASSERTED_COPY, ASSERTED_COPY_TY)
            args += ["%%%s%d: %s" % (x, i, ty) for x in "qkv"]
            body.append(tmpl.format(i=i))
            results.append(("%%o%d" % i, ty))
        return "func.func @%s(%s) -> (%s) {\n%s  return %s : %s\n}" % (
            name, ", ".join(args), ", ".join(t for _, t in results), "".join(body),
            ", ".join(v for v, _ in results), ", ".join(t for _, t in results))

    if layout == "one-func":
        funcs = [func("attn", range(n))]
    else:
        funcs = [func("attn%d" % i, [i]) for i in range(n)]
    return maps + "module {\n" + "\n".join(funcs) + "\n}\n"


def build_module(n, seed, layout, gated):
    g = attn_gen.Gen(seed, exclude=gated, small=True)
    funcs = []
    fn = attn_gen.Fn()
    body = attn_gen.Emitter()
    results = []

    def close(fn, body, results, name):
        sig = ", ".join("%s: %s" % (a[0], a[1]) for a in fn.args)
        tys = ", ".join(v.ty(d) for v, d in results)
        lines = ["func.func @%s(%s) -> (%s) {" % (name, sig, tys)]
        lines += body.lines
        lines.append("  return %s : %s" % (", ".join(v.name for v, _ in results), tys))
        lines.append("}")
        return "\n".join(lines)

    for b in range(n):
        p = attn_gen.choose_block(g, None)
        emit = attn_gen.emit_tosa_block if p["family"] == "tosa" else attn_gen.emit_linalg_block
        outs, be = emit(g, body, fn, p, b)
        results.append((outs[0], be.dims))
        if layout == "per-func":
            funcs.append(close(fn, body, results, "attn%d" % b))
            fn, body, results = attn_gen.Fn(), attn_gen.Emitter(), []
    if layout == "one-func":
        funcs.append(close(fn, body, results, "attn"))
    return "module {\n" + "\n".join(funcs) + "\n}\n"


def timed(cmd, path, reps):
    """Median wall time of the whole command and of the AttnFuse pass
    (from --mlir-timing), and the output of the last run."""
    walls, passes = [], []
    out = None
    for _ in range(reps):
        t0 = time.perf_counter()
        p = subprocess.run(cmd + ["--mlir-timing", path], capture_output=True, text=True)
        walls.append(time.perf_counter() - t0)
        if p.returncode != 0:
            raise RuntimeError("%s failed: %s" % (" ".join(cmd), p.stderr[-2000:]))
        m = re.search(r"^\s*([\d.]+) \(\s*[\d.]+%\)\s+AttnFuse\s*$", p.stderr, re.M)
        passes.append(float(m.group(1)) if m else float("nan"))
        out = p.stdout
    return statistics.median(walls), statistics.median(passes), out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--attn-opt", default=os.path.join(ROOT, "build", "bin", "attn-opt"))
    ap.add_argument("--sizes", default="500,1000,2000,4000,8000")
    ap.add_argument("--layout", choices=["one-func", "per-func"], default="one-func")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--blocks", choices=["attn-gen", "asserted-dyn"], default="attn-gen",
                    help="attn_gen.py blocks, or dynamic-dim blocks proven through cf.asserts")
    ap.add_argument("--machine", default="dev box, 2 cores (cpp-kernels)")
    ap.add_argument("--append", help="append the table to this Markdown file")
    a = ap.parse_args()
    gated = attn_gen.read_gated()
    tmp = tempfile.mkdtemp(prefix="fuse-scaling-")
    rows = []
    for n in [int(x) for x in a.sizes.split(",")]:
        if a.blocks == "asserted-dyn":
            text = build_asserted_module(n, a.layout)
        else:
            text = build_module(n, a.seed, a.layout, gated)
        path = os.path.join(tmp, "n%d.mlir" % n)
        with open(path, "w") as f:
            f.write(text)
        wall, t_pass, out = timed([a.attn_opt, "--attn-fuse"], path, a.reps)
        fused = count_fused(out)
        ops = sum(1 for l in text.splitlines() if " = " in l)
        rows.append((n, ops, wall, t_pass, fused))
        print("N=%d: %d ops, attn-opt --attn-fuse %.3fs wall, AttnFuse pass %.4fs, fused %d" % (
            n, ops, wall, t_pass, fused), flush=True)
    lines = []
    lines.append("| N blocks | ops in module | attn-opt wall (s) | AttnFuse pass (s) | "
                 "pass time / N (ms) | pass time / op (us) | attn.flash_attention formed |")
    lines.append("| --- | --- | --- | --- | --- | --- | --- |")
    for n, ops, wall, tp, fused in rows:
        lines.append("| %d | %d | %.3f | %.4f | %.3f | %.2f | %d |" % (
            n, ops, wall, tp, 1000 * tp / n, 1e6 * tp / ops, fused))
    # Linearity: each doubling of N must keep the pass time per block (a
    # quadratic pass would double it). Timings of a few ms are noisy on a
    # shared 2-core machine, so the verdict uses the geometric mean of the
    # per-doubling ratios, and the worst one is shown too.
    per = [tp / n for n, _, _, tp, _ in rows]
    ratios = [per[i + 1] / per[i] * (rows[i][0] * 2.0 / rows[i + 1][0])
              for i in range(len(rows) - 1) if per[i] > 0]
    # (a step other than 2x is normalized to "per doubling" only roughly; the
    # default sizes double)
    gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else float("nan")
    worst = max(ratios) if ratios else float("nan")
    per_ms = ", ".join("%.3f" % (1000 * p) for p in per)
    if gm <= 1.3:
        verdict = ("linear: pass time per block (ms) %s; per doubling of N it changes by %.2fx "
                   "(geometric mean; worst %.2fx, a quadratic pass would give 2x)" % (per_ms, gm, worst))
    else:
        verdict = ("NOT linear: pass time per block (ms) %s; per doubling of N it grows %.2fx "
                   "(geometric mean; worst %.2fx)" % (per_ms, gm, worst))
    bad = [r for r in rows if r[4] != r[0]]
    if bad:
        verdict += "; WARNING: fused count differs from N for N=%s" % ",".join(str(r[0]) for r in bad)
    table = "\n".join(lines)
    print(table)
    print(verdict)
    if a.append:
        date = subprocess.run(["date", "-u"], capture_output=True, text=True).stdout.strip()
        cmd = "python3 utils/fuse_scaling.py --sizes %s --layout %s --reps %d --seed %d --blocks %s" % (
            a.sizes, a.layout, a.reps, a.seed, a.blocks)
        with open(a.append, "a") as f:
            f.write("\n## attn-fuse compile time vs number of attention blocks (%s)\n\n" % a.layout)
            f.write("- date: %s\n- machine: %s\n- command: `%s` (median of %d runs of "
                    "`attn-opt --attn-fuse --mlir-timing`; the pass column is the AttnFuse line of the timing report)\n" % (
                        date, a.machine, cmd, a.reps))
            what = ("N attn_gen.py blocks (mixed TOSA/linalg spellings, masks, causal, GQA, "
                    "f16/bf16, small shapes)" if a.blocks == "attn-gen" else
                    "N dynamic-dim blocks whose sizes are equal only through cf.assert(cmpi eq) "
                    "(alternately GQA with dynamic heads and a batch-broadcast copy of P)")
            f.write("- modules: %s %s\n\n" % (
                what, "in one function" if a.layout == "one-func" else "one function each"))
            f.write(table + "\n\n")
            f.write("Growth: %s.\n" % verdict)
    return 0


if __name__ == "__main__":
    sys.exit(main())
