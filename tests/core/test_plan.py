"""The readiness plan: gains ranked by points, each projection equal to re-scoring the fixes."""

from __future__ import annotations

from preflight.core.assessment import CheckId
from preflight.core.models import Status
from preflight.core.plan import build_plan
from preflight.core.scoring import assess, projected
from preflight.core.settings import Settings
from tests.core.checks.profiles import AS_OF
from tests.core.report.builders import make_assessment, make_profile


def test_blockers_come_first_then_warnings_by_points_lost() -> None:
    plan = build_plan(make_assessment(make_profile()))
    # Summary fails (22 to gain) and posts are unknown (15): both block, most points first;
    # then the headline warning (8) before the skills warning (4).
    assert [s.check for s in plan.steps] == [
        CheckId.SUMMARY,
        CheckId.POSTS,
        CheckId.HEADLINE,
        CheckId.SKILLS,
    ]
    assert [s.kind for s in plan.steps] == ["fix", "confirm", "improve", "improve"]
    assert [s.points for s in plan.steps] == [22, 15, 8, 4]


def test_each_step_projects_the_cumulative_score_and_when_the_profile_becomes_ready() -> None:
    plan = build_plan(make_assessment(make_profile()))
    assert plan.score == 51 and not plan.ready
    assert [(s.score_after, s.ready_after) for s in plan.steps] == [
        (73, False),
        (88, True),
        (96, True),
        (100, True),
    ]
    assert [s.check for s in plan.to_ready] == [CheckId.SUMMARY, CheckId.POSTS]
    assert not plan.only_confirmations


def test_a_ready_profile_with_nothing_left_has_no_steps() -> None:
    plan = build_plan(make_assessment(make_profile(), ready=True))
    # The hand-made ready assessment still has two warnings worth 12 points.
    assert [s.check for s in plan.steps] == [CheckId.HEADLINE, CheckId.SKILLS]
    assert plan.to_ready == ()


def test_the_projection_matches_assessing_again_with_the_check_confirmed() -> None:
    from tests.core.test_scoring import _ready_profile

    profile = _ready_profile(photo=None)
    before = assess(profile, as_of=AS_OF, language="en", settings=Settings())
    assert before.check(CheckId.PHOTO).status is Status.UNKNOWN
    plan = build_plan(before)
    assert plan.only_confirmations and plan.confirmations == 1
    after = assess(
        profile,
        as_of=AS_OF,
        language="en",
        settings=Settings(),
        confirmed=frozenset({CheckId.PHOTO}),
    )
    assert projected(before, [CheckId.PHOTO]) == (after.score, after.ready) == (100, True)
    assert (plan.steps[0].score_after, plan.steps[0].ready_after) == (after.score, after.ready)
