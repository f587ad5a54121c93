#!/usr/bin/env python3
"""Differential test of attn-opt's fusion on generated attention graphs.

For every seed:
  1. generate a program with attn_gen.py (its header says how many blocks are
     attention: `expected_fused`, from the generator's own knowledge);
  2. `attn-opt --attn-fuse="report=true"`: positives must yield exactly
     `expected_fused` attn.flash_attention ops; a program with near misses
     must get a "not fused" remark (and a near-miss-only program zero ops);
  3. run the unfused program (`attn-opt --attn-lower-to-llvm`) and the fused
     one (`attn-opt --attn-fuse --attn-lower-to-llvm`) under mlir-runner and
     compare every printed output by relative L2 error; NaN/inf or a count
     mismatch fails.
A failing case is saved (program, outputs, logs) under a temp dir, whose path
is printed.  The closing line is `N passed, M failed`.

--oracle instead checks the generator itself: the program is lowered with
upstream mlir-opt only and compared with attn_ref.py's double-precision
recomputation of the recorded attention (no attn-opt involved).
"""

import argparse
import concurrent.futures as cf
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import attn_gen  # noqa: E402

ROOT = os.path.dirname(HERE)
LLVM_BIN = "/usr/lib/llvm-22/bin"
LLVM_LIB = "/usr/lib/llvm-22/lib"

# Tolerances on ||fused - unfused|| / ||unfused||.
#  f32 outputs: 1e-5.  Both sides accumulate in f32 (unit roundoff 6e-8) over
#   at most D, Sk <= 64 terms; the fused op only reorders the sums (online
#   softmax), so differences are a few ulps, far below 1e-5.
#  f16 / bf16 outputs: 1e-2.  The final result is rounded to the output type
#   on both sides: f16 unit roundoff is 2^-11 = 4.9e-4, bf16 2^-8 = 3.9e-3,
#   and a value that straddles a rounding boundary differs by one ulp; P is
#   rounded to f16/bf16 before P.V in the unfused graph while the fused
#   kernel may keep it in f32.  Together these stay well below 1e-2 (the
#   generator never accumulates bf16 and only accumulates Q.K^T in f16 for f16).
#  The class of an output is the lowest precision in its computation (the
#  block's operand type): an f32 output computed from f16 operands with P
#  rounded to f16 carries f16 rounding, so it is held to the f16 bar.
TOL = {"f32": 1e-5, "f16": 1e-2, "bf16": 1e-2}
# --oracle compares with a double-precision recomputation: the unfused program
# itself rounds (f32 sums, f16/bf16 casts), so its bar is looser; it checks the
# generator's structure (a wrong axis or mask gives O(1) errors), not rounding.
ORACLE_TOL = {"f32": 1e-4, "f16": 2e-2, "bf16": 3e-2}

NUM_RE = re.compile(r"-?(?:nan|inf)|-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?", re.I)


def parse_memrefs(text):
    """List of (sizes, values) for every printMemref output in text."""
    out = []
    parts = text.split("Unranked Memref")[1:]
    for part in parts:
        m = re.search(r"sizes = \[([^\]]*)\]", part)
        sizes = [int(x) for x in m.group(1).split(",") if x.strip()] if m else []
        d = part.split("data =", 1)
        vals = [float(x) for x in NUM_RE.findall(d[1])] if len(d) > 1 else []
        out.append((sizes, vals))
    return out


def rel_l2(a, b):
    num = math.fsum((x - y) ** 2 for x, y in zip(a, b))
    den = math.fsum(y * y for y in b)
    if den == 0.0:
        return math.sqrt(num)
    return math.sqrt(num / den)


