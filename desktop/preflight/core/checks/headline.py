"""Headline: does it say what the member does and for whom, without noise or the bare default?"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from preflight.core.analysis.lexicons import lexicon_words
from preflight.core.analysis.signals import markup_tags
from preflight.core.analysis.text import analyze_text
from preflight.core.assessment import TextFix
from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.checks.guard import improves
from preflight.core.checks.rewrite import (
    HeadlineProposal,
    member_audience,
    member_title,
    propose_headline,
    tidy_headline,
)
from preflight.core.checks.wording import (
    contains_words,
    mention_texts,
    one_line,
    quote,
    quote_list,
    quote_tags,
)
from preflight.core.models import Language, Profile, Status

if TYPE_CHECKING:
    from preflight.core.analysis.text import TextAnalysis

# What may be left of a "Title at Company" headline once title and company are removed: a connector
# such as "at", "en", "@", "|" or "-" (any language), never a real word.
_CONNECTOR_MAX_CHARS = 3
# A headline that lists several things ("Title at Company | what I do") is more than the default.
_SEPARATORS = "|·•"


def check(ctx: CheckContext) -> Verdict:
    """Fail when empty, job-seeking only or naming no role; warn for default, emoji, length."""
    msg, profile, text = ctx.msg, ctx.profile, ctx.analysis.headline
    limits = ctx.settings.headline
    headline = one_line(profile.headline)
    if not headline:
        proposal = _proven_proposal(ctx)
        return Verdict(
            Status.FAIL, [msg("checks.headline.empty")], _offer(ctx, proposal), _fixes(proposal)
        )

    evidence = [msg("checks.headline.quoted", headline=quote(msg, headline, 260))]
    at_title, company_last = _title_at_company(profile, headline) or _role_at_company(
        text, headline
    )
    work = (
        mention_texts(text.roles)
        or _titles_named(profile, headline)
        or mention_texts(text.skills)
        or ([at_title] if at_title else [])
    )
    form = _form_findings(ctx, headline)
    if not work:
        proposal = _proven_proposal(ctx)
    if not work and text.job_seeking:
        phrases = quote_list(msg, mention_texts(text.job_seeking))
        evidence.append(msg("checks.headline.job_seeking_only", phrases=phrases))
        advice = [
            msg("checks.headline.suggest_job_seeking", phrases=phrases),
            *_offer(ctx, proposal),
        ]
        return _failed(evidence, advice, _fixes(proposal), form)
    if not work:
        evidence.append(msg("checks.headline.no_role"))
        return _failed(evidence, _offer(ctx, proposal), _fixes(proposal), form)

    evidence.append(msg("checks.headline.names_role", roles=quote_list(msg, work, 3)))
    suggestions: list[str] = []
    fixes: list[TextFix] = []
    warned = False
    plain_title_at_company = (
        at_title
        and company_last
        and not (text.reader_value or text.quantities)
        and not any(ch in headline for ch in _SEPARATORS)
    )
    if plain_title_at_company or _is_bare_default(profile, headline):
        warned = True
        evidence.append(msg("checks.headline.default"))
        proposal = _proven_proposal(ctx)
        suggestions += _offer(ctx, proposal, "checks.headline.suggest_default")
        fixes += _fixes(proposal)
    tidy = tidy_headline(headline, limits.max_chars, tuple(mention_texts(text.buzzwords)))
    if len(headline) > limits.max_chars:
        warned = True
        evidence.append(msg("checks.headline.too_long", chars=len(headline), max=limits.max_chars))
        suggestions.append(
            msg(
                "checks.headline.suggest_shorter",
                max=limits.max_chars,
                over=len(headline) - limits.max_chars,
                cut=quote(msg, headline[limits.max_chars :], 80),
            )
        )
    if text.emoji_count > limits.max_emoji:
        warned = True
        evidence.append(msg("checks.headline.emoji", count=text.emoji_count))
        suggestions.append(msg("checks.headline.suggest_emoji", max=limits.max_emoji))
    if form:
        warned = True
        for evidence_line, suggestion in form:
            evidence.append(evidence_line)
            suggestions.append(suggestion)
    if (
        warned
        and tidy
        and tidy != headline
        and len(tidy) >= len(headline) // 2
        and _clean(tidy, text.language)
        and improves(ctx, "headline", tidy, check)
    ):
        suggestions.append(msg("checks.headline.suggest_tidy", tidy=quote(msg, tidy, 300)))
        fixes.append(TextFix(field="headline", text=tidy))
    if text.job_seeking:
        suggestions.append(
            msg(
                "checks.headline.suggest_open_to_work",
                phrases=quote_list(msg, mention_texts(text.job_seeking)),
            )
        )
    if warned:
        return Verdict(Status.WARN, evidence, suggestions, fixes)
    # A passing headline is the member's to keep: optional tips, never a rewrite to apply.
    return Verdict(Status.PASS, evidence, [*_audience_tip(ctx), *suggestions])


def _audience_tip(ctx: CheckContext) -> list[str]:
    """For a headline that says nothing of the reader: the About's words on whom they help."""
    if ctx.analysis.headline.reader_value:
        return []
    audience = member_audience(ctx.analysis)
    if not audience:
        return []
    return [ctx.msg("checks.headline.suggest_audience", audience=quote(ctx.msg, audience, 160))]


