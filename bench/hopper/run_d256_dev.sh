#!/usr/bin/env bash
# On the GPU machine (issue 12, hopper-d256: 80-key tiles for D 256): build
# (preset cuda-sm90); AttnGpuTests in the default dispatch and with
# gpu:sm90-wgmma forced, the Hopper variant check (every compiled variant,
# the 80-key one included) and the kernel-table tests, in parallel; the
# memcheck on HopperPath.SanitizerSubset (beside the tests); then the
# same-process A/B of the 80-key and 64-key pingpong kernels against SDPA
# cuDNN/flash on the Gemma rows (16, 17), bf16 and f16, interleaved rounds. Every step is guarded by the time
# left (LIMIT seconds from the start). Outputs under $OUT.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/d256-out}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1
. scripts/lib/gpu-env.sh || exit 1  # python with torch, cmake, ninja, nvcc: found, not named
S=$(date +%s); LIMIT=${LIMIT:-330}
t() { echo "[t+$(( $(date +%s) - S ))s] $*"; }
left() { echo $(( LIMIT - ($(date +%s) - S) )); }
t build
{ cmake --preset cuda-sm90 -B build-gpu &&
  cmake --build build-gpu -j"$(nproc)" --target attnrt AttnGpuTests AttnGpuKernelTableTests attn_hopper_shared
} >"$OUT/build.log" 2>&1 || { grep -m20 -B2 -A8 "error" "$OUT/build.log"; exit 1; }
t tests
G=build-gpu/bin/AttnGpuTests
L=build-gpu/lib/libattn_hopper.so
timeout 150 $G >"$OUT/gtest.log" 2>&1 & a=$!
ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma timeout 150 $G >"$OUT/gtest-wgmma.log" 2>&1 & b=$!
timeout 150 python3 bench/gpu/bench_sdpa.py --hopper-variants $L --check-only >"$OUT/hv.txt" 2>&1 & d=$!
timeout 150 compute-sanitizer --tool memcheck --error-exitcode 99 $G \
  --gtest_filter='HopperPath.SanitizerSubset' >"$OUT/san.txt" 2>&1 & e=$!
timeout 60 build-gpu/bin/AttnGpuKernelTableTests >"$OUT/ktable.log" 2>&1
echo "kernel table rc=$?: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/ktable.log" | tr '\n' ' ')"
wait $a; ra=$?; wait $b; rb=$?; wait $d; rd=$?; wait $e; re=$?
echo "memcheck rc=$re $(grep -E 'ERROR SUMMARY' "$OUT/san.txt" | tail -1) $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/san.txt" | tr '\n' ' ')"
for f in gtest gtest-wgmma; do
  echo "$f: $(grep -E '^\[  (PASSED|FAILED) |declined by the forced' "$OUT/$f.log" | tr '\n' ' ' | cut -c1-300)"
  grep -E "^\[  FAILED|Failure|row b|error " "$OUT/$f.log" | head -8
done
echo "rc default=$ra wgmma=$rb; variants rc=$rd: $(grep -c '^ok' "$OUT/hv.txt") ok, $(grep -c '^FAIL' "$OUT/hv.txt") FAIL; $(tail -1 "$OUT/hv.txt")"
grep -E "^FAIL|UNSUPPORTED|Error" "$OUT/hv.txt" | head -5
grep -E "d256_bm128_bn80" "$OUT/hv.txt" | head -4
t ab
V=d256_bm128_bn80_ovl_pp_dyn,d256_bm128_bn64_ovl_pp_dyn
T=$(( $(left) - 5 )); [ $T -gt 240 ] && T=240
if [ $T -gt 40 ]; then
  timeout $T python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so --hopper $L \
    --rows 16,17 --dtypes bf16,f16 --rounds ${ROUNDS:-5} --variants $V 2>&1 | tee "$OUT/ab.txt"
  echo "ab rc=${PIPESTATUS[0]}"
else echo "ab: SKIP (time)"; fi
t done
