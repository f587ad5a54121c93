#!/usr/bin/env bash
# On the GPU machine (issue 12, hopper-causal: causal prefill on the Hopper
# path): build (preset cuda-sm90); in parallel AttnGpuTests in the default
# dispatch, with gpu:sm90-wgmma forced, and with sm90-wgmma forced and the
# tile-scheduling bits off (ATTN_HOPPER_SCHED=0: the code path before this
# work), the Hopper variant check, the kernel-table tests and memcheck on
# HopperPath.CausalTileRanges + SanitizerSubset; then the same-process A/B
# (bench/hopper/ab_same_process.py) of the scheduling bits (NAME%BITS) and
# pingpong on the causal rows 16-22 (bf16, f16), and the default against its
# bits off on neighbouring rows. Every step is guarded by the time left
# (LIMIT s from the start). Outputs under $OUT.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/causal-out}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1
. scripts/lib/gpu-env.sh || exit 1  # python with torch, cmake, ninja, nvcc: found, not named
S=$(date +%s); LIMIT=${LIMIT:-230}
t() { echo "[t+$(( $(date +%s) - S ))s] $*"; }
left() { echo $(( LIMIT - ($(date +%s) - S) )); }
t build
{ cmake --preset cuda-sm90 -B build-gpu &&
  cmake --build build-gpu -j"$(nproc)" --target attnrt AttnGpuTests AttnGpuKernelTableTests attn_hopper_shared
} >"$OUT/build.log" 2>&1 || { grep -m20 -B2 -A8 "error" "$OUT/build.log"; exit 1; }
t tests
G=build-gpu/bin/AttnGpuTests
L=build-gpu/lib/libattn_hopper.so
W=gpu:sm90-wgmma
timeout 120 $G >"$OUT/gtest.log" 2>&1 & a=$!
ATTN_GPU_TEST_BACKEND=$W timeout 120 $G >"$OUT/gtest-wgmma.log" 2>&1 & b=$!
ATTN_HOPPER_SCHED=0 ATTN_GPU_TEST_BACKEND=$W timeout 120 $G --gtest_filter='HopperPath.*' \
  >"$OUT/gtest-sched0.log" 2>&1 & c=$!
timeout 120 python3 bench/gpu/bench_sdpa.py --hopper-variants $L --check-only >"$OUT/hv.txt" 2>&1 & d=$!
timeout 120 compute-sanitizer --tool memcheck --error-exitcode 99 $G \
  --gtest_filter='HopperPath.CausalTileRanges:HopperPath.SanitizerSubset' >"$OUT/san.txt" 2>&1 & e=$!
timeout 60 build-gpu/bin/AttnGpuKernelTableTests >"$OUT/ktable.log" 2>&1
echo "kernel table rc=$?: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/ktable.log" | tr '\n' ' ')"
wait $a; ra=$?; wait $b; rb=$?; wait $c; rc=$?; wait $d; rd=$?; wait $e; re=$?
echo "memcheck rc=$re $(grep -E 'ERROR SUMMARY' "$OUT/san.txt" | tail -1) $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/san.txt" | tr '\n' ' ')"
for f in gtest gtest-wgmma gtest-sched0; do
  echo "$f: $(grep -E '^\[  (PASSED|FAILED) |declined by the forced' "$OUT/$f.log" | tr '\n' ' ' | cut -c1-300)"
  grep -E "^\[  FAILED|Failure|row b|error " "$OUT/$f.log" | head -8
done
echo "rc default=$ra wgmma=$rb sched0=$rc; variants rc=$rd: $(grep -c '^ok' "$OUT/hv.txt") ok, $(grep -c '^FAIL' "$OUT/hv.txt") FAIL; $(tail -1 "$OUT/hv.txt")"
grep -E "^FAIL|UNSUPPORTED|Error" "$OUT/hv.txt" | head -5
t ab
AB="python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so --hopper $L --ref flash --skip flash"
ab() {  # rows dtypes variants file [rounds]
  local T=$(( $(left) - 5 ))
  if [ $T -gt 20 ]; then
    timeout $T $AB --rows $1 --dtypes $2 --variants $3 --rounds ${5:-${ROUNDS:-3}} >>"$OUT/$4" 2>&1
    echo "ab $1 $2 rc=$?"
  else echo "ab $1 $2: SKIP (time)"; fi
}
# D 128 rows (18-21): 128 x 128 tiles, Sq = Sk top-left: no warpgroup skips
# a key tile, so the bits are EarlyQ (1) or none (0); pingpong against the
# default variant.
P=d128_bm128_ovl_pp_dyn
ab 19,20,18,21 bf16 default%0,default%1,$P%0,$P%1 ab.txt
# D 256 (16, 17) and D 64 (22): both bits apart.
ab 16,17,22 bf16 default%0,default%1,default%2 ab.txt
ab 19,20,18,21 f16 default%0,default%1,$P%0,$P%1 ab.txt
ab 16,17,22 f16 default%0,default%1,default%2 ab.txt
# Neighbours (non-causal: ViT, Whisper, SD D 80, SDXL; chunked prefill): the default
# against its bits off.
ab 5,8,12,14,23,24 bf16 default%0,default%3 ab-nb.txt 2
grep -E "^row|^\| (attnrt|default|d128|cudnn)" "$OUT/ab.txt" "$OUT/ab-nb.txt" | sed 's/^.*\.txt://' | cut -c1-150
t done
