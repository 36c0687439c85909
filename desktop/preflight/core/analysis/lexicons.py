"""Word lists for the analysis, read from resources/lexicons/<language>/<name>.txt."""

from __future__ import annotations

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
}
ACHIEVEMENT_LIST = "achievement_verbs"


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


def lexicon_words(language: Language, name: str) -> frozenset[str]:
    """One list as a set of lower-cased entries, for membership tests."""
    return frozenset(p.lower() for p in load_lexicon(language, name))
