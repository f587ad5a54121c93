#!/usr/bin/env bash
# On the GPU machine (issue 10 item 3 + issue 12): builds libattnrt and the GPU
# tests for sm_90 with the Hopper path, runs the GPU suite with the default
# dispatch (Hopper kernels where they apply) and again with
# ATTNRT_HIP_KERNELS=portable, compute-sanitizer memcheck over the sanitizer
# subsets in both dispatch modes, the Hopper kernels' ptxas report and SASS
# check (HGMMA present), then the masked real-model sweep against SDPA.
#   bench/gpu/run_issue12.sh [bench args...]   (results under $OUT or ./i12-out)
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/i12-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh  # cmake, ninja, nvcc, the python with torch: found, not named
export PYTHONUNBUFFERED=1
BUILD=${BUILD:-build-gpu}
LOG=$OUT/log.txt
{ cmake --preset cuda-sm90 -B "$BUILD" && cmake --build "$BUILD" -j "$(nproc)" --target attnrt AttnGpuTests
} >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; grep -m20 -B2 -A8 "error" "$OUT/build.log"; exit 1; }
echo "== $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader)" | tee "$LOG"
# ptxas report + SASS of the kernels, Hopper included (scripts/check-kernels.sh:
# the kernels' one recipe, the spill ratchet, HGMMA)
KERNEL_FAMILIES=nvidia scripts/check-kernels.sh "$OUT/kernel-isa" 2>&1 | grep -E "^(PASS|FAIL|SKIP):|ptxas hopper" |
  tee -a "$LOG"
timeout 240 "$BUILD/bin/AttnGpuTests" >"$OUT/gtest.log" 2>&1
echo "== AttnGpuTests (default dispatch) exit $?: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/gtest.log" | tr '\n' ' ')" | tee -a "$LOG"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest.log" | head -30 | tee -a "$LOG"
ATTNRT_HIP_KERNELS=portable timeout 240 "$BUILD/bin/AttnGpuTests" >"$OUT/gtest-portable.log" 2>&1
echo "== AttnGpuTests (portable) exit $?: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/gtest-portable.log" | tr '\n' ' ')" | tee -a "$LOG"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest-portable.log" | head -30 | tee -a "$LOG"
for mode in default portable; do
  env $([ $mode = portable ] && echo ATTNRT_HIP_KERNELS=portable) timeout 200 compute-sanitizer --tool memcheck \
    --error-exitcode 99 "$BUILD/bin/AttnGpuTests" --gtest_filter='HipBackend.*SanitizerSubset' \
    >"$OUT/memcheck-$mode.txt" 2>&1
  echo "== memcheck ($mode) exit $?: $(grep 'ERROR SUMMARY' "$OUT/memcheck-$mode.txt" | tail -1)" | tee -a "$LOG"
done
# GEN_SWEEP="0 1 2": the sweep once per GEN variant offset (ATTN_HOPPER_GEN,
# kernels/hopper/attn_hopper.cu; offsets past a head dim's list use its first).
for g in ${GEN_SWEEP:-0}; do
  echo "== masks sweep, ATTN_HOPPER_GEN=$g" | tee -a "$LOG"
  ATTN_HOPPER_GEN=$g "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$BUILD/lib/libattnrt.so" --sweep masks \
    --out "$OUT/masks-gen$g.md" "$@" 2>&1 | grep -v Warning | grep -v "return F.scaled" | tee -a "$LOG"
done
