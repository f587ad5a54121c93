#!/bin/bash
# Helper d64's device calls (issue 12: D 64 at 97..128 keys; bench/hopper/NOTES.md
# "D 64 at 97..128 keys"). Run from a tree root holding build-gpu/lib/libattnrt.so(.gz)
# and build-gpu/lib/libattn_hopper.so(.gz) (main's build, nvcc 13.0, preset cuda-sm90),
# and, in call 2, build-gpu/lib/b/libattn_hopper.so (the branch's) and
# build-gpu/bin/AttnGpuTests: run tool, carry .devtree-d64, command
# "cd .devtree-d64 && PHASE=<1|2> LIMIT=<s> bash bench/hopper/run_d64_dev.sh".
# Writes $OUT/summary.txt as it goes.
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
A=d64_bm128_ovl_pp_q2_static
B=d64_bn112_bm128_ovl_pp_q2_static
C=d64_bn64_bm128_ovl_pp_q2_otma_static
P1=d64_bm128_ovl_pp_static
if [ "${PHASE:-1}" = 1 ]; then
  # Call 1 (main's binaries, no build): the 16-byte O stores (bits 15 against
  # the default 7), early Q off (6), and where the tile time goes: Sk 100 on
  # the 128-key tile (same work, 22% fewer K/V bytes), D 32 (same work, half
  # the bytes), the 112-key tile at Sk 100 against Sk 112 (the edge path).
  el "A/B 1 (same process), B 2048 H 16, bf16"
  T=$(( $(left) - 5 ))
  timeout $T python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
    --hopper build-gpu/lib/libattn_hopper.so --skip flash --rounds 4 \
    --shape 2048,16,128,64,0 --shape 2048,16,100,64,0 --shape 2048,16,112,64,0 \
    --shape 2048,16,128,64,0,100 --shape 2048,16,112,64,0,100 --shape 2048,16,128,32,0 \
    --shape 2048,16,128,64,1 \
    --variants "$A,$A%15,$A%6,$B@x1+x2+x4,$B%15@x1+x2+x4,$C@x0+x1+x5,$P1@x0+x1" > $OUT/ab1.txt 2>&1
  el "A/B 1 rc $?"
  grep -E "^shape|^\| |WRONG|error" $OUT/ab1.txt | grep -v "^| ---\|^| candidate" >> $S
fi
if [ "${PHASE:-1}" = 2 ]; then
  # Call 2: the branch's cheap non-causal edge (kernels/hopper/mask.cuh,
  # mask_plain). Tests first (the branch's AttnGpuTests and libattnrt.so, row
  # by row against the reference), then the branch's default kernel against
  # main's (build-gpu/lib/main/libattn_hopper.so, b:default) in one process.
  G=build-gpu/bin/AttnGpuTests
  el "tests (one process per test)"
  T=$(( $(left) - 45 )); [ $T -gt 60 ] && T=60; [ $T -lt 20 ] && T=20
  run1() {  # NAME ENV FILTER
    ( env $2 timeout $T $G --gtest_filter=$3 > $OUT/t_$1.log 2>&1; echo "rc $?" >> $OUT/t_$1.log ) &
  }
  run1 default "" "HopperPath.PartialKeyTiles:HopperPath.ShortKeys:HopperPath.VeryShortKeys:HopperPath.Sanitizer*"
  run1 bn112 ATTN_HOPPER_VARIANT=$B "HopperPath.PartialKeyTiles:HopperPath.VeryShortKeys"
  run1 bn128 ATTN_HOPPER_VARIANT=$A "HopperPath.PartialKeyTiles:HopperPath.VeryShortKeys"
  wait
  el "tests done"
  for f in $OUT/t_*.log; do
    echo "== $(basename $f .log): $(grep -E '^\[  (PASSED|FAILED) |^rc ' $f | tr '\n' ' ')" >> $S
    grep -E "^\[  FAILED|Failure" $f | head -5 >> $S
  done
  cat $OUT/t_*.log > $OUT/tests.txt; rm -f $OUT/t_*.log
  el "A/B 2 (same process): the branch's default kernel against main's (b:default), bf16"
  T=$(( $(left) - 3 ))
  timeout $T python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
    --hopper build-gpu/lib/libattn_hopper.so --hopper-b build-gpu/lib/main/libattn_hopper.so \
    --skip flash --rounds 4 --rows 5 \
    --shape 2048,16,100,64,0 --shape 2048,16,104,64,0 --shape 2048,16,111,64,0 --shape 2048,16,112,64,0,100 \
    --shape 2048,16,112,64,0 --shape 2048,16,113,64,0 --shape 2048,16,120,64,0 --shape 2048,16,127,64,0 \
    --shape 2048,16,128,64,0 --shape 2048,16,120,64,1 --shape 512,16,240,64,0 --shape 512,16,250,128,0 \
    --variants "default,b:default" > $OUT/ab2.txt 2>&1
  el "A/B 2 rc $?"
  grep -E "^shape|^row|^\| |WRONG|error" $OUT/ab2.txt | grep -v "^| ---\|^| candidate" >> $S
fi
cat $S
