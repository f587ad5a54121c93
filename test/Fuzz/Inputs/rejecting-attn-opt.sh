#!/bin/bash
# Fake attn-opt for the fuzz oracle's self-test. It never crashes, but
#  - --attn-fuse rejects every input with linalg.softmax with a clean
#    `error:` (a pass that refuses valid IR),
#  - --attn-lower-to-llvm exits 0 on inputs with tosa ops but prints IR that
#    does not parse (a pass that turns valid IR into invalid IR),
#  - otherwise it prints its input (fuse) or an empty module (lowering);
#  - without a pass it parses and verifies like the real attn-opt
#    ($ATTN_OPT_REAL).
out=/dev/stdout
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
case "${args[*]}" in
  *dump-pass-pipeline*) exit 0 ;;
  *--attn-lower-to-llvm*)
    in=$(cat)
    if grep -q "tosa\." <<<"$in"; then echo 'llvm.func @f() { llvm.return %undefined }' >"$out"
    else echo 'module {}' >"$out"; fi
    exit 0 ;;
  *--attn-fuse*)
    in=$(cat)
    if grep -q "linalg.softmax" <<<"$in"; then echo "<stdin>:1:1: error: refused" >&2; exit 1; fi
    printf '%s\n' "$in" >"$out"
    exit 0 ;;
  *) exec "$ATTN_OPT_REAL" "${args[@]}" -o "$out" ;;
esac
