#!/usr/bin/env bash
# Builds attn-opt and libattnrt (Release, scripts/build.sh) and runs every
# test: the unit tests (ctest), the lit tests (check-attn: dialect, fusion,
# conversion, integration under mlir-runner), and, where present, the
# generated docs check (scripts/check-docs.sh), the runtime sanitizer builds
# (scripts/test-runtime-sanitizers.sh), the attn-opt mutation fuzz under
# ASan+UBSan (scripts/fuzz-attn-opt.sh), the kernel ISA checks
# (scripts/check-kernels.sh) and the install/packaging check
# (scripts/test-install.sh). Exits nonzero if anything fails; the last line
# counts the tests that passed and failed (steps without their own count
# count as one test each).
#   scripts/test.sh [extra cmake args for scripts/build.sh]
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

passed=0
failed=0
summary=()

# run_step NAME CMD...: runs CMD, keeps its output in $logs/NAME.log.
run_step() {
  local name="$1"; shift
  local t0=$SECONDS
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local rc=${PIPESTATUS[0]}
  local dt=$((SECONDS - t0))
  if [ "$rc" -eq 0 ]; then
    summary+=("PASS  $name (${dt}s)")
  else
    summary+=("FAIL  $name (exit $rc, ${dt}s)")
  fi
  return "$rc"
}

# Adds the counts a step's log reports, or 1 pass / 1 fail for the step.
count() {
  local name="$1" rc="$2" p="" f=""
  case "$name" in
    build)
      [ "$rc" -eq 0 ] || failed=$((failed + 1))
      return ;;
    unit-tests)
      # ctest: "100% tests passed, 0 tests failed out of 57"
      local line
      line=$(grep -E "tests passed, [0-9]+ tests? failed out of" "$logs/$name.log" | tail -1)
      if [ -n "$line" ]; then
        local total
        f=$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")
        total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
        p=$((total - f))
      fi ;;
    lit)
      # lit: "  Passed: 40" / "  Failed: 3" (also Unsupported, XFAIL, ...)
      p=$(grep -E "^\s*(Passed|Expectedly Failed)\s*:" "$logs/$name.log" |
          awk -F: '{ s += $2 } END { print s + 0 }')
      f=$(grep -E "^\s*(Failed|Unexpectedly Passed|Unresolved|Timed Out)\s*:" "$logs/$name.log" |
          awk -F: '{ s += $2 } END { print s + 0 }') ;;
  esac
  if [ -z "$p" ] || { [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; }; then
    if [ "$rc" -eq 0 ]; then p=1; f=0; else p=0; f=1; fi
  elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1 # the runner failed without a failing test (e.g. a crash)
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}

step() {
  local name="$1"; shift
  run_step "$name" "$@"
  local rc=$?
  count "$name" "$rc"
  return "$rc"
}

if ! step build ./scripts/build.sh "$@"; then
  echo "=== build failed: no test ran"
else
  step unit-tests ctest --test-dir build --output-on-failure -j 2
  step lit /usr/lib/llvm-22/bin/lit -sv build/test
  for s in check-docs test-runtime-sanitizers fuzz-attn-opt check-kernels test-install; do
    [ -x "scripts/$s.sh" ] && step "$s" "./scripts/$s.sh"
  done
fi

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
