"""What the archive holds: the home page's overview, the meeting list (/protokoll), a body's page (/organ) and a
person's page (/person). The data comes from `indexer.archive`; links are made here, so templates only loop."""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, abort, render_template, request

from indexer.archive import MEETINGS_PER_PAGE, bodies, meetings, overview, person
from indexer.model import Filters, SearchRequest
from indexer.search import paragraph_url, run_search

from .. import get_engine, get_searcher

bp = Blueprint("archive", __name__)
# A person's page lists this many of the paragraphs they presented, newest first.
PRESENTED = 50


def _protocols() -> list[dict]:
    """Return every protocol's metadata (through this request's searcher, so a database lends one connection)."""
    get_searcher()
    return get_engine().protocols()


def link(path: str, **params: str | int | None) -> str:
    """Return `path` with the given non-empty query parameters."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def with_links(rows: list[dict]) -> list[dict]:
    """Add the protocol, body and organisation links to meeting rows."""
    return [{**m, "url": f"/protokoll/{m['source']}", "body_url": link("/organ", namn=m["body"], organisation=m["organisation"]),
             "organisation_url": link("/protokoll", organisation=m["organisation"])} for m in rows]


def home_data() -> dict:
    """Return the home page's overview with links."""
    engine = get_engine()
    data = overview(_protocols(), engine.facet_values(get_searcher(), "topic"), getattr(engine, "manifest", {}).get("built"))
    data["latest"] = with_links(data["latest"])
    data["bodies"] = [{**b, "url": link("/organ", namn=b["body"], organisation=b["organisation"])} for b in data["bodies"]]
    data["organisations"] = [{**o, "url": link("/protokoll", organisation=o["name"])} for o in data["organisations"]]
    for ex in data["examples"]:
        ex["url"] = link("/", q=ex.get("q", ""), topic=ex.get("topic"), body=ex.get("body"))
    return data


@bp.get("/protokoll")
def meeting_list():
    """List every meeting, newest first, filterable by organisation, body and year, paged."""
    org, body, year = (request.args.get(k, "").strip()[:200] or None for k in ("organisation", "organ", "ar"))
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError:
        page = 1
    protocols = _protocols()
    rows = meetings(protocols, org, body, year)
    last = max(1, -(-len(rows) // MEETINGS_PER_PAGE))
    shown = with_links(rows[(page - 1) * MEETINGS_PER_PAGE : page * MEETINGS_PER_PAGE])
    every = meetings(protocols, org, body)
    options = {
        "organisations": sorted({m["organisation"] for m in meetings(protocols) if m["organisation"]}),
        "bodies": sorted({m["body"] for m in meetings(protocols, org) if m["body"]}),
        "years": sorted({m["date"][:4] for m in every if m["date"]}, reverse=True),
    }
    pager = {"prev": link("/protokoll", organisation=org, organ=body, ar=year, page=page - 1) if page > 1 else None,
             "next": link("/protokoll", organisation=org, organ=body, ar=year, page=page + 1) if page < last else None,
             "page": page, "last": last}
    return render_template("archive/meetings.html", rows=shown, total=len(rows), options=options, pager=pager,
                           chosen={"organisation": org or "", "organ": body or "", "ar": year or ""},
                           past_end=page > last)


@bp.get("/organ")
def body_page():
    """Show one body's meetings by year (?namn=, and ?organisation= where several have that name)."""
    name, org = request.args.get("namn", "").strip()[:200], request.args.get("organisation", "").strip()[:200] or None
    if not name:
        abort(404)
    rows = with_links(meetings(_protocols(), org, name))
    if not rows:
        abort(404)
    by_year: dict[str, list[dict]] = {}
    for m in rows:
        by_year.setdefault(m["date"][:4] or "okänt år", []).append(m)
    info = next((b for b in bodies(_protocols()) if b["body"] == rows[0]["body"] and (not org or b["organisation"] == org)), None)
    search_url = link("/", q="", body=rows[0]["body"] if not org else f"{rows[0]['body']} — {org}")
    return render_template("archive/body.html", name=rows[0]["body"], organisation=org, years=by_year, info=info,
                           search_url=search_url)


def person_url(name: str) -> str:
    """Return the address of a person's page."""
    return link("/person", namn=name)


@bp.get("/person")
def person_page():
    """Show a person's part in the archive: meetings and roles, paragraphs presented, yrkanden, reservations, jäv."""
    name = request.args.get("namn", "").strip()[:200]
    if not name:
        abort(404)
    data = person(_protocols(), name)
    presented = run_search(get_searcher(), SearchRequest("", Filters(speakers=[name]), sort="newest", per_page=PRESENTED, facets=False))
    if not (data["meetings"] or data["motions"] or data["reservations"] or data["jav"] or presented.total):
        abort(404)
    for key in ("motions", "reservations", "jav"):
        data[key] = [{**row, "url": paragraph_url(row["id"])} for row in data[key]]
    data["meetings"] = with_links(data["meetings"])
    return render_template("archive/person.html", person=data, presented=presented,
                           search_url=link("/", q="", speaker=name, sort="newest"))
