"""Export rows to the parts of a Profile: identity, positions, skills, schools, posts, photo."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from preflight.core.dates import parse_partial_date, parse_timestamp
from preflight.core.importers.export.table import Table
from preflight.core.importers.export.text import clean_post_text, clean_text
from preflight.core.models import Education, PartialDate, PhotoEvidence, Position, Post
from preflight.core.notices import Notice, notice

# "You uploaded a profile photo on April 30, 2025 at 4:49 PM (GMT)" (Rich_Media.csv, late 2024+).
_PROFILE_PHOTO_ROW = re.compile(r"^\s*you uploaded a profile photo on (?P<when>.+)$", re.IGNORECASE)


_DATE_WARNINGS = 3


@dataclass
class Identity:
    """The one row of Profile.csv."""

    name: str
    headline: str
    summary: str
    location: str
    industry: str


def identity(table: Table) -> Identity | None:
    """The member's name, headline, About, location and industry; None when there is no row."""
    if not table.rows:
        return None
    row = table.rows[0]
    first = clean_text(table.cell(row, "First Name"))
    last = clean_text(table.cell(row, "Last Name"))
    location = clean_text(table.cell(row, "Geo Location")) or clean_text(table.cell(row, "Country"))
    return Identity(
        name=" ".join(part for part in (first, last) if part),
        headline=clean_text(table.cell(row, "Headline")),
        summary=clean_text(table.cell(row, "Summary")),
        location=location,
        industry=clean_text(table.cell(row, "Industry")),
    )


def summary_file_text(table: Table) -> str:
    """The text of Profile Summary.csv ('' when it holds only its header, as in real samples)."""
    lines = [clean_text(table.cell(row, "Profile Summary")) for row in table.rows]
    return "\n".join(line for line in lines if line)


def positions(table: Table, label: str, warnings: list[Notice]) -> list[Position]:
    """Jobs, newest start first; an empty 'Finished On' means the job is current."""
    result: list[Position] = []
    bad: list[Notice] = []
    for number, row in enumerate(table.rows, start=1):
        where: dict[str, str | int] = {"file": label, "number": number}
        result.append(
            Position(
                title=clean_text(table.cell(row, "Title")),
                company=clean_text(table.cell(row, "Company Name")),
                description=clean_text(table.cell(row, "Description")),
                location=clean_text(table.cell(row, "Location")),
                start=_date(
                    table.cell(row, "Started On"), "export.bad_date.position_start", where, bad
                ),
                end=_date(
                    table.cell(row, "Finished On"), "export.bad_date.position_end", where, bad
                ),
            )
        )
    _report_dates(bad, label, warnings)
    return sorted(result, key=lambda p: _sort_key(p.start), reverse=True)


def skills(table: Table) -> list[str]:
    """Skill names in profile order, without blanks or repeats."""
    seen: set[str] = set()
    result: list[str] = []
    for row in table.rows:
        name = clean_text(table.cell(row, "Name"))
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def education(table: Table, label: str, warnings: list[Notice]) -> list[Education]:
    """Schools with degree and dates."""
    result: list[Education] = []
    bad: list[Notice] = []
    for number, row in enumerate(table.rows, start=1):
        where: dict[str, str | int] = {"file": label, "number": number}
        result.append(
            Education(
                school=clean_text(table.cell(row, "School Name")),
                degree=clean_text(table.cell(row, "Degree Name")),
                start=_date(
                    table.cell(row, "Start Date"), "export.bad_date.school_start", where, bad
                ),
                end=_date(table.cell(row, "End Date"), "export.bad_date.school_end", where, bad),
            )
        )
    _report_dates(bad, label, warnings)
    return result


def posts(table: Table, label: str, warnings: list[Notice]) -> list[Post]:
    """The member's shares, newest first (2018: 'Share Commentary'; 2024+: 'ShareCommentary').

    A row with no commentary is a repost of someone else's post: kept as activity, marked so it
    never counts as a post of the member's own.
    """
    result: list[Post] = []
    undated = 0
    for row in table.rows:
        raw_date = table.cell(row, "Date").strip()
        stamp = parse_timestamp(raw_date) if raw_date else None
        text = clean_post_text(table.cell(row, "ShareCommentary"))
        if stamp is None:
            undated += 1
        result.append(
            Post(
                date=stamp.date() if stamp else None,
                text=text,
                link=table.cell(row, "ShareLink").strip(),
                repost=not text.strip(),
            )
        )
    if undated == 1:
        warnings.append(notice("export.undated_post", file=label))
    elif undated:
        warnings.append(notice("export.undated_posts", file=label, count=undated))
    return sorted(result, key=lambda post: post.date or dt.date.min, reverse=True)


def profile_photo(table: Table) -> PhotoEvidence | None:
    """Evidence of a profile photo from the newest 'You uploaded a profile photo on …' row."""
    newest: PhotoEvidence | None = None
    for row in table.rows:
        first_cell = table.cell(row, "Date/Time") or (row[0] if row else "")
        match = _PROFILE_PHOTO_ROW.match(first_cell)
        if match is None:
            continue
        when = parse_partial_date(match["when"])
        date = when.earliest() if when is not None and when.day is not None else None
        evidence = PhotoEvidence(kind="export-row", date=date)
        if newest is None or (date is not None and (newest.date is None or date > newest.date)):
            newest = evidence
    return newest


def _date(
    text: str, key: str, where: dict[str, str | int], bad: list[Notice]
) -> PartialDate | None:
    """The date in ``text``; None, noting ``key`` in ``bad``, when unreadable."""
    text = text.strip()
    if not text:
        return None
    parsed = parse_partial_date(text)
    if parsed is None:
        bad.append(notice(key, date=text[:40], **where))
    return parsed


def _report_dates(bad: list[Notice], label: str, warnings: list[Notice]) -> None:
    """The first few unreadable dates in full, the rest as a count."""
    warnings.extend(bad[:_DATE_WARNINGS])
    if len(bad) > _DATE_WARNINGS:
        warnings.append(notice("export.more_dates", file=label, count=len(bad) - _DATE_WARNINGS))


def _sort_key(date: PartialDate | None) -> dt.date:
    return date.earliest() if date is not None else dt.date.min
