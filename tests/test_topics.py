"""Topics: keywords matched after analysis; procedural items are Formalia."""
import pytest

from indexer.topics import assign_topics, is_formalia


@pytest.mark.parametrize("title", ["Sammanträdet öppnas", "Val av justerare", "Föregående protokoll",
                                   "Godkännande av dagordning", "Övriga frågor", "Mötet avslutas"])
def test_formalia(title):
    assert is_formalia(title) and assign_topics(title, "text") == ["Formalia"]


@pytest.mark.parametrize("title,text,topic", [
    ("Centrum mot våld", "Stöd till våldsutsatta och våldsutövare.", "Våld i nära relationer"),
    ("Familjehemscentrum", "Rekrytering av familjehem och placeringar.", "Familjehem och placeringar"),
    ("Budget 2024", "Kostnaderna ökar och statsbidrag minskar.", "Ekonomi och budget"),
    ("Ny ANDTS-strategi", "Alkohol, narkotika och tobak.", "Missbruk och beroende (ANDTS)"),
])
def test_topic_assigned(title, text, topic):
    assert topic in assign_topics(title, text)


def test_no_topic_for_unrelated_text():
    assert assign_topics("Presentation", "Ledamöterna presenterar sig.") == []
