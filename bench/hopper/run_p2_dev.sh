#!/bin/bash
# Lead P1+P2 (2026-12-03, eleventh session). P1 (base = main c336ca2's
# libraries): where T5's per-head bias [1,H,S,S] loses at S 512 D 64: the
# map / checkers A/B, the row mask's kernel at the same shapes, ncu
# sections. P2 (new = the attention kernel launched programmatically after
# the dead map's pass): checks, then the same-process A/B (attnrt vs
# attnrt-nopdl) on the masked shapes.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/new
BASE=$PWD/.devtree-lead/base
for z in $BASE/lib/*.gz; do [ -e "$z" ] && gunzip -f "$z"; done
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
ab() {  # LABEL LIBDIR MASK DTYPES ROUNDS SHAPE...
  local label=$1 lib=$2 mask=$3 dts=$4 rounds=$5; shift 5
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  LD_LIBRARY_PATH=$lib:$LD_LIBRARY_PATH timeout 150 python3 $H/dead_tiles_ab.py --lib $lib/libattnrt.so --rounds $rounds --dtypes $dts --mask $mask $args > $OUT/ab-$label.log 2>&1
  el "$label rc=$?"
  grep -E "^B |^\| (attnrt|cudnn|efficient)|WRONG|rror" $OUT/ab-$label.log >> $S
}
# --- P2 checks
timeout 60 $BIN/AttnDeadMapTests > /tmp/dm.log 2>&1
el "AttnDeadMapTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dm.log | tr '\n' ' ')"
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace" /tmp/hd.log | head -12 >> $S
timeout 90 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMask*:*Mask*' > /tmp/gt.log 2>&1
el "AttnGpuTests masks rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in memcheck racecheck synccheck; do
  timeout 100 $CS --tool $tool --error-exitcode 9 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMask*' > /tmp/s-$tool.log 2>&1
  el "DeadMask $tool rc=$? $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/s-$tool.log | tail -1)"
done
# --- P2 A/B (same process: attnrt vs attnrt-nopdl)
ab pdl-cp $PWD/$L causal_pad_add bf16,f16 3 16,16,512,64 4,16,1024,64
ab pdl-bias $PWD/$L bias bf16,f16 3 16,16,512,64 128,12,512,64
# --- P1 on base
ab pad $BASE/lib pad_add bf16 2 16,16,512,64 128,12,512,64
SEC="--section SpeedOfLight --section WarpStateStats --section ComputeWorkloadAnalysis --section MemoryWorkloadAnalysis --section InstructionStats --section SchedulerStats"
LD_LIBRARY_PATH=$BASE/lib:$LD_LIBRARY_PATH timeout 150 ncu --clock-control none $SEC -k 'regex:fa_fwd' -c 3 \
  python3 $H/dead_tiles_ab.py --lib $BASE/lib/libattnrt.so --rounds 1 --dtypes bf16 --mask bias --shape 128,12,512,64 > $OUT/ncu-bias.txt 2>&1
el "ncu bias rc=$?"
LD_LIBRARY_PATH=$BASE/lib:$LD_LIBRARY_PATH timeout 100 ncu --clock-control none $SEC -k 'regex:fa_fwd' -c 1 \
  python3 $H/dead_tiles_ab.py --lib $BASE/lib/libattnrt.so --rounds 1 --dtypes bf16 --mask pad_add --shape 128,12,512,64 > $OUT/ncu-pad.txt 2>&1
el "ncu pad rc=$?"
timeout 60 ncu --clock-control none --metrics gpu__time_duration.sum -k 'regex:fa_fwd|dead_map|norms' -c 14 \
  python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes bf16,f16 --mask bias --shape 16,16,512,64 > $OUT/ncu-b16.txt 2>&1
el "ncu b16 rc=$?"
grep -E "^  [a-zA-Z_]|gpu__time" $OUT/ncu-b16.txt | cut -c1-110 >> $S
el done
