"""Highlighter: escaped text, <mark> around the query's words in any form."""
from indexer.highlight import highlight_all, snippet


def test_marks_inflections_and_compounds_as_written():
    out = highlight_all("Våldet och våldsutsatta kvinnor. Vården.", ["våld"])
    assert out == "<mark>Våldet</mark> och <mark>våldsutsatta</mark> kvinnor. Vården."


def test_escapes_everything_else():
    out = highlight_all("<b>våld</b> & <script>alert(1)</script>", ["våld"])
    assert out == "&lt;b&gt;<mark>våld</mark>&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"


def test_prefix():
    assert highlight_all("skolan och skolskjuts", ["skol*"]).count("<mark>") == 2


def test_snippet_picks_the_fragment_with_matches():
    text = "Inledning. " + "Fyllnadstext utan träff. " * 40 + "Här nämns barnahus och våld. " + "Slut. " * 40
    s = snippet(text, ["barnahus", "våld"], size=120)
    assert "<mark>barnahus</mark>" in s and "<mark>våld</mark>" in s
    assert s.startswith("…") and s.endswith("…") and len(s) < 260


def test_snippet_without_match_is_the_start():
    assert snippet("Kort text om budget.", ["nutrition"]) == "Kort text om budget."
