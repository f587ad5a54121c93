#!/bin/bash
# Lead L4 (2026-12-02, fourth session): tensors of more than 2^31 elements
# (64-bit offsets everywhere): prefill with Q/K/V/O of 2^31 elements each
# (non-causal D 128, causal D 64) and
# decode over 64 x 8 x 131072 x 128 keys (K, V 2^33 elements each); every
# output checked per row against f32 SDPA before it is timed.
# Run from a tree holding .devtree-lead/e3/{bin,lib} and .devtree-lead/benchR.
cd "$(dirname "$0")/../.."
. scripts/lib/carried-build.sh .devtree-lead/e3
B=.devtree-lead/benchR; L=build-gpu/lib
timeout 150 python3 $B/ab_same_process.py --lib $L/libattnrt.so --rows "" --shape 1024,16,1024,128,0 --shape 2048,16,1024,64,1 --rounds 2 --dtypes bf16 --skip flash,efficient > /tmp/ab.log 2>&1
el "prefill 2^31 rc=$?"; grep -E "^shape|^\| (attnrt|cudnn)|FAIL|rror" /tmp/ab.log | head -20 >> $S
timeout 150 python3 $B/decode_variants.py --lib $L/libattnrt.so --only 28 --extra 64,32,8,131072,128 --extra 16,16,16,131072,256 --variant base= > /tmp/dv.log 2>&1
el "decode 2^33 rc=$?"; grep -E "^\| |FAIL|rror" /tmp/dv.log | head -20 >> $S
el done
cat $S
