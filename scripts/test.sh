#!/usr/bin/env bash
# Builds attn-opt and libattnrt (CMake preset `cpu`, scripts/build.sh) and runs
# every test, one step after another:
#   build                     scripts/build.sh
#   unit-tests                ctest --no-tests=error (every registered test)
#   lit                       lit on build/test (every test lit discovers)
#   numcheck                  test/Transforms/Inputs/numcheck.py: every lit
#                             input of test/Transforms, fused vs unfused
#   check-docs ... test-install  scripts/<step>.sh
# Each step ends as PASS, FAIL or SKIP (with the reason). A step script that
# is missing or not executable is a FAIL. A step that prints its own
# `PASS:` / `FAIL:` / `SKIP:` lines (scripts/lib/result.sh) is counted by
# those lines, ctest and lit by their counts, any other step as one test;
# exit status 77 means the step was skipped. A SKIP is never counted as a
# pass. The last line is `tests: N passed, N failed` (then the skips).
#
#   scripts/test.sh [extra cmake args for scripts/build.sh]
# Environment: STEPS="lit numcheck ..." runs only these steps (in this
# order; `build` is then not implied); BUILD_DIR (default build, the `cpu`
# preset's directory); JOBS (default 2); EARLY_STEPS (default
# check-kernels test-runtime-sanitizers fuzz-attn-opt): script steps of
# STEPS that need nothing of the build (each builds its own preset) and
# start in the background when test.sh starts, beside the other steps; each
# is reported (its output, its PASS/FAIL/SKIP) at its place in STEPS, after
# waiting for it. NICE_STEPS (default test-runtime-sanitizers
# fuzz-attn-opt): early steps started at nice 10. Why: CI is CPU-bound on 2
# cores, and what is left idle is the serial phases (cmake configures,
# precompiled headers, the last tests of a step, check-kernels' one long
# nvcc compile of the Hopper unit); the niced steps take those gaps and
# otherwise leave the cores to the others, so that the Hopper compile does
# not become the serial tail, then finish on both cores once the others end.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
# An early step (below) still running when test.sh ends (interrupted) is
# stopped: its script runs in a session of its own (process group = its
# pid), its subshell is this shell's child.
declare -A early=() early_done=() # the early steps: subshell pids, reaped
cleanup() {
  local name
  for name in "${!early[@]}"; do
    [ -n "${early_done[$name]:-}" ] && continue
    [ -e "$logs/$name.early" ] || kill -TERM -- "-$(cat "$logs/$name.pid" 2>/dev/null)" 2>/dev/null
    kill -TERM "${early[$name]}" 2>/dev/null
  done
  rm -rf "$logs"
}
trap cleanup EXIT
# python3 on PATH may be a version manager's shim (pyenv's is a bash script:
# ~130 ms of CPU a start, against ~15 ms for the interpreter it then runs),
# and the steps start python3 by name some hundreds of times (the kernel
# checks, the lit tests' fake tools with `#!/usr/bin/env python3`). Every
# step runs the interpreter the shim selects directly: `python3` in a
# directory of ours, first on PATH, links to it. (pyenv's own `exec` puts
# that interpreter's directory first on PATH for the same reason.)
py=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))' 2>/dev/null)
if [ -n "$py" ] && [ -x "$py" ] && [ "$(readlink -f "$(command -v python3)")" != "$py" ]; then
  mkdir -p "$logs/python" && ln -s "$py" "$logs/python/python3" && export PATH="$logs/python:$PATH"
fi
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-2}
LIT=${LIT:-$(command -v lit-22 || echo /usr/lib/llvm-22/bin/lit)}
# test-install (which needs build/) before the early steps: it runs while
# they finish instead of after them on one core
STEPS=${STEPS:-build unit-tests lit numcheck check-docs test-install test-runtime-sanitizers fuzz-attn-opt check-kernels}
EARLY_STEPS=${EARLY_STEPS-check-kernels test-runtime-sanitizers fuzz-attn-opt}
NICE_STEPS=${NICE_STEPS-test-runtime-sanitizers fuzz-attn-opt}

passed=0
failed=0
skipped=0
summary=()

