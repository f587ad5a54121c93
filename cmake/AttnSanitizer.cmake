# ATTN_SANITIZER: the one way a build is instrumented with sanitizers
# ("address;undefined" or "thread"; presets cpu-asan, cpu-tsan, opt-asan).
# Every C and C++ file of the build (runtime, compiler, tools, tests) is
# compiled with -fsanitize=<list> -fno-omit-frame-pointer
# -fno-sanitize-recover=all (a UBSan report aborts: it fails the test or
# the fuzz case that triggered it), and every C/C++ link gets
# -fsanitize=<list>. CUDA and HIP device sources never do: nvcc rejects the
# flag and the device compilers have no such runtime, so the options are
# guarded by the compile and link language.
#
# attnrt_sanitize (INTERFACE, linked PUBLIC by attnrt and installed with
# it) carries the link option to projects that link an instrumented
# libattnrt (test/Install's consumers).
set(ATTN_SANITIZER "" CACHE STRING
    "Sanitizers for every C/C++ target: 'address;undefined' or 'thread' (empty: none)")
add_library(attnrt_sanitize INTERFACE)
if(ATTN_SANITIZER)
  string(REPLACE ";" "," _attn_san "${ATTN_SANITIZER}")
  add_compile_options(
    "$<$<COMPILE_LANGUAGE:C,CXX>:-fsanitize=${_attn_san};-fno-omit-frame-pointer;-fno-sanitize-recover=all>")
  add_link_options("$<$<LINK_LANGUAGE:C,CXX>:-fsanitize=${_attn_san}>")
  target_link_options(attnrt_sanitize INTERFACE
    "$<$<LINK_LANGUAGE:C,CXX>:-fsanitize=${_attn_san}>")
endif()
