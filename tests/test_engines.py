"""Every engine gives the same answers as Whoosh: totals, facet counts, the same hits and (nearly) the same ranking."""
import pytest

from bench.quality import evaluate, means as quality
from indexer.build import build_index
from indexer.engine import open_engine
from indexer.query import parse_query
from indexer.model import Filters, SearchRequest
from indexer.search import run_search
from tests.conftest import CORPUS_PROTOCOLS, ENGINES

OTHERS = [name for name in ENGINES if name != "whoosh"]
pytestmark = pytest.mark.skipif(not OTHERS, reason="only the Whoosh engine is installed")

QUERIES = ["våld", "familjehem", "kostnad", "barnahus nutrition", '"god och nära vård"', "andts*", "våld -kvinnojouren",
           "budget OR avtal", "titel:våld", "", "våld år:2022", "talare:\"Elin Ring\"", "barnahus familjehemmen xyz",
           "socialnamnden", "-våld", "våld organ:\"Sociala samrådsgruppen\" år:2019-2022",
           # stopwords, operators, hyphens and a dnr (issue: the engines must agree on what a query means)
           "våld i nära relationer", "våld AND barn", "våld OCH barn", "barn INTE våld", "budget ELLER taxa",
           "LSS-boende", "KS-beslut", "skattesats", "KS 2024/0087", 'dnr:"KS 2024/0087"', "i och att"]


@pytest.fixture(scope="module")
def engines(corpus_dir, tmp_path_factory, request):
    out = {}
    for name in ["whoosh"] + OTHERS:
        if name == "postgres":
            from tests import pgserver

            dsn = pgserver.fresh_database(request.getfixturevalue("pg_server"), "parity")
            build_index(corpus_dir, None, progress=False, engine=name, dsn=dsn)
            out[name] = open_engine(dsn=dsn)
        else:
            path = tmp_path_factory.mktemp(f"parity-{name}")
            build_index(corpus_dir, path, progress=False, engine=name)
            out[name] = open_engine(path)
    yield out
    for engine in out.values():
        engine.close()


PER_PAGE = 50


def _search(engine, query, **kw):
    with engine.searcher() as s:
        return run_search(s, SearchRequest(query, per_page=PER_PAGE, **kw)).to_dict()


@pytest.mark.parametrize("other", OTHERS)
@pytest.mark.parametrize("query", QUERIES)
def test_same_totals_facets_and_hits(engines, other, query):
    w, o = _search(engines["whoosh"], query), _search(engines[other], query)
    assert w["total"] == o["total"]
    assert w["facets"] == o["facets"]
    if w["total"] <= PER_PAGE or parse_query(query).words:
        # The same page of hits; a query of only exclusions ranks every hit alike, so past one page any
        # PER_PAGE of them is right and only the totals and facets can be compared.
        assert {h["id"] for h in w["hits"]} == {h["id"] for h in o["hits"]}
    assert w["suggestion"] == o["suggestion"]


@pytest.mark.parametrize("other", OTHERS)
@pytest.mark.parametrize("filters", [
    {"date_to": "2022"}, {"date_from": "2022"}, {"date_to": "2022-04"}, {"date_from": "2024-03"},
    {"date_from": "2022-04-01", "date_to": "2023"}, {"year_from": 2022}, {"year_to": 2022}, {"years": ["2024"]},
])
@pytest.mark.parametrize("query", ["", "våld"])
def test_same_answer_for_partial_dates(engines, other, filters, query):
    w, o = (_search(engines[name], query, filters=Filters(**filters)) for name in ("whoosh", other))
    assert w["total"] == o["total"] and w["facets"] == o["facets"]
    assert {h["id"] for h in w["hits"]} == {h["id"] for h in o["hits"]}


@pytest.mark.parametrize("other", OTHERS)
@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_same_order_by_date(engines, other, sort):
    w, o = _search(engines["whoosh"], "våld OR budget", sort=sort), _search(engines[other], "våld OR budget", sort=sort)
    assert [h["date"] for h in w["hits"]] == [h["date"] for h in o["hits"]]


@pytest.mark.parametrize("other", OTHERS)
def test_ndcg_within_002(engines, other):
    ndcg = {name: quality(evaluate(engines[name]))[0] for name in ("whoosh", other)}
    assert abs(ndcg["whoosh"] - ndcg[other]) <= 0.02, ndcg


@pytest.mark.skipif("postgres" not in OTHERS, reason="PostgreSQL not available")
def test_postgres_rankings_both_within_002(engines):
    """ts_rank_cd over the matches (GIN) and RUM's in-index order: both as good as Whoosh."""
    pg = engines["postgres"]
    reference = quality(evaluate(engines["whoosh"]))[0]
    installed = pg.ranking
    try:
        for ranking in ("gin", "rum") if installed == "rum" else ("gin",):
            pg.ranking = ranking
            scores = evaluate(pg)
            assert abs(quality(scores)[0] - reference) <= 0.02, (ranking, scores)
    finally:
        pg.ranking = installed


@pytest.mark.skipif("tantivy" not in ENGINES, reason="tantivy not installed")
def test_engine_recorded_and_switch_rebuilds(corpus_dir, tmp_path):
    build_index(corpus_dir, tmp_path, progress=False)
    assert open_engine(tmp_path).stats()["engine"] == "tantivy"  # the default for a new index
    report = build_index(corpus_dir, tmp_path, progress=False, engine="whoosh")
    assert report.rebuilt and open_engine(tmp_path).stats()["engine"] == "whoosh"
    assert build_index(corpus_dir, tmp_path, progress=False).unchanged == CORPUS_PROTOCOLS  # stays whoosh


def test_default_engine_is_whoosh_without_tantivy(monkeypatch):
    import builtins

    from indexer import engine

    real_import = builtins.__import__

    def no_tantivy(name, *args, **kwargs):
        if name == "tantivy":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_tantivy)
    assert engine._default_engine() == "whoosh"
    monkeypatch.setattr(builtins, "__import__", real_import)
    assert engine._default_engine() == "tantivy"
