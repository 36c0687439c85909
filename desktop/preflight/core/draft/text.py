"""Sentences, words, paragraphs and syllables of a draft, with their places in the text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from preflight.core.models import Language

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?¡¿…]+[\"')\]]*\s+|\n\s*\n|\n(?=\s*[-•*·])")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Piece:
    """A stretch of the text and where it is."""

    text: str
    start: int
    end: int


# The checks look at the same draft many times per keystroke: each split is made once.
@lru_cache(maxsize=1024)
def words(text: str) -> tuple[Piece, ...]:
    """Every word (letters and digits, with inner apostrophes)."""
    return tuple(Piece(m.group(), m.start(), m.end()) for m in _WORD.finditer(text))


@lru_cache(maxsize=256)
def sentences(text: str) -> tuple[Piece, ...]:
    """Sentences split at end punctuation, blank lines and bullets; empty ones left out."""
    out: list[Piece] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return tuple(out)


@lru_cache(maxsize=64)
def paragraphs(text: str) -> tuple[Piece, ...]:
    """Blocks separated by blank lines."""
    out: list[Piece] = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        _add(out, text, start, match.start())
        start = match.end()
    _add(out, text, start, len(text))
    return tuple(out)


def _add(out: list[Piece], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped and _WORD.search(stripped):
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Piece(stripped, start + lead, start + lead + len(stripped)))


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents, for comparing words across spellings."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Syllables --------------------------------------------------------------------------------------

_EN_VOWELS = "aeiouy"
_ES_STRONG = set("aeoáéóíú")  # accented í and ú break a diphthong: "día", "baúl"
_ES_WEAK = set("iuü")


def syllables(word: str, language: Language) -> int:
    """Syllables in one word, by the spelling rules of ``language`` (at least one)."""
    lower = word.lower()
    if not any(ch.isalpha() for ch in lower):
        return max(1, len(lower) // 3)  # numbers: read aloud, roughly
    return _spanish_syllables(lower) if language == "es" else _english_syllables(lower)


def _english_syllables(word: str) -> int:
    groups = 0
    previous = False
    for ch in word:
        vowel = ch in _EN_VOWELS
        if vowel and not previous:
            groups += 1
        previous = vowel
    # A silent final "e" ("make"), but not "-le" after a consonant ("table") nor "the"/"be".
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1
    # "-ed" is silent but after t or d ("reduced", not "wanted"); "-es" but after a hiss ("makes").
    silent_ed = word.endswith("ed") and word[-3:-2] not in ("t", "d")
    silent_es = word.endswith("es") and word[-3:-2] not in ("s", "x", "z", "c", "g", "h")
    if (silent_ed or silent_es) and len(word) > 3 and groups > 1:
        groups -= 1
    return max(1, groups)


def _spanish_syllables(word: str) -> int:
    """Vowel nuclei: two strong vowels side by side are two syllables (hiatus), weak ones join."""
    nuclei = 0
    previous: str | None = None
    for ch in word:
        if (
            ch in _ES_STRONG
            or ch in _ES_WEAK
            or (ch == "y" and previous is not None and not _is_vowel(previous))
        ):
            if (
                previous is not None
                and _is_vowel(previous)
                and not (previous in _ES_STRONG and ch in _ES_STRONG)
            ):
                previous = ch
                continue  # a diphthong or triphthong: same syllable
            nuclei += 1
            previous = ch
        else:
            previous = ch
    return max(1, nuclei)


def _is_vowel(ch: str) -> bool:
    return ch in _ES_STRONG or ch in _ES_WEAK


def reading_ease(text: str, language: Language) -> tuple[float, int, int, int]:
    """(score, words, sentences, syllables): Flesch for English, Fernández-Huerta for Spanish.

    Both run from about 0 (very hard) to 100 (very easy); 60–70 reads as plain language.
    """
    found = words(text)
    count = len(found)
    if not count:
        return 0.0, 0, 0, 0
    sentence_count = max(1, len(sentences(text)))
    syllable_count = sum(syllables(w.text, language) for w in found)
    if language == "es":
        per_100_syllables = syllable_count / count * 100
        per_100_sentences = sentence_count / count * 100
        score = 206.84 - 0.60 * per_100_syllables - 1.02 * per_100_sentences
    else:
        score = 206.835 - 1.015 * (count / sentence_count) - 84.6 * (syllable_count / count)
    return round(score, 1), count, sentence_count, syllable_count
