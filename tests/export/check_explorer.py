"""The HTML explorer in a real browser: examples/corpus is ingested with the built
`kg`, exported with --format html, and opened in Debian's headless Chromium from a
file:// URL whose fragment (#selftest) makes the page drive itself through its own
controls (export/html/explorer.js, selftest): it types names into the search box,
clicks a MET edge on the canvas and reads its evidence panel, moves the date range,
shows a node with its neighbours only, unticks an entity and a relation type, switches
meetings to nodes and clicks one. The page writes PASS or FAIL into
<pre id="selftest"> and every error or console.error into <pre id="errors">.

What the page is asked to find is worked out here from kg's own node-link JSON of
the same knowledge base, not from the page: the names to search for (a surname no
other entity's name or alias contains, typed in capitals; a name with accents typed
without them; a surname with a wrong letter), the neighbours of a node, the edges
left without PERSON or MET, and the edges a date range leaves (kg export --from --to,
with MET edges and with meetings as nodes). The evidence sentence the page shows
must be text of the corpus document it names.
    /usr/bin/python3 check_explorer.py KG CORPUS_DIR WORK_DIR CHROMIUM
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import urllib.parse


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    if r.returncode != 0:
        fail("%s: exit %d: %s" % (" ".join(cmd), r.returncode, r.stderr))
    return r


def key(name):
    """Lower case without accents or punctuation, words separated by one space."""
    s = unicodedata.normalize("NFKD", name).casefold()
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w']+", " ", s).split())


def edits(a, b):
    """Levenshtein distance."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def main():
    kg, corpus_dir, work, chromium = sys.argv[1:5]
    if not os.access(chromium, os.X_OK):
        fail("no Chromium at %s: install Debian's chromium (scripts/setup.sh does)" % chromium)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    db = os.path.join(work, "kg.db")
    run([kg, "--db", db, "ingest", corpus_dir])
    page = os.path.join(work, "explorer.html")
    run([kg, "--db", db, "export", "--format", "html", "--title", os.path.basename(os.path.abspath(corpus_dir)),
         "-o", page])
    run([kg, "--db", db, "export", "--format", "json", "-o", os.path.join(work, "kg.json")])
    with open(os.path.join(work, "kg.json"), encoding="utf-8") as f:
        plain = json.load(f)

    text = open(page, encoding="utf-8").read()
    if re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I):
        fail("the page refers to a remote resource")

    # Searches, each for a node whose names nothing else matches as well: a person by
    # surname in capitals, an entity with accents by its name without them, and a
    # person by a surname with one letter wrong.
    names = {n["id"]: [key(n["label"])] + [key(a) for a in n["aliases"]] for n in plain["nodes"]}
    by_id = {n["id"]: n for n in plain["nodes"]}
    searches = []

    def alone(node_id, test):
        return not any(test(k) for i, keys in names.items() if i != node_id for k in keys)

    for n in sorted(plain["nodes"], key=lambda n: n["id"]):
        words = key(n["label"]).split()
        if n["type"] == "PERSON" and len(words) >= 2 and len(words[-1]) >= 4 and \
                alone(n["id"], lambda k: words[-1] in k):
            searches.append((n["label"].split()[-1].upper(), n["id"]))
            break
    for n in sorted(plain["nodes"], key=lambda n: n["id"]):
        plain_label = key(n["label"])
        if plain_label.isascii() and any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", n["label"])) and \
                alone(n["id"], lambda k: plain_label in k):
            searches.append((plain_label, n["id"]))
            break
    for n in sorted(plain["nodes"], key=lambda n: n["id"]):
        words = key(n["label"]).split()
        if n["type"] != "PERSON" or len(words) < 2 or not 5 <= len(words[-1]) < 8:
            continue
        surname = words[-1]
        typo = surname[:2] + ("x" if surname[2] != "x" else "z") + surname[3:]
        if alone(n["id"], lambda k: typo in k or any(edits(typo, w) <= 1 for w in [k] + k.split())):
            searches.append((typo, n["id"]))
            break
    if len(searches) < 2:
        fail("the corpus lacks the names to search for: %s" % searches)

    # A date range leaving part of the edges: the page must show as many as kg's own
    # selection (--from/--to, which keeps undated relations) has.
    dates = sorted({d for link in plain["links"] for d in link["dates"]})
    if len(dates) < 2:
        fail("too few dates in the corpus for a range")
    lo, hi = (dates[len(dates) // 3], dates[(2 * len(dates)) // 3]) if len(dates) > 2 else (dates[0], dates[0])

    def edges_between(*args):
        out = os.path.join(work, "range.json")
        run([kg, "--db", db, "export", "--format", "json", "--from", lo, "--to", hi, "-o", out] + list(args))
        with open(out, encoding="utf-8") as f:
            return len(json.load(f)["links"])

    edges, edges_meetings = edges_between(), edges_between("--meetings-as-nodes")
    if edges == len(plain["links"]):
        fail("the range %s..%s leaves every edge" % (lo, hi))

    # What the last node found neighbours, and what unticking PERSON or MET leaves.
    last = searches[-1][1]
    neighbours = {l["target"] for l in plain["links"] if l["source"] == last} | \
        {l["source"] for l in plain["links"] if l["target"] == last}
    neighbours.discard(last)
    without_person = sum(1 for l in plain["links"]
                         if by_id[l["source"]]["type"] != "PERSON" and by_id[l["target"]]["type"] != "PERSON")
    without_met = sum(1 for l in plain["links"] if l["relation"] != "MET")

    fragment = urllib.parse.urlencode([("name", q) for q, _ in searches] + [("expect", i) for _, i in searches] +
                                      [("neighbours", len(neighbours)), ("edges_without_person", without_person),
                                       ("edges_without_met", without_met), ("from", lo), ("to", hi), ("edges", edges),
                                       ("edges_meetings", edges_meetings)])
    url = "file://" + os.path.abspath(page) + "#selftest&" + fragment
    r = run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--user-data-dir=" + os.path.join(work, "profile"), "--window-size=1400,900",
             "--virtual-time-budget=10000", "--dump-dom", url])
    dom = r.stdout
    found = re.search(r'<pre id="selftest"[^>]*>(.*?)</pre>', dom, re.S)
    errors = re.search(r'<pre id="errors"[^>]*>(.*?)</pre>', dom, re.S)
    report = html.unescape(found.group(1)) if found else ""
    print(report)
    if errors and errors.group(1).strip():
        fail("the page reported errors:\n" + html.unescape(errors.group(1)))
    if not report.startswith("PASS"):
        fail("the page's self-test did not pass" + ("" if report else " (it wrote no result)"))

    # The sentence shown is the document's own text.
    shown = re.search(r"^evidence (\S+): (.*)$", report, re.M)
    if not shown:
        fail("the self-test names no evidence sentence")
    doc = os.path.join(corpus_dir, os.path.basename(shown.group(1)))
    with open(doc, encoding="utf-8") as f:
        body = " ".join(f.read().split())
    if " ".join(shown.group(2).split()) not in body:
        fail("the sentence shown is not in %s: %r" % (doc, shown.group(2)))
    print("explorer self-test passed: searches %s, dates %s..%s: %d and %d edges" %
          (", ".join(q for q, _ in searches), lo, hi, edges, edges_meetings))
    if len(searches) < 3:
        print("note: only %d of the 3 kinds of search found names in the corpus" % len(searches))


if __name__ == "__main__":
    main()
