"""Page furniture and the matter after the last paragraph.

Input: the protocol's lines and its running header lines. Output: `Furniture.is_furniture(line)` for
lines that belong to the page, not the text (signature boxes, page numbers, repeated header lines, web-page
chrome), and `back_matter_start(lines)`: where the last paragraph ends and the anslag, signatures,
"Vid protokollet", "Rätt utdraget intygar", an e-signature "Verifikat" page or an appended voting list begin.
"""
from __future__ import annotations

import re
from collections import Counter

from .. import dates
from ..read.pages import is_page_number

FURNITURE_RE = re.compile(
    r"""^\s*[*_]*(?:
        justerandes?\s*sign(?:atur)?(?:er)?:?[\s_.]*      # Justerandes sign / signatur
      | justerares?\s*sign(?:atur)?                         # Justerares signatur
      | ordförandes\s+sign(?:atur)?                         # Ordförandes signatur
      | utdragsbestyrkande:?[\s_.]*                         # Utdragsbestyrkande
      | sign\.?                                             # Sign.
      | (?:sammanträdes)?protokoll(?:sutdrag)?              # SAMMANTRÄDESPROTOKOLL, PROTOKOLL
        (?:\s+(?:sida\s*)?\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+))?     #   with its page number, one space apart (OCR)
      | sammanträdesdatum                                   # the header label alone
      | (?:sida|sid\.?|page)\s*\d+(?:\s*(?:av|\(|/)\s*\d+\)?)?   # Sida 3 (14)
      | \d+\s*\(\s*\d+\s*\)                                 # 3(6)
      | [-–]\s*\d+\s*[-–]                                   # - 3 -
      | \d{1,3}                                             # a bare page number
    )[*_]*\s*$""",
    re.I | re.X,
)
# Where the last paragraph's text ends: each alternative opens a block that is never a paragraph's text.
BACK_MATTER = re.compile(
    r"""^[\s#*_>]*(?:
        anslag\s*/\s*bevis | anslagsbevis | bevis\b\s*$ | anslag\s*$        # the anslag/bevis box
      | bevis\s+om\s+(?:anslag|justering)\b\s*$ | tillkännagivande\s+(?:av|om)\s+justering   # its other headings
      | protokollet\s+(?:är\s+|har\s+)?justera(?:t|des|ts)\b               # "Protokollet är justerat", "har justerats"
      | (?:datum\s+då\s+)?anslaget\s+(?:sätts\s+upp|tas\s+(?:ned|ner|bort)|publicerat|uppsatt)\b  # an anslag field without its box
      | justeringen\s+(?:av\s+protokollet\s+)?har\s+tillkännagivits         # the anslag sentence
      | underskrifter\b | underskrift\s*$                                   # signature block
      | vid\s+protokollet | vid\s+anteckningarna | justeras\s*:?\s*$        # signatures under the text
      | rätt\s+utdraget\s+intygar | utdrag\s+bestyrks                       # protokollsutdrag certificate
      | verifikat\b | transaktion\s+\d{6,} | signerat\s+(?:digitalt|med)\b  # e-signature pages
      | bilaga\s+\d+\s*(?:till\s+(?:protokoll(?:et)?\s+)?§\s*\d+\s*)?[:–-]?\s*(?:omröstning|votering|närvaro)
                                                                          # appended voting/attendance list
      | omröstningsbilaga\b | voteringslista\b | närvaroförteckning\s*$
    )""",
    re.I | re.X,
)
# A running header's date line, however OCR spelled the rest of it: "Ti k d : Sammanträdesdatum ekniska nämnden 2018-0912".
HEADER_DATE_LINE = re.compile(r"\bsammanträdesdatum\b.*\b(?:19|20)\d\d-?\d\d-?\d\d\b|\b(?:19|20)\d\d-?\d\d-?\d\d\b.*\bsammanträdesdatum\b", re.I)
# … and its first line: "LILIVRETA KOMMUN 'SAMMANTRÄDESPROTOKOLL 3 (3)" (the document kind, then the page of pages).
HEADER_PAGE_LINE = re.compile(r"\b(?:sammanträdes)?protokoll(?:sutdrag)?\W+(?:sida\s*)?\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+)\s*$", re.I)
MAX_HEADER_LINE = 80
_DIGIT = re.compile(r"\d")
_CELL_GAP = re.compile(r"\s{2,}|\t")        # columns of furniture on one line
_RULE = re.compile(r"[_\-–=.…\s]{3,}")      # a signature line or rule: ____ ---- ....
# Repeated lines shorter than this (header, footer) may be furniture; prose is longer.
MAX_FURNITURE_LEN = 100
# A line repeated this often with a number or a document-kind word in it is a running header.
RUNNING_REPEATS = 3
_DOC_KIND = re.compile(r"\b(?:sammanträdes)?protokoll(?:et)?|minnesanteckning(?:ar)?|protokollsutdrag", re.I)


def _norm(line: str) -> str:
    """Lowercase a line and collapse its whitespace (split/join: this runs on every line)."""
    return " ".join(line.lower().split())


class Furniture:
    """Recognise page furniture: signature boxes, page numbers, repeated date lines, running headers."""

    def __init__(self, lines: list[str], header: list[str], is_heading) -> None:
        # Each line's normal form, kept: is_furniture asks again for every line of every paragraph.
        self._norms = {ln: _norm(ln) for ln in lines}
        counts = Counter(self._norms[ln] for ln in lines if ln.strip())
        first = next((_norm(ln) for ln in lines if ln.strip()), "")
        self.running = {_norm(h) for h in header if h.strip()}
        self.running |= {_norm(c) for h in header for c in h.split("\t") if len(c.strip()) > 3}
        self.running |= {
            s for s, n in counts.items()
            if n >= RUNNING_REPEATS and len(s) <= 80 and (re.search(r"\d", s) or _DOC_KIND.search(s) or s == first)
            and not is_heading(s)
        }

    def is_furniture(self, line: str) -> bool:
        """Tell whether a line is page furniture rather than protocol text."""
        s = line.strip()
        if not s or s == "\f":
            return s == "\f"
        if (self._norms.get(line) or _norm(s)) in self.running:
            return True
        if len(s) > MAX_FURNITURE_LEN:  # furniture is short; most lines are prose, and this check is on the hot path
            return False
        # Columns of furniture on one line: "Justerandes sign    Utdragsbestyrkande".
        for piece in _CELL_GAP.split(s):
            if not piece.strip() or FURNITURE_RE.match(piece) or _RULE.fullmatch(piece):
                continue
            if _norm(piece) in self.running or is_page_number(piece):
                continue
            if _DIGIT.search(piece) and dates.is_date_line(piece.strip(" *_")):
                continue
            low = piece.lower()  # each header pattern needs its word: the case-blind searches only run where it is
            if len(piece) <= MAX_HEADER_LINE and ("sammanträdesdatum" in low and HEADER_DATE_LINE.search(piece)
                                                  or "protokoll" in low and HEADER_PAGE_LINE.search(piece)):  # OCR'd header
                continue
            return False
        return True


def back_matter_start(lines: list[str]) -> int | None:
    """Return the index of the first line of back matter, or None when the lines hold none."""
    for i, line in enumerate(lines):
        if BACK_MATTER.match(line):
            return i
    return None
