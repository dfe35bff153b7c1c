#!/usr/bin/env python3
"""Synthetic documents JSON Lines for `entente extract` benchmarks (stdlib only).

Each line is one document: {"id": "g<n>", "date": "YYYY-MM-DD", "text": "..."},
n counting from 1 (so document gN is line N), dates spread over 2020, and a
text of --sentences-per-doc sentences. About three sentences in four state an
event between two countries ("France accused Chile of violating the
ceasefire."), built from templates over the country names of
datasets/actors/countries.tsv and verb phrases the dictionary coder codes
(datasets/dictionaries/verbs*.tsv, patterns*.tsv, nouns.tsv); the rest are
filler sentences that name no actor. The same --seed always gives the same
bytes (random.Random(seed), nothing else random).

    scripts/bench/gen_documents.py --docs 10000 --sentences-per-doc 20 --seed 1 --out docs.jsonl
"""
import argparse
import datetime
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Event phrases: "{a} ... {b} ...", a and b two country names. Each was checked
# to be coded by `entente extract` (fast parser) with the code noted (for the
# reader; the generator does not use it). Mutual acts (meetings, talks,
# agreements) and visits give one relation each way.
EVENTS = [
    # verbal and material cooperation (quads 1, 2)
    "{a} met with {b} in Geneva.",                                    # 040
    "{a} held talks with {b} on trade.",                              # 046
    "{a} signed an agreement with {b} on energy.",                    # 057
    "{a} signed a treaty with {b}.",                                  # 057
    "{a} praised {b} for its handling of the crisis.",                # 051
    "{a} welcomed the proposal by {b}.",                              # 051
    "{a} thanked {b} for its support.",                               # 051
    "{a} congratulated {b} on the election.",                         # 051
    "{a} visited {b} last week.",                                     # 042 (and 043 back)
    "{a} hosted the president of {b}.",                               # 043 (and 042 back)
    "{a} invited {b} to the summit.",                                 # 036
    "{a} urged {b} to resume negotiations.",                          # 026
    "{a} expressed support for {b}.",                                 # 032
    "{a} agreed to cooperate with {b} on security.",                  # 032
    "{a} sent humanitarian aid to {b}.",                              # 073
    "{a} renewed negotiations with {b}.",                             # 046
    "{a} lifted sanctions on {b}.",                                   # 085
    "{a} apologized to {b} for the incident.",                        # 055
    "{a} consulted with {b} about the border.",                       # 040
    "{a} spoke by telephone with {b}.",                               # 041
    "{a} released prisoners from {b}.",                               # 0841
    "{a} promised economic aid to {b}.",                              # 033
    "{a} granted asylum to citizens of {b}.",                         # 075
    # verbal and material conflict (quads 3, 4)
    "{a} accused {b} of violating the ceasefire.",                    # 112
    "{a} condemned {b} for the attack.",                              # 112
    "{a} criticized {b} over its policy.",                            # 111
    "{a} blamed {b} for the unrest.",                                 # 112
    "{a} denounced {b} in a statement.",                              # 111
    "{a} warned {b} against further provocations.",                   # 130
    "{a} threatened {b} with retaliation.",                           # 130
    "{a} demanded compensation from {b}.",                            # 1031
    "{a} protested against {b} in front of the embassy.",             # 140
    "{a} rejected the demands of {b}.",                               # 124
    "{a} imposed sanctions on {b}.",                                  # 163
    "{a} banned exports to {b}.",                                     # 163
    "{a} recalled its ambassador from {b}.",                          # 161
    "{a} broke off relations with {b}.",                              # 161
    "{a} expelled diplomats from {b}.",                               # 161
    "{a} arrested citizens of {b}.",                                  # 173
    "{a} seized a ship from {b}.",                                    # 171
    "{a} attacked {b} near the border.",                              # 190
    "{a} bombed positions held by {b}.",                              # 190
    "{a} fought with {b} along the frontier.",                        # 190
]

