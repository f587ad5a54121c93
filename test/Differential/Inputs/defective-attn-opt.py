#!/usr/bin/env python3
"""A deliberately defective attn-opt for the harness self-test: it fuses
with the real attn-opt ($ATTN_OPT_REAL), then plants one defect in every
attn.flash_attention of the "fused" program before lowering it, so that
utils/attn_diff.py must report a miscompile:

  ATTN_DEFECT=drop-last-key  K and V lose their last key (the op reads
                             tensor.extract_slice's of Sk - 1 keys);
  ATTN_DEFECT=scale-1.1      the scale attribute is 1.1 times the real one.

Only the 4-D [B, H, Sk, D] operands of the ops it rewrites are handled (the
self-test's seeds); anything else is an error, never a silent pass.
"""

import os
import re
import subprocess
import sys

REAL = os.environ["ATTN_OPT_REAL"]
DEFECT = os.environ.get("ATTN_DEFECT", "")
OP_RE = re.compile(r"^(\s*)(%\S+) = attn\.flash_attention ins\((%\w+), (%\w+), (%\w+)(.*?) : "
                   r"(tensor<[^>]*>), (tensor<[^>]*>), (tensor<[^>]*>)(.*)$")


def drop_last_key(line):
    m = OP_RE.match(line)
    if not m:
        sys.exit("defective-attn-opt: cannot rewrite: " + line.strip())
    ind, res, q, k, v, more, qt, kt, vt, rest = m.groups()
    out = []
    names = {}
    for name, ty in ((k, kt), (v, vt)):
        dims = ty[len("tensor<"):-1].split("x")
        if len(dims) != 5:  # B, H, Sk, D and the element type
            sys.exit("defective-attn-opt: not a 4-D operand: " + ty)
        sk = int(dims[2])
        sliced = dims[:2] + [str(sk - 1)] + dims[3:]
        sty = "tensor<%s>" % "x".join(sliced)
        new = "%s_dropkey" % name
        out.append("%s%s = tensor.extract_slice %s[0, 0, 0, 0] [%s, %s, %d, %s] [1, 1, 1, 1] : "
                   "%s to %s\n" % (ind, new, name, dims[0], dims[1], sk - 1, dims[3], ty, sty))
        names[name] = (new, sty)
    out.append("%s%s = attn.flash_attention ins(%s, %s, %s%s : %s, %s, %s%s\n" % (
        ind, res, q, names[k][0], names[v][0], more, qt, names[k][1], names[v][1], rest))
    return "".join(out)


def plant(ir):
    lines = []
    count = 0
    for line in ir.splitlines(keepends=True):
        if "attn.flash_attention" in line and " = attn.flash_attention " in line:
            count += 1
            if DEFECT == "drop-last-key":
                line = drop_last_key(line.rstrip("\n"))
            elif DEFECT == "scale-1.1":
                line, n = re.subn(r"scale = ([-+0-9.e]+) : f32",
                                  lambda m: "scale = %.9e : f32" % (1.1 * float(m.group(1))), line)
                if n != 1:
                    sys.exit("defective-attn-opt: no scale attribute: " + line.strip())
            else:
                sys.exit("defective-attn-opt: unknown ATTN_DEFECT %r" % DEFECT)
        lines.append(line)
    if not count:
        sys.exit("defective-attn-opt: nothing fused, no defect planted")
    return "".join(lines)


def main():
    args = sys.argv[1:]
    options = [a for a in args if a.startswith("-")]
    inputs = [a for a in args if not a.startswith("-")]
    if options == ["--attn-fuse", "--attn-lower-to-llvm"] and len(inputs) == 1:
        src = inputs[0]
        fused = subprocess.run([REAL, src, "--attn-fuse"], capture_output=True, text=True)
        if fused.returncode:
            sys.stderr.write(fused.stderr)
            return fused.returncode
        broken = src + ".defective.mlir"
        with open(broken, "w") as f:
            f.write(plant(fused.stdout))
        os.execv(REAL, [REAL, broken, "--attn-lower-to-llvm"])
    os.execv(REAL, [REAL] + args)


if __name__ == "__main__":
    sys.exit(main())
