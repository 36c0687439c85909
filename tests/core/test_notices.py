"""Import notes in the user's language: one catalogue in English and Spanish, every note in use."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from preflight.core.messages import messages
from preflight.core.models import Profile, SourceFormat, SourceInfo
from preflight.core.notices import PREFIX, Notice, notice, placeholders

CORE = Path(__file__).resolve().parents[2] / "desktop" / "preflight" / "core"


def _notice_keys(language: str) -> set[str]:
    every_key = messages(language).keys()
    return {k.removeprefix(PREFIX) for k in every_key if k.startswith(PREFIX)}


def _strings_in_the_core() -> set[str]:
    """Every string literal in the core's code (notes are named by literal keys)."""
    found: set[str] = set()
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_english_and_spanish_have_the_same_notes() -> None:
    assert len(_notice_keys("en")) > 20
    assert _notice_keys("en") == _notice_keys("es")


def test_each_note_takes_the_same_values_in_both_languages() -> None:
    en, es = messages("en"), messages("es")
    for key in _notice_keys("en"):
        assert placeholders(en(PREFIX + key)) == placeholders(es(PREFIX + key)), key


def test_every_note_is_given_somewhere_in_the_core() -> None:
    unused = _notice_keys("en") - _strings_in_the_core()
    assert not unused


def test_a_key_or_a_value_name_that_is_not_in_the_catalogue_fails_at_once() -> None:
    with pytest.raises(KeyError, match="no note"):
        notice("pdf.limts", count=3)
    with pytest.raises(KeyError, match="takes"):
        notice("pdf.limits", skills=3)
    with pytest.raises(KeyError, match="takes"):
        notice("pdf.limits")


def test_a_note_reads_in_either_language_with_numbers_written_its_way() -> None:
    note = notice("export.table.too_many_rows", file="Connections.csv", count=50_000)
    assert note.text(messages("en")) == "Connections.csv: only the first 50,000 rows were read."
    assert note.text(messages("es")) == (
        "Connections.csv: solo se leyeron las primeras 50\u00a0000 filas."
    )
    short = notice("limits.headline", count=2000)
    assert short.text(messages("es")) == "Solo se leyeron los primeros 2000 caracteres del titular."


def test_a_note_that_quotes_the_member_keeps_their_text_as_written() -> None:
    note = notice("resume.bad_date.school", date="{year}", school="Uni {0}")
    assert note.text(messages("en")) == (
        "Could not read the date '{year}' of Uni {0}; it was left out."
    )


def test_notes_survive_a_round_trip_through_json() -> None:
    profile = Profile(
        source=SourceInfo(format=SourceFormat.LINKEDIN_PDF),
        warnings=[notice("pdf.limits", count=3), notice("export.undated_post", file="Shares.csv")],
    )
    again = Profile.model_validate_json(profile.model_dump_json())
    assert again.warnings == profile.warnings
    assert isinstance(again.warnings[0].values["count"], int)
    assert isinstance(again.warnings[0], Notice)
