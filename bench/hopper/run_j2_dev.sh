#!/bin/bash
# Lead J2 (2026-12-02, seventh session): J1 found T5 bias masks [1, H, S, S]
# 16-18% slower with the dead map at D 64 S 4096 (0.611 against 0.519 ms),
# and R35's call 0.2 ms longer than its three kernels. This build: the map
# pass takes a first look of one chunk a lane (ATTN_HOPPER_DEAD_MAP_FIRST=0:
# without), and the scratch (mask copy, dead map, decode workspace) comes
# from one pool that keeps the largest request across synchronizes
# (attn/workspace_pool.h). Checks: HopperDeadTiles (first look on and off),
# the dead-tile tests under memcheck, AttnGpuTests, AttnDecodeLseTests; ncu
# durations (bias with and without the map, R35); the A/B of the map on the
# bias and causal + padding masks; D 64 S 128's L2 sectors without the L2
# promotion; the models sweep (bf16, f16). Outputs checked per row first.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-j2}
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual" /tmp/hd.log | head -10 >> $S
ATTN_HOPPER_DEAD_MAP_FIRST=0 timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd0.log 2>&1
el "HopperDeadTiles, no first look rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd0.log | tr '\n' ' ')"
for k in 0 1 2; do
  ATTN_COVERAGE_SHARD=$k/3 timeout 120 compute-sanitizer --tool memcheck --error-exitcode 99 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/dt-$k.log 2>&1 &
done
timeout 120 compute-sanitizer --tool memcheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMaskTiles*:HopperPath.PackedMasks' > /tmp/g-mc.log 2>&1 &
wait
el "HopperDeadTiles + GPU dead-tile tests, memcheck: $(grep -hE 'ERROR SUMMARY' /tmp/dt-*.log /tmp/g-mc.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/dt-*.log /tmp/g-mc.log | sort | uniq -c | tr '\n' ' ')"
grep -hE "Invalid|Failure|Which is|access at" /tmp/dt-*.log /tmp/g-mc.log | head -8 >> $S
kt() {  # LABEL MASK SHAPE: ncu durations of one call's kernels
  timeout 40 ncu --clock-control none --metrics gpu__time_duration.sum,dram__bytes_read.sum -k 'regex:build_dead_map|fa_fwd|pack_mask' -c 3 \
    python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes bf16 --mask $2 --shape $3 > /tmp/ncu-$1.txt 2>&1
  el "ncu $1 rc=$?"
  grep -E "^  [a-zA-Z_]|gpu__time|dram__" /tmp/ncu-$1.txt | cut -c1-110 >> $S
}
kt bias-map bias 2,16,4096,64
ATTN_HOPPER_DEAD_MAP_FIRST=0 kt bias-map-nofirst bias 2,16,4096,64
ATTN_HOPPER_SCHED=39 kt bias-nomap bias 2,16,4096,64
kt r35 causal_pad_add 6,12,5100,64
ab() {  # LABEL BITS MASK SHAPE...
  local label=$1 bits=$2 mask=$3; shift 3
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  if [ "$bits" = default ]; then unset ATTN_HOPPER_SCHED; else export ATTN_HOPPER_SCHED=$bits; fi
  timeout 60 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes bf16,f16 --mask $mask $args > /tmp/ab-$label.log 2>&1
  el "$label (ATTN_HOPPER_SCHED=$bits) rc=$?"
  grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
  unset ATTN_HOPPER_SCHED
}
ab bias-map default bias 2,16,4096,64 2,16,4096,128
ATTN_HOPPER_DEAD_MAP_FIRST=0 ab bias-map-nofirst default bias 2,16,4096,64 2,16,4096,128
ab bias-nomap 39 bias 2,16,4096,64 2,16,4096,128
ab r35-map default causal_pad_add 6,12,5100,64
ab r35-nomap 38 causal_pad_add 6,12,5100,64
ab short-map default causal_pad_add 4,16,4096,128 8,16,2048,64
ATTN_WORKSPACE_KEEP_MB=64 ab r35-keep64 default causal_pad_add 6,12,5100,64
# D 64 S 128: J1 read 25% more L2 sectors than cuDNN (62.9 M against 50.3 M);
# the same without the L2 promotion of Q / K / V.
M=gpu__time_duration.sum,lts__t_sectors_srcunit_tex_op_read.sum,lts__t_sectors_srcunit_tex_op_write.sum,lts__t_sectors_srcunit_tex_lookup_hit.sum,dram__bytes_read.sum
ATTN_HOPPER_L2P=000 timeout 60 ncu --clock-control none --metrics $M -k 'regex:fa_fwd' \
  python3 $H/ncu_variant.py --hopper $L/libattn_hopper.so --shape 2048,16,128,64,0 --variants default > $OUT/ncu-s128-l2p000.txt 2>&1
el "ncu S 128 L2P 000 rc=$?"
grep -E "  (gpu__|dram__|lts__)" $OUT/ncu-s128-l2p000.txt | cut -c1-120 >> $S
timeout 120 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
timeout 60 $BIN/AttnDecodeLseTests > /tmp/lse.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/lse.log | tr '\n' ' ')"
timeout 200 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
el done
