"""What every suggested rewrite must keep true, checked by applying it the way the app does."""

from __future__ import annotations

import datetime as dt
import re

from preflight.core.analysis.profile import analyze_profile
from preflight.core.assessment import Assessment, CheckId, CheckResult, TextFix
from preflight.core.checks.impact import measure
from preflight.core.checks.units import units_of
from preflight.core.checks.wording import contains_words
from preflight.core.edits import with_texts
from preflight.core.models import Profile, Status
from preflight.core.scoring import assess
from preflight.core.settings import Settings

# Worse to the right; a check the source cannot show (unknown) is as bad as a failure.
_RANK = {Status.PASS: 0, Status.WARN: 1, Status.UNKNOWN: 2, Status.FAIL: 2}
_TARGET = {"headline": CheckId.HEADLINE, "summary": CheckId.SUMMARY}
# Faults a rewrite may never carry.
_FAULTS = {
    "cliche",
    "duty",
    "repeat",
    "third_person",
    "shouting",
    "markup",
    "job_seeking",
    "life_story",
}


def judge(profile: Profile, as_of: dt.date) -> Assessment:
    """The assessment the app shows, in the profile's own language."""
    return assess(profile, as_of=as_of, language=profile.source.language, settings=Settings())


def violations(profile: Profile, as_of: dt.date) -> list[str]:
    """Every broken promise of the suggestions for ``profile``, as readable lines (none is good)."""
    before = judge(profile, as_of)
    problems: list[str] = []
    for result in before.checks:
        if result.status is Status.PASS and result.fixes:
            problems.append(f"{result.id}: passes but offers a rewrite {result.fixes[0].text!r}")
        for fix in result.fixes:
            problems += [
                f"{result.id} {fix.field} {fix.text!r}: {p}"
                for p in _fix_problems(profile, before, fix, as_of)
            ]
    return problems


def _fix_problems(profile: Profile, before: Assessment, fix: TextFix, as_of: dt.date) -> list[str]:
    """What goes wrong when ``fix`` is applied, judging the whole profile again."""
    applied = with_texts(profile, {fix.field: fix.text})
    after = judge(applied, as_of)
    target = _TARGET[fix.field]
    out: list[str] = []
    if after.check(target).status is not Status.PASS:
        out.append(
            f"{target} is still {after.check(target).status}: {after.check(target).evidence}"
        )
    for old, new in zip(before.checks, after.checks, strict=True):
        if _RANK[new.status] > _RANK[old.status]:
            out.append(f"{old.id} got worse: {old.status} -> {new.status}")
        if old.id != target:
            added = _added(old.evidence, new.evidence)
            if added:
                out.append(f"{old.id} has a new finding: {added}")
    out += _text_problems(profile, applied, fix, before.check(target))
    return out


def _added(old: list[str], new: list[str]) -> list[str]:
    """New lines that are not an old line naming the same or fewer quoted items."""
    quoted = re.compile(r"“[^”]*”|«[^»]*»")
    old_items = {q for line in old for q in quoted.findall(line)}
    old_frames = {_frame(quoted.sub("", line)) for line in old}
    return [
        line
        for line in new
        if line not in old
        and not (
            _frame(quoted.sub("", line)) in old_frames and set(quoted.findall(line)) <= old_items
        )
    ]


def _frame(text: str) -> str:
    """A line's words around its quotes, list joiners left out."""
    return " ".join(w for w in re.findall(r"\w+", text.casefold()) if w not in {"and", "y", "e"})


def _text_problems(profile: Profile, applied: Profile, fix: TextFix, old: CheckResult) -> list[str]:
    """The rewrite's own text: no flagged cliché or duty, no fault, the About's shape and length."""
    original = analyze_profile(profile)
    written = analyze_profile(applied)
    was = original.headline if fix.field == "headline" else original.summary
    now = written.headline if fix.field == "headline" else written.summary
    out: list[str] = []
    flagged = [m.text for m in (*was.buzzwords, *was.duties)]
    kept = [f for f in flagged if contains_words(fix.text, f)]
    if kept:
        out.append(f"keeps the flagged {kept}")
    if now.buzzwords or now.duties:
        out.append(f"has clichés or duties {[m.text for m in (*now.buzzwords, *now.duties)]}")
    units = units_of(now, name=profile.name, max_words=10_000)
    faulty = [(u.text, sorted(u.faults & _FAULTS)) for u in units if u.faults & _FAULTS]
    if faulty:
        out.append(f"has faults {faulty}")
    if fix.field == "summary":
        out += _about_shape(profile, fix.text, units, now.language)
    return out


def _about_shape(profile: Profile, text: str, units: list, language: str) -> list[str]:
    """No longer than the original (unless that was too short), within 2,600, result first, one
    next step at the end."""
    limits = Settings().summary
    original = profile.summary.strip()
    out: list[str] = []
    if len(text) > limits.max_chars:
        out.append(f"{len(text)} characters, over {limits.max_chars}")
    if len(original) >= limits.min_chars and len(text) > len(original):
        out.append(f"longer than the original ({len(text)} > {len(original)})")
    if units:
        best = max(measure(u, language) for u in units)  # type: ignore[arg-type]
        if measure(units[0], language) < best:  # type: ignore[arg-type]
            out.append(f"does not lead with its strongest result: {units[0].text!r}")
        invitations = [i for i, u in enumerate(units) if u.calls_to_action]
        if invitations != [len(units) - 1]:
            out.append(
                f"should end with exactly one next step, found at {invitations} of {len(units)}"
            )
    return out
