"""Skills: enough of them listed, and every skill the member names elsewhere on the list.

A LinkedIn "Save to PDF" profile prints only the member's top 3 skills. When such a PDF shows
exactly 3 (and 3 would not pass), the full list cannot be seen: the status is unknown, the evidence
says the PDF shows only the top 3, and the advice is to confirm the count or use the data export.
Fewer than 3 in a PDF is the whole list, judged as usual.

A pasted page shows a few skills and a link such as "Show all 21 skills": the profile's
``skills_total`` is that number, and it is what counts toward the thresholds. Skills named
elsewhere but not among the visible ones may be on the hidden part, so that advice is hedged.
"""

from __future__ import annotations

from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.skill_terms import skill_names
from preflight.core.checks.wording import contains_words, join_words, quote_list, unique
from preflight.core.messages import Messages
from preflight.core.models import SourceFormat, Status

# How many skills LinkedIn's "Save to PDF" prints (its "Top Skills").
PDF_TOP_SKILLS = 3


def check(ctx: CheckContext) -> Verdict:
    """Pass at pass_min skills, warn at warn_min, else fail; suggest skills named but unlisted."""
    msg, limits = ctx.msg, ctx.settings.skills
    listed = unique(ctx.profile.skills)
    shown = len(listed)
    count = max(shown, ctx.profile.skills_total or 0)
    partial = count > shown  # the source says there are more than it shows
    top_only = (
        ctx.profile.source.format is SourceFormat.LINKEDIN_PDF
        and not partial
        and count == PDF_TOP_SKILLS
        and count < limits.pass_min
    )
    # The skills word lists are English and Spanish: a French About is not searched with them.
    other_language = bool(ctx.profile.source.other_language)
    missing, places = ([], []) if other_language else named_but_missing(ctx, listed)

    evidence = [_count_evidence(msg, listed, count, top_only=top_only)]
    suggestions: list[str] = []
    if missing:
        number = "one" if len(missing) == 1 else "many"
        skills = quote_list(msg, missing, 6)
        where = join_words(msg, [msg(f"checks.skills.place_{p}") for p in places])
        if top_only:
            evidence.append(msg("checks.skills.named_not_top", count=count, skills=skills))
        elif partial:
            evidence.append(msg(f"checks.skills.named_not_shown_{number}", skills=skills))
        else:
            evidence.append(msg(f"checks.skills.named_not_listed_{number}", skills=skills))
        hedged = "check" if top_only or partial else "add"
        key = f"checks.skills.suggest_{hedged}_named_{number}"
        suggestions.append(msg(key, skills=skills, places=where))
    if count >= limits.pass_min:
        # Enough skills: a named but unlisted one is an optional tip, not a shortfall shown as
        # evidence under a pass (a partial paste's hedged line says nothing is missing).
        kept = evidence if partial or top_only else evidence[:1]
        return Verdict(Status.PASS, kept, suggestions)
    if top_only:
        suggestions.append(msg("checks.skills.suggest_pdf", target=limits.pass_min))
        return Verdict(Status.UNKNOWN, evidence, suggestions)
    need = limits.pass_min - count - len(missing)  # the named ones, suggested above, count
    if missing and need > 0:
        key = "checks.skills.suggest_more_after"
        suggestions.append(msg(key, need=need, target=limits.pass_min))
    elif count and need > 0:
        suggestions.append(msg("checks.skills.suggest_more", need=need, target=limits.pass_min))
    elif not count and not missing:
        suggestions.append(msg("checks.skills.suggest_first", target=limits.pass_min))
    status = Status.WARN if count >= limits.warn_min else Status.FAIL
    return Verdict(status, evidence, suggestions)


def _count_evidence(msg: Messages, listed: list[str], count: int, *, top_only: bool) -> str:
    """How many skills the profile has, quoting the ones the source shows."""
    if top_only:
        return msg("checks.skills.pdf_top", count=count, skills=quote_list(msg, listed))
    if not count:
        return msg("checks.skills.none")
    if count == len(listed):
        return msg("checks.skills.count", count=count, skills=quote_list(msg, listed, 8))
    if not listed:
        return msg("checks.skills.count_hidden", count=count)
    skills = quote_list(msg, listed, 8)
    return msg("checks.skills.count_partial", count=count, shown=len(listed), skills=skills)


def named_but_missing(ctx: CheckContext, listed: list[str]) -> tuple[list[str], list[str]]:
    """Skills the headline, About or current roles name but the list lacks, and where.

    Only names used as skills count (``skill_terms``): not "sales" in "23 completed sales".

    Names are spelled as the skills lexicon spells them ("Partnerships"); a general skill is left
    out when a more specific one that contains it is listed or suggested ("Sales" and "B2B Sales").
    """
    analysis = ctx.analysis
    sources = {
        "headline": [analysis.headline],
        "summary": [analysis.summary],
        "role": list(analysis.current_roles),
    }
    found: dict[str, list[str]] = {}
    for place, texts in sources.items():
        names = [name for t in texts for name in skill_names(t)]
        found[place] = [s for s in unique(names) if not _listed(s, listed)]
    every = unique(s for names in found.values() for s in names)
    missing = [s for s in every if not _covered(s, every)]
    places = [p for p, names in found.items() if any(s in missing for s in names)]
    return missing, places


def _listed(skill: str, listed: list[str]) -> bool:
    """True when the list holds the skill, also as part of a longer name ("Apache Airflow")."""
    return any(contains_words(entry, skill) for entry in listed)


def _covered(skill: str, others: list[str]) -> bool:
    """True when a longer name among ``others`` contains the skill ("B2B Sales" covers "Sales")."""
    return any(
        other.casefold() != skill.casefold() and contains_words(other, skill) for other in others
    )
