"""A date as it reads inside a sentence of the output language ("5 de noviembre de 2026")."""

from __future__ import annotations

import datetime as dt

from preflight.core.messages import Messages


def spoken_date(msg: Messages, day: dt.date | None) -> str:
    """``day`` in the catalogue's date format ("" for no date)."""
    if day is None:
        return ""
    months = msg("dates.months").split(",")
    return msg(
        "dates.format",
        iso=day.isoformat(),
        day=day.day,
        month=months[day.month - 1],
        year=day.year,
    )
