#!/bin/bash
# Lead F13b (2026-12-02): R35 with and without the dead-tile skip, decode rows; F13's binaries, warm.
cd "$(dirname "$0")/../.."  # the tree root (run as bench/hopper/run_f13?_dev.sh)
. scripts/lib/carried-build.sh .devtree-lead/f13
B=.devtree-lead/benchR/gpu; H=.devtree-lead/benchR/hopper; L=build-gpu/lib
timeout 40 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes bf16,f16 --shape 6,12,5100,64 > /tmp/dt.log 2>&1
el "dead tiles rc=$?"; grep -E "^B |^\| (attnrt|cudnn) " /tmp/dt.log >> $S
ATTN_HOPPER_SCHED=6 timeout 25 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes bf16 --shape 6,12,5100,64 > /tmp/dt0.log 2>&1
el "skip off rc=$?"; grep -E "^B |^\| (attnrt|cudnn) " /tmp/dt0.log >> $S
timeout 40 python3 $B/decode_variants.py --lib $L/libattnrt.so --only 38 --extra 64,64,8,1510,256 --extra 64,64,8,4096,256 --extra 64,32,8,131072,128 --variant base= > /tmp/dv.log 2>&1
el "decode rows rc=$?"; grep -E "^\| [0-9]|FAIL|rror" /tmp/dv.log >> $S
el done; cat $S
