#!/usr/bin/env bash
# Fuses and runs the example attention graphs, unfused and fused, and
# compares them.
#
#   examples/run.sh            # every example
#   examples/run.sh bert       # examples/bert_self_attention.mlir only
#   examples/run.sh llama      # examples/llama_gqa_causal.mlir only
#
# For each example: builds attn-opt and libattnrt if they are missing, runs
# `attn-opt --attn-fuse` and counts the attn.flash_attention ops it formed,
# runs `attn-opt [--attn-fuse] --attn-lower-to-llvm | mlir-runner` for the
# unfused and the fused program, prints the seconds each spent in the
# attention function (rtclock inside the program) and in the whole run, and
# how they compare (utils/attncheck: per output row, relative L2 1e-5 for
# f32, 1e-2 for f16, NaN only where the unfused output has NaN; the
# tolerances are justified in utils/attncheck/tolerance.py). Exits nonzero if
# a step fails or the outputs differ beyond the tolerance.
# Outputs are kept in build/examples/<name>/.
#
# Environment: LLVM_DIR (default /usr/lib/llvm-22) for mlir-runner and the
# MLIR runner libraries; ATTNRT_BACKEND to force a runtime backend.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
llvm="${LLVM_DIR:-/usr/lib/llvm-22}"
build="$root/build"

if [ ! -x "$build/bin/attn-opt" ] || [ ! -f "$build/lib/libattnrt.so" ]; then
  echo "== building (scripts/build.sh)"
  "$root/scripts/build.sh"
fi

libs="$build/lib/libattnrt.so,$llvm/lib/libmlir_runner_utils.so,$llvm/lib/libmlir_c_runner_utils.so"

now() { date +%s.%N; }

run_one() {
  local name="$1" desc="$2" dtype="$3"
  local src="$root/examples/$name.mlir" out="$build/examples/$name"
  mkdir -p "$out"
  echo "== $name: $desc"

  "$build/bin/attn-opt" --attn-fuse "$src" -o "$out/fused.mlir"
  local nfused
  nfused=$(grep -c "attn.flash_attention" "$out/fused.mlir" || true)
  if [ "$nfused" -gt 0 ]; then
    echo "attn-fuse: $nfused attention op(s) fused into attn.flash_attention"
  else
    echo "attn-fuse: 0 attention ops fused: the fused program is the unfused one"
  fi

  local variant t0 t1
  for variant in unfused fused; do
    local fuse=()
    [ "$variant" = fused ] && fuse=(--attn-fuse)
    t0=$(now)
    "$build/bin/attn-opt" "${fuse[@]}" --attn-lower-to-llvm "$src" -o "$out/$variant.ll.mlir"
    "$llvm/bin/mlir-runner" "$out/$variant.ll.mlir" -e main -entry-point-result=void -O3 \
      -shared-libs="$libs" > "$out/$variant.out"
    t1=$(now)
    # The program prints the seconds spent in the attention function first.
    printf '%-8s attention %8.3f s   whole run (compile, JIT, run, print) %7.2f s\n' \
      "$variant:" "$(head -n1 "$out/$variant.out")" "$(awk -v a="$t1" -v b="$t0" 'BEGIN { print a - b }')"
  done
  local ta tf
  ta=$(head -n1 "$out/unfused.out"); tf=$(head -n1 "$out/fused.out")
  awk -v a="$ta" -v b="$tf" 'BEGIN { printf "attention speedup (unfused / fused): %.1fx\n", a / b }'
  python3 "$root/utils/attncheck" compare "$out/fused.out" "$out/unfused.out" \
    --dtype "$dtype" --min-count 1000
}

which=("${@:-all}")
for w in "${which[@]}"; do
  case "$w" in
    bert|all) run_one bert_self_attention \
      "BERT-base self-attention, TOSA, f32, 12 heads x 384 tokens x 64" f32 ;;&
    llama|all) run_one llama_gqa_causal \
      "llama-style GQA causal attention, linalg, f16, 32 query / 8 KV heads x 256 tokens x 128" f16 ;;&
    bert|llama|all) ;;
    *) echo "usage: $0 [bert|llama|all]..." >&2; exit 2 ;;
  esac
done
