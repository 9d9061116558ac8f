"""Scanned pages: rendered, cleaned (black and white, table rules erased) and read by Tesseract's Swedish model.

Input: a PDF's bytes and the indices of its image-only pages. Output: each page's text, tidied (read/ocrtext.py),
within a time budget per file (`PROTOKOLL_OCR_SECONDS`); `ocr_missing()` says what to install when OCR cannot run.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from .errors import ReadError
from .ocrtext import clean_ocr, consensus_spelling

# OCR time budget per file (Tesseract reads a page in 5-15 s on this 2-core machine: a 40-page scan fits).
OCR_SECONDS = int(os.environ.get("PROTOKOLL_OCR_SECONDS", "600"))
# --psm 4 (one column of rows) keeps a front page's label and value on one line; the median filter removes
# scanner speckle that Tesseract otherwise reads as punctuation. Its window, in pixels at OCR_DPI: measured on
# two noisy 200 dpi scans, 5 px read h11 better but lost the devset scan's header: 3 until both read well.
SPECKLE_PX = int(os.environ.get("PROTOKOLL_OCR_MEDIAN", "3"))
# … and preserve_interword_spaces keeps the gap between a margin label and its text, or between columns, as a run
# of spaces (read/ocrtext.py makes a long run a tab).
OCR_CONFIG = "--psm 4 -c preserve_interword_spaces=1"
# Scans are printed at 200-300 dpi; rendering at 300 dpi gives Tesseract its preferred glyph size.
OCR_DPI = 300
# Never render a page larger than this many pixels (an A0 poster page at 300 dpi would take GBs).
MAX_PIXELS = 40_000_000
OCR_PACKAGES = "tesseract-ocr tesseract-ocr-swe"


def ocr_missing() -> str | None:
    """Say what to install when OCR cannot run here, else None."""
    exe = shutil.which("tesseract")
    if exe is None:
        return f"Tesseract är inte installerat (apt-get install {OCR_PACKAGES})"
    try:
        import pypdfium2  # noqa: F401
        import pytesseract
    except ImportError:
        return "Pythonpaketen pypdfium2 och pytesseract saknas (pip install -e .)"
    try:
        if "swe" not in pytesseract.get_languages(config=""):
            return "Tesseracts svenska modell är inte installerad (apt-get install tesseract-ocr-swe)"
    except Exception as exc:  # tesseract present but broken
        return f"Tesseract går inte att köra ({type(exc).__name__})"
    return None


def ocr_pages(data: bytes, indices: list[int], path: Path | str) -> list[str]:
    """OCR the given pages with Tesseract's Swedish model within the file's time budget."""
    import pypdfium2 as pdfium
    import pytesseract
    from PIL import ImageFilter, ImageOps

    deadline = time.monotonic() + OCR_SECONDS
    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as exc:  # pdfium refuses what pypdf tolerated
        raise ReadError(path, f"PDF:en kan inte renderas för OCR ({type(exc).__name__})") from None
    out = []
    try:
        for n, i in enumerate(indices):
            left = deadline - time.monotonic()
            if left <= 1:
                raise ReadError(path, f"OCR-tiden på {OCR_SECONDS} s tog slut efter {n} av {len(indices)} skannade sidor "
                                      "(höj PROTOKOLL_OCR_SECONDS för att läsa filen)")
            page = pdf[i]
            width, height = page.get_size()
            scale = min(OCR_DPI / 72, (MAX_PIXELS / max(width * height, 1)) ** 0.5)
            image = ImageOps.autocontrast(page.render(scale=scale, grayscale=True).to_pil().convert("L")).filter(ImageFilter.MedianFilter(SPECKLE_PX))
            image = erase_rules(binarize(image))
            try:
                text = pytesseract.image_to_string(image, lang="swe", config=OCR_CONFIG, timeout=left)
            except RuntimeError:  # pytesseract's timeout
                raise ReadError(path, f"OCR-tiden på {OCR_SECONDS} s tog slut på sida {i + 1} "
                                      "(höj PROTOKOLL_OCR_SECONDS för att läsa filen)") from None
            out.append(clean_ocr(text))
    finally:
        pdf.close()
    return consensus_spelling(out)


# Table rules, signature lines and box borders: black runs longer than any stroke of a letter. Tesseract reads a ruled
# grid as noise ("Ledamöter [rat Jnärar"); with the rules erased it reads the cells. In pixels at OCR_DPI: letters
# of 9-12 pt have horizontal strokes under 60 px and vertical ones under 70 px; measured on scans of a ruled
# front page, närvarolista and anslag box, which read whole with the rules erased and as noise without. A page with
# rules under its rows but no column rules is left as it is: erased, Tesseract dropped the table's right columns.
MIN_RULE_WIDTH = 150
MIN_RULE_HEIGHT = 120


def erase_rules(image):
    """Whiten the black runs of a black-and-white scan that are longer than a letter's stroke: table rules."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image)
    black = pixels == 0
    columns = _long_runs(black.T, MIN_RULE_HEIGHT).T
    if not columns.any():  # rules under rows only (no grid): Tesseract reads such rows whole, and worse without them
        return image
    mask = _long_runs(black, MIN_RULE_WIDTH) | columns
    out = pixels.copy()
    out[mask] = 255
    return Image.fromarray(out)


def _long_runs(black, length: int):
    """Return where a row of `black` lies in a run of at least `length` black pixels."""
    import numpy as np

    if black.shape[1] < length:
        return np.zeros_like(black)
    ends = np.pad(np.cumsum(black, axis=1, dtype=np.int32), ((0, 0), (1, 0)))
    full = (ends[:, length:] - ends[:, :-length]) == length  # a window of `length` that is all black starts here
    covered = np.pad(np.cumsum(np.pad(full, ((0, 0), (0, length - 1))), axis=1, dtype=np.int32), ((0, 0), (length, 0)))
    return (covered[:, length:] - covered[:, :-length]) > 0


def binarize(image):
    """Turn a greyscale scan black and white at Otsu's threshold (the grey that best splits ink from paper).

    Measured on the devset's 200 dpi scan with noise and a slight rotation: greyscale gave Tesseract garbled
    titles ("Bö, tpplandling"), a lost dnr and footer; black and white read all of them.
    """
    hist = image.histogram()
    total, weighted = sum(hist), sum(i * h for i, h in enumerate(hist))
    below = below_weighted = 0
    best, best_var = 128, -1.0
    for t, h in enumerate(hist[:255]):
        below += h
        below_weighted += t * h
        if not below or below == total:
            continue
        above = total - below
        spread = below * above * (below_weighted / below - (weighted - below_weighted) / above) ** 2
        if spread > best_var:
            best, best_var = t, spread
    return image.point(lambda v: 255 if v > best else 0)
