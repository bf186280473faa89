#!/usr/bin/python3
"""Check a GraphML export: it loads in NetworkX and igraph with the expected
node and edge counts, and has no duplicate node ids or dangling edges (both
libraries accept those silently, so they are checked on the XML itself).

usage: check_graphml.py FILE NODES EDGES
"""
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx

NS = "{http://graphml.graphdrawing.org/xmlns}"


def main():
    path, want_nodes, want_edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    errors = []

    root = ET.parse(path).getroot()
    ids = [n.get("id") for n in root.iter(NS + "node")]
    if len(ids) != len(set(ids)):
        errors.append("duplicate node ids")
    known = set(ids)
    for e in root.iter(NS + "edge"):
        for end in ("source", "target"):
            if e.get(end) not in known:
                errors.append("dangling edge %s: %s %s" % (e.get("id"), end, e.get(end)))
    keys = {k.get("id"): k for k in root.iter(NS + "key")}
    for k in keys.values():
        if k.get("attr.type") not in ("string", "double", "int", "long", "boolean"):
            errors.append("key %s has type %s" % (k.get("id"), k.get("attr.type")))

    g = networkx.read_graphml(path)
    if (g.number_of_nodes(), g.number_of_edges()) != (want_nodes, want_edges):
        errors.append("networkx: %d nodes, %d edges; want %d, %d" % (
            g.number_of_nodes(), g.number_of_edges(), want_nodes, want_edges))
    for n, data in g.nodes(data=True):
        if "kind" not in data or "label" not in data:
            errors.append("networkx: node %s lacks kind or label" % n)
            break
    for u, v, data in g.edges(data=True):
        if not data.get("label") or not isinstance(data.get("weight"), float):
            errors.append("networkx: edge %s -> %s lacks a label or a numeric weight: %s" % (u, v, data))
            break

    ig = igraph.Graph.Read_GraphML(path)
    if (ig.vcount(), ig.ecount()) != (want_nodes, want_edges):
        errors.append("igraph: %d nodes, %d edges; want %d, %d" % (
            ig.vcount(), ig.ecount(), want_nodes, want_edges))
    for attr in ("label", "predicate", "documents", "weight"):
        if ig.ecount() and attr not in ig.es.attributes():
            errors.append("igraph: edges lack %s" % attr)
    if ig.ecount() and sum(ig.es["weight"]) < ig.ecount():
        errors.append("igraph: edge weights below 1")

    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        sys.exit(1)
    print("ok: %d nodes, %d edges" % (want_nodes, want_edges))


if __name__ == "__main__":
    main()
