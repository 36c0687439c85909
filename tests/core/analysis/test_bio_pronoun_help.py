"""Whose verb a help word is: "She helps…" after a bio's opening, "Executive helping…"."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "helps"),
    [
        ("Yuki Mori is a social worker. She helps older adults plan safe returns home.", True),
        ("Tom Hale is a physio in Bristol. He helps runners come back from injuries.", True),
        ("Amara Osei is an engineer. She designs bridges. She helps charities with grants.", False),
        ("Amara Osei is an engineer. On weekends she coaches a netball team.", False),
    ],
)
def test_only_the_bio_statement_says_whom_the_member_helps(text: str, helps: bool) -> None:
    assert ABOUT_DETECTORS["reader_value"](analyze_text(text, "en"), "") is helps


@pytest.mark.parametrize(
    ("text", "helps"),
    [
        ("Account Executive helping mid-market retailers cut checkout abandonment", True),
        ("Sales Executive helping dental practices fill their books", True),
        ("Executive Coaching and Career Coaching in Manchester", False),
        ("Certified in executive coaching | HR Business Partner", False),
    ],
)
def test_a_title_before_a_lower_case_gerund_ends_the_name(text: str, helps: bool) -> None:
    assert bool(analyze_text(text, "en").reader_value) is helps
