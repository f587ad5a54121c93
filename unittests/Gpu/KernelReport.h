//===- KernelReport.h - the kernel an attnrt_select_backend report chose -*- C++ -*-===//
//
// What GpuTest.cpp and LogitRoundingGpuTest.cpp both read from the report
// of attnrt_select_backend: the gpu backend's chosen kernel.
//===----------------------------------------------------------------------===//
#ifndef ATTN_UNITTESTS_GPU_KERNELREPORT_H
#define ATTN_UNITTESTS_GPU_KERNELREPORT_H

#include <sstream>
#include <string>

namespace attn_gpu_test {

/// The kernel that `report` names as chosen (its line "  kernel NAME:
/// supported, chosen"; the backend's own line reads "gpu (priority N):
/// supported, chosen"), or empty where it names none.
inline std::string chosenKernelIn(const std::string &report) {
  std::istringstream lines{report};
  const std::string head = "  kernel ", tail = ": supported, chosen";
  for (std::string l; std::getline(lines, l);)
    if (l.rfind(head, 0) == 0 && l.size() > head.size() + tail.size() &&
        l.compare(l.size() - tail.size(), tail.size(), tail) == 0)
      return l.substr(head.size(), l.size() - head.size() - tail.size());
  return std::string();
}

} // namespace attn_gpu_test

#endif // ATTN_UNITTESTS_GPU_KERNELREPORT_H
