"""Flagged words: the short phrases a finding quotes, underlined and numbered in the quote."""

from __future__ import annotations

import pytest

from preflight.core.assessment import CheckId, CheckResult
from preflight.core.messages import messages
from preflight.core.models import Status
from preflight.core.report.marks import flags_for, marked_paragraphs, marker

ABOUT = (
    "I am a results-driven leader.\n\nI use <b>synergy</b> daily; Synergy is my results-driven way."
)


def _result(*evidence: str) -> CheckResult:
    return CheckResult(
        id=CheckId.SUMMARY,
        status=Status.WARN,
        points=13,
        max_points=25,
        title="About",
        evidence=list(evidence),
    )


def test_quoted_phrases_of_each_finding_are_flagged_with_its_number() -> None:
    result = _result(
        "It has no concrete result.",
        "It uses clichés that every profile has: “results-driven” and “synergy”.",
        "Spanish quotes work too: «leader».",
    )
    flags = flags_for(result, ABOUT)
    assert [(f.phrase, f.number) for f in flags] == [
        ("results-driven", 2),
        ("synergy", 2),
        ("leader", 3),
    ]


def test_long_shortened_or_absent_quotes_are_not_flagged() -> None:
    result = _result(
        f"The first 270 characters: “{ABOUT[:20]}…”",  # shortened: not the text as written
        "“I am a results-driven leader. I use synergy daily; Synergy is my results-driven way”",
        "It mentions “blockchain”.",  # not in the text
    )
    assert flags_for(result, ABOUT) == []


def test_marks_underline_every_occurrence_escape_markup_and_keep_paragraphs() -> None:
    flags = flags_for(_result("Clichés: “results-driven” and “synergy”."), ABOUT)
    html = marked_paragraphs(ABOUT, flags)
    assert html.count('<span class="flag"><u>') == 4
    assert html.count(f'<span class="flag-mark">{marker(1)}</span>') == 4
    assert '&lt;b&gt;<span class="flag"><u>synergy</u></span>' in html
    assert "<u>Synergy</u>" in html  # matched whatever the case, printed as written
    assert html.count("<p") == 2


def test_a_phrase_inside_a_longer_word_is_not_flagged() -> None:
    flags = flags_for(_result("It says “lead”."), "I lead teams; leadership matters.")
    html = marked_paragraphs("I lead teams; leadership matters.", flags)
    assert html.count("<u>") == 1 and "<u>lead</u></span>" in html


def test_markers_read_in_greyscale_as_circled_numbers() -> None:
    assert marker(1) == "①" and marker(20) == "⑳" and marker(21) == "[21]"


@pytest.mark.parametrize("language", ["en", "es"])
def test_what_the_profile_does_well_is_not_flagged(language: str) -> None:
    msg = messages(language)  # type: ignore[arg-type]
    quote = msg("checks.common.quote", text="Data engineer")
    praise = msg("checks.headline.names_role", roles=quote)
    cliche = msg("checks.summary.buzzwords", words=msg("checks.common.quote", text="passionate"))
    headline = "Data engineer, passionate about freight"
    flags = flags_for(_result(praise, cliche), headline, language)  # type: ignore[arg-type]
    assert [(f.phrase, f.number) for f in flags] == [("passionate", 2)]
