//===- ReferenceBackend.cpp - placeholder ---------------------------------------===//
#include "../Backend.h"
namespace attnrt {
static bool supports(const Problem &, std::string *whyNot) {
  if (whyNot)
    *whyNot = "not implemented yet";
  return false;
}
static attnrt_status run(const Problem &, std::string *error) {
  *error = "not implemented yet";
  return ATTNRT_ERROR_UNSUPPORTED;
}
const Backend *getReferenceBackend() {
  static const Backend b = {"reference", 0, supports, run};
  return &b;
}
} // namespace attnrt
