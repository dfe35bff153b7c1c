#!/usr/bin/env bash
# The generated bash completion completes commands, options and option
# choices of the binary it came from, and the generated man page is valid
# roff with a section for every command.
# Usage: shell_docs_test.sh ENTENTE SHELL_DOCS_DIR
set -uo pipefail
bin="$1"
docs="$2"
fail=0
check() { # what, expected word, actual words
  if [[ " $3 " != *" $2 "* ]]; then
    echo "FAIL: $1: expected '$2' in: $3"
    fail=1
  fi
}
commands=$("$bin" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF {print $1}')
[[ -n "$commands" ]] || { echo "FAIL: no commands in entente --help"; exit 1; }

complete_words() { # the words bash would offer after the given command line
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _entente
           echo "${COMPREPLY[*]}"' _ "$docs/entente.bash" "$@"
}
bash -n "$docs/entente.bash" || { echo "FAIL: entente.bash is not valid bash"; exit 1; }
all=$(complete_words entente '')
for c in $commands; do check "command list" "$c" "$all"; done
check "prefix" snapshot "$(complete_words entente sn)"
check "help's argument" render "$(complete_words entente help ren)"
check "option prefix" --level "$(complete_words entente snapshot --lev)"
levels=$(complete_words entente snapshot --level '')
check "choices of --level" country "$levels"
check "choices of --level" actor "$levels"
for c in $commands; do
  offered=$(complete_words entente "$c" --)
  for opt in $("$bin" "$c" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
    check "options of $c" "$opt" "$offered"
  done
done

if [[ ! -f "$docs/entente.1" ]]; then
  if command -v help2man > /dev/null; then
    echo "FAIL: help2man is installed but no man page was generated"
    exit 1
  fi
  echo "man page skipped: help2man not installed (completion checked)"
  exit $((fail ? 1 : 77))
fi
warnings=$(groff -man -Tutf8 -ww -z "$docs/entente.1" 2>&1)
[[ -z "$warnings" ]] || { echo "FAIL: groff warnings: $warnings"; fail=1; }
text=$(groff -man -Tutf8 "$docs/entente.1" 2> /dev/null | sed 's/.\x08//g')
for c in $commands; do
  grep -q "entente $c\$" <<< "$text" || { echo "FAIL: man page has no section for $c"; fail=1; }
done
grep -q -- "--output" <<< "$text" || { echo "FAIL: man page lacks the commands' options"; fail=1; }
exit $fail
