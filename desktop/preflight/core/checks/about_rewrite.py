"""An About rebuilt from the member's strongest clean lines: result, whom they help, next step."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from preflight.core.analysis.lexicons import lexicon_words
from preflight.core.analysis.pipeline import get_nlp
from preflight.core.analysis.profile import ROLE_SEPARATOR
from preflight.core.checks.impact import Measure, is_deed, measure, ranked
from preflight.core.checks.rewrite import audience_clause, top_skills
from preflight.core.checks.units import Unit, units_of
from preflight.core.checks.wording import join_words, one_line
from preflight.core.messages import messages

if TYPE_CHECKING:
    from preflight.core.analysis.profile import ProfileAnalysis
    from preflight.core.analysis.text import TextAnalysis
    from preflight.core.models import Language, Profile
    from preflight.core.settings import SummarySettings

# A paragraph break between the opening, the body and the invitation.
_PARAGRAPH = "\n\n"
# Whom a role serves, cut to what reads well in one sentence.
_AUDIENCE_MAX = 100
# LinkedIn's 2,600 characters hold at most this many lines; the rest of a longer text is never read.
_MAX_LINES = 150
# No line worth adding is shorter than this ("I cut costs 20%.").
_SHORTEST_LINE = 16
# Two lines sharing this share of the shorter one's words say the same thing.
_SAME_SHARE = 0.8


@dataclass(frozen=True)
class _Material:
    """The member's lines a rewrite is made of, already sorted out."""

    opening: str  # the strongest result, then whom they help
    used: tuple[str, ...]
    fillers: tuple[str, ...]  # further clean lines of the About, strongest first
    spare: tuple[str, ...]  # lines to reach the minimum length: role deeds, plain lines
    closing: str  # one invitation


def opening_lines(profile: Profile, analysis: ProfileAnalysis, limits: SummarySettings) -> str:
    """What an About should lead with: the strongest clean result, then whom the member helps."""
    material = _material(profile, analysis, limits)
    return material.opening if material else ""


def rewrite_about(
    profile: Profile, analysis: ProfileAnalysis, limits: SummarySettings
) -> str | None:
    """The About rebuilt from clean sentences of the profile, or None when they make no result.

    It opens with the strongest result (by what it measures), then whom the member helps, then
    their other clean results and lines for the reader, and ends with one invitation. Duties,
    clichés, repeats, third-person lines, shouting, keyword dumps and life story are left out.
    It is no longer than the original About unless that is under ``limits.min_chars``.
    """
    material = _material(profile, analysis, limits)
    if material is None:
        return None
    about = profile.summary.strip()
    cap = limits.max_chars if len(about) < limits.min_chars else min(len(about), limits.max_chars)
    used = list(material.used)
    middle: list[str] = []

    def draft(extra: list[str]) -> str:
        body = " ".join(_sentence(t) for t in extra)
        return _PARAGRAPH.join(p for p in (material.opening, body, material.closing) if p)

    for text in material.fillers:
        if len(draft(middle)) >= cap - _SHORTEST_LINE:
            break  # full: no further line fits
        if len(draft([*middle, text])) <= cap and _is_new(text, [*used, *middle]):
            middle.append(text)
    if len(draft(middle)) < limits.min_chars:
        spare = [*material.spare, _skills_line(profile, analysis, draft(middle))]
        for text in spare:
            if text and _is_new(text, [*used, *middle]) and len(draft([*middle, text])) <= cap:
                middle.append(text)
            if len(draft(middle)) >= limits.min_chars:
                break
    text = draft(middle)
    return text if limits.min_chars <= len(text) <= cap else None


def _material(
    profile: Profile, analysis: ProfileAnalysis, limits: SummarySettings
) -> _Material | None:
    """The lines to build from, or None without a clean result with a number to open with."""
    language = analysis.language
    own = units_of(analysis.summary, name=profile.name, max_words=limits.max_sentence_words)
    mine = [u for u in own if u.clean and u.substantive]
    invitations = [u for u in mine if u.calls_to_action]
    if not invitations and own and own[-1] in mine and _is_offer(own[-1], analysis.language):
        # "If you are building a clinic, I would be glad to compare notes" closes the About: it
        # stays the one next step, not a second one before the standard invitation.
        invitations = [own[-1]]
    body = [u for u in mine if u not in invitations]
    strongest = ranked(body + _role_units(profile, analysis, limits.max_sentence_words), language)
    if not strongest or measure(strongest[0], language) < Measure.PEOPLE:
        return None
    lead = strongest[0]
    audience = _audience(profile, analysis, body, lead)
    used = tuple(t for t in (lead.text, audience) if t)
    return _Material(
        opening=" ".join(_sentence(t) for t in used),
        used=used,
        fillers=tuple(
            ([u.text for u in ranked(body, language)] + [u.text for u in body])[:_MAX_LINES]
        ),
        spare=tuple(
            ([u.text for u in strongest] + [u.text for u in own if u.clean and not u.substantive])[
                :_MAX_LINES
            ]
        ),
        closing=_sentence(invitations[-1].text) if invitations else _cta(language),
    )


