#!/usr/bin/env bash
# On the GPU machine (issue 12, short sequences on the Hopper path), with
# binaries built on the dev box (preset cuda-sm90: build-gpu/bin/AttnGpuTests,
# build-gpu/bin/AttnGpuKernelTableTests, build-gpu/lib/libattnrt.so and
# build-gpu/lib/libattn_hopper.so, carried) when the device share has no
# room for a build. In order:
#  1. side by side: the Hopper-path GPU tests ($GTEST_FILTER) in the default
#     dispatch, with gpu:sm90-wgmma forced, and with gpu:sm90-wgmma and each
#     variant of $FORCE (ATTN_HOPPER_VARIANT, tuning only) forced; the
#     kernel-table tests; compute-sanitizer memcheck (default and each $FORCE
#     variant) on HopperPath.SanitizerSubset; bench_sdpa.py --hopper-variants
#     --check-only on the variants of $CHECK (every case, bf16 and f16, twice
#     bitwise, vs f64);
#  2. then bench/hopper/ab_same_process.py with $AB_ARGS (on a quiet GPU).
# Exits 3 at once if the carried binaries do not run on this machine's image.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/short-out}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1
. scripts/lib/gpu-env.sh || exit 1  # python with torch, cmake, ninja, nvcc: found, not named
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:/usr/local/cuda/lib64:/usr/local/cuda/lib:${LD_LIBRARY_PATH:-}
S=$SECONDS
t() { echo "[t+$((SECONDS - S))s] $*"; }
T=build-gpu/bin/AttnGpuTests
$T --gtest_list_tests >"/tmp/list.txt" 2>&1 ||
  { echo "carried binaries do not run here:"; head -5 "/tmp/list.txt"; exit 3; }
F=${GTEST_FILTER:-'HopperPath.*:HipBackend.FastPaths:HipBackend.KernelTable'}
summary() {  # log label rc
  echo "$2 rc=$3: $(grep -E '^\[  (PASSED|FAILED) |declined by the forced' "$1" | tr '\n' ' ' | cut -c1-240)"
  grep -E "^\[  FAILED|Failure|row b" "$1" | head -6
}
# Correctness steps run side by side (none of them is timed); the A/B after
# them, on a quiet GPU.
t checks
timeout 90 $T --gtest_filter="$F" >"$OUT/gtest.log" 2>&1 &
a=$!
ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma timeout 90 $T --gtest_filter="$F" >"$OUT/gtest-wgmma.log" 2>&1 &
b=$!
pids=""
for v in ${FORCE:-}; do
  ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma ATTN_HOPPER_VARIANT=$v timeout 90 $T \
    --gtest_filter='HopperPath.*' >"$OUT/gtest-$v.log" 2>&1 &
  pids="$pids $!"
done
san() {  # tool log [VAR=value]: compute-sanitizer on HopperPath.SanitizerSubset
  env ${3:-ATTN_NONE=1} timeout 90 compute-sanitizer --tool "$1" --error-exitcode 99 $T \
    --gtest_filter='HopperPath.SanitizerSubset' >"$2" 2>&1
}
san memcheck "$OUT/san-default.txt" &
sp=$!
spf=""
for v in ${FORCE:-}; do
  san memcheck "$OUT/san-$v.txt" "ATTN_HOPPER_VARIANT=$v" &
  spf="$spf $!"
done
hp=""
if [ -n "${CHECK:-}" ]; then
  timeout 90 python3 bench/gpu/bench_sdpa.py --hopper-variants build-gpu/lib/libattn_hopper.so \
    --check-only --names "$CHECK" >"$OUT/hv.txt" 2>&1 &
  hp=$!
fi
env -u GTEST_FILTER timeout 60 build-gpu/bin/AttnGpuKernelTableTests >/tmp/ktable.log 2>&1  # gtest reads GTEST_FILTER itself
rk=$?
wait $a; ra=$?
wait $b; rb=$?
summary "$OUT/gtest.log" "AttnGpuTests ($F) default" $ra
summary "$OUT/gtest-wgmma.log" "AttnGpuTests sm90-wgmma" $rb
set -- $pids
for v in ${FORCE:-}; do
  wait $1; summary "$OUT/gtest-$v.log" "AttnGpuTests HopperPath.* sm90-wgmma + $v" $?
  shift
done
summary /tmp/ktable.log "AttnGpuKernelTableTests" $rk
wait $sp; echo "memcheck (HopperPath.SanitizerSubset, default) rc=$? $(grep -E 'ERROR SUMMARY' "$OUT/san-default.txt" | tail -1)"
set -- $spf
for v in ${FORCE:-}; do
  wait $1; echo "memcheck (HopperPath.SanitizerSubset, $v) rc=$? $(grep -E 'ERROR SUMMARY' "$OUT/san-$v.txt" | tail -1)"
  shift
done
if [ -n "$hp" ]; then
  wait $hp
  echo "variant check rc=$?: $(grep -c '^ok' "$OUT/hv.txt") ok, $(grep -c '^FAIL' "$OUT/hv.txt") FAIL; $(tail -1 "$OUT/hv.txt")"
  grep -E "^FAIL|UNSUPPORTED|Error" "$OUT/hv.txt" | head -10
fi
if [ -n "${AB_ARGS:-}" ]; then
  t ab
  # shellcheck disable=SC2086
  timeout ${AB_TIMEOUT:-120} python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
    --hopper build-gpu/lib/libattn_hopper.so $AB_ARGS >"$OUT/ab.md" 2>&1
  echo "ab rc=$?"
  grep -E "^row|^issue|^\| [a-z0-9]|WRONG|error" "$OUT/ab.md"
fi
t done
