"""Skill names from the Skills section and the "Top skills" line, and the page's skill count."""

from __future__ import annotations

import re

from preflight.core.importers.pasted.vocabulary import UiVocabulary, fold

# A skill is a few words; longer lines under Skills are the page's explanations.
_MAX_SKILL = 80
# Companies and schools checked against skill lines; a real profile has a few dozen at most.
_MAX_PLACES = 100


def read_skills(lines: list[str], vocab: UiVocabulary, *, known: tuple[str, ...]) -> list[str]:
    """Skill names under Skills; ``known`` companies and schools mark the page's context lines."""
    names = list(dict.fromkeys(fold(name) for name in known if name.strip()))[:_MAX_PLACES]
    connectors = vocab.skills_connectors
    places = [re.compile(rf".+\s(?:{connectors})\s+{re.escape(name)}") for name in names]
    skills = []
    for line in lines:
        if len(line) > _MAX_SKILL or vocab.is_noise(line) or vocab.skills_noise.fullmatch(line):
            continue
        folded = fold(line)
        if any(place.fullmatch(folded) for place in places):
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


def read_skills_total(lines: list[str], vocab: UiVocabulary) -> int | None:
    """How many skills the member has by a "Show all 21 skills" link anywhere on the page."""
    totals = [
        int(match.group("n"))
        for line in lines
        if len(line) <= _MAX_SKILL
        for pattern in vocab.skills_total
        if (match := pattern.fullmatch(line.strip()))
    ]
    return max(totals, default=None)
