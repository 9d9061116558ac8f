"""Diarienummer as identifiers: one normalised key, and dnr-shaped text in a query.

Input: a dnr as written ("KS 2023/0412", "RS/2023/0912", "HSN 2024-00123", "Dnr 2024/041") or a query string.
Output: `key(dnr)`, the form indexed and searched (lower case, no spaces: "KS 2024/0087", "ks 2024 / 0087" and
"KS2024/0087" meet), and `mark_dnrs(query)`, which writes each dnr in a query as the field `dnr:"…"` so the
query parser keeps it whole instead of splitting it into words. A dnr is never stemmed or split.
"""
from __future__ import annotations

import re

from .stopwords import STOPWORDS

MAX_DNR_CHARS = 100  # the longest real dnr is a few dozen characters; longer input is not a dnr
# A dnr without a series prefix needs this many digits after the year ("2024/041"); "2024/25" is a period.
MIN_BARE_NUMBER = 3
# A dnr in a query: an optional series prefix, a year, and a running number.
DNR_IN_QUERY = re.compile(
    r"""(?<![\w:/"-])
        (?:(?i:dnr|diarienummer)\.?:?\s*)?    # the label, dropped: "Dnr 2024/041"
        (?P<value>(?:(?P<series>[A-ZÅÄÖ]{1,8}|[a-zåäö]{1,5})(?:\s?[-/]\s?|\s))?  # series: "KS ", "RS/", "hsn ", "KS-"
        (?:19|20)\d\d                        # year
        (?:\s?/\s?\d{1,6}                    # "/0412", " / 0412"
         |-\d{3,6})                          # "-00123" (three digits or more: "2024-03" is a month)
        (?:[-/.:]\d{1,4})?)                  # an item suffix: "KS 2023/0412-3", "2023/0412:2"
        (?![\w/-])
    """,
    re.X,
)


def key(dnr: str) -> str:
    """Return the normalised key of a dnr: lower case, without whitespace."""
    return re.sub(r"\s+", "", dnr or "").lower()


# Several dnr written on one heading ("KS 2025/0034, KS 2025/0035", "… och …"): each names its own ärende.
_SEVERAL = re.compile(r"\s*(?:[,;&]|\boch\b|\bsamt\b)\s*", re.I)


def keys(dnr: str) -> list[str]:
    """Return the key of each dnr in a paragraph's dnr as written (one, or several in a list)."""
    return [key(part) for part in split(dnr)]


def split(dnr: str) -> list[str]:
    """Return each dnr of a paragraph's dnr as written ("KS 2025/34, KS 2025/35" → both)."""
    return [part.strip() for part in _SEVERAL.split(dnr or "") if part.strip()]


def mark_dnrs(query: str) -> str:
    """Rewrite each dnr in a query outside quotes and fields as dnr:"…"."""
    out, pos = [], 0
    for m in DNR_IN_QUERY.finditer(query):
        before = query[: m.start()]
        if before.count('"') % 2:  # inside a quoted phrase: leave it to the phrase
            continue
        value, series, lead = m.group("value"), m.group("series") or "", ""
        if series.islower() and series in STOPWORDS:  # "om 2024/0087": a word, then the dnr
            value, lead, series = value[len(series):].strip(" /-"), series + " ", ""
        if not series and len(re.split(r"[/-]", value)[1].strip()) < MIN_BARE_NUMBER:
            continue  # "budget 2024/25": a period, not a dnr
        out.append(query[pos : m.start()] + lead + f'dnr:"{value}"')
        pos = m.end()
    return "".join(out) + query[pos:]
