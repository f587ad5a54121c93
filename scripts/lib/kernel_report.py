"""Parsers for the compilers' reports on the GPU kernels (no policy here).

scripts/lib/kernel_checks.py holds the checks that scripts/check-kernels.sh
runs on top of these; test/Scripts/kernel-report.test feeds them crafted
reports.

  parse_ptxas(path)        nvcc's `ptxas -v` report: {entry function:
                           PtxasKernel(regs, frames)}, frames one
                           (stack, spill stores, spill loads) in bytes per
                           "bytes stack frame" line ptxas printed for it
  ptx_entries(path)        PTX: {entry name: its text, from the name up to
                           the next .entry}
  sass_functions(path)     `cuobjdump -sass`: {function: [its lines]}
  sass_instructions(lines) one function's SASS lines: [(address, the
                           instruction without its trailing ";")]
  sass_loops(instrs)       the backward branches of a function's
                           instructions: [(target, branch address)], each
                           the address range of a loop
  amdgpu_bodies(text)      AMDGPU assembly: {kernel symbol: its code, up to
                           .Lfunc_end}
  amdgpu_metadata(text)    AMDGPU assembly: [(kernel name, its block of the
                           amdhsa metadata)]
"""
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

_ENTRY = re.compile(r"Compiling entry function '(\S+)'")
_FRAME = re.compile(r"(\d+) bytes stack frame, (\d+) bytes spill stores, (\d+) bytes spill loads")
_REGS = re.compile(r"Used (\d+) registers")
_SASS_FUNCTION = re.compile(r"Function : (\S+)")
# "        /*4ea0*/                   WARPGROUP.DEPBAR.LE gsb0, 0x0 ;   /* 0x... */"
_SASS_INSTRUCTION = re.compile(r"/\*([0-9a-f]{4,})\*/\s+([^;]*?)\s*;")
_SASS_BRANCH_TARGET = re.compile(r"\bBRA\b.*\b0x([0-9a-f]+)$")


@dataclass
class PtxasKernel:
    regs: Optional[int] = None
    frames: List[Tuple[int, int, int]] = field(default_factory=list)

    @property
    def frame(self) -> Tuple[int, int, int]:
        """The last (stack, spill stores, spill loads); (-1, -1, -1) if none."""
        return self.frames[-1] if self.frames else (-1, -1, -1)


def parse_ptxas(path: str) -> Dict[str, PtxasKernel]:
    """Every entry function of a ptxas -v report, in the report's order.

    A line before the first "Compiling entry function" belongs to none."""
    kernels: Dict[str, PtxasKernel] = {}
    cur = None
    with open(path) as f:
        for line in f:
            m = _ENTRY.search(line)
            if m:
                cur = kernels[m.group(1)] = PtxasKernel()
                continue
            if cur is None:
                continue
            m = _FRAME.search(line)
            if m:
                cur.frames.append(tuple(map(int, m.groups())))
            m = _REGS.search(line)
            if m:
                cur.regs = int(m.group(1))
    return kernels


def ptx_entries(path: str) -> Dict[str, str]:
    """{entry name: the PTX from its name to the next .entry (or the end)}."""
    with open(path) as f:
        text = f.read()
    entries = {}
    for chunk in re.split(r"\.entry\s+", text)[1:]:
        entries[chunk.split("(")[0].strip()] = chunk
    return entries


def sass_functions(path: str) -> Dict[str, List[str]]:
    """{function: the lines after its "Function :" header, up to the next}.

    A function listed twice (one per architecture) keeps its last listing."""
    functions: Dict[str, List[str]] = {}
    cur = None
    with open(path, errors="replace") as f:
        for line in f:
            m = _SASS_FUNCTION.search(line)
            if m:
                cur = functions[m.group(1)] = []
                continue
            if cur is not None:
                cur.append(line)
    return functions


def sass_instructions(lines: List[str]) -> List[Tuple[int, str]]:
    """[(address, instruction)] of one function's SASS lines (the encoding
    lines, which carry no instruction, left out)."""
    out = []
    for line in lines:
        m = _SASS_INSTRUCTION.search(line)
        if m:
            out.append((int(m.group(1), 16), m.group(2)))
    return out


def sass_loops(instrs: List[Tuple[int, str]]) -> List[Tuple[int, int]]:
    """[(loop head, backward branch address)]: every branch (predicated or
    not) to an address at or before its own."""
    loops = []
    for addr, text in instrs:
        m = _SASS_BRANCH_TARGET.search(text)
        if m and int(m.group(1), 16) <= addr:
            loops.append((int(m.group(1), 16), addr))
    return loops


def amdgpu_bodies(text: str) -> Dict[str, str]:
    """{kernel symbol: its code from "<symbol>:" to .Lfunc_end}."""
    return dict(re.findall(r"\n(_Z\w+):[^\n]*\n(.*?)\.Lfunc_end", text, re.S))


def amdgpu_metadata(text: str) -> List[Tuple[str, str]]:
    """[(name, the metadata after its .name: up to the next entry)]."""
    return re.findall(r"\.name:\s+(\S+)\s*\n(.*?)(?=\n\s+- \.|\n\s*amdhsa\.|\n\.end_amdgpu_metadata)",
                      text, re.S)
