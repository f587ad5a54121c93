#!/bin/bash
# dec's call 3 of 2026-12-02 (bench/gpu/DECODE_NOTES.md "D 128 decode past 1024 keys: the 4-warp
# ring's bound"): the w-dec build with kTma128FourWarpMaxKeys raised to the candidate 8192 (base);
# same-process A/B (decode_variants.py --no-sdpa, outputs checked per row) of the decode kernel's
# 8-warp (d8: main past 1024 keys) and 4-warp (d4: 2 blocks per SM) D 128 TMA rings on the models
# rows 26, 30, 31, 38 and extras (E2's R11 / R26, 2k / 4k MHA and GQA, 16k GQA, 240 units x 4k and
# 480 x 8k: one split on 2 blocks per SM at 0.9 / 1.8 waves); rows 27-29, 32 base twice (guards: the cost model splits them under d4, so no bound
# reaches them); processes bf16, f16, bf16 and f16 with the order reversed; then
# DecodeLse.ShortKeyRings and the models sweep's rows 26, 30, 31, 38 against cuDNN.
# Run from a tree root holding include/, bench/ and build-gpu/{lib,bin}: run tool, carry
# .devtree-dec, command "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_dec_c3_dev.sh".
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-75}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
cap() { local l=$(( $(left) - ${2:-5} )); l=$(( l < $1 ? l : $1 )); echo $(( l < 1 ? 1 : l )); }
for z in $(find build-gpu/ -name '*.gz'); do gunzip -f "$z"; done
chmod +x build-gpu/bin/* build-gpu/lib/* 2>/dev/null
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv,noheader; } >> $S 2>&1
LIB=$PWD/build-gpu/lib/libattnrt.so
if ldd $LIB build-gpu/bin/* | grep -q "not found"; then el "binaries miss libraries"; exit 3; fi
# extras 100.. (B,Hq,Hkv,Sk,D): R11, R26, 2k MHA, 2k GQA, 4k MHA, 16k GQA, 240 units x 4k, 480 x 8k
EX="--extra 64,20,20,1059,128 --extra 128,40,8,5281,128 --extra 32,32,32,2048,128 --extra 64,32,8,2048,128
    --extra 32,32,32,4096,128 --extra 64,32,8,16384,128 --extra 30,32,8,4096,128
    --extra 60,32,8,8192,128"
C=26+30+31+38+100+101+102+103+104+105+106+107
D8="--rows $C:d8=PACK=0,RING=2,WARPS=8,STAGES=3"; D4="--rows $C:d4=PACK=0,RING=2,WARPS=4,STAGES=3"
for pd in 0:bf16 1:f16 2:bf16 3:f16; do p=${pd%%:*}; dt=${pd##*:}
  [ $(left) -lt 20 ] && { el "skip process $p: $(left) s left"; continue; }
  if [ $p -lt 2 ]; then ord="$D8 $D4"; else ord="$D4 $D8"; fi
  (cd bench/gpu && timeout $(cap 16 12) python3 decode_variants.py --lib $LIB --only 26,30,31,38,27,28,29,32 $EX \
    --dtype $dt --digits 3 --no-sdpa --variant base= $ord) > $OUT/var-$p.log 2>&1
  el "variants $dt process $p rc=$?"; grep -E "^\| |WRONG|ERROR" $OUT/var-$p.log >> $S
done
timeout $(cap 15 8) build-gpu/bin/AttnDecodeLseTests --gtest_filter='DecodeLse.ShortKeyRings' > $OUT/tests.log 2>&1
el "ShortKeyRings rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" $OUT/tests.log | head -8 | tee -a $S
[ $(left) -gt 12 ] && { timeout $(cap 20 3) python3 bench/gpu/bench_sdpa.py --lib $LIB --sweep models --only 26,30,31,38 \
  --dtypes bf16,f16 --rounds 3 --json $OUT/m.json --out $OUT/m.md > /tmp/dec-models.log 2>&1
  el "models rc=$? $(tail -1 /tmp/dec-models.log | tr '\n' ' ')"; grep -E "^\| " $OUT/m.md >> $S 2>/dev/null; }
el done
cat $S
