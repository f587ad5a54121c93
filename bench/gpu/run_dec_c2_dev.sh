#!/bin/bash
# dec's call 2 of 2026-12-02 (third session; bench/gpu/DECODE_NOTES.md "Short-key decode: two
# blocks per SM"): the w-dec build (short-key rings: D 64 3-stage TMA ring, D 128 4-warp TMA
# ring, one query row, at or below kTma64ThreeStageMaxKeys / kTma128FourWarpMaxKeys; packed
# short-key groups below kPackShortMaxTiles only). (1) tests: AttnDecodeLseTests (ShortKeyRings
# new), HipBackend.PackedQueryGroups*; (2) same-process A/B, decode_variants.py --no-sdpa,
# bf16 x 2 processes + f16 x 1, per row the new default (base) against the knobs that give the
# old default and the alternatives: D 128 short keys pk (PACK=1: main's packed tiles), d8
# (decode, 8-warp ring), d4 (decode, 4-warp ring); D 64 t6 (main's 6-stage ring), t3 (3 stages);
# rows 28 / 32 base twice (untouched); (3) attnrt against cuDNN, paired rounds, on R4, row 38,
# B 128 1k; (4) models sweep rows 38, 28, 32, 30 (bf16, f16).
# Run from a tree root holding include/, bench/ and build-gpu/{lib,bin}: run tool, carry
# .devtree-dec, command "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_dec_c2_dev.sh".
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-138}
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
# (1) tests
timeout $(cap 50 95) build-gpu/bin/AttnDecodeLseTests > $OUT/tests.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is|^\[       OK \] DecodeLse.ShortKeyRings" $OUT/tests.log | head -8 | tee -a $S
timeout $(cap 30 90) build-gpu/bin/AttnGpuTests --gtest_filter='HipBackend.PackedQueryGroups*' >> $OUT/tests.log 2>&1
el "packed tests rc=$? $(grep -E '^\[  (PASSED|FAILED) |^\[  SKIPPED' $OUT/tests.log | tail -2 | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" $OUT/tests.log | head -8 | tee -a $S
# (2) A/B: rows 38, 28, 32; extras 100.. (B,Hq,Hkv,Sk,D)
EX="--extra 32,32,8,1024,128 --extra 48,32,8,1024,128 --extra 128,32,8,1024,128 --extra 64,28,4,1024,128
    --extra 64,64,8,1024,128 --extra 64,32,8,512,128 --extra 128,28,4,1105,64 --extra 64,32,8,2048,64
    --extra 32,28,4,4096,64 --extra 8,32,8,8192,64 --extra 128,20,20,677,128 --extra 64,20,20,1059,128
    --extra 128,40,8,5281,128"
SHORT=38+100+101+102+103+104+105; D64=106+107+108+109
PK="--rows $SHORT:pk=PACK=1"; D8="--rows $SHORT:d8=PACK=0,RING=2,WARPS=8,STAGES=3"
D4="--rows $SHORT:d4=PACK=0,RING=2,WARPS=4,STAGES=3"
# E2's decode rows (MHA 677 / 1059 keys, 40/8 x 5281): the two D 128 rings
D8="$D8 --rows 110+111+112:d8=PACK=0,RING=2,WARPS=8,STAGES=3"; D4="$D4 --rows 110+111+112:d4=PACK=0,RING=2,WARPS=4,STAGES=3"
T6="--rows $D64:t6=RING=2,WARPS=8,STAGES=6"; T3="--rows $D64:t3=RING=2,WARPS=8,STAGES=3"
for pd in 0:bf16 1:bf16 2:f16; do p=${pd%%:*}; dt=${pd##*:}
  if [ $((p % 2)) = 0 ]; then ord="$PK $D8 $D4 $T6 $T3"; else ord="$T3 $T6 $D4 $D8 $PK"; fi
  (cd bench/gpu && timeout $(cap 32 40) python3 decode_variants.py --lib $LIB --only 38,28,32 $EX \
    --dtype $dt --digits 3 --no-sdpa --variant base= $ord) > $OUT/var-$p.log 2>&1
  el "variants $dt process $p rc=$?"; grep -E "^\| |WRONG|ERROR" $OUT/var-$p.log >> $S
done
# (3) attnrt against cuDNN, paired rounds
timeout $(cap 25 25) python3 bench/hopper/ab_same_process.py --lib $LIB --rows "" \
  --shape 128,28,1,64,0,1105,4 --shape 64,32,1,128,0,1024,8 --shape 128,32,1,128,0,1024,8 \
  --rounds 4 --dtypes bf16 --skip flash,efficient > $OUT/vs-cudnn.log 2>&1
el "vs cuDNN rc=$?"; grep -E "^shape|^\| (attnrt|cudnn)" $OUT/vs-cudnn.log >> $S
# (4) models sweep, decode rows the change reaches (38) and guards
timeout $(cap 40 3) python3 bench/gpu/bench_sdpa.py --lib $LIB --sweep models --only 38,28,32 \
  --dtypes bf16,f16 --rounds 3 --json $OUT/m.json --out $OUT/m.md > /tmp/dec-models.log 2>&1
el "models rc=$? $(tail -2 /tmp/dec-models.log | tr '\n' ' ')"
grep -E "^\| " $OUT/m.md >> $S 2>/dev/null
el done
cat $S
