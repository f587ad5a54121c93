#!/usr/bin/env bash
# On the GPU machine: builds libattnrt for sm_90 (preset cuda-sm90, target
# attnrt only) unless $LIB names a built one, then runs the real-model sweep
# (issue 12; bench/gpu/model_shapes.py) against PyTorch SDPA, bf16 and f16,
# and draws x best per shape when matplotlib imports.
#   bench/gpu/run_models.sh [bench_sdpa.py args, e.g. --only 0,5 --dtypes bf16]
# Results under $OUT (or ./models-out): models.md, models.json, models.log,
# models.png. Exit status: the sweep's (1 when attnrt is WRONG or fails on a row).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
OUT=${OUT:-$PWD/models-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh  # cmake, ninja, nvcc, the python with torch: found, not named
BUILD=${BUILD:-build-gpu}
if [ -z "${LIB:-}" ]; then
  { cmake --preset cuda-sm90 -B "$BUILD" && cmake --build "$BUILD" -j "$(nproc)" --target attnrt
  } >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; tail -30 "$OUT/build.log"; exit 1; }
  LIB=$BUILD/lib/libattnrt.so
fi
echo "== $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader)"
PYTHONUNBUFFERED=1 timeout 420 "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$LIB" --sweep models \
  --dtypes bf16,f16 --json "$OUT/models.json" --out "$OUT/models.md" "$@" 2>&1 | tee "$OUT/models.log"
rc=${PIPESTATUS[0]}
echo "== sweep exit $rc"
if "$ATTN_PYTHON" -c 'import matplotlib' 2>/dev/null && [ -s "$OUT/models.json" ]; then
  "$ATTN_PYTHON" bench/plot_results.py "$OUT/models.json" "$OUT/models.png"
fi
exit "$rc"
