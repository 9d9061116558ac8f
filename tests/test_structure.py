"""A paragraph's text as headed blocks (webui/structure.py): one row per way a protocol marks its sections."""
import pytest

from webui.structure import text_blocks

CASES = [
    # (trait, text, decision, expected [(kind, heading, number of lines)])
    ("plain text has one unheaded block",
     "Nämnden informeras om läget.", None, [("text", "", 1)]),
    ("headings on their own lines",
     "Ärendebeskrivning\nSkolan behöver nya lokaler.\nYrkanden\nAnna Berg (S) yrkar bifall.\nBeslut\nNämnden godkänner förslaget.",
     "Nämnden godkänner förslaget.",
     [("text", "", 0), ("description", "Ärendebeskrivning", 1), ("motions", "Yrkanden", 1), ("decision", "Beslut", 1)]),
    ("a heading with its text after a colon",
     "Beslut: Att godkänna redovisningen.", "Att godkänna redovisningen.", [("decision", "Beslut", 1)]),
    ("Markdown headings",
     "## Bakgrund\nText om bakgrunden.\n## Beslut\nNätverket noterar informationen.",
     "Nätverket noterar informationen.", [("description", "Bakgrund", 1), ("decision", "Beslut", 1)]),
    ("the decision in running text becomes its own block",
     "Förvaltningen har utrett frågan.\nSocialnämnden beslutar att anta planen.\nPlanen gäller från 1 maj.",
     "Socialnämnden beslutar att anta planen.\nPlanen gäller från 1 maj.",
     [("text", "", 1), ("decision", "", 2)]),
    ("the body's own proposal to a higher body is the decision, heading kept",
     "Kommunstyrelsens förslag till kommunfullmäktige\nKommunfullmäktige antar budgeten.\nÄrendebeskrivning\nBudgeten har beretts.",
     "Kommunfullmäktige antar budgeten.",
     [("decision", "Kommunstyrelsens förslag till kommunfullmäktige", 1), ("description", "Ärendebeskrivning", 1)]),
    ("a long sentence opening with a label word is text, not a heading",
     "Beslut om bygglov för ett nytt garage på fastigheten Eken 4 har överklagats till länsstyrelsen.", None,
     [("text", "", 1)]),
]


@pytest.mark.parametrize("trait,text,decision,expected", CASES, ids=[c[0] for c in CASES])
def test_blocks(trait, text, decision, expected):
    blocks = text_blocks(text, decision)
    got = [(b.kind, b.heading, len(b.lines)) for b in blocks if b.heading or b.lines]
    assert got == [e for e in expected if e[1] or e[2]]
    assert sum(b.is_decision for b in blocks) == (1 if decision else 0)


def test_lines_are_escaped_and_highlighted():
    blocks = text_blocks("Beslut\nAvgiften <höjs> för våldsutsatta.", "Avgiften <höjs> för våldsutsatta.", ["våld"])
    assert blocks[-1].lines == ["Avgiften &lt;höjs&gt; för <mark>våldsutsatta</mark>."]
