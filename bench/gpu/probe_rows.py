#!/usr/bin/env python3
"""Runs a list of model_shapes.Shape rows through bench_sdpa's models harness
(`--sweep random`, the rows in place of the seeded draw): the same checks,
rounds and columns as the sweeps. The probes (probe_masked_shapes.py,
probe_masked_decode.py) hold the rows; PROBE_ONLY=0,3 keeps those rows only;
the other arguments are bench_sdpa's.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def run(rows):
    import bench_sdpa
    import random_shapes
    only = os.environ.get("PROBE_ONLY")
    if only:
        rows = [rows[int(i)] for i in only.split(",")]
    random_shapes.shapes = lambda seed, count: rows
    sys.argv = [sys.argv[0], "--sweep", "random"] + sys.argv[1:]
    return bench_sdpa.main()
