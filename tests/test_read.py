"""Reader: every format to text lines; broken files raise one clear ReadError."""
import pytest

from indexer.parse import parse_file
from indexer.read import ReadError, read_file, sniff
from tests.fixtures import cp1252_crlf_bytes, encrypted_pdf, make_docx, make_html, make_pdf, truncated_pdf_bytes, write


def test_utf8_text(tmp_path):
    doc = read_file(write(tmp_path / "a.txt", "§ 1 Öppnande\nÅre kommun"))
    assert doc.format == "text" and "Åre kommun" in doc.text


def test_cp1252_crlf_is_decoded(tmp_path):
    doc = read_file(write(tmp_path / "legacy.txt", cp1252_crlf_bytes()))
    assert "Föreningsbidrag" in doc.text and "Åre" in doc.text and "Öppettider" in doc.text
    assert "\r" not in doc.text
    assert any("äldre teckenkodning" in w for w in doc.warnings)


def test_utf16_with_bom(tmp_path):
    doc = read_file(write(tmp_path / "u16.txt", "§ 3 Ärende om förskola".encode("utf-16")))
    assert "Ärende om förskola" in doc.text


def test_inline_format_tags_removed_from_text_exports(tmp_path):
    doc = read_file(write(tmp_path / "t.txt", "Ordförande (<i>ordf. § 5-14</i>)\nKoden <script> står kvar"))
    assert "<i>" not in doc.text and "ordf. § 5-14" in doc.text
    assert "<script>" in doc.text  # not a formatting tag: literal text stays


def test_html_keeps_protocol_drops_chrome(tmp_path):
    doc = read_file(make_html(tmp_path / "p.html"))
    assert doc.format == "html"
    assert "Startsida" not in doc.text and "tracking" not in doc.text and "Cookies" not in doc.text
    assert "# Socialnämnden" in doc.text
    assert "Kostnaden för placeringar & familjehem ökar." in doc.text
    assert "<b>placeringar</b>" in doc.text  # escaped in the source: stays literal
    assert "Beslutande\tSara Lind (S)\tOrdförande" in doc.text


def test_html_site_banner_names_the_organisation_and_a_footer_inside_main_is_content(tmp_path):
    page = ("<html><body><header><p>Ekby kommun</p><nav><a href='/'>Startsida</a></nav></header><main>"
            "<h1>Socialnämnden</h1><p>Sammanträdesdatum 2025-04-23</p><h2>§ 31 Val av justerare</h2><p>Text.</p>"
            "<footer><p>Protokollet är publicerat på kommunens anslagstavla 2025-04-29. Anslaget tas ned 2025-05-21.</p>"
            "</footer></main><footer>© Ekby kommun · Cookies</footer></body></html>")
    path = write(tmp_path / "p.html", page)
    doc = read_file(path)
    assert doc.header == ["Ekby kommun"] and "Cookies" not in doc.text and "Startsida" not in doc.text
    p = parse_file(path)
    assert (p.organisation, p.anslag) == ("Ekby kommun", {"posted": "2025-04-29", "removed": "2025-05-21"})


def test_word_web_page_tab_stops_are_column_gaps(tmp_path):
    """Word's "save as web page" (cp1252) writes a tab stop as a span of non-breaking spaces."""
    tab = "<span style='mso-tab-count:2'>&nbsp;&nbsp;&nbsp; </span>"
    page = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=windows-1252'></head><body>"
            f"<p class=MsoNormal><b>&#167; 12</b>{tab}<span>Dnr SN 2025/014</span></p>"
            f"<p class=MsoNormal>Justerandes sign{tab}Utdragsbestyrkande</p><p>Ett  vanligt&nbsp; stycke.</p></body></html>")
    doc = read_file(write(tmp_path / "w.htm", page.encode("cp1252")))
    assert doc.text.splitlines() == ["§ 12\tDnr SN 2025/014", "Justerandes sign\tUtdragsbestyrkande", "Ett vanligt stycke."]


