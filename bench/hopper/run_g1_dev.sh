#!/bin/bash
# Lead G1 (2026-12-02, sixth session): main 87297a0's binaries. The checks
# the last session could not run: AttnGpuTests alone (with the D 128 case of
# DeadMaskTilesLargeHiddenLogits, never run), HopperDeadTiles under memcheck,
# racecheck and synccheck on all three shards, every kernel under the three
# sanitizers; then ncu of D 64 S 128 (ours against SDPA cuDNN on the same
# tensors: DRAM bytes, L2, duration) and R35 (f16, bf16) as a baseline.
# Run from a tree holding .devtree-lead/g1/{bin,lib}, .devtree-lead/benchR/{gpu,hopper},
# .devtree-lead/include, .devtree-lead/kernels/include.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-g1}
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 200 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
grep -E "LargeHiddenLogits" /tmp/gtest.log >> $S
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
for tool in memcheck racecheck synccheck; do
  for k in 0 1 2; do
    ATTN_COVERAGE_SHARD=$k/3 timeout 150 compute-sanitizer --tool $tool --error-exitcode 99 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/dt-$tool-$k.log 2>&1 &
  done
  wait
  el "HopperDeadTiles $tool: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dt-$tool-*.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/dt-$tool-*.log | sort | uniq -c | tr '\n' ' ')"
  grep -hE "Invalid|hazard|Failure|Which is" /tmp/dt-$tool-*.log | grep -v " 0 hazards" | head -6 >> $S
done
F='HopperPath.DeadMaskTiles*:HopperPath.PackedMasks'
timeout 150 compute-sanitizer --tool racecheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/rc.log 2>&1 &
timeout 150 compute-sanitizer --tool synccheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/sc.log 2>&1 &
timeout 150 compute-sanitizer --tool memcheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/mc.log 2>&1 &
wait
for f in mc rc sc; do
  el "$f dead-tile GPU tests: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/$f.log | tr '\n' ' ') $(grep -E '^\[  (PASSED|FAILED) ' /tmp/$f.log | tr '\n' ' ')"
  grep -hE "Invalid|hazard|Failure|Which is" /tmp/$f.log | grep -v " 0 hazards" | head -6 >> $S
done
for tool in memcheck racecheck synccheck; do
  t0=$(date +%s)
  for k in 0 1 2 3 4; do
    ATTN_COVERAGE_SHARD=$k/5 timeout 200 compute-sanitizer --tool $tool --error-exitcode 99 $CV > /tmp/san-$tool-$k.log 2>&1 &
  done
  wait
  el "coverage $tool $(( $(date +%s) - t0 )) s: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/san-$tool-*.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/san-$tool-*.log | sort | uniq -c | tr '\n' ' ')"
  grep -hE "kernels run of" /tmp/san-$tool-*.log | head -3 >> $S
done
# D 64 S 128 (B 2048 H 16, bf16): our default against cuDNN, one launch each, full clocks.
M=gpu__time_duration.sum,dram__bytes_read.sum,dram__bytes_write.sum,dram__throughput.avg.pct_of_peak_sustained_elapsed,lts__t_sector_hit_rate.pct,lts__t_bytes.sum,sm__cycles_active.avg,smsp__inst_executed.sum,sm__warps_active.avg.pct_of_peak_sustained_active
timeout 120 ncu --clock-control none --metrics $M -k 'regex:fa_fwd|cudnn|flash' \
  python3 $H/ncu_variant.py --hopper $L/libattn_hopper.so --shape 2048,16,128,64,0 --shape 2048,16,112,64,0 \
  --variants default --sdpa cudnn > $OUT/ncu-s128.txt 2>&1
el "ncu S 128 / S 112 rc=$?"
grep -E "^  [a-z_]|  (gpu__|dram__|lts__|sm__|smsp__)|shape " $OUT/ncu-s128.txt | cut -c1-160 >> $S
timeout 60 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes f16,bf16 --shape 6,12,5100,64 > /tmp/dt.log 2>&1
el "R35 rc=$?"; grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/dt.log >> $S
el done
cat $S
