#!/usr/bin/env python3
"""Tables for docs/frontends.md from run_corpus.py --report JSON.

  summarize.py report.json [generate.log]

Prints (markdown) fused/expected per path and model (all variants of a
model on a path summed), the totals, the misses grouped by the remark the
pass gave (the 'not fused' remarks of each file, counted per remark), and,
with the generator log, the variants each frontend refused.
"""

import collections
import json
import re
import sys


def norm(remark):
    # quoted op names and numbers vary between files; keep the check's words
    r = re.sub(r"\b\d+\b", "N", remark)
    return r


def main():
    res = json.load(open(sys.argv[1]))
    paths = sorted({r["path"] for r in res if "path" in r}, key=lambda p: (
        ["tm-linalg", "tm-tosa", "onnx17-tm", "onnxdy-tm", "onnx17-iree", "onnxdy-iree",
         "turbine-iree", "jax-iree"] + [p]).index(p))
    model_list = sorted({r["model"] for r in res if "model" in r})
    cell = collections.defaultdict(lambda: [0, 0])
    for r in res:
        if "fused" not in r:
            continue
        c = cell[(r["path"], r["model"])]
        c[0] += r["fused"]
        c[1] += r["expected_blocks"]
    print("| model | " + " | ".join(paths) + " | all |")
    print("| --- |" + " --- |" * (len(paths) + 1))
    for m in model_list:
        row, f, e = [], 0, 0
        for p in paths:
            c = cell.get((p, m))
            row.append("%d/%d" % tuple(c) if c else "-")
            if c:
                f += c[0]
                e += c[1]
        print("| %s | %s | %d/%d |" % (m, " | ".join(row), f, e))
    tot = []
    F = E = 0
    for p in paths:
        f = sum(v[0] for (pp, _), v in cell.items() if pp == p)
        e = sum(v[1] for (pp, _), v in cell.items() if pp == p)
        F += f
        E += e
        tot.append("%d/%d" % (f, e))
    print("| **all** | %s | **%d/%d (%.0f%%)** |" % (" | ".join(tot), F, E, 100.0 * F / max(E, 1)))
    print()
    nfiles = collections.Counter(r["path"] for r in res if "path" in r)
    print("Files per path: " + ", ".join("%s %d" % (p, nfiles[p]) for p in paths) +
          "; %d in all." % sum(nfiles.values()))
    print()
    causes = collections.defaultdict(lambda: [0, set(), []])
    for r in res:
        if "fused" not in r:
            continue
        miss = r["expected_blocks"] - r["fused"]
        if miss <= 0:
            continue
        rem = [x for x in r.get("remarks", []) if x.startswith("not fused")]
        first = norm(rem[0]) if rem else "(no remark: no candidate recognized)"
        c = causes[first]
        c[0] += miss
        c[1].add(r["path"])
        c[2].append(r["file"])
    print("| missed blocks | first 'not fused' remark of the file | paths | example |")
    print("| --- | --- | --- | --- |")
    for k, (n, ps, files) in sorted(causes.items(), key=lambda kv: -kv[1][0]):
        print("| %d | `%s` | %s | %s |" % (n, k.replace("|", "\\|"), ", ".join(sorted(ps)),
                                          sorted(files)[0]))
    bad = [r for r in res if not r.get("ok") and "MISCOMPILE" in r.get("msg", "")]
    if bad:
        print()
        print("MISCOMPILES:")
        for r in bad:
            print("- %s: %s" % (r["file"], r["msg"]))
    if len(sys.argv) > 2:
        print()
        print("Variants a frontend refused (frontends/generate.log):")
        print()
        for line in open(sys.argv[2]):
            if "FAILED" in line or "rejects" in line or "arguments, the model" in line:
                print("- " + line.strip())


if __name__ == "__main__":
    main()
