#!/usr/bin/env bash
# Kernel ISA checks, for CI on a machine without a GPU. The kernels are
# compiled by the recipe every build of them uses (kernels/KernelRecipe.cmake;
# configure preset `kernel-isa`, target attn_kernel_isa, listings under
# <build>/kernels/isa), then inspected:
#
# NVIDIA (nvcc, sm_90): ptxas -v must report 0 bytes of spill stores/loads and
# no stack frame for every kernel of the fast paths (nocausal, causal and
# decode kernels, head dims 64 and 128, f16 and bf16), every kernel's PTX
# must contain mma.sync.aligned.m16n8k16 (plus ldmatrix and cp.async), and
# its SASS (cuobjdump) HMMA and no LDL/STL.
# AMD (clang++-22 -x hip --cuda-device-only -S): every kernel compiled for
# gfx1100 must contain v_wmma_f32_16x16x16_{f16,bf16}, for gfx942
# v_mfma_f32_16x16x16{f16,bf16}, and the fast-path kernels (head dims 64 and
# 128) must use no scratch (.private_segment_fixed_size: 0, no VGPR/SGPR spills).
# Hopper (nvcc, sm_90a): every kernel of kernels/hopper (all padded head dims
# 64/128/192/256, plain and GEN) has wgmma and TMA loads in its PTX; no spills
# in its plain and mask-free GEN kernels, the default masked GEN kernels and
# the mask-register LR kernels held to a ratchet (only D 256's, and LR D 64's,
# spill); its SASS HGMMA in every kernel and no serialized wgmma chains,
# and in the key loop of the kernels with Cfg::VOTE (plain D 256; plain D
# 128 without pingpong) the softmax's exponentials before the wait for P V
# (section below).
# The policies are the subcommands of scripts/lib/kernel_checks.py (the
# Hopper ratchets are its HOPPER_GEN_SPILL_LIMIT, HOPPER_LR_GEN_SPILL_LIMIT and
# HOPPER_SPILL_LIMIT, the last empty now);
# they read the listings through the parsers of scripts/lib/kernel_report.py
# (ptxas -v, PTX, cuobjdump SASS, AMDGPU assembly);
# test/Scripts/kernel-report.test makes each of them fail on crafted input.
#
# Tools: clang++-22 is required (scripts/setup.sh installs it): missing is a
# FAIL. The NVIDIA parts are optional: without nvcc (no CUDA toolkit) they
# are one SKIP with the reason; with nvcc, cuobjdump is required (a FAIL when
# missing; scripts/setup.sh installs NVIDIA's cuobjdump and nvdisasm wheels
# under .tools/ when the toolkit has none).
# Prints a PASS:, FAIL: or SKIP: line per part (scripts/lib/result.sh);
# exits 1 on a failure, 77 when no part could run, else 0.
#   scripts/check-kernels.sh [build dir, default build-kernel-isa]
# Environment: NVCC, CUOBJDUMP, NVDISASM, HIP_CLANG (the tools; default:
# found by scripts/lib/cuda-tools.sh: PATH, nvcc also in $CUDA_HOME/bin and
# /usr/local/cuda/bin, the others also next to nvcc and under .tools/cuda);
# JOBS (default 2); KERNEL_FAMILIES (default "nvidia amdgpu": the GPU
# machine, without clang++-22, asks for "nvidia" alone; a family left out is
# a SKIP saying so).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib/result.sh"
. "$ROOT/scripts/lib/cuda-tools.sh"
BUILD=${1:-$ROOT/build-kernel-isa}
mkdir -p "$BUILD" && BUILD=$(cd "$BUILD" && pwd)
WORK=$BUILD/kernels/isa
SRCS="flash_attention_nocausal flash_attention_causal flash_attention flash_attention_decode"
NVCC=${NVCC:-$(attn_find_nvcc)}
CUOBJDUMP=${CUOBJDUMP:-$(attn_find_cuda_tool cuobjdump "$NVCC")}
NVDISASM=${NVDISASM:-$(attn_find_cuda_tool nvdisasm "$NVCC")}
CLANG=${HIP_CLANG:-$(command -v clang++-22 || true)}
KERNEL_FAMILIES=${KERNEL_FAMILIES:-nvidia amdgpu}
err() { fail "$*"; }
# Prints a check's detail lines; exit status 0 when it passes.
kernel_checks() { python3 "$ROOT/scripts/lib/kernel_checks.py" "$@"; }

