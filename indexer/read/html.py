"""HTML pages (municipal web pages, Word's "save as web page").

Input: decoded HTML. Output: text lines (`#` headings, tab-separated table cells, a cell's own lines kept as
continuation lines) and header lines (the page title), with site chrome dropped: scripts, navigation,
cookie banners, the site's header and footer. A `<header>` or `<footer>` inside `<main>`, an `<article>` or a
`<section>` is content (it often holds the § number and title, or the anslag); the site's header outside them
gives its first short lines to the header lines (the organisation's name).
"""
from __future__ import annotations

import re

# Never the page's text: code, chrome, and what a tracked change deleted (<del>, <s> is kept: it may mark a struck
# amendment that was read out).
_DROP_TAGS = ["script", "style", "noscript", "nav", "form", "template", "svg", "iframe", "button", "select", "aside", "del"]
# Text the page hides ("display:none", Word's "mso-hide:all"): not what a reader sees.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden", re.I)
_CHROME_TAGS = ["header", "footer"]
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "dt", "dd", "blockquote", "pre", "address", "figure",
               "figcaption", "ul", "ol", "dl", "body", "center", "header", "footer", "tr"}
# The site's own header is read for its first short lines (the organisation's name), not its menus.
MAX_BANNER_LINE = 80
MAX_BANNER_LINES = 3
# Nesting deeper than this is read flat (a hostile page must not exhaust the stack).
MAX_DEPTH = 200
_CHROME_CLASS = re.compile(r"cookie|consent|breadcrumb|skip|share|social|banner|menu|search", re.I)
_SPACE = re.compile(r"[ \t\r\n\xa0]+")
# Word's "save as web page" writes a tab stop as <span style='mso-tab-count:2'>&nbsp;…</span>: kept as a column gap.
_WORD_TAB = re.compile(r"mso-tab-count", re.I)
_TAB_MARK = "\x1f"
# The markup's own strings, never the page's text.
_NOT_TEXT_NODES = ("Comment", "Doctype", "Declaration", "ProcessingInstruction", "CData")
_AROUND_TAB = re.compile(r" ?\x1f[\x1f ]*")
# Two inline elements side by side with nothing between them that a style sets apart ("<span>Olle Hed</span><span>
# Förvaltningschef</span>", "<span>Anna Ek</span><span>(S)</span>"): a word's end meeting a capital or a parenthesis is
# two words; a word styled in pieces ("<b>Bud</b><i>get</i>") stays one.
_GLUED = re.compile(r"[\w).,:;][A-ZÅÄÖ(]|\)\w")


