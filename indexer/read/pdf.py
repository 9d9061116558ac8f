"""PDF: the text layer through pypdf, and OCR (read/ocr.py) for pages that are only images.

Input: the file's bytes. Output: a Document with pages separated by `\f`, running headers/footers moved to
`header`, hyphenation rejoined. Image-only pages go to Tesseract within a time budget per file; without Tesseract a
scanned PDF is refused with the Debian packages to install. Encrypted, damaged, huge or endless PDFs are refused with
the reason.
"""
from __future__ import annotations

import io
import logging
import time
from pathlib import Path

from .errors import ReadError
from .ocr import ocr_missing, ocr_pages
from .pages import reflow, strip_running_lines
from .pdftables import layout_lines, with_cell_gaps, with_vote_columns

# A protocol runs to tens of pages; a PDF beyond this many pages is not one (or is hostile).
MAX_PAGES = 3000
# Reading the text layer of a sane PDF takes well under a second per page; the whole file gets this long.
TEXT_SECONDS = 120
# A page with fewer characters than this in its text layer but an image on it is treated as scanned.
MIN_TEXT_CHARS = 20


def read_pdf(data: bytes, path: Path | str):
    """Read a PDF's pages, OCR-ing the image-only ones."""
    from . import Document
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    started = time.monotonic()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ReadError(path, "krypterad PDF (lösenord krävs)")
            except ReadError:
                raise
            except Exception:
                raise ReadError(path, "krypterad PDF (kan inte dekrypteras)") from None
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise ReadError(path, f"PDF:en har {count} sidor (gränsen är {MAX_PAGES}): inget protokoll")
        texts, scanned = [], []
        for i, page in enumerate(reader.pages):
            if time.monotonic() - started > TEXT_SECONDS:
                raise ReadError(path, f"PDF:ens textlager lästes inte inom {TEXT_SECONDS} s (sida {i + 1} av {count})")
            layout = layout_lines(page)
            text = with_cell_gaps(layout, with_vote_columns(layout, page.extract_text() or ""))
            texts.append(text)
            if len(text.strip()) < MIN_TEXT_CHARS and _has_image(page):
                scanned.append(i)
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise ReadError(path, f"skadad eller avkortad PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pypdf surfaces assorted errors on broken streams
        raise ReadError(path, f"skadad PDF ({type(exc).__name__})") from None
    warnings: list[str] = []
    fmt = "pdf"
    if scanned:
        missing = ocr_missing()
        if missing and not any(t.strip() for t in texts):
            raise ReadError(path, f"skannad PDF (utan textlager) kräver OCR: {missing}")
        if missing:
            warnings.append(f"{len(scanned)} sidor med bara bild lästes inte: {missing}")
        else:
            for i, text in zip(scanned, ocr_pages(data, scanned, path)):
                texts[i] = text
            fmt = "pdf+ocr" if len(scanned) < count else "ocr"
            warnings.append(f"{len(scanned)} sidor lästa med OCR")
    if not any(t.strip() for t in texts):
        raise ReadError(path, "PDF:en har ingen text (tomma sidor)")
    pages = [[ln.strip() for ln in t.split("\n")] for t in texts]
    body, header = strip_running_lines(pages, ocr=fmt != "pdf")
    text = "\n\f\n".join("\n".join(reflow(p)) for p in body)
    return Document(text, fmt, warnings, header=header, pages=count)


def _has_image(page) -> bool:
    try:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        return any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    except Exception:  # a damaged resource dictionary: treat as no image
        return False
