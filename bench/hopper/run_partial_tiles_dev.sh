#!/bin/bash
# exp's device call (issue 12, partial key tiles; bench/hopper/NOTES.md "Partial
# key tiles"): same-process A/B of this branch's libattn_hopper.so against main's
# (b:NAME), then the GPU tests of what it touched. Run from a folder holding
# lib/{libattnrt.so,libattn_hopper.so}, base/libattn_hopper_main.so,
# bin/{AttnGpuTests,AttnKernelCoverageTests} (gzipped or not), bench/{gpu,hopper},
# include/ and kernels/include/ (hopper_variants.py compiles a layout probe).
# As run (22:48 UTC) it also timed the 112-key kernel's OTMA twin (NO), since
# removed: a name no table holds is skipped by the A/B, and ATTN_HOPPER_VARIANT
# with it runs the default dispatch.
cd "$(dirname "$0")/../.."
for z in bin/*.gz lib/*.gz; do [ -e "$z" ] && gunzip -f "$z"; done; chmod +x bin/* lib/*
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
S=$OUT/summary.txt; T0=$(date +%s)
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm --format=csv,noheader; } >> $S 2>&1
Q=d64_bm128_ovl_pp_q2_static; N=d64_bn112_bm128_ovl_pp_q2_static; NO=d64_bn112_bm128_ovl_pp_q2_otma_static
[ -z "$NO_AB" ] && timeout ${AB_S:-100} python3 bench/hopper/ab_same_process.py --lib "" --hopper lib/libattn_hopper.so \
  --hopper-b base/libattn_hopper_main.so --rows "" --skip flash --rounds 4 \
  --variants "b:$Q@x0+x1+x2+x3+x4+x5,$Q@x0+x1+x2+x3+x4+x5,$N@x0+x1+x2,$NO@x0+x1+x2,b:default@x6+x7+x8+x9,default@x6+x7+x8+x9" \
  --shape 2048,16,112,64,0 --shape 2048,16,100,64,0 --shape 2048,16,112,64,1 --shape 2048,16,128,64,0 \
  --shape 2048,16,128,64,1 --shape 4096,12,120,64,0 --shape 2048,16,228,128,1 --shape 313,48,340,72,0 \
  --shape 4,16,4096,128,0 --shape 2,32,4096,128,1 > $OUT/ab.log 2>&1
el "ab rc=$?"
grep -E "^shape|^\| (b:|d64|default|cudnn)|WRONG|error" $OUT/ab.log | awk -F'|' '{print $2,$3,$4,$6,$8}' >> $S
G=bin/AttnGpuTests
TF=${TESTS:-HopperPath.PartialKeyTiles:HopperPath.VeryShortKeys}
( timeout ${T_S:-60} $G --gtest_filter="$TF" > $OUT/t_default.log 2>&1; echo "rc $?" >> $OUT/t_default.log ) &
( timeout ${T_S:-60} bin/AttnKernelCoverageTests --gtest_filter='KernelCoverage.HopperEveryVariant:KernelCoverage.TablesAsListed' > $OUT/t_cov.log 2>&1; echo "rc $?" >> $OUT/t_cov.log ) &
if [ -z "$NO_FORCED" ]; then
  for v in $N $NO; do
    ( ATTN_HOPPER_VARIANT=$v timeout ${T_S:-60} $G --gtest_filter='HopperPath.PartialKeyTiles:HopperPath.VeryShortKeys' > $OUT/t_$v.log 2>&1; echo "rc $?" >> $OUT/t_$v.log ) &
  done
fi
wait
el "tests done"
for f in $OUT/t_*.log; do
  echo "== $(basename $f .log): $(grep -E '^\[  (PASSED|FAILED) |^rc |kernels run of' $f | tr '\n' ' ')" >> $S
  grep -E "^\[  FAILED|Failure" $f | head -6 >> $S
done
el done
cat $S
