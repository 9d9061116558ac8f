"""Exports: every hit of a search as CSV or JSON, streamed.

Input: a searcher and a `SearchRequest` (the search page's parameters), and the base URL that paragraph links
start from ("" keeps them relative). Output: text chunks of a CSV file (a header row, one row per hit) or of one
JSON object (`query`, `total`, `exported`, `truncated`, `note`, `hits`), in the search's order. At most
`EXPORT_MAX` hits; a cut export says so (JSON `truncated` and `note`; CSV a last row whose first cell starts
with "#"). The web UI (/export.csv, /export.json) and `protokoll search --csv/--all` write these.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterator

from .engine import MAX_MATCHES, Searcher
from .model import SearchRequest
from .search import all_matches

# One export holds at most this many hits: the engines rank at most MAX_MATCHES, and 5,000 rows (~3 MB of CSV)
# is more than a spreadsheet user reads; a larger search is split (by year, by body).
EXPORT_MAX = MAX_MATCHES
COLUMNS = ("id", "source", "date", "organisation", "body", "number", "title", "dnr", "speakers", "decision", "url")
# Speakers share one CSV cell.
SPEAKER_SEPARATOR = "; "


def row(fields: dict[str, Any], base_url: str = "") -> dict[str, Any]:
    """Return one exported hit: the columns above, speakers as a list, url absolute when `base_url` is given."""
    out = {c: fields.get(c) or None for c in COLUMNS}
    out["number"] = str(fields.get("number") or "")
    out["speakers"] = list(fields.get("speakers") or [])
    out["url"] = base_url.rstrip("/") + fields["url"]
    return out


def cut_note(total: int, exported: int) -> str | None:
    """Say, in Swedish, that an export holds only the first hits, or None when it holds all."""
    if exported >= total:
        return None
    return (f"Exporten innehåller de {exported} första av {total} träffar (högst {EXPORT_MAX} per export). "
            "Dela upp sökningen, till exempel per år eller organ.")


def export_rows(searcher: Searcher, request: SearchRequest, base_url: str = "") -> tuple[int, int, Iterator[dict[str, Any]]]:
    """Return (total, number exported, the exported rows in order) for a search."""
    total, count, rows = all_matches(searcher, request, EXPORT_MAX)
    return total, count, (row(f, base_url) for f in rows)


def csv_chunks(total: int, exported: int, rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    """Yield a CSV file: the header, one line per row, and a "#" note when the export was cut."""
    buf = io.StringIO()
    out = csv.writer(buf)

    def flush() -> str:
        text = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return text

    out.writerow(COLUMNS)
    yield flush()
    for r in rows:
        out.writerow([SPEAKER_SEPARATOR.join(r[c]) if c == "speakers" else (r[c] or "") for c in COLUMNS])
        yield flush()
    if note := cut_note(total, exported):
        out.writerow(["# " + note])
        yield flush()


def json_chunks(query: str, total: int, exported: int, rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    """Yield one JSON object: the search, its total, whether it was cut, and every exported hit."""
    head = {"query": query, "total": total, "exported": exported, "truncated": exported < total,
            "note": cut_note(total, exported)}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "hits": ['
    for i, r in enumerate(rows):
        yield ("," if i else "") + "\n" + json.dumps(r, ensure_ascii=False)
    yield "\n]}\n"
