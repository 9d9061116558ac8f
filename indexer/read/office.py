"""Office documents other than .docx (read/word.py): OpenDocument text (.odt), RTF, and old Word (.doc) through antiword.

Input: the file's bytes. Output: a Document whose lines follow the read package's conventions (`#` for
heading styles, table rows as tab-separated cells with a cell's own lines kept apart, the page header and
footer as header lines). Packages that would expand beyond a bound (zip bombs) are refused.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .errors import ReadError
from .html import _row_lines
from .text import pipe_rows_to_cells

# A protocol's XML is a few MB at most; a package that unpacks to more than this is hostile or not a protocol.
MAX_UNPACKED = 200 * 1024 * 1024
# Ordinary DOCX/ODT parts compress 5-20x; a ratio beyond this on a large part is a zip bomb.
MAX_RATIO = 200
# antiword on a damaged .doc must not hang the indexer.
ANTIWORD_SECONDS = 60


def check_package(data: bytes, path: Path | str) -> None:
    """Refuse a zip package that would unpack beyond MAX_UNPACKED or with an absurd compression ratio."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError):
        raise ReadError(path, "skadat dokumentpaket (ingen giltig ZIP)") from None
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise ReadError(path, f"paketet packas upp till {total // 2**20} MB (gränsen är {MAX_UNPACKED // 2**20} MB): en zip-bomb?")
    for i in infos:
        if i.file_size > 10 * 2**20 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise ReadError(path, f"delen {i.filename} är komprimerad {i.file_size // max(i.compress_size, 1)}:1: en zip-bomb?")


def read_odt(data: bytes, path: Path | str):
    """Read an OpenDocument text: headings, paragraphs and tables in order."""
    from . import Document

    check_package(data, path)
    try:
        from odf.namespaces import TABLENS, TEXTNS
        from odf.opendocument import load

        document = load(io.BytesIO(data))
    except Exception as exc:  # odfpy raises assorted errors on damaged packages
        raise ReadError(path, f"skadad OpenDocument-fil ({type(exc).__name__})") from None
    lines: list[str] = []

    def walk(node, lines: list[str] = lines) -> None:
        for child in node.childNodes:
            qname = getattr(child, "qname", None)
            if qname in ((TEXTNS, "h"), (TEXTNS, "p")):
                frames: list = []  # text boxes anchored in the paragraph: their lines follow its own
                text = _odf_text(child, frames).strip()
                if qname == (TEXTNS, "h"):
                    text = "#" * min(int(child.getAttrNS(TEXTNS, "outline-level") or 1), 6) + " " + text
                lines.append(text)
                for frame in frames:
                    walk(frame, lines)
            elif qname == (TEXTNS, "tracked-changes"):  # what a tracked change deleted: not the document's text
                continue
            elif qname == (TABLENS, "table"):
                for row in child.getElementsByType(_odf_row()):
                    if row.parentNode is not child and getattr(row.parentNode, "parentNode", None) is not child:
                        continue  # a nested table's row: read inside its cell
                    # A cell that a span above or beside covers keeps its column, empty.
                    cells = [_odf_cell_lines(c) if getattr(c, "qname", None) == (TABLENS, "table-cell") else []
                             for c in row.childNodes if getattr(c, "qname", None) in ((TABLENS, "table-cell"),
                                                                                      (TABLENS, "covered-table-cell"))]
                    lines.extend(_row_lines([[x for x in c if x] for c in cells]))
            elif qname is not None:
                walk(child, lines)

    walk(document.text)
    # The page styles' headers and footers (the first page's own too) name the organisation and the meeting.
    header: list[str] = []
    for page in document.masterstyles.childNodes:
        for part in page.childNodes:
            if getattr(part, "qname", (None, ""))[1] in _ODF_RUNNING:
                walk(part, header)
    return Document("\n".join(lines), "odt", header=[ln.strip() for ln in header if ln.strip()])


_ODF_RUNNING = {"header", "header-first", "header-left", "footer", "footer-first", "footer-left"}
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
# Inside a paragraph but not its text: comments (with their author and date), footnotes, a deletion's mark.
_NOT_TEXT = {(_OFFICE_NS, "annotation"), (_TEXT_NS, "note"), (_TEXT_NS, "change"), (_TEXT_NS, "tracked-changes")}


def _odf_text(element, frames: list | None = None) -> str:
    """Return an OpenDocument paragraph's text with its spaces, tabs and line breaks (odfpy's teletype), leaving out
    comments and footnotes; a text box anchored in it goes to `frames`, to be read apart."""
    out: list[str] = []
    for child in element.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(child.data)
        elif child.nodeType == child.ELEMENT_NODE and child.qname not in _NOT_TEXT:
            name = child.qname
            if name == (_DRAW_NS, "frame"):
                if frames is not None:
                    frames.append(child)
            elif name == (_TEXT_NS, "line-break"):
                out.append("\n")
            elif name == (_TEXT_NS, "tab"):
                out.append("\t")
            elif name == (_TEXT_NS, "s"):
                out.append(" " * int(child.getAttribute("c") or 1))
            else:
                out.append(_odf_text(child, frames))
    return "".join(out)


