"""(h20) The same Miljö- och byggnadsnämnd as h18, printed and scanned: image-only pages (200 dpi, the devset's
scanner noise and skew), so the labels in the wide left margin, the members side by side and the signatures
under their rules reach the reader only through OCR."""
import common_path  # noqa: F401
import h18_mbn
from scanner import print_and_scan

FILE = "h20_tallberg_mbn_scan.pdf"


def build(out_dir):
    return print_and_scan(h18_mbn, FILE, out_dir, seed=2500)
