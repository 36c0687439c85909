"""The report's header says what the source could not show, in the report's language."""

from __future__ import annotations

import re

import pytest

from preflight.core.messages import messages
from preflight.core.models import Language
from preflight.core.notices import notice
from preflight.core.report import build_report
from tests.core.report.builders import GENERATED, make_assessment, make_profile


def _header_text(language: Language, *notes: object) -> str:
    """The visible text of the report before its verdict."""
    profile = make_profile().model_copy(update={"warnings": list(notes)})
    html = build_report(profile, make_assessment(profile), GENERATED, language).html
    header = html.split('<table class="verdict', 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", header))


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_header_lists_each_note_in_the_reports_language(language: Language) -> None:
    msg = messages(language)
    notes = [notice("pdf.limits", count=3), notice("export.undated_post", file="Shares.csv")]
    text = _header_text(language, *notes)
    assert msg("shown_notices.report_heading") in text
    for note in notes:
        assert note.text(msg) in text


def test_spanish_report_gives_the_pdf_note_in_spanish() -> None:
    text = _header_text("es", notice("pdf.limits", count=3))
    assert "Lo que la fuente no pudo mostrar" in text
    assert "Un PDF de LinkedIn muestra solo tus 3 aptitudes principales" in text
    assert "top 3 skills" not in text


def test_a_note_quoting_the_file_is_escaped() -> None:
    bad = notice("resume.bad_date.school", date="<b>soon</b>", school="A & B")
    profile = make_profile().model_copy(update={"warnings": [bad]})
    html = build_report(profile, make_assessment(profile), GENERATED, "en").html
    assert "<b>soon</b>" not in html
    assert "&lt;b&gt;soon&lt;/b&gt;" in html and "A &amp; B" in html


def test_a_source_that_shows_everything_adds_no_note() -> None:
    assert messages("en")("shown_notices.report_heading") not in _header_text("en")
