#!/usr/bin/env bash
# On the GPU machine, with binaries built on the dev box (preset cuda-sm90:
# build-gpu/bin/AttnGpuTests, build-gpu/lib/
# libattnrt.so, libattn_hopper.so; build-gpu/f2fp_rate from
# bench/hopper/f2fp_rate.cu), issue 12 hopper-dhead (SD head dims, the f16
# penalty), one call:
#  1. the GPU suite in the default dispatch and with gpu:sm90-wgmma forced,
#     the Hopper variant check (every compiled
#     variant), HopperPath.HeadDims + SdHeadDims with each candidate of $CANDS
#     forced, memcheck on HopperPath.SanitizerSubset and on SdHeadDims with
#     each candidate forced (all at once: correctness, not timing);
#  2. the F2FP conversion rate, f16 vs bf16 (f2fp_rate);
#  3. bench/hopper/f16_probe.py on rows 14, 15, 13 (bf16 / f16 / f16 with
#     bf16 values; SM clock and power per timed window);
#  4. same-process A/Bs of the candidates (V/O tiles of 160 and 80
#     columns, Cfg::VPC) against the current defaults on rows 13 (D 160),
#     12 and 7 (D 80).
# Exits 3 at once if the carried binaries do not run on this image. The
# tree it needs: bench/, include/, kernels/, scripts/lib/ and build-gpu/.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/sd-out}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh || true  # python with torch, nvcc's directory: found, not named (no build here)
export PYTHONUNBUFFERED=1
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:/usr/local/cuda/lib64:/usr/local/cuda/lib:${LD_LIBRARY_PATH:-}
S=$SECONDS
t() { echo "[t+$((SECONDS - S))s] $*"; }
CANDS=${CANDS:-d192_k160_v160_bm128_bn128_ovl_static d128_k80_v80_bm128_ovl_static}
T=build-gpu/bin/AttnGpuTests
$T --gtest_list_tests >"$OUT/list.txt" 2>&1 || { echo "carried binaries do not run here:"; head -5 "$OUT/list.txt"; exit 3; }
nvidia-smi --query-gpu=name,driver_version,power.limit,clocks.max.sm,temperature.gpu --format=csv,noheader
t tests
L=$OUT/t; mkdir -p "$L"
timeout 200 $T >"$L/default.log" 2>&1 & pids="$!"
ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma timeout 200 $T >"$L/wgmma.log" 2>&1 & pids="$pids $!"
timeout 200 python3 bench/gpu/bench_sdpa.py --hopper-variants build-gpu/lib/libattn_hopper.so --check-only >"$L/hv.txt" 2>&1 & pids="$pids $!"
timeout 150 compute-sanitizer --tool memcheck --error-exitcode 99 $T --gtest_filter='HopperPath.SanitizerSubset:HopperPath.SdHeadDims' >"$L/mc-default.log" 2>&1 & pids="$pids $!"
for c in $CANDS; do
  ATTN_HOPPER_VARIANT=$c timeout 200 $T --gtest_filter='HopperPath.HeadDims:HopperPath.SdHeadDims' >"$L/forced-$c.log" 2>&1 & pids="$pids $!"
  ATTN_HOPPER_VARIANT=$c timeout 150 compute-sanitizer --tool memcheck --error-exitcode 99 $T --gtest_filter='HopperPath.SdHeadDims' >"$L/mc-$c.log" 2>&1 & pids="$pids $!"
done
for p in $pids; do wait $p; done
for f in "$L"/*.log; do
  echo "$(basename "$f"): $(grep -hE '^\[  (PASSED|FAILED) |ERROR SUMMARY' "$f" | tr '\n' ' ' | cut -c1-160)"
  grep -hE '^\[  FAILED|Failure|row b' "$f" | head -4
done
echo "variant check: $(grep -c '^ok' "$L/hv.txt") ok, $(grep -c '^FAIL' "$L/hv.txt") FAIL; $(tail -1 "$L/hv.txt")"
grep -E '^FAIL|UNSUPPORTED|Error' "$L/hv.txt" | head -5
grep -hE 'k160|k80' "$L/hv.txt" | grep -c '^ok' | sed 's/^/k80\/k160 variant rows ok: /'
tar czf "$OUT/tests.tgz" -C "$OUT" t 2>/dev/null && rm -rf "$L"
if [ -z "${SKIP_PROBE:-}" ]; then
  t f2fp
  build-gpu/f2fp_rate 2>&1 | tee "$OUT/f2fp.txt"
  t f16probe
  timeout 150 python3 bench/hopper/f16_probe.py --lib build-gpu/lib/libattnrt.so --rows 14,15,13 --rounds 3 >"$OUT/f16probe.md" 2>&1
  echo "f16probe rc=$?"; grep -E '^row|^\| [a-z]|WRONG|rel L2|^#|Error' "$OUT/f16probe.md"
fi
t ab
# AB: "dtypes:row:variant,variant ..."; the default times the old
# defaults (by name) against the new ones (and attnrt's default dispatch).
# The first call (bench/RESULTS.md, "SD head dims") also timed the 3-stage
# D 80 and the 96-key D 160 narrow-V kernels, since removed.
AB=${AB:-"bf16,f16:13:d192_k160_bm128_bn96_ovl_static,d192_k160_v160_bm128_bn128_ovl_static bf16,f16:12:d128_k80_bm128_ovl_static,d128_k80_v80_bm128_ovl_static bf16:7:d128_k80_bm128_ovl_static,d128_k80_v80_bm128_ovl_static"}
for spec in $AB; do
  rest=${spec#*:} row=${rest%%:*}
  timeout 150 python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
    --hopper build-gpu/lib/libattn_hopper.so --rows "$row" --dtypes "${spec%%:*}" --rounds 3 \
    --variants "${rest#*:}" >>"$OUT/ab.md" 2>&1
  echo "ab $row rc=$?"
done
grep -E '^row|^\| [a-z0-9]|WRONG|error' "$OUT/ab.md"
t done
