#!/usr/bin/env python3
"""Fused vs unfused on the frontend corpus (test/Frontends/Inputs/*.mlir).

For every corpus file (its `// FRONTEND: {json}` header says what it is, see
frontends/corpus.py):
  0. upstream mlir-opt must accept every file (one mlir-opt process for
     all of them, --split-input-file; a file it rejects is named);
  1. `attn-opt --attn-fuse=report=true`: the number of attn.flash_attention
     formed must equal the model's config count (`expected_blocks`) minus the
     file's entries in the known-misses list (--known-misses): a lost fusion
     fails, and so does a miss that is fixed while still listed (for a file
     that is run, counted in the fused lowering of step 3, whose IR after
     attn-fuse is printed with --mlir-print-ir-after=attn-fuse: one attn-opt
     process fuses, reports and lowers);
  2. a driver @main is appended: it builds every argument inside MLIR
     (weights and float inputs from utils/attn_gen.py's integer hash of the
     element index, weights scaled by 1/sqrt(fan-in); token ids and padding
     masks from the index: sequence 0 partly padded, sequence 1 fully padded,
     so fully masked attention rows are compared too), calls the function
     and prints every float result with printMemrefF32;
  3. the unfused program (`attn-opt --attn-lower-to-llvm`) and the fused one
     (`attn-opt --attn-fuse --attn-lower-to-llvm`) run with libattnrt
     (utils/attncheck's Toolchain.run_many: a corpus model is large enough to
     be compiled at -O0 by mlir-translate (one for both programs) and clang
     rather than JIT-compiled by mlir-runner; ATTN_EXEC forces one path) and
     every output row (innermost dimension) is compared: NaN and inf exactly
     where the unfused program has them, elsewhere relative L2 per row within
     the tolerance of the file's element type (see TOL).
Closing line: `N passed, M failed`. `--report FILE` writes per-file results
(counts and remarks) as JSON for docs/frontends.md.
"""

import argparse
import concurrent.futures as cf
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "utils"))
import attn_gen  # noqa: E402  (the input hash and the Emitter)
import attncheck  # noqa: E402  (the printMemref parser and the row comparison)
from attncheck.mlirtext import split_types  # noqa: E402
from attncheck.toolchain import Toolchain, ToolError, count_fused  # noqa: E402

LLVM_BIN = "/usr/lib/llvm-22/bin"

# Relative L2 per output row, fused vs unfused, each row against its own
# norm (attncheck's "rel-l2-own" criterion, stricter than its default).
#  f32: 1e-4. A corpus file is a whole model (1-2 layers, layer norms,
#   MLPs) and the row is a hidden state: the fused op reorders the softmax
#   sums (a few ulps, ~1e-7) and later layers amplify by the layer norms'
#   1/std; printMemrefF32 prints 6 digits (5e-7). Measured worst ~1e-5.
#   A wrong mask, scale or permutation moves a row by > 1e-1.
#  f16 / bf16: 5e-2. Both programs round every intermediate to the storage
#   type (f16 4.9e-4, bf16 3.9e-3 unit roundoff) but at different points
#   (the fused op keeps P in f32), and two layers of matmuls and norms carry
#   those differences to the output; a real error is O(1).
TOL = {"f32": 1e-4, "f16": 5e-2, "bf16": 5e-2}

DRIVER = "frontend_driver_main"  # not "main": frontends name their function so
REMARK_RE = re.compile(r"remark: attn-fuse: (.*)")


SPLIT = "// -----"


def upstream_rejects(files, timeout):
    """{file: error} for the files upstream mlir-opt does not accept: one
    mlir-opt --split-input-file over all of them, a file per chunk; when it
    fails (or a file holds the separator line), one mlir-opt per file names
    the files."""
    texts = []
    for f in files:
        with open(f) as fh:
            texts.append(fh.read())
    if any(re.search(r"^%s\s*$" % re.escape(SPLIT), t, re.M) for t in texts):
        return upstream_rejects_each(files, timeout)
    rc, _, _ = run([os.path.join(LLVM_BIN, "mlir-opt"), "--split-input-file", "-", "-o", os.devnull],
                   timeout, stdin=("\n%s\n" % SPLIT).join(texts))
    if rc == 0:
        return {}
    return upstream_rejects_each(files, timeout)


