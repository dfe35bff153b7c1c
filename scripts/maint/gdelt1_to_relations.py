#!/usr/bin/env python3
"""Convert GDELT 1.0 daily-export rows into entente relations JSONL.

Maintainer script; its output is committed as
datasets/relations/gdelt1-georgia-2011-08.jsonl (from
datasets/events/gdelt1-georgia-2011-08.tsv). An actor is its organisation
code when it is an organisation (IGO/NGO/IMG) that datasets/actors/
organisations.tsv lists or that has no country code, else its country code
(the full actor code when rooted in it); rows with neither on a side are
left out, as entente's GDELT reader does (docs/ingest.md). weight =
NumMentions; doc = GLOBALEVENTID.
Usage: gdelt1_to_relations.py IN.tsv ORGANISATIONS.tsv > OUT.jsonl
"""
import json
import sys

LISTED = set()


def listed_prefix(code):
    for n in range(len(code), 2, -1):
        if (n % 3 == 0 or n == len(code)) and code[:n] in LISTED:
            return True
    return False


def actor(code, country):
    if len(code) >= 6 and code[:3] in ("IGO", "NGO", "IMG") and (listed_prefix(code) or not country):
        return code
    if not country:
        return None
    # Keep the full CAMEO actor code when it is rooted in the country code.
    return code if code.startswith(country) else country


def main(path, organisations):
    for line in open(organisations, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if line.startswith("#") or f[0] == "code" or len(f) < 3 or f[2] == "region":
            continue
        LISTED.add(f[0])
    print(json.dumps({"format": "entente-relations", "version": 1}, separators=(",", ":")))
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) not in (57, 58):
            continue
        source, target = actor(f[5], f[7]), actor(f[15], f[17])
        if not source or not target:
            continue
        d = f[1]
        rel = {
            "date": f"{d[0:4]}-{d[4:6]}-{d[6:8]}",
            "source": source,
            "target": target,
            "code": f[26],
            "root": int(f[28]),
            "quad": int(f[29]),
            "goldstein": float(f[30]),
            "weight": int(f[31]),
            "doc": "gdelt:" + f[0],
        }
        print(json.dumps(rel, separators=(",", ":"), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
