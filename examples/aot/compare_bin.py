#!/usr/bin/env python3
"""compare_bin.py A B: max abs difference, relative L2 ||A - B|| / ||B|| and
NaN count of two raw f32 files (examples/aot/gqa_driver.c's output)."""
import struct, sys, math
a = open(sys.argv[1], 'rb').read(); b = open(sys.argv[2], 'rb').read()
x = struct.unpack(f'{len(a)//4}f', a); y = struct.unpack(f'{len(b)//4}f', b)
d2 = sum((p - q) ** 2 for p, q in zip(x, y)); r2 = sum(q * q for q in y)
print(len(x), len(y), 'max abs', max(abs(p - q) for p, q in zip(x, y)), 'rel L2', math.sqrt(d2 / r2),
      'nan', sum(1 for p in x if p != p))
