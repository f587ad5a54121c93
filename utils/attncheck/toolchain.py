"""The tools a fused-vs-unfused check runs: attn-opt (from a build
directory), mlir-translate, clang and MLIR's runner libraries (from LLVM 22),
and libattnrt.

  tc = Toolchain(build_dir)             # default: $ATTN_BUILD_DIR or <repo>/build
  ll = tc.lower(src, fused=True)        # attn-opt [--attn-fuse] --attn-lower-to-llvm
  out = tc.run(ll, entry="main")        # mlir-translate | clang -O0 (+ libattnrt,
                                        # runner libs) and run; ATTN_EXEC=mlir-runner:
                                        # mlir-runner ... -shared-libs=libattnrt,...
"""

import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
IR_AFTER_FUSE = "// -----// IR Dump After AttnFuse (attn-fuse) //----- //"
FLASH_ATTENTION = re.compile(r"=\s*attn\.flash_attention\b|\battn\.flash_attention\s+ins\(")
# A reference to the global @main in LLVM IR (an unquoted name is
# [-a-zA-Z$._0-9]+): the program's own main is renamed so that the main
# that calls the entry (appended by run) can link beside it.
LLVM_MAIN = re.compile(r"@main(?![-\w$.])")
PROGRAM_MAIN = "attn_program_main"
# Where compiling at -O0 starts to cost less CPU than mlir-runner's JIT
# (2026-12-01, this 2-core machine): mlir-runner ~30 ms + 1.5 ms per KB of
# LLVM-dialect text (its code generation), mlir-translate + clang -O0 + the
# run ~185 ms (six processes; ~30 ms less since the main is appended to the
# LLVM IR instead of compiled from C) + 0.18 ms per KB; numcheck's programs
# (median 39 KB) 86 vs 191 ms, the corpus's (260-940 KB) 0.4-1.5 s vs
# 0.25-0.35 s.
NATIVE_MIN_BYTES = 120000
# run_many's chunk markers: between the programs one mlir-translate reads,
# and between the LLVM modules it prints
SPLIT_IN = "// ----- attncheck program -----"
SPLIT_OUT = "; ----- attncheck program -----"


# Toolchain._link_command's linker commands, by (clang, arguments): (the
# command, the object and the executable it names)
_LINK_COMMANDS = {}


class ToolError(Exception):
    """A tool exited nonzero (or timed out); the message holds its stderr,
    .stdout what it printed before."""

    def __init__(self, msg, stdout=""):
        super().__init__(msg)
        self.stdout = stdout


def find_llvm_dir():
    """$LLVM_DIR, else the directory of llvm-config-22 / mlir-runner on PATH,
    else /usr/lib/llvm-22."""
    env = os.environ.get("LLVM_DIR")
    if env:
        return env
    for tool in ("mlir-runner-22", "mlir-runner"):
        path = shutil.which(tool)
        if path:
            return os.path.dirname(os.path.dirname(os.path.realpath(path)))
    return "/usr/lib/llvm-22"


def count_fused(ir):
    """Number of attn.flash_attention ops in printed IR."""
    return sum(1 for line in ir.splitlines() if FLASH_ATTENTION.search(line))


