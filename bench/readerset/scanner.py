"""Print and scan a held-out probe: render its PDF and give each page the devset's scanner noise and skew.

Input: a probe module (with FILE and build), the scan's file name and a seed. Output: the image-only PDF in the out
folder and the probe's Protocol under the scan's file name.
"""
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import common_path  # noqa: F401

sys.path.insert(0, str(Path(common_path.TOOLS) / "docs"))
import d06_scan  # noqa: E402  (the devset's scanner noise)


def print_and_scan(probe, file, out_dir, seed):
    """Build `probe` in a temporary folder, scan its pages to `out_dir / file` and return its Protocol."""
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        proto = probe.build(Path(tmp))
        pdf = pdfium.PdfDocument(str(Path(tmp) / probe.FILE))
        images = []
        for n in range(len(pdf)):
            page = pdf[n].render(scale=d06_scan.DPI / 72, grayscale=True).to_pil().convert("L")
            images.append(d06_scan._scanify(page.resize((d06_scan.W, d06_scan.HGT)), seed=seed + n))
        pdf.close()
    images[0].save(out_dir / file, "PDF", resolution=d06_scan.DPI, save_all=True, append_images=images[1:],
                   producer="KM_C364e scanner")
    return replace(proto, file=file)
