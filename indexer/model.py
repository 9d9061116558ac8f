"""Plain dataclasses shared by every stage: protocols in, search results out.

Inputs: nothing. Outputs: Participant, Paragraph, Protocol (from parse), Hit, FacetValue,
SearchResult (from search). `to_dict()` gives the JSON shapes of DESIGN.md.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


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
        return asdict(self)


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
