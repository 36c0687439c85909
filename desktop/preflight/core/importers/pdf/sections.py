"""Cuts each column at its headings ("Top Skills", "Experience", "Extracto", ...) into sections."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from preflight.core.importers.pdf.layout import Line
from preflight.core.importers.pdf.lexicon import PdfLexicon
from preflight.core.models import Language

# A heading is printed clearly larger than the text of its column.
_HEADING_SCALE = 1.12
# Sidebar lines closer than this many font sizes wrap one item; wider gaps start the next item.
_ITEM_GAP = 1.45


@dataclass
class Sections:
    """The lines before the first heading of a column, and the lines under each heading."""

    header: list[Line]
    by_kind: dict[str, list[Line]] = field(default_factory=dict)
    # Interface languages whose heading words were seen, most headings first.
    languages: list[Language] = field(default_factory=list)


@dataclass(frozen=True)
class Header:
    """The top of the main column: name, headline and location."""

    name: str
    headline: str
    location: str


def split_sections(lines: list[Line], lexicon: PdfLexicon) -> Sections:
    """The column's lines grouped under the headings the lexicon knows.

    A heading is a known word printed clearly larger than the column's running text, and as large
    as the column's other headings, so a company called "Experience" (printed smaller) stays text.
    """
    body_size = _body_size(lines)
    candidates = {
        id(line): heading
        for line in lines
        if line.size >= body_size * _HEADING_SCALE and (heading := lexicon.heading(line.text))
    }
    heading_size = max((line.size for line in lines if id(line) in candidates), default=0.0)
    sections = Sections(header=[])
    current = sections.header
    seen: Counter[Language] = Counter()
    for line in lines:
        heading = candidates.get(id(line)) if line.size >= heading_size - 0.5 else None
        if heading is None:
            current.append(line)
            continue
        kind, language = heading
        seen[language] += 1
        # A repeated heading (rare) continues the first section of that kind.
        current = sections.by_kind.setdefault(kind, [])
    sections.languages = [language for language, _ in seen.most_common()]
    return sections


def _body_size(lines: list[Line]) -> float:
    """The most common font size of the column: the size of its running text."""
    if not lines:
        return 0.0
    counts = Counter(round(line.size, 1) for line in lines)
    return counts.most_common(1)[0][0]


def read_header(lines: list[Line]) -> Header:
    """Name (the largest text), headline (may wrap) and location (the lighter line under it)."""
    if not lines:
        return Header("", "", "")
    largest = max(line.size for line in lines)
    name_lines = [line for line in lines if line.size >= largest - 0.1]
    rest = [line for line in lines if line.size < largest - 0.1]
    if not rest:
        return Header(_text(name_lines), "", "")
    darkest = min(line.shade for line in rest)
    lighter = [line for line in rest if line.shade > darkest + 0.2]
    if lighter:
        headline = [line for line in rest if line not in lighter]
        location = lighter
    else:
        # No colour difference to go by: LinkedIn prints the location as the last header line.
        headline, location = rest[:-1], rest[-1:]
    return Header(_text(name_lines), _text(headline), _text(location))


def sidebar_items(lines: list[Line]) -> list[str]:
    """The entries of a sidebar section, each long entry's wrapped lines joined."""
    items: list[list[Line]] = []
    for line in lines:
        wraps = line.gap is not None and line.gap < _ITEM_GAP * line.size
        if items and wraps:
            items[-1].append(line)
        else:
            items.append([line])
    return [_text(item) for item in items]


def _text(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines).strip()
