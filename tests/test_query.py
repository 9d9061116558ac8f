"""Query syntax: string -> tree, filters and notices."""
import pytest

from indexer.query import And, Not, Or, Phrase, Prefix, Word, parse_query


@pytest.mark.parametrize("text,node", [
    ("våld", Word("våld")),
    ("våld barn", And((Word("våld"), Word("barn")))),
    ("våld OR barn", Or((Word("våld"), Word("barn")))),
    ("våld ELLER barn", Or((Word("våld"), Word("barn")))),
    ("våld -barn", And((Word("våld"), Not(Word("barn"))))),
    ("våld NOT barn", And((Word("våld"), Not(Word("barn"))))),
    ('"god och nära vård"', Phrase(("god", "och", "nära", "vård"))),
    ("skol*", Prefix("skol")),
    ("(våld OR barn) budget", And((Or((Word("våld"), Word("barn"))), Word("budget")))),
    ("titel:budget", Word("budget", "title")),
    ("ANDTS-strategi", Word("ANDTS-strategi")),
])
def test_parse(text, node):
    assert parse_query(text).node == node


def test_filters_from_fields():
    q = parse_query('våld år:2022 organ:"Sociala samrådsgruppen" talare:Elin ämne:Formalia')
    assert q.node == Word("våld")
    assert q.filters == {"year": ["2022"], "body": ["Sociala samrådsgruppen"], "speaker": ["Elin"], "topic": ["Formalia"]}


@pytest.mark.parametrize("text,notice", [
    ('"våld barn', "citattecken"), ("(våld", "parenteser"), ("våld)", "parenteser"),
    ("foo:bar", "Okänt fält"), ("*", "Jokertecken"), ("a*", "Jokertecken"), ("v?ld", "Jokertecken"),
    ("x" * 600, "kortats"),
])
def test_malformed_falls_back_with_notice(text, notice):
    q = parse_query(text)
    assert any(notice in n for n in q.notices)


def test_control_characters_removed():
    assert parse_query("\x00våld\x07").node == Word("våld")


def test_words_skip_negations():
    assert parse_query('våld -barn "nära vård" skol*').words == ["våld", "nära", "vård", "skol*"]


@pytest.mark.parametrize("text,dnr", [
    ("KS 2023/0412", "KS 2023/0412"),
    ("RS/2023/0912", "RS/2023/0912"),
    ("HSN 2024-00123", "HSN 2024-00123"),
    ("Dnr 2024/041", "2024/041"),
    ('dnr:"KS 2023/0412"', "KS 2023/0412"),
])
def test_a_dnr_stays_one_identifier(text, dnr):
    assert parse_query(text).node == Word(dnr, "dnr") and parse_query(text).words == []


@pytest.mark.parametrize("text", ["2024-03-05", "budget 2024", "KS 2024-03", '"KS 2023/0412"'])
def test_dates_years_and_quoted_text_are_not_dnr(text):
    assert "dnr" not in repr(parse_query(text).node)


@pytest.mark.parametrize("text,node", [
    ("våld i nära relationer", And((Word("våld"), Word("nära"), Word("relationer")))),  # stopwords are not searched
    ("våld AND barn", And((Word("våld"), Word("barn")))),                               # AND/OCH are connectors
    ("våld OCH barn", And((Word("våld"), Word("barn")))),
    ('"våld i nära"', Phrase(("våld", "i", "nära"))),                                    # inside a phrase they count
    ("våld -i", Word("våld")),
])
def test_stopwords_and_operators(text, node):
    assert parse_query(text).node == node


@pytest.mark.parametrize("text", ["i", "i och på", '"', "-", "NOT", "\\", "🙂", "( )"])
def test_nothing_to_search_is_said_not_answered_with_everything(text):
    q = parse_query(text)
    assert q.node is None and q.unsearchable and q.notices


def test_empty_query_still_lists_everything():
    assert not parse_query("").unsearchable and not parse_query("år:2022").unsearchable
