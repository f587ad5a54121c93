"""Reads what MLIR's printMemref* functions print.

One printed memref is a header line

  Unranked Memref base@ = 0x5581... rank = 2 offset = 0 sizes = [2, 3]
      strides = [3, 1] data =

followed by the values as nested brackets ([[1, 2, 3], [4, 5, 6]]), one
bracket level per dimension. Anything else on stdout (timings, other prints)
is ignored. nan, -nan, inf and -inf are read as such.
"""

import math
import re

HEADER = re.compile(r"(?:Unranked )?Memref base@ = \S+ rank = (\d+) offset = \d+ "
                    r"sizes = \[([^\]]*)\] strides = \[[^\]]*\] data =")
NUMBER = re.compile(r"[-+]?(?:nan|inf|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)",
                    re.IGNORECASE)


class ParseError(Exception):
    pass


class Memref:
    """A printed memref: its sizes and its values in row-major order."""

    def __init__(self, sizes, values):
        self.sizes = list(sizes)
        self.values = list(values)

    @property
    def row_length(self):
        return self.sizes[-1] if self.sizes else 1

    def num_rows(self):
        n = 1
        for s in self.sizes[:-1]:
            n *= s
        return n if self.row_length else 0

    def rows(self):
        """(index of the row in the leading dimensions, values of the row):
        a row is the innermost dimension (for attention outputs [.., S, D]:
        one query position's output vector)."""
        n = self.row_length
        lead = self.sizes[:-1]
        for r in range(self.num_rows()):
            idx, rest = [], r
            for s in reversed(lead):
                idx.append(rest % s)
                rest //= s
            yield tuple(reversed(idx)), self.values[r * n:(r + 1) * n]

    def __repr__(self):
        return "Memref(sizes=%s, %d values)" % (self.sizes, len(self.values))


def _bracketed(text, start):
    """The text of the bracketed block that starts at or after `start`."""
    i = text.find("[", start)
    if i < 0:
        raise ParseError("no '[' after a memref header")
    depth = 0
    for j in range(i, len(text)):
        c = text[j]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return text[i:j + 1], j + 1
    raise ParseError("unbalanced brackets in a printed memref")


def parse_memrefs(text):
    """Every memref printed in `text`, in order. Raises ParseError when a
    memref's value count does not match its sizes."""
    out = []
    pos = 0
    while True:
        m = HEADER.search(text, pos)
        if not m:
            return out
        sizes = [int(x) for x in m.group(2).split(",") if x.strip()]
        if int(m.group(1)) != len(sizes):
            raise ParseError("rank %s but sizes %s" % (m.group(1), sizes))
        block, pos = _bracketed(text, m.end())
        values = [float(x) for x in NUMBER.findall(block)]
        n = math.prod(sizes) if sizes else 1
        if n == 0:
            # printMemref prints one innermost row of whatever memory is there
            # for a memref with a zero size: nothing of it is data
            values = []
        if len(values) != n:
            raise ParseError("memref of sizes %s printed %d values, expected %d" %
                             (sizes, len(values), n))
        out.append(Memref(sizes, values))


def read_memrefs(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return parse_memrefs(f.read())
