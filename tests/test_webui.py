"""Web UI routes through Flask's test client."""
import re

import pytest

from tests.conftest import CORPUS_PARAGRAPHS

P18 = "/p/sociala-samradsgruppen/2022-04-01/18"


def html(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, url
    return r.get_data(as_text=True)


def test_home(client):
    page = html(client, "/")
    assert "Sök i protokoll" in page and 'role="search"' in page


def test_results_page(client):
    page = html(client, "/?q=v%C3%A5ld")
    assert "träffar" in page and "<mark>" in page
    assert "Centrum mot våld" in page and "Sociala samrådsgruppen" in page
    assert re.search(r'href="/p/sociala-samradsgruppen/2022-04-01/18\?q=', page)
    for label in ("År", "Organ", "Talare", "Ämne"):
        assert f"<h2>{label}</h2>" in page


def test_facet_toggle_links_and_chips(client):
    page = html(client, "/?q=v%C3%A5ld")
    link = re.search(r'href="(\?q=v%C3%A5ld&amp;year=2022)"', page)
    assert link
    filtered = html(client, "/" + link.group(1).replace("&amp;", "&"))
    assert 'class="chip"' in filtered and "År: 2022" in filtered and "2019-03-15" not in filtered
    # The selected value's link removes the filter again.
    assert 'href="?q=v%C3%A5ld" class="selected"' in filtered or re.search(r'href="\?q=v%C3%A5ld"\s+class="selected"', filtered)


def test_topic_facet_shows_areas_opening_to_subtopics(client):
    page = html(client, "/?q=v%C3%A5ld")
    facet = page[page.index("<h2>Ämne</h2>"):]
    facet = facet[: facet.index("</section>")]
    area = facet.index('<span class="label">Omsorg och socialt stöd</span>')
    sub = facet.index('<span class="label">Våld i nära relationer</span>')
    assert area < sub and "Delområden" in facet[area:sub]
    assert "Omsorg och socialt stöd › " not in re.sub(r'href="[^"]*"', "", facet)  # subtopics show their own name
    link = re.search(r'href="(\?q=v%C3%A5ld&amp;topic=Omsorg[^"]*V%C3%A5ld[^"]*)"', facet)
    filtered = html(client, "/" + link.group(1).replace("&amp;", "&"))
    assert "Ämne: Omsorg och socialt stöd › Våld i nära relationer" in filtered
    assert re.search(r"<details class=\"sub\" open>", filtered)


def test_several_filters_and_year_range(client):
    page = html(client, "/?q=&speaker=Elin+Ring&year=2022&year=2019")
    assert "Talare: Elin Ring" in page and "År: 2022" in page and "År: 2019" in page
    page = html(client, "/?q=v%C3%A5ld&year_from=2020&year_to=2022")
    assert "År: 2020–2022" in page and "2023-02-24" not in page


def test_sort_and_paging(client):
    page = html(client, "/?q=&sort=oldest")
    dates = re.findall(r'<time datetime="([\d-]+)"', page)
    assert dates == sorted(dates)
    assert 'rel="next"' in page
    page2 = html(client, "/?q=&sort=oldest&page=2")
    assert re.findall(r'<time datetime="([\d-]+)"', page2)[0] >= dates[-1]
    assert "<strong>relevans</strong>" not in page


def test_no_hits_helpful(client):
    page = html(client, "/?q=zzzxqy")
    assert "Inga träffar" in page and "Kontrollera stavningen" in page


def test_suggestion(client):
    page = html(client, "/?q=socialnamnden")
    assert "Visar resultat för" in page and "socialnämnden" in page and 'href="?q=socialnamnden&amp;as_typed=1"' in page
    page = html(client, "/?q=socialnamnden&as_typed=1")
    assert "Menade du" in page and "Visar resultat för" not in page


def test_escaping_of_query_and_text(client):
    page = html(client, "/?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_paragraph_page(client):
    page = html(client, P18 + "?q=v%C3%A5ld")
    assert "§&nbsp;18" in page and "<mark>våldsutsatta</mark>" in page
    assert "Beslut" in page and "Liknande paragrafer" in page
    assert 'rel="prev"' in page and 'rel="next"' in page
    assert "/protokoll/003_025728fa54487a8c.txt#p18" in page and "/original/003_025728fa54487a8c.txt" in page
    assert "Deltagare" in page and "Karin Sundin" in page


def test_paragraph_page_shows_decision_data_and_appeal_window(client):
    html = client.get("/p/hagfjards-kommun/kommunfullmaktige/2024-03-25/15").get_data(as_text=True)
    assert "<strong>Per Nilsson</strong> yrkar att investeringsramen utökas" in html  # a yrkande and its maker
    assert "16 ja · 13 nej · 2 avstår" in html
    assert re.search(r'class="reservations".*?<li>M</li><li>KD</li>', html, re.S)
    assert "Beslutet skickas till:</strong> Kommunstyrelsen, Barn- och utbildningsnämnden" in html
    assert "Tiden för överklagande gick ut 23 april 2024." in html and "13 kap. 5 § kommunallagen" in html


def test_protocol_page_says_when_the_appeal_window_is_unknown(client):
    html = client.get("/protokoll/002_a76be3cd7be83ac5.txt").get_data(as_text=True)  # minutes without anslag
    assert "Sista dag för överklagande är okänd" in html


def test_api_hits_carry_organisation_dnr_and_a_working_url(client):
    hit = client.get("/api/search?q=KS 2024/0087&sort=oldest").get_json()["hits"][0]
    assert (hit["organisation"], hit["dnr"]) == ("Hagfjärds kommun", "KS 2024/0087")
    assert hit["url"] == "/p/" + hit["id"] and client.get(hit["url"]).status_code == 200


@pytest.mark.parametrize("q", ["i", "-", "NOT"])
def test_nothing_searchable_is_explained(client, q):
    html = client.get("/", query_string={"q": q}).get_data(as_text=True)
    assert "sökbara ord" in html or "småord" in html
    api = client.get("/api/search", query_string={"q": q}).get_json()
    assert api["total"] == 0 and api["notice"]


def test_appealable_filter_in_ui_and_api(client):
    assert client.get("/api/search?appealable_on=2024-04-10&per_page=100").get_json()["total"] == 10
    html = client.get("/?q=&appealable_on=2024-04-10").get_data(as_text=True)
    assert "Går att överklaga 2024-04-10" in html  # a chip that removes it
    page = client.get("/?q=budget").get_data(as_text=True)
    assert 'href="?q=budget&amp;appealable=1"' in page and "Går att överklaga nu" in page
    hit = client.get("/api/search?q=solceller&appealable_on=2024-04-10").get_json()["hits"][0]
    assert hit["appeal_until"] == "2024-04-23"


@pytest.mark.parametrize("query,says", [
    ("page=abc", "Sidan ”abc” finns inte"),
    ("year=abc", "”abc” är inte ett år"),
    ("sort=foo", "Okänd sortering ”foo”"),
    ("appealable_on=igår", "”igår” är inte ett datum"),
    ("year_from=19", "inte ett år mellan 1900 och 2100"),
])
def test_bad_parameters_api_400_and_page_says_so(client, query, says):
    r = client.get(f"/api/search?q=budget&{query}")
    assert r.status_code == 400 and says in r.get_json()["error"]
    html = client.get(f"/?q=budget&{query}").get_data(as_text=True)
    assert "Ignorerades" in html and says in html and "År: abc" not in html


def test_unknown_api_path_is_json_404(client):
    r = client.get("/api/nope")
    assert r.status_code == 404 and r.is_json and "/api/search" in r.get_json()["endpoints"]


def test_page_past_the_last_says_so(client):
    html = client.get("/?q=budget&page=99").get_data(as_text=True)
    assert "Sidan 99 finns inte" in html and "Inga träffar" not in html and 'href="?q=budget">Gå till första sidan' in html


def test_protocol_page_and_original(client):
    page = html(client, "/protokoll/003_025728fa54487a8c.txt")
    assert 'id="p18"' in page and 'href="#p18"' in page and "Innehåll" in page
    assert "Deltagare" in page and "Karin Sundin" in page
    r = client.get("/original/003_025728fa54487a8c.txt")
    assert r.status_code == 200 and "Sociala samrådsgruppen".encode() in r.data


@pytest.mark.parametrize("url", [
    "/p/nope.txt%2399", "/protokoll/nope.txt", "/original/../setup.cfg", "/original/..%2Fsetup.cfg",
    "/original/%2Fetc%2Fpasswd", "/original/../../etc/passwd", "/nowhere",
])
def test_404s_and_path_traversal(client, url):
    r = client.get(url, follow_redirects=True)
    assert r.status_code == 404
    assert b"root:" not in r.data and b"[metadata]" not in r.data


def test_api_search_same_shape_as_cli(client):
    r = client.get("/api/search?q=barnahus&per_page=5")
    d = r.get_json()
    assert r.status_code == 200 and d["hits"][0]["ref"] == "000_20d49025c3eefde7.txt#22"
    assert set(d) >= {"query", "total", "hits", "facets", "suggestion"}
    d = client.get("/api/search?q=&year=2022&speaker=Elin+Ring").get_json()
    assert d["total"] >= 3 and all("Elin Ring" in h["speakers"] for h in d["hits"])


def test_api_search_without_facets(client):
    d = client.get("/api/search?q=våld&facets=0").get_json()
    assert d["total"] == client.get("/api/search?q=våld").get_json()["total"] > 0
    assert d["facets"] == {"year": [], "period": [], "organisation": [], "body": [], "speaker": [], "topic": []}


def test_api_limits(client):
    assert client.get("/api/search?q=" + "x" * 3000).status_code == 400
    assert client.get("/api/search?q=v&per_page=abc").status_code == 400
    assert client.get("/api/search?q=v%C3%A5ld&page=99999").status_code == 400  # past the 500-page limit


def test_voting_list_and_notes_on_page_and_in_api(client):
    page = html(client, "/p/hagfjards-kommun/kommunfullmaktige/2024-03-25/15")
    assert "Omröstningslista" in page and "Protokollsanteckningar" in page
    assert re.search(r"<td>Patrik Ljung \(S\)</td><td>ja</td>", page) and re.search(r"<td>Per Nilsson \(M\)</td><td>nej</td>", page)
    d = client.get("/api/paragraph/hagfjards-kommun/kommunfullmaktige/2024-03-25/15").get_json()["details"]
    votes = [v["vote"] for v in d["voting_list"]]
    assert {k: votes.count(k) for k in ("ja", "nej", "avstår")} == {"ja": 16, "nej": 13, "avstår": 2} == d["votes"]
    assert d["notes"] and d["notes"][0].startswith("Anders Vik (SD) lämnar följande protokollsanteckning")
    assert d["reservations"] and d["motions"]


def test_api_paragraph_and_health(client):
    d = client.get("/api/paragraph/sociala-samradsgruppen/2022-04-01/18").get_json()
    assert d["title"] == "Centrum mot våld" and d["speakers"] == ["Elin Ring"]
    assert client.get("/api/paragraph/nope").status_code == 404
    h = client.get("/healthz").get_json()
    assert h == {"status": "ok", "paragraphs": CORPUS_PARAGRAPHS}


def test_security_headers(client):
    r = client.get("/?q=v%C3%A5ld")
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_static_assets_served_locally(client):
    page = html(client, "/")
    assert "http://" not in page.split("<body")[0] and "https://" not in page.split("<body")[0]
    assert client.get("/static/style.css").status_code == 200


def test_reindex_is_seen_without_restart(tmp_path):
    from indexer.build import build_index
    from tests.fixtures import write
    from webui import create_app

    corpus = tmp_path / "c"
    corpus.mkdir()
    write(corpus / "a.txt", "Nämnden\n2024-01-01\n§ 1 Budget\nText om budget.")
    build_index(corpus, tmp_path / "ix", progress=False)
    client = create_app({"INDEX_DIR": str(tmp_path / "ix"), "CORPUS_DIR": str(corpus)}).test_client()
    assert client.get("/api/search?q=kulturhus").get_json()["total"] == 0
    write(corpus / "b.txt", "Nämnden\n2024-02-01\n§ 2 Kulturhus\nEtt nytt kulturhus.")
    build_index(corpus, tmp_path / "ix", progress=False)
    assert client.get("/api/search?q=kulturhus").get_json()["total"] == 1
    build_index(corpus, tmp_path / "ix", rebuild=True, progress=False)
    assert client.get("/api/search?q=kulturhus").get_json()["total"] == 1


def test_complete_suggests_facet_values(client):
    assert "Elin Ring" in client.get("/api/complete?q=eli").get_json()
    assert "Sociala samrådsgruppen" in client.get("/api/complete?q=samr").get_json()
    assert client.get("/api/complete?q=e").get_json() == []


def test_date_range_in_the_page_and_the_api(client):
    d = client.get("/api/search?q=&date_from=2024-03&date_to=2024-03&per_page=100").get_json()
    assert d["total"] > 0 and all(h["date"].startswith("2024-03") for h in d["hits"])
    page = html(client, "/?q=&date_from=2024-03-01&date_to=2024-03-31")
    assert "Datum: 2024-03-01–2024-03-31" in page and 'name="date_from" type="date" value="2024-03-01"' in page
    bad = client.get("/api/search?q=&date_from=2024-13-45")
    assert bad.status_code == 400 and "är inte ett datum" in bad.get_json()["error"]
    assert "är inte ett datum" in html(client, "/?q=&date_to=igår")


def test_api_pages_link_next_and_prev(client):
    first = client.get("/api/search?q=&per_page=20").get_json()
    assert first["prev"] is None and first["next"] == "/api/search?page=2&per_page=20"
    second = client.get(first["next"]).get_json()
    assert second["page"] == 2 and second["prev"] == "/api/search?per_page=20"
    last = client.get(f"/api/search?q=&per_page=20&page={-(-first['total'] // 20)}").get_json()
    assert last["next"] is None and {h["id"] for h in last["hits"]}.isdisjoint({h["id"] for h in first["hits"]})


def test_api_description_lists_endpoints_parameters_and_fields(client):
    doc = client.get("/api").get_json()
    assert doc["openapi"].startswith("3.") and {"/api/search", "/api/case", "/api/paragraph/{id}", "/api/complete"} <= set(doc["paths"])
    params = {p["name"] for p in doc["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "date_from", "date_to", "appealable", "per_page", "page", "body", "topic"} <= params
    hit = doc["paths"]["/api/search"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["hits"]
    assert {"url", "organisation", "dnr", "appeal_until"} <= set(hit["items"]["properties"])
    assert "/api" in client.get("/api/nope").get_json()["endpoints"]


def test_protocol_page_shows_sections_and_each_decision_once(client):
    page = html(client, "/protokoll/02_hagfjard_ks.docx")
    assert page.count("Utökningen finansieras genom nyupplåning.") == 1  # the decision, once, in place
    section = re.search(r'<section id="p36".*?</section>\s*(?=<section id="p37")', page, re.S).group(0)
    headings = re.findall(r'<h3 class="section-heading">([^<]+)</h3>', section)
    assert headings[:4] == ["Kommunstyrelsens förslag till kommunfullmäktige", "Ärendebeskrivning",
                            "Beslutsunderlag", "Yrkanden"]
    assert re.search(r'class="block block-decision decision".*?Kommunfullmäktige beslutar att utöka.*?'
                     r'class="motions"', section, re.S)  # the decision block carries its yrkanden and votes


def test_paragraph_page_text_has_section_headings(client):
    page = html(client, "/p/hagfjards-kommun/kommunstyrelsen/2024-03-05/36?q=investeringsram")
    text = page.split('id="fulltext-h"', 1)[1]
    assert re.findall(r'<h3 class="section-heading">([^<]+)</h3>', text)[:3] == [
        "Kommunstyrelsens förslag till kommunfullmäktige", "Ärendebeskrivning", "Beslutsunderlag"]
    assert "<mark>investeringsramen</mark>" in text
    assert text.count('class="motions"') == 0  # the decision's details are in the box above, not repeated
