"""Following a search on every engine: links that last through renames, when paragraphs entered the archive,
the Atom feed, full exports (web and CLI) and e-mail alerts sent through a real SMTP server on 127.0.0.1."""
from __future__ import annotations

import csv
import io
import json
import socket
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import identity
from indexer.alerts import AlertsError, Smtp, load_alerts, run_alerts
from indexer.build import build_index
from indexer.cli import main
from tests.conftest import ENGINES, BuiltIndex
from tests.fixtures import write

ATOM = "{http://www.w3.org/2005/Atom}"
T1, T2, T3, T4 = "2025-01-10T08:00:00Z", "2025-02-10T08:00:00Z", "2025-03-10T08:00:00Z", "2025-04-10T08:00:00Z"


def protocol(body: str, date: str, items: list[tuple[str, str]], organisation: str = "Norrby kommun") -> str:
    """A small protocol: organisation, body, date and one § per (title, text)."""
    sections = "\n\n".join(f"§ {n} {title}\n{text}" for n, (title, text) in enumerate(items, 1))
    return f"{organisation}\n{body}\nSammanträdesdatum {date}\n\n{sections}\n"


KS = protocol("Kommunstyrelsen", "2024-03-05", [("Budget 2025", "Kommunstyrelsen behandlar budgeten för 2025."),
                                                ("Skolskjuts", "Kommunstyrelsen behandlar skolskjutsen.")])
BUN = protocol("Barn- och utbildningsnämnden", "2024-04-10", [("Budgetuppföljning", "Nämnden följer upp budgeten."),
                                                             ("Lokaler", "Nämnden behandlar lokalerna.")])
KF = protocol("Kommunfullmäktige", "2024-05-20", [("Budget för nämnderna", "Fullmäktige fastställer budgeten.")])


class Archive:
    """A corpus a test changes and its index on one engine, indexed with a clock the test sets."""

    def __init__(self, engine: str, root: Path, dsn: str | None, monkeypatch) -> None:
        self.corpus = root / "corpus"
        self.corpus.mkdir()
        self.index = BuiltIndex(engine, path=None if dsn else root / "index", dsn=dsn)
        self.monkeypatch = monkeypatch

    def write(self, name: str, text: str) -> None:
        (self.corpus / name).parent.mkdir(parents=True, exist_ok=True)
        write(self.corpus / name, text)

    def build(self, stamp: str, rebuild: bool = False):
        self.monkeypatch.setattr(identity, "now", lambda: stamp)
        return build_index(self.corpus, self.index.path, rebuild=rebuild, progress=False, engine=self.index.engine, dsn=self.index.dsn)

    def get(self, doc_id: str) -> dict | None:
        engine = self.index.open()
        try:
            with engine.searcher() as s:
                return s.get(doc_id)
        finally:
            engine.close()

    def client(self):
        from webui import create_app

        return create_app(self.index.app_config(self.corpus)).test_client()


@pytest.fixture(params=ENGINES)
def archive(request, tmp_path, monkeypatch) -> Archive:
    dsn = request.getfixturevalue("pg_database") if request.param == "postgres" else None
    return Archive(request.param, tmp_path, dsn, monkeypatch)


KS1, KS2 = "norrby-kommun/kommunstyrelsen/2024-03-05/1", "norrby-kommun/kommunstyrelsen/2024-03-05/2"