def test_html_leaves_out_deleted_and_hidden_text(tmp_path):
    page = ("<html><body><p>§ 12 Bidrag</p><p>Bidrag beviljas med <del>40 000</del><ins>50 000</ins> kronor."
            "<span style=\"display:none\">dold</span><span style='mso-hide:all'>gömd</span><span hidden>ej</span></p>"
            "</body></html>")
    doc = read_file(write(tmp_path / "d.html", page))
    assert doc.text.splitlines() == ["§ 12 Bidrag", "Bidrag beviljas med 50 000 kronor."]


# Inline elements side by side without a space: (markup, the line as read).
HTML_INLINE_RUNS = [
    ("<li><span>Anna Ek</span><span>(S)</span><span>Ordförande</span></li>", "Anna Ek (S) Ordförande"),
    ("<li><span class=n>Olle Hed</span><span class=r>Förvaltningschef</span></li>", "Olle Hed Förvaltningschef"),
    ("<p><span><span>Per Lind</span><span>(M)</span></span><span>ersätter Lars Holm (M)</span></p>",
     "Per Lind (M) ersätter Lars Holm (M)"),
    ("<p>Budgeten <b>bud</b><i>geteras</i> och <b>S</b>tyrelsen beslutar.</p>", "Budgeten budgeteras och Styrelsen beslutar."),
    ("<p>Kostnad: <span>12</span><span>000</span> kr</p>", "Kostnad: 12000 kr"),
]


def test_html_table_spans_keep_the_columns(tmp_path):
    """A label spanning the rows of its values leaves their first column empty; a cell spanning columns keeps the
    next cell in its column."""
    page = ("<html><body><table><tr><td rowspan=2>Beslutande</td><td>Anna Ek (S)</td><td>ordförande</td></tr>"
            "<tr><td>Bo Al (M)</td><td>ledamot</td></tr><tr><td colspan=2>Sekreterare Maja Bo</td><td>x</td></tr>"
            "<tr><td rowspan=999999>Övriga</td><td>Olle Hed</td></tr></table></body></html>")
    doc = read_file(write(tmp_path / "t.html", page))
    assert doc.text.splitlines() == ["Beslutande\tAnna Ek (S)\tordförande", "\tBo Al (M)\tledamot",
                                     "Sekreterare Maja Bo\t\tx", "Övriga\tOlle Hed"]


@pytest.mark.parametrize("markup,line", HTML_INLINE_RUNS, ids=[m[:30] for m, _ in HTML_INLINE_RUNS])
def test_html_inline_elements_side_by_side(tmp_path, markup, line):
    doc = read_file(write(tmp_path / "i.html", f"<html><body>{markup}</body></html>"))
    assert doc.text.splitlines() == [line]


def test_html_recognised_by_content_despite_txt_name(tmp_path):
    src = make_html(tmp_path / "p.html")
    doc = read_file(write(tmp_path / "p.txt", src.read_bytes()))
    assert doc.format == "html" and "Startsida" not in doc.text


def test_docx_headings_tables_header(tmp_path):
    doc = read_file(make_docx(tmp_path / "p.docx"))
    assert doc.format == "docx"
    lines = doc.text.splitlines()
    assert doc.header == ["Miljö- och byggnadsnämnden"]  # the page header is kept apart from the text
    assert "## § 12 Detaljplan för Norra hamnen" in lines
    assert "Beslutande\tEva Sjölander (M)\tOrdförande" in lines


