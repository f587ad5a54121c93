# Sourced by the GPU machine's device scripts (bench/gpu/run_decode*.sh):
#   gt NAME [VAR=value...] COMMAND [ARG...]
# runs COMMAND (a GoogleTest binary, under `timeout` as a rule) through env
# with the assignments, its output in $GT_LOG_DIR/NAME.log (default
# $OUT/NAME.log); prints, through the caller's stamp, "NAME exit RC: " and
# the log's lines matching the ERE GT_SUMMARY (default: gtest's PASSED /
# FAILED lines and the forced-kernel decline count) joined on one line, cut
# to GT_SUMMARY_COLS characters where set; on a failure sets the caller's
# status=1 and prints the first GT_FAIL_LINES (default 30) lines matching the
# ERE GT_FAIL (default: gtest's failure lines and the cases' descriptions).
gt() {
  local name=$1
  shift
  local log=${GT_LOG_DIR:-$OUT}/$name.log
  env "$@" >"$log" 2>&1
  local rc=$?
  stamp "$name exit $rc: $(grep -E "${GT_SUMMARY:-^\[  (PASSED|FAILED) |declined by the forced}" "$log" |
    tr '\n' ' ' | cut -c"1-${GT_SUMMARY_COLS:-}")"
  [ $rc -eq 0 ] || {
    status=1
    grep -E "${GT_FAIL:-Failure|Expected|Which is|relative|lse|B[0-9]+ Hq}" "$log" | head -"${GT_FAIL_LINES:-30}"
  }
}
