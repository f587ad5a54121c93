#!/bin/bash
# Helper d64's device calls c1 / c2 (PHASE 1 / 2), session of 2026-12-02 06:48 UTC (issue 12: D 64
# at one key tile, S 97..128; bench/hopper/NOTES.md, last section). Run from a
# tree root holding build-gpu/{bin,lib} of the branch (w-d64) and main's
# libattn_hopper.so under build-gpu/lib/main:
# run tool, carry .devtree-d64, command
# "cd .devtree-d64 && PHASE=<1|2> LIMIT=<s> bash bench/hopper/run_d64c_dev.sh".
# Writes $OUT/summary.txt as it goes. PHASE 1 ran branch 9e8861a, PHASE 2 15e8597; their
# dynamic-grid, q4 and 112-key q3 variants were removed after (091e148; the diff:
# bench/hopper/results/2026-12-02_d64c_grid_variants.patch).
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-240}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
for f in $(find build-gpu -name "*.gz"); do gunzip -f "$f"; done
chmod +x build-gpu/bin/* 2>/dev/null
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
G=build-gpu/bin/AttnGpuTests
timeout 20 build-gpu/bin/AttnGpuKernelTableTests > $OUT/kt.log 2>&1
el "kernel table rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/kt.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure" $OUT/kt.log | head -5 >> $S
if [ "${PHASE:-1}" = 1 ]; then
# The new kernels forced on every D <= 64 case of the short-key tests (one
# process each, at once), and the coverage test (every kernel, grids capped
# at 2 CTAs: the dynamic grid's handoff runs).
run1() {  # NAME VARIANT FILTER
  ( ATTN_HOPPER_VARIANT=$2 timeout 70 $G --gtest_filter=$3 > /tmp/t_$1.log 2>&1; echo "rc $?" >> /tmp/t_$1.log ) &
}
F="HopperPath.PartialKeyTiles:HopperPath.ShortKeys:HopperPath.VeryShortKeys"
run1 default "" $F
run1 dyn112 d64_bn112_bm128_ovl_pp_q2_dyn $F
run1 dyn128 d64_bm128_ovl_pp_q2_dyn $F
run1 q3 d64_bm128_ovl_pp_q3_static $F
( timeout 90 build-gpu/bin/AttnKernelCoverageTests > /tmp/t_coverage.log 2>&1; echo "rc $?" >> /tmp/t_coverage.log ) &
wait
el "tests done"
for f in /tmp/t_*.log; do
  echo "== $(basename $f .log): $(grep -E '^\[  (PASSED|FAILED) |^rc |kernels run of' $f | tr '\n' ' ')" >> $S
  grep -E "^\[  FAILED|Failure" $f | head -5 >> $S
done
cat /tmp/t_*.log | gzip > $OUT/tests.txt.gz
el "launch trace (profiler: launch config, burst vs isolated, gaps; clocks under load)"
timeout 60 python3 bench/hopper/launch_trace.py --hopper build-gpu/lib/libattn_hopper.so \
  --shape 2048,16,128,64,0 --variants default,d64_bm128_ovl_pp_q2_dyn > $OUT/trace.txt 2>&1
el "trace S 128 rc $?"
timeout 40 python3 bench/hopper/launch_trace.py --hopper build-gpu/lib/libattn_hopper.so \
  --shape 2048,16,112,64,0 --variants default,d64_bn112_bm128_ovl_pp_q2_dyn --sustain-s 0.5 >> $OUT/trace.txt 2>&1
el "trace S 112 rc $?"
grep -vE "^\s*$" $OUT/trace.txt | cut -c1-400 >> $S
el "A/B (same process), B 2048 H 16 D 64, bf16 (f16 at S 112, S 128)"
V="default,b:default,d64_bn112_bm128_ovl_pp_q2_dyn@x0+x1+x2+x3,d64_bm128_ovl_pp_q2_dyn"
V="$V,d64_bm128_ovl_pp_q3_static@x4+x5+x6+x7,default^222@x7"
T=$(( $(left) - 5 ))
timeout $T python3 bench/hopper/ab_same_process.py --lib= \
  --hopper build-gpu/lib/libattn_hopper.so --hopper-b build-gpu/lib/main/libattn_hopper.so \
  --skip flash,efficient --rounds 4 --rows "" --dtypes bf16,f16 --f16-rows x3,x7 \
  --shape 2048,16,100,64,0 --shape 2048,16,104,64,0 --shape 2048,16,111,64,0 --shape 2048,16,112,64,0 \
  --shape 2048,16,113,64,0 --shape 2048,16,120,64,0 --shape 2048,16,127,64,0 --shape 2048,16,128,64,0 \
  --variants "$V" > $OUT/ab.txt 2>&1
el "A/B rc $?"
grep -E "^shape|^row|^x[0-9]|^\| |WRONG|error" $OUT/ab.txt | grep -v "^| ---\|^| candidate" >> $S
fi
if [ "${PHASE:-1}" = 2 ]; then
  # Call c2: the three- and four-buffer kernels (one key tile an output tile,
  # more of the loads in flight), against the default over S 97..128.
  run1() {  # NAME VARIANT FILTER
    ( ATTN_HOPPER_VARIANT=$2 timeout 60 $G --gtest_filter=$3 > /tmp/t_$1.log 2>&1; echo "rc $?" >> /tmp/t_$1.log ) &
  }
  F="HopperPath.PartialKeyTiles:HopperPath.ShortKeys:HopperPath.VeryShortKeys"
  run1 q3s112 d64_bn112_bm128_ovl_pp_q3_static $F
  run1 q3d112 d64_bn112_bm128_ovl_pp_q3_dyn $F
  run1 q3d128 d64_bm128_ovl_pp_q3_dyn $F
  run1 q4s128 d64_bm128_ovl_pp_q4_st4_static $F
  ( timeout 60 build-gpu/bin/AttnKernelCoverageTests > /tmp/t_coverage.log 2>&1; echo "rc $?" >> /tmp/t_coverage.log ) &
  wait
  el "tests done"
  for f in /tmp/t_*.log; do
    echo "== $(basename $f .log): $(grep -E '^\[  (PASSED|FAILED) |^rc |kernels run of' $f | tr '\n' ' ')" >> $S
    grep -E "^\[  FAILED|Failure" $f | head -5 >> $S
  done
  cat /tmp/t_*.log | gzip > $OUT/tests.txt.gz
  R112=x0+x1+x2+x3+x4+x5; R128=x6+x7+x8+x9+x10+x11+x12+x13
  V="default,d64_bn112_bm128_ovl_pp_q3_static@$R112,d64_bn112_bm128_ovl_pp_q3_dyn@$R112"
  V="$V,d64_bm128_ovl_pp_q3_static@$R128+x5,d64_bm128_ovl_pp_q4_st4_static@$R128,d64_bm128_ovl_pp_q3_dyn@$R128"
  T=$(( $(left) - 3 ))
  el "A/B (same process), B 2048 H 16 D 64, bf16 (f16 at S 104, 112, 120, 128); guards Sq 256 / Sk 128, causal S 128"
  SH=""; for s in 97 100 104 108 111 112 113 116 120 124 127 128; do SH="$SH --shape 2048,16,$s,64,0"; done
  SH="$SH --shape 1024,16,256,64,0,128 --shape 2048,16,128,64,1"  # guards: two m-blocks a head; causal
  timeout $T python3 bench/hopper/ab_same_process.py --lib= --hopper build-gpu/lib/libattn_hopper.so \
    --skip flash,efficient --rounds 6 --rows "" --dtypes bf16,f16 --f16-rows x2,x5,x8,x11 $SH \
    --variants "$V" > $OUT/ab.txt 2>&1
  el "A/B rc $?"
  grep -E "^shape|^\| |WRONG|error" $OUT/ab.txt | grep -v "^| ---\|^| candidate" >> $S
fi
cat $S
