"""Runs the real consumers on kg's exports and compares every node, edge and
attribute value with what kg wrote, for two knowledge graphs:

  hostile  the test graph of hostile names (quotes, <, &, ]]>, backslashes, DOT
           keywords, newlines, non-ASCII, right-to-left text, control characters),
           written by export_sample_writer;
  corpus   examples/corpus ingested with the built `kg` and exported through the CLI,
           plus the CLI's selections (--ego, --types, --relations, --from/--to,
           --top, --collapse, --min-weight) checked against the whole graph.

The reference is kg's node-link JSON (written by RapidJSON, parsed here strictly).
Consumers: xmllint --schema (GraphML), networkx (GraphML, GEXF, JSON), igraph
(GraphML; igraph has no GEXF reader), dot -Tsvg (DOT), libxml2 via xmllint (SVG),
a PNG chunk check, Python's csv module (Neo4j CSV). Run by CTest with Debian's
python, which has python3-networkx and python3-igraph:
    /usr/bin/python3 check_loaders.py SAMPLE_WRITER KG CORPUS_DIR SCHEMA_DIR WORK_DIR
"""
import csv
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from xml.etree import ElementTree

import igraph
import networkx as nx
from networkx.readwrite import json_graph

NODE_FIELDS = ["label", "type", "aliases", "mention_count", "document_count", "first_seen", "last_seen"]
EDGE_FIELDS = ["relation", "directed", "date", "place", "mode", "title", "amount", "weight",
               "evidence_count", "documents"]
checks = 0


def check(cond, message):
    global checks
    checks += 1
    if not cond:
        raise SystemExit("FAIL: " + message)


def strict_json(path):
    def no_constants(name):
        raise ValueError("non-standard JSON constant " + name)
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_constant=no_constants)


def reference(path):
    """Nodes and edges as kg's JSON states them, with multi-valued fields joined
    the way GraphML and GEXF carry them (" | ") and empty fields left out."""
    data = strict_json(path)
    nodes, edges = {}, {}
    for n in data["nodes"]:
        v = {"label": n["label"], "type": n["type"], "mention_count": n["mention_count"],
             "document_count": n["document_count"]}
        if n["aliases"]:
            v["aliases"] = " | ".join(n["aliases"])
        for k in ("first_seen", "last_seen"):
            if n.get(k):
                v[k] = n[k]
        nodes[n["id"]] = v
    for e in data["links"]:
        v = {"source": e["source"], "target": e["target"], "relation": e["relation"],
             "directed": e["directed"], "weight": float(e["weight"]),
             "evidence_count": len(e["evidence"])}
        for k in ("date", "place", "mode", "title", "amount"):
            if e.get(k):
                v[k] = e[k]
        if e["documents"]:
            v["documents"] = " | ".join(e["documents"])
        check(e["key"] not in edges, "JSON edge key %s is unique" % e["key"])
        edges[e["key"]] = v
    return data, nodes, edges


def compare_node(tool, node_id, got, want):
    for k in NODE_FIELDS:
        g = got.get(k)
        if isinstance(g, str) and g == "" and k not in want:
            g = None  # igraph fills absent string values with ""
        if k in ("mention_count", "document_count") and g is not None:
            g = int(g)
        check(g == want.get(k), "%s: node %s %s: %r != %r" % (tool, node_id, k, g, want.get(k)))


