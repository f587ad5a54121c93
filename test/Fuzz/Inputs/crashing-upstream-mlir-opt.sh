#!/bin/bash
# Fake upstream mlir-opt for the fuzz oracle's self-test: crashes (SIGSEGV)
# on inputs with tosa.reciprocal, as crashing-attn-opt.sh does (the same
# way: listed UPSTREAM), exits 1 with a clean `error:` on linalg.softmax
# (where crashing-attn-opt.sh prints a UBSan report: not the same way, a
# FAIL); otherwise it is the real mlir-opt ($MLIR_OPT_REAL, else mlir-opt on PATH).
in=$(cat)
if grep -q "tosa.reciprocal" <<<"$in"; then kill -SEGV $$; fi
if grep -q "linalg.softmax" <<<"$in"; then echo "<stdin>:1:1: error: upstream refuses" >&2; exit 1; fi
exec "${MLIR_OPT_REAL:-$(command -v mlir-opt || echo /usr/lib/llvm-22/bin/mlir-opt)}" "$@" <<<"$in"
