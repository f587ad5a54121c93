#!/bin/bash
# Lead Q3 (2026-12-03, twelfth session): the mask-tile launches compute
# every tile over short key ranges (launch.cuh dead_tiles_pay: bf16 and
# boolean masks at 1024 keys or fewer with fewer than 32 pairs a mask
# value, f16 masks below 2048 keys). Checks (the dead-tile tests where the
# launch skips, their twins where it does not), the same-process A/B on
# rows either side of the rule, the models sweep and a fresh random seed.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-new}
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace" /tmp/hd.log | head -12 >> $S
timeout 150 $BIN/AttnGpuTests --gtest_filter='HopperPath.*:*Mask*:*Bias*' > /tmp/gt.log 2>&1
el "AttnGpuTests HopperPath+masks rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
grep -E "^\[       OK \] HopperPath.(DeadMask|Bias)" /tmp/gt.log >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in memcheck racecheck synccheck; do
  timeout 100 $CS --tool $tool --error-exitcode 9 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMaskTilesSmall' > /tmp/s-$tool.log 2>&1
  el "DeadMaskTilesSmall $tool rc=$? $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/s-$tool.log | tail -1)"
done
ab() {  # LABEL MASK DTYPES ROUNDS SHAPE...
  local label=$1 mask=$2 dts=$3 rounds=$4; shift 4
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  timeout 200 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --hopper $L/libattn_hopper.so --rounds $rounds --dtypes $dts --mask $mask $args > $OUT/ab-$label.log 2>&1
  el "$label rc=$?"
  grep -E "^B |^\| (attnrt|hopper|cudnn)|WRONG|rror" $OUT/ab-$label.log | grep -v -e causal -e nopdl -e nomap >> $S
}
ab cp causal_pad_add bf16,f16 3 16,16,512,64 4,16,1024,128 8,32,1024,128 4,16,1536,64 8,16,2048,64
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.05' >> $S
timeout 120 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep random --seed 41 --count 24 --dtypes bf16 --rounds 2 --json $OUT/random41.json --out $OUT/random41.md > /tmp/r41.log 2>&1
el "random seed 41 bf16 rc=$? $(tail -1 /tmp/r41.log)"
grep -hE "^\| " $OUT/random41.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.05' >> $S
el done
