"""Posts: has the member posted recently enough that an InMail reader sees an active profile?"""

from __future__ import annotations

import datetime as dt

from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.rewrite import member_title, top_skills
from preflight.core.checks.skill_terms import skill_names
from preflight.core.checks.wording import quote
from preflight.core.date_words import spoken_date
from preflight.core.models import Post, Status


def check(ctx: CheckContext) -> Verdict:
    """Pass within recent_days, warn within stale_days, else fail; unknown with no activity."""
    msg, profile, limits = ctx.msg, ctx.profile, ctx.settings.posts
    source = msg(f"checks.source.{profile.source.format.value}")
    if profile.posts is None:
        return Verdict(
            Status.UNKNOWN,
            [msg("checks.posts.no_activity", source=source)],
            [msg("checks.posts.suggest_unknown", days=limits.recent_days)],
        )
    own = [p for p in profile.posts if p.is_own]
    reposts = _reposts(ctx, [p for p in profile.posts if not p.is_own])
    dated = [p for p in own if p.date is not None]
    if not own:
        evidence = [msg("checks.posts.none", source=source), *reposts]
        return Verdict(Status.FAIL, evidence, [_idea(ctx)])
    if not dated:
        return Verdict(
            Status.UNKNOWN,
            [msg("checks.posts.undated", count=len(own)), *reposts],
            [msg("checks.posts.suggest_unknown", days=limits.recent_days)],
        )
    newest = max(dated, key=_date)
    signed_days = (ctx.as_of - _date(newest)).days
    days = max(signed_days, 0)  # a post dated after the check date is as recent as can be
    evidence = [_newest(ctx, newest, signed_days), *reposts]
    if days <= limits.recent_days:
        return Verdict(Status.PASS, evidence)
    if days <= limits.stale_days:
        return Verdict(Status.WARN, evidence, [_idea(ctx)])
    return Verdict(Status.FAIL, evidence, [_idea(ctx)])


def _reposts(ctx: CheckContext, reposts: list[Post]) -> list[str]:
    """One line on the member's reposts: activity shown, not counted as posts of their own."""
    if not reposts:
        return []
    msg = ctx.msg
    dated = [p for p in reposts if p.date is not None]
    if not dated:
        return [msg("checks.posts.reposts_undated", count=len(reposts))]
    newest = max(dated, key=_date)
    key = "checks.posts.reposts_about" if newest.approximate else "checks.posts.reposts"
    return [msg(key, count=len(reposts), date=str(newest.date))]


def _date(post: Post) -> dt.date:
    return post.date or dt.date.min


def _newest(ctx: CheckContext, post: Post, days: int) -> str:
    """When the newest post went out, in words, with its opening quoted."""
    msg = ctx.msg
    key = "checks.posts.newest_about" if post.approximate else "checks.posts.newest"
    if days < 0:
        age_key = "age_after_one" if days == -1 else "age_after"
    else:
        age_key = "age_today" if days == 0 else "age_one" if days == 1 else "age_many"
    age = msg(f"checks.posts.{age_key}", days=abs(days))
    line = msg(key, date=spoken_date(msg, post.date), age=age)
    if post.text.strip():
        line += " " + quote(msg, post.text, 100)
    return line


def _is_skill(ctx: CheckContext, name: str) -> bool:
    """True for a listed skill or one the text names as a skill (not "sales" in "23 sales")."""
    analysis = ctx.analysis
    texts = (analysis.headline, analysis.summary, *analysis.current_roles)
    known = [*ctx.profile.skills, *(n for t in texts for n in skill_names(t))]
    return any(name.casefold() == k.casefold() for k in known)


def _idea(ctx: CheckContext) -> str:
    """A first post idea from the member's own title and top skill."""
    msg = ctx.msg
    title = member_title(ctx.profile, ctx.analysis, ctx.as_of)
    skills = [s for s in top_skills(ctx.profile, ctx.analysis, title, 3) if _is_skill(ctx, s)][:1]
    days = ctx.settings.posts.recent_days
    if title and skills:
        return msg("checks.posts.suggest_post_skill", title=title, skill=skills[0], days=days)
    if title:
        return msg("checks.posts.suggest_post_title", title=title, days=days)
    return msg("checks.posts.suggest_post", days=days)
