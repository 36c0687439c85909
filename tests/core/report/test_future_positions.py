"""A job that starts after the check date is quoted as starting then, never as held; the InMail
templates never call it the sender's role."""

from __future__ import annotations

import pytest

from preflight.core.draft.model import Recipient
from preflight.core.draft.templates import values_for
from preflight.core.models import PartialDate, Position
from preflight.core.report import build_report
from tests.core.report.builders import AS_OF, GENERATED, make_assessment, make_profile

NEXT_JOB = Position(
    title="Head of Pricing", company="Mercado Norte", start=PartialDate(year=2027, month=3)
)


def _with_next_job(held: bool):  # type: ignore[no-untyped-def]
    profile = make_profile()
    positions = [*profile.positions, NEXT_JOB] if held else [NEXT_JOB]
    return profile.model_copy(update={"positions": positions})


@pytest.mark.parametrize(("language", "words"), [("en", "starts"), ("es", "empieza en")])
def test_the_report_quotes_a_future_job_as_starting_later(language: str, words: str) -> None:
    profile = _with_next_job(held=True)
    report = build_report(
        profile, make_assessment(profile, language=language), GENERATED, language, full=True
    )
    quoted = report.html.split("Head of Pricing", 1)[1].split("</p>", 1)[0]
    assert words in quoted
    assert "since" not in quoted and "desde" not in quoted


def test_templates_name_the_job_held_today_not_the_next_one() -> None:
    values = values_for(Recipient(name="Luis Ortega"), _with_next_job(held=True), AS_OF)
    assert (values["my_role"], values["my_company"]) == ("Senior Pricing Analyst", "Tiendas Áurea")
    only_next = values_for(Recipient(name="Luis Ortega"), _with_next_job(held=False), AS_OF)
    assert only_next["my_company"] == ""
    assert only_next["my_role"] != "Head of Pricing"
