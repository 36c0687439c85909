"""Concrete rewrites built only from the member's own data: headline, About opening, draft About."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from preflight.core.analysis.emoji import count_emoji
from preflight.core.analysis.profile import ROLE_SEPARATOR
from preflight.core.checks.impact import Measure, is_deed, measure, ranked
from preflight.core.checks.skill_terms import skill_names
from preflight.core.checks.units import units_of
from preflight.core.checks.wording import (
    claimed_results,
    contains_words,
    one_line,
    sentence_of,
    unique,
)
from preflight.core.messages import messages
from preflight.core.models import Position, Profile

if TYPE_CHECKING:
    from preflight.core.analysis.profile import ProfileAnalysis
    from preflight.core.analysis.text import TextAnalysis

# Separators members use between headline parts; a long headline is cut at the last one that fits.
_HEADLINE_SEPARATORS = (" | ", " · ", " • ", ", ", "; ")
_EMOJI_MARKS = ("ZERO WIDTH JOINER", "VARIATION SELECTOR", "EMOJI MODIFIER", "COMBINING ENCLOSING")
_CLAUSE_END = re.compile(r"[.;!?\n]")
_SENTENCE_START = re.compile(r"[.;:!?\n|·•]")
# Words that only join two clichés: "Innovator & Problem Solver", "creativo y proactivo".
_JOINERS = frozenset({"and", "y", "e", "&"})
# A sentence held up as proof must not carry what the check complains about.
_UNFIT_PROOF = frozenset({"cliche", "duty", "repeat", "third_person", "shouting", "markup"})
# Longer clauses of whom the member helps make a headline hard to scan.
_AUDIENCE_MAX = 120


@dataclass(frozen=True)
class HeadlineProposal:
    """A headline the member could paste, and whether it says whom they help."""

    text: str
    has_audience: bool


def lead_position(profile: Profile, as_of: dt.date) -> Position | None:
    """The newest position current on ``as_of``, else the most recently ended one; a position
    that starts after ``as_of`` is neither (the member does not hold it yet)."""
    current = [p for p in profile.current_on(as_of) if p.title.strip()]
    if current:
        return current[0]
    past = [p for p in profile.positions if p.title.strip() and p.has_started(as_of)]
    if not past:
        return None
    return max(past, key=_last_day)


def member_title(profile: Profile, analysis: ProfileAnalysis, as_of: dt.date) -> str:
    """What the member does, in their words: a position title, else a role named in their text."""
    position = lead_position(profile, as_of)
    if position is not None:
        return one_line(position.title)
    for text in (analysis.headline, analysis.summary):
        if text.roles:
            role = text.roles[0].text
            return role[:1].upper() + role[1:]
    return ""


def audience_clause(text: TextAnalysis) -> str:
    """The member's own clause about whom they help ("I help SaaS finance teams close faster")."""
    invitations = {sentence_of(text, m) for m in text.calls_to_action}
    for mention in text.reader_value:
        before = _SENTENCE_START.split(text.text[: mention.start])[-1]
        if any(ch.isalnum() for ch in before):
            continue  # mid-sentence ("… so your team …") does not read as a headline on its own
        if sentence_of(text, mention) in invitations:
            continue  # "If you're hiring, I'd love to connect" closes an About, it is no audience
        rest = text.text[mention.start :]
        end = _CLAUSE_END.search(rest)
        clause = one_line(rest[: end.start()] if end else rest).rstrip(" ,:-–—")
        if len(clause) > _AUDIENCE_MAX:
            # Too long for a headline: keep the clause up to a comma, else leave it out.
            comma = clause.rfind(",", 0, _AUDIENCE_MAX)
            clause = clause[:comma] if comma > len(mention.text) else ""
        if len(clause) > len(mention.text):
            return clause[:1].upper() + clause[1:]
    return ""


def member_audience(analysis: ProfileAnalysis) -> str:
    """Whom the member says they help, from the headline, the About or a current role."""
    for text in (analysis.headline, analysis.summary, *analysis.current_roles):
        clause = audience_clause(text)
        if clause:
            return clause
    return ""


def top_skills(profile: Profile, analysis: ProfileAnalysis, avoid: str, count: int) -> list[str]:
    """Listed skills the text names, other listed ones, then ones the text names as skills (not
    "sales" in "23 sales"), none in ``avoid``."""
    read = (analysis.headline, analysis.summary, *analysis.current_roles)
    named = [name for text in read for name in skill_names(text)]
    written = " ".join(text.text for text in read)
    stressed = [s for s in profile.skills if contains_words(written, s)]  # listed and used in text
    candidates = unique([*stressed, *profile.skills, *named])
    picked: list[str] = []
    for skill in candidates:
        if not contains_words(avoid, skill) and not _variant_of_any(skill, picked):
            picked.append(skill)
    return picked[:count]


def _variant_of_any(skill: str, picked: list[str]) -> bool:
    """True for a variant of a skill already picked: "HTML5" or "HTML Scripting" after "HTML"."""
    key = skill.casefold()
    return any(key.startswith(p.casefold()) or p.casefold().startswith(key) for p in picked)


