"""The analysis of a whole profile: headline, summary and current positions in one spaCy pass."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from preflight.core.analysis.text import TextAnalysis, analyze_texts
from preflight.core.models import Language, PartialDate, Position, Profile

# The title on a line of its own, so the first deed of the description starts a sentence.
ROLE_SEPARATOR = "\n"


@dataclass(frozen=True)
class ProfileAnalysis:
    """What the NLP layer found in the parts of a profile the checks judge."""

    language: Language
    headline: TextAnalysis
    summary: TextAnalysis
    # One per current position, newest first: title, a line break, description.
    current_roles: tuple[TextAnalysis, ...]
    # With no current position, the most recently ended one (its deeds still make good examples).
    latest_role: TextAnalysis | None = None


def position_text(position: Position) -> str:
    """The text analysed for a position: its title, then its description on the next line."""
    return ROLE_SEPARATOR.join(part for part in (position.title, position.description) if part)


def analyze_profile(profile: Profile, as_of: dt.date | None = None) -> ProfileAnalysis:
    """Analyse headline, summary and current positions with the profile's language pipeline.

    With ``as_of``, a position is current when it has started by that day and has no end (a job
    that starts next year is not current yet); without it, every open position is.
    """
    language = profile.source.language
    current = profile.current_on(as_of) if as_of is not None else profile.current_positions
    texts = [profile.headline, profile.summary]
    texts += [position_text(p) for p in current]
    latest = None if current else latest_ended(profile)
    if latest is not None:
        texts.append(position_text(latest))
    analyses = analyze_texts(texts, language)
    return ProfileAnalysis(
        language=language,
        headline=analyses[0],
        summary=analyses[1],
        current_roles=tuple(analyses[2 : len(analyses) - (latest is not None)]),
        latest_role=analyses[-1] if latest is not None else None,
    )


def latest_ended(profile: Profile) -> Position | None:
    """The position that ended last (by end, else start date), or None with no dated position."""
    dated = [p for p in profile.positions if (p.end or p.start) is not None]
    if not dated:
        return None
    return max(dated, key=lambda p: _last_day(p.end or p.start))


def _last_day(date: PartialDate | None) -> dt.date:
    return date.latest() if date else dt.date.min
