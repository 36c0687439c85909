"""Headline rules: empty, job-seeking only, no role, bare default, emoji, length, and a good one."""

from __future__ import annotations

import pytest

from preflight.core.checks import headline
from preflight.core.models import Status
from preflight.core.settings import HeadlineSettings, Settings
from tests.core.checks.profiles import current, profile, run, text_of


def test_empty_headline_fails_and_offers_one_built_from_the_profile() -> None:
    member = profile(
        positions=[current("Account Executive", "Northwind")],
        skills=["Salesforce", "Negotiation", "Forecasting"],
        summary="I help SaaS finance teams close the quarter faster. Closed $1.2M in 2025.",
    )
    verdict = run(headline.check, member)
    assert verdict.status is Status.FAIL
    assert "empty" in verdict.evidence[0]
    proposal = verdict.fixes[0].text
    assert proposal.startswith(
        "Account Executive | I help SaaS finance teams close the quarter faster"
    )
    assert proposal.endswith("| Salesforce · Negotiation")
    assert proposal in text_of(verdict)


def test_empty_headline_with_nothing_to_build_from_gives_general_advice() -> None:
    verdict = run(headline.check, profile())
    assert verdict.status is Status.FAIL
    assert verdict.fixes == []
    assert verdict.suggestions


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Looking for new opportunities"),
        ("en", "Open to work 🙂"),
        ("es", "Buscando nuevas oportunidades"),
        ("es", "Busco empleo"),
    ],
)
def test_job_seeking_only_fails(language: str, text: str) -> None:
    member = profile(language, headline=text, positions=[current("Analyst")])  # type: ignore[arg-type]
    verdict = run(headline.check, member)
    assert verdict.status is Status.FAIL
    assert text.split(" 🙂", maxsplit=1)[0] in verdict.evidence[1]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "🚀 Passionate ✨ Motivated 💡 Dreamer"),
        ("es", "🚀 Apasionada, proactiva y motivada ✨"),
    ],
)
def test_emoji_and_adjectives_only_fail(language: str, text: str) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert verdict.status is Status.FAIL
    assert len(verdict.evidence) == 3  # quoted, no role, and the clichés it is made of
    assert verdict.evidence[2].startswith(("It leans on clichés", "Se apoya en tópicos"))


@pytest.mark.parametrize(
    ("language", "title", "company", "text"),
    [
        ("en", "Account Executive", "Northwind", "Account Executive at Northwind"),
        ("en", "Account Executive", "Northwind", "Account Executive @ Northwind"),
        ("en", "Account Executive", "Northwind", "Account Executive"),
        ("es", "Ingeniera de datos", "Logística Norte", "Ingeniera de datos en Logística Norte"),
    ],
)
def test_bare_title_at_company_warns_with_a_rewrite(
    language: str, title: str, company: str, text: str
) -> None:
    member = profile(
        language,  # type: ignore[arg-type]
        headline=text,
        positions=[current(title, company)],
        skills=["Python", "SQL"],
    )
    verdict = run(headline.check, member)
    assert verdict.status is Status.WARN
    assert verdict.fixes[0].text == f"{title} | Python · SQL"
    assert verdict.fixes[0].text in verdict.suggestions[0]


def test_spanish_default_headline_gets_spanish_advice_and_audience_from_the_about() -> None:
    member = profile(
        "es",
        headline="Jefa de ventas en Aceros Ruiz",
        summary="Ayudo a pymes industriales a vender fuera de España. Abrí 4 mercados en 2024.",
        positions=[current("Jefa de ventas", "Aceros Ruiz")],
        skills=["Negociación", "HubSpot"],
    )
    verdict = run(headline.check, member)
    assert verdict.status is Status.WARN
    assert "por defecto" in verdict.evidence[-1]
    assert verdict.fixes[0].text == (
        "Jefa de ventas | Ayudo a pymes industriales a vender fuera de España | Negociación · "
        "HubSpot"
    )
    assert "«Jefa de ventas | Ayudo a pymes" in verdict.suggestions[0]


