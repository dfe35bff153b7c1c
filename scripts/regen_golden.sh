#!/usr/bin/env bash
# Regenerates the golden outputs under tests/*/golden/ with the built
# binary, so that a change in output shows up as a diff to review.
# Usage: scripts/regen_golden.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build}/src/entente"
g="$root/tests/render/golden"
"$bin" snapshot "$g/small.jsonl" -q -o "$g/small.snapshot.json"
# Sources are recorded as given: keep them relative for a stable file.
sed -i "s|$root/||" "$g/small.snapshot.json"
"$bin" render "$g/small.snapshot.json" -o "$g/small.dot"
echo "golden files regenerated; review with: git diff -- tests/"