def test_renamed_file_keeps_its_urls_and_when_its_paragraphs_entered(archive):
    archive.write("ks.txt", KS)
    archive.build(T1)
    assert archive.get(KS1)["added"] == archive.get(KS2)["added"] == T1
    # The file is renamed and moved, and § 2's text changes.
    (archive.corpus / "ks.txt").unlink()
    archive.write("2024/KS protokoll 2024-03-05.txt", KS.replace("behandlar skolskjutsen", "beslutar om skolskjutsen"))
    r = archive.build(T2)
    assert (r.added, r.deleted) == (1, 1)
    one, two = archive.get(KS1), archive.get(KS2)
    assert one["source"] == two["source"] == "2024/KS protokoll 2024-03-05.txt"
    assert (one["added"], two["added"]) == (T1, T2)  # unchanged text keeps its time; changed text is new
    client = archive.client()
    assert client.get("/p/" + KS1).status_code == 200
    # Old addresses: the file-name id of before permalinks, and the protocol page of the old file name.
    r = client.get("/p/ks.txt%231?q=budget")
    assert r.status_code == 301 and r.location == "/p/" + KS1 + "?q=budget"
    r = client.get("/api/paragraph/ks.txt%232")
    assert r.status_code == 301 and r.location.endswith("/api/paragraph/" + KS2)
    r = client.get("/protokoll/ks.txt")
    assert r.status_code == 301 and r.location == "/protokoll/2024/KS%20protokoll%202024-03-05.txt"
    assert client.get("/p/nope.txt%231").status_code == 404
    # A full rebuild keeps ids and times.
    archive.build(T3, rebuild=True)
    assert (archive.get(KS1)["added"], archive.get(KS2)["added"]) == (T1, T2)


def test_two_files_of_one_meeting_get_numbered_keys(archive):
    archive.write("a.txt", KS)
    archive.build(T1)
    archive.write("b.txt", KS)  # an utdrag of the same meeting
    archive.build(T2)
    assert archive.get(KS1)["source"] == "a.txt"
    assert archive.get("norrby-kommun/kommunstyrelsen/2024-03-05-2/1")["source"] == "b.txt"


def _feed(client, query: str) -> ET.Element:
    r = client.get("/feed.atom?" + query)
    assert r.status_code == 200 and r.mimetype == "application/atom+xml"
    return ET.fromstring(r.get_data())


def test_feed_lists_new_paragraphs_first_after_an_incremental_index(archive):
    archive.write("ks.txt", KS)
    archive.build(T1)
    archive.write("kf.txt", KF)
    archive.build(T2)
    root = _feed(archive.client(), "q=budget")
    assert root.tag == ATOM + "feed" and root.find(ATOM + "updated").text.startswith("2025-02-10T08:00:00")
    entries = root.findall(ATOM + "entry")
    titles = [e.find(ATOM + "title").text for e in entries]
    assert titles == ["§ 1 Budget för nämnderna — Kommunfullmäktige, 2024-05-20", "§ 1 Budget 2025 — Kommunstyrelsen, 2024-03-05"]
    first = entries[0]
    assert first.find(ATOM + "link").get("href") == "http://localhost/p/norrby-kommun/kommunfullmaktige/2024-05-20/1"
    assert first.find(ATOM + "updated").text.startswith("2025-02-10T08:00:00")
    assert first.find(ATOM + "summary").text == "Fullmäktige fastställer budgeten."  # the snippet as text, no <mark>
    # Filters as on the search page; a malformed parameter is said, not ignored.
    only_ks = _feed(archive.client(), "q=budget&body=Kommunstyrelsen").findall(ATOM + "entry")
    assert [e.find(ATOM + "id").text for e in only_ks] == ["http://localhost/p/" + KS1]
    assert archive.client().get("/feed.atom?q=budget&year=abc").status_code == 400


def test_results_page_links_its_feed_and_exports(client):
    page = client.get("/?q=v%C3%A5ld&sort=newest").get_data(as_text=True)
    assert '<link rel="alternate" type="application/atom+xml" title="Nya träffar: ”våld”" href="/feed.atom?q=v%C3%A5ld">' in page
    assert '<a href="/feed.atom?q=v%C3%A5ld" type="application/atom+xml">Prenumerera</a>' in page
    assert 'href="/export.csv?q=v%C3%A5ld&amp;sort=newest" download>CSV</a>' in page
    assert 'href="/export.json?q=v%C3%A5ld&amp;sort=newest" download>JSON</a>' in page
    # A search with no hits yet can still be followed, but has nothing to export.
    empty = client.get("/?q=vindkraftspark").get_data(as_text=True)
    assert "Prenumerera" in empty and "/export.csv" not in empty


