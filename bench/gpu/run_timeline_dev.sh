#!/bin/bash
# dec3's device calls (bench/gpu/DECODE_NOTES.md "Rows 28/32: the timeline of a call, and
# work-stealing splits"): the decode GPU tests (TimelineProbe with the default paths), the host
# time of a call without ATTN_DECODE_NV_TUNING, the per-block timeline of rows 28/32
# (decode_timeline.py), then the models sweep's rows 28, 32, 38 (bench_sdpa.py, bf16 and f16).
# Run from a tree root that holds build-gpu/lib/libattnrt.so and build-gpu/bin/AttnDecodeLseTests
# of this branch (built on the dev box: nvcc 13.0, preset cuda-sm90), include/ and
# kernels/include/ (bench_sdpa's layout probe): run tool, carry .devtree-dec3, command
# "cd .devtree-dec3 && LIMIT=<s> bash bench/gpu/run_timeline_dev.sh".
# Knobs: STEPS (default "tests host tl models"), TL_ROWS, TL_VARIANTS, MODELS.
# Writes $OUT/summary.txt as it goes, and a log per step.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-140}
STEPS=${STEPS:-tests host tl models}
TL_ROWS=${TL_ROWS:-28,32}
TL_VARIANTS=${TL_VARIANTS:-base= fu=FUSE=1}
MODELS=${MODELS:-28,32,38}
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
  timeout $(cap 30) build-gpu/bin/AttnDecodeLseTests \
    --gtest_filter="${LSE_FILTER:-DecodeLse.TimelineProbe:DecodeLse.GqaNoMask:DecodeLse.SplitMerges:DecodeLse.LastBlockCombines}" \
    > $OUT/tests.log 2>&1
  el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED)|^\[       OK|^\[  FAILED' $OUT/tests.log | tr '\n' ' ')"
  grep -E "Failure|Expected|Which is|relative|FAILED  \]" $OUT/tests.log | head -20 | tee -a $S
fi
if has host; then
  (cd bench/gpu && timeout $(cap 20) python3 decode_timeline.py --lib $LIB --only $TL_ROWS --no-tuning) \
    > $OUT/host.log 2>&1
  el "host (no tuning) rc=$?"
  grep -A1 "^###" $OUT/host.log >> $S
fi
if has tl; then
  args=""
  for v in $TL_VARIANTS; do args="$args --variant $v"; done
  (cd bench/gpu && timeout $(cap 25) python3 decode_timeline.py --lib $LIB --only $TL_ROWS $args) \
    > $OUT/tl-bf16.log 2>&1
  el "timeline bf16 rc=$?"
fi
if has models; then
  timeout $(cap 60 3) python3 bench/gpu/bench_sdpa.py --lib $LIB --sweep models --dtypes bf16,f16 \
    --only "$MODELS" --out $OUT/models.md > $OUT/models.log 2>&1
  el "models rc=$?"
  cat $OUT/models.md >> $S 2>/dev/null
fi
el "done"
