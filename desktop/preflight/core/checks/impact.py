"""How strong a result is, by what it measures: money, percentages, time saved over headcounts."""

from __future__ import annotations

import re
from enum import IntEnum
from typing import TYPE_CHECKING

from preflight.core.analysis.lexicons import lexicon_words

if TYPE_CHECKING:
    from preflight.core.checks.units import Unit
    from preflight.core.models import Language


class Measure(IntEnum):
    """What a sentence's best number measures, weakest first."""

    NONE = 0
    CLAIM = 2  # a deed with no number ("Launched the first self-service portal")
    PEOPLE = 3  # how many people: "a team of 12", "mentored 30 engineers"
    COUNT = 4  # how many things: "23 completed sales", "10,000 users"
    MULTIPLE = 5  # "3x", "doubled"
    TIME = 6  # time saved: "from 3 weeks to 5 days", "500 hours a month"
    PERCENT = 7
    MONEY = 8


_CURRENCY = re.compile(r"[$€£¥₹₽₩]")
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpor ?ciento\b", re.IGNORECASE)
_MULTIPLE = re.compile(r"\d(?:[.,]\d+)?\s?[xX]\b")
# "from 14% to 6%", "de 3 semanas a 5 días": a change told as before and after is a deed.
_CHANGE = {
    "en": re.compile(r"\bfrom\b[^.;]{0,40}?\d[^.;]{0,40}?\bto\b[^.;]{0,20}?\d", re.IGNORECASE),
    "es": re.compile(
        r"\bde(?:l)?\b[^.;]{0,40}?\d[^.;]{0,40}?\b(?:a|al|hasta)\b[^.;]{0,20}?\d", re.IGNORECASE
    ),
}


def is_deed(unit: Unit, language: Language) -> bool:
    """True when the unit tells something done: an achievement verb, or a before and after."""
    return bool(unit.results) or bool(_CHANGE[language].search(unit.text))


def measure(unit: Unit, language: Language) -> Measure:
    """The strongest thing the unit's numbers measure (a deed without numbers is a claim)."""
    text = unit.text
    if not unit.quantities:
        return Measure.CLAIM if is_deed(unit, language) else Measure.NONE
    quantities = " ".join(q.text for q in unit.quantities).casefold()
    currencies = lexicon_words(language, "currency_words")
    if _CURRENCY.search(quantities) or any(w in currencies for w in re.findall(r"\w+", quantities)):
        return Measure.MONEY
    if _PERCENT.search(text):
        return Measure.PERCENT
    if _counts(text, lexicon_words(language, "time_units")):
        return Measure.TIME
    if _MULTIPLE.search(text):
        return Measure.MULTIPLE
    people = lexicon_words(language, "people_counted")
    if all(
        _counts(q.text, people) or _counts(_with_head(text, q.text), people)
        for q in unit.quantities
    ):
        return Measure.PEOPLE
    return Measure.COUNT


def ranked(units: list[Unit], language: Language) -> list[Unit]:
    """The units holding a result, strongest measure first, a told deed before a bare figure;
    ties keep the member's order."""
    scored = [(measure(u, language), not is_deed(u, language), i, u) for i, u in enumerate(units)]
    results = [s for s in scored if s[0] >= Measure.CLAIM]
    results.sort(key=lambda s: (-s[0], s[1], s[2]))
    return [s[3] for s in results]


def _counts(text: str, nouns: frozenset[str]) -> bool:
    """True when a number in ``text`` is followed by one of ``nouns`` (a word or two later)."""
    folded = text.casefold()
    return any(
        match.group(1) in nouns or match.group(2) in nouns
        for match in re.finditer(r"\d[\d.,]*\+?\s*([^\W\d]+)?(?:\s+([^\W\d]+))?", folded)
    )


def _with_head(text: str, quantity: str) -> str:
    """The few words around a quantity, to see what it counts ("a team of 12", "12 engineers")."""
    at = text.find(quantity)
    if at < 0:
        return ""
    before = text[max(0, at - 20) : at]
    words = re.findall(r"\w+", before)
    head = words[-2] if len(words) >= 2 and words[-1].casefold() in {"of", "de"} else ""
    return f"{quantity} {head}"