class Tools:
    def __init__(self, build, snapshot=None, attn_opt=None):
        self.build = os.path.abspath(build)
        self.attn_opt = attn_opt or os.path.join(self.build, "bin", "attn-opt")
        self.libattnrt = os.path.join(self.build, "lib", "libattnrt.so")
        if snapshot and os.path.exists(self.attn_opt) and os.path.exists(self.libattnrt):
            # the build directory is shared and rebuilt under us: run a copy
            for sub, f in (("bin", self.attn_opt), ("lib", self.libattnrt)):
                os.makedirs(os.path.join(snapshot, sub), exist_ok=True)
                shutil.copy2(f, os.path.join(snapshot, sub))
            self.attn_opt = os.path.join(snapshot, "bin", "attn-opt")
            self.libattnrt = os.path.join(snapshot, "lib", "libattnrt.so")
        self.runner = os.path.join(LLVM_BIN, "mlir-runner")
        self.mlir_opt = os.path.join(LLVM_BIN, "mlir-opt")
        self.shared = ",".join([self.libattnrt, os.path.join(LLVM_LIB, "libmlir_runner_utils.so"),
                                os.path.join(LLVM_LIB, "libmlir_c_runner_utils.so")])


def run(cmd, timeout, stdin=None):
    t0 = time.time()
    try:
        p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr, time.time() - t0
    except subprocess.TimeoutExpired as ex:
        return 124, ex.stdout or "", (ex.stderr or "") + "\nTIMEOUT after %ss" % timeout, timeout


RT_CALL_RE = re.compile(r"llvm\.call @attnrt_\w*")
FA_RE = re.compile(r"=\s*attn\.flash_attention\b|\battn\.flash_attention\s+ins\(")


def count_fused(ir):
    return sum(1 for line in ir.splitlines() if FA_RE.search(line))


UPSTREAM_PIPE = ("builtin.module(func.func(tosa-to-linalg-named, tosa-to-linalg, tosa-to-arith, "
                 "tosa-to-tensor), one-shot-bufferize{bufferize-function-boundaries}, "
                 "func.func(convert-linalg-to-loops), convert-scf-to-cf, expand-strided-metadata, "
                 "lower-affine, finalize-memref-to-llvm, convert-math-to-llvm, convert-arith-to-llvm, "
                 "convert-func-to-llvm, convert-cf-to-llvm, reconcile-unrealized-casts)")
DECOMPOSE = """module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %sm = transform.structured.match ops{["linalg.softmax"]} in %root : (!transform.any_op) -> !transform.any_op
    %d = transform.structured.decompose_interface %sm : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
"""


def check_outputs(meta, outs, tag):
    """Counts, NaN; returns error string or None."""
    exp = meta["outputs"]
    if len(outs) != len(exp):
        return "%s: %d outputs printed, expected %d" % (tag, len(outs), len(exp))
    for i, ((sizes, vals), e) in enumerate(zip(outs, exp)):
        n = 1
        for s in e["shape"]:
            n *= s
        if sizes != e["shape"] or len(vals) != n:
            return "%s: output %d has sizes %s and %d values, expected %s and %d" % (
                tag, i, sizes, len(vals), e["shape"], n)
        if any(math.isnan(v) or math.isinf(v) for v in vals):
            return "%s: output %d has NaN/inf" % (tag, i)
    return None


