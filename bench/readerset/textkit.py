"""Render the devset model's blocks as plain text lines (for txt, markdown and HTML generators)."""
import common_path  # noqa: F401
from common import T, vote_counts


def text_blocks(blocks, vote_style="totals", indent=""):
    """Return plain-text lines for blocks; votes as a totals list or as name lists."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out += ["", indent + T(b[1])]
        elif kind == "p":
            out += [indent + T(b[1])]
        elif kind in ("ul", "ol"):
            out += [indent + (f"{n}. " if kind == "ol" else "- ") + T(x) for n, x in enumerate(b[1], 1)]
        elif kind == "dec":
            out += ["", indent + T(b[1])] + text_blocks(b[2], vote_style, indent)
        elif kind == "vote":
            c = vote_counts(b[1])
            if vote_style == "totals":
                out += [indent + "Omröstningsresultat", indent + f"Ja-röster: {c['ja']}",
                        indent + f"Nej-röster: {c['nej']}", indent + f"Avstår: {c['avstar']}"]
            else:
                for k, label in (("ja", "Ja-röster"), ("nej", "Nej-röster"), ("avstar", "Avstår")):
                    names = [f"{m} ({p})" if p else m for m, p, s, v in b[1] if v == k]
                    out.append(indent + f"{label} ({len(names)}): " + (", ".join(names) if names else "–"))
    return out
