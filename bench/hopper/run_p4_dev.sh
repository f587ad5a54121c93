#!/bin/bash
# Lead P4 (2026-12-03, eleventh session): the checkers' verdict in four
# running maxima (chains of 32 dependent max instructions, not 128), on
# P3's tree. Checks, then the same-process A/B (hopper / -nopdl / -nomap /
# -noskip beside attnrt and cuDNN) from S 512 to 4096: where the dead
# tiles' skip pays against computing every tile.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-new}
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace" /tmp/hd.log | head -12 >> $S
timeout 90 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMask*:*Mask*:*Bias*' > /tmp/gt.log 2>&1
el "AttnGpuTests masks rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck synccheck; do
  timeout 100 $CS --tool $tool --error-exitcode 9 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMaskTilesSmall' > /tmp/s-$tool.log 2>&1
  el "DeadMaskTilesSmall $tool rc=$? $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/s-$tool.log | tail -1)"
done
ab() {  # LABEL MASK DTYPES ROUNDS SHAPE...
  local label=$1 mask=$2 dts=$3 rounds=$4; shift 4
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  timeout 240 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --hopper $L/libattn_hopper.so --rounds $rounds --dtypes $dts --mask $mask $args > $OUT/ab-$label.log 2>&1
  el "$label rc=$?"
  grep -E "^B |^\| (attnrt|hopper|cudnn)|WRONG|rror" $OUT/ab-$label.log | grep -v causal >> $S
}
ab bias bias bf16,f16 3 16,16,512,64
ab cp causal_pad_add bf16,f16 3 16,16,512,64 4,16,1024,64 8,16,2048,64 2,16,4096,64 4,16,1024,128
el done
