"""E-mail alerts: saved searches whose new paragraphs are mailed to their recipients.

Input: an alerts file (TOML: one `[[alert]]` table per saved search — name, query, recipients and the search
page's filters), the index (any engine), a state file beside the index, and an SMTP server. Output: per alert with
new paragraphs one e-mail (plain text: each paragraph's "§ N Titel — Organ, datum", its snippet and permalink),
or the same text printed (dry run). "New" means entered the archive (`added`) after what the alert's last run saw:
the state keeps, per alert, the newest entry time it has seen and the ids seen at that time, so a paragraph is
sent once even when an index run and an alert run share a second. An alert's first run only records where the
archive stands (nothing is sent), unless the alert has `since` (a date or time: send what entered since then).
An alert whose search changes starts again from where the archive stands.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import smtplib
import socket
import tomllib
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from .engine import MAX_MATCHES, Searcher
from .model import Filters, SearchRequest, complete_date
from .feed import entry_title
from .highlight import plain_snippet
from .query import parse_query
from .search import all_matches

# One message lists at most this many new paragraphs; the rest are counted, with a link to the search.
ALERT_MAX = 100
# Filters an alert may set, as the search page names them; lists may also be written as one string.
LIST_FILTERS = {"organisation": "organisations", "body": "bodies", "speaker": "speakers", "topic": "topics", "year": "years"}
ONE_FILTERS = ("year_from", "year_to", "date_from", "date_to")
KNOWN_KEYS = {"name", "query", "recipients", "since", *LIST_FILTERS, *ONE_FILTERS}
STATE_FILE = "alerts-state.json"
DEFAULT_BASE_URL = "http://localhost:5000"
SMTP_TIMEOUT_SECONDS = 30


class AlertsError(ValueError):
    """The alerts file cannot be used (the message says where and why, in Swedish)."""


@dataclass
class Alert:
    name: str
    query: str
    recipients: list[str]
    params: dict[str, Any] = field(default_factory=dict)  # the search page's parameters (filters)
    since: str | None = None

    def request(self) -> SearchRequest:
        """Return the alert's search, newest in the archive first."""
        p = self.params
        filters = Filters(**{attr: list(p.get(key, [])) for key, attr in LIST_FILTERS.items()},
                          year_from=p.get("year_from"), year_to=p.get("year_to"), date_from=p.get("date_from"), date_to=p.get("date_to"))
        return SearchRequest(self.query, filters, sort="added")

    def signature(self) -> str:
        """Return a short hash of what the alert searches (a changed search starts afresh)."""
        return hashlib.sha1(json.dumps([self.query, self.params], sort_keys=True).encode()).hexdigest()[:12]

    def page_url(self, base_url: str) -> str:
        """Return the search page of the alert, newest in the archive first."""
        pairs = [("q", self.query)] if self.query else []
        for key, value in self.params.items():
            pairs += [(key, v) for v in value] if isinstance(value, list) else [(key, value)]
        return base_url.rstrip("/") + "/?" + urlencode(pairs + [("sort", "added")])


