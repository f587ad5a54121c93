#!/bin/bash
# Packs the GPU test binaries and libraries of build-gpu (preset cuda-sm90)
# into DIR/{bin,lib}, stripped and gzipped, for the device tool's `carry`
# (64 MiB per call with the tree); scripts/lib/carried-build.sh unpacks them
# on the GPU machine.
#   scripts/lib/pack-carried-build.sh DIR
set -e
dir=${1:?pack-carried-build.sh: the directory to fill}
rm -rf "$dir" && mkdir -p "$dir/bin" "$dir/lib"
for t in AttnGpuTests AttnKernelCoverageTests AttnDecodeLseTests AttnGpuKernelTableTests AttnDeadMapTests; do
  [ -x build-gpu/bin/$t ] && cp build-gpu/bin/$t "$dir/bin/"
done
cp build-gpu/lib/libattnrt.so build-gpu/lib/libattn_hopper.so "$dir/lib/"
strip "$dir"/bin/* "$dir"/lib/*.so
gzip -9 "$dir"/bin/* "$dir"/lib/*.so
du -sh "$dir"
