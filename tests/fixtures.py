"""Builders for test fixtures in other formats (HTML, DOCX, PDF, legacy encodings, broken files), and a web server
for the tests that need a real one."""
from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PROTOCOL_LINES = [
    "Kommunstyrelsen",
    "Sammanträdesprotokoll",
    "Datum: 2023-03-01",
    "§ 1 Sammanträdet öppnas",
    "Ordföranden öppnar mötet.",
    "§ 2 Budget för äldreomsorgen",
    "Föredragande: Anna Berg",
    "Ekonomichefen redovisar kostnaderna för hemsjukvården.",
    "Beslut",
    "Kommunstyrelsen godkänner budgeten.",
]


def make_docx(path: Path) -> Path:
    """Write a Word protocol with a running header, headings and a participant table."""
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Miljö- och byggnadsnämnden"
    d.add_heading("Protokoll", level=1)
    d.add_paragraph("Sammanträdesdatum: 2024-10-03")
    table = d.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("Beslutande", "Eva Sjölander (M)", "Ordförande"), ("", "Lars Ek (S)", "Ledamot")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_heading("§ 12 Detaljplan för Norra hamnen", level=2)
    d.add_paragraph("Dnr MBN 2024/0042")
    d.add_paragraph("Föredragande: Karin Lund")
    d.add_paragraph("Planen möjliggör 200 bostäder.")
    d.add_heading("Beslut", level=3)
    d.add_paragraph("Nämnden antar detaljplanen.")
    d.add_heading("§ 13 Bygglov", level=2)
    d.add_paragraph("Information om bygglov (bilaga 2).")
    d.save(path)
    return path


def make_pdf(path: Path) -> Path:
    """Write a two-page PDF with a running header, page-number footers and a hyphenated line break."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pages = [
        ["Barn- och utbildningsnämnden 2024-05-14", "§ 30 Skolskjuts", "Förvaltningen redovisar hur verksam-",
         "heten med skolskjuts fungerar.", "Beslut", "Nämnden noterar informationen."],
        ["Barn- och utbildningsnämnden 2024-05-14", "§ 31 Elevhälsa", "Rektorn informerar om elevhälsan.",
         "§ 32 Övriga frågor", "Inga övriga frågor."],
    ]
    for n, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.set_xy(15, 10)
        pdf.cell(0, 8, lines[0])
        y = 30
        for line in lines[1:]:
            pdf.set_xy(15, y)
            pdf.cell(0, 8, line)
            y += 9
        pdf.set_xy(15, 280)
        pdf.cell(0, 8, f"Sida {n} av {len(pages)}")
    pdf.output(str(path))
    return path


def make_html(path: Path) -> Path:
    """Write a municipal web page: navigation and scripts around a protocol with entities and escaped tags."""
    path.write_text(
        """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Protokoll</title>
<style>.x{color:red}</style><script>var tracking = "Sammanträdet";</script></head>
<body><header><nav><a href="/">Startsida</a> | <a href="/kontakt">Kontakta kommunen</a></nav></header>
<main>
<h1>Socialn&auml;mnden</h1>
<p>Datum: onsdagen den 8 mars 2023</p>
<table><tr><td>Beslutande</td><td>Sara Lind (S)</td><td>Ordförande</td></tr>
<tr><td></td><td>Per Holm (C)</td><td>Ledamot</td></tr></table>
<h2>§ 5 Information om &lt;b&gt;placeringar&lt;/b&gt;</h2>
<p>Föredragande: <em>Maja Ek</em></p>
<p>Kostnaden f&ouml;r placeringar &amp; familjehem ökar.</p>
<p><b>§ 6 Övriga frågor</b></p><p>Inga frågor.</p>
</main>
<footer>© Kommunen · Cookies</footer></body></html>""",
        encoding="utf-8",
    )
    return path


def cp1252_crlf_bytes() -> bytes:
    """A Windows-1252 protocol with CRLF line endings."""
    text = "\r\n".join(["Kultur- och fritidsnämnden", "2022-11-09", "§ 40 Föreningsbidrag", "Bidragen till föreningar i Åre fördelas.", "§ 41 Öppettider", "Biblioteket ändrar öppettiderna."])
    return text.encode("cp1252")


def truncated_pdf_bytes(tmp: Path) -> bytes:
    """A PDF cut off after its first kilobytes."""
    data = make_pdf(tmp / "full.pdf").read_bytes()
    return data[: len(data) // 3]


def encrypted_pdf(path: Path) -> Path:
    """A PDF that needs a password to open."""
    from pypdf import PdfReader, PdfWriter

    src = make_pdf(path.with_name("plain.pdf"))
    writer = PdfWriter()
    for page in PdfReader(str(src)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="hemligt", owner_password="hemligt")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def write(path: Path, data: bytes | str) -> Path:
    """Write bytes or UTF-8 text to path."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


__all__ = ["make_docx", "make_pdf", "make_html", "cp1252_crlf_bytes", "truncated_pdf_bytes", "encrypted_pdf", "write", "io", "PROTOCOL_LINES"]


@contextmanager
def served(app, threads: int = 4) -> Iterator[str]:
    """Serve a WSGI app with waitress in a thread on a free local port; yield its base URL, then stop it."""
    from waitress.server import create_server

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = create_server(app, host="127.0.0.1", port=port, threads=threads)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        # End the server's loop from its own thread: closing its sockets from here races its select (EBADF there).
        srv.trigger.pull_trigger(srv._map.clear)
        thread.join(timeout=10)
        srv.close()
        srv.trigger.close()
        assert not thread.is_alive(), "the test server did not stop"
