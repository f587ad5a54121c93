#!/usr/bin/env python3
"""Numerical check of the attn-fuse lit inputs (run by scripts/test.sh, step
`numcheck`; about a minute on 2 cores).

  test/Transforms/Inputs/numcheck.py [--build DIR] [-j N] [--min-pass N]
      [--attn-opt PATH] test/Transforms/*.mlir

For every split chunk whose function has static shapes, builds a @main that
fills each argument with deterministic pseudo-random values (i1 masks mostly
true; a scalar f32 argument is 0.37), calls the function, and prints every
float result; if `attn-opt --attn-fuse --attn-lower-to-llvm` forms an
attn.flash_attention (counted in the IR it prints after attn-fuse), runs that
fused program and the one of `attn-opt --attn-lower-to-llvm` (attncheck's Toolchain.run) and compares the two row
by row with utils/attncheck (the documented tolerances: f32, or f16/bf16
when the chunk has them; bf16-accumulation when the unfused program sums in
bf16, see utils/attncheck/tolerance.py). Prints one line per function: `PASS:`, `FAIL:`
(mismatch or a tool failure) or `SKIP:` (not fused, dynamic shapes,
unsupported argument types); exits 1 if any function failed or fewer than
--min-pass passed. test/Scripts/numcheck.test shows it fails on a fused
program with a wrong scale.
"""
import argparse
import concurrent.futures
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
sys.path.insert(0, os.path.join(ROOT, 'utils'))
from attncheck import compare_outputs, parse_memrefs, tolerance_for  # noqa: E402
from attncheck.memref import ParseError  # noqa: E402
from attncheck.tolerance import BF16_ACCUMULATION_MAX_TERMS  # noqa: E402
from attncheck.mlirtext import split_types  # noqa: E402
from attncheck.toolchain import Toolchain, ToolError, count_fused  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
ap.add_argument('-j', '--jobs', type=int, default=2)
ap.add_argument('--attn-opt', help='attn-opt to test (default: BUILD/bin/attn-opt)')
ap.add_argument('--min-pass', type=int, default=1,
                help='fail unless at least this many functions pass (a run that '
                     'compares nothing is not a pass)')
ap.add_argument('files', nargs='+')
ARGS = ap.parse_args()
TC = Toolchain(ARGS.build, attn_opt=ARGS.attn_opt)
TMP = tempfile.mkdtemp(prefix='attn-numcheck-')


def PAR(r):
    return ', '.join(['"parallel"'] * r)


