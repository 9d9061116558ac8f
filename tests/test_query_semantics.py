"""What a query means, on every engine: table-driven query -> the paragraphs it must find, and queries that
must find the same paragraphs (stopwords, operators, inflections, hyphens, soft hyphens, a dnr, partial dates)."""
from __future__ import annotations

import pytest

from indexer.model import Filters
from indexer.model import SearchRequest
from indexer.search import run_search
from tests.conftest import ENGINES, build_small

KF = """Norrby kommun
Kommunfullmäktige
Sammanträdesdatum 2024-03-25

§ 1 Skattesats 2025
Fullmäktige fastställer skattesatsen till 21,50 kronor.

§ 2 Skolskjuts
Barn- och utbildningsnämnden beslutar om skolskjutsar för eleverna i Norrby.

§ 3 Våld i nära relationer
Arbetet mot våld i nära relationer fortsätter med ett nytt program.

§ 4 Närvaro
När mötet öppnades närvarade alla ledamöter.

§ 5 LSS-boende
Ett nytt LSS-boende byggs i centrum, ett KS-beslut från i höstas.

§ 6 Försörjningsstöd
Kostnaderna för försörj\u00adningsstöd ökar enligt förvaltningen.

§ 7 Ny förskola
Dnr KS 2024/0087
Fullmäktige beslutar att bygga förskolan.
"""
SN = """Norrby kommun
Socialnämnden
Sammanträdesdatum 2022-04-12

§ 30 Barn och våld
Nämnden diskuterar barn som upplever våld i hemmet.

§ 31 Skattesatser i länet
En jämförelse av skattesatser och avgifter för barn i länet.
"""
KF_SOURCE, SN_SOURCE = "kf.txt", "sn.txt"


@pytest.fixture(scope="module", params=ENGINES)
def searcher(request, tmp_path_factory):
    index = build_small(request, tmp_path_factory, {KF_SOURCE: KF, SN_SOURCE: SN}, request.param)
    engine = index.open()
    with engine.searcher() as s:
        yield s
    engine.close()


def found(searcher, query: str, **filters) -> set[str]:
    """Return the § (as FILE#NUMBER) a query finds, complete matches only when some exist."""
    result = run_search(searcher, SearchRequest(query, Filters(**filters), per_page=100))
    complete = {h.ref for h in result.hits if not h.missing}
    return complete or {h.ref for h in result.hits}


def kf(*numbers: int) -> set[str]:
    return {f"{KF_SOURCE}#{n}" for n in numbers}


def sn(*numbers: int) -> set[str]:
    return {f"{SN_SOURCE}#{n}" for n in numbers}


@pytest.mark.parametrize("query, want", [
    ("skattesats", kf(1) | sn(31)),  # the lemma finds its inflections, and the other way round
    ("skattesatsen", kf(1) | sn(31)),
    ("skattesatser", kf(1) | sn(31)),
    ("skolskjuts", kf(2)),
    ("skolskjutsar", kf(2)),
    ("nära", kf(3)),  # not "När mötet …" nor "närvarade" (Snowball stems nära as the stopword när)
    ("våld i nära relationer", kf(3)),  # the stopword i is not searched
    ('"våld i nära relationer"', kf(3)),  # in a phrase every word counts
    ("våld AND barn", sn(30)),  # AND/OCH are operators, not words
    ("våld OCH barn", sn(30)),
    ("våld OR skolskjuts", kf(2, 3) | sn(30)),
    ("våld ELLER skolskjuts", kf(2, 3) | sn(30)),
    ("barn NOT våld", kf(2) | sn(31)),
    ("barn INTE våld", kf(2) | sn(31)),
    ("barn -våld", kf(2) | sn(31)),
    ("LSS-boende", kf(5)),  # a hyphenated form: its pieces
    ("boende", kf(5)),
    ("KS-beslut", kf(5)),
    ("försörjningsstöd", kf(6)),  # a soft hyphen in the source does not split the word
    ("KS 2024/0087", kf(7)),  # a dnr typed in the box: exactly that ärende
    ("ks 2024/0087", kf(7)),
    ('dnr:"KS 2024/0087"', kf(7)),
])
def test_query_finds(searcher, query, want):
    assert found(searcher, query) == want


@pytest.mark.parametrize("query", ["i", "och", "NOT", "-", '"', "\\", "🙂"])
def test_nothing_searchable_finds_nothing_and_says_so(searcher, query):
    result = run_search(searcher, SearchRequest(query))
    assert result.total == 0 and result.notice


@pytest.mark.parametrize("filters, want", [
    ({"date_to": "2022"}, sn(30, 31)),  # a year means the whole year
    ({"date_from": "2022"}, kf(1, 2, 3, 4, 5, 6, 7) | sn(30, 31)),
    ({"date_from": "2023"}, kf(1, 2, 3, 4, 5, 6, 7)),
    ({"date_to": "2022-04"}, sn(30, 31)),  # a year-month means the whole month
    ({"date_to": "2022-03"}, set()),
    ({"date_from": "2024-03-25", "date_to": "2024-03-25"}, kf(1, 2, 3, 4, 5, 6, 7)),
    ({"year_from": 2022, "year_to": 2023}, sn(30, 31)),
    ({"years": ["2024"]}, kf(1, 2, 3, 4, 5, 6, 7)),
])
def test_date_bounds_list_the_whole_period(searcher, filters, want):
    assert found(searcher, "", **filters) == want
