#!/bin/sh
# Fails if libattnrt.so exports anything besides the C API and the MLIR entry
# points (hidden visibility + version script), or lacks any of them.
set -eu
lib="$1"
syms=$(nm -D --defined-only "$lib" | awk '{print $3}')
extra=$(printf '%s\n' "$syms" | grep -Ev '^(attnrt_|_mlir_ciface_attnrt_mlir_flash_attention_)' || true)
if [ -n "$extra" ]; then
  echo "unexpected exported symbols:"; printf '%s\n' "$extra"; exit 1
fi
n=$(printf '%s\n' "$syms" | grep -c '^_mlir_ciface_attnrt_mlir_flash_attention_')
[ "$n" -eq 45 ] || { echo "expected 45 MLIR entry points, found $n"; exit 1; }
for f in attnrt_problem_init attnrt_run attnrt_run_on attnrt_last_error \
         attnrt_status_string attnrt_backend_count attnrt_backend_name \
         attnrt_select_backend attnrt_api_version; do
  printf '%s\n' "$syms" | grep -qx "$f" || { echo "missing $f"; exit 1; }
done
echo "exports ok: $(printf '%s\n' "$syms" | wc -l) symbols"