def _fixes(proposal: HeadlineProposal | None) -> list[TextFix]:
    return [TextFix(field="headline", text=proposal.text)] if proposal else []


def _proven_proposal(ctx: CheckContext) -> HeadlineProposal | None:
    """The headline built from the profile, if applying it makes this check pass cleanly."""
    if not ctx.offer_rewrites:
        return None
    proposal = propose_headline(
        ctx.profile, ctx.analysis, ctx.settings.headline.max_chars, ctx.as_of
    )
    if proposal is None or (not proposal.has_audience and " | " not in proposal.text):
        return None  # the bare title is what a default headline already says
    if not improves(ctx, "headline", proposal.text, check):
        return None
    return proposal


def _clean(candidate: str, language: Language) -> bool:
    """True when a tidied headline carries no capitals, markup or bare keyword list: tidying
    (emoji, length, cliché-only parts) cannot fix those, so offering it would keep the fault."""
    tidy = analyze_text(candidate, language)
    return not (tidy.shouting or tidy.markup or tidy.keyword_dumps)


def _failed(
    evidence: list[str], advice: list[str], fixes: list[TextFix], form: list[tuple[str, str]]
) -> Verdict:
    """A failing verdict that still names capitals, markup and clichés ("<b>…</b>" hides roles)."""
    return Verdict(
        Status.FAIL,
        [*evidence, *(e for e, _ in form)],
        [*advice, *(s for _, s in form)],
        fixes,
    )


def _form_findings(ctx: CheckContext, headline: str) -> list[tuple[str, str]]:
    """Capitals, markup, a bare keyword list and clichés: each costs the headline its pass."""
    msg, text = ctx.msg, ctx.analysis.headline
    out: list[tuple[str, str]] = []
    if text.shouting:
        out.append(
            (
                msg("checks.headline.shouting", headline=quote(msg, headline, 160)),
                msg("checks.headline.suggest_sentence_case"),
            )
        )
    if text.markup:
        tags = quote_tags(msg, markup_tags(text))
        out.append(
            (
                msg("checks.headline.markup", tags=tags),
                msg("checks.headline.suggest_remove_markup", tags=tags),
            )
        )
    if text.keyword_dumps:
        out.append(
            (msg("checks.headline.keyword_dump"), msg("checks.headline.suggest_keyword_dump"))
        )
    if text.buzzwords:
        words = quote_list(msg, mention_texts(text.buzzwords))
        out.append(
            (
                msg("checks.headline.cliches", words=words),
                msg("checks.headline.suggest_cut_cliches", words=words),
            )
        )
    return out


