"""The protocol page (/protokoll/<source>): every paragraph with anchors, and the original file."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, g, redirect, render_template, send_from_directory, url_for

from .. import get_searcher
from ..appeal import appeal_status
from ..permalinks import current_source
from ..structure import text_blocks

bp = Blueprint("protocols", __name__)


@bp.get("/protokoll/<path:source>")
def show(source: str):
    """Render a whole protocol with a table of contents."""
    paras = get_searcher().paragraphs_of(source)
    if not paras:
        if moved := current_source(g.engine, source):
            return redirect(url_for("protocols.show", source=moved), 301)
        abort(404)
    protocol = g.engine.protocol(source) or {}
    blocks_of = {p["id"]: text_blocks(p.get("text") or "", p.get("decision")) for p in paras}
    return render_template("protocol/show.html", source=source, paragraphs=paras, protocol=protocol, blocks_of=blocks_of,
                           details=protocol.get("details") or {}, appeal=appeal_status(protocol) if protocol else None)


@bp.get("/original/<path:source>")
def original(source: str):
    """Send the original file, only if it is an indexed file inside the corpus."""
    get_searcher()
    if not g.engine.has_source(source):
        abort(404)
    corpus = Path(current_app.config["CORPUS_DIR"]).resolve()
    target = (corpus / source).resolve()
    if corpus not in target.parents or not target.is_file():
        abort(404)
    return send_from_directory(corpus, source, as_attachment=False)
