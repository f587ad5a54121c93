#!/bin/bash
# The variants this script times (d128_bm128_ovl_s1e_dyn, d128_bm128_st3_ovl_dyn,
# d128_bm128_st3_ovl_s1e_dyn) were measured slower or equal and are not on main:
# they live on branch w-short at 892d3fc (bench/hopper/NOTES.md "s1e"). Kept as the
# record of the commands; with main's library it runs the default alone.
# s1e's device call (bench/hopper/NOTES.md "s1e, 2026-12-01"): the forced
# d128_bm128_ovl_s1e_dyn on the D 128 Hopper GPU tests, then the same-process
# A/B against the default d128_bm128_ovl_dyn%15 on short non-causal D 128
# (S 197 / 512 / 1024 / 2048, B 64 / 32 / 16 / 8, H 16; bf16 and f16). Run
# from a tree root holding build-gpu/bin/AttnGpuTests, build-gpu/lib/
# libattnrt.so and libattn_hopper.so of this branch (dev box, nvcc 13.0,
# preset cuda-sm90). T1: seconds for the tests, T2: for the A/B, R: rounds (4);
# F, TV: the test filter and the variant forced there; V: the A/B's variants.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
S=$OUT/summary.txt
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv; } > $S 2>&1
F=${F:-'HopperPath.RescaleVoteD128:HopperPath.PartialQueryTiles:HopperPath.CausalTileRanges'}
ATTN_HOPPER_VARIANT=${TV:-d128_bm128_ovl_s1e_dyn} timeout ${T1:-80} build-gpu/bin/AttnGpuTests \
  --gtest_filter="$F" > $OUT/tests.log 2>&1
echo "tests rc=$?" >> $S
grep -E '^\[  (PASSED|FAILED|     OK) |^\[  FAILED' $OUT/tests.log >> $S
V=${V:-"d128_bm128_ovl_dyn%15,d128_bm128_ovl_s1e_dyn%15"}
timeout ${T2:-120} python3 bench/hopper/ab_same_process.py --lib= --hopper build-gpu/lib/libattn_hopper.so \
  --rows= --skip flash --ref flash --dtypes bf16,f16 --rounds ${R:-4} --again --variants "$V" \
  --shape 32,16,512,128,0 --shape 64,16,197,128,0 --shape 16,16,1024,128,0 --shape 8,16,2048,128,0 \
  > $OUT/ab.log 2>&1
echo "ab rc=$?" >> $S
grep -E "^(shape|#|note)|^\| [a-z]|error|WRONG|rc=" $OUT/ab.log | grep -v "^| candidate" >> $S
cat $S
