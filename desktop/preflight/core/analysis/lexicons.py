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


@cache
def load_lexicon(language: Language, name: str) -> tuple[str, ...]:
    """The entries of one list: stripped lines, no blanks, no ``#`` comment lines, no repeats."""
    entry = resource("lexicons", language, f"{name}.txt")
    if not entry.is_file():
        known = ", ".join(sorted(lexicon_names(language))) or "none"
        raise LexiconNotFoundError(
            f"no word list '{name}' for language '{language}' (bundled lists: {known})"
        )
    seen: dict[str, None] = {}
    for line in entry.read_text(encoding="utf-8").splitlines():
        phrase = " ".join(line.split())
        if phrase and not phrase.startswith("#"):
            seen.setdefault(phrase, None)
    return tuple(seen)


def lexicon_words(language: Language, name: str) -> frozenset[str]:
    """One list as a set of lower-cased entries, for membership tests."""
    return frozenset(p.lower() for p in load_lexicon(language, name))
