#!/usr/bin/env bash
# On the GPU machine: builds libattnrt for sm_90 (+ the Hopper fast path),
# runs the GPU tests and a racecheck of the default dispatch, then the
# issue-6 sweep against PyTorch SDPA (bf16 and f16) with a table and a plot.
#   bench/gpu/run_sweep.sh        (results under $OUT, or ./sweep-out)
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/sweep-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh  # cmake, ninja, nvcc, the python with torch: found, not named
BUILD=${BUILD:-build-gpu}
{ cmake --preset cuda-sm90 -B "$BUILD" \
    && cmake --build "$BUILD" -j "$(nproc)" --target attnrt AttnGpuTests
} >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; tail -30 "$OUT/build.log"; exit 1; }
echo "== $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader)"
timeout 300 "$BUILD/bin/AttnGpuTests" >"$OUT/gtest.log" 2>&1
echo "== AttnGpuTests exit $?: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/gtest.log" | tr '\n' ' ')"
timeout 300 compute-sanitizer --tool racecheck --error-exitcode 99 "$BUILD/bin/AttnGpuTests" \
  --gtest_filter='HipBackend.SanitizerSubset' >"$OUT/racecheck.txt" 2>&1
echo "== racecheck (default dispatch) exit $?: $(grep 'RACECHECK SUMMARY' "$OUT/racecheck.txt" | tail -1)"
grep -A2 "Race reported" "$OUT/racecheck.txt" | head -6
PYTHONUNBUFFERED=1 "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$BUILD/lib/libattnrt.so" --sweep issue6 \
  --dtypes bf16,f16 --out "$OUT/issue6.md" --plot "$OUT/issue6.png" 2>&1 | tee "$OUT/issue6.log"
