"""Following and taking away a search: /feed.atom (Atom, newest in the archive first), /export.csv and /export.json
(every hit, streamed, capped at indexer.export.EXPORT_MAX with a note when cut). All take the search page's parameters."""
from __future__ import annotations

from typing import Iterator

from flask import Blueprint, Response, request

from indexer import export
from indexer.export import csv_chunks, export_rows, json_chunks
from indexer.feed import atom

from .. import get_engine, get_searcher
from ..params import describe, follow_links, problems, state_from, to_request, url_for_state

bp = Blueprint("follow", __name__)


def _bad(wrong: list[str]) -> Response:
    return Response(" ".join(wrong) + "\n", status=400, mimetype="text/plain")


def _base() -> str:
    return request.url_root.rstrip("/")


@bp.get("/feed.atom")
def feed():
    """Return the search's Atom feed: its newest paragraphs by when they entered the archive."""
    if wrong := problems(request.args):
        return _bad(wrong)
    state = state_from(request.args)
    self_url = _base() + follow_links(state)["feed"]
    page_url = _base() + "/" + url_for_state(state).rstrip("?")
    body = atom(get_searcher(), to_request(state), "protokoll: " + describe(state), self_url, page_url, _base())
    return Response(body, mimetype="application/atom+xml")


def _export(kind: str):
    if wrong := problems(request.args):
        return _bad(wrong)
    state = state_from(request.args)
    req = to_request(state)
    # A searcher of the stream's own: the response is written after the request's searcher has been closed.
    searcher = get_engine().searcher()
    try:
        total, count, rows = export_rows(searcher, req, _base())
    except BaseException:
        searcher.close()
        raise
    chunks = csv_chunks(total, count, rows) if kind == "csv" else json_chunks(req.query, total, count, rows)
    headers = {"Content-Disposition": f'attachment; filename="protokoll-sokning.{kind}"',
               "X-Total-Count": str(total), "X-Exported-Count": str(count)}
    if count < total:
        headers["X-Export-Truncated"] = f"{count} of {total} (at most {export.EXPORT_MAX} per export)"
    mimetype = "text/csv" if kind == "csv" else "application/json"
    return Response(_closing(chunks, searcher), mimetype=mimetype, headers=headers)


def _closing(chunks: Iterator[str], searcher) -> Iterator[str]:
    """Yield the chunks, closing the searcher when the stream ends (or the client goes away)."""
    try:
        yield from chunks
    finally:
        searcher.close()


@bp.get("/export.csv")
def export_csv():
    """Return every hit of the search as CSV (id, source, date, organisation, body, number, title, dnr, speakers, decision, url)."""
    return _export("csv")


@bp.get("/export.json")
def export_json():
    """Return every hit of the search as one JSON object with the total and whether the export was cut."""
    return _export("json")
