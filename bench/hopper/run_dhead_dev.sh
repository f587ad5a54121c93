#!/usr/bin/env bash
# On the GPU machine (issue 12, Dv != D and the cross-tile prefetch of the
# Hopper path): build (preset cuda-sm90), AttnGpuTests in the default
# dispatch, with sm90-wgmma forced and (HopperPath.*) with
# ATTN_HOPPER_PREFETCH=1, the kernel-table tests, the Hopper variant check
# with the prefetch on, memcheck on HopperPath.SanitizerSubset (prefetch off
# and on), then the same-process A/Bs of bench/hopper/ab_models.py and the
# models sweep on the rows this work touches ($ROWS). Outputs under $OUT.
# As run on 2026-11-30 (bench/RESULTS.md, "Dv != D on the Hopper path") at
# commit a95e932; the ATTN_HOPPER_PREFETCH knob it sets was removed after
# that run (no gain outside the noise), so those steps now repeat the
# default.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/dhead-out}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1
. scripts/lib/gpu-env.sh || exit 1  # python with torch, cmake, ninja, nvcc: found, not named
S=$SECONDS
t() { echo "[t+$((SECONDS - S))s] $*"; }
t build
{ cmake --preset cuda-sm90 -B build-gpu &&
  cmake --build build-gpu -j"$(nproc)" --target attnrt AttnGpuTests AttnGpuKernelTableTests attn_hopper_shared
} >"$OUT/log.txt" 2>&1 || { grep -m20 -B2 -A8 "error" "$OUT/log.txt"; exit 1; }
t tests
G=build-gpu/bin/AttnGpuTests
timeout 240 $G >"$OUT/gtest.log" 2>&1 & a=$!
ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma timeout 240 $G >"$OUT/gtest-wgmma.log" 2>&1 & b=$!
ATTN_HOPPER_PREFETCH=1 timeout 240 $G --gtest_filter='HopperPath.*' >"$OUT/gtest-pf.log" 2>&1 & c=$!
ATTN_HOPPER_PREFETCH=1 timeout 240 python3 bench/gpu/bench_sdpa.py --hopper-variants \
  build-gpu/lib/libattn_hopper.so --check-only >"$OUT/hv-pf.txt" 2>&1 & d=$!
timeout 60 build-gpu/bin/AttnGpuKernelTableTests >"$OUT/ktable.log" 2>&1; echo "kernel table rc=$?: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/ktable.log" | tr '\n' ' ')"
wait $a; ra=$?; wait $b; rb=$?; wait $c; rc=$?; wait $d; rd=$?
for f in gtest gtest-wgmma gtest-pf; do
  echo "$f: $(grep -E '^\[  (PASSED|FAILED) |declined by the forced' "$OUT/$f.log" | tr '\n' ' ' | cut -c1-300)"
  grep -E "^\[  FAILED|Failure|row b|error " "$OUT/$f.log" | head -8
done
echo "rc default=$ra wgmma=$rb prefetch=$rc; variants (prefetch on) rc=$rd: $(grep -c '^ok' "$OUT/hv-pf.txt") ok, $(grep -c '^FAIL' "$OUT/hv-pf.txt") FAIL; $(tail -1 "$OUT/hv-pf.txt")"
grep -E "^FAIL|UNSUPPORTED|Error" "$OUT/hv-pf.txt" | head -5
t memcheck
f='HopperPath.SanitizerSubset'
timeout 90 compute-sanitizer --tool memcheck --error-exitcode 99 $G --gtest_filter="$f" >"$OUT/san.txt" 2>&1 &
a=$!
ATTN_HOPPER_PREFETCH=1 timeout 90 compute-sanitizer --tool memcheck --error-exitcode 99 $G \
  --gtest_filter="$f" >"$OUT/san-pf.txt" 2>&1
echo "memcheck prefetch on rc=$? $(grep -E 'ERROR SUMMARY' "$OUT/san-pf.txt" | tail -1) $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/san-pf.txt" | tr '\n' ' ')"
wait $a
echo "memcheck rc=$? $(grep -E 'ERROR SUMMARY' "$OUT/san.txt" | tail -1) $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/san.txt" | tr '\n' ' ')"
t ab
L=build-gpu/lib/libattn_hopper.so
timeout 120 python3 bench/hopper/ab_models.py --lib $L --rows 35 --dtypes bf16,f16 \
  --cand v128=d192_v128_bm128_bn128_ovl_dyn --cand v128pp=d192_v128_bm128_bn128_ovl_pp_dyn \
  --cand padded=d192_bm128_bn96_ovl_dyn --cand v128pf=d192_v128_bm128_bn128_ovl_dyn,ATTN_HOPPER_PREFETCH=1 \
  2>&1 | tee "$OUT/ab-dv.txt" | grep -v "^#.*torch"
timeout 150 python3 bench/hopper/ab_models.py --lib $L --rows ${PF_ROWS:-13,5,6,16,17} --dtypes bf16 \
  --cand off=default,ATTN_HOPPER_PREFETCH=0 --cand on=default,ATTN_HOPPER_PREFETCH=1 \
  2>&1 | tee "$OUT/ab-pf.txt" | grep -v "^#.*torch"
t sweep
timeout 150 python3 bench/gpu/bench_sdpa.py --lib build-gpu/lib/libattnrt.so --sweep models \
  --only "${ROWS:-35,13}" --dtypes bf16,f16 --json "$OUT/models.json" --out "$OUT/models.md" \
  >>"$OUT/log.txt" 2>&1
echo "models rc=$?"
grep -E "^\| [0-9]|geometric" "$OUT/models.md" | cut -d'|' -f2,3,5,7,8,9,11,12
t done
