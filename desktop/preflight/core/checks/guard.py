"""A rewrite is offered only if applying it as the app does makes its section pass, harming none."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from preflight.core.analysis.text import analyze_text
from preflight.core.checks import skills
from preflight.core.checks.units import units_of
from preflight.core.edits import TextField, with_texts
from preflight.core.models import Status

if TYPE_CHECKING:
    from preflight.core.checks.base import Check, CheckContext

# A quoted item in evidence: “Onboarding”, «Ventas», "Excel".
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")
# Quoted items joined into a list: "\x00, \x00 and \x00" reads as one list of any length.
_LIST = re.compile(r"\x00(?:(?:, | and | y | e |, …)\x00?)*")
# Faults a rewrite may never carry, whatever the check's own verdict on it.
_NEVER = frozenset(
    {"cliche", "duty", "repeat", "third_person", "shouting", "markup", "job_seeking", "life_story"}
)


def improves(ctx: CheckContext, field: TextField, text: str, judge: Check) -> bool:
    """True when ``text`` in ``field`` passes ``judge``, with no fault and no new skills finding.

    The profile is changed with the same function the app uses for an edit, and judged afresh with
    rewrites switched off (a rewrite of a rewrite is never needed to decide).
    """
    if not ctx.offer_rewrites or not text.strip() or text == getattr(ctx.profile, field):
        return False
    profile = with_texts(ctx.profile, {field: text})
    # Only the changed field needs reading again; the rest of the analysis stands.
    read = analyze_text(text, ctx.analysis.language)
    analysis = (
        replace(ctx.analysis, headline=read)
        if field == "headline"
        else replace(ctx.analysis, summary=read)
    )
    after = replace(ctx, profile=profile, analysis=analysis, offer_rewrites=False)
    if judge(after).status is not Status.PASS:
        return False
    written = analysis.headline if field == "headline" else analysis.summary
    units = units_of(written, name=profile.name, max_words=10_000)
    if any(u.faults & _NEVER for u in units):
        return False
    if field == "summary" and [u for u in units if u.calls_to_action] != units[-1:]:
        return False  # one next step, at the end
    before = replace(ctx, offer_rewrites=False)
    return not new_findings(skills.check(before).evidence, skills.check(after).evidence)


def new_findings(old: list[str], new: list[str]) -> list[str]:
    """Lines of ``new`` that say something ``old`` did not.

    A line that only names fewer of the same quoted items ("missing from the list: “Onboarding”"
    after "…: “Budgeting” and “Onboarding”") says nothing new.
    """
    shapes = [(_QUOTED.sub("\x00", line), set(_QUOTED.findall(line))) for line in old]
    added = []
    for line in new:
        shape, items = _QUOTED.sub("\x00", line), set(_QUOTED.findall(line))
        if line in old:
            continue
        if not any(_same_kind(shape, s) and items <= known for s, known in shapes):
            added.append(line)
    return added


def _same_kind(one: str, two: str) -> bool:
    """True when two lines are one sentence around their quotes (lists may differ in length)."""
    return _LIST.sub("\x00", one) == _LIST.sub("\x00", two)
