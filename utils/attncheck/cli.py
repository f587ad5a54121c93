"""Command line of attncheck.

  python3 utils/attncheck compare ACTUAL EXPECTED (--dtype T | --tol X) --min-count N
      Compares two files of printMemref output (actual against expected).

  python3 utils/attncheck fused-vs-unfused FILE.mlir (--dtype T | --tol X) --min-count N
          [--build DIR] [--entry main] [--min-fused N] [--out DIR]
      attn-opt --attn-fuse must form at least --min-fused (default 1)
      attn.flash_attention ops; then runs `attn-opt [--attn-fuse]
      --attn-lower-to-llvm`, run from ENTRY (Toolchain.run), for both programs and
      compares the fused output against the unfused one.

Exit status 0 when the outputs agree, 1 when they do not (the reasons are
printed on stderr), 2 on a usage or tool error. The tolerances, the
per-row criterion and their justification: tolerance.py, compare.py.
"""

import argparse
import os
import sys

from .compare import compare_outputs
from .memref import ParseError, parse_memrefs, read_memrefs
from .tolerance import TOLERANCES
from .toolchain import Toolchain, ToolError, count_fused


def _add_tolerance(ap):
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--dtype", choices=sorted(TOLERANCES),
                   help="lowest-precision element type involved: picks the documented tolerance")
    g.add_argument("--tol", type=float, help="explicit per-row relative L2 tolerance")
    ap.add_argument("--min-count", type=int, required=True,
                    help="fewest numbers each output must hold")


def _tolerance(args):
    return args.tol if args.tol is not None else TOLERANCES[args.dtype]


def _report(result, tol):
    print(result.summary(tol), flush=True)
    for e in result.errors:
        print("attncheck: error: " + e, file=sys.stderr)
    return 0 if result.ok else 1


def cmd_compare(args):
    try:
        actual = read_memrefs(args.actual)
        expected = read_memrefs(args.expected)
    except (OSError, ParseError) as ex:
        print("attncheck: error: %s" % ex, file=sys.stderr)
        return 1
    tol = _tolerance(args)
    return _report(compare_outputs(actual, expected, tol, args.min_count), tol)


def cmd_fused_vs_unfused(args):
    tc = Toolchain(args.build)
    missing = tc.missing()
    if missing:
        print("attncheck: error: not found: %s" % ", ".join(missing), file=sys.stderr)
        return 2
    tol = _tolerance(args)
    try:
        n = count_fused(tc.fuse(args.file))
        if n < args.min_fused:
            print("attncheck: error: --attn-fuse formed %d attn.flash_attention, expected at "
                  "least %d" % (n, args.min_fused), file=sys.stderr)
            return 1
        outs = {}
        for name in ("unfused", "fused"):
            outs[name] = tc.run(tc.lower(args.file, fused=(name == "fused")), args.entry)
            if args.out:
                os.makedirs(args.out, exist_ok=True)
                with open(os.path.join(args.out, name + ".out"), "w") as f:
                    f.write(outs[name])
        fused, unfused = parse_memrefs(outs["fused"]), parse_memrefs(outs["unfused"])
    except ToolError as ex:
        print("attncheck: error: %s" % ex, file=sys.stderr)
        return 2
    except ParseError as ex:
        print("attncheck: error: %s" % ex, file=sys.stderr)
        return 1
    print("attncheck: %d attn.flash_attention formed" % n)
    return _report(compare_outputs(fused, unfused, tol, args.min_count), tol)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="attncheck", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("compare", help="compare two files of printMemref output")
    c.add_argument("actual")
    c.add_argument("expected")
    _add_tolerance(c)
    c.set_defaults(func=cmd_compare)
    f = sub.add_parser("fused-vs-unfused", help="lower, run and compare a module fused and unfused")
    f.add_argument("file")
    f.add_argument("--build", help="build directory with bin/attn-opt and lib/libattnrt.so")
    f.add_argument("--entry", default="main")
    f.add_argument("--min-fused", type=int, default=1)
    f.add_argument("--out", help="keep both programs' outputs in this directory")
    _add_tolerance(f)
    f.set_defaults(func=cmd_fused_vs_unfused)
    args = ap.parse_args(argv)
    return args.func(args)