# Adds the counts a step's log reports. Sets step_p, step_f, step_s.
count() {
  local name="$1" rc="$2" log="$logs/$1.log" p="" f="" s=0
  case "$name" in
    unit-tests)
      # ctest: "100% tests passed, 0 tests failed out of 57"
      local line total
      line=$(grep -E "tests passed, [0-9]+ tests? failed out of" "$log" | tail -1)
      if [ -n "$line" ]; then
        f=$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")
        total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
        p=$((total - f))
      fi
      s=$(grep -cE "\*\*\*Skipped|Not Run" "$log") ;;
    lit)
      # lit: "  Passed: 40" / "  Failed: 3"; Unsupported and Skipped are skips
      p=$(grep -E "^\s*(Passed|Expectedly Failed)\s*:" "$log" | awk -F: '{ s += $2 } END { print s + 0 }')
      f=$(grep -E "^\s*(Failed|Unexpectedly Passed|Unresolved|Timed Out)\s*:" "$log" |
          awk -F: '{ s += $2 } END { print s + 0 }')
      s=$(grep -E "^\s*(Unsupported|Skipped|Excluded)\s*:" "$log" | awk -F: '{ s += $2 } END { print s + 0 }') ;;
    *)
      if grep -qE "^(PASS|FAIL|SKIP): " "$log"; then
        p=$(grep -cE "^PASS: " "$log")
        f=$(grep -cE "^FAIL: " "$log")
        s=$(grep -cE "^SKIP: " "$log")
      fi ;;
  esac
  if [ -z "$p" ]; then
    p=0; f=0
    case "$rc" in 0) p=1 ;; 77) s=1 ;; *) f=1 ;; esac
  elif [ "$rc" -ne 0 ] && [ "$rc" -ne 77 ] && [ "$f" -eq 0 ]; then
    f=1 # the step failed without a failing test (a crash, a build error)
  fi
  step_p=$p; step_f=$f; step_s=$s
}

# Sets CPU to the CPU seconds (user + system) of this shell's finished
# children so far (`times` must run in this shell: in a $(...) subshell it
# would count nothing).
cpu_seconds() {
  times >"$logs/.times"
  CPU=$(tail -1 "$logs/.times" | awk '{ split($1, u, "m"); split($2, s, "m"); printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
}

# step NAME CMD...: runs CMD, keeps its output in $logs/NAME.log, books it
# with its wall and CPU seconds (CPU time says what a step costs on a
# machine shared with other work).
step() {
  local name="$1"; shift
  local t0=$SECONDS c0 rc
  early_collect; cpu_seconds; c0=$CPU
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  rc=${PIPESTATUS[0]}
  cpu_seconds; early_collect
  book "$name" "$rc" "$((SECONDS - t0))s, cpu $((CPU - c0))s"
  return "$rc"
}

# book NAME RC TIME [REASON]
book() {
  local name="$1" rc="$2" dt="$3" reason="${4:-}"
  [ -f "$logs/$name.log" ] || echo "$reason" >"$logs/$name.log"
  count "$name" "$rc"
  passed=$((passed + step_p)); failed=$((failed + step_f)); skipped=$((skipped + step_s))
  local what="${step_p} passed, ${step_f} failed, ${step_s} skipped"
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 77 ] || [ "$step_f" -ne 0 ]; then
    summary+=("FAIL  $name (${reason:-exit $rc}; $what; $dt)")
  elif [ "$rc" -eq 77 ] || [ "$step_p" -eq 0 ]; then
    local why
    why=${reason:-$(grep -E "^SKIP: " "$logs/$name.log" | head -3 | sed 's/^SKIP: //' | paste -sd';' -)}
    summary+=("SKIP  $name (${why:-no reason given}; $dt)")
  else
    local partial=""
    [ "$step_s" -eq 0 ] || partial=", skipped: $(grep -E "^SKIP: " "$logs/$name.log" | head -3 | sed 's/^SKIP: //' | paste -sd';' -)"
    summary+=("PASS  $name ($what$partial; $dt)")
  fi
}

