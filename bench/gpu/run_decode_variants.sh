#!/usr/bin/env bash
# On the GPU machine, in one call: build libattnrt and the decode tests
# (preset cuda-sm90), time the NVIDIA decode kernel's settings side by side
# (bench/gpu/decode_variants.py with ARGS), then check and benchmark:
#  - with ARGS holding --choose, the knobs of the variant it chose are
#    exported (ATTN_DECODE_NV_*) for every step below, so the tests, the
#    sanitizers and the sweep run that setting;
#  - DEFAULT_SUITE=1: AttnGpuTests with the default dispatch;
#  - AttnGpuTests with gpu:decode forced, AttnDecodeLseTests (O and lse, and
#    the DecodeChain calls chained on one stream);
#  - LSE_KNOBS="K=V,K=V ...": AttnDecodeLseTests again under each setting;
#    GT_KNOBS the same for AttnGpuTests with gpu:decode forced;
#  - AttnGpuKernelTableTests (the kernel table's choices and reasons);
#  - SAN=1: compute-sanitizer memcheck (the decode subsets and the chained
#    calls), racecheck and synccheck (DecodeLse.SanitizerSubset), gpu:decode
#    forced;
#  - SAN_KNOBS="K=V,K=V ...": memcheck and racecheck of the decode subset
#    again under each setting;
#  - READ_CEILING=1: bench/gpu/read_ceiling.cu (nvcc there), the device's
#    read bandwidth, first (before the variants);
#  - MODELS=26,27,...: bench_sdpa.py --sweep models on those rows, bf16+f16
#    (after a failed step only with MODELS_ALWAYS=1).
# NOHOPPER=1 leaves the Hopper prefill path out of the build (quicker; the
# decode rows and tests do not use it). Logs in $OUT/logs.tgz; tables last.
#   NOHOPPER=1 SAN=1 MODELS=26,27 ARGS="--only 27,28 --variant base= \
#     --variant tma=RING=2 --choose base,tma --choose-rows 27,28" bench/gpu/run_decode_variants.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/decode-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh
export PYTHONUNBUFFERED=1
BUILD=${BUILD:-build-gpu}
t0=$(date +%s)
stamp() { echo "== [$(($(date +%s) - t0)) s] $*"; }
if [ "${NOHOPPER:-0}" = 1 ]; then
  sed -i 's/^  add_subdirectory(hopper)$/  # add_subdirectory(hopper)/' kernels/CMakeLists.txt
fi
{ cmake --preset cuda-sm90 -B "$BUILD" &&
    cmake --build "$BUILD" -j "$(nproc)" --target attnrt AttnGpuTests AttnDecodeLseTests AttnGpuKernelTableTests
} >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; tail -30 "$OUT/build.log"; exit 1; }
stamp "built; $(nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.mem --format=csv,noheader)"
status=0
if [ "${READ_CEILING:-0}" = 1 ]; then
  nvcc -O3 -arch=sm_90 -o "$OUT/read_ceiling" bench/gpu/read_ceiling.cu >"$OUT/read_ceiling.log" 2>&1 &&
    "$OUT/read_ceiling" >>"$OUT/read_ceiling.log" 2>&1
  rm -f "$OUT/read_ceiling"
  cp "$OUT/read_ceiling.log" "$OUT/read_ceiling.md"
  stamp "read ceiling:"; cat "$OUT/read_ceiling.log"
fi
if [ -n "${ARGS:-}" ]; then
  (cd bench/gpu && "$ATTN_PYTHON" decode_variants.py --lib "../../$BUILD/lib/libattnrt.so" \
    --out "$OUT/variants.md" $ARGS) >"$OUT/variants.log" 2>&1 || { status=1; echo "variants exit $?"; }
  stamp "variants done: $(grep -E '^(scores|CHOICE)' "$OUT/variants.log" | tr '\n' ' ')"
  for kv in $(grep '^CHOICE' "$OUT/variants.log" | cut -d' ' -f3-); do export "$kv"; done
  env | grep '^ATTN_DECODE_NV_' | sed 's/^/== knob /'
