"""``preflight check`` says what the source could not show, under the header, in its language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from preflight.cli import main

REPO = Path(__file__).resolve().parents[2]
PDF = REPO / "tests" / "fixtures" / "pdf" / "linkedin_en.pdf"
CLEAN = REPO / "tests" / "fixtures" / "checks" / "en-strong.json"


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["check", *args, "--as-of", "2026-11-26"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.out


def _header(out: str) -> str:
    """The lines before the first check, wrapped lines joined back."""
    head = out.split("\n\n", 1)[0].splitlines()
    return " ".join(line.strip() for line in head[2:])


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


def test_a_spanish_run_gives_the_pdf_note_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    out = _check(capsys, str(PDF), "--lang", "es")
    assert _header(out) == (
        "Nota: Un PDF de LinkedIn muestra solo tus 3 aptitudes principales y no incluye la foto "
        "de perfil ni las publicaciones, así que esas partes no se pueden revisar con él."
    )
    assert "LinkedIn PDF shows" not in out


def test_an_english_run_gives_it_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    out = _check(capsys, str(PDF), "--lang", "en")
    assert _header(out).startswith("Note: A LinkedIn PDF shows only your top 3 skills")


def test_a_source_that_shows_everything_prints_no_note(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _check(capsys, str(CLEAN), "--lang", "en")
    assert _header(out) == ""
    assert "Note:" not in out


def test_the_json_output_keeps_its_shape(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_check(capsys, str(PDF), "--lang", "es", "--json"))
    assert set(data) == {"ready", "score", "as_of", "source", "profile", "blockers", "checks"}
    assert "Nota:" not in json.dumps(data, ensure_ascii=False)
