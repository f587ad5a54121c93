#!/bin/bash
# dec's device calls (bench/gpu/DECODE_NOTES.md "Persistent decode blocks"): the
# same-process A/B of decode_variants.py on the 64 x 32/8 rows (rows 38, 30, 31), a batch sweep
# at 1k and the split rows 28/32 as controls, then the decode tests under the variant asked for.
# Run from a tree root that holds build-gpu/lib/*.so and build-gpu/bin/{AttnDecodeLseTests,
# AttnGpuTests} of this branch, built on the dev box (nvcc 13.0, preset cuda-sm90): run tool,
# carry .devtree-dec, command "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_persist_dev.sh".
# STEPS (default "ab tests"): ab = the A/B (bf16 all variants, f16 base/pst/w4); tests =
# AttnDecodeLseTests and AttnGpuTests (gpu:decode forced, decode filter) under TEST_ENV,
# then memcheck of the decode subsets under TEST_ENV (LSE_FILTER, GT_FILTER (none: skipped),
# SAN_FILTER: gtest filters); models = bench_sdpa --sweep models on
# MODELS. Writes $OUT/summary.txt as it goes.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-150}
STEPS=${STEPS:-ab tests}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
if ldd build-gpu/lib/libattnrt.so build-gpu/bin/AttnDecodeLseTests | grep -q "not found"; then
  el "prebuilt binaries miss libraries"; exit 3
fi
LIB=$PWD/build-gpu/lib/libattnrt.so
has() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }
if has ab; then
  (cd bench/gpu && timeout $(( $(left) - 10 )) python3 decode_variants.py --lib $LIB --only 38,30,31,28,32 \
    --variant base= --variant pst=PERSIST=1 --variant w4=WARPS=4 --variant sk=SK=1 --variant pk=PACK=1 \
    --variant sp2=SPLITS=2 --extra 16,32,8,1024,128 --extra 32,32,8,1024,128 --extra 48,32,8,1024,128 \
    --extra 128,32,8,1024,128 --extra 64,64,8,1024,128 --dtype bf16 --out $OUT/ab-bf16.md) > $OUT/ab-bf16.log 2>&1
  el "ab bf16 rc=$?"
  (cd bench/gpu && timeout $(( $(left) - 10 )) python3 decode_variants.py --lib $LIB --only 38,30,31 \
    --variant base= --variant pst=PERSIST=1 --variant w4=WARPS=4 --dtype f16 --out $OUT/ab-f16.md) > $OUT/ab-f16.log 2>&1
  el "ab f16 rc=$?"
fi
if has tests; then
  B=build-gpu/bin
  env $TEST_ENV timeout $(( $(left) - 5 )) $B/AttnDecodeLseTests --gtest_filter="${LSE_FILTER:-*}" > $OUT/lse.log 2>&1
  el "AttnDecodeLseTests ($TEST_ENV) rc=$? $(grep -E '^\[  (PASSED|FAILED)' $OUT/lse.log | tr '\n' ' ')"
  grep -E "Failure|Expected|Which is|relative|FAILED  \]" $OUT/lse.log | head -20 | tee -a $S
  if [ "${GT_FILTER:-}" != none ]; then
    env $TEST_ENV ATTN_GPU_TEST_BACKEND=gpu:decode timeout $(( $(left) - 5 )) $B/AttnGpuTests \
      --gtest_filter="${GT_FILTER:-*Decode*:*decode*:*Lse*}" > $OUT/gt.log 2>&1
    el "AttnGpuTests gpu:decode ($TEST_ENV) rc=$? $(grep -E '^\[  (PASSED|FAILED)' $OUT/gt.log | tr '\n' ' ')"
    grep -E "Failure|Expected|Which is|relative|FAILED  \]" $OUT/gt.log | head -20 | tee -a $S
  fi
  env $TEST_ENV ATTN_GPU_TEST_BACKEND=gpu:decode timeout $(( $(left) - 2 )) compute-sanitizer --tool memcheck \
    --error-exitcode 99 $B/AttnDecodeLseTests --gtest_filter="${SAN_FILTER:-DecodeLse.Persistent*:DecodeLse.SanitizerSubset}" \
    > $OUT/san.log 2>&1
  el "memcheck ($TEST_ENV) rc=$? $(grep -E 'ERROR SUMMARY|^\[  (PASSED|FAILED)' $OUT/san.log | tr '\n' ' ')"
fi
if has models; then
  timeout $(( $(left) - 3 )) python3 bench/gpu/bench_sdpa.py --lib $LIB --sweep models --dtypes bf16,f16 \
    --only "${MODELS:-38,30,31,28,32}" --out $OUT/models.md > $OUT/models.log 2>&1
  el "models rc=$?"
fi
for f in ab-bf16 ab-f16 models; do [ -f $OUT/$f.md ] && { echo "== $f" >> $S; cat $OUT/$f.md >> $S; }; done
grep -E "WRONG|ERROR|Traceback" $OUT/ab-*.log | head -5 >> $S
cat $S
