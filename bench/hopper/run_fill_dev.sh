#!/bin/bash
# Causal finite fills on the plain Hopper kernels, and causal D 64 S 512 tile
# variants (issue 12; one device call, bench/hopper/NOTES.md "Causal finite
# fills on the plain kernels"). Run from a tree root holding build-gpu/lib/
# libattnrt.so, libattn_hopper.so and build-gpu/bin/AttnGpuTests of this
# branch (built on the dev box, preset cuda-sm90): run tool, carry
# .devtree-<you>, command "cd .devtree-<you> && LIMIT=<s> bash bench/hopper/run_fill_dev.sh".
# LIMIT: the seconds the whole script may take. Writes $OUT/summary.txt as it goes.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-170}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
if ldd build-gpu/bin/AttnGpuTests build-gpu/lib/libattnrt.so | grep -q "not found"; then
  el "prebuilt binaries miss libraries"; exit 3
fi
G=build-gpu/bin/AttnGpuTests
if [ "${PHASE:-1}" = 2 ]; then
  # Call 2: the final tree (two Q buffers for causal D 64 up to 512 keys,
  # the tail out of split-KV kernels): its tests, and the same process
  # against main's library (build-gpu/lib/main/libattn_hopper.so, b:) on
  # the -inf causal rows, whose kernels now carry the tail.
  el "tests (final tree)"
  timeout 45 $G --gtest_filter='HopperPath.ShortCausalD64TwoQBuffers:HopperPath.CausalFiniteFillPlain:HipBackend.FiniteFill*' > $OUT/tests2.txt 2>&1
  el "  rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests2.txt | tr '\n' ' ')"
  grep -E "FAILED|Failure|rows differing" $OUT/tests2.txt | head -8 >> $S
  el "A/B: this tree's default vs main's (b:default), -inf causal"
  T=$(( $(left) - 3 ))
  timeout $T python3 bench/hopper/ab_same_process.py --lib "" --hopper build-gpu/lib/libattn_hopper.so \
    --hopper-b build-gpu/lib/main/libattn_hopper.so --rows "" --shape 8,16,2048,64,1 --shape 4,16,2048,128,1 \
    --shape 32,32,512,64,1 --variants "default,b:default" --dtypes bf16,f16 --rounds 4 --skip flash > $OUT/ab_main.txt 2>&1
  el "  rc=$?"; grep -E "^shape|^\| (default|b:|cudnn)" $OUT/ab_main.txt >> $S
  cat $S
  exit 0
fi
el "tests: the plain kernels with finite fills (per row vs f64), GEN fill/mask semantics"
timeout 60 $G --gtest_filter='HopperPath.CausalFiniteFillPlain:HipBackend.FiniteFill*:HipBackend.LseOutput:HopperPath.CausalTileRanges' > $OUT/tests.txt 2>&1
el "  rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.txt | tr '\n' ' ')"
grep -E "FAILED|Failure|rows differing" $OUT/tests.txt | head -8 >> $S
el "tests: the refactored GEN tail (mask-free GEN kernels forced) on the same fills"
for v in d128_gen_nomask_bm128_bn128_pp_dyn; do
  ATTN_HOPPER_VARIANT=$v timeout 25 $G --gtest_filter='HopperPath.CausalFiniteFillPlain' > $OUT/tests_gen.txt 2>&1
  el "  $v rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests_gen.txt | tr '\n' ' ')"
  grep -E "Failure|rows differing" $OUT/tests_gen.txt | head -4 >> $S
done
el "A/B (a): finfo.min fill, new default (attnrt) vs the old one (mask-free GEN) vs cuDNN"
T=$(( $(left) - 70 )); [ $T -gt 60 ] && T=60
timeout $T python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper build-gpu/lib/libattn_hopper.so --rows "" --shape 8,16,2048,64,1 --shape 4,16,2048,128,1 \
  --fill min --variants "d64_gen_nomask_bm192_bn128_pp_dyn@x0,d128_gen_nomask_bm128_bn128_pp_dyn@x1" \
  --dtypes bf16,f16 --rounds 4 --skip flash > $OUT/ab_fill.txt 2>&1
el "  rc=$?"; grep -E "^shape|^\| (attnrt|d6|d12|cudnn)" $OUT/ab_fill.txt >> $S
el "masks sweep rows 7, 8"
T=$(( $(left) - 45 )); [ $T -gt 30 ] && T=30
timeout $T python3 bench/gpu/bench_sdpa.py --sweep masks --only 7,8 --dtypes bf16,f16 > $OUT/masks.txt 2>&1
el "  rc=$?"; grep -E "^\| (bfloat16|float16)" $OUT/masks.txt >> $S
el "A/B (b): causal D 64 S 512 B 32 H 32: tile variants"
T=$(( $(left) - 3 ))
timeout $T python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper build-gpu/lib/libattn_hopper.so --rows "" --shape 32,32,512,64,1 \
  --variants "d64_bm192_ovl_pp_static,d64_bm192_ovl_pp_q2_static,d64_bm192_ovl_pp_q2_dyn,d64_bm192_ovl_pp_dyn,d64_bm128_ovl_pp_static,d64_bm128_ovl_pp_dyn" \
  --dtypes bf16,f16 --rounds 4 --skip flash > $OUT/ab_s512.txt 2>&1
el "  rc=$?"; grep -E "^shape|^\| (attnrt|d6|cudnn)" $OUT/ab_s512.txt >> $S
cat $S