def _word_xml(parent, xml: str):
    """Append Word XML (written without namespace declarations) to a python-docx element (in a body, before its
    section properties)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    last = parent.find(qn("w:sectPr"))
    for child in list(parse_xml(f"<w:wrap {ns}>{xml}</w:wrap>")):
        if last is not None:
            last.addprevious(child)
        else:
            parent.append(child)


def test_docx_text_as_word_shows_it(tmp_path):
    """Tracked insertions count and deletions and hidden runs do not; content controls, inline and around whole paragraphs (the way
    meeting systems fill a template), keep their text; a nested table's text stays in its cell."""
    import docx

    d = docx.Document()
    d.add_paragraph("Socialnämnden")
    _word_xml(d.element.body, '<w:sdt><w:sdtContent><w:p><w:r><w:t>Sammanträdesdatum 2025-04-08</w:t></w:r></w:p>'
                              '</w:sdtContent></w:sdt>')
    p = d.add_paragraph("Bidrag beviljas med ")
    _word_xml(p._p, '<w:del w:id="1" w:author="x"><w:r><w:delText>40 000</w:delText></w:r></w:del>'
                    '<w:ins w:id="2" w:author="x"><w:r><w:t>50 000</w:t></w:r></w:ins>'
                    '<w:sdt><w:sdtContent><w:r><w:t> kronor</w:t></w:r></w:sdtContent></w:sdt>'
                    '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>.</w:t></w:r>'
                    '<w:r><w:rPr><w:vanish/></w:rPr><w:t>Skriv beslutet här</w:t></w:r>')
    cell = d.add_table(rows=1, cols=2).rows[0].cells
    cell[0].text = "Beslutande"
    _word_xml(cell[1]._tc, '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Eva Lund (S)</w:t></w:r></w:p></w:tc>'
                           '<w:tc><w:p><w:r><w:t>ordförande</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>')
    doc = read_file(d.save(tmp_path / "t.docx") or tmp_path / "t.docx")
    assert doc.text.splitlines() == ["Socialnämnden", "Sammanträdesdatum 2025-04-08", "Bidrag beviljas med 50 000 kronor.",
                                     "Beslutande\tEva Lund (S)  ordförande"]


def test_docx_merged_cells_keep_the_columns(tmp_path):
    """A cell merged across two columns leaves the second empty, so the next cell keeps its column."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for col, text in enumerate(("Anna Ek (S)", "S", "ordförande")):
        t.cell(0, col).text = text
    t.cell(1, 0).merge(t.cell(1, 1)).text = "Bo Al (M)"
    t.cell(1, 2).text = "ledamot"
    doc = read_file(d.save(tmp_path / "m.docx") or tmp_path / "m.docx")
    assert doc.text.splitlines() == ["Anna Ek (S)\tS\tordförande", "Bo Al (M)\t\tledamot"]


def test_docx_symbol_characters(tmp_path):
    """A "§" inserted as a symbol (<w:sym>) is text, in a text font's code or the dialog's private-use code; a bullet
    from the Symbol font is not."""
    import docx

    d = docx.Document()
    for xml in ('<w:r><w:sym w:font="Times New Roman" w:char="00A7"/><w:t xml:space="preserve"> 12 Bidrag</w:t></w:r>',
                '<w:r><w:sym w:font="Arial" w:char="F0A7"/><w:t xml:space="preserve"> 13 Taxa</w:t></w:r>',
                '<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve">Punkt</w:t></w:r>'):
        _word_xml(d.add_paragraph()._p, xml)
    doc = read_file(d.save(tmp_path / "s.docx") or tmp_path / "s.docx")
    assert doc.text.splitlines() == ["§ 12 Bidrag", "§ 13 Taxa", "Punkt"]


def test_docx_text_box_read_once_after_its_anchor(tmp_path):
    """A text box (an anslag box on the front page) is read after the paragraph that anchors it, without the copy in
    its VML fallback."""
    import docx

    box = ("<w:txbxContent><w:p><w:r><w:t>ANSLAG/BEVIS</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>Datum då anslaget sätts upp: 2025-04-14</w:t></w:r></w:p></w:txbxContent>")
    d = docx.Document()
    d.add_paragraph("Socialnämnden")
    p = d.add_paragraph("Sammanträdesdatum 2025-04-08")
    _word_xml(p._p, '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                    f'<mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
                    f'<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    d.add_paragraph("§ 12 Bidrag")
    doc = read_file(d.save(tmp_path / "b.docx") or tmp_path / "b.docx")
    assert doc.text.splitlines() == ["Socialnämnden", "Sammanträdesdatum 2025-04-08", "ANSLAG/BEVIS",
                                     "Datum då anslaget sätts upp: 2025-04-14", "§ 12 Bidrag"]


def test_docx_first_page_header_and_its_text_box_are_header_lines(tmp_path):
    """A template with a first page of its own names the organisation in that page's header, here in a text box;
    both are read as header lines beside the running header."""
    import docx

    d = docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "SAMMANTRÄDESPROTOKOLL"
    box = "<w:txbxContent><w:p><w:r><w:t>Ekby kommun</w:t></w:r></w:p></w:txbxContent>"
    _word_xml(section.first_page_header.add_paragraph()._p, f"<w:r><w:pict>{box}</w:pict></w:r>")
    section.header.paragraphs[0].text = "Kommunstyrelsen 2025-05-14"
    d.add_paragraph("§ 1 Budget")
    doc = read_file(d.save(tmp_path / "h.docx") or tmp_path / "h.docx")
    assert doc.header == ["SAMMANTRÄDESPROTOKOLL", "Ekby kommun", "Kommunstyrelsen 2025-05-14"]
    assert doc.text.splitlines() == ["§ 1 Budget"]


def test_odt_leaves_out_deleted_text_and_comments(tmp_path):
    """A tracked change's deleted text and a comment (with its author) are no part of an ODT's text."""
    from odf.dc import Creator
    from odf.element import Element
    from odf.namespaces import TEXTNS
    from odf.office import Annotation, ChangeInfo
    from odf.opendocument import OpenDocumentText
    from odf.text import P, TrackedChanges, Deletion

    doc = OpenDocumentText()
    region = Element(qname=(TEXTNS, "changed-region"), check_grammar=False)
    deletion, info = Deletion(), ChangeInfo()
    info.addElement(Creator(text="Anna"))
    deletion.addElement(info)
    deletion.addElement(P(text="Bidrag beviljas med 40 000 kronor."))
    region.addElement(deletion)
    changes = TrackedChanges()
    changes.addElement(region)
    doc.text.addElement(changes)
    para = P(text="Bidrag beviljas med 50 000 kronor.")
    note = Annotation()
    note.addElement(Creator(text="Anna"))
    note.addElement(P(text="Kolla beloppet"))
    para.addElement(note)
    doc.text.addElement(para)
    doc.save(tmp_path / "t.odt")
    assert read_file(tmp_path / "t.odt").text.splitlines() == ["Bidrag beviljas med 50 000 kronor."]


def test_odt_page_header_and_footer_are_header_lines(tmp_path):
    """The page style's header and footer (where an ODT template names the organisation and the meeting) are
    header lines, not lost and not body text."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Footer, Header, MasterPage, PageLayout
    from odf.text import P

    doc = OpenDocumentText()
    layout = PageLayout(name="pm1")
    doc.automaticstyles.addElement(layout)
    page = MasterPage(name="Standard", pagelayoutname=layout)
    header, footer = Header(), Footer()
    header.addElement(P(text="Ekby kommun"))
    header.addElement(P(text="Miljönämnden 2025-05-14"))
    footer.addElement(P(text="Justerandes sign"))
    page.addElement(header)
    page.addElement(footer)
    doc.masterstyles.addElement(page)
    doc.text.addElement(P(text="§ 1 Budget"))
    doc.save(str(tmp_path / "h.odt"))
    read = read_file(tmp_path / "h.odt")
    assert (read.header, read.text) == (["Ekby kommun", "Miljönämnden 2025-05-14", "Justerandes sign"], "§ 1 Budget")


