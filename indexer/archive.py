"""What the archive holds: its meetings, bodies and organisations, and a person's part in them.

Input: every protocol's stored metadata (`Engine.protocols()`): date, body, organisation, participants and
per paragraph the decision data. Output: plain dicts for the home page (counts, organisations, bodies with
their meetings and year span, the latest meetings, example searches drawn from the archive), the meeting
list (filtered by organisation, body and year, newest first, paged), a body's meetings by year, and a
person's page (meetings attended with role, yrkanden, reservations, jäv).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from .topics import SEPARATOR

# The home page lists this many of the latest meetings, and a meeting list page this many meetings.
LATEST_MEETINGS = 8
MEETINGS_PER_PAGE = 50
# Example searches: this many drawn from the archive's own topics, bodies and dnr.
EXAMPLES = 6


def meeting(meta: dict[str, Any]) -> dict[str, Any]:
    """Return one meeting's summary: source, date, organisation, body, number of §, kind."""
    return {"source": meta.get("source"), "date": meta.get("date") or "", "organisation": meta.get("organisation") or "",
            "body": meta.get("body") or "", "paragraphs": len(meta.get("paragraph_ids") or []), "kind": meta.get("kind") or "Protokoll"}


def meetings(protocols: list[dict[str, Any]], organisation: str | None = None, body: str | None = None,
             year: str | None = None) -> list[dict[str, Any]]:
    """Return the meetings matching the filters, newest first."""
    out = [meeting(m) for m in protocols]
    if organisation:
        out = [m for m in out if m["organisation"].lower() == organisation.lower()]
    if body:
        out = [m for m in out if m["body"].lower() == body.lower()]
    if year:
        out = [m for m in out if m["date"].startswith(year)]
    return sorted(out, key=lambda m: (m["date"], m["source"]), reverse=True)


def bodies(protocols: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return each (organisation, body) with its number of meetings and year span, by organisation then body."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in map(meeting, protocols):
        groups[(m["organisation"], m["body"])].append(m["date"])
    out = []
    for (org, body), days in groups.items():
        years = sorted(d[:4] for d in days if d)
        out.append({"organisation": org, "body": body, "meetings": len(days),
                    "first_year": years[0] if years else "", "last_year": years[-1] if years else ""})
    return sorted(out, key=lambda b: (b["organisation"].lower(), b["body"].lower()))


def overview(protocols: list[dict[str, Any]], topics: Counter, built: str | None) -> dict[str, Any]:
    """Return the home page's data: counts, organisations, bodies, latest meetings and example searches."""
    ms = meetings(protocols)
    orgs = Counter(m["organisation"] for m in ms if m["organisation"])
    dnrs = Counter(d for meta in protocols for d in _dnrs(meta))
    examples = [{"label": t.split(SEPARATOR)[-1], "topic": t} for t, _ in topics.most_common() if SEPARATOR in t][: EXAMPLES // 2]
    examples += [{"label": f"dnr {d}", "q": d} for d, n in dnrs.most_common(EXAMPLES) if n > 1][:2]
    examples += [{"label": b["body"], "body": b["body"]} for b in sorted(bodies(protocols), key=lambda b: -b["meetings"])[:2]]
    dates = [m["date"] for m in ms if m["date"]]
    return {
        "protocols": len(ms), "paragraphs": sum(m["paragraphs"] for m in ms),
        "date_from": min(dates) if dates else None, "date_to": max(dates) if dates else None, "updated": built,
        "organisations": [{"name": o, "meetings": n} for o, n in sorted(orgs.items())],
        "bodies": bodies(protocols), "latest": ms[:LATEST_MEETINGS], "examples": examples[:EXAMPLES],
    }


def _dnrs(meta: dict[str, Any]) -> list[str]:
    return [d["dnr"] for d in (meta.get("details") or {}).values() if isinstance(d, dict) and d.get("dnr")]


def person(protocols: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """Return a person's part in the archive: meetings attended (with group and role), yrkanden, reservations, jäv."""
    key = name.strip().lower()
    attended, motions, reservations, jav = [], [], [], []
    party = None
    for meta in protocols:
        m = meeting(meta)
        for p in meta.get("participants") or []:
            if (p.get("name") or "").lower() == key:
                party = party or p.get("party")
                attended.append({**m, "group": p.get("group"), "role": p.get("role")})
                break
        for pid, d in (meta.get("details") or {}).items():
            step = {**m, "id": pid, "number": d.get("number") or "", "title": d.get("title") or ""}
            for x in d.get("motions") or []:
                if (x.get("by") or "").lower() == key:
                    motions.append({**step, "text": x.get("text") or ""})
            for x in d.get("reservations") or []:
                if (x.get("by") or "").lower() == key:
                    reservations.append(step)
            if any(j.lower() == key for j in d.get("jav") or []):
                jav.append(step)
    newest = lambda rows: sorted(rows, key=lambda r: (r["date"], r["source"]), reverse=True)  # noqa: E731
    return {"name": name.strip(), "party": party, "meetings": newest(attended), "motions": newest(motions),
            "reservations": newest(reservations), "jav": newest(jav)}