fi
. scripts/lib/gtest-step.sh # gt: one gtest run as a named step
GT_SUMMARY_COLS=160 GT_FAIL_LINES=20 GT_FAIL='Failure|Expected|Which is|relative|lse|B[0-9]+ Hq|step'
[ "${DEFAULT_SUITE:-0}" = 1 ] && gt gtest timeout 300 "$BUILD/bin/AttnGpuTests"
gt gtest-decode ATTN_GPU_TEST_BACKEND=gpu:decode timeout 300 "$BUILD/bin/AttnGpuTests"
gt lse timeout 120 "$BUILD/bin/AttnDecodeLseTests"
gt kernel-table timeout 120 "$BUILD/bin/AttnGpuKernelTableTests"
for k in ${GT_KNOBS:-}; do
  gt "gtest-decode-$k" ATTN_GPU_TEST_BACKEND=gpu:decode $(echo "$k" | sed 's/^/ATTN_DECODE_NV_/; s/,/ ATTN_DECODE_NV_/g') \
    timeout 300 "$BUILD/bin/AttnGpuTests"
done
for k in ${LSE_KNOBS:-}; do
  gt "lse-$k" $(echo "$k" | sed 's/^/ATTN_DECODE_NV_/; s/,/ ATTN_DECODE_NV_/g') timeout 120 "$BUILD/bin/AttnDecodeLseTests"
done
san() { # tag knobs(K=V,K=V or -) tool binary filter
  local tag=$1 kn=$2 tool=$3 bin=$4 filter=$5
  env ATTN_GPU_TEST_BACKEND=gpu:decode $([ "$kn" = - ] || echo "$kn" | sed 's/^/ATTN_DECODE_NV_/; s/,/ ATTN_DECODE_NV_/g') \
    timeout 120 compute-sanitizer --tool "$tool" --error-exitcode 99 \
    "$BUILD/bin/$bin" --gtest_filter="$filter" >"$OUT/san-$tag-$tool-$bin.log" 2>&1
  local rc=$?
  stamp "$tool $filter ($kn) exit $rc: $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|PASSED|FAILED' "$OUT/san-$tag-$tool-$bin.log" | tail -2 | tr '\n' ' ')"
  [ $rc -eq 0 ] || status=1
}
if [ "${SAN:-0}" = 1 ]; then
  san dflt - memcheck AttnDecodeLseTests "DecodeLse.SanitizerSubset:DecodeLse.ManyUnits:DecodeChain.*"
  san dflt - memcheck AttnGpuTests HipBackend.SanitizerSubset
  san dflt - racecheck AttnDecodeLseTests DecodeLse.SanitizerSubset
  san dflt - synccheck AttnDecodeLseTests DecodeLse.SanitizerSubset
fi
for k in ${SAN_KNOBS:-}; do
  san "$k" "$k" memcheck AttnDecodeLseTests "DecodeLse.SanitizerSubset:DecodeLse.ManyUnits:DecodeChain.*"
  san "$k" "$k" racecheck AttnDecodeLseTests DecodeLse.SanitizerSubset
done
if { [ $status -eq 0 ] || [ "${MODELS_ALWAYS:-0}" = 1 ]; } && [ -n "${MODELS:-}" ]; then
  "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib "$BUILD/lib/libattnrt.so" --sweep models \
    --dtypes bf16,f16 --only "$MODELS" --json "$OUT/models.json" --out "$OUT/models.md" >"$OUT/models.log" 2>&1 ||
    { echo "models exit $?"; tail -5 "$OUT/models.log"; }
  stamp "models done"
fi
(cd "$OUT" && tar czf logs.tgz --remove-files $(ls | grep -v -e '\.md$' -e '\.json$' -e '^logs.tgz$'))
stamp "end"
[ -f "$OUT/read_ceiling.md" ] && cat "$OUT/read_ceiling.md"
[ -f "$OUT/variants.md" ] && cat "$OUT/variants.md"
[ -f "$OUT/models.md" ] && tail -n +3 "$OUT/models.md"
exit $status
