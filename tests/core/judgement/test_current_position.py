"""A position is current when it has started by the check date and has no end."""

from __future__ import annotations

import datetime as dt

from preflight.core.assessment import CheckId
from preflight.core.checks import experience
from preflight.core.models import PartialDate, Position, Status
from preflight.core.scoring import assess
from preflight.core.settings import Settings
from tests.core.checks.profiles import current, past, profile, run, text_of

NOVEMBER_2026 = dt.date(2026, 11, 26)
DESCRIBED = "Closed $1.2M in new annual revenue in 2025 across 14 logistics accounts."


def _starting(year: int, month: int | None, title: str, company: str, text: str) -> Position:
    return Position(
        title=title, company=company, description=text, start=PartialDate(year=year, month=month)
    )


def test_a_position_that_starts_next_year_is_not_current() -> None:
    member = profile(
        positions=[
            _starting(2027, 3, "Head of Sales", "Northwind", DESCRIBED),
            past("Account Executive", "Acme", 2026),
        ]
    )
    verdict = run(experience.check, member, as_of=NOVEMBER_2026)
    assert verdict.status is Status.FAIL
    said = text_of(verdict)
    assert "“Head of Sales” at “Northwind” starts 2027-03, after the check date (2026-11-26)" in (
        said
    )
    assert "since 2027" not in said
    assert "The latest, “Account Executive” at “Acme”, ended 2026-06." in said


def test_future_start_in_spanish_is_named_and_fails() -> None:
    member = profile(
        "es", positions=[_starting(2027, 3, "Directora comercial", "Aceros Ruiz", DESCRIBED)]
    )
    verdict = run(experience.check, member, as_of=NOVEMBER_2026)
    assert verdict.status is Status.FAIL
    assert "«Directora comercial» en «Aceros Ruiz» empieza en 2027-03" in text_of(verdict)
    assert "aún no es actual" in text_of(verdict)


def test_a_start_earlier_in_the_check_month_is_current() -> None:
    member = profile(positions=[_starting(2026, 11, "Head of Sales", "Northwind", DESCRIBED)])
    assert run(experience.check, member, as_of=NOVEMBER_2026).status is Status.PASS


def test_future_start_beside_a_current_job_is_named_but_not_judged() -> None:
    member = profile(
        positions=[
            _starting(2027, 1, "Board Advisor", "Harbourline", ""),
            current("Account Executive", "Northwind", DESCRIBED, year=2022),
        ]
    )
    verdict = run(experience.check, member, as_of=NOVEMBER_2026)
    assert verdict.status is Status.PASS
    assert "“Board Advisor” at “Harbourline” starts 2027-01" in text_of(verdict)


def test_main_position_is_the_one_the_headline_names() -> None:
    member = profile(
        headline="Data Engineer at Freightly | Python · dbt",
        positions=[
            current("Mentor", "Code Club", "", year=2018),
            current("Data Engineer", "Freightly", "", year=2024),
        ],
    )
    verdict = run(experience.check, member, as_of=NOVEMBER_2026)
    assert verdict.status is Status.WARN  # the named one has no description
    said = text_of(verdict)
    assert "2 current positions; this check judges the one your headline names" in said
    assert "“Data Engineer” at “Freightly” has no description" in said
    assert "“Mentor” at “Code Club” has no description" not in said


def test_main_position_else_the_longest_running_and_others_only_get_a_tip() -> None:
    member = profile(
        "es",
        headline="Ayudo a pymes a vender en Europa",
        positions=[
            current("Mentora", "Impulsa", "", year=2025),
            current("Directora comercial", "Aceros Ruiz", DESCRIBED, year=2019),
        ],
    )
    verdict = run(experience.check, member, as_of=NOVEMBER_2026)
    assert verdict.status is Status.PASS
    assert verdict.evidence[0].startswith("Actual: «Directora comercial» en «Aceros Ruiz»")
    assert "juzga el más antiguo" in verdict.evidence[1]
    assert "no tiene descripción" not in text_of(verdict)
    assert any(s.startswith("Opcional") and "«Mentora»" in s for s in verdict.suggestions)


def test_the_whole_assessment_uses_the_check_date_for_current_positions() -> None:
    member = profile(
        headline="Head of Sales | Helping logistics firms grow",
        positions=[_starting(2027, 3, "Head of Sales", "Northwind", DESCRIBED)],
    )
    before = assess(member, as_of=NOVEMBER_2026, language="en", settings=Settings())
    assert before.check(CheckId.EXPERIENCE).status is Status.FAIL
    assert CheckId.EXPERIENCE in before.blockers
    after = assess(member, as_of=dt.date(2027, 4, 1), language="en", settings=Settings())
    assert after.check(CheckId.EXPERIENCE).status is Status.PASS
