#!/bin/bash
# Lead Q1 (2026-12-03, twelfth session): at 1024 keys or fewer the
# mask-tile launches compute every tile (launch.cuh kDeadTilesMaxShortKeys).
# Checks (the dead-tile tests moved past 1024 keys or forced on), then the
# same-process A/B (attnrt, hopper = default, hopper-skip = the skip and map
# forced on, -nomap, -noskip, cuDNN) from S 512 to 2048, and the models sweep.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-new}
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace" /tmp/hd.log | head -12 >> $S
timeout 120 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMask*:*Mask*:*Bias*' > /tmp/gt.log 2>&1
el "AttnGpuTests masks rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
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
  grep -E "^B |^\| (attnrt|hopper|cudnn)|WRONG|rror" $OUT/ab-$label.log | grep -v -e causal -e nopdl >> $S
}
ab cp causal_pad_add bf16,f16 3 16,16,512,64 8,16,768,64 4,16,1024,64 4,16,1280,64 4,16,1536,64 8,16,2048,64 4,16,1024,128 4,16,1536,128
ab bias bias bf16,f16 3 16,16,512,64 4,16,1024,64 4,16,1536,64
ab bool bool_full bf16 3 4,16,1024,64 4,16,1536,64
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
el done
