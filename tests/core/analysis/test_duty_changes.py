"""A past charge before a change with a number is an achievement; a charge held is a duty."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "duties"),
    [
        ("I was responsible for growing revenue 40% at a bus operator.", False),
        ("I was the person responsible for moving our close from 11 days to 4.", False),
        ("I was responsible for managing a team of 12 drivers.", True),
        ("Responsible for growing revenue across 3 regions.", True),
        ("I was responsible for payroll and pensions.", True),
        ("My job is to fix both.", False),
        ("My role involves running the clinic and taking bloods.", True),
        ("Site lead.<br>Responsible for:<br>- Permits<br>- Toolbox talks", True),
    ],
)
def test_duties_against_changes_and_purposes(text: str, duties: bool) -> None:
    assert ABOUT_DETECTORS["duties"](analyze_text(text, "en"), "") is duties


@pytest.mark.parametrize(
    ("text", "reader_value"),
    [
        ("I want a firm with a strong training contract.", False),
        ("Currently serving notice period. Available in 30 days.", False),
        ("I'm a UX designer helping small clinics fix their booking.", True),
    ],
)
def test_a_gerund_without_subject_names_people_only(text: str, reader_value: bool) -> None:
    assert ABOUT_DETECTORS["reader_value"](analyze_text(text, "en"), "") is reader_value
