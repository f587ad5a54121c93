#!/usr/bin/env bash
# Fuses and runs models exported by a real frontend, unfused and fused, and
# compares them row by row.
#
#   examples/run.sh              # both models
#   examples/run.sh bert         # examples/bert_encoder.mlir only
#   examples/run.sh llama        # examples/llama_decoder.mlir only
#   examples/run.sh handwritten  # the hand-written attention graphs (below)
#
# The models are PyTorch modules (transformers configs, random init) exported
# through torch.export and torch-mlir to linalg on tensors, weights as
# function arguments; the IR is committed, no frontend is needed here
# (frontends/gen_examples.py regenerates it):
#   bert_encoder.mlir   a BERT-style encoder layer, eager attention with a
#                       padding mask (hidden 256, 4 heads, 128 tokens, batch 2)
#   llama_decoder.mlir  a LLaMA-style decoder layer, SDPA with causal and
#                       padding masks, grouped-query attention (8 query /
#                       2 KV heads, 128 tokens, batch 2)
# For each: builds attn-opt and libattnrt if they are missing, then
# test/Frontends/run_corpus.py counts the attn.flash_attention ops
# `attn-opt --attn-fuse` forms (it must be the model's attention count),
# appends a driver that builds every input inside MLIR (weights from a hash,
# token ids, a padding mask whose second sequence is fully padded), runs
# `attn-opt [--attn-fuse] --attn-lower-to-llvm | mlir-runner` for the unfused
# and the fused program and compares every output row (relative L2 1e-4 per
# row, NaN/inf only where the unfused output has them). Exits nonzero if a
# step fails or a row differs. The programs and outputs of the last run are
# kept in build/examples/<name>.mlir.*/.
#
# `handwritten` runs the older hand-written graphs (bert_self_attention.mlir,
# TOSA, BERT-base sizes; llama_gqa_causal.mlir, linalg, f16, the AOT
# example's input) and prints the time spent in the attention function.
#
# Environment: BUILD_DIR (default build/ of the checkout); LLVM_DIR (default
# /usr/lib/llvm-22) for mlir-runner and the MLIR runner libraries;
# ATTNRT_BACKEND to force a runtime backend.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
llvm="${LLVM_DIR:-/usr/lib/llvm-22}"
build="${BUILD_DIR:-$root/build}"

if [ ! -x "$build/bin/attn-opt" ] || [ ! -f "$build/lib/libattnrt.so" ]; then
  echo "== building (scripts/build.sh)"
  "$root/scripts/build.sh"
fi

libs="$build/lib/libattnrt.so,$llvm/lib/libmlir_runner_utils.so,$llvm/lib/libmlir_c_runner_utils.so"

now() { date +%s.%N; }

run_model() {
  local name="$1" desc="$2"
  echo "== $name: $desc"
  mkdir -p "$build/examples"
  rm -rf "$build/examples/$name.mlir."*   # the previous run's programs and outputs
  python3 "$root/test/Frontends/run_corpus.py" --build "$build" --known-misses /dev/null \
    --not-run /dev/null --known-wrong-rows /dev/null --tmp "$build/examples" --keep \
    "$root/examples/$name.mlir"
}

run_handwritten() {
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
    bert|all) run_model bert_encoder \
      "BERT-style encoder layer from PyTorch (torch-mlir, linalg), f32, eager attention + padding mask" ;;&
    llama|all) run_model llama_decoder \
      "LLaMA-style decoder layer from PyTorch (torch-mlir, linalg), f32, SDPA, causal + padding, GQA 8/2" ;;&
    handwritten)
      run_handwritten bert_self_attention \
        "hand-written BERT-base self-attention, TOSA, f32, 12 heads x 384 tokens x 64" f32
      run_handwritten llama_gqa_causal \
        "hand-written llama-style GQA causal attention, linalg, f16, 32 query / 8 KV heads x 256 tokens x 128" f16 ;;
    bert|llama|all) ;;
    *) echo "usage: $0 [bert|llama|handwritten|all]..." >&2; exit 2 ;;
  esac
done
