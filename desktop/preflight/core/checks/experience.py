"""Experience: is there a current position, and does it say what the member does there?

A position is current when it has started by the check date and has no end, as LinkedIn shows
it; one that starts later is named in the evidence but not counted. With several current
positions the main one is judged: the one the headline names, else the longest-running.
"""

from __future__ import annotations

import datetime as dt

from preflight.core.analysis.profile import latest_ended
from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.wording import contains_words, one_line, quote
from preflight.core.messages import Messages
from preflight.core.models import Position, Profile, Status

# Other current positions quoted in the evidence.
_SHOWN = 3


def check(ctx: CheckContext) -> Verdict:
    """Fail with no current position; warn when the main one has no description; else pass."""
    msg, profile = ctx.msg, ctx.profile
    current = profile.current_on(ctx.as_of)
    upcoming = [_upcoming(msg, p, ctx.as_of) for p in profile.upcoming_on(ctx.as_of)]
    if not current:
        return _no_current(ctx, upcoming)

    main, reason = main_position(profile, ctx.as_of)
    assert main is not None  # there is a current position
    evidence = [_current_line(msg, main)]
    if reason:
        evidence.append(msg(f"checks.experience.main_{reason}", count=len(current)))
    suggestions: list[str] = []
    if main.description.strip():
        evidence.append(
            msg("checks.experience.described", description=quote(msg, main.description, 160))
        )
    others = [p for p in current if p is not main]
    evidence += [_current_line(msg, p, also=True) for p in others[:_SHOWN]]
    evidence += upcoming
    if not main.description.strip():
        evidence.append(msg("checks.experience.no_description", role=_role(msg, main)))
        suggestions.append(msg("checks.experience.suggest_describe", role=_role(msg, main)))
        return Verdict(Status.WARN, evidence, suggestions)
    roles = dict(zip((id(p) for p in current), ctx.analysis.current_roles, strict=False))
    role_text = roles.get(id(main))
    if role_text is not None and not role_text.quantities:
        suggestions.append(msg("checks.experience.suggest_number", role=_role(msg, main)))
    for other in [p for p in others if not p.description.strip()][:1]:
        suggestions.append(msg("checks.experience.suggest_describe_other", role=_role(msg, other)))
    return Verdict(Status.PASS, evidence, suggestions)


def main_position(profile: Profile, as_of: dt.date) -> tuple[Position | None, str]:
    """The current position to judge, and why: "" (the only one), "headline" or "longest"."""
    current = profile.current_on(as_of)
    if len(current) <= 1:
        return (current[0] if current else None), ""
    named = [p for p in current if _headline_names(profile.headline, p)]
    if len(named) == 1:
        return named[0], "headline"
    pool = named or current
    longest = min(pool, key=lambda p: p.start.earliest() if p.start else as_of)
    return longest, "longest"


def _headline_names(headline: str, position: Position) -> bool:
    """True when the headline names the position's title or its company."""
    title, company = one_line(position.title), one_line(position.company)
    return bool(
        (title and contains_words(headline, title))
        or (company and contains_words(headline, company))
    )


def _no_current(ctx: CheckContext, upcoming: list[str]) -> Verdict:
    """The fail verdict with no current position: the latest ended one and any future start."""
    msg, profile = ctx.msg, ctx.profile
    if not profile.positions:
        return Verdict(
            Status.FAIL, [msg("checks.experience.none")], [msg("checks.experience.suggest_add")]
        )
    ended = [p for p in profile.positions if p.end is not None]
    latest = latest_ended(profile.model_copy(update={"positions": ended})) if ended else None
    evidence = [
        msg("checks.experience.no_current_started" if upcoming else "checks.experience.no_current")
    ]
    if latest is not None:
        evidence.append(
            msg("checks.experience.latest_ended", role=_role(msg, latest), end=str(latest.end))
        )
    evidence += upcoming
    titled = latest or next(iter(profile.upcoming_on(ctx.as_of)), None)
    if titled is not None and titled.title.strip():
        suggestion = msg("checks.experience.suggest_current", title=quote(msg, titled.title, 80))
    else:
        suggestion = msg("checks.experience.suggest_add")
    return Verdict(Status.FAIL, evidence, [suggestion])


def _upcoming(msg: Messages, position: Position, as_of: dt.date) -> str:
    """A position that starts after the check date, named with its start."""
    return msg(
        "checks.experience.not_started",
        role=_role(msg, position),
        start=str(position.start),
        as_of=str(as_of),
    )


def _current_line(msg: Messages, position: Position, *, also: bool = False) -> str:
    since = msg("checks.experience.since", start=str(position.start)) if position.start else ""
    key = "checks.experience.also_current" if also else "checks.experience.current"
    return msg(key, role=_role(msg, position), since=since)


def _role(msg: Messages, position: Position) -> str:
    """“Title” at “Company”, in the output language."""
    title = one_line(position.title) or "?"
    if position.company.strip():
        return msg(
            "checks.experience.role_at",
            title=quote(msg, title, 80),
            company=quote(msg, position.company, 60),
        )
    return quote(msg, title, 80)
