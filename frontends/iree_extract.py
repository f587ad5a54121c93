"""IREE input IR -> a module of upstream dialects only.

`iree-compile --compile-to=input` leaves the model as

  util.func public @f$async(%arg0: !hal.buffer_view, ..., %fence0: !hal.fence, %fence1: !hal.fence)
      -> !hal.buffer_view ... {
    %0 = hal.tensor.import wait(%fence0) => %arg0 : !hal.buffer_view -> tensor<...>
    ...                                   (linalg / tensor / arith / math on tensors)
    %r = hal.tensor.barrier join(%x : tensor<...>) => %fence1 : !hal.fence
    %e = hal.tensor.export %r : tensor<...> -> !hal.buffer_view
    util.return %e : !hal.buffer_view
  }
  util.func public @f(...)  (a synchronous wrapper calling @f$async)

extract() keeps the $async function's body only: every hal.tensor.import's
result becomes a function argument of its tensor type, the barrier/export
pair is dropped and the returned value is the joined tensor; util.func and
util.return become func.func and func.return. Nothing else is edited (the
attention is not touched). The result is re-printed by iree-opt in generic
form (IREE prints a newer syntax than MLIR 22 reads in places) and then by
upstream mlir-opt, which must accept it.
"""

import os
import re
import subprocess
import sys

import corpus

VENV_BIN = os.path.dirname(sys.executable)
MLIR_OPT = "/usr/lib/llvm-22/bin/mlir-opt"

IMPORT_RE = re.compile(r"^\s*(%[\w$.-]+) = hal\.tensor\.import(?: wait\(%[\w]+\))? => "
                       r"(%[\w]+) : !hal\.buffer_view -> (tensor<[^>]*>)(?: as [^\n]*)?\s*$")
BARRIER_RE = re.compile(r"^\s*(%[\w$.-]+)(?::\d+)? = hal\.tensor\.barrier join\((.*?) : (.*)\) => %\w+ : !hal\.fence\s*$")
GLOBAL_RE = re.compile(r"^\s*util\.global private @([\w$.-]+) = (.*) : (tensor<[^>]*>)\s*$")
LOAD_RE = re.compile(r"^(\s*)(%[\w$.-]+) = util\.global\.load @([\w$.-]+) : (tensor<[^>]*>)\s*$")
EXPORT_RE = re.compile(r"^\s*(%[\w$.-]+) = hal\.tensor\.export (%[\w$.#-]+) : (tensor<[^>]*>)[^\n]*$")
RETURN_RE = re.compile(r"^\s*util\.return (.*) : .*$")


class ExtractError(Exception):
    pass


def compile_to_input(src, input_type):
    """iree-compile --compile-to=input; returns (upstream-only MLIR text,
    the indices of the original arguments the function still takes)."""
    cmd = [os.path.join(VENV_BIN, "iree-compile"), src, "--compile-to=input",
           "--iree-input-type=%s" % input_type]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode:
        raise ExtractError("iree-compile --compile-to=input failed: " + first_line(p.stderr))
    return extract(p.stdout)


def first_line(err):
    for line in err.splitlines():
        if "error" in line:
            return line.strip()[:300]
    return err.strip()[:300]


