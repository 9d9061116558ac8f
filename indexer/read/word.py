"""Word documents (.docx): body paragraphs and tables in order, the page header and footer apart.

Input: the file's bytes. Output: a Document whose lines follow the read package's conventions (`#` for heading
styles, table rows as tab-separated cells with a cell's own lines kept apart, Word's automatic numbering written
out). The text is read the way Word shows it: tracked insertions in, deletions and field codes out, content controls
(which meeting systems fill their templates with) opened.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from .errors import ReadError
from .html import _row_lines
from .office import check_package

def _style_heading(style: str) -> int | None:
    level = re.search(r"(?:heading|rubrik)\s*(\d)", style, re.I)
    if level:
        return int(level.group(1))
    return 1 if style.lower() in ("title", "rubrik") else None


def read_docx(data: bytes, path: Path | str):
    """Read a Word document: body paragraphs and tables in order, header and footer apart."""
    from . import Document

    check_package(data, path)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph as DocxParagraph

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for damaged packages
        raise ReadError(path, f"skadat Word-dokument ({type(exc).__name__})") from None

    def table_lines(table) -> list[str]:
        out = []
        for row in table.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a cell merged across columns repeats: its other columns stay empty
                    cells.append([])
                    continue
                seen.add(id(cell._tc))
                cells.append([ln.strip() for el in _blocks(cell._tc) for ln in _cell_text(el).split("\n") if ln.strip()])
            out.extend(_row_lines(cells))
        return out

    header: list[str] = []
    try:
        for section in document.sections[:1]:
            # A template with a first page of its own puts the letterhead (the organisation) in its first header.
            first = (section.first_page_header, section.first_page_footer) if section.different_first_page_header_footer else ()
            for part in (*first, section.header, section.footer):
                if part.is_linked_to_previous and part is not section.header:
                    continue
                for p in part.paragraphs:  # a header's text box holds the letterhead in some templates
                    header.extend(t for t in [word_text(p._p).strip()] + [ln for box in _text_boxes(p._p) for ln in
                                  _box_lines(box, lambda t: table_lines(Table(t, document)))] if t)
                for t in part.tables:
                    header.extend(table_lines(t))
    except Exception:  # A damaged header part is not worth losing the document over.
        pass
    lines: list[str] = []
    numbering = Numbering(document)
    for block in _blocks(document.element.body):
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = DocxParagraph(block, document)
            text = word_text(block).strip()
            boxes = [ln for box in _text_boxes(block) for ln in _box_lines(box, lambda t: table_lines(Table(t, document)))]
            if not text:
                lines += [""] + boxes
                continue
            if number := numbering.label(para):  # Word's automatic "§ 112" or "3." is not in the text
                text = f"{number} {text}"
            level = _style_heading((para.style.name if para.style is not None else "") or "")
            lines.append("#" * level + " " + text if level else text)
            lines += boxes
        elif tag == "tbl":
            lines.extend(table_lines(Table(block, document)))
    return Document("\n".join(lines), "docx", header=header)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Block wrappers whose paragraphs and tables are the document's own: content controls (templates fill their fields
# with them) and custom XML.
_WRAPPERS = {_W + "sdt", _W + "customXml"}
# Inside a paragraph: what Word shows as text. Deleted text (w:del holds w:delText) and field codes (w:instrText)
# are no text; inserted text (w:ins), content controls, smart tags, hyperlinks and a field's result are.
_TEXT, _TAB, _BREAKS, _HYPHEN = _W + "t", _W + "tab", {_W + "br", _W + "cr"}, _W + "noBreakHyphen"
# Skipped with everything inside them: deletions, moved-away text, and text boxes inside a paragraph's text (their
# lines are read apart, and their VML fallback repeats them).
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = {_W + "del", _W + "moveFrom", _W + "txbxContent", _FALLBACK}


_RUN_PROPS, _VANISH = _W + "rPr", _W + "vanish"
_SYM = _W + "sym"
# Symbol fonts draw their own glyphs at these codes (bullets, arrows): no letter a reader would search for.
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings")


def _symbol(sym) -> str:
    """Return the character of a w:sym: its code in a text font ("00A7", or "F0A7" in the private-use range the
    symbol dialog writes), nothing in a symbol font."""
    font = (sym.get(_W + "font") or "").lower()
    try:
        code = int(sym.get(_W + "char") or "", 16)
    except ValueError:
        return ""
    if font.startswith(_SYMBOL_FONTS):
        return ""
    code = code - 0xF000 if 0xF020 <= code <= 0xF0FF else code
    return chr(code) if 0x20 <= code < 0xD800 else ""


def _text_boxes(paragraph):
    """Yield the text boxes anchored in a paragraph (an anslag box, a signature box), not their VML fallback copies."""
    for box in paragraph.iter(_W + "txbxContent"):
        if not any(a.tag == _FALLBACK for a in box.iterancestors()):
            yield box


def _box_lines(box, table_lines) -> list[str]:
    """Return a text box's paragraphs and tables (laid out by `table_lines`) as lines."""
    out: list[str] = []
    for block in _blocks(box):
        if block.tag == _W + "p":
            if text := word_text(block).strip():
                out.append(text)
        else:
            out.extend(table_lines(block))
    return out


