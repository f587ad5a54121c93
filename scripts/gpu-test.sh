#!/usr/bin/env bash
# Builds the runtime with the CUDA kernels, runs the GPU test suite, runs
# compute-sanitizer (memcheck, racecheck, synccheck) on every compiled kernel
# (AttnKernelCoverageTests) and on a subset of the runtime's cases, and
# checks the SASS for tensor-core instructions and local-memory traffic.
# Meant for the GPU machine (device tool): no MLIR there; cmake, ninja, nvcc
# and the python with torch are found by scripts/lib/gpu-env.sh. Configures
# through the presets cuda-sm90 (build-gpu/) and cuda-sm90-scalar
# (build-gpu-scalar/). Logs go to $OUT (or ./gpu-test-out).
#   scripts/gpu-test.sh [--bench]   (--bench: also run bench/gpu/bench_sdpa.py)
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-$PWD/gpu-test-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh || { echo "gpu-test: cmake or ninja not found"; exit 1; }
BUILD=${BUILD:-build-gpu}
JOBS=${JOBS:-$(nproc)}
status=0
note() { echo "== $*"; echo "== $*" >>"$OUT/summary.txt"; }
: >"$OUT/summary.txt"

{
  date -u; nvidia-smi; nvcc --version; ${CXX:-c++} --version | head -1; cmake --version | head -1
  "$ATTN_PYTHON" -c 'import torch; print("torch", torch.__version__, torch.version.cuda)' 2>&1
} >"$OUT/build.log" 2>&1  # environment first, then the build
note "GPU: $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader 2>/dev/null)"

# ---- build
if ! { cmake --preset cuda-sm90 -B "$BUILD" &&
       cmake --build "$BUILD" -j "$JOBS" --target attnrt AttnGpuTests AttnKernelCoverageTests AttnDeadMapTests; } >>"$OUT/build.log" 2>&1; then
  note "BUILD FAILED (tail of build.log follows)"; tail -40 "$OUT/build.log"; exit 1
fi
note "build ok"

# ---- ISA: the kernels' ptxas spills, PTX and SASS (scripts/check-kernels.sh,
# the same recipe and checks as CI; informational here)
KERNEL_FAMILIES=nvidia ./scripts/check-kernels.sh "$BUILD-isa" 2>&1 | grep -E "^(PASS|FAIL|SKIP):" |
  tee -a "$OUT/summary.txt"

# ---- GPU tests
ATTN_GPU_TEST_VERBOSE=1 timeout 600 "$BUILD/bin/AttnGpuTests" >"$OUT/gtest.log" 2>&1
rc=$?
note "AttnGpuTests exit $rc: $(grep -E '^\[  PASSED  \]|^\[  FAILED  \]|^\[  SKIPPED \]' "$OUT/gtest.log" | tr '\n' ' ')"
[ $rc -ne 0 ] && { status=1; grep -E "Failure|Expected|Which is|relative|rows|error|trace|B[0-9]+ Hq" "$OUT/gtest.log" | head -60; }

# ---- the same suite with each kernel forced (ATTNRT_BACKEND-style
# "gpu:<kernel>"; cases a kernel declines are skipped and counted). The
# HopperPath cases (large shapes: ~55 s of the ~70 s a run takes, nearly all
# of it their f64 reference on the host) run forced on sm90-wgmma only, unless
# FORCED_FILTER says otherwise (FORCED_FILTER='*': all of them everywhere).
for kern in fa2-general fa2-causal fa2-nocausal decode sm90-wgmma; do
  filter=${FORCED_FILTER:-$([ $kern = sm90-wgmma ] && echo '*' || echo '-HopperPath.*')}
  ATTN_GPU_TEST_BACKEND=gpu:$kern timeout 600 "$BUILD/bin/AttnGpuTests" --gtest_filter="$filter" >"$OUT/gtest-$kern.log" 2>&1
  rc=$?
  note "AttnGpuTests (gpu:$kern) exit $rc: $(grep -E '^\[  PASSED  \]|^\[  FAILED  \]|declined by the forced kernel' "$OUT/gtest-$kern.log" | tr '\n' ' ')"
  [ $rc -ne 0 ] && { status=1; grep -E "Failure|Expected|Which is|relative|B[0-9]+ Hq" "$OUT/gtest-$kern.log" | head -30; }
done

# ---- every compiled kernel once (unittests/Gpu/KernelCoverageTest.cpp:
# each Hopper variant unsplit and split-KV, each decode_nv variant and the
# combines, each portable instantiation), row by row against an f64 oracle
timeout 600 "$BUILD/bin/AttnKernelCoverageTests" >"$OUT/coverage.log" 2>&1
rc=$?
note "AttnKernelCoverageTests exit $rc: $(grep -E 'kernels run of|^\[  PASSED  \]|^\[  FAILED  \]' "$OUT/coverage.log" | tr '\n' ' ')"
[ $rc -ne 0 ] && { status=1; grep -E "Failure|Expected|Which is|row b|variant" "$OUT/coverage.log" | head -40; }