have_nvcc=0; [ -n "$NVCC" ] && [ -x "$NVCC" ] && have_nvcc=1
have_clang=0; [ -n "$CLANG" ] && [ -x "$CLANG" ] && have_clang=1
if [[ " $KERNEL_FAMILIES " != *" amdgpu "* ]]; then
  have_clang=0; skip "amdgpu kernels: ISA" "not requested (KERNEL_FAMILIES=$KERNEL_FAMILIES)"
elif [ "$have_clang" -eq 0 ]; then
  fail "amdgpu kernels: clang++-22 not found (required; scripts/setup.sh installs it)"
fi
if [[ " $KERNEL_FAMILIES " != *" nvidia "* ]]; then
  have_nvcc=0; skip "nvidia and hopper kernels: ptxas, PTX, SASS" "not requested (KERNEL_FAMILIES=$KERNEL_FAMILIES)"
elif [ "$have_nvcc" -eq 1 ]; then
  echo "== nvcc: $("$NVCC" --version | tail -1)"
  # cuobjdump disassembles through nvdisasm (for sm_90a at least)
  if [ -x "$CUOBJDUMP" ] && [ -x "$NVDISASM" ]; then
    export NVDISASM_PATH=$(dirname "$NVDISASM") PATH="$(dirname "$NVDISASM"):$PATH"
  else
    fail "nvidia SASS checks: cuobjdump (${CUOBJDUMP:-not found}) and nvdisasm (${NVDISASM:-not found}) are required with nvcc: the CUDA toolkit's, or scripts/setup.sh's under .tools/cuda"
    CUOBJDUMP=""
  fi
else
  skip "nvidia and hopper kernels: ptxas, PTX, SASS" "no CUDA toolkit: nvcc not found"
fi
[ "$have_clang" -eq 1 ] && echo "== $("$CLANG" --version | head -1)"

# One build of every listing (the kernel-isa preset); -k 0: a kernel that
# does not compile fails alone, below, and the others are still checked.
if [ "$have_nvcc" -eq 1 ] || [ "$have_clang" -eq 1 ]; then
  mkdir -p "$BUILD"
  echo "== cmake --preset kernel-isa -B $BUILD"
  if ! (cd "$ROOT" && cmake --preset kernel-isa -B "$BUILD" -DATTN_NVCC="$([ "$have_nvcc" -eq 1 ] && echo "$NVCC")" \
       -DATTN_HIP_CLANG="$([ "$have_clang" -eq 1 ] && echo "$CLANG")") >"$BUILD/isa-configure.log" 2>&1; then
    fail "kernel-isa: cmake configure"; tail -20 "$BUILD/isa-configure.log"; finish
  fi
  cmake --build "$BUILD" --target attn_kernel_isa -- -k 0 -j "${JOBS:-2}" >"$BUILD/isa-build.log" 2>&1 ||
    echo "== some listings failed to build (each is reported below; log $BUILD/isa-build.log)"
fi

# The Hopper cubin's SASS (700k lines, the longest disassembly) is dumped
# in the background while the other listings are checked; its check waits.
hopper_sass_pid=""
if [ "$have_nvcc" -eq 1 ] && [ -x "$CUOBJDUMP" ] && [ -s "$WORK/attn_hopper.cubin" ]; then
  "$CUOBJDUMP" --dump-sass "$WORK/attn_hopper.cubin" >"$WORK/hopper.sass" 2>&1 &
  hopper_sass_pid=$!
fi

# ------------------------------------------------------------------ NVIDIA
if [ "$have_nvcc" -eq 1 ]; then
  for s in $SRCS; do
    [ -s "$WORK/$s.cubin" ] && [ -s "$WORK/$s.ptx" ] ||
      { err "nvidia $s: nvcc failed"; cat "$WORK/$s.ptxas.txt" 2>/dev/null; continue; }
    if kernel_checks nvidia-ptx "$WORK/$s.ptxas.txt" "$WORK/$s.ptx" "$s"; then
      pass "nvidia $s: ptxas (no spills on the fast paths), PTX (mma.sync, ldmatrix, cp.async)"
    else
      fail "nvidia $s: ptxas / PTX check"
    fi
    if [ -x "$CUOBJDUMP" ]; then
      "$CUOBJDUMP" -sass "$WORK/$s.cubin" >"$WORK/$s.sass" 2>&1
      if kernel_checks nvidia-sass "$WORK/$s.sass" "$s"; then
        pass "nvidia $s: SASS (HMMA, no LDL/STL)"
      else
        fail "nvidia $s: SASS"
      fi
    fi
  done
fi