# A step that is a script: scripts/NAME.sh, which must exist and be executable.
script_step() {
  local name="$1" path="scripts/$1.sh"
  if [ ! -e "$path" ]; then
    echo "=== $name: $path is missing"
    book "$name" 1 0s "$path is missing"; return 1
  fi
  if [ ! -x "$path" ]; then
    echo "=== $name: $path is not executable"
    book "$name" 1 0s "$path is not executable"; return 1
  fi
  if [ -n "${early[$name]:-}" ]; then
    early_finish "$name"; return
  fi
  step "$name" "./$path"
}

# early_start NAME: starts scripts/NAME.sh in the background (in a session
# of its own: cleanup stops it; at nice 10 if NAME is in NICE_STEPS), its
# output in $logs/NAME.log; its exit
# status and wall and CPU seconds (`times` of its subshell) go to
# $logs/NAME.early when it ends. The subshell then waits for early_collect:
# this shell's `times` counts a child once it is reaped, and reaped between
# two steps its CPU seconds are counted in no step but its own.
early_start() {
  local name="$1" path="scripts/$1.sh"
  [ -x "$path" ] || return 0 # script_step reports it at its place
  # Where the kernel groups tasks by session (autogroup, sched_autogroup_enabled),
  # a task's nice weighs only against its own session's: the new session
  # of a niced step gets nice 10 as a whole.
  local nice=()
  [[ " $NICE_STEPS " == *" $name "* ]] &&
    nice=(sh -c '[ -w /proc/self/autogroup ] && echo 10 >/proc/self/autogroup; exec nice -n 10 "$0"')
  mkfifo "$logs/$name.go"
  (
    t0=$(date +%s)
    setsid -w "${nice[@]}" "./$path" >"$logs/$name.log" 2>&1 </dev/null &
    echo $! >"$logs/$name.pid"
    wait $!
    rc=$?
    times >"$logs/.times.$name"
    cpu=$(tail -1 "$logs/.times.$name" | awk '{ split($1, u, "m"); split($2, s, "m"); printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
    echo "$rc $(($(date +%s) - t0))s, cpu ${cpu}s" >"$logs/$name.early.tmp"
    mv "$logs/$name.early.tmp" "$logs/$name.early"
    read -r _ <"$logs/$name.go"
  ) &
  early[$name]=$!
}

# early_collect: reaps every early step that has ended (and not yet been
# reaped), between two steps.
early_collect() {
  local name
  for name in "${!early[@]}"; do
    [ -z "${early_done[$name]:-}" ] && [ -e "$logs/$name.early" ] || continue
    echo go >"$logs/$name.go"
    wait "${early[$name]}"
    early_done[$name]=1
  done
}

# early_finish NAME: waits for the step early_start started, prints its
# output and books it.
early_finish() {
  local name="$1" rc dt
  echo "=== $name: ./scripts/$name.sh (started in the background at the start of test.sh)"
  while [ ! -e "$logs/$name.early" ]; do sleep 1; done
  early_collect
  cat "$logs/$name.log"
  read -r rc dt <"$logs/$name.early"
  book "$name" "$rc" "$dt, beside the steps before it"
  return "$rc"
}

for s in $EARLY_STEPS; do
  [[ " $STEPS " == *" $s "* ]] && early_start "$s"
done

built=1
for s in $STEPS; do
  case "$s" in
    build)
      step build ./scripts/build.sh "$@" || { built=0; echo "=== build failed: no test runs"; } ;;
    *) if [ "$built" -eq 0 ] && [ -z "${early[$s]:-}" ]; then
         book "$s" 1 0s "not run: the build failed"; continue
       fi
       case "$s" in
         unit-tests) step unit-tests ctest --test-dir "$BUILD_DIR" --no-tests=error --output-on-failure -j "$JOBS" ;;
         lit) step lit "$LIT" -sv "$BUILD_DIR/test" ;;
         # --min-pass: 128 functions of test/Transforms fuse and are compared
         # (2026-11-30); far fewer means the inputs or the fusion went away
         numcheck) step numcheck python3 test/Transforms/Inputs/numcheck.py --build "$BUILD_DIR" \
                     -j "$JOBS" --min-pass 90 test/Transforms/*.mlir ;;
         *) script_step "$s" ;;
       esac ;;
  esac
done

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
cpu_seconds
echo "time: ${SECONDS}s wall, cpu ${CPU}s"
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