def test_odt_covered_cell_keeps_its_column(tmp_path):
    """A cell spanning two columns covers the second (table:covered-table-cell): the next cell keeps its column."""
    from odf.opendocument import OpenDocumentText
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    table = Table(name="t")
    table.addElement(TableColumn(numbercolumnsrepeated=3))
    for cells in ((("Anna Ek (S)", 1), ("S", 1), ("ordförande", 1)), (("Bo Al (M)", 2), (None, 0), ("ledamot", 1))):
        row = TableRow()
        for text, span in cells:
            cell = TableCell(numbercolumnsspanned=span) if text else CoveredTableCell()
            if text:
                cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    doc.save(tmp_path / "s.odt")
    assert read_file(tmp_path / "s.odt").text.splitlines() == ["Anna Ek (S)\tS\tordförande", "Bo Al (M)\t\tledamot"]


def test_odt_text_box_read_after_its_anchor(tmp_path):
    """A text box anchored in a paragraph (an anslag box) is read as its own lines after that paragraph's."""
    from odf.draw import Frame, TextBox
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    anchor = P(text="Sammanträdesdatum 2025-04-08")
    frame, box = Frame(width="8cm", height="3cm", anchortype="paragraph"), TextBox()
    for line in ("ANSLAG/BEVIS", "Datum då anslaget sätts upp: 2025-04-14"):
        box.addElement(P(text=line))
    frame.addElement(box)
    anchor.addElement(frame)
    doc.text.addElement(anchor)
    doc.text.addElement(P(text="§ 12 Bidrag"))
    doc.save(tmp_path / "f.odt")
    assert read_file(tmp_path / "f.odt").text.splitlines() == [
        "Sammanträdesdatum 2025-04-08", "ANSLAG/BEVIS", "Datum då anslaget sätts upp: 2025-04-14", "§ 12 Bidrag"]


