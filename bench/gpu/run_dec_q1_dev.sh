#!/bin/bash
# helper dec, issue 12 (2026-12-02 fourth session), call Q1 (not run: refused twice; for the lead):
# w-dec d6a446c binaries. Tests first (the whole AttnDecodeLseTests, memcheck on HeadDim256Rings, the
# decode gtest filters), then decode_variants.py: Q's chunks (dq) against the old loop (dk0) and the
# packed tiles (pk) in bf16 and f16, and the default-vs-PACK=0 probe on 2 x 16/8 x 16384 (row 106).
# Run from a tree holding .devtree-dec/{b,scripts,decode_variants.py}: bash bench/gpu/run_dec_q1_dev.sh
cd "$(dirname "$0")/../.."
. .devtree-dec/scripts/lib/carried-build.sh .devtree-dec/b
BIN=build-gpu/bin
PY=${ATTN_PYTHON:-python3}
# Tests in parallel (host references on 16 cores), before any timing.
timeout 35 $BIN/AttnDecodeLseTests > /tmp/dec.log 2>&1 &
P1=$!
timeout 35 compute-sanitizer --tool memcheck --error-exitcode 9 $BIN/AttnDecodeLseTests \
  --gtest_filter='DecodeLse.HeadDim256Rings' > /tmp/mc.log 2>&1 &
P2=$!
timeout 35 $BIN/AttnGpuTests --gtest_filter='HipBackend.Decode*:HipBackend.PackedQueryGroups*:*D256*:*Decode*' > /tmp/gt.log 2>&1 &
P3=$!
wait $P1; el "decode-lse rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dec.log | tr '\n' ' ')"
wait $P2; el "memcheck HeadDim256Rings rc=$? $(grep -E 'ERROR SUMMARY|^\[  (PASSED|FAILED) ' /tmp/mc.log | tr '\n' ' ')"
wait $P3; el "gtest decode rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -hE "^\[  FAILED|Failure|Which is|Expected|error" /tmp/dec.log /tmp/gt.log | head -20 >> $S
grep -q "FAILED" /tmp/dec.log /tmp/gt.log && cat /tmp/dec.log /tmp/gt.log | tail -c 2000000 > $OUT/tests-failed.log
cp .devtree-dec/decode_variants.py bench/gpu/decode_variants.py # takes QVEC
cd bench/gpu
export PYTHONUNBUFFERED=1
D256=100+101+102+103+104+105
timeout 55 $PY decode_variants.py --lib ../../build-gpu/lib/libattnrt.so --only 34 --dtype bf16 \
  --extra 64,64,8,1510,256 --extra 64,32,4,518,256 --extra 64,64,8,4096,256 --extra 16,32,8,4096,256 \
  --extra 32,16,8,3000,256 --extra 128,16,8,2048,256 --extra 2,16,8,16384,256 \
  --variant base= --variant dk0=PACK=0,QVEC=0 --variant dq=PACK=0,QVEC=1 \
  --rows $D256:pk=PACK=1 \
  --rows 106:b2= --rows 106:dq2=PACK=0,QVEC=1 --rows 106:dk02=PACK=0,QVEC=0 \
  --digits 3 --out $OUT/dv-bf16.md > /tmp/dv1.log 2>&1
el "dv bf16 rc=$?"; cat /tmp/dv1.log >> $S
timeout 25 $PY decode_variants.py --lib ../../build-gpu/lib/libattnrt.so --only 38 --dtype f16 \
  --extra 64,64,8,1510,256 --extra 64,64,8,4096,256 \
  --variant base= --variant dq=PACK=0,QVEC=1 --variant dk0=PACK=0,QVEC=0 \
  --rows 100+101:pk=PACK=1 \
  --digits 3 --out $OUT/dv-f16.md > /tmp/dv2.log 2>&1
el "dv f16 rc=$?"; cat /tmp/dv2.log >> $S
el done
