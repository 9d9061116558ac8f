"""Plain dataclasses shared by every stage: protocols in, search results out.

Inputs: nothing. Outputs: Participant, Paragraph, Protocol (from parse); Filters and SearchRequest (what a
search asks, from the CLI, the web UI, feeds and alerts) with the one year-range parser and the page limits; Hit,
FacetValue, SearchResult (from search). `to_dict()` gives the JSON shapes of DESIGN.md.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """Return a tree of dataclasses as dicts, lists and tuples (asdict without its deep copy of every leaf)."""
    cls = type(value)
    if cls in (str, int, float, bool, type(None)):
        return value
    if hasattr(cls, "__dataclass_fields__"):
        if (names := _FIELD_NAMES.get(cls)) is None:
            names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
        return {name: plain(getattr(value, name)) for name in names}
    if cls is list:
        return [plain(v) for v in value]
    if cls is dict:
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        items = [plain(v) for v in value]
        return cls(*items) if hasattr(cls, "_fields") else cls(items)
    return value


@dataclass
class Participant:
    name: str
    group: str  # beslutande | ersättare | övriga | frånvarande | närvarande
    role: str | None = None
    party: str | None = None
    organisation: str | None = None
    paragraphs: str | None = None  # "§ 41", "§§ 35–36": the part of the meeting an official attended


@dataclass
class Motion:
    by: str
    party: str | None = None
    text: str = ""


@dataclass
class Reservation:
    by: str | None = None
    party: str | None = None


@dataclass
class Paragraph:
    number: str
    title: str
    text: str = ""
    dnr: str | None = None
    speakers: list[str] = field(default_factory=list)
    decision: str | None = None
    proposal: str | None = None
    attachments: list[str] = field(default_factory=list)
    kind: str = "§"  # § | punkt | ärende
    motions: list[Motion] = field(default_factory=list)
    votes: dict[str, int] | None = None  # {"ja", "nej", "avstår"}
    reservations: list[Reservation] = field(default_factory=list)
    jav: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    page: int | None = None
    notes: list[str] = field(default_factory=list)  # protokollsanteckningar and särskilda yttranden, as written
    voting_list: list[dict[str, str | None]] = field(default_factory=list)  # {"name", "party", "vote"} per member


@dataclass
class Protocol:
    source: str
    date: str | None = None
    date_inferred: bool = False
    body: str | None = None
    organisation: str | None = None
    heading: str | None = None
    kind: str = "Protokoll"  # Protokoll | Protokollsutdrag | Minnesanteckningar
    place: str | None = None
    justering_date: str | None = None
    anslag: dict[str, str | None] = field(default_factory=lambda: {"posted": None, "removed": None})
    appeal_until: str | None = None
    chair: str | None = None
    secretary: str | None = None
    adjusters: list[str] = field(default_factory=list)
    pages: int | None = None
    participants: list[Participant] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the `protokoll parse --json` shape."""
        return plain(self)