def _as_list(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        return [str(v) for v in value]
    raise AlertsError(f"{where}: skriv en text eller en lista med texter")


def load_alerts(path: Path) -> list[Alert]:
    """Read an alerts file; raise AlertsError naming the alert and key that are wrong."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise AlertsError(f"{path}: kan inte läsas ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise AlertsError(f"{path}: inte giltig TOML ({exc})") from None
    tables = data.get("alert", [])
    if not isinstance(tables, list) or not tables:
        raise AlertsError(f"{path}: inga bevakningar (skriv en [[alert]]-tabell per bevakning)")
    alerts, names = [], set()
    for i, t in enumerate(tables, 1):
        name = str(t.get("name") or "").strip()
        where = f"{path}: bevakning {i}" + (f" ({name})" if name else "")
        if unknown := sorted(set(t) - KNOWN_KEYS):
            raise AlertsError(f"{where}: okänd nyckel {', '.join(unknown)} (tillåtna: {', '.join(sorted(KNOWN_KEYS))})")
        if not name:
            raise AlertsError(f"{where}: name saknas")
        if name in names:
            raise AlertsError(f"{where}: namnet finns redan (varje bevakning behöver ett eget namn)")
        names.add(name)
        recipients = _as_list(t.get("recipients", []), f"{where}, recipients")
        if not recipients or any("@" not in r for r in recipients):
            raise AlertsError(f"{where}: recipients ska vara en eller flera e-postadresser")
        params: dict[str, Any] = {key: _as_list(t[key], f"{where}, {key}") for key in LIST_FILTERS if key in t}
        for key in ONE_FILTERS:
            if key in t:
                value = str(t[key])
                ok = complete_date(value, end=key.endswith("_to")) if key.startswith("date") else value.isdigit()
                if not ok:
                    raise AlertsError(f"{where}, {key}: ”{value}” är inte ett {'datum' if key.startswith('date') else 'år'}")
                params[key] = int(value) if key.startswith("year") else value
        query = str(t.get("query") or "").strip()
        if not query and not params:
            raise AlertsError(f"{where}: ange query eller ett filter (annars bevakas hela arkivet)")
        if query and parse_query(query).unsearchable:
            raise AlertsError(f"{where}: frågan ”{query}” har inga sökbara ord")
        since = _since(t["since"], where) if "since" in t else None
        alerts.append(Alert(name, query, recipients, params, since))
    return alerts


def _since(value: Any, where: str) -> str:
    """Return an alert's `since` as the index's time format (a date means its midnight, UTC)."""
    if isinstance(value, dt.datetime):
        when = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    elif isinstance(value, dt.date):
        when = dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)
    else:
        try:
            when = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            raise AlertsError(f"{where}, since: ”{value}” är inte ett datum (ÅÅÅÅ-MM-DD)") from None
        when = when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)
    # One second before: the index's times have whole seconds and "new" means later than the mark.
    return (when.astimezone(dt.timezone.utc) - dt.timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def load_state(path: Path) -> dict[str, Any]:
    """Read the alerts' state (a missing or unreadable file is an empty state: every alert starts afresh)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_state(path: Path, state: dict[str, Any]) -> None:
    """Write the alerts' state atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def newest_mark(searcher: Searcher) -> dict[str, Any]:
    """Return where the archive stands: its newest entry time and the ids that entered then."""
    _, _, rows = all_matches(searcher, SearchRequest("", Filters(), sort="added"), MAX_MATCHES)
    through, ids = None, []
    for f in rows:
        added = f.get("added")
        if through is None:
            through = added
        if not added or added != through:
            break
        ids.append(f["id"])
    return {"through": through, "ids": ids}


def new_matches(searcher: Searcher, alert: Alert, mark: dict[str, Any]) -> tuple[list[dict[str, Any]], int, dict[str, Any]]:
    """Return (up to ALERT_MAX new paragraphs, how many are new, the mark to keep) for an alert since `mark`."""
    through, seen = mark.get("through") or "", set(mark.get("ids") or [])
    _, _, rows = all_matches(searcher, alert.request(), MAX_MATCHES, loose=False)
    new: list[dict[str, Any]] = []
    count = 0
    for f in rows:
        added = f.get("added") or ""
        if added < through or (added == through and f["id"] in seen):
            break  # newest first: everything after this is older
        count += 1
        if len(new) < ALERT_MAX:
            new.append(f)
    top = new[0].get("added") if new else None
    if top and top > through:
        kept = {"through": top, "ids": [f["id"] for f in new if f.get("added") == top]}
    else:
        kept = {"through": through, "ids": sorted(seen | {f["id"] for f in new})}
    return new, count, kept


def message(alert: Alert, rows: list[dict[str, Any]], count: int, base_url: str, sender: str) -> EmailMessage:
    """Return the e-mail that tells an alert's recipients about its new paragraphs."""
    base = base_url.rstrip("/")
    words = parse_query(alert.query).words
    what = f"”{alert.query}”" if alert.query else alert.name
    msg = EmailMessage()
    msg["Subject"] = f"protokoll: {count} {'ny träff' if count == 1 else 'nya träffar'} för {what}"
    msg["From"] = sender
    msg["To"] = ", ".join(alert.recipients)
    lines = [f"Bevakningen ”{alert.name}” har {count} {'ny paragraf' if count == 1 else 'nya paragrafer'} i arkivet.", ""]
    for f in rows:
        lines += [entry_title(f), "  " + plain_snippet(f.get("text") or f.get("title") or "", words, 200), "  " + base + f["url"], ""]
    if count > len(rows):
        lines += [f"… och {count - len(rows)} till.", ""]
    lines += [f"Alla träffar, senast tillagda först: {alert.page_url(base)}", "",
              "Du får det här brevet för att bevakningen finns i protokolls bevakningsfil."]
    msg.set_content("\n".join(lines), cte="quoted-printable")  # 7-bit safe through any relay
    return msg


@dataclass
class Smtp:
    host: str = "localhost"
    port: int = 25
    starttls: bool = False
    user: str | None = None
    password: str | None = None

    def send(self, messages: list[EmailMessage]) -> None:
        """Send the messages over one connection (STARTTLS and login when configured)."""
        with smtplib.SMTP(self.host, self.port, timeout=SMTP_TIMEOUT_SECONDS) as conn:
            if self.starttls:
                conn.starttls()
            if self.user:
                conn.login(self.user, self.password or "")
            for msg in messages:
                conn.send_message(msg)


def default_sender() -> str:
    """Return the From address: $PROTOKOLL_MAIL_FROM, else protokoll@ this host."""
    return os.environ.get("PROTOKOLL_MAIL_FROM") or f"protokoll@{socket.getfqdn() or 'localhost'}"


@dataclass
class RunReport:
    sent: list[tuple[str, int]] = field(default_factory=list)  # (alert, new paragraphs) per message
    baselined: list[str] = field(default_factory=list)  # first runs: where the archive stands recorded
    quiet: list[str] = field(default_factory=list)  # nothing new
    failed: list[tuple[str, str]] = field(default_factory=list)  # (alert, reason): state kept, tried again next run


def run_alerts(searcher: Searcher, alerts: list[Alert], state_path: Path, smtp: Smtp | None, base_url: str, sender: str,
               echo=print) -> RunReport:
    """Run every alert: mail (or, without `smtp`, print) its new paragraphs and record what was seen.

    A dry run (`smtp` None) prints the messages and changes no state. An alert whose message cannot be sent keeps
    its state, so the next run sends it again.
    """
    state = load_state(state_path)
    report = RunReport()
    archive_mark = None
    for alert in alerts:
        kept = state.get(alert.name)
        if not kept or kept.get("search") != alert.signature():
            if alert.since:
                kept = {"through": alert.since, "ids": []}
            else:
                archive_mark = archive_mark or newest_mark(searcher)
                if smtp is not None:
                    state[alert.name] = {**archive_mark, "search": alert.signature(), "run": _now()}
                report.baselined.append(alert.name)
                continue
        rows, count, mark = new_matches(searcher, alert, kept)
        if not count:
            report.quiet.append(alert.name)
            if smtp is not None:
                state[alert.name] = {**kept, "search": alert.signature(), "run": _now()}
            continue
        msg = message(alert, rows, count, base_url, sender)
        if smtp is None:
            echo(_printable(msg))
            report.sent.append((alert.name, count))
            continue
        try:
            smtp.send([msg])
        except (OSError, smtplib.SMTPException) as exc:
            report.failed.append((alert.name, str(exc) or type(exc).__name__))
            continue
        report.sent.append((alert.name, count))
        state[alert.name] = {**mark, "search": alert.signature(), "run": _now()}
        save_state(state_path, state)  # after each message: a later failure does not send this one again
    if smtp is not None:
        save_state(state_path, state)
    return report


def _printable(msg: EmailMessage) -> str:
    return "\n".join([f"To: {msg['To']}", f"Subject: {msg['Subject']}", "", msg.get_content().rstrip(), "", "-" * 60])


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