class Toolchain:
    def __init__(self, build=None, llvm_dir=None, attn_opt=None, timeout=300):
        self.build = os.path.abspath(build or os.environ.get("ATTN_BUILD_DIR") or
                                     os.path.join(ROOT, "build"))
        self.llvm_dir = llvm_dir or find_llvm_dir()
        self.attn_opt = attn_opt or os.path.join(self.build, "bin", "attn-opt")
        self.libattnrt = os.path.join(self.build, "lib", "libattnrt.so")
        self.runner = os.path.join(self.llvm_dir, "bin", "mlir-runner")
        self.translate = os.path.join(self.llvm_dir, "bin", "mlir-translate")
        self.clang = os.path.join(self.llvm_dir, "bin", "clang")
        # how run() executes a program (the same printed numbers either way):
        # "auto" (default): compiled at -O0 from NATIVE_MIN_BYTES of
        # LLVM-dialect text on, under mlir-runner below; "native"; "mlir-runner"
        self.exec_mode = os.environ.get("ATTN_EXEC", "auto")
        self.shared_libs = [self.libattnrt,
                            os.path.join(self.llvm_dir, "lib", "libmlir_runner_utils.so"),
                            os.path.join(self.llvm_dir, "lib", "libmlir_c_runner_utils.so")]
        # printMemrefF32 and memrefCopy without libLLVM for the programs
        # compiled at -O0 (exec_support.cpp; test/CMakeLists.txt builds it)
        self.exec_support = os.path.join(self.build, "lib", "libattncheck_exec_support.so")
        self.timeout = timeout

    def missing(self):
        """Paths the toolchain needs that do not exist."""
        return [p for p in [self.attn_opt, self.runner, self.translate, self.clang] +
                self.shared_libs if not os.path.exists(p)]

    def _run(self, cmd, stdin=None, with_stderr=False):
        try:
            p = subprocess.run(cmd, input=stdin, capture_output=True, text=True,
                               timeout=self.timeout, errors="replace")
        except subprocess.TimeoutExpired:
            raise ToolError("%s: timed out after %ss" % (os.path.basename(cmd[0]), self.timeout))
        if p.returncode != 0:
            raise ToolError("%s exited %d: %s" % (os.path.basename(cmd[0]), p.returncode,
                                                  p.stderr.strip()[-2000:]), p.stdout)
        return (p.stdout, p.stderr) if with_stderr else p.stdout

    def fuse(self, src):
        """The module after --attn-fuse (IR text)."""
        return self._run([self.attn_opt, "--attn-fuse", src])

    def lower(self, src, fused):
        """LLVM-dialect IR of the module, fused or not."""
        cmd = [self.attn_opt] + (["--attn-fuse"] if fused else []) + ["--attn-lower-to-llvm", src]
        return self._run(cmd)

    def lower_fused_counted(self, src, report=False):
        """(LLVM-dialect IR of the fused module, attn.flash_attention formed,
        attn-fuse's diagnostics): one attn-opt that fuses and lowers, the
        count read from the IR after attn-fuse (--mlir-print-ir-after; the
        lowered IR is the same as lower(src, fused=True)'s); report=True asks
        attn-fuse for its remarks."""
        cmd = [self.attn_opt, "--attn-fuse=report=true" if report else "--attn-fuse",
               "--attn-lower-to-llvm", "--mlir-print-ir-after=attn-fuse", src]
        ll, err = self._run(cmd, with_stderr=True)
        diagnostics, dump, ir = err.partition(IR_AFTER_FUSE)
        if not dump:
            raise ToolError("attn-opt printed no IR after attn-fuse")
        return ll, count_fused(ir), diagnostics

    def run(self, llvm_ir, entry="main"):
        """stdout of the program `entry` (no arguments, no result) of
        LLVM-dialect IR (text). A large program (NATIVE_MIN_BYTES and more,
        ATTN_EXEC=native: any) is compiled at -O0: mlir-translate
        --mlir-to-llvmir, then clang -O0 with a main that calls `entry`
        (appended to the LLVM IR), linked with libattnrt and
        libattncheck_exec_support (printMemrefF32, memrefCopy; MLIR's runner
        libraries after it, as needed), and run. A smaller one
        (ATTN_EXEC=mlir-runner: any) runs under mlir-runner at its default
        level.

        Why: mlir-runner's JIT generates code at LLVM's default level
        whatever -O it is given (greedy register allocation, SelectionDAG),
        most of its time on a whole model of the frontend corpus; -O0 code
        generation costs a quarter of that, the run itself is milliseconds
        either way, but four processes instead of one cost more on a small
        program. The printed numbers are the same: no fast-math flags, no
        LLVM IR optimization on either path; 2026-12-01, both programs of 14
        corpus files (every frontend) printed the same bytes both ways, and
        numcheck's 133 result lines (worst errors included) were the same."""
        if not self._native(llvm_ir):
            return self._run([self.runner, "-e", entry, "-entry-point-result=void",
                              "-shared-libs=" + ",".join(self.shared_libs)], stdin=llvm_ir)
        return self._exec_native(self._run([self.translate, "--mlir-to-llvmir"], stdin=llvm_ir),
                                 entry)

    def run_many(self, llvm_irs, entry="main"):
        """run() of each program: a list of (stdout, ToolError or None, wall
        seconds). The programs that run() compiles at -O0 go through one
        mlir-translate (--split-input-file) instead of one each: the same
        LLVM IR, one process start (~50 ms CPU, mostly loading libMLIR and
        libLLVM) less per program; its time is shared evenly among them.
        When that mlir-translate fails, or a program holds the split
        markers, each program is translated alone, so that an error names
        its program as run()'s would."""
        out = [None] * len(llvm_irs)
        native = [i for i, ir in enumerate(llvm_irs) if self._native(ir)]
        lls, share = {}, 0.0
        # (mlir-translate splits at the input marker less its last two
        # characters, wherever it is)
        if len(native) > 1 and not any(SPLIT_IN[:-2] in llvm_irs[i] or SPLIT_OUT in llvm_irs[i]
                                       for i in native):
            t0 = time.time()
            try:
                joined = self._run([self.translate, "--mlir-to-llvmir",
                                    "--split-input-file=" + SPLIT_IN,
                                    "--output-split-marker=" + SPLIT_OUT],
                                   stdin=("\n%s\n" % SPLIT_IN).join(llvm_irs[i] for i in native))
                parts = joined.split(SPLIT_OUT + "\n")
                if len(parts) == len(native):
                    lls = dict(zip(native, parts))
            except ToolError:
                pass
            share = (time.time() - t0) / len(native)
        for i, ir in enumerate(llvm_irs):
            t0 = time.time()
            try:
                if i in lls:
                    so = self._exec_native(lls[i], entry)
                else:
                    so = self.run(ir, entry)
                out[i] = (so, None)
            except ToolError as ex:
                out[i] = (ex.stdout, ex)
            out[i] += (time.time() - t0 + (share if i in lls else 0.0),)
        return out

    def _native(self, llvm_ir):
        """Whether run() compiles the program at -O0 (else mlir-runner)."""
        return self.exec_mode == "native" or (
            self.exec_mode == "auto" and len(llvm_ir) >= NATIVE_MIN_BYTES)

    def _exec_native(self, ll, entry):
        """stdout of LLVM IR `ll` (mlir-translate's) compiled at -O0 with a
        main that calls `entry`, linked and run."""
        ll = LLVM_MAIN.sub("@" + PROGRAM_MAIN, ll)
        call = PROGRAM_MAIN if entry == "main" else entry
        # the C main that calls the entry, in LLVM IR beside the program: one
        # source for clang (a C file beside it cost ~30 ms more per program)
        ll += '\ndefine i32 @main() {\n  call void @"%s"()\n  ret i32 0\n}\n' % call
        with tempfile.TemporaryDirectory(prefix="attn-exec-") as work:
            prog, exe = (os.path.join(work, n) for n in ("prog.ll", "program"))
            with open(prog, "w") as f:
                f.write(ll)
            libs = self.shared_libs
            if os.path.exists(self.exec_support):
                # its printMemrefF32 and memrefCopy first; MLIR's runner
                # libraries only as needed: a program then loads neither
                # libLLVM nor libMLIR
                libs = ([self.libattnrt, self.exec_support, "-Wl,--as-needed"] +
                        self.shared_libs[1:] + ["-Wl,--no-as-needed"])
            # every linked library's directory, in link order: attn_diff
            # runs a snapshot of libattnrt, outside the build directory,
            # whose own libattnrt must not come first
            rpath = ":".join(dict.fromkeys(os.path.dirname(os.path.abspath(l))
                                           for l in libs if not l.startswith("-")))
            obj = os.path.join(work, "prog.o")
            self._run([self.clang, "-O0", "-w", "-c", prog, "-o", obj])
            self._run(self._link_command(obj, exe, libs + ["-lm", "-Wl,-rpath," + rpath]))
            return self._run([exe])

    def _link_command(self, obj, exe, args):
        """The linker command (ld.lld) that `clang -fuse-ld=lld
        --rtlib=compiler-rt OBJ -o EXE ARGS` runs, for this obj and exe.

        Why not clang itself: a clang that compiles and links runs its -cc1
        in a process of its own (in-process only when it is the one job), so
        the programs cost three starts of LLVM tools (driver, -cc1, ld.lld).
        `clang -c` (the -cc1 in-process), then the linker as the driver would
        run it, cost two: 35 instead of 53 ms of CPU on a small program, and
        the executable is the same, byte for byte (2026-12-03). The driver is
        asked once per set of arguments (-###, with the first object it is
        given: it must exist); its object and executable are then replaced."""
        key = (self.clang, tuple(args))
        if key not in _LINK_COMMANDS:
            _, err = self._run([self.clang, "-###", "-fuse-ld=lld", "--rtlib=compiler-rt",
                                obj, "-o", exe] + args, with_stderr=True)
            jobs = [shlex.split(line) for line in err.splitlines() if line.startswith(' "')]
            if len(jobs) != 1 or obj not in jobs[0] or exe not in jobs[0]:
                raise ToolError("clang -### printed %d jobs, not one link of %s: %s" % (
                    len(jobs), obj, err.strip()[-2000:]))
            _LINK_COMMANDS[key] = (jobs[0], obj, exe)
        cmd, obj0, exe0 = _LINK_COMMANDS[key]
        return [obj if a == obj0 else exe if a == exe0 else a for a in cmd]