def test_odt_table_cell_keeps_its_list_and_nested_table(tmp_path):
    """A cell holding a bulleted list of members, or a nested table of officials, keeps them in its row."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import List, ListItem, P

    def cell(*content):
        c = TableCell()
        for x in content:
            c.addElement(x)
        return c

    def row(*cells):
        r = TableRow()
        for c in cells:
            r.addElement(c)
        return r

    members = List()
    for name in ("Eva Lund (S), ordförande", "Per Ek (M)"):
        item = ListItem()
        item.addElement(P(text=name))
        members.addElement(item)
    nested = Table(name="n")
    nested.addElement(TableColumn(numbercolumnsrepeated=2))
    nested.addElement(row(cell(P(text="Olle Hed,")), cell(P(text="förvaltningschef"))))
    table = Table(name="f")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    table.addElement(row(cell(P(text="Beslutande")), cell(members)))
    table.addElement(row(cell(P(text="Övriga")), cell(nested)))
    doc = OpenDocumentText()
    doc.text.addElement(table)
    doc.save(tmp_path / "c.odt")
    assert read_file(tmp_path / "c.odt").text.splitlines() == [
        "Beslutande\tEva Lund (S), ordförande", "\tPer Ek (M)", "Övriga\tOlle Hed, förvaltningschef"]


def test_pdf_line_whose_right_cell_was_written_first(tmp_path):
    """The content stream writes a heading's right-hand dnr before the § and its title: read in their places."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(140, 20)
    pdf.cell(50, 6, "Dnr KS 2025/0107", align="R")
    pdf.set_xy(20, 20)
    pdf.cell(15, 6, "§ 11")
    pdf.cell(60, 6, "Budget 2026")
    pdf.set_xy(20, 30)
    pdf.cell(0, 6, "Kommunstyrelsen antar budgeten.")
    pdf.output(str(tmp_path / "o.pdf"))
    assert read_file(tmp_path / "o.pdf").text.splitlines() == ["§ 11\tBudget 2026\tDnr KS 2025/0107",
                                                               "Kommunstyrelsen antar budgeten."]


def test_pdf_drops_running_header_and_page_numbers_and_dehyphenates(tmp_path):
    doc = read_file(make_pdf(tmp_path / "p.pdf"))
    assert doc.format == "pdf"
    assert "Sida 1 av 2" not in doc.text and "Sida 2 av 2" not in doc.text
    assert "Barn- och utbildningsnämnden 2024-05-14" not in doc.text  # running header: not text …
    assert doc.header == ["Barn- och utbildningsnämnden 2024-05-14"]  # … but kept once for the reader
    assert doc.pages == 2 and doc.text.count("\f") == 1
    assert "verksamheten med skolskjuts" in doc.text
    assert "§ 31 Elevhälsa" in doc.text


def test_sniff():
    assert sniff(b"%PDF-1.7 ...") == "pdf"
    assert sniff(b"<!DOCTYPE html><html>") == "html"
    assert sniff(bytes(range(256)) * 10) == "binary"
    assert sniff("§ 1 Öppnande".encode()) == "text"


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "tom fil"),
    ("blank.txt", b"  \n\n ", "tom fil"),
    ("garbage.txt", bytes(range(256)) * 40, "binärdata"),
    ("fake.docx", "§ 1 Inte ett Word-dokument".encode(), "är inte ett Word-dokument"),
    ("fake.pdf", b"hello", "är inte en PDF"),
    ("zip.docx", b"PK\x03\x04garbage-not-a-zip", "är inte ett Word-dokument"),
])
def test_broken_files_raise_clear_error(tmp_path, name, data, reason):
    path = write(tmp_path / name, data)
    with pytest.raises(ReadError) as exc:
        read_file(path)
    assert reason in str(exc.value) and name in str(exc.value)


