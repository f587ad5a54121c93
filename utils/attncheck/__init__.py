"""attncheck: lower an MLIR module fused and unfused, run both (under
mlir-runner, or compiled at -O0 when large: Toolchain.run), read what printMemref printed, and compare the outputs row by
row with the project's documented tolerances.

  memref.py     parse printMemref output (shapes and values, NaN/inf kept)
  tolerance.py  the tolerances per element type, and why
  accumulation_sim.py  simulates the f16-accumulation error tolerance.py
                derives (its check)
  compare.py    the per-row comparison (NaN where and only where the
                reference has NaN, per-row relative L2)
  toolchain.py  attn-opt / mlir-runner or mlir-translate + clang / libattnrt: lower, run, count fusions
  mlirtext.py   reading MLIR text (split_types) for the drivers that build a @main
  cli.py        `python3 utils/attncheck {compare,fused-vs-unfused} ...`

Used by lit (the %attncheck substitution), examples/run.sh,
test/Transforms/Inputs/numcheck.py, utils/attn_diff.py and
test/Frontends/run_corpus.py.
"""

from .compare import (ROW_CRITERIA, Comparison, compare_memrefs, compare_outputs,
                      nonfinite_mismatch, row_error)
from .memref import Memref, ParseError, parse_memrefs
from .tolerance import (MAX_ABS_TOLERANCES, TOLERANCES, f16_accumulation_max_abs_tolerance,
                        f16_accumulation_sigma, tolerance_for)

__all__ = ["Comparison", "MAX_ABS_TOLERANCES", "Memref", "ParseError", "ROW_CRITERIA", "TOLERANCES",
           "compare_memrefs", "compare_outputs", "f16_accumulation_max_abs_tolerance",
           "f16_accumulation_sigma", "nonfinite_mismatch", "parse_memrefs",
           "row_error", "tolerance_for"]
