"""Absolute dates in every shape LinkedIn writes them, English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from preflight.core.dates import parse_partial_date, parse_timestamp
from preflight.core.models import PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nov 2022", (2022, 11, None)),
        ("2017", (2017, None, None)),
        ("2024-02-19 10:22:49", (2024, 2, 19)),
        ("2017/06/08 08:15:44 UTC", (2017, 6, 8)),
        ("2023-07-10 15:47:10 UTC", (2023, 7, 10)),
        ("Apr 3, 2023", (2023, 4, 3)),
        ("2023-07", (2023, 7, None)),
        ("2023-07-10", (2023, 7, 10)),
        ("January 2020", (2020, 1, None)),
        ("abril de 2026", (2026, 4, None)),
        ("ene. 2022", (2022, 1, None)),
        ("ene 2022", (2022, 1, None)),
        ("septiembre 2021", (2021, 9, None)),
        ("Setiembre 2021", (2021, 9, None)),
        ("SEPT. 2021", (2021, 9, None)),
        ("dic. 2019", (2019, 12, None)),
        ("3 de abril de 2023", (2023, 4, 3)),
        ("04 Jul 2023", (2023, 7, 4)),
        ("April 30, 2025 at 4:49 PM (GMT)", (2025, 4, 30)),
        ("Tue Jun 20 12:25:51 UTC 2023", (2023, 6, 20)),
        ("miércoles, 5 de julio de 2023", (2023, 7, 5)),
        ("miercoles, 5 de julio de 2023", (2023, 7, 5)),
        ("6/17/23, 6:18 AM", (2023, 6, 17)),
        ("  Nov 2022  ", (2022, 11, None)),
    ],
)
def test_parses_linkedin_date_shapes_with_their_precision(
    text: str, expected: tuple[int, int | None, int | None]
) -> None:
    year, month, day = expected
    assert parse_partial_date(text) == PartialDate(year=year, month=month, day=day)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "garbage",
        "Present",
        "actualidad",
        "Mar 7",  # a birthday without a year
        "Nov 2022 - Present",
        "2023-02-30",
        "1234",
        "99 Nov 2020",
        "Nov Dec 2020",
        "13/45/20",
        "2020-13",
        "<script>2020</script>",
        "12345",
    ],
)
def test_returns_none_for_text_that_is_not_one_date(text: str) -> None:
    assert parse_partial_date(text) is None


def test_timestamp_keeps_the_clock_in_utc() -> None:
    assert parse_timestamp("2024-02-19 10:22:49") == dt.datetime(
        2024, 2, 19, 10, 22, 49, tzinfo=dt.UTC
    )
    assert parse_timestamp("2017/06/08 08:15:44 UTC") == dt.datetime(
        2017, 6, 8, 8, 15, 44, tzinfo=dt.UTC
    )
    assert parse_timestamp("April 30, 2025 at 4:49 PM (GMT)") == dt.datetime(
        2025, 4, 30, 16, 49, tzinfo=dt.UTC
    )
    assert parse_timestamp("6/17/23, 12:05 AM") == dt.datetime(2023, 6, 17, 0, 5, tzinfo=dt.UTC)


def test_timestamp_with_an_offset_moves_to_utc_and_may_change_the_day() -> None:
    assert parse_timestamp("2024-02-19T01:00:00+02:00") == dt.datetime(
        2024, 2, 18, 23, 0, tzinfo=dt.UTC
    )


def test_timestamp_needs_a_day() -> None:
    assert parse_timestamp("Nov 2022") is None
    assert parse_timestamp("2017") is None
    assert parse_timestamp("not a time") is None
    assert parse_timestamp("2024-02-19 25:00:00") is None


@given(st.text(max_size=120))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    result = parse_partial_date(text)
    assert result is None or isinstance(result, PartialDate)
    stamp = parse_timestamp(text)
    assert stamp is None or stamp.tzinfo is not None
