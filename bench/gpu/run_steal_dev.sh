#!/bin/bash
# dec3's device call (bench/gpu/DECODE_NOTES.md "Rows 28/32: the timeline of a call, and
# work-stealing splits"): the StealSplits GPU test and the default decode tests, the per-block
# timeline of rows 28/32 (decode_timeline.py), then the same-process A/B of decode_variants.py
# (default against ATTN_DECODE_NV_STEAL) in bf16 and f16.
# Run from a tree root that holds build-gpu/lib/libattnrt.so (+ libattn_hopper.so) and
# build-gpu/bin/AttnDecodeLseTests of this branch (built on the dev box: nvcc 13.0, preset
# cuda-sm90) and include/ (bench_sdpa's layout probe): run tool, carry .devtree-dec3, command
# "cd .devtree-dec3 && LIMIT=<s> bash bench/gpu/run_steal_dev.sh".
# Knobs: STEPS (default "tests tl ab"), ROWS (A/B rows), VARIANTS, TL_ROWS, TL_VARIANTS.
# Writes $OUT/summary.txt as it goes, and 5 logs (tests, tl-bf16, ab-bf16, ab-f16, tl-f16).
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-200}
STEPS=${STEPS:-tests tl ab}
ROWS=${ROWS:-28,32,29,30,31,38}
VARIANTS=${VARIANTS:-base= st8=STEAL=8 st3=STEAL=3 b2= st8b=STEAL=8}
TL_ROWS=${TL_ROWS:-28,32}
TL_VARIANTS=${TL_VARIANTS:-base= st8=STEAL=8}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
cap() { local l=$(( $(left) - ${2:-5} )); echo $(( l < $1 ? l : $1 )); } # seconds: at most $1
has() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv; } >> $S 2>&1
if ldd build-gpu/lib/libattnrt.so build-gpu/bin/AttnDecodeLseTests | grep -q "not found"; then
  el "prebuilt binaries miss libraries"; exit 3
fi
LIB=$PWD/build-gpu/lib/libattnrt.so
if has tests; then
  timeout $(cap 45) build-gpu/bin/AttnDecodeLseTests \
    --gtest_filter="${LSE_FILTER:-DecodeLse.StealSplits:DecodeLse.GqaNoMask:DecodeLse.SplitMerges:DecodeLse.LastBlockCombines}" \
    > $OUT/tests.log 2>&1
  el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED)|^\[       OK|^\[  FAILED' $OUT/tests.log | tr '\n' ' ')"
  grep -E "Failure|Expected|Which is|relative|FAILED  \]" $OUT/tests.log | head -20 | tee -a $S
fi
tl() { # dtype rows cap
  local args="" v
  for v in $TL_VARIANTS; do args="$args --variant $v"; done
  (cd bench/gpu && timeout $3 python3 decode_timeline.py --lib $LIB --only $2 --dtype $1 $args) \
    > $OUT/tl-$1.log 2>&1
  el "timeline $1 rc=$?"
}
ab() { # dtype cap
  local args="" v
  for v in $VARIANTS; do args="$args --variant $v"; done
  (cd bench/gpu && timeout $2 python3 decode_variants.py --lib $LIB --only $ROWS --dtype $1 $args) \
    > $OUT/ab-$1.log 2>&1
  el "ab $1 rc=$?"
  grep "^|" $OUT/ab-$1.log >> $S
}
has tl && tl bf16 $TL_ROWS $(cap 35)
has ab && ab bf16 $(cap 50)
has ab && ab f16 $(cap 50)
has tl && tl f16 28 $(cap 25)
el "done"
