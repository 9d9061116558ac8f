"""A paragraph's text as the sections the protocol gave it, for the paragraph and protocol pages.

Input: a paragraph's stored text, its decision and the words to highlight. Output: blocks
(`Block(kind, heading, lines)`) in order — the opening text without a heading, then one block per section
heading the reader recognises (Ärendebeskrivning, Yrkanden, Beslut, …) with the heading as the protocol
wrote it and each line escaped HTML with matches in <mark>. Where the decision stands in running text ("X
beslutar att …") rather than under a heading, its lines become a block of kind "decision" without a heading,
so a page can show the decision once, in place.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from indexer.highlight import highlight_all
from indexer.parse.sections import split_sections


@dataclass
class Block:
    kind: str
    heading: str
    lines: list[str] = field(default_factory=list)

    @property
    def is_decision(self) -> bool:
        """Tell whether this block is the meeting's decision."""
        return self.kind == "decision"


def _heading(label: str) -> str:
    """Return a section label as a heading: collapsed spaces, first letter capital."""
    label = " ".join(label.split())
    return label[:1].upper() + label[1:]


def _split_running_decision(sections, decision: str) -> None:
    """Mark the section holding a decision found outside a decision heading, cutting running text where it begins."""
    first = decision.strip().splitlines()[0].strip()
    for i, s in enumerate(sections):
        for j, line in enumerate(s.lines):
            if line.strip() == first and j == 0:  # a whole section ("Kommunstyrelsens förslag till …") adopted
                s.kind = "decision"
                return
            if line.strip() == first:
                rest = type(s)("decision", "", s.lines[j:])
                s.lines = s.lines[:j]
                sections.insert(i + 1, rest)
                return


def text_blocks(text: str, decision: str | None = None, words: list[str] | None = None) -> list[Block]:
    """Split a paragraph's text into headed blocks, each line highlighted."""
    sections = split_sections((text or "").split("\n"))
    if decision and decision.strip() and not any(s.kind == "decision" for s in sections):
        _split_running_decision(sections, decision)
    blocks = []
    for s in sections:
        lines = [highlight_all(line, words or []) for line in s.lines if line.strip()]
        if lines or s.label:
            blocks.append(Block(s.kind, _heading(s.label), lines))
    return blocks
