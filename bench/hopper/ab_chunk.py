#!/usr/bin/env python3
"""Same-process A/B of the Hopper kernels' L2 chunk size (issue 12, d256c).

The tile order groups (batch, head) pairs in chunks whose K and V fit an L2
budget (launch.cuh make_launch: ATTN_HOPPER_CHUNK_MB, default 8 MB; read
once per library). To time several budgets in one process, one copy of the
Hopper library is loaded per candidate (a copy is a separate dlopen, with
its own budget), and the environment variable is set before each call
(its first call fixes that copy's budget). Candidates are TAG=MB, e.g.
c8=8,c32=32,c8b=8 (c8b: the same code and budget as c8, a control for the
harness's bias). Everything else is ab_same_process.run_shape: outputs
checked row by row first, interleaved rounds, paired ratios.

  python3 bench/hopper/ab_chunk.py --hopper LIB --chunks c8=8,c32=32,c8b=8 \\
      --rows 16,17 --dtypes bf16,f16 --rounds 4 --skip flash
"""
import argparse
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "gpu"))

import torch  # noqa: E402

import ab_same_process  # noqa: E402
import hopper_variants  # noqa: E402
import model_shapes  # noqa: E402


class Chunked:
    """The Hopper interface run_shape uses (variants, run_sched), over one
    library copy per chunk budget; a variant is "TAG:default"."""

    def __init__(self, path, chunks):
        self.tmp = tempfile.mkdtemp(prefix="ab_chunk_")
        self.libs = []
        for tag, mb in chunks:
            cp = os.path.join(self.tmp, f"libattn_hopper_{tag}.so")
            shutil.copyfile(path, cp)
            self.libs.append((tag, mb, hopper_variants.Hopper(cp)))

    def variants(self, d, dtype):
        return [(k, f"{tag}:default") for k, (tag, _, _) in enumerate(self.libs)]

    def run_sched(self, p, k, bits):
        tag, mb, h = self.libs[k]
        os.environ["ATTN_HOPPER_CHUNK_MB"] = str(mb)
        h.run_sched(p, -1, bits)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hopper", required=True)
    ap.add_argument("--chunks", default="c8=8,c32=32,c8b=8")
    ap.add_argument("--rows", default="16,17")
    ap.add_argument("--dtypes", default="bf16")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--skip", default="flash")
    args = ap.parse_args()
    chunks = [(t, int(m)) for t, m in (c.split("=") for c in args.chunks.split(","))]
    hop = Chunked(os.path.abspath(args.hopper), chunks)
    names = [f"{t}:default" for t, _ in chunks]
    print(f"# {torch.cuda.get_device_name()}  torch {torch.__version__}  cudnn {torch.backends.cudnn.version()}")
    for dn in args.dtypes.split(","):
        dt = {"bf16": torch.bfloat16, "f16": torch.float16}[dn]
        for row in args.rows.split(","):
            s = model_shapes.SHAPES[int(row)]
            torch.manual_seed(7)
            ab_same_process.run_shape(f"row {row}: {s.name}", s, dt, None, hop, names, args.rounds,
                                      "f32", False, args.skip.split(","))


if __name__ == "__main__":
    sys.exit(main())
