//===- Validate.cpp - attnrt_problem validation ---------------------------===//
#include "Backend.h"
namespace attnrt {
attnrt_status validate(const attnrt_problem *p, Problem &out,
                       std::string &error) {
  (void)p;
  (void)out;
  error = "validation not implemented yet";
  return ATTNRT_ERROR_INVALID_ARGUMENT;
}
} // namespace attnrt
