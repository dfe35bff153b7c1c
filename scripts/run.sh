#!/usr/bin/env bash
# Quick start 1: install what is missing, build (release), and run the main
# job: every dataset in datasets/ -> output/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" "$root/build" -DENTENTE_BUILD_TESTS=OFF
cd "$root"
./build/src/entente run --datasets datasets --output output "$@"
echo "run: results in $root/output"
