"""Read one protocol file into plain text lines, whatever its format.

Input: a path to a .txt/.md, .html/.htm, .docx, .odt, .rtf, .doc or .pdf file (format sniffed from the
content; image-only PDFs are read by OCR). Output: `Document(text, format, warnings, header, pages)`, where
`text` is line-oriented: Markdown-style `#` headings, table rows and layout columns as tab-separated cells
(a line starting with a tab continues the value column of the line above), `\f` between pages. Running page
headers and footers are not in `text`; their distinct lines are in `header` (they often name the organisation).
A file that cannot be read raises `ReadError` naming the file and the reason; the caller decides to skip it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReadError
from .pages import reflow, strip_running_lines
from .text import decode_text, layout_to_cells, looks_like_html, pipe_rows_to_cells

MAX_BYTES = 200 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf", ".odt", ".rtf", ".doc"}

# Inline formatting tags that Word/CMS exports leave in plain text; anything else stays literal.
_FORMAT_TAG = re.compile(r"</?(?:i|b|u|em|strong|sup|sub|span|font|small|mark|s)(?:\s[^<>]{0,200})?>|<br\s*/?>", re.I)
# Soft hyphens are invisible hints for line breaking: inside a word they would split it for search.
_SOFT_HYPHEN = re.compile("\u00ad\\s*\n?|\u200b")
# A PDF font's ligatures ("ﬁnansiering") and the invisible joiners and non-breaking hyphen of word processors: the
# letters and the hyphen a reader sees, so that search finds the word.
_TYPOGRAPHY = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                             "\ufb05": "st", "\ufb06": "st", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
                             "\u2011": "-"})

__all__ = ["Document", "ReadError", "SUFFIXES", "read_file", "read_bytes", "sniff", "reflow", "decode_text"]


@dataclass
class Document:
    text: str
    format: str
    warnings: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    pages: int | None = None


# Control bytes no text file holds (tab, newline, form feed and carriage return are text).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def read_file(path: Path | str) -> Document:
    """Read `path` into a Document, raising ReadError when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(path, f"filen är för stor ({size // 2**20} MB, gränsen är {MAX_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except ReadError:
        raise
    except PermissionError:
        raise ReadError(path, "saknar läsbehörighet") from None
    except OSError as exc:
        raise ReadError(path, f"kan inte öppnas ({exc.strerror or exc})") from None
    return read_bytes(data, path)


def read_bytes(data: bytes, path: Path | str = "<bytes>") -> Document:
    """Turn the raw bytes of a protocol file into a Document."""
    from . import html, office, pdf, word

    suffix = Path(path).suffix.lower()
    if not data.strip():
        raise ReadError(path, "tom fil")
    kind = sniff(data)
    for named, wanted, what in ((".docx", "docx", "ett Word-dokument"), (".pdf", "pdf", "en PDF"), (".odt", "odt", "en OpenDocument-text"),
                                (".doc", "doc", "ett Word 97–2003-dokument"), (".rtf", "rtf", "ett RTF-dokument")):
        if suffix == named and kind != wanted:
            raise ReadError(path, f"heter {named} men är inte {what} (ser ut som {kind})")
    if kind == "pdf":
        doc = pdf.read_pdf(data, path)
    elif kind == "docx":
        doc = word.read_docx(data, path)
    elif kind == "odt":
        doc = office.read_odt(data, path)
    elif kind == "rtf":
        doc = office.read_rtf(data, path)
    elif kind == "doc":
        doc = office.read_doc(data, path)
    elif kind == "zip":
        raise ReadError(path, "ZIP-arkiv som varken är Word- eller OpenDocument-text")
    elif kind == "binary":
        raise ReadError(path, "binärdata, inte ett textdokument")
    else:
        text, warnings = decode_text(data, path)
        if kind == "html" or (suffix in HTML_SUFFIXES and looks_like_html(text)):
            lines, header = html.html_to_lines(text)
            doc = Document("\n".join(lines), "html", warnings, header=header)
        else:
            doc = _read_plain(_FORMAT_TAG.sub("", text), warnings)
    doc.text = _SOFT_HYPHEN.sub("", unicodedata.normalize("NFC", doc.text)).translate(_TYPOGRAPHY)
    doc.header = [_SOFT_HYPHEN.sub("", unicodedata.normalize("NFC", h)).translate(_TYPOGRAPHY) for h in doc.header]
    if not doc.text.strip():
        raise ReadError(path, f"ingen text hittades i {doc.format}-dokumentet")
    return doc


def _read_plain(text: str, warnings: list[str]) -> Document:
    """Plain or layout-preserving text: columns become cells; form feeds separate pages with running headers."""
    pages = [pipe_rows_to_cells(layout_to_cells(p.split("\n"))) for p in text.split("\f") if p.strip()]
    if len(pages) > 1:
        body, header = strip_running_lines(pages)
        return Document("\n\f\n".join("\n".join(p) for p in body), "text", warnings, header=header, pages=len(pages))
    return Document("\n".join(pages[0] if pages else []), "text", warnings)


def sniff(data: bytes) -> str:
    """Name the format of `data` from its content: pdf, docx, odt, zip, rtf, doc, html, text or binary."""
    import io
    import zipfile

    head = data[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "content.xml" in names and b"opendocument.text" in data[:200]:
                    return "odt"
                return "zip"
        except (zipfile.BadZipFile, OSError):
            return "binary"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # OLE2 compound file: Word 97-2003
        return "doc"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "text"
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # bytes.translate deletes in C
    if controls > max(8, len(sample) // 20):
        return "binary"
    if looks_like_html(sample.decode("latin-1")):
        return "html"
    return "text"