def html_to_lines(html: str) -> tuple[list[str], list[str]]:
    """Convert an HTML page to (text lines, header lines), keeping the protocol and dropping site chrome."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    header = []
    if soup.title and soup.title.get_text(strip=True):
        header.append(_SPACE.sub(" ", soup.title.get_text(" ")).strip())
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": ["navigation", "banner", "contentinfo", "search", "dialog"]}):
        tag.decompose()
    for tag in soup.find_all(style=_HIDDEN_STYLE):
        tag.decompose()
    for tag in soup.find_all(hidden=True):
        tag.decompose()
    for tag in soup.find_all(_CHROME_TAGS):
        if tag.find_parent(["article", "section", "main"]) is None:
            if tag.name == "header":  # the site's banner names the organisation: a running header line
                header += [t for t in (_SPACE.sub(" ", s).strip() for s in tag.stripped_strings)
                           if t and len(t) <= MAX_BANNER_LINE][:MAX_BANNER_LINES]
            tag.decompose()
    for tag in soup.find_all(True, attrs={"class": True}):
        if tag.attrs is not None and _CHROME_CLASS.search(" ".join(tag.get("class") or [])) and tag.name not in ("body", "main", "article"):
            tag.decompose()
    root = soup.find("main") or _articles_parent(soup) or soup.body or soup
    lines: list[str] = []
    _walk(root, lines, depth=0)
    return lines, header


def _articles_parent(soup):
    articles = soup.find_all("article")
    if len(articles) == 1:
        return articles[0]
    return articles[0].parent if articles else None


def _text(node) -> str:
    return _SPACE.sub(" ", node.get_text(" ")).strip()


def _cell_lines(cell) -> list[str]:
    lines: list[str] = []
    _walk(cell, lines, depth=0)
    return [ln.lstrip("#").strip() for ln in lines if ln.strip()]


def _walk(node, lines: list[str], depth: int) -> None:
    from bs4 import NavigableString, Tag

    buf: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(buf)).strip()
        if _TAB_MARK in text:
            text = _AROUND_TAB.sub("\t", text).strip()
        if text:
            lines.append(text)
        buf.clear()

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child).__name__ in _NOT_TEXT_NODES:
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
            text = _text(child)
            if text:
                lines.append("#" * int(name[1]) + " " + text)
        elif name == "table" and depth <= MAX_DEPTH:
            flush()
            spans: dict[int, int] = {}  # column -> rows a cell above still covers
            for row in child.find_all("tr"):
                if row.find_parent("table") is not child:
                    continue
                lines.extend(_row_lines(_spanned_cells(row.find_all(["td", "th"], recursive=False), spans)))
        elif name in _BLOCK_TAGS or depth > MAX_DEPTH:
            flush()
            if depth > MAX_DEPTH:  # Pathologically deep nesting: take the text flat instead of recursing further.
                lines.extend(t for t in (_text(child),) if t)
            else:
                _walk(child, lines, depth + 1)
            flush()
        elif name in ("b", "strong") and not buf and _is_alone(child):
            buf.append(_text(child))
        elif name in ("i", "em") and not buf and _is_alone(child):
            # A line wholly in italics (often the presenter under a heading) keeps its emphasis.
            text = _text(child)
            buf.append(f"*{text}*" if text else "")
        elif name == "span" and _WORD_TAB.search(child.get("style") or ""):
            buf.append(_TAB_MARK)
        else:
            text = _inline_text(child, depth)
            if buf and text and isinstance(child.previous_sibling, Tag) and _GLUED.match(buf[-1][-1:] + text[:1]):
                buf.append(" ")
            buf.append(text)
    flush()


def _inline_text(tag, depth: int) -> str:
    """Return an inline element's text, a space between child elements that would otherwise run two words together."""
    from bs4 import NavigableString, Tag

    if depth > MAX_DEPTH:
        return tag.get_text("")
    out: list[str] = []
    after_tag = False
    for child in tag.children:
        if isinstance(child, Tag):
            text = _inline_text(child, depth + 1)
            if after_tag and out and text and _GLUED.match(out[-1][-1:] + text[:1]):
                out.append(" ")
            out.append(text)
            after_tag = True
        elif isinstance(child, NavigableString) and type(child).__name__ not in _NOT_TEXT_NODES:
            out.append(str(child))
            after_tag = False
    return "".join(out)


# A rowspan or colspan beyond this is a damaged or hostile table, not a layout; nor is a row spanned wider than this.
MAX_SPAN = 100
MAX_SPANNED_ROW = 200


def _span(cell, attribute: str) -> int:
    try:
        return max(1, min(int(cell.get(attribute) or 1), MAX_SPAN))
    except ValueError:
        return 1


def _spanned_cells(cells, spans: dict[int, int]) -> list[list[str]]:
    """Return a row's cells in their columns: an empty cell where a cell above spans down into this row (a label with
    rowspan over its values), and after a cell that spans several columns."""
    out: list[list[str]] = []
    for cell in cells:
        while spans.get(len(out), 0) > 0:
            spans[len(out)] -= 1
            out.append([])
        rows, columns = _span(cell, "rowspan"), min(_span(cell, "colspan"), max(1, MAX_SPANNED_ROW - len(out)))
        for _ in range(columns):
            if rows > 1 and len(out) < MAX_SPANNED_ROW:
                spans[len(out)] = rows - 1
            out.append([])
        out[-columns] = _cell_lines(cell)
    while spans.get(len(out), 0) > 0:  # trailing columns covered from above
        spans[len(out)] -= 1
        out.append([])
    return out


def _row_lines(cells: list[list[str]]) -> list[str]:
    """Lay out a table row: line k holds each cell's k-th line, tab-separated (empty cells keep their place)."""
    cells = [c for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    if not cells:
        return []
    height = max(len(c) for c in cells)
    out = []
    for k in range(height):
        row = [c[k] if k < len(c) else "" for c in cells]
        line = "\t".join(row).rstrip("\t")
        if line.strip():
            out.append(line)
    return out


def _is_alone(tag) -> bool:
    return tag.parent is not None and tag.parent.get_text(strip=True) == tag.get_text(strip=True)