def compare_edge(tool, key, source, target, got, want):
    check({source, target} == {want["source"], want["target"]},
          "%s: edge %s ends %s-%s != %s-%s" % (tool, key, source, target, want["source"], want["target"]))
    # Direction: networkx reports an undirected edge's ends in adjacency order, so the
    # "directed" value is compared here and GraphML's source/target order in the file.
    for k in EDGE_FIELDS:
        g = got.get(k)
        if isinstance(g, str) and g == "" and k not in want:
            g = None
        if k == "weight" and g is not None:
            g = float(g)
        if k == "evidence_count" and g is not None:
            g = int(g)
        if k == "directed" and isinstance(g, str):
            g = {"true": True, "false": False}.get(g, g)
        check(g == want.get(k), "%s: edge %s %s: %r != %r" % (tool, key, k, g, want.get(k)))


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def check_graphml(path, nodes, edges, schema_dir):
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(schema_dir, "catalog.xml"))
    r = run(["xmllint", "--nonet", "--noout", "--schema", os.path.join(schema_dir, "graphml.xsd"), path], env=env)
    check(r.returncode == 0, "xmllint --schema %s: %s" % (path, r.stderr))

    g = nx.read_graphml(path, force_multigraph=True, edge_key_type=str)
    check(not g.is_directed(), "networkx GraphML is undirected")
    check(set(g.nodes) == set(nodes), "networkx GraphML node ids")
    for n, d in g.nodes(data=True):
        compare_node("networkx GraphML", n, d, nodes[n])
    got_keys = [k for _, _, k in g.edges(keys=True)]
    check(sorted(got_keys) == sorted(edges), "networkx GraphML edge keys %d != %d" % (len(got_keys), len(edges)))
    for u, v, k, d in g.edges(keys=True, data=True):
        compare_edge("networkx GraphML", k, u, v, d, edges[k])
    # networkx keeps an undirected edge's ends in its own order; read the file order too.
    ends = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("<edge id="):
            parts = dict(p.split("=", 1) for p in line[6:-1].split(" "))
            ends[parts["id"].strip('"')] = (parts["source"].strip('"'), parts["target"].strip('"'))
    for k, (s, t) in ends.items():
        check((s, t) == (edges[k]["source"], edges[k]["target"]), "GraphML edge %s source/target order" % k)

    ig = igraph.Graph.Read_GraphML(path)
    check(ig.vcount() == len(nodes), "igraph vertex count %d != %d" % (ig.vcount(), len(nodes)))
    check(ig.ecount() == len(edges), "igraph edge count %d != %d" % (ig.ecount(), len(edges)))
    for v in ig.vs:
        compare_node("igraph GraphML", v["id"], v.attributes(), nodes[v["id"]])
    # igraph does not keep edge ids: match each edge by its ends and values.
    want = sorted(repr(sorted((k2, str(v2)) for k2, v2 in e.items() if k2 not in ("source", "target")))
                  + repr(sorted([e["source"], e["target"]])) for e in edges.values())
    got = []
    for e in ig.es:
        a = {k2: v2 for k2, v2 in e.attributes().items() if k2 in EDGE_FIELDS and v2 not in ("", None)}
        a["weight"] = float(a["weight"])
        a["evidence_count"] = int(a["evidence_count"])
        a["directed"] = bool(a["directed"])
        ends = sorted([ig.vs[e.source]["id"], ig.vs[e.target]["id"]])
        got.append(repr(sorted((k2, str(v2)) for k2, v2 in a.items())) + repr(ends))
    check(sorted(got) == want, "igraph GraphML edges and their values")


def check_gexf(path, nodes, edges):
    g = nx.read_gexf(path, version="1.2draft")
    check(set(g.nodes) == set(nodes), "networkx GEXF node ids")
    for n, d in g.nodes(data=True):
        compare_node("networkx GEXF", n, d, nodes[n])
        if "first_seen" in nodes[n] and len(nodes[n]["first_seen"]) == 10:
            check(d.get("start") == nodes[n]["first_seen"], "networkx GEXF start of %s" % n)
    got = {}
    for u, v, d in g.edges(data=True):
        got[d["id"]] = (u, v, d)
    check(sorted(got) == sorted(edges), "networkx GEXF edge ids %d != %d" % (len(got), len(edges)))
    for k, (u, v, d) in got.items():
        compare_edge("networkx GEXF", k, u, v, d, edges[k])
        if "date" in edges[k] and len(edges[k]["date"]) == 10:
            check(edges[k]["date"] in [s[0] for s in d.get("spells", [])], "networkx GEXF spell of %s" % k)


