"""The paragraph page (/p/<id>): full text with highlights, decision, protocol metadata, neighbours."""
from __future__ import annotations

from flask import Blueprint, abort, g, redirect, render_template, request, url_for

from indexer import dnr
from indexer.highlight import highlight_all
from indexer.query import parse_query
from indexer.search import more_like_this, paragraph_url

from .. import get_searcher
from ..appeal import appeal_status
from ..permalinks import current_id
from ..structure import text_blocks

bp = Blueprint("paragraphs", __name__)


def paragraph_context(doc_id: str, para: dict) -> dict:
    """Collect everything the paragraph page shows around the paragraph's stored fields."""
    searcher = get_searcher()
    siblings = searcher.paragraphs_of(para["source"])
    ids = [p["id"] for p in siblings]
    pos = ids.index(doc_id) if doc_id in ids else -1
    protocol = g.engine.protocol(para["source"]) or {}
    details = (protocol.get("details") or {}).get(doc_id) or {}
    return {
        "para": para,
        "dnrs": dnr.split(para.get("dnr") or ""),
        "protocol": protocol,
        "details": details,
        "original_url": original_url(para["source"], details.get("page")),
        "appeal": appeal_status(protocol) if protocol else None,
        "prev": siblings[pos - 1] if pos > 0 else None,
        "next": siblings[pos + 1] if 0 <= pos < len(siblings) - 1 else None,
        "similar": more_like_this(searcher, doc_id, 5),
    }


def original_url(source: str, page: int | None) -> str:
    """Return the link to the original file, opening a PDF at the paragraph's page (#page=N)."""
    url = url_for("protocols.original", source=source)
    return f"{url}#page={int(page)}" if page and source.lower().endswith(".pdf") else url


@bp.get("/p/<path:doc_id>")
def show(doc_id: str):
    """Render one paragraph, highlighting the words of ?q=; an old address redirects to the paragraph's permalink."""
    para = get_searcher().get(doc_id)
    if para is None:
        if now := current_id(g.engine, doc_id):
            return redirect(paragraph_url(now) + (f"?{request.query_string.decode()}" if request.query_string else ""), 301)
        abort(404)
    ctx = paragraph_context(doc_id, para)
    q = request.args.get("q", "")[:500]
    words = parse_query(q).words if q else []
    return render_template(
        "paragraph/show.html",
        q=q,
        blocks=text_blocks(para.get("text") or "", para.get("decision"), words),
        decision_html=highlight_all(para["decision"], words) if para.get("decision") else None,
        title_html=highlight_all(para.get("title") or "", words),
        **ctx,
    )
