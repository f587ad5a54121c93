#!/usr/bin/env python3
"""Differential test of attn-opt's fusion on generated attention graphs.

For every seed:
  1. generate a program with attn_gen.py (its header says how many blocks are
     attention: `expected_fused`, from the generator's own record of what it
     built, never from the pass; semantic-class programs (attn_gen_sem.py) also
     say which of them are gated in KNOWN_GAPS.md and which near misses are
     known miscompiles there);
  2. `attn-opt --attn-fuse="report=true"`: positives must yield exactly
     `expected_fused` attn.flash_attention ops (gated positives and transposed
     twins may add one each); a program with near misses must get a "not
     fused" remark and no op for them;
  3. run the unfused program (`attn-opt --attn-lower-to-llvm`) and the fused
     one (`attn-opt --attn-fuse --attn-lower-to-llvm`), run by attncheck's
     Toolchain.run (under mlir-runner, or compiled at -O0 when large), and
     compare every printed output ROW by ROW (compare_rows below): NaN where
     and only where the unfused program prints NaN, the same infinities, and a
     per-row max-abs error within the tolerance of the output's dtype.
A failing case is saved (program, outputs, logs) under a temp dir, whose path
is printed.  A near miss listed under "Known miscompiles" in KNOWN_GAPS.md
that fuses is reported as XFAIL (a known soundness bug, not hidden: the
summary counts it); anything else that fails is FAIL.  The closing line is
`N passed, M failed` (XFAILs count as passed there and are listed above it).

--oracle instead checks the generator itself: the program is lowered with
upstream mlir-opt only and compared, row by row, with attn_ref.py's
double-precision recomputation of what it computes (no attn-opt involved);
near misses must differ from the attention they resemble on some row.

--compare A B compares two saved mlir-runner outputs row by row (the
harness self-test uses it).
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
import attncheck  # noqa: E402
from attncheck.toolchain import Toolchain, ToolError, count_fused  # noqa: E402

ROOT = os.path.dirname(HERE)

# ---------------------------------------------------------------------------
# Per-row comparison: utils/attncheck (compare.py's "max-abs" criterion,
# tolerance.py's MAX_ABS_TOLERANCES and the reasons for them).
#
# A row is one vector along the last dim of a printed output (one query row
# of an attention result: Dv values).  For every row:
#   - NaN where and only where the reference has NaN (element by element);
#   - an infinity where and only where the reference has the same infinity;
#   - err = max |got - want| / max(1, max |want|) over the row's finite
#     elements must be <= ROW_TOL[dtype].
#   - an output whose Q.K^T accumulates in f16 (the generator records `acc`:
#     attn_gen.py's `cast: f16_scores`) is held to the f16 bar plus the
#     derived accumulation term (attncheck's f16_accumulation_max_abs_tolerance
#     of D terms and the logit scale), and to nothing looser anywhere else.
ROW_TOL = attncheck.MAX_ABS_TOLERANCES


def output_tolerance(o, table=None):
    """The per-row bar for output record `o` (attn_gen.py's meta["outputs"]
    entry): `table` (ROW_TOL by default) of the output's precision class, plus
    the f16-accumulation term when its block accumulates Q.K^T in f16."""
    table = table or ROW_TOL
    tol = table[lowest(o["et"], o["prec"])]
    acc = o.get("acc")
    if acc:
        if acc.get("et") != "f16":
            raise ValueError("no derived bar for accumulation in %s" % acc.get("et"))
        tol += (attncheck.f16_accumulation_max_abs_tolerance(acc["terms"], acc["scale"]) -
                ROW_TOL["f16"])
    return tol


def compare_rows(got, want, shape, tol):
    """Compare two flat row-major outputs of `shape` row by row.  Returns
    (worst_err, bad): bad is None or (row_index, message) for the first row
    that fails.  NaN must match NaN element by element, infinities must
    match exactly, finite elements within `tol` (attncheck's "max-abs")."""
    if len(got) != len(want):
        return math.inf, (-1, "%d values, expected %d" % (len(got), len(want)))
    n = shape[-1] if shape else 1
    if n == 0 or not got:
        return 0.0, None
    worst = 0.0
    for r in range(len(want) // n):
        g, w = got[r * n:(r + 1) * n], want[r * n:(r + 1) * n]
        mismatch = attncheck.nonfinite_mismatch(g, w)
        if mismatch:
            return math.inf, (r, "NaN/inf mismatch: " + mismatch)
        err = attncheck.row_error(g, w, "max-abs")
        worst = max(worst, err)
        if not err <= tol:
            return worst, (r, "max-abs error %.3g > %g (row of %d values)" % (err, tol, n))
    return worst, None


def row_index(shape, r):
    """Index tuple (without the last dim) of row r of `shape`."""
    idx = []
    for s in reversed(shape[:-1]):
        idx.append(r % s if s else 0)
        r //= s if s else 1
    return tuple(reversed(idx))


# --oracle compares with a double-precision recomputation of the program's
# arithmetic; the program itself rounds sums in f32 in another order, so the
# bar is looser than ROW_TOL; it checks the generator's structure (a wrong
# axis, mask or fill gives O(1) errors), not rounding.
ORACLE_TOL = {"f32": 1e-4, "f16": 1.6e-2, "bf16": 4e-2}
# --- end of the per-row comparison ------------------------------------------

def parse_memrefs(text):
    """List of (sizes, values) for every printMemref output in text
    (attncheck's parser; a memref whose value count does not match its
    sizes raises attncheck.ParseError)."""
    return [(m.sizes, m.values) for m in attncheck.parse_memrefs(text)]


class Tools(Toolchain):
    """attncheck's toolchain (the one recipe that lowers fused or unfused and
    runs, see Toolchain.run), optionally on a snapshot of attn-opt and
    libattnrt, plus upstream mlir-opt for the generator's own bar and the
    oracle's upstream lowering."""

    def __init__(self, build, snapshot=None, attn_opt=None, timeout=300):
        super().__init__(build, attn_opt=attn_opt, timeout=timeout)
        if snapshot and os.path.exists(self.attn_opt) and os.path.exists(self.libattnrt):
            # the build directory is shared and rebuilt under us: run a copy
            for sub, f in (("bin", self.attn_opt), ("lib", self.libattnrt)):
                os.makedirs(os.path.join(snapshot, sub), exist_ok=True)
                shutil.copy2(f, os.path.join(snapshot, sub))
            self.attn_opt = os.path.join(snapshot, "bin", "attn-opt")
            self.libattnrt = os.path.join(snapshot, "lib", "libattnrt.so")
            self.shared_libs[0] = self.libattnrt
        self.mlir_opt = os.path.join(self.llvm_dir, "bin", "mlir-opt")


def run(cmd, timeout, stdin=None):
    t0 = time.time()
    try:
        p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr, time.time() - t0
    except subprocess.TimeoutExpired as ex:
        return 124, ex.stdout or "", (ex.stderr or "") + "\nTIMEOUT after %ss" % timeout, timeout


RT_CALL_RE = re.compile(r"llvm\.call @attnrt_\w*")


def timed(res, key, fn, *args, **kw):
    """fn(*args, **kw), its wall time recorded as res["times"][key]."""
    t0 = time.time()
    try:
        return fn(*args, **kw)
    finally:
        res["times"][key] = time.time() - t0


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
        if not e.get("nan_ok") and any(math.isnan(v) or math.isinf(v) for v in vals):
            # the spelling generator never makes NaN/inf: its programs must not print them
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
                                       near_miss_rate=args.near_miss_rate,
                                       sem_rate=args.sem_rate,
                                       gated_classes=() if args.include_unsupported else None,
                                       known_miscompiles=() if args.no_known_miscompiles else None)
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
    if meta.get("known_miscompile"):
        # any failure from here on is the known one (reported as XFAIL)
        res["xfail"] = "known miscompile (KNOWN_GAPS.md: %s)" % ", ".join(meta["known_miscompile"])

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
    twins = len(meta.get("twins", []))
    gated = 1 if meta.get("gated") else 0
    count_err = None
    if n < exp:
        count_err = "missed fusion: %d attn.flash_attention, expected %d (%s)" % (
            n, exp, remark_summary(err))
    elif n > exp + twins + gated:
        count_err = "fused a near miss: %d attn.flash_attention, expected %d%s%s (near misses: %s)" % (
            n, exp, (" + up to %d twins" % twins) if twins else "",
            " + 1 gated" if gated else "", ",".join(nm))
        res["nm_fused"] = True
    elif nm and meta.get("kind") != "sem" and not re.search(r"not fused", err, re.I):
        # (a semantic-class near miss whose positive spelling the matcher does
        # not recognize gets no remark: the count and the numbers decide)
        count_err = "near miss (%s) without a 'not fused' remark" % ",".join(nm)

    def fail(msg):
        # a count failure is reported with what the numbers said
        res["msg"] = (count_err + "; numerics: " + msg) if count_err else msg
        return res

    # 2. unfused / fused numerics
    outs = {}
    for name in ("unfused", "fused"):
        try:
            ll = timed(res, name + "-lower", tools.lower, src, fused=name == "fused")
        except ToolError as exn:
            save(name + ".lower.err", str(exn))
            return fail("attn-opt%s --attn-lower-to-llvm failed: %s" % (
                " --attn-fuse" if name == "fused" else "", first_error(str(exn))))
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
        try:
            so = timed(res, name + "-run", tools.run, ll)
        except ToolError as exn:
            save(name + ".out", exn.stdout)
            save(name + ".run.err", str(exn))
            return fail("mlir-runner on the %s program failed: %s" % (name, first_error(str(exn))))
        save(name + ".out", so)
        try:
            outs[name] = parse_memrefs(so)
        except attncheck.ParseError as exn:
            return fail("the %s program's output is unreadable: %s" % (name, exn))
        e = check_outputs(meta, outs[name], name)
        if e:
            return fail(e)
    worst = 0.0
    res["worst_per_output"] = []  # (worst row error, bar) of each output, for --json
    for i, ((_, a), (_, b), o) in enumerate(zip(outs["fused"], outs["unfused"], meta["outputs"])):
        w, bad = compare_rows(a, b, o["shape"], output_tolerance(o))
        worst = max(worst, w)
        res["worst_per_output"].append((w, output_tolerance(o)))
        if bad:
            res["mismatch"] = True
            return fail("MISCOMPILE: output %d (%s, %s operands%s) row %s: %s" % (
                i, o["et"], o["prec"],
                ", Q.K^T of %d terms accumulated in f16" % o["acc"]["terms"] if o.get("acc") else "",
                row_index(o["shape"], bad[0]), bad[1]))
    res["worst"] = worst
    if count_err:
        return fail("fused and unfused agree on every row (worst row error %.2g)" % worst)
    res["ok"] = True
    res["msg"] = "fused %d/%d%s%s, worst row error %.2g" % (
        n, exp, (" (+%d twins allowed)" % twins) if twins else "",
        (" (gated: %s)" % ",".join(meta["gated"])) if gated else "", worst)
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
    # the upstream program never calls libattnrt: MLIR's runner libraries only
    rc, so, se, _ = run([tools.runner, llp, "-e", "main", "-entry-point-result=void",
                         "-shared-libs=" + ",".join(tools.shared_libs[1:])], T)
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
        shape = o["shape"]
        if isinstance(r, tuple):
            kind, prog, resembled = r if r[0] == "nm" else ("differs", None, r[1])
            if prog is not None:
                w, bad = compare_rows(a, prog, shape, output_tolerance(o, ORACLE_TOL))
                if bad:
                    return fail("oracle: near-miss output %d row %s: %s" % (
                        i, row_index(shape, bad[0]), bad[1]))
                checked += 1
            if resembled is not None:
                # it must differ on some row by more than twice the
                # differential tolerance, so that fusing it as the attention
                # it resembles would be caught by the numbers
                _, bad = compare_rows(a, resembled, shape, 2 * output_tolerance(o))
                if bad is None:
                    return fail("oracle: near-miss output %d equals the attention it resembles "
                                "on every row: not a near miss" % i)
            continue
        checked += 1
        w, bad = compare_rows(a, r, shape, output_tolerance(o, ORACLE_TOL))
        worst = max(worst, w)
        if bad:
            return fail("oracle: output %d (%s) row %s: %s" % (i, cls, row_index(shape, bad[0]),
                                                            bad[1]))
    res["ok"] = True
    res["msg"] = "oracle: %d outputs checked, worst row error %.2g" % (checked, worst)
    return res


def lowest(a, b):
    order = ["bf16", "f16", "f32"]
    return order[min(order.index(a), order.index(b))]


def first_error(err):
    for line in err.splitlines():
        if line.startswith("attnrt:"):  # the runtime's own message, before the stack dump
            return line.strip()[:300]
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
        if p.get("kind") == "sem":
            role = "NEAR-MISS" if p["nm"] else ("OPTIONAL" if p.get("twin") else "POS")
            bs.append("sem:%s %s/%s%s" % (p["sem"], role, p["et"],
                                          " GATED" if meta.get("gated") else ""))
            continue
        d = "%s/%s/%s" % (p["family"], p["layout"], p["et"])
        if p["nm"]:
            d += " NEAR-MISS:" + p["nm"]
        if p.get("twin"):
            d += " TWIN:" + p["twin"]
        bs.append(d)
    return " + ".join(bs)


def summarize(results, a):
    """Print the counts; returns False when the set is too small."""
    metas = [r["meta"] for r in results]
    n_pos = sum(m.get("expected_fused", 0) for m in metas)
    n_nm = sum(len(m.get("near_misses", [])) for m in metas)
    n_tw = sum(len(m.get("twins", [])) for m in metas)
    n_found = sum(r.get("fused", 0) for r in results)
    n_sem = sum(1 for m in metas if m.get("kind") == "sem")
    print("attn_diff: %d graphs (%d of the semantic classes); %d attention blocks that must fuse, "
          "%d near misses, %d transposed twins; %d attn.flash_attention formed" % (
              len(results), n_sem, n_pos, n_nm, n_tw, n_found))
    if not a.oracle:
        nm_fused = [r for r in results if r.get("nm_fused")]
        print("attn_diff: near misses refused: %d of %d; fused: %d (%s)" % (
            n_nm - len(nm_fused), n_nm, len(nm_fused),
            ", ".join("seed %s %s" % (r["seed"], "/".join(r["meta"]["near_misses"]))
                      for r in sorted(nm_fused, key=lambda r: r["seed"])) or "none"))
        mism = sorted(r["seed"] for r in results if r.get("mismatch"))
        print("attn_diff: numeric mismatches (fused vs unfused, per row): %d%s" % (
            len(mism), (" (seeds %s)" % ", ".join(map(str, mism))) if mism else ""))
        gated = {}
        for r in results:
            for t in r["meta"].get("gated", []):
                gated.setdefault(t, [0, 0])
                gated[t][0] += 1
                gated[t][1] += 1 if r.get("fused", 0) else 0
        if gated:
            print("attn_diff: gated classes (KNOWN_GAPS.md; generated, fusion not required): " +
                  "; ".join("%s %d generated, %d fused" % (t, c[0], c[1])
                            for t, c in sorted(gated.items())))
    ok = True
    if n_pos < a.min_positives or n_nm < a.min_near_misses or n_sem < a.min_sem:
        print("error: too little coverage (need >= %d attention blocks, >= %d near misses, "
              ">= %d semantic-class programs)" % (a.min_positives, a.min_near_misses, a.min_sem))
        ok = False
    return ok


def dtype_tolerance(spec):
    """--dtype: f32 / f16 / bf16, or f16-accumulation:TERMS:SCALE (an output
    whose Q.K^T of TERMS products accumulates in f16, logits SCALE * scores)."""
    if spec.startswith("f16-accumulation:"):
        _, terms, scale = spec.split(":")
        return output_tolerance({"et": "f16", "prec": "f16",
                                 "acc": {"et": "f16", "terms": int(terms), "scale": float(scale)}})
    return ROW_TOL[spec]


def compare_files(got_path, want_path, dtype):
    """--compare: row-by-row comparison of two saved mlir-runner outputs."""
    got, want = parse_memrefs(open(got_path).read()), parse_memrefs(open(want_path).read())
    if len(got) != len(want):
        print("FAIL: %d outputs, expected %d" % (len(got), len(want)))
        return 1
    status = 0
    for i, ((gs, g), (ws, w)) in enumerate(zip(got, want)):
        if gs != ws:
            print("FAIL: output %d has sizes %s, expected %s" % (i, gs, ws))
            status = 1
            continue
        worst, bad = compare_rows(g, w, ws, dtype_tolerance(dtype))
        if bad:
            print("FAIL: output %d row %s: %s" % (i, row_index(ws, bad[0]), bad[1]))
            status = 1
        else:
            print("ok: output %d, %d rows, worst row error %.2g (tol %.3g)" % (
                i, len(w) // ws[-1] if ws and ws[-1] else 0, worst, dtype_tolerance(dtype)))
    return status


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
    ap.add_argument("--min-sem", type=int, default=0,
                    help="fail unless the set holds at least this many semantic-class programs")
    ap.add_argument("--sem-rate", type=float, default=attn_gen.SEM_RATE,
                    help="fraction of seeds that are semantic-class programs (attn_gen_sem.py)")
    ap.add_argument("--no-known-miscompiles", action="store_true",
                    help="ignore KNOWN_GAPS.md 'Known miscompiles': such cases FAIL instead of XFAIL")
    ap.add_argument("--compare", nargs=2, metavar=("GOT", "WANT"),
                    help="compare two saved mlir-runner outputs row by row and exit")
    ap.add_argument("--dtype", default="f32",
                    help="with --compare: the outputs' class: f32, f16, bf16 or "
                         "f16-accumulation:TERMS:SCALE")
    a = ap.parse_args()
    if a.compare:
        return compare_files(a.compare[0], a.compare[1], a.dtype)
    if a.tmp is None:
        a.tmp = tempfile.mkdtemp(prefix="attn-diff-")
    os.makedirs(a.tmp, exist_ok=True)
    tools = Tools(a.build, None if (a.no_snapshot or a.attn_opt) else os.path.join(a.tmp, "tools"),
                  a.attn_opt, a.timeout)
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
            elif r.get("xfail"):
                passed += 1
                print("XFAIL %s [%s]: %s: %s" % (label(s), describe(r["meta"]), r["xfail"], r["msg"]),
                      flush=True)
            else:
                failed += 1
                print("FAIL %s [%s]: %s" % (label(s), describe(r["meta"]), r["msg"]), flush=True)
                if r.get("dir"):
                    print("     reproducer: %s/case.mlir  (regenerate: utils/attn_gen.py --seed %s%s%s%s)" % (
                        r["dir"], r["seed"], " --small" if a.small else "",
                        " --include-unsupported" if a.include_unsupported else "",
                        (" --sem-rate %g" % a.sem_rate) if a.sem_rate != attn_gen.SEM_RATE else ""),
                          flush=True)
    coverage_ok = summarize(results, a)
    if a.json:
        with open(a.json, "w") as f:
            json.dump([{k: v for k, v in r.items()} for r in sorted(results, key=lambda r: r["seed"])],
                      f, indent=1, default=str)
    print("attn_diff: %.0fs; case directories under %s" % (time.time() - t0, a.tmp))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and coverage_ok else 1


if __name__ == "__main__":
    sys.exit(main())
