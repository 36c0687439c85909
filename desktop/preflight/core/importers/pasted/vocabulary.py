"""LinkedIn's interface words (headings, buttons, units) per language, from pasted_ui.toml."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from preflight.core.models import Language
from preflight.core.resources import resource

LANGUAGES: tuple[Language, ...] = ("en", "es")
# Section keys the importer reads; every other heading only closes the section before it.
READ_SECTIONS = ("about", "activity", "experience", "education", "skills", "top_skills")
# Sections whose heading alone tells us the text is a profile page.
PROFILE_SECTIONS = frozenset({"about", "activity", "experience", "education", "skills"})
# Longest line that can be a button or link such as "Show all 23 skills".
_SHORT_LINE = 60
# What "{n}" stands for in a skills-total pattern: LinkedIn allows at most 100 skills.
_SKILLS_NUMBER = r"(?P<n>\d{1,3})"


def fold(text: str) -> str:
    """Lower-case, accents dropped, spaces collapsed: the form every phrase is compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def _any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern that matches a whole line when any of ``patterns`` does."""
    joined = "|".join(f"(?:{p})" for p in patterns) or r"(?!)"
    return re.compile(joined, re.IGNORECASE)


def _with_age(patterns: Iterable[str]) -> re.Pattern[str]:
    """Like ``_any_of``, also matching when " • 1w" follows on the same line."""
    return re.compile(rf"(?:{_any_of(patterns).pattern})(?P<age>\s*[•·].*)?", re.IGNORECASE)


def _words(phrases: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first, for use inside a pattern."""
    ordered = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or r"(?!)"


@dataclass(frozen=True)
class UiVocabulary:
    """The interface words of one or more languages, ready for matching."""

    headings: dict[str, str]  # folded heading -> section key
    heading_language: dict[str, Language]  # folded heading -> the language it belongs to
    noise_exact: frozenset[str]
    noise_prefixes: tuple[str, ...]
    noise_pattern: re.Pattern[str]
    trailing: tuple[str, ...]
    top_noise: frozenset[str]
    contact_info: tuple[str, ...]
    degree_suffix: re.Pattern[str]
    followers: frozenset[str]
    connections: frozenset[str]
    multipliers: dict[str, int]
    more_than: tuple[str, ...]
    present: frozenset[str]
    duration_pattern: re.Pattern[str]
    duration_units: dict[str, int]  # folded unit -> months
    duration_phrases: dict[str, int]  # folded phrase -> most months it can mean
    age_pattern: re.Pattern[str]
    age_units: dict[str, str]
    age_one: frozenset[str]
    edited: frozenset[str]
    employment_types: frozenset[str]
    workplace_types: frozenset[str]
    experience_noise: re.Pattern[str]
    skills_noise: re.Pattern[str]
    skills_connectors: str  # a pattern alternation: "at|en"
    skills_total: tuple[re.Pattern[str], ...]  # "Show all 21 skills", the number as group "n"
    activity_noise: re.Pattern[str]
    repost_pattern: re.Pattern[str]
    own_pattern: re.Pattern[str]  # "• You": the mark beside the member's name on their own post
    posted_pattern: re.Pattern[str]
    footer_markers: frozenset[str]

    def heading(self, line: str) -> str | None:
        """The section key when ``line`` is a section heading, else None."""
        return self.headings.get(fold(line))

    def is_noise(self, line: str) -> bool:
        """True for buttons, links and labels that are part of the page, not the member's text."""
        folded = fold(line)
        if folded in self.noise_exact:
            return True
        if len(folded) <= _SHORT_LINE and folded.startswith(self.noise_prefixes):
            return True
        return self.noise_pattern.fullmatch(line.strip()) is not None

    def strip_trailing(self, line: str) -> str:
        """``line`` without a "…see more" link glued to its end."""
        folded = fold(line)
        for tail in self.trailing:
            if not folded.endswith(tail) or len(folded) == len(tail):
                continue
            # Folding can change lengths (ligatures), so find the cut on the original line.
            for cut in range(max(len(line) - len(tail) - 4, 1), len(line)):
                if fold(line[cut:]) == tail:
                    return line[:cut].rstrip()
        return line

    def is_present(self, text: str) -> bool:
        """True for "Present", "actualidad" and the like: a position still held."""
        return fold(text) in self.present

    def is_duration(self, line: str) -> bool:
        """True for a tenure such as "2 yrs 11 mos" or "Full-time · 3 años" alone on a line."""
        return self.duration_months(line) is not None

    def duration_months(self, line: str) -> int | None:
        """The months in a tenure line ("2 yrs 11 mos" -> 35), else None."""
        months = None
        for part in re.split(r"[·•]", line):
            folded = fold(part)
            if not folded or folded in self.employment_types:
                continue
            if folded in self.duration_phrases:
                found = self.duration_phrases[folded]
            elif self.duration_pattern.fullmatch(folded):
                pairs = re.findall(r"(\d+)\s*([^\d\s.]+)", folded)
                found = sum(int(n) * self.duration_units[unit] for n, unit in pairs)
            else:
                return None
            months = found if months is None else None  # two tenures on a line: not one
            if months is None:
                return None
        return months


