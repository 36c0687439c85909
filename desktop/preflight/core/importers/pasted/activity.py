"""The member's own posts in the Activity section, and the skills in Skills and Top skills."""

from __future__ import annotations

import datetime as dt
import re

from preflight.core.importers.pasted.relative_dates import parse_post_age
from preflight.core.importers.pasted.top_card import parse_counts
from preflight.core.importers.pasted.vocabulary import UiVocabulary, fold
from preflight.core.models import Post

# A skill is a few words; longer lines under Skills are the page's explanations.
_MAX_SKILL = 80
# Companies and schools checked against skill lines; a real profile has a few dozen at most.
_MAX_PLACES = 100


def read_posts(
    lines: list[str], as_of: dt.date, vocab: UiVocabulary, *, author: tuple[str, ...]
) -> list[Post]:
    """Posts under Activity, newest first as the page lists them; reposts of others are skipped.

    ``author`` holds the member's name and headline, which the page prints above each post.
    """
    own = {fold(text) for text in author if text}
    posts: list[Post] = []
    reposted = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if _is_repost_mark(line, vocab):
            reposted = True
            continue
        date = parse_post_age(line, as_of, vocab)
        if date is None:
            continue
        body: list[str] = []
        while index < len(lines) and not _ends_post(lines[index], own, as_of, vocab):
            body.append(vocab.strip_trailing(lines[index]))
            index += 1
        if not reposted:
            posts.append(Post(date=date, approximate=True, text="\n".join(body).strip()))
        reposted = False
    return posts


def _is_repost_mark(line: str, vocab: UiVocabulary) -> bool:
    """True for "Ana Ruiz reposted this" / "Ana Ruiz ha compartido esto"."""
    return vocab.repost_pattern.fullmatch(line) is not None


def _ends_post(line: str, own: set[str], as_of: dt.date, vocab: UiVocabulary) -> bool:
    """True for the buttons, counters and author lines that follow a post's text."""
    return (
        vocab.is_noise(line)
        or vocab.activity_noise.fullmatch(line) is not None
        or _is_repost_mark(line, vocab)
        or fold(line) in own
        or parse_counts(line, vocab) is not None
        or vocab.heading(line) is not None
        or parse_post_age(line, as_of, vocab) is not None
    )


def read_skills(lines: list[str], vocab: UiVocabulary, *, known: tuple[str, ...]) -> list[str]:
    """Skill names under Skills; ``known`` companies and schools mark the page's context lines."""
    names = list(dict.fromkeys(fold(name) for name in known if name.strip()))[:_MAX_PLACES]
    places = [re.compile(rf"\b{re.escape(name)}\b") for name in names]
    skills = []
    for line in lines:
        if len(line) > _MAX_SKILL or vocab.is_noise(line) or vocab.skills_noise.fullmatch(line):
            continue
        folded = fold(line)
        if any(place.search(folded) for place in places):
            continue  # "Senior Data Engineer at Lumen Freight": where the skill was used
        skills.append(line)
    return skills


def read_top_skills(lines: list[str], vocab: UiVocabulary) -> list[str]:
    """The skills in a "Top skills" line ("Python • dbt • Apache Airflow")."""
    skills = []
    for line in lines:
        if vocab.is_noise(line):
            continue
        skills += [part.strip() for part in re.split(r"\s*[•·|]\s*", line) if part.strip()]
    return [skill for skill in skills if len(skill) <= _MAX_SKILL]
