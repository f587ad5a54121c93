#!/bin/bash
# Lead T5 (2026-12-03, fourteenth session), build t4: the decode rows still
# under cuDNN after T4 (40 x 28/4 x 2k D 128 with and without a padding mask,
# 2 x 16/16 x 54.5k D 64 with one) on each ring and split count, and packed.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
. scripts/lib/carried-build.sh .devtree-lead/t4
B=bench/gpu; L=build-gpu/lib
V="--variant base= --variant pack=PACK=1"
for s in 2 3 4 6 8; do V="$V --variant w4s$s=RING=2,WARPS=4,STAGES=3,SPLITS=$s --variant w8s$s=RING=2,WARPS=8,STAGES=3,SPLITS=$s"; done
timeout 120 python3 $B/decode_variants.py --lib $L/libattnrt.so --extra 40,28,4,2048,128 --extra 40,28,4,2048,128,pad_add --extra 40,32,8,2048,128 --dtype bf16 $V --digits 3 --out $OUT/d128.md > /tmp/v.log 2>&1
el "D128 rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
V="--variant base= --variant pack=PACK=1"
for s in 4 8 16 32; do V="$V --variant t3s$s=RING=2,WARPS=8,STAGES=3,SPLITS=$s --variant t6s$s=RING=2,WARPS=8,STAGES=6,SPLITS=$s"; done
timeout 120 python3 $B/decode_variants.py --lib $L/libattnrt.so --extra 2,16,16,54500,64,pad_add --extra 2,16,16,54500,64 --dtype bf16 $V --digits 3 --out $OUT/d64.md > /tmp/v.log 2>&1
el "D64 rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
el done
