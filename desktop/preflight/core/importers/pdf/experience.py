"""Reads the Experience and Education sections: companies, roles, dates, locations, schools.

The PDF prints each part of a job in its own size and colour: the company largest, then an
optional total tenure ("21 years 3 months"), the title a little smaller, the date range and the
description in the body size, and the location in grey. A date range anchors each role; the
sizes around it say which lines are its title and whether a new company starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from preflight.core.dates import parse_partial_date
from preflight.core.importers.pdf.layout import Line, join_wrapped
from preflight.core.importers.pdf.lexicon import PdfLexicon
from preflight.core.models import Education, PartialDate, Position

# "January 2020 - Present (5 years 6 months)", "abril de 2026 - actualidad (3 meses)", "2009 - 2009"
_RANGE = re.compile(r"(?P<start>[^()]+?)\s+[-–—]\s+(?P<end>[^()]+?)\s*(?:\((?P<length>[^()]*)\))?")
# "PhD, Molecular Neurobiology · (1998 - 2003)": details, a middle dot, dates in brackets.
_DEGREE_DATES = re.compile(r"(?P<details>.*?)\s*·\s*\((?P<dates>[^()]*)\)\s*")
_SAME_SIZE = 0.1
_LIGHTER = 0.2


@dataclass(frozen=True)
class DateRange:
    """The start and end of a role; no end means it is current."""

    start: PartialDate | None
    end: PartialDate | None


def parse_date_range(text: str, lexicon: PdfLexicon) -> DateRange | None:
    """The dates of a role's date line, or None when the line is not one."""
    match = _RANGE.fullmatch(text.strip())
    if match is None:
        return None
    start = parse_partial_date(match["start"])
    if start is None:
        return None
    if lexicon.is_present(match["end"]):
        return DateRange(start, None)
    end = parse_partial_date(match["end"])
    return DateRange(start, end) if end is not None else None


def read_positions(lines: list[Line], lexicon: PdfLexicon) -> list[Position]:
    """Every role under Experience, in the order printed (newest first)."""
    anchors = [
        (i, r) for i, line in enumerate(lines) if (r := parse_date_range(line.text, lexicon))
    ]
    positions: list[Position] = []
    company = ""
    starts = [_role_start(lines, index, lexicon) for index, _ in anchors]
    for number, (index, dates) in enumerate(anchors):
        _block_start, title_start, company_lines = starts[number]
        if company_lines:
            company = _join(company_lines)
        body_end = starts[number + 1][0] if number + 1 < len(anchors) else len(lines)
        location, description = _split_body(lines[index + 1 : body_end], lines[index])
        positions.append(
            Position(
                title=_join(lines[title_start:index]),
                company=company,
                description=description,
                location=location,
                start=dates.start,
                end=dates.end,
            )
        )
    return positions


def _role_start(lines: list[Line], index: int, lexicon: PdfLexicon) -> tuple[int, int, list[Line]]:
    """Where a role's block begins, where its title begins, and a new company's lines if any."""
    date_size = lines[index].size
    title_start = index
    while (
        title_start > 0
        and lines[title_start - 1].size > date_size + _SAME_SIZE
        and abs(lines[title_start - 1].size - lines[index - 1].size) < _SAME_SIZE
    ):
        title_start -= 1
    if title_start == index:  # no title printed larger than the dates
        return index, index, []
    title_size = lines[title_start].size
    cursor = title_start
    if cursor > 0 and lexicon.is_duration(lines[cursor - 1].text):
        cursor -= 1  # the company's total tenure
    company_end = cursor
    while cursor > 0 and lines[cursor - 1].size > title_size + _SAME_SIZE:
        cursor -= 1
    if cursor == company_end:
        return title_start, title_start, []
    return cursor, title_start, lines[cursor:company_end]


def _split_body(body: list[Line], date_line: Line) -> tuple[str, str]:
    """The location (grey lines right under the dates) and the description after it."""
    location_end = 0
    while location_end < len(body) and body[location_end].shade > date_line.shade + _LIGHTER:
        location_end += 1
    location = _join(body[:location_end])
    return location, join_wrapped(body[location_end:])


def read_education(lines: list[Line]) -> list[Education]:
    """Every school under Education: name, degree, field and years."""
    if not lines:
        return []
    detail_size = min(line.size for line in lines)
    entries: list[tuple[list[Line], list[Line]]] = []
    for line in lines:
        is_school = line.size > detail_size + _SAME_SIZE
        if is_school and (not entries or entries[-1][1]):
            entries.append(([line], []))
        elif is_school:
            entries[-1][0].append(line)
        elif entries:
            entries[-1][1].append(line)
        else:
            entries.append(([], [line]))
    return [_education(_join(school), _join(details)) for school, details in entries]


def _education(school: str, details: str) -> Education:
    start = end = None
    match = _DEGREE_DATES.fullmatch(details)
    if match:
        details = match["details"]
        years = [part.strip() for part in re.split(r"\s+[-–—]\s+", match["dates"])]
        start = parse_partial_date(years[0]) if years else None
        end = parse_partial_date(years[1]) if len(years) > 1 else None
    degree, _, field = details.partition(", ")
    return Education(
        school=school, degree=degree.strip(), field=field.strip(), start=start, end=end
    )


def _join(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines).strip()
