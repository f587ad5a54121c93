#!/usr/bin/env python3
"""Bar chart of x best per shape from a real-model sweep's summary JSON.

x best = the fastest SDPA backend's time / attnrt's time on one shape and
dtype (bench/gpu/bench_sdpa.py --sweep models --json r.json). One bar per
row, log scale, a line at 1.0 (parity with the best SDPA backend) and one at
the geometric mean; bars at or above 1.0 green, below red; rows attnrt did
not time (wrong result, error, or no SDPA backend ran) are listed under the
chart instead of drawn. Needs matplotlib only (no torch, no GPU):

  python3 bench/plot_results.py r.json r.png [--title TEXT]
"""
import argparse
import json
import math
import sys


def label(row):
    return f"{row['name']} [{row['dtype']}]"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("json", help="summary JSON of bench_sdpa.py --sweep models --json")
    ap.add_argument("png", help="output image")
    ap.add_argument("--title", default=None)
    args = ap.parse_args()
    with open(args.json) as fh:
        data = json.load(fh)
    rows = data.get("rows", [])
    drawn = [r for r in rows if r.get("x_best")]
    skipped = [r for r in rows if not r.get("x_best")]
    if not drawn:
        print(f"{args.json}: no row has an x best; nothing to draw", file=sys.stderr)
        return 1
    geomean = data.get("geomean_x_best")
    if geomean is None:
        geomean = math.exp(sum(math.log(r["x_best"]) for r in drawn) / len(drawn))

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [r["x_best"] for r in drawn]
    fig, ax = plt.subplots(figsize=(max(8.0, 0.28 * len(drawn) + 2.0), 6.0))
    colors = ["tab:green" if x >= 1.0 else "tab:red" for x in xs]
    ax.bar(range(len(drawn)), xs, color=colors, width=0.8)
    ax.set_yscale("log")
    ax.axhline(1.0, color="black", linewidth=1.0, label="1.0 = fastest SDPA backend")
    ax.axhline(geomean, color="tab:blue", linestyle="--", linewidth=1.0,
               label=f"geometric mean {geomean:.2f} ({len(drawn)} rows)")
    ax.set_xticks(range(len(drawn)))
    ax.set_xticklabels([label(r) for r in drawn], rotation=75, ha="right", fontsize=7)
    ax.set_xlim(-0.7, len(drawn) - 0.3)
    lo, hi = min(xs + [1.0]), max(xs + [1.0])
    ax.set_ylim(lo / 1.4, hi * 1.4)
    plain = matplotlib.ticker.FuncFormatter(lambda y, _: f"{y:g}")
    ax.yaxis.set_major_formatter(plain)
    ax.yaxis.set_minor_formatter(plain)
    ax.set_ylabel("x best (fastest SDPA time / attnrt time)")
    ax.grid(True, axis="y", which="both", alpha=0.3)
    ax.legend(fontsize=8, loc="upper left")
    title = args.title or (f"attnrt vs best PyTorch SDPA backend, real-model shapes: "
                           f"{data.get('gpu', '?')}, torch {data.get('torch', '?')}, {data.get('time', '')}")
    ax.set_title(title, fontsize=9)
    if skipped:
        notes = "; ".join(f"{label(r)}: {r.get('status', '?')}" for r in skipped)
        fig.text(0.01, 0.005, "not drawn: " + notes, fontsize=6, wrap=True)
    fig.tight_layout(rect=(0, 0.03 if skipped else 0, 1, 1))
    fig.savefig(args.png, dpi=120)
    print(f"{args.png}: {len(drawn)} bars, geometric mean {geomean:.3f}"
          + (f", {len(skipped)} rows not drawn" if skipped else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
