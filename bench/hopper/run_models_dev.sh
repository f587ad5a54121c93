#!/usr/bin/env bash
# On the GPU machine (issue 12, the Hopper path on the real-model sweep):
# build libattnrt + the GPU tests (+ libattn_hopper.so), the GPU suite in the
# default dispatch and with sm90-wgmma forced, the Hopper variant check, then
# bench_sdpa.py --sweep models on $ROWS (default dispatch) and the rows of
# each "VARIANT:rows" entry of $COMPARE with ATTN_HOPPER_VARIANT=VARIANT
# (tuning only: the same build, another compiled variant; "NAME=VALUE:rows"
# sets that variable instead). FULL=1: the full
# sweep (bf16,f16) instead of $ROWS/$COMPARE, plus memcheck/racecheck/synccheck
# on the sanitizer subsets. Outputs under $OUT (few files: the device
# returns at most 8).
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/models-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh || exit 1  # python with torch, cmake, ninja, nvcc: found, not named
export PYTHONUNBUFFERED=1
S=$SECONDS
t() { echo "[t+$((SECONDS - S))s] $*"; }
t build
{ cmake --preset cuda-sm90 -B build-gpu &&
  cmake --build build-gpu -j16 --target attnrt AttnGpuTests attn_hopper_shared ${EXTRA_TARGETS:-}
} >"$OUT/log.txt" 2>&1 || { grep -m20 -B2 -A8 "error" "$OUT/log.txt"; exit 1; }
t tests
F=${GTEST_FILTER:-*}
timeout 300 build-gpu/bin/AttnGpuTests --gtest_filter="$F" >"$OUT/gtest.log" 2>&1 &
a=$!
ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma timeout 300 build-gpu/bin/AttnGpuTests --gtest_filter="$F" \
  >"$OUT/gtest-wgmma.log" 2>&1 &
b=$!
python3 bench/gpu/bench_sdpa.py --hopper-variants build-gpu/lib/libattn_hopper.so --check-only \
  >"$OUT/hv.txt" 2>&1; rv=$?
wait $a; ra=$?
wait $b; rb=$?
echo "variants check rc=$rv: $(grep -c '^ok' "$OUT/hv.txt") ok, $(grep -c '^FAIL' "$OUT/hv.txt") FAIL; $(tail -1 "$OUT/hv.txt")"
grep -E "^FAIL|UNSUPPORTED|Error" "$OUT/hv.txt" | head -10
echo "AttnGpuTests default rc=$ra: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/gtest.log" | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest.log" | head -10
echo "AttnGpuTests sm90-wgmma rc=$rb: $(grep -E '^\[  (PASSED|FAILED) |declined by the forced' "$OUT/gtest-wgmma.log" | tr '\n' ' ' | cut -c1-300)"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest-wgmma.log" | head -10
if [ -n "${FULL:-}" ]; then
  t sanitizers
  for tool in memcheck racecheck synccheck; do
    f='HopperPath.SanitizerSubset'
    [ $tool = memcheck ] && f='HipBackend.SanitizerSubset:HopperPath.SanitizerSubset'
    timeout 60 compute-sanitizer --tool $tool --error-exitcode 99 build-gpu/bin/AttnGpuTests \
      --gtest_filter="$f" >"$OUT/san.txt" 2>&1
    echo "$tool ($f) rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY' "$OUT/san.txt" | tail -1)"
  done
  t models
  timeout 300 python3 bench/gpu/bench_sdpa.py --lib build-gpu/lib/libattnrt.so --sweep models \
    --dtypes bf16,f16 --json "$OUT/models.json" --out "$OUT/models.md" >>"$OUT/log.txt" 2>&1
  echo "models rc=$?"
  grep -E "geometric|WRONG|ERROR" "$OUT/models.md" "$OUT/log.txt" | tail -5
  grep -E "^\| [0-9]" "$OUT/models.md" | cut -d'|' -f2,3,4,7,9,11
fi
[ -n "${FULL:-}" ] && [ -z "${COMPARE:-}" ] && { t done; exit 0; }
t bench
B="python3 bench/gpu/bench_sdpa.py --lib build-gpu/lib/libattnrt.so --sweep models --dtypes bf16"
if [ -z "${FULL:-}" ]; then
  $B --only "${ROWS:-0,1,2,3,4,5,6,11,12,13,15,16,17}" --out "$OUT/def.md" >>"$OUT/log.txt" 2>&1
  echo "default rc=$?"; grep -E "^\| [0-9]" "$OUT/def.md" | cut -d'|' -f2,4,7,11
fi
for cv in ${COMPARE:-}; do
  v=${cv%%:*} rows=${cv#*:}
  case $v in *=*) e=$v ;; *) e=ATTN_HOPPER_VARIANT=$v ;; esac
  env "$e" $B --only "$rows" --out "$OUT/cmp.md" >>"$OUT/log.txt" 2>&1
  echo "== $e rc=$?"; grep -E "^\| [0-9]" "$OUT/cmp.md" | cut -d'|' -f2,4,7,11
done
t done
