#!/usr/bin/env bash
# Build libattn_hopper.so, show its resources and SASS check, run the check
# and the benchmark. Usage: bench/hopper/run.sh [outdir] [bench args...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/build-hopper}; shift || true
mkdir -p "$out"
. "$root/scripts/lib/gpu-env.sh" || true  # finds nvcc and the python with torch
NVCC=${NVCC:-$(command -v nvcc || echo /usr/local/cuda/bin/nvcc)}
PY=${PY:-$ATTN_PYTHON}
"$NVCC" -std=c++17 -O3 -gencode=arch=compute_90a,code=sm_90a -I"$root/kernels/include" -I"$root/include" \
  -Xptxas -v -Xcompiler -fPIC -shared \
  -o "$out/libattn_hopper.so" "$root/kernels/hopper/attn_hopper.cu" 2> "$out/ptxas.txt"
grep -E "registers|spill" "$out/ptxas.txt" | sort | uniq -c | head -8
if command -v cuobjdump >/dev/null; then
  cuobjdump -sass "$out/libattn_hopper.so" > "$out/sass.txt"
  echo "SASS: HGMMA=$(grep -c HGMMA "$out/sass.txt") UTMALDG=$(grep -c UTMALDG "$out/sass.txt") LDL/STL=$(grep -cE 'LDL|STL' "$out/sass.txt")"
fi
PYTHONUNBUFFERED=1 $PY "$here/bench_hopper.py" --lib "$out/libattn_hopper.so" --json "$out/results.json" "$@"
