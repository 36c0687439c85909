"""Flagged words in the quoted headline and About: the phrases a finding quotes, underlined."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from preflight.core.assessment import CheckResult
from preflight.core.messages import messages
from preflight.core.models import Language
from preflight.core.report.wording import esc, paragraphs
from preflight.core.resources import resource

# Quoted phrases in findings, in either language's quote marks.
_QUOTED = re.compile(r"“([^”]{1,200})”|«([^»]{1,200})»")
# Private-use characters stand in for the mark tags while the text is escaped and split.
_OPEN, _CLOSE, _END = "\ue000", "\ue001", "\ue002"
MAX_PHRASE = 80
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class Flag:
    """A phrase of the profile's text that finding ``number`` (1-based) is about."""

    phrase: str
    number: int


def marker(number: int) -> str:
    """The finding's marker, a circled number that reads the same in greyscale."""
    return CIRCLED[number - 1] if 0 < number <= len(CIRCLED) else f"[{number}]"


def flags_for(result: CheckResult, text: str, language: Language = "en") -> list[Flag]:
    """The short phrases the result's problem findings quote that occur in ``text``."""
    folded = text.casefold()
    praise = _praise_patterns(language)
    flags: list[Flag] = []
    for number, line in enumerate(result.evidence, start=1):
        if any(pattern.fullmatch(line) for pattern in praise):
            continue
        for match in _QUOTED.finditer(line):
            phrase = (match[1] or match[2] or "").strip()
            if (
                phrase
                and len(phrase) <= MAX_PHRASE
                and not phrase.endswith("…")
                and phrase.casefold() in folded
                and len(phrase) < 0.8 * len(text.strip())
            ):
                flags.append(Flag(phrase, number))
    return flags


@cache
def _praise_patterns(language: Language) -> tuple[re.Pattern[str], ...]:
    """Patterns of the findings listed in resources/report/unflagged_findings.txt."""
    text = resource("report", "unflagged_findings.txt").read_text(encoding="utf-8")
    keys = [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]
    msg = messages(language)
    return tuple(_template_pattern(msg.template(key)) for key in keys if msg.has(key))


def _template_pattern(template: str) -> re.Pattern[str]:
    """A message template as a pattern: each {placeholder} matches any text."""
    parts = re.split(r"\{[a-z_]+\}", template)
    return re.compile("(?s)" + ".+?".join(re.escape(part) for part in parts))


def flagged_numbers(flags: list[Flag]) -> set[int]:
    """The findings that have at least one mark in the text."""
    return {flag.number for flag in flags}


def marked_paragraphs(text: str, flags: list[Flag], css_class: str = "quoted") -> str:
    """``text`` as escaped paragraphs with every flagged phrase underlined and numbered."""
    clean = text.replace(_OPEN, "").replace(_CLOSE, "").replace(_END, "")
    spans = _spans(clean, flags)
    pieces: list[str] = []
    cursor = 0
    for start, end, number in spans:
        pieces += [clean[cursor:start], _OPEN, clean[start:end], _CLOSE, str(number), _END]
        cursor = end
    pieces.append(clean[cursor:])
    html = paragraphs("".join(pieces), css_class)
    html = html.replace(_OPEN, '<span class="flag"><u>')
    return re.sub(
        f"{_CLOSE}(\\d+){_END}",
        lambda m: f'</u></span><span class="flag-mark">{esc(marker(int(m[1])))}</span>',
        html,
    )


def _spans(text: str, flags: list[Flag]) -> list[tuple[int, int, int]]:
    """Non-overlapping (start, end, number) of every occurrence, longest phrases first."""
    folded = text.casefold()
    taken: list[tuple[int, int, int]] = []
    for flag in sorted(flags, key=lambda f: -len(f.phrase)):
        needle = flag.phrase.casefold()
        at = folded.find(needle)
        while at >= 0:
            end = at + len(needle)
            if not any(s < end and at < e for s, e, _ in taken) and _whole_words(folded, at, end):
                taken.append((at, end, flag.number))
            at = folded.find(needle, end)
    return sorted(taken)


def _whole_words(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (
        after.isalnum() and text[end - 1].isalnum()
    )
