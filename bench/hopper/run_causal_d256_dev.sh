#!/usr/bin/env bash
# On the GPU machine (issue 12, hopper-causal, second call): the early Q
# release (kSchedEarlyQ) measured on the 256-column kernels, where the
# shipped kernel frees Q early always (a run-time choice costs the BN 80
# kernel a spilled register): this script builds the Hopper library alone
# from a patched copy in which the 256-column kernels take the bit at run
# time too (MEASUREMENT ONLY: that build spills 16 B instead of 12 B in the
# BN 80 kernel, outside its key loop), then the same-process A/B of the
# bits on the Gemma rows (16, 17), the early release again on rows 19 and 22
# (a second machine), and the chunked-prefill rows (23, 24, bottom-right,
# checked against the f32 reference). Outputs under $OUT.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/causal-out}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1
. scripts/lib/gpu-env.sh || exit 1
S=$(date +%s); LIMIT=${LIMIT:-100}
t() { echo "[t+$(( $(date +%s) - S ))s] $*"; }
left() { echo $(( LIMIT - ($(date +%s) - S) )); }
t build
sed -i 's/(C::DV == 256 || (p.sched \& kSchedEarlyQ))/(p.sched \& kSchedEarlyQ)/' kernels/hopper/attn_hopper.cu
grep -c "(p.sched & kSchedEarlyQ));" kernels/hopper/attn_hopper.cu
B=${BUILD:-/tmp/hc-build-gpu}
{ cmake --preset cuda-sm90 -B $B && cmake --build $B -j"$(nproc)" --target attn_hopper_shared
} >"$OUT/build.log" 2>&1 || { grep -m20 -B2 -A8 "error" "$OUT/build.log"; exit 1; }
t ab
AB="python3 bench/hopper/ab_same_process.py --lib= --hopper $B/lib/libattn_hopper.so --ref flash --skip flash"
ab() {  # rows dtypes variants file rounds
  local T=$(( $(left) - 3 ))
  if [ $T -gt 10 ]; then
    timeout $T $AB --rows $1 --dtypes $2 --variants $3 --rounds $5 >>"$OUT/$4" 2>&1
    echo "ab $1 $2 rc=$?"
  else echo "ab $1 $2: SKIP (time)"; fi
}
ab 16,17 bf16,f16 default%0,default%1,default%2,default%3 ab2.txt 3
ab 19,22 bf16 default%0,default%1,default%3 ab2.txt 3
ab 23,24 bf16 default%0,default%3 ab2.txt 2
grep -E "^row|^\| (default|cudnn)|WRONG|error" "$OUT/ab2.txt" | cut -c1-120
t done
