#!/usr/bin/env python3
"""The ctypes mirrors of the C structs the GPU benchmarks pass to C, checked
against the headers at start-up.

The mirrors (Tensor = attnrt_tensor, Problem = attnrt_problem from
include/attnrt/attnrt.h; KernelTensor = attnk_tensor, KernelProblem =
attnk_problem from kernels/include/attn_kernels.h, the device problem the
Hopper launcher takes) are not trusted: check() compiles a tiny C
program against the headers (the C compiler is $CC, else cc, clang or gcc
from PATH) that prints sizeof of the struct and offsetof/sizeof of every
field the mirror declares, and raises LayoutError naming each field that
differs. bench/gpu/bench_sdpa.py (and its --hopper-variants mode,
hopper_variants.py) call it before they touch the library.

  python3 bench/gpu/attnrt_layout.py --check [--include DIR] [--kernels-include DIR]

exits 0 and prints PASS when every mirror matches, 1 and the differences
otherwise (test/Scripts/attnrt-layout.test runs it, and on a modified header).
Needs only a C compiler and the headers; no torch, no GPU.
"""
import argparse
import ctypes
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
INCLUDE = os.path.join(ROOT, "include")
KERNELS_INCLUDE = os.path.join(ROOT, "kernels", "include")


class LayoutError(RuntimeError):
    pass


class Tensor(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("dtype", ctypes.c_int),
                ("sizes", ctypes.c_int64 * 4), ("strides", ctypes.c_int64 * 4)]


class Problem(ctypes.Structure):
    _fields_ = [("struct_size", ctypes.c_uint32), ("q", Tensor), ("k", Tensor),
                ("v", Tensor), ("o", Tensor), ("mask", Tensor), ("causal", ctypes.c_int),
                ("scale", ctypes.c_float), ("memory", ctypes.c_int), ("device", ctypes.c_int32),
                ("stream", ctypes.c_void_p),
                # API 2 (attnrt_problem_init writes the whole struct)
                ("mask_fill", ctypes.c_float), ("empty_rows", ctypes.c_int), ("lse", Tensor),
                # API 3
                ("logit_rounding", ctypes.c_int)]


class KernelTensor(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("strides", ctypes.c_int64 * 4)]


class KernelProblem(ctypes.Structure):
    _fields_ = [
        ("dtype", ctypes.c_int), ("out_dtype", ctypes.c_int), ("mask_dtype", ctypes.c_int),
        ("causal", ctypes.c_int),
        ("batch", ctypes.c_int64), ("heads_q", ctypes.c_int64), ("heads_kv", ctypes.c_int64),
        ("seq_q", ctypes.c_int64), ("seq_k", ctypes.c_int64), ("head_dim", ctypes.c_int64),
        ("head_dim_v", ctypes.c_int64),
        ("scale", ctypes.c_float), ("logit_rounding", ctypes.c_int),
        ("q", KernelTensor), ("k", KernelTensor), ("v", KernelTensor), ("o", KernelTensor),
        ("mask", KernelTensor),
        ("mask_fill", ctypes.c_float), ("empty_rows", ctypes.c_int), ("lse", KernelTensor),
    ]


# (mirror, C type, header to include, include dirs key)
ATTNRT_MIRRORS = [(Tensor, "attnrt_tensor", "attnrt/attnrt.h"),
                  (Problem, "attnrt_problem", "attnrt/attnrt.h")]
KERNEL_MIRRORS = [(KernelTensor, "attnk_tensor", "attn_kernels.h"),
                  (KernelProblem, "attnk_problem", "attn_kernels.h")]


def _compiler():
    for cc in (os.environ.get("CC"), "cc", "clang", "gcc"):
        if cc and shutil.which(cc):
            return cc
    raise LayoutError("no C compiler found ($CC, cc, clang, gcc) to read the struct layout from the headers")


def c_layout(ctype, header, fields, include_dirs):
    """{'<sizeof>': n, field: (offset, size)} as the C compiler lays out `ctype`."""
    lines = ["#include <stddef.h>", "#include <stdio.h>", f'#include "{header}"', "int main(void) {",
             f'  printf("<sizeof> %zu 0\\n", sizeof({ctype}));']
    for f in fields:
        lines.append(f'  printf("{f} %zu %zu\\n", offsetof({ctype}, {f}), sizeof((({ctype} *)0)->{f}));')
    lines += ["  return 0;", "}"]
    with tempfile.TemporaryDirectory() as tmp:
        src, exe = os.path.join(tmp, "layout.c"), os.path.join(tmp, "layout")
        with open(src, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        cmd = [_compiler(), "-o", exe, src] + [f"-I{d}" for d in include_dirs]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            raise LayoutError(f"{ctype}: compiling the layout probe failed ({' '.join(cmd)}):\n{r.stderr}")
        out = subprocess.run([exe], capture_output=True, text=True, check=True).stdout
    layout = {}
    for line in out.splitlines():
        name, off, size = line.split()
        layout[name] = (int(off), int(size))
    return layout


def mismatches(mirror, ctype, header, include_dirs):
    """Differences between the ctypes mirror and the C layout, as strings."""
    names = [f[0] for f in mirror._fields_]
    layout = c_layout(ctype, header, names, include_dirs)
    errs = []
    if layout["<sizeof>"][0] != ctypes.sizeof(mirror):
        errs.append(f"{ctype}: sizeof is {layout['<sizeof>'][0]} in C, {ctypes.sizeof(mirror)} in the mirror")
    for n in names:
        d = getattr(mirror, n)
        if layout[n] != (d.offset, d.size):
            errs.append(f"{ctype}.{n}: C offset {layout[n][0]} size {layout[n][1]}, "
                        f"mirror offset {d.offset} size {d.size}")
    return errs


def check(mirrors=None, include_dirs=None):
    """Raise LayoutError unless every mirror matches its header."""
    mirrors = ATTNRT_MIRRORS if mirrors is None else mirrors
    include_dirs = [INCLUDE] if include_dirs is None else include_dirs
    errs = []
    for mirror, ctype, header in mirrors:
        errs += mismatches(mirror, ctype, header, include_dirs)
    if errs:
        raise LayoutError("ctypes mirror does not match the C header (update bench/gpu/attnrt_layout.py):\n  "
                          + "\n  ".join(errs))


def check_kernels(include_dirs=None):
    check(KERNEL_MIRRORS, include_dirs or [INCLUDE, KERNELS_INCLUDE])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", required=True)
    ap.add_argument("--include", default=INCLUDE, help="directory holding attnrt/attnrt.h")
    ap.add_argument("--kernels-include", default=KERNELS_INCLUDE, help="directory holding attn_kernels.h")
    args = ap.parse_args()
    try:
        check(ATTNRT_MIRRORS, [args.include])
        check(KERNEL_MIRRORS, [args.include, args.kernels_include])
    except LayoutError as e:
        print(f"FAIL: attnrt layout: {e}")
        return 1
    names = ", ".join(c for _, c, _ in ATTNRT_MIRRORS + KERNEL_MIRRORS)
    print(f"PASS: attnrt layout: ctypes mirrors match the headers ({names})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
