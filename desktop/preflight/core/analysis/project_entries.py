"""A participation phrase under a heading that lists projects names a project, not a duty."""

from __future__ import annotations

from spacy.tokens import Span

from preflight.core.analysis.vertical_lists import BULLETS

# How many lines above an entry its heading may stand: the entries of one list before it.
_HEADING_REACH = 12


def lists_a_project(span: Span, participation: frozenset[str], headings: frozenset[str]) -> bool:
    """True for a duty phrase that says the member took part ("Participé en", "Participated in")
    in an entry of a list headed by projects or achievements ("Algunos proyectos en los que he
    participado:", "Projects I took part in:"), or right after such a heading on its line; not
    under "Funciones:" nor in a sentence of its own."""
    if span[0].lower_ not in participation:
        return False
    text = span.doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    before = text[line_start : span.start_char]
    if ":" in before:
        return _names_projects(before[: before.rindex(":")], headings)
    marks = " \t*0123456789.)" + "".join(BULLETS)  # "- ", "• ", "1. "
    if before.strip(marks):
        return False  # the phrase does not open its entry
    return _heading_above(text[:line_start], headings, bulleted=bool(before.strip()), marks=marks)


def _heading_above(text: str, headings: frozenset[str], *, bulleted: bool, marks: str) -> bool:
    """Whether the heading above an entry names projects: the first line that is no bulleted
    entry (blank lines passed over) for a bulleted entry, the line right above for another."""
    for line in reversed(text.splitlines()[-_HEADING_REACH:]):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.endswith(":"):
            return _names_projects(stripped[:-1], headings)
        if not (bulleted and stripped[0] in marks):
            return False  # a sentence between the entry and any heading
    return False


def _names_projects(heading: str, headings: frozenset[str]) -> bool:
    """Whether a heading holds a word for projects or achievements."""
    words = "".join(ch.lower() if ch.isalpha() else " " for ch in heading).split()
    return any(w in headings for w in words)
