#!/usr/bin/env bash
# decode run 16 (issue 12), on the GPU machine in one call, with binaries
# built elsewhere (preset cuda-sm90) and carried in $BIN (libattnrt.so,
# AttnGpuTests; AttnGpuKernelTableTests if carried: it also runs anywhere): the kernel table's tests, the
# packed-query-group GPU tests and their memcheck / racecheck, then
# bench/gpu/decode_variants.py on rows 26-34 and the extra MQA / large-group
# shapes, bf16 and f16, with the default rule (base), ATTN_DECODE_NV_PACK=0
# (dec: the decode kernel) and PACK=1 (pk: sm90-packgqa wherever exact).
# Progress in $OUT/summary.txt; tables in $OUT/variants-*.md.
#   BIN=path/to/bin OUT=out bash bench/gpu/run_packgqa.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/packgqa-out}
BIN=${BIN:-build-gpu/bin}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh
export LD_LIBRARY_PATH="$PWD/$BIN:/usr/local/cuda/lib64:/usr/local/cuda/lib:${LD_LIBRARY_PATH:-}" PYTHONUNBUFFERED=1
t0=$(date +%s)
note() { echo "== [$(($(date +%s) - t0)) s] $*" | tee -a "$OUT/summary.txt"; }
note "$(nvidia-smi --query-gpu=name,driver_version,clocks.max.sm --format=csv,noheader)"
status=0
gt() { # name filter-or-empty binary [env...]
  local name=$1 filter=$2 bin=$3
  shift 3
  [ -x "$BIN/$bin" ] || { note "$name: no $BIN/$bin (not carried)"; return; }
  env "$@" timeout 150 "$BIN/$bin" ${filter:+--gtest_filter=$filter} >"$OUT/$name.log" 2>&1
  local rc=$?
  note "$name exit $rc: $(grep -E '^\[  (PASSED|FAILED|SKIPPED) ' "$OUT/$name.log" | tr '\n' ' ')"
  [ $rc -eq 0 ] || { status=1; grep -E 'Failure|Expected|Which is|error|row b' "$OUT/$name.log" | head -20 | tee -a "$OUT/summary.txt"; }
}
gt kernel-table "" AttnGpuKernelTableTests
gt gpu "${GTEST_FILTER:-HipBackend.Packed*:HipBackend.LseWrittenOrDeclinedWithReasonPerKernel:HipBackend.Decode:HipBackend.Registered}" AttnGpuTests
san() { # tool
  timeout 75 compute-sanitizer --tool "$1" --error-exitcode 99 "$BIN/AttnGpuTests" \
    --gtest_filter=HipBackend.PackedQueryGroupsSanitizerSubset >"$OUT/san-$1.log" 2>&1
  local rc=$?
  note "$1 exit $rc: $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|PASSED|FAILED' "$OUT/san-$1.log" | tail -3 | tr '\n' ' ')"
  [ $rc -eq 0 ] || status=1
}
san memcheck
san racecheck
EXTRA=${EXTRA:-"64,48,1,2048,128 16,71,1,8192,64 32,71,1,2048,64 48,71,1,2048,64 8,128,1,8192,128 64,32,1,4096,128 128,71,1,2048,64 64,64,4,2048,128"}
for dt in ${DTYPES:-bf16 f16}; do
  (cd bench/gpu && timeout 200 "$ATTN_PYTHON" decode_variants.py --lib "../../$BIN/libattnrt.so" \
    --dtype "$dt" --only "${ROWS:-26,27,28,29,30,31,32,33,34}" $(for e in $EXTRA; do echo --extra "$e"; done) \
    --variant base= --variant dec=PACK=0 --variant pk=PACK=1 --out "$OUT/variants-$dt.md") \
    >"$OUT/variants-$dt.log" 2>&1 || { status=1; note "variants $dt failed"; tail -5 "$OUT/variants-$dt.log"; }
  note "variants $dt done"
done
if [ "${NCU:-1}" = 1 ] && command -v ncu >/dev/null; then
  # Row 34's kernels alone (serialized): the decode split kernel and its
  # combine (PACK=0) against the packed Hopper kernel (PACK=1); then the
  # stall reasons of one launch of each.
  (cd bench/gpu && timeout 90 ncu --clock-control none --cache-control none \
    --metrics gpu__time_duration.sum -k regex:'decode_nv|combine|fa_fwd' --csv --log-file "$OUT/ncu-time.csv" \
    "$ATTN_PYTHON" decode_kernel_time.py --lib "../../$BIN/libattnrt.so" --only 34 --warm 1 --calls 4 \
    --variant dec=PACK=0 --variant pk=PACK=1) >"$OUT/ncu-time.log" 2>&1
  note "ncu time exit $?: $(grep -E '^(mark|time)' "$OUT/ncu-time.log" | tr '\n' ' ')"
  grep -E 'gpu__time_duration' "$OUT/ncu-time.csv" | awk -F'","' '{print $5, $NF}' | tr -d '"' | cut -c1-90 |
    tee -a "$OUT/summary.txt"
  for v in ${NCU_STALLS:-}; do
    (cd bench/gpu && timeout 90 ncu --section WarpStateStats --section SpeedOfLight --section Occupancy \
      -k regex:'decode_nv|fa_fwd' --launch-skip 1 --launch-count 1 \
      "$ATTN_PYTHON" decode_kernel_time.py --lib "../../$BIN/libattnrt.so" --only 34 --warm 1 --calls 2 \
      --variant "$v") >"$OUT/ncu-stalls-${v%%=*}.txt" 2>&1
    note "ncu stalls $v exit $?"
    grep -E 'Duration|Throughput|Stall|Warp Cycles|Active Warps|Theoretical Occ|Achieved Occ|Registers|Block Limit' \
      "$OUT/ncu-stalls-${v%%=*}.txt" | head -30 >>"$OUT/summary.txt"
  done
fi
(cd "$OUT" && tar czf logs.tgz --remove-files $(ls | grep -v -e '\.md$' -e '^summary.txt$' -e '^ncu-stalls' -e '^logs.tgz$'))
cat "$OUT/summary.txt" "$OUT"/variants-*.md 2>/dev/null
exit $status
