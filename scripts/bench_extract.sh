#!/usr/bin/env bash
# Speed benchmark for `entente extract`: the PLOVER gold sentences repeated
# to at least 1,000,000 sentences (documents JSONL of 100 sentences each,
# under /tmp), coded on one thread and then on two; prints sentences/second.
# The precise mode (parser `link`) parses each sentence with two actors with
# Link Grammar: it is measured on 10,000 sentences unless told otherwise.
#
#   scripts/bench_extract.sh [build/src/entente] [sentences] [fast|link]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/src/entente}
parser=${3:-fast}
if [[ "$parser" != fast && "$parser" != link ]]; then
  echo "usage: scripts/bench_extract.sh [binary] [sentences] [fast|link]" >&2
  exit 2
fi
default=1000000
if [[ "$parser" == link ]]; then default=10000; fi
target=${2:-$default}
work=$(mktemp -d /tmp/entente-bench-extract.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 - "$root/datasets/gold/PLOVER_GSR_CAMEO.json" "$target" "$work/docs.jsonl" <<'PY'
import json, sys
records = [r for r in json.load(open(sys.argv[1])) if r.get('text')]
sentences = [r['text'].replace('{', '').replace('}', '') for r in records]
target, n, doc = int(sys.argv[2]), 0, 0
with open(sys.argv[3], 'w') as out:
    while n < target:
        batch = [sentences[(n + k) % len(sentences)] for k in range(100)]
        out.write(json.dumps({'id': 'd%d' % doc, 'date': '2000-01-01', 'text': ' '.join(batch)}) + '\n')
        n += 100
        doc += 1
print('%d sentences in %d documents' % (n, doc), file=sys.stderr)
PY
cd "$root"
for threads in 1 2; do
  "$bin" extract "$work/docs.jsonl" --threads "$threads" --parser "$parser" -o "$work/out.jsonl"
done