def check_json(path, data, nodes, edges):
    g = json_graph.node_link_graph(data)
    check(g.is_multigraph() and not g.is_directed(), "networkx JSON graph kind")
    check(set(g.nodes) == set(nodes), "networkx JSON node ids")
    for n, d in g.nodes(data=True):
        compare_node("networkx JSON", n, dict(d, aliases=" | ".join(d["aliases"]) or None), nodes[n])
    check(sorted(k for _, _, k in g.edges(keys=True)) == sorted(edges), "networkx JSON edge keys")
    for u, v, k, d in g.edges(keys=True, data=True):
        d = dict(d, evidence_count=len(d["evidence"]), documents=" | ".join(d["documents"]) or None)
        compare_edge("networkx JSON", k, u, v, d, edges[k])


def check_dot(path, nodes):
    r = run(["dot", "-Tsvg", path, "-o", os.devnull])
    check(r.returncode == 0 and r.stderr == "", "dot -Tsvg %s: %r" % (path, r.stderr))
    r = run(["dot", "-Tcanon", path])
    check(r.returncode == 0, "dot -Tcanon")
    for n in nodes:
        check('\t%s\t[' % n in r.stdout or '\t"%s"\t[' % n in r.stdout or ("\t%s [" % n) in r.stdout,
              "dot keeps node %s" % n)


def check_svg(path, must_contain=()):
    r = run(["xmllint", "--nonet", "--noout", path])
    check(r.returncode == 0, "libxml2 parses %s: %s" % (path, r.stderr))
    r = run(["xmllint", "--nonet", "--xpath", "string(/*[local-name()='svg']/@width)", path])
    check(r.returncode == 0 and r.stdout.strip().endswith("pt"), "SVG %s has a width (%r)" % (path, r.stdout))
    root = ElementTree.parse(path).getroot()
    text = "\n".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for s in must_contain:
        check(s in text, "SVG %s shows %r" % (path, s))
    return root


def check_png(path):
    with open(path, "rb") as f:
        data = f.read()
    check(data[:8] == b"\x89PNG\r\n\x1a\n", "PNG signature of %s" % path)
    pos, chunks = 8, []
    while pos < len(data):
        check(pos + 12 <= len(data), "PNG chunk header inside %s" % path)
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc, = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        check(zlib.crc32(kind + body) & 0xFFFFFFFF == crc, "PNG %s chunk CRC in %s" % (kind, path))
        chunks.append((kind, body))
        pos += 12 + length
    check(chunks[0][0] == b"IHDR" and len(chunks[0][1]) == 13, "PNG starts with IHDR")
    w, h, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    check(0 < w <= 30000 and 0 < h <= 30000, "PNG size %dx%d" % (w, h))
    check(depth in (1, 2, 4, 8, 16) and colour in (0, 2, 3, 4, 6) and interlace in (0, 1), "PNG IHDR fields")
    check(chunks[-1][0] == b"IEND", "PNG ends with IEND")
    check(zlib.decompress(b"".join(b for k, b in chunks if k == b"IDAT")), "PNG image data inflates")
    return w, h


