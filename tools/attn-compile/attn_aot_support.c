/* Support functions that code lowered by `attn-opt --attn-lower-to-llvm`
 * may call, for ahead-of-time builds (tools/attn-compile/attn-compile links this into
 * every object or library it makes).
 *
 * mlir-runner takes them from libmlir_c_runner_utils.so; Debian's build of
 * that library needs libMLIR.so and libLLVM.so, which a deployment machine
 * (the GPU machine) does not have. These definitions are weak, so linking
 * libmlir_c_runner_utils as well is harmless.
 *
 *   memrefCopy(elemSize, src, dst)  memref.copy of non-contiguous memrefs
 *   rtclock()                       seconds, monotonic clock
 */
#include <stdint.h>
#include <string.h>
#include <time.h>

typedef struct {
  int64_t rank;
  void *descriptor; /* {T *allocated, *aligned; int64_t offset, sizes[rank], strides[rank]} */
} attn_unranked_memref;

typedef struct {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t sizes_and_strides[]; /* sizes[rank], then strides[rank] */
} attn_memref_header;

__attribute__((weak, visibility("default"))) void
memrefCopy(int64_t elemSize, attn_unranked_memref *src,
           attn_unranked_memref *dst) {
  int64_t rank = src->rank;
  const attn_memref_header *s = (const attn_memref_header *)src->descriptor;
  const attn_memref_header *d = (const attn_memref_header *)dst->descriptor;
  const int64_t *sizes = s->sizes_and_strides;
  const int64_t *sstrides = s->sizes_and_strides + rank;
  const int64_t *dstrides = d->sizes_and_strides + rank;
  const char *sp = s->aligned + s->offset * elemSize;
  char *dp = d->aligned + d->offset * elemSize;
  if (rank == 0) {
    memcpy(dp, sp, (size_t)elemSize);
    return;
  }
  for (int64_t i = 0; i < rank; ++i)
    if (sizes[i] == 0)
      return;
  int64_t index[64] = {0}; /* MLIR memrefs of rank > 64 do not occur here */
  if (rank > 64)
    return;
  int64_t soff = 0, doff = 0;
  for (;;) {
    memcpy(dp + doff * elemSize, sp + soff * elemSize, (size_t)elemSize);
    int64_t axis = rank - 1;
    for (; axis >= 0; --axis) {
      if (++index[axis] < sizes[axis]) {
        soff += sstrides[axis];
        doff += dstrides[axis];
        break;
      }
      soff -= (sizes[axis] - 1) * sstrides[axis];
      doff -= (sizes[axis] - 1) * dstrides[axis];
      index[axis] = 0;
    }
    if (axis < 0)
      return;
  }
}

__attribute__((weak, visibility("default"))) double rtclock(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}
