"""What a reader may do about a decision: the appeal window, said in Swedish with the rule behind it.

Input: a protocol's stored metadata (`appeal_until`, `anslag`) and today's date. Output: `{"state": "open" |
"closed" | "unknown", "text": …, "rule": …}` for the paragraph and protocol pages; the date itself is computed
by the reader (`indexer.parse.anslag`), never guessed from the meeting date.
"""
from __future__ import annotations

import datetime as dt

from indexer.dates import MONTH_NAMES

RULE = ("Laglighetsprövning (13 kap. 5 § kommunallagen): överklagandet ska ha kommit in till förvaltningsrätten "
        "inom tre veckor från den dag då anslaget om justeringen sattes upp på kommunens anslagstavla.")


def long_date(iso: str) -> str:
    """Write an ISO date the Swedish way: "17 maj 2024"."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def appeal_status(protocol: dict, today: dt.date | None = None) -> dict:
    """Return the appeal window's state and the sentence that says it."""
    today = today or dt.date.today()
    until = protocol.get("appeal_until")
    if not until:
        return {"state": "unknown", "rule": RULE,
                "text": "Sista dag för överklagande är okänd: protokollet anger inte när anslaget sattes upp."}
    try:
        last = dt.date.fromisoformat(until)
    except ValueError:
        return {"state": "unknown", "rule": RULE, "text": "Sista dag för överklagande är okänd."}
    if today <= last:
        return {"state": "open", "rule": RULE, "until": until, "text": f"Kan överklagas till och med {long_date(until)}."}
    return {"state": "closed", "rule": RULE, "until": until,
            "text": f"Tiden för överklagande gick ut {long_date(until)}."}
