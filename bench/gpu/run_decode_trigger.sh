#!/usr/bin/env bash
# Decode run 15 (issue 12), on the GPU machine in one call: build libattnrt
# and the decode tests (preset cuda-sm90, no Hopper prefill path), then
#  1. decode_variants.py on rows 27, 28, 32, 29, 26: the in-kernel merge with
#     the split kernel's trigger after its key loop (base), without it
#     (late: TRIG=1) and the combine kernel (nofuse: FUSE=0), alternating;
#  2. decode_kernel_time.py on rows 28, 32, 27: the per-call time from CUDA
#     events, then the kernels' own durations under ncu (ncu.csv);
#  3. AttnDecodeLseTests (default, TRIG=1, FUSE=0), AttnGpuTests' decode
#     cases (default dispatch and gpu:decode forced), compute-sanitizer
#     memcheck and racecheck on DecodeLse.SanitizerSubset and
#     DecodeLse.LastBlockCombines.
# Tables and ncu.csv in $OUT, the logs in $OUT/logs.tgz.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/decode-out}
mkdir -p "$OUT/logs"
L=$OUT/logs
. scripts/lib/gpu-env.sh
export PYTHONUNBUFFERED=1
BUILD=${BUILD:-build-gpu}
LIB=$PWD/$BUILD/lib/libattnrt.so
t0=$(date +%s)
stamp() { echo "== [$(($(date +%s) - t0)) s] $*"; }
status=0
finish() { tar -C "$OUT" -czf "$OUT/logs.tgz" logs && rm -rf "$L"; exit $status; }
sed -i 's/^  add_subdirectory(hopper)$/  # add_subdirectory(hopper)/' kernels/CMakeLists.txt
{ cmake --preset cuda-sm90 -B "$BUILD" -DATTN_BUILD_COMPILER=OFF &&
    cmake --build "$BUILD" -j "$(nproc)" --target attnrt AttnDecodeLseTests AttnGpuTests
} >"$L/build.log" 2>&1 || { echo "BUILD FAILED"; tail -30 "$L/build.log"; status=1; finish; }
stamp "built; $(nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.mem --format=csv,noheader)"
V="--variant base= --variant late=TRIG=1 --variant nofuse=FUSE=0"
(cd bench/gpu && "$ATTN_PYTHON" decode_variants.py --lib "$LIB" --out "$OUT/variants.md" --only 27,28,32,29,26 \
  $V --variant base2= --variant late2=TRIG=1 --variant nofuse2=FUSE=0) >"$L/variants.log" 2>&1 || status=1
stamp "variants"; grep '^|' "$L/variants.log"
(cd bench/gpu && "$ATTN_PYTHON" decode_kernel_time.py --lib "$LIB" --only 28,32,27 $V --warm 5 --calls 200) \
  >"$L/events.log" 2>&1 || status=1
stamp "events"; grep '^time' "$L/events.log" | tr '\n' ';'; echo
NCU=$(command -v ncu || ls /usr/local/cuda/bin/ncu /opt/nvidia/nsight-compute/*/ncu 2>/dev/null | head -1)
(cd bench/gpu && timeout 90 "$NCU" --clock-control none --cache-control none --metrics gpu__time_duration.sum \
  -k regex:'decode_nv_kernel|decode_combine' --csv --log-file "$OUT/ncu.csv" \
  "$ATTN_PYTHON" decode_kernel_time.py --lib "$LIB" --only 28,32,27 $V --warm 2 --calls 6) >"$L/ncu.log" 2>&1
stamp "ncu exit $?: $(grep -c gpu__time_duration "$OUT/ncu.csv" 2>/dev/null) kernels"
. scripts/lib/gtest-step.sh # gt: one gtest run as a named step, its log under $L
GT_LOG_DIR=$L GT_SUMMARY_COLS=200 GT_FAIL_LINES=10 GT_SUMMARY='^\[  (PASSED|FAILED) ' GT_FAIL='Failure|Expected|Which is'
F='HipBackend.*Decode*:HipBackend.RandomProblems'
gt lse timeout 120 "$BUILD/bin/AttnDecodeLseTests"
gt lse-trig ATTN_DECODE_NV_TRIG=1 timeout 120 "$BUILD/bin/AttnDecodeLseTests"
gt lse-nofuse ATTN_DECODE_NV_FUSE=0 timeout 120 "$BUILD/bin/AttnDecodeLseTests"
gt gtest timeout 120 "$BUILD/bin/AttnGpuTests" --gtest_filter="$F"
gt gtest-forced ATTN_GPU_TEST_BACKEND=gpu:decode timeout 120 "$BUILD/bin/AttnGpuTests" --gtest_filter="$F"
for tool in memcheck racecheck; do
  timeout 150 compute-sanitizer --tool $tool --error-exitcode 99 "$BUILD/bin/AttnDecodeLseTests" \
    --gtest_filter='DecodeLse.SanitizerSubset:DecodeLse.LastBlockCombines' >"$L/san-$tool.log" 2>&1
  rc=$?
  stamp "$tool exit $rc: $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|PASSED|FAILED' "$L/san-$tool.log" | tail -2 | tr '\n' ' ')"
  [ $rc -eq 0 ] || status=1
done
finish
