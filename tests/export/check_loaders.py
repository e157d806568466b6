"""Runs the real consumers on kg's exports and compares every node, edge and
attribute value with what kg wrote, for two knowledge graphs:

  hostile  the test graph of hostile names (quotes, <, &, ]]>, backslashes, DOT
           keywords, newlines, non-ASCII, right-to-left text, control characters),
           written by export_sample_writer;
  corpus   examples/corpus ingested with the built `kg` and exported through the CLI,
           plus the CLI's selections (--ego, --types, --relations, --from/--to,
           --top, --collapse, --min-weight) checked against the whole graph.

Both graphs are also exported with --meetings-as-nodes (MEETING nodes joined to
their participants by PARTICIPATED_IN links), which every consumer must load the
same way, and from which every MET pair of the plain export must be rebuilt.

The reference is kg's node-link JSON (written by RapidJSON, parsed here strictly).
GraphML and GEXF are directed graphs in which a symmetric relation (MET) is two
arcs, "<key>" and "<key>-reverse"; each arc's ends are compared in order, so a
relation drawn the wrong way round fails.
Consumers: xmllint --schema (GraphML, and GEXF against the fixed GEXF 1.2 schema),
networkx (GraphML, GEXF, JSON), igraph (GraphML; igraph has no GEXF reader), dot
-Tsvg (DOT), libxml2 via xmllint (SVG), a PNG chunk check, Python's csv module
(Neo4j CSV, with its typed columns checked). Run by CTest with Debian's python,
which has python3-networkx and python3-igraph:
    /usr/bin/python3 check_loaders.py SAMPLE_WRITER KG CORPUS_DIR SCHEMA_DIR WORK_DIR
"""
import csv
import datetime
import json
import math
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

NODE_FIELDS = ["label", "type", "aliases", "mention_count", "document_count", "first_seen", "last_seen",
               "documents", "date", "place", "mode", "status", "cameo", "plover_mode", "host", "visitor",
               "participant_count"]
NODE_INTS = ("mention_count", "document_count", "participant_count")
EDGE_FIELDS = ["relation", "directed", "reverse_of", "count", "date", "first_date", "last_date", "dates", "place",
               "places", "mode", "modes", "title", "titles", "amount", "amounts", "weight", "evidence_count",
               "documents"]
EDGE_LISTS = ("dates", "places", "modes", "titles", "amounts", "documents")
DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?\Z")
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


def as_written(v, collapsed):
    """Edge values as GraphML and GEXF write them: a list (and first/last date) only
    where no single value says it all, count only with --collapse."""
    v = dict(v)
    if "date" in v:
        for k in ("first_date", "last_date", "dates"):
            v.pop(k, None)
    for single, many in (("place", "places"), ("mode", "modes"), ("title", "titles"), ("amount", "amounts")):
        if single in v:
            v.pop(many, None)
    if not collapsed:
        v.pop("count", None)
    return v


def reference(path, collapsed=False):
    """Nodes, links and arcs as kg's JSON states them, with multi-valued fields
    joined the way GraphML and GEXF carry them (" | ") and empty fields left out.
    `edges` has one entry per JSON link, with every value JSON has; `arcs` one per
    GraphML/GEXF arc, with the values those formats write (as_written): a symmetric
    link is also an arc "<key>-reverse" with its ends swapped and reverse_of = key.
    Entity nodes' documents are left out: GraphML and GEXF carry only their count."""
    data = strict_json(path)
    nodes, edges, arcs = {}, {}, {}
    for n in data["nodes"]:
        v = {k: n[k] for k in ("label", "type", "document_count") if k in n}
        for k in NODE_FIELDS:
            if k in ("aliases", "documents"):
                if n.get(k) and (k == "aliases" or n["type"] == "MEETING"):
                    v[k] = " | ".join(n[k])
            elif k in NODE_INTS:
                if k in n:
                    v[k] = n[k]
            elif n.get(k):
                v[k] = n[k]
        nodes[n["id"]] = v
    for e in data["links"]:
        v = {"source": e["source"], "target": e["target"], "relation": e["relation"],
             "directed": e["directed"], "weight": float(e["weight"]), "count": e["count"]}
        if "evidence" in e:
            v["evidence_count"] = len(e["evidence"])
        for k in ("date", "first_date", "last_date", "place", "mode", "title", "amount"):
            if e.get(k):
                v[k] = e[k]
        for k in EDGE_LISTS:
            if e.get(k):
                v[k] = " | ".join(e[k])
        check(e["key"] not in edges, "JSON edge key %s is unique" % e["key"])
        edges[e["key"]] = v
        arcs[e["key"]] = as_written(v, collapsed)
        if not e["directed"]:
            arcs[e["key"] + "-reverse"] = dict(arcs[e["key"]], source=e["target"], target=e["source"],
                                               reverse_of=e["key"])
    return data, nodes, edges, arcs


