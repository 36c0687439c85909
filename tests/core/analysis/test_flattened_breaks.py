"""A run of spaces where an export flattened a line break starts a sentence, in both languages;
a double space typed by mistake inside a sentence does not."""

from __future__ import annotations

import pytest

from preflight.core.analysis.text import analyze_text
from preflight.core.models import Language


@pytest.mark.parametrize(
    ("language", "text", "sentences"),
    [
        (
            "en",
            "the geopolitical landscape.  Strategic Foresight  My work is proactive.",
            ("the geopolitical landscape.", "Strategic Foresight", "My work is proactive."),
        ),
        (
            "en",
            "🌟 IT Enthusiast | Data Science 🌟  Hi there! I'm Ana.",
            ("🌟 IT Enthusiast | Data Science 🌟", "Hi there!", "I'm Ana."),
        ),
        ("en", "About me  I am a nurse.", ("About me", "I am a nurse.")),
        ("en", "I work with  small charities.", ("I work with  small charities.",)),
        ("en", "I report to the  Board of Trustees.", ("I report to the  Board of Trustees.",)),
        ("en", "Skills: Python,  SQL, Airflow.", ("Skills: Python,  SQL, Airflow.",)),
        ("en", "Data Engineer  |  Python  |  AWS", ("Data Engineer  |  Python  |  AWS",)),
        (
            "es",
            "Soy enfermera en Sevilla.  Formación  Doy clases en la universidad.",
            ("Soy enfermera en Sevilla.", "Formación", "Doy clases en la universidad."),
        ),
        ("es", "Trabajo con  pequeñas empresas de la  Comunidad de Madrid.", None),
    ],
)
def test_runs_of_spaces_break_lines(
    language: Language, text: str, sentences: tuple[str, ...] | None
) -> None:
    assert analyze_text(text, language).sentences == (sentences or (text,))


def test_a_flattened_keyword_line_is_quoted_alone() -> None:
    text = "Operations Manager | Lean | Six Sigma | Kaizen  I run a plant with 180 staff.  Hi."
    dumps = analyze_text(text, "en").keyword_dumps
    assert [d.text.strip() for d in dumps] == ["Operations Manager | Lean | Six Sigma | Kaizen"]
