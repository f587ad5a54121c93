#!/usr/bin/env python3
"""The per-family policies scripts/check-kernels.sh applies to the kernels'
listings, on top of the parsers of kernel_report.py. One subcommand per
check; each prints its detail lines and exits 1 when the check fails, 0
when it passes (check-kernels.sh prints the PASS:/FAIL: line).

  nvidia-ptx PTXAS PTX SRC   kernels/flash_attention*.cu at sm_90: no stack
                             and no spills in the fast-path kernels (head
                             dims 64 and 128, kinds 0, 1, 3); mma.sync,
                             ldmatrix and cp.async in every kernel's PTX
  nvidia-sass SASS SRC       the same kernels' SASS: HMMA, no LDL/STL
  decode-nv PTXAS PTX        kernels/decode/decode_nv.cu: no stack or spills,
                             mma.sync, ldmatrix and cp.async in every kernel
  hopper-ptx PTXAS PTX       kernels/hopper (sm_90a): no spills beyond the
                             ratchets HOPPER_GEN_SPILL_LIMIT and
                             HOPPER_SPILL_LIMIT; wgmma and TMA loads in
                             every kernel's PTX but the mask copy's
                             (HOPPER_HELPERS)
  hopper-sass SASS           HGMMA in every kernel but the mask copy, wgmma
                             chains not serialized (at most 8
                             WARPGROUP.DEPBAR)
  hopper-d256-order SASS     the plain D 256 kernels (Cfg::VOTE; the default
                             d256_bm128_bn80_ovl_pp_dyn among them): every
                             MUFU.EX2 of the key loop before its wait for
                             P V (ptxas did not hoist the wait above the
                             softmax)
  hopper-d128-order SASS     the same for the D 128 kernels with Cfg::VOTE
                             (without pingpong, QK^T over 128 or 96
                             columns; d128_bm128_ovl_dyn and _static among
                             them)
  amdgpu ASM SRC ARCH        gfx1100: WMMA, gfx942: MFMA in every kernel; no
                             scratch or spills on the fast paths

test/Scripts/kernel-report.test shows each of them failing on crafted input.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kernel_report import (amdgpu_bodies, amdgpu_metadata, parse_ptxas,  # noqa: E402
                           ptx_entries, sass_functions, sass_instructions, sass_loops)

# fa_fwd_kernel<Arch, T, DP, KIND>: _ZN4attn13fa_fwd_kernelILi1ENS_5f16_tELi128ELi0EEEvNS_6FaArgsE
FA_FWD_KERNEL = re.compile(r"fa_fwd_kernelILi(\d+)ENS_\d+(\w+?)_tELi(\d+)ELi(\d+)E")
FAST_HEAD_DIMS = ("64", "128")
FAST_KINDS = ("0", "1", "3")
MMA_SYNC_PTX = ("mma.sync.aligned.m16n8k16", "ldmatrix.sync.aligned", "cp.async")


def is_fast_path(m):
    return m.group(3) in FAST_HEAD_DIMS and m.group(4) in FAST_KINDS


def nvidia_ptx(ptxas, ptx, src):
    bad = 0
    kernels = parse_ptxas(ptxas)
    if not kernels:
        print(f"FAIL {src}: no kernels in ptxas output")
        return 1
    for k, v in sorted(kernels.items()):
        m = FA_FWD_KERNEL.search(k)
        fast = bool(m) and is_fast_path(m)
        desc = f"{m.group(2)} D{m.group(3)} kind{m.group(4)}" if m else k[:40]
        st, ss, sl = v.frame
        line = f"  ptxas {src:26s} {desc:20s} regs={v.regs} stack={st} spill={ss}/{sl}"
        if fast and (st != 0 or ss != 0 or sl != 0):
            line += "   <-- FAIL: fast path spills"
            bad = 1
        print(line)
    entries = ptx_entries(ptx)
    for name, e in entries.items():
        if "fa_fwd_kernel" not in name:
            continue
        for need in MMA_SYNC_PTX:
            if need not in e:
                print(f"  FAIL {src}: {name[:60]} has no {need} in its PTX")
                bad = 1
    print(f"  ptx {src}: {sum('fa_fwd_kernel' in name for name in entries)} kernels checked for mma.sync/ldmatrix/cp.async")
    return bad


def nvidia_sass(sass, src):
    st = {}
    for f, lines in sass_functions(sass).items():
        st[f] = [sum("HMMA" in line for line in lines),
                 sum(bool(re.search(r"\b(LDL|STL)\b", line)) for line in lines)]
    bad = 0
    attention = [f for f in st if "fa_fwd_kernel" in f]
    if not attention:
        # every listing holds attention kernels: none read means nothing was checked
        print(f"  FAIL sass {src}: no fa_fwd_kernel function in the SASS ({len(st)} functions)")
        return 1
    for f in attention:
        h, l = st[f]
        if h == 0 or l:
            print(f"  FAIL sass {f[:60]}: HMMA={h} LDL/STL={l}")
            bad = 1
    print(f"  sass {src}: {len(st)} functions, HMMA in every attention kernel: {not bad}")
    return bad


def decode_nv(ptxas, ptx):
    bad, n = 0, 0
    for name, k in parse_ptxas(ptxas).items():
        if "decode_nv_kernel" not in name:
            continue
        for frame in k.frames:
            n += 1
            if any(frame):
                print(f"  FAIL decode_nv: {name[-60:]} stack/spills {tuple(map(str, frame))}")
                bad = 1
    entries = {name: e for name, e in ptx_entries(ptx).items() if "decode_nv_kernel" in name}
    for name, e in entries.items():
        for need in MMA_SYNC_PTX:
            if need not in e:
                print(f"  FAIL decode_nv: {name[-60:]} has no {need}")
                bad = 1
    if n == 0 or not entries:
        print(f"  FAIL decode_nv: {n} kernels in the ptxas report, {len(entries)} PTX entries: nothing to check")
        bad = 1
    print(f"  decode_nv: {n} kernels without spills checked, {len(entries)} PTX entries")
    return bad


# Cfg<DP (padded head dim), NWG, BN, STAGES, BF16, OVERLAP, PINGPONG, PREGS, GEN, GMASK, MSM,
#     DK, DV, QST, LR>
HOPPER_CFG = re.compile(r"CfgILi(\d+)ELi(\d+)ELi(\d+)ELi(\d+)ELb(\d)ELb(\d)ELb(\d)ELi(\d+)ELb(\d)(?:ELb(\d))?(?:ELi(\d))?"
                        r"(?:ELi(\d+))?(?:ELi(\d+))?(?:ELi(\d+))?(?:ELb(\d))?")
# The default GEN kernel of each head dim: (DP, NWG, BN).
HOPPER_DEFAULT_GEN = {("64", "3", "64"), ("128", "2", "64"), ("192", "2", "64"), ("256", "2", "64")}
# Known, measured 2026-11-30 (nvcc 13.0), a ratchet (more fails): of the
# default GEN kernels with the mask operand only D256 spills, 40/36 B (the
# O accumulator alone is 128 registers; the mask values of a 64-key tile 32
# more; 136/188 before main 3803a3c's uniform tile index). D64 and D192
# stopped spilling when the consumer's warpgroup index became provably
# warp-uniform. (spill stores, loads)
HOPPER_GEN_SPILL_LIMIT = {"64": (0, 0), "128": (0, 0), "192": (0, 0), "256": (40, 36)}
# The kernels without the mask operand (plain, mask-free GEN, masks in shared
# memory) may not spill, per (DP, BN) exceptions here: none since the plain
# D 256 BN 80 kernel (pingpong, the default; 12/12 B before, all outside the
# key loop, bench/RESULTS.md hopper-d256) stopped spilling with the uniform
# warpgroup index (run 6).
HOPPER_SPILL_LIMIT = {}
# The logit-rounding (LR) GEN kernels with the mask operand in registers, the
# correctness path of rounded logits under masks other than row masks: the
# rounding's extra live values spill, per head dim (nvcc 13.0, 2026-11-30,
# docs/kernels.md "Rounded logits"). A ratchet like the one above, re-based
# on 2026-12-01 with the tile-coordinate multipliers and the counter reset
# of the producer (bench/hopper/NOTES.md "divide"): ptxas's allocation of
# these kernels moves with code outside their key loop (the producer's
# counter reset alone took D 64 from 48/52 to 52/56); D 256 keeps the
# divide by Hq, which took it from 114/132 to 70/96. Sum over both: 122/152
# against the old limits' 156/172.
HOPPER_LR_GEN_SPILL_LIMIT = {"64": (52, 56), "128": (0, 0), "192": (0, 0), "256": (70, 96)}


# The Hopper library's kernels without matrix work, by name: the mask copy
# into 16-byte rows (kernels/hopper/mask_pack.cuh), the mask's dead map
# (kernels/hopper/dead_map.cuh, both passes) and the key norms its f16 plane is
# checked with (kernels/hopper/key_norms.cuh). Every other entry must be an
# attention kernel with wgmma and TMA.
HOPPER_HELPERS = ("pack_mask_rows", "build_dead_map", "key_norms_")


def hopper_helper(name):
    return any(h in name for h in HOPPER_HELPERS)


def hopper_ptx(ptxas, ptx):
    bad, n = 0, 0
    for name, k in parse_ptxas(ptxas).items():
        c = HOPPER_CFG.search(name)
        for st, ss, sl in k.frames:
            if not c:
                continue
            n += 1
            gen = c.group(9) == "1"
            msm = gen and c.group(11) not in (None, "0")  # masks in shared memory: no spills
            gmask = gen and c.group(10) != "0" and not msm  # Cfg's GMASK (mask-free GEN: 0)
            lr = c.group(15) == "1"  # Cfg's LR (logit_rounding): every LR kernel is checked;
            # its mask-register GEN kernels against HOPPER_LR_GEN_SPILL_LIMIT, the mask-free and
            # shared-memory-mask ones may not spill, like every other such kernel.
            must = not gmask or lr or (c.group(1), c.group(2), c.group(3)) in HOPPER_DEFAULT_GEN
            desc = (f"DP{c.group(1)} NWG{c.group(2)} BN{c.group(3)} {'bf16' if c.group(5) == '1' else 'f16'}"
                    f" pp={c.group(7)} gen={c.group(9)}{' lr' if lr else ''}"
                    f"{'' if not gen else ' mask=' + ('smem' if msm else '1' if gmask else '0')}"
                    f"{' split' if 'SplitCfg' in name else ''}")  # SplitCfg: the split-KV kernels
            line = f"  ptxas hopper {desc:36s} stack={st} spill={ss}/{sl}"
            limit = (HOPPER_LR_GEN_SPILL_LIMIT[c.group(1)] if gmask and lr
                     else HOPPER_GEN_SPILL_LIMIT[c.group(1)] if gmask
                     else HOPPER_SPILL_LIMIT.get((c.group(1), c.group(3)), (0, 0)))
            if must and (ss > limit[0] or sl > limit[1]):
                line += "   <-- FAIL: spills"
                bad = 1
            elif must and (ss or sl):
                line += "   (known spill, ratchet)"
            print(line)
    entries = {name: e for name, e in ptx_entries(ptx).items() if not hopper_helper(name)}
    helpers = len(ptx_entries(ptx)) - len(entries)
    for name, e in entries.items():
        for need in ("wgmma.mma_async", "cp.async.bulk.tensor"):
            if need not in e:
                print(f"  FAIL hopper: {name[:60]} has no {need}")
                bad = 1
    print(f"  hopper: {n} kernels, {len(entries)} PTX entries checked for wgmma/TMA")
    if helpers:
        print(f"  hopper: {helpers} helper entries (no matrix work: {', '.join(HOPPER_HELPERS)})")
    return 1 if n == 0 else bad


def hopper_sass(sass):
    stats = {}
    for f, lines in sass_functions(sass).items():
        if hopper_helper(f):
            continue
        stats[f] = [sum("HGMMA" in line for line in lines),
                    sum("WARPGROUP.DEPBAR" in line for line in lines)]
    if not stats:
        print("  FAIL hopper SASS: no functions in the SASS")
        return 1
    bad = 0
    for f, (h, w) in sorted(stats.items()):
        if h == 0 or w > 8:
            print(f"  FAIL hopper SASS: {f[:70]} HGMMA={h} WARPGROUP.DEPBAR={w}")
            bad = 1
    print(f"  hopper SASS: {len(stats)} kernels, HGMMA {min(v[0] for v in stats.values())}-{max(v[0] for v in stats.values())}, "
          f"WARPGROUP.DEPBAR at most {max(v[1] for v in stats.values())}")
    return bad


# The kernels with Cfg::VOTE (kernels/hopper/kernel_traits.cuh: the plain D
# 256 kernels, and the plain D 128 kernels without pingpong whose QK^T runs
# over 128 or 96 columns) wait for their P V wgmma after the softmax
# (attn_hopper.cu, kVote: a warp vote on the row sums after the softmax and
# the wait on both arms of a warp-uniform branch after it, one spelled
# wgmma_wait_alt0), so that the exponentials
# overlap P V. ptxas is free to hoist a wgmma wait inside a basic block, and
# did (SASS of 81511f1 and of main 3803a3c: WARPGROUP.DEPBAR.LE gsb0, 0x0
# before all 42 MUFU.EX2 of the D 256 BN 80 loop; the D 128 kernels without
# the vote, k80 and pingpong, still have it before all 66 of theirs);
# bench/RESULTS.md, "D 256 causal: the softmax back under P V" and "D 128
# causal: P V under the softmax". The key loop is the innermost backward
# branch around the S wait (wgmma_wait<1>: WARPGROUP.DEPBAR.LE gsb0, 0x1) and
# the exponentials; its P V wait is its first WARPGROUP.DEPBAR.LE gsb0, 0x0.
S_WAIT = "WARPGROUP.DEPBAR.LE gsb0, 0x1"
PV_WAIT = "WARPGROUP.DEPBAR.LE gsb0, 0x0"
# fa_fwd_kernel<Cfg, HANDOFF>: HANDOFF (the dynamic tile scheduler, Grid::
# Dynamic) follows the Cfg's closing "EE"; Grid::Static and Grid::PerTile
# share the kernel with HANDOFF false.
HOPPER_HANDOFF = re.compile(r"EELb(\d)EEEv")


def hopper_cfg_vote(c):
    """Cfg::VOTE of a HOPPER_CFG match, as kernel_traits.cuh computes it; the
    vote sits in the OVERLAP key loop only, so OVERLAP too."""
    dp = int(c.group(1))
    dk, dv = int(c.group(12) or 0) or dp, int(c.group(13) or 0) or dp
    gen, overlap, pingpong = c.group(9) == "1", c.group(6) == "1", c.group(7) == "1"
    return overlap and not gen and (dv == 256 or (dp == 128 and dk in (96, 128) and dv >= 96 and not pingpong))


# One guard per padded head dim of the vote kernels: subcommand -> (DP, the
# kernels that must be among them: (NWG, BN, pingpong, HANDOFF or None for
# either), what they are, the measurement the order stands for).
HOPPER_VOTE_ORDER = {
    "hopper-d256-order": ("256", [("2", "80", "1", None)],
                          "D 256 default kernel (Cfg DP 256, NWG 2, BN 80, pingpong, plain)",
                          "D 256 causal: the softmax back under P V"),
    "hopper-d128-order": ("128", [("2", "128", "0", "1"), ("2", "128", "0", "0")],
                          "D 128 kernels without pingpong (Cfg DP 128, NWG 2, BN 128, plain; "
                          "d128_bm128_ovl_dyn and d128_bm128_ovl_static)",
                          "D 128 causal: P V under the softmax"),
}


def vote_key_loop_order(lines, measured):
    """(ok, detail) for one vote kernel's SASS lines; measured: the
    bench/RESULTS.md section the failure cites."""
    instrs = sass_instructions(lines)
    loops = []
    for head, end in sass_loops(instrs):
        body = [(a, t) for a, t in instrs if head <= a <= end]
        if any(S_WAIT in t for _, t in body) and any("MUFU.EX2" in t for _, t in body):
            loops.append((end - head, head, end, body))
    if not loops:
        return False, f"no key loop (a backward branch around {S_WAIT} and MUFU.EX2)"
    _, head, end, body = min(loops)
    where = f"key loop 0x{head:x}-0x{end:x}"
    waits = [a for a, t in body if PV_WAIT in t]
    exps = [a for a, t in body if "MUFU.EX2" in t]
    if not waits:
        return False, f"{where}: no wait for P V ({PV_WAIT}) in it"
    late = [a for a in exps if a > waits[0]]
    if late:
        return False, (f"{where}: the wait for P V ({PV_WAIT} at 0x{waits[0]:x}) comes before "
                       f"{len(late)} of its {len(exps)} MUFU.EX2 (0x{late[0]:x}..0x{late[-1]:x}): ptxas "
                       f"hoisted the wait above the softmax, which no longer overlaps P V "
                       f"(kernels/hopper/attn_hopper.cu kVote; bench/RESULTS.md, \"{measured}\")")
    return True, f"{where}: {len(exps)} MUFU.EX2, then the wait for P V at 0x{waits[0]:x}"


def hopper_vote_order(sass, check):
    """The guard `check` of HOPPER_VOTE_ORDER: every MUFU.EX2 of each vote
    kernel's key loop before its wait for P V, and the listed kernels present."""
    dp, required, what, measured = HOPPER_VOTE_ORDER[check]
    bad, n, found = 0, 0, set()
    for f, lines in sorted(sass_functions(sass).items()):
        c = HOPPER_CFG.search(f)
        if not c or c.group(1) != dp or not hopper_cfg_vote(c):
            continue
        n += 1
        handoff = HOPPER_HANDOFF.search(f)
        handoff = handoff.group(1) if handoff else "?"
        found.add((c.group(2), c.group(3), c.group(7), handoff))
        # QK^T / V-O columns below DP (Cfg::DK, DV: the D 96 twins) named.
        narrow = "".join(f" {k}{c.group(g)}" for k, g in (("DK", 12), ("DV", 13))
                         if c.group(g) and int(c.group(g)) not in (0, int(dp)))
        desc = (f"DP{dp}{narrow} NWG{c.group(2)} BN{c.group(3)} {'bf16' if c.group(5) == '1' else 'f16'} "
                f"pp={c.group(7)} {'dyn' if handoff == '1' else 'static'}{' split' if 'SplitCfg' in f else ''}")
        ok, detail = vote_key_loop_order(lines, measured)
        print(f"  {check} {desc}: {detail}" + ("" if ok else f"   <-- FAIL\n    in kernel {f}"))
        bad |= not ok
    missing = [r for r in required
               if not any(r[:3] == k[:3] and r[3] in (None, k[3]) for k in found)]
    for nwg, bn, pp, handoff in missing:
        grid = "" if handoff is None else ", dynamic grid" if handoff == "1" else ", static grid"
        print(f"  FAIL {check}: no kernel Cfg DP {dp}, NWG {nwg}, BN {bn}, pingpong {pp}{grid} "
              f"among the {n} vote kernels (Cfg::VOTE) of the SASS: the {what} must be checked")
        bad = 1
    return int(bad)


