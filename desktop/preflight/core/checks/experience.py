"""Experience: is there a current position, and does it say what the member does there?"""

from __future__ import annotations

from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.rewrite import lead_position
from preflight.core.checks.wording import one_line, quote
from preflight.core.messages import Messages
from preflight.core.models import Position, Status

# Current positions quoted in the evidence; the rest are still checked for a description.
_SHOWN = 3


def check(ctx: CheckContext) -> Verdict:
    """Fail with no current position; warn when a current one has no description; pass otherwise."""
    msg, profile = ctx.msg, ctx.profile
    current = profile.current_positions
    if not current:
        latest = lead_position(profile)
        if latest is None:
            return Verdict(
                Status.FAIL, [msg("checks.experience.none")], [msg("checks.experience.suggest_add")]
            )
        ended = [
            msg("checks.experience.no_current"),
            msg(
                "checks.experience.latest_ended",
                role=_role(msg, latest),
                end=str(latest.end or "?"),
            ),
        ]
        suggestion = msg("checks.experience.suggest_current", title=quote(msg, latest.title, 80))
        return Verdict(Status.FAIL, ended, [suggestion])

    evidence: list[str] = []
    suggestions: list[str] = []
    bare = [p for p in current if not p.description.strip()]
    for position in current[:_SHOWN]:
        since = msg("checks.experience.since", start=str(position.start)) if position.start else ""
        evidence.append(msg("checks.experience.current", role=_role(msg, position), since=since))
        if position.description.strip():
            evidence.append(
                msg(
                    "checks.experience.described", description=quote(msg, position.description, 160)
                )
            )
    for position in bare:
        evidence.append(msg("checks.experience.no_description", role=_role(msg, position)))
        suggestions.append(msg("checks.experience.suggest_describe", role=_role(msg, position)))
    if bare:
        return Verdict(Status.WARN, evidence, suggestions)
    unmeasured = [
        p
        for p, text in zip(current, ctx.analysis.current_roles, strict=False)
        if not text.quantities
    ]
    for position in unmeasured[:1]:
        suggestions.append(msg("checks.experience.suggest_number", role=_role(msg, position)))
    return Verdict(Status.PASS, evidence, suggestions)


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
