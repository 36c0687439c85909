"""Runs the six checks on a profile, weighs them into a score, and gates readiness for InMail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from preflight.core.analysis.profile import analyze_profile
from preflight.core.assessment import Assessment, CheckId, CheckResult
from preflight.core.checks import experience, headline, photo, posts, skills, summary
from preflight.core.checks.base import Check, CheckContext, Verdict
from preflight.core.checks.language_gate import other_language_verdict
from preflight.core.messages import messages
from preflight.core.models import Language, Profile, Status
from preflight.core.settings import Settings

CHECKS: dict[CheckId, Check] = {
    CheckId.PHOTO: photo.check,
    CheckId.HEADLINE: headline.check,
    CheckId.SUMMARY: summary.check,
    CheckId.EXPERIENCE: experience.check,
    CheckId.SKILLS: skills.check,
    CheckId.POSTS: posts.check,
}


def assess(
    profile: Profile,
    *,
    as_of: dt.date,
    language: Language,
    settings: Settings,
    confirmed: frozenset[CheckId] = frozenset(),
) -> Assessment:
    """Judges every section of ``profile`` on ``as_of``, with titles and advice in ``language``."""
    msg = messages(language)
    ctx = CheckContext(
        profile=profile,
        analysis=analyze_profile(profile, as_of),
        settings=settings,
        as_of=as_of,
        msg=msg,
    )
    weights = settings.weights.model_dump()
    results: list[CheckResult] = []
    for check_id in CheckId:
        verdict = other_language_verdict(ctx, check_id) or CHECKS[check_id](ctx)
        if check_id in confirmed:
            verdict = confirmed_verdict(verdict, msg("checks.common.confirmed"))
        max_points = int(weights[check_id.value])
        results.append(
            CheckResult(
                id=check_id,
                status=verdict.status,
                points=points_for(verdict.status, max_points),
                max_points=max_points,
                title=msg(f"checks.{check_id.value}.title"),
                evidence=verdict.evidence,
                suggestions=verdict.suggestions,
                fixes=verdict.fixes,
                confirmed_by_user=check_id in confirmed,
            )
        )
    total = sum(r.max_points for r in results)
    earned = sum(r.points for r in results)
    return Assessment(
        ready=not any(r.blocks for r in results),
        score=_round_half_up(100 * earned, total),
        as_of=as_of,
        language=language,
        source=profile.source,
        name=profile.name,
        headline=profile.headline,
        checks=results,
        blockers=blockers(results),
    )


def confirmed_verdict(verdict: Verdict, confirmation: str) -> Verdict:
    """The user vouches for a check: it passes, its own evidence kept, the confirmation added.

    Advice that asked for that confirmation (an unknown check's) is dropped; other advice stays.
    """
    advice = [] if verdict.status is Status.UNKNOWN else verdict.suggestions
    return Verdict(Status.PASS, [*verdict.evidence, confirmation], advice, verdict.fixes)


def points_for(status: Status, max_points: int) -> int:
    """Full points for pass, half (rounded up) for warn, none for fail or unknown."""
    if status is Status.PASS:
        return max_points
    if status is Status.WARN:
        return _round_half_up(max_points, 2)
    return 0


def blockers(results: list[CheckResult]) -> list[CheckId]:
    """The failing or unknown checks, most points to gain first, then in checklist order."""
    order = list(CheckId)
    blocking = [r for r in results if r.blocks]
    blocking.sort(key=lambda r: (-r.points_to_gain, order.index(r.id)))
    return [r.id for r in blocking]


def _round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator to the nearest integer, halves up (round(2.5) would give 2)."""
    return (2 * numerator + denominator) // (2 * denominator)


def projected(assessment: Assessment, fixed: Iterable[CheckId]) -> tuple[int, bool]:
    """The score and readiness ``assessment`` would have if the ``fixed`` checks passed.

    Uses the same weighing as ``assess``: a fixed check earns its full points, and a check
    stops blocking once fixed (or, for an unknown one, once the user confirms it).
    """
    done = set(fixed)
    total = sum(r.max_points for r in assessment.checks)
    earned = sum(r.max_points if r.id in done else r.points for r in assessment.checks)
    ready = not any(r.blocks for r in assessment.checks if r.id not in done)
    return _round_half_up(100 * earned, total) if total else 0, ready
