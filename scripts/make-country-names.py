#!/usr/bin/env python3
"""Writes resources/countries/names.csv: every ISO 3166-1 country's short name in English,
Ukrainian and Simplified Chinese, from Debian's iso-codes package (its JSON list and the gettext
catalogues it installs). Run it again after an iso-codes update and commit the result.

    scripts/make-country-names.py [--iso-codes /usr/share/iso-codes/json] [--locale /usr/share/locale]
"""
import argparse
import csv
import gettext
import json
import os
import subprocess
import sys

LANGUAGES = ["uk", "zh_CN"]  # the interface's translations besides English


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    ap.add_argument("--locale", default="/usr/share/locale")
    ap.add_argument("--out", default=os.path.join(root, "resources", "countries", "names.csv"))
    args = ap.parse_args()

    with open(os.path.join(args.iso_codes, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    catalogues = {}
    for lang in LANGUAGES:
        mo = os.path.join(args.locale, lang, "LC_MESSAGES", "iso_3166-1.mo")
        if not os.path.exists(mo):
            sys.exit(f"make-country-names: {mo} is missing (apt-get install iso-codes)")
        with open(mo, "rb") as f:
            catalogues[lang] = gettext.GNUTranslations(f)

    rows = []
    for c in sorted(countries, key=lambda c: c["alpha_3"]):
        # The short name people use ("Bolivia", not "Bolivia, Plurinational State of"); iso-codes
        # translates it like the formal one.
        english = c.get("common_name", c["name"])
        row = [c["alpha_3"], english]
        for lang in LANGUAGES:
            translated = catalogues[lang].gettext(english)
            if translated == english and "common_name" in c:
                translated = catalogues[lang].gettext(c["name"])
            row.append(translated)
        rows.append(row)

    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso3", "en"] + LANGUAGES)
        w.writerows(rows)
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True).stdout or "unknown"
    print(f"{args.out}: {len(rows)} countries from iso-codes {version}")


if __name__ == "__main__":
    main()
