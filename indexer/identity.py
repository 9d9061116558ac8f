"""A paragraph's lasting identity: its permalink id, and when it entered the archive.

Input: a parsed protocol, the keys other files already hold, and what the index knew of its paragraphs before.
Output: the protocol's key ("hagfjards-kommun/kommunstyrelsen/2024-03-05": organisation, body and meeting date,
so renaming or moving the file keeps it), its paragraph ids (key + "/" + §, "-2" for a repeated §), and per
paragraph the time it entered the archive (kept while the paragraph's text is unchanged, through renames and
rebuilds). Two files of one meeting (a protocol and its utdrag) get the key and "-2", "-3" in the order they are
first indexed. A protocol without body or date falls back to its file name, which then is part of the id.
Old ids ("file.pdf#12", before permalinks) are read by `legacy_id` so their URLs can redirect. `Identities` is one
build run's view of all this: who holds which key, and what the index knew of paragraphs before.
"""
from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from dataclasses import dataclass, field

from .model import Paragraph, Protocol

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "æ": "a", "ø": "o"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NOT_NUMBER = re.compile(r"[^0-9a-z.]+")
# Old ids were the source file, "#" and the § (a repeated § with "-2").
LEGACY_ID = re.compile(r"^(?P<source>.+)#(?P<number>[^#/]+)$")
# A file-name key is marked so it never looks like an organisation's.
FILE_KEY_PREFIX = "fil"


def slug(text: str) -> str:
    """Return `text` as a URL segment: lower case, å/ä/ö folded, runs of other characters as one '-'."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", text).strip("-")


def base_key(protocol: Protocol) -> str:
    """Return the key a protocol asks for: organisation/body/date, or the file name when body or date is unknown."""
    if protocol.body and protocol.date:
        parts = [slug(protocol.organisation or ""), slug(protocol.body), protocol.date]
        return "/".join(p for p in parts if p)
    return f"{FILE_KEY_PREFIX}/{slug(protocol.source) or 'protokoll'}"


def allocate(base: str, taken: dict[str, str], source: str, preferred: str | None = None) -> str:
    """Return the key for `source`: its earlier key when still its own, else `base`, else `base-2`, `base-3`, …

    `taken` maps keys to the sources holding them; the chosen key is recorded there.
    """
    candidates = ([preferred] if preferred and _is_variant(preferred, base) else []) + [base]
    for key in candidates:
        if taken.get(key, source) == source:
            taken[key] = source
            return key
    n = 2
    while taken.get(f"{base}-{n}", source) != source:
        n += 1
    taken[f"{base}-{n}"] = source
    return f"{base}-{n}"


def _is_variant(key: str, base: str) -> bool:
    """Tell whether `key` is `base` or one of its numbered variants."""
    return key == base or re.fullmatch(re.escape(base) + r"-\d+", key) is not None


def paragraph_ids(key: str, numbers: list[str]) -> list[str]:
    """Return one id per paragraph: key/§, with -2, -3 for a § that repeats."""
    seen: dict[str, int] = {}
    ids = []
    for number in numbers:
        part = _NOT_NUMBER.sub("-", number.lower()).strip("-") or "0"
        seen[part] = seen.get(part, 0) + 1
        ids.append(f"{key}/{part}" + (f"-{seen[part]}" if seen[part] > 1 else ""))
    return ids


def paragraph_sha(para: Paragraph) -> str:
    """Return a short hash of what a paragraph says (title, text, decision): unchanged text keeps its first-seen time."""
    h = hashlib.sha1("\0".join((para.title or "", para.text or "", para.decision or "")).encode("utf-8"))
    return h.hexdigest()[:16]


def now() -> str:
    """Return the current time as the index records it (UTC, ISO 8601, seconds)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def entered(ids: list[str], shas: list[str], prior: dict[str, tuple[str, str]], stamp: str) -> list[str]:
    """Return when each paragraph entered the archive: its earlier time if its text is unchanged, else `stamp`.

    `prior` maps earlier ids to (time, sha), from the protocol's earlier version and from files gone since.
    """
    out = []
    for pid, sha in zip(ids, shas):
        before = prior.get(pid)
        out.append(before[0] if before and before[1] == sha else stamp)
    return out


def prior_of(meta: dict | None) -> dict[str, tuple[str, str]]:
    """Return id -> (time, sha) from a protocol's stored metadata."""
    if not meta:
        return {}
    added, shas = meta.get("added") or {}, meta.get("shas") or {}
    return {pid: (added[pid], shas.get(pid, "")) for pid in added}


def legacy_id(doc_id: str) -> tuple[str, str] | None:
    """Return (source, § with its repeat suffix) of an old-style id "file.pdf#12", else None."""
    m = LEGACY_ID.match(doc_id)
    return (m.group("source"), m.group("number")) if m else None


@dataclass
class Identities:
    """Who holds which key, and what the index knew of earlier paragraphs: one per build run."""
    taken: dict[str, str]  # key -> source
    prior: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (time entered, sha)
    stamp: str = field(default_factory=lambda: now())  # looked up at each run (tests set the clock)

    def __post_init__(self) -> None:
        # source -> the key it holds (a set when several): freeing a file's keys must not scan every key (a corpus
        # has 100,000 files), and one key per file, the rule, is a comprehension away.
        self.held: dict[str, str | set[str]] = {holder: key for key, holder in self.taken.items()}
        if len(self.held) < len(self.taken):
            self.held = {}
            for key, holder in self.taken.items():
                self.held.setdefault(holder, set()).add(key)

    def assign(self, src: str, protocol: Protocol, old_meta: dict | None) -> tuple[str, list[str], list[str], list[str]]:
        """Return (key, ids, times entered, shas) for a protocol about to be written."""
        self.release(src)  # its key is chosen afresh (its date or body may have been corrected)
        self.prior.update(prior_of(old_meta))
        key = allocate(base_key(protocol), self.taken, src, (old_meta or {}).get("key"))
        self.held[src] = key
        ids = paragraph_ids(key, [p.number for p in protocol.paragraphs])
        shas = [paragraph_sha(p) for p in protocol.paragraphs]
        return key, ids, entered(ids, shas, self.prior, self.stamp), shas

    def release(self, src: str) -> None:
        """Free the keys a skipped or deleted file held."""
        keys = self.held.pop(src, ())
        for key in (keys,) if isinstance(keys, str) else keys:
            if self.taken.get(key) == src:
                del self.taken[key]


def identified(docs: list, ids: list[str], added: list[str]) -> list:
    """Return IndexDocs with their permalink ids and times entered."""
    for doc, doc_id, when in zip(docs, ids, added):  # fresh from the parse workers: nothing else holds them
        doc.id, doc.added = doc_id, when
    return docs
