#!/bin/bash
# Lead J1 (2026-12-02, seventh session): the landed dead-map producer (one
# ANDed word a plane, never run on a GPU before) and the map pass without
# local memory (load_chunk_head). HopperDeadTiles and the GPU dead-tile tests
# under the three sanitizers, AttnGpuTests; ncu durations of the pack, map
# and attention kernels (R35 bf16); with the map and without (ATTN_HOPPER_SCHED
# 38 / 39): R35, two aligned causal + padding shapes, and T5 bias masks
# [1, H, S, S] (tiles neither dead nor clear: the map's cost alone); the
# models sweep (bf16) and a random sweep on a fresh seed; every kernel once.
# Every attnrt output is checked per row before it is timed.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-j1}
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|changed|dead map" /tmp/hd.log | head -20 >> $S
for tool in memcheck racecheck synccheck; do
  for k in 0 1 2; do
    ATTN_COVERAGE_SHARD=$k/3 timeout 120 compute-sanitizer --tool $tool --error-exitcode 99 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/dt-$tool-$k.log 2>&1 &
  done
  F='HopperPath.DeadMaskTiles*:HopperPath.PackedMasks'
  timeout 120 compute-sanitizer --tool $tool --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/g-$tool.log 2>&1 &
  wait
  el "HopperDeadTiles + GPU dead-tile tests, $tool: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dt-$tool-*.log /tmp/g-$tool.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/dt-$tool-*.log /tmp/g-$tool.log | sort | uniq -c | tr '\n' ' ')"
  grep -hE "Invalid|hazard|Failure|Which is|access at" /tmp/dt-$tool-*.log /tmp/g-$tool.log | grep -v " 0 hazards" | head -8 >> $S
done
timeout 210 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
timeout 40 ncu --clock-control none --metrics gpu__time_duration.sum -k 'regex:build_dead_map|fa_fwd|pack_mask' -c 3 \
  python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes bf16 --shape 6,12,5100,64 > /tmp/ncu.txt 2>&1
el "ncu R35 bf16 rc=$?"
grep -E "^  [a-zA-Z_]|gpu__time" /tmp/ncu.txt | cut -c1-120 >> $S
ab() {  # LABEL BITS MASK SHAPE...
  local label=$1 bits=$2 mask=$3; shift 3
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  if [ "$bits" = default ]; then unset ATTN_HOPPER_SCHED; else export ATTN_HOPPER_SCHED=$bits; fi
  timeout 60 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes bf16,f16 --mask $mask $args > /tmp/ab-$label.log 2>&1
  el "$label (ATTN_HOPPER_SCHED=$bits) rc=$?"
  grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
  unset ATTN_HOPPER_SCHED
}
ab r35-map default causal_pad_add 6,12,5100,64
ab r35-nomap 38 causal_pad_add 6,12,5100,64
ab short-map default causal_pad_add 4,16,4096,128 8,16,2048,64
ab short-nomap 39 causal_pad_add 4,16,4096,128 8,16,2048,64
ab bias-map default bias 2,16,4096,64 2,16,4096,128
ab bias-nomap 39 bias 2,16,4096,64 2,16,4096,128
# R35 f16 and T5 bias at R35's size with the mask copied to the mask-tile
# kernel (ATTN_HOPPER_MASK_PACK_WIDE: past the D <= 64 rule that keeps them
# on the register path): f16's clear tiles (the causal half) then come
# without their mask; the bias has none (the copy's and map's cost alone).
export ATTN_HOPPER_MASK_PACK_WIDE=1
ab r35-wide default causal_pad_add 6,12,5100,64
ab bias5100-wide default bias 6,12,5100,64
unset ATTN_HOPPER_MASK_PACK_WIDE
ab bias5100-reg default bias 6,12,5100,64
# D 64 S 128 (B 2048 H 16, bf16): where our extra L2 sectors come from (G1:
# 4.39 GB through L2 against cuDNN's 3.24, same DRAM bytes): by source unit
# (SM / TMA requests, the fabric between the two L2 partitions) and op.
M=gpu__time_duration.sum,lts__t_sectors.sum,lts__t_sectors_srcunit_tex.sum,lts__t_sectors_srcunit_ltcfabric.sum,lts__t_sectors_srcunit_tex_op_read.sum,lts__t_sectors_srcunit_tex_op_write.sum,lts__t_sectors_srcunit_tex_lookup_hit.sum,lts__t_sectors_srcunit_ltcfabric_lookup_hit.sum,dram__bytes_read.sum
timeout 60 ncu --clock-control none --metrics $M -k 'regex:fa_fwd|cudnn|flash' \
  python3 $H/ncu_variant.py --hopper $L/libattn_hopper.so --shape 2048,16,128,64,0 \
  --variants default --sdpa cudnn > $OUT/ncu-s128-l2.txt 2>&1
el "ncu S 128 L2 sources rc=$?"
grep -E "^  [a-z_]|  (gpu__|dram__|lts__)|shape |ERR|rror" $OUT/ncu-s128-l2.txt | cut -c1-160 >> $S
timeout 90 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
timeout 100 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep random --seed 31 --count 40 --dtypes bf16,f16 --rounds 2 --out $OUT/r31.md > /tmp/r31.log 2>&1
el "random seed 31 rc=$? $(tail -1 /tmp/r31.log)"
grep -hE "WRONG|rror" /tmp/r31.log | head -5 >> $S
timeout 100 $CV > /tmp/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  PASSED  \]|^\[  FAILED  \]' /tmp/coverage.log | tr '\n' ' ')"
grep -E "Failure|FAILED" /tmp/coverage.log | head -12 >> $S
el done
cat $S
