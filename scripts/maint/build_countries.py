#!/usr/bin/env python3
"""Regenerate datasets/actors/countries.tsv from the reference tables.

Maintainer script: needs ../shared/data (not shipped to users). The result is
committed, so neither the build nor the main job runs this.
Usage: scripts/maint/build_countries.py ../shared/data > datasets/actors/countries.tsv
"""
import json
import sys

# Historical or CAMEO-only country codes absent from the ISO table but used by
# the Phoenix dictionaries and by Correlates of War era data.
EXTRA = {
    "CSK": "Czechoslovakia",
    "DDR": "East Germany",
    "KSV": "Kosovo",
    "SUN": "Soviet Union",
    "TMP": "East Timor",
    "YUG": "Yugoslavia",
}

# CAMEO region codes: they stand in the country slot of an actor code
# (EURMIL = European militaries), so they fold like countries.
REGIONS = {
    "AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CAS": "Central Asia",
    "CAU": "Caucasus", "CFR": "Central Africa", "CRB": "Caribbean",
    "EAF": "East Africa", "EEU": "Eastern Europe", "EIN": "East Indies",
    "EUR": "Europe", "LAM": "Latin America", "MDT": "Mediterranean",
    "MEA": "Middle East", "NAF": "North Africa", "NMR": "North America",
    "PGS": "Persian Gulf", "SAF": "Southern Africa", "SAM": "South America",
    "SAS": "South Asia", "SCN": "Scandinavia", "SEA": "Southeast Asia",
    "WAF": "West Africa", "WEU": "Western Europe", "WST": "the West",
}


def main(root):
    table = json.load(open(f"{root}/actors/gdelt-countries.json"))
    names = {v["iso3"]: v["name"] for v in table.values() if v.get("iso3")}
    for code, name in {**EXTRA, **REGIONS}.items():
        names.setdefault(code, name)
    print("# CAMEO country and region codes; source: GDELT country lookup + CAMEO extras and regions")
    print("code\tname")
    for code in sorted(names):
        print(f"{code}\t{names[code]}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
