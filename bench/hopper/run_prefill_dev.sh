#!/bin/bash
# prefill's two device calls (one-off; bench/RESULTS.md "Prefill margins: 16-byte
# O stores below D 256, two Q buffers on the dynamic grid"). Run from a
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
if [ "${PHASE:-1}" = 2 ]; then
  # Call 2: kSchedWideONarrow on the other rows whose default kernel it
  # changes (a plain kernel with O 64, 128, 160 or 192 columns), the
  # two-buffer dynamic kernel on the short non-causal D 64 class (row 15
  # again, D 64 S 512), then the tests call 1's 60 s did not reach.
  el "A/B 2 (same process), rows 15,5,6,8,10,11,13,18,21,23,24,25,35 + S 512, bf16 and f16"
  T=$(( $(left) - 75 )); [ $T -gt 80 ] && T=80
  timeout $T python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
    --hopper build-gpu/lib/libattn_hopper.so --variants "default%15,$Q64%15@15+s512" \
    --rows 15,5,6,8,10,11,13,18,21,23,24,25,35 --issue6-s512 \
    --dtypes bf16,f16 --f16-rows 15,s512,13,18,21,35 --rounds 4 --skip flash > $OUT/ab2.txt 2>&1
  el "A/B 2 rc $?"
  grep -E "^row|^issue|^\| (attnrt|default|d64|cudnn) |WRONG|error" $OUT/ab2.txt >> $S
  el "tests (one process per test)"
  T=$(( $(left) - 5 )); [ $T -gt 75 ] && T=75; [ $T -lt 20 ] && T=20
  run1() {  # NAME ENV TEST
    ( env $2 timeout $T $G --gtest_filter=$3 > $OUT/t_$1.log 2>&1; echo "rc $?" >> $OUT/t_$1.log ) &
  }
  for t in PartialQueryTiles SanitizerSubset; do run1 q64_$t ATTN_HOPPER_VARIANT=$Q64 HopperPath.$t; done
  for t in RescaleVoteD128 PartialQueryTiles SanitizerSubset; do run1 q128_$t ATTN_HOPPER_VARIANT=$Q128 HopperPath.$t; done
  for t in KvResident CausalTileRanges RescaleVoteD128 PartialQueryTiles SanitizerSubset; do
    run1 s15_$t ATTN_HOPPER_SCHED=15 HopperPath.$t
  done
  run1 q64s15_Partial "ATTN_HOPPER_VARIANT=$Q64 ATTN_HOPPER_SCHED=15" HopperPath.PartialQueryTiles
  wait
  el "tests done"
  for f in $OUT/t_*.log; do
    echo "== $(basename $f .log): $(grep -E '^\[  (PASSED|FAILED) |^rc ' $f | tr '\n' ' ')" >> $S
    grep -E "^\[  FAILED|Failure" $f | head -5 >> $S
  done
  cat $OUT/t_*.log > $OUT/tests2.log; rm -f $OUT/t_*.log
  el "done"
  cat $S
  exit 0
fi
V="default%15"
V="$V,$Q64@15+14+22,$Q64%15@15+14+22"
V="$V,$Q128@19+20+21+18,$Q128%15@19+20+21+18"
V="$V,default%3@16"
el "A/B (same process), rows 15,19,20,16,12,22,14, bf16 and f16"
T=$(( $(left) - 50 )); [ $T -gt 120 ] && T=120
timeout $T python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper build-gpu/lib/libattn_hopper.so --variants "$V" --rows 15,19,20,16,12,22,14 \
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