def run_case(seed, args, tools, gated):
    """Returns dict(seed, ok, msg, meta, files)."""
    if isinstance(seed, str):  # a saved program (its ATTN-GEN header says what it is)
        text = open(seed).read()
        meta = json.loads(text.split("// ATTN-GEN: ", 1)[1].split("\n", 1)[0])
        seed = meta["seed"]
    else:
        text, meta = attn_gen.generate(seed, exclude=gated, small=args.small,
                                       near_miss_rate=args.near_miss_rate)
    work = tempfile.mkdtemp(prefix="attn-diff-%d-" % seed, dir=args.tmp)
    src = os.path.join(work, "case.mlir")
    with open(src, "w") as f:
        f.write(text)
    res = {"seed": seed, "ok": False, "msg": "", "meta": meta, "dir": work, "times": {}}
    T = args.timeout

    def save(name, data):
        with open(os.path.join(work, name), "w") as f:
            f.write(data)

    def fail(msg):
        res["msg"] = msg
        return res

    # 0. upstream parses and verifies the program (the generator's own bar)
    rc, _, err, _ = run([tools.mlir_opt, src, "-o", os.devnull], T)
    if rc != 0:
        save("mlir-opt.err", err)
        return fail("generated program rejected by upstream mlir-opt: " + first_error(err))

    if args.oracle:
        return oracle_case(res, src, meta, tools, work, T, save, fail)

    # 1. fusion with report
    rc, out, err, t = run([tools.attn_opt, src, '--attn-fuse=report=true'], T)
    res["times"]["fuse"] = t
    save("fused.mlir", out)
    save("fuse.err", err)
    if rc != 0:
        return fail("attn-opt --attn-fuse failed (rc=%d): %s" % (rc, first_error(err)))
    n = count_fused(out)
    res["fused"] = n
    exp = meta["expected_fused"]
    nm = meta["near_misses"]
    count_err = None
    if n < exp:
        count_err = "missed fusion: %d attn.flash_attention, expected %d (%s)" % (
            n, exp, remark_summary(err))
    elif n > exp + len(meta.get("twins", [])):
        count_err = "fused a near miss: %d attn.flash_attention, expected %d%s (near misses: %s)" % (
            n, exp, (" + up to %d twins" % len(meta["twins"])) if meta.get("twins") else "",
            ",".join(nm))
    elif nm and not re.search(r"not fused", err, re.I):
        count_err = "near miss (%s) without a 'not fused' remark" % ",".join(nm)

    def fail(msg):
        # a count failure is reported with what the numbers said
        res["msg"] = (count_err + "; numerics: " + msg) if count_err else msg
        return res

    # 2. unfused / fused numerics
    outs = {}
    for name, passes in (("unfused", ["--attn-lower-to-llvm"]),
                         ("fused", ["--attn-fuse", "--attn-lower-to-llvm"])):
        rc, ll, err, t = run([tools.attn_opt, src] + passes, T)
        res["times"][name + "-lower"] = t
        if rc != 0:
            save(name + ".lower.err", err)
            return fail("attn-opt %s failed (rc=%d): %s" % (" ".join(passes), rc, first_error(err)))
        llp = os.path.join(work, name + ".ll.mlir")
        with open(llp, "w") as f:
            f.write(ll)
        # the fused program must call the runtime once per fused op, the
        # unfused one never (--attn-lower-to-llvm does not fuse)
        calls = len(RT_CALL_RE.findall(ll))
        if name == "unfused" and calls:
            return fail("the unfused program calls libattnrt (%d calls): "
                        "--attn-lower-to-llvm fused something" % calls)
        if name == "fused" and calls < n:
            return fail("the fused program has %d libattnrt calls for %d attn.flash_attention" % (
                calls, n))
        rc, so, se, t = run([tools.runner, llp, "-e", "main", "-entry-point-result=void",
                             "-shared-libs=" + tools.shared], T)
        res["times"][name + "-run"] = t
        save(name + ".out", so)
        if rc != 0:
            save(name + ".run.err", se)
            return fail("mlir-runner on the %s program failed (rc=%d): %s" % (
                name, rc, first_error(se)))
        outs[name] = parse_memrefs(so)
        e = check_outputs(meta, outs[name], name)
        if e:
            return fail(e)
    worst = 0.0
    for i, ((_, a), (_, b), o) in enumerate(zip(outs["fused"], outs["unfused"], meta["outputs"])):
        err = rel_l2(a, b)
        worst = max(worst, err)
        cls = lowest(o["et"], o["prec"])
        if not err <= TOL[cls]:
            return fail("MISCOMPILE: output %d (%s, %s operands) differs: relative L2 %.3g > %g" % (
                i, o["et"], o["prec"], err, TOL[cls]))
    if count_err:
        return fail("fused and unfused agree (worst relative L2 %.2g)" % worst)
    res["ok"] = True
    res["msg"] = "fused %d/%d%s, rel L2 %.2g" % (
        n, exp, (" (+%d twins allowed)" % len(meta["twins"])) if meta.get("twins") else "", worst)
    return res


