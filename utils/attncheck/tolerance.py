"""The tolerances fused-vs-unfused comparisons use, and why.

The criterion (compare.py) is a relative L2 error per output row:
||fused_r - unfused_r|| / max(||unfused_r||, typical row norm) <= tol.

  - f32: 1e-5. The fused op runs an online (tiled, rescaled) softmax and
    sums in another order than the unfused loops; that reassociation lands
    at about 1e-7..1e-6 relative in f32 (unit roundoff 6e-8, sums of a few
    hundred terms). printMemrefF32 prints 6 significant digits, which adds
    up to 5e-7 relative per number. 1e-5 leaves a 10x margin and still
    catches any real error (a wrong mask, scale or permutation in one row
    is > 1e-3 in that row).
  - f16 / bf16: 1e-2. Inputs and outputs are rounded to the storage type:
    f16 unit roundoff is 4.9e-4 and bf16 3.9e-3. The unfused program rounds
    intermediates (scores, probabilities) where the fused op keeps f32, so
    the two differ by a few roundoffs of the output type; bf16's 3.9e-3
    times ~2 is under 1e-2, and a real error is far above it.

  - bf16-accumulation: 2e-2, only for a reference (unfused) program that
    accumulates a contraction in bf16 (`%acc: bf16` in P.V): each of the Sk
    partial sums is rounded to bf16, so the reference itself is off by about
    sqrt(Sk) * u_bf16 / 2 ~ 1e-2 for the Sk <= 32 of the lit inputs, on top
    of the 1e-2 above. Measured on test/Transforms/gqa.mlir @mqa (Sk = 24)
    against a float64 recomputation: the unfused program is 9.5e-3 off on its
    worst row, the fused one 2.2e-3; they differ by 1.05e-2. Longer bf16
    reductions need a reference of their own, not a wider tolerance.

The lowest precision among the operands and the output decides.
"""

TOLERANCES = {"f32": 1e-5, "f16": 1e-2, "bf16": 1e-2, "bf16-accumulation": 2e-2}


def tolerance_for(*element_types):
    """The tolerance for a computation that involves these element types
    (f32 / f16 / bf16 / bf16-accumulation; others are ignored): the
    loosest one."""
    tols = [TOLERANCES[t] for t in element_types if t in TOLERANCES]
    if not tols:
        raise ValueError("no floating-point type among %s" % (element_types,))
    return max(tols)
