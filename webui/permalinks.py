"""Links that last: where an old paragraph or protocol address leads now.

Input: the engine and an id or file name that is not (or no longer) in the index. Output: the id or file that
holds it now — an old-style id ("file.pdf#12", from before permalinks) through its file's key, a renamed or moved
file through the key it had — or None. The views answer with a permanent redirect.
"""
from __future__ import annotations

from indexer.engine import Engine
from indexer.identity import legacy_id, paragraph_ids


def current_id(engine: Engine, doc_id: str) -> str | None:
    """Return the permalink id an old paragraph id now has, or None."""
    legacy = legacy_id(doc_id)
    if legacy is None:
        return None
    source, number = legacy
    key = engine.key_of(source)
    return paragraph_ids(key, [number])[0] if key else None


def current_source(engine: Engine, source: str) -> str | None:
    """Return the file that now holds the protocol once indexed as `source` (renamed or moved), or None."""
    key = engine.key_of(source)
    found = engine.source_of(key) if key else None
    return found if found != source else None
