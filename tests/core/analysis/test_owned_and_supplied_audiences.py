"""English audiences owned by a place, groups helped by a purpose "to help them", and verbs that
serve only people ("supply", "serve")."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "serves"),
    [
        ("Building lending products for India's gig workers", True),
        ("Payroll for New Zealand's dairy farmers", True),
        ("Grant writer for small non-profits", True),
        ("Campaigner for workers' rights", False),
        ("Columnist for India's Economic Times", False),
    ],
)
def test_a_possessive_before_the_audience_keeps_it(text: str, serves: bool) -> None:
    assert HEADLINE_DETECTORS["reader_value"](analyze_text(text, "en")) is serves


@pytest.mark.parametrize(
    ("text", "serves"),
    [
        ("I run field trials with smallholder farmers to help them cut fertiliser costs.", True),
        ("We partner with rural clinics to help them keep vaccines cold.", True),
        ("I met with founders last year to help them raise money.", False),
        ("My sister works with refugees to help them find housing.", False),
        ("We supply cafés and restaurants across Napier.", True),
        ("We supply free-range eggs and bacon.", False),
        ("Our bakery serves breakfast until noon.", False),
        ("I serve on the board of a local charity.", False),
    ],
)
def test_a_group_helped_or_supplied_is_served(text: str, serves: bool) -> None:
    assert ABOUT_DETECTORS["reader_value"](analyze_text(text, "en"), "") is serves
