#!/bin/bash
# Lead L1 (2026-12-02, fifth session): D 64 causal at S 768-1024 (F13: B 2048 H 16
# S 1024 0.932x cuDNN on d64_bm192_ovl_pp_static) against the other compiled D 64
# tiles, same process; the decode rows with Q's 16-byte chunks forced on
# (ATTN_DECODE_NV_QVEC=1) at D 64 / D 128; D 64 at one key tile; the models
# sweep (bf16). Every candidate's output is checked per row before it is timed.
# Run from a tree holding .devtree-lead/l1/{bin,lib}, .devtree-lead/benchR/{gpu,hopper}
# .devtree-lead/include and .devtree-lead/kernels/include (copies of bench/gpu,
# bench/hopper, include/, kernels/include: --hopper checks attn_kernels.h's layout).
cd "$(dirname "$0")/../.."
. scripts/lib/carried-build.sh .devtree-lead/l1
B=.devtree-lead/benchR/gpu; H=.devtree-lead/benchR/hopper; L=build-gpu/lib
V=d64_bm192_ovl_pp_q2_static,d64_bm192_ovl_pp_q2_otma_static,d64_bm192_ovl_pp_dyn,d64_bm192_ovl_pp_q2_dyn,d64_bm192_ovl_pp_q2_otma_dyn,d64_bm128_ovl_pp_static,d64_bm128_ovl_pp_dyn,d64_bm128_ovl_pp_q2_static
timeout 200 python3 $H/ab_same_process.py --lib $L/libattnrt.so --hopper $L/libattn_hopper.so --rows "" \
  --shape 2048,16,1024,64,1 --shape 16,16,1024,64,1 --shape 64,16,768,64,1 --shape 32,32,1024,64,1,1024,8 \
  --variants $V,default^222,default^111 --rounds 2 --dtypes bf16 --skip flash,efficient > /tmp/c.log 2>&1
el "D 64 causal variants rc=$?"; grep -E "^shape|^\| |FAIL|rror" /tmp/c.log >> $S
timeout 160 python3 $B/decode_variants.py --lib $L/libattnrt.so --only 26,27,28,29,30,31,32,34,38,39 \
  --variant base= --variant qvec=QVEC=1 > /tmp/dv.log 2>&1
el "decode qvec rc=$?"; grep -E "^\| |FAIL|WRONG|rror" /tmp/dv.log >> $S
timeout 60 python3 $H/ab_same_process.py --lib $L/libattnrt.so --rows "" --shape 2048,16,120,64,0 --shape 2048,16,124,64,0 --shape 2048,16,128,64,0 --rounds 4 --dtypes bf16 --skip flash,efficient > /tmp/ab.log 2>&1
el "D 64 one key tile rc=$?"; grep -E "^shape|^\| (attnrt|cudnn)" /tmp/ab.log >> $S
timeout 170 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
el done
cat $S
