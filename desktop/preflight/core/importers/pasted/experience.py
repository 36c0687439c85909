"""Roles and schools from the Experience and Education sections, anchored on their date lines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from preflight.core.importers.pasted.date_ranges import DateRange, parse_date_range
from preflight.core.importers.pasted.vocabulary import UiVocabulary, fold
from preflight.core.models import Education, Position

_MAX_PLACE = 80


@dataclass
class _Header:
    """Where a role's title and company lines start, and what they say."""

    start: int
    title: str
    company: str
    # True when the role sits in a company group, so the next role may share its company.
    grouped: bool = False
    # The group's total tenure in months, when this header opens a company group.
    tenure_months: int | None = None


@dataclass(frozen=True)
class _Group:
    """A company with several roles: its name and the first month its roles can start in."""

    company: str
    first_month: int

    def holds(self, dates: DateRange) -> bool:
        """True when a role with ``dates`` can sit inside the group's total tenure."""
        return _month_number(dates.start.earliest()) >= self.first_month


def read_positions(lines: list[str], vocab: UiVocabulary, as_of: dt.date) -> list[Position]:
    """Every role in the Experience section, in page order."""
    lines = [vocab.strip_trailing(line) for line in lines if not _is_noise(line, vocab)]
    anchors = [(i, r) for i, line in enumerate(lines) if (r := parse_date_range(line, vocab))]
    headers: list[_Header] = []
    group: _Group | None = None
    for k, (at, dates) in enumerate(anchors):
        floor = anchors[k - 1][0] + 1 if k else 0
        company = group.company if group else ""
        fits = group is not None and group.holds(dates)
        header = _header(lines, at, floor, vocab, group=company, in_group=fits)
        if header.tenure_months is not None:
            # The group's roles fit in its tenure, counted back from the end of its newest role.
            last = dates.end.latest() if dates.end else as_of
            group = _Group(header.company, _month_number(last) - header.tenure_months - 1)
        elif not header.grouped:
            group = None
        headers.append(header)
    positions = []
    for k, (at, dates) in enumerate(anchors):
        end = headers[k + 1].start if k + 1 < len(anchors) else len(lines)
        positions.append(_position(lines[at + 1 : end], headers[k], dates, vocab))
    return positions


def _is_noise(line: str, vocab: UiVocabulary) -> bool:
    return vocab.is_noise(line) or vocab.experience_noise.fullmatch(line) is not None


def _header(
    lines: list[str], at: int, floor: int, vocab: UiVocabulary, *, group: str, in_group: bool
) -> _Header:
    """The title and company above the date line at ``at`` (never above ``floor``).

    ``group`` is the company of the group above, and ``in_group`` says the role's dates fit it.
    """
    j = at - 1
    separate_type = j >= floor and fold(lines[j]) in vocab.employment_types
    if separate_type:
        j -= 1  # "Full-time" on its own line: a role inside a company group
    if j < floor:
        return _Header(at, "", group, grouped=bool(group))
    # A company group: "Company", "3 yrs 2 mos", optionally its location, then the role title.
    for gap in (1, 2):
        tenure = j - gap
        months = vocab.duration_months(lines[tenure]) if tenure - 1 >= floor else None
        if months is not None:
            name = _company(lines[tenure - 1], vocab)
            return _Header(tenure - 1, lines[j], name, grouped=True, tenure_months=months)
    employer = _employment_suffix(lines[j], vocab)
    if employer is not None:
        title = lines[j - 1] if j - 1 >= floor else ""
        return _Header(j - 1 if title else j, title, employer)
    if (group and in_group) or separate_type:
        return _Header(j, lines[j], group, grouped=True)
    if j - 1 >= floor:
        return _Header(j - 1, lines[j - 1], lines[j])
    return _Header(j, lines[j], "")


def _month_number(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _employment_suffix(line: str, vocab: UiVocabulary) -> str | None:
    """The company in "Company · Full-time", else None."""
    company, sep, kind = line.rpartition(" · ")
    if sep and fold(kind) in vocab.employment_types:
        return company.strip()
    return None


def _company(line: str, vocab: UiVocabulary) -> str:
    suffix = _employment_suffix(line, vocab)
    return line if suffix is None else suffix


def _position(body: list[str], header: _Header, dates: DateRange, vocab: UiVocabulary) -> Position:
    location = ""
    if body and _looks_like_place(body[0], vocab):
        location = _place(body[0], vocab)
        body = body[1:]
    return Position(
        title=header.title,
        company=header.company,
        description="\n".join(body),
        location=location,
        start=dates.start,
        end=dates.end,
    )


def _looks_like_place(line: str, vocab: UiVocabulary) -> bool:
    """True for "Valencia, Spain · Hybrid", "Remote" or "Madrid, Comunidad de Madrid, España"."""
    if len(line) > _MAX_PLACE or line.rstrip().endswith("."):
        return False
    parts = [fold(p) for p in re.split(r"\s+·\s+", line)]
    if any(part in vocab.workplace_types for part in parts):
        return True
    pieces = [p.strip() for p in line.split(",")]
    return len(pieces) in {2, 3, 4} and all(0 < len(p.split()) <= 4 for p in pieces)


def _place(line: str, vocab: UiVocabulary) -> str:
    """The place alone, without the workplace type."""
    parts = [p for p in re.split(r"\s+·\s+", line) if fold(p) not in vocab.workplace_types]
    return " · ".join(parts)


def read_education(lines: list[str], vocab: UiVocabulary) -> list[Education]:
    """Every school in the Education section, in page order."""
    lines = _dates_on_their_own_line(
        [vocab.strip_trailing(line) for line in lines if not vocab.is_noise(line)], vocab
    )
    anchors = [
        (i, r) for i, line in enumerate(lines) if (r := parse_date_range(line, vocab, single=True))
    ]
    if not anchors:
        return [_school(lines[:2], None)] if lines else []
    schools = []
    for k, (at, dates) in enumerate(anchors):
        floor = anchors[k - 1][0] + 1 if k else 0
        schools.append(_school(lines[max(floor, at - 2) : at], dates))
    return schools


def _dates_on_their_own_line(lines: list[str], vocab: UiVocabulary) -> list[str]:
    """``lines`` with "B.Tech, Computer Science · 2016 - 2020" split before its dates."""
    split: list[str] = []
    for line in lines:
        head, sep, tail = line.rpartition(" · ")
        if sep and head and parse_date_range(tail, vocab, single=True) is not None:
            split += [head, tail]
        else:
            split.append(line)
    return split


def _school(header: list[str], dates: DateRange | None) -> Education:
    school = header[0] if header else ""
    degree, _, field = (header[1] if len(header) > 1 else "").partition(", ")
    return Education(
        school=school,
        degree=degree.strip(),
        field=field.strip(),
        start=dates.start if dates else None,
        end=dates.end if dates else None,
    )
