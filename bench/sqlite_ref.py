"""SQLite FTS5 reference: the same paragraphs, fed with the project's analyzer output.

Input: `IndexDoc`s (parsed and analyzed by the real pipeline) and the benchmark's query mix.
Output: an FTS5 database with BM25 ranking and facet tables, and a `search()` that returns the top
hits with facet counts and highlighted snippets, so its timings compare with the project's engine.
This is what a Datasette user gets; it is a yardstick, not an engine of the product.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from indexer import analysis
from indexer.engine import IndexDoc
from indexer.highlight import snippet
from indexer.query import And, Node, Not, Or, Phrase, Prefix, Word

SCHEMA = """
CREATE TABLE para(rowid INTEGER PRIMARY KEY, id TEXT, year TEXT, date TEXT, body TEXT, title TEXT, text TEXT);
CREATE TABLE para_speaker(rowid INTEGER, speaker TEXT);
CREATE TABLE para_topic(rowid INTEGER, topic TEXT);
CREATE VIRTUAL TABLE fts USING fts5(title, body, exact, tokenize = "unicode61 remove_diacritics 0", content = '', prefix = '2 3 4');
"""


def _stems(text: str) -> str:
    toks = [t for t in analysis.analyze_all(text) if t.lower not in analysis.STOPWORDS]
    return " ".join([t.stem for t in toks] + [p for t in toks for p in t.parts])


def build(docs: list[IndexDoc], path: Path) -> None:
    """Write the FTS5 reference database."""
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    with con:
        for rowid, d in enumerate(docs, 1):
            full = "\n".join((d.title, d.text, d.decision))
            con.execute("INSERT INTO para VALUES (?,?,?,?,?,?,?)", (rowid, d.id, d.year, d.date, d.body, d.title, d.text))
            con.executemany("INSERT INTO para_speaker VALUES (?,?)", [(rowid, s) for s in d.speakers])
            con.executemany("INSERT INTO para_topic VALUES (?,?)", [(rowid, t) for t in d.topics])
            con.execute("INSERT INTO fts(rowid, title, body, exact) VALUES (?,?,?,?)",
                        (rowid, _stems(d.title), _stems(d.text + "\n" + d.decision + "\n" + d.context),
                         " ".join(t.lower for t in analysis.analyze_all(full))))
        con.execute("CREATE INDEX ps ON para_speaker(rowid)")
        con.execute("CREATE INDEX pt ON para_topic(rowid)")
        con.execute("CREATE INDEX py ON para(year)")
    con.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    con.close()


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def to_fts(node: Node) -> str:
    """Translate a query tree into FTS5 syntax over the pre-analyzed columns."""
    if isinstance(node, Word):
        toks = analysis.analyze(node.text, stopwords=False)
        parts = [f"({{title body}} : {_quote(t.stem)} OR exact : {_quote(t.lower)})" for t in toks]
        return " AND ".join(parts) if parts else '""'
    if isinstance(node, Phrase):
        return "exact : " + _quote(" ".join(w.lower() for w in node.words))
    if isinstance(node, Prefix):
        return f"exact : {_quote(node.text)}*"
    if isinstance(node, And):
        pos = [to_fts(n) for n in node.nodes if not isinstance(n, Not)]
        neg = [to_fts(n.node) for n in node.nodes if isinstance(n, Not)]
        q = " AND ".join(f"({p})" for p in pos)
        return q + "".join(f" NOT ({n})" for n in neg)
    if isinstance(node, Or):
        return " OR ".join(f"({to_fts(n)})" for n in node.nodes)
    raise TypeError(node)


def search(con: sqlite3.Connection, node: Node | None, words: list[str], year: str | None = None,
           body: str | None = None, page: int = 1, per_page: int = 10) -> tuple[int, list[dict], dict[str, Counter]]:
    """Return total, the page's hits with snippets, and facet counts, like the project's search."""
    where, args = [], []
    if node is not None:
        where.append("rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
        args.append(to_fts(node))
    if year:
        where.append("year = ?")
        args.append(year)
    if body:
        where.append("body = ?")
        args.append(body)
    cond = " AND ".join(where) or "1"
    con.execute("DROP TABLE IF EXISTS temp.m")
    # The match set keyed by rowid, so the ranking and GROUP BY joins are lookups, not scans.
    con.execute("CREATE TEMP TABLE m(rowid INTEGER PRIMARY KEY)")
    con.execute(f"INSERT INTO m SELECT rowid FROM para WHERE {cond}", args)
    total = con.execute("SELECT count(*) FROM m").fetchone()[0]
    offset = (page - 1) * per_page
    if node is not None:
        # Rank inside FTS5 first (materialized): a rowid constraint pushed into FTS5 turns into a lookup per row.
        rows = con.execute(
            "WITH f AS MATERIALIZED (SELECT rowid, bm25(fts, 3.0, 1.0, 2.0) AS score FROM fts WHERE fts MATCH ?) "
            "SELECT p.id, p.title, p.text FROM f JOIN m ON m.rowid = f.rowid JOIN para p ON p.rowid = f.rowid "
            "ORDER BY f.score LIMIT ? OFFSET ?",
            (to_fts(node), per_page, offset)).fetchall()
    else:
        rows = con.execute("SELECT id, title, text FROM para WHERE rowid IN (SELECT rowid FROM m) ORDER BY date DESC LIMIT ? OFFSET ?",
                           (per_page, offset)).fetchall()
    hits = [{"id": r[0], "title": r[1], "snippet": snippet(r[2], words)} for r in rows]
    facets = {
        "year": Counter(dict(con.execute("SELECT year, count(*) FROM para JOIN m USING(rowid) GROUP BY year"))),
        "body": Counter(dict(con.execute("SELECT body, count(*) FROM para JOIN m USING(rowid) GROUP BY body"))),
        "speaker": Counter(dict(con.execute("SELECT speaker, count(*) FROM para_speaker JOIN m USING(rowid) GROUP BY speaker"))),
        "topic": Counter(dict(con.execute("SELECT topic, count(*) FROM para_topic JOIN m USING(rowid) GROUP BY topic"))),
    }
    return total, hits, facets
