"""Page furniture and the matter after the last paragraph.

Input: the protocol's lines and its running header lines. Output: `Furniture.is_furniture(line)` for
lines that belong to the page, not the text (signature boxes, page numbers, repeated header lines, web-page
chrome), and `back_matter_start(lines)`: where the last paragraph ends and the anslag (any justering or anslag
field of labels.py), signatures, "Vid protokollet", "Rätt utdraget intygar", an e-signature "Verifikat" page or
an appended voting or attendance list begin.
"""
from __future__ import annotations

import re
from collections import Counter

from .. import dates
from ..read.pages import is_page_number
from .labels import label_of

# The role words a signer signs under, in a footer or a signature block.
_SIGNER_ROLES = r"(?:sekreterare|ordförande|justerare|justerande)"
FURNITURE_RE = re.compile(
    r"""^\s*[*_]*(?:
        justerandes?\s*sign(?:atur)?(?:er)?:?[\s_.]*      # Justerandes sign / signatur
      | (?:justerares?|justerarnas)\s*sign(?:atur)?(?:er)?:?[\s_.…]*  # Justerares signatur, Justerarnas signaturer
      | ordförandes\s+sign(?:atur)?                         # Ordförandes signatur
      | utdragsbestyrkande:?[\s_.]* | utdr\.?\s*bestyrk\.?     # Utdragsbestyrkande, Utdr. bestyrk.
      | (?:ordf(?:örande|\.)?|just(?:erare|erande|\.)?|sekr(?:eterare|\.)?)\s*sign(?:atur)?\.?:?[\s_.…]*  # Ordf. sign, Just. sign
      | signatur\s+""" + _SIGNER_ROLES + r"""s?:?[\s_.…]*       # Signatur justerare: ____
      | """ + _SIGNER_ROLES + r"""\s*:?\s*[_.…]{3,}[\s_.…]*         # Justerare: ..........
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
# A signature line's rule, and the role words written beside it on a page's foot.
_SIGN_RULE = re.compile(r"[_.…]{3,}")
_ROLE_LABEL = re.compile(r"\s*" + _SIGNER_ROLES + r"\s*:?\s*", re.I)
# The signature labels of a page's footer, two or more on one line with single spaces between them (a PDF's text
# layer or an HTML page that collapsed the gap): "Justerandes sign Utdragsbestyrkande".
_LABEL = r"(?:(?:justerandes?|justerares?|ordförandes)\s*sign(?:atur)?(?:er)?\.?|utdragsbestyrkande|sign\.)"
FOOTER_LABELS = re.compile(rf"^[\s*_]*{_LABEL}(?:[\s_.:]+{_LABEL})+[\s_.:*]*$", re.I)
# Where the last paragraph's text ends: each alternative opens a block that is never a paragraph's text.
BACK_MATTER = re.compile(
    r"""^[\s#*_>]*(?:
        anslag\s*/\s*bevis | anslagsbevis | bevis\b\s*$ | anslag\s*$        # the anslag/bevis box
      | bevis\s+om\s+(?:anslag|justering)\b\s*$ | tillkännagivande\s+(?:av|om)\s+justering   # its other headings
      | (?:anslag\s*:\s*)?protokollet\s+(?:är\s+|har\s+)?justera(?:t|des|ts)\b  # "Protokollet är justerat", "har justerats"
      | (?:anslag\s*:\s*)?protokollet\s+(?:har\s+|är\s+)?(?:anslagits|publicerats|publicerat|anslås|anslogs)\b  # "Anslag:
                                                                          # Protokollet har
                                                                          # anslagits …", "Protokollet anslås …"
      | beslutet\s+(?:har\s+)?(?:anslagits|anslås|anslogs)\b                # "Beslutet anslås den 17 mars 2025"
      | (?:datum\s+då\s+)?anslaget\s+(?:har\s+)?(?:sätts\s+upp|satts\s+upp|tas\s+(?:ned|ner|bort)|publicera(?:t|ts|s|des)
          |avpublicera\w*|uppsatt)\b                                        # an anslag field without its box
      | datum\s+för\s+anslag(?:et)?s\s+(?:uppsättande|nedtagande)\b       # … in the older wording
      | anslag(?:et)?\s+(?:är\s+)?(?:uppsatt|nedtaget|nedtas)\b            # "Anslag uppsatt", "Anslaget är uppsatt"
      | anslagsperiod\b | anslagstid\b | anslagsdatum\b | förvaringsplats\b   # its other fields
      | (?:publicerad|publicerat|uppsatt)\s+på\s+anslagstavlan | tas\s+(?:bort|ned)\s+från\s+anslagstavlan
      | justerat(?:\s+av)?\s*: | justeringsdatum\b | justeringsdag\b | tid\s+för\s+justering\s*:  # "Justerat: 2025-03-19"
      | anslag(?:et)?\s+om\s+justering(?:en)?\b                           # "Anslag om justering har satts upp …"
      | justering(?:en)?\s+av\s+protokollet\s+har\s+(?:skett|ägt\s+rum)\b  # "Justering av protokollet har skett …"
      | justeringen\s+(?:av\s+protokollet\s+)?har\s+tillkännag(?:ivits|etts)  # the anslag sentence
      | underskrifter\b | underskrift\s*$                                   # signature block
      | """ + _SIGNER_ROLES + r"""(?:\t+|[ ]{2,})\s*""" + _SIGNER_ROLES + r"""\s*(?:\t|[ ]{2,}|$)
                                                                          # a row of role words over the names
      | """ + _SIGNER_ROLES + r"""\s*:?\s*[_.…]{3,}                     # a role word beside its signature rule
      | vid\s+protokollet | vid\s+anteckningarna | justeras\s*:?\s*$        # signatures under the text
      | rätt\s+utdraget\s+intygar | utdrag\s+bestyrks                       # protokollsutdrag certificate
      | verifikat\b | transaktion\s+\d{6,} | signerat\s+(?:digitalt|med)\b  # e-signature pages
      | bilaga\s+(?:\d+|[A-Z])\s*(?:till\s+(?:protokoll(?:et)?\s+)?§\s*\d+\s*)?[:–-]?\s*(?:omröstning|votering|närvaro)
                                                                          # appended voting/attendance list
      | omröstningsbilaga\b | voteringslista\b | närvaroförteckning\s*$ | närvarolista\s*$
      | omröstningslista\b[^§\n]{0,20}§\s*\d                             # "Omröstningslista § 45" (another §'s)
      | närvaro-\s*och\s+(?:omröstnings|voterings)lista\b                  # "Närvaro- och omröstningslista"
      | (?:information\s+om\s+)?hur\s+(?:man|du)\s+överklagar\b[^.]{0,40}$   # an appendix on how to appeal,
      | så\s+(?:här\s+)?överklagar\s+(?:du|man)\b[^.]{0,40}$                 # a heading alone on its line
      | (?:överklagande|besvärs)hänvisning\s*$
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


# A page's running header and footer are its first and last lines; compared by their words only, so that OCR's
# specks and page numbers ("SAMMANTRÄDESPROTOKOLL = Sida 2", ". sida 3") do not hide the repetition.
PAGE_TOP_LINES, PAGE_BOTTOM_LINES = 3, 2
_WORD = re.compile(r"[^\W\d_]{3,}")
# A skeleton of one word ("kommunstyrelsen") also fits a line of text ("Kommunstyrelsen 2019-03-12"): two or more.
MIN_SKELETON_WORDS = 2
# In OCR text, a line this short without digits or a word of three letters (with a vowel) is specks, not text.
MAX_SPECK_LINE = 12
_VOWELLED = re.compile(r"[aeiouyåäöé]")
MAX_SPECK_CELL = 2  # … and a cell this short between two furniture labels
_TAIL_SPECK = re.compile(r"\s+[a-zåäö]{1,2}$")


def _skeleton(line: str) -> str:
    """Return a line's words of three letters or more, lower-cased: what stays when OCR varies the rest."""
    return " ".join(_WORD.findall(line.lower()))


def _page_edges(lines: list[str], pages: list[int]) -> Counter:
    """Count, per skeleton, the pages whose top or bottom lines carry it (with a number or a document-kind word)."""
    by_page: dict[int, list[str]] = {}
    for ln, page in zip(lines, pages):
        if ln.strip():
            by_page.setdefault(page, []).append(ln)
    seen: Counter = Counter()
    for page_lines in by_page.values():
        edges = page_lines[:PAGE_TOP_LINES] + page_lines[-PAGE_BOTTOM_LINES:]
        seen.update({sk for ln in edges if len(ln) <= MAX_HEADER_LINE and (sk := _skeleton(ln))
                     and (_DIGIT.search(ln) or _DOC_KIND.search(ln))})
    return seen


def _norm(line: str) -> str:
    """Lowercase a line and collapse its whitespace (split/join: this runs on every line)."""
    return " ".join(line.lower().split())


class Furniture:
    """Recognise page furniture: signature boxes, page numbers, repeated date lines, running headers."""

    def __init__(self, lines: list[str], header: list[str], is_heading, pages: list[int] | None = None,
                 ocr: bool = False) -> None:
        self.ocr = ocr
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
        # Skeletons at the edge of most pages (at least two): the running header however the scan varied it.
        n_pages = len(set(pages)) if pages else 1
        edges = _page_edges(lines, pages) if n_pages >= 2 else Counter()
        self.skeletons = {sk for sk, n in edges.items() if n >= max(2, (n_pages + 1) // 2)}
        self.skeletons |= {_skeleton(h) for h in header}  # the header the reader lifted, as OCR varies it elsewhere
        self.skeletons = {sk for sk in self.skeletons if len(sk.split()) >= MIN_SKELETON_WORDS}

    def is_furniture(self, line: str) -> bool:
        """Tell whether a line is page furniture rather than protocol text."""
        s = line.strip()
        if not s or s == "\f":
            return s == "\f"
        if (self._norms.get(line) or _norm(s)) in self.running:
            return True
        if len(s) > MAX_FURNITURE_LEN:  # furniture is short; most lines are prose, and this check is on the hot path
            return False
        if self.skeletons and (_DIGIT.search(s) or _DOC_KIND.search(s)) and _skeleton(s) in self.skeletons:
            return True
        if self.ocr and len(s) <= MAX_SPECK_LINE and not _DIGIT.search(s) and not _VOWELLED.search(_skeleton(s)):
            return True  # a scan's specks and rules read as a line: "RR", "—L — ee", "LDL Ir" (no word has a vowel)
        if self.ocr and (speck := _TAIL_SPECK.search(s)):
            s = s[: speck.start()]  # a speck after a furniture label: "Utdragsbestyrkande ed"
        if _header_line(s) or FOOTER_LABELS.match(s):
            return True
        # Columns of furniture on one line: "Justerandes sign    Utdragsbestyrkande".
        ruled = _SIGN_RULE.search(s) is not None  # "Justerare:   ........   Sekreterare: ......": role words over rules
        for piece in _CELL_GAP.split(s):
            if not piece.strip(" :;.,'\"=|-–—") or FURNITURE_RE.match(piece) or _RULE.fullmatch(piece):  # a speck too
                continue
            if self.ocr and len(piece.strip(" :;.,'\"=|-–—")) <= MAX_SPECK_CELL:  # a scan's speck between them: "-S"
                continue
            if ruled and _ROLE_LABEL.fullmatch(piece):
                continue
            if _norm(piece) in self.running or is_page_number(piece):
                continue
            if _DIGIT.search(piece) and dates.is_date_line(piece.strip(" *_")):
                continue
            if _header_line(piece):  # OCR'd header
                continue
            return False
        return True


def _header_line(s: str) -> bool:
    """Tell whether a line (or a cell of one) is a running header: its date line or its document-kind-and-page line."""
    low = s.lower()  # each header pattern needs its word: the case-blind searches only run where it is
    return len(s) <= MAX_HEADER_LINE and ("sammanträdesdatum" in low and HEADER_DATE_LINE.search(s) is not None
                                          or "protokoll" in low and HEADER_PAGE_LINE.search(s) is not None)


# The labels (labels.py keys) of the justering and anslag fields: one of them, with a colon or a date after it, starts
# the back matter ("Anslagsdag: 2025-03-17", "Protokollet justeras: 2025-03-14", "Justering: digital 2025-03-14").
BACK_MATTER_KEYS = {"posted", "removed", "justering", "anslag", "storage"}
COLON_KEYS = BACK_MATTER_KEYS - {"anslag"}  # "Anslag: 5 miljoner" is money; "Anslag: 2025-03-17 -- …" needs its date
# Fields that start it only with a date: "Justerare, plats och tid: Bo Al, kansliet 2025-03-14" (a name alone is none).
DATED_KEYS = {"justerare", "signers"}  # "Justeras: onsdag 19 mars 2025, kommunhuset" too
SIGNATURE_KEYS = {"secretary", "chair", "justerare"}


# An appendix's label alone on its line ("Bilaga 1"), before what the appendix is ("Omröstningslista § 45").
APPENDIX_LABEL = re.compile(r"^[\s#*_>]*bilaga\s+(?:\d+|[A-Z])\s*[:.]?\s*$", re.I)


def back_matter_start(lines: list[str]) -> int | None:
    """Return the index of the first line of back matter, or None when the lines hold none."""
    for i, line in enumerate(lines):
        if BACK_MATTER.match(line) or _anslag_field(line):
            return i - (i > 0 and APPENDIX_LABEL.match(lines[i - 1]) is not None)
    return None


def _anslag_field(line: str) -> bool:
    """Tell whether a line is a justering or anslag field (its label, then a colon or a whole date), or a signature
    role over what OCR made of its rule ("Sekreterare rr")."""
    found = label_of(line)
    if not found:
        return False
    key, value = found
    if key in SIGNATURE_KEYS and not value and len(line.split()) > 1 and not line.rstrip().endswith(":"):
        return True
    if key not in BACK_MATTER_KEYS and key not in DATED_KEYS:
        return False
    dated = bool(dates.numeric_dates(value) or any(d for d, *_ in dates.long_dates(value)))
    colon = line[: len(line) - len(value)].rstrip().endswith(":")
    return dated or (colon and key in COLON_KEYS)
