# The one compile recipe of the attention kernels: the sources, flags and
# targets every build of them uses. Included by kernels/CMakeLists.txt (the
# CUDA library attn_kernels and the AMDGPU code objects),
# kernels/hopper/CMakeLists.txt (attnrt_hopper, attn_hopper_shared) and
# kernels/isa/CMakeLists.txt (the listings scripts/check-kernels.sh reads:
# configure preset `kernel-isa`, target attn_kernel_isa).
include_guard(GLOBAL)

set(ATTN_KERNEL_DIR ${PROJECT_SOURCE_DIR}/kernels)
# The portable kernels (.hip: CUDA through hip_compat.h on NVIDIA, HIP on AMD).
set(ATTN_KERNEL_SOURCES
  flash_attention_nocausal.hip
  flash_attention_causal.hip
  flash_attention.hip
  flash_attention_decode.hip
)
# NVIDIA only: the split-KV decode kernel (the AMD build serves decode with
# the portable kernel).
set(ATTN_NV_ONLY_SOURCES decode/decode_nv.cu)
set(ATTN_KERNEL_INCLUDE_DIRS ${ATTN_KERNEL_DIR}/include ${PROJECT_SOURCE_DIR}/include)
file(GLOB ATTN_KERNEL_HEADERS CONFIGURE_DEPENDS
  ${ATTN_KERNEL_DIR}/include/attn/*.h ${ATTN_KERNEL_DIR}/include/*.h ${ATTN_KERNEL_DIR}/decode/*.h
  ${PROJECT_SOURCE_DIR}/include/attnrt/*.h)

# NVIDIA, portable kernels: sm_90 machine code plus compute_90 PTX.
set(ATTN_NV_STD 17)
set(ATTN_NV_FLAGS -O3)
set(ATTN_NV_ARCHITECTURES 90-real 90-virtual)
set(ATTN_NV_GENCODE -gencode arch=compute_90,code=sm_90)

# NVIDIA, the Hopper path (kernels/hopper): sm_90a only (wgmma and
# setmaxnreg need it; a plain sm_90 pass would reject them).
set(ATTN_HOPPER_SOURCE ${ATTN_KERNEL_DIR}/hopper/attn_hopper.cu)
set(ATTN_HOPPER_INCLUDE_DIRS ${ATTN_KERNEL_DIR}/hopper ${ATTN_KERNEL_DIR}/include ${PROJECT_SOURCE_DIR}/include)
file(GLOB ATTN_HOPPER_HEADERS CONFIGURE_DEPENDS ${ATTN_KERNEL_DIR}/hopper/*.h
  ${ATTN_KERNEL_DIR}/hopper/*.cuh ${ATTN_KERNEL_DIR}/hopper/*.inc)
# --split-compile=0: nvcc runs cicc's optimizer and ptxas on this one
# translation unit in as many threads as the machine has CPUs, so that on a
# machine with spare cores its compile is not the build's serial tail. The
# output depends on the flag (attn_hopper.cu of 2026-12-03, 308 kernels,
# nvcc 13.0: PTX, SASS and the ptxas report differ with and without it, and
# are the same with 2 and with 16 threads), so it is part of the recipe and
# scripts/check-kernels.sh checks what the libraries get. It saves no CPU
# time (481 CPU s without it, 459 with 2 threads, 491 with 16;
# bench/RESULTS.md, "CI time on 2 cores").
set(ATTN_HOPPER_FLAGS -O3 --split-compile=0)
set(ATTN_HOPPER_GENCODE -gencode=arch=compute_90a,code=sm_90a)

# AMD (clang -x hip, device code only): gfx1100 (WMMA) and gfx942 (MFMA).
set(ATTN_AMDGPU_TARGETS gfx1100 gfx942 CACHE STRING "AMD GPU targets for the kernels")
set(ATTN_HIP_FLAGS -x hip -std=c++17 -O3 -nogpulib -nogpuinc --cuda-device-only)

function(attn_find_hip_clang)
  find_program(ATTN_HIP_CLANG NAMES clang++-22 clang++ PATHS /usr/lib/llvm-22/bin)
endfunction()

# attn_amdgpu_compile(<src> <arch> <outbase> <with code object>): the
# custom command that compiles kernels/<src> for <arch> into <outbase>.s
# (ISA listing) and, when asked, <outbase>.co (AMDGPU ELF code object).
# Appends the outputs to ATTN_AMDGPU_OUTPUTS in the caller's scope.
function(attn_amdgpu_compile src arch base with_co)
  set(_flags ${ATTN_HIP_FLAGS} --offload-arch=${arch})
  foreach(d ${ATTN_KERNEL_INCLUDE_DIRS})
    list(APPEND _flags -I${d})
  endforeach()
  get_filename_component(_dir ${base} DIRECTORY)
  set(_outs ${base}.s)
  set(_cmds COMMAND ${ATTN_HIP_CLANG} ${_flags} -S ${ATTN_KERNEL_DIR}/${src} -o ${base}.s)
  if(with_co)
    list(APPEND _outs ${base}.co)
    list(APPEND _cmds COMMAND ${ATTN_HIP_CLANG} ${_flags} --no-gpu-bundle-output -c
         ${ATTN_KERNEL_DIR}/${src} -o ${base}.co)
  endif()
  add_custom_command(
    OUTPUT ${_outs}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_dir}
    ${_cmds}
    DEPENDS ${ATTN_KERNEL_DIR}/${src} ${ATTN_KERNEL_HEADERS}
    COMMENT "AMDGPU ${arch}: ${src}"
    VERBATIM)
  set(ATTN_AMDGPU_OUTPUTS ${ATTN_AMDGPU_OUTPUTS} ${_outs} PARENT_SCOPE)
endfunction()