def compare_node(tool, node_id, got, want):
    for k in NODE_FIELDS:
        g = got.get(k)
        if isinstance(g, str) and g == "" and k not in want:
            g = None  # igraph fills absent string values with ""
        if isinstance(g, float) and math.isnan(g) and k not in want:
            g = None  # and absent numbers with NaN
        if k in NODE_INTS and g is not None:
            g = int(g)
        check(g == want.get(k), "%s: node %s %s: %r != %r" % (tool, node_id, k, g, want.get(k)))


def compare_edge(tool, key, source, target, got, want, directed=True):
    """`directed`: the reader keeps the ends in file order, which must be the
    arc's; an undirected reader (networkx JSON) reports them in its own order."""
    ends = (source, target) if directed else tuple(sorted((source, target)))
    want_ends = (want["source"], want["target"]) if directed else tuple(sorted((want["source"], want["target"])))
    check(ends == want_ends, "%s: edge %s ends %s-%s != %s-%s" % (tool, key, source, target, want["source"],
                                                                  want["target"]))
    for k in EDGE_FIELDS:
        g = got.get(k)
        if isinstance(g, str) and g == "" and k not in want:
            g = None
        if k == "weight" and g is not None:
            g = float(g)
        if k in ("evidence_count", "count") and g is not None:
            g = int(g)
        if k == "directed" and isinstance(g, str):
            g = {"true": True, "false": False}.get(g, g)
        check(g == want.get(k), "%s: edge %s %s: %r != %r" % (tool, key, k, g, want.get(k)))


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def check_graphml(path, nodes, arcs, schema_dir):
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(schema_dir, "catalog.xml"))
    r = run(["xmllint", "--nonet", "--noout", "--schema", os.path.join(schema_dir, "graphml.xsd"), path], env=env)
    check(r.returncode == 0, "xmllint --schema %s: %s" % (path, r.stderr))

    g = nx.read_graphml(path, force_multigraph=True, edge_key_type=str)
    check(g.is_directed(), "networkx GraphML is directed")
    check(set(g.nodes) == set(nodes), "networkx GraphML node ids")
    for n, d in g.nodes(data=True):
        compare_node("networkx GraphML", n, d, nodes[n])
    got_keys = [k for _, _, k in g.edges(keys=True)]
    check(sorted(got_keys) == sorted(arcs), "networkx GraphML edge keys %d != %d" % (len(got_keys), len(arcs)))
    for u, v, k, d in g.edges(keys=True, data=True):
        compare_edge("networkx GraphML", k, u, v, d, arcs[k])

    ig = igraph.Graph.Read_GraphML(path)
    check(ig.is_directed(), "igraph GraphML is directed")
    check(ig.vcount() == len(nodes), "igraph vertex count %d != %d" % (ig.vcount(), len(nodes)))
    check(ig.ecount() == len(arcs), "igraph edge count %d != %d" % (ig.ecount(), len(arcs)))
    for v in ig.vs:
        compare_node("igraph GraphML", v["id"], v.attributes(), nodes[v["id"]])
    # igraph does not keep edge ids: match each arc by its ends, in order, and values.
    want = sorted(repr(sorted((k2, str(v2)) for k2, v2 in e.items() if k2 not in ("source", "target")))
                  + repr([e["source"], e["target"]]) for e in arcs.values())
    got = []
    for e in ig.es:
        a = {k2: v2 for k2, v2 in e.attributes().items()
             if k2 in EDGE_FIELDS and v2 not in ("", None) and not (isinstance(v2, float) and math.isnan(v2))}
        a["weight"] = float(a["weight"])
        if "count" in a:
            a["count"] = int(a["count"])
        if "evidence_count" in a:
            a["evidence_count"] = int(a["evidence_count"])
        a["directed"] = bool(a["directed"])
        got.append(repr(sorted((k2, str(v2)) for k2, v2 in a.items())) +
                   repr([ig.vs[e.source]["id"], ig.vs[e.target]["id"]]))
    check(sorted(got) == want, "igraph GraphML edges and their values")


