"""Post ages as the Activity section shows them ("1w", "3mo", "hace 2 días") turned into dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from preflight.core.importers.pasted.vocabulary import UiVocabulary, fold

_SECONDS = {"second": 1, "minute": 60, "hour": 3600}


def parse_post_age(line: str, as_of: dt.date, vocab: UiVocabulary) -> dt.date | None:
    """The day a post aged ``line`` ("3mo •", "1 sem • Editado •") was made, back from ``as_of``."""
    head, *rest = re.split(r"\s*[•·]\s*", line.strip())
    if any(part and fold(part) not in vocab.edited for part in rest):
        return None
    match = vocab.age_pattern.fullmatch(fold(head))
    if match is None:
        return None
    if match["now"]:
        return as_of
    count = 1 if fold(match["n"]) in vocab.age_one else int(match["n"])
    return date_before(as_of, count, vocab.age_units[match["unit"]])


def date_before(as_of: dt.date, count: int, unit: str) -> dt.date | None:
    """``as_of`` minus ``count`` units ("day", "week", "month", …), or None when out of range."""
    try:
        if unit in _SECONDS:
            return as_of - dt.timedelta(days=count * _SECONDS[unit] // 86400)
        if unit == "day":
            return as_of - dt.timedelta(days=count)
        if unit == "week":
            return as_of - dt.timedelta(weeks=count)
        if unit == "month":
            return _months_before(as_of, count)
        if unit == "year":
            return _months_before(as_of, 12 * count)
    except (OverflowError, ValueError):
        return None
    return None


def _months_before(as_of: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day when it is shorter)."""
    index = as_of.year * 12 + (as_of.month - 1) - months
    year, month = divmod(index, 12)
    day = min(as_of.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)