def _offer(
    ctx: CheckContext,
    proposal: HeadlineProposal | None,
    key: str = "checks.headline.suggest_rewrite",
) -> list[str]:
    """The proven rewrite, else the shape of one around the title, else general advice."""
    if proposal is None:
        title = member_title(ctx.profile, ctx.analysis, ctx.as_of) if ctx.offer_rewrites else ""
        if not title:
            return [ctx.msg("checks.headline.suggest_generic")]
        # Only the title to build on: show the shape of a better headline around it.
        return [ctx.msg("checks.headline.suggest_extend", title=quote(ctx.msg, title), plain=title)]
    out = [ctx.msg(key, proposal=quote(ctx.msg, proposal.text, 300))]
    if not proposal.has_audience:
        out.append(ctx.msg("checks.headline.suggest_add_audience"))
    return out


def _titles_named(profile: Profile, headline: str) -> list[str]:
    """Position titles the headline repeats word for word (roles the lexicon may not know)."""
    return [
        p.title for p in profile.positions if p.title.strip() and contains_words(headline, p.title)
    ]


def _title_at_company(profile: Profile, headline: str) -> tuple[str, bool] | None:
    """The title in a "<title> at <Company>" headline, and whether the company ends the headline."""
    folded = headline.casefold()
    for position in profile.positions:
        company = one_line(position.company)
        at = folded.find(company.casefold()) if company else -1
        if at <= 0 or not contains_words(headline, company):
            continue
        before = headline[:at]
        for separator in _SEPARATORS:
            before = before.rsplit(separator, 1)[-1]
        words = before.split()
        if words and len(words[-1].strip("@-–—,:")) <= _CONNECTOR_MAX_CHARS:
            words = words[:-1]  # the connector: "at", "en", "@", "bei", "-"
        title = " ".join(words).strip(" @-–—,:")
        if title:
            after = headline[at + len(company) :]
            return title, not any(ch.isalnum() for ch in after)
    return None


def _role_at_company(text: TextAnalysis, headline: str) -> tuple[str, bool]:
    """ "<role> at|en|@ <Company>" from the headline alone, for profiles with no positions.

    The company must start with a capital or a digit ("Engineer at heart" names no employer) and
    run to the end of the headline.
    """
    for role in text.roles:
        match = _CONNECTOR.match(headline[role.end :])
        if match is None or match.group(1).casefold() not in _connectors():
            continue
        company = match.group(2).strip()
        if company[:1].isupper() or company[:1].isdigit():
            return headline[: role.end].strip(" -–—,:"), True
    return "", False


# A connector word, then the rest of the headline: " at Gladstone Institutes", " @Acme".
_CONNECTOR = re.compile(r"\s*(@|\w+)\s*(\S.*)$", re.DOTALL)


@cache
def _connectors() -> frozenset[str]:
    """The words between title and employer in LinkedIn's default headline, in either language."""
    return lexicon_words("en", "company_connectors") | lexicon_words("es", "company_connectors")


def _is_bare_default(profile: Profile, headline: str) -> bool:
    """True for LinkedIn's default: just a position title, or "Title at Company", nothing more."""
    for position in profile.positions:
        if not position.title.strip() or not contains_words(headline, position.title):
            continue
        rest = _remove_words(headline, position.title)
        if position.company.strip():
            rest = _remove_words(rest, position.company)
        if len(rest.replace(" ", "")) <= _CONNECTOR_MAX_CHARS:
            return True
    return False


def _remove_words(text: str, phrase: str) -> str:
    """``text`` as lower-case words without punctuation, minus one whole-word ``phrase``."""
    flat, words = f" {_plain(text)} ", _plain(phrase)
    return flat.replace(f" {words} ", " ", 1).strip()


def _plain(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())
