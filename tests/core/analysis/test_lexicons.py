"""The bundled word lists: present in both languages, documented, clean, and read as written."""

from __future__ import annotations

import pytest

from preflight.core.analysis.lexicons import (
    ACHIEVEMENT_LIST,
    PHRASE_LISTS,
    LexiconNotFoundError,
    exact_case_entries,
    lexicon_names,
    load_lexicon,
)
from preflight.core.analysis.text import analyze_text
from preflight.core.analysis.voice import VOICE_LISTS
from preflight.core.resources import resource

LANGUAGES = ("en", "es")
EVERY_LIST = sorted({*PHRASE_LISTS, ACHIEVEMENT_LIST, "quantity_scales", "currency_words",
                     "duty_nouns", "upper_bounds", "point_words", "earlier_posts", "duty_holders",
                     "perfect_auxiliaries", "topic_governors", "multiples", "family_nouns",
                     "durations", "months", *VOICE_LISTS, "number_words",
                     "number_designators", "rank_words", "participation",
                     "project_headings"})  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", EVERY_LIST)
def test_every_list_exists_in_both_languages_and_says_where_it_came_from(
    language: str, name: str
) -> None:
    text = resource("lexicons", language, f"{name}.txt").read_text(encoding="utf-8")
    first_line = text.splitlines()[0]
    assert first_line.startswith("# ")
    assert "Preflight" in first_line
    assert load_lexicon(language, name)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", EVERY_LIST)
def test_lists_hold_no_repeated_entries(language: str, name: str) -> None:
    text = resource("lexicons", language, f"{name}.txt").read_text(encoding="utf-8")
    entries = [" ".join(line.split()).lstrip("=").lower() for line in text.splitlines()]
    entries = [e for e in entries if e and not e.startswith("#")]
    repeated = sorted({e for e in entries if entries.count(e) > 1})
    assert repeated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_role_lists_cover_hundreds_of_occupations(language: str) -> None:
    assert len(load_lexicon(language, "roles")) >= 250  # type: ignore[arg-type]


def test_comment_lines_are_skipped_but_a_hash_inside_a_skill_is_kept() -> None:
    skills = load_lexicon("en", "skills")
    assert "C#" in skills
    assert not any(entry.startswith("#") for entry in skills)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_open_to_work_hashtag_counts_as_job_seeking(language: str) -> None:
    analysis = analyze_text("Analyst #OpenToWork", language)  # type: ignore[arg-type]
    assert [m.text for m in analysis.job_seeking] == ["OpenToWork"]


def test_unknown_list_names_the_bundled_ones() -> None:
    with pytest.raises(LexiconNotFoundError, match=r"no word list 'recipes'.*roles"):
        load_lexicon("en", "recipes")
    assert "roles" in lexicon_names("es")


def test_everyday_words_only_match_skills_with_their_capitals() -> None:
    assert "Excel" in exact_case_entries("en", "skills")
    analysis = analyze_text("I excel at building Excel models.", "en")
    assert [m.text for m in analysis.skills] == ["Excel"]
    spanish = analyze_text("Uso IA a diario; la ia no es una aptitud escrita así.", "es")
    assert [m.text for m in spanish.skills] == ["IA"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_achievement_verbs_are_single_lemmas(language: str) -> None:
    verbs = load_lexicon(language, ACHIEVEMENT_LIST)  # type: ignore[arg-type]
    assert [v for v in verbs if " " in v or v != v.lower()] == []