def test_english_output_for_a_spanish_profile_keeps_the_rewrite_in_spanish() -> None:
    member = profile(
        "es",
        headline="Jefa de ventas en Aceros Ruiz",
        summary="Ayudo a pymes industriales a vender fuera de España.",
        positions=[current("Jefa de ventas", "Aceros Ruiz")],
    )
    verdict = run(headline.check, member, output="en")
    assert "default" in verdict.evidence[-1]
    assert "Ayudo a pymes" in verdict.fixes[0].text


def test_title_with_audience_is_not_the_default() -> None:
    member = profile(
        headline="Account Executive at Northwind | helping SaaS finance teams close faster",
        positions=[current("Account Executive", "Northwind")],
    )
    assert run(headline.check, member).status is Status.PASS


@pytest.mark.parametrize(("emoji", "status"), [("🚀📊💡", Status.PASS), ("🚀📊💡🔥", Status.WARN)])
def test_more_than_three_emoji_warns(emoji: str, status: Status) -> None:
    member = profile(headline=f"Data Engineer {emoji} helping retailers forecast demand")
    verdict = run(headline.check, member)
    assert verdict.status is status
    if status is Status.WARN:
        assert "4 emoji" in verdict.evidence[-1]


def test_emoji_limit_comes_from_settings() -> None:
    member = profile(headline="Data Engineer 🚀📊 helping retailers forecast demand")
    strict = Settings(headline=HeadlineSettings(max_emoji=1))
    assert run(headline.check, member, settings=strict).status is Status.WARN


@pytest.mark.parametrize(("length", "status"), [(220, Status.PASS), (221, Status.WARN)])
def test_over_220_characters_warns(length: int, status: Status) -> None:
    start = "Data Engineer helping retailers forecast demand | "
    text = start + "x" * (length - len(start))
    verdict = run(headline.check, profile(headline=text))
    assert verdict.status is status
    if status is Status.WARN:
        assert "221 characters" in verdict.evidence[-1]
        assert any("“x" in s for s in verdict.suggestions)  # quotes the part LinkedIn would cut


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Account Executive helping SaaS finance teams close faster | Salesforce · Negotiation",
        ),
        (
            "es",
            "Jefa de ventas B2B | Ayudo a pymes industriales a vender fuera"
            " | HubSpot · negociación",
        ),
    ],
)
def test_clear_headline_passes_and_quotes_the_role(language: str, text: str) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert verdict.status is Status.PASS
    assert text in verdict.evidence[0]
    assert verdict.fixes == []


def test_role_unknown_to_the_word_lists_counts_when_it_is_the_position_title() -> None:
    member = profile(
        headline="Head of Growth | turning free trials into paying teams",
        positions=[current("Head of Growth", "Lumen")],
    )
    assert run(headline.check, member).status is Status.PASS


def test_open_to_work_next_to_a_role_passes_with_advice() -> None:
    member = profile(headline="Data Analyst helping clinics cut wait times | open to work")
    verdict = run(headline.check, member)
    assert verdict.status is Status.PASS
    assert "“open to work”" in verdict.suggestions[-1]


@pytest.mark.parametrize(
    ("language", "title", "company", "text"),
    [
        ("en", "Postdoctoral Scholar", "Gladstone Institutes", "Postdoc @ Gladstone Institutes"),
        (
            "en",
            "Director",
            "Gladstone Institutes",
            "Research Lead and Core Director of Imaging at Gladstone Institutes",
        ),
        ("es", "Mozo de almacén", "Almacenes Ruiz", "Técnico de almacén en Almacenes Ruiz"),
    ],
)
def test_any_title_at_the_company_reads_as_the_default(
    language: str, title: str, company: str, text: str
) -> None:
    member = profile(language, headline=text, positions=[current(title, company)])  # type: ignore[arg-type]
    verdict = run(headline.check, member)
    assert verdict.status is Status.WARN
    # The bare title would still be the default: no one-click fix, the shape to fill in instead.
    assert verdict.fixes == []
    assert verdict.suggestions[0].count(title) == 2


