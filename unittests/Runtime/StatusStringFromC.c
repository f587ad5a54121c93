/*===- StatusStringFromC.c - attnrt_status_string called as C callers do ===*\
|*                                                                            *|
|* C lets a caller pass any int as an attnrt_status; doing so from C++ is     *|
|* undefined behaviour in the test itself, so the call is made here.          *|
\*===----------------------------------------------------------------------===*/

#include "attnrt/attnrt.h"

const char *attnrtTestStatusStringOfInt(int value) {
  return attnrt_status_string((attnrt_status)value);
}