# ---- the Hopper path's dead map pass against its rule, bit by bit
# (unittests/Gpu/DeadMapTest.cu), and under the three sanitizers
timeout 300 "$BUILD/bin/AttnDeadMapTests" >"$OUT/dead-map.log" 2>&1
rc=$?
note "AttnDeadMapTests exit $rc: $(grep -E '^\[  PASSED  \]|^\[  FAILED  \]|^\[  SKIPPED \]' "$OUT/dead-map.log" | tr '\n' ' ')"
[ $rc -ne 0 ] && { status=1; grep -E "Failure|rule gives|mask \[" "$OUT/dead-map.log" | head -20; }
if command -v compute-sanitizer >/dev/null; then
  for tool in memcheck racecheck synccheck; do
    timeout 300 compute-sanitizer --tool $tool --error-exitcode 99 "$BUILD/bin/AttnDeadMapTests" >"$OUT/dead-map-$tool.log" 2>&1
    src=$?
    note "compute-sanitizer $tool (AttnDeadMapTests) exit $src: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' "$OUT/dead-map-$tool.log" | tail -1)"
    [ $src -ne 0 ] && status=1
  done
fi

# ---- compute-sanitizer: every compiled kernel (the coverage tests above),
# then a small subset of the runtime's cases (default dispatch, then the
# portable kernels forced): the packed query groups, the semantics, the lse.
if command -v compute-sanitizer >/dev/null; then
  : >"$OUT/sanitizer.txt"
  # SAN_SHARDS processes at once per tool (ATTN_COVERAGE_SHARD=k/n: the
  # sanitizers' cost is mostly host time, one core each).
  shards=${SAN_SHARDS:-4}
  for tool in memcheck racecheck synccheck; do
    t0=$(date +%s)
    pids=()
    for k in $(seq 0 $((shards - 1))); do
      ATTN_COVERAGE_SHARD=$k/$shards timeout 600 compute-sanitizer --tool $tool --error-exitcode 99 \
        "$BUILD/bin/AttnKernelCoverageTests" >"$OUT/san-$tool-$k.log" 2>&1 &
      pids+=($!)
    done
    src=0
    for pid in "${pids[@]}"; do wait "$pid" || src=$?; done
    ran=$(cat "$OUT"/san-$tool-*.log | grep -oE '[0-9]+ [A-Za-z]+ kernels run of' | awk '{n += $1} END {print n + 0}')
    note "compute-sanitizer $tool (AttnKernelCoverageTests, $shards shards) exit $src in $(( $(date +%s) - t0 )) s, $ran kernels: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' "$OUT"/san-$tool-*.log | sort | uniq -c | tr '\n' ' ')"
    cat "$OUT"/san-$tool-*.log >>"$OUT/sanitizer.txt"
    rm -f "$OUT"/san-$tool-*.log
    [ $src -ne 0 ] && status=1
  done
  for kern in gpu gpu:fa2-general; do
    # Default dispatch: the Hopper subset and the rescale-vote kernels too
    # (their wgmma waits must run at one pc per warpgroup: synccheck).
    filter='HipBackend.*SanitizerSubset'
    [ $kern = gpu ] && filter="$filter:HopperPath.SanitizerSubset:HopperPath.RescaleVoteD128"
    for tool in memcheck racecheck synccheck; do
      ATTN_GPU_TEST_BACKEND=$kern timeout 300 compute-sanitizer --tool $tool --error-exitcode 99 \
        "$BUILD/bin/AttnGpuTests" --gtest_filter="$filter" >>"$OUT/sanitizer.txt" 2>&1
      src=$?
      note "compute-sanitizer $tool ($kern kernels) exit $src: $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY' "$OUT/sanitizer.txt" | tail -1)"
      [ $src -ne 0 ] && status=1
    done
  done
fi

# ---- the scalar fallback path (what the non-NVIDIA targets share) on this GPU
if [ "${SCALAR:-1}" = 1 ]; then
  if { cmake --preset cuda-sm90-scalar -B "$BUILD-scalar" &&
       cmake --build "$BUILD-scalar" -j "$JOBS" --target AttnGpuTests; } >>"$OUT/build.log" 2>&1; then
    timeout 600 "$BUILD-scalar/bin/AttnGpuTests" >"$OUT/gtest-scalar.log" 2>&1
    rc=$?
    note "AttnGpuTests (ATTN_KERNELS_FORCE_SCALAR) exit $rc: $(grep -E '^\[  PASSED  \]|^\[  FAILED  \]' "$OUT/gtest-scalar.log" | tr '\n' ' ')"
    [ $rc -ne 0 ] && { status=1; grep -E "Failure|Expected|Which is|relative|B[0-9]+ Hq" "$OUT/gtest-scalar.log" | head -30; }
  else
    note "scalar build FAILED"; status=1
  fi
fi

if [ "${1:-}" = "--bench" ]; then
  for kern in gpu gpu:fa2-general; do
    echo "== bench: $kern" | tee -a "$OUT/summary.txt"
    ATTNRT_BENCH_BACKEND=$kern PYTHONUNBUFFERED=1 timeout 400 "$ATTN_PYTHON" bench/gpu/bench_sdpa.py \
      --lib "$BUILD/lib/libattnrt.so" --out "$OUT/bench-${kern//:/-}.md" 2>&1 | tee -a "$OUT/summary.txt"
  done
fi
echo; cat "$OUT/summary.txt"
exit $status
