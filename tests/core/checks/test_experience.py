"""Experience rules: no current position fails, a current one without description warns."""

from __future__ import annotations

from preflight.core.checks import experience
from preflight.core.models import Status
from tests.core.checks.profiles import current, past, profile, run, text_of


def test_no_positions_at_all_fails() -> None:
    verdict = run(experience.check, profile())
    assert verdict.status is Status.FAIL
    assert verdict.suggestions


def test_only_ended_positions_fail_and_name_the_latest() -> None:
    member = profile(
        positions=[past("Analyst", "Acme", 2019), past("Data Analyst", "Globex", 2024)]
    )
    verdict = run(experience.check, member)
    assert verdict.status is Status.FAIL
    assert "“Data Analyst” at “Globex”" in verdict.evidence[1]
    assert "2024-06" in verdict.evidence[1]
    assert "“Data Analyst”" in verdict.suggestions[0]


def test_only_ended_positions_fail_in_spanish() -> None:
    member = profile("es", positions=[past("Analista de datos", "Globex", 2024)])
    verdict = run(experience.check, member)
    assert verdict.status is Status.FAIL
    assert "«Analista de datos» en «Globex»" in text_of(verdict)


def test_current_position_without_description_warns() -> None:
    member = profile(positions=[current("Account Executive", "Northwind"), past("SDR", "Acme")])
    verdict = run(experience.check, member)
    assert verdict.status is Status.WARN
    assert "“Account Executive” at “Northwind” has no description" in verdict.evidence[-1]
    assert "Describe “Account Executive” at “Northwind”" in verdict.suggestions[0]


def test_spanish_current_position_without_description_warns_in_spanish() -> None:
    member = profile("es", positions=[current("Jefa de ventas", "Aceros Ruiz")])
    verdict = run(experience.check, member)
    assert verdict.status is Status.WARN
    assert "no tiene descripción" in verdict.evidence[-1]


def test_described_current_position_passes_and_quotes_the_description() -> None:
    member = profile(
        positions=[
            current("Account Executive", "Northwind", "Closed $1.2M in new revenue in 2025.")
        ]
    )
    verdict = run(experience.check, member)
    assert verdict.status is Status.PASS
    assert "since 2022-03" in verdict.evidence[0]
    assert "“Closed $1.2M in new revenue in 2025”" in verdict.evidence[1]
    assert verdict.suggestions == []


def test_description_without_a_number_passes_with_a_nudge() -> None:
    member = profile(
        "es",
        positions=[
            current("Ingeniera de datos", "Logística Norte", "Mantengo los procesos de datos.")
        ],
    )
    verdict = run(experience.check, member)
    assert verdict.status is Status.PASS
    assert "cifras" in verdict.suggestions[0]
