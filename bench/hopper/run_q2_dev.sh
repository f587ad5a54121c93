#!/bin/bash
# Lead Q2 (2026-12-03, twelfth session): the consumers wait for the first
# key tile's dead-tile verdict after its S GEMM, not before (the first tile
# is computed whatever its verdict). Checks under the sanitizers, then the
# same-process A/B (hopper-skip = the skip and map forced on, against
# hopper-noskip; Q1 is the same A/B before the change) and where the skip
# pays for f16 masks (their key-norm bound) between 1536 and 3072 keys,
# and at 1024 keys or fewer with 32 heads on one mask (Llama-3.1-8B's padded
# prefill, models sweep rows 40-41, lost 10-18% in Q1 without the skip).
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-new}
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace" /tmp/hd.log | head -12 >> $S
timeout 120 $BIN/AttnGpuTests --gtest_filter='HopperPath.*:*Mask*:*Bias*' > /tmp/gt.log 2>&1
el "AttnGpuTests HopperPath+masks rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
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
ab cpb causal_pad_add bf16 3 16,16,512,64 4,16,1024,64 4,16,1536,64 8,16,2048,64 4,16,1024,128 4,16,1280,128 4,16,1536,128
ab cpf causal_pad_add f16 3 16,16,512,64 4,16,1024,64 4,16,1536,64 4,16,1792,64 8,16,2048,64 4,16,1536,128 4,16,2048,128 2,16,3072,128
ab reuse causal_pad_add bf16,f16 3 8,32,1024,128 16,32,512,128 16,32,512,64 8,8,1024,128
ab reuseb causal_pad_bool bf16 3 8,32,1024,128 8,16,1024,128
ab bias bias bf16 3 16,16,512,64 4,16,1536,64
ab bool bool_full bf16 3 4,16,1024,64 4,16,1536,64
el done