def extract(text):
    lines = text.splitlines()
    start = next((i for i, l in enumerate(lines)
                  if re.match(r"\s*util\.func public @[\w$.-]*\$async\(", l)), None)
    if start is None:
        start = next((i for i, l in enumerate(lines) if re.match(r"\s*util\.func public @", l)), None)
    if start is None:
        raise ExtractError("no public util.func")
    name = re.match(r"\s*util\.func public @([\w.-]+)", lines[start]).group(1)
    # body up to the matching closing brace at the function's indentation
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = next(i for i in range(start + 1, len(lines))
               if lines[i].startswith(" " * indent + "}") and
               len(lines[i]) - len(lines[i].lstrip()) == indent)
    body = lines[start + 1:end]
    if "!hal." not in lines[start]:
        # StableHLO input: the function already takes and returns tensors
        hdr = re.sub(r"util\.func public @", "func.func @", lines[start])
        hdr = re.sub(r"\s*attributes \{[^{}]*(\{[^{}]*\}[^{}]*)*\}\s*\{\s*$", " {", hdr)
        fbody = [re.sub(r"^(\s*)util\.return\b", r"\1func.return", l) for l in body]
        for l in fbody:
            if re.search(r"\b(hal|util|flow|stream|iree_\w+)\.", l):
                raise ExtractError("an IREE op is left in the body: " + l.strip()[:200])
        nargs = len(re.findall(r"%arg\d+:", lines[start]))
        head = [l for l in lines[:start] if not re.match(r"\s*util\.", l)]
        text = "\n".join(head).rstrip() + "\n" + hdr + "\n" + "\n".join(fbody) + "\n" + \
            lines[end] + "\n}\n"
        return reprint(text), list(range(nargs))
    args, out, alias, kept = [], [], {}, []
    consts = {}
    for l in lines[:start]:
        m = GLOBAL_RE.match(l)
        if m:
            consts[m.group(1)] = m.group(2)
    ret_vals, ret_tys = None, None
    exports = {}
    for l in body:
        m = IMPORT_RE.match(l)
        if m:
            args.append((m.group(1), m.group(3)))
            kept.append(int(m.group(2)[len("%arg"):]))
            continue
        m = BARRIER_RE.match(l)
        if m:
            vals = [v.strip() for v in split_top(m.group(2))]
            tys = [v.strip() for v in split_top(m.group(3))]
            res = m.group(1)
            if len(vals) == 1:
                alias[res] = (vals[0], tys[0])
            else:
                for k, (v, t) in enumerate(zip(vals, tys)):
                    alias["%s#%d" % (res, k)] = (v, t)
            continue
        m = EXPORT_RE.match(l)
        if m:
            src = alias.get(m.group(2), (m.group(2), m.group(3)))
            exports[m.group(1)] = src
            continue
        m = LOAD_RE.match(l)
        if m and m.group(3) in consts:
            # an immutable global initialized with a constant (a buffer of
            # the model, e.g. a causal mask): the constant itself
            out.append("%s%s = arith.constant %s : %s" % (m.group(1), m.group(2),
                                                         consts[m.group(3)], m.group(4)))
            continue
        m = RETURN_RE.match(l)
        if m:
            rv = [v.strip() for v in m.group(1).split(",")]
            if any(v not in exports for v in rv):
                raise ExtractError("util.return of a value that is not a hal.tensor.export")
            ret_vals = [exports[v][0] for v in rv]
            ret_tys = [exports[v][1] for v in rv]
            continue
        if re.search(r"\b(hal|util|flow|stream|iree_\w+)\.", l):
            raise ExtractError("an IREE op is left in the body: " + l.strip()[:200])
        out.append(l)
    if ret_vals is None:
        raise ExtractError("no util.return")
    func = "  func.func @%s(%s) -> (%s) {\n%s\n    func.return %s : %s\n  }" % (
        name.replace("$async", ""), ", ".join("%s: %s" % a for a in args), ", ".join(ret_tys),
        "\n".join(out), ", ".join(ret_vals), ", ".join(ret_tys))
    # module-level lines before the first util.func (#map aliases etc.)
    head = [l for l in lines[:start] if not re.match(r"\s*util\.", l)]
    mod = "\n".join(head).rstrip()
    if not re.search(r"^module", mod, re.M):
        raise ExtractError("no module")
    # the dialect resources (dense_resource blobs of inlined constants)
    tail = "\n".join(lines[end + 1:])
    res = tail[tail.find("{-#"):] if "{-#" in tail else ""
    text = mod + "\n" + func + "\n}\n" + res + "\n"
    text = reprint(text)
    if kept != sorted(kept):
        raise ExtractError("arguments imported out of order")
    return text, kept


def split_top(s):
    out, depth, cur = [], 0, ""
    for ch in s:
        depth += ch in "<(["
        depth -= ch in ">)]"
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return out


def reprint(text):
    """iree-opt generic print (reads IREE's syntax), then upstream mlir-opt."""
    p = subprocess.run([os.path.join(VENV_BIN, "iree-opt"), "-", "--mlir-print-op-generic"],
                       input=text, capture_output=True, text=True)
    if p.returncode:
        raise ExtractError("iree-opt rejects the extracted module: " + first_line(p.stderr))
    q = subprocess.run([MLIR_OPT, "-"], input=corpus.fix_i1_dense(p.stdout), capture_output=True,
                       text=True)
    if q.returncode:
        raise ExtractError("upstream mlir-opt rejects the extracted module: " + first_line(q.stderr))
    return q.stdout


def main_func_name(text):
    m = re.search(r"func\.func (?:public )?@([\w.-]+)\(", text)
    return m.group(1) if m else None
