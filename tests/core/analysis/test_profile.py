"""Whole-profile analysis: headline, summary and each current position, in the profile language."""

from __future__ import annotations

import datetime as dt

from preflight.core.analysis.profile import analyze_profile
from preflight.core.analysis.text import MAX_ANALYSED_CHARS
from preflight.core.models import PartialDate, Position, Profile, SourceFormat, SourceInfo


def make_profile(language: str, **fields: object) -> Profile:
    source = SourceInfo(format=SourceFormat.JSON_RESUME, language=language)  # type: ignore[arg-type]
    return Profile(source=source, **fields)  # type: ignore[arg-type]


def test_profile_parts_are_analysed_in_spanish() -> None:
    profile = make_profile(
        "es",
        headline="Ejecutiva de cuentas | Ayudo a pymes a vender más",
        summary="Aumenté la cartera un 40% en 2023. Escríbeme.",
        positions=[
            Position(title="Ejecutiva de cuentas", company="Acme", start=PartialDate(year=2022)),
            Position(title="Vendedora", company="Old", start=PartialDate(year=2018),
                     end=PartialDate(year=2021)),
        ],
    )  # fmt: skip
    analysis = analyze_profile(profile)
    assert analysis.language == "es"
    assert [m.text for m in analysis.headline.roles] == ["Ejecutiva de cuentas"]
    assert [m.text for m in analysis.headline.reader_value] == ["Ayudo a"]
    assert [m.text for m in analysis.summary.quantities] == ["40%"]
    assert [m.text for m in analysis.summary.achievement_verbs] == ["Aumenté"]
    assert [m.text for m in analysis.summary.calls_to_action] == ["Escríbeme"]
    assert [a.text for a in analysis.current_roles] == ["Ejecutiva de cuentas"]


def test_current_roles_join_title_and_description_newest_first() -> None:
    profile = make_profile(
        "en",
        positions=[
            Position(title="Advisor", company="Board", start=PartialDate(year=2019)),
            Position(title="Product Manager", company="Initech", description="Launched 3 apps.",
                     start=PartialDate(year=2023, month=5)),
        ],
    )  # fmt: skip
    analysis = analyze_profile(profile)
    assert [a.text for a in analysis.current_roles] == [
        "Product Manager\nLaunched 3 apps.",
        "Advisor",
    ]
    assert [m.text for m in analysis.current_roles[0].roles] == ["Product Manager"]
    assert [m.text for m in analysis.current_roles[0].achievement_verbs] == ["Launched"]


def test_empty_profile_gives_empty_analyses() -> None:
    analysis = analyze_profile(make_profile("en"))
    assert analysis.headline.word_count == 0
    assert analysis.summary.sentences == ()
    assert analysis.current_roles == ()


def test_profile_posts_and_dates_do_not_disturb_analysis() -> None:
    profile = make_profile("en", headline="Nurse", posts=[], connections=10)
    assert analyze_profile(profile).headline.roles[0].text == "Nurse"
    assert dt.date.today()  # the analysis has no notion of "today"


def test_huge_summary_is_analysed_from_its_start_without_failing() -> None:
    summary = "Grew revenue 30% for clients. " * 60_000  # 1.8 million characters
    analysis = analyze_profile(make_profile("en", headline="Nurse", summary=summary))
    assert analysis.summary.truncated
    assert len(analysis.summary.text) == MAX_ANALYSED_CHARS
    assert analysis.summary.quantities[0].text == "30%"
    assert not analysis.headline.truncated


def test_with_no_current_position_the_latest_ended_one_is_analysed() -> None:
    profile = make_profile(
        "en",
        positions=[
            Position(title="Analyst", description="Cut costs 20%.", start=PartialDate(year=2015),
                     end=PartialDate(year=2018)),
            Position(title="Buyer", description="Saved $40k.", start=PartialDate(year=2019),
                     end=PartialDate(year=2024, month=6)),
        ],
    )  # fmt: skip
    analysis = analyze_profile(profile)
    assert analysis.current_roles == ()
    assert analysis.latest_role is not None
    assert analysis.latest_role.text == "Buyer\nSaved $40k."