def fill(name, ty, seed):
    m=re.match(r'tensor<((?:\d+x)*)(\w+)>', ty)
    if not m: return None
    dims=[int(x) for x in m.group(1).split('x') if x]
    et=m.group(2)
    r=len(dims)
    idx=', '.join(f'd{i}' for i in range(r))
    lines=[f'  %{name}_e = tensor.empty() : {ty}']
    lines.append(f'  %{name} = linalg.generic {{indexing_maps = [affine_map<({idx}) -> ({idx})>], iterator_types = [{PAR(r)}]}} outs(%{name}_e : {ty}) {{')
    lines.append(f'  ^bb0(%o: {et}):')
    lin='%c0i'
    lines.append('    %c0i = arith.constant 0 : index')
    acc='%c0i'
    for i,dsz in enumerate(dims):
        lines.append(f'    %ix{i} = linalg.index {i} : index')
        lines.append(f'    %n{i} = arith.constant {dsz} : index')
        lines.append(f'    %m{i} = arith.muli {acc}, %n{i} : index')
        lines.append(f'    %a{i} = arith.addi %m{i}, %ix{i} : index')
        acc=f'%a{i}'
    lines.append(f'    %x0 = arith.index_cast {acc} : index to i32')
    lines.append(f'    %sd = arith.constant {seed} : i32')
    lines.append('    %x1 = arith.addi %x0, %sd : i32')
    lines.append('    %k1 = arith.constant -1640531535 : i32')
    lines.append('    %x2 = arith.muli %x1, %k1 : i32')
    lines.append('    %c15 = arith.constant 15 : i32')
    lines.append('    %s1 = arith.shrui %x2, %c15 : i32')
    lines.append('    %x3 = arith.xori %x2, %s1 : i32')
    lines.append('    %k2 = arith.constant -2048144789 : i32')
    lines.append('    %x4 = arith.muli %x3, %k2 : i32')
    lines.append('    %c13 = arith.constant 13 : i32')
    lines.append('    %s2 = arith.shrui %x4, %c13 : i32')
    lines.append('    %x5 = arith.xori %x4, %s2 : i32')
    if et=='i1':
        lines.append('    %c3 = arith.constant 3 : i32')
        lines.append('    %x6 = arith.andi %x5, %c3 : i32')
        lines.append('    %z = arith.constant 0 : i32')
        lines.append('    %b = arith.cmpi ne, %x6, %z : i32')
        lines.append('    linalg.yield %b : i1')
    elif re.fullmatch(r'i(8|16|32|64)', et):
        # Small integers 0..3 (a quarter zeros: padding-style masks).
        lines.append('    %c3 = arith.constant 3 : i32')
        lines.append('    %x6 = arith.andi %x5, %c3 : i32')
        if et == 'i32':
            lines.append('    linalg.yield %x6 : i32')
        elif et == 'i64':
            lines.append('    %w = arith.extsi %x6 : i32 to i64')
            lines.append('    linalg.yield %w : i64')
        else:
            lines.append(f'    %w = arith.trunci %x6 : i32 to {et}')
            lines.append(f'    linalg.yield %w : {et}')
    elif et in ('f32','f16','bf16'):
        lines.append('    %mk = arith.constant 65535 : i32')
        lines.append('    %x6 = arith.andi %x5, %mk : i32')
        lines.append('    %f = arith.uitofp %x6 : i32 to f32')
        lines.append('    %inv = arith.constant 3.05180438e-05 : f32')
        lines.append('    %one = arith.constant 1.0 : f32')
        lines.append('    %g = arith.mulf %f, %inv : f32')
        lines.append('    %h = arith.subf %g, %one : f32')
        if et!='f32':
            lines.append(f'    %t = arith.truncf %h : f32 to {et}')
            lines.append(f'    linalg.yield %t : {et}')
        else:
            lines.append('    linalg.yield %h : f32')
    else:
        return None
    lines.append(f'  }} -> {ty}')
    return '\n'.join(lines)

def to_f32(name, ty):
    m=re.match(r'tensor<((?:\d+x)*)(\w+)>', ty)
    dims=m.group(1); et=m.group(2); r=len([x for x in dims.split('x') if x])
    fty=f'tensor<{dims}f32>'
    if et=='f32': return name, fty, ''
    idx=', '.join(f'd{i}' for i in range(r))
    s=f'''  %{name}_fe = tensor.empty() : {fty}
  %{name}_f = linalg.generic {{indexing_maps = [affine_map<({idx}) -> ({idx})>, affine_map<({idx}) -> ({idx})>], iterator_types = [{PAR(r)}]}} ins(%{name} : {ty}) outs(%{name}_fe : {fty}) {{
  ^bb0(%i: {et}, %o: f32):
    %e = arith.extf %i : {et} to f32
    linalg.yield %e : f32
  }} -> {fty}'''
    return name+'_f', fty, s

