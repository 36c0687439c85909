"""Turns the text of a copied LinkedIn profile page into a Profile."""

from __future__ import annotations

import datetime as dt

from preflight.core.errors import input_error
from preflight.core.importers.pasted.activity import read_posts
from preflight.core.importers.pasted.experience import read_education, read_positions
from preflight.core.importers.pasted.lines import clean_lines
from preflight.core.importers.pasted.sections import PageSections, split_sections
from preflight.core.importers.pasted.skills import (
    read_skills,
    read_skills_total,
    read_top_skills,
)
from preflight.core.importers.pasted.top_card import parse_counts, read_top_card
from preflight.core.importers.pasted.vocabulary import (
    PROFILE_SECTIONS,
    UiVocabulary,
    fold,
    vocabulary,
)
from preflight.core.models import Language, Profile, SourceFormat, SourceInfo
from preflight.core.notices import Notice, notice

# A pasted profile page is a few kilobytes; anything this big is something else.
MAX_PASTE_CHARS = 2_000_000
MAX_PASTE_LINES = 20_000
# Share of control characters above which text is taken for binary data.
_MAX_CONTROL_SHARE = 0.01


def read_pasted_text(text: str, *, as_of: dt.date, source_path: str = "") -> Profile:
    """The profile in text copied from a LinkedIn profile page (English or Spanish interface)."""
    _refuse_unlikely_text(text)
    vocab = vocabulary()
    lines = clean_lines(text)
    if len(lines) > MAX_PASTE_LINES:
        raise input_error("paste.too_many_lines", lines=len(lines))
    page = split_sections(lines, vocab)
    if not any(page.has(key) for key in PROFILE_SECTIONS):
        raise input_error("paste.not_a_profile_page")
    # The "Show all 21 skills" link can sit wherever a partial copy put it: every line is searched.
    return _profile(page, vocab, as_of, source_path, read_skills_total(lines, vocab))


def _refuse_unlikely_text(text: str) -> None:
    if len(text) > MAX_PASTE_CHARS:
        raise input_error("paste.too_long", kb=len(text) // 1000)
    if not text.strip():
        raise input_error("paste.empty")
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in text or control > _MAX_CONTROL_SHARE * len(text):
        raise input_error("paste.binary")


def _profile(
    page: PageSections, vocab: UiVocabulary, as_of: dt.date, path: str, skills_total: int | None
) -> Profile:
    card = read_top_card(page.top, vocab)
    positions = read_positions(page.lines("experience"), vocab, as_of)
    education = read_education(page.lines("education"), vocab)
    known = tuple(p.company for p in positions) + tuple(e.school for e in education)
    skills = _unique(
        read_top_skills(page.lines("top_skills"), vocab)
        + read_skills(page.lines("skills"), vocab, known=known)
    )
    posts = None
    if page.has("activity"):
        author = (card.name, card.headline)
        posts = read_posts(page.lines("activity"), as_of, vocab, author=author)
    followers = card.followers
    if followers is None:  # the Activity heading repeats the follower count
        found = (parse_counts(line, vocab) for line in page.lines("activity")[:5])
        followers = next((c.followers for c in found if c and c.followers is not None), None)
    return Profile(
        name=card.name,
        headline=card.headline,
        summary=_about(page.lines("about"), vocab),
        location=card.location,
        positions=positions,
        skills=skills,
        # Kept only when the page shows fewer skills than the member has.
        skills_total=skills_total if skills_total and skills_total > len(skills) else None,
        education=education,
        posts=posts,
        photo=None,
        connections=card.connections,
        followers=followers,
        source=SourceInfo(format=SourceFormat.PASTED_TEXT, path=path, language=_ui_language(page)),
        warnings=_warnings(page),
    )


def _about(lines: list[str], vocab: UiVocabulary) -> str:
    kept = [vocab.strip_trailing(line) for line in lines if not vocab.is_noise(line)]
    return "\n".join(line for line in kept if line)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    unique = []
    for item in items:
        if fold(item) not in seen:
            seen.add(fold(item))
            unique.append(item)
    return unique


def _ui_language(page: PageSections) -> Language:
    """The interface language whose headings the page showed most (English on a tie)."""
    counts = page.heading_languages
    return "es" if counts["es"] > counts["en"] else "en"


def _warnings(page: PageSections) -> list[Notice]:
    keys = {
        "about": "pasted.no_about",
        "experience": "pasted.no_experience",
        "skills": "pasted.no_skills",
    }
    return [notice(key) for section, key in keys.items() if not page.has(section)]
