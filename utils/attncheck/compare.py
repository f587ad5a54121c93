"""Per-row comparison of printed outputs (actual against expected).

For each pair of memrefs (same position in both outputs, same sizes), for
each row (the innermost dimension; for attention [.., S, D] one query
position):
  - NaN where and only where the expected row has NaN (an empty row under
    EMPTY_ROWS_NAN is NaN in both; a NaN anywhere else is an error), and
    +-inf where and only where the expected row has the same infinity;
  - over the remaining (finite) elements, the relative L2 error
        ||a_r - b_r|| / max(||b_r||, typical row norm) <= tol
    where the typical row norm is the root mean square of the expected
    rows' norms. A single wrong row fails by itself (a relative error over
    the whole output would dilute it by the number of rows); a row that is
    legitimately near zero (cancellation, an empty row under
    EMPTY_ROWS_ZERO) is held to the output's scale instead of to its own.
Other per-row criteria (row_error's `criterion`), for callers whose bars
were measured with them:
  - "rel-l2-own": ||a_r - b_r|| / ||b_r|| (||a_r - b_r|| when ||b_r|| = 0):
    stricter than the default, a near-zero row is held to its own scale
    (test/Frontends/run_corpus.py);
  - "max-abs": max |a_r - b_r| / max(1, max |b_r|) over the finite
    elements, against MAX_ABS_TOLERANCES (utils/attn_diff.py).
The NaN/inf rule is the same for every criterion.
The outputs also fail when the memref counts or sizes differ, when either
holds fewer than `min_count` numbers, when the expected output is all zeros,
or when no finite element was compared.
"""

import math


class Comparison:
    def __init__(self):
        self.errors = []
        self.rows = 0
        self.bad_rows = 0
        self.values = 0
        self.compared = 0
        self.worst = 0.0
        self.worst_where = None
        self.max_abs = 0.0

    @property
    def ok(self):
        return not self.errors

    def summary(self, tol):
        where = ""
        if self.worst_where is not None:
            where = " (output %d row %s)" % self.worst_where
        return ("attncheck: %d values in %d rows, %d rows over tolerance; max abs diff %.3e, "
                "worst row relative L2 %.3e%s (tol %.1e)" % (
                    self.values, self.rows, self.bad_rows, self.max_abs, self.worst, where, tol))


def _same_nonfinite(a, b):
    if math.isnan(b):
        return math.isnan(a)
    if math.isinf(b):
        return a == b
    return math.isfinite(a)


ROW_CRITERIA = ("rel-l2-typical", "rel-l2-own", "max-abs")


def nonfinite_mismatch(actual_row, expected_row):
    """None when `actual_row` has NaN where and only where `expected_row` has
    NaN and the same infinities in the same places; else a message naming
    the first element that differs."""
    for j, (x, y) in enumerate(zip(actual_row, expected_row)):
        if not _same_nonfinite(x, y):
            return "element %d is %r, expected %r" % (j, x, y)
    return None


def row_error(actual_row, expected_row, criterion="rel-l2-typical", typical=0.0):
    """The error of one row under `criterion` (see the module comment),
    over the elements where the expected row is finite. `typical` is the
    output's typical row norm (only "rel-l2-typical" uses it). Call
    nonfinite_mismatch first: this does not look at NaN/inf placement."""
    pairs = [(x, y) for x, y in zip(actual_row, expected_row) if math.isfinite(y)]
    if criterion == "max-abs":
        top = max([1.0] + [abs(y) for _, y in pairs])
        err = 0.0
        for x, y in pairs:
            d = abs(x - y)
            err = max(err, d / top) if not math.isnan(d) else math.inf
        return err
    d2 = math.fsum((x - y) ** 2 for x, y in pairs)
    n2 = math.fsum(y * y for _, y in pairs)
    if criterion == "rel-l2-own":
        return math.sqrt(d2 / n2) if n2 > 0 else math.sqrt(d2)
    if criterion != "rel-l2-typical":
        raise ValueError("unknown row criterion %r (one of %s)" % (criterion, ROW_CRITERIA))
    denom = max(math.sqrt(n2), typical)
    if denom > 0:
        return math.sqrt(d2) / denom
    return 0.0 if d2 == 0 else math.inf


def typical_row_norm(expected):
    """The root mean square of the expected memref's row norms (over the
    finite elements): the scale a near-zero row is held to."""
    norms2 = [math.fsum(y * y for y in b if math.isfinite(y)) for _, b in expected.rows()]
    return math.sqrt(math.fsum(norms2) / len(norms2)) if norms2 else 0.0


def compare_memrefs(out_index, actual, expected, tol, result, max_reports=5,
                    allow_zero_reference=False):
    """Compares one pair of memrefs row by row; adds to `result`."""
    if actual.sizes != expected.sizes:
        result.errors.append("output %d: sizes %s, expected %s" % (
            out_index, actual.sizes, expected.sizes))
        return
    rows = list(expected.rows())
    typical = typical_row_norm(expected)
    compared = 0
    for (idx, b), (_, a) in zip(rows, actual.rows()):
        result.rows += 1
        compared += sum(1 for y in b if math.isfinite(y))
        for x, y in zip(a, b):
            if math.isfinite(x) and math.isfinite(y):
                result.max_abs = max(result.max_abs, abs(x - y))
        # the same per-row criterion every caller uses (row_error)
        problem = nonfinite_mismatch(a, b)
        rel = row_error(a, b, "rel-l2-typical", typical)
        if problem is None and not rel <= tol:
            problem = "relative L2 %.3e > %.1e (row norm %.3e, typical %.3e)" % (
                rel, tol, math.sqrt(math.fsum(y * y for y in b if math.isfinite(y))), typical)
        if not math.isnan(rel) and rel > result.worst:
            result.worst, result.worst_where = rel, (out_index, list(idx))
        if problem:
            result.bad_rows += 1
            if result.bad_rows <= max_reports:
                result.errors.append("output %d row %s: %s" % (out_index, list(idx), problem))
    if typical == 0 and compared and not allow_zero_reference:
        result.errors.append("output %d: the expected values are all zeros: nothing is "
                             "compared" % out_index)
    result.values += len(expected.values)
    result.compared += compared


def compare_outputs(actual, expected, tol, min_count=1, allow_zero_reference=False):
    """Compares two lists of Memref (what two programs printed).
    allow_zero_reference: an all-zero expected output is compared exactly
    (for programs whose output is zeros by definition, e.g. Sk == 0) instead
    of being an error."""
    result = Comparison()
    if len(actual) != len(expected):
        result.errors.append("%d memrefs printed, expected %d" % (len(actual), len(expected)))
    for name, outs in (("actual", actual), ("expected", expected)):
        n = sum(len(m.values) for m in outs)
        if n < min_count:
            result.errors.append("%s: %d numbers printed, expected at least %d" % (
                name, n, min_count))
    for i, (a, b) in enumerate(zip(actual, expected)):
        compare_memrefs(i, a, b, tol, result, allow_zero_reference=allow_zero_reference)
    if result.bad_rows > 5:
        result.errors.append("... %d rows over tolerance in all" % result.bad_rows)
    if not result.compared and not result.errors and not allow_zero_reference:
        result.errors.append("no finite value was compared")
    return result
