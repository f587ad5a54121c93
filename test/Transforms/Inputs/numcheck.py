#!/usr/bin/env python3
"""Numerical check of the attn-fuse lit inputs (not run by lit: it lowers and
JIT-runs every function, minutes in all).

  test/Transforms/Inputs/numcheck.py [--build DIR] test/Transforms/*.mlir

For every split chunk whose function has static shapes, builds a @main that
fills each argument with deterministic pseudo-random values (i1 masks mostly
true; a scalar f32 argument is 0.37), calls the function, and prints every
float result; runs it with `attn-opt --attn-lower-to-llvm` and with
`attn-opt --attn-fuse --attn-lower-to-llvm` under mlir-runner and compares
every printed number (NaN where and only where the unfused program has NaN,
else |fused - unfused| <= tol * max(1, |unfused|), tol 1e-4 for f32, 2e-2
when the chunk has f16/bf16). Prints one line per function: OK, MISMATCH,
not fused, or skip(reason).
"""
import argparse
import math
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
ap = argparse.ArgumentParser()
ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
ap.add_argument('files', nargs='+')
ARGS = ap.parse_args()
A = os.path.join(ARGS.build, 'bin', 'attn-opt')
R = ['/usr/lib/llvm-22/bin/mlir-runner', '-e', 'main', '-entry-point-result=void',
     '-shared-libs=' + os.path.join(ARGS.build, 'lib', 'libattnrt.so') +
     ',/usr/lib/llvm-22/lib/libmlir_runner_utils.so,/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so']
CMP = os.path.join(ROOT, 'test', 'Integration', 'compare.py')
TMP = tempfile.mkdtemp(prefix='attn-numcheck-')


def PAR(r):
    return ', '.join(['"parallel"'] * r)


def split_types(s):
    out=[];depth=0;cur=''
    for ch in s:
        if ch=='<': depth+=1
        if ch=='>': depth-=1
        if ch==',' and depth==0:
            out.append(cur.strip()); cur=''
        else: cur+=ch
    if cur.strip(): out.append(cur.strip())
    return out

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
    if '?' in args or '?' in res or '*' in args: return 'skip(dynamic)'
    argtypes=[a.split(':',1)[1].strip() for a in split_types(args)]
    restypes=split_types(res)
    body=[]; names=[]
    for i,t in enumerate(argtypes):
        if t in ('f32',):
            body.append(f'  %arg{i} = arith.constant 0.37 : f32'); names.append(f'%arg{i}'); continue
        if t=='i1':
            body.append(f'  %arg{i} = arith.constant true'); names.append(f'%arg{i}'); continue
        f=fill(f'arg{i}', t, 17+1000*i)
        if f is None: return 'skip(type)'
        body.append(f); names.append(f'%arg{i}')
    rn=[f'%r{i}' for i in range(len(restypes))]
    lhs = (rn[0] if len(rn)==1 else f'%r:{len(rn)}')
    body.append(f'  {lhs} = call @{name}({", ".join(names)}) : ({", ".join(argtypes)}) -> ({", ".join(restypes)})')
    for i,t in enumerate(restypes):
        if not t.startswith('tensor<') or 'i1' in t or 'i32' in t or 'i8' in t: continue
        rname = f'r{i}' if len(rn)==1 else f'r#{i}'
        if len(rn)>1:
            body.append(f'  %rr{i} = tensor.cast %r#{i} : {t} to {t}'); rname=f'rr{i}'
        n,fty,s=to_f32(rname,t)
        if s: body.append(s)
        body.append(f'  %u{i} = tensor.cast %{n} : {fty} to tensor<*xf32>')
        body.append(f'  call @printMemrefF32(%u{i}) : (tensor<*xf32>) -> ()')
    main='func.func @main() {\n'+'\n'.join(body)+'\n  return\n}\nfunc.func private @printMemrefF32(tensor<*xf32>)\n'
    # strip expected-* comments and the chunk's CHECK lines are comments anyway
    prog=chunk+'\n'+main
    open(os.path.join(TMP, 'prog.mlir'),'w').write(prog)
    fused=subprocess.run([A,os.path.join(TMP, 'prog.mlir'),'--attn-fuse'],capture_output=True,text=True).stdout
    if 'attn.flash_attention' not in fused: return 'not fused'
    def run(extra):
        p1=subprocess.run([A,os.path.join(TMP, 'prog.mlir')]+extra+['--attn-lower-to-llvm'],capture_output=True,text=True)
        if p1.returncode: return None, p1.stderr[-2000:]
        p2=subprocess.run(R,input=p1.stdout,capture_output=True,text=True,timeout=300)
        if p2.returncode: return None, p2.stderr[-2000:]
        return p2.stdout, ''
    u,eu=run([]); f,ef=run(['--attn-fuse'])
    if u is None: return 'unfused failed: '+eu
    if f is None: return 'fused failed: '+ef
    open(os.path.join(TMP, 'u.txt'),'w').write(u); open(os.path.join(TMP, 'f.txt'),'w').write(f)
    tol = 2e-2 if ('f16' in chunk or 'bf16' in chunk) else 1e-4
    return compare_elementwise(f, u, tol)


NUM = re.compile(r'-?(?:nan|inf|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)', re.I)


def numbers(out):
    vals = []
    for line in out.split('\n'):
        if 'Unranked Memref' in line:
            continue
        vals += [float(x) for x in NUM.findall(line)]
    return vals


def compare_elementwise(f, u, tol):
    """Every printed number: NaN where and only where the unfused program has
    NaN, equal infinities, else |f - u| <= tol * max(1, |u|)."""
    a, b = numbers(f), numbers(u)
    if len(a) != len(b) or not b:
        return f'MISMATCH counts {len(a)} vs {len(b)}'
    worst = 0.0
    for i, (x, y) in enumerate(zip(a, b)):
        if math.isnan(x) or math.isnan(y):
            if not (math.isnan(x) and math.isnan(y)):
                return f'MISMATCH element {i}: fused {x}, unfused {y}'
            continue
        if math.isinf(x) or math.isinf(y):
            if x != y:
                return f'MISMATCH element {i}: fused {x}, unfused {y}'
            continue
        d = abs(x - y) / max(1.0, abs(y))
        worst = max(worst, d)
        if d > tol:
            return f'MISMATCH element {i}: fused {x}, unfused {y}'
    return f'OK {len(b)} numbers, max scaled diff {worst:.2e}'


for path in ARGS.files:
    text=open(path).read()
    for chunk in text.split('\n// -----\n'):
        # drop lit comments with expected-remark so parse works; keep everything
        m=re.search(r'func\.func @(\w+)', chunk)
        if not m: continue
        try:
            r=check(chunk)
        except Exception as e:
            r='error '+str(e)
        print(f'{os.path.basename(path)} @{m.group(1)}: {r}')
