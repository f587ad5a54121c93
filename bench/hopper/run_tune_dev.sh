#!/bin/bash
# tune's planned device call (one-off; bench/hopper/NOTES.md "tune, 2026-12-01:
# the weak synthetic prefill shapes"; refused, not run yet): the same-process A/B of the default
# Hopper variant against 2-4 existing variants and SDPA cuDNN on the prefill
# shapes the lead's sweeps found below cuDNN. Run from a tree root that holds
# build-gpu/lib/libattn_hopper.so of this branch, built on the dev box (nvcc
# 13.0, preset cuda-sm90, target attn_hopper_shared): run tool, carry
# .devtree-tune, command "cd .devtree-tune && T=<s> bash bench/hopper/run_tune_dev.sh".
# T: the seconds the A/B may take. Writes $OUT/ab.log as it goes.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
ldd build-gpu/lib/libattn_hopper.so | grep "not found" && exit 3
# x0 D 128 S 512 non-causal, x1 D 128 S 2048 non-causal, x2 D 64 S 512
# causal, x3 D 96 S 4096 non-causal, x4 D 256 S 4096 non-causal, x5 D 40
# S 4096 non-causal (issue 6 / headdims sweep batch and heads).
V="default,d128_bm128_ovl_static%15,d128_bm128_ovl_pp_dyn,d128_bm128_ovl_pp_q2_dyn%15,d128_bm128_ovl_dyn@x0"
V="$V,d64_bm192_ovl_pp_static%15@x2,d64_bm192_ovl_pp_dyn@x2,d64_bm128_ovl_pp_dyn@x2,d64_bm192_ovl_pp_q2_dyn"
V="$V,d64_k48_bm192_ovl_pp_dyn%15@x5,d64_k48_bm192_ovl_pp_static@x5"
V="$V,d256_bm128_bn64_ovl_pp_dyn,d256_bm128_bn64_ovl_dyn"
timeout ${T:-90} python3 bench/hopper/ab_same_process.py --lib= --hopper build-gpu/lib/libattn_hopper.so \
  --rows= --skip flash --ref flash --dtypes bf16,f16 --rounds 4 --variants "$V" \
  --shape 32,16,512,128,0 --shape 8,16,2048,128,0 --shape 32,32,512,64,1 \
  --shape 2,16,4096,96,0 --shape 4,8,4096,256,0 --shape 2,10,4096,40,0 > $OUT/ab.log 2>&1
echo "ab rc=$?" >> $OUT/ab.log
grep -E "^(shape|#|note)|^\| [a-z]|error|WRONG|rc=" $OUT/ab.log | grep -v "^| candidate"
