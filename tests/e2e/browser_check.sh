#!/usr/bin/env bash
# Loads the HTML report in headless Chromium: no console errors, every image
# decodes, and a screenshot is saved. Exit 77 (ctest: skipped) only when
# Debian's chromium is not installed and cannot be installed.
# Usage: browser_check.sh REPORT.html SCREENSHOT.png
set -euo pipefail
report="$(realpath "$1")"
shot="$2"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then
  echo "SKIP: chromium is not installed (apt-get install chromium)"
  exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$work/profile" --virtual-time-budget=10000)

# 1. The report as shipped: console messages go to stderr with logging on.
"$browser" "${flags[@]}" --enable-logging=stderr --v=1 --dump-dom "file://$report" \
  >"$work/dom.html" 2>"$work/console.log" || true
if grep -E ":CONSOLE[:(]|Uncaught|Refused to" "$work/console.log" >"$work/errors.log"; then
  echo "FAIL: console messages while loading the report:"; cat "$work/errors.log"; exit 1
fi
grep -q "</html>" "$work/dom.html" || { echo "FAIL: the page did not load"; exit 1; }

# 2. A probe copy whose script checks that every image decodes (the report
# itself forbids scripts through its Content-Security-Policy).
probe="$work/probe.html"
sed -e 's|<meta http-equiv="Content-Security-Policy"[^>]*>||' "$report" >"$probe"
cat >>"$probe" <<'JS'
<script>
Promise.all([...document.images].map(i => i.decode().then(() => i.naturalWidth > 0, () => false)))
  .then(r => { document.body.setAttribute('data-images', r.length + ':' + r.filter(x => !x).length); });
</script>
JS
"$browser" "${flags[@]}" --dump-dom "file://$probe" >"$work/probe.dom" 2>/dev/null || true
result="$(grep -o 'data-images="[0-9]*:[0-9]*"' "$work/probe.dom" || true)"
[[ -n "$result" ]] || { echo "FAIL: the image probe did not run"; exit 1; }
total="${result#data-images=\"}"; total="${total%%:*}"
broken="${result##*:}"; broken="${broken%\"}"
echo "images: $total, broken: $broken"
[[ "$total" -gt 0 && "$broken" -eq 0 ]] || { echo "FAIL: images that do not decode"; exit 1; }

# 3. A screenshot of the first screen.
"$browser" "${flags[@]}" --window-size=1366,900 --screenshot="$(realpath -m "$shot")" \
  "file://$report" 2>/dev/null || true
[[ -s "$shot" ]] || { echo "FAIL: no screenshot"; exit 1; }
echo "ok: report loads without console errors; screenshot $shot"
