"""One word per status everywhere: the app, the printed report and the command line agree."""

from __future__ import annotations

from typing import Any

import pytest

from preflight.core.messages import messages
from preflight.gui.status import WARN, status_word


@pytest.mark.parametrize(("language", "word"), [("en", "Needs work"), ("es", "Mejorable")])
def test_needs_work_is_said_the_same_way_everywhere(window: Any, language: str, word: str) -> None:
    window.translations.apply(language)
    msg = messages(language)  # type: ignore[arg-type]
    assert status_word(WARN) == word
    assert msg("report.status.warn") == word
    assert msg("checks.status.warn") == word
