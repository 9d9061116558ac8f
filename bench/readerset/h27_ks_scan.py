"""(h27) The same Kommunstyrelse as h23, printed and scanned: image-only pages (200 dpi, the devset's scanner noise
and skew) of ruled tables — the front page as a two-column grid, the närvarolista with a presence column, the
voting list and the anslag box — which Tesseract reads as noise unless the rules are erased first."""
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import common_path  # noqa: F401

sys.path.insert(0, str(Path(common_path.TOOLS) / "docs"))
import d06_scan  # noqa: E402  (the devset's scanner noise)
import h23_ks  # noqa: E402

FILE = "h27_lindas_ks_scan.pdf"


def build(out_dir):
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        proto = h23_ks.build(Path(tmp))
        pdf = pdfium.PdfDocument(str(Path(tmp) / h23_ks.FILE))
        images = []
        for n in range(len(pdf)):
            page = pdf[n].render(scale=d06_scan.DPI / 72, grayscale=True).to_pil().convert("L")
            images.append(d06_scan._scanify(page.resize((d06_scan.W, d06_scan.HGT)), seed=2700 + n))
        pdf.close()
    images[0].save(out_dir / FILE, "PDF", resolution=d06_scan.DPI, save_all=True, append_images=images[1:],
                   producer="KM_C364e scanner")
    return replace(proto, file=FILE)
