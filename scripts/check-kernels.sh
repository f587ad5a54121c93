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
# in its plain and mask-free GEN kernels, the default masked GEN kernels held
# to a ratchet; its SASS HGMMA in every kernel and no serialized wgmma
# chains (section below).
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

# The Hopper object's SASS (700k lines, the longest disassembly) is dumped
# in the background while the other listings are checked; its check waits.
hopper_sass_pid=""
if [ "$have_nvcc" -eq 1 ] && [ -x "$CUOBJDUMP" ] && [ -s "$WORK/attn_hopper.o" ]; then
  "$CUOBJDUMP" --dump-sass "$WORK/attn_hopper.o" >"$WORK/hopper.sass" 2>&1 &
  hopper_sass_pid=$!
fi

# ------------------------------------------------------------------ NVIDIA
if [ "$have_nvcc" -eq 1 ]; then
  for s in $SRCS; do
    [ -s "$WORK/$s.o" ] && [ -s "$WORK/$s.ptx" ] ||
      { err "nvidia $s: nvcc failed"; cat "$WORK/$s.ptxas.txt" 2>/dev/null; continue; }
    if python3 - "$WORK/$s.ptxas.txt" "$WORK/$s.ptx" "$s" <<'PY'; then
import re, sys
log, ptx, src = sys.argv[1:4]
bad = 0
cur = None
kernels = {}
for line in open(log):
    m = re.search(r"Compiling entry function '(\S+)'", line)
    if m: cur = m.group(1); kernels[cur] = {}; continue
    m = re.search(r"(\d+) bytes stack frame, (\d+) bytes spill stores, (\d+) bytes spill loads", line)
    if m and cur: kernels[cur]["spill"] = tuple(map(int, m.groups()))
    m = re.search(r"Used (\d+) registers", line)
    if m and cur: kernels[cur]["regs"] = int(m.group(1))
if not kernels:
    print(f"FAIL {src}: no kernels in ptxas output"); sys.exit(1)
for k, v in sorted(kernels.items()):
    # fa_fwd_kernel<Arch, T, DP, KIND>: _ZN4attn13fa_fwd_kernelILi1ENS_5f16_tELi128ELi0EEEvNS_6FaArgsE
    m = re.search(r"fa_fwd_kernelILi(\d+)ENS_\d+(\w+?)_tELi(\d+)ELi(\d+)E", k)
    fast = bool(m) and m.group(3) in ("64", "128") and m.group(4) in ("0", "1", "3")
    desc = f"{m.group(2)} D{m.group(3)} kind{m.group(4)}" if m else k[:40]
    st, ss, sl = v.get("spill", (-1, -1, -1))
    line = f"  ptxas {src:26s} {desc:20s} regs={v.get('regs')} stack={st} spill={ss}/{sl}"
    if fast and (st != 0 or ss != 0 or sl != 0):
        line += "   <-- FAIL: fast path spills"; bad = 1
    print(line)
text = open(ptx).read()
entries = re.split(r"\.entry\s+", text)[1:]
for e in entries:
    name = e.split("(")[0].strip()
    if "fa_fwd_kernel" not in name: continue
    for need in ("mma.sync.aligned.m16n8k16", "ldmatrix.sync.aligned", "cp.async"):
        if need not in e:
            print(f"  FAIL {src}: {name[:60]} has no {need} in its PTX"); bad = 1
print(f"  ptx {src}: {sum('fa_fwd_kernel' in e.split('(')[0] for e in entries)} kernels checked for mma.sync/ldmatrix/cp.async")
sys.exit(bad)
PY
      pass "nvidia $s: ptxas (no spills on the fast paths), PTX (mma.sync, ldmatrix, cp.async)"
    else
      fail "nvidia $s: ptxas / PTX check"
    fi
    if [ -x "$CUOBJDUMP" ]; then
      "$CUOBJDUMP" -sass "$WORK/$s.o" >"$WORK/$s.sass" 2>&1
      if python3 - "$WORK/$s.sass" "$s" <<'PY'; then
import re, sys
cur, st = None, {}
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"Function : (\S+)", line)
    if m: cur = m.group(1); st[cur] = [0, 0]; continue
    if cur and "HMMA" in line: st[cur][0] += 1
    if cur and re.search(r"\b(LDL|STL)\b", line): st[cur][1] += 1
bad = 0
for f, (h, l) in st.items():
    if "fa_fwd_kernel" in f and (h == 0 or l):
        print(f"  FAIL sass {f[:60]}: HMMA={h} LDL/STL={l}"); bad = 1