MANY = protocol("Kommunstyrelsen", "2024-06-11", [(f"Budgetärende {n}", f"Budgeten för område {n}.") for n in range(1, 26)])


def test_exports_hold_every_hit_of_a_search_larger_than_a_page(archive, monkeypatch):
    archive.write("many.txt", MANY)
    archive.write("bun.txt", BUN)
    archive.build(T1)
    client = archive.client()
    assert client.get("/api/search?q=budget").get_json()["total"] == 26
    r = client.get("/export.csv?q=budget&sort=oldest")
    assert r.status_code == 200 and r.mimetype == "text/csv" and "attachment" in r.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert len(rows) == 26 and r.headers["X-Total-Count"] == "26"
    assert list(rows[0]) == ["id", "source", "date", "organisation", "body", "number", "title", "dnr", "speakers", "decision", "url"]
    assert rows[0]["date"] == "2024-04-10" and rows[0]["body"] == "Barn- och utbildningsnämnden"  # oldest first, as asked
    assert rows[-1]["url"].startswith("http://localhost/p/norrby-kommun/kommunstyrelsen/2024-06-11/")
    d = json.loads(client.get("/export.json?q=budget").get_data(as_text=True))
    assert (d["total"], d["exported"], d["truncated"], d["note"], len(d["hits"])) == (26, 26, False, None, 26)
    assert len({h["id"] for h in d["hits"]}) == 26 and set(d["hits"][0]) >= {"id", "date", "organisation", "body", "number",
                                                                            "title", "dnr", "speakers", "decision", "url"}
    # Past the cap an export says it was cut.
    monkeypatch.setattr("indexer.export.EXPORT_MAX", 10)
    d = json.loads(client.get("/export.json?q=budget").get_data(as_text=True))
    assert (d["total"], d["exported"], d["truncated"], len(d["hits"])) == (26, 10, True, 10) and "10 första av 26" in d["note"]
    r = client.get("/export.csv?q=budget")
    lines = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert len(lines) == 12 and lines[-1][0].startswith("# Exporten innehåller de 10 första av 26")
    assert r.headers["X-Export-Truncated"] == "10 of 26 (at most 10 per export)"


def test_cli_search_csv_and_all(archive):
    archive.write("many.txt", MANY)
    archive.build(T1)
    args = archive.index.cli_args()
    r = CliRunner().invoke(main, ["search", "budget", "--csv", *args])
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert len(rows) == 25 and rows[0]["url"].startswith("/p/norrby-kommun/")
    d = json.loads(CliRunner().invoke(main, ["search", "budget", "--all", "--json", *args]).output)
    assert d["total"] == 25 and len(d["hits"]) == 25
    r = CliRunner().invoke(main, ["search", "budget", "--all", *args])
    assert r.output.startswith("25 träffar\n") and len(r.output.strip().splitlines()) == 26


class Mailbox:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[dict] = []
        mailbox = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                mailbox.messages.append({"to": list(envelope.rcpt_tos), "data": envelope.original_content})
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> "Mailbox":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _body(message: dict) -> str:
    return _parsed(message).get_body().get_content()


ALERTS = """
[[alert]]
name = "Budget"
query = "budget"
recipients = ["ekonomi@example.org", "redaktion@example.org"]

[[alert]]
name = "Skolskjuts i KS"
query = "skolskjuts"
body = "Kommunstyrelsen"
recipients = "skola@example.org"
"""


def _parsed(message: dict):
    import email
    from email import policy

    return email.message_from_bytes(message["data"], policy=policy.default)


