"""A paragraph's lasting identity: keys, ids, collisions, old ids, and when a paragraph entered the archive."""
import pytest

from indexer import identity
from indexer.model import Paragraph, Protocol


@pytest.mark.parametrize("text, want", [
    ("Hagfjärds kommun", "hagfjards-kommun"),
    ("Miljö- och byggnadsnämnden", "miljo-och-byggnadsnamnden"),
    ("Kommunstyrelsens  arbetsutskott", "kommunstyrelsens-arbetsutskott"),
    ("Östra Lunde", "ostra-lunde"),
    ("Région / Ærø", "region-aro"),  # accents dropped, æ/ø folded, runs of other characters one "-"
    ("01_hagfjard_kf.pdf", "01-hagfjard-kf-pdf"),
])
def test_slug(text, want):
    assert identity.slug(text) == want


@pytest.mark.parametrize("organisation, body, date, source, want", [
    ("Hagfjärds kommun", "Kommunfullmäktige", "2024-03-25", "kf.pdf", "hagfjards-kommun/kommunfullmaktige/2024-03-25"),
    (None, "Sociala samrådsgruppen", "2022-04-01", "a.txt", "sociala-samradsgruppen/2022-04-01"),  # no organisation
    ("Norrby kommun", None, "2024-01-01", "Protokoll KS.docx", "fil/protokoll-ks-docx"),  # no body: the file name
    ("Norrby kommun", "Kommunstyrelsen", None, "ks.txt", "fil/ks-txt"),  # no date: the file name
])
def test_base_key(organisation, body, date, source, want):
    protocol = Protocol(source=source, date=date, body=body, organisation=organisation)
    assert identity.base_key(protocol) == want


def test_allocate_keeps_a_key_and_numbers_collisions():
    taken: dict[str, str] = {}
    assert identity.allocate("k/ks/2024-03-05", taken, "protokoll.pdf") == "k/ks/2024-03-05"
    assert identity.allocate("k/ks/2024-03-05", taken, "utdrag.pdf") == "k/ks/2024-03-05-2"
    assert identity.allocate("k/ks/2024-03-05", taken, "utdrag2.pdf") == "k/ks/2024-03-05-3"
    assert identity.allocate("k/ks/2024-03-05", taken, "protokoll.pdf") == "k/ks/2024-03-05"  # its own key again
    # A file keeps the numbered key it had, even when the plain key is free again.
    del taken["k/ks/2024-03-05"]
    assert identity.allocate("k/ks/2024-03-05", taken, "utdrag.pdf", preferred="k/ks/2024-03-05-2") == "k/ks/2024-03-05-2"
    # A preferred key of another meeting (the date was corrected) is not kept.
    assert identity.allocate("k/ks/2024-03-06", taken, "utdrag2.pdf", preferred="k/ks/2024-03-05-3") == "k/ks/2024-03-06"


@pytest.mark.parametrize("numbers, want", [
    (["12", "13"], ["k/12", "k/13"]),
    (["5", "5", "5"], ["k/5", "k/5-2", "k/5-3"]),  # a § repeated (an utdrag bound in, a numbering slip)
    (["3 a", "3b", ""], ["k/3-a", "k/3b", "k/0"]),  # no spaces or empty segments in a URL
])
def test_paragraph_ids(numbers, want):
    assert identity.paragraph_ids("k", numbers) == want


@pytest.mark.parametrize("old, want", [
    ("01_hagfjard_kf.pdf#15", ("01_hagfjard_kf.pdf", "15")),
    ("mapp/ks.txt#12-2", ("mapp/ks.txt", "12-2")),
    ("hagfjards-kommun/kommunfullmaktige/2024-03-25/15", None),  # a permalink is not an old id
])
def test_legacy_id(old, want):
    assert identity.legacy_id(old) == want


def test_entered_keeps_the_first_time_while_the_text_is_unchanged():
    first = Paragraph(number="1", title="Budget", text="Nämnden behandlar budgeten.")
    changed = Paragraph(number="2", title="Taxa", text="Ny text.")
    prior = {"k/1": ("2024-01-01T10:00:00Z", identity.paragraph_sha(first)), "k/2": ("2024-01-01T10:00:00Z", "an older text")}
    shas = [identity.paragraph_sha(first), identity.paragraph_sha(changed), identity.paragraph_sha(changed)]
    assert identity.entered(["k/1", "k/2", "k/3"], shas, prior, "2024-06-01T08:00:00Z") == [
        "2024-01-01T10:00:00Z", "2024-06-01T08:00:00Z", "2024-06-01T08:00:00Z"]