def day_spell(date):
    """The days a (possibly partial) ISO date covers, as kg's GEXF writes them."""
    if len(date) == 4:
        return date + "-01-01", date + "-12-31"
    if len(date) == 7:
        y, m = int(date[:4]), int(date[5:7])
        last = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day
        return date + "-01", "%s-%02d" % (date, last)
    return date, date


def check_gexf(path, nodes, arcs, schema_dir):
    r = run(["xmllint", "--nonet", "--noout", "--schema", os.path.join(schema_dir, "gexf-1.2", "gexf.xsd"), path])
    check(r.returncode == 0, "xmllint --schema gexf.xsd %s: %s" % (path, r.stderr))
    g = nx.read_gexf(path, version="1.2draft")
    check(g.is_directed(), "networkx GEXF is directed")
    check(set(g.nodes) == set(nodes), "networkx GEXF node ids")
    for n, d in g.nodes(data=True):
        compare_node("networkx GEXF", n, d, nodes[n])
        check(("start" in d) == ("end" in d), "networkx GEXF %s: closed or open interval" % n)
        for k, first in (("first_seen", True), ("last_seen", False)):
            if k in nodes[n] and DATE.match(nodes[n][k]):
                lo, hi = day_spell(nodes[n][k])
                check(d["start"] <= lo if first else hi <= d["end"], "networkx GEXF interval of %s covers %s" % (n, k))
    got = {}
    for u, v, d in g.edges(data=True):
        got[d["id"]] = (u, v, d)
    check(sorted(got) == sorted(arcs), "networkx GEXF edge ids %d != %d" % (len(got), len(arcs)))
    for k, (u, v, d) in got.items():
        compare_edge("networkx GEXF", k, u, v, d, arcs[k])
        spells = d.get("spells", [])
        dates = arcs[k].get("dates", arcs[k].get("date", ""))
        for date in (x for x in dates.split(" | ") if DATE.match(x)):
            lo, hi = day_spell(date)
            check(any(s <= lo and hi <= e for s, e in spells), "networkx GEXF spell of %s for %s" % (k, date))
        # Every spell lies within both ends' lives, or Gephi's timeline never shows the edge.
        for s, e in spells:
            for end in (u, v):
                node = g.nodes[end]
                check("start" in node and node["start"] <= s and e <= node["end"],
                      "networkx GEXF spell %s..%s of %s inside %s's interval" % (s, e, k, end))


def check_json(path, data, nodes, edges):
    g = json_graph.node_link_graph(data)
    check(g.is_multigraph() and not g.is_directed(), "networkx JSON graph kind")
    check(set(g.nodes) == set(nodes), "networkx JSON node ids")
    for n, d in g.nodes(data=True):
        check(d["document_count"] == len(d["documents"]), "networkx JSON document_count of %s" % n)
        documents = " | ".join(d["documents"]) if d["type"] == "MEETING" else None
        d = dict(d, aliases=" | ".join(d.get("aliases", [])) or None, documents=documents or None)
        compare_node("networkx JSON", n, d, nodes[n])
    check(sorted(k for _, _, k in g.edges(keys=True)) == sorted(edges), "networkx JSON edge keys")
    for u, v, k, d in g.edges(keys=True, data=True):
        d = dict(d)
        if "evidence" in d:
            d["evidence_count"] = len(d["evidence"])
        for f in EDGE_LISTS:
            d[f] = " | ".join(d.get(f, [])) or None
        compare_edge("networkx JSON", k, u, v, d, edges[k], directed=False)


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


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = [c.rsplit(":", 1) if ":" in c else [c, ""] for c in rows[0]]
    return [c[0] for c in header], [c[1] for c in header], rows[1:]


