#!/bin/bash
# Lead T3 (2026-12-03, fourteenth session), build t2 (masked D 64 decode on
# the D 64 TMA rings): one-query decode up to 2048 keys where the split model
# sends the problem to the one-block ring, and masked D 64 at any length,
# each row on the default, the two-block ring (r2b) and the one-block ring
# (r1b) forced, each with the split count the model gives its own slots.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-t2}
B=bench/gpu; L=build-gpu/lib
D64="--extra 16,20,20,1500,64 --extra 16,12,12,1500,64 --extra 24,16,16,1500,64 --extra 8,20,20,1500,64 --extra 32,20,20,1500,64 --extra 48,12,12,2048,64 --extra 128,28,4,1105,64 --extra 16,20,20,1500,64,pad_add --extra 32,12,12,1024,64,pad_add --extra 48,12,12,2048,64,pad_add --extra 8,16,16,16384,64,pad_add --extra 2,16,16,54500,64,pad_add --extra 16,32,32,2048,64,pad_bool --extra 64,16,4,1024,64,bias --extra 32,12,12,512,64,bias --extra 4,32,8,8192,64,pad_add"
D128="--extra 48,32,8,1536,128 --extra 48,32,8,1536,128,pad_add --extra 24,32,8,2048,128 --extra 96,32,8,1024,128 --extra 40,28,4,2048,128,pad_add --extra 16,32,8,4096,128,pad_add --extra 64,32,8,2048,128,pad_add --extra 20,32,8,1800,128"
for dt in bf16 f16; do
timeout 150 python3 $B/decode_variants.py --lib $L/libattnrt.so $D64 --dtype $dt --variant base= --variant r2b=RING=2,WARPS=8,STAGES=3 --variant r1b=RING=2,WARPS=8,STAGES=6 --digits 3 --out $OUT/d64-$dt.md > /tmp/v.log 2>&1
el "D64 $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
timeout 150 python3 $B/decode_variants.py --lib $L/libattnrt.so $D128 --dtype $dt --variant base= --variant r2b=RING=2,WARPS=4,STAGES=3 --variant r1b=RING=2,WARPS=8,STAGES=3 --digits 3 --out $OUT/d128-$dt.md > /tmp/v.log 2>&1
el "D128 $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
el done