@dataclass
class Hit:
    id: str
    source: str
    number: str
    title: str
    date: str | None
    body: str | None
    speakers: list[str]
    topics: list[str]
    score: float
    snippet: str
    missing: list[str] = field(default_factory=list)
    organisation: str | None = None
    dnr: str | None = None
    url: str = ""  # the paragraph page, relative to the web UI's root
    appeal_until: str | None = None  # the last day to appeal the protocol's decisions, when the anslag is known
    added: str | None = None  # when the paragraph entered the archive (UTC ISO 8601)
    ref: str = ""  # FILE#NUMBER: the file and §, as judged query sets name paragraphs (changes with the file's name; `id` does not)


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None
    page: int = 1
    per_page: int = 10
    notice: str | None = None
    # The query that was searched instead, when the one asked found nothing and a spelling fix did ("Visar
    # resultat för …"); `query` stays what was asked.
    searched: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the `protokoll search --json` / `/api/search` shape."""
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "hits": [asdict(h) for h in self.hits],
            "facets": {k: [{"value": f.value, "count": f.count} for f in v] for k, v in self.facets.items()},
            "suggestion": self.suggestion,
            "notice": self.notice,
            "searched": self.searched,
        }


# A page of results holds at most MAX_PER_PAGE hits, and pages go to MAX_PAGE (deeper is not ranked: MAX_MATCHES).
MAX_PER_PAGE = 100
MAX_PAGE = 500
# A body named with its organisation ("Socialnämnden — Östra Lunde kommun"): the body facet's value when the
# matches come from several organisations, and a body filter that means that organisation's body only.
ORGAN_SEPARATOR = " — "
_YEAR_RANGE = re.compile(r"""^\s*
    (?P<lo>\d{4})?              # first year (none: open start, "-2022")
    \s*(?P<dash>[-–])?\s*       # a hyphen or an en dash between them
    (?P<hi>\d{4})?              # last year (none: open end, "2019-")
    \s*$""", re.VERBOSE)


def parse_years(value: str) -> tuple[int | None, int | None, bool] | None:
    """Read "2022", "2019-2022", "2019–2022", "-2022" or "2019-" as (first, last, a single year); None if neither.

    The one reader of years for the CLI (--year), the query (år:) and the web UI (year=, year_from/year_to).
    """
    m = _YEAR_RANGE.match(value or "")
    if not m or not (m["lo"] or m["hi"]):
        return None
    lo, hi = (int(m["lo"]) if m["lo"] else None), (int(m["hi"]) if m["hi"] else None)
    if not m["dash"]:
        return (lo, lo, True) if hi is None else None  # "20192022" is no range
    return lo, hi, False


@dataclass
class Filters:
    years: list[str] = field(default_factory=list)
    year_from: int | None = None
    year_to: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    periods: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # Only paragraphs whose protocol's appeal window holds this day (ISO): "what can still be appealed".
    appealable_on: str | None = None
    # Set by search itself to rank Formalia after substantive paragraphs (not user-facing).
    must_topics: list[str] = field(default_factory=list)
    not_topics: list[str] = field(default_factory=list)

    def body_terms(self) -> tuple[list[str], list[tuple[str, str]]]:
        """Split the body filter into plain bodies and (body, organisation) pairs, all lower case."""
        plain, pairs = [], []
        for value in self.bodies:
            body, sep, org = value.lower().partition(ORGAN_SEPARATOR)
            if sep and org.strip():
                pairs.append((body.strip(), org.strip()))
            else:
                plain.append(value.lower().strip())
        return plain, pairs

    def is_empty(self) -> bool:
        """Tell whether no user filter is set."""
        return not any(getattr(self, f) for f in self.__dataclass_fields__ if f not in ("must_topics", "not_topics"))

    def but(self, **changes: Any) -> "Filters":
        """Return a copy with some fields replaced."""
        return replace(self, **changes)

    def date_bounds(self) -> tuple[str | None, str | None]:
        """Return the date filter as whole ISO days: a year or year-month bound means the whole period."""
        lo = self.date_from or (f"{self.year_from:04d}" if self.year_from else None)
        hi = self.date_to or (f"{self.year_to:04d}" if self.year_to else None)
        return (complete_date(lo, end=False) if lo else None), (complete_date(hi, end=True) if hi else None)

    def add_year(self, value: str) -> bool:
        """Add a year ("2022", as a facet value) or a year range ("2019-2022") to the filters; False if it is neither."""
        years = parse_years(value)
        if years is None:
            return False
        lo, hi, single = years
        if single:
            self.years.append(str(lo))
        else:
            self.year_from = lo if lo is not None else self.year_from
            self.year_to = hi if hi is not None else self.year_to
        return True


def complete_date(value: str, end: bool) -> str | None:
    """Complete a date bound ("2022" -> 2022-01-01 or 2022-12-31, "2022-02" -> 2022-02-01 or -29); None if invalid."""
    import calendar
    import datetime

    value = value.strip()
    try:
        if len(value) == 4:
            return f"{int(value):04d}-{'12-31' if end else '01-01'}"
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            day = calendar.monthrange(year, month)[1] if end else 1
            return f"{year:04d}-{month:02d}-{day:02d}"
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


@dataclass
class SearchRequest:
    query: str = ""
    filters: Filters | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10
    # Facet counts read every matching paragraph's facet values; an API client may not need them.
    facets: bool = True
    # When nothing is found and a spelling fix is, show the fix's results (False: search the words as typed).
    correct: bool = True
