#!/bin/bash
# Fake attn-opt for the fuzz harness self-test: crashes (SIGSEGV) on inputs with
# tosa.reciprocal, prints a UBSan report on linalg.softmax, hangs on maxnumf,
# exits 3 on exp2, gives a clean error on linalg.reduce.
in=$(cat)
case "$*" in *dump-pass-pipeline*) exit 0;; esac
if grep -q "maxnumf" <<<"$in"; then sleep 100; fi
if grep -q "tosa.reciprocal" <<<"$in"; then kill -SEGV $$; fi
if grep -q "linalg.softmax" <<<"$in"; then echo "x.cpp:1:2: runtime error: signed integer overflow" >&2; exit 0; fi
if grep -q "linalg.reduce" <<<"$in"; then echo "error: bad" >&2; exit 1; fi
if grep -q "exp2" <<<"$in"; then exit 3; fi
exit 0