AMDGPU_MATRIX_OPS = {"gfx1100": ("v_wmma_f32_16x16x16_f16", "v_wmma_f32_16x16x16_bf16"),
                     "gfx942": ("v_mfma_f32_16x16x16_f16", "v_mfma_f32_16x16x16_bf16")}
# The Arch template argument of fa_fwd_kernel each target's kernels have.
AMDGPU_KERNEL_ARCH = {"gfx1100": "2", "gfx942": "3"}


def amdgpu(path, src, arch):
    with open(path) as f:
        text = f.read()
    need = AMDGPU_MATRIX_OPS[arch]
    want_arch = AMDGPU_KERNEL_ARCH[arch]
    bad = 0
    checked = 0
    for name, body in amdgpu_bodies(text).items():
        m = FA_FWD_KERNEL.search(name)
        if not m or m.group(1) != want_arch:
            continue
        checked += 1
        dtype, dp, kind = m.group(2), m.group(3), m.group(4)
        op = need[0] if dtype == "f16" else need[1]
        if op not in body:
            print(f"  FAIL {src} {arch} {dtype} D{dp} kind{kind}: no {op}")
            bad = 1
    for name, md in amdgpu_metadata(text):
        m = FA_FWD_KERNEL.search(name)
        if not m or m.group(1) != want_arch:
            continue
        priv = re.search(r"\.private_segment_fixed_size:\s+(\d+)", md)
        vsp = re.search(r"\.vgpr_spill_count:\s+(\d+)", md)
        ssp = re.search(r"\.sgpr_spill_count:\s+(\d+)", md)
        vg = re.search(r"\.vgpr_count:\s+(\d+)", md)
        vals = [int(x.group(1)) if x else -1 for x in (priv, vsp, ssp)]
        line = (f"  {arch} {src:26s} {m.group(2)} D{m.group(3)} kind{m.group(4)} vgpr={vg.group(1) if vg else '?'}"
                f" scratch={vals[0]} vgpr_spill={vals[1]} sgpr_spill={vals[2]}")
        if is_fast_path(m) and vals != [0, 0, 0]:
            line += "   <-- FAIL: fast path uses scratch"
            bad = 1
        print(line)
    if checked == 0:
        print(f"  FAIL {src} {arch}: no attention kernels found")
        bad = 1
    return bad


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="check", required=True)
    for name, args in (("nvidia-ptx", ("ptxas", "ptx", "src")), ("nvidia-sass", ("sass", "src")),
                       ("decode-nv", ("ptxas", "ptx")), ("hopper-ptx", ("ptxas", "ptx")),
                       ("hopper-sass", ("sass",)), ("hopper-d256-order", ("sass",)),
                       ("hopper-d128-order", ("sass",)),
                       ("amdgpu", ("asm", "src", "arch"))):
        s = sub.add_parser(name)
        for a in args:
            s.add_argument(a, choices=sorted(AMDGPU_MATRIX_OPS) if a == "arch" else None)
    a = p.parse_args(argv)
    checks = {"nvidia-ptx": lambda: nvidia_ptx(a.ptxas, a.ptx, a.src),
              "nvidia-sass": lambda: nvidia_sass(a.sass, a.src),
              "decode-nv": lambda: decode_nv(a.ptxas, a.ptx),
              "hopper-ptx": lambda: hopper_ptx(a.ptxas, a.ptx),
              "hopper-sass": lambda: hopper_sass(a.sass),
              "hopper-d256-order": lambda: hopper_vote_order(a.sass, a.check),
              "hopper-d128-order": lambda: hopper_vote_order(a.sass, a.check),
              "amdgpu": lambda: amdgpu(a.asm, a.src, a.arch)}
    return checks[a.check]()


if __name__ == "__main__":
    sys.exit(main())