print(f"  sass {sys.argv[2]}: {len(st)} functions, HMMA in every attention kernel: {not bad}")
sys.exit(bad)
PY
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
  if [ -s "$WORK/decode_nv.o" ] && [ -s "$WORK/decode_nv.ptx" ]; then
    if python3 - "$WORK/decode_nv.ptxas.txt" "$WORK/decode_nv.ptx" <<'PY'; then
import re, sys
log, ptx = sys.argv[1:3]
bad, cur, n = 0, None, 0
for line in open(log):
    m = re.search(r"Compiling entry function '(\S+)'", line)
    if m: cur = m.group(1); continue
    m = re.search(r"(\d+) bytes stack frame, (\d+) bytes spill stores, (\d+) bytes spill loads", line)
    if m and cur and "decode_nv_kernel" in cur:
        n += 1
        if any(int(x) for x in m.groups()):
            print(f"  FAIL decode_nv: {cur[-60:]} stack/spills {m.groups()}"); bad = 1
entries = [e for e in re.split(r"\.entry\s+", open(ptx).read())[1:] if "decode_nv_kernel" in e.split("(")[0]]
for e in entries:
    for need in ("mma.sync.aligned.m16n8k16", "ldmatrix.sync.aligned", "cp.async"):
        if need not in e:
            print(f"  FAIL decode_nv: {e.split('(')[0].strip()[-60:]} has no {need}"); bad = 1
print(f"  decode_nv: {n} kernels without spills checked, {len(entries)} PTX entries")
sys.exit(bad or n == 0 or not entries)
PY
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
# each head dim have no spills, except the default GEN kernels' known few
# bytes (a ratchet: more fails; the other GEN tuning variants are reported,
# not failed); with cuobjdump, SASS has HGMMA.
if [ "$have_nvcc" -eq 1 ]; then
  echo "== hopper: $ROOT/kernels/hopper/attn_hopper.cu (sm_90a)"
  if [ -s "$WORK/attn_hopper.o" ] && [ -s "$WORK/attn_hopper.ptx" ]; then
    if python3 - "$WORK/attn_hopper.ptxas.txt" "$WORK/attn_hopper.ptx" <<'PY'; then
import re, sys
log, ptx = sys.argv[1:3]
bad, cur, n = 0, None, 0
# Cfg<DP (padded head dim), NWG, BN, STAGES, BF16, OVERLAP, PINGPONG, PREGS, GEN, GMASK, MSM>
defaults_gen = {("64", "3", "64"), ("128", "2", "64"), ("192", "2", "64"), ("256", "2", "64")}
for line in open(log):
    m = re.search(r"Compiling entry function '(\S+)'", line)
    if m: cur = m.group(1); continue
    m = re.search(r"(\d+) bytes stack frame, (\d+) bytes spill stores, (\d+) bytes spill loads", line)
    if m and cur:
        c = re.search(r"CfgILi(\d+)ELi(\d+)ELi(\d+)ELi(\d+)ELb(\d)ELb(\d)ELb(\d)ELi(\d+)ELb(\d)(?:ELb(\d))?(?:ELi(\d))?", cur)
        if not c: continue
        n += 1
        gen = c.group(9) == "1"
        msm = gen and c.group(11) not in (None, "0")  # masks in shared memory: no spills
        gmask = gen and c.group(10) != "0" and not msm  # Cfg's GMASK (mask-free GEN: 0)
        must = not gmask or (c.group(1), c.group(2), c.group(3)) in defaults_gen
        st, ss, sl = map(int, m.groups())
        desc = f"DP{c.group(1)} NWG{c.group(2)} BN{c.group(3)} {'bf16' if c.group(5) == '1' else 'f16'} pp={c.group(7)} gen={c.group(9)}{'' if not gen else ' mask=' + ('smem' if msm else '1' if gmask else '0')}"
        line = f"  ptxas hopper {desc:36s} stack={st} spill={ss}/{sl}"
        # Known, measured 2026-11-30 (nvcc 13.0), a ratchet (more fails):
        # the default GEN kernels with the mask operand spill D64 bm192/bn64
        # 8/8 B (was 20/12 before the producer's panel loops were rolled up),
        # D128 none (was 48/56), D192 8/8 B, D256 268/320 B (the O
        # accumulator alone is 128 registers; the mask values of a 64-key
        # tile 32 more).
        limit = {"64": (8, 8), "128": (0, 0), "192": (8, 8), "256": (268, 320)}[c.group(1)] if gmask else {("256", "80"): (12, 12)}.get((c.group(1), c.group(3)), (0, 0))  # plain D 256 BN 80 (pingpong, the default): 12/12 B, all outside the key loop (SASS, bench/RESULTS.md hopper-d256)
        if must and (ss > limit[0] or sl > limit[1]):
            line += "   <-- FAIL: spills"; bad = 1
        elif must and (ss or sl):
            line += "   (known spill, ratchet)"
        print(line)
