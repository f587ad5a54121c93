#!/usr/bin/env python3
"""Compatibility entry point: `compare.py ACTUAL EXPECTED --tol TOL --min-count N`
is `attncheck compare` (utils/attncheck: per-row comparison, NaN where and
only where the expected output has NaN). New tests use the lit substitution
`%attncheck compare ...` instead."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "utils"))
from attncheck.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["compare"] + sys.argv[1:]))