def upstream_rejects_each(files, timeout):
    out = {}
    for f in files:
        rc, _, err = run([os.path.join(LLVM_BIN, "mlir-opt"), f, "-o", os.devnull], timeout)
        if rc:
            out[f] = err.strip()[:300] or "exit %d" % rc
    return out


def run(cmd, timeout, stdin=None):
    try:
        p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return 124, "", "TIMEOUT after %ss" % timeout


def read_header(path):
    with open(path) as f:
        first = f.readline()
    if not first.startswith("// FRONTEND: "):
        raise ValueError("%s: no // FRONTEND: header" % path)
    return json.loads(first[len("// FRONTEND: "):])


def read_known_misses(path):
    """file -> [(count, reason)]; lines `FILE COUNT REASON...`, # comments."""
    out = {}
    if not path:
        return out
    for line in open(path):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        f, n, reason = line.split(None, 2)
        out.setdefault(f, []).append((int(n), reason))
    return out


def read_file_reasons(path):
    """file -> reason; lines `FILE REASON...`, # comments (not-run.txt,
    known-wrong-rows.txt); none when path is empty or missing."""
    out = {}
    if path and os.path.exists(path):
        for line in open(path):
            if line.strip() and not line.startswith("#"):
                f, reason = line.strip().split(None, 1)
                out[f] = reason
    return out


# ---------------------------------------------------------------------------
# The driver @main.

TY_RE = re.compile(r"tensor<((?:[0-9?]+x)*)([a-z0-9]+)>")


def parse_ty(ty):
    m = TY_RE.fullmatch(ty.strip())
    if not m:
        raise ValueError("unsupported argument type %s" % ty)
    dims = [d for d in m.group(1).split("x") if d]
    return dims, m.group(2)


def signature(text, func):
    """(arg types, result types) of func.func @func in custom form."""
    m = re.search(r"^\s*func\.func (?:public |private )?@%s\((.*)$" % re.escape(func), text, re.M)
    if not m:
        raise ValueError("no func.func @%s" % func)
    line = m.group(1)
    # args up to the matching ')'
    depth, i = 1, 0
    while depth:
        c = line[i]
        depth += c == "("
        depth -= c == ")"
        i += 1
    args = [re.sub(r"\s*\{.*\}$", "", a.split(":", 1)[1]).strip()
            for a in split_types(line[:i - 1])]
    rest = line[i:].strip()
    res = []
    if rest.startswith("->"):
        rest = rest[2:].strip()
        if rest.startswith("("):
            depth, j = 1, 1
            while depth:
                depth += rest[j] == "("
                depth -= rest[j] == ")"
                j += 1
            res = split_types(rest[1:j - 1])
        else:
            res = [rest.split(" attributes")[0].split(" {")[0].strip()]
    res = [re.sub(r"\s*\{.*\}$", "", r).strip() for r in res]
    return args, res


