#!/bin/bash
# Lead U1 (fifteenth session, 2026-12-03): run_t8_dev.sh (main's decode and
# GPU tests whole, sanitizers, models sweep), then probes: decode at head
# dims the decode kernel does not take (D 80, 96, 160, 192: Phi-2, Phi-3),
# and split counts on 24 x 1/1 x 6000 D 256 and 32 x 16/8 x 1500 D 256.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
BUILD=t8 bash bench/gpu/run_t8_dev.sh
. scripts/lib/carried-build.sh .devtree-lead/t8
B=bench/gpu; L=build-gpu/lib
X="--extra 1,32,32,4096,96 --extra 16,32,32,4096,96 --extra 4,32,32,16384,96,pad_add --extra 1,32,32,65536,96 --extra 8,32,32,2048,80 --extra 32,32,32,1024,80 --extra 8,16,16,8192,160 --extra 8,32,8,8192,192 --extra 8,32,8,4096,112 --extra 4,32,32,8192,32"
for dt in bf16 f16; do
timeout 100 python3 $B/decode_variants.py --lib $L/libattnrt.so --only 26 $X --dtype $dt --variant base= --digits 3 --out $OUT/odd-d-$dt.md > /tmp/v.log 2>&1
el "odd-D decode $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
Y="--extra 24,1,1,6000,256 --extra 32,16,8,1500,256,pad_add --extra 32,16,8,1500,256 --extra 2,16,16,54500,64,pad_add"
timeout 120 python3 $B/decode_variants.py --lib $L/libattnrt.so --only 26 $Y --dtype bf16 --variant base= --variant s2=SPLITS=2 --variant s3=SPLITS=3 --variant s4=SPLITS=4 --variant s6=SPLITS=6 --variant s8=SPLITS=8 --variant s12=SPLITS=12 --variant s16=SPLITS=16 --digits 3 --out $OUT/splits-bf16.md > /tmp/v.log 2>&1
el "splits bf16 rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
el done-u1
