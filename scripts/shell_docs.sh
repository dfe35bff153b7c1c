#!/usr/bin/env bash
# The man page and the bash completion script, both generated from the
# built binary's own command definitions (so they cannot drift from it).
# Usage: scripts/shell_docs.sh ENTENTE OUTDIR
#   writes OUTDIR/entente.bash, and OUTDIR/entente.1 when help2man is there
#   (Debian's help2man; without it the man page is skipped with a message).
set -euo pipefail
bin="$1"
out="$2"
mkdir -p "$out"

"$bin" completion bash > "$out/entente.bash.tmp"
mv "$out/entente.bash.tmp" "$out/entente.bash"

if ! command -v help2man > /dev/null; then
  echo "shell_docs: help2man not found; no man page (apt-get install help2man)" >&2
  exit 0
fi
# One subsection per command with its whole --help, preformatted. roff
# needs backslashes escaped and a line may not start with '.' or "'".
include="$out/commands.h2m"
{
  echo "[COMMANDS]"
  "$bin" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF {print $1}' |
    while read -r cmd; do
      echo ".SS \"entente $cmd\""
      echo ".nf"
      "$bin" "$cmd" --help | sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
      echo ".fi"
    done
  echo "[EXIT STATUS]"
  echo "0 on success, 1 on a failure (bad data, unreadable or unwritable files),"
  echo "2 on a usage error (unknown command or option, invalid option value)."
  echo "[SEE ALSO]"
  echo "The README and docs/ of the entente sources."
} > "$include"
help2man --no-info --no-discard-stderr --name "geopolitical relations graph analyzer" \
  --include "$include" --output "$out/entente.1.tmp" "$bin"
mv "$out/entente.1.tmp" "$out/entente.1"