def emit_main(func, arg_tys, res_tys, roles):
    e = attn_gen.Emitter()
    e.emit("func.func @%s() {" % DRIVER)
    call = []
    for i, (ty, role) in enumerate(zip(arg_tys, roles)):
        dims, et = parse_ty(ty)
        shape = role["shape"]
        if len(shape) != len(dims) or any(d != "?" and int(d) != s for d, s in zip(dims, shape)):
            raise ValueError("argument %d: type %s does not fit shape %s" % (i, ty, shape))
        sty = "tensor<%s%s>" % ("".join("%dx" % s for s in shape), et)
        r = len(shape)
        em = e.fresh("e")
        e.emit("%s = tensor.empty() : %s" % (em, sty))
        n = e.fresh("in")
        maps = "affine_map<(%s) -> (%s)>" % (", ".join("d%d" % k for k in range(r)),
                                             ", ".join("d%d" % k for k in range(r)))
        e.emit("%s = linalg.generic {indexing_maps = [%s], iterator_types = [%s]} outs(%s : %s) {" % (
            n, maps, ", ".join(['"parallel"'] * r), em, sty))
        o = e.fresh("o")
        e.emit("^bb0(%s: %s):" % (o, et))
        old = e.indent
        e.indent = old + "  "
        ids = []
        for k in range(r):
            ix = e.fresh("i")
            e.emit("%s = linalg.index %d : index" % (ix, k))
            ids.append(ix)
        y = emit_value(e, role, ids, shape, et, seed=101 + 7 * i)
        e.emit("linalg.yield %s : %s" % (y, et))
        e.indent = old
        e.emit("} -> %s" % sty)
        if sty != ty:
            c = e.fresh("dyn")
            e.emit("%s = tensor.cast %s : %s to %s" % (c, n, sty, ty))
            n = c
        call.append(n)
    rn = [e.fresh("r") for _ in res_tys]
    e.emit("%s%s = call @%s(%s) : (%s) -> (%s)" % (
        ", ".join(rn), "" if rn else "", func, ", ".join(call), ", ".join(arg_tys),
        ", ".join(res_tys)) if rn else "call @%s(%s) : (%s) -> ()" % (
        func, ", ".join(call), ", ".join(arg_tys)))
    printed = 0
    for r, ty in zip(rn, res_tys):
        dims, et = parse_ty(ty)
        if et not in ("f32", "f16", "bf16"):
            continue  # integer results (none in the corpus) are not compared
        dyn = []
        for k, d in enumerate(dims):
            if d == "?" and et != "f32":
                c = e.const_index(k)
                dv = e.fresh("dim")
                e.emit("%s = tensor.dim %s, %s : %s" % (dv, r, c, ty))
                dyn.append(dv)
        attn_gen.emit_print_f32(e, r, ty, et, len(dims), dyn)
        printed += 1
    e.emit("return")
    e.emit("}")
    e.emit("func.func private @printMemrefF32(memref<*xf32>)")
    return "\n".join(e.lines) + "\n", printed


def emit_value(e, role, ids, shape, et, seed):
    kind = role["role"]
    if kind in ("weight", "float"):
        if et not in ("f32", "f16", "bf16"):
            raise ValueError("a %s argument of type %s" % (kind, et))
        scale = 1.0
        if kind == "weight" and len(shape) >= 2:
            fan_in = 1
            for s in shape[1:]:
                fan_in *= s
            scale = 1.0 / math.sqrt(fan_in)
        return attn_gen.emit_hash_body(e, ids, shape, seed, et, "float", scale)
    # ids: (7 * s + 13 * b + 1) mod vocab over the last two dims
    last = ids[-1]
    b = ids[0] if len(ids) > 1 else e.const_index(0)

    def op(name, *operands, hint="t", ty="index"):
        """Emits `%new = <name> operands : ty`; returns %new."""
        v = e.fresh(hint)
        e.emit("%s = %s %s : %s" % (v, name, ", ".join(operands), ty))
        return v

    if kind == "ids":
        c7, c13, c1, cv = (e.const_index(x) for x in (7, 13, 1, role["vocab"]))
        s = op("arith.addi", op("arith.muli", last, c7), op("arith.muli", b, c13))
        m = op("arith.remui", op("arith.addi", s, c1), cv)
        return cast_index(e, m, et)
    if kind == "mask":
        # even sequences b keep their first max(1, S - 3 (b + 1)) positions
        # (partial padding), odd ones none: every key of their rows is
        # masked (fully masked rows, where the frontends' mask fills and
        # safe softmaxes decide the result)
        S = shape[-1]
        c1, c2, c3, cS = e.const_index(1), e.const_index(2), e.const_index(3), e.const_index(S)
        t = op("arith.muli", op("arith.addi", b, c1), c3)
        ln1 = op("arith.maxsi", op("arith.subi", cS, t), c1)
        isodd = op("arith.cmpi eq,", op("arith.remui", b, c2), c1, hint="k")
        ln2 = op("arith.select", isodd, e.const_index(0), ln1)
        keep = op("arith.cmpi slt,", last, ln2, hint="k")
        if et == "i1":
            return keep
        if et in ("f32", "f16", "bf16"):
            return op("arith.uitofp", keep, hint="k", ty="i1 to %s" % et)
        return op("arith.extui", keep, hint="k", ty="i1 to %s" % et)
    raise ValueError("unknown argument role %s" % kind)


