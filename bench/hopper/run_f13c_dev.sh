#!/bin/bash
# Lead F13c (2026-12-02): prefill tensors of 2^31 elements, every row checked; F13's binaries, warm.
cd "$(dirname "$0")/../.."  # the tree root (run as bench/hopper/run_f13?_dev.sh)
. scripts/lib/carried-build.sh .devtree-lead/f13
H=.devtree-lead/benchR/hopper; L=build-gpu/lib
timeout 60 python3 $H/ab_same_process.py --lib $L/libattnrt.so --rows "" --shape 1024,16,1024,128,0 --shape 2048,16,1024,64,1 --rounds 2 --dtypes bf16 --skip flash,efficient > /tmp/big.log 2>&1
el "prefill 2^31 elements rc=$?"; grep -E "^shape|^\| (attnrt|cudnn)|FAIL|rror" /tmp/big.log | head -12 >> $S
el done; cat $S