def test_truncated_pdf(tmp_path):
    path = write(tmp_path / "cut.pdf", truncated_pdf_bytes(tmp_path))
    with pytest.raises(ReadError) as exc:
        read_file(path)
    assert "cut.pdf" in str(exc.value)


def test_encrypted_pdf(tmp_path):
    with pytest.raises(ReadError) as exc:
        read_file(encrypted_pdf(tmp_path / "locked.pdf"))
    assert "krypterad" in str(exc.value)


def test_nul_bytes_are_removed_not_fatal(tmp_path):
    doc = read_file(write(tmp_path / "nul.txt", "§ 1 Öpp\x00nande\ntext".encode()))
    assert "Öppnande" in doc.text and any("NUL" in w for w in doc.warnings)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError) as exc:
        read_file(tmp_path / "nope.txt")
    assert "nope.txt" in str(exc.value)


@pytest.mark.parametrize("line, content", [
    ("§ 89 Bygglov", True), ("Dnr SBN 2025-000410", True), ("8 89\tDnr SBN 2025-000410", True),  # a scan's "8 89"
    ("&45 Taxa", True), ("Beslut", True), ("EKEBY KOMMUN Protokoll 2(5)", False), ("Justerandes sign", False)])
def test_paragraph_shapes_are_never_running_lines(line, content):
    """A § heading, its dnr (after a § sign a scan misread) and a section's label keep their place at a page's edge."""
    from indexer.read.pages import _HEADING_SHAPE, _shape

    assert bool(_HEADING_SHAPE.match(_shape(line))) == content


@pytest.mark.parametrize("pages, kept", [
    # A header on every page but the front page is running.
    ([["Front", "Text a", "Anna Ek"], ["KS | Protokoll", "Text b", "Slut b"], ["KS | Protokoll", "Text c", "Slut c"]],
     [["Front", "Text a", "Anna Ek"], ["Text b", "Slut b"], ["Text c", "Slut c"]]),
    # The same name over the last lines of the front page and of the last page, two pages apart, is no footer.
    ([["Front", "Text a", "Petra Quist", "Sign"], ["Text b", "x", "y", "Sign"], ["Text c", "Vid protokollet", "Petra Quist", "Sign"]],
     [["Front", "Text a", "Petra Quist"], ["Text b", "x", "y"], ["Text c", "Vid protokollet", "Petra Quist"]]),
    # Each page opens with a § heading, the number first: a heading, never a header.
    ([["ÅLBO KOMMUN", "Front"], ["ÅLBO KOMMUN", "12 §", "Budget", "Text b"], ["ÅLBO KOMMUN", "15 §", "Taxa", "Text c"]],
     [["Front"], ["12 §", "Budget", "Text b"], ["15 §", "Taxa", "Text c"]]),
    # Each § on a page of its own: its dnr under the heading and its decision's label near the foot are no furniture.
    ([["KS 2025-03-05", "Front", "x", "y"],
      ["KS 2025-03-05", "§ 11 Budget", "Dnr KS 2025/0107", "Text b", "Beslut", "Budgeten antas.", "Sign"],
      ["KS 2025-03-05", "§ 12 Taxa", "Dnr KS 2025/0114", "Text c", "Beslut", "Taxan antas.", "Sign"],
      ["KS 2025-03-05", "§ 13 Plan", "Dnr KS 2025/0121", "Text d", "Beslut", "Planen antas.", "Sign"]],
     [["Front", "x", "y"], ["§ 11 Budget", "Dnr KS 2025/0107", "Text b", "Beslut", "Budgeten antas."],
      ["§ 12 Taxa", "Dnr KS 2025/0114", "Text c", "Beslut", "Taxan antas."],
      ["§ 13 Plan", "Dnr KS 2025/0121", "Text d", "Beslut", "Planen antas."]]),
])
def test_running_lines_repeat_on_neighbouring_pages(pages, kept):
    from indexer.read.pages import strip_running_lines

    assert strip_running_lines(pages)[0] == kept
