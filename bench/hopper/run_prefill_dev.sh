#!/bin/bash
# prefill's device call (one-off; bench/RESULTS.md "Prefill margins: two Q
# buffers with the dynamic grid, 16-byte O stores below D 256"). Run from a
# tree root that holds build-gpu/lib/libattnrt.so, build-gpu/lib/libattn_hopper.so
# and build-gpu/bin/AttnGpuTests of this branch, built on the dev box (nvcc 13.0,
# preset cuda-sm90): run tool, carry .devtree-prefill, command
# "cd .devtree-prefill && LIMIT=<s> bash bench/hopper/run_prefill_dev.sh".
# LIMIT: the seconds the whole script may take. Writes $OUT/summary.txt as it goes.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-150}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
if ldd build-gpu/bin/AttnGpuTests build-gpu/lib/libattnrt.so | grep -q "not found"; then
  el "prebuilt binaries miss libraries"
  ldd build-gpu/bin/AttnGpuTests build-gpu/lib/libattnrt.so > $OUT/ldd.txt 2>&1
  exit 3
fi
G=build-gpu/bin/AttnGpuTests
Q64=d64_bm192_ovl_pp_q2_dyn
Q128=d128_bm128_ovl_pp_q2_dyn
# Candidates: attnrt = the default dispatch (baseline); default%15 = the default
# kernel with kSchedWideONarrow on top of its default bits (7 = early Q,
# warpgroup ranges, wide D 256 stores; on rows 12 and 16, DV 80 / 256, the bit
# changes nothing: controls); default%3 on row 16: the D 256 kernel without its
# 16-byte stores; the two-Q-buffer dynamic kernels, with and without the bit.
V="default%15"
V="$V,$Q64@15+14+22,$Q64%15@15+14+22"
V="$V,$Q128@19+20+21+18,$Q128%15@19+20+21+18"
V="$V,default%3@16"
el "A/B (same process), rows 15,19,20,16,12,22,14,21,18, bf16 and f16"
T=$(( $(left) - 50 )); [ $T -gt 120 ] && T=120
timeout $T python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper build-gpu/lib/libattn_hopper.so --variants "$V" --rows 15,19,20,16,12,22,14,21,18 \
  --dtypes bf16,f16 --rounds 4 --skip flash > $OUT/ab.txt 2>&1
el "A/B rc $?"
grep -E "^row|^\| (attnrt|default|d64|d128|cudnn) |WRONG|error" $OUT/ab.txt >> $S
el "tests: new kernels forced, kSchedWideONarrow everywhere, default dispatch; memcheck"
T=$(( $(left) - 8 )); [ $T -gt 60 ] && T=60; [ $T -lt 20 ] && T=20
F='HopperPath.PartialQueryTiles:HopperPath.CausalTileRanges:HopperPath.SanitizerSubset:HopperPath.HeadDims:HopperPath.RescaleVoteD128'
( ATTN_HOPPER_VARIANT=$Q64 timeout $T $G --gtest_filter="$F" > $OUT/t_q64.log 2>&1; echo "rc $?" >> $OUT/t_q64.log ) &
( ATTN_HOPPER_VARIANT=$Q128 timeout $T $G --gtest_filter="$F" > $OUT/t_q128.log 2>&1; echo "rc $?" >> $OUT/t_q128.log ) &
( ATTN_HOPPER_SCHED=15 timeout $T $G --gtest_filter='HopperPath.*' > $OUT/t_s15.log 2>&1; echo "rc $?" >> $OUT/t_s15.log ) &
( timeout $T $G --gtest_filter='HopperPath.*' > $OUT/t_def.log 2>&1; echo "rc $?" >> $OUT/t_def.log ) &
( ATTN_HOPPER_VARIANT=$Q64 ATTN_HOPPER_SCHED=15 timeout $T compute-sanitizer --tool memcheck --error-exitcode 9 \
    $G --gtest_filter=HopperPath.SanitizerSubset > $OUT/m_q64.log 2>&1; echo "memcheck rc $?" >> $OUT/m_q64.log ) &
( ATTN_HOPPER_VARIANT=$Q128 ATTN_HOPPER_SCHED=15 timeout $T compute-sanitizer --tool memcheck --error-exitcode 9 \
    $G --gtest_filter=HopperPath.RescaleVoteD128 > $OUT/m_q128.log 2>&1; echo "memcheck rc $?" >> $OUT/m_q128.log ) &
wait
el "tests done"
for f in t_q64 t_q128 t_s15 t_def m_q64 m_q128; do
  echo "== $f: $(grep -E '^\[  (PASSED|FAILED) |ERROR SUMMARY|^rc |memcheck rc' $OUT/$f.log | tr '\n' ' ')" >> $S
  grep -E "^\[  FAILED|Failure" $OUT/$f.log | head -5 >> $S
done
cat $OUT/t_*.log $OUT/m_*.log > $OUT/tests.log; rm -f $OUT/t_*.log $OUT/m_*.log
el "done"
cat $S
