#!/bin/bash
# Lead T6 (2026-12-03, fourteenth session), build t4: 36 decode shapes drawn at
# random (seed 2026120314: B 1-96, 1-64 query heads, groups 1-8, 300-32768
# keys, D 64 / 128 / 256, a third with padding masks) against SDPA's best.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
. scripts/lib/carried-build.sh .devtree-lead/t4
B=bench/gpu; L=build-gpu/lib
X="--extra 64,16,8,3000,64 --extra 48,2,2,1500,128,pad_bool --extra 8,8,2,16384,64,pad_add --extra 2,8,8,32768,64 --extra 4,8,1,4096,128 --extra 32,64,8,16384,128,pad_bool --extra 48,8,8,4096,256,pad_bool --extra 24,8,8,300,64,pad_add --extra 4,8,8,2500,64,pad_bool --extra 32,4,1,6000,64 --extra 32,28,4,1500,64 --extra 16,64,16,1500,128 --extra 96,16,16,2048,128 --extra 24,2,2,4096,64,pad_add --extra 96,16,16,1500,64,pad_add --extra 2,56,8,12000,64,pad_add --extra 64,16,4,1500,64,pad_add --extra 8,8,8,1000,64 --extra 24,1,1,6000,256 --extra 12,16,16,2048,128,pad_add --extra 1,14,2,12000,64 --extra 32,32,8,2048,64 --extra 12,32,8,2048,128 --extra 12,4,4,32768,128,pad_bool --extra 2,16,16,12000,256,pad_add --extra 4,8,8,1500,128 --extra 24,16,8,517,128 --extra 12,32,8,16384,128,pad_add --extra 64,16,16,1500,256 --extra 1,8,8,517,128,pad_add --extra 48,16,16,4096,128 --extra 64,8,1,32768,64,pad_bool --extra 1,1,1,32768,128 --extra 32,14,2,16384,128 --extra 16,8,8,300,256 --extra 12,14,2,16384,64"
for dt in bf16 f16; do
timeout 200 python3 $B/decode_variants.py --lib $L/libattnrt.so $X --dtype $dt --variant base= --digits 3 --out $OUT/rand-$dt.md > /tmp/v.log 2>&1
el "random decode $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
el done