text = open(ptx).read()
entries = re.split(r"\.entry\s+", text)[1:]
for e in entries:
    name = e.split("(")[0].strip()
    for need in ("wgmma.mma_async", "cp.async.bulk.tensor"):
        if need not in e:
            print(f"  FAIL hopper: {name[:60]} has no {need}"); bad = 1
print(f"  hopper: {n} kernels, {len(entries)} PTX entries checked for wgmma/TMA")
if n == 0: bad = 1
sys.exit(bad)
PY
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
      if python3 - "$WORK/hopper.sass" <<'PY'; then
import re, sys
cur, stats = None, {}
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"Function : (\S+)", line)
    if m: cur = m.group(1); stats[cur] = [0, 0]; continue
    if cur is None: continue
    if "HGMMA" in line: stats[cur][0] += 1
    if "WARPGROUP.DEPBAR" in line: stats[cur][1] += 1
bad = 0
for f, (h, w) in sorted(stats.items()):
    if h == 0 or w > 8:
        print(f"  FAIL hopper SASS: {f[:70]} HGMMA={h} WARPGROUP.DEPBAR={w}"); bad = 1
print(f"  hopper SASS: {len(stats)} kernels, HGMMA {min(v[0] for v in stats.values())}-{max(v[0] for v in stats.values())}, "
      f"WARPGROUP.DEPBAR at most {max(v[1] for v in stats.values())}")
sys.exit(bad if stats else 1)
PY
        pass "hopper: SASS (HGMMA in every kernel, wgmma chains not serialized)"
      else
        fail "hopper: SASS check (HGMMA missing or wgmma serialized)"
      fi
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
      if python3 - "$f" "$s" "$arch" <<'PY'; then
import re, sys
path, src, arch = sys.argv[1:4]
text = open(path).read()
need = {"gfx1100": ("v_wmma_f32_16x16x16_f16", "v_wmma_f32_16x16x16_bf16"),
        "gfx942": ("v_mfma_f32_16x16x16_f16", "v_mfma_f32_16x16x16_bf16")}[arch]
want_arch = {"gfx1100": "2", "gfx942": "3"}[arch]
# kernel bodies: from "<name>:" to ".Lfunc_end"
bodies = dict(re.findall(r"\n(_Z\w+):[^\n]*\n(.*?)\.Lfunc_end", text, re.S))
meta = re.findall(r"\.name:\s+(\S+)\s*\n(.*?)(?=\n\s+- \.|\n\s*amdhsa\.|\n\.end_amdgpu_metadata)", text, re.S)
bad = 0
checked = 0
for name, body in bodies.items():
    m = re.search(r"fa_fwd_kernelILi(\d+)ENS_\d+(\w+?)_tELi(\d+)ELi(\d+)E", name)
    if not m or m.group(1) != want_arch: continue
    checked += 1
    dtype, dp, kind = m.group(2), m.group(3), m.group(4)
    op = need[0] if dtype == "f16" else need[1]
    if op not in body:
        print(f"  FAIL {src} {arch} {dtype} D{dp} kind{kind}: no {op}"); bad = 1
for name, md in meta:
    m = re.search(r"fa_fwd_kernelILi(\d+)ENS_\d+(\w+?)_tELi(\d+)ELi(\d+)E", name)
    if not m or m.group(1) != want_arch: continue
    priv = re.search(r"\.private_segment_fixed_size:\s+(\d+)", md)
    vsp = re.search(r"\.vgpr_spill_count:\s+(\d+)", md)
    ssp = re.search(r"\.sgpr_spill_count:\s+(\d+)", md)
    vg = re.search(r"\.vgpr_count:\s+(\d+)", md)
    vals = [int(x.group(1)) if x else -1 for x in (priv, vsp, ssp)]
    fast = m.group(3) in ("64", "128") and m.group(4) in ("0", "1", "3")
    line = (f"  {arch} {src:26s} {m.group(2)} D{m.group(3)} kind{m.group(4)} vgpr={vg.group(1) if vg else '?'}"
            f" scratch={vals[0]} vgpr_spill={vals[1]} sgpr_spill={vals[2]}")
    if fast and vals != [0, 0, 0]:
        line += "   <-- FAIL: fast path uses scratch"; bad = 1
    print(line)
if checked == 0:
    print(f"  FAIL {src} {arch}: no attention kernels found"); bad = 1
sys.exit(bad)
PY
        pass "amdgpu $s $arch: wmma/mfma in every kernel, no scratch on the fast paths"
      else
        fail "amdgpu $s $arch"
      fi
    done
  done
fi
finish
