"""Read one protocol file into plain text lines, whatever its format.

Input: a path to a .txt/.md, .html/.htm, .docx or .pdf file (format sniffed from the content).
Output: `Document(text, format, warnings)`, where `text` is line-oriented: Markdown-style `#`
headings, table rows as tab-separated cells, page furniture of PDFs removed. A file that cannot be
read raises `ReadError` naming the file and the reason; the caller decides to skip it.
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 200 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}

# Inline formatting tags that Word/CMS exports leave in plain text; anything else stays literal.
_FORMAT_TAG = re.compile(r"</?(?:i|b|u|em|strong|sup|sub|span|font|small|mark|s)(?:\s[^<>]{0,200})?>|<br\s*/?>", re.I)
_PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|sid\.?|page)\s*\d+(?:\s*(?:av|\(|/)\s*\d+\)?)?|\d+\s*\(\s*\d+\s*\)|[-–]\s*\d+\s*[-–]|\d+\s*/\s*\d+|\d{1,3})$",
    re.I,
)
_WESTERN = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "cp850", "mac_roman", "ascii", "utf_8"}


class ReadError(Exception):
    """A file that cannot be turned into text; str() names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class Document:
    text: str
    format: str
    warnings: list[str] = field(default_factory=list)


def read_file(path: Path | str) -> Document:
    """Read `path` into a Document, raising ReadError when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(path, f"file too large ({size // 2**20} MB, limit {MAX_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except ReadError:
        raise
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, f"cannot open ({exc.strerror or exc})") from None
    return read_bytes(data, path)


def read_bytes(data: bytes, path: Path | str = "<bytes>") -> Document:
    """Turn the raw bytes of a protocol file into a Document."""
    suffix = Path(path).suffix.lower()
    if not data.strip():
        raise ReadError(path, "empty file")
    kind = sniff(data)
    if suffix == ".docx" and kind != "docx":
        raise ReadError(path, f"named .docx but is not a Word document (looks like {kind})")
    if suffix == ".pdf" and kind != "pdf":
        raise ReadError(path, f"named .pdf but is not a PDF (looks like {kind})")
    if kind == "pdf":
        doc = _read_pdf(data, path)
    elif kind == "docx":
        doc = _read_docx(data, path)
    elif kind == "zip":
        raise ReadError(path, "ZIP archive that is not a Word document")
    elif kind == "binary":
        raise ReadError(path, "binary data, not a text document")
    else:
        text, warnings = decode_text(data, path)
        if kind == "html" or (suffix in HTML_SUFFIXES and _looks_like_html(text)):
            doc = Document(html_to_text(text), "html", warnings)
        else:
            doc = Document(_FORMAT_TAG.sub("", text), "text", warnings)
    doc.text = unicodedata.normalize("NFC", doc.text)
    if not doc.text.strip():
        raise ReadError(path, f"no text found in {doc.format} document")
    return doc


def sniff(data: bytes) -> str:
    """Name the format of `data` from its content: pdf, docx, zip, html, text or binary."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                return "docx" if "word/document.xml" in zf.namelist() else "zip"
        except (zipfile.BadZipFile, OSError):
            return "binary"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "text"
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(8, len(sample) // 20):
        return "binary"
    if _looks_like_html(sample.decode("latin-1")):
        return "html"
    return "text"


def _looks_like_html(text: str) -> bool:
    start = text[:2048].lower()
    return bool(re.search(r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]", start))


def decode_text(data: bytes, path: Path | str = "<bytes>") -> tuple[str, list[str]]:
    """Decode text bytes, detecting UTF-8/UTF-16 and legacy Windows-1252/Latin-1; never raise on bytes."""
    warnings: list[str] = []
    if b"\x00" in data and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        data = data.replace(b"\x00", b"")
        warnings.append("NUL bytes removed")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), warnings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
        warnings.append("not UTF-8; decoded as a legacy encoding")
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


# --- HTML -----------------------------------------------------------------------------------------

_DROP_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg", "iframe", "button", "select"]
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "dt", "dd", "blockquote", "pre", "address", "figure", "figcaption", "ul", "ol", "dl", "body", "center"}


