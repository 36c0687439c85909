"""Invented profiles and hand-made assessments for report tests (no scoring involved)."""

from __future__ import annotations

import datetime as dt

from preflight.core.assessment import Assessment, CheckId, CheckResult, TextFix
from preflight.core.models import (
    Language,
    PartialDate,
    PhotoEvidence,
    Position,
    Post,
    Profile,
    SourceFormat,
    SourceInfo,
    Status,
)

AS_OF = dt.date(2026, 11, 26)
GENERATED = dt.datetime(2026, 11, 26, 9, 45)
MARKUP_HEADLINE = "Pricing analyst <b>for retailers</b> <script>alert(1)</script> & more"


def make_profile(
    *,
    headline: str = MARKUP_HEADLINE,
    summary: str = "I help <i>mid-size</i> retailers price with data: café owners saved €40k.",
    posts: int | None = 3,
    photo_path: str = "",
    name: str = "Ana Núñez",
) -> Profile:
    """Ana, an invented pricing analyst, with ``posts`` posts a week apart (None: no activity)."""
    post_list = (
        None
        if posts is None
        else [
            Post(date=AS_OF - dt.timedelta(days=7 * i), text=f"Post number {i} about pricing.")
            for i in range(posts)
        ]
    )
    return Profile(
        name=name,
        headline=headline,
        summary=summary,
        positions=[
            Position(
                title="Senior Pricing Analyst",
                company="Tiendas Áurea",
                description="Own pricing for 400 stores.",
                start=PartialDate(year=2022, month=3),
            )
        ],
        skills=["Pricing", "SQL", "Forecasting"],
        posts=post_list,
        photo=PhotoEvidence(kind="file", path=photo_path) if photo_path else None,
        source=SourceInfo(format=SourceFormat.LINKEDIN_EXPORT, path="/home/ana/Export_2026.zip"),
    )


def make_assessment(
    profile: Profile, *, ready: bool = False, language: Language = "en"
) -> Assessment:
    """Six results with distinct suggestions; when not ready, Posts then About block (listed out of
    points order on purpose: About has more points to gain)."""
    fail = Status.PASS if ready else Status.FAIL
    unknown = Status.PASS if ready else Status.UNKNOWN
    checks = [
        CheckResult(
            id=CheckId.PHOTO,
            status=Status.PASS,
            points=15,
            max_points=15,
            title="Profile photo",
            evidence=["Photo file given: 800 × 800 px."],
        ),
        CheckResult(
            id=CheckId.HEADLINE,
            status=Status.WARN,
            points=12,
            max_points=20,
            title="Headline",
            evidence=[f"Headline: “{profile.headline}”"],
            suggestions=["Lead with the role <em>first</em>."],
            fixes=[TextFix(field="headline", text="Pricing analyst | I help retailers")],
        ),
        CheckResult(
            id=CheckId.SUMMARY,
            status=fail,
            points=25 if ready else 3,
            max_points=25,
            title="About (summary)",
            evidence=["It has only 78 characters."],
            suggestions=["Open with one concrete result, such as the €40k saved."],
        ),
        CheckResult(
            id=CheckId.EXPERIENCE,
            status=Status.PASS,
            points=15,
            max_points=15,
            title="Current experience",
            evidence=["Current: Senior Pricing Analyst."],
        ),
        CheckResult(
            id=CheckId.SKILLS,
            status=Status.WARN,
            points=6,
            max_points=10,
            title="Skills",
            evidence=["3 listed."],
            suggestions=["Add “Markdown pricing”."],
        ),
        CheckResult(
            id=CheckId.POSTS,
            status=unknown,
            points=15 if ready else 0,
            max_points=15,
            title="Recent posts",
            evidence=["The export has no posts file."],
            suggestions=["Confirm you posted in the last 30 days."],
        ),
    ]
    score = sum(c.points for c in checks)
    return Assessment(
        ready=ready,
        score=score,
        as_of=AS_OF,
        language=language,
        source=profile.source,
        name=profile.name,
        headline=profile.headline,
        checks=checks,
        blockers=[] if ready else [CheckId.POSTS, CheckId.SUMMARY],
    )
