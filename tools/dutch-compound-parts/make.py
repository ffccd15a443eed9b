#!/usr/bin/env python3
"""Derives the Dutch compound-part dictionary of the suggestion engine from the OpenTaal word list.

Needs the Debian package wdutch (apt-get install -y wdutch); only to regenerate the list, never at build or
test time. Writes ../../src/Winwin.Live/Features/Suggestions/Engine/DutchCompoundParts.txt.

A word (4 to 12 letters) is kept when the word list holds at least MIN_COMPOUNDS compounds that are made of it
and another listed word (with the linking -s-, -e- or -en- where Dutch writes one), as their head or as their
first part: "ruimte" (opslagruimte, vergaderruimte, ...), "werk" (vrijwilligerswerk, werkplaats, ...).
The compound-word filter of Lucene then splits words of listings into these parts.
"""
import collections
import pathlib
import re

MIN_COMPOUNDS = 10
SOURCE = pathlib.Path("/usr/share/dict/dutch")
TARGET = pathlib.Path(__file__).resolve().parents[2] / "src/Winwin.Live/Features/Suggestions/Engine/DutchCompoundParts.txt"

words = {w.strip() for w in SOURCE.open(encoding="utf-8")}
words = {w for w in words if re.fullmatch(r"[a-zë-ï]+", w)}
parts = {w for w in words if 4 <= len(w) <= 12}
heads, firsts = collections.Counter(), collections.Counter()
for word in words:
    for cut in range(4, len(word) - 3):
        first, head = word[:cut], word[cut:]
        if head not in parts:
            continue
        stem = next((s for s in (first, first[:-1] if first.endswith(("s", "e")) else None,
                                 first[:-2] if first.endswith("en") else None) if s in parts), None)
        if stem is not None:
            heads[head] += 1
            firsts[stem] += 1

kept = sorted({w for w, n in heads.items() if n >= MIN_COMPOUNDS} | {w for w, n in firsts.items() if n >= MIN_COMPOUNDS})
header = [
    "# Dutch compound parts for the suggestion engine's compound-word filter.",
    "# Derived by tools/dutch-compound-parts/make.py from the OpenTaal word list (Debian package wdutch 2.20.19),",
    "# (c) 1996 Nederlandstalige Tex Gebruikersgroep, (c) 2001-2005 Simon Brouwer e.a., (c) 2006-2010, 2020 OpenTaal,",
    "# used under the revised BSD licence (see DutchCompoundParts.NOTICE.txt).",
    f"# {len(kept)} words, each part of at least {MIN_COMPOUNDS} compounds of the list.",
]
TARGET.write_text("\n".join(header + kept) + "\n", encoding="utf-8")
print(f"{len(kept)} parts written to {TARGET}")
