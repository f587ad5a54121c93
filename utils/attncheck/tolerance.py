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

  - bf16-accumulation: 2.0e-2 (bf16_accumulation_tolerance(32)), only for
    a reference (unfused) program that accumulates a contraction in bf16
    (`%acc: bf16` in P.V) over at most BF16_ACCUMULATION_MAX_TERMS = 32
    terms. Derived, not fitted: bf16 has 8 significant bits (7 stored), so
    one round-to-nearest of a value x errs by at most half an ulp, between
    2^-9 |x| and u |x| with u = 2^-8 = 3.9e-3, and is modelled as uniform
    on +-u|x| (RMS u/sqrt(3) |x|, an upper bound: the RMS over a binade is
    lower). The unfused P.V of n terms rounds P to bf16 (n roundings of
    p_j), each product p_j v_j (n more) and each partial sum S_k (n more);
    the fused op rounds only its output. With independent roundings the
    row's error is sqrt of the sum of their squares; p_j ~ 1/n and v of
    either sign make S_k a random walk, E[S_k^2] = (k/n) |o|^2, so the
    accumulator contributes sum_k k/n = (n+1)/2 units of |o|^2, and the P,
    product and fused output roundings one unit each:
        RMS row error = u/sqrt(3) * sqrt((n+1)/2 + 3)   (n=32: 1.0e-2)
    and the tolerance is twice that, for the worst of a few hundred rows
    (each row's error is an L2 over D >= 16 elements, so rows vary little:
    a pure-Python simulation of the @mqa arithmetic, 256 rows of D=32, gives
    a worst row of 1.28x..1.83x the simulated RMS and 1.0e-2..1.3e-2 for
    n = 24..32). Measured on test/Transforms/gqa.mlir @mqa (n = Sk = 24):
    fused and unfused differ by 1.07e-2 on their worst row (the unfused
    program is 9.5e-3 off a float64 recomputation, the fused one 2.2e-3).
    A real error is far above it: a key dropped or added moves a row by
    about 1/sqrt(n) relative (0.18 at n = 32). Longer bf16 reductions need a
    reference of their own, not a wider tolerance (numcheck refuses them).

