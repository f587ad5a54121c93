#!/usr/bin/env bash
# On the GPU machine: builds libattnrt (sm_90) and measures what host memory
# costs a call (staging through the hip backend) against device pointers.
#   bench/gpu/run_staging.sh        (results under $OUT, or ./staging-out)
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/staging-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh  # cmake, ninja, nvcc, the python with torch: found, not named
BUILD=${BUILD:-build-gpu}
{ cmake --preset cuda-sm90 -B "$BUILD" \
    && cmake --build "$BUILD" -j "$(nproc)" --target attnrt
} >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; tail -30 "$OUT/build.log"; exit 1; }
PYTHONUNBUFFERED=1 "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$BUILD/lib/libattnrt.so" --staging \
  --out "$OUT/staging.md" 2>&1 | tee "$OUT/staging.log"
