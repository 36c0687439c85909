"""Dates as LinkedIn writes them: "Nov 2022", "2017/06/08 08:15:44 UTC", "abril de 2026"."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache

from preflight.core.models import PartialDate
from preflight.core.resources import resource

# 2024-02-19, 2017/06/08, 2023-07, with an optional time and zone after it.
_ISO = re.compile(
    r"(?P<y>\d{4})[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2}))?"
    r"(?:[ t](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<zone>utc|gmt|z|[+-]\d{2}:?\d{2})?"
)
# 6/17/23, 6:18 am  and  10/25/17  (LinkedIn's US month/day/year in a few export files).
_US = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})(?P<rest>.*)")
# A clock time, with optional seconds and am/pm, anywhere in a worded date.
_CLOCK = re.compile(
    r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<half>am|pm|a\.m\.|p\.m\.)?"
)
_WORD = re.compile(r"[a-z]+|\d+")


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    filler: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    data = tomllib.loads(resource("lexicons", "months.toml").read_text(encoding="utf-8"))
    months: dict[str, int] = {}
    for language in ("en", "es"):
        for name, number in data[language].items():
            months[_fold(name)] = int(number)
    filler = frozenset(_fold(word) for word in data["filler"]["words"])
    return _Lexicon(months=months, filler=filler)


def _fold(text: str) -> str:
    """Lower-case without accents, so "Miércoles" and "miercoles" compare equal."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class _Parsed:
    year: int
    month: int | None
    day: int | None
    time: dt.time | None


def parse_partial_date(text: str) -> PartialDate | None:
    """The date in ``text`` at the precision it gives (year, month or day), else None."""
    parsed = _parse(text)
    if parsed is None:
        return None
    return PartialDate(year=parsed.year, month=parsed.month, day=parsed.day)


def parse_timestamp(text: str) -> dt.datetime | None:
    """A point in time from ``text`` (a day, optionally with a clock time), in UTC.

    LinkedIn writes export times in UTC, with or without saying so, so a time with no zone is taken
    as UTC. A value with less than a day's precision ("Nov 2022") is not a timestamp: None.
    """
    parsed = _parse(text)
    if parsed is None or parsed.day is None or parsed.month is None:
        return None
    clock = parsed.time or dt.time()
    day = dt.date(parsed.year, parsed.month, parsed.day)
    return dt.datetime.combine(day, clock, tzinfo=dt.UTC)


def _parse(text: str) -> _Parsed | None:
    cleaned = _fold(text or "").strip().strip(",").strip()
    if not cleaned or len(cleaned) > 80:
        return None
    for parser in (_parse_iso, _parse_us, _parse_words):
        try:
            result = parser(cleaned)
        except ValueError:  # 31 February, hour 25 and the like
            return None
        if result is not None:
            return result
    return None


def _parse_iso(text: str) -> _Parsed | None:
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    clock = _make_time(match["H"], match["M"], match["S"], None)
    parsed = _make_date(match["y"], match["m"], match["d"], clock)
    zone = match["zone"] or ""
    if zone[:1] in {"+", "-"} and clock is not None and parsed.day is not None:
        # A real offset: move the time to UTC so every timestamp means the same clock.
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        day = dt.date(parsed.year, parsed.month or 1, parsed.day)
        local = dt.datetime.combine(day, clock, tzinfo=dt.timezone(sign * offset))
        moment = local.astimezone(dt.UTC)
        return _Parsed(moment.year, moment.month, moment.day, moment.time())
    return parsed


def _parse_us(text: str) -> _Parsed | None:
    match = _US.fullmatch(text)
    if match is None:
        return None
    rest = match["rest"].strip(" ,")
    clock = None
    if rest:
        clock_match = _CLOCK.match(rest)
        tail = rest[clock_match.end() :].strip() if clock_match else rest
        if clock_match is None or tail not in {"", "utc", "gmt"}:
            return None
        clock = _clock_of(clock_match)
    year = int(match["y"])
    year = year + 2000 if year < 100 else year
    return _make_date(str(year), match["m"], match["d"], clock)


def _parse_words(text: str) -> _Parsed | None:
    """Dates with a month name: "Nov 2022", "April 30, 2025 at 4:49 PM", "3 de abril de 2023"."""
    clock = None
    clock_match = _CLOCK.search(text)
    if clock_match is not None:
        clock = _clock_of(clock_match)
        text = text[: clock_match.start()] + " " + text[clock_match.end() :]
    if re.search(r"[^\w\s.,()]", text):
        return None
    lexicon = _lexicon()
    month: int | None = None
    year: str | None = None
    numbers: list[str] = []
    for token in _WORD.findall(text):
        if token.isdigit():
            if len(token) == 4 and year is None:
                year = token
            elif len(token) <= 2:
                numbers.append(token)
            else:
                return None
        elif token in lexicon.months and month is None:
            month = lexicon.months[token]
        elif token not in lexicon.filler:
            return None
    if year is None or (month is None and numbers) or len(numbers) > 1:
        return None
    day = numbers[0] if numbers else None
    return _make_date(year, str(month) if month else None, day, clock)


def _make_date(year: str, month: str | None, day: str | None, clock: dt.time | None) -> _Parsed:
    """Checked numbers (the same bounds as PartialDate), without building the model."""
    y = int(year)
    m = int(month) if month else None
    d = int(day) if day else None
    if not 1900 <= y <= 2200 or (m is not None and not 1 <= m <= 12):
        raise ValueError("year or month out of range")
    if d is not None:
        if m is None:
            raise ValueError("a day needs a month")
        dt.date(y, m, d)  # raises on 31 February
    return _Parsed(y, m, d, clock)


def _clock_of(match: re.Match[str]) -> dt.time | None:
    return _make_time(match["H"], match["M"], match["S"], match["half"])


def _make_time(
    hour: str | None, minute: str | None, second: str | None, half: str | None
) -> dt.time | None:
    if hour is None or minute is None:
        return None
    h = int(hour)
    if half:
        if not 1 <= h <= 12:
            raise ValueError("a 12-hour clock runs from 1 to 12")
        h = h % 12 + (12 if half.startswith("p") else 0)
    return dt.time(h, int(minute), int(second or 0))