The lowest precision among the operands and the output decides.
"""

import math

# bf16: 8 significant bits; unit roundoff (the largest relative error of one
# round-to-nearest) 2^-8.
BF16_UNIT_ROUNDOFF = 2.0 ** -8
BF16_ACCUMULATION_MAX_TERMS = 32


def bf16_accumulation_tolerance(terms):
    """Twice the modelled RMS row error between a fused op (f32 inside, one
    bf16 rounding of the output) and a reference that rounds P, each
    product and each of `terms` partial sums to bf16 (the derivation is in
    the module comment)."""
    rms = BF16_UNIT_ROUNDOFF / math.sqrt(3.0) * math.sqrt((terms + 1) / 2.0 + 3.0)
    return 2.0 * rms


TOLERANCES = {"f32": 1e-5, "f16": 1e-2, "bf16": 1e-2,
              "bf16-accumulation": bf16_accumulation_tolerance(BF16_ACCUMULATION_MAX_TERMS)}


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


# f16 accumulation (attn_gen.py's `cast: f16_scores`: Q.K^T is a contraction
# whose result type is f16, so the lowered loop rounds every product and
# every partial sum to f16; the fused op accumulates in f32).  The f16 bar
# above covers the roundings of P and of the output and one rounding of each
# score; the D roundings of the accumulator are added as their own term,
# derived (not fitted) by the probabilistic rounding-error model (Higham and
# Mary, "A new approach to probabilistic rounding error analysis", SISC 2019):
#  - f16 has 11 significant bits: one round-to-nearest of x errs by at most
#    u|x|, u = 2^-11, modelled as a zero-mean error uniform on +-u|x|
#    (variance u^2 x^2 / 3), independent across roundings.
#  - One score s = sum_{d<=D} q_d k_d: the lowered loop rounds each product
#    x_d = q_d k_d and each partial sum S_d = x_1 + .. + x_d, so the score is
#    off by delta = sum_d (e_d x_d + f_d S_d), Var(delta) = u^2/3 M^2 with
#    M^2 = sum_d x_d^2 + sum_d S_d^2.  The generator's inputs are uniform on
#    (-1, 1) (E q^2 = E k^2 = 1/3, so E x_d^2 = 1/9), the partial sums a
#    random walk (E S_d^2 = d/9):
#        E M^2 = D/9 + D(D+1)/18 = D(D+3)/18           (D = 64: 238, M ~ 15.4)
#    The logit is scale * s, so its error is scale * delta.
#  - Through the softmax and P.V: o_c = sum_j p_j v_jc, and to first order a
#    logit error delta_j moves it by d o_c = sum_j p_j (v_jc - o_c) delta_j.
#    The keys' errors are independent, so
#        Var(d o_c) = scale^2 u^2/3 E M^2 * sum_j p_j^2 (v_jc - o_c)^2
#    and sum_j p_j^2 (v_jc - o_c)^2 <= 1/2 for |v| <= 1 (two keys of
#    p = 1/2 at v = +-1 reach it; a random search over 2..6 keys finds
#    nothing larger; the crude bound max_j p_j * Var_p(v) <= 1 also holds).
#        sigma(D, scale) = |scale| u/sqrt(3) sqrt(D(D+3)/18) sqrt(1/2)
#    (D = 64, scale = 1: 3.1e-3; scale = 1/8: 3.8e-4; D = 8, scale 1: 4.4e-4).
#  - The bar adds F16_ACCUMULATION_SIGMAS = 6 sigma to the f16 bar: a
#    Gaussian exceeds 6 sigma with probability 2e-9, and a long run compares
#    at most about 10^6 such elements (2,000 seeds hold ~190 outputs of
#    f16-accumulating blocks);
#    sigma takes the worst case of the softmax factor (1/2; typical rows are
#    far below), which is the margin for the rows whose partial sums are
#    larger than their expectation.
#  Measured (2026-11-30): seed 61085 of the long run (D = 64, Sk = 64,
#  scale 1): the unfused program is 8.05e-3 off a float64 recomputation on
#  its worst row (an emulation of its f16 accumulation reproduces its output
#  to 1e-6), the fused op 2.3e-4; fused and unfused differ by 8.06e-3, over
#  the plain f16 bar; this bar is 8e-3 + 6 * 3.1e-3 = 2.65e-2.  Simulated
#  (accumulation_sim.py: the program's arithmetic in pure Python, output and
#  P roundings included), the worst of 2,000-8,000 rows per shape is
#  2.0-4.0 sigma: D = 64 with Sk = 2 / 17 / 64 keys 6.2e-3 / 1.2e-2 /
#  1.0e-2, D = 40 6.8e-3, D = 16 2.2e-3, D = 8 1.0e-3 (scale 1), D = 64 at
#  scale 1/8 2.4e-4: at most 46% of the bar.  Long run 70000-71999 (187
#  such outputs): worst 5.4e-3 at D = 64, scale 1 (20% of its bar), 5.1e-3
#  at D = 40, scale 1 (26%).  The model's weak points, covered by that
#  margin: E M^2 stands for each score's own M^2, and the roundings are
#  taken as independent.  A real defect is far above
#  it: seed 61085 with the last key dropped in the fused op moves its worst
#  row by 0.112, with the scale 10% high by 0.084
#  (test/Differential/selftest.test).
F16_UNIT_ROUNDOFF = 2.0 ** -11
F16_ACCUMULATION_SIGMAS = 6.0


def f16_accumulation_sigma(terms, scale):
    """The modelled standard deviation of one output element's difference
    between a fused op (f32 scores) and a program that accumulates each
    score's `terms` products in f16, for logits scale * score and inputs
    uniform on (-1, 1) (the derivation is above)."""
    return (abs(scale) * F16_UNIT_ROUNDOFF / math.sqrt(3.0) *
            math.sqrt(terms * (terms + 3) / 18.0) * math.sqrt(0.5))


def f16_accumulation_max_abs_tolerance(terms, scale):
    """The per-row max-abs bar for an output whose Q.K^T contraction of
    `terms` products accumulates in f16: the f16 bar plus
    F16_ACCUMULATION_SIGMAS of f16_accumulation_sigma."""
    return (MAX_ABS_TOLERANCES["f16"] +
            F16_ACCUMULATION_SIGMAS * f16_accumulation_sigma(terms, scale))
