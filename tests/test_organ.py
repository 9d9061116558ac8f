"""Bodies of several organisations: two municipalities' Socialnämnden are two facet values, and each filters alone."""
import pytest

from indexer.model import Filters, SearchRequest
from indexer.search import run_search
from tests.conftest import ENGINES, build_small

PROTOCOLS = {
    "ekeby.txt": "Ekeby kommun\nSocialnämnden\nSammanträdesdatum 2024-03-05\n§ 1 Riktlinjer för hemtjänst\nText om hemtjänst.\n"
                 "§ 2 Budget\nText om budget.\n",
    "lunda.txt": "Lunda kommun\nSocialnämnden\nSammanträdesdatum 2024-04-09\n§ 7 Riktlinjer för hemtjänst\nText om hemtjänst.\n",
    "lunda_ks.txt": "Lunda kommun\nKommunstyrelsen\nSammanträdesdatum 2024-04-10\n§ 3 Budget\nText om budget.\n",
}


@pytest.fixture(scope="module", params=ENGINES)
def searcher(request, tmp_path_factory):
    built = build_small(request, tmp_path_factory, PROTOCOLS, request.param)
    engine = built.open()
    with engine.searcher() as s:
        yield s
    engine.close()


def test_body_facet_names_the_organisation_when_there_are_several(searcher):
    r = run_search(searcher, SearchRequest("", per_page=10))
    assert {f.value: f.count for f in r.facets["body"]} == {
        "Socialnämnden — Ekeby kommun": 2, "Socialnämnden — Lunda kommun": 1, "Kommunstyrelsen — Lunda kommun": 1}


def test_a_qualified_body_filters_that_organisations_body_only(searcher):
    r = run_search(searcher, SearchRequest("hemtjänst", Filters(bodies=["Socialnämnden — Lunda kommun"]), per_page=10))
    assert [(h.organisation, h.number) for h in r.hits] == [("Lunda kommun", "7")]
    assert [f.value for f in r.facets["body"] if f.selected] == ["Socialnämnden — Lunda kommun"]
    both = run_search(searcher, SearchRequest("", Filters(bodies=["socialnämnden"]), per_page=10))
    assert both.total == 3  # the plain name still means every organisation's body of that name
    mixed = run_search(searcher, SearchRequest("budget", Filters(bodies=["Socialnämnden — Ekeby kommun", "Kommunstyrelsen — Lunda kommun"]), per_page=10))
    assert sorted((h.organisation, h.body) for h in mixed.hits) == [("Ekeby kommun", "Socialnämnden"), ("Lunda kommun", "Kommunstyrelsen")]


def test_one_organisation_keeps_plain_body_names(searcher):
    r = run_search(searcher, SearchRequest("", Filters(organisations=["Lunda kommun"]), per_page=10))
    assert {f.value for f in r.facets["body"]} == {"Socialnämnden", "Kommunstyrelsen"}
