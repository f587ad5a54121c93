#!/usr/bin/env python3
"""The multi-process A/B of two libattnrt.so builds (bench/gpu/DECODE_NOTES.md,
"Rows 28/32: the live-row merge, decided over processes"): reads the logs of
several decode_variants.py processes, each of which timed the new build (base,
base') and the old one (b:old, b:old') twice, and applies the rule written
there before the call:

  per process p, row r, dtype d: R = mean(base, base') / mean(b:old, b:old');
  over the N processes: mean m, sample std s, low = m - 2 s / sqrt(N).
  KEEP the new build iff no process reported WRONG/ERROR, every cell has N >= 3,
  m > 1 on rows 28 and 32 in both dtypes, and low >= 1 - LOSS (0.3%) on
  rows 29, 30, 31 and 33 in both dtypes; else REVERT.

  decode_ab_rule.py var-bf16-0.log var-f16-0.log ...   (file names var-DTYPE-P.log)
  Other names and rows: --new NAME --old NAME, --key-rows R,.. --key-min X (mean > X),
  --guard-rows R,.. --guard-loss L (low >= 1 - L), --mean-rows R,.. --mean-min X (mean >= X),
  --key-low X (the key rows also need low >= X).

Rows outside 28-33 (decode_variants --extra: 100, ...) are listed, outside the rule.
Prints the table (one column per process, in %), then `DECISION KEEP|REVERT`.
"""
import math
import re
import sys

KEY_ROWS = (28, 32)
GUARD_ROWS = (29, 30, 31, 33)
LOSS = 0.003
NEW, OLD = "base", "b:old"
KEY_MIN = 1.0
MEAN_ROWS, MEAN_MIN = (), 1.0
KEY_LOW = None


def parse(path):
    """{row: {name: [TB/s, ...]}} of one process's log; bad: WRONG/ERROR seen."""
    out, bad = {}, False
    for line in open(path):
        m = re.match(r"^\| (\d+) \|", line)
        if not m:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")][3:]
        row = out.setdefault(int(m.group(1)), {})
        for c in cells:
            parts = c.split()
            if len(parts) < 2:
                continue
            if parts[1] in ("WRONG", "ERROR"):
                bad = True
                continue
            row.setdefault(parts[0].rstrip("'"), []).append(float(parts[1]))
    return out, bad


def main(argv):
    global KEY_ROWS, GUARD_ROWS, LOSS, NEW, OLD, KEY_MIN, MEAN_ROWS, MEAN_MIN, KEY_LOW
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--new", default=NEW)
    ap.add_argument("--old", default=OLD)
    ap.add_argument("--key-rows", default="28,32")
    ap.add_argument("--key-min", type=float, default=KEY_MIN)
    ap.add_argument("--key-low", type=float, default=KEY_LOW)
    ap.add_argument("--guard-rows", default="29,30,31,33")
    ap.add_argument("--guard-loss", type=float, default=LOSS)
    ap.add_argument("--mean-rows", default="")
    ap.add_argument("--mean-min", type=float, default=MEAN_MIN)
    a = ap.parse_args(argv)
    rows = lambda t: tuple(int(x) for x in t.split(",") if x)
    KEY_ROWS, GUARD_ROWS, MEAN_ROWS = rows(a.key_rows), rows(a.guard_rows), rows(a.mean_rows)
    NEW, OLD, KEY_MIN, LOSS, MEAN_MIN = a.new, a.old, a.key_min, a.guard_loss, a.mean_min
    KEY_LOW = a.key_low
    paths = a.logs
    procs = {}  # dtype -> [(p, parsed)]
    any_bad = False
    for path in sorted(paths):
        m = re.search(r"var-(\w+)-(\d+)\.log$", path)
        if not m:
            continue
        parsed, bad = parse(path)
        any_bad |= bad
        procs.setdefault(m.group(1), []).append((int(m.group(2)), parsed))
    keep = not any_bad
    lines = ["| row | dtype | per process: new / old - 1 (%) | N | mean | std | mean - 2 se | min | rule |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    ruled = KEY_ROWS + GUARD_ROWS + MEAN_ROWS
    extra = sorted({r for ps in procs.values() for _, parsed in ps for r in parsed} - set(ruled))
    for r in ruled + tuple(extra):
        for dt in ("bf16", "f16"):
            rs = []
            for _, parsed in sorted(procs.get(dt, [])):
                cell = parsed.get(r, {})
                new, old = cell.get(NEW, []), cell.get(OLD, [])
                if len(new) == 2 and len(old) == 2:  # name and name' each once
                    rs.append(sum(new) / sum(old))
            n = len(rs)
            if n < 3:
                keep &= r in extra
                lines.append(f"| {r} | {dt} | (missing) | {n} | | | | | fails (fewer than 3 processes) |")
                continue
            mean = sum(rs) / n
            std = math.sqrt(sum((x - mean) ** 2 for x in rs) / (n - 1))
            low = mean - 2 * std / math.sqrt(n)
            if r in extra:
                ok, why = True, "outside the rule"
            elif r in KEY_ROWS:
                ok = mean > KEY_MIN and (KEY_LOW is None or low >= KEY_LOW)
                want = f"mean > {KEY_MIN:g}" + ("" if KEY_LOW is None else f", low >= {KEY_LOW:g}")
                why = want if ok else f"FAILS {want}"
            elif r in MEAN_ROWS:
                ok = mean >= MEAN_MIN
                why = f"mean >= {MEAN_MIN:g}" if ok else f"FAILS mean >= {MEAN_MIN:g}"
            else:
                ok = low >= 1 - LOSS
                why = f"low >= {1 - LOSS:.3f}" if ok else f"FAILS low >= {1 - LOSS:.3f}"
            keep &= ok
            lines.append(f"| {r} | {dt} | " + " ".join(f"{(x - 1) * 100:+.2f}" for x in rs) +
                         f" | {n} | {(mean - 1) * 100:+.2f}% | {std * 100:.2f}% | {(low - 1) * 100:+.2f}% | "
                         f"{(min(rs) - 1) * 100:+.2f}% | {why} |")
    print("\n".join(lines))
    if any_bad:
        print("a process reported WRONG or ERROR")
    print(f"DECISION {'KEEP' if keep else 'REVERT'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
