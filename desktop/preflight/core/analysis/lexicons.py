"""Word lists for the analysis, read from resources/lexicons/<language>/<name>.txt."""

from __future__ import annotations

import unicodedata
from functools import cache

from preflight.core.models import Language
from preflight.core.resources import resource

# The phrase lists a profile is matched against, and the Mention label each one produces.
PHRASE_LISTS: dict[str, str] = {
    "roles": "role",
    "job_seeking": "job_seeking",
    "buzzwords": "buzzword",
    "duties": "duty",
    "reader_value": "reader_value",
    "calls_to_action": "call_to_action",
    "skills": "skill",
    # Never reported: it only cancels the skills it overlaps ("reporting to leadership").
    "not_skills": "not_skill",
    # Never reported: it only cancels the clichés inside a technical term ("dynamic pricing").
    "technical_terms": "term",
}
ACHIEVEMENT_LIST = "achievement_verbs"
# The word lists whose verbs are matched by lemma: the lemma tables keep only forms leading to them.
LEMMA_LISTS = (ACHIEVEMENT_LIST, "help_verbs", "contact_verbs")


class LexiconNotFoundError(LookupError):
    """A word list that is not among the bundled resources."""


def lexicon_names(language: Language) -> frozenset[str]:
    """The names of every word list bundled for ``language``."""
    folder = resource("lexicons", language)
    if not folder.is_dir():
        return frozenset()
    return frozenset(
        e.name.removesuffix(".txt") for e in folder.iterdir() if e.name.endswith(".txt")
    )


# A line starting with this mark matches only with its exact capitals ("=Excel", not "excel").
EXACT_CASE_MARK = "="


def load_lexicon(language: Language, name: str) -> tuple[str, ...]:
    """The entries of one list: stripped lines, no blanks, no ``#`` comment lines, no repeats."""
    return tuple(phrase for phrase, _ in _read_lexicon(language, name))


def exact_case_entries(language: Language, name: str) -> frozenset[str]:
    """The entries of one list that must match with their exact capitals."""
    return frozenset(phrase for phrase, exact in _read_lexicon(language, name) if exact)


@cache
def _read_lexicon(language: Language, name: str) -> tuple[tuple[str, bool], ...]:
    entry = resource("lexicons", language, f"{name}.txt")
    if not entry.is_file():
        known = ", ".join(sorted(lexicon_names(language))) or "none"
        raise LexiconNotFoundError(
            f"no word list '{name}' for language '{language}' (bundled lists: {known})"
        )
    seen: dict[str, bool] = {}
    for line in entry.read_text(encoding="utf-8").splitlines():
        phrase = " ".join(line.split())
        if not phrase or phrase.startswith("#"):
            continue
        exact = phrase.startswith(EXACT_CASE_MARK)
        seen.setdefault(phrase.removeprefix(EXACT_CASE_MARK).strip() if exact else phrase, exact)
    return tuple(seen.items())


def canonical_name(language: Language, name: str, text: str) -> str:
    """A phrase the list matched, spelled as the list spells it ("partnerships" -> "Partnerships").

    Text the member wrote with capitals keeps their spelling ("Machine learning"), only with the
    list's capital first letter ("ventas B2B" -> "Ventas B2B").
    """
    entry = _by_folded_key(language, name).get(_folded_key(text), "")
    if not entry:
        return text
    if text == text.lower():
        return entry
    if entry[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


@cache
def _by_folded_key(language: Language, name: str) -> dict[str, str]:
    return {_folded_key(phrase): phrase for phrase in load_lexicon(language, name)}


def _folded_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", " ".join(text.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lexicon_words(language: Language, name: str) -> frozenset[str]:
    """One list as a set of lower-cased entries, for membership tests."""
    return frozenset(p.lower() for p in load_lexicon(language, name))
