"""Skills: enough of them listed, and every skill the member names elsewhere on the list."""

from __future__ import annotations

from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.wording import (
    contains_words,
    join_words,
    mention_texts,
    quote_list,
    unique,
)
from preflight.core.models import Status


def check(ctx: CheckContext) -> Verdict:
    """Pass at pass_min skills, warn at warn_min, else fail; suggest skills named but unlisted."""
    msg, limits = ctx.msg, ctx.settings.skills
    listed = unique(ctx.profile.skills)
    count = len(listed)
    missing, places = _named_but_missing(ctx, listed)

    evidence = [
        msg("checks.skills.count", count=count, skills=quote_list(msg, listed, 8))
        if count
        else msg("checks.skills.none")
    ]
    suggestions: list[str] = []
    if missing:
        evidence.append(msg("checks.skills.named_not_listed", skills=quote_list(msg, missing, 6)))
        suggestions.append(
            msg(
                "checks.skills.suggest_add_named",
                skills=quote_list(msg, missing, 6),
                places=join_words(msg, [msg(f"checks.skills.place_{p}") for p in places]),
            )
        )
    if count >= limits.pass_min:
        return Verdict(Status.PASS, evidence, suggestions)
    need = limits.pass_min - count
    if count:
        suggestions.append(msg("checks.skills.suggest_more", need=need, target=limits.pass_min))
    else:
        suggestions.append(msg("checks.skills.suggest_first", target=limits.pass_min))
    status = Status.WARN if count >= limits.warn_min else Status.FAIL
    return Verdict(status, evidence, suggestions)


def _named_but_missing(ctx: CheckContext, listed: list[str]) -> tuple[list[str], list[str]]:
    """Skills the headline, About or current roles name but the list lacks, and where."""
    analysis = ctx.analysis
    sources = {
        "headline": mention_texts(analysis.headline.skills),
        "summary": mention_texts(analysis.summary.skills),
        "role": [t for role in analysis.current_roles for t in mention_texts(role.skills)],
    }
    missing: list[str] = []
    places: list[str] = []
    for place, named in sources.items():
        new = [s for s in named if not _listed(s, listed)]
        if new:
            places.append(place)
            missing += new
    return unique(missing), places


def _listed(skill: str, listed: list[str]) -> bool:
    """True when the list holds the skill, also as part of a longer name ("Apache Airflow")."""
    return any(contains_words(entry, skill) for entry in listed)
