"""Turns positioned text runs into the two columns of lines a LinkedIn PDF prints, minus footers."""

from __future__ import annotations

from dataclasses import dataclass

from preflight.core.importers.pdf.lexicon import PdfLexicon

# Runs whose baselines differ by less than this (in points) sit on the same printed line.
_SAME_LINE = 2.0
# A gap wider than this share of the font size between two runs is a space.
_SPACE_GAP = 0.2


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text as the PDF library found it, with its position and look."""

    text: str
    page: int
    x0: float
    x1: float
    baseline: float  # distance from the top of the page, growing downwards
    size: float
    shade: float  # fill colour brightness: 0 black, 1 white


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line of one column."""

    text: str
    page: int
    baseline: float
    size: float
    shade: float
    # Distance from the previous line's baseline in the same column; None at the top of a page.
    gap: float | None


@dataclass(frozen=True, slots=True)
class Columns:
    """The sidebar (contact, top skills, ...) and the main column (name, summary, jobs, ...)."""

    sidebar: list[Line]
    main: list[Line]


def split_columns(spans: list[Span], lexicon: PdfLexicon) -> Columns:
    """Lines of each column in reading order, page footers dropped.

    The main column starts where the name (the largest text on the first page) starts; anything
    printed left of it belongs to the sidebar. Reading order inside a column comes from positions,
    not from the order the PDF stores its text in.
    """
    spans = [s for s in spans if s.text.strip()]
    if not spans:
        return Columns(sidebar=[], main=[])
    first_page = min(s.page for s in spans)
    name = max((s for s in spans if s.page == first_page), key=lambda s: s.size)
    split_x = name.x0 - 10.0
    sidebar = [s for s in spans if s.x0 < split_x]
    main = [s for s in spans if s.x0 >= split_x]
    return Columns(sidebar=_lines(sidebar, lexicon), main=_lines(main, lexicon))


def _lines(spans: list[Span], lexicon: PdfLexicon) -> list[Line]:
    ordered = sorted(spans, key=lambda s: (s.page, s.baseline, s.x0))
    groups: list[list[Span]] = []
    for span in ordered:
        last = groups[-1] if groups else None
        if (
            last
            and last[0].page == span.page
            and abs(span.baseline - last[0].baseline) < _SAME_LINE
        ):
            last.append(span)
        else:
            groups.append([span])
    lines: list[Line] = []
    for group in groups:
        text = _join_runs(sorted(group, key=lambda s: s.x0))
        if not text or lexicon.is_footer(text):
            continue
        first = group[0]
        previous = lines[-1] if lines else None
        gap = (
            first.baseline - previous.baseline if previous and previous.page == first.page else None
        )
        size = max(s.size for s in group)
        lines.append(Line(text, first.page, first.baseline, size, first.shade, gap))
    return lines


def _join_runs(runs: list[Span]) -> str:
    """The runs of one line as text, with a space wherever the runs leave a gap."""
    text = ""
    previous: Span | None = None
    for run in runs:
        piece = run.text.replace("\xa0", " ")
        if previous is not None and run.x0 - previous.x1 > _SPACE_GAP * run.size:
            text += " "
        text += piece
        previous = run
    return " ".join(text.split())


def join_wrapped(lines: list[Line]) -> str:
    """The text of lines that wrap one paragraph, each paragraph on its own line.

    A line that ends in a hyphen after a letter was broken inside a word ("single-" / "cell"), so
    the next line follows it with no space. A gap over about two lines' height starts a paragraph.
    """
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        new_paragraph = line.gap is not None and line.gap > 2.4 * line.size
        if not current:
            current = line.text
        elif new_paragraph:
            paragraphs.append(current)
            current = line.text
        elif current.endswith("-") and len(current) > 1 and current[-2].isalpha():
            current += line.text
        else:
            current += " " + line.text
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)
