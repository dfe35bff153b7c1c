#!/usr/bin/env bash
# Quick start 2: install what is missing, build, run the whole test suite
# through ctest. --sanitize: the same suite built with ASan + UBSan.
# Usage: scripts/test.sh [--sanitize]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
preset=release
case "${1:-}" in
  "") ;;
  --sanitize) preset=sanitize ;;
  *) echo "usage: scripts/test.sh [--sanitize]" >&2; exit 2 ;;
esac
"$root/scripts/setup.sh" --test
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc)"
ctest --preset "$preset" --parallel "$(nproc)" --timeout 900
