"""Posts rules: 30 days pass, 31-90 warn, older or none fail, no activity in source unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from preflight.core.checks import posts
from preflight.core.models import Post, Status
from preflight.core.settings import PostsSettings, Settings
from tests.core.checks.profiles import AS_OF, current, profile, run


def _days_ago(days: int, text: str = "What I learned closing deals with CFOs") -> Post:
    return Post(date=AS_OF - dt.timedelta(days=days), text=text)


@pytest.mark.parametrize(
    ("days", "status"),
    [
        (0, Status.PASS),
        (30, Status.PASS),
        (31, Status.WARN),
        (90, Status.WARN),
        (91, Status.FAIL),
        (400, Status.FAIL),
    ],
)
def test_recency_boundaries(days: int, status: Status) -> None:
    member = profile(posts=[_days_ago(days + 200), _days_ago(days)])
    verdict = run(posts.check, member)
    assert verdict.status is status
    assert str(AS_OF - dt.timedelta(days=days)) in verdict.evidence[0]
    assert "“What I learned closing deals with CFOs”" in verdict.evidence[0]


def test_as_of_moves_today() -> None:
    member = profile(posts=[_days_ago(10)])
    later = AS_OF + dt.timedelta(days=60)
    assert run(posts.check, member, as_of=later).status is Status.WARN


def test_limits_come_from_settings() -> None:
    strict = Settings(posts=PostsSettings(recent_days=7, stale_days=14))
    assert run(posts.check, profile(posts=[_days_ago(10)]), settings=strict).status is Status.WARN


def test_empty_posts_file_fails_with_a_post_idea_from_the_profile() -> None:
    member = profile(posts=[], positions=[current("Account Executive")], skills=["Salesforce"])
    verdict = run(posts.check, member)
    assert verdict.status is Status.FAIL
    assert "Salesforce" in verdict.suggestions[0]
    assert "Account Executive" in verdict.suggestions[0]


@pytest.mark.parametrize("source", ["json-resume", "linkedin-pdf", "linkedin-export"])
def test_source_without_activity_is_unknown(source: str) -> None:
    verdict = run(posts.check, profile(source=source, posts=None))
    assert verdict.status is Status.UNKNOWN
    assert verdict.suggestions


def test_spanish_unknown_names_the_source() -> None:
    verdict = run(posts.check, profile("es", source="json-resume"))
    assert verdict.status is Status.UNKNOWN
    assert verdict.evidence[0].startswith("Un JSON Resume no incluye actividad")


def test_approximate_dates_say_about_in_spanish() -> None:
    post = Post(date=AS_OF - dt.timedelta(days=21), approximate=True, text="Cómo bajamos costes")
    verdict = run(posts.check, profile("es", source="pasted-text", posts=[post]))
    assert verdict.status is Status.PASS
    assert "hacia el 5 de noviembre de 2026 (21 días antes de la revisión)" in verdict.evidence[0]


def test_posts_without_dates_are_unknown() -> None:
    verdict = run(posts.check, profile(posts=[Post(text="undated")]))
    assert verdict.status is Status.UNKNOWN


def test_post_dated_after_the_check_date_counts_as_recent() -> None:
    assert run(posts.check, profile(posts=[_days_ago(-3)])).status is Status.PASS


def test_a_post_dated_after_the_check_date_is_said_to_be_after_it() -> None:
    verdict = run(posts.check, profile(posts=[_days_ago(-3)]))
    assert verdict.status is Status.PASS
    assert "(3 days after the check date)" in verdict.evidence[0]
    spanish = run(posts.check, profile("es", posts=[_days_ago(-1, "Hoy")]))
    assert "(1 día después de la revisión)" in spanish.evidence[0]
