"""Scoring: weights, half points for warnings, confirmation, blockers order, the ready gate."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from preflight.core.assessment import CheckId, CheckResult
from preflight.core.models import PhotoEvidence, Post, Status
from preflight.core.scoring import assess, blockers, points_for
from preflight.core.settings import Settings, Weights
from tests.core.checks.profiles import AS_OF, current, profile

GOOD_ABOUT = (
    "I help SaaS finance teams close the quarter without spreadsheet chaos. Last year I closed "
    "$1.2M in new annual revenue and cut the average sales cycle by 30%. I work with CFOs and "
    "controllers who need forecasts they can trust. Message me if your team is evaluating a new "
    "tool."
)


def _ready_profile(**changes: object) -> object:
    fields: dict[str, object] = {
        "name": "Dana Whitfield",
        "headline": "Account Executive helping SaaS finance teams close faster | Salesforce",
        "summary": GOOD_ABOUT,
        "positions": [current("Account Executive", "Northwind", "Closed $1.2M in 2025.")],
        "skills": ["Salesforce", "Negotiation", "Forecasting", "Account Planning", "SaaS"],
        "posts": [Post(date=AS_OF - dt.timedelta(days=5), text="Three lessons from CFO calls")],
        "photo": PhotoEvidence(kind="export-row", date=dt.date(2025, 1, 10)),
    }
    fields.update(changes)
    return profile(**fields)  # type: ignore[arg-type]


def _assess(subject: object, **options: object):  # type: ignore[no-untyped-def]
    kwargs: dict[str, object] = {"as_of": AS_OF, "language": "en", "settings": Settings()}
    kwargs.update(options)
    return assess(subject, **kwargs)  # type: ignore[arg-type]


def test_complete_profile_is_ready_with_full_score_in_checklist_order() -> None:
    result = _assess(_ready_profile())
    assert [c.id for c in result.checks] == list(CheckId)
    assert all(c.status is Status.PASS for c in result.checks), [c.evidence for c in result.checks]
    assert result.ready is True
    assert result.score == 100
    assert result.blockers == []
    assert [c.max_points for c in result.checks] == [15, 20, 25, 15, 10, 15]
    assert result.name == "Dana Whitfield"
    assert result.as_of == AS_OF


@pytest.mark.parametrize(
    ("status", "weight", "points"),
    [
        (Status.PASS, 15, 15),
        (Status.WARN, 15, 8),
        (Status.WARN, 25, 13),
        (Status.WARN, 10, 5),
        (Status.FAIL, 20, 0),
        (Status.UNKNOWN, 15, 0),
    ],
)
def test_points_per_status(status: Status, weight: int, points: int) -> None:
    assert points_for(status, weight) == points


def test_warnings_lower_the_score_but_do_not_block() -> None:
    result = _assess(_ready_profile(skills=["Salesforce", "Negotiation", "SaaS"]))
    assert result.check(CheckId.SKILLS).status is Status.WARN
    assert result.check(CheckId.SKILLS).points == 5
    assert result.score == 95
    assert result.ready is True


def test_unknown_blocks_and_confirming_it_passes() -> None:
    member = _ready_profile(photo=None)
    blocked = _assess(member)
    assert blocked.ready is False
    assert blocked.blockers == [CheckId.PHOTO]
    assert blocked.score == 85
    confirmed = _assess(member, confirmed=frozenset({CheckId.PHOTO}))
    photo = confirmed.check(CheckId.PHOTO)
    assert photo.status is Status.PASS
    assert photo.confirmed_by_user is True
    assert photo.evidence == [*blocked.check(CheckId.PHOTO).evidence, "Confirmed by you."]
    assert photo.suggestions == []  # the advice asked for this very confirmation
    assert confirmed.ready is True
    assert confirmed.score == 100


def test_confirming_a_passing_check_keeps_its_own_evidence_and_advice() -> None:
    member = _ready_profile()
    own = _assess(member).check(CheckId.SKILLS)
    confirmed = _assess(member, confirmed=frozenset({CheckId.SKILLS})).check(CheckId.SKILLS)
    assert own.status is Status.PASS
    assert confirmed.evidence == [*own.evidence, "Confirmed by you."]
    assert confirmed.suggestions == own.suggestions


def test_blockers_most_points_first_then_checklist_order() -> None:
    member = _ready_profile(photo=None, summary="", posts=None, skills=["SQL"])
    result = _assess(member)
    assert result.blockers == [CheckId.SUMMARY, CheckId.PHOTO, CheckId.POSTS, CheckId.SKILLS]
    assert result.score == 35


def test_blockers_sort_on_points_still_to_gain() -> None:
    def result(check_id: CheckId, status: Status, max_points: int) -> CheckResult:
        points = points_for(status, max_points)
        return CheckResult(
            id=check_id, status=status, points=points, max_points=max_points, title=""
        )

    results = [
        result(CheckId.PHOTO, Status.UNKNOWN, 5),
        result(CheckId.HEADLINE, Status.WARN, 40),
        result(CheckId.SKILLS, Status.FAIL, 30),
        result(CheckId.POSTS, Status.FAIL, 30),
    ]
    assert blockers(results) == [CheckId.SKILLS, CheckId.POSTS, CheckId.PHOTO]


def test_weights_come_from_settings() -> None:
    weights = Weights(photo=0, headline=10, summary=10, experience=10, skills=60, posts=10)
    result = _assess(
        _ready_profile(skills=["SQL", "Excel", "Python"]), settings=Settings(weights=weights)
    )
    assert result.check(CheckId.SKILLS).max_points == 60
    assert result.check(CheckId.SKILLS).points == 30
    assert result.score == 70


def test_titles_and_advice_follow_the_output_language() -> None:
    result = _assess(_ready_profile(photo=None), language="es")
    assert result.language == "es"
    assert [c.title for c in result.checks][:2] == ["Foto de perfil", "Titular"]
    assert result.source.language == "en"


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400
) | st.sampled_from(
    ["", " ", "🚀🚀🚀🚀", "Responsible for | at | @", "Ayudo a", "I help.", "\n\n•"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headline=_TEXT,
    summary=_TEXT,
    title=_TEXT,
    company=_TEXT,
    description=_TEXT,
    skills=st.lists(_TEXT, max_size=6),
    language=st.sampled_from(["en", "es"]),
    output=st.sampled_from(["en", "es"]),
)
def test_any_profile_text_gets_a_complete_assessment(
    *,
    headline: str,
    summary: str,
    title: str,
    company: str,
    description: str,
    skills: list[str],
    language: str,
    output: str,
) -> None:
    member = profile(
        language,  # type: ignore[arg-type]
        headline=headline,
        summary=summary,
        positions=[current(title, company, description)],
        skills=skills,
    )
    result = _assess(member, language=output)
    assert 0 <= result.score <= 100
    assert [c.id for c in result.checks] == list(CheckId)
    for check in result.checks:
        assert check.evidence, check.id
        assert all(line.strip() for line in [*check.evidence, *check.suggestions])
        assert all(len(fix.text) <= 2600 or fix.field == "summary" for fix in check.fixes)
    headline_fixes = [f.text for f in result.check(CheckId.HEADLINE).fixes]
    assert all(len(text) <= 220 for text in headline_fixes)
