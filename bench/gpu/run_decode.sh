#!/usr/bin/env bash
# On the GPU machine: build, check and time the decode kernels in one call.
#  1. build libattnrt, AttnGpuTests, AttnDecodeLseTests (preset cuda-sm90)
#     (the decode kernels' registers, spills and SASS are checked where every
#     kernel's are: scripts/check-kernels.sh, in CI);
#  2. AttnGpuTests with the default dispatch and with gpu:decode forced,
#     AttnDecodeLseTests (O and lse of the decode kernels vs an f64 reference);
#  3. compute-sanitizer memcheck on HipBackend.SanitizerSubset and
#     DecodeLse.SanitizerSubset, racecheck and synccheck on the latter;
#  4. bench_sdpa.py --sweep decode (DTYPES, default bf16) against every SDPA
#     backend; then, for each name=VAR=value[,VAR=value] in VARIANTS, the sweep
#     (bf16, restricted to VONLY shape indices if set) with VAR=value set.
# With TEST_ENV=VAR=value, step 2's gpu:decode and lse runs and step 3's
# DecodeLse checks are repeated with VAR=value set (a variant under test).
# Logs under $OUT (or ./decode-out); the tables are printed last.
#   DTYPES=bf16,f16 VARIANTS="bulk=ATTN_DECODE_NV_BULK=1 s4=ATTN_DECODE_NV_STAGES=4" \
#     TEST_ENV=ATTN_DECODE_NV_BULK=1 bench/gpu/run_decode.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/decode-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh # cmake, ninja, nvcc, the python with torch: found, not named
export PYTHONUNBUFFERED=1
BUILD=${BUILD:-build-gpu}
t0=$(date +%s)
stamp() { echo "== [$(($(date +%s) - t0)) s] $*"; }
{ cmake --preset cuda-sm90 -B "$BUILD" &&
    cmake --build "$BUILD" -j "$(nproc)" --target attnrt AttnGpuTests AttnDecodeLseTests
} >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; tail -30 "$OUT/build.log"; exit 1; }
stamp "built; $(nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.mem --format=csv,noheader)"
status=0
. scripts/lib/gtest-step.sh # gt: one gtest run as a named step, its defaults
gt gtest timeout 300 "$BUILD/bin/AttnGpuTests"
gt gtest-decode ATTN_GPU_TEST_BACKEND=gpu:decode timeout 300 "$BUILD/bin/AttnGpuTests"
gt lse timeout 120 "$BUILD/bin/AttnDecodeLseTests"
if [ -n "${TEST_ENV:-}" ]; then
  gt gtest-decode-var ATTN_GPU_TEST_BACKEND=gpu:decode "$TEST_ENV" timeout 300 "$BUILD/bin/AttnGpuTests"
  gt lse-var "$TEST_ENV" timeout 120 "$BUILD/bin/AttnDecodeLseTests"
fi
san() { # tool binary filter [env]
  local log=$OUT/san-$1-${3%%.*}${4:+-var}.log
  env ${4:-} timeout 150 compute-sanitizer --tool "$1" --error-exitcode 99 "$2" --gtest_filter="$3" >"$log" 2>&1
  local rc=$?
  stamp "$1 $3 ${4:-} exit $rc: $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY' "$log" | tail -1)"
  [ $rc -eq 0 ] || status=1
}
san memcheck "$BUILD/bin/AttnGpuTests" 'HipBackend.SanitizerSubset'
san memcheck "$BUILD/bin/AttnDecodeLseTests" 'DecodeLse.SanitizerSubset'
san racecheck "$BUILD/bin/AttnDecodeLseTests" 'DecodeLse.SanitizerSubset'
san synccheck "$BUILD/bin/AttnDecodeLseTests" 'DecodeLse.SanitizerSubset'
if [ -n "${TEST_ENV:-}" ]; then
  for tool in memcheck racecheck synccheck; do
    san $tool "$BUILD/bin/AttnDecodeLseTests" 'DecodeLse.SanitizerSubset' "$TEST_ENV"
  done
fi
pack() { # the logs in one file ($OUT brings back 8 files at most)
  (cd "$OUT" && tar czf logs.tgz --remove-files $(ls | grep -v -e '\.md$' -e '^logs.tgz$'))
}
[ $status -eq 0 ] || { echo "TESTS FAILED: not benchmarking"; pack; exit 1; }
LIB=$BUILD/lib/libattnrt.so
bench() { # name only [env...]
  local name=$1 only=$2
  shift 2
  env "$@" "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$LIB" --sweep decode --dtypes "${BDT:-${DTYPES:-bf16}}" \
    ${only:+--only $only} --out "$OUT/decode-$name.md" >"$OUT/decode-$name.log" 2>&1 ||
    { echo "bench $name failed"; tail -5 "$OUT/decode-$name.log"; }
  stamp "bench $name done"
}
bench default ""
for v in ${VARIANTS:-}; do BDT=bf16 bench "${v%%=*}" "${VONLY:-}" $(echo "${v#*=}" | tr , " "); done
for f in "$OUT"/decode-*.md; do echo "### $(basename "$f")"; tail -n +3 "$f"; done
pack
