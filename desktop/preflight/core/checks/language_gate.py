"""Checks that judge words leave a profile in a language other than English or Spanish unknown.

The word lists and the advice exist in English and Spanish only; a French headline judged with
Spanish rules would pass or fail by accident. Such a profile's language is named instead, and
the user can check the section themselves and confirm it.
"""

from __future__ import annotations

from preflight.core.assessment import CheckId
from preflight.core.checks.base import CheckContext, Verdict
from preflight.core.models import Status

# The checks whose verdict rests on the meaning of the member's words.
WORD_CHECKS = frozenset({CheckId.HEADLINE, CheckId.SUMMARY})


def other_language_verdict(ctx: CheckContext, check_id: CheckId) -> Verdict | None:
    """An unknown verdict naming the profile's language, or None when the check can judge it."""
    code = ctx.profile.source.other_language
    if not code or check_id not in WORD_CHECKS:
        return None
    msg = ctx.msg
    language = language_name(ctx, code)
    section = msg(f"checks.{check_id.value}.title")
    return Verdict(
        Status.UNKNOWN,
        [msg("checks.other_language.evidence", language=language, section=section)],
        [msg("checks.other_language.suggestion", section=section)],
    )


def language_name(ctx: CheckContext, code: str) -> str:
    """The language's name in the output language ("French", «francés»)."""
    key = f"languages.{code}"
    return ctx.msg(key) if ctx.msg.has(key) else code
