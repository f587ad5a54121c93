# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "ATTN"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.attn_obj_root, "test")
# Test order: lit starts the tests that took longest last time first (its
# record, <build>/test/.lit_test_times.txt). A fresh build has no record and
# lit then reads test/.lit_test_times.txt, the committed copy, so that a
# fresh CI checkout starts the corpus and differential runs first instead of
# leaving one of them for last on one core. A test missing from it runs
# after the listed ones; refresh it with
#   cp build/test/.lit_test_times.txt test/   (after a full lit run)
config.excludes = ["CMakeLists.txt", "README.txt", "lit.cfg.py", "lit.site.cfg.py", "Inputs"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%shlibext", ".so"))
config.substitutions.append(("%attn_lib_dir", config.attn_lib_dir))
config.substitutions.append(("%mlir_lib_dir", config.mlir_lib_dir))
config.substitutions.append(("%attn_src_root", config.attn_src_root))
config.substitutions.append(("%python", config.python_executable))
# utils/attncheck: `%attncheck compare ACTUAL EXPECTED --dtype f32 --min-count N`
# (per-row comparison of printMemref output) and `%attncheck fused-vs-unfused`.
config.substitutions.append(
    ("%attncheck", "%s %s" % (config.python_executable,
                              os.path.join(config.attn_src_root, "utils", "attncheck"))))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()
# `not`, `count`, `split-file` at the start of a RUN line are found on PATH.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.attn_tools_dir, config.llvm_tools_dir]
tools = [
    "attn-opt",
    ToolSubst("mlir-runner", unresolved="ignore"),
    ToolSubst("mlir-translate", unresolved="ignore"),
    ToolSubst("llc", unresolved="ignore"),
]
llvm_config.add_tool_substitutions(tools, tool_dirs)
