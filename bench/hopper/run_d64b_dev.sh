#!/bin/bash
# Helper d64's device calls, session of 2026-12-02 04:01 UTC (issue 12: S 112
# on the 112-key tile; bench/hopper/NOTES.md, last section). Run from a tree
# root holding build-gpu/lib/libattn_hopper.so(.gz) (main's kernels):
# run tool, carry .devtree-d64, command
# "cd .devtree-d64 && PHASE=<1|2> LIMIT=<s> bash bench/hopper/run_d64b_dev.sh".
# Writes $OUT/summary.txt as it goes. PHASE 2 ran the layout experiment's build:
# main e418f6d plus bench/hopper/results/2026-12-02_d64b_layout_variants.patch
# (variants x112_* / x128_*, not landed), main's libattn_hopper.so under
# build-gpu/lib/main.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-120}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
for f in $(find build-gpu -name "*.gz"); do gunzip -f "$f"; done
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
if [ "${PHASE:-1}" = 1 ]; then
  # Call 1 (main's kernels, no build): where S 112's extra time goes on the
  # 112-key tile (S 111 runs the same kernel through the edge path and is 11%
  # faster); the 128-key tile at S 120 / 128 for the chain (task 2).
  NCU=$(command -v ncu || ls /opt/nvidia/nsight-compute/*/ncu | head -1)
  el "ncu: $NCU $($NCU --version | tail -1)"
  T=$(( $(left) - 40 ))
  timeout $T $NCU --clock-control none --section WarpStateStats --section SourceCounters \
    --section SchedulerStats --section SpeedOfLight --section InstructionStats --import-source no \
    -k regex:fa_fwd -o $OUT/n1 python3 bench/hopper/ncu_variant.py --hopper build-gpu/lib/libattn_hopper.so \
    --shape 2048,16,111,64,0 --shape 2048,16,112,64,0 --shape 2048,16,120,64,0 --shape 2048,16,128,64,0 \
    > $OUT/ncu_log.txt 2>&1
  el "ncu rc $?"
  grep -E "^shape|ERROR|rror" $OUT/ncu_log.txt | head -20 >> $S
  timeout 30 $NCU -i $OUT/n1.ncu-rep --page raw --csv > $OUT/raw.csv 2> $OUT/raw.err
  el "raw rc $? $(wc -c < $OUT/raw.csv) bytes"
  timeout 60 $NCU -i $OUT/n1.ncu-rep --page source --csv --print-source sass > $OUT/src.csv 2> $OUT/src.err
  el "source rc $? $(wc -c < $OUT/src.csv) bytes; $(head -c 300 $OUT/src.err)"
  python3 bench/hopper/ncu_stalls.py $OUT/raw.csv >> $S 2>&1
  gzip -f $OUT/src.csv $OUT/raw.csv
fi
if [ "${PHASE:-1}" = 2 ]; then
  # Call 2: the layout experiment (the branch's build with the x112_* /
  # x128_* variants: the same 112- and 128-key kernels with mask_plain's
  # code before 4f8ef5e (old), the cheap edge in front of the old shared loop
  # (c1) and k nanosleeps in the causal-only code (pK: the no-edge path's
  # code unchanged, its entry moved by 16k bytes); bench/hopper/NOTES.md,
  # last section) against main's build (build-gpu/lib/main, b:default).
  G=build-gpu/bin/AttnGpuTests
  el "tests (one process per kernel forced)"
  run1() {  # NAME VARIANT FILTER
    ( ATTN_HOPPER_VARIANT=$2 timeout 60 $G --gtest_filter=$3 > $OUT/t_$1.log 2>&1; echo "rc $?" >> $OUT/t_$1.log ) &
  }
  F="HopperPath.PartialKeyTiles:HopperPath.VeryShortKeys"
  run1 default "" "HopperPath.PartialKeyTiles:HopperPath.ShortKeys:HopperPath.VeryShortKeys"
  run1 c1 x112_c1 $F; run1 c1p6 x112_c1p6 $F; run1 mainp1 x112_mainp1 $F
  run1 c1p7 x128_c1p7 $F; run1 mainp6 x128_mainp6 $F
  wait
  el "tests done"
  for f in $OUT/t_*.log; do
    echo "== $(basename $f .log): $(grep -E '^\[  (PASSED|FAILED) |^rc ' $f | tr '\n' ' ')" >> $S
    grep -E "^\[  FAILED|Failure" $f | head -5 >> $S
  done
  cat $OUT/t_*.log > $OUT/tests.txt; rm -f $OUT/t_*.log
  el "A/B (same process), B 2048 H 16 D 64, bf16 (f16 at S 112)"
  V="default,b:default,x112_old@x3,x112_c1@x0+x1+x2+x3,x112_c1p2@x3,x112_c1p6@x0+x1+x2+x3,x112_mainp1@x2+x3"
  V="$V,x128_old@x7,x128_c1@x4+x5+x6+x7,x128_c1p3@x7,x128_c1p7@x4+x5+x6+x7,x128_mainp6@x5+x7"
  T=$(( $(left) - 35 ))
  timeout $T python3 bench/hopper/ab_same_process.py --lib= \
    --hopper build-gpu/lib/libattn_hopper.so --hopper-b build-gpu/lib/main/libattn_hopper.so \
    --skip flash --rounds 6 --rows 5 --dtypes bf16,f16 --f16-rows x3 \
    --shape 2048,16,100,64,0 --shape 2048,16,104,64,0 --shape 2048,16,111,64,0 --shape 2048,16,112,64,0 \
    --shape 2048,16,113,64,0 --shape 2048,16,120,64,0 --shape 2048,16,127,64,0 --shape 2048,16,128,64,0 \
    --variants "$V" > $OUT/ab.txt 2>&1
  el "A/B rc $?"
  grep -E "^shape|^row|^\| |WRONG|error" $OUT/ab.txt | grep -v "^| ---\|^| candidate" >> $S
  NCU=$(command -v ncu || ls /opt/nvidia/nsight-compute/*/ncu | head -1)
  T=$(( $(left) - 3 ))
  el "ncu S 112 / S 128 (isolated launches)"
  timeout $T $NCU --clock-control none --section WarpStateStats --section SchedulerStats --section SpeedOfLight \
    --section InstructionStats -k regex:fa_fwd -o $OUT/n2 python3 bench/hopper/ncu_variant.py \
    --hopper build-gpu/lib/libattn_hopper.so --hopper-b build-gpu/lib/main/libattn_hopper.so \
    --shape 2048,16,112,64,0 --variants default,b:default,x112_old,x112_c1p6,x112_mainp1 \
    > $OUT/ncu_log.txt 2>&1 && timeout 20 $NCU -i $OUT/n2.ncu-rep --page raw --csv > $OUT/raw2.csv 2>&1
  el "ncu rc $?"
  python3 bench/hopper/ncu_stalls.py $OUT/raw2.csv >> $S 2>&1
  gzip -f $OUT/raw2.csv; rm -f $OUT/n2.ncu-rep
fi
cat $S
