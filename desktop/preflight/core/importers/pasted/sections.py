"""Cuts a pasted profile page into the card at the top and the sections under each heading."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from preflight.core.importers.pasted.vocabulary import UiVocabulary, fold
from preflight.core.models import Language


@dataclass
class PageSections:
    """The lines before the first heading, and each read section's lines in page order."""

    top: list[str] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)
    # How many headings of each interface language the page showed.
    heading_languages: Counter[Language] = field(default_factory=Counter)

    def has(self, key: str) -> bool:
        """True when the page showed the section ``key``."""
        return key in self.sections

    def lines(self, key: str) -> list[str]:
        """The lines of section ``key`` (empty when the page has no such section)."""
        return self.sections.get(key, [])


def split_sections(lines: list[str], vocab: UiVocabulary) -> PageSections:
    """Sorts ``lines`` under the headings they follow; the page footer and sidebars are dropped."""
    page = PageSections()
    target = page.top
    for line in _without_footer(lines, vocab):
        key = vocab.heading(line)
        if key is not None and target is page.sections.get("activity"):
            # The Activity tabs: Spanish "Publicaciones" names both Posts and Publications.
            key = None if vocab.activity_noise.fullmatch(line) else key
        if key is None:
            target.append(line)
            continue
        page.heading_languages[vocab.heading_language[fold(line)]] += 1
        # A section we do not read, or a second heading of one we did, goes nowhere.
        ignored = key == "other" or key in page.sections
        target = [] if ignored else page.sections.setdefault(key, [])
    return page


def _without_footer(lines: list[str], vocab: UiVocabulary) -> list[str]:
    """``lines`` up to LinkedIn's footer ("About", "Accessibility", "Talent Solutions", …)."""
    markers = vocab.footer_markers
    for index, line in enumerate(lines):
        # Two footer links close together: one alone may be a skill such as "Accessibility".
        if fold(line) in markers and any(fold(n) in markers for n in lines[index + 1 : index + 4]):
            end = index
            if end and vocab.heading(lines[end - 1]) is not None:
                end -= 1  # the footer's own "About" link
            return lines[:end]
    return lines
