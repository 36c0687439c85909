"""Spaced dashes separate list items only when they are the list's separator; counts of generic
things ("three things I learned") are no result; "Sign up…" invites, "sign-ups rose" does not."""

from __future__ import annotations

import pytest

from preflight.core.analysis.signals import ABOUT_DETECTORS, HEADLINE_DETECTORS, has_result
from preflight.core.analysis.text import analyze_text


@pytest.mark.parametrize(
    ("text", "dump"),
    [
        ("Data Engineer – Python – SQL – Airflow – dbt – Looker", True),
        ("Python · SQL · Airflow · dbt · Looker", True),
        ("Data Engineer - Python - SQL", False),
        ("Head of on-call - SRE - payments", False),
    ],
)
def test_headline_dash_lists(text: str, dump: bool) -> None:
    assert HEADLINE_DETECTORS["keyword_dump"](analyze_text(text, "en")) is dump


@pytest.mark.parametrize(
    ("text", "dump"),
    [
        ("Skills – Python – SQL – Airflow – dbt. I build data pipelines.", True),
        ("Three things matter in a kitchen – speed, hygiene and a calm pass. I run one.", False),
        ("Week: Monday – planning, Tuesday – site visits, Wednesday – reports. It works.", False),
        ("I build websites – fast ones – for cafés in Leeds. I like it.", False),
    ],
)
def test_about_dash_lists(text: str, dump: bool) -> None:
    assert ABOUT_DETECTORS["keyword_dump"](analyze_text(text, "en"), "") is dump


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Three things I learned running a kitchen.", False),
        ("My 5 rules for hiring: be kind, be quick.", False),
        ("3 key lessons from a decade in payroll.", False),
        ("I opened three cafés and 5 stalls.", True),
    ],
)
def test_generic_counts_are_no_results(text: str, result: bool) -> None:
    assert has_result(analyze_text(text, "en")) is result


@pytest.mark.parametrize(
    ("text", "next_step"),
    [
        ("I train dogs in Norwich. Sign up for my puppy course.", True),
        ("Jordan is a UX writer. Jordan rewrote the copy and sign-ups rose.", False),
        ("I help families in Salford. I help them sign up for benefits.", False),
    ],
)
def test_sign_up_invites(text: str, next_step: bool) -> None:
    assert ABOUT_DETECTORS["next_step"](analyze_text(text, "en"), "") is next_step
