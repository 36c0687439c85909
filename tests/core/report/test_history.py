"""Earlier scores on the report: the change since the last one and a trend line."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from preflight.core.report import build_report
from preflight.core.report.history import ScorePoint
from tests.core.report.builders import GENERATED, make_assessment, make_profile

EARLIER = [ScorePoint(dt.date(2026, 11, 20), 28), ScorePoint(dt.date(2026, 10, 2), 12)]


def _report(language: str, history: list[ScorePoint]):  # type: ignore[no-untyped-def]
    profile = make_profile()
    assessment = make_assessment(profile, language=language)  # type: ignore[arg-type]
    return build_report(profile, assessment, GENERATED, language, history=history)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "+23 points since 20 November 2026"), ("es", "+23 puntos desde el 20 de noviembre")],
)
def test_the_change_since_the_last_assessment_is_shown(language: str, words: str) -> None:
    report = _report(language, EARLIER)
    assert words in report.html
    assert report.trend == (12, 28, 51)  # oldest first, ending with today's score


def test_a_drop_and_no_history() -> None:
    assert (
        "−9 points since 20 November 2026"
        in _report("en", [ScorePoint(dt.date(2026, 11, 20), 60)]).html
    )
    report = _report("en", [])
    assert "since" not in report.html and report.trend == ()
    later = [ScorePoint(dt.date(2026, 12, 24), 90)]  # after the check date: not history
    assert _report("en", later).trend == ()


def test_the_html_file_draws_the_trend_as_svg_with_its_scores_in_words() -> None:
    html = _report("en", EARLIER).standalone_html()
    assert "preflight-trend:" not in html
    assert re.search(r'<svg [^>]*role="img" aria-label="Score trend: 12, 28, 51"', html)
