"""Plain text: decoding and layout-preserving columns.

Input: raw bytes or text lines. Output: decoded text (UTF-8/UTF-16/Windows-1252 detected, CRLF unified) and
lines where layout columns ("Plats och tid      Kommunhuset, …") are tab-separated cells, and a line
indented to a value column starts with a tab.
"""
from __future__ import annotations

import re
from pathlib import Path

_WESTERN = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "cp850", "mac_roman", "ascii", "utf_8"}
# A gap of this many spaces separates layout columns; prose has single spaces (justified text two).
COLUMN_GAP = 3
# Lines indented at least this far continue a value column (layout text indents values, not prose).
VALUE_INDENT = 8
_GAP = re.compile(r" {%d,}|\t+" % COLUMN_GAP)
_COLUMN_SPACES = " " * COLUMN_GAP
# A voting list's header row written with tabs: a name column, then Ja and Nej columns (maybe under a § each).
_VOTE_HEAD = re.compile(r"^\s*(?:ledamot|ledamöter|namn|ordinarie)\b.*\t(?:§\s*\d+\s+)?ja\b.*\tnej\b", re.I)


def looks_like_html(text: str) -> bool:
    """Tell whether text starts like an HTML document."""
    start = text[:2048].lower()
    return bool(re.search(r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]", start))


def decode_text(data: bytes, path: Path | str = "<bytes>") -> tuple[str, list[str]]:
    """Decode text bytes, detecting UTF-8/UTF-16 and legacy Windows-1252/Latin-1; never raise on bytes."""
    warnings: list[str] = []
    if b"\x00" in data and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        data = data.replace(b"\x00", b"")
        warnings.append("NUL-tecken borttagna")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace").replace("\r\n", "\n").replace("\r", "\n"), warnings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
        warnings.append("inte UTF-8; avkodad som en äldre teckenkodning")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200000]).best()
    enc = best.encoding if best is not None else None
    # Short Swedish texts are often guessed as a Central European code page; prefer Windows-1252.
    if enc and enc.lower().replace("-", "_") in _WESTERN:
        return data.decode(enc, errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# A Markdown table's alignment row ("|---|:-:|"), which holds no text.
_PIPE_RULE = re.compile(r"[|:\s]*-[-|:\s]*")
_PIPE = re.compile(r"(?<!\\)\|")  # a cell border; "\|" is a pipe inside a cell


def pipe_rows_to_cells(lines: list[str]) -> list[str]:
    """Turn "| a | b |" table rows (Markdown, antiword, striprtf) into tab-separated cells, keeping empty cells."""
    out = []
    for ln in lines:
        s = ln.strip()
        if len(s) < 2 or not (s.startswith("|") or s.endswith("|")):
            out.append(ln)
            continue
        if _PIPE_RULE.fullmatch(s):
            continue
        cells = [c.strip().replace("\\|", "|") for c in _PIPE.split(s.strip("|"))]
        out.append("\t".join(cells).rstrip("\t"))
    return out


def layout_to_cells(lines: list[str]) -> list[str]:
    """Turn layout-preserving text into cell lines; prose and Markdown pass through unchanged."""
    indented = sum(1 for ln in lines if ln.startswith(" " * VALUE_INDENT) and ln.strip())
    gapped = sum(1 for s in map(str.strip, lines) if _COLUMN_SPACES in s or "\t" in s)  # what _GAP finds, without a regex per line
    if indented + gapped < max(3, len([ln for ln in lines if ln.strip()]) // 5):
        return [ln.rstrip() for ln in lines]
    out = []
    marks = False  # inside a voting list written with tabs: its empty cells say which column a mark is in
    for n, ln in enumerate(lines):
        ln = ln.rstrip()
        if not ln.strip():
            out.append("")
            continue
        marks = "\t" in ln and (marks or bool(_VOTE_HEAD.match(ln)) or bool(_VOTE_HEAD.match(_next(lines, n))))
        if marks:
            out.append(ln)
            continue
        cells = [c for c in _GAP.split(ln.strip()) if c]
        lead = "\t" if ln.startswith((" " * VALUE_INDENT, "\t")) else ""
        out.append(lead + "\t".join(cells))
    return out


def _next(lines: list[str], n: int) -> str:
    """Return the line after line n, or an empty string (a row of § cells stands over a voting list's header)."""
    return lines[n + 1] if n + 1 < len(lines) else ""
