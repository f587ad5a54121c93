#!/bin/bash
# Helper exp's device call (issue 12: misaligned rows, D 72 / D 88;
# bench/hopper/NOTES.md "Misaligned rows"). Run from a tree root holding
# build-gpu/lib/{libattnrt,libattn_hopper}.so and build-gpu/bin/AttnGpuTests
# (this branch's build, nvcc 13.0, preset cuda-sm90): run tool, carry
# .devtree-exp, command "cd .devtree-exp && LIMIT=<s> bash bench/hopper/run_l2p_dev.sh".
# Writes $OUT/summary.txt as it goes.
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
G=build-gpu/bin/AttnGpuTests
if [ "${PHASE:-1}" = 2 ]; then
  # Call 2 (the branch with 128-byte promotion for rows off the sectors as
  # the default): tests, then the default against the old promotion
  # (default^333) on the misaligned rows and on the other head dims the rule
  # reaches (D 40, 56, 104, 136; SigLIP, SD rows), bf16 and f16.
  el "tests"
  F="HopperPath.HeadDims:HopperPath.SdHeadDims:HopperPath.HeadDim96:HopperPath.ValueHeadDims:HopperPath.PartialKeyTiles:HopperPath.ShortKeys:HopperPath.VeryShortKeys:HopperPath.KvResident"
  ( timeout 45 $G --gtest_filter=$F > $OUT/t_def.log 2>&1; echo "rc $?" >> $OUT/t_def.log ) &
  wait
  for f in $OUT/t_*.log; do
    echo "== $(basename $f .log): $(grep -E '^\[  (PASSED|FAILED) |^rc ' $f | tr '\n' ' ')" >> $S
    grep -E "^\[  FAILED|Failure" $f | head -5 >> $S
  done
  cat $OUT/t_*.log > $OUT/tests.txt; rm -f $OUT/t_*.log
  el "tests done"
  AB="python3 bench/hopper/ab_same_process.py --lib= --hopper build-gpu/lib/libattn_hopper.so --skip flash --rounds 4 --again"
  SH="--shape 128,32,384,72,0,384,8 --shape 32,16,512,88,0 --shape 4,16,4096,88,0 --shape 16,16,1024,72,0"
  EX="--shape 8,16,2048,72,1 --shape 8,16,2048,104,0 --shape 8,16,2048,56,0 --shape 4,16,2048,136,0"
  for dt in bf16 f16; do
    el "A/B $dt"
    R=37,10,11; X="$EX"; [ $dt = f16 ] && { R=37; X=""; }
    timeout $(( $(left) - 3 )) $AB --rows $R $SH $X --variants "default,default^333" --dtypes $dt > $OUT/ab_$dt.txt 2>&1
    el "A/B $dt rc $?"
    grep -E "^shape|^row|^\| |WRONG|error" $OUT/ab_$dt.txt | grep -v "^| ---\|^| candidate" >> $S
  done
  cat $S
  exit 0
fi
G=build-gpu/bin/AttnGpuTests
# Tests: the maps with every promotion digit (000; 123 mixes them), the
# head-dim and strided-view cases (HeadDims: BSHD and padded rows; D 72..96).
el "tests"
F="HopperPath.HeadDims:HopperPath.SdHeadDims:HopperPath.HeadDim96:HopperPath.ValueHeadDims:HopperPath.PartialKeyTiles"
( ATTN_HOPPER_L2P=000 timeout 40 $G --gtest_filter=$F > $OUT/t_000.log 2>&1; echo "rc $?" >> $OUT/t_000.log ) &
( ATTN_HOPPER_L2P=123 timeout 40 $G --gtest_filter=HopperPath.HeadDims:HopperPath.HeadDim96 > $OUT/t_123.log 2>&1; echo "rc $?" >> $OUT/t_123.log ) &
wait
for f in $OUT/t_*.log; do
  echo "== $(basename $f .log): $(grep -E '^\[  (PASSED|FAILED) |^rc ' $f | tr '\n' ' ')" >> $S
  grep -E "^\[  FAILED|Failure" $f | head -5 >> $S
done
cat $OUT/t_*.log > $OUT/tests.txt; rm -f $OUT/t_*.log
el "tests done"
AB="python3 bench/hopper/ab_same_process.py --lib= --hopper build-gpu/lib/libattn_hopper.so --skip flash --rounds 4 --again"
# x0 D 72 S 384 B 128 32/8; x1 D 88 S 512 B 32 H 16; x2 D 88 S 4096 B 4 H 16;
# x3 D 72 S 1024 B 16 H 16; x4 D 64 S 2048 B 8 H 32; x5 D 128 S 2048 B 8 H 16 (guards).
SH="--shape 128,32,384,72,0,384,8 --shape 32,16,512,88,0 --shape 4,16,4096,88,0 --shape 16,16,1024,72,0"
GU="--shape 8,32,2048,64,0 --shape 8,16,2048,128,0"
L="default,default^000,default^111,default^222,default^033"
V="d128_k80_bm128_ovl_pp_st3_static@x0,d128_k80_bm128_ovl_pp_q2_static@x0,d128_k80_bm128_ovl_st3_dyn@x3"
V="$V,d128_k96_v96_bm128_ovl_pp_st3_dyn%15@x1+x2,d128_k96_v96_bm128_ovl_pp_q2_dyn%15@x1+x2"
run_ab() {  # NAME ARGS...
  local n=$1; shift
  el "A/B $n"
  timeout $(( $(left) - 3 )) $AB "$@" > $OUT/ab_$n.txt 2>&1
  el "A/B $n rc $?"
  grep -E "^shape|^\| |WRONG|error" $OUT/ab_$n.txt | grep -v "^| ---\|^| candidate" >> $S
}
run_ab bf16 $SH $GU --repack 96 --variants "$L,$V" --dtypes bf16
run_ab pitch96 $SH --pitch 96 --variants "$L,$V" --dtypes bf16
run_ab f16 $SH $GU --variants "$L,$V" --dtypes f16
cat $S
