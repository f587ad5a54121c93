#!/bin/bash
# causal128b's device call (one-off; bench/RESULTS.md "D 128 causal: P V under the
# softmax"). Run from a tree root that holds build-gpu/lib/libattnrt.so and
# build-gpu/bin/AttnGpuTests of this branch and base/libattn_hopper.so of main (eabfcda),
# all built on the dev box with nvcc 13.0 (/work/main/.devtree-causal128b is that tree,
# this file as its dev.sh): run tool, carry .devtree-causal128b, command
# "cd .devtree-causal128b && LIMIT=<s> ./dev.sh". LIMIT: the seconds the whole script may
# take; the optional last phase (the pingpong A/B) runs only where enough is left.
cd "$(dirname "$0")"
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-170}
T0=$(date +%s)
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*"; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
if ldd build-gpu/bin/AttnGpuTests build-gpu/lib/libattnrt.so | grep -q "not found"; then
  el "prebuilt binaries miss libraries"
  ldd build-gpu/bin/AttnGpuTests > $OUT/ldd.txt 2>&1
  exit 3
fi
G=build-gpu/bin/AttnGpuTests
el "A/B 1: attnrt (this branch's default) vs main's default"
timeout 90 python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper base/libattn_hopper.so --variants default --rows 18,19,20,21,23,24,25 \
  --dtypes bf16,f16 --rounds 4 --skip flash > $OUT/ab.txt 2>&1
el "A/B 1 rc $?"
grep -E "^row|^\| (attnrt|default|cudnn) " $OUT/ab.txt
el "tests (4 shards) + memcheck + racecheck + forced variants, in parallel"
V=HopperPath.RescaleVoteD128
T=$(( $(left) - 35 )); [ $T -gt 100 ] && T=100; [ $T -lt 40 ] && T=40
for i in 0 1 2 3; do
  ( GTEST_TOTAL_SHARDS=4 GTEST_SHARD_INDEX=$i timeout $T $G --gtest_filter='HopperPath.*:HipBackend.*' \
      > $OUT/gt$i.log 2>&1; echo "rc $?" >> $OUT/gt$i.log ) &
done
( timeout $T compute-sanitizer --tool memcheck --error-exitcode 9 $G --gtest_filter=$V \
    > $OUT/sm.log 2>&1; echo "memcheck rc $?" >> $OUT/sm.log ) &
( timeout $T compute-sanitizer --tool racecheck --error-exitcode 9 $G \
    --gtest_filter="$V:HopperPath.SanitizerSubset" > $OUT/sr.log 2>&1; echo "racecheck rc $?" >> $OUT/sr.log ) &
for v in d128_bm128_ovl_pp_dyn d128_bm128_ovl_static d128_bm128_ovl_dyn; do
  ( echo "== ATTN_HOPPER_VARIANT=$v"
    ATTN_HOPPER_VARIANT=$v timeout $T $G --gtest_filter="$V:HipBackend.FastPaths"
    echo "rc $?" ) > $OUT/f_$v.log 2>&1 &
done
wait
el "tests done"
cat $OUT/gt?.log > $OUT/gtest.txt; rm -f $OUT/gt?.log
cat $OUT/sm.log $OUT/sr.log > $OUT/san.log; rm -f $OUT/sm.log $OUT/sr.log
cat $OUT/f_*.log > $OUT/forced.log; rm -f $OUT/f_*.log
grep -E "^\[  (PASSED|FAILED) |Failure|^rc " $OUT/gtest.txt | head -20
grep -cE "^\[       OK \]" $OUT/gtest.txt
grep -E "ERROR SUMMARY|RACECHECK SUMMARY|rc |PASSED|FAILED" $OUT/san.log | tail -8
grep -E "^==|^\[  (PASSED|FAILED) |^rc |Failure" $OUT/forced.log | head -20
L=$(left)
if [ $L -ge 35 ]; then
  el "A/B 2: this branch's pingpong kernel (with the vote) vs main's two kernels"
  ATTN_HOPPER_VARIANT=d128_bm128_ovl_pp_dyn timeout $(( L - 3 )) python3 bench/hopper/ab_same_process.py \
    --lib build-gpu/lib/libattnrt.so --hopper base/libattn_hopper.so \
    --variants d128_bm128_ovl_dyn,d128_bm128_ovl_pp_dyn --rows 19,20,18,21 --dtypes bf16,f16 \
    --f16-rows 19,20 --rounds 4 --skip flash > $OUT/ab_pp.txt 2>&1
  el "A/B 2 rc $?"
  grep -E "^row|^\| (attnrt|d128|cudnn)" $OUT/ab_pp.txt
else
  el "A/B 2 skipped: $L s left"
fi
