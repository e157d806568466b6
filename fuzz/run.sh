#!/usr/bin/env bash
# Runs the libFuzzer targets built in BUILD_DIR (by `make fuzz`), each for SECONDS,
# JOBS targets at a time. Each target starts from the committed seeds
# (fuzz/corpus/<name>) and past crashes (fuzz/regressions/<name>); inputs it finds go to
# BUILD_DIR/fuzz-corpus/<name>, crashes to BUILD_DIR/fuzz-artifacts/<name>/, logs to
# BUILD_DIR/fuzz-logs/<name>.log. Exits 1 when any target found a problem.
#
#   fuzz/run.sh BUILD_DIR SECONDS [JOBS] [TARGET...]
set -uo pipefail
build=${1:?usage: fuzz/run.sh BUILD_DIR SECONDS [JOBS] [TARGET...]}
seconds=${2:?seconds}
jobs=${3:-1}
shift $(( $# >= 3 ? 3 : $# ))
here=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(read_text read_html read_jsonl extract alias_file export_dot export_graphml export_gexf export_json store_codec merge_state)
fi

# Per target: input size cap and dictionary.
max_len() {
  case $1 in
    export_*|alias_file|store_codec) echo 4096 ;;
    *) echo 65536 ;;
  esac
}
dict() {
  case $1 in
    read_html) echo "$here/dict/html.dict" ;;
    read_jsonl) echo "$here/dict/jsonl.dict" ;;
    read_text|extract) echo "$here/dict/text.dict" ;;
  esac
}

# Sanitizer reports name source lines only with a symbolizer; llvm-14 installs it under
# a versioned name.
for s in llvm-symbolizer llvm-symbolizer-14 /usr/lib/llvm-14/bin/llvm-symbolizer; do
  if command -v "$s" > /dev/null 2>&1; then export ASAN_SYMBOLIZER_PATH; ASAN_SYMBOLIZER_PATH=$(command -v "$s"); break; fi
done

run_one() {
  local name=$1 bin="$build/fuzz/fuzz_$1"
  local corpus="$build/fuzz-corpus/$name" art="$build/fuzz-artifacts/$name" log="$build/fuzz-logs/$name.log"
  mkdir -p "$corpus" "$art" "$(dirname "$log")"
  local args=(-max_total_time="$seconds" -max_len="$(max_len "$name")" -timeout=10 -rss_limit_mb=2048
              -print_final_stats=1 -artifact_prefix="$art/")
  local d; d=$(dict "$name"); [ -n "$d" ] && args+=(-dict="$d")
  local seeds=("$here/corpus/$name")
  [ -d "$here/regressions/$name" ] && seeds+=("$here/regressions/$name")
  # Graphviz keeps some allocations by design: suppressed by library name, nothing else.
  ASAN_OPTIONS="abort_on_error=1:symbolize=1" LSAN_OPTIONS="suppressions=$here/lsan_suppressions.txt" \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
    "$bin" "${args[@]}" "$corpus" "${seeds[@]}" > "$log" 2>&1
  local status=$?
  local execs; execs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  if [ $status -eq 0 ]; then
    echo "fuzz $name: ok, $execs runs in ${seconds}s"
  else
    echo "fuzz $name: FAILED (status $status), see $log; crash inputs in $art/"
    grep -a -m5 -E 'ERROR|fuzz check failed|runtime error|SUMMARY' "$log" | sed 's/^/  /'
    # The first frames of the report, so a CI log alone says where it happened.
    grep -a -m12 -E '^ *#[0-9]+ ' "$log" | sed 's/^/  /'
    # And the input itself, small ones as hex, so it can be replayed without the artifact.
    local crash; crash=$(ls -t "$art"/crash-* "$art"/leak-* "$art"/timeout-* "$art"/oom-* 2>/dev/null | head -1)
    if [ -n "$crash" ] && [ "$(stat -c %s "$crash")" -le 4096 ]; then
      echo "  input $crash (base64):"; base64 -w0 "$crash" | fold -w 100 | sed 's/^/    /'; echo
    fi
  fi
  return $status
}

failed=0
pids=()
names=()
for name in "${targets[@]}"; do
  if [ ! -x "$build/fuzz/fuzz_$name" ]; then
    echo "fuzz $name: no binary $build/fuzz/fuzz_$name (run make fuzz-build)"; failed=1; continue
  fi
  run_one "$name" &
  pids+=($!); names+=("$name")
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}"); names=("${names[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
exit $failed