def array_cell(values):
    """A string[]/date[] cell as kg writes it: ';'-joined (a ';' inside a value as U+FF1B)."""
    return spreadsheet_safe(";".join(v.replace(";", "\uff1b") for v in values))


def check_typed(path, names, types, rows):
    """Every cell of a typed column parses as its Neo4j type."""
    for row in rows:
        check(len(row) == len(names), "%s: row of %d cells for %d columns" % (path, len(row), len(names)))
        for name, kind, cell in zip(names, types, row):
            if cell == "":
                continue
            if kind == "date":
                check(DATE.match(cell), "%s: %s %r is a date" % (path, name, cell))
            elif kind == "date[]":
                check(all(DATE.match(x) for x in cell.split(";")), "%s: %s %r are dates" % (path, name, cell))
            elif kind == "int":
                check(cell.isdigit(), "%s: %s %r is an int" % (path, name, cell))
            elif kind == "double":
                float(cell)
            elif kind == "boolean":
                check(cell in ("true", "false"), "%s: %s %r is a boolean" % (path, name, cell))


def check_csv(nodes_path, rels_path, data, nodes, edges):
    names, types, rows = read_csv(nodes_path)
    check(names[:3] == ["id", "", "name"] and types[:2] == ["ID", "LABEL"], "Neo4j nodes header")
    typed = dict(zip(names, types))
    for k, want in (("aliases", "string[]"), ("documents", "string[]"), ("mention_count", "int"),
                    ("document_count", "int"), ("first_seen", "date"), ("last_seen", "date"), ("date", "date"),
                    ("participant_count", "int")):
        check(typed.get(k) == want, "Neo4j nodes column %s:%s (%r)" % (k, want, typed.get(k)))
    check_typed(nodes_path, names, types, rows)
    check({r[0]: r[2] for r in rows} == {k: spreadsheet_safe(v["label"]) for k, v in nodes.items()},
          "Neo4j node names")
    col = {n: i for i, n in enumerate(names)}
    by_id = {n["id"]: n for n in data["nodes"]}
    for r in rows:
        n = by_id[r[0]]
        check(r[col["documents"]] == array_cell(n["documents"]), "Neo4j documents of %s" % r[0])
        check(r[col["aliases"]] == array_cell(n.get("aliases", [])), "Neo4j aliases of %s" % r[0])
        check(r[col["document_count"]] == str(n["document_count"]), "Neo4j document_count of %s" % r[0])
        check(r[1].split(";")[0] == ("Meeting" if n["type"] == "MEETING" else "Entity"), "Neo4j label of %s" % r[0])

    names, types, rows = read_csv(rels_path)
    check(names[:4] == ["", "", "", "id"] and types[:3] == ["START_ID", "END_ID", "TYPE"],
          "Neo4j relationships header")
    typed = dict(zip(names, types))
    for k, want in (("directed", "boolean"), ("count", "int"), ("date", "date"), ("first_date", "date"),
                    ("last_date", "date"), ("dates", "date[]"), ("places", "string[]"), ("modes", "string[]"),
                    ("documents", "string[]"), ("evidence_count", "int"), ("weight", "double")):
        check(typed.get(k) == want, "Neo4j relationships column %s:%s (%r)" % (k, want, typed.get(k)))
    check_typed(rels_path, names, types, rows)
    check({r[3]: (r[0], r[1], r[2]) for r in rows} ==
          {k: (e["source"], e["target"], e["relation"]) for k, e in edges.items()}, "Neo4j relationships")
    col = {n: i for i, n in enumerate(names)}
    links = {e["key"]: e for e in data["links"]}
    for r in rows:
        e = links[r[3]]
        check(r[col["count"]] == str(e["count"]), "Neo4j count of %s" % r[3])
        check(r[col["dates"]] == array_cell(x for x in e.get("dates", []) if DATE.match(x)), "Neo4j dates of %s" % r[3])
        check(r[col["documents"]] == array_cell(e.get("documents", [])), "Neo4j documents of %s" % r[3])
        check(r[col["modes"]] == array_cell(e.get("modes", [])), "Neo4j modes of %s" % r[3])


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


