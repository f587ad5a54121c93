#!/usr/bin/env python3
"""Robustness fuzzer for attn-opt: seeded textual mutants of MLIR inputs.

Seeds: the lit inputs under test/Transforms and test/Dialect (split at
`// -----`) and a few graphs from attn_gen.py.  Each mutant applies 1-3 random
edits: change a dim size, change an element type, swap two operands, delete an
op line, change a reduction dim / axis, change an indexing map, drop an
attribute, change a constant, flip an iterator type, replace an SSA use,
change an arith/math op, change a linalg.index dim, duplicate a line.

Every mutant is run through
   attn-opt --attn-fuse=report=true
   attn-opt --attn-fuse --attn-lower-to-llvm
The oracle (check_mutant): when upstream `mlir-opt` accepts the input (parse
+ verify; for the lowering run, upstream mlir-opt with the attn-lower-to-llvm
pipeline minus attn's own passes), attn-opt must exit 0, and whenever
attn-opt exits 0 its output must parse and verify. An invalid input may get
a clean `error:` diagnostic (exit 1). A signal / abort, an AddressSanitizer /
UndefinedBehaviorSanitizer / LeakSanitizer report, "LLVM ERROR", an
assertion, a stack dump, another exit code or a timeout is a failure, except
when upstream mlir-opt fails the same way on the same input and no attn
frame is on the stack: such a case is listed as UPSTREAM, apart, and counts
neither as passed nor as failed.

Prints per-failure reproducer paths and a closing `N passed, M failed`.
"""

import argparse
import concurrent.futures as cf
import glob
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

MLIR_OPT = "/usr/lib/llvm-22/bin/mlir-opt"

# ---------------------------------------------------------------------------
# Seeds


def load_seeds(root, n_generated, gen_seed, inputs=None):
    """The seed programs: the chunks of the given input files, or by default
    of the lit inputs under test/Transforms and test/Dialect; plus
    n_generated attn_gen.py graphs."""
    seeds = []
    if inputs:
        paths = [os.path.abspath(p) for p in inputs]
    else:
        paths = [path for pat in ("test/Transforms/**/*.mlir", "test/Dialect/**/*.mlir")
                 for path in sorted(glob.glob(os.path.join(root, pat), recursive=True))
                 if "/Inputs/" not in path]
    for path in paths:
        text = open(path).read()
        for i, chunk in enumerate(re.split(r"^// -----\s*$", text, flags=re.M)):
            # drop lit directives: they are comments, but keep the file small
            lines = [l for l in chunk.splitlines()
                     if not re.match(r"\s*//\s*(RUN|CHECK|expected-)", l)]
            body = "\n".join(lines).strip()
            if "func.func" in body or "attn." in body:
                seeds.append(("%s#%d" % (os.path.relpath(path, root), i), body + "\n"))
    if n_generated:
        import attn_gen
        for s in range(gen_seed, gen_seed + n_generated):
            text, _ = attn_gen.generate(s, small=True, near_miss_rate=0.3)
            seeds.append(("attn_gen --seed %d --small" % s, text))
    return seeds


# ---------------------------------------------------------------------------
# Mutations: each takes (rng, text) and returns new text or None.

TYPE_RE = re.compile(r"tensor<([^<>]*)>")
SSA_RE = re.compile(r"%[A-Za-z_][\w$.]*|%\d+")


def lines_with(text, pred):
    lines = text.split("\n")
    return lines, [i for i, l in enumerate(lines) if pred(l)]


def m_dim(rng, text):
    ms = list(TYPE_RE.finditer(text))
    if not ms:
        return None
    m = rng.choice(ms)
    parts = m.group(1).split("x")
    idx = [i for i, p in enumerate(parts[:-1]) if re.fullmatch(r"\d+|\?", p)]
    if not idx:
        return None
    i = rng.choice(idx)
    parts[i] = rng.choice(["1", "2", "3", "7", "64", "?", "0", str(int(parts[i]) + 1) if parts[i].isdigit() else "5"])
    return text[:m.start(1)] + "x".join(parts) + text[m.end(1):]


def m_rank(rng, text):
    ms = list(TYPE_RE.finditer(text))
    if not ms:
        return None
    m = rng.choice(ms)
    parts = m.group(1).split("x")
    if len(parts) < 2:
        return None
    if rng.random() < 0.5 and len(parts) > 2:
        del parts[rng.randrange(len(parts) - 1)]
    else:
        parts.insert(rng.randrange(len(parts)), rng.choice(["1", "2"]))
    return text[:m.start(1)] + "x".join(parts) + text[m.end(1):]


