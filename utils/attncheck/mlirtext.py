"""Reading MLIR text without parsing it (the drivers that build a @main for
a function: test/Frontends/run_corpus.py, test/Transforms/Inputs/numcheck.py)."""


def split_types(s):
    """Splits a comma-separated list of types or arguments at the commas
    outside <...> (`tensor<2x3xf32>, tensor<?xi1>` -> two items)."""
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out