def _is_offer(unit: Unit, language: Language) -> bool:
    """True for a closing offer to the reader: "If you are building…, I would be glad to…"."""
    first = unit.text.split(maxsplit=1)[0].casefold().strip("¿¡,")
    return bool(unit.reader_value) and first in lexicon_words(language, "conditionals")


def _is_new(text: str, used: list[str]) -> bool:
    """False when ``text`` says what a line already used says: "Cut deploy time from 50 to 8
    minutes" after "At Ledgerwise I cut deploy time from 50 to 8 minutes"."""
    words = _words(text)
    for other in used:
        known = _words(other)
        shared = len(words & known)
        if shared and shared >= _SAME_SHARE * min(len(words), len(known)):
            return False
    return True


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold()))


def _role_units(profile: Profile, analysis: ProfileAnalysis, max_words: int) -> list[Unit]:
    """Clean deeds from the current positions' descriptions, else from the latest one."""
    roles: list[TextAnalysis] = list(analysis.current_roles)
    if not roles and analysis.latest_role is not None:
        roles = [analysis.latest_role]
    language = analysis.language
    return [
        u
        for role in roles
        for u in units_of(role, name=profile.name, max_words=max_words, skip_title=True)
        if u.clean and is_deed(u, language) and not u.calls_to_action
    ]


def _audience(profile: Profile, analysis: ProfileAnalysis, body: list[Unit], lead: Unit) -> str:
    """Whom the member helps: their own clean line, a clause of theirs, or whom a role serves."""
    for unit in body:
        if unit.reader_value and unit is not lead:
            return unit.text
    for text in (analysis.headline, *analysis.current_roles):
        clause = audience_clause(text)
        if clause and not _has_fault(text, clause):
            return clause
    served = _served(analysis)
    if served:
        return messages(analysis.language)("checks.rewrite.summary_audience", audience=served)
    return ""


def _has_fault(text: TextAnalysis, clause: str) -> bool:
    """True when ``clause`` holds a cliché, duty or job-seeking phrase of ``text``, an emoji or
    markup: a headline's "I help teams forecast 🚀" does not belong in an About sentence."""
    from preflight.core.analysis.emoji import count_emoji

    if count_emoji(clause) or "<" in clause or ">" in clause:
        return True
    folded = clause.casefold()
    return any(
        m.text.casefold() in folded for m in (*text.buzzwords, *text.duties, *text.job_seeking)
    )


def _served(analysis: ProfileAnalysis) -> str:
    """Whom a current role serves, from its description: "software to distributors with 50…"."""
    language = analysis.language
    markers = lexicon_words(language, "audience_prepositions")
    for role in analysis.current_roles:
        _, _, description = role.text.partition(ROLE_SEPARATOR)
        first = re.split(r"[.;•\n]", description, maxsplit=1)[0]
        words = first.split()
        for i, word in enumerate(words[:-1]):
            if word.casefold() in markers and _names_people(words[i + 1 : i + 3], language):
                served = " ".join(words[i + 1 :]).rstrip(" ,:")
                if len(served) > _AUDIENCE_MAX:
                    served = (
                        served[: served.rfind(",", 0, _AUDIENCE_MAX)]
                        if "," in served[:_AUDIENCE_MAX]
                        else ""
                    )
                if served and not _has_fault(role, served):
                    return served
    return ""


def _names_people(words: list[str], language: Language) -> bool:
    """True for "distributors…" or "regional distributors…", not "reduce costs" or "reducir costes".

    A plural first word, or a plural second one after a word that is no verb (no achievement verb,
    no Spanish infinitive).
    """
    plural = [w.rstrip(",").endswith("s") for w in words]
    if (
        not words
        or not words[0].islower()
        or words[0].casefold() in get_nlp(language).Defaults.stop_words
    ):
        return False  # "a través de", "for various reasons", "to us"
    if plural[0]:
        return True
    first = words[0].casefold()
    verbs = lexicon_words(language, "achievement_verbs")
    verb_like = first in verbs or (language == "es" and first.endswith(("ar", "er", "ir")))
    return len(words) > 1 and plural[1] and not verb_like


def _skills_line(profile: Profile, analysis: ProfileAnalysis, written: str) -> str:
    """ "I work with A, B and C." from listed skills the draft does not name yet."""
    listed = {s.casefold() for s in profile.skills}
    skills = [s for s in top_skills(profile, analysis, written, 10) if s.casefold() in listed][:3]
    if not skills:
        return ""
    m = messages(analysis.language)
    return m("checks.rewrite.summary_skills", skills=join_words(m, skills))


def _cta(language: Language) -> str:
    return messages(language)("checks.rewrite.summary_cta")


def _sentence(text: str) -> str:
    """One line ending in a full stop (or the member's own closing mark)."""
    flat = one_line(text)
    return flat if not flat or flat[-1] in '.!?…»”)"' else flat + "."