def check_all(name, files, schema_dir, svg_text=(), collapsed=False):
    """Every format of one export; DOT and the drawings only when given."""
    data, nodes, edges, arcs = reference(files["json"], collapsed)
    check(len(nodes) > 0 and len(edges) > 0, "%s: a graph to check" % name)
    check_ids(name, nodes, edges)
    check_graphml(files["graphml"], nodes, arcs, schema_dir)
    check_gexf(files["gexf"], nodes, arcs, schema_dir)
    check_json(files["json"], data, nodes, edges)
    if "dot" in files:
        check_dot(files["dot"], nodes)
        check_svg(files["svg"], svg_text)
        check_png(files["png"])
    check_csv(files["nodes.csv"], files["relationships.csv"], data, nodes, edges)
    print("ok: %s: %d nodes, %d edges (%d arcs) intact through xmllint, networkx (GraphML, GEXF, JSON), igraph, "
          "%sCSV" % (name, len(nodes), len(edges), len(arcs), "dot, SVG, PNG and " if "dot" in files else ""))
    return nodes, edges


def check_meetings(name, plain_json, files, schema_dir, collapsed=False):
    """The --meetings-as-nodes export loads everywhere, and its meetings rebuild every
    MET pair of the plain export: each such pair shares a meeting node."""
    nodes, edges = check_all(name, files, schema_dir, collapsed=collapsed)
    meetings = {k: v for k, v in nodes.items() if v["type"] == "MEETING"}
    check(meetings, "%s: meeting nodes" % name)
    members = {m: set() for m in meetings}
    for e in edges.values():
        check(e["relation"] != "MET", "%s: no MET edge beside the meeting nodes (%s)" % (name, e))
        if e["relation"] == "PARTICIPATED_IN":
            check(e["target"] in meetings and e["directed"], "%s: %s joins a person to a meeting" % (name, e))
            members[e["target"]].add(e["source"])
    for m, people in members.items():
        check(len(people) == meetings[m]["participant_count"] >= 2, "%s: participants of %s" % (name, m))
    _, _, plain, _ = reference(plain_json)
    for k, e in plain.items():
        if e["relation"] == "MET":
            check(any({e["source"], e["target"]} <= p for p in members.values()),
                  "%s: MET %s is rebuilt from a meeting node" % (name, k))
    print("ok: %s: %d meetings rebuild the MET pairs" % (name, len(meetings)))


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
    meetings = {k: os.path.join(d, "hostile-meetings." + k) for k in ("graphml", "gexf", "json")}
    meetings["nodes.csv"] = os.path.join(d, "hostile-meetings-nodes.csv")
    meetings["relationships.csv"] = os.path.join(d, "hostile-meetings-relationships.csv")
    check_meetings("hostile --meetings-as-nodes", files["json"], meetings, schema_dir)


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
    for variant, args in (("meetings", ["--meetings-as-nodes"]), ("meetings-collapsed", ["--meetings-as-nodes",
                                                                                           "--collapse"])):
        m = {k: export(k, os.path.join(d, variant + "." + k), *args) for k in ("graphml", "gexf", "json")}
        export("csv", os.path.join(d, variant), *args)
        m["nodes.csv"] = os.path.join(d, variant + "-nodes.csv")
        m["relationships.csv"] = os.path.join(d, variant + "-relationships.csv")
        check_meetings("examples/corpus " + " ".join(args), files["json"], m, schema_dir, "--collapse" in args)
    collapsed = {k: export(k, os.path.join(d, "collapsed." + k), "--collapse") for k in ("graphml", "gexf", "json")}
    export("csv", os.path.join(d, "collapsed"), "--collapse")
    collapsed["nodes.csv"] = os.path.join(d, "collapsed-nodes.csv")
    collapsed["relationships.csv"] = os.path.join(d, "collapsed-relationships.csv")
    check_all("examples/corpus --collapse", collapsed, schema_dir, collapsed=True)
    selections(export, d, nodes, edges)


def selected(export, d, name, *args):
    _, nodes, edges, arcs = reference(export("json", os.path.join(d, name + ".json"), *args))
    # The same selection in GraphML: identical nodes and edges.
    g = nx.read_graphml(export("graphml", os.path.join(d, name + ".graphml"), *args),
                        force_multigraph=True, edge_key_type=str)
    check(set(g.nodes) == set(nodes) and sorted(k for _, _, k in g.edges(keys=True)) == sorted(arcs),
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
