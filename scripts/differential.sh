#!/usr/bin/env bash
# Longer differential run of attn-fuse on generated attention graphs.
#   scripts/differential.sh --count 2000 --seed 1000 [--include-unsupported] [--small] [-j 2]
# Any other option is passed to utils/attn_diff.py (see --help there).
# Needs build/bin/attn-opt and build/lib/libattnrt.so (ninja -C build attn-opt attnrt).
set -euo pipefail
cd "$(dirname "$0")/.."
count=500
seed=1
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
exec python3 utils/attn_diff.py --count "$count" --seed "$seed" -q "${args[@]}"
