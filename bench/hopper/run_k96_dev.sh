#!/bin/bash
# k96's device call (one-off; bench/RESULTS.md "D 96: QK^T and P V over 96
# columns"). Run from a tree root that holds build-gpu/lib/libattnrt.so,
# build-gpu/lib/libattn_hopper.so and build-gpu/bin/AttnGpuTests of this
# branch, built on the dev box (nvcc 13.0, preset cuda-sm90), and copies of
# include/ and kernels/include/ (bench/gpu/attnrt_layout.py compiles against
# them; without them the A/B stops at once), in a folder of the session's
# checkout (the run tool sends that one, not a helper's worktree): run tool, carry
# .devtree-k96, command "cd .devtree-k96 && LIMIT=<s> bash bench/hopper/run_k96_dev.sh".
# LIMIT: the seconds the whole script may take. Writes $OUT/summary.txt as it goes.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-85}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
if ldd build-gpu/bin/AttnGpuTests build-gpu/lib/libattnrt.so build-gpu/lib/libattn_hopper.so | grep -q "not found"; then
  el "prebuilt binaries miss libraries"
  ldd build-gpu/bin/AttnGpuTests build-gpu/lib/libattnrt.so > $OUT/ldd.txt 2>&1
  exit 3
fi
G=build-gpu/bin/AttnGpuTests
el "tests: HopperPath.HeadDim96 (every k96 / k96_v96 kernel by the default dispatch)"
timeout 25 $G --gtest_filter=HopperPath.HeadDim96 > $OUT/t_d96.log 2>&1
el "HeadDim96 rc $?"; grep -E "^\[  (PASSED|FAILED) |OK \]|FAILED \]|Failure" $OUT/t_d96.log | head -20 >> $S
# x0: D 96 S 4096 non-causal (the issue's row), x1 the same top-left causal,
# x2: D 96 S 1024 B 8 non-causal (the static grid). Per row: the default
# (attnrt), the kernel main's default picks there (D 128's), and the k96 /
# k96_v96 twins; on x1 also the dynamic k96_v96 kernel without pingpong.
V="default,d128_bm128_ovl_dyn@x0+x2,d128_k96_bm128_ovl_dyn@x0,d128_k96_v96_bm128_ovl_dyn@x0+x1+x2"
V="$V,d128_bm128_ovl_pp_dyn@x1,d128_k96_bm128_ovl_pp_dyn@x1,d128_k96_v96_bm128_ovl_pp_dyn@x1"
V="$V,d128_bm128_ovl_static@x2,d128_k96_bm128_ovl_static@x2,d128_k96_v96_bm128_ovl_static@x2"
T=$(( $(left) - 12 )); [ $T -gt 60 ] && T=60
el "A/B (same process, ${T}s)"
timeout $T python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper build-gpu/lib/libattn_hopper.so --rows= --ref flash --skip flash --dtypes bf16,f16 \
  --rounds 4 --variants "$V" --shape 2,16,4096,96,0 --shape 2,16,4096,96,1 \
  --shape 8,16,1024,96,0 > $OUT/ab.txt 2>&1
el "A/B rc $?"
grep -E "^shape|^#|^\| [a-z]|WRONG|error" $OUT/ab.txt | grep -v "^| candidate" >> $S
T=$(( $(left) - 2 ))
if [ $T -gt 8 ]; then
  el "tests: HopperPath.HeadDims (D 96 among 7 head dims), ${T}s"
  timeout $T $G --gtest_filter=HopperPath.HeadDims > $OUT/t_hd.log 2>&1
  el "HeadDims rc $?"; grep -E "^\[  (PASSED|FAILED) |OK \]|FAILED \]|Failure" $OUT/t_hd.log | head -10 >> $S
fi
cat $S
