#!/bin/bash
# Lead N7 (2026-12-03, tenth session): the key norm pass reads a batch's
# K rows in memory order where heads are the inner dimension ([B, S, H, D]:
# one block over consecutive rows of several heads, per-head maxima in
# shared memory), where N6 read one head's 128-byte rows 2 KiB apart
# (B 16 H 16 S 512 D 64 f16: the map pass with the norms beside it 16.5 us
# against the map's 9.5; 0.996x cuDNN). Checks: AttnDeadMapTests (both
# orders, alone and beside the map) and memcheck / racecheck on it,
# HopperDeadTiles, the GPU mask tests; the f16 A/B against N6's libraries;
# ncu of the S 512 f16 call. (No models sweep: device time.)
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-n7}
OLD=$PWD/.devtree-lead/n6lib
for z in $OLD/*.gz; do [ -e "$z" ] && gunzip -f "$z"; done
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $BIN/AttnDeadMapTests > /tmp/dm.log 2>&1
el "AttnDeadMapTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dm.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|entry|says|rule gives|mask \[|BSHD|BHSD" /tmp/dm.log | head -12 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in memcheck racecheck; do
  timeout 60 $CS --tool $tool --error-exitcode 9 $BIN/AttnDeadMapTests > /tmp/dm-$tool.log 2>&1
  el "AttnDeadMapTests $tool rc=$? $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dm-$tool.log | tail -1)"
done
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace" /tmp/hd.log | head -12 >> $S
timeout 60 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMask*:*Mask*' > /tmp/gt.log 2>&1
el "AttnGpuTests masks rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
ab() {  # LABEL LIBDIR SHAPE...
  local label=$1 lib=$2; shift 2
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  LD_LIBRARY_PATH=$lib:$LD_LIBRARY_PATH timeout 60 python3 $H/dead_tiles_ab.py --lib $lib/libattnrt.so --rounds 3 --dtypes f16 --mask causal_pad_add $args > /tmp/ab-$label.log 2>&1
  el "$label rc=$?"
  grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
}
SH="16,16,512,64 4,16,1024,64 2,16,2048,128"
ab old $OLD $SH
ab new $PWD/$L $SH
timeout 40 ncu --clock-control none --metrics gpu__time_duration.sum,dram__bytes_read.sum -k 'regex:norms|build_dead_map|fa_fwd' -c 2 \
  python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes f16 --mask causal_pad_add --shape 16,16,512,64 > /tmp/ncu.txt 2>&1
el "ncu S 512 f16 rc=$?"
grep -E "^  [a-zA-Z_]|gpu__time|dram__" /tmp/ncu.txt | cut -c1-110 >> $S
el done
