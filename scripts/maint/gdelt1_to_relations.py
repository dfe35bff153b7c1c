#!/usr/bin/env python3
"""Convert GDELT 1.0 daily-export rows into entente relations JSONL.

Maintainer script (needs ../shared/data); its output is committed as
datasets/relations/gdelt1-georgia-2011-08.jsonl. Rows lacking a country on
either side are left out; weight = NumMentions; doc = GLOBALEVENTID.
Usage: gdelt1_to_relations.py IN.tsv > OUT.jsonl
"""
import json
import sys


def actor(code, country):
    # Keep the full CAMEO actor code when it is rooted in the country code.
    return code if code.startswith(country) else country


def main(path):
    print(json.dumps({"format": "entente-relations", "version": 1}, separators=(",", ":")))
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) not in (57, 58) or not f[7] or not f[17]:
            continue
        d = f[1]
        rel = {
            "date": f"{d[0:4]}-{d[4:6]}-{d[6:8]}",
            "source": actor(f[5], f[7]),
            "target": actor(f[15], f[17]),
            "code": f[26],
            "root": int(f[28]),
            "quad": int(f[29]),
            "goldstein": float(f[30]),
            "weight": int(f[31]),
            "doc": "gdelt:" + f[0],
        }
        print(json.dumps(rel, separators=(",", ":"), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
