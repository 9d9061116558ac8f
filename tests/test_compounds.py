"""Compound splitting: word -> parts (table-driven)."""
import pytest

from indexer.analysis import analyze, stem
from indexer.compounds import compound_parts

SPLITS = [
    ("våldsutsatta", {"våld", "utsatta"}),
    ("våldsutövare", {"våld", "utövare"}),
    ("familjehemscentrum", {"familjehem", "centrum"}),
    ("hemsjukvården", {"hem", "sjukvården"}),
    ("personalkostnader", {"personal", "kostnader"}),
    ("socialnämnden", {"social", "nämnden"}),
    ("samverkansavtal", {"samverkan", "avtal"}),
    ("stödsamtal", {"stöd", "samtal"}),
    ("barnahus", {"barn", "hus"}),
    ("äldreomsorgen", {"äldre", "omsorgen"}),
    ("kvinnojouren", {"kvinna", "jouren"}),
    ("gatubelysning", {"gata", "belysning"}),
    ("strandskyddsdispens", {"strandskydd", "dispens"}),  # a compound head that is a compound itself
]


@pytest.mark.parametrize("word,parts", SPLITS)
def test_split(word, parts):
    """The split's parts, compared after stemming (linking letters and inflection do not matter)."""
    got = compound_parts(word)
    assert {stem(p) for p in parts} <= {stem(p) for p in got}, got


NOT_COMPOUNDS = ["verksamheten", "ordförande", "kommunen", "protokollet", "våld", "ledamot", "utsatta"]


@pytest.mark.parametrize("word", NOT_COMPOUNDS)
def test_not_split(word):
    assert compound_parts(word) == ()


@pytest.mark.parametrize("query,word", [
    ("våld", "våldsutsatta"), ("familjehem", "Familjehemscentrum"), ("kostnad", "personalkostnader"),
    ("sjukvård", "hemsjukvården"), ("avtal", "samverkansavtalet"),
])
def test_part_stems_meet_query_stems(query, word):
    """A query word's stem is among the compound's part stems, so searching the part finds it."""
    token = analyze(word, compounds=True)[0]
    assert stem(query) in token.parts, token.parts
