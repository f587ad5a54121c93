"""Writing corpus files: the header that says what a file is, the argument
roles the test driver needs, and the MLIR 22 compatibility checks.

Every corpus file starts with one line

  // FRONTEND: {"model": ..., "path": ..., "attn": ..., "dtype": ...,
  //            "shapes": "static" | "dynamic", "expected_blocks": N,
  //            "func": "name", "args": [...], "note": ...}

`expected_blocks` is the number of attention blocks the model's config
implies (layers x attention modules), never a number read from a pass.
`args` has one entry per function argument, in order:
  {"role": "weight" | "float" | "ids" | "mask", "shape": [concrete sizes],
   "vocab": N (ids only)}
The test driver (test/Frontends/run_corpus.py) makes inputs from it.
"""

import json
import os
import re
import shutil
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# FE_OUT: write elsewhere (trying a new model without touching the corpus)
OUT = os.environ.get("FE_OUT") or os.path.join(ROOT, "test", "Frontends", "Inputs")
MLIR_OPT = "/usr/lib/llvm-22/bin/mlir-opt"

DTYPES = {"f32": "float32", "f16": "float16", "bf16": "bfloat16"}


def file_name(model, path, attn, dtype, shapes):
    return "%s.%s.%s.%s.%s.mlir" % (path, model, attn, dtype, shapes)


def header(meta):
    return "// FRONTEND: " + json.dumps(meta, sort_keys=True) + "\n"


def read_header(path):
    with open(path) as f:
        first = f.readline()
    assert first.startswith("// FRONTEND: "), path
    return json.loads(first[len("// FRONTEND: "):])


I1_HEX_RE = re.compile(r'dense<"0x([0-9A-Fa-f]+)">(\s*:\s*tensor<((?:\d+x)*)i1>)')


def fix_i1_dense(text):
    """Newer MLIR prints i1 dense hex literals one byte per element; MLIR 22
    reads hex i1 data bit-packed and rejects them ("elements hex data size
    is invalid"). Rewrite such literals as lists of true/false (same values)."""
    def sub(m):
        data = bytes.fromhex(m.group(1))
        dims = [int(d) for d in m.group(3).split("x") if d]
        n = 1
        for d in dims:
            n *= d
        if len(data) != n or any(b > 1 for b in data):
            return m.group(0)
        if len(set(data)) <= 1:
            return "dense<%s>%s" % ("true" if data and data[0] else "false", m.group(2))

        def nest(off, ds):
            if not ds:
                return "true" if data[off] else "false"
            step = 1
            for d in ds[1:]:
                step *= d
            return "[" + ", ".join(nest(off + i * step, ds[1:]) for i in range(ds[0])) + "]"
        return "dense<%s>%s" % (nest(0, dims), m.group(2))
    return I1_HEX_RE.sub(sub, text)


def upstream_parses(text):
    p = subprocess.run([MLIR_OPT, "-", "-o", os.devnull], input=text, capture_output=True,
                       text=True)
    return p.returncode == 0, p.stderr


def upstream_generic(text):
    """Upstream mlir-opt's own print of the text (generic form): what MLIR 22
    reads back everywhere."""
    p = subprocess.run([MLIR_OPT, "-", "--mlir-print-op-generic"], input=text,
                       capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError(p.stderr[:2000])
    return p.stdout


def write(meta, text, log):
    """Checks the file with upstream mlir-opt and writes it; returns the path
    or None (the reason goes to log)."""
    text = fix_i1_dense(text)
    ok, err = upstream_parses(text)
    name = file_name(meta["model"], meta["path"], meta["attn"], meta["dtype"], meta["shapes"])
    if not ok:
        log.append("%s: upstream mlir-opt rejects it: %s" % (name, first_error(err)))
        return None
    if "dense_resource<" in text and "{-#" not in text:
        # parses, but fails when translated to LLVM IR ("resource does not exist")
        log.append("%s: dense_resource constants without their dialect_resources blobs" % name)
        return None
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        f.write(header(meta))
        f.write(text if text.endswith("\n") else text + "\n")
    log.append("%s: written (%d bytes)" % (name, len(text)))
    return path


def first_error(err):
    for line in err.splitlines():
        if "error" in line:
            return line.strip()[:300]
    return err.strip().splitlines()[-1][:300] if err.strip() else "(no message)"


ELIDE_RE = re.compile(r"dense_resource<[^>]*>")


def func_args(text, func):
    """The argument types of func.func @func in text (custom or generic form)."""
    m = re.search(r"func\.func (?:public |private )?@%s\((.*?)\)\s*(?:->|attributes|\{)" % re.escape(func),
                  text, re.S)
    if not m:
        return None
    return re.findall(r"%\w+: ([^,]+?)(?:\s*\{[^}]*\})?(?:,|$)", m.group(1))


def upstream_generic_or_text(text):
    """Upstream mlir-opt's print of text; where MLIR 22 cannot read the
    frontend's syntax, iree-opt (IREE_OPT, default: the iree-opt beside the
    frontends' python, or on PATH) re-prints it in generic form first."""
    text = fix_i1_dense(text)
    p = subprocess.run([MLIR_OPT, "-"], input=text, capture_output=True, text=True)
    if p.returncode == 0:
        return p.stdout
    iree_opt = os.environ.get("IREE_OPT") or shutil.which("iree-opt") or "/work/venv-fe/bin/iree-opt"
    q = subprocess.run([iree_opt, "-", "--mlir-print-op-generic"], input=text, capture_output=True,
                       text=True)
    if q.returncode:
        raise RuntimeError("neither mlir-opt nor iree-opt reads it: " + first_error(p.stderr))
    r = subprocess.run([MLIR_OPT, "-"], input=fix_i1_dense(q.stdout), capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError("upstream mlir-opt rejects the generic print: " + first_error(r.stderr))
    return r.stdout
