"""Crafted profiles, and one check run on them with the real analysis, settings and messages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from preflight.core.analysis.profile import analyze_profile
from preflight.core.checks.base import Check, CheckContext, Verdict
from preflight.core.messages import messages
from preflight.core.models import Language, PartialDate, Position, Profile, SourceInfo
from preflight.core.settings import Settings

AS_OF = dt.date(2026, 11, 26)


def profile(language: Language = "en", source: str = "linkedin-export", **fields: Any) -> Profile:
    """A profile with only the given fields, from a source in ``language``."""
    return Profile(source=SourceInfo(format=source, language=language), **fields)


def current(title: str, company: str = "", description: str = "", year: int = 2022) -> Position:
    """An open position started in ``year``."""
    return Position(
        title=title, company=company, description=description, start=PartialDate(year=year, month=3)
    )


def past(title: str, company: str = "", end_year: int = 2021) -> Position:
    """A position that ended in ``end_year``."""
    return Position(
        title=title,
        company=company,
        start=PartialDate(year=end_year - 3),
        end=PartialDate(year=end_year, month=6),
    )


def run(
    check: Check,
    subject: Profile,
    *,
    output: Language | None = None,
    settings: Settings | None = None,
    as_of: dt.date = AS_OF,
) -> Verdict:
    """The check's verdict, advice in ``output`` (default: the profile's language)."""
    ctx = CheckContext(
        profile=subject,
        analysis=analyze_profile(subject, as_of),
        settings=settings or Settings(),
        as_of=as_of,
        msg=messages(output or subject.source.language),
    )
    return check(ctx)


def text_of(verdict: Verdict) -> str:
    """Evidence and suggestions as one string, for asserting what the user reads."""
    return "\n".join([*verdict.evidence, *verdict.suggestions])