ETYPES = ["f32", "f16", "bf16", "f64", "i1", "i8", "i32", "index"]


def m_dtype(rng, text):
    ms = [m for m in re.finditer(r"\b(f32|f16|bf16|f64|i1|i8|i32)\b", text)]
    if not ms:
        return None
    m = rng.choice(ms)
    return text[:m.start()] + rng.choice([t for t in ETYPES if t != m.group(1)]) + text[m.end():]


def m_swap_operands(rng, text):
    lines, idx = lines_with(text, lambda l: len(SSA_RE.findall(l.split("=", 1)[-1])) >= 2)
    if not idx:
        return None
    i = rng.choice(idx)
    l = lines[i]
    head, sep, tail = l.partition("=") if " = " in l else ("", "", l)
    uses = list(SSA_RE.finditer(tail))
    a, b = rng.sample(range(len(uses)), 2)
    a, b = min(a, b), max(a, b)
    ua, ub = uses[a], uses[b]
    tail = tail[:ua.start()] + ub.group() + tail[ua.end():ub.start()] + ua.group() + tail[ub.end():]
    lines[i] = head + sep + tail
    return "\n".join(lines)


def m_delete_line(rng, text):
    lines, idx = lines_with(text, lambda l: re.match(r"\s*%[\w$.]+(:\d+)?\s*=", l) or
                            re.match(r"\s*(linalg\.yield|func\.return|return)\b", l))
    if not idx:
        return None
    del lines[rng.choice(idx)]
    return "\n".join(lines)


def m_duplicate_line(rng, text):
    lines, idx = lines_with(text, lambda l: " = " in l)
    if not idx:
        return None
    i = rng.choice(idx)
    lines.insert(i + 1, lines[i])
    return "\n".join(lines)


def m_reduction_dim(rng, text):
    pats = [r"dimension\((\d+)\)", r"dimensions = \[([\d, ]*)\]", r"axis = (\d+)",
            r"permutation = \[([\d, ]*)\]", r"perms = array<i32: ([\d, ]*)>",
            r"linalg\.index (\d+)", r"\[\[([\d, \[\]]*)\]\]"]
    ms = [m for p in pats for m in re.finditer(p, text)]
    if not ms:
        return None
    m = rng.choice(ms)
    nums = re.findall(r"\d+", m.group(1))
    if not nums:
        return None
    j = rng.randrange(len(nums))
    nums[j] = str(rng.choice([0, 1, 2, 3, 4, 7, int(nums[j]) + 1]))
    it = iter(nums)
    new = re.sub(r"\d+", lambda _: next(it), m.group(1))
    return text[:m.start(1)] + new + text[m.end(1):]


def m_indexing_map(rng, text):
    ms = list(re.finditer(r"affine_map<\(([^)]*)\)\s*->\s*\(([^)]*)\)>", text))
    if not ms:
        return None
    m = rng.choice(ms)
    dims = [d.strip() for d in m.group(1).split(",") if d.strip()]
    res = [r.strip() for r in m.group(2).split(",") if r.strip()]
    k = rng.randrange(4)
    if k == 0 and len(res) >= 2:
        i, j = rng.sample(range(len(res)), 2)
        res[i], res[j] = res[j], res[i]
    elif k == 1 and res and dims:
        res[rng.randrange(len(res))] = rng.choice(dims + ["0"])
    elif k == 2 and res:
        del res[rng.randrange(len(res))]
    elif dims:
        res.insert(rng.randrange(len(res) + 1), rng.choice(dims))
    return text[:m.start(2)] + ", ".join(res) + text[m.end(2):]


def m_drop_attr(rng, text):
    pats = [r",?\s*scale = [-\d.e+]+ : f32", r",?\s*causal = #attn\.causal<\w+>",
            r"\s*\{[^{}\n]*\}(?=\s*:)", r"indexing_maps = \[[^\]]*\],?\s*",
            r"iterator_types = \[[^\]]*\],?\s*", r"\s*permutation = \[[\d, ]*\]",
            r"\s*dimensions = \[[\d, ]*\]", r"\{axis = \d+ : i32\}", r"\{perms = [^}]*\}",
            r"\s*mask\([^)]*\)", r"\s*scale\(%[\w]+\)"]
    ms = [m for p in pats for m in re.finditer(p, text)]
    if not ms:
        return None
    m = rng.choice(ms)
    return text[:m.start()] + text[m.end():]


