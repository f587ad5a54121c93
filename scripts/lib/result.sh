# Result lines every check script prints, and its exit status.
#   . "$(dirname "$0")/lib/result.sh"
#   pass "what was checked"; fail "what failed"; skip "what" "why"
#   finish            # exit 1 if anything failed, 77 if everything was
#                     # skipped (nothing checked), 0 otherwise
# scripts/test.sh counts the `PASS:` / `FAIL:` / `SKIP:` lines of a step; a
# SKIP never counts as a pass. Exit status 77 means "skipped" (as in automake).
ATTN_PASSED=0
ATTN_FAILED=0
ATTN_SKIPPED=0
pass() { echo "PASS: $*"; ATTN_PASSED=$((ATTN_PASSED + 1)); }
fail() { echo "FAIL: $*"; ATTN_FAILED=$((ATTN_FAILED + 1)); }
skip() { echo "SKIP: $1 ($2)"; ATTN_SKIPPED=$((ATTN_SKIPPED + 1)); }
finish() {
  if [ "$ATTN_FAILED" -ne 0 ]; then exit 1; fi
  if [ "$ATTN_PASSED" -eq 0 ]; then exit 77; fi
  exit 0
}
