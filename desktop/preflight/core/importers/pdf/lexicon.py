"""The words a LinkedIn PDF prints (headings, "Present", durations, footers), loaded as data."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache

from preflight.core.models import Language
from preflight.core.resources import resource

LANGUAGES: tuple[Language, ...] = ("en", "es")
# Keys of a language table that name a section heading (the rest are other vocabulary).
HEADING_KINDS = (
    "contact",
    "top_skills",
    "languages",
    "certifications",
    "honors",
    "publications",
    "patents",
    "summary",
    "experience",
    "education",
    "projects",
    "volunteering",
)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text for comparing printed words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


@dataclass(frozen=True)
class PdfLexicon:
    """Every printed word the PDF reader recognises, folded for comparison."""

    authors: frozenset[str]
    titles: frozenset[str]
    # folded heading text -> (section kind, interface language)
    headings: dict[str, tuple[str, Language]]
    present: frozenset[str]
    duration_units: frozenset[str]
    duration_phrases: frozenset[str]
    footers: tuple[re.Pattern[str], ...]

    def heading(self, text: str) -> tuple[str, Language] | None:
        """The section kind and language of a heading line, or None when it is not one."""
        return self.headings.get(fold(text))

    def is_present(self, text: str) -> bool:
        """True for the word that ends the date range of a current job ("Present", "actualidad")."""
        return fold(text) in self.present

    def is_duration(self, text: str) -> bool:
        """True for a duration such as "21 years 3 months", "3 meses" or "less than a year"."""
        folded = fold(text).strip("()")
        if folded in self.duration_phrases:
            return True
        tokens = folded.split()
        if not tokens or len(tokens) % 2:
            return False
        pairs = zip(tokens[::2], tokens[1::2], strict=True)
        return all(number.isdigit() and unit in self.duration_units for number, unit in pairs)

    def is_footer(self, text: str) -> bool:
        """True for a page footer such as "Page 1 of 2"."""
        folded = fold(text)
        return any(pattern.fullmatch(folded) for pattern in self.footers)


def _footer_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{page\}|\{pages\}", fold(template))
    return re.compile(r"\s*\d+\s*".join(re.escape(part.strip()) for part in parts))


@cache
def pdf_lexicon() -> PdfLexicon:
    """The lexicon, loaded once from ``resources/lexicons/pdf_headings.toml``."""
    text = resource("lexicons", "pdf_headings.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    headings: dict[str, tuple[str, Language]] = {}
    present: set[str] = set()
    units: set[str] = set()
    phrases: set[str] = set()
    footers: list[re.Pattern[str]] = []
    for language in LANGUAGES:
        table = data[language]
        for kind in HEADING_KINDS:
            for word in table.get(kind, []):
                headings.setdefault(fold(word), (kind, language))
        present.update(fold(word) for word in table["present"])
        units.update(fold(word) for word in table["duration_units"])
        phrases.update(fold(word) for word in table["duration_phrases"])
        footers.extend(_footer_pattern(template) for template in table["footer"])
    identity = data["identity"]
    return PdfLexicon(
        authors=frozenset(fold(a) for a in identity["authors"]),
        titles=frozenset(fold(t) for t in identity["titles"]),
        headings=headings,
        present=frozenset(present),
        duration_units=frozenset(units),
        duration_phrases=frozenset(phrases),
        footers=tuple(footers),
    )
