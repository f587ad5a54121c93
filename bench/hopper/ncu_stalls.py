#!/usr/bin/env python3
"""Per kernel launch of an `ncu --page raw --csv` export: duration, clock,
instructions, the spread of the SMs' active cycles (the slowest SM sets the
time of a persistent grid), and the warp-state samples
(smsp__pcsamp_warps_issue_stalled_*) as shares of all samples, largest first."""
import csv
import sys

rows = list(csv.reader(open(sys.argv[1])))
head = rows[0]
data = [r for r in rows[2:] if len(r) == len(head)]  # row 1: units
col = {n: i for i, n in enumerate(head)}


def val(r, n):
    try:
        return float(r[col[n]].replace(",", ""))
    except (KeyError, ValueError):
        return float("nan")


stall = [n for n in head if n.startswith("smsp__pcsamp_warps_issue_stalled_") and not n.endswith("_not_issued")]
for r in data:
    tot = sum(val(r, n) for n in stall if val(r, n) == val(r, n))
    parts = sorted(((val(r, n), n[len("smsp__pcsamp_warps_issue_stalled_"):]) for n in stall), reverse=True)
    print(f"launch {r[col.get('ID', 0)]} {r[col['Kernel Name']][:60] if 'Kernel Name' in col else ''}")
    for n in ("gpu__time_duration.sum", "gpc__cycles_elapsed.avg.per_second", "smsp__inst_executed.sum",
              "smsp__issue_active.avg.pct_of_peak_sustained_active", "smsp__pcsamp_sample_count"):
        if n in col:
            print(f"  {n} = {r[col[n]]}")
    a = [val(r, f"sm__cycles_active.{k}") for k in ("min", "avg", "max")]
    e = val(r, "gpc__cycles_elapsed.max")
    if a[1] == a[1]:
        print(f"  SM active cycles min/avg/max {a[0]:.0f} / {a[1]:.0f} / {a[2]:.0f} (max/avg {a[2] / a[1]:.3f}), "
              f"elapsed {e:.0f}")
    print("  samples " + f"{tot:.0f}: " + ", ".join(f"{n} {v / tot:.3f}" for v, n in parts[:12] if tot and v == v and v > 0))
