# Sourced by the per-call scripts that run on the GPU machine against GPU
# binaries built on the development machine and carried with the call (the
# device tool's `carry`; gzipped, stripped builds of preset cuda-sm90):
#   . scripts/lib/carried-build.sh DIR    (DIR holds bin/ and lib/)
# Links build-gpu to DIR, unpacks the binaries, finds python/nvcc through
# gpu-env.sh, puts DIR/lib on LD_LIBRARY_PATH, and defines
#   el MESSAGE   appends "[t+Ns] MESSAGE" to $S (default $OUT/summary.txt).
carried=${1:?carried-build.sh: the carried build directory}
rm -rf build-gpu
ln -s "$carried" build-gpu
for z in build-gpu/bin/*.gz build-gpu/lib/*.gz; do [ -e "$z" ] && gunzip -f "$z"; done
chmod +x build-gpu/bin/* build-gpu/lib/*
. "$(dirname "${BASH_SOURCE[0]}")/gpu-env.sh" 2>/dev/null
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
S=${S:-$OUT/summary.txt}
T0=$(date +%s)
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a "$S"; }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,power.draw --format=csv,noheader; } >> "$S" 2>&1
