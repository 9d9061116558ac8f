"""Paged text: running headers and footers, page numbers, hyphenation and wrapped lines.

Input: the lines of each page (PDF pages, form-feed pages of text files, OCR pages). Output: the body lines
of each page without the lines that repeat at the same place on most pages (running headers/footers) or
that are page numbers; the distinct running lines are returned apart as the document's header. `reflow`
rejoins words hyphenated across line breaks and sentences wrapped mid-line.
"""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

# Running headers/footers sit within this many lines of a page's top or bottom.
EDGE_LINES = 3
# A line repeated on more pages than this is running wherever the pages are; on this many, they must be neighbours.
MIN_SCATTERED = 2
_PAGE_NUMBER = re.compile(
    r"""^(?:(?:sida|sid\.?|page)\s*\d+(?:\s*(?:av|\(|/)\s*\d+\)?)?   # Sida 3 (14), Sida 3 av 6, page 2
        |\d+\s*\(\s*\d+\s*\)                                    # 3(6), 3 (6)
        |[-–]\s*\d+\s*[-–]                                      # - 3 -
        |\d+\s*/\s*\d+                                          # 3/6
        |\d{1,3})$                                              # 3
    """,
    re.I | re.X,
)
# An edge line this similar to a running line at the same place is that line as OCR misread it on one page
# ("Tekni k d Sammanträdesdatum" for "Tekniska nämnden Sammanträdesdatum"); content lines differ far more.
FUZZY_RATIO = 0.75
# Shorter lines ("Sida 2", "3 (6)") are compared exactly: a few characters make any two look alike.
MIN_FUZZY_SHAPE = 8
# Where each § has a page of its own, the lines at the top and bottom of a page repeat their shape on many pages,
# but they are the § and never furniture.
_HEADING_SHAPE = re.compile(
    r"""^(?:[a-zåäö]{1,6}\s*)?§\s*\#|^(?:ärende|punkt)\s+\#|^\#\s*§          # its heading: "§ 12", "Punkt 3", "12 §"
      | ^[$&£]\s*\#                                                      # … its § as a scan misread it: "&45"
      | ^(?:[\#§$&£]\s*){0,3}(?:dnr|diarienr|diarienummer|ärendenummer|ärendenr)\b  # its dnr: "Dnr KS 2025/0107",
                                                                          # after a scan's "8 89" for "§ 89"
      | ^(?:beslut|beslutet|förslag\s+till\s+beslut|beslutsunderlag|beslutsgång|yrkanden?|ärendebeskrivning
          |sammanfattning|ärendet|bakgrund|reservationer?|jäv|[\wåäö-]+s\s+beslut      # a section's label alone
          |(?:beslutet\s+)?skickas\s+till|expedieras(?:\s+till)?)\s*:?$
    """,
    re.I | re.X,
)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))


def is_page_number(line: str) -> bool:
    """Tell whether a line is nothing but a page number."""
    return bool(_PAGE_NUMBER.match(line.strip()))


