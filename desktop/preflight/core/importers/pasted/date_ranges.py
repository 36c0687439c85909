"""Date lines under a role or school: "Jan 2022 - Present · 2 yrs 11 mos", "2015 - 2017"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from preflight.core.dates import parse_partial_date
from preflight.core.importers.pasted.vocabulary import UiVocabulary
from preflight.core.models import PartialDate

# "Jan 2022 - Present", "2015–2017", "2015-2017" (a hyphen between years needs no spaces).
_DASH = re.compile(r"\s+-\s+|\s*[–—]\s*|(?<=\d)-(?=\d{4}\b)")
# Longer than any date line LinkedIn writes; saves parsing paragraphs.
_MAX_DATE_LINE = 80


@dataclass(frozen=True)
class DateRange:
    """A start and end as the page shows them; ``end`` is None for a role still held."""

    start: PartialDate
    end: PartialDate | None


def parse_date_range(line: str, vocab: UiVocabulary, *, single: bool = False) -> DateRange | None:
    """The range on a date line, else None; ``single`` also accepts a lone date ("2017")."""
    if len(line) > _MAX_DATE_LINE:
        return None
    dates, _, tenure = line.partition(" · ")
    if tenure and not vocab.is_duration(tenure):
        return None
    parts = [p.strip() for p in _DASH.split(dates.strip())]
    if len(parts) == 2 and parts[0] and parts[1]:
        start = parse_partial_date(parts[0])
        if start is None:
            return None
        if vocab.is_present(parts[1]):
            return DateRange(start, None)
        end = parse_partial_date(parts[1])
        return DateRange(start, end) if end is not None else None
    if len(parts) == 1 and (single or tenure):
        # "Mar 2020 · 1 mo": a role that began and ended in the same month.
        only = parse_partial_date(parts[0])
        return DateRange(only, only) if only is not None else None
    return None
