#!/usr/bin/env python3
"""Generated signed edge lists at the sizes users bring, for the picture benchmark.

Writes two windows of the same actors, A and B (B: a share of dyads flip sign,
weights change by noise), as entente edge lists (source,target,weight). The model
is the one tests/support/generated.hpp uses: actors fall into planted blocs;
activity falls off as 1/rank, so a few actors take part in most dyads; ties inside
a bloc are cooperative with probability 0.85, across blocs with 0.3; |weight| is
lognormal. Deterministic for --seed. Stdlib only.

    gen_signed.py --actors 250 --dyads 25000 --out-a a.csv --out-b b.csv
"""
import argparse
import bisect
import itertools
import math
import random


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--actors", type=int, required=True)
    p.add_argument("--dyads", type=int, required=True)
    p.add_argument("--blocs", type=int, default=5)
    p.add_argument("--flip", type=float, default=0.05, help="share of dyads whose sign flips in B")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out-a", required=True)
    p.add_argument("--out-b", required=True)
    a = p.parse_args()
    n, wanted = a.actors, min(a.dyads, a.actors * (a.actors - 1) // 2)
    rng, noise = random.Random(a.seed), random.Random(a.seed + 1)
    activity = [1.0 / (i + 1) for i in range(n)]
    cumulative = list(itertools.accumulate(activity))

    def pick():
        return bisect.bisect_left(cumulative, rng.random() * cumulative[-1])

    seen, rows = set(), []
    tries = 0
    while len(rows) < wanted and tries < 50 * wanted:
        u = pick()
        v = rng.randrange(n) if tries % 3 == 0 else pick()
        tries += 1
        key = (min(u, v), max(u, v))
        if u == v or key in seen:
            continue
        seen.add(key)
        same = u % a.blocs == v % a.blocs
        sign = 1 if rng.random() < (0.85 if same else 0.3) else -1
        w = rng.lognormvariate(2.0, 1.2) * (1 + 10 * math.sqrt(activity[u] * activity[v]))
        rows.append((key, sign * w))
    with open(a.out_a, "w") as fa, open(a.out_b, "w") as fb:
        fa.write("source,target,weight\n")
        fb.write("source,target,weight\n")
        for (u, v), w in rows:
            fa.write("X%05d,X%05d,%.1f\n" % (u, v, w))
            w_b = -w if noise.random() < a.flip else w * (1 + 0.2 * (noise.random() - 0.5))
            fb.write("X%05d,X%05d,%.1f\n" % (u, v, w_b))
    print("gen_signed: %d actors, %d dyads -> %s, %s" % (n, len(rows), a.out_a, a.out_b))


if __name__ == "__main__":
    main()