# ------------------------------------------------------------------ NVIDIA decode
# kernels/decode/decode_nv.cu (CUDA only): no spills and no stack in any
# decode_nv_kernel, and each one's PTX has mma.sync, ldmatrix and cp.async.
if [ "$have_nvcc" -eq 1 ]; then
  if [ -s "$WORK/decode_nv.cubin" ] && [ -s "$WORK/decode_nv.ptx" ]; then
    if kernel_checks decode-nv "$WORK/decode_nv.ptxas.txt" "$WORK/decode_nv.ptx"; then
      pass "nvidia decode/decode_nv.cu: ptxas (no spills), PTX (mma.sync, ldmatrix, cp.async)"
    else
      fail "nvidia decode/decode_nv.cu: ptxas / PTX check"
    fi
  else
    err "nvidia decode/decode_nv.cu: nvcc failed"; tail -20 "$WORK/decode_nv.ptxas.txt" 2>/dev/null
  fi
fi

# ------------------------------------------------------------------ Hopper
# kernels/hopper (sm_90a): every kernel's PTX has wgmma.mma_async and the TMA
# load cp.async.bulk.tensor; the plain kernels and the default GEN kernel of
# each head dim have no spills, except the D 256 default GEN kernel's known
# few bytes (ratchets, HOPPER_GEN_SPILL_LIMIT, HOPPER_LR_GEN_SPILL_LIMIT and
# HOPPER_SPILL_LIMIT in scripts/lib/kernel_checks.py: more fails; the
# other GEN tuning variants are reported, not failed); with cuobjdump, SASS
# has HGMMA.
if [ "$have_nvcc" -eq 1 ]; then
  echo "== hopper: $ROOT/kernels/hopper/attn_hopper.cu (sm_90a)"
  if [ -s "$WORK/attn_hopper.cubin" ] && [ -s "$WORK/attn_hopper.ptx" ]; then
    if kernel_checks hopper-ptx "$WORK/attn_hopper.ptxas.txt" "$WORK/attn_hopper.ptx"; then
      pass "hopper: ptxas (no spills beyond the recorded ratchet), PTX (wgmma, TMA)"
    else
      fail "hopper: ptxas / PTX check"
    fi
    if [ -x "$CUOBJDUMP" ]; then
      # Every kernel has HGMMA, and its wgmma chains are not serialized: ptxas
      # waits after each wgmma (one WARPGROUP.DEPBAR per HGMMA, no warning)
      # when it cannot follow a chain, e.g. one split by a branch; the kernels
      # as written wait 4 times (S, PV, the last PV, the epilogue).
      wait "$hopper_sass_pid"
      if kernel_checks hopper-sass "$WORK/hopper.sass"; then
        pass "hopper: SASS (HGMMA in every kernel, wgmma chains not serialized)"
      else
        fail "hopper: SASS check (HGMMA missing or wgmma serialized)"
      fi
      # The kernels with Cfg::VOTE wait for P V after the softmax
      # (attn_hopper.cu, kVote): the plain D 256 kernels (the default
      # d256_bm128_bn80_ovl_pp_dyn among them) and the plain D 128 ones
      # without pingpong (d128_bm128_ovl_dyn and _static); ptxas may hoist
      # the wait above the exponentials, which then no longer overlap P V:
      # every MUFU.EX2 of the key loop must come before its first
      # WARPGROUP.DEPBAR.LE gsb0, 0x0.
      for d in 256 128; do
        if kernel_checks "hopper-d$d-order" "$WORK/hopper.sass"; then
          pass "hopper: SASS D $d key loop of the vote kernels (every MUFU.EX2 before the wait for P V)"
        else
          fail "hopper: SASS D $d key loop of the vote kernels, hopper-d$d-order (ptxas waits for P V before the softmax's MUFU.EX2, or a kernel it must check is missing)"
        fi
      done
    fi
  else
    err "hopper: nvcc failed"; tail -20 "$WORK/attn_hopper.ptxas.txt" 2>/dev/null
  fi
fi

# ------------------------------------------------------------------ AMD
if [ "$have_clang" -eq 1 ]; then
  for s in $SRCS; do
    for arch in gfx1100 gfx942; do
      f="$WORK/$s-$arch.s"
      [ -s "$f" ] || { err "amdgpu $s $arch: clang failed (log $BUILD/isa-build.log)"; continue; }
      if kernel_checks amdgpu "$f" "$s" "$arch"; then
        pass "amdgpu $s $arch: wmma/mfma in every kernel, no scratch on the fast paths"
      else
        fail "amdgpu $s $arch"
      fi
    done
  done
fi
finish