def _odf_cell_lines(cell) -> list[str]:
    """Return a table cell's lines: its paragraphs and headings, a list's items, a nested table's rows (cells joined by
    a space, as the cell shows them)."""
    out: list[str] = []
    for child in cell.childNodes:
        qname = getattr(child, "qname", None)
        if qname in ((_TEXT_NS, "p"), (_TEXT_NS, "h")):
            frames: list = []
            out.append(_odf_text(child, frames).strip())
            for frame in frames:
                out.extend(_odf_cell_lines(frame))
        elif qname == (_TABLE_NS, "table-row"):
            out.append(" ".join(" ".join(_odf_cell_lines(c)) for c in child.childNodes
                                if getattr(c, "qname", None) == (_TABLE_NS, "table-cell")).strip())
        elif qname is not None and qname not in _NOT_TEXT:
            out.extend(_odf_cell_lines(child))  # a list and its items, a nested table and its row groups
    return out


def _odf_row():
    from odf.table import TableRow

    return TableRow


def read_rtf(data: bytes, path: Path | str):
    """Read an RTF document's text (table cells become tab-separated)."""
    from . import Document
    from .text import decode_text

    try:
        from striprtf.striprtf import rtf_to_text

        raw, _ = decode_text(data, path)
        text = rtf_to_text(raw, errors="ignore")
        # striprtf leaves out the running header and footer; they name the organisation and the meeting.
        header = [ln.strip() for group in _rtf_header_groups(raw)
                  for ln in rtf_to_text("{\\rtf1\\ansi " + group + "}", errors="ignore").split("\n") if ln.strip()]
    except Exception as exc:  # striprtf raises on malformed groups
        raise ReadError(path, f"skadat RTF-dokument ({type(exc).__name__})") from None
    return Document("\n".join(pipe_rows_to_cells(_rtf_cell_lines(text.split("\n")))), "rtf", header=header)


_RTF_HEADER = re.compile(r"\{\\(?:header|footer)[lrf]?(?![a-z])")
# A header group longer than this is not one (a damaged file's unbalanced brace); a document with more groups than
# this (a header and footer of each kind for each section) is read for its first ones: the time stays bounded.
MAX_RTF_HEADER = 20_000
MAX_RTF_HEADER_GROUPS = 64


def _rtf_header_groups(raw: str) -> list[str]:
    """Return the inside of each header and footer group of an RTF document ("{\\header \\pard Vårby kommun\\par}")."""
    out = []
    for n, m in enumerate(_RTF_HEADER.finditer(raw)):
        if n == MAX_RTF_HEADER_GROUPS:
            break
        depth, i = 0, m.start()
        end = min(len(raw), m.start() + MAX_RTF_HEADER)
        while i < end:
            ch = raw[i]
            if ch == "\\":
                i += 2  # an escaped brace or backslash, or a control word's first letter
                continue
            depth += ch == "{"
            depth -= ch == "}"
            if depth == 0:
                out.append(raw[m.end() : i])
                break
            i += 1
    return out


# A table cell's lines (\line inside a cell) run at most this long before the row's closing "|".
MAX_RTF_CELL_LINES = 40


def _rtf_cell_lines(lines: list[str]) -> list[str]:
    """Write a striprtf table row whose cell holds several lines ("Beslutande|Eva Lund (S)" / "Per Ek (M)" /
    "Ida Sten (C)|") as a row and its continuation lines ("<TAB>Per Ek (M)"), the value column going on."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if "|" in line and not line.endswith("|"):
            end = next((j for j in range(i + 1, min(len(lines), i + 1 + MAX_RTF_CELL_LINES)) if "|" in lines[j]), None)
            if end is not None and lines[end].rstrip().endswith("|"):
                out.append(line + "|")
                out += ["\t" + "\t".join(c.strip() for c in lines[k].rstrip().rstrip("|").split("|")) for k in range(i + 1, end + 1)]
                i = end + 1
                continue
        out.append(lines[i])
        i += 1
    return out


def read_doc(data: bytes, path: Path | str):
    """Read an old Word 97-2003 document through Debian's antiword."""
    from . import Document

    exe = shutil.which("antiword")
    if exe is None:
        raise ReadError(path, "gamla Word-filer (.doc) kräver antiword (Debianpaketet 'antiword'), som inte är installerat")
    with tempfile.NamedTemporaryFile(suffix=".doc") as tmp:
        tmp.write(data)
        tmp.flush()
        try:
            r = subprocess.run([exe, "-w", "0", tmp.name], capture_output=True, timeout=ANTIWORD_SECONDS,
                               env={"ANTIWORDHOME": "/usr/share/antiword", "PATH": "/usr/bin:/bin"})
        except subprocess.TimeoutExpired:
            raise ReadError(path, f"antiword svarade inte inom {ANTIWORD_SECONDS} s") from None
    if r.returncode != 0:
        raise ReadError(path, f"skadad Word-fil .doc (antiword: {r.stderr.decode('utf-8', 'replace').strip()[:120]})")
    text = r.stdout.decode("utf-8", "replace")
    return Document("\n".join(pipe_rows_to_cells(text.split("\n"))), "doc")


# Word's list formats that a protocol's numbering uses; others are written as decimals.
