"""Browsing the archive: the home page's overview, the meeting list, a body's page and a person's page."""
import re

from indexer.archive import bodies, meetings, overview, person
from tests.test_webui import html as page

A = "ekeby-kommun/socialnamnden/2024-03-05"  # the permalink key of a.txt
PROTOCOLS = [
    {"source": "a.txt", "date": "2024-03-05", "body": "Socialnämnden", "organisation": "Ekeby kommun", "kind": "Protokoll",
     "paragraph_ids": [f"{A}/1", f"{A}/2"],
     "participants": [{"name": "Anna Ek", "group": "beslutande", "role": "ordförande", "party": "S"}],
     "details": {f"{A}/1": {"number": "1", "title": "Budget", "dnr": "SN 2024/1",
                            "motions": [{"by": "Anna Ek", "text": "yrkar bifall."}], "reservations": [], "jav": []},
                 f"{A}/2": {"number": "2", "title": "Köp", "dnr": "SN 2024/1", "motions": [],
                            "reservations": [{"by": "Anna Ek", "party": "S"}], "jav": ["Anna Ek"]}}},
    {"source": "b.txt", "date": "2023-05-02", "body": "Socialnämnden", "organisation": "Ekeby kommun", "kind": "Protokollsutdrag",
     "paragraph_ids": ["ekeby-kommun/socialnamnden/2023-05-02/9"],
     "participants": [{"name": "Anna Ek", "group": "beslutande", "role": None, "party": "S"}],
     "details": {}},
    {"source": "c.txt", "date": "2024-01-10", "body": "Valnämnden", "organisation": "Lunda kommun", "kind": "Protokoll",
     "paragraph_ids": ["lunda-kommun/valnamnden/2024-01-10/3"], "participants": [], "details": {}},
]


def test_meetings_newest_first_and_filtered():
    assert [m["source"] for m in meetings(PROTOCOLS)] == ["a.txt", "c.txt", "b.txt"]
    assert [m["source"] for m in meetings(PROTOCOLS, organisation="ekeby kommun", year="2023")] == ["b.txt"]
    assert meetings(PROTOCOLS)[0] == {"source": "a.txt", "date": "2024-03-05", "organisation": "Ekeby kommun",
                                      "body": "Socialnämnden", "paragraphs": 2, "kind": "Protokoll"}


def test_bodies_with_meetings_and_year_span():
    assert bodies(PROTOCOLS) == [
        {"organisation": "Ekeby kommun", "body": "Socialnämnden", "meetings": 2, "first_year": "2023", "last_year": "2024"},
        {"organisation": "Lunda kommun", "body": "Valnämnden", "meetings": 1, "first_year": "2024", "last_year": "2024"}]


def test_overview_counts_and_examples_from_the_archive():
    from collections import Counter

    o = overview(PROTOCOLS, Counter({"Ekonomi › Budget och uppföljning": 4, "Ekonomi": 4}), "2026-12-01T10:00:00")
    assert (o["protocols"], o["paragraphs"], o["date_from"], o["date_to"]) == (3, 4, "2023-05-02", "2024-03-05")
    labels = [e["label"] for e in o["examples"]]
    assert "Budget och uppföljning" in labels and "dnr SN 2024/1" in labels and "Socialnämnden" in labels


def test_person_meetings_motions_reservations_jav():
    p = person(PROTOCOLS, "anna ek")
    assert p["party"] == "S" and [(m["source"], m["role"]) for m in p["meetings"]] == [("a.txt", "ordförande"), ("b.txt", None)]
    assert [(m["number"], m["title"], m["text"]) for m in p["motions"]] == [("1", "Budget", "yrkar bifall.")]
    assert [m["id"] for m in p["reservations"]] == [m["id"] for m in p["jav"]] == [f"{A}/2"]


def test_home_page_shows_what_the_archive_holds(client):
    html = page(client, "/")
    assert "Det här finns i arkivet" in html and "113</strong> paragrafer" in html
    assert 'href="/organ?namn=Kommunstyrelsen&amp;organisation=Hagfj%C3%A4rds+kommun"' in html
    assert 'href="/protokoll?organisation=Region+V%C3%A4stmark"' in html and "Senaste sammanträdena" in html
    assert "dnr KS 2024/0087" in html  # an example search drawn from the archive, not a fixed word


def test_meeting_list_filters_and_pages(client):
    html = page(client, "/protokoll")
    assert "<strong>13</strong> sammanträden" in html and html.index("2024-11-19") < html.index("2019-03-15")
    org = page(client, "/protokoll?organisation=Hagfj%C3%A4rds+kommun&ar=2024")
    assert "<strong>3</strong> sammanträden" in org and "Socialnämnden" not in org.split("<table")[1]
    assert 'href="/protokoll/01_hagfjard_kf.pdf"' in org
    assert "Sidan 9 finns inte" in page(client, "/protokoll?page=9")
    assert "2024-11-19" in page(client, "/protokoll?page=abc")  # a page that is not a number is the first


def test_body_page_lists_meetings_by_year(client):
    html = page(client, "/organ?namn=Sociala+samr%C3%A5dsgruppen")
    assert "<h2>2023</h2>" in html and "<h2>2019</h2>" in html and "4 sammanträden, 2019–2023" in html
    page(client, "/organ?namn=Finns+inte", 404)
    page(client, "/organ", 404)


def test_person_page_and_links_to_it(client):
    html = page(client, "/person?namn=Karin+Lund")
    assert "<h1>Karin Lund <span" in html and "Yrkanden" in html and "Kommunfullmäktige" in html
    assert re.search(r'href="/p/hagfjards-kommun/kommunfullmaktige/2024-03-25/15"', html)
    page(client, "/person?namn=Ingen+S%C3%A5dan", 404)
    results = page(client, "/?q=centrum+mot+v%C3%A5ld")
    assert 'href="/person?namn=Elin+Ring"' in results  # a speaker in a hit, and in the facet
    assert 'class="person-page" href="/person?namn=Elin+Ring"' in results
