#!/usr/bin/env bash
# On the GPU machine (issues 12 and 13, the Hopper path): builds libattnrt +
# the GPU tests and libattn_hopper.so (preset cuda-sm90, target
# attn_hopper_shared, for bench_sdpa.py --hopper-variants); runs the GPU
# suite with the default dispatch and with
# sm90-wgmma forced (ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma: cases it declines
# are skipped and counted), compute-sanitizer memcheck over the sanitizer
# subsets, bench_sdpa.py --hopper-variants --check-only (every compiled variant and the lse output
# on fresh random inputs against f64), then bench_sdpa.py's head-dim sweep
# (and a few issue-6 shapes as a regression check) against every SDPA backend.
#   bench/hopper/run_device.sh [dtypes]   (results under $OUT or ./hopper-out)
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/hopper-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh
export PYTHONUNBUFFERED=1
DTYPES=${1:-bf16,f16}
BUILD=${BUILD:-build-gpu}
LOG=$OUT/log.txt
t0=$SECONDS
if [ -n "${QUICK:-}" ]; then
  # QUICK=1: a short check (~2 minutes of device time): build, the Hopper
  # tests (default and forced), the kernel table tests, and $QUICK_SHAPES of
  # the head-dim sweep, bf16.
  { cmake --preset cuda-sm90 -B "$BUILD" &&
    cmake --build "$BUILD" -j "$(nproc)" --target attnrt AttnGpuTests AttnGpuKernelTableTests
  } >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; grep -m20 -B2 -A8 "error" "$OUT/build.log"; exit 1; }
  echo "== $(nvidia-smi --query-gpu=name --format=csv,noheader); build $((SECONDS - t0)) s" | tee "$LOG"
  F='HopperPath.*:HipBackend.HeadDims:HipBackend.Masks:HipBackend.SanitizerSubset'
  timeout 120 "$BUILD/bin/AttnGpuTests" --gtest_filter="$F" >"$OUT/gtest.log" 2>&1 &
  a=$!
  ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma timeout 120 "$BUILD/bin/AttnGpuTests" --gtest_filter="$F" \
    >"$OUT/gtest-wgmma.log" 2>&1 &
  b=$!
  timeout 60 "$BUILD/bin/AttnGpuKernelTableTests" >"$OUT/table.log" 2>&1; rt=$?
  wait $a; ra=$?
  wait $b; rb=$?
  echo "== kernel table tests exit $rt: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/table.log" | tr '\n' ' ')" | tee -a "$LOG"
  grep -E "Failure|Expected|Which is" "$OUT/table.log" | head -10 | tee -a "$LOG"
  echo "== AttnGpuTests $F (default) exit $ra: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/gtest.log" | tr '\n' ' ')" | tee -a "$LOG"
  grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest.log" | head -10 | tee -a "$LOG"
  echo "== (gpu:sm90-wgmma) exit $rb: $(grep -E '^\[  (PASSED|FAILED) |declined by the forced' "$OUT/gtest-wgmma.log" | tr '\n' ' ')" | tee -a "$LOG"
  grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest-wgmma.log" | head -10 | tee -a "$LOG"
  "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$BUILD/lib/libattnrt.so" --sweep headdims \
    --only "${QUICK_SHAPES:-0,1,6}" --dtypes bf16 --out "$OUT/headdims-quick.md" 2>&1 \
    | grep -v Warning | grep -v "return F.scaled" | tee -a "$LOG"
  echo "== all done $((SECONDS - t0)) s" | tee -a "$LOG"
  exit 0
fi
{ cmake --preset cuda-sm90 -B "$BUILD" &&
  cmake --build "$BUILD" -j "$(nproc)" --target attnrt AttnGpuTests attn_hopper_shared
} >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; grep -m20 -B2 -A8 "error" "$OUT/build.log"; exit 1; }
echo "== $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader); build $((SECONDS - t0)) s" | tee "$LOG"
# The suite twice (default, forced) and memcheck at once: mostly host-side
# reference work; correctness only, nothing is timed here.
timeout 300 "$BUILD/bin/AttnGpuTests" >"$OUT/gtest.log" 2>&1 &
a=$!
ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma timeout 300 "$BUILD/bin/AttnGpuTests" >"$OUT/gtest-wgmma.log" 2>&1 &
b=$!
timeout 300 compute-sanitizer --tool memcheck --error-exitcode 99 "$BUILD/bin/AttnGpuTests" \
  --gtest_filter='HipBackend.*SanitizerSubset:HopperPath.SanitizerSubset' >"$OUT/memcheck.txt" 2>&1 &
c=$!
ok=0
"$ATTN_PYTHON" bench/gpu/bench_sdpa.py --hopper-variants "$BUILD/lib/libattn_hopper.so" --check-only \
  >"$OUT/hopper-check.txt" 2>&1 || ok=$?
echo "== hopper variants check exit $ok: $(grep -c '^ok' "$OUT/hopper-check.txt") ok, $(grep -c '^FAIL' "$OUT/hopper-check.txt") FAIL; $(tail -1 "$OUT/hopper-check.txt")" | tee -a "$LOG"
grep -E "^FAIL|UNSUPPORTED|Error|error" "$OUT/hopper-check.txt" | head -20 | tee -a "$LOG"
wait $a; ra=$?
wait $b; rb=$?
wait $c; rc=$?
echo "== AttnGpuTests (default) exit $ra: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/gtest.log" | tr '\n' ' ')" | tee -a "$LOG"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest.log" | head -20 | tee -a "$LOG"
echo "== AttnGpuTests (gpu:sm90-wgmma) exit $rb: $(grep -E '^\[  (PASSED|FAILED) |declined by the forced' "$OUT/gtest-wgmma.log" | tr '\n' ' ')" | tee -a "$LOG"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest-wgmma.log" | head -20 | tee -a "$LOG"
echo "== memcheck exit $rc: $(grep 'ERROR SUMMARY' "$OUT/memcheck.txt" | tail -1)" | tee -a "$LOG"
echo "== tests done $((SECONDS - t0)) s" | tee -a "$LOG"
# Every compiled variant timed (tuning the defaults), for the head dims in
# $VARIANT_DIMS (padded tile widths, e.g. "192,256"; none by default).
if [ -n "${VARIANT_DIMS:-}" ]; then
  "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --hopper-variants "$BUILD/lib/libattn_hopper.so" --skip-check \
    --dims "$VARIANT_DIMS" --dtypes bf16 2>&1 | grep -v Warning | tee -a "$LOG"
fi
"$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$BUILD/lib/libattnrt.so" --sweep headdims --dtypes "$DTYPES" \
  --out "$OUT/headdims.md" 2>&1 | grep -v Warning | grep -v "return F.scaled" | tee -a "$LOG"
if [ "${ISSUE6:-1}" = 1 ]; then
  "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$BUILD/lib/libattnrt.so" --sweep issue6 --only 1,4,7,10 \
    --dtypes bf16 --out "$OUT/issue6-subset.md" 2>&1 | grep -v Warning | grep -v "return F.scaled" | tee -a "$LOG"
fi
echo "== all done $((SECONDS - t0)) s" | tee -a "$LOG"
