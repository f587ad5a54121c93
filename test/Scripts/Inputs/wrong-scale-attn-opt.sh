#!/usr/bin/env bash
# A broken attn-opt for test/Scripts/numcheck.test: $REAL_ATTN_OPT, except
# that a run with --attn-fuse gives every attn.flash_attention the scale
# 0.9: the fusion count is right, the fused program computes the wrong thing.
set -euo pipefail
fuse=0 src="" fuse_args=() rest=()
for a in "$@"; do
  case "$a" in
    --attn-fuse) fuse=1 ;;
    --mlir-print-ir-after=attn-fuse) fuse_args+=("$a") ;;
    -*) rest+=("$a") ;;
    *) src="$a" ;;
  esac
done
if [ "$fuse" -eq 0 ]; then exec "$REAL_ATTN_OPT" "$@"; fi
"$REAL_ATTN_OPT" --attn-fuse "${fuse_args[@]}" "$src" |
  sed -E 's/scale = [-0-9.e+]+ : f32/scale = 9.000000e-01 : f32/' |
  "$REAL_ATTN_OPT" "${rest[@]}" -
