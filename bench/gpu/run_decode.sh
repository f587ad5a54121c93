#!/usr/bin/env bash
# On the GPU machine: the split-KV decode shapes of the issue-6 sweep, this
# tree's decode path against a baseline library, in one call (same machine,
# same state). Builds libattnrt + AttnGpuTests unless PREBUILT names a folder
# that holds them (libattnrt.so, AttnGpuTests, built with the same cmake
# command), runs the GPU tests (all must pass) and a racecheck of the
# sanitizer subset, then bench_sdpa.py on the four decode shapes (indices
# 14-17 of --sweep issue6), bf16, twice, interleaved, for:
#   base     BASE_LIB (e.g. HEAD's libattnrt.so built the same way), if given
#   new      this tree's library
# (The runs recorded in DECODE_NOTES.md also had two experiment switches, an
# L2 prefetch hint and the default memory pool; both were removed after they
# measured no gain / the old behaviour.)
# Logs under $OUT (or ./decode-out): gtest.log, racecheck.log, decode-all.log
# (every bench log and table); a summary sorted by shape is printed last.
#   PREBUILT=dir BASE_LIB=dir/libattnrt-base.so bench/gpu/run_decode.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/decode-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh  # cmake, ninja, nvcc, the python with torch: found, not named
export PYTHONUNBUFFERED=1
BUILD=${BUILD:-build-gpu}
if [ -n "${PREBUILT:-}" ]; then
  LIB=$PREBUILT/libattnrt.so
  TESTS=$PREBUILT/AttnGpuTests
  export LD_LIBRARY_PATH=$PREBUILT${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
else
  { cmake --preset cuda-sm90 -B "$BUILD" \
      && cmake --build "$BUILD" -j "$(nproc)" --target attnrt AttnGpuTests
  } >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; tail -30 "$OUT/build.log"; exit 1; }
  LIB=$BUILD/lib/libattnrt.so
  TESTS=$BUILD/bin/AttnGpuTests
fi
echo "== $(nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.mem --format=csv,noheader)"
timeout 300 "$TESTS" >"$OUT/gtest.log" 2>&1
rc=$?
echo "== AttnGpuTests exit $rc: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/gtest.log" | tr '\n' ' ')"
grep -E '^\[  FAILED' "$OUT/gtest.log" | head
[ $rc -eq 0 ] || { echo "GPU TESTS FAILED: not benchmarking"; tail -40 "$OUT/gtest.log"; exit 1; }
timeout 150 compute-sanitizer --tool racecheck --error-exitcode 99 "$TESTS" \
  --gtest_filter='HipBackend.SanitizerSubset' >"$OUT/racecheck.log" 2>&1
echo "== racecheck exit $?: $(grep 'RACECHECK SUMMARY' "$OUT/racecheck.log" | tail -1)"
L=$(mktemp -d) # per-variant logs and tables, gathered into $OUT/decode-all.log
bench() { # name lib [env...]
  local name=$1 lib=$2
  shift 2
  env "$@" "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$lib" --sweep issue6 --dtypes bf16 \
    --only 14,15,16,17 --out "$L/decode-$name.md" >"$L/decode-$name.log" 2>&1 ||
    { echo "bench $name failed"; tail -5 "$L/decode-$name.log"; }
}
for round in 1 2; do
  [ -n "${BASE_LIB:-}" ] && bench "base-r$round" "$BASE_LIB"
  bench "new-r$round" "$LIB"
done
tail -n +1 "$L"/* >"$OUT/decode-all.log"
for f in "$L"/decode-*.md; do
  n=$(basename "$f" .md)
  grep '^| bfloat16' "$f" | awk -F'|' -v n="${n#decode-}" '{printf "%-22s %-9s attnrt %-24s flash %-24s cudnn %-24s xflash %s xcudnn %s rel %s\n", $3, n, $5, $6, $7, $8, $9, $10}'
done | sort -s -k1,1