def check(chunk):
    m=re.search(r'func\.func @(\w+)\((.*?)\)\s*->\s*\(?(.*?)\)?\s*\{\s*$', chunk, re.M)
    if not m: return None
    name=m.group(1); args=m.group(2); res=m.group(3)
    if '?' in args or '?' in res or '*' in args: return 'SKIP', 'dynamic shapes'
    argtypes=[a.split(':',1)[1].strip() for a in split_types(args)]
    restypes=split_types(res)
    body=[]; names=[]
    for i,t in enumerate(argtypes):
        if t in ('f32',):
            body.append(f'  %arg{i} = arith.constant 0.37 : f32'); names.append(f'%arg{i}'); continue
        if t=='i1':
            body.append(f'  %arg{i} = arith.constant true'); names.append(f'%arg{i}'); continue
        f=fill(f'arg{i}', t, 17+1000*i)
        if f is None: return 'SKIP', 'argument type %s' % t
        body.append(f); names.append(f'%arg{i}')
    rn=[f'%r{i}' for i in range(len(restypes))]
    lhs = (rn[0] if len(rn)==1 else f'%r:{len(rn)}')
    body.append(f'  {lhs} = call @{name}({", ".join(names)}) : ({", ".join(argtypes)}) -> ({", ".join(restypes)})')
    for i,t in enumerate(restypes):
        if not re.fullmatch(r'tensor<(?:\d+x)*(?:f32|f16|bf16)>', t): continue  # float results only
        rname = f'r{i}' if len(rn)==1 else f'r#{i}'
        if len(rn)>1:
            body.append(f'  %rr{i} = tensor.cast %r#{i} : {t} to {t}'); rname=f'rr{i}'
        n,fty,s=to_f32(rname,t)
        if s: body.append(s)
        body.append(f'  %u{i} = tensor.cast %{n} : {fty} to tensor<*xf32>')
        body.append(f'  call @printMemrefF32(%u{i}) : (tensor<*xf32>) -> ()')
    main='func.func @main() {\n'+'\n'.join(body)+'\n  return\n}\nfunc.func private @printMemrefF32(tensor<*xf32>)\n'
    prog = chunk + '\n' + main
    fd, path = tempfile.mkstemp(suffix='.mlir', dir=TMP)
    with os.fdopen(fd, 'w') as f:
        f.write(prog)
    try:
        try:
            fused_ll, n, _ = TC.lower_fused_counted(path)
        except ToolError:
            # a function the lowering rejects is only checked if it fuses
            # (then the error is the result)
            if count_fused(TC.fuse(path)) == 0:
                return 'SKIP', 'not fused'
            raise
        if n == 0:
            return 'SKIP', 'not fused'
        unfused = parse_memrefs(TC.run(TC.lower(path, fused=False)))
        fused = parse_memrefs(TC.run(fused_ll))
    except (ToolError, ParseError) as ex:
        return 'FAIL', str(ex).replace('\n', ' ')[:400]
    types = [t for t in ('f16', 'bf16', 'f32') if re.search(r'\b%s\b' % t, chunk)]
    # a block whose accumulator (its last argument) is bf16 and that adds into it
    if re.search(r'\^bb\d+\([^)]*(%\w+): bf16\)[^}]*arith\.addf \1\b', chunk):
        # the reference sums in bf16 (tolerance.py): its tolerance is derived
        # for at most BF16_ACCUMULATION_MAX_TERMS terms; the largest argument
        # dimension bounds the reduction length
        terms = max([int(x) for t in argtypes for x in re.findall(r'(\d+)x', t)] or [0])
        if terms > BF16_ACCUMULATION_MAX_TERMS:
            return 'FAIL', ('bf16 accumulation over up to %d terms: the bf16-accumulation '
                            'tolerance holds for %d; such a test needs a reference of its own'
                            % (terms, BF16_ACCUMULATION_MAX_TERMS))
        types.append('bf16-accumulation')
    tol = tolerance_for(*types)
    # lit inputs may be zeros by definition (Sk == 0) or empty: compared exactly
    r = compare_outputs(fused, unfused, tol, min_count=0, allow_zero_reference=True)
    detail = r.summary(tol) + ''.join('; ' + e for e in r.errors)
    return ('PASS' if r.ok else 'FAIL'), detail


def check_one(job):
    path, chunk, name = job
    try:
        r = check(chunk)
    except Exception as e:  # a bug here must show, not pass
        r = ('FAIL', 'numcheck error: %r' % e)
    if r is None:
        r = ('SKIP', 'no function signature found')
    return path, name, r


def main():
    jobs = []
    for path in ARGS.files:
        text = open(path).read()
        for chunk in text.split('\n// -----\n'):
            m = re.search(r'func\.func @(\w+)', chunk)
            if m:
                jobs.append((path, chunk, m.group(1)))
    if not jobs:  # nothing to check is not a pass
        print('FAIL: numcheck: no function found in %s' % ' '.join(ARGS.files))
        return 1
    missing = TC.missing()
    if missing:
        print('FAIL: numcheck: not found: ' + ', '.join(missing))
        return 1
    failed = passed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=ARGS.jobs) as ex:
        for path, name, (status, detail) in ex.map(check_one, jobs):
            where = '%s @%s' % (os.path.basename(path), name)
            if status == 'SKIP':
                print('SKIP: %s (%s)' % (where, detail), flush=True)
            else:
                print('%s: %s: %s' % (status, where, detail), flush=True)
                failed += status == 'FAIL'
                passed += status == 'PASS'
    if passed < ARGS.min_pass:
        print('FAIL: numcheck: %d functions compared and passed, expected at least %d'
              % (passed, ARGS.min_pass))
        return 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
