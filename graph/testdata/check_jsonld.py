#!/usr/bin/python3
"""Check a JSON-LD export with pyld and rdflib: both read it as the same
dataset as the N-Quads export (quads compared with numbers by value, since
JSON-LD writes doubles in canonical form, 2.4E10 for 2.4e+10).

usage: check_jsonld.py FILE.jsonld FILE.nq
"""
import json
import sys

import rdflib
from pyld import jsonld
from rdflib import XSD, Dataset, Literal

NUMERIC = (XSD.double, XSD.integer, XSD.boolean)


def norm(ds):
    out = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if isinstance(o, Literal) and o.datatype in NUMERIC:
            o = (o.datatype, o.toPython())
        out.add((s, p, o, getattr(g, "identifier", g)))
    return out


def main():
    path, nq = sys.argv[1], sys.argv[2]
    want = Dataset()
    want.parse(nq, format="nquads")
    want = norm(want)
    errors = []

    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    from_pyld = Dataset()
    from_pyld.parse(data=jsonld.to_rdf(doc, {"format": "application/n-quads"}), format="nquads")
    from_rdflib = Dataset()
    from_rdflib.parse(path, format="json-ld")
    for name, ds in (("pyld", from_pyld), ("rdflib", from_rdflib)):
        got = norm(ds)
        if got != want:
            errors.append("%s: %d quads, N-Quads %d; %d only in JSON-LD (%s), %d only in N-Quads (%s)" % (
                name, len(got), len(want), len(got - want), sorted(got - want)[:2], len(want - got), sorted(want - got)[:2]))
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        sys.exit(1)
    print("ok: %d quads" % len(want))


if __name__ == "__main__":
    main()
