"""(h20) The same Miljö- och byggnadsnämnd as h18, printed and scanned: image-only pages (200 dpi, the devset's
scanner noise and skew), so the labels in the wide left margin, the members side by side and the signatures
under their rules reach the reader only through OCR."""
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import common_path  # noqa: F401

sys.path.insert(0, str(Path(common_path.TOOLS) / "docs"))
import d06_scan  # noqa: E402  (the devset's scanner noise)
import h18_mbn  # noqa: E402

FILE = "h20_tallberg_mbn_scan.pdf"


def build(out_dir):
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        proto = h18_mbn.build(Path(tmp))
        pdf = pdfium.PdfDocument(str(Path(tmp) / h18_mbn.FILE))
        images = []
        for n in range(len(pdf)):
            page = pdf[n].render(scale=d06_scan.DPI / 72, grayscale=True).to_pil().convert("L")
            images.append(d06_scan._scanify(page.resize((d06_scan.W, d06_scan.HGT)), seed=2500 + n))
        pdf.close()
    images[0].save(out_dir / FILE, "PDF", resolution=d06_scan.DPI, save_all=True, append_images=images[1:],
                   producer="KM_C364e scanner")
    return replace(proto, file=FILE)
