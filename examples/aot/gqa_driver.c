/* Calls examples/llama_gqa_causal.mlir's @gqa_attention compiled ahead of
 * time on a machine with MLIR, on a machine without it (the GPU machine):
 *
 *   here:  tools/attn-compile/attn-compile --export gqa_attention \
 *            examples/llama_gqa_causal.mlir -o gqa.o
 *   there: cmake --preset cuda-sm90      (CMakePresets.json: build-gpu/)
 *          cmake --build build-gpu --target attnrt
 *          cc -O2 examples/aot/gqa_driver.c gqa.o -Lbuild-gpu/lib -lattnrt -lm \
 *            -Wl,-rpath,$PWD/build-gpu/lib -o gqa
 *          ATTNRT_BACKEND=hip ./gqa hip.bin; ATTNRT_BACKEND=reference ./gqa ref.bin
 *          python3 examples/aot/compare_bin.py hip.bin ref.bin
 *
 * Inputs are the same pseudo-random f16 values as the MLIR @main makes.
 * Calls three times (the first includes GPU initialization), prints each
 * call's time on stderr, writes the output as raw f32 to argv[1]. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
typedef struct { uint16_t *allocated, *aligned; int64_t offset, sizes[4], strides[4]; } m4;
typedef struct { uint16_t *allocated, *aligned; int64_t offset, sizes[3], strides[3]; } m3;
void _mlir_ciface_gqa_attention(m3 *r, m4 *q, m4 *k, m4 *v);
static float hv(uint32_t i, uint32_t seed) {
  uint32_t x = i + seed; x *= 0x9E3779B1u; x ^= x >> 15; x *= 0x85EBCA6Bu; x ^= x >> 13;
  return (float)(x & 0xFFFFu) * 3.05180438e-05f - 1.0f;
}
static uint16_t f2h(float f) { _Float16 h = (_Float16)f; uint16_t u; memcpy(&u, &h, 2); return u; }
static float h2f(uint16_t u) { _Float16 h; memcpy(&h, &u, 2); return (float)h; }
static m4 mk(int64_t H, uint32_t seed) {
  m4 m = {0, 0, 0, {1, H, 256, 128}, {H * 256 * 128, 256 * 128, 128, 1}};
  int64_t n = H * 256 * 128;
  m.allocated = m.aligned = malloc(2 * n);
  for (int64_t i = 0; i < n; ++i) m.aligned[i] = f2h(2.0f * hv((uint32_t)i, seed));
  return m;
}
int main(int argc, char **argv) {
  m4 q = mk(32, 12345), k = mk(8, 67890), v = mk(8, 13579);
  m3 o;
  for (int it = 0; it < 3; ++it) {
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    _mlir_ciface_gqa_attention(&o, &q, &k, &v);
    clock_gettime(CLOCK_MONOTONIC, &b);
    fprintf(stderr, "call %d: %.3f ms\n", it, (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) * 1e-6);
    if (it < 2) free(o.allocated);
  }
  FILE *f = fopen(argv[1], "wb");
  int64_t n = o.sizes[0] * o.sizes[1] * o.sizes[2];
  for (int64_t i = 0; i < n; ++i) { float x = h2f(o.aligned[o.offset + i]); fwrite(&x, 4, 1, f); }
  fclose(f);
  printf("sizes %lld %lld %lld\n", (long long)o.sizes[0], (long long)o.sizes[1], (long long)o.sizes[2]);
  return 0;
}