def test_alert_sends_new_matches_once_and_nothing_next_run(archive, tmp_path):
    alerts_file = _file(tmp_path, ALERTS)
    # The state lives beside the index: in the index folder, or for a database in $PROTOKOLL_INDEX's folder.
    cli = CliRunner(env={"PROTOKOLL_INDEX": str(tmp_path / "var-index")})
    args = ["alerts", "run", str(alerts_file), *archive.index.cli_args(),
            "--base-url", "https://protokoll.example.org", "--from", "bevakning@example.org", "--smtp-host", "127.0.0.1"]
    archive.write("ks.txt", KS)
    archive.build(T1)
    with Mailbox() as box:
        port = ["--smtp-port", str(box.port)]
        r = cli.invoke(main, args + port)
        assert r.exit_code == 0 and box.messages == [] and "första körningen" in r.output  # where the archive stands
        archive.write("bun.txt", BUN)
        archive.write("kf.txt", KF)
        archive.build(T2)
        r = cli.invoke(main, args + port)
        assert r.exit_code == 0 and "skickade 2 nya paragrafer" in r.output and "Skolskjuts i KS”: inget nytt" in r.output
        assert len(box.messages) == 1 and box.messages[0]["to"] == ["ekonomi@example.org", "redaktion@example.org"]
        mail = _parsed(box.messages[0])
        assert mail["Subject"] == "protokoll: 2 nya träffar för ”budget”" and mail["From"] == "bevakning@example.org"
        text = _body(box.messages[0])
        assert "§ 1 Budgetuppföljning — Barn- och utbildningsnämnden, 2024-04-10" in text
        assert "https://protokoll.example.org/p/norrby-kommun/kommunfullmaktige/2024-05-20/1" in text
        assert "Budget 2025" not in text  # entered before the last run
        r = cli.invoke(main, args + port)
        assert r.exit_code == 0 and len(box.messages) == 1 and "inget nytt" in r.output
        # `protokoll index --alerts` runs them after the index, with the SMTP server from the environment.
        archive.write("ks2.txt", KS.replace("2024-03-05", "2024-09-03"))
        archive.monkeypatch.setattr(identity, "now", lambda: T3)
        env = {"PROTOKOLL_INDEX": str(tmp_path / "var-index"), "PROTOKOLL_SMTP_HOST": "127.0.0.1",
               "PROTOKOLL_SMTP_PORT": str(box.port), "PROTOKOLL_BASE_URL": "https://p.example.org"}
        r = CliRunner(env=env).invoke(main, ["index", str(archive.corpus), *archive.index.cli_args(), "-q", "--alerts", str(alerts_file)])
        assert r.exit_code == 0, r.output
    # The new KS meeting has a budget § and a skolskjuts §: one message for each alert.
    assert sorted(m["to"][0] for m in box.messages[1:]) == ["ekonomi@example.org", "skola@example.org"]
    assert all("https://p.example.org/p/norrby-kommun/kommunstyrelsen/2024-09-03/" in _body(m) for m in box.messages[1:])


def test_alert_dry_run_prints_and_a_failed_send_is_tried_again(archive, tmp_path):
    alerts_file = tmp_path / "alerts.toml"
    alerts_file.write_text('[[alert]]\nname = "Budget"\nquery = "budget"\nrecipients = ["a@example.org"]\nsince = 2025-01-01\n',
                           encoding="utf-8")
    state = tmp_path / "state.json"
    archive.write("ks.txt", KS)
    archive.build(T1)
    base = ["alerts", "run", str(alerts_file), *archive.index.cli_args(), "--state", str(state), "--smtp-host", "127.0.0.1"]
    r = CliRunner().invoke(main, base + ["--dry-run"])
    assert r.exit_code == 0 and "To: a@example.org" in r.output and "§ 1 Budget 2025 — Kommunstyrelsen" in r.output
    assert not state.exists()  # a dry run changes nothing
    r = CliRunner().invoke(main, base + ["--smtp-port", str(free_port())])  # nobody listens there
    assert r.exit_code == 1 and "kunde inte skicka" in r.output and "Traceback" not in r.output
    with Mailbox() as box:
        r = CliRunner().invoke(main, base + ["--smtp-port", str(box.port)])
        assert r.exit_code == 0 and len(box.messages) == 1 and "Budget 2025" in _body(box.messages[0])
        r = CliRunner().invoke(main, base + ["--smtp-port", str(box.port)])
        assert len(box.messages) == 1