def oracle_case(res, src, meta, tools, work, T, save, fail):
    import attn_ref
    dec = os.path.join(work, "decompose.mlir")
    with open(dec, "w") as f:
        f.write(DECOMPOSE)
    rc, o1, err, _ = run([tools.mlir_opt, src, "--transform-preload-library=transform-library-paths=" + dec,
                          "--transform-interpreter"], T)
    if rc != 0:
        return fail("upstream softmax decomposition failed: " + first_error(err))
    rc, ll, err, _ = run([tools.mlir_opt, "--pass-pipeline=" + UPSTREAM_PIPE], T, stdin=o1)
    if rc != 0:
        save("lower.err", err)
        return fail("upstream lowering failed: " + first_error(err))
    llp = os.path.join(work, "upstream.ll.mlir")
    with open(llp, "w") as f:
        f.write(ll)
    shared = ",".join([os.path.join(LLVM_LIB, "libmlir_runner_utils.so"),
                       os.path.join(LLVM_LIB, "libmlir_c_runner_utils.so")])
    rc, so, se, _ = run([tools.runner, llp, "-e", "main", "-entry-point-result=void",
                         "-shared-libs=" + shared], T)
    save("upstream.out", so)
    if rc != 0:
        return fail("mlir-runner failed: " + first_error(se))
    outs = parse_memrefs(so)
    e = check_outputs(meta, outs, "upstream")
    if e:
        return fail(e)
    refs = attn_ref.program_ref(meta)
    if len(refs) != len(outs):
        return fail("oracle has %d outputs, program printed %d" % (len(refs), len(outs)))
    worst = 0.0
    checked = 0
    for i, ((_, a), r, o) in enumerate(zip(outs, refs, meta["outputs"])):
        if r is None:
            continue
        cls = lowest(o["et"], o["prec"])
        if isinstance(r, tuple):
            err = rel_l2(a, r[1])
            # it must differ by more than the differential tolerance, so that
            # fusing it as attention would be caught numerically too
            if err <= 2 * TOL[cls]:
                return fail("oracle: near-miss output %d equals the attention it resembles "
                            "(relative L2 %.3g): not a near miss" % (i, err))
            continue
        checked += 1
        err = rel_l2(a, r)
        worst = max(worst, err)
        cls = lowest(o["et"], o["prec"])
        if not err <= ORACLE_TOL[cls]:
            return fail("oracle: output %d (%s) relative L2 %.3g > %g" % (i, cls, err,
                                                                       ORACLE_TOL[cls]))
    res["ok"] = True
    res["msg"] = "oracle: %d outputs checked, rel L2 %.2g" % (checked, worst)
    return res


def lowest(a, b):
    order = ["bf16", "f16", "f32"]
    return order[min(order.index(a), order.index(b))]


def first_error(err):
    for line in err.splitlines():
        if "error" in line.lower() or "timeout" in line.lower() or "sanitizer" in line.lower():
            return line.strip()[:300]
    lines = [l for l in err.splitlines() if l.strip()]
    return (lines[-1].strip()[:300] if lines else "(no message)")


def remark_summary(err):
    rs = [l.split("remark:", 1)[1].strip() for l in err.splitlines() if "remark:" in l]
    return "; ".join(rs)[:400] if rs else "no remarks"


def label(s):
    return "seed %d" % s if isinstance(s, int) else os.path.basename(s)