def html_to_text(html: str) -> str:
    """Convert an HTML page to text lines, keeping the protocol and dropping site chrome."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": ["navigation", "banner", "contentinfo"]}):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    lines: list[str] = []
    _walk_html(root, lines, depth=0)
    return "\n".join(lines)


def _walk_html(node, lines: list[str], depth: int) -> None:
    from bs4 import NavigableString, Tag

    buf: list[str] = []

    def flush() -> None:
        text = re.sub(r"[ \t\r\n\xa0]+", " ", "".join(buf)).strip()
        if text:
            lines.append(text)
        buf.clear()

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child).__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction", "CData"):
                continue
            buf.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        if name == "br":
            flush()
        elif re.fullmatch(r"h[1-6]", name):
            flush()
            text = re.sub(r"\s+", " ", child.get_text(" ")).strip()
            if text:
                lines.append("#" * int(name[1]) + " " + text)
        elif name == "table":
            flush()
            for row in child.find_all("tr"):
                cells = [re.sub(r"\s+", " ", c.get_text(" ")).strip() for c in row.find_all(["td", "th"], recursive=False)]
                if any(cells):
                    lines.append("\t".join(cells))
        elif name in _BLOCK_TAGS or depth > 200:
            flush()
            if depth > 200:  # Pathologically deep nesting: take the text flat instead of recursing further.
                lines.extend(t for t in (re.sub(r"\s+", " ", child.get_text(" ")).strip(),) if t)
            else:
                _walk_html(child, lines, depth + 1)
            flush()
        elif name in ("b", "strong") and not buf and _is_alone(child):
            text = re.sub(r"\s+", " ", child.get_text(" ")).strip()
            buf.append(text)
        elif name in ("i", "em") and not buf and _is_alone(child):
            # A line wholly in italics (often the presenter under a heading) keeps its emphasis.
            text = re.sub(r"\s+", " ", child.get_text(" ")).strip()
            buf.append(f"*{text}*" if text else "")
        else:
            buf.append(child.get_text(""))
    flush()


def _is_alone(tag) -> bool:
    return tag.parent is not None and tag.parent.get_text(strip=True) == tag.get_text(strip=True)


# --- DOCX -----------------------------------------------------------------------------------------


def _read_docx(data: bytes, path: Path | str) -> Document:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph as DocxParagraph

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for damaged packages
        raise ReadError(path, f"damaged Word document ({type(exc).__name__})") from None
    lines: list[str] = []
    try:
        header = document.sections[0].header if document.sections else None
        if header is not None and not header.is_linked_to_previous:
            lines.extend(p.text.strip() for p in header.paragraphs if p.text.strip())
    except Exception:  # A damaged header part is not worth losing the document over.
        pass
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = DocxParagraph(block, document)
            text = para.text.strip()
            if not text:
                lines.append("")
                continue
            style = (para.style.name if para.style is not None else "") or ""
            level = re.search(r"(?:heading|rubrik)\s*(\d)", style, re.I)
            if level:
                lines.append("#" * int(level.group(1)) + " " + text)
            elif style.lower() == "title":
                lines.append("# " + text)
            else:
                lines.append(text)
        elif tag == "tbl":
            for row in Table(block, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = re.sub(r"\s*\n\s*", " ", cell.text).strip()
                    if not cells or text != cells[-1]:  # merged cells repeat their text
                        cells.append(text)
                if any(cells):
                    lines.append("\t".join(cells))
    return Document("\n".join(lines), "docx")


# --- PDF ------------------------------------------------------------------------------------------


def _read_pdf(data: bytes, path: Path | str) -> Document:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ReadError(path, "encrypted PDF (password required)")
            except ReadError:
                raise
            except Exception:
                raise ReadError(path, "encrypted PDF (cannot decrypt)") from None
        pages = [(page.extract_text() or "") for page in reader.pages]
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise ReadError(path, f"damaged or truncated PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pypdf surfaces assorted errors on broken streams
        raise ReadError(path, f"damaged PDF ({type(exc).__name__})") from None
    if not any(p.strip() for p in pages):
        raise ReadError(path, "PDF has no text layer (scanned image?)")
    return Document(pdf_pages_to_text(pages), "pdf")


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def pdf_pages_to_text(pages: list[str]) -> str:
    """Join page texts, dropping running headers/footers and page numbers and rejoining hyphenation."""
    page_lines = [[ln.strip() for ln in p.split("\n")] for p in pages]
    page_lines = [[ln for ln in p if ln] for p in page_lines]
    edge_counts: Counter[str] = Counter()
    for lines in page_lines:
        edges = {_shape(ln) for ln in lines[:3] + lines[-3:]}
        edge_counts.update(edges)
    threshold = max(2, (len(page_lines) + 1) // 2)
    running = {s for s, n in edge_counts.items() if n >= threshold} if len(page_lines) > 1 else set()
    out: list[str] = []
    kept: set[str] = set()
    for lines in page_lines:
        for i, ln in enumerate(lines):
            at_edge = i < 3 or i >= len(lines) - 3
            if at_edge and _PAGE_NUMBER.match(ln):
                continue
            if at_edge and _shape(ln) in running:
                # The first running header often names the body and date: keep it once.
                if i < 3 and _shape(ln) not in kept and not re.search(r"\b(sida|sid|page)\b", ln, re.I):
                    kept.add(_shape(ln))
                    out.append(ln)
                continue
            out.append(ln)
    return "\n".join(reflow(out))


def reflow(lines: list[str]) -> list[str]:
    """Rejoin words hyphenated across line breaks and lines wrapped mid-sentence."""
    out: list[str] = []
    for ln in lines:
        if out:
            prev = out[-1]
            m = re.search(r"(\w)[-\u00ad]$", prev)
            first = ln.split(" ", 1)[0]
            if m and ln[:1].islower() and first.lower() not in ("och", "eller", "samt", "till"):
                out[-1] = prev[:-1] + ln
                continue
            if prev[-1:] not in ".:;!?" and ln[:1].islower() and not ln.startswith(("§",)) and not _is_heading_like(prev):
                out[-1] = prev + " " + ln
                continue
        out.append(ln)
    return out


def _is_heading_like(line: str) -> bool:
    return bool(re.match(r"^(?:§|paragraf|punkt)\s*\d", line, re.I))
