#!/bin/bash
# helper "host"'s device calls (bench/gpu/DECODE_NOTES.md "The host path of a decode call"):
# the decode GPU tests, host_path (bench/gpu/host_path.cu: host us of whole calls through each
# library given, the sweep's 10-call windows, the CUDA steps alone) on rows 28, 33, 26, dec3's
# python host timing (decode_timeline.py --no-tuning) and the models sweep (bench_sdpa.py).
# Run from a tree root holding build-gpu/lib/libattnrt.so, build-gpu/bin/{AttnGpuTests,
# AttnDecodeLseTests,host_path} of this branch (dev box: nvcc 13.0, preset cuda-sm90),
# include/ and kernels/include/: run tool, carry .devtree-host, command
# "cd .devtree-host && LIMIT=<s> bash bench/gpu/run_host_dev.sh".
# Knobs: STEPS (default "tests host py models"), LIBS (host_path's libraries: default the new
# one; e.g. "build-gpu/lib/libattnrt-base.so build-gpu/lib/libattnrt.so"), HOST_ROWS, MODELS.
# Writes $OUT/summary.txt as it goes, and a log per step.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-90}
STEPS=${STEPS:-tests host py models}
LIBS=${LIBS:-build-gpu/lib/libattnrt.so}
HOST_ROWS=${HOST_ROWS:-1,32,8,131072,128 8,16,16,8192,256 1,32,8,4096,128}
MODELS=${MODELS:-28,32,33,29,30,31,38}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
cap() { local l=$(( $(left) - ${2:-5} )); echo $(( l < $1 ? l : $1 )); } # seconds: at most $1
has() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv; } >> $S 2>&1
if has tests; then
  timeout $(cap 30) build-gpu/bin/AttnDecodeLseTests \
    --gtest_filter="${LSE_FILTER:-DecodeLse.TileMapsFollowAddressAndShape:DecodeLse.GqaNoMask:DecodeLse.HeadDim256:DecodeLse.SplitMerges:DecodeLse.LastBlockCombines:DecodeLse.WideGroups}" \
    > $OUT/tests.log 2>&1
  el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED)|^\[  FAILED' $OUT/tests.log | tr '\n' ' ')"
  timeout $(cap 30) build-gpu/bin/AttnGpuTests \
    --gtest_filter="${GPU_FILTER:-HipBackend.Decode:HipBackend.KernelTable:HipBackend.PackedQueryGroupsDefaultChoice:HipBackend.PackedQueryGroupsDeclines:HipBackend.LseWrittenOrDeclinedWithReasonPerKernel}" \
    >> $OUT/tests.log 2>&1
  el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED)|^\[  FAILED' $OUT/tests.log | tail -n +2 | tr '\n' ' ')"
  grep -E "Failure|Expected|Which is|relative|FAILED  \]" $OUT/tests.log | head -20 | tee -a $S
fi
if has host; then
  for r in $HOST_ROWS; do
    timeout $(cap 15) build-gpu/bin/host_path $r $LIBS >> $OUT/host.log 2>&1
    el "host_path $r rc=$?"
  done
  cat $OUT/host.log >> $S
fi
if has py; then
  (cd bench/gpu && timeout $(cap 20) python3 decode_timeline.py --lib $PWD/../../build-gpu/lib/libattnrt.so \
    --only ${PY_ROWS:-28} --no-tuning) > $OUT/py.log 2>&1
  el "decode_timeline --no-tuning rc=$?"
  grep -A1 "^###" $OUT/py.log >> $S
fi
if has models; then
  timeout $(cap 70 3) python3 bench/gpu/bench_sdpa.py --lib $PWD/build-gpu/lib/libattnrt.so --sweep models \
    --dtypes bf16,f16 --only "$MODELS" --out $OUT/models.md > $OUT/models.log 2>&1
  el "models rc=$?"
  cat $OUT/models.md >> $S 2>/dev/null || grep "^|" $OUT/models.log >> $S
fi
el "done"
