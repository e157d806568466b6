"""Loads kg's GraphML and JSON exports with networkx and igraph and checks that
node/edge counts, labels and types survive. Run by CTest with Debian's python:
    /usr/bin/python3 check_loaders.py <export_sample_writer> <work dir>
"""
import json
import os
import subprocess
import sys

import igraph
import networkx as nx
from networkx.readwrite import json_graph


def check(cond, message):
    if not cond:
        raise SystemExit("FAIL: " + message)


def main():
    writer, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    subprocess.run([writer, work], check=True)
    with open(os.path.join(work, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    nodes, edge_count = expected["nodes"], expected["edges"]

    # networkx GraphML
    g = nx.read_graphml(os.path.join(work, "hostile.graphml"))
    check(g.number_of_nodes() == len(nodes), "networkx GraphML node count %d" % g.number_of_nodes())
    check(g.number_of_edges() == edge_count, "networkx GraphML edge count %d" % g.number_of_edges())
    for node_id, (label, kind) in nodes.items():
        data = g.nodes[node_id]
        check(data.get("label", "") == label, "networkx GraphML label of %s: %r != %r" % (node_id, data.get("label"), label))
        check(data["type"] == kind, "networkx GraphML type of %s" % node_id)
    relations = sorted(d["relation"] for _, _, d in g.edges(data=True))
    check("MET" in relations and "ROLE" in relations, "networkx GraphML relations %r" % relations)
    check(all(isinstance(d["weight"], float) for _, _, d in g.edges(data=True)), "weight is a double")

    # igraph GraphML
    ig = igraph.Graph.Read_GraphML(os.path.join(work, "hostile.graphml"))
    check(ig.vcount() == len(nodes), "igraph vertex count %d" % ig.vcount())
    check(ig.ecount() == edge_count, "igraph edge count %d" % ig.ecount())
    for v in ig.vs:
        label, kind = nodes[v["id"]]
        check((v["label"] or "") == label, "igraph label of %s: %r != %r" % (v["id"], v["label"], label))
        check(v["type"] == kind, "igraph type of %s" % v["id"])

    # networkx node-link JSON
    with open(os.path.join(work, "hostile.json"), encoding="utf-8") as f:
        data = json.load(f)
    jg = json_graph.node_link_graph(data)
    check(jg.is_multigraph() and not jg.is_directed(), "JSON graph kind")
    check(jg.number_of_nodes() == len(nodes), "networkx JSON node count")
    check(jg.number_of_edges() == edge_count, "networkx JSON edge count")
    for node_id, (label, kind) in nodes.items():
        check(jg.nodes[node_id]["label"] == label, "networkx JSON label of %s" % node_id)
        check(jg.nodes[node_id]["type"] == kind, "networkx JSON type of %s" % node_id)
    check(jg.has_edge("n0", "n1", key="e0"), "JSON edge n0-n1 keyed e0")
    print("ok: %d nodes, %d edges through networkx GraphML, igraph GraphML and networkx JSON"
          % (len(nodes), edge_count))


if __name__ == "__main__":
    main()
