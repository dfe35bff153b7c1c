#!/usr/bin/env bash
# Runs the libFuzzer targets in tests/fuzz/ (one per parser) for a while
# each and prints what they did. Installs clang 14 and its runtime (Debian's
# clang-14, libclang-rt-14-dev) if missing, builds into build-fuzz/ with
# -DENTENTE_FUZZ=ON, and grows each target's corpus in build-fuzz/corpus/
# from the seeds in tests/fuzz/corpus/. Crash inputs land in
# build-fuzz/crashes/<target>/; each one found becomes a named regression
# test in the normal suite.
# Usage: scripts/fuzz.sh [seconds=60] [target...]   (targets: relations_jsonl, dates, ...)
# Environment: FUZZ_JOBS=N runs N targets at once (default 1); FUZZ_TIMEOUT=S
# is the seconds one input may take before it counts as a hang (default 10;
# raise it when the fuzzers run at low priority beside other work).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
if [[ $# -gt 0 ]]; then shift; fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh [seconds=60] [target...]" >&2
  exit 2
fi
jobs="${FUZZ_JOBS:-1}"
timeout="${FUZZ_TIMEOUT:-10}"

"$root/scripts/setup.sh"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
missing=()
for p in clang-14 libclang-rt-14-dev; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "fuzz: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build="$root/build-fuzz"
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DENTENTE_FUZZ=ON -DENTENTE_BUILD_TESTS=OFF >/dev/null
if [[ $# -eq 0 ]]; then
  set -- $(cd "$root/tests/fuzz" && ls -- *_fuzz.cpp | sed 's/_fuzz\.cpp$//')
fi
cmake --build "$build" --parallel "$(nproc)" --target $(printf 'fuzz_%s ' "$@")

# Longest input worth mutating per target: whole files for the readers,
# short strings for dates and option values.
max_len() {
  case "$1" in
    dates | cli_values) echo 64 ;;
    dot_names) echo 300 ;;
    byte_source) echo 65536 ;;
    *) echo 16384 ;;
  esac
}

run_one() {
  local t="$1" corpus="$build/corpus/$1" crashes="$build/crashes/$1" log="$build/logs/$1.log"
  rm -rf "$crashes" # this run's crashes only; earlier ones are regression tests by now
  mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
  # A target stops at its first crash (input saved in $crashes): fix it,
  # add the regression test, run again.
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
    -rss_limit_mb=2048 -timeout="$timeout" -print_final_stats=1 -print_funcs=0 \
    -artifact_prefix="$crashes/" "$corpus" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1 &
  local pid=$!
  wait "$pid" || true
  # The target's scratch folder (tests/fuzz/fuzz_support.hpp): libFuzzer
  # leaves with _Exit, so the target's own atexit cleanup does not run.
  rm -rf "/dev/shm/entente-fuzz.$pid" "${TMPDIR:-/tmp}/entente-fuzz.$pid"
}

export -f run_one max_len
export build root seconds timeout
printf '%s\n' "$@" | xargs -P "$jobs" -I{} bash -c 'run_one {}'

status=0
printf '%-18s %14s %8s %8s\n' target executions crashes corpus
for t in "$@"; do
  log="$build/logs/$t.log"
  # The final stats, or after a crash the last progress line ("#1234 ...").
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{print $2}')
  if [[ -z "$execs" ]]; then
    execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  fi
  crashes=$(find "$build/crashes/$t" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
    -o -name 'leak-*' \) | wc -l)
  corpus=$(find "$build/corpus/$t" -type f | wc -l)
  printf '%-18s %14s %8s %8s\n' "$t" "$execs" "$crashes" "$corpus"
  if ((crashes > 0)); then status=1; fi
done
exit "$status"
