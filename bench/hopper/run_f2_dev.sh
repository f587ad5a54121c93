#!/bin/bash
# Lead F2 (2026-12-02, fifth session): the landing tree (w-lead: the short causal
# D 64 rule at 1024 tiles an SM, decode's work_units; without w-f16dead):
# AttnGpuTests alone (F1's run timed out beside two sanitizers), then the
# default against cuDNN on the causal D 64 shapes, each output checked per row
# before timing. Run from a tree holding .devtree-lead/f2/{bin,lib},
# .devtree-lead/benchR/{gpu,hopper}, .devtree-lead/include, .devtree-lead/kernels/include.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/f2
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin
timeout 240 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
timeout 120 python3 $H/ab_same_process.py --lib $L/libattnrt.so --rows "" \
  --shape 2048,16,1024,64,1 --shape 16,16,1024,64,1 --rounds 4 --dtypes bf16 --skip flash,efficient > /tmp/c.log 2>&1
el "D 64 causal defaults rc=$?"; grep -E "^shape|^\| (attnrt|cudnn)|FAIL|rror" /tmp/c.log >> $S
el done
cat $S
