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


# The per-row max-abs bars of utils/attn_diff.py (compare.py's "max-abs"
# criterion: max |got - want| / max(1, max |want|) over a row's finite
# elements), for its generated attention programs, where every output is a
# convex combination of V rows with |v| < 1 (so the error is the row's
# max-abs error).
# Tolerances (per row; one wrong row fails, whatever the other rows do):
#  f32: 1e-5.  Both programs accumulate in f32 (unit roundoff 6e-8) over at
#   most 64 head dims and 64 keys (2,061 keys in the largest positive); the
#   fused op only reorders the sums (online softmax) and computes exp with
#   another f32 routine: a few ulps of |o| <= 1, measured below 1e-6.
#  f16: 8e-3, bf16: 1.6e-2.  The result is rounded to the output type on
#   both sides (half an ulp: 2.4e-4 for f16, 2e-3 for bf16 at |o| < 1, a full
#   ulp when a value straddles a rounding boundary) and the unfused program
#   may round P (and, for f16, Q.K^T) to the operand type before P.V while
#   the fused kernel keeps f32: |sum_j dp_j v_j| <= u * sum_j p_j |v_j| <= u,
#   plus the score rounding through exp.  Measured on seeded.test's 240
#   spelling programs (seeds 1-240, 2026-11-30): f32 1.0e-6, f16 2.4e-3 (5
#   f16 ulps at [0.5, 1): the f16 Q.K^T spelling), bf16 3.9e-3 (1 bf16 ulp).
#   The bars are 16 f16 ulps and 4 bf16 ulps.
#  A wrong row (a key dropped or added, another head or mask, zeros for a
#   mean) moves the row by O(1/Sk) or more; the generator's near misses are
#   sized so the oracle's rows differ by more than twice these bars
#   (utils/attn_diff.py --oracle checks that).
#  The class of an output is the lowest precision in its computation (the
#   block's operand type): an f32 output computed from f16 operands with P
#   rounded to f16 carries f16 rounding, so it is held to the f16 bar.
MAX_ABS_TOLERANCES = {"f32": 1e-5, "f16": 8e-3, "bf16": 1.6e-2}