# Filler: no actor, so no event (what news text mostly is).
FILLER = [
    "Markets were calm on Tuesday.",
    "The weather delayed several flights in the morning.",
    "Analysts expect the figures to improve next quarter.",
    "Officials gave no further details.",
    "The report will be published next month.",
    "Prices of grain rose for the third week in a row.",
    "Turnout in the local elections was lower than expected.",
    "The ministry did not respond to a request for comment.",
    "Heavy rain caused flooding in several towns.",
    "The talks are expected to continue on Friday.",
    "Shares in the largest banks fell slightly.",
    "A spokesman declined to comment on the matter.",
]

FILLER_SHARE = 0.25


def read_tsv(path):
    """Rows of a datasets/ TSV: '#' comments and the header line skipped."""
    rows, header = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if not header:
                header = True
                continue
            rows.append(line.split("\t"))
    return rows


def covers_2020(row):
    """An actor dictionary row (name code from to) valid throughout 2020."""
    start = row[2] if len(row) > 2 else ""
    end = row[3] if len(row) > 3 else ""
    return (not start or start <= "2020-01-01") and (not end or end > "2020-12-31")


# Former states: known to the dictionaries, but no actor of 2020 news.
FORMER = {"ANT", "CSK", "DDR", "SCG", "SUN", "YUG"}


def country_names(datasets):
    """Names from countries.tsv that the coder resolves to that same country in 2020.

    countries.tsv also lists regions (Europe, the West: left out of graphs),
    former states (East Germany) and names the dictionaries do not know or give
    another code; sentences over those would code nothing or something else.
    """
    regions = {r[0] for r in read_tsv(os.path.join(datasets, "actors", "organisations.tsv"))
               if len(r) > 2 and r[2] == "region"}
    codes = {}
    dicts = os.path.join(datasets, "dictionaries")
    for name in ("actors.tsv", "actors.extra.tsv"):
        for row in read_tsv(os.path.join(dicts, name)):
            if len(row) >= 2 and covers_2020(row):
                codes.setdefault(row[0], set()).add(row[1])
    names = []
    for row in read_tsv(os.path.join(datasets, "actors", "countries.tsv")):
        code, name = row[0], row[1]
        if code in regions or code in FORMER or not name[:1].isupper():
            continue
        if codes.get(name.lower()) == {code}:
            names.append(name)
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, required=True, help="number of documents")
    ap.add_argument("--sentences-per-doc", type=int, default=20, help="sentences per document")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="output file ('-' = stdout)")
    ap.add_argument("--datasets", default=os.path.join(ROOT, "datasets"),
                    help="entente's datasets folder (country names, dictionaries)")
    args = ap.parse_args()
    if args.docs < 0 or args.sentences_per_doc < 1:
        ap.error("--docs must be >= 0 and --sentences-per-doc >= 1")

    names = country_names(args.datasets)
    if len(names) < 2:
        sys.exit("gen_documents.py: fewer than two usable country names in " + args.datasets)
    rng = random.Random(args.seed)
    jan1 = datetime.date(2020, 1, 1)

    def sentence():
        if rng.random() < FILLER_SHARE:
            return rng.choice(FILLER)
        a, b = rng.sample(names, 2)
        return rng.choice(EVENTS).format(a=a, b=b)

    # Written to a temporary name and renamed, so an interrupted run leaves no
    # truncated file that a benchmark would take for a cached one.
    tmp = args.out if args.out == "-" else args.out + ".part"
    out = sys.stdout if args.out == "-" else open(tmp, "w", encoding="utf-8")
    try:
        for n in range(1, args.docs + 1):
            date = jan1 + datetime.timedelta(days=rng.randrange(366))  # 2020 is a leap year
            text = " ".join(sentence() for _ in range(args.sentences_per_doc))
            out.write(json.dumps({"id": "g%d" % n, "date": date.isoformat(), "text": text},
                                 ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if args.out != "-":
        os.replace(tmp, args.out)
    print("gen_documents.py: %d documents, %d sentences, %d country names -> %s"
          % (args.docs, args.docs * args.sentences_per_doc, len(names), args.out),
          file=sys.stderr)


if __name__ == "__main__":
    main()
