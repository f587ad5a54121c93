/* Driver for aot-compile.mlir: calls the AOT-compiled @attention through its
 * C interface with the same pseudo-random inputs as the MLIR @main makes
 * (rand4 with seeds 21, 2121, 212121) and prints the result the way
 * printMemrefF32 does, so utils/attncheck (lit: %attncheck compare) reads both. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  float *allocated, *aligned;
  int64_t offset, sizes[4], strides[4];
} memref4;
typedef struct {
  float *allocated, *aligned;
  int64_t offset, sizes[3], strides[3];
} memref3;

void _mlir_ciface_attention(memref3 *result, memref4 *q, memref4 *k,
                            memref4 *v);

/* Same as @rand4: an integer hash of the linear index and the seed. */
static float hash_value(uint32_t index, uint32_t seed) {
  uint32_t x = index + seed;
  x *= 0x9E3779B1u;
  x ^= x >> 15;
  x *= 0x85EBCA6Bu;
  x ^= x >> 13;
  return (float)(x & 0xFFFFu) * 3.05180438e-05f - 1.0f;
}

static memref4 make_input(uint32_t seed) {
  enum { B = 1, S = 16, H = 4, D = 32 };
  memref4 m = {0, 0, 0, {B, S, H, D}, {S * H * D, H * D, D, 1}};
  m.allocated = m.aligned = malloc(sizeof(float) * B * S * H * D);
  for (uint32_t i = 0; i < B * S * H * D; ++i)
    m.aligned[i] = hash_value(i, seed);
  return m;
}

int main(void) {
  memref4 q = make_input(21), k = make_input(2121), v = make_input(212121);
  memref3 o;
  _mlir_ciface_attention(&o, &q, &k, &v);
  printf("Unranked Memref base@ = (aot) rank = 3 offset = %lld sizes = [%lld, %lld, %lld] "
         "strides = [%lld, %lld, %lld] data = \n[",
         (long long)o.offset, (long long)o.sizes[0], (long long)o.sizes[1],
         (long long)o.sizes[2], (long long)o.strides[0], (long long)o.strides[1],
         (long long)o.strides[2]);
  for (int64_t a = 0; a < o.sizes[0]; ++a) {
    printf("[");
    for (int64_t b = 0; b < o.sizes[1]; ++b) {
      printf("%s[", b ? ",\n  " : "");
      for (int64_t c = 0; c < o.sizes[2]; ++c)
        printf("%s%g", c ? ", " : "",
               o.aligned[o.offset + a * o.strides[0] + b * o.strides[1] +
                         c * o.strides[2]]);
      printf("]");
    }
    printf("]");
  }
  printf("]\n");
  free(o.allocated);
  free(q.allocated);
  free(k.allocated);
  free(v.allocated);
  return 0;
}
