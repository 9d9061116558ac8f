"""The engine interface: what build and search need from an index, whatever stores it.

Inputs: `IndexDoc`s from build; `Query` trees (see query.py) and `Filters` from search.
Outputs: ranked `Match`es with stored fields, facet counts, term statistics for suggestions.
Whoosh (engine/whoosh.py) is the embedded default; another engine implements the same methods.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol as TypingProtocol

SCHEMA_VERSION = 5
FACETS = ("year", "body", "speaker", "topic")


@dataclass
class IndexDoc:
    id: str
    source: str
    number: str
    ordinal: int
    title: str
    text: str
    decision: str
    date: str
    year: str
    body: str
    organisation: str
    context: str
    speakers: list[str]
    topics: list[str]
    dnr: str
    attachments: list[str]
    participants: list[str]


@dataclass
class Filters:
    years: list[str] = field(default_factory=list)
    year_from: int | None = None
    year_to: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    bodies: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # Set by search itself to rank Formalia after substantive paragraphs (not user-facing).
    must_topics: list[str] = field(default_factory=list)
    not_topics: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        """Tell whether no user filter is set."""
        return not any(getattr(self, f) for f in self.__dataclass_fields__ if f not in ("must_topics", "not_topics"))

    def but(self, **changes: Any) -> "Filters":
        """Return a copy with some fields replaced."""
        return replace(self, **changes)


@dataclass
class Match:
    id: str
    score: float
    fields: dict[str, Any]
    docnum: int | None = None
    complete: bool = True


class Searcher(TypingProtocol):
    def match(self, query: Any, filters: Filters, sort: str, limit: int) -> tuple[list[Match], int]: ...
    def load(self, matches: list[Match]) -> None: ...
    def facet_counts(self, query: Any, filters: Filters) -> tuple[int, dict[str, Counter]]: ...
    def get(self, doc_id: str) -> dict[str, Any] | None: ...
    def paragraphs_of(self, source: str) -> list[dict[str, Any]]: ...
    def more_like(self, doc_id: str, limit: int) -> list[Match]: ...
    def doc_frequency(self, fieldname: str, term: str) -> int: ...
    def similar_words(self, word: str) -> list[str]: ...
    def all_values(self, facet: str) -> Counter: ...
    def close(self) -> None: ...


class Engine(TypingProtocol):
    path: Path

    def searcher(self) -> Searcher: ...
    def protocol(self, source: str) -> dict[str, Any] | None: ...
    def stats(self) -> dict[str, Any]: ...


def open_engine(index_dir: Path | str) -> "Engine":
    """Open the index at `index_dir` for searching (raises FileNotFoundError when there is none)."""
    from .whoosh import WhooshEngine

    return WhooshEngine.open(Path(index_dir))


__all__ = ["IndexDoc", "Filters", "Match", "Engine", "Searcher", "open_engine", "FACETS", "SCHEMA_VERSION"]
