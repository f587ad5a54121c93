#!/usr/bin/env bash
# A deliberately wrong attn-opt for the harness self-test: it never fuses
# (--attn-fuse=report=true prints the input) and its "fused" program uses a
# different scale (0.125 -> 0.25, 0.5 -> 0.75), so attn_diff.py must report
# missed fusions and a miscompile.
real="$ATTN_OPT_REAL"
args=("$@")
src=
for a in "$@"; do [[ "$a" == -* ]] || src="$a"; done # the input file, wherever it is
if [[ " ${args[*]} " == *" --attn-fuse --attn-lower-to-llvm "* ]]; then
  sed -e 's/\b0\.125\b/0.25/g' -e 's/\b0\.5\b/0.75/g' "$src" > "$src.broken.mlir"
  exec "$real" "$src.broken.mlir" --attn-lower-to-llvm
fi
if [[ " ${args[*]} " == *" --attn-fuse=report=true "* ]]; then
  exec "$real" "$src"
fi
exec "$real" "$@"
