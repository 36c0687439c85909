"""Tells when a profile is written in French, Portuguese, German or Italian rather than en/es.

Preflight's word lists judge English and Spanish only. A text in another language must be named,
not judged with the wrong rules, so this module scores six languages from spaCy's stop-word
lists, the hints in ``resources/lexicons/language_hints.toml`` and letters each language uses
(ã, ß, œ…). A word shared by several languages counts a share for each. Another language is
named only when it clearly outscores English and Spanish; otherwise the en/es detector decides.

The stop-word files are loaded on their own, not through ``spacy.lang.<xx>``: importing the
French package compiles its tokenizer exceptions, which takes seconds.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from preflight.core.analysis.language import distinctive_hint_words
from preflight.core.resources import resource

OTHER_LANGUAGES = ("fr", "pt", "de", "it")
ALL_LANGUAGES = ("en", "es", *OTHER_LANGUAGES)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE_CHARS = 20_000
# Letters that point to some languages only; a word counts once per kind of letter it holds.
_LETTERS: dict[str, tuple[str, ...]] = {
    "ñ": ("es",),
    "ã": ("pt",),
    "õ": ("pt",),
    "ß": ("de",),
    "ä": ("de",),
    "ö": ("de",),
    "ü": ("de",),
    "œ": ("fr",),
    "û": ("fr",),
    "ë": ("fr",),
    "ï": ("fr",),
    "î": ("fr",),
    "ç": ("fr", "pt"),
    "è": ("fr", "it"),
    "ê": ("fr", "pt"),
    "â": ("fr", "pt"),
    "ô": ("fr", "pt"),
    "á": ("es", "pt"),
    "í": ("es", "pt"),
    "ó": ("es", "pt"),
    "ú": ("es", "pt"),
    "é": ("es", "fr", "pt", "it"),
}
# Italian writes a stressed last vowel with a grave accent: "più", "attività", "però".
_ITALIAN_FINAL = re.compile(r"[^\W\d_]+[àèìòù]$")
_ENDING_WEIGHT = 0.5
_LETTER_WEIGHT = 1.0
# Another language must score at least this, and this many times English's and Spanish's.
_MIN_SCORE = 1.5
_MARGIN = 1.5


@cache
def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words for ``language``, read from its stop_words.py alone."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / language / "stop_words.py"
    if not path.is_file():
        return frozenset()  # an install without that file: the hint words still name the language
    loader_spec = importlib.util.spec_from_file_location(f"_preflight_stop_{language}", path)
    if loader_spec is None or loader_spec.loader is None:
        return frozenset()
    module = importlib.util.module_from_spec(loader_spec)
    loader_spec.loader.exec_module(module)
    return frozenset(str(w).lower() for w in getattr(module, "STOP_WORDS", ()))


@cache
def _hints() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Per language: hint words and word endings from language_hints.toml."""
    text = resource("lexicons", "language_hints.toml").read_text(encoding="utf-8")
    table = tomllib.loads(text)
    return {
        language: (
            frozenset(w.lower() for w in table[language]["words"]),
            tuple(table[language]["endings"]),
        )
        for language in ALL_LANGUAGES
    }


@cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    """Each known word and the languages it belongs to."""
    found: dict[str, set[str]] = {}
    hint_words = distinctive_hint_words()
    for language in ALL_LANGUAGES:
        words = _stop_words(language) | _hints()[language][0] | hint_words.get(language, set())
        for word in words:
            found.setdefault(word, set()).add(language)
    return {word: tuple(sorted(langs)) for word, langs in found.items()}


def scores(text: str) -> dict[str, float]:
    """How strongly the text points to each of the six languages."""
    total = dict.fromkeys(ALL_LANGUAGES, 0.0)
    words = _word_languages()
    hints = _hints()
    for match in _WORD.finditer(text[:_SAMPLE_CHARS]):
        raw = match.group()
        word = raw.lower().replace("’", "'")
        known = words.get(word)
        if known:
            _share(total, known, 1.0)
            continue
        # Short capitalised words may be names ("José", "Müller"): their letters count little.
        weight = _LETTER_WEIGHT if raw.islower() or len(raw) > 8 else _LETTER_WEIGHT / 4
        letters = {lang for ch in set(word) for lang in _LETTERS.get(ch, ())}
        if _ITALIAN_FINAL.match(word) and len(word) > 2:
            letters = {"it"}
        if letters:
            _share(total, tuple(sorted(letters)), weight)
        endings = [
            lang for lang in ALL_LANGUAGES if word.endswith(hints[lang][1]) and len(word) > 4
        ]
        if endings:
            _share(total, endings, _ENDING_WEIGHT)
    return total


def _share(total: dict[str, float], languages: Iterable[str], weight: float) -> None:
    """Adds ``weight`` split evenly among ``languages``."""
    langs = tuple(languages)
    for language in langs:
        total[language] += weight / len(langs)


def other_language(text: str) -> str | None:
    """ "fr", "pt", "de" or "it" when the text is clearly in that language, else None."""
    found = scores(text)
    best = max(OTHER_LANGUAGES, key=lambda lang: found[lang])
    rivals = [found[lang] for lang in ALL_LANGUAGES if lang != best]
    if found[best] >= _MIN_SCORE and found[best] >= _MARGIN * max(rivals):
        return best
    return None
