"""Query syntax: a user's query string -> a small query tree plus field filters.

Input: text typed into the search box or given to `protokoll search`. Output: `ParsedQuery` with a tree
of Word/Phrase/Prefix/Not/And/Or nodes (engine-independent), the filters named with Swedish fields
(`organ:`, `år:`, `talare:`, `ämne:`; `titel:` restricts a word to titles; a diarienummer, typed as it is or as
`dnr:"…"`, stays one identifier) and a notice when the query
had to be repaired. Never raises: malformed input falls back to its plain words and says so.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from . import dnr
from .stopwords import STOPWORDS

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 32
MIN_PREFIX = 2
FIELD_ALIASES = {
    "titel": "title", "rubrik": "title", "title": "title",
    "talare": "speaker", "föredragande": "speaker", "speaker": "speaker",
    "organ": "body", "nämnd": "body", "body": "body",
    "organisation": "organisation", "kommun": "organisation", "region": "organisation",
    "mandatperiod": "period", "period": "period",
    "år": "year", "year": "year", "ar": "year",
    "ämne": "topic", "topic": "topic", "amne": "topic",
    "dnr": "dnr", "beslut": "decision",
}
FILTER_FIELDS = {"speaker", "body", "year", "topic", "organisation", "period"}
AND_WORDS = ("AND", "OCH", "&")  # in capitals: "och" in lower case is a word (a stopword) like any other


@dataclass(frozen=True)
class Word:
    text: str
    field: str | None = None


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]


@dataclass(frozen=True)
class Prefix:
    text: str


@dataclass(frozen=True)
class Not:
    node: "Node"


@dataclass(frozen=True)
class And:
    nodes: tuple["Node", ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple["Node", ...]


Node = Word | Phrase | Prefix | Not | And | Or


@dataclass
class ParsedQuery:
    text: str
    node: Node | None
    filters: dict[str, list[str]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    # The query had text but nothing to search for (only stopwords, a lone quote or dash): find nothing, say why.
    unsearchable: bool = False

    @property
    def words(self) -> list[str]:
        """Return the positive words of the query, in order (for highlighting and 'missing')."""
        return positive_words(self.node) if self.node else []

    def top_clauses(self) -> list[Node]:
        """Return the top-level AND clauses."""
        if self.node is None:
            return []
        return list(self.node.nodes) if isinstance(self.node, And) else [self.node]


def positive_words(node: Node) -> list[str]:
    """List the words a hit may contain (not those under NOT)."""
    if isinstance(node, Word):
        return [] if node.field == "dnr" else [node.text]  # an identifier, not a word to highlight
    if isinstance(node, Phrase):
        return list(node.words)
    if isinstance(node, Prefix):
        return [node.text + "*"]
    if isinstance(node, (And, Or)):
        return [w for n in node.nodes for w in positive_words(n)]
    return []


_TOKEN = re.compile(
    r'(?P<field>[\wåäöÅÄÖ]+):(?P<fvalue>"[^"]*"|[^\s()"]+)?|"(?P<phrase>[^"]*)"|(?P<lp>\()|(?P<rp>\))|(?P<word>[^\s()"]+)'
)


def parse_query(text: str) -> ParsedQuery:
    """Parse a query string; malformed syntax falls back to plain words with a notice."""
    notices: list[str] = []
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notices.append(f"Frågan var för lång och har kortats till {MAX_QUERY_CHARS} tecken.")
    if text.count('"') % 2:
        notices.append("Frågan hade ett udda antal citattecken; sökte på orden i stället.")
        return _plain(text, notices)
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            break
    if depth != 0:
        notices.append("Frågan hade obalanserade parenteser; sökte på orden i stället.")
        return _plain(text, notices)
    tokens = list(_TOKEN.finditer(dnr.mark_dnrs(text)))
    filters: dict[str, list[str]] = {}
    pos = 0

    def parse_or() -> Node | None:
        nonlocal pos
        items = [parse_and()]
        while pos < len(tokens) and tokens[pos].group("word") in ("OR", "ELLER", "|"):
            pos += 1
            items.append(parse_and())
        items = [i for i in items if i is not None]
        if not items:
            return None
        return items[0] if len(items) == 1 else Or(tuple(items))

    def parse_and() -> Node | None:
        nonlocal pos
        items: list[Node] = []
        while pos < len(tokens):
            tok = tokens[pos]
            if tok.group("rp") or tok.group("word") in ("OR", "ELLER", "|"):
                break
            if tok.group("word") in AND_WORDS:  # every word is required already: AND is a connector
                pos += 1
                continue
            negate = False
            if tok.group("word") in ("NOT", "INTE", "UTOM"):
                negate, pos = True, pos + 1
                if pos >= len(tokens):
                    break
                tok = tokens[pos]
            node = parse_unit()
            if node is not None:
                items.append(Not(node) if negate else node)
        if len(items) > MAX_CLAUSES:
            notices.append(f"Bara de första {MAX_CLAUSES} orden används.")
            items = items[:MAX_CLAUSES]
        if not items:
            return None
        return items[0] if len(items) == 1 else And(tuple(items))

    def parse_unit() -> Node | None:
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        if tok.group("lp"):
            node = parse_or()
            if pos < len(tokens) and tokens[pos].group("rp"):
                pos += 1
            return node
        if tok.group("rp"):
            return None
        if tok.group("phrase") is not None:
            words = tuple(_words(tok.group("phrase")))
            return (Phrase(words) if len(words) > 1 else Word(words[0])) if words else None
        if tok.group("field"):
            name = tok.group("field").lower()
            value = (tok.group("fvalue") or "").strip('"').strip()
            target = FIELD_ALIASES.get(name)
            if target is None:
                notices.append(f"Okänt fält ”{name}:”; sökte på orden i stället.")
                words = _words(f"{name} {value}")
                return And(tuple(Word(w) for w in words)) if len(words) > 1 else (Word(words[0]) if words else None)
            if not value:
                return None
            if target in FILTER_FIELDS:
                filters.setdefault(target, []).append(value)
                return None
            if target == "dnr":  # an identifier: whole, never split into words
                return Word(value, "dnr")
            words = _words(value)
            if not words:
                return None
            nodes = tuple(Word(w, target) for w in words)
            return nodes[0] if len(nodes) == 1 else And(nodes)
        return _word_node(tok.group("word"), notices)

    node = parse_or()
    while pos < len(tokens):  # stray ")" etc.: parse what follows as more AND clauses
        pos += 1
        extra = parse_or()
        if extra is not None:
            node = extra if node is None else And((node, extra))
    dropped: list[str] = []
    node = _drop_stopwords(node, dropped)
    if node is None and text and not filters:
        if dropped:
            notices.append(f"Frågan innehöll bara vanliga småord ({', '.join(dict.fromkeys(dropped))}) som inte söks; "
                           "sätt dem inom citattecken för att söka på en fras.")
        else:
            notices.append("Frågan innehöll inga sökbara ord.")
        return ParsedQuery(text, None, filters, notices, unsearchable=True)
    return ParsedQuery(text, _only_negative_fix(node, notices), filters, notices)


def _drop_stopwords(node: Node | None, dropped: list[str]) -> Node | None:
    """Remove stopwords outside phrases: "våld i nära relationer" finds what "våld nära relationer" finds."""
    if isinstance(node, Word) and node.field != "dnr" and node.text.lower() in STOPWORDS:
        dropped.append(node.text.lower())
        return None
    if isinstance(node, Not):
        inner = _drop_stopwords(node.node, dropped)
        return Not(inner) if inner is not None else None
    if isinstance(node, (And, Or)):
        kept = tuple(n for n in (_drop_stopwords(n, dropped) for n in node.nodes) if n is not None)
        return None if not kept else kept[0] if len(kept) == 1 else type(node)(kept)
    return node


def _word_node(raw: str, notices: list[str]) -> Node | None:
    negate = raw.startswith("-") and len(raw) > 1
    raw = raw[1:] if negate else raw
    if raw.endswith("*") and raw.count("*") == 1 and "?" not in raw:
        stem = _words(raw[:-1])
        if len(stem) == 1 and len(stem[0]) >= MIN_PREFIX:
            node: Node = Prefix(stem[0].lower())
            return Not(node) if negate else node
        notices.append(f"Jokertecken kräver minst {MIN_PREFIX} bokstäver före *; ”{raw}” söktes som vanligt ord.")
    elif "*" in raw or "?" in raw:
        notices.append(f"Jokertecken stöds bara sist i ett ord; ”{raw}” söktes som vanligt ord.")
    words = _words(raw)
    if not words:
        return None
    node = Word(words[0]) if len(words) == 1 else Phrase(tuple(words))
    return Not(node) if negate else node


def _words(text: str) -> list[str]:
    # Keep hyphenated forms together ("ANDTS-strategi"): the engine analyses them.
    return [w.strip("-") for w in re.findall(r"[^\W_]+(?:[-‐][^\W_]+)*", text) if w.strip("-")]


def _plain(text: str, notices: list[str]) -> ParsedQuery:
    words = [w for w in _words(text) if w.lower() not in STOPWORDS][:MAX_CLAUSES]
    nodes = tuple(Word(w) for w in words)
    node = None if not nodes else nodes[0] if len(nodes) == 1 else And(nodes)
    if node is None:
        notices.append("Frågan innehöll inga sökbara ord.")
    return ParsedQuery(text, node, {}, notices, unsearchable=node is None)


def _only_negative_fix(node: Node | None, notices: list[str]) -> Node | None:
    """A query of only NOT clauses matches nothing useful; keep it but note it."""
    if isinstance(node, Not) or (isinstance(node, And) and all(isinstance(n, Not) for n in node.nodes)):
        notices.append("Frågan innehöll bara uteslutningar; visar allt utom dessa.")
    return node