def describe(meta):
    bs = []
    for p in meta["blocks"]:
        d = "%s/%s/%s" % (p["family"], p["layout"], p["et"])
        if p["nm"]:
            d += " NEAR-MISS:" + p["nm"]
        if p.get("twin"):
            d += " TWIN:" + p["twin"]
        bs.append(d)
    return " + ".join(bs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1, help="first seed")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seeds", help="comma-separated explicit seeds (overrides --seed/--count)")
    ap.add_argument("files", nargs="*", help="saved attn_gen.py programs to check instead of seeds")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--attn-opt", help="attn-opt to test (default: BUILD/bin/attn-opt)")
    ap.add_argument("--small", action="store_true", help="small shapes (CI)")
    ap.add_argument("--include-unsupported", action="store_true",
                    help="also generate the spellings gated in test/Differential/KNOWN_GAPS.md")
    ap.add_argument("--near-miss-rate", type=float, default=0.3)
    ap.add_argument("--oracle", action="store_true",
                    help="check the generator against attn_ref.py with upstream MLIR only")
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--tmp", default=None, help="where case directories go")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="run build/ in place instead of a copy of attn-opt and libattnrt.so")
    ap.add_argument("--keep", action="store_true", help="keep passing cases' directories")
    ap.add_argument("-q", "--quiet", action="store_true", help="print failures only")
    ap.add_argument("--json", help="write per-case results here")
    ap.add_argument("--min-positives", type=int, default=0,
                    help="fail unless the set holds at least this many attention blocks")
    ap.add_argument("--min-near-misses", type=int, default=0,
                    help="fail unless the set holds at least this many near misses")
    a = ap.parse_args()
    if a.tmp is None:
        a.tmp = tempfile.mkdtemp(prefix="attn-diff-")
    os.makedirs(a.tmp, exist_ok=True)
    tools = Tools(a.build, None if (a.no_snapshot or a.attn_opt) else os.path.join(a.tmp, "tools"),
                  a.attn_opt)
    if not a.oracle:
        for t in (tools.attn_opt, tools.libattnrt):
            if not os.path.exists(t):
                print("error: %s not found (build first: ninja -C build)" % t)
                return 2
    gated = () if a.include_unsupported else attn_gen.read_gated()
    if a.files:
        seeds = a.files
    else:
        seeds = [int(s) for s in a.seeds.split(",")] if a.seeds else list(range(a.seed, a.seed + a.count))
    print("attn_diff: %d seeds, %s, %d workers, gated spellings: %s" % (
        len(seeds), "oracle (upstream MLIR vs attn_ref.py)" if a.oracle else "fused vs unfused",
        a.jobs, ", ".join(gated) if gated else "none"), flush=True)
    passed = failed = 0
    results = []
    t0 = time.time()
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        futs = {ex.submit(run_case, s, a, tools, gated): s for s in seeds}
        for fut in cf.as_completed(futs):
            s = futs[fut]
            try:
                r = fut.result()
            except Exception as exn:  # a generator bug is a failure too
                import traceback
                r = {"seed": s, "ok": False, "msg": "exception: %r\n%s" % (exn, traceback.format_exc()),
                     "meta": {"blocks": []}, "dir": ""}
            results.append(r)
            if r["ok"]:
                passed += 1
                if not a.keep and r.get("dir"):
                    shutil.rmtree(r["dir"], ignore_errors=True)
                if not a.quiet:
                    print("PASS %s [%s]: %s" % (label(s), describe(r["meta"]), r["msg"]), flush=True)
            else:
                failed += 1
                print("FAIL %s [%s]: %s" % (label(s), describe(r["meta"]), r["msg"]), flush=True)
                if r.get("dir"):
                    print("     reproducer: %s/case.mlir  (regenerate: utils/attn_gen.py --seed %s%s%s)" % (
                        r["dir"], r["seed"], " --small" if a.small else "",
                        " --include-unsupported" if a.include_unsupported else ""), flush=True)
    n_pos = sum(r["meta"].get("expected_fused", 0) for r in results)
    n_nm = sum(len(r["meta"].get("near_misses", [])) for r in results)
    n_tw = sum(len(r["meta"].get("twins", [])) for r in results)
    n_found = sum(r.get("fused", 0) for r in results)
    print("attn_diff: %d attention blocks that must fuse, %d near misses, %d transposed twins; "
          "%d attn.flash_attention formed" % (n_pos, n_nm, n_tw, n_found))
    coverage_ok = True
    if n_pos < a.min_positives or n_nm < a.min_near_misses:
        print("error: too little coverage (need >= %d attention blocks and >= %d near misses)" % (
            a.min_positives, a.min_near_misses))
        coverage_ok = False
    if a.json:
        with open(a.json, "w") as f:
            json.dump([{k: v for k, v in r.items()} for r in sorted(results, key=lambda r: r["seed"])],
                      f, indent=1, default=str)
    print("attn_diff: %.0fs; case directories under %s" % (time.time() - t0, a.tmp))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and coverage_ok else 1


if __name__ == "__main__":
    sys.exit(main())
