"""(h27) The same Kommunstyrelse as h23, printed and scanned: image-only pages (200 dpi, the devset's scanner noise
and skew) of ruled tables — the front page as a two-column grid, the närvarolista with a presence column, the
voting list and the anslag box — which Tesseract reads as noise unless the rules are erased first."""
import common_path  # noqa: F401
import h23_ks
from scanner import print_and_scan

FILE = "h27_lindas_ks_scan.pdf"


def build(out_dir):
    return print_and_scan(h23_ks, FILE, out_dir, seed=2700)