def propose_headline(
    profile: Profile, analysis: ProfileAnalysis, max_chars: int, as_of: dt.date
) -> HeadlineProposal | None:
    """Title, whom they help and top skills, in the profile's language, within ``max_chars``;
    the title is that of a position held on ``as_of``."""
    title = member_title(profile, analysis, as_of)
    if not title:
        return None
    m = messages(analysis.language)
    audience = member_audience(analysis)
    core = (
        m("checks.rewrite.headline_audience", title=title, audience=audience) if audience else title
    )
    skills = top_skills(profile, analysis, core, 2)
    text = core
    for count in (2, 1):
        if len(skills) >= count:
            candidate = m(
                "checks.rewrite.headline_skills", core=core, skills=" · ".join(skills[:count])
            )
            if len(candidate) <= max_chars:
                text = candidate
                break
    if len(text) > max_chars:
        text = title[:max_chars]
    if one_line(text).casefold() == one_line(profile.headline).casefold():
        return None
    return HeadlineProposal(text=text, has_audience=bool(audience))


def tidy_headline(headline: str, max_chars: int, cliches: tuple[str, ...] = ()) -> str:
    """The member's headline without emoji or parts holding ``cliches``, within ``max_chars``.

    "Innovator & Problem Solver" goes, and so does "Passionate about AI" (the check asks to cut
    "Passionate"), unless every part holds one: then only parts made of nothing else go.
    """
    kept = "".join(ch for ch in headline if not _is_emoji_part(ch))
    parts = [" ".join(p.split()) for p in kept.split("|")]
    parts = [p for p in parts if p.strip(" ·•-–—,") and not _only_cliches(p, cliches)]
    clean = [p for p in parts if not any(contains_words(p, c) for c in cliches)]
    parts = clean or parts
    text = " | ".join(parts)
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars + 1]
    at = max(cut.rfind(sep) for sep in _HEADLINE_SEPARATORS)
    if at <= max_chars // 2:
        at = cut.rfind(" ")
    return cut[:at].rstrip(" |·•,;:-–—")


def _only_cliches(part: str, cliches: tuple[str, ...]) -> bool:
    """True when nothing but clichés and joining words ("&", "and", "y") is left of ``part``."""
    if not cliches:
        return False
    rest = part.casefold()
    for cliche in sorted(cliches, key=len, reverse=True):
        rest = rest.replace(cliche.casefold(), " ")
    words = [w for w in re.split(r"[^\w+#]+", rest) if w]
    return all(w in _JOINERS for w in words)


def _is_emoji_part(ch: str) -> bool:
    """True for an emoji or a mark that only builds one (joiner, variation selector, skin tone)."""
    return bool(count_emoji(ch)) or unicodedata.name(ch, "").startswith(_EMOJI_MARKS)


def result_sentence(text: TextAnalysis, *, deed_only: bool = False) -> str:
    """The sentence with a number, preferring one with an achievement verb too.

    With ``deed_only`` a sentence counts only when it has both: "distributors with 50 to 500
    employees" sizes a market, it is no result to hold up as an example.
    """
    if not text.quantities:
        return ""
    verbs = [sentence_of(text, m) for m in claimed_results(text)]
    sentences = [sentence_of(text, m) for m in text.quantities]
    for sentence in sentences:
        if sentence in verbs:
            return _without_title(text, sentence)
    return "" if deed_only else _without_title(text, sentences[0])


def strongest_line(
    texts: Sequence[TextAnalysis], name: str = "", *, skip_title: bool = False, deeds: bool = False
) -> str:
    """The sentence with the strongest result with a number (money, percentages and time saved
    before counts), free of clichés and duties; "" when there is none."""
    if not texts:
        return ""
    language = texts[0].language
    units = [
        u
        for text in texts
        for u in units_of(text, name=name, max_words=10_000, skip_title=skip_title)
        if not u.faults & _UNFIT_PROOF and (not deeds or is_deed(u, text.language))
    ]
    best = ranked(units, language)
    if best and measure(best[0], language) >= Measure.PEOPLE:
        return best[0].text
    return ""


def role_result(analysis: ProfileAnalysis) -> str:
    """The strongest deed with a number written in a current position's description, if any."""
    # A number in a role's description may size its market ("distributors with 50 to 500
    # employees"): only a deed counts there.
    return strongest_line(analysis.current_roles, skip_title=True, deeds=True)


def latest_role_result(analysis: ProfileAnalysis) -> str:
    """With no current position, the strongest deed with a number from the one that ended last."""
    if analysis.latest_role is None:
        return ""
    return strongest_line([analysis.latest_role], skip_title=True, deeds=True)


def _last_day(position: Position) -> dt.date:
    date = position.end or position.start
    return date.latest() if date else dt.date.min


def _without_title(text: TextAnalysis, sentence: str) -> str:
    """A role's first sentence without the title line the analysis puts before it."""
    head, sep, tail = sentence.partition(ROLE_SEPARATOR)
    if sep and text.text.startswith(head):
        return tail.strip()
    return sentence