def strip_running_lines(pages: list[list[str]], ocr: bool = False) -> tuple[list[list[str]], list[str]]:
    """Drop running headers/footers and page numbers from each page; return (pages, distinct header lines).

    In OCR text a header is misread differently on each page: there an edge line similar to the line at the same
    place on the next or previous page is running too.
    """
    if len(pages) < 2:
        return pages, []
    pages = [[ln for ln in lines if ln.strip()] for lines in pages]
    counts: Counter[tuple[int, str]] = Counter()
    first_page: dict[tuple[int, str], int] = {}
    last_page: dict[tuple[int, str], int] = {}
    for at, content in enumerate(pages):
        keys = {(i, _shape(ln)) for i, ln in enumerate(content[:EDGE_LINES])}
        keys |= {(i - len(content), _shape(ln)) for i, ln in enumerate(content) if i >= len(content) - EDGE_LINES}
        counts.update(keys)
        for k in keys:
            first_page.setdefault(k, at)
            last_page[k] = at
    threshold = max(2, (len(pages) + 1) // 2)
    # A line at the same place on just two pages is running only on neighbouring pages: the secretary's name over
    # the footer of the front page and of the last page is a coincidence, not a header.
    running = {k for k, n in counts.items() if n >= threshold and not _HEADING_SHAPE.match(k[1])
               and (n > MIN_SCATTERED or last_page[k] - first_page[k] == 1)}
    header: list[str] = []
    seen: set[str] = set()
    out = []
    for at, content in enumerate(pages):
        drop: set[int] = set()
        for i, ln in enumerate(content):
            at_edge = i < EDGE_LINES or i >= len(content) - EDGE_LINES
            if not at_edge:
                continue
            key = (i, _shape(ln)) if i < EDGE_LINES else (i - len(content), _shape(ln))
            misread = _misread(key, running) or (ocr and _like_neighbour(pages, at, key))
            if key in running or misread or (is_page_number(ln) and not _HEADING_SHAPE.match(_shape(ln))):
                drop.add(i)
                if _shape(ln) not in seen and not is_page_number(ln):
                    seen.add(_shape(ln))
                    header.append(ln.strip())
        out.append([ln for i, ln in enumerate(content) if i not in drop])
    return out, header


def reflow(lines: list[str]) -> list[str]:
    """Rejoin words hyphenated across line breaks and lines wrapped mid-sentence."""
    out: list[str] = []
    for ln in lines:
        if out and ln:
            prev = out[-1]
            # A word broken at the line's end: a letter or digit, then a hyphen or a soft hyphen.
            broken = prev.endswith(("-", "\u00ad")) and (prev[-2:-1].isalnum() or prev[-2:-1] == "_")
            first = ln.split(" ", 1)[0]
            if broken and ln[:1].islower() and first.lower() not in ("och", "eller", "samt", "till"):
                out[-1] = prev[:-1] + ln
                continue
            if prev and prev[-1:] not in ".:;!?" and ln[:1].islower() and not _is_heading_like(prev) and not prev.startswith("\f") \
                    and not LIST_ITEM.match(ln):
                out[-1] = prev + " " + ln
                continue
        out.append(ln)
    return out


# A list item that starts in lower case is no wrapped line: "a) Nämnden …", "o Nämnden …" (Word's second-level bullet).
LIST_ITEM = re.compile(r"[a-zåäö][).]\s+\S|o\s+[A-ZÅÄÖ]")


def _is_heading_like(line: str) -> bool:
    return bool(re.match(r"^(?:[A-ZÅÄÖ]{1,6}\s*)?(?:§|paragraf|punkt|ärende)\s*\d", line, re.I))


def _misread(key: tuple[int, str], running: set[tuple[int, str]]) -> bool:
    """Tell whether an edge line is a running line at the same place, read with a few characters wrong."""
    pos, shape = key
    return _may_be_misread(shape) and any(p == pos and _similar(shape, r) for p, r in running)


def _like_neighbour(pages: list[list[str]], at: int, key: tuple[int, str]) -> bool:
    """Tell whether an edge line resembles the line at the same place on the adjacent pages (OCR headers)."""
    pos, shape = key
    neighbours = [pages[n] for n in (at - 1, at + 1) if 0 <= n < len(pages)]
    return _may_be_misread(shape) and any(-len(o) <= pos < len(o) and _similar(shape, _shape(o[pos])) for o in neighbours)


def _may_be_misread(shape: str) -> bool:
    """Tell whether an edge line is long enough to compare by similarity and is not a § heading."""
    return len(shape) >= MIN_FUZZY_SHAPE and not _HEADING_SHAPE.match(shape)


def _similar(a: str, b: str) -> bool:
    return SequenceMatcher(None, a, b).ratio() >= FUZZY_RATIO