def m_constant(rng, text):
    ms = list(re.finditer(r"(?<![\w%#])-?\d+\.\d*(?:e[-+]?\d+)?|0x[0-9A-Fa-f]{4,8}", text))
    if not ms:
        return None
    m = rng.choice(ms)
    new = rng.choice(["0.0", "-0.0", "1.0", "-1.0e+30", "0x7FC00000", "0xFF800000", "0x7F800000",
                      "1.0e-45", "65504.0", "3.0"])
    return text[:m.start()] + new + text[m.end():]


def m_iterator(rng, text):
    ms = list(re.finditer(r'"(parallel|reduction)"', text))
    if not ms:
        return None
    m = rng.choice(ms)
    new = "reduction" if m.group(1) == "parallel" else "parallel"
    return text[:m.start(1)] + new + text[m.end(1):]


def m_ssa_use(rng, text):
    defs = re.findall(r"^\s*(%[\w$.]+)\s*=", text, flags=re.M)
    args = re.findall(r"(%[\w$.]+)\s*:", text)
    names = list(set(defs + args))
    uses = [m for m in SSA_RE.finditer(text)
            if not re.match(r"\s*=", text[m.end():m.end() + 3])]
    if not uses or not names:
        return None
    m = rng.choice(uses)
    return text[:m.start()] + rng.choice(names) + text[m.end():]


OPSWAP = [("arith.mulf", "arith.addf"), ("arith.divf", "arith.mulf"), ("arith.maximumf", "arith.minimumf"),
          ("arith.maxnumf", "arith.addf"), ("math.exp", "math.log"), ("math.exp2", "math.exp"),
          ("arith.subf", "arith.addf"), ("tosa.reduce_max", "tosa.reduce_sum"), ("tosa.exp", "tosa.negate"),
          ("tosa.reciprocal", "tosa.exp"), ("arith.cmpi ule", "arith.cmpi ult"), ("arith.cmpi sle", "arith.cmpi sgt"),
          ("linalg.batch_matmul", "linalg.matmul"), ("arith.select", "arith.select"),
          ("arith.extf", "arith.truncf"), ("tosa.add", "tosa.sub"), ("top_left", "bottom_right"),
          ("arith.addi", "arith.subi")]


def m_op(rng, text):
    cands = [(a, b) for a, b in OPSWAP if a in text] + [(b, a) for a, b in OPSWAP if b in text]
    if not cands:
        return None
    a, b = rng.choice(cands)
    ms = [m.start() for m in re.finditer(re.escape(a), text)]
    s = rng.choice(ms)
    return text[:s] + b + text[s + len(a):]


def m_global_dim(rng, text):
    """Change one dim size everywhere it appears in a tensor type (keeps the
    types consistent, so the mutant often stays valid and reaches the pass)."""
    sizes = set()
    for m in TYPE_RE.finditer(text):
        sizes.update(p for p in m.group(1).split("x")[:-1] if p.isdigit())
    if not sizes:
        return None
    old = rng.choice(sorted(sizes))
    new = str(rng.choice([1, 2, 3, 5, 16, 17, 64, int(old) + 1, int(old) * 2]))

    def fix(m):
        parts = m.group(1).split("x")
        parts = [new if (p == old and i < len(parts) - 1) else p for i, p in enumerate(parts)]
        return "tensor<%s>" % "x".join(parts)
    return TYPE_RE.sub(fix, text)


def m_global_dtype(rng, text):
    """Change one element type everywhere (types and scalar ops)."""
    present = [t for t in ("f32", "f16", "bf16") if re.search(r"\b%s\b" % t, text)]
    if not present:
        return None
    old = rng.choice(present)
    new = rng.choice([t for t in ("f32", "f16", "bf16", "f64") if t != old])
    return re.sub(r"\b%s\b" % old, new, text)


