"""English or Spanish from the words alone: spaCy's stop-word lists, accents and role nouns."""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP_WORDS

from preflight.core.analysis.lexicons import exact_case_entries, load_lexicon
from preflight.core.models import Language

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SPANISH_MARKS = set("ñ¿¡áéíóúü")
# Only the first stretch of a long text is needed to tell the two languages apart.
_SAMPLE_CHARS = 20_000
# Lists whose words also tell the languages apart in short texts such as headlines.
_HINT_LISTS = ("roles", "job_seeking")


@cache
def distinctive_hint_words() -> dict[str, set[str]]:
    """Per language, the single-word role nouns and job-seeking words of its lists."""
    hints: dict[str, set[str]] = {}
    languages: tuple[Language, ...] = ("en", "es")
    for language in languages:
        hints[language] = set().union(*(_single_words(language, n) for n in _HINT_LISTS))
    return hints


@cache
def _distinctive_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that belong to one language only: stop words plus single-word role nouns."""
    hints = distinctive_hint_words()
    english = {w.lower() for w in EN_STOP_WORDS} | hints["en"]
    spanish = {w.lower() for w in ES_STOP_WORDS} | hints["es"]
    return frozenset(english - spanish), frozenset(spanish - english)


def _single_words(language: Language, name: str) -> set[str]:
    """One-word entries of a list; exact-case acronyms ("IT") are left out, they read as words."""
    exact = exact_case_entries(language, name)
    return {p.lower() for p in load_lexicon(language, name) if " " not in p and p not in exact}


def language_scores(text: str) -> tuple[int, int]:
    """How many words point to English and to Spanish."""
    english_words, spanish_words = _distinctive_words()
    english = spanish = 0
    for match in _WORD.finditer(text[:_SAMPLE_CHARS]):
        word = match.group().lower().replace("’", "'")
        if word in english_words:
            english += 1
        elif word in spanish_words:
            spanish += 1
        elif match.group().islower() and _SPANISH_MARKS.intersection(word):
            spanish += 1  # accents in names ("José", "Telefónica") say nothing about the text
    spanish += sum(text[:_SAMPLE_CHARS].count(mark) for mark in "¿¡")
    return english, spanish


def detect_language(text: str, default: Language = "en") -> Language:
    """English or Spanish from the text alone; ``default`` when the text gives no clear sign."""
    english, spanish = language_scores(text)
    if english > spanish:
        return "en"
    if spanish > english:
        return "es"
    return default