def test_title_at_company_with_more_after_a_separator_is_not_the_default() -> None:
    member = profile(
        headline="Postdoc @ Gladstone | single-cell methods for Alzheimer's research",
        positions=[current("Postdoctoral Scholar", "Gladstone")],
    )
    assert run(headline.check, member).status is Status.PASS


def test_emoji_warning_offers_the_same_headline_without_emoji() -> None:
    member = profile(
        "es",
        headline="🚀 Ingeniera de datos | 📊 Ayudo a comercios a prever la demanda 👩‍💻"
        " | 💡 Python ✨",
    )
    verdict = run(headline.check, member)
    assert verdict.status is Status.WARN
    assert verdict.fixes[-1].text == (
        "Ingeniera de datos | Ayudo a comercios a prever la demanda | Python"
    )
    assert "sin emojis" in verdict.suggestions[-1]


def test_long_headline_is_cut_at_the_last_separator_that_fits() -> None:
    parts = ["Data Engineer helping retailers forecast demand", "Python", "SQL", "dbt"]
    parts += [f"Speaker at conference number {i}" for i in range(8)]
    text = " | ".join(parts)
    assert len(text) > 220
    verdict = run(headline.check, profile(headline=text))
    assert verdict.status is Status.WARN
    tidy = verdict.fixes[-1].text
    assert len(tidy) <= 220
    assert text.startswith(tidy)
    assert tidy.endswith(tuple(parts))


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("en", "Project Manager at Gladstone Institutes", "Project Manager"),
        ("en", "Postdoc @ Gladstone Institutes", "Postdoc"),
        ("es", "Jefa de proyecto en Acme", "Jefa de proyecto"),
    ],
)
def test_role_at_company_reads_as_the_default_without_positions(
    language: str, text: str, title: str
) -> None:
    verdict = run(headline.check, profile(language, headline=text))  # type: ignore[arg-type]
    assert verdict.status is Status.WARN
    assert len(verdict.evidence) == 3  # quoted, names the role, the default
    assert verdict.suggestions[0].count(title) == 2  # kept, and shown in the better shape


def test_role_at_something_that_is_no_company_is_not_the_default() -> None:
    verdict = run(headline.check, profile(headline="Engineer at heart, shipping tools for nurses"))
    assert verdict.status is Status.PASS


def test_cliches_in_a_clear_headline_cost_the_pass_and_are_named_for_cutting() -> None:
    verdict = run(headline.check, profile(headline="Results-driven Sales Director | Team player"))
    assert verdict.status is Status.WARN
    assert "It leans on clichés every profile has: “Results-driven” and “Team player”." in (
        verdict.evidence
    )
    assert any(s.startswith("Cut “Results-driven” and “Team player”") for s in verdict.suggestions)
    spanish = run(headline.check, profile("es", headline="Abogada laboralista apasionada"))
    assert any(s.startswith("Quita «apasionada»") for s in spanish.suggestions)


def test_the_tidied_headline_drops_parts_made_only_of_cliches() -> None:
    text = "🚀 Data Engineer at Acme | 📊 I help retailers forecast demand | 💡 Passionate"
    verdict = run(headline.check, profile(headline=text))
    tidy = [s for s in verdict.suggestions if s.startswith("Your own words")]
    # "Passionate" is a cliché the check asks to cut: the tidied headline drops that part too.
    assert tidy == [
        "Your own words, without emoji and within the limit: "
        "“Data Engineer at Acme | I help retailers forecast demand”"
    ]
    assert verdict.fixes[-1].text == "Data Engineer at Acme | I help retailers forecast demand"


def test_no_tidied_headline_is_offered_when_it_would_still_not_pass() -> None:
    # Without the clichés, "IT Student | Data Science" is a bare list of terms: still a warning,
    # so offering it would be a suggestion that does not fix the headline.
    text = "🚀 IT Student | 📊 Data Science | 🔍 Passionate about AI | 💡 Innovator & Go-getter"
    verdict = run(headline.check, profile(headline=text))
    assert verdict.status == Status.WARN
    assert not [s for s in verdict.suggestions if s.startswith("Your own words")]
    assert all("Passionate" not in f.text for f in verdict.fixes)