def m_bypass(rng, text):
    """Delete a one-line op and forward its first SSA operand to its users."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines)
           if re.match(r"\s*%[\w$.]+\s*=\s*[\w.\"]+", l) and len(SSA_RE.findall(l)) >= 2
           and not l.rstrip().endswith("{")]
    if not idx:
        return None
    i = rng.choice(idx)
    names = SSA_RE.findall(lines[i])
    res, src = names[0], names[1]
    del lines[i]
    out = "\n".join(lines)
    return re.sub(re.escape(res) + r"(?![\w$.])", src, out)


# weights favour edits that keep the program valid, so that many mutants get
# past the parser and verifier into attn-fuse and the lowering
MUTATIONS = [("global_dim", m_global_dim, 4), ("global_dtype", m_global_dtype, 1),
             ("bypass", m_bypass, 3), ("dim", m_dim, 1), ("rank", m_rank, 1), ("dtype", m_dtype, 1),
             ("swap_operands", m_swap_operands, 2), ("delete_line", m_delete_line, 1),
             ("duplicate_line", m_duplicate_line, 1), ("reduction_dim", m_reduction_dim, 2),
             ("indexing_map", m_indexing_map, 2), ("drop_attr", m_drop_attr, 2),
             ("constant", m_constant, 2), ("iterator", m_iterator, 2), ("ssa_use", m_ssa_use, 1),
             ("op", m_op, 3)]


def mutate(rng, text, n):
    applied = []
    for _ in range(n):
        for _try in range(10):
            name, fn, _ = rng.choices(MUTATIONS, [w for _, _, w in MUTATIONS])[0]
            new = fn(rng, text)
            if new is not None and new != text:
                text = new
                applied.append(name)
                break
    return text, applied


# ---------------------------------------------------------------------------
# Running

BAD_MARKERS = ["AddressSanitizer", "UndefinedBehaviorSanitizer", "LeakSanitizer", "runtime error:",
               "LLVM ERROR", "Assertion", "Stack dump", "PLEASE submit a bug report",
               "UNREACHABLE executed", "Segmentation fault"]


def classify(rc, err):
    """'ok', 'diag' (clean error) or a failure kind."""
    for m in BAD_MARKERS:
        if m in err:
            if "Sanitizer" in m or m == "runtime error:":
                # an ASan SEGV / stack overflow is the crash upstream has unsanitized
                return "sanitizer:crash" if re.search(r"SEGV|stack-overflow", err) else "sanitizer"
            return "crash"
    if rc == 124:
        return "timeout"
    if rc == 0:
        return "ok"
    if rc == 1 and re.search(r"\berror:", err):
        return "diag"
    if rc < 0 or rc > 128:
        return "crash"
    return "bad-exit(%d)" % rc


def run(cmd, stdin_path, timeout, env):
    try:
        with open(stdin_path) as f:
            p = subprocess.run(cmd, stdin=f, capture_output=True, text=True, timeout=timeout,
                               env=env, errors="replace")
        return p.returncode, p.stderr
    except subprocess.TimeoutExpired as ex:
        err = ex.stderr.decode("utf-8", "replace") if isinstance(ex.stderr, bytes) else (ex.stderr or "")
        return 124, err + "\nTIMEOUT"


def upstream_pipeline(attn_opt, env):
    """attn-lower-to-llvm's pipeline with attn's own passes removed, for
    upstream mlir-opt."""
    try:
        p = subprocess.run([attn_opt, "--attn-lower-to-llvm", "--dump-pass-pipeline", "-"],
                           input="module {}\n", capture_output=True, text=True, timeout=60, env=env)
    except subprocess.TimeoutExpired:
        return None
    m = re.search(r"Pass Manager with \d+ passes:\s*\n(.*)", p.stderr + p.stdout, re.S)
    txt = (m.group(1) if m else (p.stderr + p.stdout)).strip().splitlines()
    pipe = " ".join(l.strip() for l in txt if l.strip())
    if not pipe.startswith("builtin.module("):
        return None
    depth = 0
    for i, ch in enumerate(pipe):  # keep the balanced pipeline, drop the printed module
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and ch == ")":
            return pipe[:i + 1]
    return None


def strip_attn_passes(pipe):
    # remove passes whose name mentions attn (e.g. convert-attn-to-runtime)
    out = pipe
    for _ in range(20):
        new = re.sub(r"(,\s*)?[\w-]*attn[\w-]*(\{[^{}]*\})?(?=\s*[,)])", "", out)
        new = re.sub(r"\(\s*,", "(", new)
        new = re.sub(r",?\s*func\.func\(\s*\)", "", new)
        if new == out:
            break
        out = new
    return out


def same_way(kind, ukind):
    """Whether attn-opt's failure and upstream's are the same kind (an ASan
    report of a SEGV or a stack overflow is a crash)."""
    def norm(k):
        return "crash" if k.startswith("sanitizer:crash") else k.split(":")[0]
    return norm(kind) == norm(ukind)


def first_line(err, markers=("error:",)):
    lines = [l for l in err.splitlines() if any(m in l for m in markers)]
    tail = err.strip().splitlines()
    return (lines[0] if lines else (tail[-1] if tail else "")).strip()[:200]


def check_mutant(job, args, env, up_pipe):
    """Runs one mutant through attn-opt's two runs and applies the oracle:
      - the input is valid when upstream mlir-opt parses and verifies it (or,
        for inputs with attn dialect ops, attn-opt without a pass does);
      - fuse run (--attn-fuse=report=true): on a valid input attn-opt must
        exit 0 (a diagnostic is a failure); on an invalid one, exit 0 or a
        clean `error:`;
      - lowering run (--attn-fuse --attn-lower-to-llvm): when upstream
        mlir-opt runs the same pipeline minus attn's passes with exit 0,
        attn-opt must exit 0 too;
      - whenever attn-opt exits 0, its output must parse and verify (the
        fused IR by attn-opt, the LLVM dialect by upstream mlir-opt);
      - a crash, a sanitizer report, a timeout or another exit code always
        fails, unless upstream fails the same way on the same input with no
        attn frame on the stack: then it is listed as UPSTREAM (not passed).
    """
    idx, name, text, applied = job
    d = tempfile.mkdtemp(prefix="mut-%04d-" % idx, dir=args.tmp)
    path = os.path.join(d, "mutant.mlir")
    with open(path, "w") as f:
        f.write(text)
    res = {"idx": idx, "seed": name, "muts": applied, "dir": d, "status": "pass", "detail": ""}

    def save(name, data):
        with open(os.path.join(d, name), "w") as f:
            f.write(data)

    # upstream mlir-opt cannot parse the attn dialect: an input that uses it
    # (outside comments) is judged by attn-opt without a pass, and then no
    # failure of attn-opt can be upstream's own
    attn_dialect = re.search(r"\battn\.\w", re.sub(r"//[^\n]*", "", text)) is not None
    judge = [args.attn_opt if attn_dialect else args.mlir_opt, "--verify-each", "-o", os.devnull, "-"]
    jrc, jerr = run(judge, path, args.timeout, env if attn_dialect else None)
    valid = classify(jrc, jerr) == "ok"
    res["valid"] = valid
    runs = [("fuse", ["--attn-fuse=report=true"], judge, [args.attn_opt, "-o", os.devnull, "-"]),
            ("lower", ["--attn-fuse", "--attn-lower-to-llvm"],
             [args.mlir_opt, "--pass-pipeline=" + up_pipe, "-o", os.devnull, "-"] if up_pipe else judge,
             [args.mlir_opt, "-o", os.devnull, "-"])]
    for tag, passes, up_cmd, verify_cmd in runs:
        out = os.path.join(d, tag + ".out.mlir")
        rc, err = run([args.attn_opt] + passes + ["-o", out, "-"], path, args.timeout, env)
        kind = classify(rc, err)
        res[tag] = kind
        if kind == "ok":
            if not os.path.exists(out):
                res["status"] = "fail"
                res["detail"] = "%s: exit 0 but no output written" % tag
                return res
            vrc, verr = run(verify_cmd, out, args.timeout, env)
            if classify(vrc, verr) != "ok":
                save(tag + ".verify.stderr", verr)
                res["status"] = "fail"
                res["detail"] = "%s: exit 0 but the output does not verify: %s" % (
                    tag, first_line(verr))
                return res
            continue
        save(tag + ".stderr", err)
        if kind == "diag":
            if tag == "fuse":
                upstream_ok = valid
            else:
                upstream_ok = valid and classify(*run(up_cmd, path, args.timeout, None)) == "ok"
            if not upstream_ok:
                continue  # invalid input, clean diagnostic
            res["status"] = "fail"
            res["detail"] = "%s: valid input rejected (upstream mlir-opt accepts it): %s" % (
                tag, first_line(err))
            return res
        # a crash, sanitizer report, timeout or bad exit: is it upstream's own?
        # (only when upstream mlir-opt itself ran the same input)
        upstream_ran = up_cmd[0] == args.mlir_opt
        urc, uerr = run(up_cmd, path, args.timeout, None) if upstream_ran else (0, "")
        ukind = classify(urc, uerr) if upstream_ran else "not run (attn dialect input)"
        ours_in_stack = bool(re.search(r"mlir::attn|/lib/(Transforms|Conversion|Pipelines|Dialect)/|attn::", err))
        if upstream_ran and same_way(kind, ukind) and not ours_in_stack:
            save(tag + ".upstream.stderr", uerr)
            res["status"] = "upstream"
            res["detail"] = "%s: %s (upstream mlir-opt: %s)" % (tag, kind, ukind)
            return res
        res["status"] = "fail"
        res["detail"] = "%s: %s rc=%d %s" % (tag, kind, rc, first_line(err, BAD_MARKERS + ["TIMEOUT"]))
        return res
    if not args.keep:
        shutil.rmtree(d, ignore_errors=True)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--attn-opt", default=os.path.join(ROOT, "build-asan-opt", "bin", "attn-opt"))
    ap.add_argument("--mlir-opt", default=MLIR_OPT,
                    help="upstream mlir-opt: the judge of valid input and of upstream's own crashes")
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--generated", type=int, default=12, help="attn_gen.py graphs among the seeds")
    ap.add_argument("--inputs", nargs="+", metavar="FILE",
                    help="seed from these .mlir files (split at `// -----`) instead of the lit "
                         "inputs under test/Transforms and test/Dialect (the self-tests pin "
                         "their seeds this way, so new lit files do not change what they draw)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("--tmp", default=None)
    ap.add_argument("--keep", action="store_true", help="keep passing mutants")
    ap.add_argument("--write-only", help="only write the mutants into this directory")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    seeds = load_seeds(ROOT, a.generated, a.seed, a.inputs)
    jobs = []
    for i in range(a.count):
        name, text = seeds[rng.randrange(len(seeds))]
        mt, applied = mutate(rng, text, rng.choice([1, 1, 1, 2, 3]))
        jobs.append((i, name, mt, applied))
    if a.write_only:
        os.makedirs(a.write_only, exist_ok=True)
        for i, name, mt, applied in jobs:
            with open(os.path.join(a.write_only, "mutant-%04d.mlir" % i), "w") as f:
                f.write("// from %s; mutations: %s\n%s" % (name, ",".join(applied), mt))
        print("wrote %d mutants to %s" % (len(jobs), a.write_only))
        return 0
    if not os.path.exists(a.attn_opt):
        print("error: %s not found" % a.attn_opt)
        return 2
    if a.tmp is None:
        a.tmp = tempfile.mkdtemp(prefix="attn-fuzz-")
    os.makedirs(a.tmp, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0:symbolize=1")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    pipe = upstream_pipeline(a.attn_opt, env)
    up_pipe = strip_attn_passes(pipe) if pipe else None
    print("fuzz: %d mutants of %d seed inputs (seed %d), %s, %d workers" % (
        len(jobs), len(seeds), a.seed, a.attn_opt, a.jobs), flush=True)
    t0 = time.time()
    counts = {"pass": 0, "fail": 0, "upstream": 0}
    fails, ups, allres = [], [], []
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for r in ex.map(lambda j: check_mutant(j, a, env, up_pipe), jobs):
            allres.append(r)
            counts[r["status"]] += 1
            if r["status"] == "fail":
                fails.append(r)
                print("FAIL mutant %d (%s; %s): %s\n     reproducer: %s/mutant.mlir" % (
                    r["idx"], r["seed"], ",".join(r["muts"]), r["detail"], r["dir"]), flush=True)
            elif r["status"] == "upstream":
                ups.append(r)
    for r in ups:
        print("UPSTREAM mutant %d (%s; %s): %s\n     reproducer: %s/mutant.mlir" % (
            r["idx"], r["seed"], ",".join(r["muts"]), r["detail"], r["dir"]))
    reached = sum(1 for r in allres if r.get("fuse") == "ok")
    lowered = sum(1 for r in allres if r.get("lower") == "ok")
    print("fuzz: %d mutants were valid and went through attn-fuse, %d were lowered to LLVM; "
          "the rest were rejected with a diagnostic" % (reached, lowered))
    valid = sum(1 for r in allres if r.get("valid"))
    print("fuzz: %d mutants were valid inputs (upstream mlir-opt accepts them): attn-opt had to "
          "exit 0 and print IR that verifies" % valid)
    print("fuzz: %.0fs; mutants under %s" % (time.time() - t0, a.tmp))
    print("fuzz: %d mutants crashed the same way in upstream mlir-opt (listed as UPSTREAM "
          "above; neither passed nor failed)" % counts["upstream"])
    print("%d passed, %d failed, %d upstream (neither)" % (counts["pass"], counts["fail"],
                                                         counts["upstream"]))
    print("fuzz: %d mutants in all" % len(allres))
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
