"""The JSON API: /api (its OpenAPI description), /api/search (same parameters as the page, plus per_page and facets=0), /api/case?dnr=, /api/paragraph/<id>, /api/complete, /healthz."""
from __future__ import annotations

from flask import Blueprint, jsonify, redirect, request, url_for

from indexer.case import build_case
from indexer.dnr import MAX_DNR_CHARS
from indexer.model import MAX_PAGE, MAX_PER_PAGE
from indexer.search import run_search

from .. import get_engine, get_searcher
from ..openapi import endpoints, openapi
from ..permalinks import current_id
from ..params import problems, state_from, to_request, url_for_state

bp = Blueprint("api", __name__)
MAX_QUERY = 2000


@bp.get("/api/search")
def search():
    """Return the `protokoll search --json` shape for the URL's query and filters."""
    if len(request.args.get("q", "")) > MAX_QUERY:
        return jsonify({"error": f"Frågan är för lång (högst {MAX_QUERY} tecken)."}), 400
    if wrong := problems(request.args):
        return jsonify({"error": " ".join(wrong)}), 400
    state = state_from(request.args)
    try:
        per_page = max(1, min(MAX_PER_PAGE, int(request.args.get("per_page", 10))))
    except ValueError:
        return jsonify({"error": f"per_page måste vara ett heltal 1–{MAX_PER_PAGE}."}), 400
    req = to_request(state, per_page)
    # ?facets=0: no facet counts (cheaper on large archives); the hits and total are the same.
    req.facets = request.args.get("facets", "1").lower() not in ("0", "false", "no", "nej")
    result = run_search(get_searcher(), req)
    out = result.to_dict()
    last = min(MAX_PAGE, -(-result.total // result.per_page))
    extra = {"per_page": per_page} if "per_page" in request.args else {}
    page_link = lambda n: "/api/search" + url_for_state(state, page=n if n > 1 else None, **extra)  # noqa: E731
    out["next"] = page_link(result.page + 1) if result.page < last else None
    out["prev"] = page_link(result.page - 1) if 1 < result.page <= last + 1 else None
    return jsonify(out)


@bp.get("/api")
def describe():
    """Describe the API as an OpenAPI 3 document: endpoints, parameters and fields."""
    return jsonify(openapi())


@bp.get("/api/case")
def case():
    """Return the ärende with ?dnr=: its steps oldest first and the paragraphs that mention it."""
    dnr = request.args.get("dnr", "").strip()
    if not dnr:
        return jsonify({"error": "Ange ett diarienummer: /api/case?dnr=KS 2024/0087"}), 400
    if len(dnr) > MAX_DNR_CHARS:
        return jsonify({"error": f"Diarienumret är för långt (högst {MAX_DNR_CHARS} tecken)."}), 400
    return jsonify(build_case(get_engine(), get_searcher(), dnr))


@bp.get("/api/paragraph/<path:doc_id>")
def paragraph(doc_id: str):
    """Return one paragraph's stored fields and its decision data (yrkanden, vote and voting list, reservations, notes …)."""
    para = get_searcher().get(doc_id)
    if para is None:
        if now := current_id(get_engine(), doc_id):
            return redirect(url_for("api.paragraph", doc_id=now), 301)
        return jsonify({"error": "Paragrafen finns inte."}), 404
    details = ((get_engine().protocol(para["source"]) or {}).get("details") or {}).get(doc_id) or {}
    return jsonify({**para, "details": details})


@bp.get("/api/complete")
def complete():
    """Suggest speakers, bodies and topics with a word starting with ?q= (for the search box)."""
    prefix = request.args.get("q", "").strip().lower()[:100]
    if len(prefix) < 2:
        return jsonify([])
    searcher = get_searcher()
    engine = get_engine()
    found: dict[str, int] = {}
    for facet in ("speaker", "body", "topic"):
        for value, n in engine.facet_values(searcher, facet).items():
            if any(word.startswith(prefix) for word in value.lower().split()):
                found[value] = found.get(value, 0) + n
    return jsonify([v for v, _ in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))][:10])


@bp.get("/healthz")
def healthz():
    """Report that the index opens and how many paragraphs it holds."""
    try:
        engine = get_engine()
        with engine.searcher() as s:
            n = s.count()
    except FileNotFoundError:
        return jsonify({"status": "no index"}), 503
    except ConnectionError:
        return jsonify({"status": "database unavailable"}), 503
    return jsonify({"status": "ok", "paragraphs": n})


@bp.errorhandler(404)
def not_found(exc):
    return jsonify({"error": "Finns inte."}), 404


@bp.get("/api/<path:rest>")
def unknown(rest: str):
    """Answer an unknown API path in JSON, naming the endpoints that exist."""
    return jsonify({"error": f"Okänd API-adress /api/{rest}.",
                    "endpoints": ["/api", *endpoints()]}), 404

