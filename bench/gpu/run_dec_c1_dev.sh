#!/bin/bash
# dec's call 1 of 2026-12-02 (third session; bench/gpu/DECODE_NOTES.md "Row 38 and seed 5's R4: ncu,
# knobs"): main's binaries, no build. (1) noise: attnrt against cuDNN in interleaved rounds on R4
# (128 x 28/4 x 1105, D 64), row 38 (64 x 32/8 x 1k) and 128 x 32/8 x 1k; (2) knob A/B in one
# process (decode_variants.py, 2 processes, bf16): R4 on the 3-stage D 64 TMA ring (2 blocks/SM),
# 2 splits, the packed Hopper kernels (PACK=1, two variants), 128 / 256-byte L2 promotion of the
# decode TMA maps; row 38 / B 128 on d128_bm128_ovl_dyn (2 stages, register O stores) and on the
# decode kernel; (3) ncu (sections + SASS source counters) on row 38's packed kernel, R4's decode
# kernel and R4 packed.
# Run from a tree root holding include/, kernels/include/ (step 1b's layout probe: attn_kernels.h; call 1
# lacked it, so 1b did not run), bench/ and build-gpu/{lib,bin}: run tool, carry
# .devtree-dec, command "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_dec_c1_dev.sh".
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-120}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
cap() { local l=$(( $(left) - ${2:-5} )); l=$(( l < $1 ? l : $1 )); echo $(( l < 1 ? 1 : l )); }
for z in $(find build-gpu/ -name '*.gz'); do gunzip -f "$z"; done
chmod +x build-gpu/bin/* build-gpu/lib/* 2>/dev/null
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv,noheader; } >> $S 2>&1
LIB=$PWD/build-gpu/lib/libattnrt.so
R4=128,28,4,1105,64; B128=128,32,8,1024,128
# (1) noise, interleaved rounds (cuDNN paired per round)
timeout $(cap 25 95) python3 bench/hopper/ab_same_process.py --lib $LIB --rows "" \
  --shape 128,28,1,64,0,1105,4 --shape 64,32,1,128,0,1024,8 --shape 128,32,1,128,0,1024,8 \
  --rounds 6 --dtypes bf16 --skip flash,efficient > $OUT/noise.log 2>&1
el "noise rc=$?"; grep -E "^shape|^\| (attnrt|cudnn)" $OUT/noise.log >> $S
# (1b) the packed problems as plain Hopper problems (the packed view: Hq' = Hkv, Sq' = group), named
# variants and the K/V maps' L2 promotion (NAME^QKV), paired rounds against the default
timeout $(cap 30 65) python3 bench/hopper/ab_same_process.py --lib= --hopper build-gpu/lib/libattn_hopper.so \
  --rows "" --shape 64,8,4,128,0,1024 --shape 128,4,7,64,0,1105 --rounds 4 --again --skip flash,efficient,cudnn \
  --variants default,default^300,default^322,default^311,d128_bm128_ovl_dyn,d128_bm128_ovl_q2_otma_dyn,d64_bm128_ovl_pp_dyn,d64_bm192_ovl_dyn,d64_bm128_ovl_pp_q2_static \
  > $OUT/packview.log 2>&1
el "packed view rc=$?"; grep -E "^shape|^x|^\| |error|WRONG" $OUT/packview.log | grep -v -- "---" >> $S
# (2) knobs
P100="100:s3=RING=2,WARPS=8,STAGES=3 --rows 100:sp2=SPLITS=2 --rows 100:pk=PACK=1 --rows 100:pkd=PACK=1,PVAR=d64_bm128_ovl_pp_dyn --rows 100:l3=L2P=3"
for p in 0; do
  if [ $p = 0 ]; then ord="--variant base= --variant l2=L2P=2"; else ord="--variant l2=L2P=2 --variant base="; fi
  (cd bench/gpu && timeout $(cap 30 40) python3 decode_variants.py --lib $LIB --only 38 --extra $R4 --extra $B128 \
    --dtype bf16 --digits 3 $ord --rows $P100 --rows 38+101:rs=PVAR=d128_bm128_ovl_dyn --rows 38+101:dec=PACK=0) \
    > $OUT/var-$p.log 2>&1
  el "variants process $p rc=$?"; grep -E "^\| " $OUT/var-$p.log >> $S
done
# (3) ncu
NCU=$(command -v ncu || ls /opt/nvidia/nsight-compute/*/ncu 2>/dev/null | head -1)
el "ncu: $NCU"
(cd bench/gpu && timeout $(cap 40 8) $NCU --clock-control none --section SpeedOfLight --section WarpStateStats \
  --section Occupancy --section LaunchStats --section SchedulerStats --section SourceCounters \
  --metrics sm__pipe_tensor_op_gmma_cycles_active.avg.pct_of_peak_sustained_active,dram__bytes_read.sum,sm__cycles_active.min,sm__cycles_active.max,sm__cycles_active.avg,gpc__cycles_elapsed.max,dram__throughput.avg.pct_of_peak_sustained_elapsed \
  --import-source no -k regex:'fa_fwd|decode_nv' -o $OUT/n1 python3 decode_kernel_time.py --lib $LIB --only 38 \
  --extra $R4 --warm 1 --calls 1 --variant base= --variant pk=PACK=1) > /tmp/dec-ncu.log 2>&1
el "ncu rc=$? $(grep -E '^mark' /tmp/dec-ncu.log | tr '\n' ' ')"
if [ -f $OUT/n1.ncu-rep ]; then
  timeout $(cap 20 5) $NCU -i $OUT/n1.ncu-rep --page raw --csv > $OUT/raw.csv 2> /dev/null
  python3 bench/hopper/ncu_stalls.py $OUT/raw.csv >> $S 2>&1
  timeout $(cap 30 5) $NCU -i $OUT/n1.ncu-rep --page source --csv --print-source sass > $OUT/src.csv 2>/dev/null
  el "source rc=$? $(wc -c < $OUT/src.csv)"
  timeout $(cap 20 3) $NCU -i $OUT/n1.ncu-rep --page details > $OUT/details.txt 2>/dev/null
  gzip -f $OUT/raw.csv $OUT/src.csv $OUT/details.txt
fi
tail -5 /tmp/dec-ncu.log >> $S
el done
cat $S