def _blocks(parent):
    """Yield the paragraphs and tables of a body or a table cell in order, looking inside content controls."""
    for child in parent.iterchildren():
        if child.tag in (_W + "p", _W + "tbl"):
            yield child
        elif child.tag in _WRAPPERS:
            content = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if content is not None:
                yield from _blocks(content)


def word_text(element) -> str:
    """Return the text Word shows for a paragraph: runs inside insertions and content controls too, not deletions
    or field codes."""
    out: list[str] = []

    def walk(node) -> None:
        for child in node.iterchildren():
            tag = child.tag
            if tag == _TEXT:
                out.append(child.text or "")
            elif tag == _TAB:
                out.append("\t")
            elif tag in _BREAKS:
                out.append("\n")
            elif tag == _HYPHEN:
                out.append("-")
            elif tag == _SYM:  # a character inserted as a symbol: "§" from Insert Symbol is <w:sym w:char="00A7"/>
                out.append(_symbol(child))
            elif tag == _RUN_PROPS:  # a run's properties hold no text; "vanish" hides the run (a template's hints)
                if child.find(_VANISH) is not None:
                    return
            elif tag not in _SKIPPED and isinstance(tag, str):
                walk(child)

    walk(element)
    return "".join(out)


def _cell_text(element) -> str:
    """Return a table cell's block as text: a paragraph's, or a nested table's rows with their cells two spaces apart."""
    if element.tag == _W + "p":
        return word_text(element).strip()
    rows = []
    for tr in element.iterchildren(_W + "tr"):
        cells = [" ".join(t for t in (_cell_text(b) for b in _blocks(tc)) if t) for tc in tr.iterchildren(_W + "tc")]
        rows.append("  ".join(c for c in cells if c))
    return "\n".join(r for r in rows if r)


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
          (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class Numbering:
    """Word's automatic numbering ("§ %1", "%1."), which is not in a paragraph's text: render it as text.

    Templates number § headings with a numbered heading style ("§ 112" from lvlText "§ %1" and a start value);
    without this the reader would see titles without their §.
    """

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[tuple[str, int], tuple[int, str, str]] = {}  # (numId, ilvl) -> (start, format, text)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, AttributeError, KeyError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            ref = num.find(qn("w:abstractNumId"))
            base = abstract.get(ref.get(qn("w:val"))) if ref is not None else None
            if base is None:
                continue
            for lvl in base.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                start, fmt, text = self._val(lvl, "w:start", "1"), self._val(lvl, "w:numFmt", "decimal"), self._val(lvl, "w:lvlText", "")
                self.levels[(num_id, ilvl)] = (int(start) if start.isdigit() else 1, fmt, text)
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = override.find(qn("w:startOverride"))
                if start is not None and (num_id, ilvl) in self.levels:
                    _, fmt, text = self.levels[(num_id, ilvl)]
                    self.levels[(num_id, ilvl)] = (int(start.get(qn("w:val"), "1")), fmt, text)

    def _val(self, node, tag: str, default: str) -> str:
        child = node.find(self.qn(tag))
        return child.get(self.qn("w:val"), default) if child is not None else default

    def _num_pr(self, paragraph):
        """Return (numId, ilvl) from the paragraph's own properties or its style's, or None."""
        qn = self.qn
        for holder in (paragraph._p.pPr, *self._style_pprs(paragraph)):
            num_pr = holder.find(qn("w:numPr")) if holder is not None else None
            if num_pr is not None:
                num_id = num_pr.find(qn("w:numId"))
                ilvl = num_pr.find(qn("w:ilvl"))
                if num_id is not None:
                    return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0
        return None

    def _style_pprs(self, paragraph):
        style = paragraph.style
        while style is not None:
            yield style.element.pPr
            style = style.base_style

    def label(self, paragraph) -> str:
        """Return the number Word shows before this paragraph ("§ 112", "3."), advancing the counters, or ""."""
        if not self.levels:
            return ""
        found = self._num_pr(paragraph)
        if not found or found[0] == "0" or (found[0], found[1]) not in self.levels:
            return ""
        num_id, ilvl = found
        counters = self.counters.setdefault(num_id, [0] * 9)
        start = self.levels[(num_id, ilvl)][0]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0

        def level_value(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            if (num_id, k) not in self.levels:
                return ""
            value = counters[k] or self.levels[(num_id, k)][0]
            return _format(value, self.levels[(num_id, k)][1])

        fmt, text = self.levels[(num_id, ilvl)][1:]
        if fmt in ("bullet", "none"):
            return ""
        return re.sub(r"%([1-9])", level_value, text).strip()
