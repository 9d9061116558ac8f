"""The ärende page (/arende?dnr=…): one case's paragraphs across bodies, oldest first, and where it is mentioned."""
from __future__ import annotations

from flask import Blueprint, render_template, request

from indexer.case import build_case
from indexer.dnr import MAX_DNR_CHARS

from .. import get_engine, get_searcher

bp = Blueprint("cases", __name__)


@bp.get("/arende")
def show():
    """Render the timeline of the ärende named by ?dnr=."""
    dnr = request.args.get("dnr", "").strip()[:MAX_DNR_CHARS]
    found = build_case(get_engine(), get_searcher(), dnr) if dnr else {"dnr": "", "steps": [], "mentions": []}
    return render_template("case/show.html", case=found, dnr=dnr), (200 if found["steps"] or not dnr else 404)
