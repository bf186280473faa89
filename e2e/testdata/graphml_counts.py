#!/usr/bin/env python3
"""Read a GraphML file with NetworkX or igraph and print what the library saw, as JSON.

usage: graphml_counts.py networkx|igraph FILE
Both libraries accept dangling edges and duplicate node ids silently, so the Go test checks
those itself; this script reports the counts and the node attributes the library read.
"""
import json
import sys


def main():
    lib, path = sys.argv[1], sys.argv[2]
    if lib == "networkx":
        import networkx as nx

        g = nx.read_graphml(path)
        attrs = sorted({k for _, d in g.nodes(data=True) for k in d})
        out = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
               "directed": g.is_directed(), "node_attrs": attrs}
    elif lib == "igraph":
        import igraph

        g = igraph.Graph.Read_GraphML(path)
        out = {"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(),
               "node_attrs": sorted(g.vs.attributes())}
    else:
        sys.exit(f"unknown library {lib}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