def _load(language: Language) -> dict[str, Any]:
    text = resource("lexicons", language, "pasted_ui.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def vocabulary(languages: tuple[Language, ...] = LANGUAGES) -> UiVocabulary:
    """The merged interface vocabulary of ``languages`` (all of them by default)."""
    tables = {language: _load(language) for language in languages}
    headings: dict[str, str] = {}
    heading_language: dict[str, Language] = {}
    for language, table in tables.items():
        for key, phrases in table["headings"].items():
            for phrase in phrases:
                headings.setdefault(fold(phrase), key)
                heading_language.setdefault(fold(phrase), language)

    def gather(section: str, key: str) -> list[Any]:
        return [item for table in tables.values() for item in table[section][key]]

    units = {fold(k): v for t in tables.values() for k, v in t["ages"]["units"].items()}
    age_pattern = re.compile(
        rf"(?:(?:{_words(gather('ages', 'before'))})\s+)?"
        rf"(?P<n>\d{{1,6}}|{_words(gather('ages', 'one'))})\s*(?P<unit>{_words(units)})\.?"
        rf"(?:\s+(?:{_words(gather('ages', 'after'))}))?"
        rf"|(?P<now>{_words(gather('ages', 'now'))})",
    )
    duration_units = {
        fold(k): int(v) for t in tables.values() for k, v in t["dates"]["duration_units"].items()
    }
    duration_phrases = {
        fold(k): int(v) for t in tables.values() for k, v in t["dates"]["duration_phrases"].items()
    }
    duration_pattern = re.compile(rf"(?:\d{{1,3}}\s*(?:{_words(duration_units)})\.?\s*)+")
    multipliers = {
        fold(k): int(v) for t in tables.values() for k, v in t["counts"]["multipliers"].items()
    }
    trailing = sorted({fold(p) for p in gather("noise", "trailing")}, key=len, reverse=True)
    return UiVocabulary(
        headings=headings,
        heading_language=heading_language,
        noise_exact=frozenset(fold(p) for p in gather("noise", "exact")),
        # A trailing space is part of a prefix: "Ver " must not catch "Vertex AI".
        noise_prefixes=tuple(fold(p) + " " * p.endswith(" ") for p in gather("noise", "prefixes")),
        noise_pattern=_any_of(gather("noise", "patterns")),
        trailing=tuple(trailing),
        top_noise=frozenset(fold(p) for p in gather("top", "noise")),
        contact_info=tuple(fold(p) for p in gather("top", "contact_info")),
        degree_suffix=re.compile(
            rf"(?:{_any_of(gather('top', 'degree_suffix')).pattern})$", re.IGNORECASE
        ),
        followers=frozenset(fold(p) for p in gather("counts", "followers")),
        connections=frozenset(fold(p) for p in gather("counts", "connections")),
        multipliers=multipliers,
        more_than=tuple(fold(p) + " " for p in gather("counts", "more_than")),
        present=frozenset(fold(p) for p in gather("dates", "present")),
        duration_pattern=duration_pattern,
        duration_units=duration_units,
        duration_phrases=duration_phrases,
        age_pattern=age_pattern,
        age_units=units,
        age_one=frozenset(fold(p) for p in gather("ages", "one")),
        edited=frozenset(fold(p) for p in gather("ages", "edited")),
        employment_types=frozenset(fold(p) for p in gather("experience", "employment_types")),
        workplace_types=frozenset(fold(p) for p in gather("experience", "workplace_types")),
        experience_noise=_any_of(gather("experience", "noise_patterns")),
        skills_noise=_any_of(gather("skills", "noise_patterns")),
        skills_connectors=_words(gather("skills", "context_connectors")),
        skills_total=tuple(
            re.compile(p.replace("{n}", _SKILLS_NUMBER), re.IGNORECASE)
            for p in gather("skills", "total_patterns")
        ),
        activity_noise=_any_of(gather("activity", "noise_patterns")),
        repost_pattern=_with_age(gather("activity", "reposts")),
        posted_pattern=_with_age(gather("activity", "posted")),
        own_pattern=_any_of(gather("activity", "own")),
        footer_markers=frozenset(fold(p) for p in gather("footer", "markers")),
    )