def test_alerts_run_in_python_share_a_second_with_an_index_run(archive, tmp_path):
    """An index run in the same second as the alert run before it: its paragraphs are still new once."""
    archive.write("ks.txt", KS)
    archive.build(T1)
    alerts = load_alerts(_file(tmp_path, '[[alert]]\nname = "B"\nquery = "budget"\nrecipients = ["a@example.org"]\n'))
    with Mailbox() as box:
        smtp = Smtp("127.0.0.1", box.port)
        engine = archive.index.open()

        def run():
            with engine.searcher() as s:
                return run_alerts(s, alerts, tmp_path / "s.json", smtp, "http://x", "p@example.org")

        try:
            assert run().baselined == ["B"]
            archive.write("kf.txt", KF)
            archive.build(T1)  # the same second as the first run
            assert run().sent == [("B", 1)]
            assert run().quiet == ["B"]
        finally:
            engine.close()
    assert len(box.messages) == 1 and "Budget för nämnderna" in _body(box.messages[0])


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "alerts.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, says", [
    ("", "inga bevakningar"),
    ("[[alert]\n", "inte giltig TOML"),
    ('[[alert]]\nquery = "x"\nrecipients = ["a@b.se"]\n', "name saknas"),
    ('[[alert]]\nname = "A"\nquery = "x"\n', "recipients ska vara"),
    ('[[alert]]\nname = "A"\nquery = "x"\nrecipients = ["inte en adress"]\n', "recipients ska vara"),
    ('[[alert]]\nname = "A"\nquery = "x"\nrecipients = ["a@b.se"]\norgan = "KS"\n', "okänd nyckel organ"),
    ('[[alert]]\nname = "A"\nrecipients = ["a@b.se"]\n', "ange query eller ett filter"),
    ('[[alert]]\nname = "A"\nquery = "och"\nrecipients = ["a@b.se"]\n', "inga sökbara ord"),
    ('[[alert]]\nname = "A"\nquery = "x"\nrecipients = ["a@b.se"]\ndate_from = "igår"\n', "inte ett datum"),
    ('[[alert]]\nname = "A"\nquery = "x"\nrecipients = ["a@b.se"]\nsince = "snart"\n', "since"),
    ('[[alert]]\nname = "A"\nquery = "x"\nrecipients = ["a@b.se"]\n[[alert]]\nname = "A"\nquery = "y"\nrecipients = ["a@b.se"]\n',
     "namnet finns redan"),
])
def test_alerts_file_errors_name_the_alert_and_key(tmp_path, text, says):
    with pytest.raises(AlertsError, match=says):
        load_alerts(_file(tmp_path, text))


def test_alerts_file_with_filters(tmp_path):
    (alert,) = load_alerts(_file(tmp_path, '[[alert]]\nname = "KS"\nquery = "budget"\nrecipients = "a@b.se"\n'
                                           'body = ["Kommunstyrelsen"]\nyear_from = 2023\ndate_to = "2024-06"\n'))
    req = alert.request()
    assert (req.sort, req.filters.bodies, req.filters.year_from, req.filters.date_to) == ("added", ["Kommunstyrelsen"], 2023, "2024-06")
    assert alert.page_url("https://x.se/") == "https://x.se/?q=budget&body=Kommunstyrelsen&year_from=2023&date_to=2024-06&sort=added"