def spreadsheet_safe(value):
    """A CSV cell as kg writes it: one a spreadsheet would run as a formula gets a leading '."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def check_csv(nodes_path, rels_path, nodes, edges):
    with open(nodes_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    check(rows[0][:3] == ["id:ID", ":LABEL", "name"], "Neo4j nodes header")
    check({r[0]: r[2] for r in rows[1:]} == {k: spreadsheet_safe(v["label"]) for k, v in nodes.items()},
          "Neo4j node names")
    with open(rels_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    check(rows[0][:4] == [":START_ID", ":END_ID", ":TYPE", "id"], "Neo4j relationships header")
    check({r[3]: (r[0], r[1], r[2]) for r in rows[1:]} ==
          {k: (e["source"], e["target"], e["relation"]) for k, e in edges.items()}, "Neo4j relationships")


STABLE_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")


def check_ids(name, nodes, edges):
    """Ids are the stable kind (export/detail/stable_ids.h): lower-case ASCII words
    joined by '-', a valid xs:NMTOKEN, never positional "n<number>"."""
    for n, v in nodes.items():
        check(STABLE_ID.match(n) and n.startswith(v["type"].lower() + "-") and len(n) <= 80,
              "%s: node id %r of %s %r" % (name, n, v["type"], v["label"]))
    for k, e in edges.items():
        check(STABLE_ID.match(k) and k.startswith(e["relation"].lower().replace("_", "-") + "-"),
              "%s: edge id %r of %s" % (name, k, e["relation"]))


def check_all(name, files, schema_dir, svg_text):
    data, nodes, edges = reference(files["json"])
    check(len(nodes) > 0 and len(edges) > 0, "%s: a graph to check" % name)
    check_ids(name, nodes, edges)
    check_graphml(files["graphml"], nodes, edges, schema_dir)
    check_gexf(files["gexf"], nodes, edges)
    check_json(files["json"], data, nodes, edges)
    check_dot(files["dot"], nodes)
    check_svg(files["svg"], svg_text)
    check_png(files["png"])
    check_csv(files["nodes.csv"], files["relationships.csv"], nodes, edges)
    print("ok: %s: %d nodes, %d edges intact through xmllint, networkx (GraphML, GEXF, JSON), igraph, "
          "dot, SVG, PNG and CSV" % (name, len(nodes), len(edges)))
    return nodes, edges


def hostile(writer, work, schema_dir):
    d = os.path.join(work, "hostile")
    os.makedirs(d, exist_ok=True)
    subprocess.run([writer, d], check=True)
    files = {k: os.path.join(d, "hostile." + k) for k in ("graphml", "gexf", "json", "dot", "svg", "png")}
    files["nodes.csv"] = os.path.join(d, "hostile-nodes.csv")
    files["relationships.csv"] = os.path.join(d, "hostile-relationships.csv")
    nodes, edges = check_all("hostile", files, schema_dir, ["Ends With Backslash\\", "Fund <A&B> ]]> \\N end"])
    # Tooltips (hover text) keep hostile names too, backslashes and all.
    titles = {a.get("{http://www.w3.org/1999/xlink}title")
              for a in ElementTree.parse(files["svg"]).getroot().iter("{http://www.w3.org/2000/svg}a")}
    for n in ("person-ends-with-backslash", "organization-fund-a-b-n-end"):
        want = "%s: %s" % (nodes[n]["type"], nodes[n]["label"])
        check(want in titles, "SVG tooltip %r among %r" % (want, sorted(t for t in titles if t)[:20]))
    # The JSON reference itself holds exactly the names kg meant to write.
    expected = strict_json(os.path.join(d, "expected.json"))
    check(len(edges) == expected["edges"], "hostile edge count")
    for n, (label, kind) in expected["nodes"].items():
        check((nodes[n]["label"], nodes[n]["type"]) == (label, kind), "hostile JSON label of %s" % n)


def corpus(kg, corpus_dir, work, schema_dir):
    d = os.path.join(work, "corpus")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    db = os.path.join(d, "kg.db")
    r = run([kg, "--db", db, "ingest", corpus_dir])
    check(r.returncode == 0, "kg ingest: %s" % r.stderr)

    def export(fmt, out, *args):
        r = run([kg, "--db", db, "export", "--format", fmt, "-o", out] + list(args))
        check(r.returncode == 0, "kg export %s %s: %s" % (fmt, " ".join(args), r.stderr))
        return out

    files = {k: export(k, os.path.join(d, "kg." + k)) for k in ("graphml", "gexf", "json", "dot")}
    files["svg"] = export("svg", os.path.join(d, "kg.svg"), "--title", "Seed corpus")
    files["png"] = export("png", os.path.join(d, "kg.png"))
    export("csv", os.path.join(d, "kg"))
    files["nodes.csv"] = os.path.join(d, "kg-nodes.csv")
    files["relationships.csv"] = os.path.join(d, "kg-relationships.csv")
    nodes, edges = check_all("examples/corpus", files, schema_dir, ["Seed corpus", "Legend", "Yoshimasa Hayashi"])
    selections(export, d, nodes, edges)


def selected(export, d, name, *args):
    _, nodes, edges = reference(export("json", os.path.join(d, name + ".json"), *args))
    # The same selection in GraphML: identical nodes and edges.
    g = nx.read_graphml(export("graphml", os.path.join(d, name + ".graphml"), *args),
                        force_multigraph=True, edge_key_type=str)
    check(set(g.nodes) == set(nodes) and sorted(k for _, _, k in g.edges(keys=True)) == sorted(edges),
          "%s: GraphML and JSON select the same graph" % name)
    return nodes, edges


def selections(export, d, nodes, edges):
    whole = nx.MultiGraph()
    whole.add_nodes_from(nodes)
    for k, e in edges.items():
        whole.add_edge(e["source"], e["target"], key=k)
    by_label = {v["label"]: k for k, v in nodes.items()}
    ego = by_label["Yoshimasa Hayashi"]

    for depth in (1, 2):
        s_nodes, s_edges = selected(export, d, "ego%d" % depth, "--ego", "Yoshimasa Hayashi", "--depth", str(depth))
        want = set(nx.ego_graph(nx.Graph(whole), ego, radius=depth))
        check(set(s_nodes) == want, "--ego --depth %d nodes %s != %s" % (depth, sorted(s_nodes), sorted(want)))
        check(set(s_edges) == {k for k, e in edges.items() if e["source"] in want and e["target"] in want},
              "--ego --depth %d edges" % depth)

    s_nodes, s_edges = selected(export, d, "types", "--types", "PERSON,COUNTRY")
    check(set(s_nodes) == {k for k, v in nodes.items() if v["type"] in ("PERSON", "COUNTRY")}, "--types nodes")
    check(set(s_edges) == {k for k, e in edges.items() if e["source"] in s_nodes and e["target"] in s_nodes},
          "--types edges")

    s_nodes, s_edges = selected(export, d, "relations", "--relations", "MET,ROLE")
    check(set(s_edges) == {k for k, e in edges.items() if e["relation"] in ("MET", "ROLE")} and s_edges,
          "--relations edges")
    check(set(s_nodes) == {n for e in s_edges.values() for n in (e["source"], e["target"])}, "--relations nodes")

    s_nodes, s_edges = selected(export, d, "dates", "--from", "2024", "--to", "2024-12")
    check(set(s_edges) == {k for k, e in edges.items() if "date" not in e or e["date"].startswith("2024")},
          "--from/--to edges")

    s_nodes, s_edges = selected(export, d, "top", "--top", "5", "--by", "degree")
    check(len(s_nodes) == 5, "--top 5 keeps 5 entities (%d)" % len(s_nodes))
    degree = dict(nx.Graph(whole).degree())
    cutoff = sorted(degree.values(), reverse=True)[4]
    check(all(degree[n] >= cutoff for n in s_nodes), "--top 5 by degree keeps the 5 best connected")
    check(set(s_edges) == {k for k, e in edges.items() if e["source"] in s_nodes and e["target"] in s_nodes},
          "--top edges are those among the top entities")

    s_nodes, s_edges = selected(export, d, "collapse", "--collapse")
    pairs = [(e["relation"], e["source"], e["target"]) for e in s_edges.values()]
    check(len(pairs) == len(set(pairs)), "--collapse leaves no parallel edge of one type")
    check(sum(e["weight"] for e in s_edges.values()) == len(edges), "--collapse weights add up to the relations")

    s_nodes, s_edges = selected(export, d, "minweight", "--collapse", "--min-weight", "2")
    check(all(e["weight"] >= 2 for e in s_edges.values()), "--min-weight 2 drops weight-1 edges")

    svg = export("svg", os.path.join(d, "ego.svg"), "--ego", "Yoshimasa Hayashi", "--depth", "2",
                 "--meetings-as-nodes", "--title", "Hayashi")
    check_svg(svg, ["Hayashi", "Source: ", "meeting (joins its participants)"])
    check_png(export("png", os.path.join(d, "neato.png"), "--layout", "neato", "--top", "10"))
    print("ok: examples/corpus selections --ego/--depth, --types, --relations, --from/--to, --top, "
          "--collapse, --min-weight agree with the whole graph")


def main():
    writer, kg, corpus_dir, schema_dir, work = sys.argv[1:6]
    os.makedirs(work, exist_ok=True)
    hostile(writer, work, schema_dir)
    corpus(kg, corpus_dir, work, schema_dir)
    print("ok: %d checks" % checks)


if __name__ == "__main__":
    main()
