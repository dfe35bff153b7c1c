#!/usr/bin/env bash
# Quick start 2: install what is missing, build, run the whole test suite
# through ctest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh" --test
build="$root/build-test"
"$root/scripts/build.sh" "$build" -DENTENTE_BUILD_TESTS=ON -DENTENTE_WERROR=ON
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