def cast_index(e, v, et):
    n = e.fresh("t")
    if et.startswith("i"):
        e.emit("%s = arith.index_cast %s : index to %s" % (n, v, et))
    elif et.startswith("ui"):
        e.emit("%s = arith.index_castui %s : index to %s" % (n, v, et))
    else:
        raise ValueError("token ids of type %s" % et)
    return n


def with_main(text, main):
    """Inserts main before the closing brace of the top-level module (the
    last line "}" before a `{-# dialect_resources #-}` section, if any)."""
    stop = text.find("\n{-#")
    stop = len(text) if stop < 0 else stop
    end = text.rfind("\n}", 0, stop)
    if end < 0:
        raise ValueError("no top-level module in the file")
    return text[:end + 1] + main + text[end + 1:]


# ---------------------------------------------------------------------------
# Output comparison.

def parse_memrefs(text):
    """List of (sizes, values) for every printMemref output in text
    (attncheck's parser)."""
    return [(m.sizes, m.values) for m in attncheck.parse_memrefs(text)]


def compare_rows(fused, unfused, tol, skip_odd_batches=False):
    """Returns (error or None, worst relative L2, rows compared, rows that
    differ among the skipped ones). With skip_odd_batches, rows of odd
    batch indices (the first dimension: the fully padded sequences) are
    compared but a difference there is only counted, not an error."""
    if len(fused) != len(unfused):
        return "%d outputs fused, %d unfused" % (len(fused), len(unfused)), 0.0, 0, 0
    worst, rows, skipped_bad = 0.0, 0, 0
    for k, ((sf, a), (su, b)) in enumerate(zip(fused, unfused)):
        n = 1
        for s in su:
            n *= s
        if sf != su or len(a) != len(b) or len(b) != n:
            return ("output %d: sizes %s / %s, %d / %d values" % (k, sf, su, len(a), len(b)),
                    worst, rows, skipped_bad)
        w = su[-1] if su else 1
        per_batch = n // su[0] if su and su[0] else n
        for r in range(0, n, max(w, 1)):
            lenient = skip_odd_batches and len(su) > 1 and (r // per_batch) % 2 == 1
            ra, rb = a[r:r + w], b[r:r + w]
            bad = None
            mismatch = attncheck.nonfinite_mismatch(ra, rb)
            if mismatch:
                bad = "output %d row %d: %s (NaN/inf must match)" % (k, r // w, mismatch)
            else:
                err = attncheck.row_error(ra, rb, "rel-l2-own")
                if not err <= tol:
                    bad = "output %d row %d: relative L2 %.3g > %g" % (k, r // w, err, tol)
                elif not lenient:
                    worst = max(worst, err)
            rows += 1
            if bad and lenient:
                skipped_bad += 1
            elif bad:
                return bad, worst, rows, skipped_bad
    return None, worst, rows, skipped_bad


# ---------------------------------------------------------------------------

def check(path, a, known):
    name = os.path.basename(path)
    meta = read_header(path)
    res = {"file": name, "model": meta["model"], "path": meta["path"], "attn": meta["attn"],
           "dtype": meta["dtype"], "shapes": meta["shapes"], "expected_blocks": meta["expected_blocks"],
           "ok": False, "msg": ""}
    misses = known.get(name, [])
    expected = meta["expected_blocks"] - sum(n for n, _ in misses)
    res["expected_fused"] = expected
    attn_opt = os.path.join(a.build, "bin", "attn-opt")
    T = a.timeout

    def count(n, err):
        res["fused"] = n
        res["remarks"] = REMARK_RE.findall(err)
        if n == expected:
            return None
        return "%d attn.flash_attention, expected %d (config %d%s)" % (
            n, expected, meta["expected_blocks"],
            "; known misses: " + "; ".join(r for _, r in misses) if misses else "")

    if name in a.upstream_rejects:
        res["msg"] = "upstream mlir-opt rejects the file: " + a.upstream_rejects[name]
        return res
    no_run = a.not_run_files.get(name)
    if a.count_only or no_run:
        rc, out, err = run([attn_opt, path, "--attn-fuse=report=true"], T)
        if rc:
            res["msg"] = "attn-opt --attn-fuse failed: " + err.strip()[:300]
            return res
        count_err = count(count_fused(out), err)
        res["ok"] = count_err is None
        res["msg"] = count_err or "fused %d/%d%s" % (res["fused"], meta["expected_blocks"],
                                                     " (not run: %s)" % no_run if no_run else "")
        return res
    # the driver, appended to the file as written (the corpus is in MLIR's
    # custom form); a file in another form is printed by upstream mlir-opt
    with open(path) as f:
        custom = f.read()
    try:
        signature(custom, meta["func"])
    except ValueError:
        rc, custom, err = run([os.path.join(LLVM_BIN, "mlir-opt"), path], T)
        if rc:
            res["msg"] = "upstream mlir-opt rejects the file: " + err.strip()[:300]
            return res
    try:
        arg_tys, res_tys = signature(custom, meta["func"])
        if len(arg_tys) != len(meta["args"]):
            raise ValueError("%d arguments, the header lists %d" % (len(arg_tys), len(meta["args"])))
        main, printed = emit_main(meta["func"], arg_tys, res_tys, meta["args"])
    except ValueError as ex:
        res["msg"] = "driver: %s" % ex
        return res
    work = tempfile.mkdtemp(prefix=name + ".", dir=a.tmp)
    prog = os.path.join(work, "prog.mlir")
    with open(prog, "w") as f:
        f.write(with_main(custom, main))
    tc = Toolchain(a.build, timeout=T)
    outs = {}
    t0 = time.time()
    lls = {}
    try:
        lls["unfused"] = tc.lower(prog, fused=False)
    except ToolError as ex:
        res["msg"] = "unfused lowering failed: %s" % str(ex)[:300]
        return res
    try:
        # step 1: the count, in the IR after attn-fuse
        lls["fused"], n, remarks = tc.lower_fused_counted(prog, report=True)
    except ToolError as ex:
        res["msg"] = "fused lowering failed: %s" % str(ex)[:300]
        return res
    count_err = count(n, remarks)
    tags = ["unfused", "fused"]
    for tag in tags:
        with open(os.path.join(work, tag + ".ll.mlir"), "w") as f:
            f.write(lls[tag])
    if lls["fused"] == lls["unfused"]:
        # nothing fused: the fused program is the unfused one, byte for
        # byte; its output is the unfused output
        tags = ["unfused"]
        res["same_program"] = True
    # both programs in one Toolchain.run_many (one mlir-translate for both)
    for tag, (so, failed, secs) in zip(tags, tc.run_many([lls[t] for t in tags], entry=DRIVER)):
        # compile + run of the whole model (inputs built, outputs printed)
        res.setdefault("run_seconds", {})[tag] = round(secs, 2)
        with open(os.path.join(work, tag + ".out"), "w") as f:
            f.write(so)
        if failed:
            res["msg"] = "%s run failed: %s" % (tag, str(failed)[-300:])
            return res
        try:
            outs[tag] = parse_memrefs(so)
        except attncheck.ParseError as exn:
            res["msg"] = "%s output unreadable: %s" % (tag, exn)
            return res
    if res.get("same_program"):
        outs["fused"] = outs["unfused"]
    res["seconds"] = round(time.time() - t0, 1)
    if len(outs["unfused"]) != printed:
        res["msg"] = "%d outputs printed, %d expected" % (len(outs["unfused"]), printed)
        return res
    wrong = a.known_wrong.get(name)
    e, worst, rows, skipped_bad = compare_rows(outs["fused"], outs["unfused"], TOL[meta["dtype"]],
                                               skip_odd_batches=bool(wrong))
    res["worst"] = worst
    if e:
        res["msg"] = "MISCOMPILE: " + e + ("; " + count_err if count_err else "")
        return res
    if wrong and not skipped_bad:
        res["msg"] = ("listed in known-wrong-rows.txt but the fully masked rows now agree: "
                      "remove the entry (%s)" % wrong)
        return res
    if wrong:
        res["known_wrong_rows"] = skipped_bad
    if count_err:
        res["msg"] = count_err + " (numbers agree, worst row %.2g)" % worst
        return res
    res["ok"] = True
    res["msg"] = "fused %d/%d, %d rows agree (worst relative L2 %.2g), %.1fs" % (
        res["fused"], meta["expected_blocks"], rows - skipped_bad, worst, res["seconds"])
    rs = res.get("run_seconds", {})
    if "fused" in rs:
        res["msg"] += " (compile and run: unfused %.2fs, fused %.2fs)" % (rs["unfused"], rs["fused"])
    if skipped_bad:
        res["msg"] += "; KNOWN WRONG: %d fully masked rows differ (known-wrong-rows.txt)" % skipped_bad
    if not a.keep:
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--known-misses", default=os.path.join(HERE, "known-misses.txt"))
    ap.add_argument("--not-run", default=os.path.join(HERE, "not-run.txt"),
                    help="files whose programs are not run (FILE REASON lines): counts only")
    ap.add_argument("--known-wrong-rows", default=os.path.join(HERE, "known-wrong-rows.txt"),
                    help="files whose fused program is known to differ on the fully masked "
                         "rows (the odd batch entries) only: FILE REASON lines. Those rows "
                         "must differ (a fix must remove the entry), every other row must agree")
    ap.add_argument("--tmp", default=None)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--count-only", action="store_true", help="fusion counts only, no runs")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--report", help="write per-file results (JSON) here")
    ap.add_argument("--min-files", type=int, default=1,
                    help="fail unless at least this many files are checked")
    ap.add_argument("--write-known-misses",
                    help="write the misses seen now (config count - fused, first remark) in "
                         "the known-misses format to this file (to review and commit)")
    a = ap.parse_args()
    a.build = os.path.abspath(a.build)
    if a.tmp is None:
        a.tmp = tempfile.mkdtemp(prefix="attn-frontends-")
    os.makedirs(a.tmp, exist_ok=True)
    known = read_known_misses(a.known_misses)
    a.known_wrong = read_file_reasons(a.known_wrong_rows)
    a.not_run_files = read_file_reasons(a.not_run)
    a.upstream_rejects = {os.path.basename(f): e
                          for f, e in upstream_rejects(sorted(a.files), a.timeout).items()}
    results = []
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        futs = {ex.submit(check, f, a, known): f for f in sorted(a.files)}
        for fut in cf.as_completed(futs):
            f = futs[fut]
            try:
                r = fut.result()
            except Exception as exn:
                r = {"file": os.path.basename(f), "ok": False, "msg": "exception: %r" % exn}
            results.append(r)
            print("%s %s: %s" % ("PASS" if r["ok"] else "FAIL", r["file"], r["msg"]), flush=True)
    if a.report:
        with open(a.report, "w") as f:
            json.dump(sorted(results, key=lambda r: r["file"]), f, indent=1)
    if a.write_known_misses:
        write_known_misses(a.write_known_misses, results)
    passed = sum(r["ok"] for r in results)
    blocks = sum(r.get("expected_blocks", 0) for r in results)
    fused = sum(r.get("fused", 0) for r in results)
    print("run_corpus: %d files, %d attention blocks by the configs, %d fused" % (
        len(results), blocks, fused))
    if len(results) < a.min_files:
        print("error: %d files checked, expected at least %d" % (len(results), a.min_files))
        return 1
    print("%d passed, %d failed" % (passed, len(results) - passed))
    return 0 if passed == len(results) else 1


def first_miss_remark(remarks):
    for r in remarks:
        if r.startswith("not fused"):
            return r
    return "no remark: no candidate was recognized"


def write_known_misses(path, results):
    with open(path, "w") as f:
        f.write("# FILE  MISSED-BLOCKS  REASON (the first 'not fused' remark of attn-fuse report=true)\n")
        for r in sorted(results, key=lambda r: r["file"]):
            if "fused" not in r:
                continue
            miss = r["expected_blocks"] - r["fused"]
            if miss > 0:
                f.write("%s %d %s\n" % (r["file"], miss, first_miss_remark(r.get("remarks", []))))


if __name__ == "__main__":
    sys.exit(main())
